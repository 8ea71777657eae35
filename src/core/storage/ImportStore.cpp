#include "storage/ImportStore.h"

#include "storage/Database.h"

#include <QDateTime>
#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace rapport::core {
namespace {

// A bigger page cache while an import runs: index pages of a growing table are touched
// all over, and a small cache turns that into I/O. Bounded, so memory stays flat.
constexpr const char* kImportCacheSize = "PRAGMA cache_size = -65536"; // 64 MiB
// The page cache while deferred indexes are built at commit: it is also the size of the
// chunks SQLite's sorter sorts, on a helper thread each (see commit()).
constexpr const char* kIndexBuildCacheSize = "PRAGMA cache_size = -8192"; // 8 MiB
// Worker threads SQLite's sorter may use when an index is built.
constexpr const char* kImportThreads = "PRAGMA threads = 2";

// New rows are the common case: a batch of rows is inserted with ON CONFLICT (external_id)
// DO NOTHING, and only the rows whose external_id was taken are looked up afterwards.
constexpr std::size_t kBatchRows = 64;
constexpr const char* kCustomerColumns =
    "external_id, name, company, email, phone, segment, owner, acquired_at, churned_at";
constexpr int kCustomerColumnCount = 9;
constexpr const char* kInteractionColumns =
    "external_id, customer_id, rep_id, kind, occurred_at, amount_cents, category, notes, resolved_at";
constexpr int kInteractionColumnCount = 9;
constexpr const char* kSurveyColumns =
    "external_id, customer_id, survey, score, responded_at, comment, category";
constexpr int kSurveyColumnCount = 7;
constexpr const char* kMaxCustomerId = "SELECT coalesce(max(id), 0) FROM customers";
constexpr const char* kMaxInteractionId = "SELECT coalesce(max(id), 0) FROM interactions";
constexpr const char* kMaxSurveyId = "SELECT coalesce(max(id), 0) FROM survey_responses";

// The indexes that row matching searches for rows without an external_id. When they were
// deferred, they are built the moment the first such row arrives.
constexpr const char* kInteractionLookupIndex = "interactions_customer_time";
constexpr const char* kSurveyLookupIndex = "survey_customer";

constexpr const char* kFindCustomer = "SELECT id FROM customers WHERE external_id = ?1";
constexpr const char* kEnsureRep = "INSERT OR IGNORE INTO reps (id, name, role) VALUES (?1, ?1, 'rep')";
constexpr const char* kFindRep = "SELECT rowid, name, role FROM reps WHERE id = ?1";
constexpr const char* kInsertRep = "INSERT INTO reps (id, name, role) VALUES (?1, ?2, ?3)";

constexpr const char* kFindCustomerRow =
    "SELECT id, name, company, email, phone, segment, owner, acquired_at, churned_at"
    " FROM customers WHERE external_id = ?1";

constexpr const char* kFindInteractionById =
    "SELECT id, customer_id, rep_id, kind, occurred_at, amount_cents, category, notes, resolved_at"
    " FROM interactions WHERE external_id = ?1";
// An interaction without external_id is identified by what cannot be corrected without making
// it another interaction: customer, kind, time, rep and amount (category, notes and
// resolved_at are what a corrected file changes).
constexpr const char* kFindInteractionByIdentity =
    "SELECT id, category, notes, resolved_at FROM interactions WHERE customer_id = ?1 AND occurred_at = ?2"
    " AND kind = ?3 AND (rep_id IS ?4 OR ?6) AND amount_cents IS ?5 AND external_id IS NULL ORDER BY id";
constexpr const char* kInsertInteraction =
    "INSERT INTO interactions (external_id, customer_id, rep_id, kind, occurred_at, amount_cents, category,"
    " notes, resolved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

constexpr const char* kFindSurveyById =
    "SELECT id, customer_id, survey, score, responded_at, comment, category"
    " FROM survey_responses WHERE external_id = ?1";
constexpr const char* kFindSurveyByKey =
    "SELECT id, customer_id, survey, score, responded_at, comment, category FROM survey_responses"
    " WHERE customer_id = ?1 AND survey = ?2 AND responded_at = ?3 ORDER BY id";
constexpr const char* kInsertSurvey =
    "INSERT INTO survey_responses (external_id, customer_id, survey, score, responded_at, comment, category)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
// The stored columns in the order of the import rows' fields (ImportColumns' bits).
constexpr const char* kRepColumns[] = {"id", "name", "role"};
constexpr const char* kCustomerTableColumns[] = {"external_id", "name",  "company",     "email",     "phone",
                                                 "segment",     "owner", "acquired_at", "churned_at"};
constexpr const char* kInteractionTableColumns[] = {"external_id", "customer_id", "rep_id",
                                                    "kind",        "occurred_at", "amount_cents",
                                                    "category",    "notes",       "resolved_at"};
constexpr const char* kSurveyTableColumns[] = {"external_id",  "customer_id", "survey",  "score",
                                               "responded_at", "comment",     "category"};
namespace rep {
enum { Role = 2 };
}
namespace customer {
enum { Company = 2, Email, Phone, Segment, Owner, AcquiredAt, ChurnedAt };
}
namespace interaction {
enum { Rep = 2, Amount = 5, Category, Notes, ResolvedAt };
}
namespace survey {
enum { Comment = 5, Category };
}

// UPDATE table SET c = ?(bit + 1), ... WHERE key = ?1 for the columns in `columns` after the
// first (the key). Parameter numbers stay those of the full row, so one binding serves all.
template <std::size_t N>
QByteArray updateSql(const char* table, const char* const (&names)[N], ImportColumns columns, const char* key)
{
    QByteArray sql = QByteArray("UPDATE ") + table + " SET ";
    bool first = true;
    for (std::size_t c = 1; c < N; ++c) {
        if (!((columns >> c) & 1U))
            continue;
        if (!first)
            sql += ", ";
        sql += QByteArray(names[c]) + " = ?" + QByteArray::number(static_cast<int>(c) + 1);
        first = false;
    }
    return sql + " WHERE " + key + " = ?1";
}

// Bound text is used before the call returns, so SQLite need not copy it.
void bindText(sqlite3_stmt* s, int index, QByteArrayView utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_text(s, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void bindOptional(sqlite3_stmt* s, int index, const std::optional<qint64>& v)
{
    if (v)
        sqlite3_bind_int64(s, index, *v);
    else
        sqlite3_bind_null(s, index);
}

// Whether a stored column says the same as the file (NULL and '' both mean "no value").
bool sameText(sqlite3_stmt* s, int column, QByteArrayView utf8)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return utf8.isEmpty();
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    const int size = sqlite3_column_bytes(s, column);
    return QByteArrayView(text, size) == utf8;
}

bool sameInt(sqlite3_stmt* s, int column, const std::optional<qint64>& v)
{
    if (sqlite3_column_type(s, column) == SQLITE_NULL)
        return !v.has_value();
    return v.has_value() && sqlite3_column_int64(s, column) == *v;
}

// "2026-07-14T09:30:00Z", as the file would write it.
QString formatUtc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

// Resets the statement when the scope ends, so the next row finds it ready.
class Reset
{
public:
    explicit Reset(sqlite3_stmt* s) : m_s(s) {}
    ~Reset()
    {
        sqlite3_reset(m_s);
        sqlite3_clear_bindings(m_s);
    }
    Reset(const Reset&) = delete;
    Reset& operator=(const Reset&) = delete;

private:
    sqlite3_stmt* m_s;
};

} // namespace

ImportStore::ImportStore(Database& db)
    : m_db(db),
      m_customers({&CustomerImportRow::externalId, &CustomerImportRow::name, &CustomerImportRow::company,
                   &CustomerImportRow::email, &CustomerImportRow::phone, &CustomerImportRow::segment,
                   &CustomerImportRow::owner},
                  kBatchRows),
      m_interactions({&InteractionImportRow::externalId, &InteractionImportRow::repId,
                      &InteractionImportRow::kind, &InteractionImportRow::category,
                      &InteractionImportRow::notes},
                     kBatchRows),
      m_surveys({&SurveyImportRow::externalId, &SurveyImportRow::survey, &SurveyImportRow::comment,
                 &SurveyImportRow::category},
                kBatchRows)
{
}

ImportStore::~ImportStore()
{
    rollback();
    finalizeAll();
}

void ImportStore::finalizeAll()
{
    for (sqlite3_stmt** s :
         {&m_batchCustomers,    &m_batchInteractions, &m_batchSurveys,        &m_maxCustomerId,
          &m_maxInteractionId,  &m_maxSurveyId,       &m_findCustomer,        &m_ensureRep,
          &m_findRep,           &m_insertRep,         &m_updateRep,           &m_findCustomerRow,
          &m_insertCustomer,    &m_updateCustomer,    &m_findInteractionById, &m_findInteractionByIdentity,
          &m_insertInteraction, &m_updateInteraction, &m_findSurveyById,      &m_findSurveyByKey,
          &m_insertSurvey,      &m_updateSurvey}) {
        sqlite3_finalize(*s);
        *s = nullptr;
    }
}

Error ImportStore::sqliteError(const QString& what, sqlite3_stmt* statement) const
{
    const QString detail =
        m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no connection");
    return Error::make(QStringLiteral("%1: %2").arg(what, detail),
                       statement ? QString::fromUtf8(sqlite3_sql(statement)) : QString());
}

Status ImportStore::execute(const char* text)
{
    if (sqlite3_exec(m_handle, text, nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error e = sqliteError(QStringLiteral("The import could not write to the database"), nullptr);
        e.statement = QString::fromUtf8(text);
        return e;
    }
    return {};
}

Result<sqlite3_stmt*> ImportStore::statement(sqlite3_stmt*& slot, const char* text)
{
    if (!slot &&
        sqlite3_prepare_v3(m_handle, text, -1, SQLITE_PREPARE_PERSISTENT, &slot, nullptr) != SQLITE_OK) {
        Error e = sqliteError(QStringLiteral("Preparing an import statement failed"), nullptr);
        e.statement = QString::fromUtf8(text);
        return e;
    }
    return slot;
}

Status ImportStore::done(sqlite3_stmt* statement, const QString& what)
{
    Reset reset(statement);
    if (sqlite3_step(statement) != SQLITE_DONE)
        return sqliteError(what, statement);
    return {};
}

const char* tableName(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Reps:
        return "reps";
    case ImportTarget::Customers:
        return "customers";
    case ImportTarget::Interactions:
        return "interactions";
    case ImportTarget::Surveys:
        return "survey_responses";
    }
    return "reps";
}

int ImportStore::pragmaValue(const char* text, int fallback) const
{
    sqlite3_stmt* s = nullptr;
    int value = fallback;
    if (sqlite3_prepare_v2(m_handle, text, -1, &s, nullptr) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
        value = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return value;
}

Status ImportStore::begin(ImportTarget target, ImportColumns columns)
{
    m_columns = columns;
    m_problems.clear();
    m_updateRepSql = updateSql("reps", kRepColumns, columns, "id");
    m_updateCustomerSql = updateSql("customers", kCustomerTableColumns, columns, "id");
    // An interaction's amount and resolved_at are always written: the row's kind decides
    // whether it may have them (see matchInteraction).
    m_updateInteractionSql =
        updateSql("interactions", kInteractionTableColumns,
                  columns | (1U << interaction::Amount) | (1U << interaction::ResolvedAt), "id");
    m_updateSurveySql = updateSql("survey_responses", kSurveyTableColumns, columns, "id");
    m_handle = m_db.nativeHandle();
    if (!m_handle)
        return Error::make(QStringLiteral("Importing needs an SQLite database connection."));
    m_previousCacheSize = pragmaValue("PRAGMA cache_size", m_previousCacheSize);
    m_previousThreads = pragmaValue("PRAGMA threads", 0);
    m_previousForeignKeys = pragmaValue("PRAGMA foreign_keys", 1);
    // Every reference a row makes is resolved before it is written (customers by a lookup in
    // this transaction, reps created first), so SQLite's per-row foreign-key probes would only
    // repeat that work. The pragma is ignored inside a transaction: it is set before BEGIN and
    // restored after COMMIT or ROLLBACK.
    if (m_previousForeignKeys != 0) {
        if (Status s = execute("PRAGMA foreign_keys = OFF"); !s)
            return s;
    }
    if (Status s = execute("BEGIN IMMEDIATE"); !s) {
        restoreSettings();
        return s;
    }
    m_open = true;
    // Index builds at commit may sort on a helper thread (the machine has more than one core).
    if (Status s = execute(kImportThreads); !s)
        return s;
    m_counts = {};
    m_knownReps.clear();
    m_deferredIndexes.clear();
    if (Status s = execute(kImportCacheSize); !s)
        return s;
    if (Status s = m_rows.begin(m_handle, tableName(target)); !s)
        return s;
    return deferIndexes(target);
}

Status ImportStore::deferIndexes(ImportTarget target)
{
    // The table name is one of our constants; SQLite takes no bound parameter there.
    const QByteArray isEmpty =
        QByteArrayLiteral("SELECT NOT EXISTS (SELECT 1 FROM ") + tableName(target) + ')';
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m_handle, isEmpty.constData(), -1, &s, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Checking the table failed"), nullptr);
    const bool empty = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == 1;
    sqlite3_finalize(s);
    if (!empty)
        return {};
    const char* list =
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL";
    if (sqlite3_prepare_v2(m_handle, list, -1, &s, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Listing the indexes failed"), nullptr);
    sqlite3_bind_text(s, 1, tableName(target), -1, SQLITE_STATIC);
    QList<QByteArray> names;
    while (sqlite3_step(s) == SQLITE_ROW) {
        const QByteArray name(reinterpret_cast<const char*>(sqlite3_column_text(s, 0)));
        names << name;
        m_deferredIndexes.insert(name, QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(s, 1))));
    }
    sqlite3_finalize(s);
    for (const QByteArray& name : names) {
        // An identifier read from sqlite_master (our own schema), quoted as SQL requires.
        QByteArray quotedName = name;
        quotedName.replace('"', "\"\"");
        const QByteArray drop = "DROP INDEX \"" + quotedName + '"';
        if (Status st = execute(drop.constData()); !st)
            return st;
    }
    return {};
}

Status ImportStore::commit()
{
    if (!m_open)
        return Error::make(QStringLiteral("There is no import transaction to commit."));
    if (Status s = flush(); !s) {
        rollback();
        return s;
    }
    finalizeAll();
    m_rows.end();
    // SQLite sorts an index in chunks the size of the page cache and, with PRAGMA threads,
    // hands each chunk to a helper thread while it reads on. With a small cache the chunks
    // are many (and fit the CPU caches): the sort moves to the second core and the
    // connection's thread keeps about half of the work, for about the same total CPU and
    // less memory (10,000 customers: import thread 1.6 -> 1.2 s CPU, peak 94 -> 60 MiB).
    if (!m_deferredIndexes.isEmpty()) {
        if (Status s = execute(kIndexBuildCacheSize); !s) {
            rollback();
            return s;
        }
    }
    for (const QByteArray& create : std::as_const(m_deferredIndexes)) {
        if (Status s = execute(create.constData()); !s) {
            rollback();
            return s;
        }
    }
    m_deferredIndexes.clear();
    if (Status s = execute("COMMIT"); !s) {
        rollback();
        return s;
    }
    m_open = false;
    restoreSettings();
    return {};
}

void ImportStore::rollback()
{
    if (!m_open)
        return;
    finalizeAll();
    m_rows.end();
    m_customers.clear();
    m_interactions.clear();
    m_surveys.clear();
    sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    m_open = false;
    restoreSettings();
}

void ImportStore::restoreSettings()
{
    // The values are our own integers read back from SQLite, never input.
    const std::pair<const char*, int> settings[] = {{"PRAGMA cache_size = ", m_previousCacheSize},
                                                    {"PRAGMA threads = ", m_previousThreads},
                                                    {"PRAGMA foreign_keys = ", m_previousForeignKeys}};
    for (const auto& [pragma, value] : settings) {
        const QByteArray restore = QByteArray(pragma) + QByteArray::number(value);
        sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
    }
}

Result<std::optional<qint64>> ImportStore::customerId(QByteArrayView externalId)
{
    auto s = statement(m_findCustomer, kFindCustomer);
    if (!s)
        return s.error();
    Reset reset(*s);
    bindText(*s, 1, externalId);
    const int rc = sqlite3_step(*s);
    if (rc == SQLITE_ROW)
        return std::optional<qint64>(sqlite3_column_int64(*s, 0));
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Looking up a customer failed"), *s);
    return std::optional<qint64>();
}

Status ImportStore::needIndex(const char* name)
{
    const auto it = m_deferredIndexes.find(QByteArray(name));
    if (it == m_deferredIndexes.end())
        return {};
    const QByteArray create = it.value();
    m_deferredIndexes.erase(it);
    return execute(create.constData());
}

Result<bool> ImportStore::ensureRep(QByteArrayView id)
{
    // A file names few reps many times: ask the database once per rep.
    if (m_knownReps.contains(id.toByteArray()))
        return false;
    auto s = statement(m_ensureRep, kEnsureRep);
    if (!s)
        return s.error();
    bindText(*s, 1, id);
    if (Status st = done(*s, QStringLiteral("Creating a rep failed")); !st)
        return st.error();
    m_knownReps.insert(id.toByteArray());
    return sqlite3_changes(m_handle) > 0;
}

void ImportStore::count(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Added:
        ++m_counts.added;
        break;
    case ImportOutcome::Updated:
        ++m_counts.updated;
        break;
    case ImportOutcome::Unchanged:
        ++m_counts.unchanged;
        break;
    }
}

namespace {

// Binds a row's values after its external_id: parameters base + 2 onwards, in column order
// (the single-row statements bind the row id or external_id as ?1 and these as ?2 ...).
void bindRep(sqlite3_stmt* s, const RepImportRow& row, int base = 0)
{
    bindText(s, base + 2, row.name);
    bindText(s, base + 3, row.role);
}

void bindCustomer(sqlite3_stmt* s, const CustomerImportRow& row, int base = 0)
{
    bindText(s, base + 2, row.name);
    bindText(s, base + 3, row.company);
    bindText(s, base + 4, row.email);
    bindText(s, base + 5, row.phone);
    bindText(s, base + 6, row.segment);
    bindText(s, base + 7, row.owner);
    sqlite3_bind_int64(s, base + 8, row.acquiredAt);
    bindOptional(s, base + 9, row.churnedAt);
}

void bindInteraction(sqlite3_stmt* s, const InteractionImportRow& row, int base = 0)
{
    sqlite3_bind_int64(s, base + 2, row.customerId);
    bindText(s, base + 3, row.repId);
    bindText(s, base + 4, row.kind);
    sqlite3_bind_int64(s, base + 5, row.occurredAt);
    bindOptional(s, base + 6, row.amountCents);
    bindText(s, base + 7, row.category);
    bindText(s, base + 8, row.notes);
    bindOptional(s, base + 9, row.resolvedAt);
}

void bindSurvey(sqlite3_stmt* s, const SurveyImportRow& row, int base = 0)
{
    sqlite3_bind_int64(s, base + 2, row.customerId);
    bindText(s, base + 3, row.survey);
    sqlite3_bind_int64(s, base + 4, row.score);
    sqlite3_bind_int64(s, base + 5, row.respondedAt);
    bindText(s, base + 6, row.comment);
    bindText(s, base + 7, row.category);
}

// INSERT INTO table (columns) VALUES (?, ...), (?, ...) ... ON CONFLICT (external_id) DO NOTHING
QByteArray batchInsertSql(const char* table, const char* columns, int columnCount, std::size_t rows)
{
    QByteArray one = "(?";
    for (int c = 1; c < columnCount; ++c)
        one += ",?";
    one += ')';
    QByteArray sql = QByteArray("INSERT INTO ") + table + " (" + columns + ") VALUES " + one;
    for (std::size_t r = 1; r < rows; ++r)
        sql += ',' + one;
    sql += " ON CONFLICT (external_id) DO NOTHING";
    return sql;
}

} // namespace

Result<qint64> ImportStore::maxId(sqlite3_stmt*& slot, const char* text)
{
    auto s = statement(slot, text);
    if (!s)
        return s.error();
    Reset reset(*s);
    if (sqlite3_step(*s) != SQLITE_ROW)
        return sqliteError(QStringLiteral("Reading the largest row id failed"), *s);
    return sqlite3_column_int64(*s, 0);
}

Result<int> ImportStore::insertBatch(sqlite3_stmt*& full, const char* table, const char* columns,
                                     int columnCount, std::size_t rows, std::size_t capacity,
                                     const std::function<void(sqlite3_stmt*, int, std::size_t)>& bind)
{
    sqlite3_stmt* s = nullptr;
    const bool isFull = rows == capacity;
    const QByteArray sql = isFull && full ? QByteArray() : batchInsertSql(table, columns, columnCount, rows);
    if (isFull) {
        auto prepared = statement(full, sql.constData());
        if (!prepared)
            return prepared.error();
        s = *prepared;
    } else if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &s, nullptr) != SQLITE_OK) {
        Error e = sqliteError(QStringLiteral("Preparing an import statement failed"), nullptr);
        e.statement = QString::fromUtf8(sql);
        return e;
    }
    for (std::size_t r = 0; r < rows; ++r)
        bind(s, static_cast<int>(r) * columnCount, r);
    const int rc = sqlite3_step(s);
    Result<int> result = sqlite3_changes(m_handle);
    if (rc != SQLITE_DONE)
        result = sqliteError(QStringLiteral("Writing rows failed"), s);
    if (isFull) {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    } else {
        sqlite3_finalize(s);
    }
    return result;
}

