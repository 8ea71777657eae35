#include "app/WorkspaceFixture.h"
#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportWizard.h"
#include "shell/MainWindow.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QStatusBar>
#include <QTest>
#include <QUrl>

using namespace rapport;
using app::ImportWizard;

namespace {

QAction* action(app::MainWindow& window, const char* name)
{
    auto* found = window.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

// Drops `path` on the window as a file manager would; true if the window took it.
bool drop(app::MainWindow& window, const QString& path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&window, &dropped);
    return dropped.isAccepted();
}

void clickNext(ImportWizard& wizard)
{
    QAbstractButton* next =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    // The preview's dry run answers later, from its BackgroundJob.
    if (wizard.currentId() == ImportWizard::PreviewPageId)
        REQUIRE(QTest::qWaitFor([&] { return !wizard.previewPage().isChecking(); }, 30000));
}

} // namespace

TEST_CASE("File Import opens the import wizard window-modal only while a database is open", "[app][import]")
{
    SECTION("no database: the action is disabled and nothing opens")
    {
        app::DatabaseSession session;
        app::MainWindow window(session);
        QAction* import = action(window, "importAction");
        CHECK_FALSE(import->isEnabled());
        CHECK(window.openImportWizard() == nullptr);
        CHECK(window.findChild<ImportWizard*>() == nullptr);
    }
    SECTION("a database open: Ctrl+I opens the wizard on its first page")
    {
        test::WorkspaceFixture f;
        app::MainWindow window(f.session);
        window.show();
        QAction* import = action(window, "importAction");
        REQUIRE(import->isEnabled());
        CHECK(import->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I));
        CHECK_FALSE(import->text().isEmpty());
        CHECK_FALSE(import->statusTip().isEmpty());
        import->trigger();
        auto* wizard = window.findChild<ImportWizard*>();
        REQUIRE(wizard != nullptr);
        CHECK(wizard->isVisible());
        CHECK(wizard->windowModality() == Qt::WindowModal);
        CHECK(wizard->currentId() == ImportWizard::FilePageId);
        CHECK(wizard->testAttribute(Qt::WA_DeleteOnClose));
        wizard->reject();
        REQUIRE(QTest::qWaitFor([&] { return window.findChild<ImportWizard*>() == nullptr; }, 5000));
    }
}

TEST_CASE("A CSV file dropped on the main window is imported through the wizard and the lists show it",
          "[app][import]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    window.show();
    window.showPage(app::MainWindow::CustomersPage);
    app::CustomerTableModel& model = window.customersView().model();
    f.waitForLists();
    // The signed-in rep starts on their own customers; the new one has no owner yet.
    window.customersView().findChild<QComboBox*>(QStringLiteral("ownerComboBox"))->setCurrentIndex(0);
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 3; }, 10000));

    // Anything but one .csv file is refused.
    CHECK_FALSE(drop(window, test::writeFile(f.temp, "notes.txt", "hello\n")));
    CHECK(window.findChild<ImportWizard*>() == nullptr);

    const QString path = test::writeFile(f.temp, "new-customers.csv",
                                         "external_id,name,company,email,acquired_at\r\n"
                                         "N-1,Nina Novak,Novak Ltd,nina@novak.example,2025-02-01\r\n");
    REQUIRE(drop(window, path));
    auto* wizard = window.findChild<ImportWizard*>();
    REQUIRE(wizard != nullptr);
    CHECK(wizard->filePage().path() == path);
    CHECK(wizard->filePage().kind() == core::CsvKind::Customers);
    clickNext(*wizard); // mapping
    clickNext(*wizard); // preview
    clickNext(*wizard); // options
    clickNext(*wizard); // import
    REQUIRE(QTest::qWaitFor([&] { return wizard->currentId() == ImportWizard::SummaryPageId; }, 60000));

    // The wizard said the data changed: the list is read again and shows the new customer.
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 4; }, 10000));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Imported: 1 added, 0 updated"));
    wizard->accept();
}
