#include "workspace/CustomersView.h"

#include "services/CustomerService.h"
#include "services/FollowUpService.h"
#include "services/InteractionService.h"
#include "services/RepService.h"
#include "services/SurveyService.h"
#include "shell/DatabaseSession.h"
#include "widgets/ColumnPriorities.h"
#include "widgets/DisplayText.h"
#include "workspace/ChurnReasonDialog.h"
#include "workspace/CreateCustomerCommand.h"
#include "workspace/CustomerCardText.h"
#include "workspace/CustomerConflictDialog.h"
#include "workspace/CustomerDialog.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/DeleteCustomerCommand.h"
#include "workspace/EditCustomerCommand.h"
#include "workspace/ResolveComplaintCommand.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

QTreeWidget* makeTree(QWidget* parent, const QString& objectName, const QString& accessibleName,
                      const QStringList& headers)
{
    auto* tree = new QTreeWidget(parent);
    tree->setObjectName(objectName);
    tree->setAccessibleName(accessibleName);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

CustomersView::CustomersView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new CustomerTableModel(session, this)),
      m_searchLineEdit(new QLineEdit(this)), m_segmentComboBox(new QComboBox(this)),
      m_ownerComboBox(new QComboBox(this)), m_statusComboBox(new QComboBox(this)),
      m_countLabel(new QLabel(this)), m_tableView(new QTableView(this)), m_nameLabel(new QLabel(this)),
      m_detailsLabel(new QLabel(this)), m_timelineTreeWidget(nullptr), m_surveysTreeWidget(nullptr),
      m_complaintsTreeWidget(nullptr), m_newButton(new QPushButton(tr("&New…"), this)),
      m_editButton(new QPushButton(tr("Ed&it…"), this)),
      m_churnButton(new QPushButton(tr("&Mark Churned"), this)),
      m_deleteButton(new QPushButton(tr("&Delete"), this)), m_resolveButton(nullptr),
      m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("customersView"));
    m_searchLineEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchLineEdit->setPlaceholderText(tr("Search name, company or e-mail"));
    m_searchLineEdit->setAccessibleName(tr("Search customers"));
    m_searchLineEdit->setToolTip(tr("Shows the customers whose name, company or e-mail contains this text"));
    m_searchLineEdit->setClearButtonEnabled(true);
    m_segmentComboBox->setObjectName(QStringLiteral("segmentComboBox"));
    m_segmentComboBox->setAccessibleName(tr("Segment filter"));
    m_segmentComboBox->setToolTip(tr("Show one segment only"));
    m_ownerComboBox->setObjectName(QStringLiteral("ownerComboBox"));
    m_ownerComboBox->setAccessibleName(tr("Owner filter"));
    m_ownerComboBox->setToolTip(tr("Show the customers of one rep only"));
    m_statusComboBox->setObjectName(QStringLiteral("statusComboBox"));
    m_statusComboBox->setAccessibleName(tr("Status filter"));
    m_statusComboBox->setToolTip(tr("Active customers, churned customers or both"));
    m_statusComboBox->addItem(tr("Active and churned"), static_cast<int>(core::CustomerChurnState::Any));
    m_statusComboBox->addItem(tr("Active"), static_cast<int>(core::CustomerChurnState::Active));
    m_statusComboBox->addItem(tr("Churned"), static_cast<int>(core::CustomerChurnState::Churned));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    m_tableView->setObjectName(QStringLiteral("customersTableView"));
    m_tableView->setAccessibleName(tr("Customers"));
    m_tableView->setModel(m_model);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(CustomerTableModel::NameColumn, Qt::AscendingOrder);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tableView->setColumnWidth(CustomerTableModel::NameColumn, 140);
    m_tableView->setColumnWidth(CustomerTableModel::CompanyColumn, 150);
    m_tableView->setColumnWidth(CustomerTableModel::EmailColumn, 190);
    m_tableView->setColumnWidth(CustomerTableModel::SegmentColumn, 95);
    m_tableView->setColumnWidth(CustomerTableModel::OwnerColumn, 110);
    m_tableView->setColumnWidth(CustomerTableModel::AcquiredColumn, 105);
    m_tableView->setWordWrap(false);
    // In a narrow window the owner and status stay in view; e-mail and company go first (the
    // card beside the list shows them).
    new ColumnPriorities(m_tableView,
                         {CustomerTableModel::EmailColumn, CustomerTableModel::CompanyColumn,
                          CustomerTableModel::AcquiredColumn, CustomerTableModel::SegmentColumn});
    // Compact rows: a rep scans many customers at once.
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);

    m_nameLabel->setObjectName(QStringLiteral("customerNameLabel"));
    QFont heading = m_nameLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_nameLabel->setFont(heading);
    m_nameLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setObjectName(QStringLiteral("customerDetailsLabel"));
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::RichText);

    m_timelineTreeWidget = makeTree(this, QStringLiteral("timelineTreeWidget"), tr("Interaction timeline"),
                                    {tr("When"), tr("Kind"), tr("Amount or category"), tr("Notes")});
    m_surveysTreeWidget = makeTree(this, QStringLiteral("surveysTreeWidget"), tr("Survey responses"),
                                   {tr("When"), tr("Survey"), tr("Score"), tr("Category"), tr("Comment")});
    m_complaintsTreeWidget = makeTree(this, QStringLiteral("complaintsTreeWidget"), tr("Open complaints"),
                                      {tr("Since"), tr("Category"), tr("Notes")});
    m_resolveButton = new QPushButton(tr("Mark &Resolved"), this);
    m_resolveButton->setObjectName(QStringLiteral("resolveComplaintButton"));
    m_resolveButton->setToolTip(tr("Records now as the time the selected complaint was resolved"));
    auto* complaintsPage = new QWidget(this);
    auto* complaintsLayout = new QVBoxLayout(complaintsPage);
    complaintsLayout->setContentsMargins(0, 0, 0, 0);
    complaintsLayout->addWidget(m_complaintsTreeWidget);
    auto* resolveRow = new QHBoxLayout;
    resolveRow->addStretch();
    resolveRow->addWidget(m_resolveButton);
    complaintsLayout->addLayout(resolveRow);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("customerTabWidget"));
    tabs->setAccessibleName(tr("The customer's history"));
    tabs->addTab(m_timelineTreeWidget, tr("&Timeline"));
    tabs->addTab(m_surveysTreeWidget, tr("S&urveys"));
    tabs->addTab(complaintsPage, tr("Open com&plaints"));

    m_newButton->setObjectName(QStringLiteral("newCustomerButton"));
    m_newButton->setToolTip(tr("Add a customer"));
    m_editButton->setObjectName(QStringLiteral("editCustomerButton"));
    m_editButton->setToolTip(tr("Change the selected customer's data"));
    m_churnButton->setObjectName(QStringLiteral("churnCustomerButton"));
    m_churnButton->setToolTip(tr("Record that the selected customer stopped buying, or that they are back"));
    m_deleteButton->setObjectName(QStringLiteral("deleteCustomerButton"));
    m_deleteButton->setToolTip(tr("Delete the selected customer with their whole history (can be undone)"));

    // The search has a row of its own, so it keeps its whole hint in a narrow window (issue 20:
    // at 1024 pixels it read "Search …"); the filters below it may shorten their choices.
    auto* filterRow = new QHBoxLayout;
    for (QComboBox* combo : {m_segmentComboBox, m_ownerComboBox, m_statusComboBox}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        filterRow->addWidget(combo, 1);
    }

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_searchLineEdit);
    listLayout->addLayout(filterRow);
    listLayout->addWidget(m_tableView);
    auto* listFooter = new QHBoxLayout;
    listFooter->addWidget(m_countLabel);
    listFooter->addStretch();
    listFooter->addWidget(m_newButton);
    listLayout->addLayout(listFooter);

    auto* detailPane = new QWidget(this);
    detailPane->setObjectName(QStringLiteral("customerDetailPane"));
    auto* detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_nameLabel);
    detailLayout->addWidget(m_detailsLabel);
    auto* actionsRow = new QHBoxLayout;
    actionsRow->addWidget(m_editButton);
    actionsRow->addWidget(m_churnButton);
    actionsRow->addWidget(m_deleteButton);
    actionsRow->addStretch();
    detailLayout->addLayout(actionsRow);
    detailLayout->addWidget(tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("customersSplitter"));
    splitter->addWidget(listPane);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({620, 420});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    setTabOrder(m_searchLineEdit, m_segmentComboBox);
    setTabOrder(m_segmentComboBox, m_ownerComboBox);
    setTabOrder(m_ownerComboBox, m_statusComboBox);
    setTabOrder(m_statusComboBox, m_tableView);
    setTabOrder(m_tableView, m_newButton);
    setTabOrder(m_newButton, m_editButton);
    setTabOrder(m_editButton, m_churnButton);
    setTabOrder(m_churnButton, m_deleteButton);
    setTabOrder(m_deleteButton, tabs);

    // Search as you type, but query once the typing pauses.
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &CustomersView::applyFilter);
    connect(m_segmentComboBox, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilter);
    connect(m_ownerComboBox, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilter);
    connect(m_statusComboBox, &QComboBox::currentIndexChanged, this, &CustomersView::applyFilter);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const qint64 id = current.isValid() ? m_model->customerId(current.row()) : 0;
                if (id == m_currentId)
                    return;
                m_currentId = id;
                updateDetails();
                emit currentCustomerChanged(id);
            });
    connect(m_model, &CustomerTableModel::reloaded, this, [this] {
        m_countLabel->setText(tr("%Ln customer(s)", nullptr, static_cast<int>(m_model->totalCount())));
        restoreSelection();
    });
    // Queued: the model takes no request for the next page while it announces this one.
    connect(
        m_model, &QAbstractItemModel::rowsInserted, this,
        [this] {
            if (m_seekId != 0)
                restoreSelection();
        },
        Qt::QueuedConnection);
    connect(m_model, &CustomerTableModel::loadFailed, this, [this](const QString& details) {
        m_session.reportError(tr("The customer list could not be read."), core::Error::make(details));
    });
    connect(m_newButton, &QPushButton::clicked, this, &CustomersView::newCustomer);
    connect(m_editButton, &QPushButton::clicked, this, &CustomersView::editCurrent);
    connect(m_churnButton, &QPushButton::clicked, this, &CustomersView::toggleChurnCurrent);
    connect(m_deleteButton, &QPushButton::clicked, this, &CustomersView::deleteCurrent);
    connect(m_resolveButton, &QPushButton::clicked, this, &CustomersView::resolveSelectedComplaint);
    connect(m_complaintsTreeWidget, &QTreeWidget::currentItemChanged, this, &CustomersView::updateActions);
    connect(m_tableView, &QTableView::doubleClicked, this, &CustomersView::editCurrent);

    connect(&m_session, &DatabaseSession::opened, this, [this] {
        m_currentId = 0;
        reloadFilters();
        reloadList();
        startOnSignedInRep();
    });
    connect(&m_session, &DatabaseSession::currentRepChanged, this, [this] {
        reloadFilters();
        startOnSignedInRep();
    });
    connect(&m_session, &DatabaseSession::closed, this, [this] {
        m_currentId = 0;
        reloadList();
    });
    connect(&m_session, &DatabaseSession::changed, this, [this] {
        reloadFilters();
        reloadList();
    });
    reloadFilters();
    reloadList();
    startOnSignedInRep();
}

