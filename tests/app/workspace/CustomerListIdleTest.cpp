// The customer list reads pages only when asked (the view scrolled to its end, or a customer
// looked for): once it has what it shows, the list runner goes idle and stays so. A view that
// re-requested forever would keep the runner busy for as long as it is shown.
#include "app/WorkspaceFixture.h"
#include "widgets/ListQueryRunner.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"

#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace rapport;
using app::CustomerTableModel;

namespace {

struct BigList : test::WorkspaceFixture
{
    BigList()
    {
        for (int i = 0; i < 997; ++i) // 1,000 customers with the fixture's three: five pages
            addCustomer(QStringLiteral("Customer %1").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("Co %1").arg(i % 7), QStringLiteral("c%1@example.com").arg(i));
    }
};

// How many requests the list runner finished while the event loop ran for `ms` (each one
// ends with idle(), as nothing else is asked meanwhile).
int requestsDuring(app::ListQueryRunner& runner, int ms)
{
    QSignalSpy finished(&runner, &app::ListQueryRunner::idle);
    QTest::qWait(ms);
    return static_cast<int>(finished.count()) + (runner.pending() > 0 ? 1 : 0);
}

} // namespace

TEST_CASE("the customer list goes idle once the shown view has its first page", "[app][lists]")
{
    BigList f;
    app::ListQueryRunner& runner = app::ListQueryRunner::forSession(f.session);
    const bool shown = GENERATE(true, false);
    INFO((shown ? "shown" : "hidden"));
    app::CustomersView view(f.session);
    view.resize(1200, 800);
    if (shown) {
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
    REQUIRE(QTest::qWaitFor([&] { return !view.model().isLoading(); }, 10000));
    CHECK(view.model().totalCount() == 1000);
    CHECK(requestsDuring(runner, 500) == 0);
    CHECK(runner.pending() == 0);
    CHECK(view.model().rowCount() == CustomerTableModel::kPageSize);
}

TEST_CASE("scrolling the customer list to its end reads one page more, then rests", "[app][lists]")
{
    BigList f;
    app::ListQueryRunner& runner = app::ListQueryRunner::forSession(f.session);
    app::CustomersView view(f.session);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(QTest::qWaitFor([&] { return !view.model().isLoading(); }, 10000));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTableView"));
    REQUIRE(table);
    table->scrollToBottom();
    REQUIRE(
        QTest::qWaitFor([&] { return view.model().rowCount() == 2 * CustomerTableModel::kPageSize; }, 10000));
    CHECK(requestsDuring(runner, 500) == 0);
    CHECK(view.model().rowCount() == 2 * CustomerTableModel::kPageSize);
}

TEST_CASE("looking for a customer reads pages until it is found, and one that is gone until the end",
          "[app][lists]")
{
    BigList f;
    app::ListQueryRunner& runner = app::ListQueryRunner::forSession(f.session);
    app::CustomersView view(f.session);
    view.resize(1200, 800);
    view.show();
    REQUIRE(QTest::qWaitFor([&] { return !view.model().isLoading(); }, 10000));
    const qint64 last =
        f.addCustomer(QStringLiteral("Zoe Last"), QStringLiteral("Z"), QStringLiteral("z@z.example"));
    emit f.session.changed();
    REQUIRE(QTest::qWaitFor([&] { return !view.model().isLoading() && runner.pending() == 0; }, 10000));
    view.showCustomer(last);
    REQUIRE(QTest::qWaitFor([&] { return view.model().rowOf(last) >= 0; }, 10000));
    CHECK(requestsDuring(runner, 500) == 0);
    CHECK(view.model().rowCount() == 1001);

    view.showCustomer(999999);
    REQUIRE(QTest::qWaitFor([&] { return runner.pending() == 0; }, 10000));
    CHECK(requestsDuring(runner, 500) == 0);
}
