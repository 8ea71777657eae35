#include "CommandRegistry.h"

#include <algorithm>

namespace rapport::cli {
namespace {

std::vector<std::pair<int, CommandRegistry::Factory>>& factories()
{
    static std::vector<std::pair<int, CommandRegistry::Factory>> list;
    return list;
}

} // namespace

bool CommandRegistry::add(int order, Factory factory)
{
    factories().emplace_back(order, std::move(factory));
    return true;
}

std::vector<std::unique_ptr<Command>> CommandRegistry::all()
{
    auto sorted = factories();
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::unique_ptr<Command>> commands;
    for (const auto& [order, make] : sorted)
        commands.push_back(make());
    return commands;
}

} // namespace rapport::cli
