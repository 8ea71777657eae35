#pragma once

#include <QString>
#include <QStringList>
#include <QVariantList>
#include <vector>

namespace rapport::core {

// Everything a customer's deletion removes (the customer and, through the cascades, its
// interactions, survey responses and follow-up tasks), captured so that an undo can put it
// back with the same ids.
struct CustomerSnapshotTable
{
    QString table;
    QStringList columns;
    std::vector<QVariantList> rows;
};
using CustomerSnapshot = std::vector<CustomerSnapshotTable>;

} // namespace rapport::core
