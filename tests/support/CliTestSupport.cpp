#include "CliTestSupport.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QProcess>
#include <QProcessEnvironment>

namespace rapport::test {

namespace {

CliRun run(const QString& db, const QStringList& args, const QByteArray& stdinData,
           const QStringList& extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // LANGUAGE outranks LC_ALL for the language of the messages: a tester's own must not leak in.
    env.remove(QStringLiteral("LANGUAGE"));
    // After the defaults: a test may ask for another locale (LC_ALL=de_DE.UTF-8).
    for (const QString& entry : extraEnv)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    QStringList full;
    if (!db.isEmpty())
        full << QStringLiteral("--db") << db;
    full << args;
    process.start(QStringLiteral(RAPPORT_CLI_PATH), full);
    REQUIRE(process.waitForStarted());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

CliRun runCli(const QString& db, const QStringList& args, const QByteArray& stdinData)
{
    return run(db, args, stdinData, {});
}

CliRun runCliWithEnv(const QString& db, const QStringList& args, const QStringList& environment)
{
    return run(db, args, {}, environment);
}

// Everything a user can read out of a book as text: every export and the figures of the
// contract's commands, in JSON.
QStringList bookAsText(const QString& db, const QTemporaryDir& dir)
{
    QStringList out;
    // Products last (issue 19): callers find the others at their old positions.
    for (const char* kind : {"reps", "customers", "interactions", "surveys", "products"}) {
        const QString path =
            dir.filePath(QStringLiteral("%1-%2.csv").arg(QString::fromLatin1(kind)).arg(qHash(db)));
        const auto run = runCli(db, {QStringLiteral("export"), QString::fromLatin1(kind), path});
        REQUIRE(run.exitCode == 0);
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        out << QString::fromUtf8(file.readAll());
    }
    const QList<QStringList> commands{
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q3")},
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-10"),
         QStringLiteral("--rep"), QStringLiteral("amorgan")},
        {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
         QStringLiteral("--segment"), QStringLiteral("smb")},
        {QStringLiteral("trend"), QStringLiteral("nps"), QStringLiteral("--from"), QStringLiteral("2025-01"),
         QStringLiteral("--to"), QStringLiteral("2026-11")},
        {QStringLiteral("trend"), QStringLiteral("revenue"), QStringLiteral("--from"),
         QStringLiteral("2025-Q1"), QStringLiteral("--to"), QStringLiteral("2026-Q4"), QStringLiteral("--by"),
         QStringLiteral("quarter")},
        {QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("2025-01"),
         QStringLiteral("--to"), QStringLiteral("2026-10")},
        {QStringLiteral("goals")},
    };
    for (QStringList args : commands) {
        args << QStringLiteral("--format") << QStringLiteral("json");
        // A running goal's progress depends on the moment it is asked: fix it.
        const auto run = runCliWithEnv(db, args, {QStringLiteral("RAPPORT_NOW=2026-11-20T12:00:00Z")});
        INFO(args.join(QLatin1Char(' ')).toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        out << run.out;
    }
    return out;
}

// A Rapport file in `dir` filled with demo data by the real CLI.
QString demoBook(const QTemporaryDir& dir, const char* customers, const char* seed)
{
    const QString file = dir.filePath(QStringLiteral("desk.sqlite"));
    // The clock pinned too: the demo's open follow-ups are planned around its now.
    REQUIRE(
        runCliWithEnv(file,
                      {QStringLiteral("demo"), QStringLiteral("--customers"), QString::fromLatin1(customers),
                       QStringLiteral("--seed"), QString::fromLatin1(seed), QStringLiteral("--until"),
                       QStringLiteral("2026-11-30")},
                      {QStringLiteral("RAPPORT_NOW=2026-12-01T09:00:00Z")})
            .exitCode == 0);
    return file;
}

QJsonObject parseJson(const QString& text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(text.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace rapport::test
