#include "demo/DemoGenerator.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/RepRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace rapport;

namespace {

const QDate kUntil(2026, 6, 30);
// "Now" shortly after the last day of data (built on first use: test::utc asserts).
const core::Clock& pinnedClock()
{
    static const core::FixedClock clock(test::utc("2026-07-01T09:00:00Z"));
    return clock;
}

core::DemoOptions smallOptions(quint64 seed = 42)
{
    core::DemoOptions options;
    options.customers = 200;
    options.seed = seed;
    options.until = kUntil;
    return options;
}

core::DemoSummary generateOrFail(core::Database& db, const core::DemoOptions& options)
{
    auto result = core::DemoGenerator(pinnedClock()).generate(db, options);
    REQUIRE_OK(result);
    REQUIRE_FALSE(result->cancelled);
    return *result;
}

QVariant scalar(core::Database& db, const QString& statement)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(statement));
    REQUIRE(q.next());
    return q.value(0);
}

qint64 count(core::Database& db, const QString& statement)
{
    return scalar(db, statement).toLongLong();
}

// Every row of every table the generator writes, in primary-key order, with each value's
// type, hashed: two databases with the same hash hold the same data.
QByteArray contentHash(core::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"reps", "products", "customers", "interactions", "survey_responses",
                              "kpi_goals", "follow_up_tasks"}) {
        QSqlQuery q(db.connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table))));
        hash.addData(QByteArray(QByteArray("table ") + table + '\n'));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                if (v.isNull())
                    hash.addData(QByteArrayView("N|"));
                else if (v.typeId() == QMetaType::Double)
                    hash.addData(
                        QByteArray(QByteArray("D") + QByteArray::number(v.toDouble(), 'g', 17) + '|'));
                else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
                    hash.addData(QByteArray(QByteArray("I") + QByteArray::number(v.toLongLong()) + '|'));
                else
                    hash.addData(QByteArray(QByteArray("T") + v.toString().toUtf8() + '|'));
            }
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

qint64 dataRows(core::Database& db)
{
    return count(
        db, QStringLiteral("SELECT (SELECT count(*) FROM reps) + (SELECT count(*) FROM customers)"
                           " + (SELECT count(*) FROM interactions) + (SELECT count(*) FROM survey_responses)"
                           " + (SELECT count(*) FROM kpi_goals) + (SELECT count(*) FROM follow_up_tasks)"));
}

// The CREATE INDEX statements of the schema: the bulk insert drops and rebuilds them.
QString indexDefinitions(core::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                  " ORDER BY name")));
    QStringList all;
    while (q.next())
        all << q.value(0).toString();
    return all.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("the demo generator gives byte-identical data for the same seed and different data for another",
          "[demo]")
{
    auto first = test::memoryDatabase();
    auto second = test::memoryDatabase();
    auto other = test::memoryDatabase();
    const core::DemoSummary a = generateOrFail(*first, smallOptions(42));
    const core::DemoSummary b = generateOrFail(*second, smallOptions(42));
    generateOrFail(*other, smallOptions(43));

    CHECK(a.interactions == b.interactions);
    CHECK(a.revenueCents == b.revenueCents);
    const QByteArray hash = contentHash(*first);
    CHECK(hash == contentHash(*second));
    CHECK(hash != contentHash(*other));
}

