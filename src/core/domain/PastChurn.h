#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::core {

// An earlier churn of a customer who came back and then left again (schema 12, past_churns):
// when they left, why, and when they came back. The customer holds their latest churn.
struct PastChurn
{
    QDateTime churnedAt;
    QString churnReason; // a key such as "price"; empty: unknown
    QDateTime returnedAt;
    friend bool operator==(const PastChurn&, const PastChurn&) = default;
};

} // namespace rapport::core
