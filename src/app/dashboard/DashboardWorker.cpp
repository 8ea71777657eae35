#include "dashboard/DashboardWorker.h"

#include "storage/Database.h"

namespace rapport::app {

DashboardWorker::DashboardWorker(const core::Clock& clock, std::shared_ptr<std::atomic<quint64>> latest)
    : m_clock(clock), m_latest(std::move(latest))
{
}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(quint64 generation, const QString& path, const core::Period& period,
                              const core::Scope& scope, quint64 dataVersion)
{
    if (m_latest->load() != generation)
        return; // overtaken by a newer request while queued
    if (!m_db || m_db->path() != path) {
        m_db.reset();
        auto db = core::Database::open(path, core::Database::OpenMode::OpenExisting);
        if (!db) {
            emit failed(generation, db.error().details());
            return;
        }
        m_db = std::move(*db);
        m_cache.clear();
    }
    if (dataVersion != m_dataVersion) {
        m_cache.clear(); // the data changed: every cached figure may be stale
        m_dataVersion = dataVersion;
    }
    const core::DashboardCalculator calculator(*m_db, m_clock);
    auto figures = calculator.compute(period, scope, &m_cache, false);
    if (!figures) {
        emit failed(generation, figures.error().details());
        return;
    }
    emit computed(generation, std::make_shared<const core::DashboardFigures>(std::move(*figures)));
    if (m_latest->load() != generation)
        return;
    // A newer request waits behind this one: stop between reps when overtaken.
    auto team = calculator.computeTeam(period, &m_cache, [this, generation] { return m_latest->load() != generation; });
    if (m_latest->load() != generation)
        return;
    if (!team) {
        emit failed(generation, team.error().details());
        return;
    }
    emit teamComputed(generation, std::make_shared<const std::vector<core::TeamFigures>>(std::move(*team)));
}

} // namespace rapport::app
