#include "connection/ConnectionActions.h"

#include "connection/ConnectDialog.h"
#include "connection/RecentConnections.h"
#include "services/ServerLogin.h"
#include "shell/DatabaseSession.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>

namespace rapport::app {

ConnectionActions::ConnectionActions(QMenu* fileMenu, QAction* after, QWidget* window, Open open)
    : QObject(window), m_window(window), m_open(std::move(open)), m_flow(window),
      m_connectAction(new QAction(tr("Connect to &Team Server…"), this)),
      m_recentMenu(new QMenu(tr("Recent Team Ser&vers"), window))
{
    m_connectAction->setObjectName(QStringLiteral("connectToServerAction"));
    m_connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_connectAction->setIcon(QIcon::fromTheme(QStringLiteral("network-server")));
    m_connectAction->setToolTip(tr("Open the team's book on a PostgreSQL server (Ctrl+Shift+O)"));
    m_connectAction->setStatusTip(tr("Connect to a team server by host and database, or by service name"));
    m_recentMenu->setObjectName(QStringLiteral("recentServersMenu"));
    connect(m_connectAction, &QAction::triggered, this, &ConnectionActions::connectToServer);

    const QList<QAction*> actions = fileMenu->actions();
    const qsizetype index = actions.indexOf(after);
    QAction* before = index >= 0 && index + 1 < actions.size() ? actions[index + 1] : nullptr;
    fileMenu->insertAction(before, m_connectAction);
    fileMenu->insertMenu(before, m_recentMenu);
    rebuildRecentMenu();
}

void ConnectionActions::connectToServer()
{
    ConnectDialog dialog(RecentConnections::list(), m_window);
    while (dialog.exec() == QDialog::Accepted) {
        if (m_open(dialog.uri()))
            return;
    }
}

void ConnectionActions::remember(const QString& address)
{
    RecentConnections::add(address);
    rebuildRecentMenu();
}

void ConnectionActions::followSession(DatabaseSession& session, QStatusBar* statusBar,
                                      std::function<void()> refreshStatus)
{
    // The window stays as it is, open dialogs and what they hold included, and says what happens.
    connect(&session, &DatabaseSession::connectionLost, statusBar, [statusBar, refreshStatus] {
        refreshStatus();
        statusBar->showMessage(tr("The connection to the team server was lost. Rapport reconnects by itself; "
                                  "changes cannot be saved until then."));
    });
    connect(&session, &DatabaseSession::reconnected, statusBar, [statusBar, refreshStatus] {
        refreshStatus();
        statusBar->showMessage(tr("Connected to the team server again."), 8000);
    });
}

void ConnectionActions::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentConnections::list();
    for (qsizetype i = 0; i < recent.size(); ++i) {
        const QString address = recent[i];
        // &1 … &8: the keyboard picks one as fast as the mouse.
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(
            core::ServerLogin::displayName(address).replace(QLatin1Char('&'), QLatin1String("&&"))));
        action->setToolTip(address);
        connect(action, &QAction::triggered, this, [this, address] { m_open(address); });
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        QAction* clear = m_recentMenu->addAction(tr("&Clear List"));
        connect(clear, &QAction::triggered, this, [this] {
            RecentConnections::clear();
            rebuildRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

} // namespace rapport::app
