#include "CliTestSupport.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rapport;
using test::runCli;

namespace {

// The demo of the brief's size: its planted stories are strong enough to pass the bars.
QString demoDatabase(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const auto run =
        test::runCliWithEnv(db,
                            {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("2000"),
                             QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--until"),
                             QStringLiteral("2026-11-24")},
                            {QStringLiteral("RAPPORT_NOW=2026-11-25T09:00:00Z")});
    REQUIRE(run.exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("report writes a PDF that pdftoppm renders, readable by the owner only", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const auto run = runCli(db, {QStringLiteral("report"), QStringLiteral("--period"),
                                 QStringLiteral("2026-Q3"), QStringLiteral("--out"), pdf});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    // The demo's planted stories (a) and (b) are among the findings.
    CHECK(run.out.contains(QStringLiteral("'delivery' complaints are rising")));
    CHECK(run.out.contains(QStringLiteral("Finn Brennan follows up less often than the other reps")));
    CHECK(run.out.contains(QStringLiteral("Finn Brennan: CSAT lower than the other reps")));

    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    CHECK(QFileInfo(pdf).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser));

    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty()) {
        WARN("pdftoppm is not installed: the PDF was not rendered");
        return;
    }
    QProcess process;
    process.start(pdftoppm, {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), pdf,
                             dir.filePath(QStringLiteral("page"))});
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 0);
    const QStringList pages = QDir(dir.path()).entryList({QStringLiteral("page*.png")});
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    CHECK(pages.size() >= 6); // one page per section at least

    // Every page carries the report's name and "Page N of M" in its footer.
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    REQUIRE_FALSE(pdftotext.isEmpty()); // poppler-utils brings both
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    const auto total = static_cast<int>(pages.size());
    for (int page = 1; page <= total; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(total)));
    CHECK(text.count(QStringLiteral("Rapport self-assessment report, 2026-Q3")) == total);
}

TEST_CASE("report writes HTML for one rep and refuses bad arguments", "[cli][report]")
{
    QTemporaryDir dir;
    const QString db = demoDatabase(dir);
    const QString html = dir.filePath(QStringLiteral("finn.html"));
    const auto run =
        runCli(db, {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                    QStringLiteral("--rep"), QStringLiteral("fbrennan"), QStringLiteral("--out"), html});
    REQUIRE(run.exitCode == 0);
    QFile file(html);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("Finn Brennan")));
    CHECK(text.contains(QStringLiteral("data:image/png;base64,")));
    CHECK(text.contains(QStringLiteral("6. Action plans")));

    CHECK(runCli(db, {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                      QStringLiteral("--out"), dir.filePath(QStringLiteral("r.txt"))})
              .exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q3")})
              .exitCode == 2);
    CHECK(runCli(db, {QStringLiteral("report"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                      QStringLiteral("--rep"), QStringLiteral("nobody"), QStringLiteral("--out"), html})
              .exitCode == 2); // an unknown rep is a usage error (exit 3 is for rejected imports)
}
