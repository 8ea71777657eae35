#include "storage/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <algorithm>
#include <libpq-fe.h>
#include <memory>

namespace rapport::core {
namespace {

struct ConninfoFree
{
    void operator()(PQconninfoOption* options) const { PQconninfoFree(options); }
};

// A value as a libpq connection string wants it: in single quotes, \ and ' escaped.
QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// libpq's message may quote the URI, password and all: cut everything after the first colon
// of "invalid ... in URI: \"...\"" style messages.
QString withoutUri(const QString& message, const QString& uri)
{
    QString text = message.trimmed();
    if (text.contains(uri))
        text.replace(uri, QStringLiteral("(the address)"));
    return text;
}

} // namespace

bool ServerAddress::isServerAddress(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<ServerAddress> ServerAddress::parse(const QString& uri)
{
    char* message = nullptr;
    const QByteArray utf8 = uri.toUtf8();
    std::unique_ptr<PQconninfoOption, ConninfoFree> options(PQconninfoParse(utf8.constData(), &message));
    if (!options) {
        const QString why = message ? withoutUri(QString::fromUtf8(message), uri) : QString();
        PQfreemem(message);
        return Error::make(
            QCoreApplication::translate("rapport::core::ServerAddress",
                                        "The server address is not a valid PostgreSQL connection URI%1")
                .arg(why.isEmpty() ? QStringLiteral(".") : QStringLiteral(": ") + why));
    }
    ServerAddress address;
    for (const PQconninfoOption* o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == QLatin1String("host"))
            address.m_host = value;
        else if (key == QLatin1String("port")) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok || address.m_port <= 0 || address.m_port > 65535)
                return Error::make(QCoreApplication::translate("rapport::core::ServerAddress",
                                                               "The server address has an invalid port: %1.")
                                       .arg(value));
        } else if (key == QLatin1String("dbname"))
            address.m_database = value;
        else if (key == QLatin1String("user"))
            address.m_user = value;
        else if (key == QLatin1String("password"))
            address.m_password = value;
        else {
            if (key == QLatin1String("service"))
                address.m_service = value;
            address.m_options << key + QLatin1Char('=') + quoted(value);
        }
    }
    return address;
}

QString ServerAddress::displayName() const
{
    QString where =
        m_host.startsWith(QLatin1Char('/')) ? QStringLiteral("local socket %1").arg(m_host) : m_host;
    if (where.isEmpty())
        where =
            m_service.isEmpty() ? QStringLiteral("localhost") : QStringLiteral("service %1").arg(m_service);
    if (m_port > 0 && !m_host.startsWith(QLatin1Char('/')))
        where += QLatin1Char(':') + QString::number(m_port);
    const QString who = m_user.isEmpty() ? QString() : m_user + QLatin1Char('@');
    const QString database = m_database.isEmpty() ? QString() : QLatin1Char('/') + m_database;
    return who + where + database;
}

QStringList ServerAddress::withKeepalives(QStringList options)
{
    // A server that vanishes without closing the connection (its machine or the network gone)
    // would leave a window waiting on TCP's defaults, two hours and more. Probing after 30 s
    // of silence, every 10 s, 3 times, and giving up on data unacknowledged for 60 s, the
    // window notices within about a minute and reconnects (DatabaseSession). A setting given
    // in the address wins. libpq ignores them on a local socket.
    const std::pair<const char*, const char*> defaults[] = {{"keepalives", "1"},
                                                            {"keepalives_idle", "30"},
                                                            {"keepalives_interval", "10"},
                                                            {"keepalives_count", "3"},
                                                            {"tcp_user_timeout", "60000"}};
    for (const auto& [key, value] : defaults) {
        const QString prefix = QString::fromLatin1(key) + QLatin1Char('=');
        const bool given = std::any_of(options.cbegin(), options.cend(),
                                       [&prefix](const QString& o) { return o.startsWith(prefix); });
        if (!given)
            options << prefix + QString::fromLatin1(value);
    }
    return options;
}

void ServerAddress::applyTo(QSqlDatabase& db) const
{
    db.setHostName(m_host);
    if (m_port > 0)
        db.setPort(m_port);
    db.setDatabaseName(m_database);
    db.setUserName(m_user);
    db.setPassword(m_password);
    // QPSQL appends these to its connection string, turning ';' into ' '.
    db.setConnectOptions(withKeepalives(m_options).join(QLatin1Char(';')));
}

} // namespace rapport::core
