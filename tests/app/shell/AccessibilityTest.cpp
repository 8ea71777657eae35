// Accessibility and keyboard habits of the workspace's views and dialogs (issue 5, item 8):
// every field a keyboard user can reach has a name a screen reader can say, labels carry
// mnemonics, Tab walks a dialog in reading order, multi-line fields hand Tab on, dialogs
// cannot be squeezed below their content, and the colours drawn by hand stay readable on a
// light and a dark palette.
//
// The views are built on a small demo database (DemoGenerator, 300 customers), so lists,
// charts and tables hold real rows while they are audited. The auditor itself is
// AccessibilityAudit.

#include "app/shell/AccessibilityAudit.h"
#include "importwizard/ImportPreviewPage.h"
#include "shell/BookSettingsDialog.h"

using namespace rapport;
using namespace rapport::test::a11y;

TEST_CASE("Every field of the workspace views can be reached by name")
{
    DemoWorkspace f;
    QWidget window;
    window.resize(1280, 860);

    SECTION("customers")
    {
        app::CustomersView view(f.session, &window);
        CHECK(auditView(&view) == QStringList());
    }
    SECTION("interactions")
    {
        app::InteractionsView view(f.session, &window);
        CHECK(auditView(&view) == QStringList());
    }
    SECTION("surveys")
    {
        app::SurveysView view(f.session, &window);
        CHECK(auditView(&view) == QStringList());
    }
    SECTION("follow-ups")
    {
        app::FollowUpsView view(f.session, &window);
        CHECK(auditView(&view) == QStringList());
    }
    SECTION("dashboard")
    {
        app::DashboardView view(f.session, f.clock, &window);
        CHECK(auditView(&view) == QStringList());
    }
    SECTION("goals")
    {
        app::GoalsView view(f.session, f.clock, &window);
        CHECK(auditView(&view) == QStringList());
    }
    SECTION("reflection with its findings")
    {
        app::ReflectionView view(f.session, f.clock, &window);
        CHECK(auditView(&view) == QStringList());
    }
}

