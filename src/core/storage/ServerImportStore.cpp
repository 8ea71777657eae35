#include "storage/ServerImportStore.h"

#include "storage/Database.h"
#include "storage/ServerCursor.h"
#include "storage/ServerImportSql.h"
#include "storage/Tables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>
#include <libpq-fe.h>
#include <type_traits>
#include <utility>

namespace rapport::core {
namespace {

using namespace tables;

// Rows per chunk. Each chunk costs statements and round trips of its own (the TRUNCATE alone
// about 10 ms), lost in 20,000 rows; its COPY text (about 2 MiB) and the answers still keep
// the client's memory small and flat (docs/performance.md: 50,000 was no faster, and took
// 14 MiB more).
constexpr std::size_t kChunkRows = 20000;

// The indexes that row matching searches for rows without an external_id: when they were
// deferred, they are built as soon as a chunk has such a row.
QByteArray lookupIndex(ImportTarget target)
{
    if (target == ImportTarget::Interactions)
        return "interactions_customer_time";
    if (target == ImportTarget::Surveys)
        return "survey_customer";
    return {};
}

void appendCell(CopyText& out, QByteArrayView text)
{
    out.textOrNull(text);
}
void appendCell(CopyText& out, qint64 value)
{
    out.integer(value);
}
void appendCell(CopyText& out, const std::optional<qint64>& value)
{
    if (value)
        out.integer(*value);
    else
        out.null();
}

QString formatUtc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QByteArray n(qint64 v)
{
    return QByteArray::number(v);
}

} // namespace

ServerImportStore::ServerImportStore(Database& db) : m_db(db) {}

ServerImportStore::~ServerImportStore()
{
    rollback();
}

Status ServerImportStore::run(const QByteArray& sql, const QString& what)
{
    return serverRun(m_conn, sql, what);
}

Status ServerImportStore::begin(ImportTarget target, ImportColumns columns)
{
    m_conn = m_db.serverHandle();
    if (!m_conn)
        return Error::make(QCoreApplication::translate("rapport::core::ServerImportStore",
                                                       "There is no connection to the team server."));
    if (PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        return Error::make(QCoreApplication::translate("rapport::core::ServerImportStore",
                                                       "An import cannot start inside another transaction."));
    m_target = target;
    m_columns = columns;
    m_counts = {};
    m_problems.clear();
    m_knownReps.clear();
    m_customerIds.clear();
    m_productIds.clear();
    m_deferredIndexes.forget();
    m_stageAnalyzed = false;
    m_hashing = true;
    if (Status s = run("BEGIN", QCoreApplication::translate("rapport::core::ServerImportStore",
                                                            "Starting the import failed"));
        !s)
        return s;
    m_open = true;
    const QString failed =
        QCoreApplication::translate("rapport::core::ServerImportStore", "Preparing the import failed");
    // One import at a time per book: two imports of one file would each find the other's rows
    // missing and add them twice. Other writes go on meanwhile.
    if (Status s = run("SELECT pg_advisory_xact_lock(hashtext('rapport import'))", failed); !s)
        return s;
    auto who =
        serverExec(m_conn,
                   "SELECT rapport_sees_all(), coalesce(rapport_my_rep(), ''), current_setting("
                   "'enable_hashjoin'), current_setting('enable_mergejoin'), coalesce(pg_get_serial_sequence("
                   "$1, 'id'), '')",
                   failed, {ServerImportSql::tableName(target)});
    if (!who)
        return who.error();
    m_seesAll = who->text(0, 0) == QByteArrayView("t");
    m_myRep = who->text(0, 1).toByteArray();
    m_hashJoin = who->text(0, 2).toByteArray();
    m_mergeJoin = who->text(0, 3).toByteArray();
    m_sql = ServerImportSql::build(target, columns, who->text(0, 4).toByteArray());
    const ServerImportSql& sql = m_sql;
    for (const QByteArray& create :
         {sql.createStage,
          QByteArray(
              "CREATE TEMP TABLE rapport_import_decision (line bigint PRIMARY KEY, action text, id text)"
              " ON COMMIT DROP"),
          sql.createClaimed}) {
        if (Status s = run(create, failed); !s)
            return s;
    }
    if (m_seesAll) {
        if (Status s = m_deferredIndexes.defer(m_conn, ServerImportSql::tableName(target)); !s)
            return s;
    }
    {
        ServerCursor reps(m_conn, QStringLiteral("SELECT id FROM reps"));
        while (reps.next())
            m_knownReps.insert(reps.text(0).toByteArray());
        if (reps.failed())
            return reps.error(failed);
    }
    if (target == ImportTarget::Interactions || target == ImportTarget::Surveys) {
        // Every row names a customer: ask once for all of them (those this login sees).
        ServerCursor customers(m_conn, QStringLiteral("SELECT external_id, id FROM customers"));
        while (customers.next())
            m_customerIds.insert(customers.text(0).toByteArray(), customers.integer(1));
        if (customers.failed())
            return customers.error(failed);
    }
    if (target == ImportTarget::Interactions) {
        // Likewise the catalogue, which every login reads (team.md).
        ServerCursor products(m_conn, QStringLiteral("SELECT external_id, id FROM products"));
        while (products.next())
            m_productIds.insert(products.text(0).toByteArray(), products.integer(1));
        if (products.failed())
            return products.error(failed);
    }
    return {};
}

Status ServerImportStore::commit()
{
    if (!m_open)
        return Error::make(QCoreApplication::translate("rapport::core::ServerImportStore",
                                                       "There is no import transaction to commit."));
    if (Status s = flush(); !s) {
        rollback();
        return s;
    }
    // The deferred indexes, built once over all the rows.
    if (Status s = m_deferredIndexes.buildAll(m_conn); !s) {
        rollback();
        return s;
    }
    if (Status s = m_deferredIndexes.beforeCommit(m_conn); !s) {
        rollback();
        return s;
    }
    m_open = false;
    if (Status s = run("COMMIT", QCoreApplication::translate("rapport::core::ServerImportStore",
                                                             "Committing the import failed"));
        !s)
        return s;
    m_deferredIndexes.afterCommit(m_conn);
    return {};
}

void ServerImportStore::rollback()
{
    m_chunk.clear();
    m_staged.clear();
    m_decisions.clear();
    m_deferredIndexes.forget(); // the rollback brings them back
    if (!m_open)
        return;
    m_open = false;
    if (m_conn && PQstatus(m_conn) == CONNECTION_OK)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

Result<std::optional<qint64>> ServerImportStore::customerId(QByteArrayView externalId)
{
    const auto it = m_customerIds.constFind(externalId.toByteArray());
    if (it == m_customerIds.constEnd())
        return std::optional<qint64>();
    return std::optional<qint64>(*it);
}

Result<std::optional<qint64>> ServerImportStore::productId(QByteArrayView externalId)
{
    // A view of the cell, not a copy: an interactions file may name a product on every row.
    const auto it = m_productIds.constFind(QByteArray::fromRawData(externalId.data(), externalId.size()));
    if (it == m_productIds.constEnd())
        return std::optional<qint64>();
    return std::optional<qint64>(*it);
}

Result<bool> ServerImportStore::ensureRep(QByteArrayView id)
{
    const QByteArray rep = id.toByteArray();
    // A rep's login sees only its own rep and names no other (its rows are refused instead).
    if (m_knownReps.contains(rep) || !m_seesAll)
        return false;
    auto r = serverExec(
        m_conn, "INSERT INTO reps (id, name, role) VALUES ($1, $1, 'rep') ON CONFLICT DO NOTHING",
        QCoreApplication::translate("rapport::core::ServerImportStore", "Creating a rep failed"), {rep});
    if (!r)
        return r.error();
    m_knownReps.insert(rep);
    return r->affectedRows() > 0;
}

void ServerImportStore::problem(qint64 line, const char* column, const QString& reason)
{
    m_problems.push_back({line, QString::fromLatin1(column), reason});
}

template <typename Row>
Status ServerImportStore::stage(const Row& row, QByteArrayView key, QByteArray identity)
{
    m_chunk.integer(row.line);
    std::apply([&](const auto&... cell) { (appendCell(m_chunk, cell), ...); }, row.cells());
    m_chunk.endRow();
    m_staged.push_back({row.line, key.toByteArray(), std::move(identity)});
    return m_staged.size() >= kChunkRows ? flushChunk() : Status();
}

Status ServerImportStore::putRep(const RepImportRow& row)
{
    if (!m_seesAll) {
        problem(row.line, "id",
                QStringLiteral(
                    "a rep's login cannot add or change reps: a manager or an admin imports the reps file"));
        return {};
    }
    return stage(row, row.id, {});
}

Status ServerImportStore::putCustomer(const CustomerImportRow& row)
{
    if (!m_seesAll && row.owner != QByteArrayView(m_myRep)) {
        problem(row.line, "owner",
                QStringLiteral("a rep's login imports only its own customers: the owner must be %1")
                    .arg(QString::fromUtf8(m_myRep)));
        return {};
    }
    return stage(row, row.externalId, {});
}

Status ServerImportStore::putInteraction(const InteractionImportRow& row)
{
    if (!m_seesAll && !row.repId.isEmpty() && row.repId != QByteArrayView(m_myRep)) {
        problem(row.line, "rep",
                QStringLiteral("a rep's login imports only its own interactions: the rep must be %1 or empty")
                    .arg(QString::fromUtf8(m_myRep)));
        return {};
    }
    QByteArray identity;
    if (row.externalId.isEmpty()) {
        identity = n(row.customerId) + '|' + n(row.occurredAt) + '|' + row.kind.toByteArray() + '|' +
                   (row.amountCents ? n(*row.amountCents) : QByteArray("-")) + '|' +
                   ((m_columns >> interaction::Rep) & 1U ? row.repId.toByteArray() : QByteArray());
    }
    return stage(row, row.externalId, std::move(identity));
}

Status ServerImportStore::putSurvey(const SurveyImportRow& row)
{
    // Keyed rows too: a row without key later in the file may land on the record one adds.
    QByteArray identity = n(row.customerId) + '|' + row.survey.toByteArray() + '|' + n(row.respondedAt);
    return stage(row, row.externalId, std::move(identity));
}

Status ServerImportStore::putProduct(const ProductImportRow& row)
{
    // The catalogue is the team's: its policy lets only managers and admins write it.
    if (!m_seesAll) {
        problem(row.line, "external_id",
                QCoreApplication::translate("rapport::core::ServerImportStore",
                                            "a rep's login cannot add or change products: a manager or an "
                                            "admin imports the products file"));
        return {};
    }
    return stage(row, row.externalId, {});
}

Status ServerImportStore::flush()
{
    return m_staged.empty() ? Status() : flushChunk();
}

Result<std::vector<ServerImportStore::Candidate>> ServerImportStore::candidates(const QByteArray& sql)
{
    auto r = serverExec(m_conn, sql,
                        QCoreApplication::translate("rapport::core::ServerImportStore",
                                                    "Matching the rows with the stored ones failed"));
    if (!r)
        return r.error();
    std::vector<Candidate> found;
    found.reserve(static_cast<std::size_t>(r->rows()));
    for (int i = 0; i < r->rows(); ++i) {
        Candidate c;
        c.line = r->integer(i, 0);
        if (!r->isNull(i, 1))
            c.id = r->text(i, 1).toByteArray();
        if (!r->isNull(i, 2))
            c.claimedBy = r->integer(i, 2);
        c.same = r->text(i, 3) == QByteArrayView("t");
        if (!r->isNull(i, 4))
            c.kept = r->integer(i, 4);
        c.at = r->integer(i, 5);
        found.push_back(std::move(c));
    }
    return found;
}

void ServerImportStore::decideKeyed(const Candidate& c, const Staged& row)
{
    std::optional<qint64> earlier = c.claimedBy;
    if (!c.id.isEmpty() && !earlier && m_chunkClaimed.contains(c.id))
        earlier = m_chunkClaimed.value(c.id);
    if (c.id.isEmpty() && m_chunkAddedKeys.contains(row.key))
        earlier = m_chunkAddedKeys.value(row.key);
    if (earlier) {
        problem(row.line, ServerImportSql::keyColumn(m_target).constData(),
                QCoreApplication::translate(
                    "ImportLedger",
                    "duplicates line %1 (a file may name each record once: keep the row with the right "
                    "values)")
                    .arg(*earlier));
        return;
    }
    if (c.id.isEmpty()) {
        // A rep is its own id; the other records get theirs from the identity, in write().
        m_decisions.push_back({row.line, 'a', m_target == ImportTarget::Reps ? row.key : QByteArray()});
        m_chunkAddedKeys.insert(row.key, row.line);
        if (!row.identity.isEmpty() && !m_chunkAddedIdentities.contains(row.identity))
            m_chunkAddedIdentities.insert(row.identity, row.line);
        ++m_counts.added;
        return;
    }
    if (c.kept) {
        const bool customers = m_target == ImportTarget::Customers;
        const QString kept = QLatin1String(customers ? "churned_at" : "resolved_at");
        problem(row.line, customers ? "acquired_at" : "occurred_at",
                QStringLiteral(
                    "%1 is after the stored %2 %3, which this file has no column for (add %2 to the file)")
                    .arg(formatUtc(c.at), kept, formatUtc(*c.kept)));
        return;
    }
    m_decisions.push_back({row.line, c.same ? 's' : 'u', c.id});
    m_chunkClaimed.insert(c.id, row.line);
    ++(c.same ? m_counts.unchanged : m_counts.updated);
}

void ServerImportStore::decideByValues(const std::vector<Candidate>& found, const Staged& row)
{
    const bool interactions = m_target == ImportTarget::Interactions;
    const QString duplicateWhy =
        interactions
            ? QCoreApplication::translate(
                  "ImportStore", "the same customer, kind, occurred_at, rep and amount: give the rows an "
                                 "external_id if they are different interactions")
            : QCoreApplication::translate("ImportStore", "the same customer, survey and responded_at");
    std::vector<const Candidate*> stored;
    for (const Candidate& c : found) {
        if (!c.id.isEmpty())
            stored.push_back(&c);
    }
    // In id order: the stored records first, then what this chunk added.
    std::optional<qint64> earlier;
    for (const Candidate* c : stored) {
        earlier = c->claimedBy;
        if (!earlier && m_chunkClaimed.contains(c->id))
            earlier = m_chunkClaimed.value(c->id);
        if (earlier)
            break;
    }
    if (!earlier && m_chunkAddedIdentities.contains(row.identity))
        earlier = m_chunkAddedIdentities.value(row.identity);
    if (earlier) {
        problem(row.line, "row",
                QCoreApplication::translate("ImportLedger", "duplicates line %1 (%2)")
                    .arg(*earlier)
                    .arg(duplicateWhy));
        return;
    }
    if (stored.empty()) {
        m_decisions.push_back({row.line, 'a', {}});
        m_chunkAddedIdentities.insert(row.identity, row.line);
        ++m_counts.added;
        return;
    }
    const Candidate* picked = stored.size() == 1 ? stored.front() : nullptr;
    for (std::size_t i = 0; !picked && i < stored.size(); ++i) {
        if (stored[i]->same)
            picked = stored[i];
    }
    if (!picked) {
        // Several stored records share the identity and none equals the row: any choice
        // could update the wrong one.
        problem(row.line, "row",
                QCoreApplication::translate(
                    "ImportLedger",
                    "matches %1 stored %2 and none has all of this row's values, so it cannot tell which "
                    "one to update: give the rows an external_id")
                    .arg(stored.size())
                    .arg(interactions
                             ? QCoreApplication::translate(
                                   "ImportStore",
                                   "interactions (the same customer, kind, occurred_at, rep and amount)")
                             : QCoreApplication::translate(
                                   "ImportStore",
                                   "survey responses (the same customer, survey and responded_at)")));
        return;
    }
    m_decisions.push_back({row.line, picked->same ? 's' : 'u', picked->id});
    m_chunkClaimed.insert(picked->id, row.line);
    ++(picked->same ? m_counts.unchanged : m_counts.updated);
}

Status ServerImportStore::flushChunk()
{
    const ServerImportSql& sql = m_sql;
    const QString failed = QCoreApplication::translate("rapport::core::ServerImportStore",
                                                       "Writing the rows to the team server failed");
    if (Status s = serverCopyIn(m_conn, "COPY rapport_import_stage (" + sql.stageColumns + ") FROM STDIN",
                                m_chunk.bytes(), failed);
        !s)
        return s;
    m_chunk.clear();
    // Once: the statistics of the stage's columns stay, and the planner reads the number of
    // rows of each chunk off the table's size.
    if (!m_stageAnalyzed) {
        if (Status s = run("ANALYZE rapport_import_stage", failed); !s)
            return s;
        m_stageAnalyzed = true;
    }
    const bool keyless =
        std::any_of(m_staged.cbegin(), m_staged.cend(), [](const Staged& row) { return row.key.isEmpty(); });
    if (keyless) {
        if (Status s = m_deferredIndexes.build(m_conn, lookupIndex(m_target)); !s)
            return s;
    }
    if (Status s = joinByHashing(false); !s)
        return s;
    auto byKey = candidates(sql.matchByKey);
    if (!byKey)
        return byKey.error();
    std::vector<Candidate> byValues;
    if (!sql.matchByValues.isEmpty() && keyless) {
        auto found = candidates(sql.matchByValues);
        if (!found)
            return found.error();
        byValues = std::move(*found);
    }
    // Decide in file order, as the rows came.
    auto keyed = byKey->cbegin();
    auto valued = byValues.cbegin();
    for (const Staged& row : m_staged) {
        if (!row.key.isEmpty()) {
            if (keyed == byKey->cend() || keyed->line != row.line)
                return Error::make(QCoreApplication::translate(
                                       "rapport::core::ServerImportStore",
                                       "Matching the rows with the stored ones failed: line %1 is missing")
                                       .arg(row.line));
            decideKeyed(*keyed++, row);
            continue;
        }
        const auto first = valued;
        while (valued != byValues.cend() && valued->line == row.line)
            ++valued;
        decideByValues(std::vector<Candidate>(first, valued), row);
    }
    Status written = write();
    m_staged.clear();
    m_decisions.clear();
    m_chunkClaimed.clear();
    m_chunkAddedKeys.clear();
    m_chunkAddedIdentities.clear();
    return written;
}

Status ServerImportStore::write()
{
    const QString failed = QCoreApplication::translate("rapport::core::ServerImportStore",
                                                       "Writing the rows to the team server failed");
    // A chunk whose every row was refused still leaves the stage for the next one.
    if (m_decisions.empty())
        return run("TRUNCATE rapport_import_stage", failed);
    qint64 adds = 0;
    qint64 kept = 0; // updated or unchanged
    for (const Decision& d : m_decisions) {
        adds += d.action == 'a' ? 1 : 0;
        kept += d.action == 'u' || d.action == 's' ? 1 : 0;
    }
    const bool updates = std::any_of(m_decisions.cbegin(), m_decisions.cend(),
                                     [](const Decision& d) { return d.action == 'u'; });
    CopyText decisions;
    for (const Decision& d : m_decisions) {
        decisions.integer(d.line);
        decisions.text(QByteArrayView(&d.action, 1));
        decisions.textOrNull(d.id); // NULL for a record still to add
        decisions.endRow();
    }
    if (Status s = serverCopyIn(m_conn, "COPY rapport_import_decision (line, action, id) FROM STDIN",
                                decisions.bytes(), failed);
        !s)
        return s;
    // The update looks its records up by id, as the matches do.
    if (updates && !m_sql.update.isEmpty()) {
        if (Status s = run(m_sql.update, failed); !s)
            return s;
    }
    if (adds > 0) {
        if (Status s = joinByHashing(true); !s)
            return s;
        auto refused = serverExec(m_conn, m_sql.insert, failed);
        if (!refused)
            return refused.error();
        if (refused->rows() > 0) {
            // A key taken by a record this login cannot see (another rep's), or, for a login
            // that sees everything, one added by someone else since the chunk was matched.
            QHash<qint64, QByteArray> keys;
            for (const Staged& row : m_staged)
                keys.insert(row.line, row.key);
            for (int i = 0; i < refused->rows(); ++i) {
                const qint64 line = refused->integer(i, 0);
                --m_counts.added;
                const QString key = QString::fromUtf8(keys.value(line));
                problem(line, ServerImportSql::keyColumn(m_target).constData(),
                        m_seesAll
                            ? QStringLiteral("%1 was added by someone else while this file was imported: "
                                             "import the file again")
                                  .arg(key)
                            : QStringLiteral("%1 belongs to a record your login cannot see (another rep's): "
                                             "use another %2, or ask a manager to import this row")
                                  .arg(key, QString::fromLatin1(ServerImportSql::keyColumn(m_target))));
            }
        }
    }
    if (kept > 0) {
        if (Status s = run(m_sql.claim, failed); !s)
            return s;
    }
    return run("TRUNCATE rapport_import_stage, rapport_import_decision", failed);
}

Status ServerImportStore::joinByHashing(bool allowed)
{
    if (allowed == m_hashing)
        return {};
    const QByteArray off = "off";
    auto r = serverExec(
        m_conn, "SELECT set_config('enable_hashjoin', $1, true), set_config('enable_mergejoin', $2, true)",
        QCoreApplication::translate("rapport::core::ServerImportStore",
                                    "Writing the rows to the team server failed"),
        {allowed ? m_hashJoin : off, allowed ? m_mergeJoin : off});
    if (!r)
        return r.error();
    m_hashing = allowed;
    return {};
}

} // namespace rapport::core
