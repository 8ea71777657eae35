#pragma once

#include "storage/ImportRow.h"
#include "storage/Tables.h"

#include <QByteArray>

// The SQL of the import into a file (ImportStore): its statements, as texts built once from
// the table lists of Tables.h. Rows are read the way Tables.h lists them, the id first.
namespace rapport::core::import_statements {

extern const QByteArray kMaxRepId;
extern const QByteArray kMaxCustomerId;
extern const QByteArray kMaxInteractionId;
extern const QByteArray kMaxSurveyId;
extern const QByteArray kMaxProductId;
extern const QByteArray kFindCustomerId;
extern const QByteArray kFindRep;
extern const QByteArray kFindCustomer;
extern const QByteArray kFindInteraction;
extern const QByteArray kFindInteractionByIdentity;
extern const QByteArray kInsertRep;
extern const QByteArray kInsertCustomer;
extern const QByteArray kInsertInteraction;
extern const QByteArray kInsertSurvey;
extern const QByteArray kInsertProduct;
extern const QByteArray kFindProduct;
extern const QByteArray kFindSurvey;
extern const QByteArray kFindSurveyByKey;

// UPDATE table SET c = ?(c + 1), ... WHERE key = ?1 for the columns in `columns` after the
// first (the key). Parameter numbers stay those of the full row, so one binding serves all.
QByteArray partialUpdateSql(const tables::Table& table, ImportColumns columns, const char* key);
// INSERT INTO table (columns) VALUES (?, ...), (?, ...) ... ON CONFLICT (external_id) DO NOTHING
QByteArray batchInsertSql(const tables::Table& table, std::size_t rows);
const char* tableName(ImportTarget target);

} // namespace rapport::core::import_statements
