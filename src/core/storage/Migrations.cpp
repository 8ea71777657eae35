#include "storage/Migrations.h"

#include "storage/Sql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

// Version 1: the CRM records themselves.
MigrationStep step1()
{
    return {
        1,
        QStringLiteral("reps, customers, interactions, survey responses, settings"),
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS reps ("
                           " id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),"
                           " name TEXT NOT NULL,"
                           " role TEXT NOT NULL DEFAULT 'rep' CHECK (role IN ('rep', 'manager')))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS customers ("
                           " id {identity},"
                           " external_id TEXT NOT NULL UNIQUE CHECK (length(external_id) > 0),"
                           " name TEXT NOT NULL,"
                           " company TEXT, email TEXT, phone TEXT, segment TEXT,"
                           " owner TEXT REFERENCES reps(id) ON UPDATE CASCADE ON DELETE SET NULL,"
                           " acquired_at INTEGER NOT NULL,"
                           " churned_at INTEGER CHECK (churned_at IS NULL OR churned_at >= acquired_at))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS customers_acquired ON customers(acquired_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS customers_churned ON customers(churned_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS customers_owner ON customers(owner)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS customers_segment ON customers(segment)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS customers_name ON customers(name {nocase})"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS interactions ("
                           " id {identity},"
                           " external_id TEXT UNIQUE,"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                           " rep_id TEXT REFERENCES reps(id) ON UPDATE CASCADE ON DELETE SET NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'purchase',"
                           "   'complaint', 'support', 'follow_up', 'note')),"
                           " occurred_at INTEGER NOT NULL,"
                           " amount_cents INTEGER CHECK (kind = 'purchase' OR amount_cents IS NULL),"
                           " category TEXT,"
                           " notes TEXT,"
                           " resolved_at INTEGER CHECK (resolved_at IS NULL OR"
                           "   (kind = 'complaint' AND resolved_at >= occurred_at)),"
                           " CHECK (kind <> 'purchase' OR amount_cents IS NOT NULL))"),
            // Metric queries scan one kind over a time range, or one customer's history.
            QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_kind_time"
                           " ON interactions(kind, occurred_at, customer_id, amount_cents)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_customer_time"
                           " ON interactions(customer_id, occurred_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_rep ON interactions(rep_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS survey_responses ("
                           " id {identity},"
                           " external_id TEXT UNIQUE,"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                           " survey TEXT NOT NULL CHECK (survey IN ('csat', 'nps', 'ces')),"
                           " score INTEGER NOT NULL CHECK ("
                           "   (survey = 'csat' AND score BETWEEN 1 AND 5) OR"
                           "   (survey = 'nps' AND score BETWEEN 0 AND 10) OR"
                           "   (survey = 'ces' AND score BETWEEN 1 AND 7)),"
                           " responded_at INTEGER NOT NULL,"
                           " comment TEXT,"
                           " category TEXT)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS survey_kind_time"
                           " ON survey_responses(survey, responded_at, customer_id, score)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS survey_customer"
                           " ON survey_responses(customer_id, survey, responded_at)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS settings ("
                           " key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
        }};
}

