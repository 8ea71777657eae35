#pragma once

#include "common/Result.h"
#include "storage/ImportBatch.h"
#include "storage/ImportLedger.h"
#include "storage/ImportRow.h"
#include "storage/ImportRowComparison.h"
#include "storage/ImportTransaction.h"
#include "storage/ServerImportStore.h"
#include "storage/SqliteStatementCache.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace rapport::core {

class Database;

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
    // The database id of the product with this external_id, if there is one (retired ones
    // too: history may name them). The catalogue is read once, when an interactions import begins.
    Result<std::optional<qint64>> productId(QByteArrayView externalId);
    // Creates the rep named after its id unless it exists; true when it was created.
    Result<bool> ensureRep(QByteArrayView id);

    // Write one validated row. Customers, interactions, survey responses and products with an
    // external_id are collected and written 64 at a time by one multi-row INSERT (one
    // statement instead of 64 is about half the cost per row); a batch is written when it
    // is full, before a row that must be matched by its values, and by flush() and commit().
    Status putRep(const RepImportRow& row);
    Status putCustomer(const CustomerImportRow& row);
    Status putInteraction(const InteractionImportRow& row);
    Status putSurvey(const SurveyImportRow& row);
    Status putProduct(const ProductImportRow& row);

    // Writes the rows still waiting in a batch; counts() covers every row put so far after it.
    Status flush();
    const ImportCounts& counts() const { return m_server ? m_server->counts() : m_ledger.counts(); }
    // The rows refused since the last call (they are neither written nor counted).
    std::vector<ImportStoreProblem> takeProblems()
    {
        return m_server ? m_server->takeProblems() : m_ledger.takeProblems();
    }
    // Whether this login may write only one rep's rows (a rep on a team server): a customer it
    // does not find may still exist, as another rep's.
    bool ownRowsOnly() const { return m_server && m_server->ownRowsOnly(); }

private:
    // What the import does with one table: its statements and the words of its errors.
    struct Target;
    static const Target& target(ImportTarget table);
    // The stored row a row of the file landed on: its id, whether it holds the row's values,
    // and the row as it will be written (values the file has no column for kept as stored).
    template <typename Row> struct Found
    {
        qint64 id = 0;
        bool same = false;
        Row merged;
    };

    Result<SqliteStatement*> statement(int slot, QByteArrayView sql);
    // The largest id of the target table: rows a batch adds get larger ones.
    Result<qint64> maxId(const Target& target);
    // Runs the multi-row INSERT ... ON CONFLICT DO NOTHING of a batch; returns the rows added.
    template <typename Row>
    Result<int> insertBatch(const Target& target, const std::vector<Row>& rows, std::size_t capacity);
    // Writes a batch with one multi-row INSERT and matches the rows whose external_id was taken.
    template <typename Row> Status flushBatch(ImportBatch<Row>& batch, const Target& target);
    // Adds a row with an external_id to its batch, written when full.
    template <typename Row>
    Status batched(ImportBatch<Row>& batch, const Row& row, Status (ImportStore::*flush)());
    // The statement that finds the stored rows a row without external_id may be, after the
    // rows before it were written and the index the lookup searches was built.
    Result<SqliteStatement*> lookupByValues(Status (ImportStore::*flush)(), const char* index, int slot,
                                            const QByteArray& sql);
    Status flushCustomers();
    Status flushInteractions();
    Status flushSurveys();
    Status flushProducts();
    Status loadProducts();
    // The stored row with `key` (an external_id, a rep's id), if any, compared with `row`.
    template <typename Row>
    Result<std::optional<Found<Row>>> findByKey(const Target& target, QByteArrayView key, const Row& row);
    // A row whose external_id was already taken when its batch was written: it is either the
    // row the batch itself added (its id above `maxBefore`, not yet claimed by an earlier row
    // of the file), or an existing row it is compared with and updated when it differs.
    template <typename Row> Status matchTaken(const Target& target, const Row& row, qint64 maxBefore);
    // A row without external_id that `find` (bound to its values) may find among stored rows
    // that have none either: updated when one is picked, inserted when none is.
    template <typename Row>
    Status matchByValues(const Target& target, SqliteStatement& find, const Row& row,
                         const QString& duplicateWhy, const QString& ambiguousWhat);
    // Writes a matched row whose values differ (or counts it unchanged) and records it as matched.
    template <typename Row> Status update(const Target& target, qint64 id, const Row& row, bool same);
    // Inserts a new row and records it as added.
    template <typename Row> Status insert(const Target& target, const Row& row);

    Database& m_db;
    // On a team server the import is ServerImportStore's; the members below serve a file.
    std::unique_ptr<ServerImportStore> m_server;
    sqlite3* m_handle = nullptr;
    ImportTransaction m_transaction;
    SqliteStatementCache m_statements;
    // UPDATE statements that set only the columns the file has, by statement slot.
    std::vector<QByteArray> m_updateSql;
    QSet<QByteArray> m_knownReps;
    QHash<QByteArray, qint64> m_productIds; // external_id -> id, for an interactions file
    ImportRowComparison m_compare;
    ImportLedger m_ledger;
    ImportBatch<CustomerImportRow> m_customers;
    ImportBatch<InteractionImportRow> m_interactions;
    ImportBatch<SurveyImportRow> m_surveys;
    ImportBatch<ProductImportRow> m_products;
};

} // namespace rapport::core
