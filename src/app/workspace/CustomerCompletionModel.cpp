#include "workspace/CustomerCompletionModel.h"

#include "services/ListQueries.h"
#include "shell/DatabaseSession.h"

namespace rapport::app {

CustomerCompletionModel::CustomerCompletionModel(DatabaseSession& session, QObject* parent)
    : QAbstractListModel(parent), m_session(session), m_runner(ListQueryRunner::forSession(session))
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
    case Qt::EditRole:
        return row.name; // what the line edit shows once picked
    case kIdRole:
        return row.id;
    default:
        return {};
    }
}

void CustomerCompletionModel::search(const QString& text)
{
    const QueryChannel::Ticket ticket = m_channel.next();
    if (!m_session.isOpen() || text.trimmed().isEmpty()) {
        show({});
        emit searched();
        return;
    }
    m_runner.run<std::vector<core::CustomerListRow>>(
        this, ticket,
        [text](core::Database& db) { return core::ListQueries(db).customerSearch(text, kLimit); },
        [this](auto found) {
            show(found ? std::move(found).value() : std::vector<core::CustomerListRow>{});
            emit searched();
        });
}

void CustomerCompletionModel::searchNow(const QString& text)
{
    m_channel.cancel(); // this answer wins over any still on its way
    std::vector<core::CustomerListRow> rows;
    if (m_session.isOpen() && !text.trimmed().isEmpty()) {
        if (auto found = core::ListQueries(m_session.database()).customerSearch(text, kLimit))
            rows = std::move(found).value();
    }
    show(std::move(rows));
}

void CustomerCompletionModel::show(std::vector<core::CustomerListRow> rows)
{
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
