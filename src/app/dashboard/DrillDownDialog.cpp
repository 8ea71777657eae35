#include "dashboard/DrillDownDialog.h"

#include "common/DateText.h"
#include "domain/Kinds.h"
#include "services/DrillDownService.h"
#include "widgets/DisplayText.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <vector>

namespace rapport::app {
namespace {

using R = core::DrillDownRecords;

// The columns of DrillDownRecords a reader sees, with their headers: names and facts, not the
// record's or the customer's id (those stay in the rows, for opening the customer).
struct Column
{
    int source;
    const char* header;
};

std::vector<Column> columnsFor(R records)
{
    switch (records) {
    case R::Responses:
        return {{1, QT_TRANSLATE_NOOP("rapport::app", "Responded (UTC)")},
                {3, QT_TRANSLATE_NOOP("rapport::app", "Customer")},
                {4, QT_TRANSLATE_NOOP("rapport::app", "Survey")},
                {5, QT_TRANSLATE_NOOP("rapport::app", "Score")},
                {6, QT_TRANSLATE_NOOP("rapport::app", "Comment")}};
    case R::Complaints:
        return {{1, QT_TRANSLATE_NOOP("rapport::app", "Occurred (UTC)")},
                {3, QT_TRANSLATE_NOOP("rapport::app", "Customer")},
                {4, QT_TRANSLATE_NOOP("rapport::app", "Rep")},
                {5, QT_TRANSLATE_NOOP("rapport::app", "Category")},
                {6, QT_TRANSLATE_NOOP("rapport::app", "Resolved (UTC)")}};
    case R::Purchases:
        return {{1, QT_TRANSLATE_NOOP("rapport::app", "Occurred (UTC)")},
                {3, QT_TRANSLATE_NOOP("rapport::app", "Customer")},
                {4, QT_TRANSLATE_NOOP("rapport::app", "Rep")},
                {5, QT_TRANSLATE_NOOP("rapport::app", "Amount")},
                {6, QT_TRANSLATE_NOOP("rapport::app", "Followed up in time")}};
    case R::CustomersAtStart:
    case R::ChurnedCustomers:
    case R::ActiveCustomers:
        break;
    }
    return {{1, QT_TRANSLATE_NOOP("rapport::app", "Customer")},
            {2, QT_TRANSLATE_NOOP("rapport::app", "Segment")},
            {3, QT_TRANSLATE_NOOP("rapport::app", "Owner")},
            {4, QT_TRANSLATE_NOOP("rapport::app", "Acquired (UTC)")},
            {5, QT_TRANSLATE_NOOP("rapport::app", "Churned (UTC)")},
            {6, QT_TRANSLATE_NOOP("rapport::app", "Still a customer at the end")}};
}

// The survey as the rest of the app names it ("CSAT"), not as it is stored ("csat").
QString surveyText(const QString& stored)
{
    const auto kind = core::surveyKindFromString(stored);
    return kind ? DisplayText::survey(*kind) : stored;
}

} // namespace

DrillDownDialog::DrillDownDialog(core::Database& db, DrillDownRequest request, int followUpWindowDays,
                                 QWidget* parent)
    : QDialog(parent), m_request(std::move(request)), m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(m_request.title);
    m_view->setObjectName(QStringLiteral("recordsTableView"));
    m_view->setAccessibleName(tr("Records behind the figure"));
    m_view->setToolTip(tr("Double-click a record, or press Enter, to open its customer."));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Row numbers would follow the sorting and mean nothing.
    m_view->verticalHeader()->hide();
    // activated: a double-click, or Enter for a keyboard user.
    connect(m_view, &QAbstractItemView::activated, this, &DrillDownDialog::openRecord);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    setMinimumSize(520, 320);
    resize(900, 500);
    load(db, followUpWindowDays);
    // As the records were read: events newest first, customers by name.
    const bool events = m_request.records == R::Responses || m_request.records == R::Complaints ||
                        m_request.records == R::Purchases;
    m_view->sortByColumn(0, events ? Qt::DescendingOrder : Qt::AscendingOrder);
}

void DrillDownDialog::openRecord(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const qint64 customer = index.data(CustomerIdRole).toLongLong();
    if (customer > 0)
        emit customerRequested(customer);
}

void DrillDownDialog::load(core::Database& db, int followUpWindowDays)
{
    const std::vector<Column> columns = columnsFor(m_request.records);
    QStringList headers;
    for (const Column& column : columns)
        headers << QCoreApplication::translate("rapport::app", column.header);
    m_model->setHorizontalHeaderLabels(headers);
    auto table = core::DrillDownService(db).records(
        m_request.records, m_request.period.startSeconds(), m_request.period.endSeconds(), m_request.scope,
        m_request.subset, qint64{followUpWindowDays} * 86400, kRowLimit);
    if (!table) {
        m_summary->setText(tr("The records could not be read: %1").arg(table.error().message));
        return;
    }
    m_total = table->total;
    const QLocale locale;
    const bool purchases = m_request.records == R::Purchases;
    const bool responses = m_request.records == R::Responses;
    const bool customers =
        m_request.records != R::Responses && m_request.records != R::Complaints && !purchases;
    const int customerColumn = core::drillDownCustomerIdColumn(m_request.records);
    for (const QVariantList& row : table->rows) {
        const qint64 customerId = row.value(customerColumn).toLongLong();
        QList<QStandardItem*> items;
        for (const Column& column : columns) {
            const int c = column.source;
            const QVariant v = row.value(c);
            auto* item = new QStandardItem;
            item->setData(v, Qt::UserRole);
            item->setData(customerId, CustomerIdRole);
            QString text;
            if (!v.isValid())
                text = QString();
            else if (v.metaType().id() == QMetaType::QDateTime)
                text = core::DateText::dateTime(v.toDateTime().toUTC(), locale); // UTC, as the figures
            else if (purchases && c == 5)
                text = DisplayText::amount(v.toLongLong()); // cents, in the book's currency
            else if ((purchases && c == 6) || (customers && c == 6))
                text = v.toBool() ? tr("yes") : tr("no");
            else if (responses && c == 4)
                text = surveyText(v.toString());
            else
                text = v.toString();
            item->setText(text);
            items << item;
        }
        m_model->appendRow(items);
    }
    m_view->resizeColumnsToContents();
    if (m_total > static_cast<qint64>(table->rows.size()))
        m_summary->setText(
            tr("%1 records; the newest %2 are listed.")
                .arg(locale.toString(m_total), locale.toString(static_cast<qint64>(table->rows.size()))));
    else
        m_summary->setText(tr("%Ln record(s).", nullptr, static_cast<int>(m_total)));
}

} // namespace rapport::app
