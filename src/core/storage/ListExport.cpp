#include "storage/ListExport.h"

#include <QSqlError>

#include <vector>

namespace rapport::core {

Status forEachExportRow(QSqlQuery& query, std::span<const bool> integerColumns,
                        const std::function<bool(std::span<const ExportValue>)>& row)
{
    const std::size_t columns = integerColumns.size();
    std::vector<QByteArray> texts(columns); // keeps the UTF-8 alive while `row` reads it
    std::vector<ExportValue> values(columns);
    while (query.next()) {
        for (std::size_t c = 0; c < columns; ++c) {
            const QVariant v = query.value(static_cast<int>(c));
            ExportValue& out = values[c];
            out.isNull = v.isNull();
            out.integer = 0;
            out.text = {};
            if (out.isNull)
                continue;
            if (integerColumns[c]) {
                out.integer = v.toLongLong();
            } else {
                texts[c] = v.toString().toUtf8();
                out.text = QByteArrayView(texts[c]);
            }
        }
        if (!row(values))
            return {};
    }
    if (query.lastError().isValid())
        return Error::make(QStringLiteral("Reading the list to export failed: %1").arg(query.lastError().text()),
                           query.lastQuery());
    return {};
}

} // namespace rapport::core
