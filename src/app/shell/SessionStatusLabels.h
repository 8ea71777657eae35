#pragma once

#include <QCoreApplication>

class QLabel;
class QStatusBar;

namespace rapport::app {

class DatabaseSession;

// The status bar's permanent part: which book is open (a file, or the team server and its
// state) and who is signed in.
class SessionStatusLabels
{
    Q_DECLARE_TR_FUNCTIONS(SessionStatusLabels)

public:
    SessionStatusLabels(DatabaseSession& session, QStatusBar* bar);
    void refresh();

private:
    DatabaseSession& m_session;
    QLabel* m_database;
    QLabel* m_rep;
};

} // namespace rapport::app