Status ImportStore::flush()
{
    if (Status s = flushCustomers(); !s)
        return s;
    if (Status s = flushInteractions(); !s)
        return s;
    return flushSurveys();
}

void ImportStore::problem(qint64 line, const char* column, const QString& reason)
{
    m_problems.push_back({line, QString::fromLatin1(column), reason});
}

Result<bool> ImportStore::claim(qint64 id, qint64 maxBefore, qint64 line, const char* column)
{
    auto earlier = m_rows.lineOf(id);
    if (!earlier)
        return earlier.error();
    if (*earlier) {
        problem(line, column,
                QStringLiteral(
                    "duplicates line %1 (a file may name each record once: keep the row with the right "
                    "values)")
                    .arg(**earlier));
        return false;
    }
    if (id > maxBefore) {
        // Inserted by this row's own batch, and no earlier line claimed it: this row added it.
        if (Status s = m_rows.added(id, line); !s)
            return s.error();
        count(ImportOutcome::Added);
        return false;
    }
    return true;
}

Result<std::optional<ImportStore::Candidate>> ImportStore::pick(const std::vector<Candidate>& candidates,
                                                                qint64 line, bool& refused,
                                                                const QString& duplicateWhy,
                                                                const QString& ambiguousWhat)
{
    refused = false;
    for (const Candidate& c : candidates) {
        auto earlier = m_rows.lineOf(c.id);
        if (!earlier)
            return earlier.error();
        if (*earlier) {
            refused = true;
            problem(line, "row", QStringLiteral("duplicates line %1 (%2)").arg(**earlier).arg(duplicateWhy));
            return std::optional<Candidate>();
        }
    }
    if (candidates.size() <= 1)
        return candidates.empty() ? std::optional<Candidate>() : std::optional<Candidate>(candidates.front());
    // Several stored records share the identity (entered by hand, or imported before it was the
    // identity): one equal to the row is the row; otherwise any choice could update the wrong one.
    for (const Candidate& c : candidates) {
        if (c.equal)
            return std::optional<Candidate>(c);
    }
    refused = true;
    problem(line, "row",
            QStringLiteral(
                "matches %1 stored %2 and none has all of this row's values, so it cannot tell which one "
                "to update: give the rows an external_id")
                .arg(candidates.size())
                .arg(ambiguousWhat));
    return std::optional<Candidate>();
}

