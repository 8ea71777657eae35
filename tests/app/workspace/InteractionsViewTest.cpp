#include "workspace/InteractionsView.h"

#include "app/WorkspaceFixture.h"
#include "shell/MainWindow.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionListStore.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "workspace/CustomersView.h"
#include "workspace/DeleteCustomerCommand.h"
#include "workspace/InteractionTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace rapport;

namespace {

qint64 log(test::WorkspaceFixture& f, qint64 customer, const char* rep, core::InteractionKind kind,
           const char* when)
{
    core::Interaction i;
    i.customerId = customer;
    i.repId = QString::fromLatin1(rep);
    i.kind = kind;
    i.occurredAt = test::utc(when);
    if (kind == core::InteractionKind::Purchase)
        i.amountCents = 5000;
    REQUIRE_OK(core::InteractionRepository(f.session.database()).insert(i));
    return i.id;
}

std::vector<qint64> listedIds(const app::InteractionTableModel& model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.rowAt(row)->id);
    return ids;
}

// Four interactions of the fixture's customers, two reps:
//   call      Ada    r1  2026-03-01 09:00
//   purchase  Alan   r2  2026-03-03 09:00
//   complaint Grace  r1  2026-03-05 09:00
//   call      Alan   r1  2026-03-08 09:00
struct Logged
{
    explicit Logged(test::WorkspaceFixture& f)
    {
        REQUIRE_OK(core::RepRepository(f.session.database())
                       .insert({QStringLiteral("r2"), QStringLiteral("Sam Stone"), core::RepRole::Rep}));
        adaCall = log(f, f.ada, "r1", core::InteractionKind::Call, "2026-03-01T09:00:00Z");
        alanPurchase = log(f, f.alan, "r2", core::InteractionKind::Purchase, "2026-03-03T09:00:00Z");
        graceComplaint = log(f, f.grace, "r1", core::InteractionKind::Complaint, "2026-03-05T09:00:00Z");
        alanCall = log(f, f.alan, "r1", core::InteractionKind::Call, "2026-03-08T09:00:00Z");
        emit f.session.changed();
    }
    qint64 adaCall, alanPurchase, graceComplaint, alanCall;
};

} // namespace

TEST_CASE("the interactions page lists every interaction newest first and each filter narrows it", "[app]")
{
    test::WorkspaceFixture f;
    Logged l(f);
    app::InteractionsView view(f.session);
    view.show();
    app::InteractionTableModel& model = view.model();
    f.waitForLists();
    CHECK(listedIds(model) == std::vector<qint64>{l.alanCall, l.graceComplaint, l.alanPurchase, l.adaCall});
    CHECK(model.atEnd());
    CHECK(test::child<QLabel>(view, "summaryLabel")->text().contains(QLatin1String("4")));

    auto* kind = test::child<QComboBox>(view, "kindComboBox");
    kind->setCurrentIndex(kind->findData(QStringLiteral("call")));
    f.waitForLists();
    CHECK(listedIds(model) == std::vector<qint64>{l.alanCall, l.adaCall});

    auto* rep = test::child<QComboBox>(view, "repComboBox");
    rep->setCurrentIndex(rep->findData(QStringLiteral("r1")));
    f.waitForLists();
    CHECK(listedIds(model) == std::vector<qint64>{l.alanCall, l.adaCall});
    kind->setCurrentIndex(0);
    f.waitForLists();
    CHECK(listedIds(model) == std::vector<qint64>{l.alanCall, l.graceComplaint, l.adaCall});
    rep->setCurrentIndex(0);

    // The search runs once typing pauses.
    auto* search = test::child<QLineEdit>(view, "searchLineEdit");
    QTest::keyClicks(search, QStringLiteral("bletchley")); // Alan's company
    REQUIRE(QTest::qWaitFor(
        [&] {
            return listedIds(model) == std::vector<qint64>{l.alanCall, l.alanPurchase};
        },
        5000));
    search->clear();
    REQUIRE(QTest::qWaitFor([&] { return model.rowCount() == 4; }, 5000));

    // From the purchase's day through the complaint's day (local days), both included.
    test::child<QDateEdit>(view, "fromDateEdit")
        ->setDate(test::utc("2026-03-03T09:00:00Z").toLocalTime().date());
    test::child<QDateEdit>(view, "toDateEdit")
        ->setDate(test::utc("2026-03-05T09:00:00Z").toLocalTime().date());
    f.waitForLists();
    CHECK(listedIds(model) == std::vector<qint64>{l.graceComplaint, l.alanPurchase});
    CHECK(model.filter().from.isValid());
}

