#include "workspace/CustomerConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport::app {

CustomerConflictDialog::CustomerConflictDialog(const core::CustomerConflict& conflict,
                                               const core::Customer& mine, QWidget* parent)
    : QDialog(parent), m_conflict(conflict), m_mine(mine)
{
    setWindowTitle(tr("Customer Changed by Someone Else"));
    auto* intro = new QLabel(tr("Someone else saved <b>%1</b> while you were editing it, with other values "
                                "in the fields below. Nothing of yours has been saved yet.")
                                 .arg(m_conflict.theirs.name.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto* table = new QTableWidget(static_cast<int>(m_conflict.fields.size()), 3, this);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your value"), tr("Saved by someone else")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    const auto shown = [this](const QString& text) { return text.isEmpty() ? tr("(empty)") : text; };
    for (int row = 0; row < table->rowCount(); ++row) {
        const core::CustomerField f = m_conflict.fields[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(fieldLabel(f)));
        table->setItem(row, 1, new QTableWidgetItem(shown(core::fieldText(m_mine, f))));
        table->setItem(row, 2, new QTableWidgetItem(shown(core::fieldText(m_conflict.theirs, f))));
    }
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->resizeRowsToContents();
    // As tall as its rows: the fields in question, with no empty grid below them.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(std::min(height, 320));

    auto* note = new QLabel(tr("Your changes to other fields are saved either way."), this);
    note->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* keepTheirs = buttons->addButton(tr("&Keep Their Values"), QDialogButtonBox::RejectRole);
    QPushButton* keepMine = buttons->addButton(tr("&Save Mine Over Theirs"), QDialogButtonBox::AcceptRole);
    keepTheirs->setDefault(true);
    keepTheirs->setFocus(); // Enter keeps what is saved: the careful choice
    connect(keepMine, &QPushButton::clicked, this, [this] { m_keepMine = true; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(680, sizeHint().height());
}

core::Customer CustomerConflictDialog::resolved(const std::vector<core::CustomerField>& edited) const
{
    core::Customer out = m_conflict.theirs;
    for (core::CustomerField f : edited) {
        const bool clashes =
            std::find(m_conflict.fields.begin(), m_conflict.fields.end(), f) != m_conflict.fields.end();
        if (!clashes || m_keepMine)
            core::copyField(f, m_mine, out);
    }
    return out;
}

QString CustomerConflictDialog::fieldLabel(core::CustomerField field)
{
    switch (field) {
    case core::CustomerField::ExternalId:
        return tr("External id");
    case core::CustomerField::Name:
        return tr("Name");
    case core::CustomerField::Company:
        return tr("Company");
    case core::CustomerField::Email:
        return tr("Email");
    case core::CustomerField::Phone:
        return tr("Phone");
    case core::CustomerField::Segment:
        return tr("Segment");
    case core::CustomerField::Owner:
        return tr("Owner");
    case core::CustomerField::AcquiredAt:
        return tr("Customer since");
    case core::CustomerField::ChurnedAt:
        return tr("Churned on");
    case core::CustomerField::ChurnReason:
        return tr("Churn reason");
    case core::CustomerField::ReturnedAt:
        break;
    }
    return tr("Returned on");
}

} // namespace rapport::app
