#include "CustomerTableModel.h"

#include "DatabaseSession.h"

#include <QLocale>
#include <QScopeGuard>

namespace rapport::app {

using core::CustomerListStore;

CustomerTableModel::CustomerTableModel(DatabaseSession& session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
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
    const CustomerListStore::Row& row = m_rows[static_cast<std::size_t>(index.row())];
    if (role == kIdRole)
        return row.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: return row.name;
        case CompanyColumn: return row.company;
        case EmailColumn: return row.email;
        case SegmentColumn: return row.segment;
        case OwnerColumn: return row.ownerName.isEmpty() ? row.owner : row.ownerName;
        case AcquiredColumn: return QLocale().toString(row.acquiredAt.toLocalTime().date(), QLocale::ShortFormat);
        case StatusColumn: return row.churnedAt.isValid() ? tr("Churned") : tr("Active");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && row.churnedAt.isValid())
        return tr("Churned on %1").arg(QLocale().toString(row.churnedAt.toLocalTime().date(), QLocale::LongFormat));
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case CompanyColumn: return tr("Company");
    case EmailColumn: return tr("E-mail");
    case SegmentColumn: return tr("Segment");
    case OwnerColumn: return tr("Owner");
    case AcquiredColumn: return tr("Customer since");
    case StatusColumn: return tr("Status");
    default: return {};
    }
}

bool CustomerTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && static_cast<qint64>(m_rows.size()) < m_total;
}

void CustomerTableModel::fetchMore(const QModelIndex& parent)
{
    // A view or a model tester may ask again while rows are being inserted: one fetch at a time.
    if (m_fetching || !canFetchMore(parent) || !m_session.isOpen())
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = CustomerListStore(m_session.database())
                    .page(m_filter, m_sort, m_descending, static_cast<qint64>(m_rows.size()), kPageSize);
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
    static const std::array<CustomerListStore::SortColumn, ColumnCount> columns{
        CustomerListStore::SortColumn::Name,    CustomerListStore::SortColumn::Company,
        CustomerListStore::SortColumn::Email,   CustomerListStore::SortColumn::Segment,
        CustomerListStore::SortColumn::Owner,   CustomerListStore::SortColumn::AcquiredAt,
        CustomerListStore::SortColumn::Churned};
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortSection = column;
    m_sort = columns[static_cast<std::size_t>(column)];
    m_descending = order == Qt::DescendingOrder;
    reload();
}

void CustomerTableModel::setFilter(const CustomerListStore::Filter& filter)
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
    // The count and the first page are read inside the reset, so views see one change.
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    QString failure;
    if (m_session.isOpen()) {
        core::CustomerListStore store(m_session.database());
        auto total = store.count(m_filter);
        auto page = total ? store.page(m_filter, m_sort, m_descending, 0, kPageSize)
                          : core::Result<std::vector<CustomerListStore::Row>>(total.error());
        if (page) {
            m_total = *total;
            m_rows = std::move(page).value();
        } else {
            failure = page.error().details();
        }
    }
    // Listeners of modelReset (QAbstractItemModelTester among them) must not fetch the
    // second page while the reset is still being announced: they do so later, on scroll.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!failure.isEmpty())
        emit loadFailed(failure);
}

} // namespace rapport::app