CustomersView::~CustomersView() = default;

void CustomersView::startOnSignedInRep()
{
    // A rep who signs in starts on their own customers (issue 20); a manager on the whole book.
    const QString me = m_session.currentRep();
    if (me.isEmpty() || !m_session.isOpen())
        return;
    auto rep = core::RepService(m_session.database()).find(me);
    const bool isRep = rep && *rep && (*rep)->role == core::RepRole::Rep;
    // Filters through currentIndexChanged.
    m_ownerComboBox->setCurrentIndex(isRep ? std::max(0, m_ownerComboBox->findData(me)) : 0);
}

void CustomersView::reloadFilters()
{
    const QString segment = m_segmentComboBox->currentData().toString();
    const QString owner = m_ownerComboBox->currentData().toString();
    const QSignalBlocker segmentBlocker(m_segmentComboBox);
    const QSignalBlocker ownerBlocker(m_ownerComboBox);
    m_segmentComboBox->clear();
    m_ownerComboBox->clear();
    m_segmentComboBox->addItem(tr("All segments"), QString());
    m_ownerComboBox->addItem(tr("All owners"), QString());
    if (m_session.isOpen()) {
        if (auto segments = core::CustomerService(m_session.database()).segments())
            for (const QString& s : *segments)
                m_segmentComboBox->addItem(s, s);
        if (auto reps = core::RepService(m_session.database()).list())
            for (const core::Rep& rep : *reps)
                m_ownerComboBox->addItem(
                    rep.id == m_session.currentRep() ? tr("My customers (%1)").arg(rep.name) : rep.name,
                    rep.id);
    }
    m_segmentComboBox->setCurrentIndex(std::max(0, m_segmentComboBox->findData(segment)));
    m_ownerComboBox->setCurrentIndex(std::max(0, m_ownerComboBox->findData(owner)));
}

