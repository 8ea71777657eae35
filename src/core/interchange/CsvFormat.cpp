#include "interchange/CsvFormat.h"

#include <QCoreApplication>

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
    case CsvKind::Products:
        return QStringLiteral("products");
    }
    return {};
}

const std::vector<CsvKind>& csvKinds()
{
    // interchange.md's order: a file's references come before it (products before interactions).
    static const std::vector<CsvKind> kinds{CsvKind::Reps, CsvKind::Products, CsvKind::Customers,
                                            CsvKind::Interactions, CsvKind::Surveys};
    return kinds;
}

std::optional<CsvKind> csvKindFromString(const QString& text)
{
    for (CsvKind kind : csvKinds()) {
        if (text.compare(toString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

QString CsvColumn::translatedTitle() const
{
    return QCoreApplication::translate("rapport::core::CsvColumn", title);
}

const std::vector<CsvColumn>& csvColumns(CsvKind kind)
{
    // Changing these changes a public file format (interchange.md): keep them stable.
    static const std::vector<CsvColumn> reps{
        {"id", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Rep ID")},
        {"name", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Name")},
        {"role", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Role")},
    };
    static const std::vector<CsvColumn> customers{
        {"external_id", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Customer number")},
        {"name", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Name")},
        {"company", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Company")},
        {"email", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "E-mail")},
        {"phone", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Phone")},
        {"segment", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Segment")},
        {"owner", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Owner (rep ID)")},
        {"acquired_at", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Customer since")},
        {"churned_at", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Churned on")},
        {"churn_reason", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Churn reason")},
    };
    static const std::vector<CsvColumn> interactions{
        {"external_id", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Interaction number")},
        {"customer", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Customer number")},
        {"rep", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Rep ID")},
        {"kind", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Kind")},
        {"occurred_at", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "When")},
        {"amount", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Amount")},
        {"category", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Category")},
        {"notes", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Notes")},
        {"resolved_at", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Resolved on")},
        {"product", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Product number")},
    };
    static const std::vector<CsvColumn> surveys{
        {"external_id", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Response number")},
        {"customer", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Customer number")},
        {"survey", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Survey (CSAT, NPS or CES)")},
        {"score", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Score")},
        {"responded_at", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Answered on")},
        {"comment", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Comment")},
        {"category", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Category")},
    };
    static const std::vector<CsvColumn> products{
        {"external_id", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Product number")},
        {"name", true, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Name")},
        {"category", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Category")},
        {"active", false, QT_TRANSLATE_NOOP("rapport::core::CsvColumn", "Active (true or false)")},
    };
    switch (kind) {
    case CsvKind::Products:
        return products;
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
