#include "workspace/CustomerTableModel.h"

#include "common/DateText.h"
#include "services/ListQueries.h"
#include "shell/DatabaseSession.h"

#include <QLocale>
#include <QScopeGuard>

namespace rapport::app {

CustomerTableModel::CustomerTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session), m_runner(ListQueryRunner::forSession(session))
{
}

CustomerTableModel::~CustomerTableModel() = default;

int CustomerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::CustomerListRow& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == kIdRole)
        return row.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case CompanyColumn:
            return row.company;
        case EmailColumn:
            return row.email;
        case SegmentColumn:
            return row.segment;
        case OwnerColumn:
            return row.ownerName.isEmpty() ? row.owner : row.ownerName;
        case AcquiredColumn:
            return core::DateText::date(row.acquiredAt.toLocalTime().date());
        case StatusColumn:
            return row.churnedAt.isValid() ? tr("Churned") : tr("Active");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && row.churnedAt.isValid())
        return tr("Churned on %1")
            .arg(QLocale().toString(row.churnedAt.toLocalTime().date(), QLocale::LongFormat));
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CompanyColumn:
        return tr("Company");
    case EmailColumn:
        return tr("E-mail");
    case SegmentColumn:
        return tr("Segment");
    case OwnerColumn:
        return tr("Owner");
    case AcquiredColumn:
        return tr("Customer since");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && !m_loading && static_cast<qint64>(m_rows.size()) < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    // A view or a model tester may ask again while a page is on its way: one at a time.
    if (m_fetching || !canFetchMore(parent) || !m_session.isOpen())
        return;
    m_fetching = true;
    m_runner.run<std::vector<core::CustomerListRow>>(
        this, m_channel.current(),
        [filter = m_filter, sort = m_sort, descending = m_descending,
         offset = static_cast<qint64>(m_rows.size())](core::Database& db) {
            return core::ListQueries(db).customerPage(filter, sort, descending, offset, kPageSize);
        },
        [this](auto page) { applyPage(std::move(page)); });
}

void CustomerTableModel::applyPage(core::Result<std::vector<core::CustomerListRow>> page)
{
    // Still "fetching" while the rows are announced: a listener that asks for more
    // inside rowsInserted (QAbstractItemModelTester does) must not read this page twice.
    const auto done = qScopeGuard([this] { m_fetching = false; });
    if (!page) {
        m_total = static_cast<qint64>(m_rows.size()); // stop asking
        emit loadFailed(page.error().details());
        return;
    }
    if (page->empty()) {
        m_total = static_cast<qint64>(m_rows.size()); // the table shrank under us
        return;
    }
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    for (auto& row : *page)
        m_rows.push_back(std::move(row));
    endInsertRows();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    static const std::array<core::CustomerSortColumn, ColumnCount> columns{
        core::CustomerSortColumn::Name,   core::CustomerSortColumn::Company,
        core::CustomerSortColumn::Email,  core::CustomerSortColumn::Segment,
        core::CustomerSortColumn::Owner,  core::CustomerSortColumn::AcquiredAt,
        core::CustomerSortColumn::Churned};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortSection = column;
    m_sort = columns[static_cast<std::size_t>(column)];
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void CustomerTableModel::setFilter(const core::CustomerListFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

qint64 CustomerTableModel::customerId(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return 0;
    return m_rows[static_cast<std::size_t>(row)].id;
}

int CustomerTableModel::rowOf(qint64 customerId) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == customerId)
            return static_cast<int>(i);
    return -1;
}

void CustomerTableModel::reload()
{
    // Whatever was on its way answers a question nobody asks any more.
    const QueryChannel::Ticket ticket = m_channel.next();
    m_fetching = false;
    if (!m_session.isOpen()) {
        m_loading = false;
        applyReload(std::pair<qint64, std::vector<core::CustomerListRow>>{});
        return;
    }
    m_loading = true;
    using Answer = std::pair<qint64, std::vector<core::CustomerListRow>>;
    m_runner.run<Answer>(
        this, ticket,
        [filter = m_filter, sort = m_sort,
         descending = m_descending](core::Database& db) -> core::Result<Answer> {
            core::ListQueries lists(db);
            auto total = lists.customerCount(filter);
            if (!total)
                return total.error();
            auto page = lists.customerPage(filter, sort, descending, 0, kPageSize);
            if (!page)
                return page.error();
            return Answer{*total, std::move(page).value()};
        },
        [this](auto answer) { applyReload(std::move(answer)); });
}

void CustomerTableModel::applyReload(
    core::Result<std::pair<qint64, std::vector<core::CustomerListRow>>> answer)
{
    m_loading = false;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (answer) {
        m_total = answer->first;
        m_rows = std::move(answer->second);
    }
    // Listeners of modelReset (QAbstractItemModelTester among them) must not fetch the
    // second page while the reset is still being announced: they do so later, on scroll.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!answer)
        emit loadFailed(answer.error().details());
    emit reloaded();
}

} // namespace rapport::app
