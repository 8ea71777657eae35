#include "reflection/findings/LevelAttribution.h"

#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace rapport::core::findings {

namespace {

bool repeatable(FindingKind kind)
{
    return kind == FindingKind::ComplaintCategoryChange || kind == FindingKind::OpposingMetrics ||
           kind == FindingKind::OpposingTrend || kind == FindingKind::CommentTheme;
}

// The same story: kind and subject (whose order of metric keys carries the direction), and
// for complaint categories the same direction.
bool sameStory(const Finding& a, const Finding& b)
{
    return a.kind == b.kind && a.subject == b.subject &&
           (a.kind != FindingKind::ComplaintCategoryChange || (a.statistic > 0) == (b.statistic > 0));
}

std::optional<Tally> tallyOf(const FindingContext& c, FindingKind kind, const Scope& scope,
                             const QString& key)
{
    const auto it = c.tallies.find(tallyKey(kind, scope, key));
    if (it == c.tallies.end())
        return std::nullopt;
    return it->second;
}

double meanChange(const Tally& t)
{
    if (t.n1 <= 0 || t.n2 <= 0)
        return 0;
    return static_cast<double>(t.a1 - t.b1) / static_cast<double>(t.n1) -
           static_cast<double>(t.a2 - t.b2) / static_cast<double>(t.n2);
}

// How far `scope` moves beyond the rest of the team in the direction of `story` (positive:
// further the same way, negative: less far or the other way); nullopt when it cannot be tested.
std::optional<double> departure(const Finding& story, const Scope& scope, const FindingContext& own,
                                const FindingContext& team)
{
    QStringList keys;
    if (story.kind == FindingKind::ComplaintCategoryChange)
        keys << story.subject;
    else if (story.kind == FindingKind::OpposingMetrics)
        keys = story.subject.split(QLatin1Char('/'));
    else
        return std::nullopt;
    std::optional<double> furthest;
    for (const QString& key : keys) {
        const auto mine = tallyOf(own, story.kind, scope, key);
        const auto all = tallyOf(team, story.kind, Scope::all(), key);
        if (!mine || !all)
            continue;
        // The direction of the story: the team's change (a complaint category: rising or falling).
        const double direction = story.kind == FindingKind::ComplaintCategoryChange
                                     ? (story.statistic > 0 ? 1.0 : -1.0)
                                     : (meanChange(*all) >= 0 ? 1.0 : -1.0);
        const double z = direction * LevelAttribution::departureZ(story.kind, *mine, *all - *mine);
        furthest = furthest ? std::max(*furthest, z) : z;
    }
    return furthest;
}

const Finding* teamStory(const std::vector<Finding>& teamFindings, const Finding& f)
{
    for (const Finding& g : teamFindings)
        if (g.scope.kind == Scope::Kind::All && sameStory(f, g))
            return &g;
    return nullptr;
}

} // namespace

double LevelAttribution::departureZ(FindingKind kind, const Tally& own, const Tally& rest)
{
    if (own.n1 <= 0 || own.n2 <= 0 || rest.n1 <= 0 || rest.n2 <= 0)
        return 0;
    if (kind == FindingKind::ComplaintCategoryChange) {
        auto logRatio = [](const Tally& t) {
            return std::log((static_cast<double>(t.a1) + 0.5) / static_cast<double>(t.n1)) -
                   std::log((static_cast<double>(t.a2) + 0.5) / static_cast<double>(t.n2));
        };
        auto variance = [](const Tally& t) {
            return 1.0 / (static_cast<double>(t.a1) + 0.5) + 1.0 / (static_cast<double>(t.a2) + 0.5);
        };
        return (logRatio(own) - logRatio(rest)) / std::sqrt(variance(own) + variance(rest));
    }
    auto variance = [](qint64 a, qint64 b, qint64 n) {
        const double mean = static_cast<double>(a - b) / static_cast<double>(n);
        return (static_cast<double>(a + b) / static_cast<double>(n) - mean * mean) / static_cast<double>(n);
    };
    const double v = variance(own.a1, own.b1, own.n1) + variance(own.a2, own.b2, own.n2) +
                     variance(rest.a1, rest.b1, rest.n1) + variance(rest.a2, rest.b2, rest.n2);
    return v > 0 ? (meanChange(own) - meanChange(rest)) / std::sqrt(v) : 0;
}

