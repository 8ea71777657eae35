#include "importwizard/ImportWizard.h"

#include "app/WorkspaceFixture.h"
#include "importwizard/ImportFilePage.h"
#include "importwizard/ImportJob.h"
#include "importwizard/ImportMappingPage.h"
#include "importwizard/ImportPreviewModel.h"
#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportRunPage.h"
#include "importwizard/ImportSummaryPage.h"
#include "interchange/ImportColumnMatcher.h"
#include "services/BackgroundJob.h"
#include "storage/CustomerRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableView>
#include <QTest>

using namespace rapport;
using app::ImportWizard;

namespace {

// Every row of every table the import writes, hashed, with the row counts: proof that nothing
// was written, whatever a write might have touched.
struct DatabaseState
{
    QMap<QString, qint64> counts;
    QByteArray digest;
    QByteArray fileHash;
    bool operator==(const DatabaseState&) const = default;
};

DatabaseState stateOf(app::DatabaseSession& session)
{
    DatabaseState state;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table : {"reps", "customers", "interactions", "survey_responses"}) {
        QSqlQuery q(session.database().connection());
        REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table))));
        qint64 n = 0;
        while (q.next()) {
            ++n;
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
        state.counts.insert(QString::fromLatin1(table), n);
    }
    state.digest = hash.result();
    state.fileHash = test::fileHash(session.path());
    return state;
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

void waitForSummary(ImportWizard& wizard)
{
    REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == ImportWizard::SummaryPageId; }, 120000));
}

// A customers file with three bad rows: an unreadable date (line 3), no name (line 4), and,
// after a name that spans two lines (lines 5 and 6), an impossible date on line 7.
const QByteArray kBadCustomers = "external_id,name,company,email,acquired_at\n"
                                 "N-1,Nina Novak,Novak Ltd,nina@novak.example,2025-02-01\n"
                                 "N-2,Omar Obi,Obi & Co,omar@obi.example,14/03/2025\n"
                                 "N-3,,Nameless Inc,x@nameless.example,2025-03-01\n"
                                 "N-4,\"Pia\nPark\",Park Ltd,pia@park.example,2025-04-01\n"
                                 "N-5,Quinn Quist,Quist AG,quinn@quist.example,2025-13-01\n";

} // namespace

