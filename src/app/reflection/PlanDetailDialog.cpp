#include "reflection/PlanDetailDialog.h"

#include "common/DateText.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/AddPlanItemCommand.h"
#include "reflection/AdjustPlanCommand.h"
#include "reflection/DimensionChoices.h"
#include "reflection/FindingReference.h"
#include "reflection/PlanConflictDialog.h"
#include "reflection/PlanText.h"
#include "reflection/RecordCheckInCommand.h"
#include "reflection/SetPlanItemDoneCommand.h"
#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"
#include "widgets/MetricFormat.h"

#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

QString day(const QDateTime& t)
{
    return core::DateText::utcDay(t);
}

QString minute(const QDateTime& t)
{
    return core::DateText::dateTime(t.toUTC());
}

QTableWidget* makeTable(const QStringList& headers, const char* name, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    return table;
}

} // namespace

PlanDetailDialog::PlanDetailDialog(DatabaseSession& session, qint64 planId, QWidget* parent)
    : QDialog(parent), m_session(session), m_planId(planId)
{
    setObjectName(QStringLiteral("planDetailDialog"));
    setWindowTitle(tr("Action plan"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("progressBar"));
    m_bar->setRange(0, 100);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressLabel->setTextFormat(Qt::PlainText);

    // Steps
    auto* steps = new QWidget(this);
    m_items = new QListWidget(steps);
    m_items->setObjectName(QStringLiteral("itemsListWidget"));
    m_items->setAccessibleName(tr("Steps of the plan"));
    m_items->setToolTip(tr("Tick a step when it is done (Space)"));
    m_newItem = new QLineEdit(steps);
    m_newItem->setObjectName(QStringLiteral("newItemLineEdit"));
    m_newItem->setAccessibleName(tr("New step"));
    m_newItem->setPlaceholderText(tr("A step toward the plan, e.g. “Draft the call script”"));
    m_addItem = new QPushButton(tr("Add &step"), steps);
    m_addItem->setObjectName(QStringLiteral("addItemPushButton"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_newItem, 1);
    addRow->addWidget(m_addItem);
    auto* stepsLayout = new QVBoxLayout(steps);
    stepsLayout->addWidget(m_items);
    stepsLayout->addLayout(addRow);

    // Check-ins
    auto* checkIns = new QWidget(this);
    m_checkIns = makeTable({tr("When (UTC)"), tr("Value"), tr("Note")}, "checkInsTableWidget", checkIns);
    m_checkIns->setAccessibleName(tr("Check-ins of the plan"));
    m_checkInNote = new QLineEdit(checkIns);
    m_checkInNote->setObjectName(QStringLiteral("checkInNoteLineEdit"));
    m_checkInNote->setPlaceholderText(tr("How is it going? What got in the way?"));
    m_checkInValue = new QLineEdit(checkIns);
    m_checkInValue->setObjectName(QStringLiteral("checkInValueLineEdit"));
    m_checkInValue->setToolTip(tr("Where the plan's metric stands now, if you know it"));
    m_checkInValue->setPlaceholderText(tr("optional"));
    auto* validator = new QDoubleValidator(m_checkInValue);
    validator->setNotation(QDoubleValidator::StandardNotation);
    m_checkInValue->setValidator(validator);
    m_checkInValue->setMaximumWidth(120);
    m_record = new QPushButton(tr("&Record check-in"), checkIns);
    m_record->setObjectName(QStringLiteral("recordCheckInPushButton"));
    auto* checkInForm = new QHBoxLayout;
    auto* noteLabel = new QLabel(tr("&Note:"), checkIns);
    noteLabel->setBuddy(m_checkInNote);
    checkInForm->addWidget(noteLabel);
    checkInForm->addWidget(m_checkInNote, 1);
    auto* valueLabel = new QLabel(tr("&Value:"), checkIns);
    valueLabel->setBuddy(m_checkInValue);
    checkInForm->addWidget(valueLabel);
    checkInForm->addWidget(m_checkInValue);
    checkInForm->addWidget(m_record);
    auto* checkInsLayout = new QVBoxLayout(checkIns);
    checkInsLayout->addWidget(m_checkIns);
    checkInsLayout->addLayout(checkInForm);

    // History
    m_revisions = makeTable({tr("When (UTC)"), tr("Changed"), tr("From"), tr("To"), tr("Reason")},
                            "revisionsTableWidget", this);
    m_revisions->setAccessibleName(tr("History of the plan's changes"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("planTabWidget"));
    m_tabs->setAccessibleName(tr("Steps, check-ins and history"));
    m_tabs->addTab(steps, tr("S&teps"));
    m_tabs->addTab(checkIns, tr("C&heck-ins"));
    m_tabs->addTab(m_revisions, tr("H&istory"));

    m_adjust = new QPushButton(tr("&Adjust plan\u2026"), this);
    m_adjust->setObjectName(QStringLiteral("adjustPushButton"));
    m_complete = new QPushButton(tr("Mark co&mpleted\u2026"), this);
    m_complete->setObjectName(QStringLiteral("completePushButton"));
    m_abandon = new QPushButton(tr("A&bandon\u2026"), this);
    m_abandon->setObjectName(QStringLiteral("abandonPushButton"));
    m_reopen = new QPushButton(tr("Re&open\u2026"), this);
    m_reopen->setObjectName(QStringLiteral("reopenPushButton"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_adjust);
    actions->addWidget(m_complete);
    actions->addWidget(m_abandon);
    actions->addWidget(m_reopen);
    actions->addStretch();
    actions->addWidget(close);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_bar);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    resize(760, 620);

    connect(m_addItem, &QPushButton::clicked, this, [this] { addItem(); });
    connect(m_newItem, &QLineEdit::returnPressed, this, [this] { addItem(); });
    connect(m_record, &QPushButton::clicked, this, [this] { recordCheckIn(); });
    connect(m_items, &QListWidget::itemChanged, this, &PlanDetailDialog::onItemChanged);
    connect(m_adjust, &QPushButton::clicked, this, [this] { adjust(); });
    connect(m_complete, &QPushButton::clicked, this, [this] { askStatus(QStringLiteral("done")); });
    connect(m_abandon, &QPushButton::clicked, this, [this] { askStatus(QStringLiteral("abandoned")); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { askStatus(QStringLiteral("active")); });
    connect(&m_session, &DatabaseSession::changed, this, &PlanDetailDialog::reload);
    reload();
}

QString PlanDetailDialog::summaryText() const
{
    return m_summary->text();
}

QString PlanDetailDialog::progressText() const
{
    return m_progressLabel->text();
}

void PlanDetailDialog::reload()
{
    m_loading = true;
    m_error->hide();
    m_items->clear();
    m_checkIns->setRowCount(0);
    m_revisions->setRowCount(0);
    m_itemRecords.clear();
    m_plan.reset();
    m_progress.reset();

    const bool open = m_session.isOpen();
    core::ActionPlanService repo(m_session.database());
    auto found = open ? repo.find(m_planId) : core::Result<std::optional<core::ActionPlan>>(std::nullopt);
    if (!found || !found->has_value()) {
        m_summary->setText(
            found ? tr("This plan no longer exists.").toHtmlEscaped()
                  : tr("The plan could not be read: %1").arg(found.error().message).toHtmlEscaped());
        for (QWidget* w :
             std::initializer_list<QWidget*>{m_tabs, m_adjust, m_complete, m_abandon, m_reopen, m_bar})
            w->setEnabled(false);
        m_progressLabel->clear();
        m_loading = false;
        return;
    }
    m_plan = **found;
    const core::ActionPlan& plan = *m_plan;
    setWindowTitle(tr("Action plan: %1").arg(plan.title));

    const QString target = plan.target
                               ? QStringLiteral("%1 %2").arg(plan.direction, planText::number(plan.target))
                               : QStringLiteral("\u2013");
    QStringList rows;
    auto row = [&rows](const QString& label, const QString& value) {
        if (!value.isEmpty())
            rows << QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Action"), plan.action);
    row(tr("Metric"),
        tr("%1 for %2, target %3")
            .arg(MetricFormat::title(plan.metric), MetricFormat::scope(plan.scope, m_session), target));
    row(tr("Time"), tr("%1 to %2, check in every %3 days")
                        .arg(day(plan.startAt), day(plan.deadlineAt))
                        .arg(plan.checkInEveryDays));
    row(tr("Resources"), plan.resources);
    // The dimension's name from the questionnaire, not its id ("follow_up").
    QString origin = plan.dimension;
    for (const auto& [id, name] : DimensionChoices::forRep(m_session.database(), plan.ownerRep).dimensions)
        if (id == plan.dimension)
            origin = tr("the questionnaire's “%1”").arg(name);
    row(tr("Comes from"), plan.findingRef.isEmpty()
                              ? origin
                              : FindingReference::describe(plan.findingRef, [this](const QString& id) {
                                    return m_session.repName(id);
                                }));
    row(tr("Status"), planText::planStatus(plan.status));
    m_summary->setText(
        QStringLiteral("<h3>%1</h3><table>%2</table>").arg(plan.title.toHtmlEscaped(), rows.join(QString())));

    auto items = repo.items(plan.id);
    auto checkIns = repo.checkIns(plan.id);
    auto revisions = repo.revisions(plan.id);
    if (!items || !checkIns || !revisions) {
        const core::Error& e = !items ? items.error() : (!checkIns ? checkIns.error() : revisions.error());
        m_error->setText(tr("Part of the plan could not be read: %1").arg(e.message));
        m_error->show();
        m_loading = false;
        return;
    }

    core::MetricsEngine engine(m_session.database(), m_session.clock());
    auto progress = core::ActionPlanTracker(engine, m_session.clock()).track(plan, *checkIns, *revisions);
    m_bar->setEnabled(true);
    if (!progress) {
        m_bar->setValue(0);
        m_bar->setFormat(tr("no data"));
        m_progressLabel->setText(tr("Progress cannot be measured: %1").arg(progress.error().message));
    } else {
        m_progress = *progress;
        const auto& p = *progress;
        m_bar->setValue(p.progressPercent ? static_cast<int>(*p.progressPercent + 0.5) : 0);
        m_bar->setFormat(p.progressPercent ? QStringLiteral("%p%") : tr("no data"));
        QStringList lines;
        QString status = planText::status(p.status);
        if (p.closedAt.isValid())
            status = tr("%1 (closed on %2, figures as of then)").arg(status, day(p.closedAt));
        lines << tr("Status: %1").arg(status);
        QString figures =
            tr("%1: baseline %2%3, now %4%5")
                .arg(MetricFormat::title(plan.metric), planText::number(p.baseline),
                     p.baselineFromPlan ? tr(" (set in the plan)") : tr(" (measured before the start)"),
                     planText::number(p.current),
                     p.currentSample ? tr(" from %1 records").arg(*p.currentSample) : QString());
        // The linear expectation only means something while the plan runs.
        if (plan.status == QLatin1String("active") && !p.beforeAfter &&
            p.status != core::PlanProgressStatus::NotStarted)
            figures += tr(", expected by now: %1% of the way").arg(static_cast<int>(p.expectedPercent + 0.5));
        lines << figures;
        if (const QString c = planText::checkIn(p); !c.isEmpty())
            lines << tr("Check-in: %1").arg(c);
        if (p.beforeAfter)
            lines << tr("Before and after: %1").arg(p.beforeAfter->explanation);
        m_progressLabel->setText(lines.join(QLatin1Char('\n')));
    }

    m_itemRecords = *items;
    for (const auto& item : m_itemRecords) {
        auto* entry = new QListWidgetItem(item.text, m_items);
        entry->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        entry->setCheckState(item.doneAt.isValid() ? Qt::Checked : Qt::Unchecked);
        if (item.doneAt.isValid())
            entry->setToolTip(tr("Done on %1").arg(day(item.doneAt)));
    }
    if (m_itemRecords.empty()) {
        auto* hint =
            new QListWidgetItem(tr("No steps yet: break the action into steps you can tick off."), m_items);
        hint->setFlags(Qt::NoItemFlags);
    }

    m_checkIns->setRowCount(static_cast<int>(checkIns->size()));
    int r = 0;
    for (auto it = checkIns->rbegin(); it != checkIns->rend(); ++it, ++r) { // newest first
        m_checkIns->setItem(r, 0, new QTableWidgetItem(minute(it->at)));
        m_checkIns->setItem(r, 1, new QTableWidgetItem(it->value ? planText::number(it->value) : QString()));
        m_checkIns->setItem(r, 2, new QTableWidgetItem(it->note));
    }
    m_checkIns->resizeColumnToContents(0);

    m_revisions->setRowCount(static_cast<int>(revisions->size()));
    r = 0;
    for (auto it = revisions->rbegin(); it != revisions->rend(); ++it, ++r) {
        const bool status = it->field == QLatin1String("status");
        m_revisions->setItem(r, 0, new QTableWidgetItem(minute(it->at)));
        m_revisions->setItem(r, 1, new QTableWidgetItem(planText::field(it->field)));
        m_revisions->setItem(
            r, 2, new QTableWidgetItem(status ? planText::planStatus(it->oldValue) : it->oldValue));
        m_revisions->setItem(
            r, 3, new QTableWidgetItem(status ? planText::planStatus(it->newValue) : it->newValue));
        m_revisions->setItem(r, 4, new QTableWidgetItem(it->reason));
    }
    m_revisions->resizeColumnsToContents();
    m_tabs->setTabText(1, tr("C&heck-ins (%1)").arg(checkIns->size()));
    m_tabs->setTabText(2, tr("H&istory (%1)").arg(revisions->size()));

    const bool active = plan.status == QLatin1String("active");
    m_tabs->setEnabled(true);
    m_adjust->setEnabled(active);
    m_complete->setVisible(active);
    m_abandon->setVisible(active);
    m_complete->setEnabled(active);
    m_abandon->setEnabled(active);
    m_reopen->setVisible(!active);
    m_reopen->setEnabled(!active);
    m_record->setEnabled(active);
    // A closed plan is kept as it was; reopening it makes it editable again.
    m_items->setEnabled(active);
    m_newItem->setEnabled(active);
    m_addItem->setEnabled(active);
    m_checkInNote->setEnabled(active);
    m_checkInValue->setEnabled(active);
    m_loading = false;
}

bool PlanDetailDialog::recordCheckIn()
{
    if (!m_plan)
        return false;
    const QString note = m_checkInNote->text().trimmed();
    const QString valueText = m_checkInValue->text().trimmed();
    std::optional<double> value;
    if (!valueText.isEmpty()) {
        bool ok = false;
        const double v = locale().toDouble(valueText, &ok);
        if (!ok) {
            m_error->setText(tr("“%1” is not a number; leave the value empty or type one such as %2.")
                                 .arg(valueText, locale().toString(72.5)));
            m_error->show();
            return false;
        }
        value = v;
    }
    if (note.isEmpty() && !value) {
        m_error->setText(tr("Write a note or a value to record a check-in."));
        m_error->show();
        return false;
    }
    core::ActionPlanCheckIn checkIn;
    checkIn.planId = m_plan->id;
    checkIn.at = m_session.clock().nowUtc();
    checkIn.note = note;
    checkIn.value = value;
    auto* command = new RecordCheckInCommand(m_session, checkIn);
    m_session.undoStack().push(command);
    m_checkInNote->clear();
    m_checkInValue->clear();
    return true;
}

bool PlanDetailDialog::addItem()
{
    const QString text = m_newItem->text().trimmed();
    if (!m_plan || text.isEmpty())
        return false;
    core::ActionPlanItem item;
    item.planId = m_plan->id;
    item.text = text;
    m_session.undoStack().push(new AddPlanItemCommand(m_session, item));
    m_newItem->clear();
    return true;
}

bool PlanDetailDialog::setItemDone(int row, bool done)
{
    if (row < 0 || row >= static_cast<int>(m_itemRecords.size()))
        return false;
    const core::ActionPlanItem item = m_itemRecords.at(static_cast<std::size_t>(row));
    if (item.doneAt.isValid() == done)
        return false;
    m_session.undoStack().push(new SetPlanItemDoneCommand(m_session, item, done));
    return true;
}

void PlanDetailDialog::onItemChanged(QListWidgetItem* item)
{
    if (m_loading || !item)
        return;
    const int row = m_items->row(item);
    // Deferred: the command reloads the list, which must not happen inside its own signal.
    const bool done = item->checkState() == Qt::Checked;
    QMetaObject::invokeMethod(
        this, [this, row, done] { setItemDone(row, done); }, Qt::QueuedConnection);
}

bool PlanDetailDialog::changeStatus(const QString& status, const QString& reason)
{
    if (!m_plan || reason.trimmed().isEmpty() || m_plan->status == status)
        return false;
    core::ActionPlan changed = *m_plan;
    changed.status = status;
    QString text;
    if (status == QLatin1String("done"))
        text = tr("Complete the plan “%1”").arg(m_plan->title);
    else if (status == QLatin1String("abandoned"))
        text = tr("Abandon the plan “%1”").arg(m_plan->title);
    else
        text = tr("Reopen the plan “%1”").arg(m_plan->title);
    return pushAdjust(*m_plan, changed, reason.trimmed(), text);
}

void PlanDetailDialog::askStatus(const QString& status)
{
    QString question;
    QString suggestion;
    if (status == QLatin1String("done")) {
        question = tr("Why is the plan complete? (kept in its history)");
        suggestion = tr("All steps done");
    } else if (status == QLatin1String("abandoned")) {
        question = tr("Why is the plan given up? (kept in its history)");
    } else {
        question = tr("Why is the plan taken up again? (kept in its history)");
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Change the plan's status"), question,
                                                 QLineEdit::Normal, suggestion, &ok);
    if (!ok)
        return;
    if (reason.trimmed().isEmpty()) {
        m_error->setText(tr("The status was not changed: a reason is needed."));
        m_error->show();
        return;
    }
    changeStatus(status, reason);
}

bool PlanDetailDialog::adjust()
{
    if (!m_plan)
        return false;
    const auto choices = DimensionChoices::forRep(m_session.database(), m_plan->ownerRep);
    ActionPlanDialog dialog(m_session.database(), m_session.clock(), m_plan->ownerRep, choices.weak,
                            choices.dimensions, this);
    dialog.prefill(*m_plan);
    dialog.setAdjusting(true);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return pushAdjust(*m_plan, dialog.plan(), dialog.reason(), tr("Adjust the plan “%1”").arg(m_plan->title));
}

bool PlanDetailDialog::pushAdjust(const core::ActionPlan& before, const core::ActionPlan& after,
                                  const QString& reason, const QString& text)
{
    const std::vector<core::PlanField> edited = core::changedFields(before, after);
    return WriteCommand::push(
        m_session.undoStack(),
        new AdjustPlanCommand(
            m_session, before, after, reason, text,
            [this, edited, reason, text](const core::PlanConflict& conflict, const core::ActionPlan& mine) {
                // Asked once the undo stack is done with the refused command.
                QMetaObject::invokeMethod(
                    this, [=, this] { resolveConflict(conflict, mine, edited, reason, text); },
                    Qt::QueuedConnection);
            }));
}

void PlanDetailDialog::resolveConflict(const core::PlanConflict& conflict, const core::ActionPlan& mine,
                                       const std::vector<core::PlanField>& edited, const QString& reason,
                                       const QString& text)
{
    PlanConflictDialog dialog(conflict, mine, this);
    dialog.exec();
    const core::ActionPlan resolved = dialog.resolved(edited);
    if (!core::changedFields(conflict.theirs, resolved).empty())
        pushAdjust(conflict.theirs, resolved, reason, text); // based on their save: a newer one asks again
}

} // namespace rapport::app
