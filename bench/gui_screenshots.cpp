// bench_gui_screenshots DB OUTDIR [DASHBOARD_PDF]
//
// Not a timing benchmark: renders the screenshots in docs/screenshots from a demo
// database (rapport-cli --db DB demo --customers 100000 --seed 42), with the real
// widgets under QT_QPA_PLATFORM=offscreen. With DASHBOARD_PDF it also writes the dashboard's
// document of October 2026 there and prints how long that took (figures cached or not). It ADDS four sample
// KPI goals (and a check-in) to DB, so point it at a scratch demo database. "Now" is pinned to 2026-11-24
// 12:00 UTC.

#include "common/Clock.h"
#include "common/Translations.h"
#include "dashboard/ChurnTab.h"
#include "dashboard/DashboardExporter.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ProductsTab.h"
#include "goals/GoalDialog.h"
#include "goals/GoalTableModel.h"
#include "goals/GoalsView.h"
#include "metrics/MetricsEngine.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "storage/Database.h"
#include "storage/GoalRepository.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace rapport;

namespace {

void waitForFigures(app::DashboardView& view, const std::function<void()>& change)
{
    QEventLoop loop;
    QObject::connect(&view, &app::DashboardView::figuresShown, &loop, &QEventLoop::quit);
    QObject::connect(&view, &app::DashboardView::failed, &loop, &QEventLoop::quit);
    change();
    loop.exec();
    // The team table follows the tiles: wait for it too, so no busy indicator shows.
    while (view.isBusy())
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QApplication::processEvents();
}

void save(QWidget& w, const QString& dir, const char* name)
{
    const QString path = QDir(dir).filePath(QString::fromLatin1(name));
    if (!w.grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("wrote %s\n", qPrintable(path));
}

core::KpiGoal goal(const char* name, const char* metric, const core::Period& period, double target,
                   const char* direction, const QDateTime& created, int cadence)
{
    core::KpiGoal g;
    g.name = QString::fromUtf8(name);
    g.metric = QString::fromLatin1(metric);
    g.periodStart = period.start();
    g.periodEnd = period.end();
    g.target = target;
    g.direction = QString::fromLatin1(direction);
    g.createdAt = created;
    g.checkInEveryDays = cadence;
    return g;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    core::Translations::install(app); // the environment's language, for a German document
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_gui_screenshots DB OUTDIR\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    app::DatabaseSession session;
    if (auto s = session.open(QString::fromLocal8Bit(argv[1]), core::Database::OpenMode::OpenExisting); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    const core::FixedClock clock(QDateTime(QDate(2026, 11, 24), QTime(12, 0), Qt::UTC));

    {
        app::DashboardView view(session, clock);
        view.resize(1500, 1050);
        view.show();
        waitForFigures(view, [&] { view.setPeriod(core::Period::month(2026, 10)); });
        save(view, out, "dashboard-overview.png");
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("dashboardTabWidget"));
        tabs->setCurrentIndex(1);
        QApplication::processEvents();
        save(view, out, "dashboard-team.png");
        tabs->setCurrentIndex(2);
        QApplication::processEvents();
        save(view, out, "dashboard-cohorts.png");
        // The Products and Churn tabs compute their figures once shown.
        const auto showTab = [&](QWidget* tab, const auto& busy, const char* name) {
            tabs->setCurrentWidget(tab);
            QDeadlineTimer deadline(60000);
            do
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            while (busy() && !deadline.hasExpired());
            save(view, out, name);
        };
        showTab(
            &view.productsTab(), [&] { return view.productsTab().isBusy(); }, "dashboard-products.png");
        showTab(
            &view.churnTab(), [&] { return view.churnTab().isBusy(); }, "dashboard-churn.png");
        tabs->setCurrentIndex(0);
        QApplication::setPalette(app::Appearance::darkPalette());
        QApplication::processEvents();
        save(view, out, "dashboard-dark.png");
        QApplication::setPalette(QApplication::style()->standardPalette());
        // A small screen (1024x700): the tiles must still fit their figures with the currency.
        view.resize(1024, 700);
        QApplication::processEvents();
        save(view, out, "dashboard-small.png");
        if (argc > 3) {
            // October as on the pictures, then November, which is still running on the pinned day.
            const QString pdf = QString::fromLocal8Bit(argv[3]);
            for (const core::Period& period :
                 {core::Period::month(2026, 10), core::Period::month(2026, 11)}) {
                if (period != view.period())
                    waitForFigures(view, [&] { view.setPeriod(period); });
                QEventLoop loop;
                QObject::connect(&view.exporter(), &app::DashboardExporter::documentWritten, &loop,
                                 [&loop](const QString& path, const QString& error) {
                                     std::printf("wrote %s %s\n", qPrintable(path), qPrintable(error));
                                     loop.quit();
                                 });
                QElapsedTimer pdfTimer;
                pdfTimer.start();
                view.exporter().exportPdf(
                    period == core::Period::month(2026, 10)
                        ? pdf
                        : QString(pdf).replace(QStringLiteral(".pdf"),
                                               QStringLiteral("-%1.pdf").arg(period.label())));
                loop.exec();
                std::printf("dashboard document of %s (figures on show) written in %lld ms\n",
                            qPrintable(period.label()), static_cast<long long>(pdfTimer.elapsed()));
            }
            // November running, at 1280x800 and 1024x700, for review: beside the PDF, not in OUTDIR.
            const QString reviewDir = QFileInfo(pdf).absolutePath();
            auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("dashboardTabWidget"));
            for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
                view.resize(size);
                for (int tab = 0; tab < 3; ++tab) {
                    tabs->setCurrentIndex(tab);
                    QApplication::processEvents();
                    const QByteArray name =
                        QStringLiteral("review-%1-tab%2.png").arg(size.width()).arg(tab).toLatin1();
                    save(view, reviewDir, name.constData());
                }
            }
            tabs->setCurrentIndex(0);
        }
    }