TEST_CASE("The import wizard on a bad file shows the reasons and writes nothing")
{
    test::WorkspaceFixture f;
    const QString path = test::writeFile(f.temp, "customers.csv", kBadCustomers);
    const DatabaseState before = stateOf(f.session);
    QSignalSpy changed(&f.session, &app::DatabaseSession::changed);

    ImportWizard wizard(f.session);
    wizard.show();
    QTest::keyClicks(test::child<QLineEdit>(wizard, "fileLineEdit"), path);
    CHECK(test::child<QComboBox>(wizard, "kindComboBox")->currentData().toInt() ==
          static_cast<int>(core::CsvKind::Customers));
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);

    // The preview: every row, the bad ones marked with the importer's reasons and their lines.
    app::ImportPreviewModel* model = wizard.previewPage().model();
    REQUIRE(model->rowCount() == 5);
    CHECK(wizard.previewPage().summaryText() == QStringLiteral("3 of the 5 rows of the file are invalid."));
    const QList<qint64> lines{2, 3, 4, 5, 7};
    const QList<bool> invalid{false, true, true, false, true};
    for (int r = 0; r < 5; ++r) {
        CAPTURE(r);
        CHECK(model->index(r, app::ImportPreviewModel::LineColumn).data().toLongLong() == lines[r]);
        CHECK(model->index(r, 0).data(app::ImportPreviewModel::InvalidRole).toBool() == invalid[r]);
        CHECK(model->index(r, 3).data(Qt::BackgroundRole).isValid() == invalid[r]);
    }
    const auto problems = [&](int r) {
        return model->index(r, app::ImportPreviewModel::ProblemsColumn).data().toString();
    };
    CHECK(problems(0).isEmpty());
    CHECK(problems(1).startsWith(QStringLiteral("acquired_at: \"14/03/2025\" is not a valid instant")));
    CHECK(problems(2).startsWith(QStringLiteral("name: ")));
    CHECK(problems(4).startsWith(QStringLiteral("acquired_at: \"2025-13-01\"")));
    CHECK(model->index(1, 2)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("Line 3: acquired_at: ")));
    // The bad cell is marked more strongly than the rest of its row.
    const int acquiredColumn = app::ImportPreviewModel::FirstFileColumn + 4;
    CHECK(model->index(1, acquiredColumn).data(Qt::BackgroundRole).value<QBrush>().color().alpha() >
          model->index(1, app::ImportPreviewModel::FirstFileColumn)
              .data(Qt::BackgroundRole)
              .value<QBrush>()
              .color()
              .alpha());
    CHECK(model->index(3, app::ImportPreviewModel::FirstFileColumn + 1).data().toString() ==
          QStringLiteral("Pia\u21b5Park"));

    // The first invalid row is current and its problems show under the table; the check box
    // narrows the table to the invalid rows.
    CHECK(test::child<QLabel>(wizard, "rowProblemsLabel")
              ->text()
              .startsWith(QStringLiteral("Line 3: acquired_at: ")));
    QTableView* table = wizard.previewPage().view();
    QCheckBox* invalidOnly = test::child<QCheckBox>(wizard, "invalidOnlyCheckBox");
    invalidOnly->setFocus();
    QTest::keyClick(invalidOnly, Qt::Key_Space);
    REQUIRE(table->model()->rowCount() == 3);
    table->setCurrentIndex(table->model()->index(2, 0));
    CHECK(test::child<QLabel>(wizard, "rowProblemsLabel")
              ->text()
              .startsWith(QStringLiteral("Line 7: acquired_at: ")));
    QTest::keyClick(invalidOnly, Qt::Key_Space);
    CHECK(table->model()->rowCount() == 5);

    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::OptionsPageId);
    CHECK(test::child<QRadioButton>(wizard, "rejectFileRadioButton")->isChecked()); // as on the command line
    clickNext(wizard);                                                              // Import
    waitForSummary(wizard);

    CHECK(wizard.summaryPage().headline().startsWith(QStringLiteral(
        "The file was rejected: it has invalid rows (3, listed below). Nothing was written.")));
    const QStringList listed =
        wizard.summaryPage().problemsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].startsWith(QStringLiteral("line 3: acquired_at: ")));
    CHECK(listed[1].startsWith(QStringLiteral("line 4: name: ")));
    CHECK(listed[2].startsWith(QStringLiteral("line 7: acquired_at: ")));
    QTest::mouseClick(test::child<QPushButton>(wizard, "copyProblemsButton"), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == wizard.summaryPage().problemsText());

    CHECK(stateOf(f.session) == before);
    CHECK(changed.count() == 0);
}