TEST_CASE(
    "demo data has every interaction kind, survey kind, segment, refunds and open and resolved complaints",
    "[demo]")
{
    auto db = test::memoryDatabase();
    const core::DemoSummary s = generateOrFail(*db, smallOptions());

    CHECK(s.customers == 200);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM customers")) == 200);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM reps")) == 9);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM reps WHERE role = 'manager'")) == 1);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT kind) FROM interactions")) == 8);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT survey) FROM survey_responses")) == 3);
    CHECK(count(*db, QStringLiteral("SELECT count(DISTINCT segment) FROM customers")) == 4);
    CHECK(count(*db, QStringLiteral(
                         "SELECT count(DISTINCT category) FROM interactions WHERE kind = 'complaint'")) == 5);

    // The summary counts what is in the tables.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM interactions")) == s.interactions);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM survey_responses")) == s.surveyResponses);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE amount_cents < 0")) ==
          s.refunds);
    CHECK(count(*db, QStringLiteral("SELECT sum(amount_cents) FROM interactions")) == s.revenueCents);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM customers WHERE churned_at IS NOT NULL")) ==
          s.churnedCustomers);
    CHECK(s.refunds > 0);
    CHECK(s.churnedCustomers > 0);
    CHECK(s.openComplaints > 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE resolved_at IS NOT NULL")) >
          s.openComplaints);

    // About 25 to 35 interactions per customer, and survey comments with categories.
    CHECK(s.interactions >= 25 * 200);
    CHECK(s.interactions <= 35 * 200);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE comment IS NOT NULL")) > 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE category IS NOT NULL")) > 0);

    // External ids make CSV export and import round-trip.
    CHECK(scalar(*db, QStringLiteral("SELECT external_id FROM customers WHERE id = 1")).toString() ==
          QStringLiteral("C-000001"));
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE external_id IS NULL")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE external_id IS NULL")) == 0);

    CHECK(s.goals == 4);
    CHECK(count(*db, QStringLiteral(
                         "SELECT count(*) FROM kpi_goals WHERE metric IN ('csat', 'revenue', 'churn_rate',"
                         " 'follow_up_rate')")) == 4);
}

TEST_CASE("demo data keeps the schema's rules and stays inside each customer's lifetime", "[demo]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    const core::DemoSummary s = generateOrFail(*db, smallOptions());
    CHECK(s.from == QDate(2023, 7, 1));
    CHECK(s.until == kUntil);

    QSqlQuery fk(db->connection());
    REQUIRE(fk.exec(QStringLiteral("PRAGMA foreign_key_check")));
    CHECK_FALSE(fk.next());
    CHECK(scalar(*db, QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));

    const qint64 from = QDateTime(s.from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    const qint64 end = QDateTime(kUntil.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    QSqlQuery q(db->connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM customers WHERE acquired_at < ? OR acquired_at >= ?"
                             " OR churned_at >= ?"));
    q.addBindValue(from);
    q.addBindValue(end);
    q.addBindValue(end);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 0);

    CHECK(count(*db,
                QStringLiteral(
                    "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id"
                    " WHERE i.occurred_at < c.acquired_at"
                    " OR (c.churned_at IS NOT NULL AND i.occurred_at > c.churned_at"
                    " AND NOT (i.kind = 'purchase' AND i.occurred_at <= c.churned_at + 180 * 86400))")) == 0);
    // The only thing after a churn is a returning customer's purchase (story d), at most one.
    CHECK(count(*db,
                QStringLiteral("SELECT count(*) FROM (SELECT i.customer_id FROM interactions i"
                               " JOIN customers c ON c.id = i.customer_id WHERE i.occurred_at > c.churned_at"
                               " GROUP BY i.customer_id HAVING count(*) > 1)")) == 0);
    CHECK(count(*db, QStringLiteral(
                         "SELECT count(*) FROM survey_responses r JOIN customers c ON c.id = r.customer_id"
                         " WHERE r.responded_at < c.acquired_at"
                         " OR (c.churned_at IS NOT NULL AND r.responded_at > c.churned_at)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE resolved_at IS NOT NULL"
                                    " AND (kind <> 'complaint' OR resolved_at < occurred_at)")) == 0);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE (kind = 'purchase') <>"
                                    " (amount_cents IS NOT NULL)")) == 0);
    // Every customer's first purchase is on the day they were acquired (their cohort month).
    CHECK(count(*db, QStringLiteral(
                         "SELECT count(*) FROM customers c WHERE NOT EXISTS (SELECT 1 FROM interactions i"
                         " WHERE i.customer_id = c.id AND i.kind = 'purchase'"
                         " AND i.occurred_at - c.acquired_at < 86400)")) == 0);
}

