#include "app/WorkspaceFixture.h"
#include "app/connection/ModalWatcher.h"
#include "interchange/CsvFormat.h"
#include "services/CustomerService.h"
#include "shell/MainWindow.h"
#include "storage/CustomerListStore.h"
#include "storage/CustomerRepository.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"
#include "widgets/DisplayText.h"
#include "widgets/MetricFormat.h"
#include "workspace/ChurnReasonDialog.h"
#include "workspace/CustomerCompletionModel.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"
#include "workspace/DeleteCustomerCommand.h"
#include "workspace/FollowUpTableModel.h"
#include "workspace/FollowUpsView.h"
#include "workspace/LogInteractionDialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rapport;

namespace {

QStringList timelineKinds(app::CustomersView& view)
{
    auto* tree = test::child<QTreeWidget>(view, "timelineTreeWidget");
    QStringList kinds;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        kinds << tree->topLevelItem(i)->text(1);
    return kinds;
}

// Types into the dialog as a rep would: the customer's name, a pick from the
// suggestions, the kind by its first letters, the amount, then Enter.
void logPurchaseByKeyboard(app::LogInteractionDialog& dialog, const char* customer, const char* amount)
{
    auto* customerEdit = test::child<QLineEdit>(dialog, "customerLineEdit");
    customerEdit->setFocus();
    QTest::keyClicks(customerEdit, QString::fromLatin1(customer));
    // The suggestions come from the list worker a moment later.
    QAbstractItemView* popup = customerEdit->completer()->popup();
    REQUIRE(QTest::qWaitFor([&] { return popup->isVisible(); }, 5000));
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QTest::keyClick(customerEdit, Qt::Key_Tab);
    auto* kind = test::child<QComboBox>(dialog, "kindComboBox");
    QTest::keyClicks(kind, QStringLiteral("Pu"));
    REQUIRE(kind->currentText() == app::DisplayText::kind(core::InteractionKind::Purchase));
    auto* amountEdit = test::child<QLineEdit>(dialog, "amountLineEdit");
    QTest::keyClicks(amountEdit, QString::fromLatin1(amount));
    QTest::keyClick(amountEdit, Qt::Key_Return);
}

} // namespace

TEST_CASE("an interaction logged by keystrokes appears in the timeline and undo removes it", "[app]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    app::LogInteractionDialog dialog(f.session, &window);
    dialog.show();
    logPurchaseByKeyboard(dialog, "hopp", "19.99");
    REQUIRE(dialog.result() == QDialog::Accepted);

    auto stored = core::InteractionRepository(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->front().kind == core::InteractionKind::Purchase);
    CHECK(stored->front().amountCents == std::optional<qint64>(1999));
    CHECK(stored->front().repId == QStringLiteral("r1"));
    CHECK(stored->front().occurredAt == test::utc("2026-03-10T10:00:00Z"));

    window.showPage(app::MainWindow::CustomersPage);
    window.customersView().showCustomer(f.grace);
    REQUIRE(QTest::qWaitFor([&] { return window.customersView().currentCustomerId() == f.grace; }, 5000));
    CHECK(timelineKinds(window.customersView()) ==
          QStringList{app::DisplayText::kind(core::InteractionKind::Purchase)});
    auto* timeline = test::child<QTreeWidget>(window.customersView(), "timelineTreeWidget");
    CHECK(timeline->topLevelItem(0)->text(2) == app::DisplayText::amount(1999));

    // Ctrl+Z through the window's shortcut, as a user would, once the window is active
    // again after the dialog (offscreen, the closed dialog can stay the active window).
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(timelineKinds(window.customersView()).isEmpty());
    auto afterUndo = core::InteractionRepository(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(afterUndo);
    CHECK(afterUndo->empty());

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(timelineKinds(window.customersView()).size() == 1);
}

TEST_CASE("the log dialog refuses an amount with three decimals and writes nothing", "[app]")
{
    test::WorkspaceFixture f;
    app::LogInteractionDialog dialog(f.session);
    dialog.show();
    logPurchaseByKeyboard(dialog, "Ada", "19.999");
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK_FALSE(test::child<QLabel>(dialog, "errorLabel")->text().isEmpty());
    auto count = core::InteractionRepository(f.session.database()).count();
    REQUIRE_OK(count);
    CHECK(*count == 0);
}

TEST_CASE("typing in the search field narrows the customer list", "[app]")
{
    test::WorkspaceFixture f;
    app::CustomersView view(f.session);
    view.show();
    app::CustomerTableModel& model = view.model();
    f.waitForLists();
    CHECK(model.rowCount() == 3);
    auto* search = test::child<QLineEdit>(view, "searchLineEdit");
    QTest::keyClicks(search, QStringLiteral("cobol")); // Grace's company
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1; }, 3000));
    CHECK(model.customerId(0) == f.grace);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ALAN@")); // e-mail, any case
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 1 && model.customerId(0) == f.alan; }, 3000));
    search->clear();
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 3; }, 3000));

    auto* segment = test::child<QComboBox>(view, "segmentComboBox");
    segment->setCurrentIndex(segment->findData(QStringLiteral("enterprise")));
    f.waitForLists();
    CHECK(model.rowCount() == 1);
    CHECK(model.customerId(0) == f.ada);
}

