#include "app/dashboard/DashboardFixture.h"
#include "dashboard/CohortTableModel.h"
#include "dashboard/DashboardExporter.h"
#include "dashboard/DashboardView.h"
#include "metrics/MetricCatalogue.h"
#include "widgets/PeriodPicker.h"

#include <QComboBox>
#include <QFile>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace rapport;

namespace {

bool waitForFigures(const app::DashboardView& view, const core::Period& period)
{
    return QTest::qWaitFor(
        [&] { return !view.isBusy() && view.figures() && view.figures()->period == period; }, 20000);
}

// The text of a PDF as pdftotext reads it, in reading order, with every run of spaces and line
// breaks as one space (a table cell may wrap) and ligatures ("fi") as their letters; pages
// stay apart by form feeds.
QString pdfText(const QString& pdf)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    const std::pair<char16_t, const char*> ligatures[] = {
        {u'\uFB00', "ff"}, {u'\uFB01', "fi"}, {u'\uFB02', "fl"}, {u'\uFB03', "ffi"}, {u'\uFB04', "ffl"}};
    for (const auto& [ligature, letters] : ligatures)
        text.replace(QChar(ligature), QLatin1String(letters));
    text.replace(QRegularExpression(QStringLiteral("[ \\t\\n]+")), QStringLiteral(" "));
    return text;
}

// What every dashboard document of August 2026 for the whole team holds.
void checkDocument(const QString& text)
{
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Dashboard August 2026")));
    CHECK(text.contains(QStringLiteral("Whole team")));
    CHECK(text.contains(QStringLiteral("compared with July 2026")));
    CHECK(text.contains(QStringLiteral("generated")));
    // Every tile, with the value and the change the tile shows.
    for (const QString& key : app::DashboardView::tileKeys())
        CHECK(text.contains(core::MetricCatalogue::title(key)));
    CHECK(text.contains(QStringLiteral("50.0 %")));    // CSAT
    CHECK(text.contains(QStringLiteral("-50.0 pts"))); // CSAT against July's 100 %
    CHECK(text.contains(QStringLiteral("130.00")));    // revenue
    // The charts, the team table with both reps, the cohort table.
    CHECK(text.contains(QStringLiteral("Trends over the last 12 months")));
    CHECK(text.contains(QStringLiteral("Team: figures per rep in August 2026")));
    CHECK(text.contains(QStringLiteral("Ann")));
    CHECK(text.contains(QStringLiteral("Bob")));
    CHECK(text.contains(QStringLiteral("CSAT 95% interval")));
    CHECK(text.contains(QStringLiteral("Cohort retention")));
    CHECK(text.contains(QStringLiteral("2026-08 (")));
    CHECK(text.contains(QStringLiteral("+0 mo")));
    // Every page: the document's name and its number.
    const int pages = static_cast<int>(text.count(QLatin1Char('\f')));
    REQUIRE(pages >= 2);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    CHECK(text.count(QStringLiteral("Rapport dashboard, August 2026, Whole team")) == pages);
    // Nothing of the screen: no pickers, no buttons.
    CHECK_FALSE(text.contains(QStringLiteral("Export")));
    CHECK_FALSE(text.contains(QStringLiteral("Scope:")));
}

} // namespace

TEST_CASE("the dashboard's PDF is a document: title, period, scope, every tile, the tables and page numbers",
          "[app][dashboard][document]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(core::Period::month(2026, 8));
    REQUIRE(waitForFigures(view, core::Period::month(2026, 8)));

    const QString pdf = f.temp.dir.filePath(QStringLiteral("dashboard.pdf"));
    QSignalSpy written(&view.exporter(), &app::DashboardExporter::documentWritten);
    view.exporter().exportPdf(pdf);
    REQUIRE(written.wait(30000));
    CHECK(written.at(0).at(0).toString() == pdf);
    CHECK(written.at(0).at(1).toString().isEmpty());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    file.close();
    checkDocument(pdfText(pdf));
}

TEST_CASE("the dashboard prints the same document", "[app][dashboard][document]")
{
    test::DashboardFixture f;
    app::DashboardView view(f.session, f.clock);
    view.show();
    view.setPeriod(core::Period::month(2026, 8));
    REQUIRE(waitForFigures(view, core::Period::month(2026, 8)));

    // A printer that writes a PDF stands in for a real one.
    const QString pdf = f.temp.dir.filePath(QStringLiteral("printed.pdf"));
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(pdf);
    printer->setPageSize(QPageSize(QPageSize::A4));
    QSignalSpy printed(&view.exporter(), &app::DashboardExporter::printed);
    view.exporter().printDocument(printer);
    REQUIRE(printed.wait(30000));
    CHECK(printed.at(0).at(0).toString().isEmpty());
    printer.reset(); // finishes the file
    checkDocument(pdfText(pdf));
}

