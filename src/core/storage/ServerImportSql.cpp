#include "storage/ServerImportSql.h"

#include "storage/Tables.h"

#include <type_traits>
#include <vector>

namespace rapport::core {
namespace {

using namespace tables;

const Table& tableOf(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Reps:
        return kReps;
    case ImportTarget::Customers:
        return kCustomers;
    case ImportTarget::Interactions:
        return kInteractions;
    case ImportTarget::Products:
        return kProducts;
    case ImportTarget::Surveys:
        break;
    }
    return kSurveys;
}

// Whether each column of the target's rows is text (else an integer), read off the row type.
template <typename Row> std::vector<bool> textColumns()
{
    std::vector<bool> text;
    std::apply(
        [&](const auto&... cell) {
            (text.push_back(std::is_same_v<std::decay_t<decltype(cell)>, QByteArrayView>), ...);
        },
        Row{}.cells());
    return text;
}

std::vector<bool> textColumns(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Reps:
        return textColumns<RepImportRow>();
    case ImportTarget::Customers:
        return textColumns<CustomerImportRow>();
    case ImportTarget::Interactions:
        return textColumns<InteractionImportRow>();
    case ImportTarget::Products:
        return textColumns<ProductImportRow>();
    case ImportTarget::Surveys:
        break;
    }
    return textColumns<SurveyImportRow>();
}

// The columns compared and written only when the file has them (ImportRowComparison::same);
// the others are required by the file, or kept by a rule of their own (below).
bool comparedOnlyWhenPresent(ImportTarget target, int column)
{
    switch (target) {
    case ImportTarget::Reps:
        return column == rep::Role;
    case ImportTarget::Customers:
        return column >= customer::Company && column <= customer::Owner;
    case ImportTarget::Interactions:
        return column == interaction::Rep || column == interaction::Category || column == interaction::Notes;
    case ImportTarget::Products:
        return column == product::Category || column == product::Active;
    case ImportTarget::Surveys:
        break;
    }
    return column == survey::Comment || column == survey::Category;
}

} // namespace

QByteArray ServerImportSql::tableName(ImportTarget target)
{
    return tableOf(target).name;
}

QByteArray ServerImportSql::keyColumn(ImportTarget target)
{
    return target == ImportTarget::Reps ? "id" : "external_id";
}

