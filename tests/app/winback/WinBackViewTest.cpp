#include "winback/WinBackView.h"

#include "app/WorkspaceFixture.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "shell/MainWindow.h"
#include "storage/InteractionRepository.h"
#include "winback/OutreachDialog.h"
#include "winback/WinBackTableModel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

// The Win-back page (issue 19): the queue, an outreach logged from it, and a purchase that
// brings a customer back and takes them off it.
using namespace rapport;

namespace {

void churn(app::DatabaseSession& session, qint64 id, const char* at, const char* reason)
{
    core::CustomerService customers(session.database());
    auto found = customers.find(id);
    REQUIRE_OK(found);
    core::Customer after = **found;
    after.churnedAt = test::utc(at);
    after.churnReason = QString::fromLatin1(reason);
    REQUIRE_OK(customers.change(**found, after));
}

void purchase(app::DatabaseSession& session, qint64 id, const char* at, qint64 cents)
{
    core::Interaction i;
    i.customerId = id;
    i.kind = core::InteractionKind::Purchase;
    i.occurredAt = test::utc(at);
    i.amountCents = cents;
    std::optional<core::FollowUpTask> none;
    REQUIRE_OK(core::InteractionService(session.database()).log(i, none));
}

} // namespace

TEST_CASE("the win-back queue lists who left by what they spent, and logs an outreach with its outcome",
          "[app][winback]")
{
    test::WorkspaceFixture f; // now: 2026-03-10
    purchase(f.session, f.ada, "2025-10-01T10:00:00Z", 5000);
    purchase(f.session, f.grace, "2025-11-01T10:00:00Z", 90000);
    churn(f.session, f.ada, "2026-01-15T00:00:00Z", "price");
    churn(f.session, f.grace, "2026-02-01T00:00:00Z", "product_quality");

    app::MainWindow window(f.session);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showPage(app::MainWindow::WinBackPage);
    auto* view = test::child<app::WinBackView>(window, "winBackView");
    QAbstractItemModelTester tester(&view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(QTest::qWaitFor([&] { return !view->isLoading() && view->model().rowCount() == 2; }, 10000));
    CHECK(view->model().entry(0).customerId == f.grace); // 900.00 before leaving
    CHECK(view->model().entry(1).customerId == f.ada);
    CHECK(view->model().data(view->model().index(0, app::WinBackTableModel::Reason)).toString() ==
          QStringLiteral("product quality"));

    view->selectCustomer(f.grace);
    view->setDialogHook([](app::OutreachDialog& dialog) {
        test::child<QComboBox>(dialog, "outreachOutcomeComboBox")->setCurrentIndex(1); // declined
        dialog.accept();
    });
    auto* table = test::child<QTableView>(*view, "winBackTableView");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto logged = core::InteractionRepository(f.session.database()).forCustomer(f.grace);
    REQUIRE_OK(logged);
    REQUIRE(logged->front().category == QStringLiteral("win_back_declined"));
    CHECK(logged->front().kind == core::InteractionKind::Call);
    REQUIRE(QTest::qWaitFor(
        [&] {
            const int row = view->model().findCustomer(f.grace);
            return !view->isLoading() && row >= 0 && view->model().entry(row).lastOutcome.has_value();
        },
        10000));
    CHECK(*view->model().entry(view->model().findCustomer(f.grace)).lastOutcome ==
          core::WinBackOutcome::Declined);

    // A purchase brings Grace back: she leaves the queue; undo puts her back on it.
    purchase(f.session, f.grace, "2026-03-01T10:00:00Z", 1000);
    core::CustomerService customers(f.session.database());
    auto grace = customers.find(f.grace);
    REQUIRE_OK(grace);
    REQUIRE_OK(customers.markReturned(**grace, test::utc("2026-03-01T10:00:00Z")));
    view->refresh();
    REQUIRE(QTest::qWaitFor([&] { return !view->isLoading() && view->model().rowCount() == 1; }, 10000));
    CHECK(view->model().entry(0).customerId == f.ada);
    CHECK(f.session.undoStack().undoText().contains(QStringLiteral("Log")));
}
