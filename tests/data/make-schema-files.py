#!/usr/bin/env python3
"""Writes tests/data/rapport-schema-vN.sqlite for N = 2..10: a Rapport book as the release that
had schema version N left it on disk, for the migration tests.

Each file is made from that release's own migration steps (the SQL text of
src/core/storage/Migrations.cpp at the commit that introduced version N, read with git show),
stamped with Rapport's application id, filled with a small book that uses every table that
version had, and given user_version N. Run once; never regenerate a file that is checked in:
it stands for files that already exist on users' disks.

    tests/data/make-schema-files.py            # writes the missing files
"""
import os
import re
import sqlite3
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
APPLICATION_ID = 0x52505254
# The commit whose Migrations.cpp first had each schema version.
RELEASES = {2: "ee6b934", 3: "8da413a", 4: "b975313", 5: "a1dfcb1", 6: "eda3ec7", 7: "4d172bb", 8: "1c0a174",
            9: "085b813", 10: "a869cb1", 11: "5670bcc"}
DAY = 86400
T0 = 1767225600  # 2026-01-01T00:00:00Z


# Step 12 and later take the dialect (their triggers come from SqlDialect::rowTrigger()), so
# their text is not one literal per statement: a v12 file needs this parser taught that shape
# (SQLite's trigger is "CREATE TRIGGER name AFTER event ON table FOR EACH ROW WHEN (...) BEGIN
# ...; END") before RELEASES gains an entry 12.
def steps_at(commit):
    source = subprocess.run(["git", "-C", ROOT, "show", f"{commit}:src/core/storage/Migrations.cpp"],
                            check=True, capture_output=True, text=True).stdout
    steps = {}
    for m in re.finditer(r"MigrationStep step(\d+)\(\)\n\{(.*?)\n\}", source, re.S):
        statements = []
        for literal in re.finditer(r'QStringLiteral\(((?:\s*"(?:[^"\\]|\\.)*")+)\s*\)', m.group(2)):
            statements.append("".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literal.group(1))))
        # The first literal is the description. Later releases write the steps once for both
        # engines, with placeholders that SqliteDialect::ddl() fills in.
        body = statements[1:]
        # Step 8 writes one statement per table in a loop ("… %1 …" over a list of names) before
        # its description.
        loop = re.search(r'for \(const char\* table : \{([^}]*)\}\)', m.group(2))
        if loop:
            tables = re.findall(r'"([a-z_]+)"', loop.group(1))
            body = [st.replace("%1", t) for st in statements if "%1" in st for t in tables]
        steps[int(m.group(1))] = [st.replace("{identity}", "INTEGER PRIMARY KEY").replace("{nocase}", "COLLATE NOCASE")
                                  for st in body]
    return steps


