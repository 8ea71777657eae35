#pragma once

#include <QStackedWidget>

class QAction;
class QCommandLinkButton;
class QLabel;

namespace rapport::app {

class DatabaseSession;
class DemoFillFlow;

// The dashboard's place in the window: the dashboard itself, or, while the open book has no
// customers yet, the first steps instead (issue 20): who the user is, bringing customers in
// by import or by hand, or demo data to look around in. It looks again after every change,
// with a query that stops at the first row.
class FirstRunPage final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstRunPage)

public:
    FirstRunPage(DatabaseSession& session, QWidget* dashboard, QWidget* parent = nullptr);

    // Whether the first steps are shown rather than the dashboard.
    bool showsFirstSteps() const;
    // File › Fill With Demo Data…, enabled while the open book is empty.
    QAction* demoAction() const { return m_demoAction; }
    DemoFillFlow& demoFill() { return *m_demoFill; }

signals:
    void importRequested();
    void newCustomerRequested();
    void questionnaireRequested();
    // A rep profile was created, or demo data (with its reps) written: someone should sign in.
    void signInRequested();

private:
    void refresh();
    void createRepProfile();
    void demoFinished(bool written);

    DatabaseSession& m_session;
    QWidget* m_dashboard;
    QWidget* m_steps;
    QLabel* m_intro;
    QCommandLinkButton* m_profileButton;
    QCommandLinkButton* m_demoButton;
    QAction* m_demoAction;
    DemoFillFlow* m_demoFill;
};

} // namespace rapport::app
