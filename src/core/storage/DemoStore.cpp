#include "storage/DemoStore.h"

#include "storage/Database.h"

#include <sqlite3.h>

namespace rapport::core {
namespace {

// A bigger page cache while the bulk insert runs: the interaction indexes are written
// in time order per customer, i.e. scattered, and a small cache turns that into I/O.
constexpr const char* kBulkCacheSize = "PRAGMA cache_size = -262144"; // 256 MiB

// The indexes of the tables we fill, as the migrations created them (sqlite_master keeps
// their CREATE statements). UNIQUE constraints' automatic indexes have no SQL and stay.
constexpr const char* kListIndexes =
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    " AND tbl_name IN ('customers', 'interactions', 'survey_responses') ORDER BY name";

constexpr const char* kInsertRep = "INSERT INTO reps (id, name, role) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertCustomer =
    "INSERT INTO customers (id, external_id, name, company, email, phone, segment, owner, acquired_at,"
    " churned_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr const char* kInsertInteraction =
    "INSERT INTO interactions (external_id, customer_id, rep_id, kind, occurred_at, amount_cents, category,"
    " notes, resolved_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr const char* kInsertSurvey =
    "INSERT INTO survey_responses (external_id, customer_id, survey, score, responded_at, comment, category)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
constexpr const char* kInsertGoal =
    "INSERT INTO kpi_goals (name, metric, scope_kind, scope_value, period_start, period_end, target,"
    " direction, baseline, check_in_every_days, created_at)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
constexpr const char* kHasData =
    "SELECT EXISTS (SELECT 1 FROM reps) OR EXISTS (SELECT 1 FROM customers)"
    " OR EXISTS (SELECT 1 FROM interactions) OR EXISTS (SELECT 1 FROM survey_responses)"
    " OR EXISTS (SELECT 1 FROM kpi_goals)";

// The statement is stepped before the call returns, so the text need not be copied.
void bindText(sqlite3_stmt* s, int index, const char* text)
{
    if (text)
        sqlite3_bind_text(s, index, text, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, index);
}

void bindText(sqlite3_stmt* s, int index, const QByteArray& utf8, bool nullWhenEmpty)
{
    if (nullWhenEmpty && utf8.isEmpty())
        sqlite3_bind_null(s, index);
    else
        sqlite3_bind_text(s, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void bindOptional(sqlite3_stmt* s, int index, const std::optional<qint64>& v)
{
    if (v)
        sqlite3_bind_int64(s, index, *v);
    else
        sqlite3_bind_null(s, index);
}

} // namespace

DemoStore::DemoStore(Database& db) : m_db(db) {}

DemoStore::~DemoStore()
{
    rollback();
}

Error DemoStore::sqliteError(const QString& what, const char* statement) const
{
    const QString detail = m_handle ? QString::fromUtf8(sqlite3_errmsg(m_handle)) : QStringLiteral("no connection");
    return Error::make(QStringLiteral("%1: %2").arg(what, detail), QString::fromUtf8(statement));
}

Status DemoStore::execute(const char* text)
{
    if (sqlite3_exec(m_handle, text, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Writing the demo data failed"), text);
    return {};
}

Status DemoStore::prepare(sqlite3_stmt** statement, const char* text)
{
    if (sqlite3_prepare_v3(m_handle, text, -1, SQLITE_PREPARE_PERSISTENT, statement, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Preparing a demo data statement failed"), text);
    return {};
}

Status DemoStore::step(sqlite3_stmt* statement, const char* what)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Inserting a demo %1 failed").arg(QLatin1String(what)),
                           sqlite3_sql(statement));
    return {};
}

Status DemoStore::begin()
{
    m_handle = m_db.nativeHandle();
    if (!m_handle)
        return Error::make(QStringLiteral("The demo data generator needs an SQLite database connection."));
    {
        sqlite3_stmt* cache = nullptr;
        if (Status s = prepare(&cache, "PRAGMA cache_size"); !s)
            return s;
        if (sqlite3_step(cache) == SQLITE_ROW)
            m_previousCacheSize = sqlite3_column_int(cache, 0);
        sqlite3_finalize(cache);
    }
    if (Status s = execute("BEGIN IMMEDIATE"); !s)
        return s;
    m_open = true;
    if (Status s = execute(kBulkCacheSize); !s)
        return s;

    sqlite3_stmt* check = nullptr;
    if (Status s = prepare(&check, kHasData); !s)
        return s;
    const int rc = sqlite3_step(check);
    const bool hasData = rc == SQLITE_ROW && sqlite3_column_int(check, 0) != 0;
    sqlite3_finalize(check);
    if (rc != SQLITE_ROW)
        return sqliteError(QStringLiteral("Checking whether the database is empty failed"), kHasData);
    if (hasData)
        return Error::make(QStringLiteral("The database %1 already holds data: demo data is only written into an "
                                          "empty database.")
                               .arg(m_db.path()));

    if (Status s = dropIndexes(); !s)
        return s;
    for (auto [statement, text] : {std::pair{&m_rep, kInsertRep}, std::pair{&m_customer, kInsertCustomer},
                                   std::pair{&m_interaction, kInsertInteraction}, std::pair{&m_survey, kInsertSurvey},
                                   std::pair{&m_goal, kInsertGoal}}) {
        if (Status s = prepare(statement, text); !s)
            return s;
    }
    return {};
}

Status DemoStore::addRep(const char* id, const char* name, const char* role)
{
    bindText(m_rep, 1, id);
    bindText(m_rep, 2, name);
    bindText(m_rep, 3, role);
    return step(m_rep, "rep");
}

Status DemoStore::addCustomer(const CustomerRow& row)
{
    sqlite3_bind_int64(m_customer, 1, row.id);
    bindText(m_customer, 2, row.externalId);
    bindText(m_customer, 3, row.name);
    bindText(m_customer, 4, row.company);
    bindText(m_customer, 5, row.email);
    bindText(m_customer, 6, row.phone);
    bindText(m_customer, 7, row.segment);
    bindText(m_customer, 8, row.owner);
    sqlite3_bind_int64(m_customer, 9, row.acquiredAt);
    bindOptional(m_customer, 10, row.churnedAt);
    return step(m_customer, "customer");
}

Status DemoStore::addInteraction(const InteractionRow& row)
{
    bindText(m_interaction, 1, row.externalId);
    sqlite3_bind_int64(m_interaction, 2, row.customerId);
    bindText(m_interaction, 3, row.repId);
    bindText(m_interaction, 4, row.kind);
    sqlite3_bind_int64(m_interaction, 5, row.occurredAt);
    bindOptional(m_interaction, 6, row.amountCents);
    bindText(m_interaction, 7, row.category);
    bindText(m_interaction, 8, row.notes);
    bindOptional(m_interaction, 9, row.resolvedAt);
    return step(m_interaction, "interaction");
}

Status DemoStore::addSurveyResponse(const SurveyRow& row)
{
    bindText(m_survey, 1, row.externalId);
    sqlite3_bind_int64(m_survey, 2, row.customerId);
    bindText(m_survey, 3, row.survey);
    sqlite3_bind_int(m_survey, 4, row.score);
    sqlite3_bind_int64(m_survey, 5, row.respondedAt);
    bindText(m_survey, 6, row.comment);
    bindText(m_survey, 7, row.category);
    return step(m_survey, "survey response");
}

Status DemoStore::addGoal(const GoalRow& row)
{
    const QByteArray name = row.name.toUtf8();
    const QByteArray metric = row.metric.toUtf8();
    const QByteArray scopeKind = row.scopeKind.toUtf8();
    const QByteArray scopeValue = row.scopeValue.toUtf8();
    const QByteArray direction = row.direction.toUtf8();
    bindText(m_goal, 1, name, false);
    bindText(m_goal, 2, metric, false);
    bindText(m_goal, 3, scopeKind, false);
    bindText(m_goal, 4, scopeValue, true);
    sqlite3_bind_int64(m_goal, 5, row.periodStart);
    sqlite3_bind_int64(m_goal, 6, row.periodEnd);
    sqlite3_bind_double(m_goal, 7, row.target);
    bindText(m_goal, 8, direction, false);
    if (row.baseline)
        sqlite3_bind_double(m_goal, 9, *row.baseline);
    else
        sqlite3_bind_null(m_goal, 9);
    sqlite3_bind_int(m_goal, 10, row.checkInEveryDays);
    sqlite3_bind_int64(m_goal, 11, row.createdAt);
    return step(m_goal, "KPI goal");
}

// Building an index once over sorted data is several times faster than updating it row
// by row, so the bulk insert runs without the secondary indexes and rebuilds them before
// COMMIT. Dropping them is part of the same transaction: a rollback restores them.
Status DemoStore::dropIndexes()
{
    m_indexDefinitions.clear();
    std::vector<QByteArray> names;
    sqlite3_stmt* list = nullptr;
    if (Status s = prepare(&list, kListIndexes); !s)
        return s;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(list)) == SQLITE_ROW) {
        names.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
        m_indexDefinitions.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(list, 1)));
    }
    sqlite3_finalize(list);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Reading the index definitions failed"), kListIndexes);
    for (const QByteArray& name : names) {
        // Names come from sqlite_master (our own migrations), never from user input.
        const QByteArray drop = "DROP INDEX \"" + name + '"';
        if (Status s = execute(drop.constData()); !s)
            return s;
    }
    return {};
}

Status DemoStore::rebuildIndexes()
{
    for (const QByteArray& definition : m_indexDefinitions) {
        if (Status s = execute(definition.constData()); !s)
            return s;
    }
    m_indexDefinitions.clear();
    return {};
}

void DemoStore::finalizeAll()
{
    for (sqlite3_stmt** statement : {&m_rep, &m_customer, &m_interaction, &m_survey, &m_goal}) {
        sqlite3_finalize(*statement);
        *statement = nullptr;
    }
}

Status DemoStore::commit()
{
    if (!m_open)
        return Error::make(QStringLiteral("The demo data transaction is not open."));
    finalizeAll();
    Status s = rebuildIndexes();
    if (s)
        s = execute("COMMIT");
    if (!s) {
        rollback();
        return s;
    }
    m_open = false;
    // Back to the connection's usual cache; the PRAGMA value is our own integer.
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(m_previousCacheSize);
    sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
    return {};
}

void DemoStore::rollback()
{
    finalizeAll();
    if (!m_open)
        return;
    m_open = false;
    sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    const QByteArray restore = "PRAGMA cache_size = " + QByteArray::number(m_previousCacheSize);
    sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
}

} // namespace rapport::core
