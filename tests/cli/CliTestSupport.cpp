#include "CliTestSupport.h"

#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace rapport::test {

CliRun runCli(const QString& db, const QStringList& args, const QByteArray& stdinData)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace rapport::test
