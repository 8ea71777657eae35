#pragma once

#include "storage/ImportRow.h"

namespace rapport::core {

class SqliteStatement;

// Compares a stored row with a row of the file, for the columns the file has. The stored row
// is read the Tables.h way (selectSql: the id, then the table's columns). NULL and '' both
// mean "no value".
class ImportRowComparison
{
public:
    void setColumns(ImportColumns columns) { m_columns = columns; }
    // Whether the file has column `column` (a position of Tables.h).
    bool has(int column) const { return (m_columns >> column) & 1U; }
    // Whether an interaction of this kind may name a product (purchase, complaint, support).
    static bool takesProduct(QByteArrayView kind);

    // The row as it will be written over the stored one: values the file has no column for
    // and that the row must keep are taken from the stored row (a customer's churned_at, a
    // complaint's resolved_at, the product of a purchase, complaint or support row).
    RepImportRow merged(const SqliteStatement&, const RepImportRow& row) const { return row; }
    CustomerImportRow merged(const SqliteStatement& stored, const CustomerImportRow& row) const;
    InteractionImportRow merged(const SqliteStatement& stored, const InteractionImportRow& row) const;
    SurveyImportRow merged(const SqliteStatement&, const SurveyImportRow& row) const { return row; }
    ProductImportRow merged(const SqliteStatement&, const ProductImportRow& row) const { return row; }

    // Whether the stored row already holds `row` (merged first).
    bool same(const SqliteStatement& stored, const RepImportRow& row) const;
    bool same(const SqliteStatement& stored, const CustomerImportRow& row) const;
    bool same(const SqliteStatement& stored, const InteractionImportRow& row) const;
    bool same(const SqliteStatement& stored, const SurveyImportRow& row) const;
    bool same(const SqliteStatement& stored, const ProductImportRow& row) const;

private:
    ImportColumns m_columns = kAllImportColumns;
};

} // namespace rapport::core
