#include "CliTestSupport.h"
#include "TestSupport.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// `products` and `churn` on the command line: the JSON of interchange.md, the table, and
// usage errors with exit 2.
using namespace rapport;
using Catch::Detail::Approx;
using test::parseJson;
using test::runCli;

namespace {

QString at(const char* iso)
{
    return QString::number(test::utc(iso).toSecsSinceEpoch());
}

// September 2026. A (r1, smb) buys W1 for 120.50 and gets 20.00 back, complains about it
// and buys 10.00 of nothing in particular; B (r2, enterprise) churned on 10 September for
// price and bought W1 again for 30.00 on 1 October; C (r1, smb) churned with no reason.
// OLD is a retired product with no rows.
struct CliBook
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("products.sqlite"));

    CliBook()
    {
        auto db = test::openOrFail(path);
        const QStringList statements{
            QStringLiteral(
                "INSERT INTO reps (id, name, role) VALUES ('r1', 'One', 'rep'), ('r2', 'Two', 'rep')"),
            QStringLiteral("INSERT INTO products (external_id, name, active) VALUES ('W1', 'Widget', 1),"
                           " ('OLD', 'Old thing', 0)"),
            QStringLiteral("INSERT INTO customers (external_id, name, owner, segment, acquired_at) VALUES"
                           " ('A', 'A', 'r1', 'smb', %1)")
                .arg(at("2026-01-01T00:00:00Z")),
            QStringLiteral(
                "INSERT INTO customers (external_id, name, owner, segment, acquired_at, churned_at,"
                " churn_reason) VALUES ('B', 'B', 'r2', 'enterprise', %1, %2, 'price'),"
                " ('C', 'C', 'r1', 'smb', %1, %3, NULL)")
                .arg(at("2026-01-01T00:00:00Z"), at("2026-09-10T00:00:00Z"), at("2026-09-20T00:00:00Z")),
            QStringLiteral(
                "INSERT INTO interactions (customer_id, kind, occurred_at, amount_cents, product_id)"
                " SELECT c.id, 'purchase', %1, 12050, p.id FROM customers c, products p"
                " WHERE c.external_id = 'A' AND p.external_id = 'W1'")
                .arg(at("2026-09-05T00:00:00Z")),
            QStringLiteral(
                "INSERT INTO interactions (customer_id, kind, occurred_at, amount_cents, product_id)"
                " SELECT c.id, 'purchase', %1, -2000, p.id FROM customers c, products p"
                " WHERE c.external_id = 'A' AND p.external_id = 'W1'")
                .arg(at("2026-09-06T00:00:00Z")),
            QStringLiteral("INSERT INTO interactions (customer_id, kind, occurred_at, product_id)"
                           " SELECT c.id, 'complaint', %1, p.id FROM customers c, products p"
                           " WHERE c.external_id = 'A' AND p.external_id = 'W1'")
                .arg(at("2026-09-07T00:00:00Z")),
            QStringLiteral("INSERT INTO interactions (customer_id, kind, occurred_at, amount_cents)"
                           " SELECT id, 'purchase', %1, 1000 FROM customers WHERE external_id = 'A'")
                .arg(at("2026-09-08T00:00:00Z")),
            QStringLiteral(
                "INSERT INTO interactions (customer_id, kind, occurred_at, amount_cents, product_id)"
                " SELECT c.id, 'purchase', %1, 3000, p.id FROM customers c, products p"
                " WHERE c.external_id = 'B' AND p.external_id = 'W1'")
                .arg(at("2026-10-01T00:00:00Z")),
        };
        for (const QString& s : statements) {
            INFO(s.toStdString());
            REQUIRE_OK(core::sql::execText(db->connection(), s));
        }
    }

    test::CliRun run(const char* command, QStringList args)
    {
        args.prepend(QString::fromLatin1(command));
        return runCli(path, args);
    }
};

} // namespace

