// bench_gui_latency DATABASE: how long the GUI thread's event loop stalls while a rep
// works in the real main window on a large database (issue 5: never more than 100 ms).
//
// DATABASE is the 100,000-customer demo database
// (`rapport-cli --db DATABASE demo --customers 100000 --seed 42`). The window is shown
// offscreen; a 5 ms QTimer probe records how late each tick fires (lateness = gap between
// two ticks minus 5 ms) while the bench drives, through the widgets: typing a customer
// search key by key, scrolling the customer list page by page, sorting by company and
// e-mail, switching through every sidebar page, and filtering the interactions page.
// For each activity it prints the number of ticks, the worst and the 99th-percentile
// lateness, how long the activity took until its lists were on screen (typing pauses
// included), and the rows the customer and interaction lists then hold.
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"
#include "storage/RepRepository.h"
#include "widgets/ListQueryRunner.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"
#include "workspace/InteractionTableModel.h"
#include "workspace/InteractionsView.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace rapport;

namespace {

constexpr int kProbeMs = 5;

// Lateness of every probe tick since the last reset, in milliseconds.
struct Probe
{
    QElapsedTimer clock;
    qint64 lastNs = 0;
    std::vector<double> lateness;
    void reset()
    {
        lastNs = clock.nsecsElapsed();
        lateness.clear();
    }
    void tick()
    {
        const qint64 now = clock.nsecsElapsed();
        lateness.push_back(std::max(0.0, static_cast<double>(now - lastNs) / 1e6 - kProbeMs));
        lastNs = now;
    }
    double percentile(double p) const
    {
        if (lateness.empty())
            return 0;
        std::vector<double> sorted = lateness;
        std::sort(sorted.begin(), sorted.end());
        const auto index = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
        return sorted[std::min(index, sorted.size() - 1)];
    }
};

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

// Runs the event loop for `ms` milliseconds.
void pause(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `done` holds (checked every millisecond) or `limitMs` passed.
bool waitUntil(const std::function<bool()>& done, int limitMs = 30000)
{
    QElapsedTimer elapsed;
    elapsed.start();
    while (!done()) {
        if (elapsed.elapsed() > limitMs)
            return false;
        pause(1);
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Never touch the user's own settings (remembered rep, window geometry).
    QCoreApplication::setOrganizationName(QStringLiteral("RapportBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui_latency"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_latency DATABASE\n");
        return 2;
    }

    QElapsedTimer total;
    total.start();
    app::DatabaseSession session;
    if (auto s = session.open(QString::fromLocal8Bit(argv[1]), core::Database::OpenMode::OpenExisting); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    if (auto reps = core::RepRepository(session.database()).list(); reps && !reps->empty()) {
        QSettings().setValue(QStringLiteral("session/rep"), reps->front().id);
        session.setCurrentRep(reps->front().id);
    }
    const double openMs = static_cast<double>(total.nsecsElapsed()) / 1e6;

    QElapsedTimer shown;
    shown.start();
    app::MainWindow window(session);
    window.resize(1400, 900);
    window.show();
    QCoreApplication::processEvents();
    const double showMs = static_cast<double>(shown.nsecsElapsed()) / 1e6;
    std::printf("load average at start: %s\n", qPrintable(loadAverage()));
    std::printf("open database: %.1f ms, build and show the window: %.1f ms (before the probe)\n\n", openMs,
                showMs);

    app::ListQueryRunner& runner = app::ListQueryRunner::forSession(session);
    app::CustomersView& customers = window.customersView();
    app::CustomerTableModel& customerModel = customers.model();
    app::InteractionsView& interactions = window.interactionsView();
    app::InteractionTableModel& interactionModel = interactions.model();
    auto* customerSearch = customers.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* customerTable = customers.findChild<QTableView*>(QStringLiteral("customersTableView"));
    auto* interactionSearch = interactions.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* kind = interactions.findChild<QComboBox*>(QStringLiteral("kindComboBox"));
    auto* rep = interactions.findChild<QComboBox*>(QStringLiteral("repComboBox"));
    auto* from = interactions.findChild<QDateEdit*>(QStringLiteral("fromDateEdit"));
    auto* interactionTable = interactions.findChild<QTableView*>(QStringLiteral("interactionsTableView"));
    if (!customerSearch || !customerTable || !interactionSearch || !kind || !rep || !from ||
        !interactionTable) {
        std::fprintf(stderr, "a widget was not found by its object name\n");
        return 1;
    }
    // Everything the lists asked for is on screen.
    auto settled = [&] {
        return runner.pending() == 0 && !customerModel.isLoading() && !interactionModel.isLoading();
    };

    Probe probe;
    probe.clock.start();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(kProbeMs);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { probe.tick(); });
    ticker.start();
    waitUntil(settled);
    pause(500);

    double worstOverall = 0;
    auto activity = [&](const char* what, const std::function<void()>& drive) {
        probe.reset();
        QElapsedTimer elapsed;
        elapsed.start();
        drive();
        waitUntil(settled);
        const double ms = static_cast<double>(elapsed.nsecsElapsed()) / 1e6;
        const double worst = probe.percentile(1.0);
        worstOverall = std::max(worstOverall, worst);
        std::printf("%-44s %5zu ticks  max %6.1f ms  p99 %5.1f ms  %6.0f ms in all  rows %d / %d\n", what,
                    probe.lateness.size(), worst, probe.percentile(0.99), ms, customerModel.rowCount(),
                    interactionModel.rowCount());
        std::fflush(stdout);
        pause(300);
    };
    // Types like a quick typist: a key every 120 ms, then waits for the list.
    auto type = [&](QLineEdit* edit, const QString& text) {
        for (const QChar c : text) {
            edit->setText(edit->text() + c);
            pause(120);
        }
    };

    activity("customers: show the page", [&] { window.showPage(app::MainWindow::CustomersPage); });
    activity("customers: type \"harbor\" key by key", [&] {
        type(customerSearch, QStringLiteral("harbor"));
        pause(400); // the search runs once typing pauses (250 ms)
    });
    activity("customers: clear the search", [&] {
        customerSearch->clear();
        pause(400);
    });
    activity("customers: scroll down 10 pages", [&] {
        for (int page = 0; page < 10; ++page) {
            customerTable->scrollToBottom();
            waitUntil(settled);
            pause(50);
        }
    });
    activity("customers: sort by company, descending", [&] {
        customerTable->sortByColumn(app::CustomerTableModel::CompanyColumn, Qt::DescendingOrder);
    });
    activity("customers: sort by e-mail",
             [&] { customerTable->sortByColumn(app::CustomerTableModel::EmailColumn, Qt::AscendingOrder); });
    activity("customers: sort by owner",
             [&] { customerTable->sortByColumn(app::CustomerTableModel::OwnerColumn, Qt::AscendingOrder); });
    activity("customers: scroll 10 pages sorted by owner", [&] {
        for (int page = 0; page < 10; ++page) {
            customerTable->scrollToBottom();
            waitUntil(settled);
            pause(50);
        }
    });
    activity("customers: sort by name again",
             [&] { customerTable->sortByColumn(app::CustomerTableModel::NameColumn, Qt::AscendingOrder); });
    activity("sidebar: every page in turn (1 s each)", [&] {
        for (int page = 0; page < app::MainWindow::PageCount; ++page) {
            window.showPage(static_cast<app::MainWindow::Page>(page));
            pause(1000);
        }
    });
    window.showPage(app::MainWindow::InteractionsPage);
    pause(300);
    activity("interactions: kind = complaint",
             [&] { kind->setCurrentIndex(kind->findData(QStringLiteral("complaint"))); });
    activity("interactions: one rep", [&] { rep->setCurrentIndex(1); });
    activity("interactions: from 2026-01-01", [&] { from->setDate(QDate(2026, 1, 1)); });
    activity("interactions: all again", [&] {
        kind->setCurrentIndex(0);
        rep->setCurrentIndex(0);
        from->setDate(from->minimumDate());
    });
    activity("interactions: type \"harbor\" key by key", [&] {
        type(interactionSearch, QStringLiteral("harbor"));
        pause(400);
    });
    activity("interactions: type a rare name \"Wes Varga\"", [&] {
        interactionSearch->clear();
        type(interactionSearch, QStringLiteral("Wes Varga"));
        pause(400);
    });
    activity("interactions: clear, scroll down 10 pages", [&] {
        interactionSearch->clear();
        pause(400);
        waitUntil(settled);
        for (int page = 0; page < 10; ++page) {
            interactionTable->scrollToBottom();
            waitUntil(settled);
            pause(50);
        }
    });
    std::printf("\nrows read: customers %d of %lld, interactions %d\n", customerModel.rowCount(),
                static_cast<long long>(customerModel.totalCount()), interactionModel.rowCount());
    std::printf("worst event-loop stall over all activities: %.1f ms\n", worstOverall);
    std::printf("load average at the end: %s\n", qPrintable(loadAverage()));
    return 0;
}
