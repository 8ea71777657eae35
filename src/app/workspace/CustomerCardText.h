#pragma once

#include "domain/Customer.h"
#include "domain/PastChurn.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace rapport::app {

// The customer card's table of details (company, contact, owner, status with churns and
// return, the next follow-up) as rich text for its label. Its strings belong to the Customers
// view, where they were first translated.
class CustomerCardText
{
    Q_DECLARE_TR_FUNCTIONS(CustomerCardText)

public:
    static QString details(const core::Customer& customer, const QString& owner,
                           const std::vector<core::PastChurn>& pastChurns, const QString& nextFollowUp);
};

} // namespace rapport::app
