#pragma once

#include "domain/Scope.h"

#include <QString>

namespace rapport::core {

class RowReader;

// The condition a scope (a rep's book, a segment, or everything) puts on the customers table,
// for the QtSql stores and the raw metrics alike: " AND <qualifier>owner = <parameter>" (or
// segment), empty for the whole book. The value is always bound as `parameter`, never spliced.
QString scopeFilter(const Scope& scope, const QString& qualifier, const QString& parameter);

// For tables that reference customers by `column`: " AND column IN (SELECT id FROM customers
// WHERE owner = <parameter>)" (or segment), empty for the whole book.
QString scopeMemberFilter(const Scope& scope, const QString& column, const QString& parameter);

// Binds the scope's value as ":scope" to `reader`, the parameter those filters were given;
// nothing for the whole book, whose filters have none.
void bindScope(RowReader& reader, const Scope& scope);

} // namespace rapport::core
