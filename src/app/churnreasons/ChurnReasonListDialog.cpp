#include "churnreasons/ChurnReasonListDialog.h"

#include "churnreasons/ChurnReasonTableModel.h"
#include "churnreasons/ListChurnReasonCommand.h"
#include "churnreasons/RenameChurnReasonCommand.h"
#include "interchange/ValueParsers.h"
#include "services/ChurnReasonService.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport::app {

ChurnReasonListDialog::ChurnReasonListDialog(DatabaseSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_model(new ChurnReasonTableModel(this)),
      m_table(new QTableView(this)), m_rights(new QLabel(this)), m_add(new QPushButton(tr("&Add…"), this)),
      m_rename(new QPushButton(tr("&Rename or Merge…"), this)), m_remove(new QPushButton(tr("Re&move"), this))
{
    setObjectName(QStringLiteral("churnReasonListDialog"));
    setWindowTitle(tr("Churn Reasons"));
    auto* intro = new QLabel(tr("The reasons Mark Churned offers, and how many customers left for each. "
                                "Renaming a reason, or merging it into another, moves every customer "
                                "who gave it: the churn figures of every period, earlier ones too, "
                                "count them under the new name."),
                             this);
    intro->setWordWrap(true);
    m_rights->setWordWrap(true);
    m_rights->setObjectName(QStringLiteral("churnReasonRights"));
    m_rights->setText(tr("Only a manager or an administrator changes this list. You can read it."));

    m_table->setObjectName(QStringLiteral("churnReasonTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ChurnReasonTableModel::Reason, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChurnReasonTableModel::Customers,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChurnReasonTableModel::Key,
                                                      QHeaderView::ResizeToContents);

    m_add->setObjectName(QStringLiteral("addChurnReasonButton"));
    m_rename->setObjectName(QStringLiteral("renameChurnReasonButton"));
    m_remove->setObjectName(QStringLiteral("removeChurnReasonButton"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_rename->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    m_add->setToolTip(tr("Add a reason to the list (Insert)"));
    m_rename->setToolTip(tr("Rename the reason, or merge it into another (F2)"));
    m_remove->setToolTip(tr("Take a reason nobody gave off the list (Delete)"));
    for (QPushButton* b : {m_add, m_rename, m_remove})
        b->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, &ChurnReasonListDialog::addReason);
    connect(m_rename, &QPushButton::clicked, this, &ChurnReasonListDialog::renameCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ChurnReasonListDialog::removeCurrent);
    connect(m_table, &QTableView::doubleClicked, this, &ChurnReasonListDialog::renameCurrent);

    // Undo and redo work while the dialog is open; the list follows every write (a teammate's too).
    QUndoStack& stack = m_session.undoStack();
    QAction* undo = stack.createUndoAction(this);
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = stack.createRedoAction(this);
    redo->setShortcut(QKeySequence::Redo);
    addAction(undo);
    addAction(redo);
    connect(&m_session, &DatabaseSession::changed, this, [this] { reload(currentKey()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_rename);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_rights);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(560, 420);

    auto may = core::ChurnReasonService(m_session.database()).canChange();
    m_canChange = may && *may;
    m_rights->setVisible(!m_canChange);
    reload();
    m_table->setFocus();
}

void ChurnReasonListDialog::reload(const QString& select)
{
    auto reasons = core::ChurnReasonService(m_session.database()).list();
    if (!reasons) {
        m_session.reportError(tr("The churn reasons could not be read."), reasons.error());
        return;
    }
    m_model->setReasons(std::move(*reasons));
    const int row = std::max(0, m_model->findKey(select));
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChurnReasonListDialog::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

QString ChurnReasonListDialog::currentKey() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->reason(current.row()).key : QString();
}

void ChurnReasonListDialog::updateButtons()
{
    const bool chosen = !currentKey().isEmpty();
    m_add->setEnabled(m_canChange);
    m_rename->setEnabled(m_canChange && chosen);
    m_remove->setEnabled(m_canChange && chosen);
}

QString ChurnReasonListDialog::keyFor(const QString& text) const
{
    for (const core::ChurnReason& r : m_model->reasons()) {
        if (DisplayText::churnReason(r.key).compare(text.simplified(), Qt::CaseInsensitive) == 0)
            return r.key;
    }
    return core::ValueParsers::reasonKey(text);
}

void ChurnReasonListDialog::addReason()
{
    if (!m_canChange)
        return;
    bool ok = false;
    const QString text =
        QInputDialog::getText(this, tr("Add Churn Reason"), tr("Reason:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    auto* command = new ListChurnReasonCommand(m_session, ListChurnReasonCommand::Change::Add, text);
    const QString key = core::ValueParsers::reasonKey(text);
    if (WriteCommand::push(m_session.undoStack(), command))
        reload(key);
}

void ChurnReasonListDialog::renameCurrent()
{
    const QString from = currentKey();
    if (!m_canChange || from.isEmpty())
        return;
    const core::ChurnReason source = m_model->reason(m_model->findKey(from));
    QStringList others;
    for (const core::ChurnReason& r : m_model->reasons()) {
        if (r.key != from)
            others << DisplayText::churnReason(r.key);
    }
    QInputDialog ask(this);
    ask.setWindowTitle(tr("Rename or Merge Churn Reason"));
    ask.setLabelText(
        tr("New name for \"%1\", or the reason to merge it into:").arg(DisplayText::churnReason(from)));
    ask.setComboBoxItems(others);
    ask.setComboBoxEditable(true);
    ask.setTextValue(DisplayText::churnReason(from));
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString to = keyFor(ask.textValue());
    if (to.isEmpty() || to == from)
        return;
    const int target = m_model->findKey(to);
    if (target >= 0) {
        const core::ChurnReason& into = m_model->reason(target);
        const auto answer = QMessageBox::question(
            this, tr("Merge Churn Reasons"),
            tr("Merge \"%1\" (%2) into \"%3\" (%4)? Every period's churn figures will count them all as "
               "\"%3\". You can undo this with Edit › Undo.")
                .arg(DisplayText::churnReason(from), tr("%n customer(s)", nullptr, int(source.customers)),
                     DisplayText::churnReason(to), tr("%n customer(s)", nullptr, int(into.customers))));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (WriteCommand::push(m_session.undoStack(),
                           new RenameChurnReasonCommand(m_session, from, to, target >= 0)))
        reload(to);
}

void ChurnReasonListDialog::removeCurrent()
{
    const QString key = currentKey();
    if (!m_canChange || key.isEmpty())
        return;
    const core::ChurnReason& reason = m_model->reason(m_model->findKey(key));
    if (reason.customers > 0) {
        QMessageBox::information(this, tr("Remove Churn Reason"),
                                 tr("%n customer(s) left for \"%1\". Merge it into another reason instead "
                                    "(Rename or Merge…), so that they keep one.",
                                    nullptr, int(reason.customers))
                                     .arg(DisplayText::churnReason(key)));
        return;
    }
    WriteCommand::push(m_session.undoStack(),
                       new ListChurnReasonCommand(m_session, ListChurnReasonCommand::Change::Remove, key));
    reload();
}

} // namespace rapport::app
