#include "app/dashboard/DashboardFixture.h"
#include "dashboard/ChurnTab.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/ProductsTab.h"
#include "dashboard/TrendChart.h"
#include "services/InteractionService.h"
#include "services/ProductService.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

// The dashboard's Products and Churn tabs (issue 19) on the fixture's August 2026.
using namespace rapport;

namespace {

const core::Period kAugust = core::Period::month(2026, 8);

qint64 addProduct(core::Database& db, const char* id, const char* name, bool active = true)
{
    core::Product p;
    p.externalId = QString::fromLatin1(id);
    p.name = QString::fromLatin1(name);
    p.active = active;
    auto added = core::ProductService(db).add(p);
    REQUIRE_OK(added);
    return added->id;
}

void log(core::Database& db, qint64 customer, core::InteractionKind kind, const char* at, qint64 product,
         std::optional<qint64> cents = std::nullopt)
{
    core::Interaction i;
    i.customerId = customer;
    i.kind = kind;
    i.occurredAt = test::utc(at);
    i.amountCents = cents;
    i.productId = product;
    std::optional<core::FollowUpTask> none;
    REQUIRE_OK(core::InteractionService(db).log(i, none));
}

int rowOf(const QTableWidget& table, const QString& first)
{
    for (int r = 0; r < table.rowCount(); ++r)
        if (table.item(r, 0) && table.item(r, 0)->text() == first)
            return r;
    return -1;
}

} // namespace

TEST_CASE("the Products tab lists every product with its figures and opens a product's complaints",
          "[app][dashboard][products]")
{
    test::DashboardFixture f;
    core::Database& db = f.session.database();
    const qint64 anvil = addProduct(db, "P1", "Anvil");
    addProduct(db, "P2", "Bolt", false);
    log(db, f.c1, core::InteractionKind::Purchase, "2026-08-20T10:00:00Z", anvil, 4000);
    log(db, f.c3, core::InteractionKind::Purchase, "2026-08-21T10:00:00Z", anvil, 6000);
    log(db, f.c3, core::InteractionKind::Complaint, "2026-08-22T10:00:00Z", anvil);
    log(db, f.c3, core::InteractionKind::Complaint, "2026-07-22T10:00:00Z", anvil); // July: not in the table

    app::DashboardView view(f.session, f.clock);
    view.resize(1280, 800);
    view.show();
    view.setPeriod(kAugust);
    auto* tabs = test::child<QTabWidget>(view, "dashboardTabWidget");
    app::ProductsTab& tab = view.productsTab();
    tabs->setCurrentWidget(&tab);
    REQUIRE(QTest::qWaitFor(
        [&] { return !tab.isBusy() && tab.period() == kAugust && tab.table().rowCount() > 0; }, 20000));
    const QTableWidget& table = tab.table();
    const int a = rowOf(table, QStringLiteral("Anvil"));
    REQUIRE(a >= 0);
    CHECK(table.item(a, app::ProductsTab::Purchases)->text() == QStringLiteral("2"));
    CHECK(table.item(a, app::ProductsTab::Buyers)->text() == QStringLiteral("2"));
    CHECK(table.item(a, app::ProductsTab::Complaints)->text() == QStringLiteral("1"));
    CHECK(table.item(a, app::ProductsTab::Per100)->text() == QStringLiteral("50.0"));
    const int b = rowOf(table, QStringLiteral("Bolt (retired)"));
    REQUIRE(b >= 0);
    CHECK(table.item(b, app::ProductsTab::Purchases)->text() == QStringLiteral("0"));
    CHECK(table.item(b, app::ProductsTab::Per100)->text() == QStringLiteral("–"));
    CHECK(rowOf(table, QStringLiteral("No product named")) >= 0); // the fixture's own rows
    // July's complaint and August's: one line, twelve months ending in August.
    CHECK(tab.chart().lineCount() == 1);

    QSignalSpy opened(&tab, &app::ProductsTab::drillDownRequested);
    emit tab.table().activated(table.model()->index(a, app::ProductsTab::Complaints));
    REQUIRE(opened.size() == 1);
    QList<app::DrillDownDialog*> dialogs;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialogs = view.findChildren<app::DrillDownDialog*>();
            return !dialogs.isEmpty() && dialogs.front()->total() == 1;
        },
        10000));
    CHECK(dialogs.front()->windowTitle().contains(QStringLiteral("Complaints about Anvil")));

    // Another period recomputes the tab (it is in view).
    view.setPeriod(core::Period::month(2026, 7));
    REQUIRE(QTest::qWaitFor([&] { return !tab.isBusy() && tab.period() == core::Period::month(2026, 7); },
                            20000));
    const int july = rowOf(tab.table(), QStringLiteral("Anvil"));
    REQUIRE(july >= 0);
    CHECK(tab.table().item(july, app::ProductsTab::Complaints)->text() == QStringLiteral("1"));
    CHECK(tab.table().item(july, app::ProductsTab::Purchases)->text() == QStringLiteral("0"));
}

