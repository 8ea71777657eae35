#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/RepRepository.h"

#include <QSqlQuery>
#include <QThread>
#include <atomic>

using namespace rapport;

TEST_CASE("two connections writing at once lose no write", "[storage][reliability]")
{
    test::TempDatabase temp;
    auto main = temp.open();
    constexpr int kPerWriter = 300;
    std::atomic<int> failures = 0;
    QString firstFailure;

    auto writer = [&](const QString& prefix) {
        auto db = core::Database::open(temp.path());
        if (!db) {
            ++failures;
            return;
        }
        core::RepRepository reps(*db.value());
        for (int i = 0; i < kPerWriter; ++i) {
            core::WriteTransaction tx(*db.value());
            core::Status s = tx.begun();
            if (s)
                s = reps.insert({prefix + QString::number(i), prefix, core::RepRole::Rep});
            if (s)
                s = tx.commit();
            if (!s) {
                if (failures++ == 0)
                    firstFailure = s.error().details();
            }
        }
    };
    QThread* a = QThread::create(writer, QStringLiteral("a-"));
    QThread* b = QThread::create(writer, QStringLiteral("b-"));
    a->start();
    b->start();
    a->wait();
    b->wait();
    delete a;
    delete b;

    INFO(firstFailure.toStdString());
    CHECK(failures == 0);
    auto list = core::RepRepository(*main).list();
    REQUIRE_OK(list);
    CHECK(list->size() == 2 * kPerWriter);
}

TEST_CASE("a writer kept waiting too long gets a clear busy message, not a raw lock error",
          "[storage][reliability]")
{
    test::TempDatabase temp;
    auto holder = temp.open();
    auto waiter = temp.open();
    REQUIRE_OK(waiter->setBusyTimeout(50));

    core::WriteTransaction held(*holder);
    REQUIRE_OK(held.begun());
    REQUIRE_OK(
        core::RepRepository(*holder).insert({QStringLiteral("h"), QStringLiteral("H"), core::RepRole::Rep}));

    const core::Status s =
        core::RepRepository(*waiter).insert({QStringLiteral("w"), QStringLiteral("W"), core::RepRole::Rep});
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message.startsWith(QStringLiteral("The database is busy")));

    REQUIRE_OK(held.commit());
    REQUIRE_OK(
        core::RepRepository(*waiter).insert({QStringLiteral("w"), QStringLiteral("W"), core::RepRole::Rep}));
    CHECK(core::RepRepository(*waiter).list().value().size() == 2);
}

TEST_CASE("a full database rolls the whole transaction back and says the disk is full",
          "[storage][reliability]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("kept"), QStringLiteral("Kept"), core::RepRole::Rep}));
    // SQLite's page limit stands in for a full disk: the next pages cannot be allocated.
    QSqlQuery q(db->connection());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const int pages = q.value(0).toInt();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));

    core::Status failed;
    {
        core::WriteTransaction tx(*db);
        REQUIRE_OK(tx.begun());
        core::RepRepository reps(*db);
        const QString longName(4000, QLatin1Char('x'));
        for (int i = 0; i < 200 && failed.ok(); ++i)
            failed = reps.insert({QStringLiteral("r%1").arg(i), longName, core::RepRole::Rep});
    }
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.startsWith(QStringLiteral("The disk is full")));
    auto list = core::RepRepository(*db).list();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().id == QStringLiteral("kept"));
    REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("ok"));
}
