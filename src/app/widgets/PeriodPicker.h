#pragma once

#include "metrics/Period.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;

namespace rapport::app {

// Picks a month, quarter or year by any day in it, or a custom range of whole days (UTC):
// a kind box, a day and, for a range, its last day. Emits periodChanged when the user
// changes any of them, never for setPeriod.
class PeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    PeriodPicker(const QDate& today, QWidget* parent = nullptr);

    core::Period period() const;
    void setPeriod(const core::Period& period);
    // The kind box, for a label's buddy.
    QComboBox* kindBox() const { return m_kind; }

signals:
    void periodChanged();

private:
    enum class Kind { Month, Quarter, Year, Custom };
    void updateEditors();
    void userChanged();

    QComboBox* m_kind = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_toLabel = nullptr;
    bool m_setting = false;
};

} // namespace rapport::app
