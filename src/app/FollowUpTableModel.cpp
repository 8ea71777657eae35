#include "FollowUpTableModel.h"

#include "DatabaseSession.h"
#include "DisplayText.h"

#include <QFont>

namespace rapport::app {

FollowUpTableModel::FollowUpTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

FollowUpTableModel::~FollowUpTableModel() = default;

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool FollowUpTableModel::isOverdue(const core::FollowUpListStore::Row& row) const
{
    return row.task.dueAt < m_now;
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case DueColumn:
            return isOverdue(row) ? tr("%1 (overdue)").arg(DisplayText::dateTime(row.task.dueAt))
                                  : DisplayText::dateTime(row.task.dueAt);
        case CustomerColumn: return row.customerName;
        case CompanyColumn: return row.company;
        case NoteColumn: return row.task.note.simplified();
        default: return {};
        }
    }
    // Overdue dates stand out by weight, not by a colour that could clash with the palette.
    if (role == Qt::FontRole && index.column() == DueColumn && isOverdue(row)) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return row.task.note;
    return {};
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DueColumn: return tr("Due");
    case CustomerColumn: return tr("Customer");
    case CompanyColumn: return tr("Company");
    case NoteColumn: return tr("Note");
    default: return {};
    }
}

void FollowUpTableModel::reload()
{
    std::vector<core::FollowUpListStore::Row> rows;
    m_now = m_session.clock().nowUtc();
    if (m_session.isOpen() && !m_session.currentRep().isEmpty()) {
        // Due today or earlier: up to the end of the local day.
        const QDateTime endOfToday = QDateTime(m_now.toLocalTime().date().addDays(1), QTime(0, 0)).toUTC();
        auto found = core::FollowUpListStore(m_session.database()).openForRep(m_session.currentRep(), endOfToday);
        if (found)
            rows = std::move(found).value();
        else
            emit loadFailed(found.error().details());
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const core::FollowUpListStore::Row* FollowUpTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

int FollowUpTableModel::overdueCount() const
{
    int n = 0;
    for (const auto& row : m_rows)
        n += isOverdue(row) ? 1 : 0;
    return n;
}

} // namespace rapport::app
