#include "widgets/ColumnPriorities.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

namespace rapport::app {

ColumnPriorities::ColumnPriorities(QTableView* view, std::vector<int> leastImportantFirst, int stretchMinimum)
    : QObject(view), m_view(view), m_viewport(view->viewport()), m_order(std::move(leastImportantFirst)),
      m_stretchMinimum(stretchMinimum)
{
    // Only the view's width decides; following the header's own resizes would chase the
    // stretched last section, which the header resizes later.
    m_viewport->installEventFilter(this);
    // New rows change what the columns sized to their contents need; once the header has
    // taken them in (queued), the choice is made again. Columns of fixed widths do not move,
    // so a lazily filled list (the customers) is not laid out again at every page it reads.
    const QHeaderView* header = m_view->horizontalHeader();
    bool sizedToContents = false;
    for (int column = 0; column < header->count(); ++column)
        sizedToContents =
            sizedToContents || header->sectionResizeMode(column) == QHeaderView::ResizeToContents;
    if (QAbstractItemModel* model = m_view->model(); model && sizedToContents) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnPriorities::apply, Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnPriorities::apply,
                Qt::QueuedConnection);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnPriorities::apply,
                Qt::QueuedConnection);
    }
}

bool ColumnPriorities::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport is compared by its stored address: while the view is being destroyed its
    // children still send events here, and the view is no longer a QAbstractScrollArea then.
    if (watched == m_viewport && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

int ColumnPriorities::neededWidth() const
{
    // A stretched section fills what is left, so its own width says nothing: it needs its
    // minimum. So does the last section when it stretches, at least what its header takes.
    const QHeaderView* header = m_view->horizontalHeader();
    const int stretchMinimum = m_stretchMinimum > 0 ? m_stretchMinimum : header->minimumSectionSize();
    int width = 0;
    int last = -1;
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        last = column;
        width += header->sectionResizeMode(column) == QHeaderView::Stretch ? stretchMinimum
                                                                           : header->sectionSize(column);
    }
    if (last >= 0 && header->stretchLastSection() && header->sectionResizeMode(last) != QHeaderView::Stretch)
        width += std::max(0, header->sectionSizeHint(last) - header->sectionSize(last));
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
