#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcDb, "rapport.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "rapport.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMetrics, "rapport.metrics", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReflection, "rapport.reflection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "rapport.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "rapport.cli", QtInfoMsg)
