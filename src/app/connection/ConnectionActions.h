#pragma once

#include "connection/ServerConnectFlow.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QStatusBar;
class QWidget;

namespace rapport::app {

class DatabaseSession;

// The File menu's way to a team server: Connect to Team Server… (Ctrl+Shift+O) with its
// dialog, and Recent Team Servers. Both hand an address to `open` (the window's own open
// workflow); the window asks prepare() to get a server's address ready before it opens it.
class ConnectionActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionActions)

public:
    using Open = std::function<bool(const QString& address)>;

    // Inserts the actions into `fileMenu` after `after`.
    ConnectionActions(QMenu* fileMenu, QAction* after, QWidget* window, Open open);

    QAction* connectAction() const { return m_connectAction; }
    QMenu* recentMenu() const { return m_recentMenu; }
    ServerConnectFlow& flow() { return m_flow; }

    // Shows the Connect dialog until a connection opens or the user cancels it; a failed
    // attempt brings the dialog back as it was.
    void connectToServer();
    // The window opened a server: remember it (without its password) for next time.
    void remember(const QString& address);
    // Says in `statusBar` when the session's server goes away and comes back;
    // `refreshStatus` redraws the window's own connection label.
    void followSession(DatabaseSession& session, QStatusBar* statusBar, std::function<void()> refreshStatus);

private:
    void rebuildRecentMenu();

    QWidget* m_window;
    Open m_open;
    ServerConnectFlow m_flow;
    QAction* m_connectAction;
    QMenu* m_recentMenu;
};

} // namespace rapport::app