TEST_CASE("the period picker names months, quarters and years and steps with previous and next",
          "[app][dashboard][period]")
{
    test::DashboardFixture f; // English (United States)
    app::DashboardView view(f.session, f.clock);
    view.show();
    app::PeriodPicker& picker = view.periodPicker();
    view.setPeriod(core::Period::quarter(2026, 3));
    REQUIRE(waitForFigures(view, core::Period::quarter(2026, 3)));
    CHECK(picker.namedBox()->currentText() == QStringLiteral("2026-Q3"));
    CHECK(picker.namedBox()->findText(QStringLiteral("2025-Q4")) >= 0);
    // The page says what it shows.
    CHECK(view.periodTitle() == QStringLiteral("2026-Q3 · Whole team"));

    // Next: Q4; previous twice: Q2.
    auto* next = test::child<QToolButton>(view, "nextPeriodButton");
    auto* previous = test::child<QToolButton>(view, "previousPeriodButton");
    next->click();
    CHECK(view.period() == core::Period::quarter(2026, 4));
    previous->click();
    previous->click();
    CHECK(view.period() == core::Period::quarter(2026, 2));
    REQUIRE(waitForFigures(view, core::Period::quarter(2026, 2)));
    CHECK(view.periodTitle() == QStringLiteral("2026-Q2 · Whole team"));

    // The keyboard: Alt+Right and Alt+Left.
    view.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&view));
    // Through the window, as a real key press goes, so that the shortcut map sees it; a button's
    // shortcut animates the click, which lands a moment later.
    QTest::keyClick(view.windowHandle(), Qt::Key_Right, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return view.period() == core::Period::quarter(2026, 3); }, 5000));
    QTest::keyClick(view.windowHandle(), Qt::Key_Left, Qt::AltModifier);
    CHECK(QTest::qWaitFor([&] { return view.period() == core::Period::quarter(2026, 2); }, 5000));

    // A month is named by the locale's month name, and switching the kind keeps the start.
    picker.kindBox()->setCurrentIndex(picker.kindBox()->findText(QStringLiteral("Month")));
    CHECK(view.period() == core::Period::month(2026, 4));
    CHECK(picker.namedBox()->currentText() == QStringLiteral("April 2026"));
    picker.kindBox()->setCurrentIndex(picker.kindBox()->findText(QStringLiteral("Year")));
    CHECK(view.period() == core::Period::year(2026));
    CHECK(picker.namedBox()->currentText() == QStringLiteral("2026"));
}

TEST_CASE("German month names in the picker", "[app][dashboard][period]")
{
    test::DashboardFixture f;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    app::PeriodPicker picker(QDate(2026, 3, 10));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(picker.namedBox()->currentText() == QStringLiteral("März 2026"));
    CHECK(picker.period() == core::Period::month(2026, 3));
}

TEST_CASE("the cohort table stops at the period and marks the running month", "[app][dashboard][cohorts]")
{
    test::DashboardFixture f; // now: 15 September 2026
    // September so far: Gamma (August's cohort) bought again, Alpha (July's) not yet.
    f.purchase(f.c3, "2026-09-05T10:00:00Z", 1000);
    app::DashboardView view(f.session, f.clock);
    view.show();

    // July: no column reaches August.
    view.setPeriod(core::Period::month(2026, 7));
    REQUIRE(waitForFigures(view, core::Period::month(2026, 7)));
    app::CohortTableModel& model = view.cohortModel();
    REQUIRE(model.rowCount() == 12);
    CHECK(model.headerData(11, Qt::Vertical).toString().startsWith(QStringLiteral("2026-07")));
    for (int row = 0; row < model.rowCount(); ++row)
        for (int column = 0; column < model.columnCount(); ++column)
            CHECK_FALSE(model.data(model.index(row, column), app::CohortTableModel::RunningRole).toBool());
    // July's cohort (C1, first purchase in July) has +0 only.
    CHECK(model.data(model.index(11, 0)).toString() == QStringLiteral("100 %"));
    CHECK(model.data(model.index(11, 1)).toString().isEmpty());

    // September, still running: July's cohort at +2 is September, marked and uncoloured.
    view.setPeriod(core::Period::month(2026, 9));
    REQUIRE(waitForFigures(view, core::Period::month(2026, 9)));
    REQUIRE(model.headerData(9, Qt::Vertical).toString().startsWith(QStringLiteral("2026-07")));
    const QModelIndex september = model.index(9, 2);
    CHECK(model.data(september, app::CohortTableModel::RunningRole).toBool());
    CHECK(model.data(september).toString() == QStringLiteral("0 % …"));
    CHECK_FALSE(model.data(september, app::CohortTableModel::IntensityRole).isValid());
    CHECK(model.data(september, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("September 2026 is still running")));
    CHECK_FALSE(model.data(model.index(9, 1), app::CohortTableModel::RunningRole).toBool());
}
