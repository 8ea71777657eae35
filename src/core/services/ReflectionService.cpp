#include "services/ReflectionService.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/LatestProfile.h"
#include "storage/FindingsStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace rapport::core {

ReflectionPicture ReflectionService::picture(const Period& period, const Scope& scope,
                                             const QString& selfViewRep) const
{
    ReflectionPicture run;
    run.period = period;
    run.scope = scope;
    run.selfViewRep = selfViewRep;
    QElapsedTimer timer;
    timer.start();
    MetricsEngine engine(m_db, m_clock);
    auto found = FindingsEngine(m_db, engine).find(period, scope);
    if (!found) {
        run.error = found.error().message;
        return run;
    }
    run.findings = std::move(*found);
    FindingsStore store(m_db);
    for (const auto& f : run.findings) {
        QStringList names;
        for (const auto& r : f.records) {
            if (names.size() >= kExamples)
                break;
            auto n = store.customerNames(r.table, r.ids, kExamples - static_cast<int>(names.size()));
            if (n)
                names << *n;
        }
        run.examples.push_back(names);
    }
    if (!selfViewRep.isEmpty()) {
        auto latest = LatestProfile::read(m_db, selfViewRep);
        if (!latest) {
            run.selfViewProblem = latest.error().message;
        } else if (!latest->has_value()) {
            // The findings page's words (and its translations).
            run.selfViewProblem = QCoreApplication::translate(
                "FindingsPanel", "No questionnaire has been taken yet, so there is no self-view to compare.");
        } else {
            const auto& profile = (*latest)->profile;
            auto views = profile ? SelfViewComparison(m_db, m_clock).compare(selfViewRep, *profile, period)
                                 : Result<std::vector<DimensionSelfView>>(profile.error());
            if (views)
                run.selfView = std::move(*views);
            else
                run.selfViewProblem = views.error().message;
        }
    }
    run.elapsedMs = timer.elapsed();
    return run;
}

} // namespace rapport::core