TEST_CASE("The import wizard maps other names automatically and imports with a mapping changed by hand")
{
    test::WorkspaceFixture f;
    const QString path =
        test::writeFile(f.temp, "crm-export.csv",
                        "Customer no.,Customer,E-mail,Company name,Segment,Tier,Account manager,Customer "
                        "since,Lost on,Internal notes\r\n"
                        "K-1,Kim Kato,kim@kato.example,Kato GmbH,smb,gold,r1,2025-06-01,,vip\r\n"
                        "K-2,Lee Lund,lee@lund.example,Lund "
                        "AB,enterprise,silver,newrep,2025-07-15T09:30:00+02:00,2026-01-31,\r\n");
    QSignalSpy changed(&f.session, &app::DatabaseSession::changed);

    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    CHECK(wizard.filePage().kind() == core::CsvKind::Customers);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);

    app::ImportMappingPage& mapping = wizard.mappingPage();
    const auto chosen = [&](const char* column) {
        QComboBox* combo = mapping.comboFor(QString::fromLatin1(column));
        REQUIRE(combo);
        return combo->currentText();
    };
    CHECK(chosen("external_id") == QStringLiteral("Customer no."));
    CHECK(chosen("name") == QStringLiteral("Customer"));
    CHECK(chosen("email") == QStringLiteral("E-mail"));
    CHECK(chosen("company") == QStringLiteral("Company name"));
    CHECK(chosen("phone") == QStringLiteral("(not in file)"));
    CHECK(chosen("segment") == QStringLiteral("Segment"));
    CHECK(chosen("owner") == QStringLiteral("Account manager"));
    CHECK(chosen("acquired_at") == QStringLiteral("Customer since"));
    CHECK(chosen("churned_at") == QStringLiteral("Lost on"));
    CHECK(test::child<QLabel>(wizard, "mappingStatusLabel")->text() ==
          QStringLiteral("Ignored columns of the file: Tier, Internal notes."));

    // A required column left out, or one file column chosen twice, disables Next with the reason.
    QComboBox* name = mapping.comboFor(QStringLiteral("name"));
    name->setCurrentIndex(0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(mapping.problem() ==
          QStringLiteral("Choose a file column for Name: required, every row must have it."));
    name->setCurrentIndex(name->findText(QStringLiteral("E-mail")));
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(mapping.problem().startsWith(QStringLiteral("The file column \"E-mail\" is chosen for both")));
    name->setCurrentIndex(name->findText(QStringLiteral("Customer")));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());

    // The user prefers the Tier column as the segment: chosen with the keyboard.
    QComboBox* segment = mapping.comboFor(QStringLiteral("segment"));
    segment->setFocus();
    QTest::keyClick(segment, Qt::Key_Down); // Segment -> Tier, the next column of the file
    REQUIRE(segment->currentText() == QStringLiteral("Tier"));

    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    CHECK(wizard.previewPage().summaryText() == QStringLiteral("All rows of the file are valid (2)."));
    clickNext(wizard);
    clickNext(wizard); // Import
    waitForSummary(wizard);

    CHECK(wizard.summaryPage().headline() == QStringLiteral("crm-export.csv was imported."));
    CHECK(test::child<QLabel>(wizard, "addedCountLabel")->text() == QStringLiteral("2"));
    CHECK(test::child<QLabel>(wizard, "repsCreatedCountLabel")->text() == QStringLiteral("1"));
    CHECK(changed.count() == 1);

    core::CustomerRepository customers(f.session.database());
    auto kim = customers.findByExternalId(QStringLiteral("K-1"));
    REQUIRE_OK(kim);
    REQUIRE(kim->has_value());
    CHECK((*kim)->name == QStringLiteral("Kim Kato"));
    CHECK((*kim)->company == QStringLiteral("Kato GmbH"));
    CHECK((*kim)->email == QStringLiteral("kim@kato.example"));
    CHECK((*kim)->segment == QStringLiteral("gold"));
    CHECK((*kim)->owner == QStringLiteral("r1"));
    CHECK((*kim)->acquiredAt == test::utc("2025-06-01T00:00:00Z"));
    CHECK_FALSE((*kim)->churnedAt.isValid());
    auto lee = customers.findByExternalId(QStringLiteral("K-2"));
    REQUIRE_OK(lee);
    REQUIRE(lee->has_value());
    CHECK((*lee)->segment == QStringLiteral("silver"));
    CHECK((*lee)->owner == QStringLiteral("newrep"));
    CHECK((*lee)->acquiredAt == test::utc("2025-07-15T07:30:00Z"));
    CHECK((*lee)->churnedAt == test::utc("2026-01-31T00:00:00Z"));
}

