#include "app/WorkspaceFixture.h"
#include "shell/ListExportJob.h"
#include "shell/MainWindow.h"
#include "storage/InteractionRepository.h"
#include "storage/SurveyRepository.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"
#include "workspace/InteractionTableModel.h"
#include "workspace/InteractionsView.h"
#include "workspace/SurveysView.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace rapport;

namespace {

// The cells of a CSV file without quoted fields (none of these tests writes a comma or a quote).
QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<QStringList> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        QByteArray text = line;
        if (text.endsWith('\r'))
            text.chop(1);
        if (!text.isEmpty())
            rows << QString::fromUtf8(text).split(QLatin1Char(','));
    }
    return rows;
}

void waitForExport(app::MainWindow& window, QSignalSpy& finished)
{
    REQUIRE(QTest::qWaitFor([&] { return finished.count() == 1; }, 60000));
    REQUIRE(window.exportJob() != nullptr);
    CHECK_FALSE(window.exportJob()->isRunning());
}

// Exports the window's current list to `path`, waits for it and returns the file's cells.
QList<QStringList> exportAndRead(app::MainWindow& window, const QString& path)
{
    QSignalSpy finished(&window, &app::MainWindow::listExportFinished);
    REQUIRE(window.exportCurrentList(path));
    waitForExport(window, finished);
    return readCsv(path);
}

} // namespace

TEST_CASE("Exporting the customer list writes exactly the rows the search shows in the order shown",
          "[app][export]")
{
    test::WorkspaceFixture f;
    f.addCustomer(QStringLiteral("Linus Torvalds"), QStringLiteral("Kernel Works"),
                  QStringLiteral("linus@kernel.example"));
    app::MainWindow window(f.session);
    window.show();
    QAction* exportList = test::child<QAction>(window, "exportListAction");
    window.showPage(app::MainWindow::DashboardPage);
    CHECK_FALSE(exportList->isEnabled()); // the dashboard has no list
    CHECK(window.suggestedExportName().isEmpty());
    window.showPage(app::MainWindow::CustomersPage);
    CHECK(exportList->isEnabled());
    CHECK(exportList->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    CHECK(window.suggestedExportName() == QStringLiteral("customers-2026-03-10.csv")); // the fixture's clock

    app::CustomersView& view = window.customersView();
    app::CustomerTableModel& model = view.model();
    f.waitForLists();
    REQUIRE(model.rowCount() == 4);
    // "works" is in two companies (Bletchley Works, Kernel Works); names descending.
    QTest::keyClicks(test::child<QLineEdit>(view, "searchLineEdit"), QStringLiteral("works"));
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 2; }, 5000));
    test::child<QTableView>(view, "customersTableView")
        ->sortByColumn(app::CustomerTableModel::NameColumn, Qt::DescendingOrder);
    f.waitForLists();
    REQUIRE(model.customerId(1) == f.alan);

    const QString path = f.temp.dir.filePath(QStringLiteral("works.csv"));
    QSignalSpy finished(&window, &app::MainWindow::listExportFinished);
    REQUIRE(window.exportCurrentList(path));
    CHECK_FALSE(window.exportCurrentList(path)); // one export at a time
    waitForExport(window, finished);

    const QList<QStringList> csv = readCsv(path);
    REQUIRE(csv.size() == 3);
    CHECK(csv[0].join(QLatin1Char(',')) ==
          QStringLiteral("external_id,name,company,email,phone,segment,owner,"
                         "acquired_at,churned_at,churn_reason"));
    CHECK(csv[1] == QStringList{QStringLiteral("C-Linus Torvalds"), QStringLiteral("Linus Torvalds"),
                                QStringLiteral("Kernel Works"), QStringLiteral("linus@kernel.example"),
                                QString(), QStringLiteral("smb"), QStringLiteral("r1"),
                                QStringLiteral("2025-01-15T00:00:00Z"), QString(), QString()});
    CHECK(csv[2][0] == QStringLiteral("C-Alan Turing"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Exported 2 rows to %1").arg(path));
    CHECK(exportList->isEnabled());
}

TEST_CASE("Exporting the interaction list follows its kind filter, newest first", "[app][export]")
{
    test::WorkspaceFixture f;
    const auto log = [&](qint64 customer, core::InteractionKind kind, const char* when) {
        core::Interaction i;
        i.customerId = customer;
        i.repId = QStringLiteral("r1");
        i.kind = kind;
        i.occurredAt = test::utc(when);
        if (kind == core::InteractionKind::Purchase)
            i.amountCents = 12345;
        REQUIRE_OK(core::InteractionRepository(f.session.database()).insert(i));
    };
    log(f.ada, core::InteractionKind::Purchase, "2026-03-01T09:00:00Z");
    log(f.alan, core::InteractionKind::Call, "2026-03-02T09:00:00Z");
    log(f.grace, core::InteractionKind::Purchase, "2026-03-03T09:00:00Z");
    emit f.session.changed();

    app::MainWindow window(f.session);
    window.show();
    window.showPage(app::MainWindow::InteractionsPage);
    app::InteractionsView& view = window.interactionsView();
    f.waitForLists();
    REQUIRE(view.model().rowCount() == 3);
    auto* kind = test::child<QComboBox>(view, "kindComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("purchase")));
    REQUIRE(QTest::qWaitFor([&] { return view.model().rowCount() == 2; }, 5000));

    const QString path = f.temp.dir.filePath(QStringLiteral("purchases.csv"));
    const QList<QStringList> csv = exportAndRead(window, path);
    REQUIRE(csv.size() == 3);
    CHECK(csv[0].join(QLatin1Char(',')) ==
          QStringLiteral(
              "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product"));
    CHECK(csv[1].mid(1, 5) == QStringList{QStringLiteral("C-Grace Hopper"), QStringLiteral("r1"),
                                          QStringLiteral("purchase"), QStringLiteral("2026-03-03T09:00:00Z"),
                                          QStringLiteral("123.45")});
    CHECK(csv[2][1] == QStringLiteral("C-Ada Lovelace"));
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Exported 2 rows to %1").arg(path));
}

TEST_CASE("Exporting the survey list follows its survey filter, newest first", "[app][export]")
{
    test::WorkspaceFixture f;
    const auto respond = [&](qint64 customer, core::SurveyKind kind, int score, const char* when) {
        core::SurveyResponse r;
        r.customerId = customer;
        r.survey = kind;
        r.score = score;
        r.respondedAt = test::utc(when);
        REQUIRE_OK(core::SurveyRepository(f.session.database()).insert(r));
    };
    respond(f.ada, core::SurveyKind::Nps, 9, "2026-03-01T09:00:00Z");
    respond(f.alan, core::SurveyKind::Csat, 4, "2026-03-02T09:00:00Z");
    respond(f.grace, core::SurveyKind::Nps, 2, "2026-03-03T09:00:00Z");
    emit f.session.changed();

    app::MainWindow window(f.session);
    window.show();
    window.showPage(app::MainWindow::SurveysPage);
    CHECK(window.suggestedExportName() == QStringLiteral("survey-responses-2026-03-10.csv"));
    auto* kind = test::child<QComboBox>(window.surveysView(), "filterSurveyKindComboBox");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::SurveyKind::Nps)));
    f.waitForLists();

    const QString path = f.temp.dir.filePath(QStringLiteral("nps.csv"));
    const QList<QStringList> csv = exportAndRead(window, path);
    REQUIRE(csv.size() == 3);
    CHECK(csv[0].join(QLatin1Char(',')) ==
          QStringLiteral("external_id,customer,survey,score,responded_at,comment,category"));
    CHECK(csv[1].mid(1, 4) == QStringList{QStringLiteral("C-Grace Hopper"), QStringLiteral("nps"),
                                          QStringLiteral("2"), QStringLiteral("2026-03-03T09:00:00Z")});
    CHECK(csv[2].mid(1, 4) == QStringList{QStringLiteral("C-Ada Lovelace"), QStringLiteral("nps"),
                                          QStringLiteral("9"), QStringLiteral("2026-03-01T09:00:00Z")});
}

