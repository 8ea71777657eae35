#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <optional>

namespace rapport::cli {

class CliContext;
class Command;

// QCommandLineParser for one command, with rapport-cli's conventions: --help prints
// the command's usage and exits 0; a usage error prints the message and usage on
// stderr and exits 2. An empty option value or argument is a usage error: it is
// almost always an unset shell variable, and a default in its place would run the
// command on something the user did not name.
class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgumentParser)

public:
    explicit ArgumentParser(const Command& command);

    void addOption(const QCommandLineOption& option);
    void addValueOption(const QString& name, const QString& description, const QString& valueName,
                        const QString& defaultValue = {});
    void addFlag(const QString& name, const QString& description);
    void addPositional(const QString& name, const QString& description);
    void setPositionalCount(int min, int max);

    // std::nullopt: go on; otherwise the exit code to return now.
    std::optional<int> parse(CliContext& context, const QStringList& args);
    // Prints "message" and the usage on stderr and returns the usage exit code.
    int usageError(CliContext& context, const QString& message) const;

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    QString usage() const;

private:
    const Command& m_command;
    QCommandLineParser m_parser;
    QStringList m_valueOptions;
    QStringList m_positionalNames;
    int m_minPositional = 0;
    int m_maxPositional = 0;
};

} // namespace rapport::cli
