#include "workspace/FollowUpTableModel.h"

#include "services/ListQueries.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QFont>

namespace rapport::app {

FollowUpTableModel::FollowUpTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_runner(ListQueryRunner::forSession(session))
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

bool FollowUpTableModel::isOverdue(const core::FollowUpListRow& row) const
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
        case CustomerColumn:
            return row.customerName;
        case CompanyColumn:
            return row.company;
        case NoteColumn:
            return row.task.note.simplified();
        default:
            return {};
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
    case DueColumn:
        return tr("Due");
    case CustomerColumn:
        return tr("Customer");
    case CompanyColumn:
        return tr("Company");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

void FollowUpTableModel::reload()
{
    using Rows = std::vector<core::FollowUpListRow>;
    const QueryChannel::Ticket ticket = m_channel.next();
    const QDateTime now = m_session.clock().nowUtc();
    if (!m_session.isOpen() || m_session.currentRep().isEmpty()) {
        applyReload(now, Rows{});
        return;
    }
    m_loading = true;
    // Due today or earlier: up to the end of the local day.
    const QDateTime endOfToday = QDateTime(now.toLocalTime().date().addDays(1), QTime(0, 0)).toUTC();
    m_runner.run<Rows>(
        this, ticket,
        [rep = m_session.currentRep(), endOfToday](core::Database& db) {
            return core::ListQueries(db).openFollowUps(rep, endOfToday);
        },
        [this, now](core::Result<Rows> rows) { applyReload(now, std::move(rows)); });
}

void FollowUpTableModel::applyReload(const QDateTime& now,
                                     core::Result<std::vector<core::FollowUpListRow>> rows)
{
    m_loading = false;
    beginResetModel();
    m_now = now;
    m_rows.clear();
    if (rows)
        m_rows = std::move(rows).value();
    endResetModel();
    if (!rows)
        emit loadFailed(rows.error().details());
    emit reloaded();
}

const core::FollowUpListRow* FollowUpTableModel::rowAt(int row) const
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
