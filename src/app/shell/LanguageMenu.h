#pragma once

#include <QCoreApplication>
#include <QString>

class QMenu;
class QWidget;

namespace rapport::app {

// Edit › Language: the desktop's language, or one Rapport has a translation for. The choice
// is kept in the settings and applies from the next start (windows built in one language stay
// in it, as in most Qt programs); the status bar says so.
class LanguageMenu
{
    Q_DECLARE_TR_FUNCTIONS(LanguageMenu)

public:
    static QMenu* create(QWidget* parent);
    // The stored choice: a language code, or empty for the desktop's language.
    static QString stored();
};

} // namespace rapport::app
