#include "workspace/InteractionTableModel.h"

#include "services/ListQueries.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QScopeGuard>

namespace rapport::app {

InteractionTableModel::InteractionTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_runner(ListQueryRunner::forSession(session))
{
}

InteractionTableModel::~InteractionTableModel() = default;

int InteractionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int InteractionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::InteractionListRow& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == kIdRole)
        return row.id;
    if (role == kCustomerIdRole)
        return row.customerId;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return DisplayText::dateTime(row.occurredAt);
        case CustomerColumn:
            return row.customerName;
        case CompanyColumn:
            return row.company;
        case KindColumn: {
            const auto kind = core::interactionKindFromString(row.kind);
            return kind ? DisplayText::kind(*kind) : row.kind;
        }
        case RepColumn:
            return row.repName.isEmpty() ? row.rep : row.repName;
        case AmountColumn:
            return row.amountCents ? DisplayText::amount(*row.amountCents) : QString();
        case CategoryColumn:
            return row.category;
        case NotesColumn: {
            // One line per row: line breaks in notes would make rows of uneven height.
            QString notes = row.notes.simplified();
            if (row.notes.size() >= core::InteractionListRow::kNotesExcerpt)
                notes.append(QChar(0x2026));
            return notes;
        }
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == KindColumn && row.resolvedAt.isValid())
        return tr("Resolved %1").arg(DisplayText::dateTime(row.resolvedAt));
    if (role == Qt::ToolTipRole && index.column() == NotesColumn && !row.notes.isEmpty())
        return row.notes;
    return {};
}

QVariant InteractionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case CustomerColumn:
        return tr("Customer");
    case CompanyColumn:
        return tr("Company");
    case KindColumn:
        return tr("Kind");
    case RepColumn:
        return tr("Rep");
    case AmountColumn:
        return tr("Amount");
    case CategoryColumn:
        return tr("Category");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

bool InteractionTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && !m_loading && !m_atEnd;
}

void InteractionTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent) || !m_session.isOpen() || m_rows.empty())
        return;
    m_fetching = true;
    m_runner.run<Rows>(
        this, m_channel.current(),
        [filter = m_filter, after = core::InteractionListCursor::after(m_rows.back())](core::Database& db) {
            return core::ListQueries(db).interactionPage(filter, after, kPageSize);
        },
        [this](auto rows) { applyPage(std::move(rows)); });
}

void InteractionTableModel::applyPage(core::Result<Rows> rows)
{
    // Still "fetching" while the rows are announced: a listener that asks for more
    // inside rowsInserted (QAbstractItemModelTester does) must not read this page twice.
    const auto done = qScopeGuard([this] { m_fetching = false; });
    if (!rows) {
        m_atEnd = true; // stop asking
        emit loadFailed(rows.error().details());
        emit pageLoaded();
        return;
    }
    m_atEnd = static_cast<int>(rows->size()) < kPageSize;
    if (!rows->empty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows->size()) - 1);
        for (auto& row : *rows)
            m_rows.push_back(std::move(row));
        endInsertRows();
    }
    emit pageLoaded();
}

void InteractionTableModel::setFilter(const core::InteractionListFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

const core::InteractionListRow* InteractionTableModel::rowAt(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    return &m_rows[static_cast<std::size_t>(row)];
}

void InteractionTableModel::reload()
{
    const QueryChannel::Ticket ticket = m_channel.next();
    m_fetching = false;
    if (!m_session.isOpen()) {
        m_loading = false;
        applyReload(Rows{});
        return;
    }
    m_loading = true;
    m_runner.run<Rows>(
        this, ticket,
        [filter = m_filter](core::Database& db) {
            return core::ListQueries(db).interactionPage(filter, std::nullopt, kPageSize);
        },
        [this](auto rows) { applyReload(std::move(rows)); });
}

void InteractionTableModel::applyReload(core::Result<Rows> rows)
{
    m_loading = false;
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    if (rows) {
        m_atEnd = static_cast<int>(rows->size()) < kPageSize;
        m_rows = std::move(rows).value();
    }
    // Listeners of modelReset must not fetch the next page while the reset is announced.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!rows)
        emit loadFailed(rows.error().details());
    emit reloaded();
}

} // namespace rapport::app