TEST_CASE("Every dialog names its fields, tabs in reading order and keeps a usable minimum size")
{
    DemoWorkspace f;

    SECTION("log an interaction")
    {
        app::LogInteractionDialog dialog(f.session);
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("customer")
    {
        app::CustomerDialog dialog(f.session, core::Customer{});
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("goal")
    {
        app::GoalDialog dialog(f.session.database(), f.goal);
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("book settings")
    {
        app::BookSettingsDialog dialog(QStringLiteral("EUR"));
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("goal check-in")
    {
        app::GoalCheckInDialog dialog(f.goal, 12345.0);
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("drill-down")
    {
        app::DrillDownDialog dialog(f.session.database(),
                                    app::DrillDownRequest::forMetric(QStringLiteral("csat"),
                                                                     core::Period::quarter(2026, 2),
                                                                     core::Scope::all()),
                                    14);
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("action plan")
    {
        app::ActionPlanDialog dialog(f.session.database(), f.clock, QStringLiteral("amorgan"),
                                     QStringList{QStringLiteral("follow_up")},
                                     {{QStringLiteral("follow_up"), QStringLiteral("Following up")}});
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("plan details")
    {
        app::PlanDetailDialog dialog(f.session, f.planId);
        CHECK(auditDialog(&dialog) == QStringList());
    }
    SECTION("questionnaire, every page")
    {
        auto questionnaire = core::Questionnaire::crmStyle();
        REQUIRE_OK(questionnaire);
        app::QuestionnaireWizard wizard(f.session, *questionnaire);
        CHECK(auditDialog(&wizard) == QStringList());
        clickNext(wizard);
        CHECK(auditDialog(&wizard) == QStringList());
    }
    SECTION("import wizard, every page")
    {
        const QString path = test::writeFile(f.temp, "customers.csv", kCustomersWithOneBadRow);
        app::ImportWizard wizard(f.session);
        CHECK(auditDialog(&wizard) == QStringList());
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("fileLineEdit")), path);
        for (int page : {app::ImportWizard::MappingPageId, app::ImportWizard::PreviewPageId}) {
            clickNext(wizard);
            REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == page; }, 20000));
            REQUIRE(QTest::qWaitFor([&] { return !wizard.previewPage().isChecking(); }, 20000));
            CHECK(auditDialog(&wizard) == QStringList());
        }
    }
}

TEST_CASE("The dashboard's figures open their records from the keyboard")
{
    DemoWorkspace f;
    app::DashboardView view(f.session, f.clock);
    view.resize(1280, 900);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    REQUIRE(QTest::qWaitFor([&] { return !view.isBusy() && view.figures(); }, 30000));

    // Tab reaches a tile, which says its figure; Enter opens the records behind it.
    auto* tile = view.findChild<app::MetricTile*>(QStringLiteral("csatTile"));
    REQUIRE(tile != nullptr);
    CHECK((tile->focusPolicy() & Qt::TabFocus));
    CHECK(accessibleName(tile).startsWith(QStringLiteral("CSAT: ")));
    tile->setFocus();
    QTest::keyClick(tile, Qt::Key_Return);
    CHECK(view.findChildren<app::DrillDownDialog*>().size() == 1);

    // Enter on a rep of the team table does the same.
    auto* team = view.findChild<QTableView*>(QStringLiteral("teamTableView"));
    REQUIRE(team != nullptr);
    REQUIRE(QTest::qWaitFor([&] { return team->model()->rowCount() > 0; }, 30000));
    view.findChild<QTabWidget*>(QStringLiteral("dashboardTabWidget"))->setCurrentWidget(team);
    team->setFocus();
    team->setCurrentIndex(team->model()->index(0, 0));
    QTest::keyClick(team->viewport(), Qt::Key_Return);
    CHECK(view.findChildren<app::DrillDownDialog*>().size() == 2);
}

TEST_CASE("Finding severities recolour when the desktop turns dark")
{
    DemoWorkspace f;
    PaletteScope scope(lightPalette());
    app::FindingsPanel panel(f.session);
    panel.resize(900, 600);
    panel.show();
    if (panel.isRunning()) {
        QSignalSpy finished(&panel, &app::FindingsPanel::runFinished);
        REQUIRE(finished.wait(120000));
    }
    // The whole team over 2025: the demo's lagging rep gives findings there.
    auto* scopeBox = panel.findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    scopeBox->setCurrentIndex(scopeBox->findData(QStringLiteral("all")));
    auto* periodBox = panel.findChild<QComboBox*>(QStringLiteral("periodComboBox"));
    periodBox->setCurrentIndex(periodBox->findData(QStringLiteral("2025")));
    QSignalSpy finished(&panel, &app::FindingsPanel::runFinished);
    panel.run();
    REQUIRE(finished.wait(120000));
    QTreeWidgetItem* first = panel.findingsTree()->topLevelItem(0);
    REQUIRE(first != nullptr);

    auto readable = [&](const QPalette& palette) {
        const QColor background = first->background(0).color();
        const QColor text = first->foreground(0).color();
        INFO("background " << background.name().toStdString() << " text " << text.name().toStdString());
        CHECK(text == palette.color(QPalette::Text));
        CHECK(contrast(background, text) >= 4.5);
        return background;
    };
    const QColor light = readable(lightPalette());
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    const QColor dark = readable(darkPalette());
    CHECK(dark != light);
}

TEST_CASE("The auditor finds a field without a name and a label without a mnemonic")
{
    // The audit itself must be able to fail: an unnamed field, a field named by its buddy.
    QWidget form;
    auto* named = new QLineEdit(&form);
    auto* label = new QLabel(QStringLiteral("Name:"), &form);
    label->setBuddy(named);
    auto* unnamed = new QLineEdit(&form);
    unnamed->setObjectName(QStringLiteral("loneLineEdit"));
    const QStringList problems = unnamedWidgets(&form) + labelsWithoutMnemonic(&form);
    REQUIRE(problems.size() == 2);
    CHECK(problems.at(0).contains(QStringLiteral("loneLineEdit")));
    CHECK(problems.at(1).contains(QStringLiteral("no mnemonic")));
    CHECK(accessibleName(named) == QStringLiteral("Name:"));
}

TEST_CASE("Colours drawn by hand stay readable on light and dark palettes")
{
    for (const QPalette& palette : {lightPalette(), darkPalette()}) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        INFO((dark ? "dark palette" : "light palette"));
        PaletteScope scope(palette);

        for (core::FindingSeverity s :
             {core::FindingSeverity::Info, core::FindingSeverity::Warning, core::FindingSeverity::Critical}) {
            const auto [background, foreground] = app::FindingsPanel::severityColours(s, palette);
            INFO("severity " << static_cast<int>(s));
            CHECK(contrast(over(background, palette.color(QPalette::Base)), foreground) >= 4.5);
        }

        // Invalid rows of the import preview: text on the translucent red, over Base.
        for (bool badCell : {false, true}) {
            const QColor red = app::ImportPreviewModel::invalidBackground(badCell);
            INFO("bad cell " << badCell);
            CHECK(contrast(over(red, palette.color(QPalette::Base)), palette.color(QPalette::Text)) >= 4.5);
        }

        // Charts take the palette's background and a theme whose series colours suit it.
        app::TrendChart chart(QStringLiteral("Satisfaction"), QStringLiteral("%"));
        CHECK(chart.chart()->theme() == (dark ? QChart::ChartThemeDark : QChart::ChartThemeLight));
        CHECK(chart.chart()->backgroundBrush().color() == palette.color(QPalette::Base));
    }
}

TEST_CASE("A chart on show follows the desktop from light to dark")
{
    PaletteScope scope(lightPalette());
    app::TrendChart chart(QStringLiteral("Satisfaction"), QStringLiteral("%"));
    chart.show();
    REQUIRE(chart.chart()->theme() == QChart::ChartThemeLight);
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    CHECK(chart.chart()->theme() == QChart::ChartThemeDark);
    CHECK(chart.chart()->backgroundBrush().color() == darkPalette().color(QPalette::Base));
}

// Not a check: pictures of every audited screen on Fusion's light palette and on a dark one,
// for a person to look at. Run by hand:
//   RAPPORT_PICTURES=/tmp/pics rapport_app_tests "[.pictures]"
TEST_CASE("Pictures of the audited screens on light and dark palettes", "[.pictures]")
{
    const QString dir = qEnvironmentVariable("RAPPORT_PICTURES");
    REQUIRE_FALSE(dir.isEmpty());
    REQUIRE(QDir().mkpath(dir));
    QApplication::setStyle(QStringLiteral("Fusion"));
    DemoWorkspace f;
    auto save = [&](QWidget& w, const QString& name, const QString& theme) {
        QApplication::processEvents();
        REQUIRE(w.grab().save(QStringLiteral("%1/%2-%3.png").arg(dir, name, theme)));
    };
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        PaletteScope scope(theme == QLatin1String("dark") ? darkPalette() : lightPalette());
        {
            app::DashboardView view(f.session, f.clock);
            view.resize(1280, 900);
            view.show();
            REQUIRE(QTest::qWaitFor([&] { return !view.isBusy() && view.figures(); }, 30000));
            save(view, QStringLiteral("dashboard"), theme);
        }
        {
            app::GoalsView view(f.session, f.clock);
            view.resize(1000, 600);
            view.show();
            save(view, QStringLiteral("goals"), theme);
        }
        {
            app::ReflectionView view(f.session, f.clock);
            view.resize(1280, 800);
            view.show();
            app::FindingsPanel* panel = view.findingsPanel();
            if (panel->isRunning()) {
                QSignalSpy finished(panel, &app::FindingsPanel::runFinished);
                REQUIRE(finished.wait(120000));
            }
            // The whole team over a year: enough data for findings of every severity.
            auto* scopeBox = panel->findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
            scopeBox->setCurrentIndex(scopeBox->findData(QStringLiteral("all")));
            auto* periodBox = panel->findChild<QComboBox*>(QStringLiteral("periodComboBox"));
            periodBox->setCurrentIndex(periodBox->findData(QStringLiteral("2025")));
            QSignalSpy finished(panel, &app::FindingsPanel::runFinished);
            panel->run();
            REQUIRE(finished.wait(120000));
            if (panel->findingsTree()->topLevelItemCount() > 1)
                panel->selectFinding(1);
            save(view, QStringLiteral("reflection"), theme);
        }
        {
            app::SurveysView view(f.session);
            view.resize(1000, 640);
            view.show();
            QSignalSpy shown(&view, &app::SurveysView::responsesShown);
            REQUIRE(shown.wait(10000));
            save(view, QStringLiteral("surveys"), theme);
        }
        {
            app::FollowUpsView view(f.session);
            view.resize(1000, 500);
            view.show();
            QTest::qWait(500);
            save(view, QStringLiteral("follow-ups"), theme);
        }
        {
            app::LogInteractionDialog dialog(f.session);
            dialog.show();
            save(dialog, QStringLiteral("log-interaction"), theme);
        }
        {
            app::CustomerDialog dialog(f.session, core::Customer{});
            dialog.show();
            save(dialog, QStringLiteral("customer"), theme);
        }
        {
            app::GoalDialog dialog(f.session.database(), f.goal);
            dialog.show();
            save(dialog, QStringLiteral("goal"), theme);
        }
        {
            app::GoalCheckInDialog dialog(f.goal, 12345.0);
            dialog.show();
            save(dialog, QStringLiteral("goal-check-in"), theme);
        }
        {
            app::ActionPlanDialog dialog(f.session.database(), f.clock, QStringLiteral("amorgan"),
                                         QStringList{QStringLiteral("follow_up")},
                                         {{QStringLiteral("follow_up"), QStringLiteral("Following up")}});
            dialog.show();
            save(dialog, QStringLiteral("action-plan"), theme);
        }
        {
            app::PlanDetailDialog dialog(f.session, f.planId);
            dialog.show();
            save(dialog, QStringLiteral("plan-details"), theme);
        }
        {
            app::DrillDownDialog dialog(f.session.database(),
                                        app::DrillDownRequest::forMetric(QStringLiteral("csat"),
                                                                         core::Period::quarter(2026, 2),
                                                                         core::Scope::all()),
                                        14);
            dialog.show();
            save(dialog, QStringLiteral("drill-down"), theme);
        }
        {
            auto questionnaire = core::Questionnaire::crmStyle();
            REQUIRE_OK(questionnaire);
            app::QuestionnaireWizard wizard(f.session, *questionnaire);
            wizard.show();
            clickNext(wizard);
            save(wizard, QStringLiteral("questionnaire"), theme);
        }
        {
            const QString path = test::writeFile(f.temp, "customers.csv", kCustomersWithOneBadRow);
            app::ImportWizard wizard(f.session);
            wizard.show();
            QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("fileLineEdit")), path);
            clickNext(wizard);
            REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == app::ImportWizard::MappingPageId; },
                                    20000));
            save(wizard, QStringLiteral("import-mapping"), theme);
            clickNext(wizard);
            REQUIRE(QTest::qWaitFor([&] { return wizard.currentId() == app::ImportWizard::PreviewPageId; },
                                    20000));
            REQUIRE(QTest::qWaitFor([&] { return !wizard.previewPage().isChecking(); }, 20000));
            QTest::qWait(300);
            // A valid row selected, so the invalid one shows its tint.
            wizard.currentPage()->findChild<QTableView*>()->selectRow(0);
            save(wizard, QStringLiteral("import-preview"), theme);
        }
    }
}
