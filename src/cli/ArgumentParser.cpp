#include "ArgumentParser.h"

#include "CliContext.h"
#include "Command.h"

#include <algorithm>

namespace rapport::cli {

ArgumentParser::ArgumentParser(const Command& command) : m_command(command)
{
    m_parser.setApplicationDescription(command.summary());
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
}

void ArgumentParser::addOption(const QCommandLineOption& option)
{
    m_parser.addOption(option);
    if (!option.valueName().isEmpty())
        m_valueOptions << option.names().constFirst();
}

void ArgumentParser::addValueOption(const QString& name, const QString& description, const QString& valueName,
                                    const QString& defaultValue)
{
    addOption(QCommandLineOption(name, description, valueName, defaultValue));
}

void ArgumentParser::addFlag(const QString& name, const QString& description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

void ArgumentParser::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    m_positionalNames << name;
}

void ArgumentParser::setPositionalCount(int min, int max)
{
    m_minPositional = min;
    m_maxPositional = max;
}

QString ArgumentParser::usage() const
{
    QString help = m_parser.helpText();
    // Qt's first line names the binary's path and "[options]"; ours names the command.
    const qsizetype firstBreak = help.indexOf(QLatin1Char('\n'));
    help = help.mid(firstBreak + 1);
    return tr("Usage: %1").arg(QStringLiteral("rapport-cli [--db FILE] ") + m_command.synopsis()) +
           QLatin1Char('\n') + help;
}

std::optional<int> ArgumentParser::parse(CliContext& context, const QStringList& args)
{
    QStringList full = args;
    full.prepend(QStringLiteral("rapport-cli ") + m_command.name());
    if (!m_parser.parse(full))
        return usageError(context, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        context.out() << usage() << Qt::flush;
        return ExitSuccess;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < m_minPositional)
        return usageError(context, tr("%1: missing arguments").arg(m_command.name()));
    if (count > m_maxPositional)
        return usageError(context,
                          tr("%1: unexpected argument '%2'")
                              .arg(m_command.name(), m_parser.positionalArguments().at(m_maxPositional)));
    for (const QString& name : m_valueOptions) {
        const QStringList values = m_parser.values(name);
        if (m_parser.isSet(name) &&
            std::any_of(values.begin(), values.end(), [](const QString& v) { return v.isEmpty(); }))
            return usageError(context, tr("%1: --%2 is empty; give it a value (is a shell variable unset?)")
                                           .arg(m_command.name(), name));
    }
    const QStringList positional = m_parser.positionalArguments();
    for (qsizetype i = 0; i < positional.size(); ++i) {
        if (positional.at(i).isEmpty())
            return usageError(context, tr("%1: %2 is empty; give it a value (is a shell variable unset?)")
                                           .arg(m_command.name(), i < m_positionalNames.size()
                                                                      ? m_positionalNames.at(i)
                                                                      : tr("argument %1").arg(i + 1)));
    }
    return std::nullopt;
}

int ArgumentParser::usageError(CliContext& context, const QString& message) const
{
    context.err() << QStringLiteral("rapport-cli: ") << message << QStringLiteral("\n\n") << usage()
                  << Qt::flush;
    return ExitUsage;
}

} // namespace rapport::cli
