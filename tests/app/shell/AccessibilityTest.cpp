// Accessibility and keyboard habits of the workspace's views and dialogs (issue 5, item 8):
// every field a keyboard user can reach has a name a screen reader can say, labels carry
// mnemonics, Tab walks a dialog in reading order, multi-line fields hand Tab on, dialogs
// cannot be squeezed below their content, and the colours drawn by hand stay readable on a
// light and a dark palette.
//
// The views are built on a small demo database (DemoGenerator, 300 customers), so lists,
// charts and tables hold real rows while they are audited.

#include "TestSupport.h"
#include "common/Clock.h"
#include "dashboard/DashboardView.h"
#include "dashboard/DrillDownDialog.h"
#include "dashboard/DrillDownRequest.h"
#include "dashboard/MetricTile.h"
#include "dashboard/TrendChart.h"
#include "demo/DemoGenerator.h"
#include "goals/GoalCheckInDialog.h"
#include "goals/GoalDialog.h"
#include "goals/GoalTableModel.h"
#include "goals/GoalsView.h"
#include "importwizard/ImportPreviewModel.h"
#include "importwizard/ImportWizard.h"
#include "metrics/Period.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/FindingsPanel.h"
#include "reflection/PlanDetailDialog.h"
#include "reflection/Questionnaire.h"
#include "reflection/QuestionnaireWizard.h"
#include "reflection/ReflectionView.h"
#include "shell/Appearance.h"
#include "shell/DatabaseSession.h"
#include "storage/ActionPlanRepository.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/GoalRepository.h"
#include "workspace/CustomerDialog.h"
#include "workspace/CustomersView.h"
#include "workspace/FollowUpsView.h"
#include "workspace/InteractionsView.h"
#include "workspace/LogInteractionDialog.h"
#include "workspace/SurveysView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGraphicsView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextEdit>
#include <QTreeWidget>
#include <QWizard>
#include <cmath>

using namespace rapport;

namespace {

// The demo world the views are audited on; "now" is the last day of the demo history.
struct DemoWorkspace
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-06-30T15:00:00Z")};
    qint64 planId = 0;
    core::KpiGoal goal;

    DemoWorkspace()
    {
        REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::CreateIfMissing));
        core::DemoOptions options;
        options.customers = 300;
        options.until = QDate(2026, 6, 30);
        REQUIRE_OK(core::DemoGenerator(clock).generate(session.database(), options));
        session.setClock(clock);
        session.setCurrentRep(QStringLiteral("amorgan"));

        core::ActionPlan plan;
        plan.title = QStringLiteral("Follow up every purchase");
        plan.action = QStringLiteral("Call each buyer back within two days");
        plan.ownerRep = QStringLiteral("amorgan");
        plan.metric = QStringLiteral("follow_up_rate");
        plan.scope = core::Scope::rep(QStringLiteral("amorgan"));
        plan.target = 80.0;
        plan.baseline = 55.0;
        plan.startAt = test::utc("2026-06-01T00:00:00Z");
        plan.deadlineAt = test::utc("2026-09-01T00:00:00Z");
        plan.dimension = QStringLiteral("follow_up");
        plan.createdAt = test::utc("2026-05-31T00:00:00Z");
        REQUIRE_OK(core::ActionPlanRepository(session.database()).insert(plan));
        planId = plan.id;

        goal.name = QStringLiteral("Revenue in Q3");
        goal.metric = QStringLiteral("revenue");
        goal.periodStart = test::utc("2026-07-01T00:00:00Z");
        goal.periodEnd = test::utc("2026-10-01T00:00:00Z");
        goal.target = 50000.0;
        goal.createdAt = test::utc("2026-06-15T00:00:00Z");
        REQUIRE_OK(core::GoalRepository(session.database()).insert(goal));

        for (const char* due : {"2026-06-25T09:00:00Z", "2026-06-30T09:00:00Z"}) {
            core::FollowUpTask task;
            task.customerId = 1;
            task.repId = QStringLiteral("amorgan");
            task.dueAt = test::utc(due);
            task.note = QStringLiteral("Ask how the delivery went");
            REQUIRE_OK(core::FollowUpTaskRepository(session.database()).insert(task));
        }
        emit session.changed();
    }
};