TEST_CASE("Cancelling the import wizard during a large import leaves the database as it was")
{
    test::WorkspaceFixture f;
    QByteArray content = "external_id,name,owner,acquired_at\n";
    for (int i = 0; i < 60000; ++i)
        content += "X-" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) + ",r1,2025-01-01\n";
    const QString path = test::writeFile(f.temp, "big-customers.csv", content);
    const DatabaseState before = stateOf(f.session);
    QSignalSpy changed(&f.session, &app::DatabaseSession::changed);

    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    clickNext(wizard);
    clickNext(wizard);
    CHECK(wizard.previewPage().model()->rowCount() == app::ImportPreviewPage::kPreviewRows);
    CHECK(wizard.previewPage().summaryText() ==
          QStringLiteral(
              "The first 200 rows are all valid. The rest of the file is checked when it is imported."));
    clickNext(wizard);
    // Another connection holds the write lock, so the import waits at its start until the
    // Cancel button has been pressed: then it reads and writes rows, sees the cancel at its
    // next check and rolls back. No race with the worker's speed.
    auto blocker = test::openOrFail(f.session.path());
    REQUIRE_OK(blocker->beginWrite());
    clickNext(wizard); // Import
    REQUIRE(wizard.currentId() == ImportWizard::RunPageId);
    REQUIRE(wizard.job());
    QTest::mouseClick(wizard.runPage().cancelButton(), Qt::LeftButton);
    CHECK(wizard.job()->isCancelRequested());
    CHECK_FALSE(wizard.runPage().cancelButton()->isEnabled());
    blocker->rollback();
    waitForSummary(wizard);

    REQUIRE(wizard.result());
    REQUIRE_OK(*wizard.result());
    const core::ImportReport& report = wizard.result()->value();
    CHECK(report.cancelled);
    CHECK_FALSE(report.written);
    // Rows were written inside the transaction before the cancel was seen, and rolled back.
    CHECK(report.added > 0);
    CHECK(report.rows < 60000);
    CHECK(wizard.summaryPage().headline() ==
          QStringLiteral("The import was cancelled. Nothing was changed: the database is as it was before."));
    CHECK(stateOf(f.session) == before);
    CHECK(changed.count() == 0);
}

TEST_CASE("Closing the import wizard while it imports cancels the import before the window closes")
{
    test::WorkspaceFixture f;
    QByteArray content = "external_id,name,owner,acquired_at\n";
    for (int i = 0; i < 60000; ++i)
        content += "Y-" + QByteArray::number(i) + ",Customer " + QByteArray::number(i) + ",r1,2025-01-01\n";
    const QString path = test::writeFile(f.temp, "big-customers.csv", content);
    const DatabaseState before = stateOf(f.session);

    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    clickNext(wizard);
    clickNext(wizard);
    clickNext(wizard);
    auto blocker = test::openOrFail(f.session.path());
    REQUIRE_OK(blocker->beginWrite()); // the import waits at its start (see the test above)
    clickNext(wizard);                 // Import
    REQUIRE(wizard.job());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    const bool stillOpenAfterEscape = wizard.isVisible(); // until the import has rolled back
    CHECK(wizard.job()->isCancelRequested());
    blocker->rollback();
    REQUIRE(QTest::qWaitFor([&] { return !wizard.isVisible(); }, 120000));

    CHECK(stillOpenAfterEscape);
    REQUIRE(wizard.result());
    REQUIRE_OK(*wizard.result());
    CHECK(wizard.result()->value().cancelled);
    CHECK_FALSE(wizard.job()->isRunning());
    CHECK(stateOf(f.session) == before);
}

