#pragma once

#include "interchange/CsvFormat.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <vector>

namespace rapport::core {

class CsvRecord;

// The columns a CSV file's header names, matched with the contract's columns of a kind
// (interchange.md) through the user's mapping of the file's names (the import wizard's).
struct CsvHeaderMap
{
    std::vector<int> index;                  // per contract column: the file's column, or -1
    QHash<QString, QString> fileColumnNames; // contract name -> the file's own, where mapped
    QStringList warnings;                    // columns ignored (unknown, or without a name)
    QString problem;                         // why the file cannot be read; empty when it can

    // `columnMapping`: the file's name -> the contract's (empty: ignore the column).
    static CsvHeaderMap match(CsvKind kind, const CsvRecord& header,
                              const QHash<QString, QString>& columnMapping);
};

} // namespace rapport::core
