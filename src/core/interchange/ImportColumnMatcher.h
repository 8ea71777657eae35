#pragma once

#include "interchange/CsvFormat.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace rapport::core {

// Guesses, from a CSV file's header, which kind of file it is and which of its columns
// holds each interchange.md column, so the import wizard can start from a sensible mapping.
// Names are compared normalised ("E-mail" = "email", "Customer no." = "customerno"), and a few
// common names other programs use are known per kind ("Customer" is a customer's name in a
// customers file but the customer reference in an interactions file).
class ImportColumnMatcher
{
public:
    // Lower case letters and digits only.
    static QString normalised(const QString& name);

    // For each column of csvColumns(kind), the index in `header` of the column that holds it,
    // or -1. Exact names win over known other names; a file column is used at most once.
    static std::vector<int> autoMap(CsvKind kind, const QStringList& header);

    // The kind whose required columns the header covers best; the file name breaks ties
    // ("customers-2026.csv").
    static CsvKind guessKind(const QStringList& header, const QString& fileName);

private:
    static QStringList otherNames(CsvKind kind, const char* column);
};

} // namespace rapport::core
