#include "products/ProductsView.h"

#include "app/WorkspaceFixture.h"
#include "app/connection/ModalWatcher.h"
#include "products/ProductConflictDialog.h"
#include "products/ProductDialog.h"
#include "products/ProductTableModel.h"
#include "services/ProductService.h"
#include "shell/MainWindow.h"
#include "storage/InteractionRepository.h"
#include "workspace/LogInteractionDialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

// The Products page and the product field of the log dialog (issue 19), driven by keys.
using namespace rapport;

namespace {

void fill(app::ProductDialog& dialog, const char* id, const char* name, const char* category)
{
    auto* idEdit = test::child<QLineEdit>(dialog, "externalIdLineEdit");
    idEdit->clear();
    QTest::keyClicks(idEdit, QString::fromUtf8(id));
    auto* nameEdit = test::child<QLineEdit>(dialog, "nameLineEdit");
    nameEdit->clear();
    QTest::keyClicks(nameEdit, QString::fromUtf8(name));
    test::child<QComboBox>(dialog, "categoryComboBox")->setCurrentText(QString::fromUtf8(category));
}

std::vector<core::Product> stored(app::DatabaseSession& session)
{
    auto all = core::ProductService(session.database()).list(true);
    REQUIRE_OK(all);
    return *all;
}

} // namespace

TEST_CASE("products are added with Insert, edited with Enter, retired, and every step undoes",
          "[app][products]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    window.showPage(app::MainWindow::ProductsPage);
    auto* view = test::child<app::ProductsView>(window, "productsView");
    QAbstractItemModelTester tester(&view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto* table = test::child<QTableView>(*view, "productsTableView");
    CHECK(test::child<QLabel>(*view, "statusLabel")->text().contains(QStringLiteral("No products yet")));

    bool okEnabledEmpty = true;
    view->setDialogHook([&](app::ProductDialog& dialog) {
        okEnabledEmpty = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
        fill(dialog, "SKU-7", "Kettle Pro", "Kitchen");
        dialog.accept();
    });
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    CHECK_FALSE(okEnabledEmpty); // no ID and no name yet
    REQUIRE(stored(f.session).size() == 1);
    const core::Product kettle = stored(f.session).front();
    CHECK(kettle.externalId == QStringLiteral("SKU-7"));
    CHECK(kettle.name == QStringLiteral("Kettle Pro"));
    CHECK(kettle.category == QStringLiteral("Kitchen"));
    CHECK(view->selectedProductId() == kettle.id);
    CHECK(view->model().rowCount() == 1);

    view->setDialogHook([&](app::ProductDialog& dialog) {
        auto* name = test::child<QLineEdit>(dialog, "nameLineEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("Kettle Pro 2"));
        dialog.accept();
    });
    QTest::keyClick(table, Qt::Key_Return);
    CHECK(stored(f.session).front().name == QStringLiteral("Kettle Pro 2"));

    auto* retire = test::child<QPushButton>(*view, "retireProductButton");
    CHECK(retire->text() == QStringLiteral("Re&tire"));
    retire->click();
    CHECK_FALSE(stored(f.session).front().active);
    CHECK(retire->text() == QStringLiteral("Bring &back"));
    CHECK(test::child<QLabel>(*view, "statusLabel")->text().contains(QStringLiteral("1 retired")));
    test::child<QCheckBox>(*view, "showRetiredCheckBox")->setChecked(false);
    CHECK(view->model().rowCount() == 0);
    test::child<QCheckBox>(*view, "showRetiredCheckBox")->setChecked(true);
    CHECK(view->model().rowCount() == 1);

    QUndoStack& undo = f.session.undoStack();
    CHECK(undo.undoText() == QStringLiteral("Retire product Kettle Pro 2"));
    undo.undo();
    CHECK(stored(f.session).front().active);
    undo.undo();
    CHECK(stored(f.session).front().name == QStringLiteral("Kettle Pro"));
    undo.undo();
    CHECK(stored(f.session).empty());
    CHECK(view->model().rowCount() == 0);
    // Redo puts the same product back, with its id, so the edits after it still apply.
    undo.redo();
    undo.redo();
    undo.redo();
    REQUIRE(stored(f.session).size() == 1);
    CHECK(stored(f.session).front().id == kettle.id);
    CHECK(stored(f.session).front().name == QStringLiteral("Kettle Pro 2"));
    CHECK_FALSE(stored(f.session).front().active);
}

TEST_CASE("a taken product ID is refused with the name of its holder and nothing is added", "[app][products]")
{
    test::WorkspaceFixture f;
    core::Product anvil;
    anvil.externalId = QStringLiteral("P-1");
    anvil.name = QStringLiteral("Anvil");
    REQUIRE_OK(core::ProductService(f.session.database()).add(anvil));
    QString shown;
    QObject::connect(&f.session, &app::DatabaseSession::errorOccurred,
                     [&](const QString& summary, const QString& details) { shown = summary + details; });
    app::ProductsView view(f.session);
    view.setDialogHook([](app::ProductDialog& dialog) {
        fill(dialog, "P-1", "Bolt", "");
        dialog.accept();
    });
    view.newProduct();
    CHECK(shown.contains(QStringLiteral("P-1 already belongs to Anvil")));
    CHECK(stored(f.session).size() == 1);
    CHECK(f.session.undoStack().count() == 0);
}

TEST_CASE("the log dialog names a product picked by typing part of its name", "[app][products]")
{
    test::WorkspaceFixture f;
    core::ProductService products(f.session.database());
    core::Product kettle;
    kettle.externalId = QStringLiteral("SKU-7");
    kettle.name = QStringLiteral("Kettle Pro");
    auto added = products.add(kettle);
    REQUIRE_OK(added);
    core::Product old;
    old.externalId = QStringLiteral("SKU-1");
    old.name = QStringLiteral("Kettle Classic");
    old.active = false;
    REQUIRE_OK(products.add(old));

    app::LogInteractionDialog dialog(f.session);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCustomer(f.grace);
    auto* kind = test::child<QComboBox>(dialog, "kindComboBox");
    auto* picker = test::child<QComboBox>(dialog, "productComboBox");
    CHECK_FALSE(picker->isEnabled()); // a call names no product
    QTest::keyClicks(kind, QStringLiteral("Co"));
    REQUIRE(picker->isEnabled());
    // A retired product is not offered: "ket" suggests the one still sold.
    picker->setFocus();
    QTest::keyClicks(picker, QStringLiteral("ket"));
    QAbstractItemView* popup = picker->completer()->popup();
    REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }, 5000));
    CHECK(popup->model()->rowCount() == 1);
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    CHECK(picker->currentText() == QStringLiteral("Kettle Pro · SKU-7"));

    // A name that is no product keeps the dialog open and writes nothing.
    picker->setEditText(QStringLiteral("Toaster"));
    dialog.accept();
    CHECK(test::child<QLabel>(dialog, "errorLabel")->text().contains(QStringLiteral("Toaster")));
    CHECK(*core::InteractionRepository(f.session.database()).count() == 0);

    // An ID typed whole counts as well.
    picker->setEditText(QStringLiteral("sku-7"));
    dialog.accept();
    auto logged = core::InteractionRepository(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->front().kind == core::InteractionKind::Complaint);
    CHECK(logged->front().productId == added->id);
}

