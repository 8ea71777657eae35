#include "domain/Customer.h"

#include <algorithm>

namespace rapport::core {

Customer markedReturned(const Customer& churned, const QDateTime& at)
{
    Customer back = churned;
    back.returnedAt = churned.churnedAt.isValid() ? std::max(at, churned.churnedAt) : QDateTime();
    return back;
}

Customer markedChurned(const Customer& customer, const QDateTime& at, const QString& reason)
{
    Customer gone = customer;
    gone.churnedAt = std::max(at, customer.acquiredAt);
    if (customer.hasReturned())
        gone.churnedAt = std::max(gone.churnedAt, customer.returnedAt);
    gone.churnReason = reason;
    gone.returnedAt = {};
    return gone;
}

Interaction churnNote(const Customer& gone, const QString& text, const QString& repId)
{
    Interaction note;
    note.customerId = gone.id;
    note.repId = repId;
    note.kind = InteractionKind::Note;
    note.occurredAt = gone.churnedAt;
    note.category = QStringLiteral("churn_note");
    note.notes = text.trimmed();
    return note;
}

} // namespace rapport::core