template <typename Row>
Status ImportStore::update(sqlite3_stmt*& slot, const QByteArray& sql, qint64 id, const Row& row, bool same,
                           void (*bind)(sqlite3_stmt*, const Row&, int base), const QString& what)
{
    if (!same) {
        auto write = statement(slot, sql.constData());
        if (!write)
            return write.error();
        sqlite3_bind_int64(*write, 1, id);
        bind(*write, row, 0);
        if (Status st = done(*write, what); !st)
            return st;
    }
    if (Status st = m_rows.matched(id, row.line); !st)
        return st;
    count(same ? ImportOutcome::Unchanged : ImportOutcome::Updated);
    return {};
}

template <typename Row>
Status ImportStore::insert(sqlite3_stmt*& slot, const char* sql, QByteArrayView key, const Row& row,
                           void (*bind)(sqlite3_stmt*, const Row&, int base), const QString& what)
{
    auto write = statement(slot, sql);
    if (!write)
        return write.error();
    bindText(*write, 1, key);
    bind(*write, row, 0);
    if (Status st = done(*write, what); !st)
        return st;
    if (Status st = m_rows.added(sqlite3_last_insert_rowid(m_handle), row.line); !st)
        return st;
    count(ImportOutcome::Added);
    return {};
}

Status ImportStore::putRep(const RepImportRow& row)
{
    auto find = statement(m_findRep, kFindRep);
    if (!find)
        return find.error();
    std::optional<qint64> id;
    bool same = false;
    {
        Reset reset(*find);
        bindText(*find, 1, row.id);
        const int rc = sqlite3_step(*find);
        if (rc == SQLITE_ROW) {
            id = sqlite3_column_int64(*find, 0);
            same = sameText(*find, 1, row.name) && (!has(rep::Role) || sameText(*find, 2, row.role));
        } else if (rc != SQLITE_DONE) {
            return sqliteError(QStringLiteral("Looking up a rep failed"), *find);
        }
    }
    if (id) {
        auto go = claim(*id, std::numeric_limits<qint64>::max(), row.line, "id");
        if (!go || !*go)
            return go ? Status() : Status(go.error());
        if (!same) {
            // Reps are keyed by their id text, not by rowid: the update binds the id as ?1.
            auto write = statement(m_updateRep, m_updateRepSql.constData());
            if (!write)
                return write.error();
            bindText(*write, 1, row.id);
            bindText(*write, 2, row.name);
            bindText(*write, 3, row.role);
            if (Status st = done(*write, QStringLiteral("Writing a rep failed")); !st)
                return st;
        }
        if (Status st = m_rows.matched(*id, row.line); !st)
            return st;
        count(same ? ImportOutcome::Unchanged : ImportOutcome::Updated);
        return {};
    }
    return insert(m_insertRep, kInsertRep, row.id, row, bindRep, QStringLiteral("Writing a rep failed"));
}

