#pragma once

#include <QStringList>

namespace rapport::core {

// The functions through which a rep's login on a team server reads the team's figures as
// aggregates only (team.md: "team figures as aggregates only (team totals, percentiles
// without names)"). Row-level security hides every other rep's rows from a rep, so these run
// as the tables' owner (SECURITY DEFINER) and return counts, never a row, an id, a name or a
// value of one customer:
//
//   rapport_team_counts(p_start, p_end, p_window, p_now)
//     one row: what MetricsStore counts for the whole book over [p_start, p_end) (survey
//     score histograms, the customer base, revenue, follow-ups, complaints), from which the
//     engine makes the team's contract figures;
//   rapport_team_categories(p_start, p_end)
//     complaints per stored category (complaints_by_category);
//   rapport_team_values(p_start, p_end, p_window, p_now, p_complaint_window)
//     per measure, one (amount, sample) per rep of the role "rep", never labelled and ordered
//     by those two numbers only, each list on its own: no entry can be tied to a rep or to
//     the same rep's entry of another measure. Empty below kMinTeamReps reps.
//
// Their bodies are generated from MetricsStore's and ComplaintFollowUpStore's own statement
// texts (the named parameters replaced by the functions' typed bigint parameters), wrapped in
// aggregates, so the team's figures are counted from the same rows a manager's engine reads.
// Only typed parameters come in; nothing a caller passes is ever spliced into SQL.
class TeamAggregateSql
{
public:
    // Fewer reps than this and rapport_team_values returns nothing: with two, each would
    // read the other's value off the list (SelfViewComparison::kMinTeamReps).
    static constexpr int kMinTeamReps = 3;

    // The statements that (re)create the functions and grant them to rapport_rep and
    // rapport_manager (run by TeamSchema after every migration).
    static QStringList statements();
};

} // namespace rapport::core
