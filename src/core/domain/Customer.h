#pragma once

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

    bool isChurned() const { return churnedAt.isValid(); }
    friend bool operator==(const Customer&, const Customer&) = default;
};

} // namespace rapport::core
