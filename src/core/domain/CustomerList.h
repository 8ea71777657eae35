#pragma once

#include <QDateTime>
#include <QString>

namespace rapport::core {

// The customer list as the screens show it: a filter, a sort column and the rows.
enum class CustomerChurnState { Any, Active, Churned };
// Sortable columns; the ORDER BY clause is picked from a fixed table, never built from input.
enum class CustomerSortColumn { Name, Company, Email, Segment, Owner, AcquiredAt, Churned };

struct CustomerListFilter
{
    QString search;  // matched anywhere in name, company or e-mail, case-insensitive
    QString segment; // empty: any
    QString owner;   // a rep id; empty: any
    CustomerChurnState status = CustomerChurnState::Any;
    friend bool operator==(const CustomerListFilter&, const CustomerListFilter&) = default;
};

struct CustomerListRow
{
    qint64 id = 0;
    QString name;
    QString company;
    QString email;
    QString segment;
    QString owner; // rep id
    QString ownerName;
    QDateTime acquiredAt;
    QDateTime churnedAt; // while they are churned: invalid for a customer who came back
};

} // namespace rapport::core
