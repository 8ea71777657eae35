// Customers › Churn Reasons… and Mark Churned's note (issue 19), driven by keystrokes and the
// dialogs' own buttons: each change is one undo step and the list follows it.
#include "churnreasons/ChurnReasonListDialog.h"

#include "app/WorkspaceFixture.h"
#include "app/connection/ModalWatcher.h"
#include "churnreasons/ChurnReasonTableModel.h"
#include "services/ChurnReasonService.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "workspace/ChurnReasonDialog.h"
#include "workspace/CustomersView.h"

#include <QComboBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace rapport;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    auto* w = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}

void churn(test::WorkspaceFixture& f, qint64 id, const char* reason)
{
    core::CustomerService customers(f.session.database());
    const core::Customer before = **customers.find(id);
    REQUIRE_OK(customers.change(
        before, core::markedChurned(before, test::utc("2026-02-01T00:00:00Z"), QString::fromLatin1(reason))));
}

QString reasonOf(test::WorkspaceFixture& f, qint64 id)
{
    return (*core::CustomerService(f.session.database()).find(id))->churnReason;
}

// The reasons as the dialog's table reads them: "reason (customers)".
QStringList rows(app::ChurnReasonListDialog& dialog)
{
    auto* table = child<QTableView>(dialog, "churnReasonTable");
    QStringList out;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        out << QStringLiteral("%1 (%2)").arg(
            table->model()->index(r, app::ChurnReasonTableModel::Reason).data().toString(),
            table->model()->index(r, app::ChurnReasonTableModel::Customers).data().toString());
    return out;
}

void selectKey(app::ChurnReasonListDialog& dialog, const char* key)
{
    auto* table = child<QTableView>(dialog, "churnReasonTable");
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, app::ChurnReasonTableModel::Key).data().toString() ==
            QLatin1String(key)) {
            table->selectRow(r);
            return;
        }
    }
    FAIL("no row for " << key);
}

// Answers the next QInputDialog with `text`.
std::unique_ptr<QTimer> answer(const QString& text)
{
    return test::whenModal<QInputDialog>([text](QInputDialog& d) {
        d.setTextValue(text);
        d.accept();
    });
}

// Answers the next QInputDialog with `text`, then says Yes to the question that follows,
// keeping its text in `asked`.
std::unique_ptr<QTimer> answerAndConfirm(const QString& text, QString& asked)
{
    auto timer = std::make_unique<QTimer>();
    timer->setInterval(20);
    QObject::connect(timer.get(), &QTimer::timeout, timer.get(), [text, &asked] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* input = qobject_cast<QInputDialog*>(modal)) {
            input->setTextValue(text);
            input->accept();
        } else if (auto* box = qobject_cast<QMessageBox*>(modal)) {
            asked = box->text();
            box->button(QMessageBox::Yes)->click();
        }
    });
    timer->start();
    return timer;
}

} // namespace

TEST_CASE("Mark Churned's note goes on the customer's timeline and leaves with the churn's undo",
          "[app][churn]")
{
    test::WorkspaceFixture f;
    app::CustomersView view(f.session);
    view.showCustomer(f.alan);
    REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == f.alan; }, 5000));
    auto watcher = test::whenModal<app::ChurnReasonDialog>([](app::ChurnReasonDialog& d) {
        QTest::keyClicks(child<QComboBox>(d, "churnReasonCombo"), QStringLiteral("price"));
        auto* note = child<QLineEdit>(d, "churnNoteEdit");
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("Found it 20% cheaper elsewhere"));
        QTest::keyClick(&d, Qt::Key_Return);
    });
    view.toggleChurnCurrent();
    watcher.reset();
    REQUIRE(f.session.undoStack().count() == 1);
    CHECK(reasonOf(f, f.alan) == QStringLiteral("price"));
    core::InteractionService interactions(f.session.database());
    auto history = interactions.forCustomer(f.alan);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->front().notes == QStringLiteral("Found it 20% cheaper elsewhere"));
    CHECK(history->front().category == QStringLiteral("churn_note"));
    CHECK(history->front().occurredAt == test::utc("2026-03-10T10:00:00Z"));

    f.session.undoStack().undo();
    CHECK(interactions.forCustomer(f.alan)->empty());
    CHECK(reasonOf(f, f.alan).isEmpty());
    f.session.undoStack().redo();
    CHECK(interactions.forCustomer(f.alan)->size() == 1);
    CHECK(reasonOf(f, f.alan) == QStringLiteral("price"));
}