void CustomersView::applyFilter()
{
    m_searchTimer->stop();
    core::CustomerListFilter filter;
    filter.search = m_searchLineEdit->text();
    filter.segment = m_segmentComboBox->currentData().toString();
    filter.owner = m_ownerComboBox->currentData().toString();
    filter.status = static_cast<core::CustomerChurnState>(m_statusComboBox->currentData().toInt());
    if (filter == m_model->filter())
        return;
    // The selected customer stays selected if the new list has them on its first page.
    m_keepId = m_currentId;
    m_seekId = 0;
    m_model->setFilter(filter);
}

void CustomersView::reloadList()
{
    m_keepId = m_currentId;
    m_model->reload();
    // The details are one customer's: read them now, the list follows from the worker.
    updateDetails();
}

void CustomersView::restoreSelection()
{
    const qint64 wanted = m_seekId != 0 ? m_seekId : m_keepId;
    const int row = wanted != 0 ? m_model->rowOf(wanted) : -1;
    if (row >= 0) {
        m_seekId = 0;
        m_keepId = 0;
        m_tableView->selectRow(row);
        m_tableView->scrollTo(m_model->index(row, 0));
        if (m_currentId != wanted) {
            m_currentId = wanted;
            updateDetails();
            emit currentCustomerChanged(wanted);
        }
        return;
    }
    if (m_seekId != 0) {
        // Not on the pages read so far: read on (on the worker) until they turn up.
        if (m_model->canFetchMore({}))
            m_model->fetchMore({});
        else
            m_seekId = 0;
        return;
    }
    m_keepId = 0;
    const bool changed = m_currentId != 0;
    m_currentId = 0;
    updateDetails();
    if (changed)
        emit currentCustomerChanged(0);
}