QString describe(const QWidget* w)
{
    QStringList path;
    for (const QObject* o = w; o; o = o->parent()) {
        if (!o->objectName().isEmpty() || o == w)
            path.prepend(
                QStringLiteral("%1 '%2'").arg(QLatin1String(o->metaObject()->className()), o->objectName()));
        if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
            break;
    }
    return path.join(QStringLiteral(" > "));
}

// Widgets that are parts of another control (the line edit inside a spin box, a combo box's
// popup, a date edit's calendar): the control they belong to speaks for them.
bool isPartOfAControl(const QWidget* w)
{
    for (const QObject* o = w->parent(); o; o = o->parent()) {
        if (qobject_cast<const QAbstractSpinBox*>(o) || qobject_cast<const QComboBox*>(o) ||
            qobject_cast<const QAbstractItemView*>(o) || qobject_cast<const QTextEdit*>(o) ||
            qobject_cast<const QPlainTextEdit*>(o) || qobject_cast<const QGraphicsView*>(o) ||
            qobject_cast<const QTabBar*>(o))
            return true;
        if (o->isWidgetType() && static_cast<const QWidget*>(o)->isWindow())
            break;
    }
    return false;
}

// The widgets of `root`'s window that a keyboard user can reach with Tab, parts excluded.
QList<QWidget*> tabbableWidgets(QWidget* root)
{
    QList<QWidget*> found;
    QList<QWidget*> all = root->findChildren<QWidget*>();
    all.prepend(root);
    for (QWidget* w : all) {
        if (w->isWindow() && w != root)
            continue;
        if (w->window() != root->window())
            continue; // inside a popup or another window
        if (!(w->focusPolicy() & Qt::TabFocus) || isPartOfAControl(w))
            continue;
        if (qobject_cast<QScrollBar*>(w) || qobject_cast<QHeaderView*>(w))
            continue;
        if (qobject_cast<QLabel*>(w))
            continue; // selectable text, named by its own text
        found << w;
    }
    return found;
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every reachable widget has a name a screen reader can say (its own, its text, or the text
// of the label whose buddy it is); a button without text also has a tooltip.
QStringList unnamedWidgets(QWidget* root)
{
    QStringList problems;
    for (QWidget* w : tabbableWidgets(root)) {
        if (accessibleName(w).isEmpty())
            problems << QStringLiteral("no accessible name: ") + describe(w);
        if (const auto* button = qobject_cast<QAbstractButton*>(w);
            button && button->text().isEmpty() && button->toolTip().isEmpty())
            problems << QStringLiteral("button without text or tooltip: ") + describe(w);
    }
    return problems;
}

// A field caption ("Name:") introducing a field the user can type in or choose from says
// which Alt+letter reaches it. (Read-only values, and generated rows such as the import's
// column mapping, are named by their buddy without a mnemonic.)
QStringList labelsWithoutMnemonic(QWidget* root)
{
    QStringList problems;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        QWidget* buddy = label->buddy();
        if (!buddy || qobject_cast<QLabel*>(buddy) || buddy->focusPolicy() == Qt::NoFocus)
            continue;
        if (!label->text().trimmed().endsWith(QLatin1Char(':')))
            continue;
        if (QKeySequence::mnemonic(label->text()).isEmpty())
            problems
                << QStringLiteral("label '%1' for %2 has no mnemonic").arg(label->text(), describe(buddy));
    }
    return problems;
}

// Two mnemonics with the same letter in one dialog make Alt+letter cycle instead of jump.
QStringList clashingMnemonics(QWidget* root, const QStringList& extraMnemonics = {})
{
    QMap<QKeySequence, QStringList> owners;
    auto note = [&](const QString& text, const QWidget* w) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            owners[key] << QStringLiteral("'%1' (%2)").arg(text, describe(w));
    };
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->buddy() && label->isVisibleTo(root))
            note(label->text(), label);
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (button->isVisibleTo(root) && button->window() == root->window())
            note(button->text(), button);
    for (QGroupBox* box : root->findChildren<QGroupBox*>())
        if (box->isVisibleTo(root))
            note(box->title(), box);
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        if (bar->isVisibleTo(root))
            for (int i = 0; i < bar->count(); ++i)
                note(bar->tabText(i), bar);
    for (const QString& title : extraMnemonics)
        note(title, root);
    QStringList problems;
    for (auto it = owners.cbegin(); it != owners.cend(); ++it)
        if (it.value().size() > 1)
            problems << QStringLiteral("%1 is used by %2")
                            .arg(it.key().toString(), it.value().join(QStringLiteral(", ")));
    return problems;
}

