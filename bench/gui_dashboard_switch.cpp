// bench_gui_dashboard_switch DB [rounds] [--products [--rep]]
//
// On a demo database (rapport-cli --db DB demo --customers 100000 --seed 42,
// data up to the day it was generated; the periods below assume late 2026), drives the
// real DashboardView: for each change of period or scope, the time from the change until
// the new figures are on show (DashboardView::figuresShown), and the longest stall of the
// GUI thread's event loop meanwhile, measured by a 10 ms QTimer probe (lateness = gap
// between two ticks minus 10 ms). Run with QT_QPA_PLATFORM=offscreen on a headless machine.
//
// --products (issue 19): the Products tab is in view, and each change of period (whole book)
// is timed until the tab's table and chart are both on show (ProductsTab::shown), the
// dashboard's own figures computing at the same time, as they do in the app. With --rep, the
// same for the first rep (by id) instead of the whole book: the scope is set before the
// warm-up, so every timed change is a change of period.

#include "common/Clock.h"
#include "dashboard/DashboardView.h"
#include "dashboard/ProductsTab.h"
#include "shell/DatabaseSession.h"
#include "storage/Database.h"
#include "storage/RepRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace rapport;

namespace {

struct Probe
{
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worstLateness = 0;
    void reset()
    {
        last = clock.elapsed();
        worstLateness = 0;
    }
    void tick()
    {
        const qint64 now = clock.elapsed();
        worstLateness = std::max(worstLateness, now - last - 10);
        last = now;
    }
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments();
    const bool products = args.removeAll(QStringLiteral("--products")) > 0;
    const bool productsOfRep = args.removeAll(QStringLiteral("--rep")) > 0;
    if (args.size() < 2 || (productsOfRep && !products)) {
        std::fprintf(stderr, "usage: bench_gui_dashboard_switch DB [rounds] [--products [--rep]]\n");
        return 2;
    }
    const QString path = args.at(1);
    const int rounds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;

    app::DatabaseSession session;
    if (auto s = session.open(path, core::Database::OpenMode::OpenExisting); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    QString rep;
    if (auto reps = core::RepRepository(session.database()).list(); reps && !reps->empty())
        rep = reps->front().id;
    if (productsOfRep && rep.isEmpty()) {
        std::fprintf(stderr, "the book has no rep\n");
        return 1;
    }
    core::SystemClock clock;
    app::DashboardView view(session, clock);
    if (productsOfRep)
        std::printf("scope: rep %s\n", qPrintable(rep));
    view.resize(1400, 1000);
    view.show();
    if (products) {
        auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("dashboardTabWidget"));
        if (!tabs) {
            std::fprintf(stderr, "no dashboardTabWidget\n");
            return 1;
        }
        tabs->setCurrentWidget(&view.productsTab());
    }

    Probe probe;
    probe.clock.start();
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(10);
    QObject::connect(&timer, &QTimer::timeout, &app, [&probe] { probe.tick(); });
    timer.start();

    // Waits for the figures of the change just made (with --products: the Products tab's table
    // and chart); returns milliseconds.
    auto measure = [&](const std::function<void()>& change) {
        QEventLoop loop;
        if (products)
            QObject::connect(&view.productsTab(), &app::ProductsTab::shown, &loop, &QEventLoop::quit);
        else
            QObject::connect(&view, &app::DashboardView::figuresShown, &loop, &QEventLoop::quit);
        QObject::connect(&view, &app::DashboardView::failed, &loop, [&loop](const QString& message) {
            std::fprintf(stderr, "failed: %s\n", qPrintable(message));
            loop.quit();
        });
        probe.reset();
        QElapsedTimer t;
        t.start();
        change();
        loop.exec();
        return static_cast<double>(t.nsecsElapsed()) / 1e6;
    };

    // Warm-up: the worker opens its connection and SQLite fills its cache.
    const double first = measure([&] {
        if (productsOfRep)
            view.setScope(core::Scope::rep(rep));
        view.setPeriod(core::Period::month(2026, 10));
    });
    std::printf("first figures (connection opened, cold cache): %.0f ms, worst stall %lld ms\n", first,
                static_cast<long long>(probe.worstLateness));

    struct Change
    {
        const char* name;
        std::function<void()> apply;
    };
    const std::vector<Change> productChanges{
        {"quarter 2026-Q3", [&] { view.setPeriod(core::Period::quarter(2026, 3)); }},
        {"quarter 2026-Q2", [&] { view.setPeriod(core::Period::quarter(2026, 2)); }},
        {"quarter 2026-Q1", [&] { view.setPeriod(core::Period::quarter(2026, 1)); }},
        {"quarter 2026-Q4", [&] { view.setPeriod(core::Period::quarter(2026, 4)); }},
        {"month 2026-09", [&] { view.setPeriod(core::Period::month(2026, 9)); }},
        {"year 2025", [&] { view.setPeriod(core::Period::year(2025)); }},
    };
    const std::vector<Change> dashboardChanges{
        {"month 2026-09", [&] { view.setPeriod(core::Period::month(2026, 9)); }},
        {"quarter 2026-Q3", [&] { view.setPeriod(core::Period::quarter(2026, 3)); }},
        {"year 2025", [&] { view.setPeriod(core::Period::year(2025)); }},
        {"scope one rep", [&] { view.setScope(core::Scope::rep(rep)); }},
        {"month 2026-10, one rep", [&] { view.setPeriod(core::Period::month(2026, 10)); }},
        {"scope whole team", [&] { view.setScope(core::Scope::all()); }},
    };
    const std::vector<Change>& changes = products ? productChanges : dashboardChanges;
    std::vector<double> all;
    qint64 worstStall = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const Change& c : changes) {
            const double ms = measure(c.apply);
            all.push_back(ms);
            worstStall = std::max(worstStall, probe.worstLateness);
            std::printf("round %d  %-24s %6.0f ms   worst event-loop stall %3lld ms\n", round + 1, c.name, ms,
                        static_cast<long long>(probe.worstLateness));
        }
    }
    std::printf("changes: %zu  median %.0f ms  max %.0f ms  worst stall %lld ms\n", all.size(), median(all),
                *std::max_element(all.begin(), all.end()), static_cast<long long>(worstStall));
    return 0;
}
