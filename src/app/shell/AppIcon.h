#pragma once

#include <QIcon>

namespace rapport::app {

// Rapport's application icon, painted in code at the sizes window managers ask for, so it
// is sharp everywhere and needs no image plugin: a loop arrow (measure, reflect, act,
// monitor, adjust) around three rising bars. Icon themes are not consulted: the generic
// address-book icon they offer says nothing about this application.
class AppIcon
{
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
};

} // namespace rapport::app
