#include "products/ProductsView.h"

#include "logging/LogCategories.h"
#include "products/AddProductCommand.h"
#include "products/EditProductCommand.h"
#include "products/ProductConflictDialog.h"
#include "products/ProductDialog.h"
#include "products/ProductTableModel.h"
#include "services/ProductService.h"
#include "shell/DatabaseSession.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {

ProductsView::ProductsView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new ProductTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_view(new QTableView(this)), m_filter(new QLineEdit(this)),
      m_showRetired(new QCheckBox(tr("Show &retired"), this)), m_status(new QLabel(this)),
      m_edit(new QPushButton(tr("Ed&it…"), this)), m_retire(new QPushButton(tr("Re&tire"), this))
{
    setObjectName(QStringLiteral("productsView"));
    m_view->setObjectName(QStringLiteral("productsTableView"));
    m_filter->setObjectName(QStringLiteral("productFilterLineEdit"));
    m_showRetired->setObjectName(QStringLiteral("showRetiredCheckBox"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_edit->setObjectName(QStringLiteral("editProductButton"));
    m_retire->setObjectName(QStringLiteral("retireProductButton"));
    auto* add = new QPushButton(tr("&New product…"), this);
    add->setObjectName(QStringLiteral("newProductButton"));
    add->setToolTip(tr("Add a product that purchases, complaints and support contacts can name (Insert)"));
    m_edit->setToolTip(tr("Change the selected product (Enter, or double-click it)"));
    m_filter->setPlaceholderText(tr("Filter by ID, name or category (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_view->setAccessibleName(tr("Products"));
    m_showRetired->setChecked(QSettings().value(QStringLiteral("products/showRetired"), true).toBool());

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProductTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProductTableModel::Name, QHeaderView::Stretch);
    connect(m_view, &QTableView::doubleClicked, this, &ProductsView::editProduct);

    // Keys that work while the page has focus, not across the window.
    const auto pageKey = [this](const QKeySequence& key, auto slot) {
        auto* action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    pageKey(QKeySequence(Qt::Key_Insert), &ProductsView::newProduct);
    pageKey(QKeySequence(Qt::Key_Return), &ProductsView::editProduct);
    pageKey(QKeySequence(Qt::Key_Enter), &ProductsView::editProduct);
    pageKey(QKeySequence::Find, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(add);
    top->addWidget(m_edit);
    top->addWidget(m_retire);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_showRetired);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(add, &QPushButton::clicked, this, &ProductsView::newProduct);
    connect(m_edit, &QPushButton::clicked, this, &ProductsView::editProduct);
    connect(m_retire, &QPushButton::clicked, this, &ProductsView::toggleRetired);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_showRetired, &QCheckBox::toggled, this, [this](bool shown) {
        QSettings().setValue(QStringLiteral("products/showRetired"), shown);
        refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProductsView::updateButtons);
    connect(&m_session, &DatabaseSession::opened, this, &ProductsView::refresh);
    connect(&m_session, &DatabaseSession::changed, this, &ProductsView::refresh);
    connect(&m_session, &DatabaseSession::closed, this, [this] { m_model->setProducts({}); });
    refresh();
}

void ProductsView::refresh()
{
    if (!m_session.isOpen())
        return;
    const qint64 selected = selectedProductId();
    // The catalogue is small (tens to hundreds of rows): read on the GUI thread.
    auto all = core::ProductService(m_session.database()).list(true);
    if (!all) {
        qCWarning(lcUi).noquote() << "The products could not be read:" << all.error().details();
        m_status->setText(tr("The products could not be read: %1").arg(all.error().message));
        return;
    }
    const auto retired = std::count_if(all->begin(), all->end(), [](const auto& p) { return !p.active; });
    std::vector<core::Product> shown;
    for (core::Product& p : *all) {
        if (p.active || m_showRetired->isChecked())
            shown.push_back(std::move(p));
    }
    const auto total = static_cast<int>(all->size());
    m_model->setProducts(std::move(shown));
    if (total == 0)
        m_status->setText(tr("No products yet. Add one with “New product…” (Insert), or import a products"
                             " file (Ctrl+I)."));
    else
        m_status->setText(
            tr("%Ln product(s)", nullptr, total) +
            (retired > 0 ? tr(", %Ln retired", nullptr, static_cast<int>(retired)) : QString()));
    selectProduct(selected);
    updateButtons();
}

void ProductsView::selectProduct(qint64 id)
{
    const int row = m_model->findProduct(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->selectRow(index.row());
}

qint64 ProductsView::selectedProductId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return m_model->product(m_proxy->mapToSource(rows.first()).row()).id;
}

void ProductsView::updateButtons()
{
    const int row = m_model->findProduct(selectedProductId());
    m_edit->setEnabled(row >= 0);
    m_retire->setEnabled(row >= 0);
    const bool active = row < 0 || m_model->product(row).active;
    m_retire->setText(active ? tr("Re&tire") : tr("Bring &back"));
    m_retire->setToolTip(active ? tr("Stop offering the selected product; its history and figures stay")
                                : tr("Offer the selected product again"));
}

QStringList ProductsView::categories() const
{
    QStringList names;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString& category = m_model->product(r).category;
        if (!category.isEmpty() && !names.contains(category))
            names << category;
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

bool ProductsView::runDialog(ProductDialog& dialog)
{
    const int result = m_dialogHook ? (m_dialogHook(dialog), dialog.result()) : dialog.exec();
    return result == QDialog::Accepted;
}

void ProductsView::newProduct()
{
    if (!m_session.isOpen())
        return;
    ProductDialog dialog(core::Product{}, categories(), this);
    if (!runDialog(dialog))
        return;
    auto* command = new AddProductCommand(m_session, dialog.product());
    if (WriteCommand::push(m_session.undoStack(), command))
        selectProduct(command->productId());
}

void ProductsView::editProduct()
{
    const int row = m_model->findProduct(selectedProductId());
    if (row < 0)
        return;
    const core::Product before = m_model->product(row);
    ProductDialog dialog(before, categories(), this);
    if (!runDialog(dialog) || dialog.product() == before)
        return;
    pushEdit(before, dialog.product());
}

void ProductsView::pushEdit(const core::Product& before, const core::Product& after)
{
    const std::vector<core::ProductField> edited = core::changedFields(before, after);
    WriteCommand::push(m_session.undoStack(),
                       new EditProductCommand(
                           m_session, before, after,
                           [this, edited](const core::ProductConflict& conflict, const core::Product& mine) {
                               // Asked once the undo stack is done with the refused command.
                               QMetaObject::invokeMethod(
                                   this, [=, this] { resolveConflict(conflict, mine, edited); },
                                   Qt::QueuedConnection);
                           }));
}

void ProductsView::resolveConflict(const core::ProductConflict& conflict, const core::Product& mine,
                                   const std::vector<core::ProductField>& edited)
{
    ProductConflictDialog dialog(conflict, mine, this);
    dialog.exec();
    const core::Product resolved = dialog.resolved(edited);
    if (!core::changedFields(conflict.theirs, resolved).empty())
        pushEdit(conflict.theirs, resolved); // based on their save: a newer one asks again
    selectProduct(conflict.theirs.id);
}

void ProductsView::toggleRetired()
{
    const int row = m_model->findProduct(selectedProductId());
    if (row < 0)
        return;
    const core::Product before = m_model->product(row);
    core::Product after = before;
    after.active = !before.active;
    pushEdit(before, after);
}

} // namespace rapport::app
