// rapport-icon-pngs: writes Rapport's icon as PNG files for the hicolor icon theme.
//   rapport-icon-pngs OUTPUT_DIR SIZE...
// writes OUTPUT_DIR/<SIZE>x<SIZE>/apps/<APP_ID>.png for each size. The pixels come from
// AppIcon, the code that paints the running window's icon, so the menu and the window show
// the same picture; the scalable SVG beside this file is the same drawing by hand.
// Run by the build (packaging/CMakeLists.txt), never installed.
#include "shell/AppIcon.h"

#include <QDir>
#include <QGuiApplication>
#include <QPixmap>
#include <cstdio>

int main(int argc, char* argv[])
{
    // The build runs without a display: pixmaps need a platform, and offscreen is enough.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 3) {
        std::fputs("usage: rapport-icon-pngs OUTPUT_DIR SIZE...\n", stderr);
        return 2;
    }
    const QString outputDir = args.at(1);
    for (const QString& text : args.mid(2)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "rapport-icon-pngs: not a size: %s\n", qPrintable(text));
            return 2;
        }
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(outputDir).arg(size);
        const QString file = dir + QStringLiteral("/" RAPPORT_APP_ID ".png");
        if (!QDir().mkpath(dir) || !rapport::app::AppIcon::pixmap(size).save(file, "PNG")) {
            std::fprintf(stderr, "rapport-icon-pngs: could not write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
