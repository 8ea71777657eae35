#pragma once

#include "domain/Interaction.h"

#include <QDateTime>
#include <QString>

namespace rapport::core {

struct Customer
{
    qint64 id = 0; // database key; 0 until stored
    QString externalId;
    QString name;
    QString company;
    QString email;
    QString phone;
    QString segment;
    QString owner; // a Rep id, empty when unassigned
    QDateTime acquiredAt;
    QDateTime churnedAt;   // invalid while still a customer
    QString churnReason{}; // why they left, a key such as "price" (interchange.md); empty: unknown
    qint64 version = 0;    // raised by every write; a save names the version it is based on
    // When they came back after churnedAt (invalid: not back). The churn date and reason stay,
    // so that the figures of the period they left in never change (metrics.md).
    QDateTime returnedAt{};

    // Not a customer now: they left and have not come back.
    bool isChurned() const { return churnedAt.isValid() && !returnedAt.isValid(); }
    bool hasReturned() const { return churnedAt.isValid() && returnedAt.isValid(); }
    friend bool operator==(const Customer&, const Customer&) = default;
};

// The churned customer back as a customer at `at` (never before they left): the churn date and
// reason are kept.
Customer markedReturned(const Customer& churned, const QDateTime& at);
// The customer churned at `at` for `reason`, never before they were acquired or came back. A
// customer who had come back leaves again: the row holds the new churn, and the database keeps
// the earlier churn and its return in past_churns (schema 12; metrics.md, "Leaving again").
Customer markedChurned(const Customer& customer, const QDateTime& at, const QString& reason);
// Why `gone` left, in someone's words, as a note on their timeline at the churn date (category
// "churn_note"): it stays there when they come back, and when they leave again.
Interaction churnNote(const Customer& gone, const QString& text, const QString& repId);

} // namespace rapport::core
