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
            return DisplayText::followUpDue(row.task.dueAt, m_now);
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

void FollowUpTableModel::setWindow(core::FollowUpWindow window)
{
    if (window == m_window)
        return;
    m_window = window;
    reload();
}

void FollowUpTableModel::reload()
{
    const QueryChannel::Ticket ticket = m_channel.next();
    const QDateTime now = m_session.clock().nowUtc();
    if (!m_session.isOpen() || m_session.currentRep().isEmpty()) {
        applyReload(now, Loaded{});
        return;
    }
    m_loading = true;
    // Both reads walk the rep's open tasks in the index (rep_id, done_at, due_at).
    m_runner.run<Loaded>(
        this, ticket,
        [rep = m_session.currentRep(), now, window = m_window](core::Database& db) -> core::Result<Loaded> {
            const core::ListQueries lists(db);
            const core::FollowUpDays days(now);
            auto rows = lists.openFollowUps(rep, days, window);
            if (!rows)
                return rows.error();
            auto counts = lists.followUpCounts(rep, days);
            if (!counts)
                return counts.error();
            return Loaded{std::move(rows).value(), *counts};
        },
        [this, now](core::Result<Loaded> loaded) { applyReload(now, std::move(loaded)); });
}

void FollowUpTableModel::applyReload(const QDateTime& now, core::Result<Loaded> loaded)
{
    m_loading = false;
    beginResetModel();
    m_now = now;
    m_rows.clear();
    m_counts = {};
    if (loaded) {
        m_rows = std::move(loaded->rows);
        m_counts = loaded->counts;
    }
    endResetModel();
    if (!loaded)
        emit loadFailed(loaded.error().details());
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