TEST_CASE("an edit that clashes with someone else's save asks field by field, and keeps theirs on Enter",
          "[app][products]")
{
    test::WorkspaceFixture f;
    auto added =
        core::ProductService(f.session.database())
            .add({0, QStringLiteral("K1"), QStringLiteral("Kettle"), QStringLiteral("Kitchen"), true, 0});
    REQUIRE_OK(added);
    app::ProductsView view(f.session);
    view.show();
    view.refresh();
    REQUIRE(QTest::qWaitFor([&] { return view.model().rowCount() == 1; }, 5000));
    view.selectProduct(added->id);

    // Someone else renames it while this person's dialog is open; this person renames it too
    // and changes its category.
    view.setDialogHook([&](app::ProductDialog& dialog) {
        core::Product theirs = *added;
        theirs.name = QStringLiteral("Kettle by Someone");
        REQUIRE_OK(core::ProductService(f.session.database()).change(*added, theirs));
        fill(dialog, "K1", "Kettle Pro", "Appliances");
        dialog.accept();
    });
    QStringList fields;
    bool saveMine = false;
    auto answer = [&] {
        return test::whenModal<app::ProductConflictDialog>([&](app::ProductConflictDialog& d) {
            auto* table = test::child<QTableWidget>(d, "conflictTable");
            fields.clear();
            for (int r = 0; r < table->rowCount(); ++r)
                fields << table->item(r, 0)->text() + QLatin1Char(':') + table->item(r, 1)->text() +
                              QLatin1Char('/') + table->item(r, 2)->text();
            if (saveMine)
                test::child<QPushButton>(d, "keepMineButton")->click();
            else
                QTest::keyClick(&d, Qt::Key_Return);
        });
    };
    {
        auto watcher = answer();
        view.editProduct();
        REQUIRE(QTest::qWaitFor([&] { return !fields.isEmpty(); }, 5000));
        QTest::qWait(50);
    }
    CHECK(fields == QStringList{QStringLiteral("Name:Kettle Pro/Kettle by Someone")});
    // Enter kept their name; the category, which only this person changed, is saved.
    REQUIRE(QTest::qWaitFor(
        [&] { return stored(f.session).front().category == QStringLiteral("Appliances"); }, 5000));
    CHECK(stored(f.session).front().name == QStringLiteral("Kettle by Someone"));

    // Again, and this time this person's name wins.
    const core::Product current = stored(f.session).front();
    view.setDialogHook([&](app::ProductDialog& dialog) {
        core::Product theirs = current;
        theirs.name = QStringLiteral("Kettle Classic");
        REQUIRE_OK(core::ProductService(f.session.database()).change(current, theirs));
        fill(dialog, "K1", "Kettle Deluxe", "Appliances");
        dialog.accept();
    });
    saveMine = true;
    fields.clear();
    {
        auto watcher = answer();
        view.refresh();
        view.selectProduct(added->id);
        view.editProduct();
        REQUIRE(QTest::qWaitFor([&] { return !fields.isEmpty(); }, 5000));
    }
    REQUIRE(QTest::qWaitFor([&] { return stored(f.session).front().name == QStringLiteral("Kettle Deluxe"); },
                            5000));
}
