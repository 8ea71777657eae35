#pragma once

#include "demo/DemoGenerator.h"

#include <QObject>
#include <QString>

class QWidget;

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

class DatabaseSession;

// Fills an empty book with demo data from the window: asks first, then writes on a background
// job with its own connection behind a progress dialog that can cancel (a cancelled fill
// leaves the book empty). The views refresh when it is done.
class DemoFillFlow final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoFillFlow)

public:
    DemoFillFlow(DatabaseSession& session, QWidget* window);
    ~DemoFillFlow() override;

    // Asks (how many customers, which currency) and starts; false when the user declined, the
    // book is not empty (said in a message) or a fill is running.
    bool askAndStart();
    // Starts without asking; false when nothing was started.
    bool start(const core::DemoOptions& options, const QString& currency);
    bool isRunning() const;

signals:
    // The fill is over: `written` when the data is in; otherwise it was cancelled or failed
    // (the session has reported the error) and the book is as it was.
    void finished(bool written);

private:
    DatabaseSession& m_session;
    QWidget* m_window;
    core::BackgroundJob* m_job = nullptr;
};

} // namespace rapport::app
