#include "TeamCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "services/TeamService.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(TeamCommand, 108)

int TeamCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addPositional(QStringLiteral("ACTION"), tr("add-user, remove-user or list"));
    parser.addPositional(QStringLiteral("LOGIN"), tr("the person's database login"));
    parser.addValueOption(QStringLiteral("role"), tr("rep, manager or admin"), QStringLiteral("ROLE"));
    parser.addValueOption(QStringLiteral("rep"), tr("the rep id a rep login is"), QStringLiteral("ID"));
    parser.addValueOption(QStringLiteral("password-file"),
                          tr("a file whose first line is the login's password"), QStringLiteral("F"));
    parser.addValueOption(QStringLiteral("format"), tr("table (default) or json"), QStringLiteral("FORMAT"),
                          QStringLiteral("table"));
    parser.setPositionalCount(1, 2);
    if (auto done = parser.parse(context, args))
        return *done;
    const QStringList positional = parser.positional();
    const QString action = positional.first();
    const bool needsLogin = action == QLatin1String("add-user") || action == QLatin1String("remove-user");
    if (!needsLogin && action != QLatin1String("list"))
        return parser.usageError(context, tr("unknown action '%1'").arg(action));
    if (needsLogin != (positional.size() == 2))
        return parser.usageError(context,
                                 needsLogin ? tr("%1 needs a LOGIN").arg(action) : tr("list takes no LOGIN"));
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return parser.usageError(context, tr("--format is table or json"));

    QString password;
    if (parser.isSet(QStringLiteral("password-file"))) {
        QFile file(parser.value(QStringLiteral("password-file")));
        if (!file.open(QIODevice::ReadOnly))
            return context.fail(
                tr("Cannot read the password file %1: %2").arg(file.fileName(), file.errorString()),
                ExitFailure);
        password = QString::fromUtf8(file.readLine()).trimmed();
    }

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    core::TeamService team(*db);
    if (action == QLatin1String("add-user")) {
        const core::TeamMember member{positional.at(1), parser.value(QStringLiteral("role")),
                                      parser.value(QStringLiteral("rep")), true};
        if (core::Status s = team.addUser(member, password); !s)
            return context.fail(s.error().message, ExitFailure);
        context.out() << tr("Added %1 as %2.\n").arg(member.login, member.role);
        return ExitSuccess;
    }
    if (action == QLatin1String("remove-user")) {
        if (core::Status s = team.removeUser(positional.at(1)); !s)
            return context.fail(s.error().message, ExitFailure);
        context.out() << tr("Removed %1.\n").arg(positional.at(1));
        return ExitSuccess;
    }
    auto users = team.users();
    if (!users)
        return context.fail(users.error().message, ExitFailure);
    if (format == QLatin1String("json")) {
        QJsonArray list;
        for (const core::TeamMember& m : *users)
            list.append(
                QJsonObject{{QStringLiteral("login"), m.login},
                            {QStringLiteral("role"), m.role},
                            {QStringLiteral("rep"), m.repId.isEmpty() ? QJsonValue() : QJsonValue(m.repId)},
                            {QStringLiteral("can_log_in"), m.canLogIn}});
        context.out() << QJsonDocument(QJsonObject{{QStringLiteral("users"), list}}).toJson();
        return ExitSuccess;
    }
    context.out() << QStringLiteral("%1 %2 %3\n").arg(tr("login"), -24).arg(tr("role"), -8).arg(tr("rep"));
    for (const core::TeamMember& m : *users)
        context.out() << QStringLiteral("%1 %2 %3%4\n")
                             .arg(m.login, -24)
                             .arg(m.role, -8)
                             .arg(m.repId, m.canLogIn ? QString() : tr("  (cannot log in)"));
    return ExitSuccess;
}

} // namespace rapport::cli
