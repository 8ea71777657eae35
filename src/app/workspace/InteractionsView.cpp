#include "workspace/InteractionsView.h"

#include "common/DateText.h"
#include "services/RepService.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"
#include "workspace/InteractionTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

// The earliest date a period filter can show; at this value the filter reads "Any".
const QDate kNoDate(2000, 1, 1);

QDateEdit* makeDateEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(core::DateText::dateFormat());
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(InteractionsView::tr("Any"));
    edit->setDate(kNoDate);
    return edit;
}

} // namespace

InteractionsView::InteractionsView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new InteractionTableModel(session, this)),
      m_searchLineEdit(new QLineEdit(this)), m_kindComboBox(new QComboBox(this)),
      m_repComboBox(new QComboBox(this)), m_fromDateEdit(makeDateEdit(this, QStringLiteral("fromDateEdit"))),
      m_toDateEdit(makeDateEdit(this, QStringLiteral("toDateEdit"))), m_summaryLabel(new QLabel(this)),
      m_tableView(new QTableView(this)), m_openCustomerButton(new QPushButton(tr("&Open Customer"), this)),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("interactionsView"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search customer or company"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchLineEdit->setAccessibleName(tr("Search interactions by customer"));
    m_searchLineEdit->setToolTip(
        tr("Shows the interactions of customers whose name or company contains this text"));
    m_kindComboBox->setObjectName(QStringLiteral("kindComboBox"));
    m_kindComboBox->setAccessibleName(tr("Kind filter"));
    m_kindComboBox->setToolTip(tr("Show one kind of interaction only"));
    m_kindComboBox->addItem(tr("All kinds"), QString());
    for (const QString& name : core::interactionKindNames())
        if (const auto kind = core::interactionKindFromString(name))
            m_kindComboBox->addItem(DisplayText::kind(*kind), name);
    m_repComboBox->setObjectName(QStringLiteral("repComboBox"));
    m_repComboBox->setAccessibleName(tr("Rep filter"));
    m_repComboBox->setToolTip(tr("Show the interactions one rep logged"));
    m_repComboBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fromDateEdit->setAccessibleName(tr("From date"));
    m_fromDateEdit->setToolTip(tr("Show interactions on or after this day (Any: no limit)"));
    m_toDateEdit->setAccessibleName(tr("Until date"));
    m_toDateEdit->setToolTip(tr("Show interactions up to and including this day (Any: no limit)"));
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_tableView->setObjectName(QStringLiteral("interactionsTableView"));
    m_tableView->setAccessibleName(tr("Interactions"));
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setColumnWidth(InteractionTableModel::WhenColumn, 140);
    m_tableView->setColumnWidth(InteractionTableModel::CustomerColumn, 150);
    m_tableView->setColumnWidth(InteractionTableModel::CompanyColumn, 170);
    m_tableView->setColumnWidth(InteractionTableModel::KindColumn, 90);
    m_tableView->setColumnWidth(InteractionTableModel::RepColumn, 120);
    m_tableView->setColumnWidth(InteractionTableModel::AmountColumn, 90);
    m_tableView->setColumnWidth(InteractionTableModel::CategoryColumn, 110);
    m_tableView->setToolTip(tr("Double-click or press Enter to open the customer"));
    m_openCustomerButton->setObjectName(QStringLiteral("openCustomerButton"));
    m_openCustomerButton->setToolTip(
        tr("Show the selected interaction's customer with their data and history"));
    m_openCustomerButton->setEnabled(false);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_searchLineEdit, 2);
    filters->addWidget(m_kindComboBox);
    filters->addWidget(m_repComboBox);
    auto* fromLabel = new QLabel(tr("F&rom"), this);
    fromLabel->setBuddy(m_fromDateEdit);
    auto* toLabel = new QLabel(tr("&Until"), this);
    toLabel->setBuddy(m_toDateEdit);
    // The labels keep their width when the row is tight; the search field gives way.
    for (QLabel* label : {fromLabel, toLabel}) {
        label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
        label->setContentsMargins(6, 0, 4, 0);
    }
    for (QDateEdit* edit : {m_fromDateEdit, m_toDateEdit})
        edit->setMinimumWidth(edit->sizeHint().width() + 8);
    filters->addWidget(fromLabel);
    filters->addWidget(m_fromDateEdit);
    filters->addWidget(toLabel);
    filters->addWidget(m_toDateEdit);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summaryLabel, 1);
    bottom->addWidget(m_openCustomerButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(bottom);
    setTabOrder(m_searchLineEdit, m_kindComboBox);
    setTabOrder(m_kindComboBox, m_repComboBox);
    setTabOrder(m_repComboBox, m_fromDateEdit);
    setTabOrder(m_fromDateEdit, m_toDateEdit);
    setTabOrder(m_toDateEdit, m_tableView);
    setTabOrder(m_tableView, m_openCustomerButton);

    // Search as you type, once typing pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InteractionsView::applyFilter);
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &InteractionsView::applyFilter);
    connect(m_repComboBox, &QComboBox::currentIndexChanged, this, &InteractionsView::applyFilter);
    connect(m_fromDateEdit, &QDateEdit::dateChanged, this, &InteractionsView::applyFilter);
    connect(m_toDateEdit, &QDateEdit::dateChanged, this, &InteractionsView::applyFilter);
    connect(m_model, &InteractionTableModel::reloaded, this, &InteractionsView::updateSummary);
    connect(m_model, &InteractionTableModel::pageLoaded, this, &InteractionsView::updateSummary);
    connect(m_model, &InteractionTableModel::loadFailed, this, [this](const QString& details) {
        m_session.reportError(tr("The interactions could not be read."), core::Error::make(details));
    });
    connect(m_tableView, &QTableView::activated, this, &InteractionsView::openSelected);
    connect(m_openCustomerButton, &QPushButton::clicked, this, &InteractionsView::openSelected);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_openCustomerButton->setEnabled(m_tableView->selectionModel()->hasSelection()); });
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_openCustomerButton->setEnabled(false); });

    connect(&m_session, &DatabaseSession::opened, this, [this] {
        reloadReps();
        m_model->reload();
    });
    connect(&m_session, &DatabaseSession::closed, this, [this] {
        reloadReps();
        m_model->reload();
    });
    connect(&m_session, &DatabaseSession::changed, m_model, &InteractionTableModel::reload);
    reloadReps();
    m_model->reload();
    updateSummary();
}

