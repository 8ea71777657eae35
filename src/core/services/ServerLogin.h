#pragma once

#include <QString>

namespace rapport::core {

// Why a team server turned a login away, as far as a password is concerned: libpq knows
// whether the server asked for a password none of ~/.pgpass, PGPASSWORD, the service file or
// the address supplied, or whether the one supplied was refused (SQLSTATE 28P01). The
// window asks for a password in those two cases only.
enum class PasswordProblem {
    None,     // connected, or failed for another reason (no server, no such database, ...)
    Missing,  // the server asks for a password and none was found
    Rejected, // a password was sent and refused
};

class ServerLogin
{
public:
    // Connects once to `uri` with libpq and reports what the password had to do with the
    // outcome. Call it after opening failed; it blocks like a connection does (a worker).
    static PasswordProblem passwordProblem(const QString& uri);
    // True when the server at `uri` accepts connections again (PQping; no login is made).
    // Blocks like a connection does: call it on a worker.
    static bool isReachable(const QString& uri);
    // "alice@db.example:5432/rapport" for `uri`, never its password; the URI without its
    // password when it cannot be read.
    static QString displayName(const QString& uri);
};

} // namespace rapport::core