TEST_CASE("a follow-up date creates a follow-up that becomes due and done logs a follow_up interaction",
          "[app]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    app::LogInteractionDialog dialog(f.session, &window);
    dialog.show();
    auto* customerEdit = test::child<QLineEdit>(dialog, "customerLineEdit");
    QTest::keyClicks(customerEdit, QStringLiteral("Turing")); // the only match: no pick needed
    auto* followUp = test::child<QCheckBox>(dialog, "followUpCheckBox");
    followUp->setFocus();
    QTest::keyClick(followUp, Qt::Key_Space);
    REQUIRE(followUp->isChecked());
    QTest::keyClick(followUp, Qt::Key_Return);
    REQUIRE(dialog.result() == QDialog::Accepted);

    app::FollowUpsView& view = window.followUpsView();
    f.waitForLists();
    // Due a week later (the default): nothing to do today.
    CHECK(view.model().rowCount() == 0);
    auto* navigation = test::child<QListWidget>(window, "navigationListWidget");
    CHECK(navigation->item(app::MainWindow::FollowUpsPage)->text() == QStringLiteral("Follow-ups"));

    // Eight days later it is overdue.
    f.clock.set(test::utc("2026-03-18T10:00:00Z"));
    emit f.session.changed();
    f.waitForLists();
    REQUIRE(view.model().rowCount() == 1);
    CHECK(view.model().overdueCount() == 1);
    CHECK(view.model().rowAt(0)->task.customerId == f.alan);
    CHECK(navigation->item(app::MainWindow::FollowUpsPage)->text() == QStringLiteral("Follow-ups (1)"));

    QTest::mouseClick(test::child<QPushButton>(view, "doneButton"), Qt::LeftButton);
    f.waitForLists();
    CHECK(view.model().rowCount() == 0);
    auto interactions = core::InteractionRepository(f.session.database()).forCustomer(f.alan);
    REQUIRE_OK(interactions);
    REQUIRE(interactions->size() == 2);
    CHECK(interactions->front().kind == core::InteractionKind::FollowUp);
    CHECK(interactions->front().occurredAt == test::utc("2026-03-18T10:00:00Z"));

    // Undo reopens the task and removes the follow_up interaction.
    f.session.undoStack().undo();
    f.waitForLists();
    CHECK(view.model().rowCount() == 1);
    auto afterUndo = core::InteractionRepository(f.session.database()).forCustomer(f.alan);
    REQUIRE_OK(afterUndo);
    CHECK(afterUndo->size() == 1);
}

TEST_CASE("snoozing an overdue follow-up by a day moves it out of today", "[app]")
{
    test::WorkspaceFixture f;
    core::FollowUpTask task;
    task.customerId = f.ada;
    task.repId = QStringLiteral("r1");
    task.dueAt = test::utc("2026-03-09T09:00:00Z");
    REQUIRE_OK(core::FollowUpTaskRepository(f.session.database()).insert(task));
    app::FollowUpsView view(f.session);
    f.waitForLists();
    REQUIRE(view.model().rowCount() == 1);
    view.snoozeSelected(1);
    f.waitForLists();
    CHECK(view.model().rowCount() == 0);
    auto stored = core::FollowUpTaskRepository(f.session.database()).find(task.id);
    REQUIRE_OK(stored);
    CHECK((*stored)->dueAt == test::utc("2026-03-11T10:00:00Z"));
    f.session.undoStack().undo();
    f.waitForLists();
    CHECK(view.model().rowCount() == 1);
}

