#include "interchange/CsvHeaderMap.h"

#include "interchange/CsvFormat.h"
#include "interchange/CsvReader.h"

#include <QCoreApplication>

namespace rapport::core {

CsvHeaderMap CsvHeaderMap::match(CsvKind kind, const CsvRecord& header,
                                 const QHash<QString, QString>& columnMapping)
{
    const auto& columns = csvColumns(kind);
    CsvHeaderMap map;
    map.index.assign(columns.size(), -1);
    QHash<QString, QString> mapping;
    for (auto it = columnMapping.cbegin(); it != columnMapping.cend(); ++it)
        mapping.insert(it.key().trimmed().toLower(), it.value().trimmed().toLower());
    QStringList missing;
    for (int i = 0; i < header.size(); ++i) {
        QString name = header.text(i).trimmed().toLower();
        if (const auto mapped = mapping.constFind(name); mapped != mapping.cend()) {
            if (mapped->isEmpty())
                continue; // the user chose to ignore this column
            // Problems in this column then name it as the file does ("Customer since"),
            // not by the contract's name the user never typed.
            if (*mapped != name)
                map.fileColumnNames.insert(*mapped, header.text(i).trimmed());
            name = *mapped;
        }
        std::size_t c = 0;
        while (c < columns.size() && name != QLatin1String(columns[c].name))
            ++c;
        if (c == columns.size()) {
            map.warnings << (name.isEmpty() ? QCoreApplication::translate(
                                                  "CsvImporter", "column %1 has no name and was ignored")
                                                  .arg(i + 1)
                                            : QCoreApplication::translate("CsvImporter",
                                                                          "unknown column \"%1\" was ignored")
                                                  .arg(name));
        } else if (map.index[c] >= 0) {
            map.problem = QCoreApplication::translate(
                              "CsvImporter", "line %1: the column \"%2\" appears twice in the header")
                              .arg(header.line())
                              .arg(name);
            return map;
        } else {
            map.index[c] = i;
        }
    }
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (columns[c].required && map.index[c] < 0)
            missing << QString::fromLatin1(columns[c].name);
    }
    if (!missing.isEmpty()) {
        map.problem = (missing.size() > 1
                           ? QCoreApplication::translate(
                                 "CsvImporter",
                                 "line %1: the header has no %2 columns (required in a %3 file; the first "
                                 "line must name the columns: %4)")
                           : QCoreApplication::translate(
                                 "CsvImporter",
                                 "line %1: the header has no %2 column (required in a %3 file; the first "
                                 "line must name the columns: %4)"))
                          .arg(header.line())
                          .arg(missing.join(QStringLiteral(", ")), toString(kind),
                               csvColumnNames(kind).join(QLatin1Char(',')));
    }
    return map;
}

} // namespace rapport::core
