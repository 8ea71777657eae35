#include "TestSupport.h"

#include "storage/Sql.h"

#include <QCryptographicHash>
#include <QFile>

namespace rapport::test {

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toUTC();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

void dropRecordVersions(core::Database& db)
{
    // Schemas 12, 11, 10 and 9 came after the versions: the earlier churns, the reason list,
    // returned_at (with schema 4's customer-base index back as it was), then products,
    // product_id and churn_reason go first.
    for (const char* statement :
         {"DROP TRIGGER rapport_archive_churn", "DROP TRIGGER rapport_unarchive_churn",
          "DROP TABLE past_churns", "DROP INDEX customers_churn_reason", "DROP TABLE churn_reasons",
          "DROP INDEX interactions_win_back", "DROP INDEX customers_base",
          "ALTER TABLE customers DROP COLUMN returned_at",
          "CREATE INDEX customers_base ON customers(acquired_at, churned_at, owner, segment)",
          "DROP INDEX interactions_product_time", "DROP INDEX interactions_product_kinds_time",
          "ALTER TABLE interactions DROP COLUMN product_id", "ALTER TABLE customers DROP COLUMN churn_reason",
          "DROP TABLE products"})
        REQUIRE_OK(core::sql::execText(db.connection(), QString::fromLatin1(statement)));
    for (const char* table : {"customers", "interactions", "survey_responses", "follow_up_tasks", "kpi_goals",
                              "action_plans", "action_plan_items"})
        REQUIRE_OK(core::sql::execText(
            db.connection(), QStringLiteral("ALTER TABLE %1 DROP COLUMN version").arg(QLatin1String(table))));
}

void revertToSchema5(core::Database& db)
{
    dropRecordVersions(db);
    for (const char* statement :
         {"DROP INDEX interactions_purchase_time", "DROP INDEX interactions_purchase_customer",
          "DROP INDEX interactions_follow_up_time", "DROP INDEX interactions_follow_up_customer",
          "CREATE INDEX interactions_kind_time ON interactions(kind, occurred_at, customer_id, amount_cents)",
          "CREATE INDEX interactions_kind_customer_time ON interactions(kind, customer_id, occurred_at, "
          "amount_cents)",
          "PRAGMA user_version = 5"})
        REQUIRE_OK(core::sql::execText(db.connection(), QString::fromLatin1(statement)));
}

std::unique_ptr<core::Database> openOrFail(const QString& path)
{
    auto db = core::Database::open(path);
    if (!db)
        FAIL(db.error().details().toStdString());
    return std::move(db).value();
}

std::unique_ptr<core::Database> memoryDatabase()
{
    auto db = testingServer() ? core::Database::open(newServerDatabase()) : core::Database::openInMemory();
    if (!db)
        FAIL(db.error().details().toStdString());
    return std::move(db).value();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(content) == content.size());
    return path;
}

QString writeFile(const TempDatabase& temp, const char* name, const QByteArray& content)
{
    return writeFile(temp.dir, QString::fromLatin1(name), content);
}

} // namespace rapport::test
