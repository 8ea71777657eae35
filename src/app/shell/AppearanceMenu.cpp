#include "shell/AppearanceMenu.h"

#include "shell/Appearance.h"

#include <QActionGroup>
#include <QMenu>
#include <array>

namespace rapport::app {

QMenu* AppearanceMenu::create(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Appearance"), parent);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto* group = new QActionGroup(menu);
    const std::array<std::pair<Appearance::Mode, QString>, 3> choices{{
        {Appearance::Mode::System, tr("&System Colours")},
        {Appearance::Mode::Light, tr("&Light")},
        {Appearance::Mode::Dark, tr("&Dark")},
    }};
    for (const auto& [mode, text] : choices) {
        QAction* action = menu->addAction(text);
        action->setObjectName(QStringLiteral("appearance%1Action").arg(Appearance::toString(mode)));
        action->setCheckable(true);
        action->setChecked(Appearance::current() == mode);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [mode] {
            Appearance::apply(mode);
            Appearance::store(mode);
        });
    }
    menu->actions().at(0)->setStatusTip(tr("Use the colours of the desktop"));
    menu->actions().at(1)->setStatusTip(tr("Dark text on light backgrounds"));
    menu->actions().at(2)->setStatusTip(tr("Light text on dark backgrounds"));
    return menu;
}

} // namespace rapport::app
