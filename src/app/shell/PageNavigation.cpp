#include "shell/PageNavigation.h"

#include <QAction>
#include <QCoreApplication>
#include <QIcon>
#include <QListWidget>
#include <QMenu>

namespace rapport::app {

void addPageEntries(const std::vector<PageEntry>& pages, QListWidget* navigation, QMenu* goMenu,
                    QObject* context, const std::function<void(int)>& show)
{
    for (int i = 0; i < static_cast<int>(pages.size()); ++i) {
        const PageEntry& page = pages[static_cast<std::size_t>(i)];
        auto* item = new QListWidgetItem(QIcon::fromTheme(page.icon), page.name, navigation);
        item->setToolTip(QCoreApplication::translate("rapport::app::MainWindow", "%1 (Ctrl+%2)")
                             .arg(page.name)
                             .arg(i + 1));
        auto* go = goMenu->addAction(page.name);
        go->setObjectName(QStringLiteral("goPage%1Action").arg(i));
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        QObject::connect(go, &QAction::triggered, context, [show, i] { show(i); });
    }
}

} // namespace rapport::app
