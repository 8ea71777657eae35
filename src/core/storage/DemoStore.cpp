#include "storage/DemoStore.h"

#include "storage/Database.h"
#include "storage/TableBinding.h"

#include <QCoreApplication>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace rapport::core {
namespace {

// A bigger page cache while the bulk insert runs: the interaction indexes are written
// in time order per customer, i.e. scattered, and a small cache turns that into I/O.
constexpr const char* kBulkCacheSize = "PRAGMA cache_size = -262144"; // 256 MiB

// The indexes of the tables we fill, as the migrations created them (sqlite_master keeps
// their CREATE statements). UNIQUE constraints' automatic indexes have no SQL and stay.
constexpr const char* kListIndexes =
    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    " AND tbl_name IN ('customers', 'interactions', 'survey_responses', 'follow_up_tasks') ORDER BY name";

constexpr const char* kHasData =
    "SELECT EXISTS (SELECT 1 FROM reps) OR EXISTS (SELECT 1 FROM customers)"
    " OR EXISTS (SELECT 1 FROM interactions) OR EXISTS (SELECT 1 FROM survey_responses)"
    " OR EXISTS (SELECT 1 FROM kpi_goals) OR EXISTS (SELECT 1 FROM follow_up_tasks)"
    " OR EXISTS (SELECT 1 FROM products)";

} // namespace

DemoStore::DemoStore(Database& db) : m_db(db) {}

DemoStore::~DemoStore()
{
    rollback();
}

Status DemoStore::execute(const char* text)
{
    return SqliteStatement::exec(
        m_handle, text,
        QCoreApplication::translate("rapport::core::DemoStore", "Writing the demo data failed"));
}

Status DemoStore::prepare(SqliteStatement& statement, QByteArrayView text)
{
    auto prepared = SqliteStatement::prepare(
        m_handle, text,
        QCoreApplication::translate("rapport::core::DemoStore", "Preparing a demo data statement failed"),
        SqliteStatement::Reuse::Persistent);
    if (!prepared)
        return prepared.error();
    statement = std::move(*prepared);
    return {};
}

Status DemoStore::step(SqliteStatement& statement, const char* what)
{
    SqliteReset reset(statement);
    // The message is built only on failure: this runs for every one of millions of rows.
    if (statement.next() || statement.failed())
        return statement.error(
            QCoreApplication::translate("rapport::core::DemoStore", "Inserting a demo %1 failed")
                .arg(QLatin1String(what)));
    return {};
}

Status DemoStore::begin()
{
    m_handle = m_db.nativeHandle();
    if (!m_handle)
        return Error::make(QCoreApplication::translate(
            "rapport::core::DemoStore", "The demo data generator needs an SQLite database connection."));
    if (auto cache =
            SqliteStatement::integerOf(m_handle, "PRAGMA cache_size",
                                       QCoreApplication::translate("rapport::core::DemoStore",
                                                                   "Preparing a demo data statement failed")))
        m_previousCacheSize = static_cast<int>(*cache);
    else
        return cache.error();
    if (Status s = execute("BEGIN IMMEDIATE"); !s)
        return s;
    m_open = true;
#if defined(__GLIBC__)
    // Every interaction naming a product evaluates the CHECK's `kind IN (...)`, which SQLite
    // codes as an ephemeral table opened and closed per row; freeing its page made glibc
    // give the heap top back to the system (brk) on every row, and on this VM each of those
    // flushes the TLB of every CPU: the 10,000-customer demo took 70 s instead of 25. Keeping
    // up to 64 MiB of free heap avoids it; M_TRIM_THRESHOLD is process-wide and only a
    // threshold, so it is left that way.
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
    if (Status s = execute(kBulkCacheSize); !s)
        return s;

    auto hasData = SqliteStatement::integerOf(
        m_handle, kHasData,
        QCoreApplication::translate("rapport::core::DemoStore",
                                    "Checking whether the database is empty failed"));
    if (!hasData)
        return hasData.error();
    if (*hasData != 0)
        return Error::make(QCoreApplication::translate(
                               "rapport::core::DemoStore",
                               "The database %1 already holds data: demo data is only written into an "
                               "empty database.")
                               .arg(m_db.path()));

    if (Status s = dropIndexes(); !s)
        return s;
    using namespace tables;
    for (auto [statement, text] :
         {std::pair{&m_rep, insertSql(kReps)}, std::pair{&m_customer, insertSql(kCustomers, RowId::Included)},
          std::pair{&m_interaction, insertSql(kInteractions)}, std::pair{&m_survey, insertSql(kSurveys)},
          std::pair{&m_goal, insertSql(kGoals)}, std::pair{&m_followUpTask, insertSql(kFollowUpTasks)},
          std::pair{&m_product, insertSql(kProducts)},
          std::pair{&m_return, QByteArray("UPDATE customers SET returned_at = ?1 WHERE id = ?2")}}) {
        if (Status s = prepare(*statement, text); !s)
            return s;
    }
    return {};
}

