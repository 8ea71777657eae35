#pragma once

#include "domain/Scope.h"
#include "metrics/Period.h"

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

// A dashboard tab whose figures are computed on the job it is given (the dashboard's tabs'
// job) only while the tab is in view: a request made while it is hidden waits until it is
// shown, and only the newest request's answer is computed and shown (the same rule as the
// dashboard's own figures).
class FiguresTab : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresTab)

public:
    FiguresTab(core::BackgroundJob& job, QWidget* parent = nullptr);
    ~FiguresTab() override;

    // The period and scope to show; computed now if the tab is in view, else when shown.
    // `dataVersion` changes whenever the data does: a tab that keeps figures between requests
    // drops them when it differs from the last one's.
    void request(const core::Period& period, const core::Scope& scope, const QString& scopeName,
                 quint64 dataVersion = 0);
    bool isBusy() const { return m_busy; }
    const core::Period& period() const { return m_period; }
    const core::Scope& scope() const { return m_scope; }
    const QString& scopeName() const { return m_scopeName; }
    quint64 dataVersion() const { return m_dataVersion; }

signals:
    // New figures are on screen (or a failure is said).
    void shown();

protected:
    void showEvent(QShowEvent* event) override;
    // Posts the work for the current period and scope; `wanted` says whether it still matters
    // (pass it to every post), `done` must be called on the GUI thread when all is shown.
    virtual void compute(core::BackgroundJob& job, const std::function<bool()>& wanted) = 0;
    // A subclass calls this when its last answer is on screen.
    void finished();

private:
    void start();

    core::BackgroundJob& m_job;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    core::Period m_period;
    core::Scope m_scope;
    QString m_scopeName;
    quint64 m_dataVersion = 0;
    bool m_requested = false;
    bool m_dirty = false;
    bool m_busy = false;
};

} // namespace rapport::app
