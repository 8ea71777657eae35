#include "reflection/SelfViewComparison.h"

#include "metrics/MetricCatalogue.h"
#include "metrics/MetricsEngine.h"
#include "metrics/TeamAggregates.h"
#include "storage/ComplaintFollowUpStore.h"
#include "storage/RepRepository.h"

#include <QCoreApplication>
#include <cmath>
#include <map>

namespace rapport::core {

QString toString(SelfViewVerdict verdict)
{
    switch (verdict) {
    case SelfViewVerdict::InLine:
        return QStringLiteral("in line");
    case SelfViewVerdict::BlindSpot:
        return QStringLiteral("blind spot");
    case SelfViewVerdict::HiddenStrength:
        return QStringLiteral("hidden strength");
    case SelfViewVerdict::TooLittleData:
        return QStringLiteral("too little data");
    case SelfViewVerdict::NotMeasured:
        break;
    }
    return QStringLiteral("not measured");
}

namespace {

const QString kCsatAfterComplaints = QStringLiteral("csat_after_complaints");

struct Observed
{
    std::optional<double> value;
    qint64 sample = 0;
};

// The measures set beside each dimension.
const std::map<QString, QStringList>& measuresByDimension()
{
    static const std::map<QString, QStringList> map{
        {QStringLiteral("follow_up"), {QStringLiteral("follow_up_rate")}},
        {QStringLiteral("complaints"), {QStringLiteral("resolution_hours_median"), kCsatAfterComplaints}},
        {QStringLiteral("listening"), {QStringLiteral("csat"), QStringLiteral("nps")}},
    };
    return map;
}

// csat_after_complaints is no contract figure; like CSAT, higher is better.
bool higherIsBetter(const QString& key)
{
    return key == kCsatAfterComplaints || MetricCatalogue::higherIsBetter(key);
}

// How a measure reads in a sentence: the contract figure's phrase, or the one measure of
// this comparison that is no contract figure.
QString measurePhrase(const QString& key)
{
    if (key == kCsatAfterComplaints)
        return QCoreApplication::translate("SelfViewComparison", "CSAT after a complaint");
    const MetricDescription* d = MetricCatalogue::find(key);
    return d ? d->translatedPhrase() : key;
}

long rounded(double v)
{
    return std::lround(v);
}

} // namespace

double SelfViewComparison::percentileRank(double value, const std::vector<double>& team, bool higherIsBetter)
{
    return core::percentileRank(value, team, higherIsBetter);
}

SelfViewVerdict SelfViewComparison::verdictFor(double selfScore, std::optional<double> evidencePercentile)
{
    if (!evidencePercentile)
        return SelfViewVerdict::TooLittleData;
    if (selfScore >= kBlindSpotSelfFrom && *evidencePercentile < kBlindSpotPercentileBelow)
        return SelfViewVerdict::BlindSpot;
    if (selfScore < kHiddenStrengthSelfBelow && *evidencePercentile >= kHiddenStrengthPercentileFrom)
        return SelfViewVerdict::HiddenStrength;
    const bool middle = selfScore >= kHiddenStrengthSelfBelow && selfScore < kBlindSpotSelfFrom;
    if (middle && *evidencePercentile < kMiddleBlindSpotPercentileBelow)
        return SelfViewVerdict::BlindSpot;
    if (middle && *evidencePercentile >= kMiddleHiddenStrengthPercentileFrom)
        return SelfViewVerdict::HiddenStrength;
    return SelfViewVerdict::InLine;
}

Result<std::vector<DimensionSelfView>> SelfViewComparison::compare(const QString& repId,
                                                                   const AssessmentProfile& profile,
                                                                   const Period& period) const
{
    // A rep's login on a team server sees no other rep's rows: the team's values come from
    // the server's aggregates instead, one unlabelled value per rep (the rep's own among them).
    const TeamAggregateReader aggregates(m_db, m_clock);
    auto sessionRep = aggregates.sessionRep();
    if (!sessionRep)
        return sessionRep.error();
    QStringList team;
    if (*sessionRep) {
        team << repId;
    } else {
        auto reps = RepRepository(m_db).list();
        if (!reps)
            return reps.error();
        for (const Rep& rep : *reps) {
            if (rep.role == RepRole::Rep)
                team << rep.id;
        }
        if (!team.contains(repId))
            team << repId; // a manager who took the questionnaire is compared with the reps
    }

    MetricsEngine engine(m_db, m_clock);
    auto window = engine.followUpWindowDays();
    if (!window)
        return window.error();
    auto afterComplaints = ComplaintFollowUpStore(m_db).csatAfterComplaintsByOwner(
        period.start().toSecsSinceEpoch(), period.end().toSecsSinceEpoch(),
        qint64{kComplaintWindowDays} * 86400);
    if (!afterComplaints)
        return afterComplaints.error();

    std::map<QString, std::map<QString, Observed>> observed; // rep -> key -> value
    for (const QString& id : team) {
        auto r = engine.compute(period, Scope::rep(id),
                                MetricsEngine::Surveys | MetricsEngine::Revenue | MetricsEngine::FollowUps |
                                    MetricsEngine::Complaints); // Revenue: the purchase count
        if (!r)
            return r.error();
        auto& mine = observed[id];
        mine[QStringLiteral("follow_up_rate")] = {r->followUpRate, r->purchases};
        mine[QStringLiteral("resolution_hours_median")] = {r->resolutionHoursMedian,
                                                           r->complaints - r->openComplaints};
        mine[QStringLiteral("csat")] = {r->csat, r->responses[QStringLiteral("csat")]};
        mine[QStringLiteral("nps")] = {r->nps, r->responses[QStringLiteral("nps")]};
        const auto counts = afterComplaints->find(id);
        Observed after;
        if (counts != afterComplaints->end() && counts->second.total > 0) {
            after.value = 100.0 * static_cast<double>(counts->second.satisfied) /
                          static_cast<double>(counts->second.total);
            after.sample = counts->second.total;
        }
        mine[kCsatAfterComplaints] = after;
    }

    // Per measure, the values of the reps with enough data to compare.
    std::map<QString, std::vector<double>> comparable;
    if (*sessionRep) {
        auto server =
            aggregates.read(period, qint64{kComplaintWindowDays} * 86400, TeamAggregateReader::RepValues);
        if (!server)
            return server.error();
        for (const auto& [key, values] : server->reps) {
            for (const TeamValue& v : values) {
                if (v.value && v.sample >= kMinSample)
                    comparable[key].push_back(*v.value);
            }
        }
    } else {
        for (const auto& [dimension, measures] : measuresByDimension()) {
            for (const QString& measure : measures) {
                for (const QString& id : team) {
                    const Observed o = observed[id][measure];
                    if (o.value && o.sample >= kMinSample)
                        comparable[measure].push_back(*o.value);
                }
            }
        }
    }

    std::vector<DimensionSelfView> out;
    for (const DimensionProfile& d : profile.dimensions()) {
        DimensionSelfView view;
        view.dimension = d.id;
        view.name = d.name;
        view.selfScore = d.score;
        const auto mapped = measuresByDimension().find(d.id);
        if (mapped == measuresByDimension().end()) {
            view.verdict = SelfViewVerdict::NotMeasured;
            view.explanation = QCoreApplication::translate(
                "SelfViewComparison", "No measured behaviour corresponds to this dimension.");
            out.push_back(std::move(view));
            continue;
        }
        double sum = 0;
        int counted = 0;
        QStringList notes;
        for (const QString& key : mapped->second) {
            SelfViewMeasure m;
            m.key = key;
            m.higherIsBetter = higherIsBetter(key);
            const Observed own = observed[repId][key];
            m.value = own.value;
            m.sample = own.sample;
            const std::vector<double>& values = comparable[key];
            m.comparedReps = static_cast<int>(values.size());
            if (!own.value || own.sample < kMinSample)
                m.note = QCoreApplication::translate(
                             "SelfViewComparison",
                             "%1: too little data (%2 records in the period, at least %3 needed)")
                             .arg(measurePhrase(key))
                             .arg(own.sample)
                             .arg(kMinSample);
            else if (m.comparedReps < kMinTeamReps)
                m.note = QCoreApplication::translate(
                             "SelfViewComparison",
                             "%1: only %2 reps have enough data to compare, at least %3 needed")
                             .arg(measurePhrase(key))
                             .arg(m.comparedReps)
                             .arg(kMinTeamReps);
            else
                m.percentile = percentileRank(*own.value, values, m.higherIsBetter);
            if (m.percentile) {
                sum += *m.percentile;
                ++counted;
            } else {
                notes << m.note;
            }
            view.measures.push_back(std::move(m));
        }
        if (counted > 0)
            view.evidencePercentile = sum / counted;
        view.verdict = verdictFor(view.selfScore, view.evidencePercentile);
        switch (view.verdict) {
        case SelfViewVerdict::BlindSpot:
            view.explanation = QCoreApplication::translate(
                                   "SelfViewComparison",
                                   "You rate yourself %1 on %2, but the data places you at percentile %3 of "
                                   "the team.")
                                   .arg(rounded(view.selfScore))
                                   .arg(d.name.toLower())
                                   .arg(rounded(*view.evidencePercentile));
            break;
        case SelfViewVerdict::HiddenStrength:
            view.explanation =
                QCoreApplication::translate(
                    "SelfViewComparison",
                    "You rate yourself only %1 on %2, yet the data places you at percentile %3 "
                    "of the team.")
                    .arg(rounded(view.selfScore))
                    .arg(d.name.toLower())
                    .arg(rounded(*view.evidencePercentile));
            break;
        case SelfViewVerdict::InLine:
            view.explanation = QCoreApplication::translate(
                                   "SelfViewComparison",
                                   "Your self-rating (%1) and the data (percentile %2 of the team) do not "
                                   "contradict each other.")
                                   .arg(rounded(view.selfScore))
                                   .arg(rounded(*view.evidencePercentile));
            break;
        case SelfViewVerdict::TooLittleData:
        case SelfViewVerdict::NotMeasured:
            view.explanation =
                QCoreApplication::translate("SelfViewComparison", "Too little data to judge: %1.")
                    .arg(notes.join(QStringLiteral("; ")));
            break;
        }
        out.push_back(std::move(view));
    }
    return out;
}

} // namespace rapport::core