TEST_CASE("deleting a customer is undone with the same id and history", "[app]")
{
    test::WorkspaceFixture f;
    core::Interaction call;
    call.customerId = f.ada;
    call.repId = QStringLiteral("r1");
    call.kind = core::InteractionKind::Call;
    call.occurredAt = test::utc("2026-03-01T12:00:00Z");
    call.notes = QStringLiteral("asked about the new engine");
    REQUIRE_OK(core::InteractionRepository(f.session.database()).insert(call));
    core::SurveyResponse survey;
    survey.customerId = f.ada;
    survey.survey = core::SurveyKind::Nps;
    survey.score = 9;
    survey.respondedAt = test::utc("2026-03-02T12:00:00Z");
    REQUIRE_OK(core::SurveyRepository(f.session.database()).insert(survey));

    f.session.undoStack().push(new app::DeleteCustomerCommand(
        f.session, f.ada, (*core::CustomerRepository(f.session.database()).find(f.ada))->version,
        QStringLiteral("Ada Lovelace")));
    auto gone = core::CustomerRepository(f.session.database()).find(f.ada);
    REQUIRE_OK(gone);
    CHECK_FALSE(gone->has_value());

    f.session.undoStack().undo();
    auto back = core::CustomerRepository(f.session.database()).find(f.ada);
    REQUIRE_OK(back);
    REQUIRE(back->has_value());
    CHECK((*back)->name == QStringLiteral("Ada Lovelace"));
    auto calls = core::InteractionRepository(f.session.database()).forCustomer(f.ada);
    REQUIRE_OK(calls);
    REQUIRE(calls->size() == 1);
    CHECK(calls->front() == call);
    auto surveys = core::SurveyRepository(f.session.database()).forCustomer(f.ada);
    REQUIRE_OK(surveys);
    REQUIRE(surveys->size() == 1);
    CHECK(surveys->front() == survey);
}

TEST_CASE("marking a customer churned asks why, shows in the list and undo makes them active again", "[app]")
{
    test::WorkspaceFixture f;
    app::CustomersView view(f.session);
    view.showCustomer(f.alan);
    REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == f.alan; }, 5000));
    // Cancelling the question changes nothing.
    {
        auto cancel = test::whenModal<app::ChurnReasonDialog>([](app::ChurnReasonDialog& d) { d.reject(); });
        view.toggleChurnCurrent();
    }
    CHECK_FALSE((*core::CustomerRepository(f.session.database()).find(f.alan))->isChurned());
    CHECK(f.session.undoStack().count() == 0);
    // A reason typed in as words is stored as a key, and the card reads it as words.
    QStringList offered;
    auto watcher = test::whenModal<app::ChurnReasonDialog>([&offered](app::ChurnReasonDialog& d) {
        auto* combo = test::child<QComboBox>(d, "churnReasonCombo");
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
        combo->setFocus();
        QTest::keyClicks(combo, QStringLiteral("Moved Abroad"));
        if (const QString shots = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !shots.isEmpty())
            d.grab().save(shots + QStringLiteral("/churn-reason.png"));
        QTest::keyClick(&d, Qt::Key_Return);
    });
    view.toggleChurnCurrent();
    watcher.reset();
    CHECK(offered.contains(QStringLiteral("product quality")));
    auto churned = core::CustomerRepository(f.session.database()).find(f.alan);
    REQUIRE_OK(churned);
    CHECK((*churned)->churnedAt == test::utc("2026-03-10T10:00:00Z"));
    CHECK((*churned)->churnReason == QStringLiteral("moved_abroad"));
    CHECK(
        test::child<QLabel>(view, "customerDetailsLabel")->text().contains(QStringLiteral("(moved abroad)")));
    auto* status = test::child<QComboBox>(view, "statusComboBox");
    status->setCurrentIndex(2); // churned only
    f.waitForLists();
    CHECK(view.model().rowCount() == 1);
    f.session.undoStack().undo();
    f.waitForLists();
    CHECK(view.model().rowCount() == 0);
    CHECK((*core::CustomerRepository(f.session.database()).find(f.alan))->churnReason.isEmpty());
    // The next churn offers the reason in use first.
    offered.clear();
    auto again = test::whenModal<app::ChurnReasonDialog>([&offered](app::ChurnReasonDialog& d) {
        auto* combo = test::child<QComboBox>(d, "churnReasonCombo");
        for (int i = 0; i < combo->count(); ++i)
            offered << combo->itemText(i);
        d.reject();
    });
    f.session.undoStack().redo();
    CHECK((*core::CustomerRepository(f.session.database()).find(f.alan))->churnReason ==
          QStringLiteral("moved_abroad"));
    status->setCurrentIndex(0); // active and churned
    f.waitForLists();
    view.showCustomer(f.ada);
    REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == f.ada; }, 5000));
    view.toggleChurnCurrent();
    again.reset();
    CHECK_FALSE((*core::CustomerRepository(f.session.database()).find(f.ada))->isChurned());
    REQUIRE(offered.size() > 2);
    CHECK(offered.at(1) == QStringLiteral("moved abroad"));
}

