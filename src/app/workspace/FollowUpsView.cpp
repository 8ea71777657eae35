#include "workspace/FollowUpsView.h"

#include "shell/DatabaseSession.h"
#include "workspace/CompleteFollowUpCommand.h"
#include "workspace/FollowUpTableModel.h"
#include "workspace/SnoozeFollowUpCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {

FollowUpsView::FollowUpsView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new FollowUpTableModel(session, this)),
      m_summaryLabel(new QLabel(this)), m_tableView(new QTableView(this)),
      m_doneButton(new QPushButton(tr("&Done"), this)),
      m_snoozeDayButton(new QPushButton(tr("Snooze a Da&y"), this)),
      m_snoozeWeekButton(new QPushButton(tr("Snooze a &Week"), this)),
      m_openCustomerButton(new QPushButton(tr("&Open Customer"), this))
{
    setObjectName(QStringLiteral("followUpsView"));
    m_summaryLabel->setObjectName(QStringLiteral("followUpSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_tableView->setObjectName(QStringLiteral("followUpsTableView"));
    m_tableView->setAccessibleName(tr("Due follow-ups"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->setColumnWidth(FollowUpTableModel::DueColumn, 230);
    m_tableView->setColumnWidth(FollowUpTableModel::CustomerColumn, 180);
    m_tableView->setColumnWidth(FollowUpTableModel::CompanyColumn, 220);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setToolTip(tr("Log a follow-up interaction with this customer now and close the task"));
    m_snoozeDayButton->setObjectName(QStringLiteral("snoozeDayButton"));
    m_snoozeDayButton->setToolTip(tr("Move the task to one day later"));
    m_snoozeWeekButton->setObjectName(QStringLiteral("snoozeWeekButton"));
    m_snoozeWeekButton->setToolTip(tr("Move the task to one week later"));
    m_openCustomerButton->setObjectName(QStringLiteral("openCustomerButton"));
    m_openCustomerButton->setToolTip(tr("Show this customer's data and history"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_snoozeDayButton);
    buttons->addWidget(m_snoozeWeekButton);
    buttons->addStretch();
    buttons->addWidget(m_openCustomerButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(buttons);

    connect(m_doneButton, &QPushButton::clicked, this, &FollowUpsView::completeSelected);
    connect(m_snoozeDayButton, &QPushButton::clicked, this, [this] { snoozeSelected(1); });
    connect(m_snoozeWeekButton, &QPushButton::clicked, this, [this] { snoozeSelected(7); });
    connect(m_openCustomerButton, &QPushButton::clicked, this, [this] {
        if (const auto* row = m_model->rowAt(selectedRow()))
            emit openCustomerRequested(row->task.customerId);
    });
    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto* row = m_model->rowAt(index.row()))
            emit openCustomerRequested(row->task.customerId);
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FollowUpsView::updateActions);
    connect(&m_session, &DatabaseSession::opened, this, &FollowUpsView::reload);
    connect(&m_session, &DatabaseSession::closed, this, &FollowUpsView::reload);
    connect(&m_session, &DatabaseSession::changed, this, &FollowUpsView::reload);
    connect(&m_session, &DatabaseSession::currentRepChanged, this, &FollowUpsView::reload);
    connect(m_model, &FollowUpTableModel::reloaded, this, &FollowUpsView::showRows);
    connect(m_model, &FollowUpTableModel::loadFailed, this, [this](const QString& details) {
        m_session.reportError(tr("The follow-ups could not be read."), core::Error::make(details));
    });
    reload();
}

FollowUpsView::~FollowUpsView() = default;

int FollowUpsView::selectedRow() const
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FollowUpsView::reload()
{
    m_model->reload();
}

void FollowUpsView::showRows()
{
    if (m_session.currentRep().isEmpty())
        m_summaryLabel->setText(tr("Choose who you are (Session › Switch Rep…) to see your follow-ups."));
    else if (m_model->rowCount() == 0)
        m_summaryLabel->setText(
            tr("Nothing due today. Follow-ups you plan when logging an interaction appear here "
               "on their day."));
    else
        m_summaryLabel->setText(tr("%n follow-up(s) due today or earlier, %1 overdue. Oldest first.", nullptr,
                                   m_model->rowCount())
                                    .arg(m_model->overdueCount()));
    if (m_model->rowCount() > 0)
        m_tableView->selectRow(0);
    updateActions();
}

void FollowUpsView::updateActions()
{
    const bool has = m_model->rowAt(selectedRow()) != nullptr;
    for (QPushButton* b : {m_doneButton, m_snoozeDayButton, m_snoozeWeekButton, m_openCustomerButton})
        b->setEnabled(has);
}

void FollowUpsView::completeSelected()
{
    const auto* row = m_model->rowAt(selectedRow());
    if (!row)
        return;
    m_session.undoStack().push(new CompleteFollowUpCommand(m_session, row->task, row->customerName));
}

void FollowUpsView::snoozeSelected(int days)
{
    const auto* row = m_model->rowAt(selectedRow());
    if (!row)
        return;
    // From now if it is already overdue, so that snoozing really moves it out of today.
    const QDateTime base = std::max(row->task.dueAt, m_session.clock().nowUtc());
    m_session.undoStack().push(new SnoozeFollowUpCommand(m_session, row->task.id, row->task.dueAt,
                                                         base.addDays(days), row->customerName));
}

} // namespace rapport::app