TEST_CASE("demo data holds its stories: a lagging rep, a turning trend and delivery complaints rising",
          "[demo]")
{
    auto db = test::memoryDatabase();
    core::DemoOptions options = smallOptions();
    options.customers = 400;
    generateOrFail(*db, options);
    const QString lagging = core::DemoGenerator::laggingRepId();

    // Story (b): share of purchases followed up within 14 days, the lagging rep against the team.
    auto followUpRate = [&](const QString& condition) {
        return scalar(*db, QStringLiteral("SELECT 100.0 * sum(EXISTS (SELECT 1 FROM interactions f"
                                          " WHERE f.customer_id = p.customer_id AND f.kind = 'follow_up'"
                                          " AND f.occurred_at > p.occurred_at"
                                          " AND f.occurred_at <= p.occurred_at + 14 * 86400)) / count(*)"
                                          " FROM interactions p JOIN customers c ON c.id = p.customer_id"
                                          " WHERE p.kind = 'purchase' AND p.amount_cents >= 0 AND ") +
                               condition)
            .toDouble();
    };
    const QString isLagging = QStringLiteral("c.owner = '%1'").arg(lagging);
    const QString isTeam = QStringLiteral("c.owner <> '%1'").arg(lagging);
    CHECK(followUpRate(isLagging) < 35.0);
    CHECK(followUpRate(isTeam) > 60.0);

    auto churnShare = [&](const QString& condition) {
        return scalar(*db,
                      QStringLiteral("SELECT 100.0 * sum(churned_at IS NOT NULL) / count(*) FROM customers c"
                                     " WHERE ") +
                          condition)
            .toDouble();
    };
    CHECK(churnShare(isLagging) > churnShare(isTeam) + 5.0);

    // Story (a): outside smb, CSAT in the last six months is clearly below the six months before,
    // and delivery's share of complaints has grown.
    const qint64 turn = test::utc("2026-01-01T00:00:00Z").toSecsSinceEpoch();
    const qint64 halfYear = 181 * 86400;
    auto csat = [&](qint64 from, qint64 to) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral(
            "SELECT 100.0 * sum(score >= 4) / count(*) FROM survey_responses r"
            " JOIN customers c ON c.id = r.customer_id"
            " WHERE survey = 'csat' AND c.segment <> 'smb' AND responded_at >= ? AND responded_at < ?"));
        q.addBindValue(from);
        q.addBindValue(to);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toDouble();
    };
    CHECK(csat(turn, turn + halfYear) + 8.0 < csat(turn - halfYear, turn));
    CHECK(csat(turn - 2 * halfYear, turn - halfYear) < csat(turn - halfYear, turn) + 2.0);

    auto deliveryShare = [&](qint64 from, qint64 to) {
        QSqlQuery q(db->connection());
        q.prepare(QStringLiteral("SELECT 100.0 * sum(category = 'delivery') / count(*) FROM interactions"
                                 " WHERE kind = 'complaint' AND occurred_at >= ? AND occurred_at < ?"));
        q.addBindValue(from);
        q.addBindValue(to);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        return q.value(0).toDouble();
    };
    CHECK(deliveryShare(turn, turn + halfYear) > 2.0 * deliveryShare(turn - halfYear, turn));
}

TEST_CASE("the demo generator refuses a database that already holds data and leaves it unchanged", "[demo]")
{
    auto db = test::memoryDatabase();
    core::RepRepository reps(*db);
    REQUIRE_OK(reps.insert({QStringLiteral("own"), QStringLiteral("Own Rep"), core::RepRole::Rep}));
    const QByteArray before = contentHash(*db);

    auto result = core::DemoGenerator(pinnedClock()).generate(*db, smallOptions());
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.contains(QStringLiteral("already holds data")));
    CHECK(contentHash(*db) == before);
    CHECK(dataRows(*db) == 1);

    // A second run over demo data is refused the same way.
    auto fresh = test::memoryDatabase();
    generateOrFail(*fresh, smallOptions());
    const QByteArray filled = contentHash(*fresh);
    CHECK_FALSE(core::DemoGenerator(pinnedClock()).generate(*fresh, smallOptions()).ok());
    CHECK(contentHash(*fresh) == filled);
}

