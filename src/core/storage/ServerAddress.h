#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

namespace rapport::core {

// Where a team server's database is: a libpq connection URI (postgresql://user@host/db?...)
// taken apart by libpq itself, so every parameter libpq knows (sslmode, connect_timeout,
// service, application_name, ...) passes through unchanged. The password, when the URI holds
// one, is kept in memory for this session only and never shown: displayName() and every
// message name the server without it.
class ServerAddress
{
public:
    // True for text that names a server rather than a file: a postgresql:// or postgres:// URI.
    static bool isServerAddress(const QString& text);
    // The URI's parts, or an error naming what libpq could not understand (without the
    // password).
    static Result<ServerAddress> parse(const QString& uri);

    // "alice@db.example:5432/rapport": who, where, which database; never the password.
    QString displayName() const;
    // Sets host, port, database, user, password and the other parameters on a QPSQL connection.
    void applyTo(QSqlDatabase& db) const;
    // `options` (key=value) with TCP keepalive settings added where they are not given.
    static QStringList withKeepalives(QStringList options);

    const QString& user() const { return m_user; }
    const QString& database() const { return m_database; }
    void setPassword(const QString& password) { m_password = password; }
    bool hasPassword() const { return !m_password.isEmpty(); }

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QString m_service;
    QStringList m_options; // key=value, quoted for a libpq connection string
};

} // namespace rapport::core