// Version 2: what Rapport adds on top of the records: follow-up tasks, KPI goals,
// action plans and questionnaire assessments.
MigrationStep step2()
{
    return {
        2,
        QStringLiteral("follow-up tasks, KPI goals, action plans, assessments"),
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS follow_up_tasks ("
                           " id {identity},"
                           " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                           " rep_id TEXT REFERENCES reps(id) ON UPDATE CASCADE ON DELETE SET NULL,"
                           " due_at INTEGER NOT NULL,"
                           " note TEXT,"
                           " source_interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL,"
                           " done_at INTEGER,"
                           " done_interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS follow_up_tasks_open"
                           " ON follow_up_tasks(rep_id, done_at, due_at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS follow_up_tasks_customer"
                           " ON follow_up_tasks(customer_id)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS kpi_goals ("
                " id {identity},"
                " name TEXT NOT NULL,"
                " metric TEXT NOT NULL CHECK (length(metric) > 0),"
                " scope_kind TEXT NOT NULL DEFAULT 'all' CHECK (scope_kind IN ('all', 'rep', 'segment')),"
                " scope_value TEXT,"
                " period_start INTEGER NOT NULL,"
                " period_end INTEGER NOT NULL CHECK (period_end > period_start),"
                " target REAL NOT NULL,"
                " direction TEXT NOT NULL CHECK (direction IN ('>=', '<=')),"
                " baseline REAL,"
                " check_in_every_days INTEGER NOT NULL DEFAULT 14 CHECK (check_in_every_days > 0),"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS goal_check_ins ("
                           " id {identity},"
                           " goal_id INTEGER NOT NULL REFERENCES kpi_goals(id) ON DELETE CASCADE,"
                           " at INTEGER NOT NULL,"
                           " value REAL NOT NULL,"
                           " confidence INTEGER NOT NULL CHECK (confidence BETWEEN 0 AND 10),"
                           " comment TEXT)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS goal_check_ins_goal ON goal_check_ins(goal_id, at)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS action_plans ("
                " id {identity},"
                " title TEXT NOT NULL,"
                " action TEXT,"
                " owner_rep TEXT REFERENCES reps(id) ON UPDATE CASCADE ON DELETE SET NULL,"
                " resources TEXT,"
                " metric TEXT,"
                " scope_kind TEXT NOT NULL DEFAULT 'all' CHECK (scope_kind IN ('all', 'rep', 'segment')),"
                " scope_value TEXT,"
                " target REAL,"
                " direction TEXT NOT NULL DEFAULT '>=' CHECK (direction IN ('>=', '<=')),"
                " baseline REAL,"
                " start_at INTEGER,"
                " deadline_at INTEGER,"
                " check_in_every_days INTEGER NOT NULL DEFAULT 7 CHECK (check_in_every_days > 0),"
                " finding_ref TEXT,"
                " dimension TEXT,"
                " status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'done', 'abandoned')),"
                " created_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS action_plan_items ("
                           " id {identity},"
                           " plan_id INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " text TEXT NOT NULL,"
                           " done_at INTEGER)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS action_plan_check_ins ("
                           " id {identity},"
                           " plan_id INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,"
                           " at INTEGER NOT NULL,"
                           " value REAL,"
                           " note TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS action_plan_revisions ("
                           " id {identity},"
                           " plan_id INTEGER NOT NULL REFERENCES action_plans(id) ON DELETE CASCADE,"
                           " at INTEGER NOT NULL,"
                           " field TEXT NOT NULL,"
                           " old_value TEXT,"
                           " new_value TEXT,"
                           " reason TEXT)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS assessments ("
                           " id {identity},"
                           " rep_id TEXT REFERENCES reps(id) ON UPDATE CASCADE ON DELETE CASCADE,"
                           " instrument_id TEXT NOT NULL,"
                           " instrument_version INTEGER NOT NULL CHECK (instrument_version > 0),"
                           " taken_at INTEGER NOT NULL,"
                           " straight_lined INTEGER NOT NULL DEFAULT 0 CHECK (straight_lined IN (0, 1)))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS assessments_rep ON assessments(rep_id, taken_at)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS assessment_answers ("
                           " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
                           " item_id TEXT NOT NULL,"
                           " value INTEGER NOT NULL CHECK (value BETWEEN 1 AND 5),"
                           " PRIMARY KEY (assessment_id, item_id)) WITHOUT ROWID"),
        }};
}

// Version 3: an index for the metrics engine. Follow-up windows seek one customer's
// follow-ups in time order, and cohorts read each customer's purchases in time order.
MigrationStep step3()
{
    return {3,
            QStringLiteral("metrics index on interactions by kind, customer and time"),
            {
                QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_kind_customer_time"
                               " ON interactions(kind, customer_id, occurred_at, amount_cents)"),
            }};
}

// Version 4: covering indexes for the metrics engine. Complaints by time with their
// category and resolution (partial: complaints only), and the customer base by
// acquisition and churn with the scope columns, so neither reads the tables' rows.
MigrationStep step4()
{
    return {4,
            QStringLiteral("metrics indexes for complaints and the customer base"),
            {
                QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_complaint_time"
                               " ON interactions(occurred_at, customer_id, category, resolved_at)"
                               " WHERE kind = 'complaint'"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS customers_base"
                               " ON customers(acquired_at, churned_at, owner, segment)"),
            }};
}

