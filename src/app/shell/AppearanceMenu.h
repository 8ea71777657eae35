#pragma once

#include <QCoreApplication>

class QMenu;
class QWidget;

namespace rapport::app {

// Edit › Appearance: the desktop's colours, or Rapport's light or dark ones where the
// desktop's Qt theme does not follow a dark setting. A choice applies at once and is kept.
class AppearanceMenu
{
    Q_DECLARE_TR_FUNCTIONS(AppearanceMenu)

public:
    static QMenu* create(QWidget* parent);
};

} // namespace rapport::app