    // Sample goals around the pinned "now", with targets near last period's figures so the
    // statuses vary.
    core::Database& db = session.database();
    const core::MetricsEngine engine(db, clock);
    const core::Period q3 = core::Period::quarter(2026, 3);
    const auto q3Figures = engine.compute(q3);
    const double q3Revenue = q3Figures ? q3Figures->revenueCents / 100.0 : 100000;
    const QDateTime created(QDate(2026, 10, 1), QTime(9, 0), Qt::UTC);
    core::GoalRepository goals(db);
    core::KpiGoal revenue = goal("Q4 revenue above Q3", "revenue", core::Period::quarter(2026, 4),
                                 q3Revenue * 1.02, ">=", created, 14);
    core::KpiGoal csat =
        goal("CSAT at least 80 % in Q4", "csat", core::Period::quarter(2026, 4), 80, ">=", created, 30);
    core::KpiGoal churn = goal("Churn under 1 % in November", "churn_rate", core::Period::month(2026, 11), 1,
                               "<=", QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC), 7);
    core::KpiGoal complaints = goal("Fewer complaints in Q3", "complaint_rate", q3, 3,
                                    "<=", QDateTime(QDate(2026, 7, 1), QTime(9, 0), Qt::UTC), 14);
    for (core::KpiGoal* g : {&revenue, &csat, &churn, &complaints})
        if (auto s = goals.insert(*g); !s)
            std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
    core::GoalCheckIn checkIn;
    checkIn.goalId = csat.id;
    checkIn.at = QDateTime(QDate(2026, 11, 10), QTime(16, 0), Qt::UTC);
    checkIn.value = 78;
    checkIn.confidence = 6;
    checkIn.comment = QStringLiteral("Slightly under; callbacks on low scores started this week.");
    if (auto s = goals.addCheckIn(checkIn); !s)
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));

    QElapsedTimer goalsTimer;
    goalsTimer.start();
    app::GoalsView goalsView(session, clock); // evaluates every goal on this thread
    std::printf("goals view with %d goals evaluated in %lld ms\n", goalsView.model().rowCount(),
                static_cast<long long>(goalsTimer.elapsed()));
    goalsView.resize(1500, 520);
    goalsView.show();
    goalsView.selectGoal(csat.id);
    QApplication::processEvents();
    save(goalsView, out, "goals.png");

    app::GoalDialog dialog(db, csat, nullptr);
    dialog.show();
    QApplication::processEvents();
    save(dialog, out, "goal-dialog.png");
    return 0;
}
