#include "storage/TimeBuckets.h"

namespace rapport::core {

QString timeBucketCase(const QString& column, const std::vector<qint64>& bounds)
{
    QString sql = QStringLiteral("CASE");
    for (std::size_t k = 1; k + 1 < bounds.size(); ++k)
        sql += QStringLiteral(" WHEN %1 < %2 THEN %3").arg(column).arg(bounds[k]).arg(k - 1);
    return sql + QStringLiteral(" ELSE %1 END").arg(bounds.size() < 2 ? 0 : bounds.size() - 2);
}

} // namespace rapport::core
