#pragma once

#include "storage/Tables.h"

#include <QByteArrayView>

namespace rapport::core {

// Rows as the CSV importer hands them over: text as UTF-8 views (empty = no value,
// stored as NULL), instants as Unix seconds UTC, money as cents. Validated already.
// `line` is the line of the file the row starts on, for the problems the store finds.
// The fields are the table's columns (Tables.h), in the column order of interchange.md,
// which ImportColumns counts in.
struct RepImportRow : tables::RepFields<QByteArrayView>
{
    qint64 line = 0;
};

struct CustomerImportRow : tables::CustomerFields<QByteArrayView>
{
    qint64 line = 0;
};

struct InteractionImportRow : tables::InteractionFields<QByteArrayView>
{
    qint64 line = 0;
};

struct SurveyImportRow : tables::SurveyFields<QByteArrayView>
{
    qint64 line = 0;
};

struct ProductImportRow : tables::ProductFields<QByteArrayView>
{
    qint64 line = 0;
};

// The table an import writes to.
enum class ImportTarget { Reps, Customers, Interactions, Surveys, Products };

// The columns the file has: bit i is the i-th column of the row (and of interchange.md),
// counting from 0 after `line`. A matched row's columns that the file lacks keep their
// stored values; new rows get no value there (a rep's role: rep).
using ImportColumns = quint32;
constexpr ImportColumns kAllImportColumns = ~ImportColumns(0);

} // namespace rapport::core
