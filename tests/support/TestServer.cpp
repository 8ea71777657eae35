#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QUrl>
#include <QUrlQuery>
#include <libpq-fe.h>
#include <mutex>
#include <vector>

// The test server: a throwaway PostgreSQL cluster started by scripts/pg-cluster (ctest's
// fixture "server" starts and stops it). RAPPORT_TEST_SERVER names its folder; the folder's
// `uri` file holds the admin's URI. Each test process gets databases of its own, dropped at
// exit, so tests run in parallel without seeing each other's rows.
namespace rapport::test {
namespace {

QString adminUri()
{
    const QString folder = qEnvironmentVariable("RAPPORT_TEST_SERVER");
    if (folder.isEmpty())
        FAIL("RAPPORT_TEST_SERVER is not set: this test needs the test server (ctest starts it)");
    QFile file(folder + QStringLiteral("/uri"));
    if (!file.open(QIODevice::ReadOnly))
        FAIL("no test server is running in " << folder.toStdString() << " (scripts/pg-cluster start)");
    return QString::fromUtf8(file.readAll()).trimmed();
}

// The same server, another database.
QString withDatabase(const QString& uri, const QString& database)
{
    QUrl url(uri);
    url.setPath(QLatin1Char('/') + database);
    return url.toString(QUrl::FullyEncoded);
}

core::Status runAsAdmin(const QString& statement)
{
    PGconn* conn = PQconnectdb(adminUri().toUtf8().constData());
    core::Status result;
    if (PQstatus(conn) != CONNECTION_OK) {
        result = core::Error::make(QString::fromUtf8(PQerrorMessage(conn)));
    } else {
        PGresult* r = PQexec(conn, statement.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            result = core::Error::make(QString::fromUtf8(PQerrorMessage(conn)), statement);
        PQclear(r);
    }
    PQfinish(conn);
    return result;
}

// Drops this process's databases when it ends (after every connection of the test closed).
struct CreatedDatabases
{
    std::mutex mutex;
    std::vector<QString> names;
    ~CreatedDatabases()
    {
        for (const QString& name : names)
            (void)runAsAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
    }
};

CreatedDatabases& created()
{
    static CreatedDatabases databases;
    return databases;
}

} // namespace

bool testingServer()
{
    return !qEnvironmentVariableIsEmpty("RAPPORT_TEST_SERVER");
}

QString newServerDatabase()
{
    auto& databases = created();
    std::lock_guard lock(databases.mutex);
    const QString name = QStringLiteral("rapport_test_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(databases.names.size() + 1);
    REQUIRE_OK(runAsAdmin(QStringLiteral("CREATE DATABASE %1").arg(name)));
    databases.names.push_back(name);
    return withDatabase(adminUri(), name);
}

// The first column of the first row of `sql` as `user`, through libpq alone; or the
// server's error text prefixed with "error: ".
QString serverScalar(const QString& uri, const char* sql)
{
    PGconn* conn = PQconnectdb(uri.toUtf8().constData());
    QString out;
    if (PQstatus(conn) != CONNECTION_OK) {
        out = QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult* r = PQexec(conn, sql);
        const auto status = PQresultStatus(r);
        if (status == PGRES_TUPLES_OK && PQntuples(r) > 0)
            out = QString::fromUtf8(PQgetvalue(r, 0, 0));
        else if (status == PGRES_COMMAND_OK)
            out = QString::fromUtf8(PQcmdTuples(r));
        else
            out = QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn));
        PQclear(r);
    }
    PQfinish(conn);
    return out;
}

QString serverUriAs(const QString& uri, const QString& login)
{
    QUrl url(uri);
    url.setUserName(login);
    return url.toString(QUrl::FullyEncoded);
}

QString serverLogin(const char* name)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(name)).arg(QCoreApplication::applicationPid());
}

} // namespace rapport::test
