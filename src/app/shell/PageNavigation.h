#pragma once

#include <QString>
#include <functional>
#include <vector>

class QListWidget;
class QMenu;
class QObject;

namespace rapport::app {

// One page of the main window as the navigation bar and the Go menu name it.
struct PageEntry
{
    QString name; // translated
    QString icon; // a freedesktop icon name
};

// Adds an item per page to the navigation bar and an action per page to the Go menu, with
// Ctrl+1, Ctrl+2, … in order; `show(i)` runs when page i's action is triggered.
void addPageEntries(const std::vector<PageEntry>& pages, QListWidget* navigation, QMenu* goMenu,
                    QObject* context, const std::function<void(int)>& show);

} // namespace rapport::app