InteractionsView::~InteractionsView() = default;

void InteractionsView::reloadReps()
{
    const QString current = m_repComboBox->currentData().toString();
    const QSignalBlocker blocker(m_repComboBox);
    m_repComboBox->clear();
    m_repComboBox->addItem(tr("All reps"), QString());
    if (m_session.isOpen())
        if (auto reps = core::RepService(m_session.database()).list())
            for (const core::Rep& rep : *reps)
                m_repComboBox->addItem(rep.name, rep.id);
    m_repComboBox->setCurrentIndex(std::max(0, m_repComboBox->findData(current)));
}

void InteractionsView::applyFilter()
{
    m_searchTimer->stop();
    core::InteractionListFilter filter;
    filter.search = m_searchLineEdit->text();
    filter.kind = m_kindComboBox->currentData().toString();
    filter.rep = m_repComboBox->currentData().toString();
    // The period is in local days, the "to" day included.
    if (m_fromDateEdit->date() > kNoDate)
        filter.from = m_fromDateEdit->date().startOfDay().toUTC();
    if (m_toDateEdit->date() > kNoDate)
        filter.to = m_toDateEdit->date().addDays(1).startOfDay().toUTC();
    m_model->setFilter(filter);
}

void InteractionsView::updateSummary()
{
    const int shown = m_model->rowCount();
    if (!m_session.isOpen())
        m_summaryLabel->setText(QString());
    else if (shown == 0 && !m_model->isLoading())
        m_summaryLabel->setText(tr("No interactions match these filters."));
    else if (m_model->atEnd())
        m_summaryLabel->setText(tr("%Ln interaction(s), newest first.", nullptr, shown));
    else
        m_summaryLabel->setText(
            tr("The newest %Ln interaction(s) are shown; scroll down for older ones.", nullptr, shown));
}

void InteractionsView::openSelected()
{
    const QModelIndexList rows = m_tableView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    if (const auto* row = m_model->rowAt(rows.first().row()))
        emit openCustomerRequested(row->customerId);
}

} // namespace rapport::app