namespace {
QString storyKey(const Finding& g)
{
    return QStringLiteral("%1|%2|%3")
        .arg(toString(g.kind), g.subject, g.statistic > 0 ? QStringLiteral("+") : QStringLiteral("-"));
}
} // namespace

void LevelAttribution::apply(FindingContext& c, const FindingContext* team)
{
    const FindingContext& parent = team ? *team : c;
    const int tests = std::max(2, 2 * static_cast<int>(c.repNames.size()));
    // Decide first, move afterwards: in the team's report the team findings are in c.out too.
    std::vector<bool> keep(c.out.size(), true);
    std::set<const Finding*> applies;     // a rep's or segment's report: team findings that hold
    std::map<QString, QStringList> alike; // the team's report: storyKey -> where the same holds
    for (std::size_t i = 0; i < c.out.size(); ++i) {
        Finding& f = c.out[i];
        const bool subScope = f.scope.kind != Scope::Kind::All;
        const Finding* g = subScope && repeatable(f.kind) ? teamStory(parent.out, f) : nullptr;
        if (!g)
            continue;
        const double bar = FindingStatistics::criticalZFor(tests, f.namesPerson());
        const auto dep = departure(*g, f.scope, c, parent);
        // In the team's report a segment's trend may be what drives the team's: without a
        // departure test it keeps its own finding there.
        if (!dep && !team)
            continue;
        if (dep && *dep >= bar) {
            // Its own finding after all: ranked by how far it departs from the team.
            f.statistic = f.statistic < 0 ? -*dep : *dep;
            f.explanation += QLatin1Char(' ') +
                             QCoreApplication::translate("LevelAttribution",
                                                         "The whole team shows this too, but in %1 it goes "
                                                         "further than in the rest of the team (z = %2 for "
                                                         "the difference), so it is not only the team's "
                                                         "finding.")
                                 .arg(c.scopeWords(f.scope), fmt(*dep, 1));
            continue;
        }
        keep[i] = false;
        if (team)
            applies.insert(g);
        else
            alike[storyKey(*g)] << c.scopeWords(f.scope);
    }
    std::vector<Finding> kept;
    for (std::size_t i = 0; i < c.out.size(); ++i)
        if (keep[i])
            kept.push_back(std::move(c.out[i]));
    c.out = std::move(kept);

    if (!team) {
        for (Finding& g : c.out) {
            const auto it = g.scope.kind == Scope::Kind::All ? alike.find(storyKey(g)) : alike.end();
            if (it != alike.end())
                g.evidence << QCoreApplication::translate("LevelAttribution",
                                                          "The same holds, without departing from the rest "
                                                          "of the team, in %1.")
                                  .arg(it->second.join(QStringLiteral(", ")));
        }
        return;
    }
    // The team findings this rep or segment showed no finding of its own for: they apply
    // unless it clearly did better than the rest of the team.
    QStringList titles;
    QStringList subjects;
    for (const Finding& g : team->out) {
        if (g.scope.kind != Scope::Kind::All || !repeatable(g.kind))
            continue;
        if (!applies.count(&g)) {
            const bool said =
                std::any_of(c.out.begin(), c.out.end(), [&](const Finding& f) { return sameStory(f, g); });
            const auto dep = departure(g, c.scope, c, *team);
            const double bar = FindingStatistics::criticalZFor(tests, c.scope.kind == Scope::Kind::Rep);
            if (said || (dep && *dep <= -bar))
                continue;
        }
        titles << g.title;
        subjects << QStringLiteral("%1:%2").arg(toString(g.kind), g.subject);
    }
    if (titles.isEmpty())
        return;
    Finding line;
    line.kind = FindingKind::AsInTeam;
    line.severity = FindingSeverity::Info;
    line.scope = c.scope;
    line.subject = subjects.join(QLatin1Char(';'));
    line.title = QCoreApplication::translate("LevelAttribution", "As in the whole team: %1")
                     .arg(titles.join(QStringLiteral("; ")));
    line.explanation =
        QCoreApplication::translate(
            "LevelAttribution", "These are findings about the whole team, told in full in the team's report. "
                                "For %1 the figures move with the team's rather than apart from them, so "
                                "they are listed here once rather than as separate findings.")
            .arg(c.scopeWords(c.scope));
    c.out.push_back(std::move(line));
}

} // namespace rapport::core::findings