Status ImportStore::putCustomer(const CustomerImportRow& row)
{
    m_customers.add(row);
    return m_customers.isFull() ? flushCustomers() : Status();
}

template <typename Row>
Status ImportStore::flushBatch(ImportBatch<Row>& batch, const BatchTable& table,
                               void (*bind)(sqlite3_stmt*, const Row&, int base),
                               Status (ImportStore::*match)(const Row&, qint64))
{
    if (batch.isEmpty())
        return {};
    auto before = maxId(*table.maxIdSlot, table.maxIdSql);
    if (!before)
        return before.error();
    const std::vector<Row>& rows = batch.rows();
    auto added = insertBatch(*table.insertSlot, table.name, table.columns, table.columnCount, rows.size(),
                             batch.capacity(), [&](sqlite3_stmt* s, int base, std::size_t r) {
                                 bindText(s, base + 1, rows[r].externalId);
                                 bind(s, rows[r], base);
                             });
    if (!added)
        return added.error();
    if (static_cast<std::size_t>(*added) == rows.size()) {
        // Every row was new: they got the ids after the largest, in order.
        for (std::size_t r = 0; r < rows.size(); ++r) {
            if (Status st = m_rows.added(*before + 1 + static_cast<qint64>(r), rows[r].line); !st)
                return st;
        }
        m_counts.added += *added;
    } else {
        for (const Row& row : rows) {
            if (Status st = (this->*match)(row, *before); !st)
                return st;
        }
    }
    batch.clear();
    return {};
}

