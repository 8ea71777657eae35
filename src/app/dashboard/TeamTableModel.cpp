#include "dashboard/TeamTableModel.h"

#include "metrics/MetricCatalogue.h"
#include "metrics/WilsonInterval.h"
#include "widgets/MetricFormat.h"

#include <QFont>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace rapport::app {
namespace {

qint64 minimumResponses()
{
    return core::MetricCatalogue::of(core::Metric::Csat).minimumSample;
}

// The figure a column shows, for the percentile row (none for the name and the interval).
QString keyOfColumn(int column)
{
    switch (column) {
    case TeamTableModel::Csat:
        return QStringLiteral("csat");
    case TeamTableModel::Nps:
        return QStringLiteral("nps");
    case TeamTableModel::FollowUpRate:
        return QStringLiteral("follow_up_rate");
    case TeamTableModel::ComplaintRate:
        return QStringLiteral("complaint_rate");
    case TeamTableModel::Revenue:
        return QStringLiteral("revenue");
    case TeamTableModel::Responses:
        return QStringLiteral("responses");
    default:
        return {};
    }
}

} // namespace

TeamTableModel::TeamTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void TeamTableModel::setTeam(std::vector<core::TeamFigures> team)
{
    beginResetModel();
    m_team = std::move(team);
    endResetModel();
}

bool TeamTableModel::tooFewResponses(int row) const
{
    if (rep(row).kind == core::TeamFigures::Kind::Percentile)
        return false;
    return rep(row).result.responses.at(QStringLiteral("csat")) < minimumResponses();
}

bool TeamTableModel::aggregatesOnly() const
{
    return std::any_of(m_team.begin(), m_team.end(),
                       [](const core::TeamFigures& t) { return t.kind != core::TeamFigures::Kind::Rep; });
}

int TeamTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_team.size());
}

int TeamTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const core::TeamFigures& t = rep(index.row());
    if (t.kind == core::TeamFigures::Kind::Percentile)
        return percentileData(t, index.column(), role);
    const core::MetricsResult& r = t.result;
    const qint64 csatResponses = r.responses.at(QStringLiteral("csat"));
    const bool few = csatResponses < minimumResponses();
    auto number = [](std::optional<double> v) {
        return v ? QVariant(*v) : QVariant(-std::numeric_limits<double>::infinity());
    };
    const auto interval = core::wilsonInterval(t.csatSatisfied, csatResponses);

    if (role == Qt::DisplayRole) {
        const QLocale locale;
        switch (index.column()) {
        case Rep:
            if (t.kind == core::TeamFigures::Kind::TeamTotal)
                return tr("Team total");
            return t.repName.isEmpty() ? t.repId : t.repName;
        case Csat:
            return few && r.csat
                       ? QString(MetricFormat::value(QStringLiteral("csat"), r.csat) + tr(" (too few)"))
                       : MetricFormat::value(QStringLiteral("csat"), r.csat);
        case CsatInterval:
            return interval ? tr("%1 – %2 %")
                                  .arg(locale.toString(interval->low, 'f', 0),
                                       locale.toString(interval->high, 'f', 0))
                            : QStringLiteral("—");
        case Nps:
            return MetricFormat::value(QStringLiteral("nps"), r.nps);
        case FollowUpRate:
            return MetricFormat::value(QStringLiteral("follow_up_rate"), r.followUpRate);
        case ComplaintRate:
            return MetricFormat::value(QStringLiteral("complaint_rate"), r.complaintRate);
        case Revenue:
            return MetricFormat::value(QStringLiteral("revenue"), r.value(QStringLiteral("revenue")));
        case Responses:
            return locale.toString(csatResponses + r.responses.at(QStringLiteral("nps")) +
                                   r.responses.at(QStringLiteral("ces")));
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Rep:
            return t.repName.isEmpty() ? t.repId : t.repName;
        case Csat:
            return number(r.csat);
        case CsatInterval:
            return interval ? QVariant(interval->low) : QVariant(-std::numeric_limits<double>::infinity());
        case Nps:
            return number(r.nps);
        case FollowUpRate:
            return number(r.followUpRate);
        case ComplaintRate:
            return number(r.complaintRate);
        case Revenue:
            return QVariant(r.revenueCents);
        case Responses:
            return QVariant(csatResponses + r.responses.at(QStringLiteral("nps")) +
                            r.responses.at(QStringLiteral("ces")));
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() != Rep)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (t.kind == core::TeamFigures::Kind::TeamTotal) {
        if (role == Qt::FontRole) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return tr("The whole team's figures for the period, as the server adds them up: no rep's "
                      "records or name are shown");
    }
    // Figures to read with care (too few answers, still provisional) are in italics.
    const bool tooFew = few && (index.column() == Csat || index.column() == CsatInterval);
    const bool provisional = index.column() == FollowUpRate && r.followUpsStillOpen > 0;
    if (role == Qt::FontRole && (tooFew || provisional)) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (tooFew) {
        if (role == Qt::ToolTipRole)
            return tr(
                "Only %Ln CSAT response(s) in this period: too few to judge. The 95% interval shows how "
                "uncertain the figure is.",
                nullptr, static_cast<int>(csatResponses));
    }
    if (provisional) {
        if (role == Qt::ToolTipRole)
            return tr("Provisional: %Ln purchase(s) of this period have no follow-up yet but are still "
                      "inside their follow-up window, so the rate can still rise.",
                      nullptr, static_cast<int>(r.followUpsStillOpen));
    }
    if (role == Qt::ToolTipRole && index.column() == CsatInterval)
        return tr("Wilson 95% interval of the CSAT share");
    return {};
}

QVariant TeamTableModel::percentileData(const core::TeamFigures& t, int column, int role) const
{
    const QString key = keyOfColumn(column);
    const auto found = key.isEmpty() ? t.percentiles.end() : t.percentiles.find(key);
    if (role == Qt::DisplayRole || role == SortRole) {
        if (column == Rep)
            return tr("Your percentile among %n rep(s)", nullptr, t.teamReps);
        if (found == t.percentiles.end())
            return QStringLiteral("—");
        return QLocale().toString(found->second, 'f', 0);
    }
    if (role == Qt::TextAlignmentRole && column != Rep)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == Rep || found != t.percentiles.end())
            return tr("Your percentile rank among the team's reps: the share of them you do better than "
                      "(an equal value counts half). The server gives the team's values without names.");
        return tr("No percentile: you have no figure here, or the team has fewer than three reps");
    }
    return {};
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rep:
        return tr("Rep");
    case Csat:
        return tr("CSAT (%)");
    case CsatInterval:
        return tr("CSAT 95% interval");
    case Nps:
        return tr("NPS");
    case FollowUpRate:
        return tr("Follow-up rate (%)");
    case ComplaintRate:
        return tr("Complaints per 100 customers");
    case Revenue:
        return tr("Revenue");
    case Responses:
        return tr("Survey responses");
    default:
        return {};
    }
}

} // namespace rapport::app
