#pragma once

#include "common/Result.h"
#include "storage/ImportBatch.h"
#include "storage/ImportedRows.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QSet>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::core {

class Database;

// Rows as the CSV importer hands them over: text as UTF-8 views (empty = no value,
// stored as NULL), instants as Unix seconds UTC, money as cents. Validated already.
// `line` is the line of the file the row starts on, for the problems the store finds.
// The fields are in the column order of interchange.md, which ImportColumns counts in.
struct RepImportRow
{
    qint64 line = 0;
    QByteArrayView id;
    QByteArrayView name;
    QByteArrayView role; // "rep" or "manager"
};

struct CustomerImportRow
{
    qint64 line = 0;
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
    qint64 line = 0;
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
    qint64 line = 0;
    QByteArrayView externalId;
    qint64 customerId = 0;
    QByteArrayView survey; // canonical lower-case word
    int score = 0;
    qint64 respondedAt = 0;
    QByteArrayView comment;
    QByteArrayView category;
};

// What the rows written so far did: new rows, rows matched and changed, rows matched as they are.
struct ImportCounts
{
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
};

// The table an import writes to.
enum class ImportTarget { Reps, Customers, Interactions, Surveys };

// The columns the file has: bit i is the i-th column of the row (and of interchange.md),
// counting from 0 after `line`. A matched row's columns that the file lacks keep their
// stored values; new rows get no value there (a rep's role: rep).
using ImportColumns = quint32;
constexpr ImportColumns kAllImportColumns = ~ImportColumns(0);

// A valid row that cannot be written as it stands, found when it is matched with what is
// stored: it names a record an earlier row of the file named already, it matches several
// stored records, or a value it keeps contradicts one it changes.
struct ImportStoreProblem
{
    qint64 line = 0;
    QString column; // a column of interchange.md, or "row"
    QString reason;
};

enum class ImportOutcome { Added, Updated, Unchanged };

class ImportStore
{
public:
    explicit ImportStore(Database& db);
    ~ImportStore(); // rolls back what was not committed
    ImportStore(const ImportStore&) = delete;
    ImportStore& operator=(const ImportStore&) = delete;

    // BEGIN IMMEDIATE, and while the import runs: a bigger page cache, two sorter threads for
    // index builds, and no foreign-key probes (the store resolves every reference itself;
    // commit() and rollback() put the connection's settings back). When the target table
    // is empty, its secondary indexes are dropped and built again by commit(): sorting once
    // is far faster than growing them row by row. (An index that row matching searches is
    // built as soon as a row needs it.) Inside the transaction, so a rollback restores them.
    Status begin(ImportTarget target, ImportColumns columns = kAllImportColumns);
    Status commit();
    void rollback();

    // The database id of the customer with this external_id, if there is one.
    Result<std::optional<qint64>> customerId(QByteArrayView externalId);
    // Creates the rep named after its id unless it exists; true when it was created.
    Result<bool> ensureRep(QByteArrayView id);

    // Write one validated row. Customers, interactions and survey responses with an
    // external_id are collected and written 64 at a time by one multi-row INSERT (one
    // statement instead of 64 is about half the cost per row); a batch is written when it
    // is full, before a row that must be matched by its values, and by flush() and commit().
    Status putRep(const RepImportRow& row);
    Status putCustomer(const CustomerImportRow& row);
    Status putInteraction(const InteractionImportRow& row);
    Status putSurvey(const SurveyImportRow& row);