TEST_CASE("The import preview says so when another writer holds the database and works once it is free")
{
    test::WorkspaceFixture f;
    const QString path = test::writeFile(f.temp, "customers.csv", kBadCustomers);
    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    clickNext(wizard);
    auto blocker = test::openOrFail(f.session.path());
    REQUIRE_OK(blocker->beginWrite());
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    CHECK(wizard.previewPage().summaryText().startsWith(QStringLiteral("The file cannot be checked: ")));
    CHECK(wizard.previewPage().model()->rowCount() == 0);
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    blocker->rollback();
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    clickNext(wizard);
    CHECK(wizard.previewPage().summaryText() == QStringLiteral("3 of the 5 rows of the file are invalid."));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("The import preview checks the rows off the GUI thread and drops an answer no longer wanted")
{
    test::WorkspaceFixture f;
    const QString path = test::writeFile(f.temp, "customers.csv", kBadCustomers);
    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    clickNext(wizard);
    REQUIRE(wizard.currentId() == ImportWizard::MappingPageId);
    // The file was read once, on the first page: the preview works from that read.
    REQUIRE(wizard.filePage().head());
    CHECK(wizard.filePage().head()->preview.rows.size() == 5);
    REQUIRE(QFile::remove(path));

    // Another writer holds the lock: the click returns at once and the page says it is checking
    // (the dry run waits for the lock on the preview's own connection, not the window's).
    auto blocker = test::openOrFail(f.session.path());
    REQUIRE_OK(blocker->beginWrite());
    QSignalSpy checked(&wizard.previewPage(), &app::ImportPreviewPage::checked);
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPageId);
    CHECK(wizard.previewPage().isChecking());
    CHECK(wizard.previewPage().summaryText() == QStringLiteral("Checking the first rows of the file…"));
    CHECK(test::child<QWidget>(wizard, "previewBusyBar")->isVisible());
    CHECK_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    CHECK(checked.count() == 0);

    // Back before it answers: the answer is dropped. Forward again once the lock is free: the
    // second check answers, from the rows read before the file was removed.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    blocker->rollback();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(checked.wait(30000));
    // The job runs in order, so the first answer, had it been delivered, would have come first.
    CHECK(checked.count() == 1);
    CHECK_FALSE(wizard.previewPage().isChecking());
    CHECK(wizard.previewPage().summaryText() == QStringLiteral("3 of the 5 rows of the file are invalid."));
    CHECK(wizard.previewPage().model()->rowCount() == 5);
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
}

TEST_CASE("Closing the import wizard while its preview is checked does not wait for the check")
{
    test::WorkspaceFixture f;
    const QString path = test::writeFile(f.temp, "customers.csv", kBadCustomers);
    auto wizard = std::make_unique<ImportWizard>(f.session);
    wizard->show();
    wizard->setFile(path);
    clickNext(*wizard);
    // The check waits up to a second for the lock another writer holds: closing must not.
    auto blocker = test::openOrFail(f.session.path());
    REQUIRE_OK(blocker->beginWrite());
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    REQUIRE(wizard->previewPage().isChecking());
    core::BackgroundJob& job = app::ImportPreviewPage::jobFor(f.session);
    REQUIRE(job.isBusy());
    QElapsedTimer closing;
    closing.start();
    wizard.reset();
    CHECK(closing.elapsed() < 500);
    CHECK(job.isBusy()); // the check goes on without a wizard to answer
    blocker->rollback();
    REQUIRE(QTest::qWaitFor([&] { return !job.isBusy(); }, 30000));
}

TEST_CASE("The import preview of a large file with a quote never closed reads only the file's start")
{
    test::WorkspaceFixture f;
    QByteArray content = "external_id,name,acquired_at\nX-1,\"never closed,2025-01-01\n";
    while (content.size() < 3 * 1024 * 1024)
        content += "X-2,Customer,2025-01-01\n";
    const QString path = test::writeFile(f.temp, "unclosed.csv", content);
    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.filePage().head());
    CHECK(wizard.filePage().head()->copy.size() < 100); // not the 3 MiB after the quote
    clickNext(wizard);
    clickNext(wizard);
    CHECK(wizard.previewPage().model()->rowCount() == 0);
    CHECK(wizard.previewPage().summaryText() ==
          QStringLiteral(
              "No whole row was found at the start of the file (is a quote not closed?), so there is "
              "nothing to show. The whole file is checked when it is imported."));
}

