#include "workspace/FollowUpsView.h"

#include "shell/DatabaseSession.h"
#include "workspace/CompleteFollowUpCommand.h"
#include "workspace/FollowUpConflictDialog.h"
#include "workspace/FollowUpTableModel.h"
#include "workspace/SnoozeFollowUpCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>
#include <array>

namespace rapport::app {
namespace {

using core::FollowUpWindow;

// The windows in the order the picker offers them.
constexpr std::array kWindows{FollowUpWindow::DueByToday, FollowUpWindow::Overdue, FollowUpWindow::Today,
                              FollowUpWindow::ThisWeek,   FollowUpWindow::Later,   FollowUpWindow::AllOpen};

QString windowName(FollowUpWindow window)
{
    switch (window) {
    case FollowUpWindow::DueByToday:
        return FollowUpsView::tr("Due today or earlier");
    case FollowUpWindow::Overdue:
        return FollowUpsView::tr("Overdue");
    case FollowUpWindow::Today:
        return FollowUpsView::tr("Due later today");
    case FollowUpWindow::ThisWeek:
        return FollowUpsView::tr("Next 7 days");
    case FollowUpWindow::Later:
        return FollowUpsView::tr("Later");
    case FollowUpWindow::AllOpen:
        break;
    }
    return FollowUpsView::tr("All open");
}

qint64 countIn(const core::FollowUpCounts& c, FollowUpWindow window)
{
    switch (window) {
    case FollowUpWindow::DueByToday:
        return c.dueByToday();
    case FollowUpWindow::Overdue:
        return c.overdue;
    case FollowUpWindow::Today:
        return c.today;
    case FollowUpWindow::ThisWeek:
        return c.thisWeek;
    case FollowUpWindow::Later:
        return c.later;
    case FollowUpWindow::AllOpen:
        break;
    }
    return c.total();
}

} // namespace

FollowUpsView::FollowUpsView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new FollowUpTableModel(session, this)),
      m_windowComboBox(new QComboBox(this)), m_summaryLabel(new QLabel(this)),
      m_tableView(new QTableView(this)), m_doneButton(new QPushButton(tr("&Done"), this)),
      m_snoozeDayButton(new QPushButton(tr("Snooze a Da&y"), this)),
      m_snoozeWeekButton(new QPushButton(tr("Snooze a &Week"), this)),
      m_openCustomerButton(new QPushButton(tr("&Open Customer"), this))
{
    setObjectName(QStringLiteral("followUpsView"));
    m_windowComboBox->setObjectName(QStringLiteral("followUpWindowComboBox"));
    m_windowComboBox->setAccessibleName(tr("Which follow-ups to show"));
    for (FollowUpWindow window : kWindows)
        m_windowComboBox->addItem(windowName(window), static_cast<int>(window));
    m_windowComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_summaryLabel->setObjectName(QStringLiteral("followUpSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_tableView->setObjectName(QStringLiteral("followUpsTableView"));
    m_tableView->setAccessibleName(tr("Follow-ups"));
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
    auto* windowLabel = new QLabel(tr("&List:"), this);
    windowLabel->setBuddy(m_windowComboBox);
    auto* top = new QHBoxLayout;
    top->addWidget(windowLabel);
    top->addWidget(m_windowComboBox);
    top->addWidget(m_summaryLabel, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(buttons);

    connect(m_windowComboBox, &QComboBox::activated, this, [this] {
        m_model->setWindow(static_cast<FollowUpWindow>(m_windowComboBox->currentData().toInt()));
    });
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

QString FollowUpsView::summaryText() const
{
    return m_summaryLabel->text();
}

void FollowUpsView::showRows()
{
    const core::FollowUpCounts& counts = m_model->counts();
    // The picker says how many each window holds, so the upcoming ones are seen from any of them.
    for (int i = 0; i < m_windowComboBox->count(); ++i) {
        const auto window = static_cast<FollowUpWindow>(m_windowComboBox->itemData(i).toInt());
        m_windowComboBox->setItemText(
            i, tr("%1 (%2)").arg(windowName(window), QLocale().toString(countIn(counts, window))));
    }
    if (m_session.currentRep().isEmpty()) {
        m_summaryLabel->setText(tr("Choose who you are (Session › Switch Rep…) to see your follow-ups."));
    } else if (counts.total() == 0) {
        m_summaryLabel->setText(
            tr("No open follow-ups. Follow-ups you plan when logging an interaction appear here."));
    } else {
        const QLocale locale;
        QString text = tr("%1 overdue, %2 due later today, %3 in the next 7 days, %4 later.")
                           .arg(locale.toString(counts.overdue), locale.toString(counts.today),
                                locale.toString(counts.thisWeek), locale.toString(counts.later));
        if (m_model->rowCount() == 0)
            text += QLatin1Char(' ') + tr("None in this view.");
        m_summaryLabel->setText(text);
    }
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
    core::FollowUpTask moved = row->task;
    moved.dueAt = base.addDays(days);
    pushChange(row->task, moved, row->customerName);
}

void FollowUpsView::pushChange(const core::FollowUpTask& before, const core::FollowUpTask& after,
                               const QString& customerName)
{
    const std::vector<core::FollowUpField> edited = core::changedFields(before, after);
    WriteCommand::push(m_session.undoStack(),
                       new SnoozeFollowUpCommand(
                           m_session, before, after, customerName,
                           [this, edited, customerName](const core::FollowUpConflict& conflict,
                                                        const core::FollowUpTask& mine) {
                               // Asked once the undo stack is done with the refused command.
                               QMetaObject::invokeMethod(
                                   this, [=, this] { resolveConflict(conflict, mine, edited, customerName); },
                                   Qt::QueuedConnection);
                           }));
}

void FollowUpsView::resolveConflict(const core::FollowUpConflict& conflict, const core::FollowUpTask& mine,
                                    const std::vector<core::FollowUpField>& edited,
                                    const QString& customerName)
{
    FollowUpConflictDialog dialog(conflict, mine, customerName, this);
    dialog.exec();
    const core::FollowUpTask resolved = dialog.resolved(edited);
    if (!core::changedFields(conflict.theirs, resolved).empty())
        pushChange(conflict.theirs, resolved, customerName); // based on their save: a newer one asks again
}

} // namespace rapport::app