void CustomersView::showCustomer(qint64 customerId)
{
    m_seekId = customerId;
    if (m_model->rowOf(customerId) >= 0 || m_model->isLoading()) {
        // Found now, or when the answer on its way arrives.
        if (!m_model->isLoading())
            restoreSelection();
        return;
    }
    // Clear the filters, then look for them page by page (the list is ordered, not indexed by id).
    const QSignalBlocker a(m_segmentComboBox), b(m_ownerComboBox), c(m_statusComboBox), d(m_searchLineEdit);
    m_searchLineEdit->clear();
    m_segmentComboBox->setCurrentIndex(0);
    m_ownerComboBox->setCurrentIndex(0);
    m_statusComboBox->setCurrentIndex(0);
    if (m_model->filter() == core::CustomerListFilter{})
        restoreSelection(); // nothing to clear: read on
    else
        m_model->setFilter({});
}

void CustomersView::updateDetails()
{
    m_timelineTreeWidget->clear();
    m_surveysTreeWidget->clear();
    m_complaintsTreeWidget->clear();
    std::optional<core::Customer> customer;
    if (m_currentId != 0 && m_session.isOpen()) {
        auto found = core::CustomerService(m_session.database()).find(m_currentId);
        if (found)
            customer = *found;
    }
    if (!customer) {
        m_nameLabel->setText(tr("No customer selected"));
        m_detailsLabel->setText(tr("Select a customer in the list to see their data and history."));
        updateActions();
        return;
    }
    m_nameLabel->setText(customer->name);
    QString owner = customer->owner;
    if (!owner.isEmpty())
        if (auto rep = core::RepService(m_session.database()).find(owner); rep && *rep)
            owner = (*rep)->name;
    std::vector<core::PastChurn> pastChurns;
    if (auto past = core::CustomerService(m_session.database()).pastChurns(m_currentId))
        pastChurns = std::move(*past);
    const QString html = CustomerCardText::details(*customer, owner, pastChurns, nextFollowUpText());
    m_detailsLabel->setText(html);
    m_churnButton->setText(customer->isChurned() ? tr("&Mark Active") : tr("&Mark Churned"));

    if (auto interactions = core::InteractionService(m_session.database()).forCustomer(m_currentId)) {
        for (const core::Interaction& i : *interactions) {
            QString detail = i.category;
            if (i.amountCents)
                detail = DisplayText::amount(*i.amountCents);
            auto* item = new QTreeWidgetItem(m_timelineTreeWidget,
                                             {DisplayText::dateTime(i.occurredAt), DisplayText::kind(i.kind),
                                              detail, i.notes.simplified()});
            item->setData(0, Qt::UserRole, i.id);
            item->setToolTip(3, i.notes);
            if (i.amountCents)
                item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            if (i.kind == core::InteractionKind::Complaint && !i.resolvedAt.isValid()) {
                auto* complaint =
                    new QTreeWidgetItem(m_complaintsTreeWidget, {DisplayText::dateTime(i.occurredAt),
                                                                 i.category, i.notes.simplified()});
                complaint->setData(0, Qt::UserRole, i.id);
                complaint->setData(1, Qt::UserRole, i.occurredAt);
                complaint->setData(2, Qt::UserRole, i.version);
            }
        }
    }
    if (auto surveys = core::SurveyService(m_session.database()).forCustomer(m_currentId)) {
        for (const core::SurveyResponse& s : *surveys)
            new QTreeWidgetItem(m_surveysTreeWidget,
                                {DisplayText::dateTime(s.respondedAt), DisplayText::survey(s.survey),
                                 QString::number(s.score), s.category, s.comment.simplified()});
    }
    for (QTreeWidget* tree : {m_timelineTreeWidget, m_surveysTreeWidget, m_complaintsTreeWidget})
        for (int c = 0; c + 1 < tree->columnCount(); ++c)
            tree->resizeColumnToContents(c);
    updateActions();
}

