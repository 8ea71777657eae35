#include "reflection/ReportSaver.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "core/reflection/FindingsFixture.h"
#include "reflection/FindingsPanel.h"
#include "shell/DatabaseSession.h"

#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

using namespace rapport;

namespace {

struct SaverFixture
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-10-15T09:00:00Z")};
    QTemporaryDir out;
    QWidget window;

    SaverFixture()
    {
        {
            test::FindingsWorld world({.seed = 7, .deliveryTriples = true, .lowCsatRep = true});
            REQUIRE_OK(world.db->backupTo(temp.path()));
        }
        session.setClock(clock);
        REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::OpenExisting));
        REQUIRE(out.isValid());
    }

    // Saves and waits; returns the finished() arguments (path, error, cancelled).
    QList<QVariant> save(app::ReportSaver& saver, const QString& name, bool cancelAtOnce = false)
    {
        QSignalSpy finished(&saver, &app::ReportSaver::finished);
        saver.save(core::Period::quarter(2026, 3), core::Scope::all(), out.filePath(name));
        if (cancelAtOnce)
            saver.cancel();
        REQUIRE(finished.wait(120000));
        REQUIRE_FALSE(saver.isRunning());
        return finished.takeFirst();
    }
};

QByteArray contents(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("Saving a report from the window writes the PDF off the GUI thread", "[app][reflection][report]")
{
    SaverFixture f;
    app::ReportSaver saver(f.session, &f.window);
    const auto result = f.save(saver, QStringLiteral("q3.pdf"));
    CHECK(result.at(1).toString().isEmpty());
    CHECK_FALSE(result.at(2).toBool());
    REQUIRE(result.at(0).toString() == f.out.filePath(QStringLiteral("q3.pdf")));
    CHECK(contents(result.at(0).toString()).startsWith("%PDF-"));
}

TEST_CASE("A report saved as .html is the HTML report with its findings", "[app][reflection][report]")
{
    SaverFixture f;
    app::ReportSaver saver(f.session, &f.window);
    const auto result = f.save(saver, QStringLiteral("q3.html"));
    REQUIRE(result.at(1).toString().isEmpty());
    const QByteArray html = contents(result.at(0).toString());
    CHECK(html.contains("<html"));
    CHECK(html.contains("2026-Q3"));
}

TEST_CASE("A report file name without an extension becomes a PDF", "[app][reflection][report]")
{
    SaverFixture f;
    app::ReportSaver saver(f.session, &f.window);
    const auto result = f.save(saver, QStringLiteral("quarterly"));
    REQUIRE(result.at(1).toString().isEmpty());
    CHECK(result.at(0).toString() == f.out.filePath(QStringLiteral("quarterly.pdf")));
    CHECK(QFile::exists(f.out.filePath(QStringLiteral("quarterly.pdf"))));
}

TEST_CASE("Cancelling a report being gathered writes no file", "[app][reflection][report]")
{
    SaverFixture f;
    app::ReportSaver saver(f.session, &f.window);
    const auto result = f.save(saver, QStringLiteral("cancelled.pdf"), true);
    CHECK(result.at(2).toBool());
    CHECK(result.at(1).toString().isEmpty());
    CHECK_FALSE(QFile::exists(f.out.filePath(QStringLiteral("cancelled.pdf"))));
}

TEST_CASE("The suggested report file name says the period and who it is about", "[app][reflection][report]")
{
    CHECK(app::ReportSaver::suggestedFileName(core::Period::quarter(2026, 3), core::Scope::all()) ==
          QStringLiteral("rapport-report-2026-Q3-team.pdf"));
    CHECK(app::ReportSaver::suggestedFileName(core::Period::month(2026, 9),
                                              core::Scope::rep(QStringLiteral("r/2"))) ==
          QStringLiteral("rapport-report-2026-09-r-2.pdf"));
}

TEST_CASE("The findings panel offers the report of its period and scope once a database is open",
          "[app][reflection][report]")
{
    SaverFixture f;
    app::FindingsPanel panel(f.session);
    auto* save = panel.findChild<QPushButton*>(QStringLiteral("saveReportPushButton"));
    REQUIRE(save);
    CHECK(save->isEnabled());
    CHECK_FALSE(save->toolTip().isEmpty());
    f.session.close();
    panel.reset();
    CHECK_FALSE(save->isEnabled());
}
