#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rapport::core {

class Database;

// Bulk writer for the demo data generator: prepared statements on the raw SQLite
// handle, reused across rows inside one BEGIN IMMEDIATE transaction, so millions of
// rows go in within seconds. Text arguments are UTF-8 and may be null (stored as NULL);
// they only need to live for the duration of the call.
class DemoStore
{
public:
    struct CustomerRow
    {
        qint64 id = 0;
        const char* externalId = nullptr;
        const char* name = nullptr;
        const char* company = nullptr;
        const char* email = nullptr;
        const char* phone = nullptr;
        const char* segment = nullptr;
        const char* owner = nullptr;
        qint64 acquiredAt = 0; // unix seconds, UTC
        std::optional<qint64> churnedAt;
    };

    struct InteractionRow
    {
        const char* externalId = nullptr;
        qint64 customerId = 0;
        const char* repId = nullptr;
        const char* kind = nullptr;
        qint64 occurredAt = 0;
        std::optional<qint64> amountCents;
        const char* category = nullptr;
        const char* notes = nullptr;
        std::optional<qint64> resolvedAt;
    };

    struct SurveyRow
    {
        const char* externalId = nullptr;
        qint64 customerId = 0;
        const char* survey = nullptr;
        int score = 0;
        qint64 respondedAt = 0;
        const char* comment = nullptr;
        const char* category = nullptr;
    };

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
    // holds reps, customers, interactions, survey responses or goals.
    Status begin();
    Status addRep(const char* id, const char* name, const char* role);
    Status addCustomer(const CustomerRow& row);
    Status addInteraction(const InteractionRow& row);
    Status addSurveyResponse(const SurveyRow& row);
    Status addGoal(const GoalRow& row);
    // Re-creates the indexes dropped by begin(), still inside the transaction (commit() does
    // it when not done before). Separate so that a caller can report progress around it.
    Status rebuildIndexes();
    Status commit();
    void rollback();

private:
    Status prepare(sqlite3_stmt** statement, const char* text);
    Status step(sqlite3_stmt* statement, const char* what);
    Status execute(const char* text);
    Error sqliteError(const QString& what, const char* statement) const;
    void finalizeAll();
    Status dropIndexes();

    Database& m_db;
    sqlite3* m_handle = nullptr;
    bool m_open = false;
    int m_previousCacheSize = 0;
    std::vector<QByteArray> m_indexDefinitions; // CREATE INDEX statements to replay at commit
    sqlite3_stmt* m_rep = nullptr;
    sqlite3_stmt* m_customer = nullptr;
    sqlite3_stmt* m_interaction = nullptr;
    sqlite3_stmt* m_survey = nullptr;
    sqlite3_stmt* m_goal = nullptr;
};

} // namespace rapport::core
