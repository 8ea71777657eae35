#include "reflection/ReflectionView.h"

#include "common/DateText.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/ActionPlanTracker.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/CreatePlanCommand.h"
#include "reflection/DimensionChoices.h"
#include "reflection/FindingsPanel.h"
#include "reflection/LatestProfile.h"
#include "reflection/PlanDetailDialog.h"
#include "reflection/PlanText.h"
#include "reflection/QuestionnaireWizard.h"
#include "services/ActionPlanService.h"
#include "shell/DatabaseSession.h"
#include "widgets/ColumnPriorities.h"
#include "widgets/MetricFormat.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

enum Column {
    TitleColumn,
    MetricColumn,
    StatusColumn,
    ProgressColumn,
    CheckInColumn,
    VerdictColumn,
    ColumnCount
};

QString levelText(core::DimensionLevel level)
{
    switch (level) {
    case core::DimensionLevel::Strength:
        return ReflectionView::tr("strength");
    case core::DimensionLevel::Weakness:
        return ReflectionView::tr("weakness");
    case core::DimensionLevel::Middle:
        break;
    }
    return ReflectionView::tr("in the middle");
}

QString selfViewVerdict(core::SelfViewVerdict v)
{
    switch (v) {
    case core::SelfViewVerdict::InLine:
        return ReflectionView::tr("in line");
    case core::SelfViewVerdict::BlindSpot:
        return ReflectionView::tr("blind spot");
    case core::SelfViewVerdict::HiddenStrength:
        return ReflectionView::tr("hidden strength");
    case core::SelfViewVerdict::TooLittleData:
        return ReflectionView::tr("too little data");
    case core::SelfViewVerdict::NotMeasured:
        break;
    }
    return ReflectionView::tr("not measured");
}

} // namespace

