#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QSet>

#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::core {

class Database;

// Rows as the CSV importer hands them over: text as UTF-8 views (empty = no value,
// stored as NULL), instants as Unix seconds UTC, money as cents. Validated already.
struct RepImportRow
{
    QByteArrayView id;
    QByteArrayView name;
    QByteArrayView role; // "rep" or "manager"
};

struct CustomerImportRow
{
    QByteArrayView externalId;
    QByteArrayView name;
    QByteArrayView company;
    QByteArrayView email;
    QByteArrayView phone;
    QByteArrayView segment;
    QByteArrayView owner;
    qint64 acquiredAt = 0;
    std::optional<qint64> churnedAt;
};

struct InteractionImportRow
{
    QByteArrayView externalId;
    qint64 customerId = 0;
    QByteArrayView repId;
    QByteArrayView kind; // canonical lower-case word
    qint64 occurredAt = 0;
    std::optional<qint64> amountCents;
    QByteArrayView category;
    QByteArrayView notes;
    std::optional<qint64> resolvedAt;
};

struct SurveyImportRow
{
    QByteArrayView externalId;
    qint64 customerId = 0;
    QByteArrayView survey; // canonical lower-case word
    int score = 0;
    qint64 respondedAt = 0;
    QByteArrayView comment;
    QByteArrayView category;
};

enum class ImportOutcome { Added, Updated, Unchanged };

// The table an import writes to.
enum class ImportTarget { Reps, Customers, Interactions, Surveys };

// The SQL of CSV import: one write transaction, prepared statements reused for every row,
// on the raw SQLite handle for speed. Rows are matched as interchange.md says (reps by id,
// customers by external_id, interactions and survey responses by external_id, survey
// responses without one by (customer, survey, responded_at), interactions without one
// by all their values); a matched row is updated when the file says something else.
class ImportStore
{
public:
    explicit ImportStore(Database& db);
    ~ImportStore(); // rolls back what was not committed
    ImportStore(const ImportStore&) = delete;
    ImportStore& operator=(const ImportStore&) = delete;

    // BEGIN IMMEDIATE, and a bigger page cache while the import runs. When the target table
    // is empty, its secondary indexes are dropped and built again by commit(): sorting once
    // is far faster than growing them row by row. (An index that row matching searches is
    // built as soon as a row needs it.) Inside the transaction, so a rollback restores them.
    Status begin(ImportTarget target);
    Status commit();
    void rollback();

    // The database id of the customer with this external_id, if there is one.
    Result<std::optional<qint64>> customerId(QByteArrayView externalId);
    // Creates the rep named after its id unless it exists; true when it was created.
    Result<bool> ensureRep(QByteArrayView id);

    Result<ImportOutcome> putRep(const RepImportRow& row);
    Result<ImportOutcome> putCustomer(const CustomerImportRow& row);
    Result<ImportOutcome> putInteraction(const InteractionImportRow& row);
    Result<ImportOutcome> putSurvey(const SurveyImportRow& row);

private:
    Error sqliteError(const QString& what, sqlite3_stmt* statement) const;
    Result<sqlite3_stmt*> statement(sqlite3_stmt*& slot, const char* text);
    Status execute(const char* text);
    Status done(sqlite3_stmt* statement, const QString& what);
    void finalizeAll();
    Status deferIndexes(ImportTarget target);
    // Builds a deferred index now, because a lookup is about to search it.
    Status needIndex(const char* name);
    // Inserts a row whose external_id is new; false when the external_id is taken.
    Result<bool> insertNew(sqlite3_stmt*& slot, const char* text, QByteArrayView externalId,
                           const std::function<void(sqlite3_stmt*)>& bind);

    Database& m_db;
    sqlite3* m_handle = nullptr;
    bool m_open = false;
    int m_previousCacheSize = -2000;
    QMap<QByteArray, QByteArray> m_deferredIndexes; // name -> CREATE INDEX, run before COMMIT
    QSet<QByteArray> m_knownReps;

    sqlite3_stmt* m_insertCustomerNew = nullptr;
    sqlite3_stmt* m_insertInteractionNew = nullptr;
    sqlite3_stmt* m_insertSurveyNew = nullptr;
    sqlite3_stmt* m_findCustomer = nullptr;
    sqlite3_stmt* m_ensureRep = nullptr;
    sqlite3_stmt* m_findRep = nullptr;
    sqlite3_stmt* m_insertRep = nullptr;
    sqlite3_stmt* m_updateRep = nullptr;
    sqlite3_stmt* m_findCustomerRow = nullptr;
    sqlite3_stmt* m_insertCustomer = nullptr;
    sqlite3_stmt* m_updateCustomer = nullptr;
    sqlite3_stmt* m_findInteractionById = nullptr;
    sqlite3_stmt* m_findInteractionByValues = nullptr;
    sqlite3_stmt* m_insertInteraction = nullptr;
    sqlite3_stmt* m_updateInteraction = nullptr;
    sqlite3_stmt* m_findSurveyById = nullptr;
    sqlite3_stmt* m_findSurveyByKey = nullptr;
    sqlite3_stmt* m_insertSurvey = nullptr;
    sqlite3_stmt* m_updateSurvey = nullptr;
};

} // namespace rapport::core
