#pragma once

#include "metrics/DashboardCalculator.h"

#include <QAbstractTableModel>
#include <vector>

namespace rapport::app {

// One row per rep with the main figures of the period. A rep's login on a team server, which
// sees no other rep, gets three rows instead: the rep's own, the team's total and the rep's
// percentile per column (core::TeamFigures::Kind). Qt::DisplayRole is formatted text,
// Qt::UserRole the raw number for sorting (empty figures sort first as NaN-free -inf).
// Reps with fewer CSAT responses than CSAT's minimum sample (MetricCatalogue) are marked:
// their CSAT is too uncertain to judge, as Wilson's 95% interval next to it shows.
class TeamTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamTableModel)

public:
    enum Column {
        Rep,
        Csat,
        CsatInterval,
        Nps,
        FollowUpRate,
        ComplaintRate,
        Revenue,
        Responses,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit TeamTableModel(QObject* parent = nullptr);

    void setTeam(std::vector<core::TeamFigures> team);
    const core::TeamFigures& rep(int row) const { return m_team.at(static_cast<std::size_t>(row)); }
    bool tooFewResponses(int row) const;
    // The rows are a rep's view of the team (own row, total, percentiles), not one per rep.
    bool aggregatesOnly() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant percentileData(const core::TeamFigures& t, int column, int role) const;

    std::vector<core::TeamFigures> m_team;
};

} // namespace rapport::app