// Version 5: indexes for the lists the rep scrolls. The customer list sorts by company
// and e-mail (case-insensitive, the rowid breaking ties as the list's ORDER BY does);
// the global interaction list reads newest first, overall or for one rep, a page at a
// time. interactions(rep_id, occurred_at) serves everything interactions_rep did, so
// that one is dropped rather than kept up to date on every insert.
MigrationStep step5()
{
    return {5,
            QStringLiteral("list indexes: customers by company and e-mail, interactions by time and rep"),
            {
                QStringLiteral("CREATE INDEX IF NOT EXISTS customers_company ON customers(company {nocase})"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS customers_email ON customers(email {nocase})"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_time ON interactions(occurred_at)"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS interactions_rep_time ON interactions(rep_id, occurred_at)"),
                QStringLiteral("DROP INDEX IF EXISTS interactions_rep"),
            }};
}

// Version 6: the metrics read only purchases and follow-ups by kind, so the two indexes
// led by kind over every interaction (steps 1 and 3) become partial indexes over those two
// kinds. They hold about a third of the rows without the kind text, which makes them about
// a third of the size to build, store and keep up to date on every insert (a CSV import of
// 3.2 million interactions built them in 1.1 s instead of 3.6 s), and the metric scans read
// fewer pages. Lists filtered by kind read the time index newest first instead.
MigrationStep step6()
{
    return {6,
            QStringLiteral("partial metrics indexes for purchases and follow-ups"),
            {
                QStringLiteral("DROP INDEX IF EXISTS interactions_kind_time"),
                QStringLiteral("DROP INDEX IF EXISTS interactions_kind_customer_time"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS interactions_purchase_time"
                    " ON interactions(occurred_at, customer_id, amount_cents) WHERE kind = 'purchase'"),
                QStringLiteral(
                    "CREATE INDEX IF NOT EXISTS interactions_purchase_customer"
                    " ON interactions(customer_id, occurred_at, amount_cents) WHERE kind = 'purchase'"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_follow_up_time"
                               " ON interactions(occurred_at, customer_id) WHERE kind = 'follow_up'"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_follow_up_customer"
                               " ON interactions(customer_id, occurred_at) WHERE kind = 'follow_up'"),
            }};
}

// Version 7: a customer carries a version, raised by every write, so that a save based on an
// older version is refused instead of overwriting someone else's change (team.md).
MigrationStep step7()
{
    return {7,
            QStringLiteral("a version on every customer"),
            {
                QStringLiteral("ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
            }};
}

// Version 8: the same version on every other record a person or an import edits, so that no
// write anywhere overwrites a change it did not see. Adding a column with a constant default
// rewrites no rows on either engine, so this is quick on millions of interactions.
MigrationStep step8()
{
    QStringList statements;
    for (const char* table : {"interactions", "survey_responses", "follow_up_tasks", "kpi_goals",
                              "action_plans", "action_plan_items"})
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
                          .arg(QLatin1String(table));
    return {8, QStringLiteral("a version on every editable record"), statements};
}

// Version 9 (issue 19): a product catalogue that purchases, complaints and support may name,
// and why a customer left. An existing book gets an empty catalogue and no reasons. A product
// with history is retired (active = 0), never deleted: its figures stay in earlier periods.
// The per-product figures read one product's rows over a time range from a partial index
// that holds only the rows naming a product.
MigrationStep step9()
{
    return {
        9,
        QStringLiteral("products, the product of an interaction, a churned customer's reason"),
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS products ("
                           " id {identity},"
                           " external_id TEXT NOT NULL UNIQUE CHECK (length(external_id) > 0),"
                           " name TEXT NOT NULL CHECK (length(name) > 0),"
                           " category TEXT,"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                           " version INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS products_name ON products(name {nocase})"),
            QStringLiteral("ALTER TABLE interactions ADD COLUMN product_id INTEGER REFERENCES products(id)"
                           " CHECK (product_id IS NULL OR kind IN ('purchase', 'complaint', 'support'))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_product_time"
                           " ON interactions(product_id, occurred_at, kind, customer_id, amount_cents)"
                           " WHERE product_id IS NOT NULL"),
            // The per-product figures of a period read its purchases, complaints and support
            // rows, with or without a product, from this index alone: 2.2 s → 0.1 s for a
            // quarter of the 100k demo (488k interactions, 171k of these kinds).
            QStringLiteral("CREATE INDEX IF NOT EXISTS interactions_product_kinds_time"
                           " ON interactions(occurred_at, kind, product_id, customer_id, amount_cents)"
                           " WHERE kind IN ('purchase', 'complaint', 'support')"),
            // A reason key (interchange.md: trimmed, lower case, spaces as '_'), only beside a
            // churn date.
            QStringLiteral(
                "ALTER TABLE customers ADD COLUMN churn_reason TEXT"
                " CHECK (churn_reason IS NULL OR (churned_at IS NOT NULL AND length(churn_reason) > 0))"),
        }};
}

// Version 10 (issue 19): when a churned customer came back. The churn date and reason stay, so
// the figures of the period they left in never change (metrics.md, "the history rule"); a
// customer is a customer over [acquired_at, churned_at) and again from returned_at on. An
// existing book has no returns. Both engines check the order: a return needs a churn before it.
// The customer base reads returned_at beside acquired_at and churned_at, so its covering index
// (version 4) is built again with it: the metrics still never read the table's rows.
MigrationStep step10()
{
    return {
        10,
        QStringLiteral("when a churned customer returned"),
        {
            QStringLiteral(
                "ALTER TABLE customers ADD COLUMN returned_at INTEGER"
                " CHECK (returned_at IS NULL OR (churned_at IS NOT NULL AND returned_at >= churned_at))"),
            QStringLiteral("DROP INDEX IF EXISTS customers_base"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS customers_base"
                           " ON customers(acquired_at, churned_at, owner, segment, returned_at)"),
            // The win-back queue reads each churned customer's latest outreach from this
            // small index instead of their whole history after the churn.
            QStringLiteral(
                "CREATE INDEX IF NOT EXISTS interactions_win_back ON interactions(customer_id, occurred_at)"
                " WHERE category IN ('win_back_won_back', 'win_back_declined', 'win_back_no_answer')"),
        }};
}

// Version 11 (issue 19): the team's list of churn reasons, the ones Mark Churned offers. A key
// stays in use on the customers who carry it; the list only adds the reasons nobody has given
// yet and lets a manager take out those nobody uses. Renaming and merging move the customers'
// keys (ChurnReasonStore), so every period counts them under the new name. An existing book's
// list starts with a few common reasons and every reason it already holds.
MigrationStep step11()
{
    return {11,
            QStringLiteral("the list of churn reasons"),
            {
                QStringLiteral("CREATE TABLE IF NOT EXISTS churn_reasons ("
                               " key TEXT PRIMARY KEY NOT NULL CHECK (length(key) > 0))"),
                QStringLiteral("INSERT INTO churn_reasons (key) VALUES ('price'), ('product_quality'),"
                               " ('service'), ('competitor'), ('no_longer_needed') ON CONFLICT DO NOTHING"),
                // SQLite needs the WHERE to tell the upsert's ON from a join's.
                QStringLiteral("INSERT INTO churn_reasons (key) SELECT DISTINCT churn_reason FROM customers"
                               " WHERE churn_reason IS NOT NULL ON CONFLICT DO NOTHING"),
                QStringLiteral("CREATE INDEX IF NOT EXISTS customers_churn_reason ON customers(churn_reason)"
                               " WHERE churn_reason IS NOT NULL"),
            }};
}

// Version 12 (issue 19): every churn, also of a customer who came back and left again. The
// customers row holds the latest churn (and return); an earlier churn that ended in a return
// moves to past_churns when the customer leaves again, so the figures of the period they first
// left in keep it (metrics.md, "Leaving again"). The triggers do it for every writer (the
// window, its undo, an import on either engine): leaving again after a return archives the
// churn and its return, and the customers row going back to that churn (undo) takes it out.
MigrationStep step12(const SqlDialect& dialect)
{
    MigrationStep step{
        12,
        QStringLiteral("earlier churns of customers who came back and left again"),
        {
            dialect.ddl(
                QStringLiteral("CREATE TABLE IF NOT EXISTS past_churns ("
                               " id {identity},"
                               " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                               " churned_at INTEGER NOT NULL,"
                               " churn_reason TEXT CHECK (churn_reason IS NULL OR length(churn_reason) > 0),"
                               " returned_at INTEGER NOT NULL CHECK (returned_at >= churned_at),"
                               " UNIQUE (customer_id, churned_at))")),
            dialect.ddl(QStringLiteral("CREATE INDEX IF NOT EXISTS past_churns_time"
                                       " ON past_churns(churned_at, customer_id, returned_at)")),
        }};
    step.statements << dialect.rowTrigger(
        QStringLiteral("rapport_archive_churn"), QStringLiteral("customers"),
        QStringLiteral("UPDATE OF churned_at, returned_at"),
        QStringLiteral("OLD.returned_at IS NOT NULL AND NEW.returned_at IS NULL"
                       " AND NEW.churned_at > OLD.churned_at AND NEW.churned_at >= OLD.returned_at"),
        QStringLiteral(
            "INSERT INTO past_churns (customer_id, churned_at, churn_reason, returned_at)"
            " VALUES (OLD.id, OLD.churned_at, OLD.churn_reason, OLD.returned_at) ON CONFLICT DO NOTHING"));
    step.statements << dialect.rowTrigger(
        QStringLiteral("rapport_unarchive_churn"), QStringLiteral("customers"),
        QStringLiteral("UPDATE OF churned_at, returned_at"),
        QStringLiteral("OLD.returned_at IS NULL AND NEW.returned_at IS NOT NULL"),
        QStringLiteral("DELETE FROM past_churns WHERE customer_id = NEW.id AND churned_at = NEW.churned_at"));
    return step;
}

} // namespace

