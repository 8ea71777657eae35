#include "services/ServerUri.h"

#include <QUrl>
#include <QUrlQuery>

namespace rapport::core {
namespace {

const QString kScheme = QStringLiteral("postgresql://");

QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString decoded(const QString& value)
{
    return QUrl::fromPercentEncoding(value.toUtf8());
}

// The query's key=value pairs, decoded, in order.
QList<QPair<QString, QString>> queryItems(const QString& uri)
{
    QList<QPair<QString, QString>> items;
    const qsizetype question = uri.indexOf(QLatin1Char('?'));
    if (question < 0)
        return items;
    const QStringList pairs = uri.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0)
            items.append({decoded(pair), QString()});
        else
            items.append({decoded(pair.left(equals)), decoded(pair.mid(equals + 1))});
    }
    return items;
}

QString withQuery(const QString& base, const QList<QPair<QString, QString>>& items)
{
    QStringList pairs;
    for (const auto& [key, value] : items)
        pairs << encoded(key) + QLatin1Char('=') + encoded(value);
    return pairs.isEmpty() ? base : base + QLatin1Char('?') + pairs.join(QLatin1Char('&'));
}

} // namespace

QStringList ServerUri::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
            QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

QString ServerUri::build(const ServerUriParts& parts)
{
    QList<QPair<QString, QString>> query;
    QString authority;
    QString path = QStringLiteral("/");
    if (!parts.service.isEmpty()) {
        query.append({QStringLiteral("service"), parts.service});
    } else {
        if (!parts.user.isEmpty())
            authority = encoded(parts.user) + QLatin1Char('@');
        if (parts.host.startsWith(QLatin1Char('/'))) {
            // A socket folder is a path: libpq takes it from the query, not the authority.
            query.append({QStringLiteral("host"), parts.host});
            if (parts.port > 0)
                query.append({QStringLiteral("port"), QString::number(parts.port)});
        } else {
            const bool ipv6 = parts.host.contains(QLatin1Char(':'));
            authority += ipv6 ? QLatin1Char('[') + parts.host + QLatin1Char(']') : encoded(parts.host);
            if (parts.port > 0)
                authority += QLatin1Char(':') + QString::number(parts.port);
        }
        path += encoded(parts.database);
    }
    if (!parts.sslMode.isEmpty())
        query.append({QStringLiteral("sslmode"), parts.sslMode});
    for (const auto& option : parts.options) {
        if (option.first != QLatin1String("password"))
            query.append(option);
    }
    return withQuery(kScheme + authority + path, query);
}

ServerUriParts ServerUri::parse(const QString& uri)
{
    ServerUriParts parts;
    parts.port = 5432;
    QString rest = uri;
    if (rest.startsWith(kScheme))
        rest = rest.mid(kScheme.size());
    else if (rest.startsWith(QLatin1String("postgres://")))
        rest = rest.mid(11);
    const qsizetype question = rest.indexOf(QLatin1Char('?'));
    const QString beforeQuery = question < 0 ? rest : rest.left(question);
    const qsizetype slash = beforeQuery.indexOf(QLatin1Char('/'));
    QString authority = slash < 0 ? beforeQuery : beforeQuery.left(slash);
    parts.database = slash < 0 ? QString() : decoded(beforeQuery.mid(slash + 1));
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        parts.user = decoded(userInfo.section(QLatin1Char(':'), 0, 0));
        authority = authority.mid(at + 1);
    }
    QString portText;
    if (authority.startsWith(QLatin1Char('['))) {
        const qsizetype close = authority.indexOf(QLatin1Char(']'));
        parts.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(QLatin1Char(':')))
            portText = authority.mid(close + 2);
    } else {
        parts.host = decoded(authority.section(QLatin1Char(':'), 0, 0));
        portText = authority.section(QLatin1Char(':'), 1);
    }
    if (!portText.isEmpty())
        parts.port = portText.toInt();
    for (const auto& [key, value] : queryItems(uri)) {
        if (key == QLatin1String("service"))
            parts.service = value;
        else if (key == QLatin1String("host"))
            parts.host = value;
        else if (key == QLatin1String("port"))
            parts.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            parts.database = value;
        else if (key == QLatin1String("user"))
            parts.user = value;
        else if (key == QLatin1String("sslmode"))
            parts.sslMode = value;
        else if (key != QLatin1String("password"))
            parts.options.append({key, value});
    }
    return parts;
}

QString ServerUri::withPassword(const QString& uri, const QString& password)
{
    const QString clean = withoutPassword(uri);
    const QString item = QStringLiteral("password=") + encoded(password);
    return clean + (clean.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + item;
}

QString ServerUri::withoutPassword(const QString& uri)
{
    const qsizetype question = uri.indexOf(QLatin1Char('?'));
    QString base = question < 0 ? uri : uri.left(question);
    // user:password@ in the authority: keep the user.
    const qsizetype schemeEnd = base.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const qsizetype authorityStart = schemeEnd + 3;
        qsizetype authorityEnd = base.indexOf(QLatin1Char('/'), authorityStart);
        if (authorityEnd < 0)
            authorityEnd = base.size();
        const QString authority = base.mid(authorityStart, authorityEnd - authorityStart);
        if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
            const QString user = authority.left(at).section(QLatin1Char(':'), 0, 0);
            base = base.left(authorityStart) + user + authority.mid(at) + base.mid(authorityEnd);
        }
    }
    if (question < 0)
        return base;
    QStringList kept;
    const QStringList pairs = uri.mid(question + 1).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString& pair : pairs) {
        if (decoded(pair.section(QLatin1Char('='), 0, 0)) != QLatin1String("password"))
            kept << pair;
    }
    return kept.isEmpty() ? base : base + QLatin1Char('?') + kept.join(QLatin1Char('&'));
}

} // namespace rapport::core