TEST_CASE("the Products tab's chart keeps months between periods and follows a complaint logged later",
          "[app][dashboard][products]")
{
    test::DashboardFixture f;
    core::Database& db = f.session.database();
    const qint64 anvil = addProduct(db, "P1", "Anvil");
    // August 2026: two purchases and one complaint, 50 per 100; July 2026: one purchase.
    log(db, f.c1, core::InteractionKind::Purchase, "2026-08-20T10:00:00Z", anvil, 4000);
    log(db, f.c3, core::InteractionKind::Purchase, "2026-08-21T10:00:00Z", anvil, 6000);
    log(db, f.c3, core::InteractionKind::Complaint, "2026-08-22T10:00:00Z", anvil);
    log(db, f.c1, core::InteractionKind::Purchase, "2026-07-10T10:00:00Z", anvil, 1000);

    app::DashboardView view(f.session, f.clock);
    view.resize(1280, 800);
    view.show();
    auto* tabs = test::child<QTabWidget>(view, "dashboardTabWidget");
    app::ProductsTab& tab = view.productsTab();
    tabs->setCurrentWidget(&tab);
    const auto showPeriod = [&](const core::Period& p) {
        view.setPeriod(p);
        REQUIRE(QTest::qWaitFor([&] { return !tab.isBusy() && tab.period() == p; }, 20000));
        REQUIRE(tab.chart().lineCount() == 1);
        return tab.chart().lines().front().values; // twelve months ending with p's last month
    };
    const auto rate = [](const std::vector<std::optional<double>>& values, std::size_t month) {
        REQUIRE(values.size() == 12);
        REQUIRE(values[month]);
        return *values[month];
    };

    auto august = showPeriod(kAugust);
    CHECK(rate(august, 11) == Catch::Detail::Approx(50.0));
    CHECK(rate(august, 10) == Catch::Detail::Approx(0.0)); // July
    CHECK_FALSE(august[9]);                                // June: no purchase, no rate
    // July: eleven of its months were computed for August; the same figures, one month on.
    const auto july = showPeriod(core::Period::month(2026, 7));
    CHECK(rate(july, 11) == Catch::Detail::Approx(0.0));
    CHECK_FALSE(july[10]);
    august = showPeriod(kAugust); // every month kept
    CHECK(rate(august, 11) == Catch::Detail::Approx(50.0));

    // A complaint in July, written as the app writes: the session says the data changed and
    // the tab (on August) recomputes its July, 1 per 1 purchase.
    log(db, f.c1, core::InteractionKind::Complaint, "2026-07-15T10:00:00Z", anvil);
    emit f.session.changed();
    REQUIRE(QTest::qWaitFor(
        [&] {
            const auto& lines = tab.chart().lines();
            return !tab.isBusy() && lines.size() == 1 && lines.front().values.size() == 12 &&
                   lines.front().values[10] && *lines.front().values[10] > 50.0;
        },
        20000));
    CHECK(rate(tab.chart().lines().front().values, 10) == Catch::Detail::Approx(100.0));
    CHECK(rate(tab.chart().lines().front().values, 11) == Catch::Detail::Approx(50.0));
    // July's twelve months were all kept before the change: they are read again, not reused.
    const auto julyAgain = showPeriod(core::Period::month(2026, 7));
    CHECK(rate(julyAgain, 11) == Catch::Detail::Approx(100.0));
    const int a = rowOf(tab.table(), QStringLiteral("Anvil"));
    REQUIRE(a >= 0);
    CHECK(tab.table().item(a, app::ProductsTab::Complaints)->text() == QStringLiteral("1"));
}

TEST_CASE("the Churn tab says who left and why, per rep and per segment", "[app][dashboard][churn]")
{
    test::DashboardFixture f; // Beta (Ann's, retail) churned on 2026-08-15 without a reason
    app::DashboardView view(f.session, f.clock);
    view.resize(1280, 800);
    view.show();
    view.setPeriod(kAugust);
    auto* tabs = test::child<QTabWidget>(view, "dashboardTabWidget");
    app::ChurnTab& tab = view.churnTab();
    tabs->setCurrentWidget(&tab);
    REQUIRE(QTest::qWaitFor(
        [&] { return !tab.isBusy() && tab.period() == kAugust && tab.reasonTable().rowCount() > 0; }, 20000));
    CHECK(tab.summary().text().contains(QStringLiteral("1 customer left")));
    CHECK(tab.summary().text().contains(QStringLiteral("win-back rate 0.0%")));
    REQUIRE(tab.reasonTable().rowCount() == 1);
    CHECK(tab.reasonTable().item(0, 0)->text() == QStringLiteral("unknown"));
    CHECK(tab.reasonTable().item(0, 2)->text() == QStringLiteral("100.0%"));
    REQUIRE(tab.groupTable().rowCount() == 1);
    CHECK(tab.groupTable().item(0, 0)->text() == QStringLiteral("Ann"));
    test::child<QComboBox>(tab, "churnGroupingComboBox")->setCurrentIndex(1);
    CHECK(tab.groupTable().item(0, 0)->text() == QStringLiteral("retail"));
    CHECK(tab.chart().lineCount() == 1);
}
