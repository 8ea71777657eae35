#include "logging/Logging.h"

#include "TestSupport.h"
#include "logging/LogCategories.h"

#include <QFile>

using namespace rapport;

TEST_CASE("Qt messages reach the rotating log file through the spdlog bridge", "[logging]")
{
    QTemporaryDir dir;
    core::Logging::initialize({.logDirectory = dir.path(), .toStderr = false, .verbose = false});
    qCInfo(lcDb) << "opened a database with" << 3 << "customers";
    qCWarning(lcImport) << "line 7: score: outside 1-5";
    qCDebug(lcMetrics) << "debug is below the default level";
    core::Logging::shutdown();

    QFile log(core::Logging::logFilePath());
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    CHECK(text.contains(QStringLiteral("rapport.db: opened a database with 3 customers")));
    CHECK(text.contains(QStringLiteral("warning rapport.import: line 7: score: outside 1-5")));
    CHECK_FALSE(text.contains(QStringLiteral("debug is below")));
}
