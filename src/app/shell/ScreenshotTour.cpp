#include "shell/ScreenshotTour.h"

#include "churnreasons/ChurnReasonListDialog.h"
#include "connection/ConnectDialog.h"
#include "dashboard/DashboardView.h"
#include "goals/GoalConflictDialog.h"
#include "importwizard/ImportWizard.h"
#include "products/ProductConflictDialog.h"
#include "reflection/FindingsPanel.h"
#include "reflection/PlanDetailDialog.h"
#include "reflection/Questionnaire.h"
#include "reflection/QuestionnaireWizard.h"
#include "reflection/ReflectionView.h"
#include "services/ActionPlanService.h"
#include "services/AssessmentService.h"
#include "services/FollowUpService.h"
#include "services/ListQueries.h"
#include "services/RepService.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "winback/WinBackView.h"
#include "workspace/CustomerConflictDialog.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"
#include "workspace/LogInteractionDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeWidget>
#include <algorithm>
#include <array>
#include <map>

namespace rapport::app {
namespace {

void settle()
{
    // Let layouts, lazy fetching and debounced searches run.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(60);
    }
    QCoreApplication::processEvents();
}

} // namespace

ScreenshotTour::ScreenshotTour(DatabaseSession& session, MainWindow& window, QString directory)
    : m_session(session), m_window(window), m_directory(std::move(directory))
{
}

bool ScreenshotTour::save(const QString& name, QWidget& widget)
{
    settle();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        ++m_failures;
        return false;
    }
    return true;
}

void ScreenshotTour::stageFollowUps()
{
    const QString rep = m_session.currentRep();
    if (rep.isEmpty())
        return;
    const QDateTime now = m_session.clock().nowUtc();
    // Demo data brings its own follow-ups: add some only to a book without any for this rep.
    if (auto counts = core::ListQueries(m_session.database()).followUpCounts(rep, core::FollowUpDays(now));
        !counts || counts->total() > 0)
        return;
    core::CustomerListFilter filter;
    filter.owner = rep;
    filter.status = core::CustomerChurnState::Active;
    auto customers = core::ListQueries(m_session.database())
                         .customerPage(filter, core::CustomerSortColumn::Name, false, 0, 4);
    if (!customers)
        return;
    // Hours from now: two overdue, two due later today.
    const std::array<std::pair<int, const char*>, 4> plan{{
        {-72, QT_TR_NOOP("Send the revised quote")},
        {-20, QT_TR_NOOP("Ask how the onboarding went")},
        {1, QT_TR_NOOP("Check the replacement arrived")},
        {2, QT_TR_NOOP("Renewal call")},
    }};
    core::FollowUpService tasks(m_session.database());
    for (std::size_t i = 0; i < customers->size() && i < plan.size(); ++i) {
        core::FollowUpTask task;
        task.customerId = (*customers)[i].id;
        task.repId = rep;
        task.dueAt = now.addSecs(plan[i].first * 3600);
        task.note = tr(plan[i].second);
        (void)tasks.insert(task);
    }
    emit m_session.changed();
}

