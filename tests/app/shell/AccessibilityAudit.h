#pragma once

// The auditor of the accessibility tests: what a screen reader and a keyboard user need of
// a view or a dialog, the colour arithmetic of WCAG contrast, and the demo workspace the
// views are audited on.

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

namespace rapport::test::a11y {

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

QString describe(const QWidget* w);

// Widgets that are parts of another control (the line edit inside a spin box, a combo box's
// popup, a date edit's calendar): the control they belong to speaks for them.
bool isPartOfAControl(const QWidget* w);

// The widgets of `root`'s window that a keyboard user can reach with Tab, parts excluded.
QList<QWidget*> tabbableWidgets(QWidget* root);

QString accessibleName(QWidget* w);

// Every reachable widget has a name a screen reader can say (its own, its text, or the text
// of the label whose buddy it is); a button without text also has a tooltip.
QStringList unnamedWidgets(QWidget* root);

// A field caption ("Name:") introducing a field the user can type in or choose from says
// which Alt+letter reaches it. (Read-only values, and generated rows such as the import's
// column mapping, are named by their buddy without a mnemonic.)
QStringList labelsWithoutMnemonic(QWidget* root);

// Two mnemonics with the same letter in one dialog make Alt+letter cycle instead of jump.
QStringList clashingMnemonics(QWidget* root, const QStringList& extraMnemonics = {});

// Tab must leave a multi-line field, or a keyboard user is stuck typing tab characters.
QStringList tabTrappingEditors(QWidget* root);

// Tab walks a dialog's visible, enabled fields in reading order: from the first field, each
// next one is further down, or on the same line further right (or in a column further right).
// Only one jump back up is allowed: from the bottom buttons to the top.
QStringList tabOrderProblems(QWidget* dialog);

// A dialog cannot be made smaller than what its layout needs, and what it needs is a usable size.
QStringList minimumSizeProblems(QWidget* dialog);

// The main window's menu titles (ui/MainWindow.ui): a page inside the window shares their
// Alt+letter keys, so its own mnemonics must stay clear of them.
QStringList menuBarTitles();

QStringList basicAudit(QWidget* root);

QStringList auditView(QWidget* view);

QStringList auditDialog(QWidget* dialog);

void clickNext(QWizard& wizard);

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor& c);

double contrast(const QColor& a, const QColor& b);

// A colour drawn with alpha over an opaque background, as the view paints it.
QColor over(const QColor& top, const QColor& below);

// Fusion's usual dark palette, as a desktop in dark mode hands it to Qt.
// The app's own palettes (Edit › Appearance), so the contrast checks hold for what users get.
QPalette darkPalette();

QPalette lightPalette();

// Sets the application palette for the scope of a test and puts the previous one back.
struct PaletteScope
{
    QPalette previous = QApplication::palette();
    explicit PaletteScope(const QPalette& p) { QApplication::setPalette(p); }
    ~PaletteScope() { QApplication::setPalette(previous); }
    PaletteScope(const PaletteScope&) = delete;
    PaletteScope& operator=(const PaletteScope&) = delete;
};

inline const QByteArray kCustomersWithOneBadRow = "external_id,name,company,email,acquired_at\n"
                                                  "X-1,Nina Novak,Novak Ltd,nina@novak.example,2025-02-01\n"
                                                  "X-2,Omar Obi,Obi and Co,omar@obi.example,14/03/2025\n"
                                                  "X-3,Pia Park,Park Ltd,pia@park.example,2025-04-01\n";

} // namespace rapport::test::a11y
