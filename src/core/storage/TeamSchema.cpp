#include "storage/TeamSchema.h"

#include "storage/TeamAggregateSql.h"

namespace rapport::core {
namespace {

// The tables whose rows a rep sees only through a policy, and the condition ("the row is
// this rep's") each one's policy checks for a rep.
struct Policy
{
    const char* table;
    const char* readable; // who may read the row
    const char* writable; // who may insert, change or delete it
};

// The row's own customer, looked up by its key: "customer_id IN (SELECT ... WHERE owner = me)"
// read all of the rep's customers for every row (350 ms per insert at 12,000 customers).
constexpr const char* kOwnCustomer =
    "EXISTS (SELECT 1 FROM customers c WHERE c.id = customer_id AND c.owner = rapport_my_rep())";

const Policy kPolicies[] = {
    {"reps", "id = rapport_my_rep()", "false"},
    {"customers", "owner = rapport_my_rep()", "owner = rapport_my_rep()"},
    {"interactions", kOwnCustomer, kOwnCustomer},
    {"survey_responses", kOwnCustomer, kOwnCustomer},
    {"follow_up_tasks", kOwnCustomer, kOwnCustomer},
    {"past_churns", kOwnCustomer, kOwnCustomer},
    {"settings", "true", "false"},
    // The catalogue is the team's: everyone reads it, managers keep it.
    {"products", "true", "false"},
    {"churn_reasons", "true", "false"},
    // Team goals are read by everyone; a rep writes only the goals of their own scope.
    {"kpi_goals", "scope_kind <> 'rep' OR scope_value = rapport_my_rep()",
     "scope_kind = 'rep' AND scope_value = rapport_my_rep()"},
    {"goal_check_ins", "goal_id IN (SELECT id FROM kpi_goals)",
     "goal_id IN (SELECT id FROM kpi_goals WHERE scope_kind = 'rep' AND scope_value = rapport_my_rep())"},
    {"action_plans", "owner_rep = rapport_my_rep()", "owner_rep = rapport_my_rep()"},
    {"action_plan_items", "plan_id IN (SELECT id FROM action_plans)",
     "plan_id IN (SELECT id FROM action_plans)"},
    {"action_plan_check_ins", "plan_id IN (SELECT id FROM action_plans)",
     "plan_id IN (SELECT id FROM action_plans)"},
    {"action_plan_revisions", "plan_id IN (SELECT id FROM action_plans)",
     "plan_id IN (SELECT id FROM action_plans)"},
    {"assessments", "rep_id = rapport_my_rep()", "rep_id = rapport_my_rep()"},
    {"assessment_answers", "assessment_id IN (SELECT id FROM assessments)",
     "assessment_id IN (SELECT id FROM assessments)"},
    {"team_members", "login = session_user", "pg_has_role(session_user, 'rapport_admin', 'MEMBER')"},
};

// Roles belong to the whole server, not to one database: two databases being set up at
// once may both create them, and the second must not fail for it.
QString ignoringARace(const QString& statement)
{
    return QStringLiteral(
               "DO $$ BEGIN %1; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        .arg(statement);
}

QString createGroup(const char* name)
{
    return QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN"
                          " CREATE ROLE %1 NOLOGIN; END IF;"
                          " EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
        .arg(QLatin1String(name));
}

} // namespace

QStringList TeamSchema::statements()
{
    QStringList s{
        createGroup("rapport_rep"),
        createGroup("rapport_manager"),
        createGroup("rapport_admin"),
        ignoringARace(QStringLiteral("GRANT rapport_manager TO rapport_admin")),
        QStringLiteral("CREATE TABLE IF NOT EXISTS team_members ("
                       " login TEXT PRIMARY KEY NOT NULL,"
                       " role TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),"
                       " rep_id TEXT REFERENCES reps(id) ON UPDATE CASCADE ON DELETE SET NULL,"
                       " CHECK (role <> 'rep' OR rep_id IS NOT NULL))"),
        // Who is asking: the login of the session (SECURITY DEFINER functions run as the
        // tables' owner, so current_user would name the owner, and read team_members past
        // its own policy).
        QStringLiteral("CREATE OR REPLACE FUNCTION rapport_my_rep() RETURNS TEXT LANGUAGE sql STABLE"
                       " SECURITY DEFINER SET search_path = pg_catalog, public AS"
                       " $$ SELECT rep_id FROM public.team_members WHERE login = session_user $$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION rapport_sees_all() RETURNS BOOLEAN LANGUAGE sql STABLE"
                       " SECURITY DEFINER SET search_path = pg_catalog, public AS"
                       " $$ SELECT pg_has_role(session_user, 'rapport_manager', 'MEMBER') $$"),
        QStringLiteral("REVOKE ALL ON FUNCTION rapport_my_rep(), rapport_sees_all() FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION rapport_my_rep(), rapport_sees_all()"
                       " TO rapport_rep, rapport_manager"),
        QStringLiteral("GRANT SELECT ON rapport_schema TO rapport_rep, rapport_manager"),
        QStringLiteral("GRANT USAGE ON SCHEMA public TO rapport_rep, rapport_manager"),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO rapport_rep, rapport_manager"),
        QStringLiteral("GRANT SELECT ON team_members TO rapport_rep, rapport_manager"),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON team_members TO rapport_admin"),
    };
    // Every committed change to a table of records tells the windows listening on the
    // channel (ChangeWatcher), once per statement and table: they refresh within moments.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION rapport_notify_change() RETURNS trigger LANGUAGE plpgsql AS"
        " $$ BEGIN PERFORM pg_notify('rapport_changed', TG_TABLE_NAME); RETURN NULL; END $$");
    for (const Policy& p : kPolicies) {
        const QString table = QString::fromLatin1(p.table);
        if (table == QLatin1String("team_members"))
            continue;
        s << QStringLiteral("DROP TRIGGER IF EXISTS rapport_changed ON %1").arg(table)
          << QStringLiteral(
                 "CREATE TRIGGER rapport_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %1"
                 " FOR EACH STATEMENT EXECUTE FUNCTION rapport_notify_change()")
                 .arg(table);
    }
    for (const Policy& p : kPolicies) {
        const QString table = QString::fromLatin1(p.table);
        if (table != QLatin1String("team_members"))
            s << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO rapport_rep, rapport_manager")
                     .arg(table);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        for (const char* name : {"rapport_read", "rapport_insert", "rapport_update", "rapport_delete"})
            s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(name), table);
        // "(SELECT f())" is computed once per statement; a bare call of a SECURITY DEFINER
        // function would run for every row the statement looks at.
        const auto once = [](const char* condition) {
            return QString::fromLatin1(condition).replace(QLatin1String("rapport_my_rep()"),
                                                          QLatin1String("(SELECT rapport_my_rep())"));
        };
        const QString read = QStringLiteral("(SELECT rapport_sees_all()) OR (%1)").arg(once(p.readable));
        // Managers write every business table; the logins only an admin does.
        const QString write =
            table == QLatin1String("team_members")
                ? QString::fromLatin1(p.writable)
                : QStringLiteral("(SELECT rapport_sees_all()) OR (%1)").arg(once(p.writable));
        s << QStringLiteral("CREATE POLICY rapport_read ON %1 FOR SELECT USING (%2)").arg(table, read)
          << QStringLiteral("CREATE POLICY rapport_insert ON %1 FOR INSERT WITH CHECK (%2)").arg(table, write)
          << QStringLiteral("CREATE POLICY rapport_update ON %1 FOR UPDATE USING (%2) WITH CHECK (%2)")
                 .arg(table, write)
          << QStringLiteral("CREATE POLICY rapport_delete ON %1 FOR DELETE USING (%2)").arg(table, write);
    }
    // What a rep reads of the team: aggregates only, through functions that run as the owner.
    s << TeamAggregateSql::statements();
    return s;
}

} // namespace rapport::core