TEST_CASE(
    "a customer who came back and is marked churned again keeps the earlier churn on the card, until undo",
    "[app][issue19]")
{
    test::WorkspaceFixture f;
    core::CustomerService customers(f.session.database());
    core::Customer back = **customers.find(f.alan);
    back.churnedAt = test::utc("2026-01-05T00:00:00Z");
    back.churnReason = QStringLiteral("price");
    back.returnedAt = test::utc("2026-02-01T00:00:00Z");
    REQUIRE_OK(customers.update(back));
    app::CustomersView view(f.session);
    view.showCustomer(f.alan);
    REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == f.alan; }, 5000));
    auto* card = test::child<QLabel>(view, "customerDetailsLabel");
    CHECK_FALSE(card->text().contains(QStringLiteral("Earlier churns")));
    auto watcher = test::whenModal<app::ChurnReasonDialog>([](app::ChurnReasonDialog& d) {
        auto* combo = test::child<QComboBox>(d, "churnReasonCombo");
        combo->setFocus();
        QTest::keyClicks(combo, QStringLiteral("Service"));
        QTest::keyClick(&d, Qt::Key_Return);
    });
    view.toggleChurnCurrent();
    watcher.reset();
    auto gone = customers.find(f.alan);
    REQUIRE_OK(gone);
    CHECK((*gone)->churnedAt == test::utc("2026-03-10T10:00:00Z"));
    CHECK((*gone)->churnReason == QStringLiteral("service"));
    auto past = customers.pastChurns(f.alan);
    REQUIRE_OK(past);
    CHECK(*past == std::vector<core::PastChurn>{{back.churnedAt, QStringLiteral("price"), back.returnedAt}});
    REQUIRE(QTest::qWaitFor([&] { return card->text().contains(QStringLiteral("Earlier churns")); }, 5000));
    CHECK(card->text().contains(QStringLiteral("(price), back on")));
    if (const QString shots = qEnvironmentVariable("RAPPORT_SHOT_DIR"); !shots.isEmpty())
        view.grab().save(shots + QStringLiteral("/customer-left-again.png"));

    f.session.undoStack().undo();
    auto undone = customers.find(f.alan);
    REQUIRE_OK(undone);
    CHECK((*undone)->churnedAt == back.churnedAt);
    CHECK((*undone)->churnReason == back.churnReason);
    CHECK((*undone)->returnedAt == back.returnedAt);
    CHECK(customers.pastChurns(f.alan)->empty());
    REQUIRE(QTest::qWaitFor([&] { return !card->text().contains(QStringLiteral("Earlier churns")); }, 5000));
}

