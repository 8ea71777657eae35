#include "dashboard/DashboardWorker.h"

#include "storage/Database.h"

namespace rapport::app {

DashboardWorker::DashboardWorker(const core::Clock& clock, std::shared_ptr<std::atomic<quint64>> latest)
    : m_clock(clock), m_latest(std::move(latest))
{
}

DashboardWorker::~DashboardWorker() = default;

void DashboardWorker::compute(quint64 generation, const QString& path, const core::Period& period,
                              const core::Scope& scope)
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
    }
    auto figures = core::DashboardCalculator(*m_db, m_clock).compute(period, scope);
    if (!figures) {
        emit failed(generation, figures.error().details());
        return;
    }
    emit computed(generation, std::make_shared<const core::DashboardFigures>(std::move(*figures)));
}

} // namespace rapport::app