void ScreenshotTour::stageReflection()
{
    const QString rep = m_session.currentRep();
    auto questionnaire = core::Questionnaire::crmStyle();
    if (rep.isEmpty() || !questionnaire)
        return;
    const QDateTime now = m_session.clock().nowUtc();
    // Two assessments two months apart: the rep sees themself as personable and a good
    // listener, weaker at following up, and a little less sure of it the second time.
    const std::array<std::map<QString, int>, 2> levels{{
        {{QStringLiteral("approach"), 4},
         {QStringLiteral("listening"), 4},
         {QStringLiteral("complaints"), 3},
         {QStringLiteral("follow_up"), 3}},
        {{QStringLiteral("approach"), 5},
         {QStringLiteral("listening"), 4},
         {QStringLiteral("complaints"), 4},
         {QStringLiteral("follow_up"), 2}},
    }};
    core::AssessmentService assessments(m_session.database());
    for (std::size_t run = 0; run < levels.size(); ++run) {
        core::Assessment a;
        a.repId = rep;
        a.instrumentId = questionnaire->id();
        a.instrumentVersion = questionnaire->version();
        a.takenAt = now.addDays(run == 0 ? -70 : -6);
        int n = 0;
        for (const core::QuestionnaireItem& item : questionnaire->items()) {
            const auto level = levels[run].find(item.dimension);
            // Vary the answers a little around the level, as real answers do.
            const int answer =
                std::clamp((level == levels[run].end() ? 3 : level->second) - (n++ % 3 == 2 ? 1 : 0),
                           core::Questionnaire::kScaleMin, core::Questionnaire::kScaleMax);
            a.answers.insert(item.id, item.reverse ? core::Questionnaire::kScaleMax + 1 - answer : answer);
        }
        (void)assessments.insert(a);
    }
    // A plan started from the weak dimension a month ago, one step done, one check-in.
    auto* view = m_window.findChild<ReflectionView*>();
    if (!view)
        return;
    core::ActionPlan plan = view->planForDimension(QStringLiteral("follow_up"));
    plan.resources = tr("Thirty minutes each Friday afternoon");
    plan.target = 60;
    plan.startAt = now.addDays(-30);
    plan.deadlineAt = now.addDays(60);
    plan.checkInEveryDays = 14;
    plan.createdAt = plan.startAt;
    core::ActionPlanService plans(m_session.database());
    if (!plans.insert(plan))
        return;
    const std::array<const char*, 3> steps{
        QT_TR_NOOP("Put a follow-up date on every purchase before closing the call"),
        QT_TR_NOOP("Clear the overdue follow-ups every Friday"),
        QT_TR_NOOP("Ask the team lead to review the list once a month")};
    for (std::size_t i = 0; i < steps.size(); ++i) {
        core::ActionPlanItem item;
        item.planId = plan.id;
        item.position = static_cast<int>(i);
        item.text = tr(steps[i]);
        if (i == 0)
            item.doneAt = now.addDays(-25);
        (void)plans.addItem(item);
    }
    core::ActionPlanCheckIn checkIn;
    checkIn.planId = plan.id;
    checkIn.at = now.addDays(-16);
    checkIn.note =
        tr("Follow-up dates set on every purchase since the start; Fridays slip when the week is busy.");
    (void)plans.addCheckIn(checkIn);
    emit m_session.changed();
}

