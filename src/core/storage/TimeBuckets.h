#pragma once

#include <QString>
#include <vector>

namespace rapport::core {

// "CASE WHEN col < b1 THEN 0 WHEN col < b2 THEN 1 … ELSE n-1 END" for the buckets
// [bounds[k], bounds[k+1]) (unix seconds): a GROUP BY over months in one pass, written the same
// for SQLite and PostgreSQL (no date functions, which the engines spell differently). The
// caller's WHERE keeps rows inside [bounds.front(), bounds.back()). The bounds are integers the
// code computed, never user text. Storage only.
QString timeBucketCase(const QString& column, const std::vector<qint64>& bounds);

} // namespace rapport::core
