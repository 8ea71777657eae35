#pragma once

#include <QCoreApplication>
#include <QString>

namespace rapport::app {

class DatabaseSession;
class MainWindow;

// `rapport --screenshots DIR DATABASE`: shows each screen of the workspace with the
// database's data and saves it as DIR/<screen>.png, for the README and for reviewing
// the look. It adds a few follow-ups, two questionnaire answers and an action plan to the
// database so those pages are not empty: give it a throwaway copy (scripts/screenshots does).
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)

public:
    ScreenshotTour(DatabaseSession& session, MainWindow& window, QString directory);
    // Returns the number of pictures that could not be written (0 on success).
    int run();

private:
    void stageFollowUps();
    // An assessment history and an action plan for the signed-in rep, for the Reflection page.
    void stageReflection();
    void saveReflection();
    bool save(const QString& name, class QWidget& widget);

    DatabaseSession& m_session;
    MainWindow& m_window;
    QString m_directory;
    int m_failures = 0;
};

} // namespace rapport::app
