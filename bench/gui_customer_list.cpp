// bench_gui_customer_list DATABASE: the customer list on a real view, for each thing a rep
// does (open, search, filter, sort, scroll). The list's queries run on the session's
// ListQueryRunner, so each step prints two times: how long the action blocked the GUI
// thread, and how long until the model had the answer (waited for through the model's
// signals, with a timeout, never by polling; BENCH_TIMEOUT_MS, default 120 s). Last it
// checks that the runner goes idle once the view has what it shows: a view that kept asking
// for pages would never let it.
#include "shell/DatabaseSession.h"
#include "widgets/ListQueryRunner.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace rapport;

namespace {

const int kTimeoutMs =
    qEnvironmentVariableIsSet("BENCH_TIMEOUT_MS") ? qEnvironmentVariableIntValue("BENCH_TIMEOUT_MS") : 120000;

// Runs the event loop until `done` holds, re-checked whenever one of the model's answers
// arrives; false when kTimeoutMs passed first.
bool waitForAnswer(app::CustomerTableModel& model, const std::function<bool()>& done)
{
    if (done())
        return true;
    QEventLoop loop;
    const auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&model, &app::CustomerTableModel::reloaded, &loop, check);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &loop, check);
    QObject::connect(&model, &app::CustomerTableModel::loadFailed, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each line as it is measured, also into a pipe
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_customer_list DATABASE\n");
        return 2;
    }
    app::DatabaseSession session;
    if (auto s = session.open(QString::fromLocal8Bit(argv[1]), core::DatabaseOpenMode::OpenExisting); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    QElapsedTimer opening;
    opening.start();
    app::CustomersView view(session);
    view.resize(1200, 800);
    view.show();
    const double shownMs = msSince(opening);
    app::CustomerTableModel& model = view.model();
    app::ListQueryRunner& runner = app::ListQueryRunner::forSession(session);
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* segment = view.findChild<QComboBox*>(QStringLiteral("segmentComboBox"));
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTableView"));
    const auto loaded = [&] { return !model.isLoading(); };
    if (!waitForAnswer(model, loaded)) {
        std::fprintf(stderr, "the first page did not arrive within %d s\n", kTimeoutMs / 1000);
        return 1;
    }
    std::printf("%-40s %9s %9s  %s\n", "step", "blocked", "answered", "rows shown / matching");
    std::printf("%-40s %6.1f ms %6.1f ms  %d / %lld\n", "open the view: first page", shownMs,
                msSince(opening), model.rowCount(), static_cast<long long>(model.totalCount()));

    double worstBlock = 0;
    bool timedOut = false;
    auto step = [&](const char* what, const std::function<void()>& action,
                    const std::function<bool()>& done) {
        QElapsedTimer timer;
        timer.start();
        action();
        const double blocked = msSince(timer);
        const bool answered = waitForAnswer(model, done);
        timedOut = timedOut || !answered;
        worstBlock = std::max(worstBlock, blocked);
        std::printf("%-40s %6.1f ms %6.1f ms  %d / %lld%s\n", what, blocked, msSince(timer), model.rowCount(),
                    static_cast<long long>(model.totalCount()), answered ? "" : "  (no answer: timed out)");
    };
    // Search as you type: the view queries once typing pauses; set the filter directly so
    // each prefix is one query, as when the user pauses after each key.
    const QString typed = QStringLiteral("harbor");
    for (int i = 1; i <= typed.size(); ++i) {
        const QByteArray label = "search \"" + typed.left(i).toUtf8() + "\"";
        step(
            label.constData(),
            [&] {
                search->setText(typed.left(i));
                model.setFilter({typed.left(i), {}, {}, core::CustomerChurnState::Any});
            },
            loaded);
    }
    step(
        "clear search",
        [&] {
            search->clear();
            model.setFilter({});
        },
        loaded);
    step(
        "segment filter", [&] { segment->setCurrentIndex(1); }, loaded);
    step(
        "status filter: churned", [&] { status->setCurrentIndex(2); }, loaded);
    step(
        "all again",
        [&] {
            segment->setCurrentIndex(0);
            status->setCurrentIndex(0);
        },
        loaded);
    step(
        "sort by company, descending",
        [&] { table->sortByColumn(app::CustomerTableModel::CompanyColumn, Qt::DescendingOrder); }, loaded);
    step(
        "sort by owner",
        [&] { table->sortByColumn(app::CustomerTableModel::OwnerColumn, Qt::AscendingOrder); }, loaded);
    // A page is in once rowsInserted says so (the model still counts as fetching while it
    // announces the rows, so isLoading() is no test for it).
    for (int page = 0; page < 5; ++page) {
        const int before = model.rowCount();
        step(
            "scroll: fetch next page", [&] { model.fetchMore({}); },
            [&] { return model.rowCount() > before; });
    }
    // The walk to row 10,000: a page is asked for once the previous one is in, as when the
    // user keeps the scroll bar at the bottom.
    QElapsedTimer walk;
    walk.start();
    int pages = 0;
    while (model.rowCount() < 10000 && model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        ++pages;
        if (!waitForAnswer(model, [&] { return model.rowCount() > before; })) {
            timedOut = true;
            break;
        }
    }
    std::printf("%-40s %9s %6.1f ms  %d / %lld (%d pages)\n", "walk down to row 10,000", "", msSince(walk),
                model.rowCount(), static_cast<long long>(model.totalCount()), pages);
    const int rowsBeforeIdle = model.rowCount();
    step(
        "one page at row 10,000", [&] { model.fetchMore({}); },
        [&] { return model.rowCount() > rowsBeforeIdle; });

    // Nothing asked for any more: the runner must go idle, and the view must not go on
    // fetching pages by itself.
    QElapsedTimer idle;
    idle.start();
    const int rowsShown = model.rowCount();
    bool wentIdle = runner.pending() == 0;
    if (!wentIdle) {
        QEventLoop loop;
        QObject::connect(&runner, &app::ListQueryRunner::idle, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        wentIdle = runner.pending() == 0;
    }
    std::printf("runner idle after the last step: %s in %.1f ms, rows %d -> %d\n", wentIdle ? "yes" : "NO",
                msSince(idle), rowsShown, model.rowCount());
    std::printf("worst block of the GUI thread by a step: %.1f ms\n", worstBlock);
    return timedOut || !wentIdle ? 1 : 0;
}
