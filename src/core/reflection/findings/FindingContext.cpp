#include "reflection/findings/FindingContext.h"

#include <QCoreApplication>
#include <QLocale>

namespace rapport::core::findings {

QString FindingContext::scopeWords(const Scope& scope) const
{
    switch (scope.kind) {
    case Scope::Kind::Rep: {
        const auto it = repNames.find(scope.value);
        return QCoreApplication::translate("FindingContext", "the customers of %1")
            .arg(it != repNames.end() ? it->second : scope.value);
    }
    case Scope::Kind::Segment:
        return QCoreApplication::translate("FindingContext", "the %1 segment").arg(scope.value);
    case Scope::Kind::All:
        break;
    }
    return QCoreApplication::translate("FindingContext", "all customers");
}

QString tallyKey(FindingKind kind, const Scope& scope, const QString& subject)
{
    return QStringLiteral("%1|%2|%3").arg(toString(kind), scope.describe(), subject);
}

QString fmt(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals); // sentences read in the user's number format
}

FindingRecords records(const QString& table, const QString& description, const FindingsStore::IdList& list)
{
    return {table, description, list.ids, list.total};
}

qint64 minimumSample(Metric metric)
{
    return MetricCatalogue::of(metric).minimumSample;
}

} // namespace rapport::core::findings