TEST_CASE("the interaction list follows writes made through the undo stack", "[app]")
{
    test::WorkspaceFixture f;
    Logged l(f);
    app::InteractionsView view(f.session);
    f.waitForLists();
    REQUIRE(view.model().rowCount() == 4);
    f.session.undoStack().push(new app::DeleteCustomerCommand(
        f.session, f.alan, (*core::CustomerRepository(f.session.database()).find(f.alan))->version,
        QStringLiteral("Alan Turing")));
    f.waitForLists();
    CHECK(listedIds(view.model()) == std::vector<qint64>{l.graceComplaint, l.adaCall});
    f.session.undoStack().undo();
    f.waitForLists();
    CHECK(listedIds(view.model()) ==
          std::vector<qint64>{l.alanCall, l.graceComplaint, l.alanPurchase, l.adaCall});
}

TEST_CASE("the interaction model reads pages as the view scrolls and passes the model tester", "[app]")
{
    test::WorkspaceFixture f;
    // 450 calls, one a minute, so that no two share an instant.
    QDateTime when = test::utc("2026-01-01T00:00:00Z");
    for (int n = 0; n < 450; ++n) {
        core::Interaction i;
        i.customerId = n % 2 == 0 ? f.ada : f.grace;
        i.kind = core::InteractionKind::Call;
        i.occurredAt = when.addSecs(60 * n);
        REQUIRE_OK(core::InteractionRepository(f.session.database()).insert(i));
    }
    app::InteractionTableModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    f.waitForLists();
    REQUIRE(model.rowCount() == app::InteractionTableModel::kPageSize);
    CHECK(model.rowAt(0)->occurredAt == when.addSecs(60 * 449));
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    model.fetchMore({}); // a page is on its way: ignored
    f.waitForLists();
    CHECK(model.rowCount() == 2 * app::InteractionTableModel::kPageSize);
    model.fetchMore({});
    f.waitForLists();
    CHECK(model.rowCount() == 450);
    CHECK(model.atEnd());
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.rowAt(449)->occurredAt == when);
    // Every row once, strictly older than the one before.
    for (int row = 1; row < model.rowCount(); ++row)
        CHECK(model.rowAt(row)->occurredAt < model.rowAt(row - 1)->occurredAt);

    core::InteractionListStore::Filter grace;
    grace.search = QStringLiteral("hopper");
    model.setFilter(grace);
    f.waitForLists();
    CHECK(model.rowCount() == 200);
    model.fetchMore({});
    f.waitForLists();
    CHECK(model.rowCount() == 225);
    CHECK(model.index(0, app::InteractionTableModel::CustomerColumn).data().toString() ==
          QStringLiteral("Grace Hopper"));
}

TEST_CASE("opening an interaction's customer shows them on the customers page", "[app]")
{
    test::WorkspaceFixture f;
    Logged l(f);
    app::MainWindow window(f.session);
    window.show();
    window.showPage(app::MainWindow::InteractionsPage);
    f.waitForLists();
    auto* table = test::child<QTableView>(window.interactionsView(), "interactionsTableView");
    table->selectRow(1); // Grace's complaint
    QTest::mouseClick(test::child<QPushButton>(window.interactionsView(), "openCustomerButton"),
                      Qt::LeftButton);
    CHECK(window.currentPage() == app::MainWindow::CustomersPage);
    REQUIRE(QTest::qWaitFor([&] { return window.customersView().currentCustomerId() == f.grace; }, 5000));
}
