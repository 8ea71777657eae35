#include "dashboard/FiguresTab.h"

#include "services/BackgroundJob.h"

namespace rapport::app {

FiguresTab::FiguresTab(core::BackgroundJob& job, QWidget* parent)
    : QWidget(parent), m_job(job), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

FiguresTab::~FiguresTab()
{
    m_latest->store(++m_generation); // nothing still queued is computed for a tab that is gone
}

void FiguresTab::request(const core::Period& period, const core::Scope& scope, const QString& scopeName,
                         quint64 dataVersion)
{
    m_period = period;
    m_scope = scope;
    m_scopeName = scopeName;
    m_dataVersion = dataVersion;
    m_requested = true;
    m_latest->store(++m_generation); // what was asked before is no longer wanted
    if (isVisible())
        start();
    else
        m_dirty = true;
}

void FiguresTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty && m_requested)
        start();
}

void FiguresTab::start()
{
    m_dirty = false;
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    compute(m_job, [latest = m_latest, generation] { return latest->load() == generation; });
}

void FiguresTab::finished()
{
    m_busy = false;
    emit shown();
}

} // namespace rapport::app
