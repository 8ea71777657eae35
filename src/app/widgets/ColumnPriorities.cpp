#include "widgets/ColumnPriorities.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace rapport::app {

ColumnPriorities::ColumnPriorities(QTableView* view, std::vector<int> leastImportantFirst)
    : QObject(view), m_view(view), m_order(std::move(leastImportantFirst))
{
    // Only the view's width decides; following the header's own resizes would chase the
    // stretched last section, which the header resizes later.
    m_view->viewport()->installEventFilter(this);
}

bool ColumnPriorities::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

int ColumnPriorities::neededWidth() const
{
    // The last section stretches to fill the view, so its own width says nothing: it needs
    // at least what the header's text takes.
    const QHeaderView* header = m_view->horizontalHeader();
    int width = 0;
    int last = -1;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        last = column;
        width += header->sectionSize(column);
    }
    if (last >= 0 && header->stretchLastSection())
        width += header->sectionSizeHint(last) - header->sectionSize(last);
    return width;
}

void ColumnPriorities::apply()
{
    if (m_applying || !m_view->model())
        return;
    m_applying = true;
    QHeaderView* header = m_view->horizontalHeader();
    const int available = m_view->viewport()->width();
    // Show every column that was hidden here, then hide from the least important one while
    // the rest does not fit.
    for (int column : m_hidden)
        header->showSection(column);
    m_hidden.clear();
    for (int column : m_order) {
        if (neededWidth() <= available)
            break;
        header->hideSection(column);
        m_hidden.insert(column);
    }
    m_applying = false;
}

} // namespace rapport::app
