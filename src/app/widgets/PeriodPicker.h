#pragma once

#include "metrics/Period.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace rapport::app {

// Picks a month, quarter or year by its name ("2026-Q3", "März 2026" in German, "2026"), or
// a custom range of whole days (UTC): a kind box, then a list of the named periods of that
// kind, or a range's first and last day. Previous and next buttons (Alt+Left, Alt+Right)
// step by the kind. Emits periodChanged when the user changes anything, never for setPeriod.
class PeriodPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeriodPicker)

public:
    // The named lists reach from ten years before `today` to the year after it, and further
    // when setPeriod() asks for a period outside.
    explicit PeriodPicker(const QDate& today, QWidget* parent = nullptr);

    core::Period period() const;
    void setPeriod(const core::Period& period);
    // What the reader calls the period on show (core::PeriodName in the user's locale).
    QString periodName() const;
    // The kind box, for a label's buddy.
    QComboBox* kindBox() const { return m_kind; }
    QComboBox* namedBox() const { return m_named; }

public slots:
    void showPrevious();
    void showNext();

signals:
    void periodChanged();

private:
    enum class Kind { Month, Quarter, Year, Custom };
    Kind kind() const;
    // Fills the named list for the current kind, covering `period`, and selects it.
    void fillNamed(const core::Period& period);
    void updateEditors();
    void userChanged();
    void step(int direction);

    QDate m_today;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QComboBox* m_kind = nullptr;
    QComboBox* m_named = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_toLabel = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    bool m_setting = false;
};

} // namespace rapport::app
