#include "logging/Logging.h"

#include <QDir>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace rapport::core::Logging {
namespace {

QString g_logFile;

void qtMessageBridge(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const char* category = context.category ? context.category : "qt";
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("{}: {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("{}: {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("{}: {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("{}: {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("{}: {}", category, text);
        // Qt aborts right after a fatal message: get it on disk first.
        spdlog::default_logger()->flush();
        break;
    }
}

} // namespace

void initialize(const Options& options)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::warn);
        sinks.push_back(err);
    }
    if (!options.logDirectory.isEmpty() && QDir().mkpath(options.logDirectory)) {
        g_logFile = QDir(options.logDirectory).filePath(QStringLiteral("rapport.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(g_logFile.toStdString(),
                                                                               5 * 1024 * 1024, 3);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            g_logFile.clear(); // a read-only data folder must not stop the program
        }
    }
    auto logger = std::make_shared<spdlog::logger>("rapport", sinks.begin(), sinks.end());
    logger->set_level(options.verbose ? spdlog::level::debug : spdlog::level::info);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(qtMessageBridge);
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::default_logger()->flush();
}

QString logFilePath()
{
    return g_logFile;
}

} // namespace rapport::core::Logging