Status ImportStore::flushCustomers()
{
    return flushBatch(m_customers,
                      {&m_batchCustomers, &m_maxCustomerId, kMaxCustomerId, "customers", kCustomerColumns,
                       kCustomerColumnCount},
                      bindCustomer, &ImportStore::matchCustomer);
}

Status ImportStore::matchCustomer(const CustomerImportRow& row, qint64 maxBefore)
{
    auto find = statement(m_findCustomerRow, kFindCustomerRow);
    if (!find)
        return find.error();
    qint64 id = 0;
    bool same = false;
    std::optional<qint64> keptChurn; // a churned_at the file has no column for
    {
        Reset reset(*find);
        bindText(*find, 1, row.externalId);
        const int rc = sqlite3_step(*find);
        if (rc != SQLITE_ROW)
            return sqliteError(QStringLiteral("Looking up a customer failed"), *find);
        id = sqlite3_column_int64(*find, 0);
        same = sameText(*find, 1, row.name) && (!has(customer::Company) || sameText(*find, 2, row.company)) &&
               (!has(customer::Email) || sameText(*find, 3, row.email)) &&
               (!has(customer::Phone) || sameText(*find, 4, row.phone)) &&
               (!has(customer::Segment) || sameText(*find, 5, row.segment)) &&
               (!has(customer::Owner) || sameText(*find, 6, row.owner)) &&
               sameInt(*find, 7, row.acquiredAt) &&
               (!has(customer::ChurnedAt) || sameInt(*find, 8, row.churnedAt));
        if (!has(customer::ChurnedAt) && sqlite3_column_type(*find, 8) != SQLITE_NULL)
            keptChurn = sqlite3_column_int64(*find, 8);
    }
    auto go = claim(id, maxBefore, row.line, "external_id");
    if (!go || !*go)
        return go ? Status() : Status(go.error());
    if (keptChurn && *keptChurn < row.acquiredAt) {
        problem(row.line, "acquired_at",
                QStringLiteral("%1 is after the stored churned_at %2, which this file has no column for (add "
                               "churned_at to the file)")
                    .arg(formatUtc(row.acquiredAt), formatUtc(*keptChurn)));
        return {};
    }
    return update(m_updateCustomer, m_updateCustomerSql, id, row, same, bindCustomer,
                  QStringLiteral("Writing a customer failed"));
}

