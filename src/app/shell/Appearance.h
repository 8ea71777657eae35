#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace rapport::app {

// The application's colours. System keeps what the platform gives (its style and palette);
// Light and Dark use the Fusion style with Rapport's own palettes, for desktops whose Qt
// theme does not follow a dark setting (Qt 6.4 on many Linux desktops). The choice is a
// preference (QSettings "appearance/mode"), applied at start and from Edit › Appearance.
class Appearance
{
    Q_DECLARE_TR_FUNCTIONS(Appearance)

public:
    enum class Mode { System, Light, Dark };

    // Remembers the platform's style and palette, so System can return to them. Call once,
    // after the QApplication exists and before apply().
    static void captureSystem();
    static void apply(Mode mode);
    static Mode current();

    static Mode stored();
    static void store(Mode mode);
    // stored() applied; what main() calls.
    static void applyStored() { apply(stored()); }

    static QString toString(Mode mode);
    static Mode fromString(const QString& text); // unknown text: System

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Whether text on this palette's window is light, i.e. the palette is a dark one.
    static bool isDark(const QPalette& palette);
};

} // namespace rapport::app
