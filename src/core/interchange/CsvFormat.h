#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

// The four kinds of CSV file of interchange.md and their columns, in the order the
// exporter writes them. The import wizard uses this to offer a column mapping.
enum class CsvKind { Reps, Customers, Interactions, Surveys };

struct CsvColumn
{
    const char* name; // lower case, as in interchange.md
    bool required;
    const char* title; // what the window calls it ("Customer number"); translatable
    QString translatedTitle() const;
};

// "reps", "customers", "interactions", "surveys" (the CLI's words).
QString toString(CsvKind kind);
std::optional<CsvKind> csvKindFromString(const QString& text);
const std::vector<CsvColumn>& csvColumns(CsvKind kind);
QStringList csvColumnNames(CsvKind kind);

} // namespace rapport::core