Status DemoStore::addRep(const char* id, const char* name, const char* role)
{
    tables::bindRow(m_rep, tables::RepFields<const char*>{id, name, role}, 0);
    return step(m_rep, "rep");
}

Result<qint64> DemoStore::addProduct(const ProductRow& row)
{
    tables::bindRow(m_product, row, 0);
    if (Status s = step(m_product, "product"); !s)
        return s.error();
    return lastInteractionId(); // the connection's last row id
}

Status DemoStore::addCustomer(const CustomerRow& row)
{
    // The generator numbers its customers itself: the id first, then the table's columns.
    m_customer.bindInt(1, row.id);
    tables::bindRow(m_customer, row, 1);
    return step(m_customer, "customer");
}

Status DemoStore::markReturned(qint64 id, qint64 at)
{
    m_return.bindInt(1, at);
    m_return.bindInt(2, id);
    return step(m_return, "return");
}

Status DemoStore::addInteraction(const InteractionRow& row)
{
    tables::bindRow(m_interaction, row, 0);
    return step(m_interaction, "interaction");
}

qint64 DemoStore::lastInteractionId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

Status DemoStore::addSurveyResponse(const SurveyRow& row)
{
    tables::bindRow(m_survey, row, 0);
    return step(m_survey, "survey response");
}

Status DemoStore::addGoal(const GoalRow& row)
{
    const QByteArray name = row.name.toUtf8();
    const QByteArray metric = row.metric.toUtf8();
    const QByteArray scopeKind = row.scopeKind.toUtf8();
    const QByteArray scopeValue = row.scopeValue.toUtf8();
    const QByteArray direction = row.direction.toUtf8();
    m_goal.bindText(1, name.constData());
    m_goal.bindText(2, metric.constData());
    m_goal.bindText(3, scopeKind.constData());
    m_goal.bindTextOrNull(4, QByteArrayView(scopeValue));
    m_goal.bindInt(5, row.periodStart);
    m_goal.bindInt(6, row.periodEnd);
    m_goal.bindReal(7, row.target);
    m_goal.bindText(8, direction.constData());
    m_goal.bindOptional(9, row.baseline);
    m_goal.bindInt(10, row.checkInEveryDays);
    m_goal.bindInt(11, row.createdAt);
    return step(m_goal, "KPI goal");
}

Status DemoStore::addFollowUpTask(const FollowUpTaskRow& row)
{
    tables::bindRow(m_followUpTask, row, 0);
    return step(m_followUpTask, "follow-up task");
}

// Building an index once over sorted data is several times faster than updating it row
// by row, so the bulk insert runs without the secondary indexes and rebuilds them before
// COMMIT. Dropping them is part of the same transaction: a rollback restores them.
Status DemoStore::dropIndexes()
{
    m_indexDefinitions.clear();
    std::vector<QByteArray> names;
    SqliteStatement list;
    if (Status s = prepare(list, kListIndexes); !s)
        return s;
    while (list.next()) {
        names.emplace_back(list.text(0).toByteArray());
        m_indexDefinitions.emplace_back(list.text(1).toByteArray());
    }
    if (list.failed())
        return list.error(
            QCoreApplication::translate("rapport::core::DemoStore", "Reading the index definitions failed"));
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
    for (SqliteStatement* statement :
         {&m_rep, &m_customer, &m_return, &m_interaction, &m_survey, &m_goal, &m_followUpTask, &m_product})
        statement->finalize();
}

Status DemoStore::commit()
{
    if (!m_open)
        return Error::make(QCoreApplication::translate("rapport::core::DemoStore",
                                                       "The demo data transaction is not open."));
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
