#pragma once

#include "domain/InteractionList.h"
#include "widgets/ListQueryRunner.h"

#include <QAbstractTableModel>
#include <vector>

namespace rapport::app {

class DatabaseSession;

// Every interaction of the book, newest first, read a page at a time as the view
// scrolls (keyset paging, so a deep page costs what the first one does). Filtering is
// done by the database; queries run on the session's ListQueryRunner. There is no
// total: counting millions of rows for a number nobody reads would cost more than the
// pages themselves.
class InteractionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InteractionTableModel)

public:
    enum Column {
        WhenColumn,
        CustomerColumn,
        CompanyColumn,
        KindColumn,
        RepColumn,
        AmountColumn,
        CategoryColumn,
        NotesColumn,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kCustomerIdRole = Qt::UserRole + 2;
    static constexpr int kPageSize = 200;

    explicit InteractionTableModel(DatabaseSession& session, QObject* parent = nullptr);
    ~InteractionTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setFilter(const core::InteractionListFilter& filter);
    const core::InteractionListFilter& filter() const { return m_filter; }
    const core::InteractionListRow* rowAt(int row) const;
    // Every matching row has been read.
    bool atEnd() const { return m_atEnd; }
    bool isLoading() const { return m_loading || m_fetching; }
    // Re-reads from the newest row after a write or a new database, keeping the filter.
    void reload();

signals:
    void loadFailed(const QString& details);
    void reloaded();
    // A page was appended (or the end was reached).
    void pageLoaded();

private:
    using Rows = std::vector<core::InteractionListRow>;
    void applyReload(core::Result<Rows> rows);
    void applyPage(core::Result<Rows> rows);

    DatabaseSession& m_session;
    ListQueryRunner& m_runner;
    QueryChannel m_channel;
    core::InteractionListFilter m_filter;
    Rows m_rows;
    bool m_atEnd = true;
    bool m_loading = false;
    bool m_fetching = false;
    bool m_resetting = false;
};

} // namespace rapport::app