TEST_CASE("products --format json prints every product and the unassigned rows", "[cli][products]")
{
    CliBook book;
    const auto run = book.run("products", {QStringLiteral("--period"), QStringLiteral("2026-09"),
                                           QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = parseJson(run.out);
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("start")).toString() == QStringLiteral("2026-09-01T00:00:00Z"));
    CHECK(period.value(QStringLiteral("end")).toString() == QStringLiteral("2026-10-01T00:00:00Z"));
    const QJsonObject products = o.value(QStringLiteral("products")).toObject();
    CHECK(products.keys() == QStringList{QStringLiteral("OLD"), QStringLiteral("W1")});
    const QJsonObject w1 = products.value(QStringLiteral("W1")).toObject();
    CHECK(w1.value(QStringLiteral("name")).toString() == QStringLiteral("Widget"));
    CHECK(w1.value(QStringLiteral("purchases")).toInteger() == 1);
    CHECK(w1.value(QStringLiteral("buyers")).toInteger() == 1);
    CHECK(w1.value(QStringLiteral("revenue")).toDouble() == Approx(100.5)); // 120.50 - 20.00
    CHECK(w1.value(QStringLiteral("refunds")).toInteger() == 1);
    CHECK(w1.value(QStringLiteral("complaints")).toInteger() == 1);
    CHECK(w1.value(QStringLiteral("complaints_per_100_purchases")).toDouble() == Approx(100.0));
    CHECK(w1.value(QStringLiteral("support")).toInteger() == 0);
    const QJsonObject old = products.value(QStringLiteral("OLD")).toObject();
    CHECK(old.value(QStringLiteral("purchases")).toInteger() == 0);
    CHECK(old.value(QStringLiteral("revenue")).toDouble() == 0.0);
    CHECK(old.value(QStringLiteral("complaints_per_100_purchases")).isNull());
    const QJsonObject unassigned = o.value(QStringLiteral("unassigned")).toObject();
    CHECK(unassigned.value(QStringLiteral("purchases")).toInteger() == 1);
    CHECK(unassigned.value(QStringLiteral("revenue")).toDouble() == Approx(10.0));
    CHECK(unassigned.value(QStringLiteral("complaints_per_100_purchases")).toDouble() == 0.0);

    // B's October purchase, in B's scope.
    const auto rep =
        book.run("products", {QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--rep"),
                              QStringLiteral("r2"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(rep.exitCode == 0);
    const QJsonObject october = parseJson(rep.out).value(QStringLiteral("products")).toObject();
    CHECK(october.value(QStringLiteral("W1")).toObject().value(QStringLiteral("revenue")).toDouble() ==
          Approx(30.0));
}

TEST_CASE("products as a table lists every product, the retired one marked", "[cli][products]")
{
    CliBook book;
    const auto run = book.run("products", {QStringLiteral("--period"), QStringLiteral("2026-09")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("W1")));
    CHECK(run.out.contains(QStringLiteral("Old thing (retired)")));
    CHECK(run.out.contains(QStringLiteral("unassigned")));
    CHECK(run.out.contains(QStringLiteral("100.50")));
}

TEST_CASE("churn --format json prints the churned customers by reason and the win-back", "[cli][churn]")
{
    CliBook book;
    const auto run = book.run("churn", {QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                                        QStringLiteral("--format"), QStringLiteral("json")});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = parseJson(run.out);
    CHECK(o.value(QStringLiteral("period")).toObject().value(QStringLiteral("start")).toString() ==
          QStringLiteral("2026-07-01T00:00:00Z"));
    CHECK(o.value(QStringLiteral("churned")).toInteger() == 2);
    const QJsonObject reasons = o.value(QStringLiteral("reasons")).toObject();
    CHECK(reasons.size() == 2);
    CHECK(reasons.value(QStringLiteral("price")).toInteger() == 1);
    CHECK(reasons.value(QStringLiteral("unknown")).toInteger() == 1);
    CHECK(o.value(QStringLiteral("won_back")).toInteger() == 1); // B, on 1 October
    CHECK(o.value(QStringLiteral("win_back_rate")).toDouble() == Approx(50.0));

    const auto empty = book.run("churn", {QStringLiteral("--period"), QStringLiteral("2025"),
                                          QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(empty.exitCode == 0);
    const QJsonObject none = parseJson(empty.out);
    CHECK(none.value(QStringLiteral("churned")).toInteger() == 0);
    CHECK(none.value(QStringLiteral("reasons")).toObject().isEmpty());
    CHECK(none.value(QStringLiteral("win_back_rate")).isNull());

    const auto table = book.run("churn", {QStringLiteral("--period"), QStringLiteral("2026-Q3")});
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("price")));
    CHECK(table.out.contains(QStringLiteral("50.0")));
}

TEST_CASE("products and churn refuse a bad period, two scopes, an unknown rep or a bad format with exit 2",
          "[cli][products][churn]")
{
    CliBook book;
    for (const char* command : {"products", "churn"}) {
        INFO(command);
        const auto bad = book.run(command, {QStringLiteral("--period"), QStringLiteral("2026-Q5")});
        CHECK(bad.exitCode == 2);
        CHECK(bad.err.contains(QStringLiteral("Usage:")));
        CHECK(book.run(command, {}).exitCode == 2);
        CHECK(book.run(command, {QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--rep"),
                                 QStringLiteral("r1"), QStringLiteral("--segment"), QStringLiteral("smb")})
                  .exitCode == 2);
        CHECK(book.run(command, {QStringLiteral("--period"), QStringLiteral("2026"), QStringLiteral("--rep"),
                                 QStringLiteral("nobody")})
                  .exitCode == 2);
        CHECK(book.run(command, {QStringLiteral("--period"), QStringLiteral("2026"),
                                 QStringLiteral("--format"), QStringLiteral("csv")})
                  .exitCode == 2);
    }
    const auto help = runCli({}, {QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("\n  products  ")));
    CHECK(help.out.contains(QStringLiteral("\n  churn     ")));
    CHECK(
        book.run("products", {QStringLiteral("--help")}).out.contains(QStringLiteral("products --period P")));
    CHECK(book.run("churn", {QStringLiteral("--help")}).out.contains(QStringLiteral("churn --period P")));
}
