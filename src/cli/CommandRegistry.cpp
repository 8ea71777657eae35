#include "CommandRegistry.h"

#include "commands/BackupCommand.h"
#include "commands/InitCommand.h"
#include "commands/InfoCommand.h"

namespace rapport::cli {

std::vector<std::unique_ptr<Command>> allCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<InitCommand>());
    commands.push_back(std::make_unique<InfoCommand>());
    commands.push_back(std::make_unique<BackupCommand>());
    return commands;
}

} // namespace rapport::cli
