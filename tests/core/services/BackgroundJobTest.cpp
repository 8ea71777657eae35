#include "services/BackgroundJob.h"

#include "TestSupport.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>
#include <atomic>

using namespace rapport;
using core::BackgroundJob;
using core::JobContext;

namespace {

// Runs the event loop until `done` holds (or five seconds pass, which fails the test).
template <typename Predicate> void waitUntil(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(done());
}

qint64 countReps(core::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM reps")));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("A background job runs work on its own thread and connection and delivers on the owner's thread",
          "[services][jobs]")
{
    test::TempDatabase temp;
    auto gui = temp.open();
    BackgroundJob job(QStringLiteral("test job"));
    job.setDatabase(temp.path());

    Qt::HANDLE workThread = nullptr;
    core::Database* workConnection = nullptr;
    Qt::HANDLE deliveredOn = nullptr;
    std::optional<qint64> delivered;
    job.post<qint64>(
        nullptr,
        [&](JobContext& context) -> qint64 {
            workThread = QThread::currentThreadId();
            auto db = context.database();
            REQUIRE(db);
            workConnection = *db;
            QSqlQuery insert((*db)->connection());
            insert.exec(QStringLiteral("INSERT INTO reps (id, name, role) VALUES ('ana', 'Ana', 'rep')"));
            return countReps(**db);
        },
        [&](qint64 count) {
            deliveredOn = QThread::currentThreadId();
            delivered = count;
        });
    CHECK(job.isBusy());
    waitUntil([&] { return delivered.has_value(); });
    CHECK(*delivered == 1);
    CHECK(workThread != QThread::currentThreadId());
    CHECK(deliveredOn == QThread::currentThreadId());
    CHECK(workConnection != gui.get());
    CHECK(countReps(*gui) == 1); // written through the job's connection, seen through the GUI's
    waitUntil([&] { return !job.isBusy(); });
}

TEST_CASE("Cancelling a background job lets its work stop early and still delivers", "[services][jobs]")
{
    test::TempDatabase temp;
    temp.open();
    BackgroundJob job(QStringLiteral("test job"));
    job.setDatabase(temp.path());
    std::atomic<bool> started = false;
    std::optional<int> rounds;
    job.post<int>(
        nullptr,
        [&](JobContext& context) {
            started = true;
            int i = 0;
            while (!context.isCancelled() && i < 500) {
                QThread::msleep(10);
                ++i;
            }
            return i;
        },
        [&](int n) { rounds = n; });
    waitUntil([&] { return started.load(); });
    job.cancel();
    waitUntil([&] { return rounds.has_value(); });
    CHECK(*rounds < 500);

    // Work posted after the cancel is not cancelled.
    std::optional<bool> cancelledLater;
    job.post<bool>(
        nullptr, [](JobContext& context) { return context.isCancelled(); },
        [&](bool c) { cancelledLater = c; });
    waitUntil([&] { return cancelledLater.has_value(); });
    CHECK_FALSE(*cancelledLater);
}

TEST_CASE("Work no longer wanted is skipped, and an answer no longer wanted is not delivered",
          "[services][jobs]")
{
    test::TempDatabase temp;
    temp.open();
    BackgroundJob job(QStringLiteral("test job"));
    job.setDatabase(temp.path());
    std::atomic<quint64> latest = 1;
    auto wantedFor = [&latest](quint64 generation) {
        return [&latest, generation] { return latest.load() == generation; };
    };

    std::atomic<bool> release = false;
    int ran = 0;
    QStringList deliveries;
    // The first blocks the thread until the second and third are queued behind it.
    job.post<int>(
        nullptr,
        [&](JobContext&) {
            while (!release)
                QThread::msleep(5);
            return 1;
        },
        [&](int) { deliveries << QStringLiteral("first"); }, wantedFor(1));
    job.post<int>(
        nullptr,
        [&](JobContext&) {
            ++ran;
            return 2;
        },
        [&](int) { deliveries << QStringLiteral("second"); }, wantedFor(2));
    latest = 3; // the first is still running, the second is overtaken before it starts
    job.post<int>(
        nullptr, [&](JobContext&) { return 3; }, [&](int) { deliveries << QStringLiteral("third"); },
        wantedFor(3));
    release = true;
    bool idle = false;
    QObject::connect(&job, &BackgroundJob::idle, [&] { idle = true; });
    waitUntil([&] { return idle; });
    CHECK(ran == 0);
    CHECK(deliveries == QStringList{QStringLiteral("third")});
}

TEST_CASE("A background job's progress arrives on the owner's thread, in order", "[services][jobs]")
{
    test::TempDatabase temp;
    temp.open();
    BackgroundJob job(QStringLiteral("test job"));
    job.setDatabase(temp.path());
    std::vector<std::pair<qint64, qint64>> progress;
    QObject::connect(&job, &BackgroundJob::progressed,
                     [&](qint64 done, qint64 total) { progress.emplace_back(done, total); });
    bool delivered = false;
    job.post<int>(
        nullptr,
        [](JobContext& context) {
            for (qint64 i = 1; i <= 3; ++i)
                context.reportProgress(i, 3);
            return 0;
        },
        [&](int) { delivered = true; });
    waitUntil([&] { return delivered && progress.size() == 3; });
    CHECK(progress == std::vector<std::pair<qint64, qint64>>{{1, 3}, {2, 3}, {3, 3}});
}

TEST_CASE("A background job on a database in memory runs inline and still delivers later", "[services][jobs]")
{
    auto db = test::memoryDatabase();
    BackgroundJob job(QStringLiteral("test job"));
    job.setInMemoryDatabase(db.get());
    core::Database* used = nullptr;
    Qt::HANDLE ranOn = nullptr;
    bool delivered = false;
    job.post<int>(
        nullptr,
        [&](JobContext& context) {
            ranOn = QThread::currentThreadId();
            used = context.database().value();
            return 0;
        },
        [&](int) { delivered = true; });
    CHECK(used == db.get());
    CHECK(ranOn == QThread::currentThreadId());
    CHECK_FALSE(delivered); // not before the event loop runs: the same order as from a thread
    waitUntil([&] { return delivered; });
}

TEST_CASE("A reading background job cannot write, and a new database gives a new connection",
          "[services][jobs]")
{
    test::TempDatabase first;
    test::TempDatabase second;
    first.open();
    second.open();
    BackgroundJob job(QStringLiteral("test job"));
    job.setDatabase(first.path(), BackgroundJob::Access::ReadOnly);

    std::optional<std::pair<QString, bool>> answer;
    auto ask = [&] {
        answer.reset();
        job.post<std::pair<QString, bool>>(
            nullptr,
            [](JobContext& context) {
                auto db = context.database();
                REQUIRE(db);
                QSqlQuery insert((*db)->connection());
                const bool wrote = insert.exec(
                    QStringLiteral("INSERT INTO reps (id, name, role) VALUES ('bo', 'Bo', 'rep')"));
                return std::pair{(*db)->path(), wrote};
            },
            [&](std::pair<QString, bool> a) { answer = a; });
        waitUntil([&] { return answer.has_value(); });
    };
    ask();
    CHECK(answer->first == first.path());
    CHECK_FALSE(answer->second);

    job.setDatabase(second.path());
    ask();
    CHECK(answer->first == second.path());
    CHECK(answer->second);

    job.setDatabase(QString());
    bool failed = false;
    job.post<bool>(
        nullptr, [](JobContext& context) { return !context.database(); }, [&](bool f) { failed = f; });
    waitUntil([&] { return failed; });
}

TEST_CASE("Destroying a background job stops its running work and waits for it", "[services][jobs]")
{
    test::TempDatabase temp;
    temp.open();
    std::atomic<bool> started = false;
    std::atomic<bool> stopped = false;
    {
        BackgroundJob job(QStringLiteral("test job"));
        job.setDatabase(temp.path());
        job.post<int>(
            nullptr,
            [&](JobContext& context) {
                started = true;
                while (!context.isCancelled())
                    QThread::msleep(5);
                stopped = true;
                return 0;
            },
            [](int) { FAIL("delivered after the job was destroyed"); });
        waitUntil([&] { return started.load(); });
    }
    CHECK(stopped);
    QCoreApplication::processEvents();
}
