#pragma once

#include <QTableWidgetItem>
#include <optional>

namespace rapport::app {

// A table cell that shows formatted text but sorts by its number (an empty value sorts
// first), for the dashboard's small tables of figures.
class NumberItem final : public QTableWidgetItem
{
public:
    NumberItem(const QString& text, std::optional<double> value) : QTableWidgetItem(text)
    {
        setData(Qt::UserRole, value ? QVariant(*value) : QVariant());
        setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    bool operator<(const QTableWidgetItem& other) const override
    {
        const QVariant mine = data(Qt::UserRole);
        const QVariant theirs = other.data(Qt::UserRole);
        if (!mine.isValid() || !theirs.isValid())
            return !mine.isValid() && theirs.isValid();
        return mine.toDouble() < theirs.toDouble();
    }
};

} // namespace rapport::app
