#include "products/ProductDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::app {

ProductDialog::ProductDialog(const core::Product& product, const QStringList& categories, QWidget* parent)
    : QDialog(parent), m_product(product), m_externalId(new QLineEdit(product.externalId, this)),
      m_name(new QLineEdit(product.name, this)), m_category(new QComboBox(this)),
      m_active(new QCheckBox(tr("&Still sold (active)"), this)), m_hint(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("productDialog"));
    setWindowTitle(product.id == 0 ? tr("New Product") : tr("Edit Product %1").arg(product.name));
    m_externalId->setObjectName(QStringLiteral("externalIdLineEdit"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_active->setObjectName(QStringLiteral("activeCheckBox"));
    m_externalId->setPlaceholderText(tr("e.g. SKU-1042"));
    m_externalId->setToolTip(
        tr("The product's key in the products file; the interactions file names products by it"));
    m_name->setPlaceholderText(tr("What customers call it"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_category->addItems(categories);
    m_category->setCurrentText(product.category);
    m_category->lineEdit()->setPlaceholderText(tr("optional"));
    m_active->setChecked(product.active);
    m_active->setToolTip(tr("A retired product keeps its history and figures, but is no longer offered"
                            " when logging a purchase, complaint or support contact"));
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hintLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&ID:"), m_externalId);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Category:"), m_category);
    form->addRow(QString(), m_active);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_externalId, &QLineEdit::textChanged, this, &ProductDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &ProductDialog::updateOk);
    (product.id == 0 ? m_externalId : m_name)->setFocus();
    updateOk();
    resize(sizeHint().expandedTo(QSize(420, 0)));
}

core::Product ProductDialog::product() const
{
    core::Product p = m_product;
    p.externalId = m_externalId->text().trimmed();
    p.name = m_name->text().simplified();
    p.category = m_category->currentText().simplified();
    p.active = m_active->isChecked();
    return p;
}

void ProductDialog::updateOk()
{
    const bool idGiven = !m_externalId->text().trimmed().isEmpty();
    const bool nameGiven = !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(idGiven && nameGiven);
    m_hint->setText(!idGiven     ? tr("Give the product an ID: the key its rows in CSV files use.")
                    : !nameGiven ? tr("Give the product a name.")
                                 : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
}

} // namespace rapport::app
