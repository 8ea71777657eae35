#pragma once

#include "domain/Scope.h"
#include "metrics/DashboardCalculator.h"
#include "metrics/Period.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace rapport::core {
class Clock;
class Database;
}

namespace rapport::app {

using DashboardFiguresPtr = std::shared_ptr<const core::DashboardFigures>;
using TeamFiguresPtr = std::shared_ptr<const std::vector<core::TeamFigures>>;

// Lives on the dashboard's worker thread with its own connection to the database file
// (a QSqlDatabase connection belongs to the thread that opened it). Requests carry a
// generation number; a request that a newer one has overtaken is skipped before it starts
// and between its two phases: the headline figures (tiles, charts, cohorts) first, then
// the team table. Results are cached per scope and span until dataVersion changes.
class DashboardWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardWorker)

public:
    DashboardWorker(const core::Clock& clock, std::shared_ptr<std::atomic<quint64>> latest);
    ~DashboardWorker() override;

public slots:
    void compute(quint64 generation, const QString& path, const rapport::core::Period& period,
                 const rapport::core::Scope& scope, quint64 dataVersion);

signals:
    void computed(quint64 generation, rapport::app::DashboardFiguresPtr figures);
    void teamComputed(quint64 generation, rapport::app::TeamFiguresPtr team);
    void failed(quint64 generation, const QString& message);

private:
    const core::Clock& m_clock;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<core::Database> m_db; // this thread's own connection
    core::MetricsResultCache m_cache;
    quint64 m_dataVersion = 0;
};

} // namespace rapport::app

Q_DECLARE_METATYPE(rapport::app::DashboardFiguresPtr)
Q_DECLARE_METATYPE(rapport::app::TeamFiguresPtr)
Q_DECLARE_METATYPE(rapport::core::Period)
Q_DECLARE_METATYPE(rapport::core::Scope)
