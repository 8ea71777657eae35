#include "CustomerCompletionModel.h"

#include "DatabaseSession.h"

namespace rapport::app {

CustomerCompletionModel::CustomerCompletionModel(DatabaseSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session)
{
}

CustomerCompletionModel::~CustomerCompletionModel() = default;

int CustomerCompletionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant CustomerCompletionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        if (row.company.isEmpty())
            return row.email.isEmpty() ? row.name : tr("%1 <%2>").arg(row.name, row.email);
        return tr("%1 (%2)").arg(row.name, row.company);
    case Qt::EditRole: return row.name; // what the line edit shows once picked
    case kIdRole: return row.id;
    default: return {};
    }
}

void CustomerCompletionModel::search(const QString& text)
{
    std::vector<core::CustomerListStore::Row> rows;
    if (m_session.isOpen() && !text.trimmed().isEmpty()) {
        if (auto found = core::CustomerListStore(m_session.database()).search(text, kLimit))
            rows = std::move(found).value();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 CustomerCompletionModel::customerId(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_rows.size()))
        return 0;
    return m_rows[static_cast<std::size_t>(row)].id;
}

} // namespace rapport::app
