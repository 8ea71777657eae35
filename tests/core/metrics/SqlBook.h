#pragma once

#include "TestSupport.h"
#include "storage/Sql.h"

#include <QStringList>

namespace rapport::test {

// A book for the product and churn figures written with plain SQL, on the engine under test
// (memoryDatabase(): SQLite, or the test server for the [engines] runs). Rows refer to each
// other by external id, so the engines' own id numbering never matters.
struct SqlBook
{
    std::unique_ptr<core::Database> db = memoryDatabase();

    SqlBook()
    {
        run("INSERT INTO reps (id, name, role) VALUES ('r1', 'Rep One', 'rep'), ('r2', 'Rep Two', 'rep')");
    }

    void run(const QString& statement)
    {
        INFO(statement.toStdString());
        REQUIRE_OK(core::sql::execText(db->connection(), statement));
    }
    void run(const char* statement) { run(QString::fromUtf8(statement)); }

    static QString seconds(const char* iso) { return QString::number(utc(iso).toSecsSinceEpoch()); }
    static QString textOrNull(const char* s)
    {
        return s ? QStringLiteral("'%1'").arg(QString::fromUtf8(s)) : QStringLiteral("NULL");
    }

    void product(const char* id, const char* name, bool active = true)
    {
        run(QStringLiteral("INSERT INTO products (external_id, name, category, active) VALUES ('%1', '%2', "
                           "'tools', %3)")
                .arg(QString::fromUtf8(id), QString::fromUtf8(name),
                     active ? QStringLiteral("1") : QStringLiteral("0")));
    }

    void customer(const char* id, const char* owner, const char* segment, const char* churned = nullptr,
                  const char* reason = nullptr)
    {
        run(QStringLiteral(
                "INSERT INTO customers (external_id, name, owner, segment, acquired_at, churned_at, "
                "churn_reason) VALUES ('%1', 'Customer %1', '%2', '%3', %4, %5, %6)")
                .arg(QString::fromUtf8(id), QString::fromUtf8(owner), QString::fromUtf8(segment),
                     seconds("2026-01-01T00:00:00Z"), churned ? seconds(churned) : QStringLiteral("NULL"),
                     textOrNull(reason)));
    }

    // kind purchase needs cents; product is a product's external id or nullptr.
    void interaction(const char* customer, const char* kind, const char* at, std::optional<qint64> cents,
                     const char* product = nullptr)
    {
        run(QStringLiteral(
                "INSERT INTO interactions (customer_id, kind, occurred_at, amount_cents, product_id)"
                " VALUES ((SELECT id FROM customers WHERE external_id = '%1'), '%2', %3, %4, %5)")
                .arg(QString::fromUtf8(customer), QString::fromUtf8(kind), seconds(at),
                     cents ? QString::number(*cents) : QStringLiteral("NULL"),
                     product ? QStringLiteral("(SELECT id FROM products WHERE external_id = '%1')")
                                   .arg(QString::fromUtf8(product))
                             : QStringLiteral("NULL")));
    }
    void purchase(const char* customer, const char* at, qint64 cents, const char* product = nullptr)
    {
        interaction(customer, "purchase", at, cents, product);
    }
};

} // namespace rapport::test
