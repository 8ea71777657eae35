// Every older schema version's own file (tests/data/rapport-schema-vN.sqlite, see
// tests/data/README.md) upgrades to a book that is indistinguishable from a new one, with
// every row it had, and leaves a copy of the old book beside it.
#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <map>

using namespace rapport;

namespace {

using Contents = std::map<QString, QStringList>; // table -> every row as text, in rowid order

QStringList column(QSqlDatabase db, const QString& statement)
{
    QStringList values;
    QSqlQuery q(db);
    REQUIRE(q.exec(statement));
    while (q.next())
        values << q.value(0).toString();
    return values;
}

Contents contentsOf(QSqlDatabase db)
{
    Contents contents;
    for (const QString& table :
         column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table)));
        QStringList& rows = contents[table];
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < q.record().count(); ++i)
                cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
            rows << cells.join(QLatin1Char('|'));
        }
    }
    return contents;
}

// Tables with their columns (name, type, not null, default, key) and every index's SQL.
QStringList schemaOf(QSqlDatabase db)
{
    QStringList schema;
    for (const QString& table :
         column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)));
        while (q.next())
            schema << QStringLiteral("%1.%2 %3 notnull=%4 default=%5 pk=%6")
                          .arg(table, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                               q.value(4).toString(), q.value(5).toString());
    }
    schema << column(db, QStringLiteral("SELECT name || ': ' || ifnull(sql, '(automatic)') FROM sqlite_master"
                                        " WHERE type = 'index' ORDER BY name"));
    return schema;
}

// Reads a file through a connection of its own, closed before the test goes on.
template <typename Read> auto readFile(const QString& path, Read read)
{
    const QString name = QStringLiteral("migration-files-check");
    decltype(read(QSqlDatabase())) result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        REQUIRE(db.open());
        result = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

TEST_CASE("Each older schema version's own file upgrades to the current schema with every row it had",
          "[storage][migrations]")
{
    const int version = GENERATE(range(1, core::Migrations::currentVersion()));
    INFO("schema version " << version);
    const QString source = QStringLiteral(RAPPORT_TEST_DATA_DIR "/rapport-schema-v%1.sqlite").arg(version);
    REQUIRE(QFileInfo::exists(source));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    REQUIRE(QFile::copy(source, path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray originalHash = test::fileHash(path);
    const Contents before = readFile(path, contentsOf);
    CHECK(readFile(path, [](QSqlDatabase db) { return column(db, QStringLiteral("PRAGMA user_version")); }) ==
          QStringList{QString::number(version)});
    REQUIRE(before.at(QStringLiteral("customers")).size() == 3);

    test::TempDatabase fresh;
    fresh.open();
    const QStringList newSchema = readFile(fresh.path(), schemaOf);

    QString backup;
    {
        auto db = test::openOrFail(path);
        CHECK(db->schemaVersion() == core::Migrations::currentVersion());
        REQUIRE_OK(db->checkIntegrity());
        auto customers = core::CustomerRepository(*db).count();
        REQUIRE_OK(customers);
        CHECK(*customers == 3);
        backup = db->upgradeBackupPath();
        REQUIRE_FALSE(backup.isEmpty());
    }

    // Indistinguishable from a new book: the same tables, columns and indexes.
    CHECK(readFile(path, schemaOf) == newSchema);
    // Every row of every table it had, unchanged; the tables it lacked are empty.
    const Contents after = readFile(path, contentsOf);
    for (const auto& [table, rows] : after) {
        INFO("table " << table.toStdString());
        const auto old = before.find(table);
        if (old == before.end() && table == QLatin1String("churn_reasons")) {
            // Schema 11's list: a few common reasons and every reason the book already held.
            QStringList expected{QStringLiteral("competitor"), QStringLiteral("no_longer_needed"),
                                 QStringLiteral("price"), QStringLiteral("product_quality"),
                                 QStringLiteral("service")};
            if (version >= 10)
                expected << QStringLiteral("too_expensive");
            QStringList listed = rows;
            listed.sort();
            CHECK(listed == expected);
            continue;
        }
        if (old == before.end()) {
            CHECK(rows.isEmpty());
            continue;
        }
        // Columns a later step added come after the old ones (a customer's version: 1, then
        // no churn reason, then no return).
        const int oldColumns =
            old->second.isEmpty() ? 0 : int(old->second.front().count(QLatin1Char('|'))) + 1;
        const QStringList customerAdditions{QStringLiteral("1"), QStringLiteral("NULL"),
                                            QStringLiteral("NULL")};
        QStringList kept;
        for (const QString& row : rows) {
            kept << row.section(QLatin1Char('|'), 0, oldColumns - 1);
            if (table == QLatin1String("customers")) {
                const int added = int(row.count(QLatin1Char('|'))) + 1 - oldColumns;
                REQUIRE(added <= customerAdditions.size());
                CHECK(row.section(QLatin1Char('|'), oldColumns) ==
                      customerAdditions.mid(customerAdditions.size() - added).join(QLatin1Char('|')));
            }
        }
        CHECK(kept == old->second);
    }
    // A copy of the old book is kept beside it: the old schema, every row.
    REQUIRE(QFileInfo::exists(backup));
    CHECK(readFile(backup, [](QSqlDatabase db) {
              return column(db, QStringLiteral("PRAGMA user_version"));
          }) == QStringList{QString::number(version)});
    CHECK(readFile(backup, contentsOf) == before);
    CHECK(test::fileHash(path) != originalHash);
}
