#include "reflection/ReflectionView.h"

#include "DatabaseSession.h"
#include "metrics/MetricsEngine.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/ActionPlanTracker.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/QuestionnaireWizard.h"
#include "storage/ActionPlanRepository.h"
#include "storage/AssessmentRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

enum Column { TitleColumn, MetricColumn, StatusColumn, ProgressColumn, CheckInColumn, VerdictColumn, ColumnCount };

QString statusText(core::PlanProgressStatus s)
{
    switch (s) {
    case core::PlanProgressStatus::NotStarted:
        return ReflectionView::tr("not started");
    case core::PlanProgressStatus::OnTrack:
        return ReflectionView::tr("on track");
    case core::PlanProgressStatus::Behind:
        return ReflectionView::tr("behind");
    case core::PlanProgressStatus::Achieved:
        return ReflectionView::tr("achieved");
    case core::PlanProgressStatus::NotAchieved:
        break;
    }
    return ReflectionView::tr("not achieved");
}

QString checkInText(const core::ActionPlanProgress& p)
{
    const QString date = p.nextCheckInAt.isValid() ? p.nextCheckInAt.toUTC().date().toString(Qt::ISODate) : QString();
    switch (p.checkIn) {
    case core::CheckInState::None:
        return {};
    case core::CheckInState::NotYet:
        return ReflectionView::tr("next on %1").arg(date);
    case core::CheckInState::Due:
        return ReflectionView::tr("due since %1").arg(date);
    case core::CheckInState::Overdue:
        break;
    }
    return ReflectionView::tr("overdue since %1").arg(date);
}

QString verdictText(const core::ActionPlanProgress& p)
{
    if (!p.beforeAfter)
        return {};
    switch (p.beforeAfter->verdict) {
    case core::PlanVerdict::Worked:
        return ReflectionView::tr("worked");
    case core::PlanVerdict::DidNotMove:
        return ReflectionView::tr("did not move the metric");
    case core::PlanVerdict::WrongWay:
        return ReflectionView::tr("moved the wrong way");
    case core::PlanVerdict::TooLittleData:
        break;
    }
    return ReflectionView::tr("too little data");
}

} // namespace

