#include "storage/ImportLedger.h"

#include <QCoreApplication>
#include <QDateTime>

namespace rapport::core {
namespace {

// "2026-07-14T09:30:00Z", as the file would write it.
QString formatUtc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Status ImportLedger::begin(sqlite3* handle, const char* table)
{
    m_counts = {};
    m_problems.clear();
    return m_rows.begin(handle, table);
}

Status ImportLedger::added(qint64 id, qint64 line)
{
    if (Status s = m_rows.added(id, line); !s)
        return s;
    ++m_counts.added;
    return {};
}

Status ImportLedger::matched(qint64 id, qint64 line, bool same)
{
    if (Status s = m_rows.matched(id, line); !s)
        return s;
    ++(same ? m_counts.unchanged : m_counts.updated);
    return {};
}

void ImportLedger::problem(qint64 line, const char* column, const QString& reason)
{
    m_problems.push_back({line, QString::fromLatin1(column), reason});
}

Result<bool> ImportLedger::claim(qint64 id, qint64 maxBefore, qint64 line, const char* column)
{
    auto earlier = m_rows.lineOf(id);
    if (!earlier)
        return earlier.error();
    if (*earlier) {
        problem(line, column,
                QCoreApplication::translate(
                    "ImportLedger",
                    "duplicates line %1 (a file may name each record once: keep the row with the right "
                    "values)")
                    .arg(**earlier));
        return false;
    }
    if (id > maxBefore) {
        // Inserted by this row's own batch, and no earlier line claimed it: this row added it.
        if (Status s = added(id, line); !s)
            return s.error();
        return false;
    }
    return true;
}

Result<std::optional<ImportLedger::Candidate>> ImportLedger::pick(const std::vector<Candidate>& candidates,
                                                                  qint64 line, bool& refused,
                                                                  const QString& duplicateWhy,
                                                                  const QString& ambiguousWhat)
{
    refused = false;
    for (const Candidate& c : candidates) {
        auto earlier = m_rows.lineOf(c.id);
        if (!earlier)
            return earlier.error();
        if (*earlier) {
            refused = true;
            problem(line, "row",
                    QCoreApplication::translate("ImportLedger", "duplicates line %1 (%2)")
                        .arg(**earlier)
                        .arg(duplicateWhy));
            return std::optional<Candidate>();
        }
    }
    if (candidates.size() <= 1)
        return candidates.empty() ? std::optional<Candidate>() : std::optional<Candidate>(candidates.front());
    // Several stored records share the identity (entered by hand, or imported before it was the
    // identity): one equal to the row is the row; otherwise any choice could update the wrong one.
    for (const Candidate& c : candidates) {
        if (c.equal)
            return std::optional<Candidate>(c);
    }
    refused = true;
    problem(line, "row",
            QCoreApplication::translate(
                "ImportLedger",
                "matches %1 stored %2 and none has all of this row's values, so it cannot tell which one "
                "to update: give the rows an external_id")
                .arg(candidates.size())
                .arg(ambiguousWhat));
    return std::optional<Candidate>();
}

bool ImportLedger::keptValueContradicts(qint64 line, const char* column, qint64 at, const char* keptColumn,
                                        const std::optional<qint64>& kept)
{
    if (!kept || *kept >= at)
        return false;
    problem(line, column,
            QCoreApplication::translate(
                "ImportLedger",
                "%1 is after the stored %2 %3, which this file has no column for (add %2 to the file)")
                .arg(formatUtc(at), QLatin1String(keptColumn), formatUtc(*kept)));
    return true;
}

} // namespace rapport::core