// Tab must leave a multi-line field, or a keyboard user is stuck typing tab characters.
QStringList tabTrappingEditors(QWidget* root)
{
    QStringList problems;
    for (QPlainTextEdit* e : root->findChildren<QPlainTextEdit*>())
        if (!e->isReadOnly() && !e->tabChangesFocus())
            problems << QStringLiteral("Tab types a tab character in ") + describe(e);
    for (QTextEdit* e : root->findChildren<QTextEdit*>())
        if (!e->isReadOnly() && !e->tabChangesFocus())
            problems << QStringLiteral("Tab types a tab character in ") + describe(e);
    return problems;
}

// Tab walks a dialog's visible, enabled fields in reading order: from the first field, each
// next one is further down, or on the same line further right (or in a column further right).
// Only one jump back up is allowed: from the bottom buttons to the top.
QStringList tabOrderProblems(QWidget* dialog)
{
    QList<QWidget*> fields;
    for (QWidget* w : tabbableWidgets(dialog))
        if (w->isVisible() && w->isEnabled() && w != dialog)
            fields << w;
    if (fields.size() < 2)
        return {};
    auto pos = [dialog](const QWidget* w) { return w->mapTo(dialog, QPoint(0, 0)); };
    // Start at the field nearest the top left corner.
    QWidget* first =
        *std::min_element(fields.cbegin(), fields.cend(), [&](const QWidget* a, const QWidget* b) {
            const QPoint pa = pos(a), pb = pos(b);
            return std::pair(pa.y(), pa.x()) < std::pair(pb.y(), pb.x());
        });
    QStringList problems;
    QList<QWidget*> visited{first};
    int backJumps = 0;
    QWidget* w = first;
    for (int steps = 0; steps < 4 * fields.size(); ++steps) {
        QWidget* next = w->nextInFocusChain();
        while (next != first && !fields.contains(next))
            next = next->nextInFocusChain();
        if (next == first)
            break;
        const QPoint a = pos(w), b = pos(next);
        const int line = std::max(8, w->height() / 2);
        const bool forward = b.y() > a.y() - line / 2 || b.x() > a.x() + w->width() / 2;
        if (!forward && ++backJumps > 1)
            problems << QStringLiteral("Tab goes back up from %1 to %2").arg(describe(w), describe(next));
        if (visited.contains(next))
            break;
        visited << next;
        w = next;
    }
    for (QWidget* f : fields)
        if (!visited.contains(f))
            problems << QStringLiteral("Tab never reaches ") + describe(f);
    return problems;
}

// A dialog cannot be made smaller than what its layout needs, and what it needs is a usable size.
QStringList minimumSizeProblems(QWidget* dialog)
{
    QStringList problems;
    const QSize hint = dialog->minimumSizeHint();
    dialog->resize(10, 10);
    QApplication::processEvents();
    if (dialog->width() < hint.width() || dialog->height() < hint.height())
        problems << QStringLiteral("%1 shrinks to %2x%3, below the %4x%5 its layout needs")
                        .arg(describe(dialog))
                        .arg(dialog->width())
                        .arg(dialog->height())
                        .arg(hint.width())
                        .arg(hint.height());
    if (dialog->width() < 300 || dialog->height() < 120)
        problems << QStringLiteral("%1 can be squeezed to %2x%3")
                        .arg(describe(dialog))
                        .arg(dialog->width())
                        .arg(dialog->height());
    // At that size nothing inside is cut: every visible widget (outside scrolled content) gets
    // at least the room its own minimum asks for. (A QWizard does not pass its pages' minimum
    // on to the window: this is where that shows.)
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->isWindow() || w->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        bool scrolled = false; // scrolled content, or a header or scroll bar of a scroll area
        for (QObject* o = w->parent(); o && o != dialog; o = o->parent())
            if (qobject_cast<QAbstractScrollArea*>(o))
                scrolled = true;
        if (scrolled)
            continue;
        const QSize need = w->minimumSizeHint();
        if (need.isValid() && w->width() + 1 < need.width())
            problems << QStringLiteral("%1 is %2 wide at the dialog's minimum size, below the %3 it needs")
                            .arg(describe(w))
                            .arg(w->width())
                            .arg(need.width());
    }
    return problems;
}

