#include "services/ServerLogin.h"

#include "services/ServerUri.h"
#include "storage/ServerAddress.h"

#include <libpq-fe.h>
#include <memory>
#include <poll.h>

namespace rapport::core {
namespace {

// How long one probe may take before it is given up (libpq's connect_timeout only applies
// to its blocking connect).
constexpr int kProbeMilliseconds = 30000;

struct ConnectionFinish
{
    void operator()(PGconn* conn) const { PQfinish(conn); }
};

} // namespace

PasswordProblem ServerLogin::passwordProblem(const QString& uri)
{
    std::unique_ptr<PGconn, ConnectionFinish> conn(PQconnectStart(uri.toUtf8().constData()));
    if (!conn || PQstatus(conn.get()) == CONNECTION_BAD)
        return PasswordProblem::None;
    // Verbose: the server's error carries its SQLSTATE, so a refused password (28P01) is told
    // apart from a refusal after the password was accepted (no such database, say).
    PQsetErrorVerbosity(conn.get(), PQERRORS_VERBOSE);
    PostgresPollingStatusType state = PGRES_POLLING_WRITING;
    int waited = 0;
    while (state != PGRES_POLLING_OK && state != PGRES_POLLING_FAILED && waited < kProbeMilliseconds) {
        pollfd fd{PQsocket(conn.get()), static_cast<short>(state == PGRES_POLLING_READING ? POLLIN : POLLOUT),
                  0};
        const int ready = poll(&fd, 1, 250);
        if (ready < 0)
            return PasswordProblem::None;
        if (ready == 0) {
            waited += 250;
            continue;
        }
        state = PQconnectPoll(conn.get());
    }
    if (state != PGRES_POLLING_FAILED)
        return PasswordProblem::None;
    if (PQconnectionNeedsPassword(conn.get()))
        return PasswordProblem::Missing;
    const QString message = QString::fromUtf8(PQerrorMessage(conn.get()));
    if (PQconnectionUsedPassword(conn.get()) && message.contains(QLatin1String("28P01")))
        return PasswordProblem::Rejected;
    return PasswordProblem::None;
}

bool ServerLogin::isReachable(const QString& uri)
{
    // A server that does not answer at all is given up after a few seconds, not minutes.
    QString probe = uri;
    if (!probe.contains(QLatin1String("connect_timeout=")))
        probe += (probe.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) +
                 QStringLiteral("connect_timeout=5");
    return PQping(probe.toUtf8().constData()) == PQPING_OK;
}

QString ServerLogin::displayName(const QString& uri)
{
    if (auto address = ServerAddress::parse(uri); address)
        return address->displayName();
    return ServerUri::withoutPassword(uri);
}

} // namespace rapport::core
