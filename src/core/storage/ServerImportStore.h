#pragma once

#include "common/Result.h"
#include "storage/DeferredIndexes.h"
#include "storage/ImportLedger.h"
#include "storage/ImportRow.h"
#include "storage/ServerImportSql.h"
#include "storage/ServerSql.h"

#include <QByteArray>
#include <QHash>
#include <QMap>
#include <QSet>
#include <optional>
#include <vector>

struct pg_conn;

namespace rapport::core {

class Database;

// The import into a team server, behind ImportStore (which hands over to it when the book is
// on a server). It gives the same answers as the file's store: the same rows added, updated
// or left alone, the same problems on the same lines. It works a chunk of rows at a time
// instead of row by row, because each statement crosses the socket:
//
//   put*()    the row goes into a chunk (COPY text) with its key and its identity;
//   a chunk   is sent by COPY into a temporary staging table, matched with the stored rows by
//             two joins (by key, and by values for rows without external_id), decided here
//             in file order (the ledger's rules: a file names each record once), and written
//             by one INSERT ... SELECT (which also takes the new ids and claims the records)
//             and one UPDATE ... FROM;
//   commit()  commits the one transaction; any failure, a cancel or a killed client leaves
//             the server as it was.
//
// The records claimed so far live in a temporary table on the server, so memory stays flat
// however long the file. The matches and the update look each row up by index: left to
// itself, the planner reads the whole table into a hash while it thinks the table small,
// which a table filled by this very transaction long seems (docs/performance.md).
//
// When the login owns the table and the table is empty, the table's secondary indexes are
// dropped and built again by commit(), as an import into a file does: building an index once
// is far faster than growing it row by row. That holds the table's exclusive lock until the
// import ends (teammates' reads of it wait); when the lock is not free within moments, the
// import goes on with the indexes in place. DDL is transactional: a failed, cancelled or
// killed import leaves the indexes as they were.
//
// A rep's login may write only the rep's own rows (team.md): a customer owned by someone else,
// an interaction naming another rep, or a reps or products file is refused row by row, as a
// validation problem, before the server's policies would refuse it.
class ServerImportStore
{
public:
    explicit ServerImportStore(Database& db);
    ~ServerImportStore(); // rolls back what was not committed
    ServerImportStore(const ServerImportStore&) = delete;
    ServerImportStore& operator=(const ServerImportStore&) = delete;

    Status begin(ImportTarget target, ImportColumns columns);
    Status commit();
    void rollback();

    Result<std::optional<qint64>> customerId(QByteArrayView externalId);
    Result<std::optional<qint64>> productId(QByteArrayView externalId);
    Result<bool> ensureRep(QByteArrayView id);

    Status putRep(const RepImportRow& row);
    Status putCustomer(const CustomerImportRow& row);
    Status putInteraction(const InteractionImportRow& row);
    Status putSurvey(const SurveyImportRow& row);
    Status putProduct(const ProductImportRow& row);

    Status flush();
    const ImportCounts& counts() const { return m_counts; }
    std::vector<ImportStoreProblem> takeProblems() { return std::exchange(m_problems, {}); }

    // Whether this login writes only one rep's rows (a customer it cannot see may exist).
    bool ownRowsOnly() const { return !m_seesAll; }

private:
    // A row of the chunk: its line, its key (external_id, a rep's id; empty when it has none)
    // and, for rows matched by their values, the values that identify it.
    struct Staged
    {
        qint64 line = 0;
        QByteArray key;
        QByteArray identity;
    };
    // What a row of the chunk does: 'a' adds record `id`, 'u' updates it, 's' finds it the same.
    struct Decision
    {
        qint64 line;
        char action;
        QByteArray id;
    };
    // One stored record a row may be (a row without key may have several).
    struct Candidate
    {
        qint64 line = 0;
        QByteArray id;                   // empty: no stored record
        std::optional<qint64> claimedBy; // the line of an earlier chunk that claimed it
        bool same = false;
        std::optional<qint64> kept; // a kept instant that contradicts the row (customers, interactions)
        qint64 at = 0;              // the row's instant it contradicts
    };

    template <typename Row> Status stage(const Row& row, QByteArrayView key, QByteArray identity);
    void problem(qint64 line, const char* column, const QString& reason);
    Status flushChunk();
    Result<std::vector<Candidate>> candidates(const QByteArray& sql);
    void decideKeyed(const Candidate& c, const Staged& row);
    void decideByValues(const std::vector<Candidate>& candidates, const Staged& row);
    Status write();
    Status run(const QByteArray& sql, const QString& what);
    // Whether the matches and the update may join by hashing or merging (else they look
    // each row up by index), for the rest of the transaction.
    Status joinByHashing(bool allowed);

    Database& m_db;
    pg_conn* m_conn = nullptr;
    bool m_open = false;
    ImportTarget m_target = ImportTarget::Customers;
    ImportColumns m_columns = kAllImportColumns;
    ServerImportSql m_sql;
    QByteArray m_hashJoin = "on"; // the session's enable_hashjoin and enable_mergejoin
    QByteArray m_mergeJoin = "on";
    bool m_stageAnalyzed = false;
    bool m_hashing = true;             // joinByHashing()
    DeferredIndexes m_deferredIndexes; // built again by commit()
    bool m_seesAll = true;
    QByteArray m_myRep;
    QHash<QByteArray, qint64> m_customerIds; // external_id -> id, of the customers this login sees
    QHash<QByteArray, qint64> m_productIds;  // external_id -> id, the whole catalogue
    QSet<QByteArray> m_knownReps;

    CopyText m_chunk;
    std::vector<Staged> m_staged;
    std::vector<Decision> m_decisions;
    // Within the chunk: records claimed (id -> line), keys and identities added (-> line).
    QHash<QByteArray, qint64> m_chunkClaimed;
    QHash<QByteArray, qint64> m_chunkAddedKeys;
    QHash<QByteArray, qint64> m_chunkAddedIdentities;

    ImportCounts m_counts;
    std::vector<ImportStoreProblem> m_problems;
};

} // namespace rapport::core