TEST_CASE("the churn reasons dialog adds, renames, merges and removes, each one undo step", "[app][churn]")
{
    test::WorkspaceFixture f;
    churn(f, f.alan, "price");
    churn(f, f.ada, "too_expensive");
    app::ChurnReasonListDialog dialog(f.session);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog)); // the buttons' shortcuts work in the active window
    CHECK(rows(dialog).mid(0, 2) ==
          QStringList{QStringLiteral("price (1)"), QStringLiteral("too expensive (1)")});
    CHECK(rows(dialog).size() == 6);

    SECTION("Insert adds a reason typed as words")
    {
        auto typed = answer(QStringLiteral("Moved Abroad"));
        QTest::keyClick(child<QTableView>(dialog, "churnReasonTable"), Qt::Key_Insert);
        // A button's shortcut clicks it a moment later (animateClick).
        CHECK(QTest::qWaitFor([&] { return dialog.currentKey() == QStringLiteral("moved_abroad"); }, 5000));
        typed.reset();
        CHECK(rows(dialog).contains(QStringLiteral("moved abroad (0)")));
        f.session.undoStack().undo();
        CHECK_FALSE(rows(dialog).contains(QStringLiteral("moved abroad (0)")));
    }
    SECTION("F2 renames; a name that exists merges after asking, and undo separates them again")
    {
        selectKey(dialog, "price");
        auto typed = answer(QStringLiteral("Pricing"));
        QTest::keyClick(child<QTableView>(dialog, "churnReasonTable"), Qt::Key_F2);
        CHECK(QTest::qWaitFor([&] { return reasonOf(f, f.alan) == QStringLiteral("pricing"); }, 5000));
        typed.reset();
        CHECK(rows(dialog).front() == QStringLiteral("pricing (1)"));

        selectKey(dialog, "too_expensive");
        QString asked;
        auto merge = answer(QStringLiteral("pricing"));
        dialog.renameCurrent();
        merge.reset();
        // The question came after the input dialog: whenModal rejected it, so nothing merged.
        CHECK(reasonOf(f, f.ada) == QStringLiteral("too_expensive"));

        auto confirm = answerAndConfirm(QStringLiteral("pricing"), asked);
        dialog.renameCurrent();
        confirm.reset();
        CHECK(asked.contains(QStringLiteral("into \"pricing\"")));
        CHECK(reasonOf(f, f.ada) == QStringLiteral("pricing"));
        CHECK(rows(dialog).front() == QStringLiteral("pricing (2)"));
        CHECK(f.session.undoStack().undoText().contains(QStringLiteral("Merge churn reason")));

        f.session.undoStack().undo();
        CHECK(reasonOf(f, f.ada) == QStringLiteral("too_expensive"));
        CHECK(reasonOf(f, f.alan) == QStringLiteral("pricing"));
        f.session.undoStack().undo();
        CHECK(reasonOf(f, f.alan) == QStringLiteral("price"));
        CHECK(rows(dialog).front() == QStringLiteral("price (1)"));
    }
    SECTION("Delete takes off a reason nobody gave, and explains why one in use stays")
    {
        selectKey(dialog, "competitor");
        QTest::keyClick(child<QTableView>(dialog, "churnReasonTable"), Qt::Key_Delete);
        CHECK(QTest::qWaitFor([&] { return rows(dialog).size() == 5; }, 5000));
        selectKey(dialog, "price");
        QStringList said;
        auto boxes = test::acceptEveryMessageBox(said);
        dialog.removeCurrent();
        boxes.reset();
        REQUIRE(said.size() == 1);
        CHECK(said.front().contains(QStringLiteral("Merge it into another reason")));
        CHECK(reasonOf(f, f.alan) == QStringLiteral("price"));
        CHECK(rows(dialog).size() == 5);
        f.session.undoStack().undo();
        CHECK(rows(dialog).size() == 6);
    }
}
