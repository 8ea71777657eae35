#pragma once

#include "common/DatabaseOpenMode.h"
#include "common/Result.h"
#include "services/DatabaseAccess.h"

#include <QCoreApplication>
#include <QTextStream>
#include <memory>

namespace rapport::core {
class Clock;
}

namespace rapport::cli {

// What every command gets: where the database is, the output streams and the clock.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString databasePath, const core::Clock& clock);

    const QString& databasePath() const { return m_databasePath; }
    const core::Clock& clock() const { return m_clock; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    // True when stderr is a terminal: long work shows progress there, otherwise nothing extra.
    bool showProgress() const { return m_progress; }
    void progress(const QString& what, qint64 done, qint64 total);
    void endProgress();

    // Opens (creating it when missing, unless mode says otherwise) the database named by --db.
    // On failure the message is already on stderr and the result is null. A database created
    // here is announced on stderr (a mistyped --db would otherwise go unnoticed) unless
    // `announceCreation` is false (init says so itself).
    core::DatabaseHandle openDatabase(core::DatabaseOpenMode mode = core::DatabaseOpenMode::CreateIfMissing,
                                      bool announceCreation = true);

    // True when `path` is the file standard output writes to (/dev/stdout, or the file it
    // is redirected to): a command writing there sends its summary to stderr instead.
    static bool isStandardOutput(const QString& path);
    // Where a command's closing summary goes: stdout, unless its output file is stdout.
    QTextStream& summary(const QString& outputPath) { return isStandardOutput(outputPath) ? m_err : m_out; }

    // Prints "rapport-cli: message" on stderr and returns `code`. SQLite's raw "database is
    // locked" is said in plain words: another program is writing; try again.
    int fail(const QString& message, int code);

private:
    QString plainWords(const QString& message) const;

    QString m_databasePath;
    const core::Clock& m_clock;
    QTextStream m_out;
    QTextStream m_err;
    bool m_progress = false;
    int m_lastPercent = -1;
};

} // namespace rapport::cli
