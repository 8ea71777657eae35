#include "shell/SessionStatusLabels.h"

#include "services/RepService.h"
#include "shell/DatabaseSession.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace rapport::app {

SessionStatusLabels::SessionStatusLabels(DatabaseSession& session, QStatusBar* bar)
    : m_session(session), m_database(new QLabel(bar)), m_rep(new QLabel(bar))
{
    m_database->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_rep->setObjectName(QStringLiteral("repStatusLabel"));
    // No stretch: temporary messages ("Imported: ...", "Backed up to ...") are drawn in the
    // room the permanent widgets leave on the left.
    bar->addPermanentWidget(m_database);
    m_rep->setContentsMargins(12, 0, 0, 0); // apart from the database's name
    bar->addPermanentWidget(m_rep);
}

void SessionStatusLabels::refresh()
{
    if (!m_session.isOpen()) {
        m_database->setText(tr("No database open"));
        m_rep->clear();
        return;
    }
    if (m_session.isServer()) {
        // Who is signed in to which server: "alice@db.example:5432/rapport".
        m_database->setText(m_session.isConnectionLost()
                                ? tr("Team server: %1 (connection lost, reconnecting…)").arg(m_session.path())
                                : tr("Team server: %1").arg(m_session.path()));
        m_database->setToolTip(m_session.path());
    } else {
        m_database->setText(tr("Database: %1").arg(QFileInfo(m_session.path()).fileName()));
        m_database->setToolTip(QDir::toNativeSeparators(m_session.path()));
    }
    QString rep = m_session.currentRep();
    if (rep.isEmpty()) {
        m_rep->setText(tr("Nobody signed in"));
        return;
    }
    if (auto found = core::RepService(m_session.database()).find(rep); found && *found)
        rep = (*found)->name;
    m_rep->setText(tr("Signed in: %1").arg(rep));
}

} // namespace rapport::app
