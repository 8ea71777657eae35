#pragma once

#include <QWidget>
#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rapport::core {
struct Product;
struct ProductConflict;
enum class ProductField;
} // namespace rapport::core

namespace rapport::app {

class DatabaseSession;
class ProductDialog;
class ProductTableModel;

// The Products page: the catalogue that purchases, complaints and support contacts name.
// Add, edit, retire and bring back, each undoable; a filter and "show retired".
class ProductsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductsView)

public:
    explicit ProductsView(DatabaseSession& session, QWidget* parent = nullptr);

    ProductTableModel& model() const { return *m_model; }
    // Tests drive the dialog without an event loop: when the hook is set it runs instead of
    // exec(), and the dialog's result() after it decides.
    void setDialogHook(std::function<void(ProductDialog&)> hook) { m_dialogHook = std::move(hook); }

    void selectProduct(qint64 id);
    qint64 selectedProductId() const;

public slots:
    void refresh();
    void newProduct();
    void editProduct();
    // Retires the selected product, or brings a retired one back.
    void toggleRetired();

private:
    bool runDialog(ProductDialog& dialog);
    // Pushes the edit; a conflict with someone else's save asks which values to keep.
    void pushEdit(const core::Product& before, const core::Product& after);
    void resolveConflict(const core::ProductConflict& conflict, const core::Product& mine,
                         const std::vector<core::ProductField>& edited);
    QStringList categories() const;
    void updateButtons();

    DatabaseSession& m_session;
    ProductTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_filter;
    QCheckBox* m_showRetired;
    QLabel* m_status;
    QPushButton* m_edit;
    QPushButton* m_retire;
    std::function<void(ProductDialog&)> m_dialogHook;
};

} // namespace rapport::app