TEST_CASE("Cancelling a list export from its progress dialog leaves no file", "[app][export]")
{
    test::WorkspaceFixture f;
    {
        // Enough customers that the export is still running when Cancel is pressed.
        QSqlQuery bulk(f.session.database().connection());
        REQUIRE(bulk.exec(
            QStringLiteral("INSERT INTO customers (external_id, name, company, acquired_at)"
                           " WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)"
                           " SELECT 'B-' || i, 'Bulk ' || i, 'Bulk Co', 1736899200 FROM n")));
    }
    emit f.session.changed();
    app::MainWindow window(f.session);
    window.show();
    window.showPage(app::MainWindow::CustomersPage);
    f.waitForLists();

    const QString path = f.temp.dir.filePath(QStringLiteral("everyone.csv"));
    QSignalSpy finished(&window, &app::MainWindow::listExportFinished);
    REQUIRE(window.exportCurrentList(path));
    auto* progress = test::child<QProgressDialog>(window, "exportProgressDialog");
    CHECK(progress->windowModality() == Qt::WindowModal);
    CHECK_FALSE(progress->accessibleName().isEmpty());
    auto* cancel = progress->findChild<QPushButton*>();
    REQUIRE(cancel != nullptr);
    cancel->click();
    waitForExport(window, finished);
    CHECK(window.exportJob()->isCancelRequested());
    REQUIRE(window.exportJob()->result().has_value());
    CHECK_FALSE(window.exportJob()->result()->ok());
    CHECK_FALSE(QFile::exists(path));
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Export cancelled: %1 was not written").arg(path));
    // The dialog goes away.
    REQUIRE(QTest::qWaitFor([&] { return window.findChild<QProgressDialog*>() == nullptr; }, 5000));
}
