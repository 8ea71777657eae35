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

namespace rapport::app {
namespace {

using R = core::DrillDownRecords;

QStringList headersFor(R records)
{
    // lupdate files these tr() calls under the enclosing namespace, so they are looked up there.
    auto tr = [](const char* s) { return QCoreApplication::translate("rapport::app", s); };
    switch (records) {
    case R::Responses:
        return {tr("Id"),     tr("Responded (UTC)"), tr("Customer id"), tr("Customer"),
                tr("Survey"), tr("Score"),           tr("Comment")};
    case R::Complaints:
        return {tr("Id"),  tr("Occurred (UTC)"), tr("Customer id"),   tr("Customer"),
                tr("Rep"), tr("Category"),       tr("Resolved (UTC)")};
    case R::Purchases:
        return {tr("Id"),  tr("Occurred (UTC)"), tr("Customer id"),        tr("Customer"),
                tr("Rep"), tr("Amount"),         tr("Followed up in time")};
    case R::CustomersAtStart:
    case R::ChurnedCustomers:
    case R::ActiveCustomers:
        break;
    }
    return {tr("Id"),
            tr("Customer"),
            tr("Segment"),
            tr("Owner"),
            tr("Acquired (UTC)"),
            tr("Churned (UTC)"),
            tr("Still a customer at the end")};
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
      m_view(new QTableView(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(m_request.title);
    m_view->setObjectName(QStringLiteral("recordsTableView"));
    m_view->setAccessibleName(tr("Records behind the figure"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Row numbers would follow the sorting and read like ids: the Id column says it.
    m_view->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    setMinimumSize(520, 320);
    resize(900, 500);
    load(db, followUpWindowDays);
}

void DrillDownDialog::load(core::Database& db, int followUpWindowDays)
{
    m_model->setHorizontalHeaderLabels(headersFor(m_request.records));
    auto table = core::DrillDownService(db).records(
        m_request.records, m_request.period.startSeconds(), m_request.period.endSeconds(), m_request.scope,
        m_request.survey, qint64{followUpWindowDays} * 86400, kRowLimit);
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
    for (const QVariantList& row : table->rows) {
        QList<QStandardItem*> items;
        for (int c = 0; c < row.size(); ++c) {
            const QVariant& v = row.at(c);
            auto* item = new QStandardItem;
            item->setData(v, Qt::UserRole);
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
