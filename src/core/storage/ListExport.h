#pragma once

#include "common/Result.h"
#include "storage/ExportStore.h"

#include <QSqlQuery>

#include <functional>
#include <span>

namespace rapport::core {

// Streams the rows of an executed list query as ExportValues, for CsvExporter::exportRows:
// integer columns (instants, cents) as integers, the others as UTF-8 text. The lists'
// stores use it to export what a list shows, with its filter and order.
Status forEachExportRow(QSqlQuery& query, std::span<const bool> integerColumns,
                        const std::function<bool(std::span<const ExportValue>)>& row);

} // namespace rapport::core
