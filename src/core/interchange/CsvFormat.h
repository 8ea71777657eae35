#pragma once

#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

// The kinds of CSV file of interchange.md and their columns, in the order the exporter writes
// them. The import wizard uses this to offer a column mapping. Products came last (issue 19):
// the numbers of the others are kept, the window's actions and the wizard store them.
enum class CsvKind { Reps, Customers, Interactions, Surveys, Products };

struct CsvColumn
{
    const char* name; // lower case, as in interchange.md
    bool required;
    const char* title; // what the window calls it ("Customer number"); translatable
    QString translatedTitle() const;
};

// "reps", "customers", "interactions", "surveys", "products" (the CLI's words).
QString toString(CsvKind kind);
std::optional<CsvKind> csvKindFromString(const QString& text);
const std::vector<CsvColumn>& csvColumns(CsvKind kind);
QStringList csvColumnNames(CsvKind kind);
// Every kind, in the order the command line and the window list them.
const std::vector<CsvKind>& csvKinds();

} // namespace rapport::core
