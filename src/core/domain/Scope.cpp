#include "domain/Scope.h"

namespace rapport::core {

QString Scope::kindName() const
{
    switch (kind) {
    case Kind::Rep:
        return QStringLiteral("rep");
    case Kind::Segment:
        return QStringLiteral("segment");
    case Kind::All:
        break;
    }
    return QStringLiteral("all");
}

Scope Scope::fromNames(const QString& kindText, const QString& value)
{
    if (kindText == QLatin1String("rep"))
        return rep(value);
    if (kindText == QLatin1String("segment"))
        return segment(value);
    return all();
}

QString Scope::describe() const
{
    return kind == Kind::All ? kindName() : kindName() + QLatin1Char(':') + value;
}

} // namespace rapport::core
