#pragma once

#include <QObject>
#include <QSet>
#include <vector>

class QTableView;

namespace rapport::app {

// Keeps a table's most important columns on screen in a narrow window (issue 20): when the
// visible columns are wider than the view, the columns of lowest priority are hidden, one at
// a time, and shown again when there is room. Nothing is lost: each page shows the hidden
// fields in its detail pane, and a wider window brings the columns back.
class ColumnPriorities final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnPriorities)

public:
    // `leastImportantFirst`: the columns that may be hidden, in the order they go.
    // `stretchMinimum`: the width a stretched column (a title) needs to be read; 0: the
    // header's minimum section size.
    ColumnPriorities(QTableView* view, std::vector<int> leastImportantFirst, int stretchMinimum = 0);

    // Hides and shows columns for the view's current width.
    void apply();
    QSet<int> hiddenColumns() const { return m_hidden; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    int neededWidth() const;

    QTableView* m_view;
    QObject* m_viewport;
    std::vector<int> m_order;
    QSet<int> m_hidden;
    int m_stretchMinimum = 0;
    bool m_applying = false;
};

} // namespace rapport::app
