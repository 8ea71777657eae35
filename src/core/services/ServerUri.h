#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace rapport::core {

// The parts of a team server's address as a form asks for them: either a host, port,
// database, login and TLS mode, or the name of an entry in the libpq service file.
struct ServerUriParts
{
    QString service; // not empty: the service form; host, port, database and user are unused
    QString host;    // a name, an IPv4 or IPv6 address, or a Unix socket folder (/run/postgresql)
    int port = 5432;
    QString database;
    QString user;
    QString sslMode = QStringLiteral("prefer");
    // Any other libpq parameters (connect_timeout, application_name, ...), kept in order.
    QList<QPair<QString, QString>> options;

    bool operator==(const ServerUriParts&) const = default;
};

// Builds and takes apart libpq connection URIs (postgresql://user@host:port/db?sslmode=...),
// every part percent-encoded with Qt's encoder, which libpq decodes. Pure functions of their
// arguments: no connection, no settings. A password only ever enters through withPassword().
class ServerUri
{
public:
    // The libpq sslmode values in order of strictness ("allow" is left out: it is only
    // ever weaker than "prefer").
    static QStringList sslModes();

    // postgresql://user@host:port/database?sslmode=... or postgresql:///?service=NAME.
    static QString build(const ServerUriParts& parts);
    // The parts of a URI build() made (or one like it); other parameters go to `options`.
    // A password in the URI is dropped.
    static ServerUriParts parse(const QString& uri);

    // `uri` with `password` as its password parameter (replacing any), for this session's
    // connections only.
    static QString withPassword(const QString& uri, const QString& password);
    // `uri` without a password anywhere (user info or query): what may be stored or shown.
    static QString withoutPassword(const QString& uri);
};

} // namespace rapport::core
