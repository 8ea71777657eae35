#include "winback/WinBackTableModel.h"

#include "widgets/DisplayText.h"

namespace rapport::app {

WinBackTableModel::WinBackTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void WinBackTableModel::setEntries(std::vector<core::WinBackEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int WinBackTableModel::findCustomer(qint64 id) const
{
    for (std::size_t r = 0; r < m_entries.size(); ++r) {
        if (m_entries[r].customerId == id)
            return static_cast<int>(r);
    }
    return -1;
}

QString WinBackTableModel::outcomeText(core::WinBackOutcome outcome)
{
    switch (outcome) {
    case core::WinBackOutcome::WonBack:
        return tr("won back");
    case core::WinBackOutcome::Declined:
        return tr("declined");
    case core::WinBackOutcome::NoAnswer:
        return tr("no answer");
    }
    return {};
}

int WinBackTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int WinBackTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WinBackTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::WinBackEntry& e = entry(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == RevenueBefore)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Customer:
        return e.name;
    case Company:
        return e.company;
    case Owner:
        return e.ownerName;
    case LeftOn:
        return DisplayText::date(e.churnedAt);
    case Reason:
        return DisplayText::churnReason(e.churnReason);
    case RevenueBefore:
        return DisplayText::amount(e.revenueBeforeCents);
    case LastOutreach:
        if (!e.lastOutreachAt.isValid())
            return role == Qt::ToolTipRole ? tr("Nobody has tried to win them back yet") : QString();
        return e.lastOutcome
                   ? tr("%1, %2").arg(DisplayText::date(e.lastOutreachAt), outcomeText(*e.lastOutcome))
                   : DisplayText::date(e.lastOutreachAt);
    default:
        return {};
    }
}

QVariant WinBackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Customer:
        return tr("Customer");
    case Company:
        return tr("Company");
    case Owner:
        return tr("Owner");
    case LeftOn:
        return tr("Left on");
    case Reason:
        return tr("Reason");
    case RevenueBefore:
        return tr("Revenue in their last year");
    case LastOutreach:
        return tr("Latest outreach");
    default:
        return {};
    }
}

} // namespace rapport::app
