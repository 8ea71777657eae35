// ServerUri: the team server addresses the Connect dialog builds, read back by libpq itself.
#include "services/ServerUri.h"

#include "TestSupport.h"

#include <QMap>
#include <libpq-fe.h>
#include <memory>

using namespace rapport;
using core::ServerUri;
using core::ServerUriParts;

namespace {

// What libpq makes of `uri`: keyword → value, for the keywords it was given.
QMap<QString, QString> libpqReads(const QString& uri)
{
    char* message = nullptr;
    std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(uri.toUtf8().constData(), &message), &PQconninfoFree);
    if (!options) {
        const QString why = QString::fromUtf8(message);
        PQfreemem(message);
        FAIL("libpq cannot read " << uri.toStdString() << ": " << why.toStdString());
    }
    QMap<QString, QString> values;
    for (const PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (o->val)
            values.insert(QString::fromUtf8(o->keyword), QString::fromUtf8(o->val));
    }
    return values;
}

} // namespace

TEST_CASE("a host, port, database, login and TLS mode make a URI libpq reads back as given", "[services]")
{
    ServerUriParts parts;
    parts.host = QStringLiteral("db.example.com");
    parts.port = 6543;
    parts.database = QStringLiteral("rapport");
    parts.user = QStringLiteral("alice");
    parts.sslMode = QStringLiteral("verify-full");
    parts.options = {{QStringLiteral("connect_timeout"), QStringLiteral("10")}};
    const QString uri = ServerUri::build(parts);
    CHECK(uri == QStringLiteral("postgresql://alice@db.example.com:6543/rapport?sslmode=verify-full&"
                                "connect_timeout=10"));
    const auto read = libpqReads(uri);
    CHECK(read.value(QStringLiteral("host")) == QStringLiteral("db.example.com"));
    CHECK(read.value(QStringLiteral("port")) == QStringLiteral("6543"));
    CHECK(read.value(QStringLiteral("dbname")) == QStringLiteral("rapport"));
    CHECK(read.value(QStringLiteral("user")) == QStringLiteral("alice"));
    CHECK(read.value(QStringLiteral("sslmode")) == QStringLiteral("verify-full"));
    CHECK(read.value(QStringLiteral("connect_timeout")) == QStringLiteral("10"));
    CHECK_FALSE(read.contains(QStringLiteral("password")));
    CHECK(ServerUri::parse(uri) == parts);
}

TEST_CASE("odd characters in a login or database name, IPv6 hosts and socket folders survive", "[services]")
{
    ServerUriParts parts;
    parts.user = QStringLiteral("o'brien@sales/emea");
    parts.database = QStringLiteral("book of business/2026 ?#&=%");
    SECTION("an IPv6 address")
    {
        parts.host = QStringLiteral("2001:db8::7");
        const QString uri = ServerUri::build(parts);
        CHECK(uri.startsWith(QStringLiteral("postgresql://o%27brien%40sales%2Femea@[2001:db8::7]:5432/")));
        const auto read = libpqReads(uri);
        CHECK(read.value(QStringLiteral("host")) == parts.host);
        CHECK(read.value(QStringLiteral("user")) == parts.user);
        CHECK(read.value(QStringLiteral("dbname")) == parts.database);
        CHECK(ServerUri::parse(uri) == parts);
    }
    SECTION("a Unix socket folder")
    {
        parts.host = QStringLiteral("/run/postgresql");
        parts.port = 5433;
        const QString uri = ServerUri::build(parts);
        const auto read = libpqReads(uri);
        CHECK(read.value(QStringLiteral("host")) == QStringLiteral("/run/postgresql"));
        CHECK(read.value(QStringLiteral("port")) == QStringLiteral("5433"));
        CHECK(read.value(QStringLiteral("dbname")) == parts.database);
        CHECK(ServerUri::parse(uri) == parts);
    }
}

TEST_CASE("a service name makes a URI with the service and nothing the service file should say", "[services]")
{
    ServerUriParts parts;
    parts.service = QStringLiteral("rapport team");
    parts.sslMode.clear();
    const QString uri = ServerUri::build(parts);
    CHECK(uri == QStringLiteral("postgresql:///?service=rapport%20team"));
    const auto read = libpqReads(uri);
    CHECK(read.value(QStringLiteral("service")) == QStringLiteral("rapport team"));
    CHECK_FALSE(read.contains(QStringLiteral("host")));
    CHECK_FALSE(read.contains(QStringLiteral("sslmode")));
    CHECK(ServerUri::parse(uri).service == QStringLiteral("rapport team"));
}

TEST_CASE("a password goes into the URI only through withPassword, and withoutPassword takes it out",
          "[services]")
{
    const QString base = QStringLiteral("postgresql://alice@db.example.com:5432/rapport?sslmode=require");
    const QString secret = QStringLiteral("p@ss:w/rd&x=1 ?#%'\\\"ü");
    const QString with = ServerUri::withPassword(base, secret);
    CHECK(libpqReads(with).value(QStringLiteral("password")) == secret);
    CHECK(libpqReads(with).value(QStringLiteral("sslmode")) == QStringLiteral("require"));
    CHECK(ServerUri::withoutPassword(with) == base);
    // A second password replaces the first.
    CHECK(libpqReads(ServerUri::withPassword(with, QStringLiteral("other")))
              .value(QStringLiteral("password")) == QStringLiteral("other"));
    // One typed into the user info, or as a query parameter, goes too; parse() drops both.
    const QString typed =
        QStringLiteral("postgresql://alice:hunter2@db.example.com/rapport?password=x&sslmode=require");
    CHECK(ServerUri::withoutPassword(typed) ==
          QStringLiteral("postgresql://alice@db.example.com/rapport?sslmode=require"));
    CHECK_FALSE(ServerUri::withoutPassword(typed).contains(QStringLiteral("hunter2")));
    CHECK(ServerUri::parse(typed).user == QStringLiteral("alice"));
    CHECK(ServerUri::build(ServerUri::parse(typed)).contains(QStringLiteral("hunter2")) == false);
    // A URI without a query or user info is left alone.
    CHECK(ServerUri::withoutPassword(QStringLiteral("postgresql:///rapport")) ==
          QStringLiteral("postgresql:///rapport"));
}
