// bench_gui_import_wizard FOLDER: the import wizard importing FOLDER/{reps,customers,
// interactions,surveys}.csv (as `rapport-cli export` writes them) into a new database, driven
// like a user would. Prints, per file, how long the first page's read of the file's start took
// (on the GUI thread), how long entering the preview page blocked the window,
// how long its answer took (the importer's dry run of the first rows, on the page's
// BackgroundJob) and the worst lateness of a 10 ms GUI timer meanwhile, then the import's
// wall time (on the wizard's worker thread) and the timer's lateness while it runs.
//
// bench_gui_import_wizard FOLDER BOOK: only the preview of FOLDER/interactions.csv, against
// the database BOOK (not written: the dry run rolls back), then how long closing the wizard
// takes while that preview is still being checked.
#include "importwizard/ImportJob.h"
#include "importwizard/ImportPreviewPage.h"
#include "importwizard/ImportSummaryPage.h"
#include "importwizard/ImportWizard.h"
#include "shell/DatabaseSession.h"
#include "storage/Database.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace rapport;

namespace {

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

int previewOnBook(const QString& file, const QString& book)
{
    app::DatabaseSession session;
    if (auto s = session.open(book, core::DatabaseOpenMode::OpenExisting); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    for (int run = 0; run < 3; ++run) {
        auto wizard = std::make_unique<app::ImportWizard>(session);
        wizard->show();
        wizard->setFile(file);
        wizard->next(); // mapping
        double worst = 0;
        QElapsedTimer since;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, wizard.get(), [&] {
            worst = std::max(worst, msSince(since) - 10.0);
            since.restart();
        });
        QElapsedTimer timer;
        timer.start();
        since.start();
        probe.start();
        wizard->next(); // preview
        const double enterMs = msSince(timer);
        app::ImportPreviewPage& preview = wizard->previewPage();
        if (preview.isChecking()) {
            QEventLoop checked;
            QObject::connect(&preview, &app::ImportPreviewPage::checked, &checked, &QEventLoop::quit);
            QTimer::singleShot(120000, &checked, &QEventLoop::quit);
            checked.exec();
        }
        probe.stop();
        std::printf("preview against the book: enter %.1f ms, answer %.1f ms, worst GUI stall %.1f ms: %s\n",
                    enterMs, msSince(timer), std::max(enterMs, worst), qPrintable(preview.summaryText()));

        // Again, and close the wizard while the check runs.
        auto closing = std::make_unique<app::ImportWizard>(session);
        closing->show();
        closing->setFile(file);
        closing->next();
        closing->next();
        const bool checking = closing->previewPage().isChecking();
        timer.restart();
        closing.reset();
        std::printf("closing the wizard while the preview is %s: %.1f ms\n",
                    checking ? "being checked" : "already shown", msSince(timer));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_import_wizard FOLDER (with reps.csv, customers.csv, ...)\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    if (argc > 2)
        return previewOnBook(folder + QStringLiteral("/interactions.csv"), QString::fromLocal8Bit(argv[2]));
    QTemporaryDir temp;
    app::DatabaseSession session;
    if (auto s = session.open(temp.filePath(QStringLiteral("bench.sqlite")),
                              core::Database::OpenMode::CreateIfMissing);
        !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    std::printf("%-13s %8s %9s %9s %10s %12s %10s %12s %12s\n", "file", "rows", "read", "enter", "preview",
                "preview max", "import", "import p99", "import max");
    for (const char* kind : {"reps", "customers", "interactions", "surveys"}) {
        const QString path = folder + QStringLiteral("/%1.csv").arg(QLatin1String(kind));
        if (!QFileInfo::exists(path))
            continue;
        app::ImportWizard wizard(session);
        wizard.show();
        QElapsedTimer reading;
        reading.start();
        wizard.setFile(path); // the one read of the file's start, on the GUI thread
        const double readMs = static_cast<double>(reading.nsecsElapsed()) / 1e6;
        wizard.next(); // mapping
        // How late each tick of a 10 ms timer comes: the event loop's latency.
        std::vector<double> lateness;
        QElapsedTimer since;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        QObject::connect(&probe, &QTimer::timeout, &wizard, [&] {
            lateness.push_back(std::max(0.0, static_cast<double>(since.nsecsElapsed()) / 1e6 - 10.0));
            since.restart();
        });
        QElapsedTimer timer;
        timer.start();
        since.start();
        probe.start();
        wizard.next(); // preview: the page posts the dry run of 200 rows
        const double enterMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        app::ImportPreviewPage& preview = wizard.previewPage();
        if (preview.isChecking()) {
            QEventLoop checked;
            QObject::connect(&preview, &app::ImportPreviewPage::checked, &checked, &QEventLoop::quit);
            QTimer::singleShot(120000, &checked, &QEventLoop::quit);
            checked.exec();
        }
        const double previewMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        probe.stop();
        const double previewStall =
            std::max(enterMs, lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
        lateness.clear();
        wizard.next(); // options

        timer.restart();
        since.start();
        probe.start();
        QEventLoop done;
        QObject::connect(&wizard, &QWizard::currentIdChanged, &done, [&](int id) {
            if (id == app::ImportWizard::SummaryPageId)
                done.quit();
        });
        wizard.button(QWizard::CommitButton)->click();
        if (wizard.currentId() != app::ImportWizard::SummaryPageId)
            done.exec();
        const double importMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        probe.stop();
        std::sort(lateness.begin(), lateness.end());
        const double p99 = lateness.empty() ? 0 : lateness[lateness.size() * 99 / 100];
        const double worst = lateness.empty() ? 0 : lateness.back();
        const auto& result = wizard.result();
        const long long rows = result && result->ok() ? static_cast<long long>(result->value().rows) : -1;
        std::printf("%-13s %8lld %6.1f ms %6.1f ms %7.1f ms %9.1f ms %7.0f ms %9.1f ms %9.1f ms\n", kind,
                    rows, readMs, enterMs, previewMs, previewStall, importMs, p99, worst);
        std::printf("    %s\n", qPrintable(wizard.summaryPage().headline()));
    }
    return 0;
}