Status ImportStore::putInteraction(const InteractionImportRow& row)
{
    if (!row.externalId.isEmpty()) {
        m_interactions.add(row);
        return m_interactions.isFull() ? flushInteractions() : Status();
    }
    // Matched by its identity: the rows before it must be in the table first.
    if (Status st = flushInteractions(); !st)
        return st;
    if (Status st = needIndex(kInteractionLookupIndex); !st)
        return st;
    const bool complaint = row.kind == QByteArrayView("complaint");
    std::vector<Candidate> candidates;
    std::vector<std::optional<qint64>> storedResolved;
    {
        auto find = statement(m_findInteractionByIdentity, kFindInteractionByIdentity);
        if (!find)
            return find.error();
        Reset reset(*find);
        sqlite3_bind_int64(*find, 1, row.customerId);
        sqlite3_bind_int64(*find, 2, row.occurredAt);
        bindText(*find, 3, row.kind);
        bindText(*find, 4, row.repId);
        bindOptional(*find, 5, row.amountCents);
        // A file without a rep column says nothing about the rep: any rep matches.
        sqlite3_bind_int(*find, 6, has(interaction::Rep) ? 0 : 1);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(*find)) == SQLITE_ROW) {
            const bool equal = (!has(interaction::Category) || sameText(*find, 1, row.category)) &&
                               (!has(interaction::Notes) || sameText(*find, 2, row.notes)) &&
                               (!has(interaction::ResolvedAt) || sameInt(*find, 3, row.resolvedAt));
            candidates.push_back({sqlite3_column_int64(*find, 0), equal});
            storedResolved.push_back(sqlite3_column_type(*find, 3) == SQLITE_NULL
                                         ? std::nullopt
                                         : std::optional<qint64>(sqlite3_column_int64(*find, 3)));
        }
        if (rc != SQLITE_DONE)
            return sqliteError(QStringLiteral("Looking up an interaction failed"), *find);
    }
    bool refused = false;
    auto picked =
        pick(candidates, row.line, refused,
             QStringLiteral("the same customer, kind, occurred_at, rep and amount: give the rows an "
                            "external_id if they are different interactions"),
             QStringLiteral("interactions (the same customer, kind, occurred_at, rep and amount)"));
    if (!picked)
        return picked.error();
    if (refused)
        return {};
    if (*picked) {
        InteractionImportRow merged = row;
        if (!has(interaction::ResolvedAt) && complaint) {
            const auto at = std::find_if(candidates.begin(), candidates.end(),
                                         [&](const Candidate& c) { return c.id == (*picked)->id; });
            merged.resolvedAt = storedResolved[static_cast<std::size_t>(at - candidates.begin())];
        }
        return update(m_updateInteraction, m_updateInteractionSql, (*picked)->id, merged, (*picked)->equal,
                      bindInteraction, QStringLiteral("Writing an interaction failed"));
    }
    return insert(m_insertInteraction, kInsertInteraction, row.externalId, row, bindInteraction,
                  QStringLiteral("Writing an interaction failed"));
}

