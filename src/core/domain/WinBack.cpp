#include "domain/WinBack.h"

namespace rapport::core {
namespace {
constexpr const char* kCategoryPrefix = "win_back_";
constexpr WinBackOutcome kOutcomes[] = {WinBackOutcome::WonBack, WinBackOutcome::Declined,
                                        WinBackOutcome::NoAnswer};
} // namespace

QString outcomeKey(WinBackOutcome outcome)
{
    switch (outcome) {
    case WinBackOutcome::WonBack:
        return QStringLiteral("won_back");
    case WinBackOutcome::Declined:
        return QStringLiteral("declined");
    case WinBackOutcome::NoAnswer:
        break;
    }
    return QStringLiteral("no_answer");
}

QString outcomeCategory(WinBackOutcome outcome)
{
    return QLatin1String(kCategoryPrefix) + outcomeKey(outcome);
}

std::optional<WinBackOutcome> outcomeFromCategory(const QString& category)
{
    for (WinBackOutcome o : kOutcomes) {
        if (category == outcomeCategory(o))
            return o;
    }
    return std::nullopt;
}

} // namespace rapport::core