    // Writes the rows still waiting in a batch; counts() covers every row put so far after it.
    Status flush();
    const ImportCounts& counts() const { return m_counts; }
    // The rows refused since the last call (they are neither written nor counted).
    std::vector<ImportStoreProblem> takeProblems() { return std::exchange(m_problems, {}); }

private:
    Error sqliteError(const QString& what, sqlite3_stmt* statement) const;
    Result<sqlite3_stmt*> statement(sqlite3_stmt*& slot, const char* text);
    Status execute(const char* text);
    Status done(sqlite3_stmt* statement, const QString& what);
    void finalizeAll();
    int pragmaValue(const char* text, int fallback) const;
    // Puts back the connection's cache size, sorter threads and foreign-key enforcement.
    void restoreSettings();
    Status deferIndexes(ImportTarget target);
    // Builds a deferred index now, because a lookup is about to search it.
    Status needIndex(const char* name);
    // The largest id of the target table: rows a batch adds get larger ones.
    Result<qint64> maxId(sqlite3_stmt*& slot, const char* text);
    // Runs the multi-row INSERT ... ON CONFLICT DO NOTHING of a batch; returns the rows added.
    // `full` is the prepared statement for a full batch, a shorter one is prepared here.
    Result<int> insertBatch(sqlite3_stmt*& full, const char* table, const char* columns, int columnCount,
                            std::size_t rows, std::size_t capacity,
                            const std::function<void(sqlite3_stmt*, int base, std::size_t row)>& bind);
    // Where a batch goes: the slots of its prepared statements and its table's columns.
    struct BatchTable
    {
        sqlite3_stmt** insertSlot;
        sqlite3_stmt** maxIdSlot;
        const char* maxIdSql;
        const char* name;
        const char* columns;
        int columnCount;
    };
    // Writes a batch with one multi-row INSERT and matches the rows whose external_id was taken.
    template <typename Row>
    Status flushBatch(ImportBatch<Row>& batch, const BatchTable& table,
                      void (*bind)(sqlite3_stmt*, const Row&, int base),
                      Status (ImportStore::*match)(const Row&, qint64));
    Status flushCustomers();
    Status flushInteractions();
    Status flushSurveys();
    // A row whose external_id was already taken when its batch was written: it is either the
    // row the batch itself added (its id above `maxBefore`, not yet claimed by an earlier row
    // of the file), or an existing row it is compared with and updated when it differs.
    Status matchCustomer(const CustomerImportRow& row, qint64 maxBefore);
    Status matchInteraction(const InteractionImportRow& row, qint64 maxBefore);
    Status matchSurvey(const SurveyImportRow& row, qint64 maxBefore);
    // Whether `line` may compare and write stored record `id`: false when the row is done,
    // because its own batch added the record (above `maxBefore`, not claimed by an earlier
    // line) or because an earlier line of the file named it already (a problem).
    Result<bool> claim(qint64 id, qint64 maxBefore, qint64 line, const char* column);
    // A row without external_id found by its values among `candidates` (id, equal to the
    // row), in id order: the record to compare with, or nullopt when there is none or the
    // row was refused (a duplicate of an earlier line, or several records and none equal).
    struct Candidate
    {
        qint64 id;
        bool equal;
    };
    Result<std::optional<Candidate>> pick(const std::vector<Candidate>& candidates, qint64 line,
                                          bool& refused, const QString& duplicateWhy,
                                          const QString& ambiguousWhat);
    // Writes a matched row whose values differ (or counts it unchanged) and records it as matched.
    template <typename Row>
    Status update(sqlite3_stmt*& slot, const QByteArray& sql, qint64 id, const Row& row, bool same,
                  void (*bind)(sqlite3_stmt*, const Row&, int base), const QString& what);
    // Inserts a new row (its key as ?1, then its values) and records it as added.
    template <typename Row>
    Status insert(sqlite3_stmt*& slot, const char* sql, QByteArrayView key, const Row& row,
                  void (*bind)(sqlite3_stmt*, const Row&, int base), const QString& what);
    bool sameSurvey(sqlite3_stmt* found, const SurveyImportRow& row) const;
    void problem(qint64 line, const char* column, const QString& reason);
    bool has(int column) const { return (m_columns >> column) & 1U; }
    void count(ImportOutcome outcome);

    Database& m_db;
    sqlite3* m_handle = nullptr;
    bool m_open = false;
    int m_previousCacheSize = -2000;
    int m_previousThreads = 0;
    int m_previousForeignKeys = 1;
    QMap<QByteArray, QByteArray> m_deferredIndexes; // name -> CREATE INDEX, run before COMMIT
    QSet<QByteArray> m_knownReps;
    ImportCounts m_counts;
    ImportColumns m_columns = kAllImportColumns;
    ImportedRows m_rows;
    std::vector<ImportStoreProblem> m_problems;
    // UPDATE statements that set only the columns the file has.
    QByteArray m_updateRepSql;
    QByteArray m_updateCustomerSql;
    QByteArray m_updateInteractionSql;
    QByteArray m_updateSurveySql;
    ImportBatch<CustomerImportRow> m_customers;
    ImportBatch<InteractionImportRow> m_interactions;
    ImportBatch<SurveyImportRow> m_surveys;

    sqlite3_stmt* m_batchCustomers = nullptr;
    sqlite3_stmt* m_batchInteractions = nullptr;
    sqlite3_stmt* m_batchSurveys = nullptr;
    sqlite3_stmt* m_maxCustomerId = nullptr;
    sqlite3_stmt* m_maxInteractionId = nullptr;
    sqlite3_stmt* m_maxSurveyId = nullptr;
    sqlite3_stmt* m_findCustomer = nullptr;
    sqlite3_stmt* m_ensureRep = nullptr;
    sqlite3_stmt* m_findRep = nullptr;
    sqlite3_stmt* m_insertRep = nullptr;
    sqlite3_stmt* m_updateRep = nullptr;
    sqlite3_stmt* m_findCustomerRow = nullptr;
    sqlite3_stmt* m_insertCustomer = nullptr;
    sqlite3_stmt* m_updateCustomer = nullptr;
    sqlite3_stmt* m_findInteractionById = nullptr;
    sqlite3_stmt* m_findInteractionByIdentity = nullptr;
    sqlite3_stmt* m_insertInteraction = nullptr;
    sqlite3_stmt* m_updateInteraction = nullptr;
    sqlite3_stmt* m_findSurveyById = nullptr;
    sqlite3_stmt* m_findSurveyByKey = nullptr;
    sqlite3_stmt* m_insertSurvey = nullptr;
    sqlite3_stmt* m_updateSurvey = nullptr;
};

} // namespace rapport::core