TEST_CASE("The import wizard skipping invalid rows imports exactly the valid ones")
{
    test::WorkspaceFixture f;
    const QString path = test::writeFile(f.temp, "customers.csv", kBadCustomers);
    auto countBefore = core::CustomerRepository(f.session.database()).count();
    REQUIRE_OK(countBefore);

    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    clickNext(wizard);
    clickNext(wizard);
    clickNext(wizard);
    QRadioButton* skip = test::child<QRadioButton>(wizard, "skipInvalidRadioButton");
    skip->setFocus();
    QTest::keyClick(skip, Qt::Key_Space);
    REQUIRE(skip->isChecked());
    clickNext(wizard); // Import
    waitForSummary(wizard);

    CHECK(wizard.summaryPage().headline() ==
          QStringLiteral("The file was imported without its invalid rows (3 skipped, listed below)."));
    CHECK(test::child<QLabel>(wizard, "addedCountLabel")->text() == QStringLiteral("2"));
    CHECK(test::child<QLabel>(wizard, "invalidCountLabel")->text() == QStringLiteral("3"));
    const QStringList listed =
        wizard.summaryPage().problemsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].startsWith(QStringLiteral("line 3: ")));
    CHECK(listed[2].startsWith(QStringLiteral("line 7: ")));

    core::CustomerRepository customers(f.session.database());
    auto countAfter = customers.count();
    REQUIRE_OK(countAfter);
    CHECK(*countAfter == *countBefore + 2);
    for (const char* id : {"N-1", "N-4"}) {
        auto c = customers.findByExternalId(QString::fromLatin1(id));
        REQUIRE_OK(c);
        CHECK(c->has_value());
    }
    auto pia = customers.findByExternalId(QStringLiteral("N-4"));
    REQUIRE_OK(pia);
    CHECK((*pia)->name == QStringLiteral("Pia\nPark"));
    for (const char* id : {"N-2", "N-3", "N-5"}) {
        auto c = customers.findByExternalId(QString::fromLatin1(id));
        REQUIRE_OK(c);
        CHECK_FALSE(c->has_value());
    }
}

