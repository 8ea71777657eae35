#include "storage/ImportRowComparison.h"

#include "storage/SqliteStatement.h"

namespace rapport::core {
namespace {

using namespace tables;

// Stored column `column` of the table sits at column + 1, after the id.
bool sameText(const SqliteStatement& s, int column, QByteArrayView utf8)
{
    if (s.isNull(column + 1))
        return utf8.isEmpty();
    return s.text(column + 1) == utf8;
}

bool sameInt(const SqliteStatement& s, int column, const std::optional<qint64>& v)
{
    if (s.isNull(column + 1))
        return !v.has_value();
    return v.has_value() && s.integer(column + 1) == *v;
}

} // namespace

bool ImportRowComparison::takesProduct(QByteArrayView kind)
{
    return kind == QByteArrayView("purchase") || kind == QByteArrayView("complaint") ||
           kind == QByteArrayView("support");
}

CustomerImportRow ImportRowComparison::merged(const SqliteStatement& stored,
                                              const CustomerImportRow& row) const
{
    CustomerImportRow merged = row;
    if (!has(customer::ChurnedAt))
        merged.churnedAt = stored.optionalInteger(1 + customer::ChurnedAt);
    return merged;
}

InteractionImportRow ImportRowComparison::merged(const SqliteStatement& stored,
                                                 const InteractionImportRow& row) const
{
    // Only a purchase has an amount and only a complaint a resolved_at: the row's kind decides,
    // whether or not the file has those columns (the importer required an amount on a
    // purchase). A complaint keeps the resolved_at the file has no column for.
    InteractionImportRow merged = row;
    if (!has(interaction::ResolvedAt) && row.kind == QByteArrayView("complaint") &&
        !stored.isNull(1 + interaction::ResolvedAt))
        merged.resolvedAt = stored.integer(1 + interaction::ResolvedAt);
    // Likewise a purchase, complaint or support row keeps the product a file without the
    // column says nothing about; a row whose kind the file changed to another loses it
    // (only those three kinds name a product, schema 9).
    if (!has(interaction::ProductId))
        merged.productId =
            takesProduct(row.kind) ? stored.optionalInteger(1 + interaction::ProductId) : std::nullopt;
    return merged;
}

bool ImportRowComparison::same(const SqliteStatement& f, const RepImportRow& row) const
{
    return sameText(f, rep::Name, row.name) && (!has(rep::Role) || sameText(f, rep::Role, row.role));
}

bool ImportRowComparison::same(const SqliteStatement& f, const CustomerImportRow& row) const
{
    using namespace customer;
    return sameText(f, Name, row.name) && (!has(Company) || sameText(f, Company, row.company)) &&
           (!has(Email) || sameText(f, Email, row.email)) && (!has(Phone) || sameText(f, Phone, row.phone)) &&
           (!has(Segment) || sameText(f, Segment, row.segment)) &&
           (!has(Owner) || sameText(f, Owner, row.owner)) && sameInt(f, AcquiredAt, row.acquiredAt) &&
           sameInt(f, ChurnedAt, row.churnedAt) &&
           // Without the column the stored reason stays, unless the churn date goes.
           (has(ChurnReason) ? sameText(f, ChurnReason, row.churnReason)
                             : row.churnedAt.has_value() || f.isNull(ChurnReason + 1));
}

bool ImportRowComparison::same(const SqliteStatement& f, const InteractionImportRow& row) const
{
    using namespace interaction;
    return sameInt(f, CustomerId, row.customerId) && (!has(Rep) || sameText(f, Rep, row.repId)) &&
           sameText(f, Kind, row.kind) && sameInt(f, OccurredAt, row.occurredAt) &&
           sameInt(f, Amount, row.amountCents) && (!has(Category) || sameText(f, Category, row.category)) &&
           (!has(Notes) || sameText(f, Notes, row.notes)) && sameInt(f, ResolvedAt, row.resolvedAt) &&
           sameInt(f, ProductId, row.productId);
}

bool ImportRowComparison::same(const SqliteStatement& f, const ProductImportRow& row) const
{
    using namespace product;
    return sameText(f, Name, row.name) && (!has(Category) || sameText(f, Category, row.category)) &&
           (!has(Active) || sameInt(f, Active, row.active));
}

bool ImportRowComparison::same(const SqliteStatement& f, const SurveyImportRow& row) const
{
    using namespace survey;
    return sameInt(f, CustomerId, row.customerId) && sameText(f, Survey, row.survey) &&
           sameInt(f, Score, row.score) && sameInt(f, RespondedAt, row.respondedAt) &&
           (!has(Comment) || sameText(f, Comment, row.comment)) &&
           (!has(Category) || sameText(f, Category, row.category));
}

} // namespace rapport::core