QString CustomersView::nextFollowUpText() const
{
    auto open = core::FollowUpService(m_session.database()).openForCustomer(m_currentId);
    if (!open)
        return tr("Could not be read");
    if (open->empty())
        return tr("None planned");
    const core::FollowUpTask& next = open->front();
    QString text = DisplayText::followUpDue(next.dueAt, m_session.clock().nowUtc());
    if (const QString note = next.note.simplified(); !note.isEmpty())
        text = tr("%1: %2").arg(text, note);
    if (open->size() > 1)
        text = tr("%1 (and %n more)", nullptr, static_cast<int>(open->size() - 1)).arg(text);
    return text;
}

void CustomersView::updateActions()
{
    const bool has = m_currentId != 0;
    m_editButton->setEnabled(has);
    m_churnButton->setEnabled(has);
    m_deleteButton->setEnabled(has);
    m_newButton->setEnabled(m_session.isOpen());
    m_resolveButton->setEnabled(m_complaintsTreeWidget->currentItem() != nullptr);
}

void CustomersView::newCustomer()
{
    if (!m_session.isOpen())
        return;
    core::Customer blank;
    blank.externalId =
        QStringLiteral("R-%1").arg(m_session.clock().nowUtc().toString(QStringLiteral("yyyyMMddHHmmss")));
    CustomerDialog dialog(m_session, blank, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new CreateCustomerCommand(m_session, dialog.customer());
    if (WriteCommand::push(m_session.undoStack(), command))
        showCustomer(command->customerId()); // on the stack, so alive
}

void CustomersView::editCurrent()
{
    if (m_currentId == 0)
        return;
    auto found = core::CustomerService(m_session.database()).find(m_currentId);
    if (!found || !*found)
        return;
    const core::Customer before = **found;
    CustomerDialog dialog(m_session, before, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const core::Customer after = dialog.customer();
    if (after == before)
        return;
    pushEdit(before, after, tr("Edit customer %1").arg(after.name));
}

void CustomersView::pushEdit(const core::Customer& before, const core::Customer& after, const QString& text,
                             const std::optional<core::Interaction>& note)
{
    const std::vector<core::CustomerField> edited = core::changedFields(before, after);
    auto* command = new EditCustomerCommand(
        m_session, before, after, text,
        [this, edited, text, note](const core::CustomerConflict& conflict, const core::Customer& mine) {
            // Asked once the undo stack is done with the refused command.
            QMetaObject::invokeMethod(
                this, [=, this] { resolveConflict(conflict, mine, edited, text, note); },
                Qt::QueuedConnection);
        });
    if (note)
        command->setNote(*note);
    m_session.undoStack().push(command);
}

void CustomersView::resolveConflict(const core::CustomerConflict& conflict, const core::Customer& mine,
                                    const std::vector<core::CustomerField>& edited, const QString& text,
                                    const std::optional<core::Interaction>& note)
{
    CustomerConflictDialog dialog(conflict, mine, this);
    dialog.exec();
    const core::Customer resolved = dialog.resolved(edited);
    // The note goes with the churn only when the churn itself is still written.
    const bool churnKept = resolved.churnedAt.isValid() && resolved.churnedAt == mine.churnedAt;
    if (!core::changedFields(conflict.theirs, resolved).empty())
        pushEdit(conflict.theirs, resolved, text, churnKept ? note : std::nullopt); // a newer one asks again
    showCustomer(conflict.theirs.id);
}

void CustomersView::toggleChurnCurrent()
{
    if (m_currentId == 0)
        return;
    auto found = core::CustomerService(m_session.database()).find(m_currentId);
    if (!found || !*found)
        return;
    const core::Customer before = **found;
    core::Customer after = before;
    QString text;
    std::optional<core::Interaction> note;
    if (before.isChurned()) {
        after.churnedAt = {};
        text = tr("Mark %1 active").arg(before.name);
    } else {
        const auto answer = ChurnReasonDialog::ask(m_session, before.name, this);
        if (!answer)
            return;
        after = core::markedChurned(before, m_session.clock().nowUtc(), answer->reason);
        text = tr("Mark %1 churned").arg(before.name);
        if (!answer->note.isEmpty())
            note = core::churnNote(after, answer->note, m_session.currentRep());
    }
    pushEdit(before, after, text, note);
}

void CustomersView::deleteCurrent()
{
    if (m_currentId == 0)
        return;
    auto found = core::CustomerService(m_session.database()).find(m_currentId);
    if (!found || !*found)
        return;
    const auto answer =
        QMessageBox::question(this, tr("Delete Customer"),
                              tr("Delete %1 with all their interactions, survey responses and follow-ups?\n"
                                 "You can undo this with Edit › Undo.")
                                  .arg((*found)->name));
    if (answer != QMessageBox::Yes)
        return;
    m_session.undoStack().push(
        new DeleteCustomerCommand(m_session, m_currentId, (*found)->version, (*found)->name));
}

void CustomersView::resolveSelectedComplaint()
{
    QTreeWidgetItem* item = m_complaintsTreeWidget->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const QDateTime occurred = item->data(1, Qt::UserRole).toDateTime();
    const qint64 version = item->data(2, Qt::UserRole).toLongLong();
    m_session.undoStack().push(
        new ResolveComplaintCommand(m_session, id, version, std::max(m_session.clock().nowUtc(), occurred)));
}

} // namespace rapport::app