ReflectionView::ReflectionView(DatabaseSession& session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(clock)
{
    setObjectName(QStringLiteral("reflectionView"));
    m_profile = new QTextBrowser(this);
    m_profile->setObjectName(QStringLiteral("profileTextBrowser"));
    m_profile->setAccessibleName(tr("Your questionnaire profile and what the data says"));
    m_take = new QPushButton(tr("&Take the questionnaire\u2026"), this);
    m_take->setObjectName(QStringLiteral("takeQuestionnairePushButton"));
    m_take->setToolTip(tr("Rate your own habits; the answers are set beside what the data shows"));
    m_weakPlan = new QPushButton(tr("Plan for a &weak dimension"), this);
    m_weakPlan->setObjectName(QStringLiteral("weakDimensionPlanPushButton"));
    m_weakMenu = new QMenu(m_weakPlan);
    m_weakPlan->setMenu(m_weakMenu);
    m_new = new QPushButton(tr("&New plan\u2026"), this);
    m_new->setObjectName(QStringLiteral("newPlanPushButton"));
    m_new->setToolTip(tr("Write an action plan: a step, a metric to move, a target and a deadline"));
    m_plans = new QTableWidget(0, ColumnCount, this);
    m_plans->setObjectName(QStringLiteral("plansTableWidget"));
    m_plans->setAccessibleName(tr("Action plans"));
    m_plans->setHorizontalHeaderLabels(
        {tr("Plan"), tr("Metric"), tr("Status"), tr("Progress"), tr("Check-in"), tr("Result")});
    m_plans->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_plans->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_plans->horizontalHeader()->setSectionResizeMode(ProgressColumn, QHeaderView::Fixed);
    m_plans->horizontalHeader()->resizeSection(ProgressColumn, 90);
    m_plans->verticalHeader()->hide();
    // In a narrow window the plan's title stays readable; the verdict, the check-in and the
    // metric go first (the plan's details show them all).
    new ColumnPriorities(
        m_plans, {VerdictColumn, CheckInColumn, MetricColumn},
        m_plans->fontMetrics().horizontalAdvance(QStringLiteral("Follow up every purchase")));
    m_plans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_plans->setSelectionMode(QAbstractItemView::SingleSelection);
    m_plans->setToolTip(tr("Double-click a plan or press Enter to see its steps, check-ins and history."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_findings = new FindingsPanel(session, this);

    // The headings wrap and "New plan" sits by the plans it adds to, so the page fits beside
    // the sidebar at the main window's minimum width.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_weakPlan);
    buttons->addStretch();

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* profileHeading = new QLabel(tr("<b>Your questionnaire profile and what the data says</b>"), left);
    profileHeading->setWordWrap(true);
    leftLayout->addWidget(profileHeading);
    leftLayout->addWidget(m_profile, 3);
    leftLayout->addLayout(buttons);
    auto* plansHeading = new QLabel(tr("<b>Action plans</b> (double-click one to follow it up)"), left);
    plansHeading->setWordWrap(true);
    auto* plansRow = new QHBoxLayout;
    plansRow->addWidget(plansHeading, 1);
    plansRow->addWidget(m_new);
    leftLayout->addLayout(plansRow);
    leftLayout->addWidget(m_plans, 2);
    leftLayout->addWidget(m_status);

    auto* right = new QGroupBox(tr("Findings"), this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_findings);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_take, &QPushButton::clicked, this, [this] { takeQuestionnaire(); });
    connect(m_new, &QPushButton::clicked, this, &ReflectionView::newPlan);
    connect(m_plans, &QTableWidget::activated, this,
            [this](const QModelIndex& index) { openPlan(index.row()); });
    connect(m_findings, &FindingsPanel::planRequested, this,
            [this](const core::ActionPlan& plan, const QString& title) { newPlanFrom(plan, title); });
    connect(m_findings, &FindingsPanel::runFinished, this, &ReflectionView::showProfile);
    connect(&m_session, &DatabaseSession::changed, this, &ReflectionView::refresh);
    connect(&m_session, &DatabaseSession::opened, this, [this] {
        m_findings->reset();
        refresh();
    });
    connect(&m_session, &DatabaseSession::currentRepChanged, this, [this] {
        m_findings->reset();
        refresh();
    });
    refresh();
}

QString ReflectionView::profileText() const
{
    return m_profile->toPlainText();
}

void ReflectionView::refresh()
{
    m_plans->setRowCount(0);
    m_status->clear();
    const QString rep = m_session.currentRep();
    const bool ready = m_session.isOpen() && !rep.isEmpty();
    m_take->setEnabled(ready);
    m_new->setEnabled(ready);
    fillWeakMenu(nullptr);
    if (!ready) {
        m_profileHtml = tr("Sign in as a rep to see your reflection.").toHtmlEscaped();
        showProfile();
        return;
    }

    auto latest =
        core::LatestProfile::read(m_session.database(), rep, core::LatestProfile::Previous::Compare);
    if (!latest) {
        m_profileHtml = tr("The profile could not be read: %1").arg(latest.error().message).toHtmlEscaped();
    } else if (!latest->has_value()) {
        m_profileHtml = tr("You have not taken the questionnaire yet.").toHtmlEscaped();
    } else {
        const auto& profile = (*latest)->profile;
        if (!profile) {
            m_profileHtml =
                tr("The profile could not be built: %1").arg(profile.error().message).toHtmlEscaped();
        } else {
            const QLocale locale;
            QString html = QStringLiteral("<p>%1</p>")
                               .arg(tr("Taken on %1")
                                        .arg(core::DateText::utcDay((*latest)->latest.takenAt))
                                        .toHtmlEscaped());
            if (profile->straightLined())
                html +=
                    QStringLiteral("<p><b>%1</b></p>")
                        .arg(tr("Warning: the same answer was given to every statement.").toHtmlEscaped());
            html += QStringLiteral("<ul>");
            for (const auto& d : profile->dimensions()) {
                QString line = tr("%1: %2").arg(d.name, QLocale().toString(d.score, 'f', 1));
                line += QStringLiteral(" (") + levelText(d.level);
                if (d.change)
                    line +=
                        QStringLiteral(", ") + tr("%1 since last time")
                                                   .arg((*d.change >= 0 ? QStringLiteral("+") : QString()) +
                                                        QLocale().toString(*d.change, 'f', 1));
                line += QLatin1Char(')');
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
            m_profileHtml = html;
            fillWeakMenu(&*profile);
        }
    }
    showProfile();

    core::ActionPlanService plans(m_session.database());
    auto list = plans.list(rep);
    if (!list) {
        m_status->setText(tr("The action plans could not be read: %1").arg(list.error().message));
        return;
    }
    core::MetricsEngine engine(m_session.database(), m_clock);
    core::ActionPlanTracker tracker(engine, m_clock);
    m_plans->setRowCount(static_cast<int>(list->size()));
    int row = 0;
    for (const auto& plan : *list) {
        auto* title = new QTableWidgetItem(plan.title);
        title->setData(Qt::UserRole, plan.id);
        m_plans->setItem(row, TitleColumn, title);
        m_plans->setItem(row, MetricColumn, new QTableWidgetItem(MetricFormat::title(plan.metric)));
        auto checkIns = plans.checkIns(plan.id);
        auto revisions = plans.revisions(plan.id);
        auto progress = !checkIns    ? core::Result<core::ActionPlanProgress>(checkIns.error())
                        : !revisions ? core::Result<core::ActionPlanProgress>(revisions.error())
                                     : tracker.track(plan, *checkIns, *revisions);
        if (!progress) {
            m_plans->setItem(row, StatusColumn,
                             new QTableWidgetItem(tr("error: %1").arg(progress.error().message)));
            ++row;
            continue;
        }
        QString status = planText::status(progress->status);
        if (plan.status == QLatin1String("done"))
            status = tr("completed, %1").arg(status);
        m_plans->setItem(row, StatusColumn, new QTableWidgetItem(status));
        auto* bar = new QProgressBar(m_plans);
        bar->setRange(0, 100);
        bar->setValue(progress->progressPercent ? static_cast<int>(*progress->progressPercent + 0.5) : 0);
        if (!progress->progressPercent)
            bar->setFormat(tr("no data"));
        m_plans->setCellWidget(row, ProgressColumn, bar);
        m_plans->setItem(row, CheckInColumn, new QTableWidgetItem(planText::checkIn(*progress)));
        auto* verdict = new QTableWidgetItem(planText::verdict(*progress));
        if (progress->beforeAfter)
            verdict->setToolTip(progress->beforeAfter->explanation);
        m_plans->setItem(row, VerdictColumn, verdict);
        ++row;
    }
    if (list->empty())
        m_status->setText(
            tr("No action plans yet: start one from a weak dimension, a finding or with New plan."));
}

void ReflectionView::showProfile()
{
    QString html = m_profileHtml;
    const auto& run = m_findings->lastRun();
    const QString rep = m_session.currentRep();
    if (m_findings->isRunning() && !rep.isEmpty()) {
        // The last run may predate what was just saved: say so rather than show it.
        html += QStringLiteral("<h4>%1</h4><p>%2</p>")
                    .arg(tr("Your view against the data").toHtmlEscaped(),
                         tr("Comparing your answers with the data\u2026").toHtmlEscaped());
    } else if (run && !rep.isEmpty() && run->error.isEmpty() && !run->selfViewRep.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>")
                    .arg(tr("Your view against the data, %1").arg(run->period.label()).toHtmlEscaped());
        if (!run->selfViewProblem.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(run->selfViewProblem.toHtmlEscaped());
        } else {
            html +=
                QStringLiteral("<table cellpadding='3' border='1' cellspacing='0'><tr><th>%1</th><th>%2</th>"
                               "<th>%3</th><th>%4</th></tr>")
                    .arg(tr("Dimension").toHtmlEscaped(), tr("You said").toHtmlEscaped(),
                         tr("Team percentile").toHtmlEscaped(), tr("Reading").toHtmlEscaped());
            for (const auto& d : run->selfView) {
                const QString pct = d.evidencePercentile ? QLocale().toString(*d.evidencePercentile, 'f', 0)
                                                         : QStringLiteral("\u2013");
                const bool alarm = d.verdict == core::SelfViewVerdict::BlindSpot;
                const QString verdict = selfViewVerdict(d.verdict).toHtmlEscaped();
                html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td><td align='right'>%3</td>"
                                       "<td>%4<br/><small>%5</small></td></tr>")
                            .arg(d.name.toHtmlEscaped(), QLocale().toString(d.selfScore, 'f', 0), pct,
                                 alarm ? QStringLiteral("<b>%1</b>").arg(verdict) : verdict,
                                 d.explanation.toHtmlEscaped());
            }
            html += QStringLiteral("</table>");
        }
    }
    m_profile->setHtml(html);
}

void ReflectionView::fillWeakMenu(const core::AssessmentProfile* profile)
{
    m_weakMenu->clear();
    if (profile) {
        for (const auto& d : profile->dimensions()) {
            if (d.level != core::DimensionLevel::Weakness)
                continue;
            QAction* action =
                m_weakMenu->addAction(tr("%1 (%2)\u2026").arg(d.name, QLocale().toString(d.score, 'f', 0)));
            const QString id = d.id;
            connect(action, &QAction::triggered, this, [this, id] { newPlanFrom(planForDimension(id)); });
        }
    }
    m_weakPlan->setEnabled(!m_weakMenu->isEmpty());
    m_weakPlan->setToolTip(m_weakMenu->isEmpty() ? tr("Your latest profile shows no weak dimension.")
                                                 : QString());
}

core::ActionPlan ReflectionView::planForDimension(const QString& dimension) const
{
    core::ActionPlan plan;
    const QString rep = m_session.currentRep();
    plan.ownerRep = rep;
    plan.scope = core::Scope::rep(rep);
    plan.dimension = dimension;
    // The measure the self-view compares with this dimension, so the plan is judged by the
    // same evidence that showed the weakness.
    if (dimension == QLatin1String("follow_up")) {
        plan.metric = QStringLiteral("follow_up_rate");
    } else if (dimension == QLatin1String("complaints")) {
        plan.metric = QStringLiteral("resolution_hours_median");
        plan.direction = QStringLiteral("<=");
    } else if (dimension == QLatin1String("listening")) {
        plan.metric = QStringLiteral("csat");
    }
    if (auto q = core::Questionnaire::crmStyle(); q) {
        if (const auto* d = q->dimension(dimension)) {
            plan.title = tr("Work on %1").arg(d->name.toLower());
            if (!d->strategies.isEmpty())
                plan.action = d->strategies.front();
        }
    }
    const QDate today = m_clock.nowUtc().toUTC().date();
    plan.startAt = today.startOfDay(Qt::UTC);
    plan.deadlineAt = today.addMonths(3).startOfDay(Qt::UTC);
    return plan;
}

PlanDetailDialog* ReflectionView::openPlan(int row)
{
    const QTableWidgetItem* item = m_plans->item(row, TitleColumn);
    if (!item || !m_session.isOpen())
        return nullptr;
    auto* dialog = new PlanDetailDialog(m_session, item->data(Qt::UserRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QuestionnaireWizard* ReflectionView::takeQuestionnaire()
{
    auto q = core::Questionnaire::crmStyle();
    if (!q) {
        m_status->setText(tr("The questionnaire could not be loaded: %1").arg(q.error().message));
        return nullptr;
    }
    auto* wizard = new QuestionnaireWizard(m_session, *q, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void ReflectionView::newPlan()
{
    newPlanFrom({});
}

void ReflectionView::newPlanFrom(const core::ActionPlan& suggestion, const QString& findingTitle)
{
    const QString rep = m_session.currentRep();
    if (!m_session.isOpen() || rep.isEmpty())
        return;
    const auto choices = DimensionChoices::forRep(m_session.database(), rep);
    ActionPlanDialog dialog(m_session.database(), m_clock, rep, choices.weak, choices.dimensions, this);
    if (!suggestion.title.isEmpty() || !suggestion.findingRef.isEmpty() || !suggestion.dimension.isEmpty())
        dialog.prefill(suggestion, findingTitle);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session.undoStack().push(new CreatePlanCommand(m_session, dialog.plan()));
}

} // namespace rapport::app
