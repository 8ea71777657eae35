#pragma once

#include "storage/Database.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>
#include <catch2/catch.hpp>
#include <memory>
#include <optional>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& t)
    {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate).toStdString() : std::string("(invalid)");
    }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch

namespace rapport::test {

// A UTC instant from "2026-07-14T09:30:00Z"-style text.
QDateTime utc(const char* iso);
// The SHA-256 of a file's bytes, to prove a file was left unchanged.
QByteArray fileHash(const QString& path);

// Drops what schemas 7 to 9 added (record versions, products, churn reasons), for tests that
// rebuild an older file.
void dropRecordVersions(core::Database& db);
// Opens a database or fails the test with the error's details.
std::unique_ptr<core::Database> openOrFail(const QString& path);
// A new, empty, migrated database of the engine under test: private SQLite memory, or (when
// RAPPORT_TEST_SERVER names a cluster of scripts/pg-cluster) a database of its own on the
// test server. Tests tagged [engines] run on both (tests/CMakeLists.txt).
std::unique_ptr<core::Database> memoryDatabase();
// True when this test process runs against the test server.
bool testingServer();
// The URI of a new, empty database on the test server (fails the test when there is no
// server); dropped when the test process ends.
QString newServerDatabase();
// The first column of the first row of `sql` at `uri`, through libpq alone (as psql would see
// it); for a statement without rows the rows it changed; or "error: " and the server's text.
QString serverScalar(const QString& uri, const char* sql);
// `uri` signed in as `login` instead.
QString serverUriAs(const QString& uri, const QString& login);
// A login name of this test process ("alice_4242"): roles belong to the whole test server.
QString serverLogin(const char* name);
// Turns a current database back into what schema 5 left on disk (no customer versions, the two interaction
// indexes led by kind instead of step 6's partial ones, user_version 5), for upgrade tests.
void revertToSchema5(core::Database& db);

// A fresh temporary folder with a database file path inside it.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    std::unique_ptr<core::Database> open() const { return openOrFail(path()); }
};

// A book that several connections can open, on the engine under test: a file in a temporary
// folder, or a database of its own on the test server.
struct BookOnEngine
{
    QTemporaryDir dir;
    QString where = testingServer() ? newServerDatabase() : dir.filePath(QStringLiteral("book.sqlite"));
};

// Two people at two desks (two connections) on one such book.
struct TwoDesks : BookOnEngine
{
    std::unique_ptr<core::Database> anna = openOrFail(where);
    std::unique_ptr<core::Database> ben = openOrFail(where);
};

// Writes `content` to the file `name` in `dir` (or in the folder of `temp`) and returns its path.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& content);
QString writeFile(const TempDatabase& temp, const char* name, const QByteArray& content);

// The child object called `name`, failing the test when there is none.
template <typename T> T* child(QObject& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

} // namespace rapport::test

// REQUIRE that a Status or Result is ok, printing its error when it is not.
#define REQUIRE_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& rapport_result_ = (expr);                                                                \
        if (!rapport_result_.ok())                                                                           \
            FAIL(rapport_result_.error().details().toStdString());                                           \
    } while (false)
