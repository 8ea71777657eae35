#include "interchange/CsvFormat.h"

namespace rapport::core {

QString toString(CsvKind kind)
{
    switch (kind) {
    case CsvKind::Reps:
        return QStringLiteral("reps");
    case CsvKind::Customers:
        return QStringLiteral("customers");
    case CsvKind::Interactions:
        return QStringLiteral("interactions");
    case CsvKind::Surveys:
        return QStringLiteral("surveys");
    }
    return {};
}

std::optional<CsvKind> csvKindFromString(const QString& text)
{
    for (CsvKind kind : {CsvKind::Reps, CsvKind::Customers, CsvKind::Interactions, CsvKind::Surveys}) {
        if (text.compare(toString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

const std::vector<CsvColumn>& csvColumns(CsvKind kind)
{
    // Changing these changes a public file format (interchange.md): keep them stable.
    static const std::vector<CsvColumn> reps{{"id", true}, {"name", true}, {"role", false}};
    static const std::vector<CsvColumn> customers{
        {"external_id", true}, {"name", true},        {"company", false},
        {"email", false},      {"phone", false},      {"segment", false},
        {"owner", false},      {"acquired_at", true}, {"churned_at", false}};
    static const std::vector<CsvColumn> interactions{
        {"external_id", false}, {"customer", true},    {"rep", false},
        {"kind", true},         {"occurred_at", true}, {"amount", false},
        {"category", false},    {"notes", false},      {"resolved_at", false}};
    static const std::vector<CsvColumn> surveys{
        {"external_id", false}, {"customer", true}, {"survey", true},   {"score", true},
        {"responded_at", true}, {"comment", false}, {"category", false}};
    switch (kind) {
    case CsvKind::Reps:
        return reps;
    case CsvKind::Customers:
        return customers;
    case CsvKind::Interactions:
        return interactions;
    case CsvKind::Surveys:
        return surveys;
    }
    return reps;
}

QStringList csvColumnNames(CsvKind kind)
{
    QStringList names;
    for (const CsvColumn& c : csvColumns(kind))
        names << QString::fromLatin1(c.name);
    return names;
}

} // namespace rapport::core
