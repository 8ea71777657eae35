// Issue 17, item 4: every text a user sees passes through tr(), so the translations reach it.
// The test loads a pseudo-translation (tests/CMakeLists.txt: lrelease -markuntranslated over a
// catalogue of the whole tree with no translations), which prefixes each catalogued text with
// "~~". It then opens the main window on every page and every dialog, and reports each visible
// text without the marker. Records the user typed or imported (names, notes, figures) are
// data, not texts: they are left out by what they are (editable fields, the item view columns
// that hold records' own words) and by a short list of the labels that show one record's fields.

#include "app/connection/ModalWatcher.h"
#include "app/shell/AccessibilityAudit.h"
#include "common/Translations.h"
#include "shell/BookSettingsDialog.h"
#include "shell/DatabaseSession.h"
#include "shell/DemoFillFlow.h"
#include "shell/FirstRunPage.h"
#include "shell/MainWindow.h"
#include "shell/RepProfileDialog.h"
#include "workspace/ChurnReasonDialog.h"

#include <QCommandLinkButton>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QTableWidget>
#include <QTranslator>

using namespace rapport;
using namespace rapport::test::a11y;

namespace {

const QString kMarker = QStringLiteral("~~");

// Widgets whose text is data: the book's reps, segments, complaint categories and currency
// codes, the database's path, each language's own name in Edit › Language, and the named
// periods (month names come from the locale, as dates do).
const QStringList kDataWidgets = {
    QStringLiteral("periodComboBox"),
    QStringLiteral("ownerComboBox"),
    QStringLiteral("repComboBox"),
    QStringLiteral("segmentComboBox"),
    QStringLiteral("filterCategoryComboBox"),
    QStringLiteral("currencyCombo"),
    QStringLiteral("databaseStatusLabel"),
    QStringLiteral("languageenAction"),
    QStringLiteral("languagedeAction"),
};

// A text needs the marker when it has words: figures, dates, dashes and names in the data
// list do not.
bool needsMarker(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    return word.match(text).hasMatch() && !text.contains(kMarker);
}

void checkText(QStringList& problems, const QObject* owner, const QString& what, const QString& text)
{
    if (kDataWidgets.contains(owner->objectName()))
        return;
    // QDialogButtonBox's standard buttons and QWizard's take their texts from Qt's own catalogue.
    if (owner->objectName().startsWith(QLatin1String("qt_wizard_")) ||
        owner->objectName().startsWith(QLatin1String("__qt__passive_wizardbutton")))
        return;
    if (auto* box = qobject_cast<QDialogButtonBox*>(owner->parent());
        box && box->standardButton(qobject_cast<QAbstractButton*>(const_cast<QObject*>(owner))) !=
                   QDialogButtonBox::NoButton)
        return;
    if (needsMarker(text))
        problems << QStringLiteral("%1 %2: \"%3\"")
                        .arg(QString::fromLatin1(owner->metaObject()->className()), what, text);
}

void checkActions(QStringList& problems, const QList<QAction*>& actions)
{
    for (QAction* action : actions) {
        if (action->isSeparator())
            continue;
        checkText(problems, action, QStringLiteral("action ") + action->objectName(), action->text());
        checkText(problems, action, QStringLiteral("status tip ") + action->objectName(),
                  action->statusTip());
        if (action->menu())
            checkActions(problems, action->menu()->actions());
    }
}

// Columns whose cells are records' own words (names, notes, categories the user typed), by
// their header's English text; every other column's cells are Rapport's words (a status, a
// kind, a reading) and need the marker too.
const QStringList kDataColumns = {
    QStringLiteral("Name"),     QStringLiteral("Company"),
    QStringLiteral("E-mail"),   QStringLiteral("Segment"),
    QStringLiteral("Owner"),    QStringLiteral("Customer"),
    QStringLiteral("Rep"),      QStringLiteral("Notes"),
    QStringLiteral("Category"), QStringLiteral("Comment"),
    QStringLiteral("Goal"),     QStringLiteral("Plan"),
    QStringLiteral("ID"),       QStringLiteral("Note"),
    QStringLiteral("Title"),    QStringLiteral("Amount or category"),
};

void checkHeadersAndCells(QStringList& problems, const QAbstractItemView* view)
{
    const QAbstractItemModel* model = view->model();
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString header = model->headerData(column, Qt::Horizontal).toString();
        checkText(problems, view, QStringLiteral("header ") + view->objectName(), header);
        if (kDataColumns.contains(QString(header).remove(kMarker)))
            continue;
        for (int row = 0; row < std::min(model->rowCount(), 20); ++row)
            checkText(problems, view, QStringLiteral("cell of \"%1\" in %2").arg(header, view->objectName()),
                      model->data(model->index(row, column), Qt::DisplayRole).toString());
    }
}

// Every visible text of `root`'s widgets that did not come through the catalogue.
QStringList untranslatedTexts(QWidget* root)
{
    QStringList problems;
    checkText(problems, root, QStringLiteral("window title"), root->windowTitle());
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(root->window()) || isPartOfAControl(w))
            continue;
        const QString name = w->objectName();
        checkText(problems, w, QStringLiteral("tooltip ") + name, w->toolTip());
        if (auto* label = qobject_cast<QLabel*>(w))
            checkText(problems, w, QStringLiteral("label ") + name, label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w)) {
            checkText(problems, w, QStringLiteral("button ") + name, button->text());
            if (auto* link = qobject_cast<QCommandLinkButton*>(w))
                checkText(problems, w, QStringLiteral("description ") + name, link->description());
        } else if (auto* box = qobject_cast<QGroupBox*>(w))
            checkText(problems, w, QStringLiteral("group ") + name, box->title());
        else if (auto* edit = qobject_cast<QLineEdit*>(w))
            checkText(problems, w, QStringLiteral("placeholder ") + name, edit->placeholderText());
        else if (auto* tabs = qobject_cast<QTabWidget*>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                checkText(problems, w, QStringLiteral("tab ") + name, tabs->tabText(i));
        } else if (auto* combo = qobject_cast<QComboBox*>(w); combo && !combo->isEditable()) {
            for (int i = 0; i < combo->count(); ++i)
                checkText(problems, w, QStringLiteral("choice ") + name, combo->itemText(i));
        } else if (auto* view = qobject_cast<QAbstractItemView*>(w))
            checkHeadersAndCells(problems, view);
    }
    if (auto* window = qobject_cast<QMainWindow*>(root))
        checkActions(problems, window->menuBar()->actions());
    problems.removeDuplicates();
    return problems;
}

