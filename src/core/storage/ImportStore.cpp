#include "storage/ImportStore.h"

#include "storage/Database.h"
#include "storage/ImportStatements.h"
#include "storage/SqlDialect.h"
#include "storage/TableBinding.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>
#include <type_traits>

namespace rapport::core {
namespace {

using namespace tables;
using namespace import_statements;

// New rows are the common case: a batch of rows is inserted with ON CONFLICT (external_id)
// DO NOTHING, and only the rows whose external_id was taken are looked up afterwards.
constexpr std::size_t kBatchRows = 64;

// The indexes that row matching searches for rows without an external_id. When they were
// deferred, they are built the moment the first such row arrives.
constexpr const char* kInteractionLookupIndex = "interactions_customer_time";
constexpr const char* kSurveyLookupIndex = "survey_customer";

// The statements of an import, prepared on first use (SqliteStatementCache).
enum Slot {
    FindCustomerId,
    EnsureRep,
    FindRep,
    InsertRep,
    UpdateRep,
    BatchCustomers,
    MaxCustomerId,
    FindCustomer,
    InsertCustomer,
    UpdateCustomer,
    BatchInteractions,
    MaxInteractionId,
    FindInteraction,
    FindInteractionByIdentity,
    InsertInteraction,
    UpdateInteraction,
    BatchSurveys,
    MaxSurveyId,
    FindSurvey,
    FindSurveyByKey,
    InsertSurvey,
    UpdateSurvey,
    BatchProducts,
    MaxProductId,
    FindProduct,
    InsertProduct,
    UpdateProduct,
    SlotCount
};

} // namespace

// What the import does with one table: its statements and the words of its errors.
struct ImportStore::Target
{
    const Table& table;
    int batch; // -1: written row by row (reps)
    int maxId;
    const QByteArray& maxIdSql;
    int find;
    const QByteArray& findSql;
    int insert;
    const QByteArray& insertSql;
    int update;
    QString lookupFailed;
    QString writeFailed;
};

const ImportStore::Target& ImportStore::target(ImportTarget table)
{
    static const Target targets[] = {
        {kReps, -1, -1, kMaxRepId, FindRep, kFindRep, InsertRep, kInsertRep, UpdateRep,
         QCoreApplication::translate("rapport::core::ImportStore", "Looking up a rep failed"),
         QStringLiteral("Writing a rep failed")},
        {kCustomers, BatchCustomers, MaxCustomerId, kMaxCustomerId, FindCustomer, kFindCustomer,
         InsertCustomer, kInsertCustomer, UpdateCustomer,
         QCoreApplication::translate("rapport::core::ImportStore", "Looking up a customer failed"),
         QCoreApplication::translate("rapport::core::ImportStore", "Writing a customer failed")},
        {kInteractions, BatchInteractions, MaxInteractionId, kMaxInteractionId, FindInteraction,
         kFindInteraction, InsertInteraction, kInsertInteraction, UpdateInteraction,
         QCoreApplication::translate("rapport::core::ImportStore", "Looking up an interaction failed"),
         QStringLiteral("Writing an interaction failed")},
        {kSurveys, BatchSurveys, MaxSurveyId, kMaxSurveyId, FindSurvey, kFindSurvey, InsertSurvey,
         kInsertSurvey, UpdateSurvey,
         QCoreApplication::translate("rapport::core::ImportStore", "Looking up a survey response failed"),
         QCoreApplication::translate("rapport::core::ImportStore", "Writing a survey response failed")},
        {kProducts, BatchProducts, MaxProductId, kMaxProductId, FindProduct, kFindProduct, InsertProduct,
         kInsertProduct, UpdateProduct,
         QCoreApplication::translate("rapport::core::ImportStore", "Looking up a product failed"),
         QCoreApplication::translate("rapport::core::ImportStore", "Writing a product failed")},
    };
    return targets[static_cast<std::size_t>(table)];
}

ImportStore::ImportStore(Database& db)
    : m_db(db), m_statements(SlotCount), m_updateSql(SlotCount),
      m_customers({&CustomerImportRow::externalId, &CustomerImportRow::name, &CustomerImportRow::company,
                   &CustomerImportRow::email, &CustomerImportRow::phone, &CustomerImportRow::segment,
                   &CustomerImportRow::owner, &CustomerImportRow::churnReason},
                  kBatchRows),
      m_interactions({&InteractionImportRow::externalId, &InteractionImportRow::repId,
                      &InteractionImportRow::kind, &InteractionImportRow::category,
                      &InteractionImportRow::notes},
                     kBatchRows),
      m_surveys({&SurveyImportRow::externalId, &SurveyImportRow::survey, &SurveyImportRow::comment,
                 &SurveyImportRow::category},
                kBatchRows),
      m_products({&ProductImportRow::externalId, &ProductImportRow::name, &ProductImportRow::category},
                 kBatchRows)
{
    if (db.isServer())
        m_server = std::make_unique<ServerImportStore>(db);
}

ImportStore::~ImportStore()
{
    rollback();
}

Result<SqliteStatement*> ImportStore::statement(int slot, QByteArrayView sql)
{
    return m_statements.get(
        slot, sql,
        QCoreApplication::translate("rapport::core::ImportStore", "Preparing an import statement failed"));
}

Status ImportStore::begin(ImportTarget target, ImportColumns columns)
{
    if (m_server)
        return m_server->begin(target, columns);
    m_compare.setColumns(columns);
    // A record's version goes up with every write, so an edit based on the old one conflicts.
    const auto versioned = [](QByteArray sql) -> QByteArray {
        return sql.replace(" WHERE ", ", version = version + 1 WHERE ");
    };
    m_updateSql[UpdateRep] = partialUpdateSql(kReps, columns, "id");
    m_updateSql[UpdateCustomer] = versioned(partialUpdateSql(kCustomers, columns, "id"));
    // An interaction's amount, resolved_at and product are always written: the row's kind
    // decides whether it may have them (see ImportRowComparison::merged()).
    m_updateSql[UpdateInteraction] =
        versioned(partialUpdateSql(kInteractions,
                                   columns | (1U << interaction::Amount) | (1U << interaction::ResolvedAt) |
                                       (1U << interaction::ProductId),
                                   "id"));
    m_updateSql[UpdateSurvey] = versioned(partialUpdateSql(kSurveys, columns, "id"));
    m_updateSql[UpdateProduct] = versioned(partialUpdateSql(kProducts, columns, "id"));
    m_handle = m_db.nativeHandle();
    if (!m_handle)
        return Error::make(
            QCoreApplication::translate("rapport::core::ImportStore", "The database is not open."));
    m_statements.setHandle(m_handle);
    m_knownReps.clear();
    if (Status s = m_transaction.begin(m_handle, tableName(target)); !s)
        return s;
    if (target == ImportTarget::Interactions) {
        if (Status s = loadProducts(); !s)
            return s;
    }
    return m_ledger.begin(m_handle, tableName(target));
}

Status ImportStore::loadProducts()
{
    // The catalogue is small and every row may name a product: one query, then a hash.
    m_productIds.clear();
    const QString failed =
        QCoreApplication::translate("rapport::core::ImportStore", "Reading the products failed");
    auto list = SqliteStatement::prepare(m_handle, "SELECT external_id, id FROM products", failed);
    if (!list)
        return list.error();
    while (list->next())
        m_productIds.insert(list->text(0).toByteArray(), list->integer(1));
    if (list->failed())
        return list->error(failed);
    return {};
}

Result<std::optional<qint64>> ImportStore::productId(QByteArrayView externalId)
{
    if (m_server)
        return m_server->productId(externalId);
    // A view of the cell, not a copy: an interactions file may name a product on every row.
    const auto it = m_productIds.constFind(QByteArray::fromRawData(externalId.data(), externalId.size()));
    if (it == m_productIds.cend())
        return std::optional<qint64>();
    return std::optional<qint64>(*it);
}

Status ImportStore::commit()
{
    if (m_server)
        return m_server->commit();
    if (!m_transaction.isOpen())
        return Error::make(QCoreApplication::translate("rapport::core::ImportStore",
                                                       "There is no import transaction to commit."));
    if (Status s = flush(); !s) {
        rollback();
        return s;
    }
    m_statements.clear();
    m_ledger.end();
    return m_transaction.commit();
}

void ImportStore::rollback()
{
    if (m_server)
        return m_server->rollback();
    if (!m_transaction.isOpen())
        return;
    m_statements.clear();
    m_ledger.end();
    m_customers.clear();
    m_interactions.clear();
    m_surveys.clear();
    m_products.clear();
    m_transaction.rollback();
}

Result<std::optional<qint64>> ImportStore::customerId(QByteArrayView externalId)
{
    if (m_server)
        return m_server->customerId(externalId);
    auto s = statement(FindCustomerId, kFindCustomerId);
    if (!s)
        return s.error();
    SqliteReset reset(**s);
    (*s)->bindTextOrNull(1, externalId);
    if ((*s)->next())
        return std::optional<qint64>((*s)->integer(0));
    if ((*s)->failed())
        return (*s)->error(
            QCoreApplication::translate("rapport::core::ImportStore", "Looking up a customer failed"));
    return std::optional<qint64>();
}

Result<bool> ImportStore::ensureRep(QByteArrayView id)
{
    if (m_server)
        return m_server->ensureRep(id);
    // A file names few reps many times: ask the database once per rep.
    if (m_knownReps.contains(id.toByteArray()))
        return false;
    // Named after its id until someone names it.
    static const QByteArray sql = "INSERT INTO reps (" + columnList(kReps) + ") VALUES (?1, ?1, 'rep') " +
                                  SqlDialect::sqlite().onConflictDoNothing("id");
    auto s = statement(EnsureRep, sql);
    if (!s)
        return s.error();
    (*s)->bindTextOrNull(1, id);
    if (Status st =
            (*s)->run(QCoreApplication::translate("rapport::core::ImportStore", "Creating a rep failed"));
        !st)
        return st.error();
    m_knownReps.insert(id.toByteArray());
    return sqlite3_changes(m_handle) > 0;
}

Status ImportStore::flush()
{
    if (m_server)
        return m_server->flush();
    if (Status s = flushCustomers(); !s)
        return s;
    if (Status s = flushInteractions(); !s)
        return s;
    if (Status s = flushProducts(); !s)
        return s;
    return flushSurveys();
}

Result<qint64> ImportStore::maxId(const Target& target)
{
    auto s = statement(target.maxId, target.maxIdSql);
    if (!s)
        return s.error();
    SqliteReset reset(**s);
    if (!(*s)->next())
        return (*s)->error(
            QCoreApplication::translate("rapport::core::ImportStore", "Reading the largest row id failed"));
    return (*s)->integer(0);
}

template <typename Row>
Result<int> ImportStore::insertBatch(const Target& target, const std::vector<Row>& rows, std::size_t capacity)
{
    const auto columnCount = static_cast<int>(target.table.columns.size());
    // A full batch is the common case and keeps its statement; a shorter one is used once.
    SqliteStatement once;
    SqliteStatement* s = nullptr;
    if (rows.size() == capacity) {
        s = m_statements.prepared(target.batch);
        if (!s) {
            auto cached = statement(target.batch, batchInsertSql(target.table, rows.size()));
            if (!cached)
                return cached.error();
            s = *cached;
        }
    } else {
        auto prepared =
            SqliteStatement::prepare(m_handle, batchInsertSql(target.table, rows.size()),
                                     QCoreApplication::translate("rapport::core::ImportStore",
                                                                 "Preparing an import statement failed"));
        if (!prepared)
            return prepared.error();
        once = std::move(*prepared);
        s = &once;
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
        bindRow(*s, rows[r], static_cast<int>(r) * columnCount);
    if (Status st = s->run(QCoreApplication::translate("rapport::core::ImportStore", "Writing rows failed"));
        !st)
        return st.error();
    return sqlite3_changes(m_handle);
}

template <typename Row> Status ImportStore::flushBatch(ImportBatch<Row>& batch, const Target& target)
{
    if (batch.isEmpty())
        return {};
    auto before = maxId(target);
    if (!before)
        return before.error();
    const std::vector<Row>& rows = batch.rows();
    auto added = insertBatch(target, rows, batch.capacity());
    if (!added)
        return added.error();
    const bool allNew = static_cast<std::size_t>(*added) == rows.size();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        // Every row new: they got the ids after the largest, in order.
        if (Status st = allNew ? m_ledger.added(*before + 1 + static_cast<qint64>(r), rows[r].line)
                               : matchTaken(target, rows[r], *before);
            !st)
            return st;
    }
    batch.clear();
    return {};
}

template <typename Row>
Status ImportStore::batched(ImportBatch<Row>& batch, const Row& row, Status (ImportStore::*flush)())
{
    batch.add(row);
    return batch.isFull() ? (this->*flush)() : Status();
}

Result<SqliteStatement*> ImportStore::lookupByValues(Status (ImportStore::*flush)(), const char* index,
                                                     int slot, const QByteArray& sql)
{
    // The rows before it must be in the table first, and the index the lookup searches built.
    if (Status st = (this->*flush)(); !st)
        return st.error();
    if (Status st = m_transaction.needIndex(index); !st)
        return st.error();
    return statement(slot, sql);
}

template <typename Row> Status ImportStore::update(const Target& target, qint64 id, const Row& row, bool same)
{
    if (!same) {
        auto write = statement(target.update, m_updateSql[static_cast<std::size_t>(target.update)]);
        if (!write)
            return write.error();
        // Rows are updated by their id as ?1; a rep, keyed by its id text, by that.
        if constexpr (std::is_base_of_v<RepFields<QByteArrayView>, Row>)
            (*write)->bindTextOrNull(1, row.id);
        else
            (*write)->bindInt(1, id);
        bindValues(**write, row, 0);
        if (Status st = (*write)->run(target.writeFailed); !st)
            return st;
    }
    return m_ledger.matched(id, row.line, same);
}

template <typename Row> Status ImportStore::insert(const Target& target, const Row& row)
{
    auto write = statement(target.insert, target.insertSql);
    if (!write)
        return write.error();
    bindRow(**write, row, 0);
    if (Status st = (*write)->run(target.writeFailed); !st)
        return st;
    return m_ledger.added(sqlite3_last_insert_rowid(m_handle), row.line);
}

template <typename Row>
Result<std::optional<ImportStore::Found<Row>>> ImportStore::findByKey(const Target& target,
                                                                      QByteArrayView key, const Row& row)
{
    auto find = statement(target.find, target.findSql);
    if (!find)
        return find.error();
    SqliteStatement& stored = **find;
    SqliteReset reset(stored);
    stored.bindTextOrNull(1, key);
    if (!stored.next()) {
        if (stored.failed())
            return stored.error(target.lookupFailed);
        return std::optional<Found<Row>>();
    }
    Found<Row> found{stored.integer(0), false, m_compare.merged(stored, row)};
    found.same = m_compare.same(stored, found.merged);
    return std::optional<Found<Row>>(std::move(found));
}

template <typename Row> Status ImportStore::matchTaken(const Target& target, const Row& row, qint64 maxBefore)
{
    // The batch's INSERT found the external_id taken, so the stored row is there.
    auto found = findByKey(target, row.externalId, row);
    if (!found)
        return found.error();
    if (!*found)
        return Error::make(target.lookupFailed, QString::fromUtf8(target.findSql));
    const Found<Row>& f = **found;
    auto go = m_ledger.claim(f.id, maxBefore, row.line, "external_id");
    if (!go || !*go)
        return go ? Status() : Status(go.error());
    // A stored instant the file has no column for must not come before the row's own.
    if constexpr (std::is_same_v<Row, CustomerImportRow>) {
        if (!m_compare.has(customer::ChurnedAt) &&
            m_ledger.keptValueContradicts(row.line, "acquired_at", row.acquiredAt, "churned_at",
                                          f.merged.churnedAt))
            return {};
    } else if constexpr (std::is_same_v<Row, InteractionImportRow>) {
        if (!m_compare.has(interaction::ResolvedAt) &&
            m_ledger.keptValueContradicts(row.line, "occurred_at", row.occurredAt, "resolved_at",
                                          f.merged.resolvedAt))
            return {};
    }
    return update(target, f.id, f.merged, f.same);
}

template <typename Row>
Status ImportStore::matchByValues(const Target& target, SqliteStatement& find, const Row& row,
                                  const QString& duplicateWhy, const QString& ambiguousWhat)
{
    std::vector<ImportLedger::Candidate> candidates;
    std::vector<Row> merged;
    {
        SqliteReset reset(find);
        while (find.next()) {
            merged.push_back(m_compare.merged(find, row));
            candidates.push_back({find.integer(0), m_compare.same(find, merged.back())});
        }
        if (find.failed())
            return find.error(target.lookupFailed);
    }
    bool refused = false;
    auto picked = m_ledger.pick(candidates, row.line, refused, duplicateWhy, ambiguousWhat);
    if (!picked)
        return picked.error();
    if (refused)
        return {};
    if (!*picked)
        return insert(target, row);
    const auto at = std::find_if(candidates.begin(), candidates.end(),
                                 [&](const ImportLedger::Candidate& c) { return c.id == (*picked)->id; });
    return update(target, (*picked)->id, merged[static_cast<std::size_t>(at - candidates.begin())],
                  (*picked)->equal);
}

Status ImportStore::putRep(const RepImportRow& row)
{
    if (m_server)
        return m_server->putRep(row);
    const Target& reps = target(ImportTarget::Reps);
    auto found = findByKey(reps, row.id, row);
    if (!found)
        return found.error();
    if (!*found)
        return insert(reps, row);
    auto go = m_ledger.claim((*found)->id, std::numeric_limits<qint64>::max(), row.line, "id");
    if (!go || !*go)
        return go ? Status() : Status(go.error());
    return update(reps, (*found)->id, row, (*found)->same);
}

Status ImportStore::putCustomer(const CustomerImportRow& row)
{
    if (m_server)
        return m_server->putCustomer(row);
    return batched(m_customers, row, &ImportStore::flushCustomers);
}

Status ImportStore::flushCustomers()
{
    return flushBatch(m_customers, target(ImportTarget::Customers));
}

Status ImportStore::putInteraction(const InteractionImportRow& row)
{
    if (m_server)
        return m_server->putInteraction(row);
    if (!row.externalId.isEmpty())
        return batched(m_interactions, row, &ImportStore::flushInteractions);
    auto find = lookupByValues(&ImportStore::flushInteractions, kInteractionLookupIndex,
                               FindInteractionByIdentity, kFindInteractionByIdentity);
    if (!find)
        return find.error();
    (*find)->bindInt(1, row.customerId);
    (*find)->bindInt(2, row.occurredAt);
    (*find)->bindTextOrNull(3, row.kind);
    (*find)->bindTextOrNull(4, row.repId);
    (*find)->bindOptional(5, row.amountCents);
    // A file without a rep column says nothing about the rep: any rep matches.
    (*find)->bindInt(6, m_compare.has(interaction::Rep) ? 0 : 1);
    return matchByValues(
        target(ImportTarget::Interactions), **find, row,
        QCoreApplication::translate("ImportStore",
                                    "the same customer, kind, occurred_at, rep and amount: give the rows an "
                                    "external_id if they are different interactions"),
        QCoreApplication::translate("ImportStore",
                                    "interactions (the same customer, kind, occurred_at, rep and amount)"));
}

Status ImportStore::flushInteractions()
{
    return flushBatch(m_interactions, target(ImportTarget::Interactions));
}

Status ImportStore::putSurvey(const SurveyImportRow& row)
{
    if (m_server)
        return m_server->putSurvey(row);
    if (!row.externalId.isEmpty())
        return batched(m_surveys, row, &ImportStore::flushSurveys);
    // Matched by (customer, survey, responded_at).
    auto find =
        lookupByValues(&ImportStore::flushSurveys, kSurveyLookupIndex, FindSurveyByKey, kFindSurveyByKey);
    if (!find)
        return find.error();
    (*find)->bindInt(1, row.customerId);
    (*find)->bindTextOrNull(2, row.survey);
    (*find)->bindInt(3, row.respondedAt);
    return matchByValues(
        target(ImportTarget::Surveys), **find, row,
        QCoreApplication::translate("ImportStore", "the same customer, survey and responded_at"),
        QCoreApplication::translate("ImportStore",
                                    "survey responses (the same customer, survey and responded_at)"));
}

Status ImportStore::flushSurveys()
{
    return flushBatch(m_surveys, target(ImportTarget::Surveys));
}

Status ImportStore::putProduct(const ProductImportRow& row)
{
    if (m_server)
        return m_server->putProduct(row);
    // Every product has an external_id (the importer requires one).
    return batched(m_products, row, &ImportStore::flushProducts);
}

Status ImportStore::flushProducts()
{
    return flushBatch(m_products, target(ImportTarget::Products));
}

} // namespace rapport::core