void ScreenshotTour::saveReflection()
{
    m_window.showPage(MainWindow::ReflectionPage);
    auto* view = m_window.findChild<ReflectionView*>();
    if (!view)
        return;
    view->refresh();
    settle();
    // The team's findings of the last complete quarter: a rep's own customers are often too
    // few for a finding, and an empty list makes a dull picture.
    FindingsPanel* findings = view->findingsPanel();
    if (auto* scope = findings->findChild<QComboBox*>(QStringLiteral("scopeComboBox"))) {
        if (const int team = scope->findData(QStringLiteral("all")); team >= 0)
            scope->setCurrentIndex(team);
    }
    findings->run();
    // The findings are worked out on a worker thread: wait for them (seconds at most here).
    QDeadlineTimer deadline(60000);
    while (findings->isRunning() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    settle();
    if (findings->findingsTree()->topLevelItemCount() > 0)
        findings->selectFinding(0);
    save(QStringLiteral("reflection"), m_window);

    if (view->plansTable()->rowCount() > 0) {
        if (PlanDetailDialog* details = view->openPlan(0)) {
            details->resize(760, 620);
            save(QStringLiteral("plan-details"), *details);
            details->close();
        }
    }
    if (QuestionnaireWizard* wizard = view->takeQuestionnaire()) {
        wizard->resize(std::max(wizard->width(), 820), std::max(wizard->height(), 620));
        wizard->next();
        save(QStringLiteral("questionnaire"), *wizard);
        wizard->close();
    }
}

int ScreenshotTour::run()
{
    QDir().mkpath(m_directory);
    if (m_session.currentRep().isEmpty()) {
        if (auto reps = core::RepService(m_session.database()).list(); reps && !reps->empty())
            m_session.setCurrentRep(reps->front().id);
    }
    stageFollowUps();
    stageReflection();
    m_window.resize(1280, 800);
    m_window.show();

    m_window.showPage(MainWindow::CustomersPage);
    CustomersView& customers = m_window.customersView();
    settle(); // the lists are read on a worker thread
    if (customers.model().rowCount() > 0)
        customers.showCustomer(customers.model().customerId(0));
    save(QStringLiteral("customers"), m_window);

    // Search as you type, narrowed to one segment.
    auto* search = customers.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* status = customers.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    if (search && status) {
        search->setText(QStringLiteral("harbor"));
        status->setCurrentIndex(1);
        settle();
        if (customers.model().rowCount() > 0)
            customers.showCustomer(customers.model().customerId(0));
        save(QStringLiteral("customers-search"), m_window);
        search->clear();
        status->setCurrentIndex(0);
    }

    m_window.showPage(MainWindow::FollowUpsPage);
    save(QStringLiteral("follow-ups"), m_window);

    m_window.showPage(MainWindow::SurveysPage);
    save(QStringLiteral("surveys"), m_window);

    m_window.showPage(MainWindow::InteractionsPage);
    save(QStringLiteral("interactions"), m_window);

    m_window.showPage(MainWindow::ProductsPage);
    save(QStringLiteral("products"), m_window);

    m_window.showPage(MainWindow::WinBackPage);
    if (auto* winBack = m_window.findChild<WinBackView*>()) {
        QDeadlineTimer deadline(30000);
        do
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        while (winBack->isLoading() && !deadline.hasExpired());
    }
    save(QStringLiteral("win-back"), m_window);
    {
        ChurnReasonListDialog reasons(m_session, &m_window);
        reasons.show();
        settle();
        save(QStringLiteral("churn-reasons"), reasons);
    }

    // The log dialog, half filled in, with the suggestions open.
    m_window.showPage(MainWindow::CustomersPage);
    LogInteractionDialog dialog(m_session, &m_window);
    dialog.show();
    if (auto* customer = dialog.findChild<QLineEdit*>(QStringLiteral("customerLineEdit"))) {
        customer->setFocus();
        customer->setText(QStringLiteral("mar"));
        emit customer->textEdited(customer->text());
        settle();
        // The popup is a separate window: picture the dialog with it composed on top.
        QPixmap picture = dialog.grab();
        QAbstractItemView* popup = customer->completer()->popup();
        if (popup->isVisible()) {
            QPainter painter(&picture);
            const QPoint at = dialog.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0)));
            painter.drawPixmap(at, popup->grab());
        }
        if (!picture.save(QDir(m_directory).filePath(QStringLiteral("log-interaction.png"))))
            ++m_failures;
        popup->hide();
    }
    dialog.reject();

    // The import wizard on a spreadsheet export with other column names and a few bad rows.
    QTemporaryDir importDir;
    const QString importFile = importDir.filePath(QStringLiteral("crm-export.csv"));
    QSaveFile csv(importFile);
    if (importDir.isValid() && csv.open(QIODevice::WriteOnly)) {
        const QByteArray rep = m_session.currentRep().toUtf8();
        csv.write("Customer no.,Customer,E-mail,Company name,Account manager,Customer since,Lost on,Notes\n"
                  "NEW-101,Maren Holt,maren@holt-design.example,Holt Design," +
                  rep +
                  ",2026-05-04,,met at the fair\n"
                  "NEW-102,Tomas Ferreira,tomas@ferreira.example,Ferreira Transportes," +
                  rep +
                  ",2026-05-11,,\n"
                  "NEW-103,Ilse Brandt,ilse@nordlicht.example,Nordlicht GmbH," +
                  rep +
                  ",11/05/2026,,\n"
                  "NEW-104,,orders@bluefin.example,Bluefin Supplies," +
                  rep +
                  ",2026-05-19,,\n"
                  "NEW-105,Kofi Mensah,kofi@mensah.example,Mensah & Partners," +
                  rep +
                  ",2026-05-20,2026-05-01,\n"
                  "NEW-106,Aiko Sato,aiko@sato-labs.example,Sato Labs," +
                  rep +
                  ",2026-05-22,,trial first\n"
                  "NEW-107,Liam Byrne,liam@byrne.example,Byrne Bakery," +
                  rep +
                  ",2026-05-25,,\n"
                  "NEW-108,Sofia Rossi,sofia@rossi.example,Rossi Interiors," +
                  rep + ",2026-06-02,,\n");
        if (csv.commit()) {
            ImportWizard wizard(m_session, &m_window);
            wizard.setFile(importFile);
            wizard.show();
            wizard.next();
            save(QStringLiteral("import-mapping"), wizard);
            wizard.next();
            save(QStringLiteral("import-preview"), wizard);
            wizard.reject();
        }
    }

    saveReflection();

    // File › Connect to Team Server…, filled in from the first of two recent connections.
    {
        ConnectDialog connect({QStringLiteral("postgresql://alice@db.example.com:5432/"
                                              "rapport?sslmode=verify-full&connect_timeout=10"),
                               QStringLiteral("postgresql:///?service=rapport")},
                              &m_window);
        connect.adjustSize();
        connect.show();
        save(QStringLiteral("connect-to-team-server"), connect);
        connect.close();
    }

    // A teammate saved the customer being edited with another email and segment.
    {
        core::Customer theirs;
        theirs.name = QStringLiteral("Harbor Freight Lines");
        theirs.email = QStringLiteral("accounts@harborfreight.example");
        theirs.segment = QStringLiteral("enterprise");
        core::Customer mine = theirs;
        mine.email = QStringLiteral("billing@harborfreight.example");
        mine.segment = QStringLiteral("mid-market");
        CustomerConflictDialog conflict({theirs, {core::CustomerField::Email, core::CustomerField::Segment}},
                                        mine, &m_window);
        conflict.show();
        save(QStringLiteral("customer-conflict"), conflict);
        conflict.close();
    }
    // A teammate retired the product being renamed, and renamed it too.
    {
        core::Product theirs{0,
                             QStringLiteral("T5"),
                             QStringLiteral("Counter Terminal T5 (old)"),
                             QStringLiteral("hardware"),
                             false,
                             3};
        core::Product mine = theirs;
        mine.name = QStringLiteral("Counter Terminal T5");
        mine.active = true;
        ProductConflictDialog conflict({theirs, {core::ProductField::Name, core::ProductField::Active}}, mine,
                                       &m_window);
        conflict.show();
        save(QStringLiteral("product-conflict"), conflict);
        conflict.close();
    }
    // A teammate lowered the target of the goal being edited and moved its end.
    {
        core::KpiGoal theirs;
        theirs.name = QStringLiteral("Q3 new customers");
        theirs.metric = QStringLiteral("customers_new");
        theirs.periodStart = QDateTime(QDate(2026, 7, 1), QTime(0, 0), Qt::UTC);
        theirs.periodEnd = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
        theirs.target = 40;
        core::KpiGoal mine = theirs;
        mine.periodEnd = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
        mine.target = 60;
        GoalConflictDialog conflict({theirs, {core::GoalField::PeriodEnd, core::GoalField::Target}}, mine,
                                    &m_window);
        conflict.show();
        save(QStringLiteral("goal-conflict"), conflict);
        conflict.close();
    }

    // The last complete month: on the first of a month the running one has hardly any data.
    m_window.showPage(MainWindow::DashboardPage);
    if (auto* dashboard = m_window.findChild<DashboardView*>()) {
        dashboard->setPeriod(
            core::Period::containing(m_session.clock().nowUtc(), core::Period::Step::Month).previous());
        QDeadlineTimer deadline(30000);
        while (dashboard->isBusy() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
    }
    save(QStringLiteral("workspace-dashboard"), m_window);
    return m_failures;
}

} // namespace rapport::app