Status ImportStore::flushInteractions()
{
    return flushBatch(m_interactions,
                      {&m_batchInteractions, &m_maxInteractionId, kMaxInteractionId, "interactions",
                       kInteractionColumns, kInteractionColumnCount},
                      bindInteraction, &ImportStore::matchInteraction);
}

Status ImportStore::matchInteraction(const InteractionImportRow& row, qint64 maxBefore)
{
    // Only a purchase has an amount and only a complaint a resolved_at: the row's kind decides,
    // whether or not the file has those columns (the importer required an amount on a purchase).
    InteractionImportRow merged = row;
    const bool complaint = row.kind == QByteArrayView("complaint");
    qint64 id = 0;
    bool same = false;
    {
        auto find = statement(m_findInteractionById, kFindInteractionById);
        if (!find)
            return find.error();
        Reset reset(*find);
        bindText(*find, 1, row.externalId);
        if (sqlite3_step(*find) != SQLITE_ROW)
            return sqliteError(QStringLiteral("Looking up an interaction failed"), *find);
        id = sqlite3_column_int64(*find, 0);
        if (!has(interaction::ResolvedAt) && complaint && sqlite3_column_type(*find, 8) != SQLITE_NULL)
            merged.resolvedAt = sqlite3_column_int64(*find, 8);
        same = sameInt(*find, 1, row.customerId) &&
               (!has(interaction::Rep) || sameText(*find, 2, row.repId)) && sameText(*find, 3, row.kind) &&
               sameInt(*find, 4, row.occurredAt) && sameInt(*find, 5, row.amountCents) &&
               (!has(interaction::Category) || sameText(*find, 6, row.category)) &&
               (!has(interaction::Notes) || sameText(*find, 7, row.notes)) &&
               sameInt(*find, 8, merged.resolvedAt);
    }
    auto go = claim(id, maxBefore, row.line, "external_id");
    if (!go || !*go)
        return go ? Status() : Status(go.error());
    if (!has(interaction::ResolvedAt) && merged.resolvedAt && *merged.resolvedAt < row.occurredAt) {
        problem(
            row.line, "occurred_at",
            QStringLiteral("%1 is after the stored resolved_at %2, which this file has no column for (add "
                           "resolved_at to the file)")
                .arg(formatUtc(row.occurredAt), formatUtc(*merged.resolvedAt)));
        return {};
    }
    return update(m_updateInteraction, m_updateInteractionSql, id, merged, same, bindInteraction,
                  QStringLiteral("Writing an interaction failed"));
}

