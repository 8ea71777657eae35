#pragma once

#include "Command.h"

#include <memory>
#include <vector>

namespace rapport::cli {

// Every command of rapport-cli, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

} // namespace rapport::cli