TEST_CASE("the customer model fetches pages lazily and passes the model tester", "[app]")
{
    test::WorkspaceFixture f;
    for (int i = 0; i < 450; ++i)
        f.addCustomer(QStringLiteral("Customer %1").arg(i, 3, 10, QLatin1Char('0')),
                      QStringLiteral("Co %1").arg(i % 7), QStringLiteral("c%1@example.com").arg(i));
    app::CustomerTableModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    f.waitForLists();
    CHECK(model.totalCount() == 453);
    CHECK(model.rowCount() == app::CustomerTableModel::kPageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // a page is on its way: ignored
    f.waitForLists();
    CHECK(model.rowCount() == 2 * app::CustomerTableModel::kPageSize);
    model.fetchMore({});
    f.waitForLists();
    CHECK(model.rowCount() == 453);
    CHECK_FALSE(model.canFetchMore({}));

    model.sort(app::CustomerTableModel::NameColumn, Qt::DescendingOrder);
    f.waitForLists();
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Grace Hopper"));
    model.sort(app::CustomerTableModel::NameColumn, Qt::AscendingOrder);
    f.waitForLists();
    CHECK(model.index(0, 0).data().toString() == QStringLiteral("Ada Lovelace"));
    CHECK(model.index(2, 0).data().toString() == QStringLiteral("Customer 000"));

    core::CustomerListStore::Filter filter;
    filter.search = QStringLiteral("Co 3"); // company "Co 3": i % 7 == 3, 64 of them
    model.setFilter(filter);
    f.waitForLists();
    CHECK(model.totalCount() == 64);
}

TEST_CASE("the follow-up and completion models pass the model tester", "[app]")
{
    test::WorkspaceFixture f;
    core::FollowUpTask task;
    task.customerId = f.grace;
    task.repId = QStringLiteral("r1");
    task.dueAt = test::utc("2026-03-10T08:00:00Z");
    REQUIRE_OK(core::FollowUpTaskRepository(f.session.database()).insert(task));
    app::FollowUpTableModel followUps(f.session);
    QAbstractItemModelTester followUpTester(&followUps,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    followUps.reload();
    f.waitForLists();
    CHECK(followUps.rowCount() == 1);

    app::CustomerCompletionModel completion(f.session);
    QAbstractItemModelTester completionTester(&completion,
                                              QAbstractItemModelTester::FailureReportingMode::Fatal);
    completion.search(QStringLiteral("a"));
    f.waitForLists();
    CHECK(completion.rowCount() == 3);
    completion.search(QStringLiteral("lovel"));
    f.waitForLists();
    REQUIRE(completion.rowCount() == 1);
    CHECK(completion.customerId(0) == f.ada);
    completion.search(QString());
    f.waitForLists();
    CHECK(completion.rowCount() == 0);
}

TEST_CASE("exporting customers from the window writes the interchange CSV", "[app]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    const QString path = f.temp.dir.filePath(QStringLiteral("customers.csv"));
    QSignalSpy finished(&window, &app::MainWindow::listExportFinished);
    REQUIRE(window.exportCsv(core::CsvKind::Customers, path));
    // The export runs on a worker thread (at once when the database lives in memory).
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("Exported 3 rows")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    CHECK(lines.size() == 4); // header and three customers
    CHECK(lines.at(1).contains("Ada Lovelace"));
}

TEST_CASE("backing up from the window writes a consistent copy on a worker and replaces an old backup",
          "[app]")
{
    test::WorkspaceFixture f;
    app::MainWindow window(f.session);
    const QString target = f.temp.dir.filePath(QStringLiteral("copy.sqlite"));
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older backup");
    }
    QSignalSpy finished(&window, &app::MainWindow::backupFinished);
    REQUIRE(window.backupDatabase(target));
    if (finished.isEmpty())
        REQUIRE(finished.wait(30000));
    CHECK(finished.takeFirst().at(0).toBool());
    CHECK(window.statusBar()->currentMessage().startsWith(QStringLiteral("Backed up to")));

    auto copy = core::Database::open(target, core::Database::OpenMode::OpenExisting);
    REQUIRE_OK(copy);
    auto customers = core::CustomerRepository(**copy).count();
    REQUIRE_OK(customers);
    CHECK(*customers == 3);
    // Nothing is left beside it.
    CHECK(QDir(f.temp.dir.path())
              .entryList(QDir::Hidden | QDir::Files)
              .filter(QStringLiteral("partial"))
              .isEmpty());
}

TEST_CASE("scopes name the rep, and a rep added later is named after the session's next change", "[app]")
{
    test::WorkspaceFixture f;
    CHECK(f.session.repName(QStringLiteral("r1")) == QStringLiteral("Rita Reyes"));
    CHECK(app::MetricFormat::scope(core::Scope::rep(QStringLiteral("r1")), f.session) ==
          QStringLiteral("Rep Rita Reyes"));
    CHECK(app::MetricFormat::scope(core::Scope::all(), f.session) == QStringLiteral("Whole team"));
    // Unknown ids are shown as they are.
    CHECK(f.session.repName(QStringLiteral("r9")) == QStringLiteral("r9"));
    REQUIRE_OK(core::RepRepository(f.session.database())
                   .insert({QStringLiteral("r9"), QStringLiteral("Zoe Zhang"), core::RepRole::Rep}));
    emit f.session.changed();
    CHECK(f.session.repName(QStringLiteral("r9")) == QStringLiteral("Zoe Zhang"));
}

TEST_CASE("a purchase from a churned customer offers to mark them returned, as an undo step of its own",
          "[app][issue20]")
{
    test::WorkspaceFixture f;
    auto found = core::CustomerRepository(f.session.database()).find(f.grace);
    REQUIRE_OK(found);
    core::Customer churned = **found;
    churned.churnedAt = test::utc("2026-02-01T00:00:00Z");
    REQUIRE_OK(core::CustomerRepository(f.session.database()).update(churned));
    emit f.session.changed();
    app::MainWindow window(f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);

    app::LogInteractionDialog dialog(f.session, &window);
    auto* returned = test::child<QCheckBox>(dialog, "returnedCheckBox");
    dialog.show();
    dialog.setCustomer(f.grace);
    auto* kind = test::child<QComboBox>(dialog, "kindComboBox");
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::InteractionKind::Call)));
    CHECK(returned->isHidden()); // a call says nothing about coming back
    kind->setCurrentIndex(kind->findData(static_cast<int>(core::InteractionKind::Purchase)));
    CHECK_FALSE(returned->isHidden());
    CHECK(returned->isChecked());
    CHECK(returned->text().contains(QStringLiteral("mark them as")));
    QTest::keyClicks(test::child<QLineEdit>(dialog, "amountLineEdit"), QStringLiteral("19.99"));
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);

    auto after = core::CustomerRepository(f.session.database()).find(f.grace);
    REQUIRE_OK(after);
    CHECK_FALSE((*after)->isChurned());
    REQUIRE(f.session.undoStack().count() == 2);
    CHECK(f.session.undoStack().text(1).startsWith(QStringLiteral("Mark ")));
    // Back as of the purchase; the churn and its reason stay in the past (schema 10).
    auto logged = core::InteractionRepository(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(logged);
    REQUIRE(logged->size() == 1);
    CHECK((*after)->churnedAt == test::utc("2026-02-01T00:00:00Z"));
    CHECK((*after)->returnedAt == logged->front().occurredAt);
    {
        app::CustomersView view(f.session);
        view.showCustomer(f.grace);
        REQUIRE(QTest::qWaitFor([&] { return view.currentCustomerId() == f.grace; }, 5000));
        CHECK(test::child<QLabel>(view, "customerDetailsLabel")
                  ->text()
                  .contains(QStringLiteral("after leaving on")));
    }

    // The first undo brings the churn back and keeps the purchase.
    f.session.undoStack().undo();
    auto undone = core::CustomerRepository(f.session.database()).find(f.grace);
    REQUIRE_OK(undone);
    CHECK((*undone)->churnedAt == test::utc("2026-02-01T00:00:00Z"));
    CHECK_FALSE((*undone)->returnedAt.isValid());
    auto purchases = core::InteractionRepository(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(purchases);
    CHECK(purchases->size() == 1);
    // Redo marks the same return again.
    f.session.undoStack().redo();
    CHECK((*core::CustomerRepository(f.session.database()).find(f.grace))->returnedAt ==
          logged->front().occurredAt);
}