// The main window's menu titles (ui/MainWindow.ui): a page inside the window shares their
// Alt+letter keys, so its own mnemonics must stay clear of them.
QStringList menuBarTitles()
{
    QFile ui(QStringLiteral(RAPPORT_TEST_DATA_DIR "/../../ui/MainWindow.ui"));
    REQUIRE(ui.open(QIODevice::ReadOnly));
    const QString xml = QString::fromUtf8(ui.readAll());
    static const QRegularExpression menuTitle(
        QStringLiteral(R"(<widget class="QMenu"[^>]*>\s*<property name="title"><string>([^<]*)</string>)"));
    QStringList titles;
    for (auto it = menuTitle.globalMatch(xml); it.hasNext();)
        titles << it.next().captured(1).replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    REQUIRE(titles.size() >= 4);
    return titles;
}

QStringList basicAudit(QWidget* root)
{
    return unnamedWidgets(root) + labelsWithoutMnemonic(root) + tabTrappingEditors(root);
}

// A page lives in the main window beside the sidebar: at the window's minimum width (900 px)
// the page gets 708 px once the sidebar and the margins are taken; keep a little slack.
constexpr int kPageWidthAtWindowMinimum = 700;

QStringList auditView(QWidget* view)
{
    QStringList problems = basicAudit(view) + clashingMnemonics(view, menuBarTitles());
    if (const int need = view->minimumSizeHint().width(); need > kPageWidthAtWindowMinimum)
        problems << QStringLiteral("%1 needs %2 px of width, more than the %3 the main window leaves it")
                        .arg(describe(view))
                        .arg(need)
                        .arg(kPageWidthAtWindowMinimum);
    return problems;
}

QStringList auditDialog(QWidget* dialog)
{
    dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    QStringList problems = basicAudit(dialog) + clashingMnemonics(dialog) + tabOrderProblems(dialog);
    problems += minimumSizeProblems(dialog);
    return problems;
}

const QByteArray kCustomersWithOneBadRow = "external_id,name,company,email,acquired_at\n"
                                           "X-1,Nina Novak,Novak Ltd,nina@novak.example,2025-02-01\n"
                                           "X-2,Omar Obi,Obi and Co,omar@obi.example,14/03/2025\n"
                                           "X-3,Pia Park,Park Ltd,pia@park.example,2025-04-01\n";

void clickNext(QWizard& wizard)
{
    QAbstractButton* next =
        wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
    REQUIRE(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    auto channel = [](float v) {
        const double x = static_cast<double>(v);
        return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour drawn with alpha over an opaque background, as the view paints it.
QColor over(const QColor& top, const QColor& below)
{
    const float a = top.alphaF();
    return QColor::fromRgbF(top.redF() * a + below.redF() * (1 - a),
                            top.greenF() * a + below.greenF() * (1 - a),
                            top.blueF() * a + below.blueF() * (1 - a));
}

// Fusion's usual dark palette, as a desktop in dark mode hands it to Qt.
// The app's own palettes (Edit › Appearance), so the contrast checks hold for what users get.
QPalette darkPalette()
{
    return app::Appearance::darkPalette();
}

QPalette lightPalette()
{
    return app::Appearance::lightPalette();
}

// Sets the application palette for the scope of a test and puts the previous one back.
struct PaletteScope
{
    QPalette previous = QApplication::palette();
    explicit PaletteScope(const QPalette& p) { QApplication::setPalette(p); }
    ~PaletteScope() { QApplication::setPalette(previous); }
    PaletteScope(const PaletteScope&) = delete;
    PaletteScope& operator=(const PaletteScope&) = delete;
};

} // namespace

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
            QTest::qWait(300);
            // A valid row selected, so the invalid one shows its tint.
            wizard.currentPage()->findChild<QTableView*>()->selectRow(0);
            save(wizard, QStringLiteral("import-preview"), theme);
        }
    }
}
