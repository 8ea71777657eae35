#pragma once

#include "Command.h"

#include <functional>
#include <memory>
#include <vector>

namespace rapport::cli {

// Commands register themselves from their own .cpp file:
//   namespace rapport::cli { RAPPORT_REGISTER_COMMAND(InitCommand, 10) ... }
// The number orders `rapport-cli --help` (the contract's order: init 10, demo 20,
// import 30, export 40, metrics 50, trend 60, cohorts 70, goals 80, report 90,
// backup 100, then extras).
class CommandRegistry
{
public:
    using Factory = std::function<std::unique_ptr<Command>()>;
    static bool add(int order, Factory factory);
    static std::vector<std::unique_ptr<Command>> all();
};

} // namespace rapport::cli

#define RAPPORT_REGISTER_COMMAND(Class, order)                                                               \
    namespace {                                                                                              \
    [[maybe_unused]] const bool registered##Class =                                                          \
        ::rapport::cli::CommandRegistry::add(order, [] { return std::make_unique<Class>(); });               \
    }
