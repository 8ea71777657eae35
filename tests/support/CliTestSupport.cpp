#include "CliTestSupport.h"

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace rapport::test {

namespace {

CliRun run(const QString& db, const QStringList& args, const QByteArray& stdinData,
           const QStringList& extraEnv)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : extraEnv)
        env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
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

} // namespace rapport::test
