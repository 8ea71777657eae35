#pragma once

#include "common/Result.h"
#include "storage/SqliteStatement.h"
#include "storage/Tables.h"

#include <QString>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// Bulk writer for the demo data generator: prepared statements on the raw SQLite
// handle, reused across rows inside one BEGIN IMMEDIATE transaction, so millions of
// rows go in within seconds. Text arguments are UTF-8 and may be null (stored as NULL);
// they only need to live for the duration of the call.
class DemoStore
{
public:
    // The rows of Tables.h with C strings (null = no value; an empty string is stored as '').
    struct CustomerRow : tables::CustomerFields<const char*>
    {
        qint64 id = 0;
    };
    using InteractionRow = tables::InteractionFields<const char*>;
    using SurveyRow = tables::SurveyFields<const char*>;
    using FollowUpTaskRow = tables::FollowUpTaskFields<const char*>;
    using ProductRow = tables::ProductFields<const char*>;

    struct GoalRow
    {
        QString name;
        QString metric;
        QString scopeKind = QStringLiteral("all");
        QString scopeValue;
        qint64 periodStart = 0;
        qint64 periodEnd = 0;
        double target = 0;
        QString direction = QStringLiteral(">=");
        std::optional<double> baseline;
        int checkInEveryDays = 14;
        qint64 createdAt = 0;
    };

    explicit DemoStore(Database& db);
    ~DemoStore(); // rolls back when commit() was not reached
    DemoStore(const DemoStore&) = delete;
    DemoStore& operator=(const DemoStore&) = delete;

    // BEGIN IMMEDIATE, then prepares the statements. Fails when the database already
    // holds reps, customers, interactions, survey responses, goals,
    // follow-up tasks or products.
    Status begin();
    Status addRep(const char* id, const char* name, const char* role);
    // A catalogue product; its row id.
    Result<qint64> addProduct(const ProductRow& row);
    Status addCustomer(const CustomerRow& row);
    // Records that the churned customer `id` came back at `at`, as a rep accepting the window's
    // offer on their first purchase after leaving would (schema 10).
    Status markReturned(qint64 id, qint64 at);
    Status addInteraction(const InteractionRow& row);
    // The row id the last addInteraction() got, for follow-up tasks that point at it.
    qint64 lastInteractionId() const;
    Status addSurveyResponse(const SurveyRow& row);
    Status addGoal(const GoalRow& row);
    Status addFollowUpTask(const FollowUpTaskRow& row);
    // Re-creates the indexes dropped by begin(), still inside the transaction (commit() does
    // it when not done before). Separate so that a caller can report progress around it.
    Status rebuildIndexes();
    Status commit();
    void rollback();

private:
    Status prepare(SqliteStatement& statement, QByteArrayView text);
    Status step(SqliteStatement& statement, const char* what);
    Status execute(const char* text);
    void finalizeAll();
    Status dropIndexes();

    Database& m_db;
    sqlite3* m_handle = nullptr;
    bool m_open = false;
    int m_previousCacheSize = 0;
    std::vector<QByteArray> m_indexDefinitions; // CREATE INDEX statements to replay at commit
    SqliteStatement m_rep;
    SqliteStatement m_customer;
    SqliteStatement m_return;
    SqliteStatement m_interaction;
    SqliteStatement m_survey;
    SqliteStatement m_goal;
    SqliteStatement m_followUpTask;
    SqliteStatement m_product;
};

} // namespace rapport::core
