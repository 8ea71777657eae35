#include "storage/ScopeFilter.h"

#include "storage/RowReader.h"

namespace rapport::core {
namespace {

// The customers column a scope narrows by; empty for the whole book.
QString scopeColumn(const Scope& scope)
{
    switch (scope.kind) {
    case Scope::Kind::Rep:
        return QStringLiteral("owner");
    case Scope::Kind::Segment:
        return QStringLiteral("segment");
    case Scope::Kind::All:
        break;
    }
    return {};
}

} // namespace

QString scopeFilter(const Scope& scope, const QString& qualifier, const QString& parameter)
{
    const QString column = scopeColumn(scope);
    if (column.isEmpty())
        return {};
    return QStringLiteral(" AND ") + qualifier + column + QStringLiteral(" = ") + parameter;
}

QString scopeMemberFilter(const Scope& scope, const QString& column, const QString& parameter)
{
    const QString scopeBy = scopeColumn(scope);
    if (scopeBy.isEmpty())
        return {};
    return QStringLiteral(" AND ") + column + QStringLiteral(" IN (SELECT id FROM customers WHERE ") +
           scopeBy + QStringLiteral(" = ") + parameter + QLatin1Char(')');
}

void bindScope(RowReader& reader, const Scope& scope)
{
    if (scope.kind != Scope::Kind::All)
        reader.bindText(":scope", scope.value.toUtf8());
}

} // namespace rapport::core
