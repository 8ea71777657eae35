#pragma once

#include "dashboard/DrillDownRequest.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace rapport::core {
class Database;
}

namespace rapport::app {

// Lists the records behind a figure (DrillDownRequest), read through DrillDownService.
class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    static constexpr int kRowLimit = 5000;

    DrillDownDialog(core::Database& db, DrillDownRequest request, int followUpWindowDays,
                    QWidget* parent = nullptr);

    const QStandardItemModel& model() const { return *m_model; }
    qint64 total() const { return m_total; }

private:
    void load(core::Database& db, int followUpWindowDays);

    DrillDownRequest m_request;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_summary;
    qint64 m_total = 0;
};

} // namespace rapport::app