std::vector<MigrationStep> Migrations::stepsFor(const SqlDialect& dialect)
{
    // The steps are written once, with {identity} and {nocase} where the engines differ.
    std::vector<MigrationStep> all{step1(), step2(), step3(), step4(),  step5(), step6(),
                                   step7(), step8(), step9(), step10(), step11()};
    for (MigrationStep& step : all) {
        for (QString& statement : step.statements)
            statement = dialect.ddl(statement);
    }
    // Its triggers are the engine's own already.
    all.push_back(step12(dialect));
    return all;
}

const std::vector<MigrationStep>& Migrations::steps()
{
    static const std::vector<MigrationStep> all = stepsFor(SqlDialect::sqlite());
    return all;
}

int Migrations::currentVersion()
{
    return steps().back().version;
}

Status Migrations::apply(const QSqlDatabase& db, int fromVersion, const std::vector<MigrationStep>& steps)
{
    int target = fromVersion;
    for (const MigrationStep& step : steps)
        target = std::max(target, step.version);
    if (target == fromVersion)
        return {};

    const SqlDialect& dialect = SqlDialect::of(db.driver());
    if (Status s = sql::execText(db, dialect.beginWrite()); !s)
        return s;
    auto fail = [&](const Error& e) -> Status {
        (void)sql::execText(db, QStringLiteral("ROLLBACK"));
        return e;
    };
    for (const QString& statement : dialect.migrationLock()) {
        if (Status s = sql::execText(db, statement); !s)
            return fail(s.error());
    }
    // Another client may have migrated while this one waited for the lock.
    if (dialect.schemaVersion(db) >= target) {
        (void)sql::execText(db, QStringLiteral("ROLLBACK"));
        return {};
    }
    for (const MigrationStep& step : steps) {
        if (step.version <= fromVersion)
            continue;
        for (const QString& statement : step.statements) {
            if (Status s = sql::execText(db, statement); !s) {
                Error e = s.error();
                e.message =
                    QCoreApplication::translate("rapport::core::Migrations",
                                                "Upgrading the database to schema version %1 failed: %2")
                        .arg(step.version)
                        .arg(e.message);
                return fail(e);
            }
        }
    }
    for (const QString& statement : dialect.afterMigration()) {
        if (Status s = sql::execText(db, statement); !s) {
            Error e = s.error();
            e.message = QCoreApplication::translate(
                            "rapport::core::Migrations",
                            "Setting up the team server's roles and rights failed (the login that "
                            "runs init must be allowed to create roles): %1")
                            .arg(e.message);
            return fail(e);
        }
    }
    if (Status s = sql::execText(db, dialect.setSchemaVersion(target)); !s)
        return fail(s.error());
    if (Status s = sql::execText(db, QStringLiteral("COMMIT")); !s)
        return fail(s.error());
    return {};
}

} // namespace rapport::core
