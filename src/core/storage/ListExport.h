#pragma once

#include "common/Result.h"
#include "storage/ExportStore.h"

#include <QString>
#include <QVariantList>
#include <functional>
#include <span>

namespace rapport::core {

class Database;

// Runs a list's query (its filter as bound `values`, its order) and streams the rows as
// ExportValues, for CsvExporter::exportRows: the lists' stores use it to export what a list
// shows. Straight on SQLite, like ExportStore: through QtSql every cell became a QVariant
// and a QString, which made exporting millions of interactions several times slower.
// Values are typed as stored (integers: instants, cents, scores; text as UTF-8). One
// statement reads one snapshot of the database, whatever is written meanwhile.
Status forEachExportRow(const Database& db, const QString& statement, const QVariantList& values,
                        const std::function<bool(std::span<const ExportValue>)>& row);

} // namespace rapport::core
