#include "widgets/FieldConflictDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport::app {

FieldConflictDialog::FieldConflictDialog(const QString& title, const QString& introHtml,
                                         const std::vector<Row>& rows, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("fieldConflictDialog"));
    setWindowTitle(title);
    auto* intro = new QLabel(introHtml, this);
    intro->setWordWrap(true);

    auto* table = new QTableWidget(static_cast<int>(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Your value"), tr("Saved by someone else")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    const auto shown = [this](const QString& text) { return text.isEmpty() ? tr("(empty)") : text; };
    for (int row = 0; row < table->rowCount(); ++row) {
        const Row& r = rows[static_cast<std::size_t>(row)];
        table->setItem(row, 0, new QTableWidgetItem(r.field));
        table->setItem(row, 1, new QTableWidgetItem(shown(r.mine)));
        table->setItem(row, 2, new QTableWidgetItem(shown(r.theirs)));
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
    keepTheirs->setObjectName(QStringLiteral("keepTheirsButton"));
    keepMine->setObjectName(QStringLiteral("keepMineButton"));
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

} // namespace rapport::app
