#pragma once

#include "storage/ImportRow.h"

#include <QByteArray>

namespace rapport::core {

// The SQL of one import into a team server (ServerImportStore), built once for its table and
// the columns its file has. The rows of a chunk sit in the temporary table
// rapport_import_stage (line, then the table's columns); what each line does is in
// rapport_import_decision (line, action, id); the records the file claimed so far are in
// rapport_import_claimed (id, line; the id a bigint but for reps). The rules are ImportStore's
// for a file: a column the file
// lacks is neither compared nor written, except that a complaint keeps its stored resolved_at,
// a purchase, complaint or support row its product, and a customer its churned_at, and NULL
// and '' are both no value.
struct ServerImportSql
{
    QByteArray stageColumns; // "line, a, b, ..."
    QByteArray createStage;
    QByteArray createClaimed;
    // Each staged row with a key, or each with none and every stored record it may be, in line
    // order: line, the record's id as text (NULL: none), the line that claimed it (NULL:
    // none), whether it holds the row's values, a kept instant that contradicts the row (NULL:
    // none) and the row's instant it contradicts.
    QByteArray matchByKey;
    QByteArray matchByValues; // empty: every row of the table has a key
    // Adds the lines decided 'a' in line order, each with a new id from the table's identity
    // (one statement: no id crosses the socket), claims what it wrote, and answers the lines
    // it could not write (their key taken meanwhile, or by a record the login cannot see).
    QByteArray insert;
    QByteArray update; // the lines decided 'u'; empty: the file changes no column
    QByteArray claim;  // claims the records of the lines decided 'u' or 's'

    // `sequence`: the table's identity sequence (pg_get_serial_sequence), unused for reps.
    static ServerImportSql build(ImportTarget target, ImportColumns columns, const QByteArray& sequence = {});
    static QByteArray tableName(ImportTarget target);
    // "external_id", or "id" for reps.
    static QByteArray keyColumn(ImportTarget target);
};

} // namespace rapport::core
