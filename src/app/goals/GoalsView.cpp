#include "goals/GoalsView.h"

#include "common/Clock.h"
#include "common/DateText.h"
#include "goals/CreateGoalCommand.h"
#include "goals/DeleteGoalCommand.h"
#include "goals/EditGoalCommand.h"
#include "goals/GoalCheckInDialog.h"
#include "goals/GoalConflictDialog.h"
#include "goals/GoalDialog.h"
#include "goals/GoalTableModel.h"
#include "goals/ProgressBarDelegate.h"
#include "goals/RecordGoalCheckInCommand.h"
#include "logging/LogCategories.h"
#include "metrics/GoalEvaluator.h"
#include "metrics/GoalTracking.h"
#include "metrics/MetricsEngine.h"
#include "services/GoalService.h"
#include "shell/DatabaseSession.h"
#include "widgets/ColumnPriorities.h"
#include "widgets/MetricFormat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {

GoalsView::GoalsView(DatabaseSession& session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(clock), m_model(new GoalTableModel(this)),
      m_view(new QTableView(this)), m_checkIns(new QTableWidget(this)), m_status(new QLabel(this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_checkIn(new QPushButton(tr("Chec&k in…"), this)),
      m_delete(new QPushButton(tr("&Delete"), this))
{
    setObjectName(QStringLiteral("goalsView"));
    m_view->setObjectName(QStringLiteral("goalsTableView"));
    m_checkIns->setObjectName(QStringLiteral("checkInsTableWidget"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_edit->setObjectName(QStringLiteral("editGoalButton"));
    m_checkIn->setObjectName(QStringLiteral("checkInButton"));
    m_delete->setObjectName(QStringLiteral("deleteGoalButton"));
    auto* add = new QPushButton(tr("&New goal…"), this);
    add->setObjectName(QStringLiteral("newGoalButton"));
    // Mnemonics stay clear of the menu bar's letters (File, Edit, Customer, Go, Session, Help).
    add->setToolTip(tr("Set a target for a metric over a period"));
    m_edit->setToolTip(tr("Change the selected goal (or double-click it)"));
    m_checkIn->setToolTip(tr("Record where the selected goal stands now and how confident you are"));
    m_delete->setToolTip(tr("Delete the selected goal and its check-ins"));
    m_view->setAccessibleName(tr("KPI goals"));
    m_checkIns->setAccessibleName(tr("Check-ins of the selected goal"));

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(GoalTableModel::Progress, new ProgressBarDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(GoalTableModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(GoalTableModel::Progress, QHeaderView::Fixed);
    m_view->setColumnWidth(GoalTableModel::Progress, 120);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->horizontalHeader()->setMinimumSectionSize(60);
    m_view->verticalHeader()->hide();
    // In a narrow window progress and status stay in view (issue 20); the goal dialog and the
    // progress tooltip still show what the hidden columns held.
    new ColumnPriorities(m_view, {GoalTableModel::LastCheckIn, GoalTableModel::Period, GoalTableModel::Scope,
                                  GoalTableModel::Metric, GoalTableModel::Baseline, GoalTableModel::Current});
    connect(m_view, &QTableView::doubleClicked, this, &GoalsView::editGoal);

    m_checkIns->setColumnCount(4);
    m_checkIns->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Value"), tr("Confidence"), tr("Comment")});
    m_checkIns->horizontalHeader()->setStretchLastSection(true);
    m_checkIns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_checkIns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_checkIns->verticalHeader()->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_checkIn);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    auto* historyBox = new QWidget(splitter);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(new QLabel(tr("Check-ins of the selected goal"), historyBox));
    historyLayout->addWidget(m_checkIns);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(add, &QPushButton::clicked, this, &GoalsView::newGoal);
    connect(m_edit, &QPushButton::clicked, this, &GoalsView::editGoal);
    connect(m_checkIn, &QPushButton::clicked, this, &GoalsView::checkIn);
    connect(m_delete, &QPushButton::clicked, this, &GoalsView::deleteGoal);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCheckIns();
        updateButtons();
    });
    connect(&m_session, &DatabaseSession::opened, this, &GoalsView::refresh);
    connect(&m_session, &DatabaseSession::changed, this, &GoalsView::refresh);
    connect(&m_session, &DatabaseSession::closed, this, [this] { m_model->setRows({}); });
    refresh();
}

void GoalsView::refresh()
{
    if (!m_session.isOpen())
        return;
    const qint64 selected = selectedGoalId();
    core::Database& db = m_session.database();
    core::GoalService repo(db);
    auto goals = repo.list();
    if (!goals) {
        qCWarning(lcUi).noquote() << "The goals could not be read:" << goals.error().details();
        m_status->setText(tr("The goals could not be read: %1").arg(goals.error().message));
        return;
    }
    const core::MetricsEngine engine(db, m_clock);
    const core::GoalEvaluator evaluator(engine);
    const QDateTime now = m_clock.nowUtc();
    std::vector<GoalTableModel::Row> rows;
    int overdue = 0;
    for (const core::KpiGoal& g : *goals) {
        GoalTableModel::Row row;
        row.goal = g;
        row.scopeText = MetricFormat::scope(g.scope, m_session);
        if (auto p = evaluator.evaluate(g)) {
            row.progress = *p;
            row.progressPercent = core::goalProgressPercent(g, GoalTableModel::progressValue(*p));
        } else {
            row.error = p.error().message;
        }
        if (auto checkIns = repo.checkIns(g.id); checkIns && !checkIns->empty())
            row.lastCheckIn = checkIns->back();
        row.checkInOverdue = core::isCheckInOverdue(
            g, row.lastCheckIn ? std::optional<QDateTime>(row.lastCheckIn->at) : std::nullopt, now);
        overdue += row.checkInOverdue ? 1 : 0;
        rows.push_back(std::move(row));
    }
    m_model->setRows(std::move(rows));
    m_status->setText(overdue > 0
                          ? tr("%Ln goal(s) with an overdue check-in.", nullptr, overdue)
                          : (goals->empty() ? tr("No goals yet. Create one with “New goal…”.") : QString()));
    selectGoal(selected);
    showCheckIns();
    updateButtons();
}

void GoalsView::selectGoal(qint64 id)
{
    const int row = m_model->findGoal(id);
    if (row >= 0)
        m_view->selectRow(row);
}

qint64 GoalsView::selectedGoalId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->row(rows.first().row()).goal.id;
}

void GoalsView::updateButtons()
{
    const bool any = selectedGoalId() != 0;
    m_edit->setEnabled(any);
    m_checkIn->setEnabled(any);
    m_delete->setEnabled(any);
}

void GoalsView::showCheckIns()
{
    m_checkIns->setRowCount(0);
    const qint64 id = selectedGoalId();
    if (id == 0 || !m_session.isOpen())
        return;
    auto list = core::GoalService(m_session.database()).checkIns(id);
    if (!list)
        return;
    // A check-in's value is in the goal's unit: money with the book's symbol.
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const QString metric = selected.isEmpty() ? QString() : m_model->row(selected.first().row()).goal.metric;
    for (auto it = list->rbegin(); it != list->rend(); ++it) { // newest first
        const int r = m_checkIns->rowCount();
        m_checkIns->insertRow(r);
        m_checkIns->setItem(r, 0, new QTableWidgetItem(core::DateText::dateTime(it->at.toUTC())));
        m_checkIns->setItem(r, 1, new QTableWidgetItem(MetricFormat::value(metric, it->value)));
        m_checkIns->setItem(r, 2, new QTableWidgetItem(tr("%1 of 10").arg(it->confidence)));
        m_checkIns->setItem(r, 3, new QTableWidgetItem(it->comment));
    }
}

void GoalsView::newGoal()
{
    if (!m_session.isOpen())
        return;
    core::KpiGoal g;
    const QDate today = m_clock.nowUtc().date();
    const core::Period quarter = core::Period::quarter(today.year(), (today.month() - 1) / 3 + 1);
    g.periodStart = quarter.start();
    g.periodEnd = quarter.end();
    g.metric = QStringLiteral("revenue");
    GoalDialog dialog(m_session.database(), g, this);
    const int result = m_goalHook ? (m_goalHook(dialog), dialog.result()) : dialog.exec();
    if (result != QDialog::Accepted)
        return;
    core::KpiGoal created = dialog.goal();
    created.createdAt = m_clock.nowUtc();
    // Through the undo stack, like every write: a failure is logged and shown by the session.
    auto* command = new CreateGoalCommand(m_session, std::move(created));
    QUndoStack& stack = m_session.undoStack();
    stack.push(command);
    // A command that failed at once is dropped (deleted) by the stack.
    if (stack.index() > 0 && stack.command(stack.index() - 1) == command)
        selectGoal(command->goalId());
}

void GoalsView::editGoal()
{
    const qint64 id = selectedGoalId();
    if (id == 0)
        return;
    const core::KpiGoal before = m_model->row(m_model->findGoal(id)).goal;
    GoalDialog dialog(m_session.database(), before, this);
    const int result = m_goalHook ? (m_goalHook(dialog), dialog.result()) : dialog.exec();
    if (result != QDialog::Accepted)
        return;
    pushEdit(before, dialog.goal());
}

void GoalsView::pushEdit(const core::KpiGoal& before, const core::KpiGoal& after)
{
    const std::vector<core::GoalField> edited = core::changedFields(before, after);
    WriteCommand::push(
        m_session.undoStack(),
        new EditGoalCommand(m_session, before, after,
                            [this, edited](const core::GoalConflict& conflict, const core::KpiGoal& mine) {
                                // Asked once the undo stack is done with the refused command.
                                QMetaObject::invokeMethod(
                                    this, [=, this] { resolveConflict(conflict, mine, edited); },
                                    Qt::QueuedConnection);
                            }));
}

void GoalsView::resolveConflict(const core::GoalConflict& conflict, const core::KpiGoal& mine,
                                const std::vector<core::GoalField>& edited)
{
    GoalConflictDialog dialog(conflict, mine, this);
    dialog.exec();
    const core::KpiGoal resolved = dialog.resolved(edited);
    if (!core::changedFields(conflict.theirs, resolved).empty())
        pushEdit(conflict.theirs, resolved); // based on their save: a newer one asks again
    selectGoal(conflict.theirs.id);
}

void GoalsView::checkIn()
{
    const qint64 id = selectedGoalId();
    if (id == 0)
        return;
    const GoalTableModel::Row& row = m_model->row(m_model->findGoal(id));
    GoalCheckInDialog dialog(row.goal, row.progress ? row.progress->current : std::nullopt, this);
    const int result = m_checkInHook ? (m_checkInHook(dialog), dialog.result()) : dialog.exec();
    if (result != QDialog::Accepted)
        return;
    m_session.undoStack().push(
        new RecordGoalCheckInCommand(m_session, dialog.checkIn(m_clock.nowUtc()), row.goal.name));
}

void GoalsView::deleteGoal()
{
    const qint64 id = selectedGoalId();
    if (id == 0)
        return;
    const QString name = m_model->row(m_model->findGoal(id)).goal.name;
    if (!m_goalHook &&
        QMessageBox::question(this, tr("Delete goal"),
                              tr("Delete the goal “%1” and its check-ins?").arg(name)) != QMessageBox::Yes)
        return;
    m_session.undoStack().push(new DeleteGoalCommand(m_session, id, name));
}

} // namespace rapport::app