TEST_CASE("cancelling demo generation from the progress callback writes nothing", "[demo]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    const QString indexes = indexDefinitions(*db);
    REQUIRE(indexes.contains(QStringLiteral("interactions_customer_time")));
    qint64 lastDone = -1;
    qint64 seenTotal = 0;
    auto result =
        core::DemoGenerator(pinnedClock()).generate(*db, smallOptions(), [&](qint64 done, qint64 total) {
            lastDone = done;
            seenTotal = total;
            return done < 100;
        });
    REQUIRE_OK(result);
    CHECK(result->cancelled);
    CHECK(seenTotal == 250); // 200 customers + a quarter for rebuilding the indexes
    CHECK(lastDone >= 100);
    CHECK(dataRows(*db) == 0);
    CHECK(indexDefinitions(*db) == indexes);

    // Cancelling at the very last step, after every row and the index rebuild, is still a rollback.
    auto late =
        core::DemoGenerator(pinnedClock()).generate(*db, smallOptions(), [](qint64 done, qint64 total) {
            return done < total;
        });
    REQUIRE_OK(late);
    CHECK(late->cancelled);
    CHECK(dataRows(*db) == 0);
    CHECK(indexDefinitions(*db) == indexes);

    // The database is still usable, and empty enough for a full run afterwards.
    qint64 finalDone = 0;
    auto full = core::DemoGenerator(pinnedClock()).generate(*db, smallOptions(), [&](qint64 done, qint64) {
        finalDone = done;
        return true;
    });
    REQUIRE_OK(full);
    CHECK_FALSE(full->cancelled);
    CHECK(finalDone == 250);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM customers")) == 200);
    CHECK(indexDefinitions(*db) == indexes);
}

TEST_CASE("without a last day the demo data ends today by the injected clock, and zero customers is an error",
          "[demo]")
{
    auto db = test::memoryDatabase();
    core::DemoOptions options;
    options.customers = 30;
    const core::FixedClock clock(test::utc("2025-03-15T22:30:00Z"));
    auto result = core::DemoGenerator(clock).generate(*db, options);
    REQUIRE_OK(result);
    CHECK(result->until == QDate(2025, 3, 15));
    const qint64 now = clock.nowUtc().toSecsSinceEpoch();
    CHECK(count(*db, QStringLiteral("SELECT max(occurred_at) FROM interactions")) < now);
    CHECK(count(*db, QStringLiteral("SELECT max(responded_at) FROM survey_responses")) < now);

    auto empty = test::memoryDatabase();
    options.customers = 0;
    auto refused = core::DemoGenerator(clock).generate(*empty, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("at least 1")));
    CHECK(dataRows(*empty) == 0);
}

namespace {

// Counts for one rep, with ? bound to the moments given (in order).
qint64 countAt(core::Database& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(statement));
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

} // namespace

