#pragma once

// Shared by the fuzz targets: the Qt application object they need, made once.
#include <QCoreApplication>

namespace rapport::fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "rapport-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace rapport::fuzz
