#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <span>
#include <tuple>

// The columns of the main tables, written once. The repositories (QtSql), the import and the
// demo generator (raw SQLite) build their INSERT, UPDATE and SELECT text from these lists and
// read their rows in this order, so a column is added here and nowhere else. Storage only.
namespace rapport::core::tables {

// Column positions, in the order of the lists below (and of interchange.md's files).
namespace rep {
enum Column { Id, Name, Role, Count };
}
namespace customer {
enum Column {
    ExternalId,
    Name,
    Company,
    Email,
    Phone,
    Segment,
    Owner,
    AcquiredAt,
    ChurnedAt,
    ChurnReason,
    Count
};
}
namespace interaction {
enum Column {
    ExternalId,
    CustomerId,
    Rep,
    Kind,
    OccurredAt,
    Amount,
    Category,
    Notes,
    ResolvedAt,
    ProductId,
    Count
};
}
namespace product {
enum Column { ExternalId, Name, Category, Active, Count };
}
namespace survey {
enum Column { ExternalId, CustomerId, Survey, Score, RespondedAt, Comment, Category, Count };
}
namespace goal {
enum Column {
    Name,
    Metric,
    ScopeKind,
    ScopeValue,
    PeriodStart,
    PeriodEnd,
    Target,
    Direction,
    Baseline,
    CheckInEveryDays,
    CreatedAt,
    Count
};
}
namespace followUpTask {
enum Column { CustomerId, RepId, DueAt, Note, SourceInteractionId, DoneAt, DoneInteractionId, Count };
}

inline constexpr const char* kRepColumns[] = {"id", "name", "role"};
inline constexpr const char* kCustomerColumns[] = {"external_id", "name",        "company", "email",
                                                   "phone",       "segment",     "owner",   "acquired_at",
                                                   "churned_at",  "churn_reason"};
inline constexpr const char* kInteractionColumns[] = {"external_id", "customer_id",  "rep_id",   "kind",
                                                      "occurred_at", "amount_cents", "category", "notes",
                                                      "resolved_at", "product_id"};
inline constexpr const char* kProductColumns[] = {"external_id", "name", "category", "active"};
inline constexpr const char* kSurveyColumns[] = {"external_id",  "customer_id", "survey",  "score",
                                                 "responded_at", "comment",     "category"};
inline constexpr const char* kGoalColumns[] = {
    "name",   "metric",    "scope_kind", "scope_value",         "period_start", "period_end",
    "target", "direction", "baseline",   "check_in_every_days", "created_at"};
inline constexpr const char* kFollowUpTaskColumns[] = {
    "customer_id", "rep_id", "due_at", "note", "source_interaction_id", "done_at", "done_interaction_id"};
static_assert(std::size(kRepColumns) == rep::Count);
static_assert(std::size(kCustomerColumns) == customer::Count);
static_assert(std::size(kInteractionColumns) == interaction::Count);
static_assert(std::size(kProductColumns) == product::Count);
static_assert(std::size(kSurveyColumns) == survey::Count);
static_assert(std::size(kGoalColumns) == goal::Count);
static_assert(std::size(kFollowUpTaskColumns) == followUpTask::Count);

struct Table
{
    const char* name;
    std::span<const char* const> columns; // without the row id
};

inline constexpr Table kReps{"reps", kRepColumns};
inline constexpr Table kCustomers{"customers", kCustomerColumns};
inline constexpr Table kInteractions{"interactions", kInteractionColumns};
inline constexpr Table kProducts{"products", kProductColumns};
inline constexpr Table kSurveys{"survey_responses", kSurveyColumns};
inline constexpr Table kGoals{"kpi_goals", kGoalColumns};
inline constexpr Table kFollowUpTasks{"follow_up_tasks", kFollowUpTaskColumns};

// Whether a statement names the row id before the columns.
enum class RowId { Omitted, Included };

// "a, b, c" (with the row id: "id, a, b, c").
QByteArray columnList(const Table& table, RowId id = RowId::Omitted, const char* idColumn = "id");
// INSERT INTO table (columns) VALUES (?, ...): parameters in column order (the row id first
// when included), so SQLite numbers them 1, 2, ... and QtSql binds them in that order.
QByteArray insertSql(const Table& table, RowId id = RowId::Omitted);
// SELECT id, columns FROM table; `idColumn` names what reads as the id (reps: "rowid").
QByteArray selectSql(const Table& table, const char* idColumn = "id");
// SELECT id, columns, version FROM table: for the tables whose rows carry a version.
QByteArray selectVersionedSql(const Table& table);
// UPDATE table SET every column = ? WHERE id = ?: the columns in order, the id last.
QByteArray updateSql(const Table& table);

// The same as a conditional write: "…, version = version + 1 WHERE id = ? AND version = ?",
// so a save based on a version someone else has since replaced changes nothing (team.md).
QByteArray versionedUpdateSql(const Table& table);
// The same text for the QtSql path.
inline QString text(const QByteArray& sql)
{
    return QString::fromLatin1(sql);
}

// A row of each table as the bulk writers hand it over: `Text` is QByteArrayView for the
// import (views into the file; empty = no value) and const char* for the demo generator
// (null = no value). Instants are Unix seconds (UTC), money is cents.
template <typename Text> struct RepFields
{
    Text id{};
    Text name{};
    Text role{}; // "rep" or "manager"

    // The columns in the order of kRepColumns (TableBinding.h binds them).
    auto cells() const { return std::tie(id, name, role); }
};

template <typename Text> struct CustomerFields
{
    Text externalId{};
    Text name{};
    Text company{};
    Text email{};
    Text phone{};
    Text segment{};
    Text owner{};
    qint64 acquiredAt = 0;
    std::optional<qint64> churnedAt;
    Text churnReason{};

    auto cells() const
    {
        return std::tie(externalId, name, company, email, phone, segment, owner, acquiredAt, churnedAt,
                        churnReason);
    }
};

template <typename Text> struct InteractionFields
{
    Text externalId{};
    qint64 customerId = 0;
    Text repId{};
    Text kind{}; // canonical lower-case word
    qint64 occurredAt = 0;
    std::optional<qint64> amountCents;
    Text category{};
    Text notes{};
    std::optional<qint64> resolvedAt;
    std::optional<qint64> productId; // purchases, complaints and support only

    auto cells() const
    {
        return std::tie(externalId, customerId, repId, kind, occurredAt, amountCents, category, notes,
                        resolvedAt, productId);
    }
};

template <typename Text> struct ProductFields
{
    Text externalId{};
    Text name{};
    Text category{};
    qint64 active = 1; // 1 or 0: the column is an integer on both engines

    auto cells() const { return std::tie(externalId, name, category, active); }
};

template <typename Text> struct SurveyFields
{
    Text externalId{};
    qint64 customerId = 0;
    Text survey{}; // canonical lower-case word
    int score = 0;
    qint64 respondedAt = 0;
    Text comment{};
    Text category{};

    auto cells() const
    {
        return std::tie(externalId, customerId, survey, score, respondedAt, comment, category);
    }
};

template <typename Text> struct FollowUpTaskFields
{
    qint64 customerId = 0;
    Text repId{};
    qint64 dueAt = 0;
    Text note{};
    std::optional<qint64> sourceInteractionId;
    std::optional<qint64> doneAt; // open while empty
    std::optional<qint64> doneInteractionId;

    auto cells() const
    {
        return std::tie(customerId, repId, dueAt, note, sourceInteractionId, doneAt, doneInteractionId);
    }
};

} // namespace rapport::core::tables