ReflectionView::ReflectionView(DatabaseSession& session, const core::Clock& clock, QWidget* parent)
    : QWidget(parent), m_session(session), m_clock(clock)
{
    setObjectName(QStringLiteral("reflectionView"));
    m_profile = new QTextBrowser(this);
    m_profile->setObjectName(QStringLiteral("profileTextBrowser"));
    m_take = new QPushButton(tr("&Take the questionnaire\u2026"), this);
    m_take->setObjectName(QStringLiteral("takeQuestionnairePushButton"));
    m_new = new QPushButton(tr("&New plan\u2026"), this);
    m_new->setObjectName(QStringLiteral("newPlanPushButton"));
    m_plans = new QTableWidget(0, ColumnCount, this);
    m_plans->setObjectName(QStringLiteral("plansTableWidget"));
    m_plans->setHorizontalHeaderLabels(
        {tr("Plan"), tr("Metric"), tr("Status"), tr("Progress"), tr("Check-in"), tr("Result")});
    m_plans->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_plans->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plans->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_take);
    buttons->addWidget(m_new);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Your latest questionnaire profile"), this));
    layout->addWidget(m_profile, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("Action plans"), this));
    layout->addWidget(m_plans, 2);
    layout->addWidget(m_status);

    connect(m_take, &QPushButton::clicked, this, [this] { takeQuestionnaire(); });
    connect(m_new, &QPushButton::clicked, this, &ReflectionView::newPlan);
    connect(&m_session, &DatabaseSession::changed, this, &ReflectionView::refresh);
    connect(&m_session, &DatabaseSession::opened, this, &ReflectionView::refresh);
    connect(&m_session, &DatabaseSession::currentRepChanged, this, &ReflectionView::refresh);
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
    if (!ready) {
        m_profile->setPlainText(tr("Sign in as a rep to see your reflection."));
        return;
    }

    auto questionnaire = core::Questionnaire::crmStyle();
    auto latest = core::AssessmentRepository(m_session.database()).latestForRep(rep);
    if (!questionnaire || !latest) {
        m_profile->setPlainText(tr("The profile could not be read: %1")
                                    .arg(!questionnaire ? questionnaire.error().message : latest.error().message));
    } else if (!latest->has_value()) {
        m_profile->setPlainText(tr("You have not taken the questionnaire yet."));
    } else {
        auto q = core::Questionnaire::builtin((*latest)->instrumentId, (*latest)->instrumentVersion);
        auto profile = q ? core::AssessmentProfile::build(*q, **latest) : core::Result<core::AssessmentProfile>(q.error());
        if (!profile) {
            m_profile->setPlainText(tr("The profile could not be built: %1").arg(profile.error().message));
        } else {
            QStringList lines;
            lines << tr("Taken on %1").arg((*latest)->takenAt.toUTC().date().toString(Qt::ISODate));
            if (profile->straightLined())
                lines << tr("Warning: the same answer was given to every statement.");
            for (const auto& d : profile->dimensions())
                lines << tr("%1: %2").arg(d.name, QString::number(d.score, 'f', 1));
            m_profile->setPlainText(lines.join(QLatin1Char('\n')));
        }
    }

    core::ActionPlanRepository plans(m_session.database());
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
        m_plans->setItem(row, TitleColumn, new QTableWidgetItem(plan.title));
        m_plans->setItem(row, MetricColumn, new QTableWidgetItem(plan.metric));
        auto checkIns = plans.checkIns(plan.id);
        auto progress = checkIns ? tracker.track(plan, *checkIns)
                                 : core::Result<core::ActionPlanProgress>(checkIns.error());
        if (!progress) {
            m_plans->setItem(row, StatusColumn, new QTableWidgetItem(tr("error: %1").arg(progress.error().message)));
            ++row;
            continue;
        }
        m_plans->setItem(row, StatusColumn, new QTableWidgetItem(statusText(progress->status)));
        auto* bar = new QProgressBar(m_plans);
        bar->setRange(0, 100);
        bar->setValue(progress->progressPercent ? static_cast<int>(*progress->progressPercent + 0.5) : 0);
        if (!progress->progressPercent)
            bar->setFormat(tr("no data"));
        m_plans->setCellWidget(row, ProgressColumn, bar);
        m_plans->setItem(row, CheckInColumn, new QTableWidgetItem(checkInText(*progress)));
        auto* verdict = new QTableWidgetItem(verdictText(*progress));
        if (progress->beforeAfter)
            verdict->setToolTip(progress->beforeAfter->explanation);
        m_plans->setItem(row, VerdictColumn, verdict);
        ++row;
    }
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
    const QString rep = m_session.currentRep();
    if (!m_session.isOpen() || rep.isEmpty())
        return;
    std::optional<QStringList> weak;
    QList<QPair<QString, QString>> dimensions;
    auto q = core::Questionnaire::crmStyle();
    if (q) {
        for (const auto& d : q->dimensions())
            dimensions.append({d.id, d.name});
        auto latest = core::AssessmentRepository(m_session.database()).latestForRep(rep);
        if (latest && latest->has_value()) {
            auto profile = core::AssessmentProfile::build(*q, **latest);
            if (profile)
                weak = profile->weaknesses();
        }
    }
    ActionPlanDialog dialog(m_session.database(), m_clock, rep, weak, dimensions, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    core::ActionPlan plan = dialog.plan();
    if (auto saved = core::ActionPlanRepository(m_session.database()).insert(plan); !saved) {
        m_session.reportError(tr("Could not save the action plan."), saved.error());
        return;
    }
    emit m_session.changed();
}

} // namespace rapport::app
