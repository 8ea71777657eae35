#pragma once

#include "storage/SqliteStatement.h"
#include "storage/Tables.h"

// Binding the rows of Tables.h to raw statements, once for the import and the demo generator.
// Storage internals only.
namespace rapport::core::tables {

// One value of a row: text, an integer or an optional integer.
inline void bindCell(SqliteStatement& s, int index, QByteArrayView text)
{
    s.bindTextOrNull(index, text); // an empty cell of a file is no value
}
inline void bindCell(SqliteStatement& s, int index, const char* text)
{
    s.bindText(index, text);
}
inline void bindCell(SqliteStatement& s, int index, qint64 value)
{
    s.bindInt(index, value);
}
inline void bindCell(SqliteStatement& s, int index, int value)
{
    s.bindInt(index, value);
}
inline void bindCell(SqliteStatement& s, int index, const std::optional<qint64>& value)
{
    s.bindOptional(index, value);
}

// Binds the columns of a row from column `from` on: column c goes to parameter base + c + 1.
template <typename Row> void bindColumns(SqliteStatement& s, const Row& row, int base, int from)
{
    std::apply(
        [&](const auto&... cell) {
            int column = 0;
            const auto one = [&](const auto& value) {
                if (column >= from)
                    bindCell(s, base + column + 1, value);
                ++column;
            };
            (one(cell), ...);
        },
        row.cells());
}

// The whole row from parameter base + 1, in the order of insertSql().
template <typename Row> void bindRow(SqliteStatement& s, const Row& row, int base)
{
    bindColumns(s, row, base, 0);
}

// The row's columns after its key (an UPDATE binds the row id as ?1 instead).
template <typename Row> void bindValues(SqliteStatement& s, const Row& row, int base)
{
    bindColumns(s, row, base, 1);
}

static_assert(std::tuple_size_v<decltype(RepFields<const char*>{}.cells())> == rep::Count);
static_assert(std::tuple_size_v<decltype(CustomerFields<const char*>{}.cells())> == customer::Count);
static_assert(std::tuple_size_v<decltype(InteractionFields<const char*>{}.cells())> == interaction::Count);
static_assert(std::tuple_size_v<decltype(SurveyFields<const char*>{}.cells())> == survey::Count);

} // namespace rapport::core::tables
