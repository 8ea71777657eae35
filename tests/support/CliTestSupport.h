#pragma once

#include <QString>
#include <QStringList>

namespace rapport::test {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real rapport-cli binary with `args` (and `--db db` first when db is not empty).
CliRun runCli(const QString& db, const QStringList& args, const QByteArray& stdinData = {});
// The same with extra environment variables (for example XDG_DATA_HOME, to find the log).
CliRun runCliWithEnv(const QString& db, const QStringList& args, const QStringList& environment);

} // namespace rapport::test
