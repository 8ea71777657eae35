// Issue 20, item 5: no text a user reads shows an internal key, id or raw float. The test
// opens every page of the main window and the dialogs that showed them (plan details, the
// SMART check), collects every visible text, item view cells included, and writes the
// self-assessment report; then it looks for what only a program writes:
//  - snake_case keys ("follow_up_rate", "survey_responses", "group_outlier");
//  - a scope's key ("rep:amorgan", "segment:retail");
//  - a finding's reference ("group_outlier:follow_up_rate:amorgan:2026-Q2");
//  - a number with more than three decimals ("29.09090909");
//  - a table's name in brackets ("(interactions)");
//  - a word pair said twice ("blind spot: Blind spot:").

#include "app/shell/AccessibilityAudit.h"
#include "reflection/ReportBuilder.h"
#include "reflection/ReportCollector.h"
#include "shell/MainWindow.h"
#include "storage/AssessmentRepository.h"
#include "storage/CustomerRepository.h"

#include <QTextDocument>

using namespace rapport;
using namespace rapport::test::a11y;

namespace {

struct Pattern
{
    const char* what;
    QRegularExpression expression;
};

const std::vector<Pattern>& patterns()
{
    static const std::vector<Pattern> list{
        {"a snake_case key", QRegularExpression(QStringLiteral("\\b[a-z]+(?:_[a-z]+)+\\b"))},
        {"a scope key", QRegularExpression(QStringLiteral("\\b(?:rep|segment):[A-Za-z0-9]"))},
        {"a raw float", QRegularExpression(QStringLiteral("\\d[.,]\\d{4,}"))},
        {"a table name",
         QRegularExpression(QStringLiteral(
             "\\((?:interactions|survey_responses|customers)\\)|\\b(?:interactions|survey_responses) \\d"))},
        {"a repeated phrase", QRegularExpression(QStringLiteral("\\b(\\w+ \\w+): \\1\\b"),
                                                 QRegularExpression::CaseInsensitiveOption)},
    };
    return list;
}

// Every problem in `text`, each with where it was seen.
QStringList problemsIn(const QString& where, const QString& text)
{
    QStringList problems;
    for (const Pattern& p : patterns()) {
        auto it = p.expression.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            const qsizetype from = std::max<qsizetype>(0, match.capturedStart() - 30);
            problems << QStringLiteral("%1, %2 \"%3\" in: …%4…")
                            .arg(where, QString::fromLatin1(p.what), match.captured(),
                                 text.mid(from, match.capturedLength() + 60).simplified());
        }
    }
    return problems;
}

QString plain(const QString& text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

void addModelTexts(QStringList& texts, const QAbstractItemModel* model)
{
    for (int column = 0; column < model->columnCount(); ++column)
        texts << model->headerData(column, Qt::Horizontal).toString();
    const int rows = std::min(model->rowCount(), 60);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            texts << model->data(index, Qt::DisplayRole).toString()
                  << model->data(index, Qt::ToolTipRole).toString();
        }
}

// Every text of `root`'s visible widgets: labels, buttons, titles, tips, rich text, cells.
QStringList visibleTexts(QWidget* root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root->window()))
            continue;
        texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        if (auto* label = qobject_cast<QLabel*>(w))
            texts << plain(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts << button->text();
        else if (auto* box = qobject_cast<QGroupBox*>(w))
            texts << box->title();
        else if (auto* edit = qobject_cast<QTextEdit*>(w))
            texts << edit->toPlainText();
        else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model())
            addModelTexts(texts, view->model());
    }
    texts.removeAll(QString());
    return texts;
}

QStringList problemsOf(const QString& where, QWidget* root)
{
    QStringList problems;
    for (const QString& text : visibleTexts(root))
        problems << problemsIn(where, text);
    problems.removeDuplicates();
    return problems;
}

// The demo workspace, with what the issue saw the keys in: a questionnaire, and a plan that
// came from a finding about a rep.
struct Workspace : DemoWorkspace
{
    Workspace()
    {
        auto questionnaire = core::Questionnaire::crmStyle();
        REQUIRE_OK(questionnaire);
        core::Assessment a;
        a.repId = QStringLiteral("amorgan");
        a.instrumentId = questionnaire->id();
        a.instrumentVersion = questionnaire->version();
        a.takenAt = test::utc("2026-06-20T09:00:00Z");
        for (const auto& item : questionnaire->items())
            a.answers[item.id] = 4;
        REQUIRE_OK(core::AssessmentRepository(session.database()).insert(a));

        core::ActionPlanRepository plans(session.database());
        auto plan = plans.find(planId);
        REQUIRE_OK(plan);
        core::ActionPlan fromFinding = **plan;
        fromFinding.id = 0;
        fromFinding.title = QStringLiteral("Follow up like the rest of the team");
        fromFinding.findingRef = QStringLiteral("group_outlier:follow_up_rate:amorgan:2026-Q2");
        fromFinding.baseline.reset(); // measured before the start, as the window does
        REQUIRE_OK(plans.insert(fromFinding));
        planId = fromFinding.id;
        emit session.changed();
    }
};

} // namespace

