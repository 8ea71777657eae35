#include "storage/CustomerSnapshotStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlRecord>

namespace rapport::core {
namespace {

struct Source
{
    QString table;
    QString select; // one bound parameter: the customer id
};

// Parents before children: interactions before the follow-up tasks that point at them.
const std::vector<Source>& sources()
{
    static const std::vector<Source> all{
        {QStringLiteral("customers"), QStringLiteral("SELECT * FROM customers WHERE id = ?")},
        {QStringLiteral("interactions"), QStringLiteral("SELECT * FROM interactions WHERE customer_id = ?")},
        {QStringLiteral("survey_responses"),
         QStringLiteral("SELECT * FROM survey_responses WHERE customer_id = ?")},
        {QStringLiteral("follow_up_tasks"),
         QStringLiteral("SELECT * FROM follow_up_tasks WHERE customer_id = ?")},
        {QStringLiteral("past_churns"), QStringLiteral("SELECT * FROM past_churns WHERE customer_id = ?")},
    };
    return all;
}

} // namespace

Result<CustomerSnapshotStore::Snapshot> CustomerSnapshotStore::capture(qint64 customerId) const
{
    Snapshot snapshot;
    for (const Source& source : sources()) {
        auto q = sql::prepare(m_db.connection(), source.select);
        if (!q)
            return q.error();
        q->addBindValue(customerId);
        if (Status s = sql::exec(*q); !s)
            return s.error();
        TableRows part;
        part.table = source.table;
        const QSqlRecord record = q->record();
        for (int i = 0; i < record.count(); ++i)
            part.columns << record.fieldName(i);
        while (q->next()) {
            QVariantList row;
            for (int i = 0; i < record.count(); ++i)
                row << q->value(i);
            part.rows.push_back(std::move(row));
        }
        snapshot.push_back(std::move(part));
    }
    return snapshot;
}

Status CustomerSnapshotStore::restore(const Snapshot& snapshot)
{
    WriteTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    for (const TableRows& part : snapshot) {
        // Table and column names come from our own fixed list and the schema, never from input.
        bool known = false;
        for (const Source& source : sources())
            known = known || source.table == part.table;
        if (!known)
            return Error::make(QCoreApplication::translate("rapport::core::CustomerSnapshotStore",
                                                           "A customer snapshot names an unknown table: %1")
                                   .arg(part.table));
        QStringList marks;
        for (qsizetype i = 0; i < part.columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString statement = QStringLiteral("INSERT INTO ") + part.table + QStringLiteral(" (") +
                                  part.columns.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (") +
                                  marks.join(QStringLiteral(", ")) + QStringLiteral(")");
        for (const QVariantList& row : part.rows)
            if (Status s = sql::run(m_db.connection(), statement, row); !s)
                return s;
    }
    return tx.commit();
}

} // namespace rapport::core
