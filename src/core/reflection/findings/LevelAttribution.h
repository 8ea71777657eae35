#pragma once

#include "common/Result.h"
#include "reflection/Finding.h"

namespace rapport::core::findings {

struct FindingContext;
struct Tally;

// Puts each finding at the level where it arises (issue 21, docs/reflection.md "Level").
// A rep's or segment's complaint-category or opposing-metrics finding that the whole team
// shows too is tested again as a departure: its change against the change of the rest of
// the team (the team's counts minus its own). When it does not depart by more than the bar,
// it is the team's finding, not its own: in a rep's or segment's report such team findings
// are told in one info line ("as in the whole team"); in the team's report they become a
// line of the team finding's evidence. A finding that does depart stays, ranked by its
// departure. Trends and comment themes have no departure test: in a rep's or segment's
// report they are matched with the team's by subject alone.
class LevelAttribution
{
public:
    // `team`: the team pass behind a rep's or segment's report; null for the team's report.
    static void apply(FindingContext& c, const FindingContext* team);

    // z of the difference between the change of `own` and the change of `rest`, positive when
    // own rose more. Complaint rates: log rate ratios (0.5 added to each count), otherwise the
    // mean of +1 (a) / -1 (b) / 0 scores over n (a proportion when b = 0). 0 when undefined.
    static double departureZ(FindingKind kind, const Tally& own, const Tally& rest);
};

} // namespace rapport::core::findings