TEST_CASE("demo data that ends today holds nothing later than the clock's now", "[demo]")
{
    auto db = test::memoryDatabase();
    core::DemoOptions options;
    options.customers = 300;
    // Noon on a Monday: a weekend's contacts are pushed onto this morning and afternoon.
    const core::FixedClock clock(test::utc("2026-11-30T12:00:00Z"));
    auto result = core::DemoGenerator(clock).generate(*db, options);
    REQUIRE_OK(result);
    CHECK(result->until == QDate(2026, 11, 30));
    const qint64 now = clock.nowUtc().toSecsSinceEpoch();

    const QVariantList at{now};
    CHECK(countAt(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE occurred_at > ?"), at) == 0);
    CHECK(countAt(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE resolved_at > ?"), at) == 0);
    CHECK(countAt(*db, QStringLiteral("SELECT count(*) FROM survey_responses WHERE responded_at > ?"), at) ==
          0);
    CHECK(countAt(*db,
                  QStringLiteral("SELECT count(*) FROM customers WHERE acquired_at > ? OR churned_at > ?"),
                  {now, now}) == 0);
    CHECK(countAt(*db, QStringLiteral("SELECT count(*) FROM kpi_goals WHERE created_at > ?"), at) == 0);
    CHECK(countAt(*db, QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE done_at > ?"), at) == 0);
    // ... while the history does reach this morning: it stops at now, not at midnight.
    const qint64 midnight = test::utc("2026-11-30T00:00:00Z").toSecsSinceEpoch();
    CHECK(countAt(*db, QStringLiteral("SELECT count(*) FROM interactions WHERE occurred_at >= ?"),
                  {midnight}) > 0);
}

TEST_CASE("the demo generator refuses a last day after today", "[demo]")
{
    auto db = test::memoryDatabase();
    core::DemoOptions options = smallOptions();
    options.until = pinnedClock().nowUtc().date().addDays(1);
    auto refused = core::DemoGenerator(pinnedClock()).generate(*db, options);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("after today")));
    CHECK(dataRows(*db) == 0);
}

TEST_CASE("every demo rep has overdue, due-today and upcoming open follow-ups on their own active customers",
          "[demo]")
{
    auto db = test::memoryDatabase();
    const core::DemoSummary s = generateOrFail(*db, smallOptions());
    const QDateTime now = pinnedClock().nowUtc();
    const qint64 nowSecs = now.toSecsSinceEpoch();
    const qint64 tomorrow = QDateTime(now.date().addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();

    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM follow_up_tasks")) == s.followUpTasks);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE done_at IS NULL")) ==
          s.openFollowUpTasks);

    QSqlQuery reps(db->connection());
    REQUIRE(reps.exec(QStringLiteral("SELECT id FROM reps WHERE role = 'rep' ORDER BY id")));
    int seen = 0;
    while (reps.next()) {
        const QString rep = reps.value(0).toString();
        INFO(rep.toStdString());
        ++seen;
        const QString open =
            QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE rep_id = ? AND done_at IS NULL AND ");
        CHECK(countAt(*db, open + QStringLiteral("due_at < ?"), {rep, nowSecs}) > 0);
        CHECK(countAt(*db, open + QStringLiteral("due_at >= ? AND due_at < ?"), {rep, nowSecs, tomorrow}) >
              0);
        CHECK(countAt(*db, open + QStringLiteral("due_at >= ?"), {rep, tomorrow}) > 0);
        // Done ones too: the follow-ups after purchases closed their reminders.
        CHECK(countAt(*db,
                      QStringLiteral("SELECT count(*) FROM follow_up_tasks WHERE rep_id = ?"
                                     " AND done_at IS NOT NULL"),
                      {rep}) > 0);
    }
    CHECK(seen == 8);
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM follow_up_tasks t JOIN reps r ON r.id = t.rep_id"
                                    " WHERE r.role = 'manager'")) == 0);

    // Open tasks belong to the owner of a customer who is still a customer.
    CHECK(count(*db, QStringLiteral(
                         "SELECT count(*) FROM follow_up_tasks t JOIN customers c ON c.id = t.customer_id"
                         " WHERE t.done_at IS NULL AND (c.owner <> t.rep_id OR c.churned_at IS NOT NULL)")) ==
          0);
    // A done task was done by a follow-up interaction with the same customer, at its time, after
    // the purchase it was planned with.
    CHECK(count(*db, QStringLiteral("SELECT count(*) FROM follow_up_tasks t"
                                    " LEFT JOIN interactions d ON d.id = t.done_interaction_id"
                                    " LEFT JOIN interactions p ON p.id = t.source_interaction_id"
                                    " WHERE t.done_at IS NOT NULL AND (d.id IS NULL OR d.kind <> 'follow_up'"
                                    " OR d.customer_id <> t.customer_id OR d.occurred_at <> t.done_at"
                                    " OR p.kind <> 'purchase' OR p.occurred_at >= t.due_at)")) == 0);
    // An open task starts from the customer's last contact.
    CHECK(
        count(
            *db,
            QStringLiteral(
                "SELECT count(*) FROM follow_up_tasks t JOIN interactions i ON i.id = t.source_interaction_id"
                " WHERE t.done_at IS NULL AND (i.customer_id <> t.customer_id OR EXISTS (SELECT 1"
                " FROM interactions later WHERE later.customer_id = t.customer_id"
                " AND later.occurred_at > i.occurred_at))")) == 0);
}
