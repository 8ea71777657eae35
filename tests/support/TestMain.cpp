// The test main(): the offscreen platform is set here because environment set on
// CTest properties does not reach Catch2's test discovery.
#define CATCH_CONFIG_RUNNER
#include "common/AppPaths.h"
#include "common/Translations.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

#ifdef RAPPORT_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests never touch the user's real data folder or settings.
    QStandardPaths::setTestModeEnabled(true);
    rapport::core::AppPaths::applyIdentity();
    TestApplication app(argc, argv);
    // Test mode shares one settings folder among all test processes, and ctest runs two at
    // once: one window's recent connections showed up in another's list. Each process keeps
    // its settings to itself.
    const QTemporaryDir settingsDir;
    if (!settingsDir.isValid())
        return 1;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    // As both programs do under an English or C locale: English's own catalogue, which holds
    // the plural forms ("1 row", "2 rows"), so tests see what users read.
    rapport::core::Translations::install(app, QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