TEST_CASE("the scan finds each kind of internal text")
{
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("Comes from group_outlier")).size() == 1);
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("beyond rep:fbrennan")).size() == 1);
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("best value (29.09090909)")).size() == 1);
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("138 purchases (interactions)")).size() == 1);
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("475 records (interactions 201, 384)")).size() == 1);
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("blind spot: Blind spot: you")).size() == 1);
    CHECK(problemsIn(QStringLiteral("t"), QStringLiteral("Follow-up rate of Finn Brennan, 29.1 in 2026-Q3"))
              .isEmpty());
}

TEST_CASE("no page of the main window shows an internal name", "[issue20]")
{
    Workspace f;
    app::MainWindow window(f.session);
    window.resize(1280, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int page = 0; page < app::MainWindow::PageCount; ++page) {
        window.showPage(static_cast<app::MainWindow::Page>(page));
        QTest::qWait(400); // the page's first answer arrives from its worker
        INFO("page " << page);
        CHECK(problemsOf(QStringLiteral("page %1").arg(page), &window) == QStringList());
    }
}

TEST_CASE("plan details and the SMART check name metrics, people and findings", "[issue20]")
{
    Workspace f;
    SECTION("plan details")
    {
        app::PlanDetailDialog dialog(f.session, f.planId);
        dialog.show();
        QTest::qWait(200);
        const QStringList texts = visibleTexts(&dialog);
        CHECK(texts.join(QLatin1Char('\n')).contains(QStringLiteral("set apart from the rest in 2026-Q2")));
        CHECK(problemsOf(QStringLiteral("plan details"), &dialog) == QStringList());
    }
    SECTION("the SMART check of a plan for a rep")
    {
        auto plan = core::ActionPlanRepository(f.session.database()).find(f.planId);
        REQUIRE_OK(plan);
        app::ActionPlanDialog dialog(f.session.database(), f.clock, QStringLiteral("amorgan"),
                                     QStringList{QStringLiteral("follow_up")},
                                     {{QStringLiteral("follow_up"), QStringLiteral("Following up")}});
        core::ActionPlan p = **plan;
        p.metric = QStringLiteral("ces"); // a mean: its months have many decimals
        p.target = 7.0;
        dialog.prefill(p);
        dialog.show();
        const QString achievable = dialog.criterionLabel(core::SmartCriterion::Achievable)->toolTip() +
                                   dialog.criterionLabel(core::SmartCriterion::Achievable)->text();
        INFO(achievable.toStdString());
        CHECK(problemsOf(QStringLiteral("action plan"), &dialog) == QStringList());
    }
}

TEST_CASE("no dialog shows an internal name", "[issue20]")
{
    Workspace f;
    const auto scan = [](const char* name, QWidget& dialog) {
        dialog.show();
        QTest::qWait(200);
        INFO(name);
        CHECK(problemsOf(QString::fromLatin1(name), &dialog) == QStringList());
    };
    core::Customer customer;
    customer.id = 1;
    if (auto found = core::CustomerRepository(f.session.database()).find(1); found && *found)
        customer = **found;
    app::LogInteractionDialog log(f.session);
    scan("log an interaction", log);
    app::CustomerDialog edit(f.session, customer);
    scan("customer", edit);
    app::GoalDialog goal(f.session.database(), f.goal);
    scan("goal", goal);
    app::GoalCheckInDialog checkIn(f.goal, 12345.0);
    scan("goal check-in", checkIn);
    app::DrillDownDialog drill(f.session.database(),
                               app::DrillDownRequest::forMetric(QStringLiteral("follow_up_rate"),
                                                                core::Period::quarter(2026, 2),
                                                                core::Scope::all()),
                               14);
    scan("drill-down", drill);
    app::ImportWizard wizard(f.session);
    scan("import wizard", wizard);
}

TEST_CASE("the self-assessment report shows no internal name", "[issue20][report]")
{
    Workspace f;
    core::MetricsEngine engine(f.session.database(), f.clock);
    for (const core::Scope& scope : {core::Scope::rep(QStringLiteral("amorgan")), core::Scope::all()}) {
        auto data = core::ReportCollector(f.session.database(), engine)
                        .collect(core::Period::quarter(2026, 2), scope);
        REQUIRE_OK(data);
        const QString html = core::ReportBuilder::html(
            *data, [](const core::ReportChart& c) { return QString(c.id + QStringLiteral(".png")); });
        QString text = plain(html);
        text.remove(QRegularExpression(QStringLiteral("\\S+\\.png"))); // the chart files' names
        INFO(scope.describe().toStdString());
        CHECK(problemsIn(QStringLiteral("report"), text) == QStringList());
        if (scope.kind == core::Scope::Kind::Rep) {
            // The plan's baseline was measured before its start; the report shows it as the window does.
            const auto fromFinding = std::find_if(data->plans.begin(), data->plans.end(), [](const auto& p) {
                return p.title == QLatin1String("Follow up like the rest of the team");
            });
            REQUIRE(fromFinding != data->plans.end());
            CHECK(fromFinding->baseline.has_value());
        }
    }
}