TEST_CASE("The import preview model passes QAbstractItemModelTester")
{
    app::ImportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    core::ImportPreviewData data;
    data.header = {QStringLiteral("external_id"), QStringLiteral("name")};
    data.rows.push_back({2, {QStringLiteral("A-1"), QStringLiteral("Ann")}, {}, {}, {}});
    data.rows.push_back({3, {QStringLiteral("A-2")}, {QStringLiteral("name: a value is required")}, {1}, {}});
    data.invalidRows = 1;
    model.setPreview(data);
    CHECK(model.rowCount() == 2);
    CHECK(model.columnCount() == 4);
    CHECK(model.headerData(3, Qt::Horizontal).toString() == QStringLiteral("name"));
    CHECK(model.index(1, 3).data().isNull()); // a short row has no value there
    model.setPreview({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The import wizard guesses the kind of a file from its header and name")
{
    using M = core::ImportColumnMatcher;
    const auto split = [](const char* s) { return QString::fromLatin1(s).split(QLatin1Char(',')); };
    CHECK(M::guessKind(split("id,name,role"), QStringLiteral("x.csv")) == core::CsvKind::Reps);
    CHECK(M::guessKind(split("external_id,name,acquired_at"), QStringLiteral("x.csv")) ==
          core::CsvKind::Customers);
    CHECK(M::guessKind(split("external_id,customer,rep,kind,occurred_at,amount"), QStringLiteral("x.csv")) ==
          core::CsvKind::Interactions);
    CHECK(M::guessKind(split("Customer ID,Survey,Rating,Date"), QStringLiteral("x.csv")) ==
          core::CsvKind::Surveys);
    // Nothing to go by in the header: the file name decides.
    CHECK(M::guessKind(split("a,b"), QStringLiteral("/tmp/interactions-2026.csv")) ==
          core::CsvKind::Interactions);
    CHECK(M::normalised(QStringLiteral(" E-Mail ")) == QStringLiteral("email"));
}

TEST_CASE("The import wizard knows the products file and maps Product, SKU and Product ID headers")
{
    using M = core::ImportColumnMatcher;
    const auto split = [](const char* s) { return QString::fromLatin1(s).split(QLatin1Char(',')); };
    // A products file is guessed from its name or an active column, not from an id and a name alone.
    CHECK(M::guessKind(split("SKU,Product name,Group"), QStringLiteral("/tmp/products.csv")) ==
          core::CsvKind::Products);
    CHECK(M::guessKind(split("external_id,name,category,active"), QStringLiteral("x.csv")) ==
          core::CsvKind::Products);
    CHECK(M::guessKind(split("external_id,name"), QStringLiteral("x.csv")) == core::CsvKind::Customers);
    const auto& products = core::csvColumns(core::CsvKind::Products);
    REQUIRE(products.size() == 4);
    CHECK(M::autoMap(core::CsvKind::Products, split("SKU,Product name,Group,Enabled")) ==
          std::vector<int>{0, 1, 2, 3});
    CHECK(M::autoMap(core::CsvKind::Products, split("Product ID,Product")) == std::vector<int>{0, 1, -1, -1});

    // The interactions file's product column, whatever the header calls it.
    const auto& columns = core::csvColumns(core::CsvKind::Interactions);
    REQUIRE(std::string(columns.back().name) == "product");
    const std::size_t product = columns.size() - 1;
    for (const char* header : {"Product", "SKU", "Product ID", "product_no", "Item code"}) {
        CAPTURE(header);
        const auto map = M::autoMap(core::CsvKind::Interactions, split("Customer,Type,Date")
                                                                     << QString::fromLatin1(header));
        CHECK(map[product] == 3);
    }
    // The wizard offers the kind.
    test::WorkspaceFixture f;
    ImportWizard wizard(f.session);
    QComboBox* kind = test::child<QComboBox>(wizard, "kindComboBox");
    CHECK(kind->findData(static_cast<int>(core::CsvKind::Products)) >= 0);
}

TEST_CASE(
    "The import wizard keeps hand-made column choices when going back and starts again for another kind")
{
    test::WorkspaceFixture f;
    const QString path = test::writeFile(f.temp, "export.csv",
                                         "id,customer,type,date,value,note\n"
                                         "I-1,C-Ada Lovelace,purchase,2026-03-01,120.50,first order\n");
    ImportWizard wizard(f.session);
    wizard.show();
    wizard.setFile(path);
    REQUIRE(wizard.filePage().kind() == core::CsvKind::Interactions);
    CHECK(test::child<QLabel>(wizard, "fileStatusLabel")->text().contains(QStringLiteral("guessed")));
    clickNext(wizard);
    QComboBox* notes = wizard.mappingPage().comboFor(QStringLiteral("notes"));
    REQUIRE(notes);
    CHECK(notes->currentText() == QStringLiteral("note"));
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("amount"))->currentText() == QStringLiteral("value"));
    notes->setCurrentIndex(0); // (not in file)
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    clickNext(wizard);
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("notes"))->currentText() ==
          QStringLiteral("(not in file)"));

    // Another kind: its own columns, mapped afresh, and a required one missing stops Next.
    QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
    QComboBox* kind = test::child<QComboBox>(wizard, "kindComboBox");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::CsvKind::Surveys)));
    CHECK_FALSE(test::child<QLabel>(wizard, "fileStatusLabel")->text().contains(QStringLiteral("guessed")));
    clickNext(wizard);
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("notes")) == nullptr);
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("survey"))->currentText() == QStringLiteral("type"));
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("score"))->currentText() == QStringLiteral("value"));
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("responded_at"))->currentText() ==
          QStringLiteral("date"));
    CHECK(wizard.mappingPage().comboFor(QStringLiteral("customer"))->currentText() ==
          QStringLiteral("customer"));
    CHECK(wizard.button(QWizard::NextButton)->isEnabled());
    // The file's types are not survey names: the preview says so for the row.
    clickNext(wizard);
    REQUIRE(wizard.previewPage().model()->rowCount() == 1);
    CHECK(wizard.previewPage()
              .model()
              ->index(0, app::ImportPreviewModel::ProblemsColumn)
              .data()
              .toString()
              .contains(QStringLiteral("survey: ")));
}