Status ImportStore::putSurvey(const SurveyImportRow& row)
{
    if (!row.externalId.isEmpty()) {
        m_surveys.add(row);
        return m_surveys.isFull() ? flushSurveys() : Status();
    }
    // Matched by (customer, survey, responded_at): the rows before it must be in the table first.
    if (Status st = flushSurveys(); !st)
        return st;
    if (Status st = needIndex(kSurveyLookupIndex); !st)
        return st;
    std::vector<Candidate> candidates;
    {
        auto find = statement(m_findSurveyByKey, kFindSurveyByKey);
        if (!find)
            return find.error();
        Reset reset(*find);
        sqlite3_bind_int64(*find, 1, row.customerId);
        bindText(*find, 2, row.survey);
        sqlite3_bind_int64(*find, 3, row.respondedAt);
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(*find)) == SQLITE_ROW)
            candidates.push_back({sqlite3_column_int64(*find, 0), sameSurvey(*find, row)});
        if (rc != SQLITE_DONE)
            return sqliteError(QStringLiteral("Looking up a survey response failed"), *find);
    }
    bool refused = false;
    auto picked =
        pick(candidates, row.line, refused, QStringLiteral("the same customer, survey and responded_at"),
             QStringLiteral("survey responses (the same customer, survey and responded_at)"));
    if (!picked)
        return picked.error();
    if (refused)
        return {};
    if (*picked)
        return update(m_updateSurvey, m_updateSurveySql, (*picked)->id, row, (*picked)->equal, bindSurvey,
                      QStringLiteral("Writing a survey response failed"));
    return insert(m_insertSurvey, kInsertSurvey, row.externalId, row, bindSurvey,
                  QStringLiteral("Writing a survey response failed"));
}

Status ImportStore::flushSurveys()
{
    return flushBatch(m_surveys,
                      {&m_batchSurveys, &m_maxSurveyId, kMaxSurveyId, "survey_responses", kSurveyColumns,
                       kSurveyColumnCount},
                      bindSurvey, &ImportStore::matchSurvey);
}

bool ImportStore::sameSurvey(sqlite3_stmt* s, const SurveyImportRow& row) const
{
    return sameInt(s, 1, row.customerId) && sameText(s, 2, row.survey) && sameInt(s, 3, row.score) &&
           sameInt(s, 4, row.respondedAt) && (!has(survey::Comment) || sameText(s, 5, row.comment)) &&
           (!has(survey::Category) || sameText(s, 6, row.category));
}

Status ImportStore::matchSurvey(const SurveyImportRow& row, qint64 maxBefore)
{
    qint64 id = 0;
    bool same = false;
    {
        auto find = statement(m_findSurveyById, kFindSurveyById);
        if (!find)
            return find.error();
        Reset reset(*find);
        bindText(*find, 1, row.externalId);
        if (sqlite3_step(*find) != SQLITE_ROW)
            return sqliteError(QStringLiteral("Looking up a survey response failed"), *find);
        id = sqlite3_column_int64(*find, 0);
        same = sameSurvey(*find, row);
    }
    auto go = claim(id, maxBefore, row.line, "external_id");
    if (!go || !*go)
        return go ? Status() : Status(go.error());
    return update(m_updateSurvey, m_updateSurveySql, id, row, same, bindSurvey,
                  QStringLiteral("Writing a survey response failed"));
}

} // namespace rapport::core