ServerImportSql ServerImportSql::build(ImportTarget target, ImportColumns columns, const QByteArray& sequence)
{
    const Table& table = tableOf(target);
    const std::vector<bool> text = textColumns(target);
    const auto has = [&](int c) { return ((columns >> c) & 1U) != 0; };
    const int count = static_cast<int>(table.columns.size());
    const QByteArray key = keyColumn(target);
    const QByteArray name = table.name;
    const bool numericId = target != ImportTarget::Reps;
    const QByteArray idText = numericId ? QByteArray("t.id::text") : QByteArray("t.id");
    const QByteArray idOfDecision = numericId ? QByteArray("d.id::bigint") : QByteArray("d.id");

    // The value a matched row is written with: a complaint keeps the resolved_at the file
    // has no column for (ImportRowComparison::merged); everything else is the file's.
    const auto merged = [&](int c) -> QByteArray {
        const QByteArray col = table.columns[static_cast<std::size_t>(c)];
        // A file without churn_reason keeps the stored one, unless it takes the churn date away.
        if (target == ImportTarget::Customers && c == customer::ChurnReason && !has(c))
            return QByteArray("CASE WHEN s.churned_at IS NULL THEN NULL ELSE t.churn_reason END");
        if (target == ImportTarget::Interactions && c == interaction::ResolvedAt && !has(c))
            return "CASE WHEN s.kind = 'complaint' AND t.resolved_at IS NOT NULL THEN t.resolved_at ELSE s." +
                   col + " END";
        // Likewise a purchase, complaint or support row keeps its product; another kind has none.
        if (target == ImportTarget::Interactions && c == interaction::ProductId && !has(c))
            return QByteArray(
                "CASE WHEN s.kind IN ('purchase', 'complaint', 'support') THEN t.product_id END");
        return "s." + col;
    };
    // Whether column c takes part: compared with the stored row and written over it.
    const auto counts = [&](int c) {
        if (comparedOnlyWhenPresent(target, c))
            return has(c);
        if (target == ImportTarget::Customers && c == customer::ChurnedAt)
            return has(c); // kept as stored when the file has no column for it
        if (target == ImportTarget::Customers && c == customer::ChurnReason)
            return has(c) || has(customer::ChurnedAt);
        return true;
    };

    ServerImportSql sql;
    sql.stageColumns = "line";
    QByteArray stageDefinition = "line bigint";
    QByteArray values; // the table's columns, from the CTE of the rows to add
    QByteArray same;
    QByteArray set;
    for (int c = 0; c < count; ++c) {
        const QByteArray col = table.columns[static_cast<std::size_t>(c)];
        sql.stageColumns += ", " + col;
        stageDefinition += ", " + col + (text[static_cast<std::size_t>(c)] ? " text" : " bigint");
        values += (c > 0 ? ", " : "") + col;
        if (c == 0 || !counts(c))
            continue; // the key is how the row was found
        if (!same.isEmpty())
            same += " AND ";
        same += text[static_cast<std::size_t>(c)]
                    ? QByteArray("coalesce(t." + col + ", '') = coalesce(" + merged(c) + ", '')")
                    : QByteArray("t." + col + " IS NOT DISTINCT FROM " + merged(c));
        set += (set.isEmpty() ? "" : ", ") + col + " = " + merged(c);
    }
    // A return (schema 10) stands only after the churn date: a file that takes the churn date
    // away, or gives a later one (they left again), forgets it (ImportStore does the same).
    if (target == ImportTarget::Customers && has(customer::ChurnedAt))
        set += ", returned_at = CASE WHEN s.churned_at IS NULL OR t.returned_at < s.churned_at THEN NULL"
               " ELSE t.returned_at END";
    if (same.isEmpty())
        same = "true";
    sql.createStage = "CREATE TEMP TABLE rapport_import_stage (" + stageDefinition + ") ON COMMIT DROP";
    sql.createClaimed = QByteArray("CREATE TEMP TABLE rapport_import_claimed (id ") +
                        (numericId ? "bigint" : "text") + " PRIMARY KEY, line bigint) ON COMMIT DROP";

    // A stored instant the file has no column for must not come before the row's own.
    QByteArray kept = "NULL::bigint, 0::bigint";
    if (target == ImportTarget::Customers && !has(customer::ChurnedAt))
        kept = "CASE WHEN t.churned_at < s.acquired_at THEN t.churned_at END, s.acquired_at";
    else if (target == ImportTarget::Interactions && !has(interaction::ResolvedAt))
        kept = "CASE WHEN s.kind = 'complaint' AND t.resolved_at < s.occurred_at THEN t.resolved_at END, "
               "s.occurred_at";

    // Columns: line, the stored record's id, the line that claimed it, same, kept, at.
    const QByteArray select = "SELECT s.line, " + idText + ", c.line, " + same + ", " + kept +
                              " FROM rapport_import_stage s LEFT JOIN " + name + " t ON ";
    const QByteArray claimed = " LEFT JOIN rapport_import_claimed c ON c.id = t.id";
    sql.matchByKey =
        select + "t." + key + " = s." + key + claimed + " WHERE s." + key + " IS NOT NULL ORDER BY s.line";
    if (target == ImportTarget::Interactions) {
        // A file without a rep column says nothing about the rep: any rep matches.
        sql.matchByValues = select +
                            "t.external_id IS NULL AND t.customer_id = s.customer_id AND t.occurred_at = "
                            "s.occurred_at AND t.kind = s.kind AND t.amount_cents IS NOT DISTINCT FROM "
                            "s.amount_cents" +
                            (has(interaction::Rep) ? " AND t.rep_id IS NOT DISTINCT FROM s.rep_id" : "") +
                            claimed + " WHERE s.external_id IS NULL ORDER BY s.line, t.id";
    } else if (target == ImportTarget::Surveys) {
        sql.matchByValues = select +
                            "t.customer_id = s.customer_id AND t.survey = s.survey AND t.responded_at = "
                            "s.responded_at" +
                            claimed + " WHERE s.external_id IS NULL ORDER BY s.line, t.id";
    }
    const QByteArray decided =
        " FROM rapport_import_stage s JOIN rapport_import_decision d ON d.line = s.line";
    // The new ids are taken above the sort, so that they follow the lines as in a file's import.
    QByteArray quotedSequence = sequence;
    quotedSequence.replace('\'', "''");
    const QByteArray added =
        numericId
            ? QByteArray("SELECT nextval('" + quotedSequence + "'::regclass) AS id, q.* FROM (SELECT s.*" +
                         decided + " WHERE d.action = 'a' ORDER BY s.line) q")
            : QByteArray("SELECT s.*" + decided + " WHERE d.action = 'a' ORDER BY s.line");
    sql.insert = "WITH added AS MATERIALIZED (" + added + "), written AS (INSERT INTO " + name + " (" +
                 (numericId ? "id, " : "") + columnList(table) + ") SELECT " + (numericId ? "id, " : "") +
                 values +
                 " FROM added ORDER BY line ON CONFLICT DO NOTHING RETURNING id), claimed AS (INSERT INTO "
                 "rapport_import_claimed (id, line) SELECT id, line FROM added WHERE id IN (SELECT id FROM "
                 "written)) SELECT line FROM added WHERE id NOT IN (SELECT id FROM written) ORDER BY line";
    sql.claim = "INSERT INTO rapport_import_claimed (id, line) SELECT " + idOfDecision +
                ", line FROM rapport_import_decision d WHERE d.action IN ('u', 's')";
    // Every row but a rep's carries a version: an edit based on the old one then conflicts.
    if (!set.isEmpty() && target != ImportTarget::Reps)
        set += ", version = t.version + 1";
    if (!set.isEmpty())
        sql.update =
            "UPDATE " + name + " t SET " + set + decided + " WHERE d.action = 'u' AND t.id = " + idOfDecision;
    return sql;
}

} // namespace rapport::core
