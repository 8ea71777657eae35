#pragma once

#include "domain/Kinds.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::core {

struct Interaction
{
    qint64 id = 0;
    QString externalId; // empty when the interaction was logged in Rapport
    qint64 customerId = 0;
    QString repId;
    InteractionKind kind = InteractionKind::Note;
    QDateTime occurredAt;
    std::optional<qint64> amountCents; // purchases; negative for a refund
    QString category;
    QString notes;
    QDateTime resolvedAt;            // complaints only
    std::optional<qint64> productId; // the catalogue's row id; purchases, complaints, support
    qint64 version = 0;              // raised by every write; a write names the version it is based on

    friend bool operator==(const Interaction&, const Interaction&) = default;
};

} // namespace rapport::core