// Installs the pseudo-translation for one test and takes it away after it.
struct PseudoTranslation
{
    PseudoTranslation()
    {
        REQUIRE(core::Translations::installCatalogue(*QCoreApplication::instance(),
                                                     QStringLiteral(RAPPORT_PSEUDO_QM)));
    }
    ~PseudoTranslation()
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
};

} // namespace

TEST_CASE("the pseudo-translation test catches a label that bypasses tr()")
{
    PseudoTranslation pseudo;
    QWidget window;
    auto* label = new QLabel(QStringLiteral("Hand-written caption"), &window);
    label->setObjectName(QStringLiteral("captionLabel"));
    auto* translated = new QLabel(QCoreApplication::translate("MainWindow", "&Help"), &window);
    window.show();
    CHECK(translated->text().startsWith(kMarker));
    CHECK(untranslatedTexts(&window) ==
          QStringList{QStringLiteral("QLabel label captionLabel: \"Hand-written caption\"")});
}

TEST_CASE("the pseudo-translation test checks item view cells, apart from records' own words")
{
    PseudoTranslation pseudo;
    QWidget window;
    auto* table = new QTableWidget(1, 2, &window);
    table->setObjectName(QStringLiteral("peopleTable"));
    table->setHorizontalHeaderLabels(
        {QCoreApplication::translate("rapport::app::CustomerTableModel", "Name"),
         QCoreApplication::translate("rapport::app::CustomerTableModel", "Status")});
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Ann Archer"))); // a record's own words
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("Active")));     // Rapport's, untranslated
    window.show();
    REQUIRE(table->horizontalHeaderItem(1)->text().startsWith(kMarker));
    CHECK(untranslatedTexts(&window) ==
          QStringList{QStringLiteral("QTableWidget cell of \"%1\" in peopleTable: \"Active\"")
                          .arg(table->horizontalHeaderItem(1)->text())});
}

TEST_CASE("every page of the main window shows only translated texts")
{
    PseudoTranslation pseudo;
    DemoWorkspace f;
    app::MainWindow window(f.session);
    window.resize(1280, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int page = 0; page < app::MainWindow::PageCount; ++page) {
        window.showPage(static_cast<app::MainWindow::Page>(page));
        QTest::qWait(300); // the page's first answer arrives from its worker
        INFO("page " << page);
        CHECK(untranslatedTexts(&window) == QStringList());
    }
}

TEST_CASE("a new book's first steps and their dialogs show only translated texts")
{
    PseudoTranslation pseudo;
    test::TempDatabase temp;
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), true));
    window.resize(1024, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.firstRunPage().showsFirstSteps());
    CHECK(untranslatedTexts(&window) == QStringList());

    app::RepProfileDialog profile(QStringLiteral("anna"));
    profile.show();
    CHECK(untranslatedTexts(&profile) == QStringList());

    QStringList asked{QStringLiteral("not asked")};
    auto watcher = test::whenModal<QDialog>([&asked](QDialog& dialog) {
        asked = untranslatedTexts(&dialog);
        dialog.reject();
    });
    CHECK_FALSE(window.firstRunPage().demoFill().askAndStart());
    CHECK(asked == QStringList());
}

TEST_CASE("every dialog shows only translated texts")
{
    PseudoTranslation pseudo;
    DemoWorkspace f;

    SECTION("log an interaction")
    {
        app::LogInteractionDialog dialog(f.session);
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("customer")
    {
        app::CustomerDialog dialog(f.session, core::Customer{});
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("goal")
    {
        app::GoalDialog dialog(f.session.database(), f.goal);
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("churn reason")
    {
        app::ChurnReasonDialog dialog(QStringLiteral("Ada"), {QStringLiteral("price")});
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("book settings")
    {
        app::BookSettingsDialog dialog(QStringLiteral("EUR"));
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("goal check-in")
    {
        app::GoalCheckInDialog dialog(f.goal, 12345.0);
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("drill-down")
    {
        app::DrillDownDialog dialog(f.session.database(),
                                    app::DrillDownRequest::forMetric(QStringLiteral("csat"),
                                                                     core::Period::quarter(2026, 2),
                                                                     core::Scope::all()),
                                    14);
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("action plan")
    {
        app::ActionPlanDialog dialog(f.session.database(), f.clock, QStringLiteral("amorgan"),
                                     QStringList{QStringLiteral("follow_up")},
                                     {{QStringLiteral("follow_up"), QStringLiteral("Following up")}});
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("plan details")
    {
        app::PlanDetailDialog dialog(f.session, f.planId);
        dialog.show();
        CHECK(untranslatedTexts(&dialog) == QStringList());
    }
    SECTION("import wizard, first page")
    {
        app::ImportWizard wizard(f.session);
        wizard.show();
        CHECK(untranslatedTexts(&wizard) == QStringList());
    }
}
