#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

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

// A command's --format json output as an object; fails the test (printing the text) otherwise.
QJsonObject parseJson(const QString& text);

// Everything a user can read out of a book as text: every export and the figures of the
// contract's commands, in JSON (exports are written into `dir`).
QStringList bookAsText(const QString& db, const QTemporaryDir& dir);
// A Rapport file in `dir` filled with demo data by the real CLI.
QString demoBook(const QTemporaryDir& dir, const char* customers, const char* seed);

} // namespace rapport::test