def fill(db, version):
    x = db.execute
    x("INSERT INTO reps (id, name, role) VALUES ('r1', 'Rita Reyes', 'rep'), ('m1', 'Max Moreau', 'manager')")
    x("INSERT INTO customers (id, external_id, name, company, email, segment, owner, acquired_at, churned_at)"
      " VALUES (1, 'C-1', 'Ada Lovelace', 'Analytical Ltd', 'ada@example.org', 'smb', 'r1', ?, NULL),"
      " (2, 'C-2', 'Brook Ito', NULL, NULL, 'enterprise', 'r1', ?, ?),"
      " (3, 'C-3', 'Chen Okafor', 'Okafor & Sons', NULL, 'smb', NULL, ?, NULL)",
      (T0, T0 + 3 * DAY, T0 + 90 * DAY, T0 + 10 * DAY))
    x("INSERT INTO interactions (id, external_id, customer_id, rep_id, kind, occurred_at, amount_cents,"
      " category, notes, resolved_at) VALUES"
      " (1, 'I-1', 1, 'r1', 'purchase', ?, 129900, NULL, 'first order', NULL),"
      " (2, 'I-2', 2, 'r1', 'complaint', ?, NULL, 'product_quality', 'late delivery', ?),"
      " (3, NULL, 2, 'r1', 'follow_up', ?, NULL, NULL, NULL, NULL),"
      " (4, 'I-4', 3, NULL, 'call', ?, NULL, NULL, 'intro call', NULL)",
      (T0 + 5 * DAY, T0 + 20 * DAY, T0 + 22 * DAY, T0 + 21 * DAY, T0 + 11 * DAY))
    x("INSERT INTO survey_responses (id, external_id, customer_id, survey, score, responded_at, comment, category)"
      " VALUES (1, 'S-1', 1, 'csat', 4, ?, 'helpful', NULL), (2, 'S-2', 2, 'nps', 3, ?, NULL, 'price')",
      (T0 + 6 * DAY, T0 + 25 * DAY))
    x("INSERT INTO settings (key, value) VALUES ('example', 'kept')")
    if version < 2:
        return
    x("INSERT INTO follow_up_tasks (id, customer_id, rep_id, due_at, note, source_interaction_id, done_at,"
      " done_interaction_id) VALUES (1, 2, 'r1', ?, 'call back', 2, ?, 3), (2, 1, 'r1', ?, 'renewal', NULL, NULL, NULL)",
      (T0 + 21 * DAY, T0 + 21 * DAY, T0 + 120 * DAY))
    x("INSERT INTO kpi_goals (id, name, metric, scope_kind, scope_value, period_start, period_end, target,"
      " direction, baseline, check_in_every_days, created_at) VALUES"
      " (1, 'Happier customers', 'csat', 'rep', 'r1', ?, ?, 4.2, '>=', 3.9, 14, ?)",
      (T0, T0 + 180 * DAY, T0 + DAY))
    x("INSERT INTO goal_check_ins (goal_id, at, value, confidence, comment) VALUES (1, ?, 4.0, 7, 'on track')",
      (T0 + 30 * DAY,))
    x("INSERT INTO action_plans (id, title, action, owner_rep, resources, metric, scope_kind, scope_value,"
      " target, direction, baseline, start_at, deadline_at, check_in_every_days, finding_ref, dimension,"
      " status, created_at) VALUES (1, 'Answer complaints within a day', 'Check the complaint list every"
      " morning', 'r1', 'ten minutes a day', 'complaint_resolution_hours', 'rep', 'r1', 24, '<=', 48, ?, ?, 7,"
      " 'complaints-rising', 'responsiveness', 'active', ?)", (T0 + 30 * DAY, T0 + 120 * DAY, T0 + 30 * DAY))
    x("INSERT INTO action_plan_items (plan_id, position, text, done_at) VALUES"
      " (1, 1, 'Block the first ten minutes', ?), (1, 2, 'Tell the team', NULL)", (T0 + 31 * DAY,))
    x("INSERT INTO action_plan_check_ins (plan_id, at, value, note) VALUES (1, ?, 30, 'better')", (T0 + 40 * DAY,))
    x("INSERT INTO action_plan_revisions (plan_id, at, field, old_value, new_value, reason) VALUES"
      " (1, ?, 'target', '12', '24', 'twelve hours was not realistic')", (T0 + 35 * DAY,))
    x("INSERT INTO assessments (id, rep_id, instrument_id, instrument_version, taken_at, straight_lined)"
      " VALUES (1, 'r1', 'rapport-crm-self', 1, ?, 0)", (T0 + 2 * DAY,))
    x("INSERT INTO assessment_answers (assessment_id, item_id, value) VALUES"
      " (1, 'listening-1', 4), (1, 'follow-up-1', 2), (1, 'records-1', 5)")
    if version < 9:
        return
    # Schema 9: a product catalogue (one retired product), purchases, complaints and support
    # naming a product, and the reason of the churned customer.
    x("INSERT INTO products (id, external_id, name, category, active) VALUES"
      " (1, 'P-1', 'Widget Pro', 'hardware', 1), (2, 'P-2', 'Old Gadget', NULL, 0)")
    x("UPDATE interactions SET product_id = 1 WHERE id = 1")
    x("UPDATE interactions SET product_id = 2 WHERE id = 2")
    x("INSERT INTO interactions (id, external_id, customer_id, rep_id, kind, occurred_at, amount_cents,"
      " category, notes, resolved_at, product_id) VALUES"
      " (5, 'I-5', 1, 'r1', 'support', ?, NULL, 'setup', NULL, NULL, 1),"
      " (6, 'I-6', 1, 'r1', 'purchase', ?, -12990, NULL, 'partial refund', NULL, 1)",
      (T0 + 40 * DAY, T0 + 41 * DAY))
    x("UPDATE customers SET churn_reason = 'price' WHERE id = 2")
    if version < 10:
        return
    # Schema 10: the churned customer came back, and left over a reason no list names.
    x("UPDATE customers SET churn_reason = 'too_expensive', returned_at = ? WHERE id = 2", (T0 + 120 * DAY,))


def main():
    for version, commit in RELEASES.items():
        path = os.path.join(HERE, f"rapport-schema-v{version}.sqlite")
        if os.path.exists(path):
            print(f"{path}: exists, left alone", file=sys.stderr)
            continue
        steps = steps_at(commit)
        if max(steps) != version:
            sys.exit(f"{commit} has schema steps up to {max(steps)}, not {version}")
        db = sqlite3.connect(path, isolation_level=None)
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("BEGIN")
        for number in sorted(steps):
            for statement in steps[number]:
                db.execute(statement)
        fill(db, version)
        db.execute(f"PRAGMA user_version = {version}")
        db.execute("COMMIT")
        db.execute("VACUUM")
        db.close()
        print(f"{path}: schema {version} from {commit}", file=sys.stderr)


if __name__ == "__main__":
    main()
