#pragma once

#include "domain/Product.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rapport::app {

// Adds or edits a product of the catalogue: its id (the products file's key), name and
// category, and whether it is still sold. OK stays off until id and name are given.
class ProductDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductDialog)

public:
    // `categories`: those in use, offered for completion.
    ProductDialog(const core::Product& product, const QStringList& categories, QWidget* parent = nullptr);

    // The product as edited (id and version as given).
    core::Product product() const;

private:
    void updateOk();

    core::Product m_product;
    QLineEdit* m_externalId;
    QLineEdit* m_name;
    QComboBox* m_category;
    QCheckBox* m_active;
    QLabel* m_hint;
    QDialogButtonBox* m_buttons;
};

} // namespace rapport::app
