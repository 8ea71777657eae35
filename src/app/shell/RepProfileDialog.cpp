#include "shell/RepProfileDialog.h"

#include "services/BookSetupService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport::app {

RepProfileDialog::RepProfileDialog(const QString& login, QWidget* parent)
    : QDialog(parent), m_name(new QLineEdit(this)), m_id(new QLineEdit(this)), m_role(new QComboBox(this))
{
    setObjectName(QStringLiteral("repProfileDialog"));
    setWindowTitle(tr("Your Rep Profile"));
    m_name->setObjectName(QStringLiteral("repNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Anna Novak"));
    m_id->setObjectName(QStringLiteral("repIdEdit"));
    m_id->setText(core::BookSetupService::suggestedRepId(login));
    m_id->setToolTip(tr("The short id your customers and interactions carry as their owner, as in "
                        "an imported reps file"));
    m_role->setObjectName(QStringLiteral("repRoleCombo"));
    m_role->addItem(tr("Sales rep"), static_cast<int>(core::RepRole::Rep));
    m_role->addItem(tr("Manager"), static_cast<int>(core::RepRole::Manager));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Role:"), m_role);
    auto* note = new QLabel(tr("A manager sees the whole team's figures on the dashboard; a rep starts "
                               "on their own customers. Both can change later by importing a reps file."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create Profile"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RepProfileDialog::updateOk);
    connect(m_id, &QLineEdit::textChanged, this, &RepProfileDialog::updateOk);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    m_name->setFocus();
    updateOk();
}

core::Rep RepProfileDialog::rep() const
{
    return {m_id->text().trimmed(), m_name->text().trimmed(),
            static_cast<core::RepRole>(m_role->currentData().toInt())};
}

void RepProfileDialog::updateOk()
{
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && !m_id->text().trimmed().isEmpty());
}

} // namespace rapport::app
