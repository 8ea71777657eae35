#pragma once

#include "interchange/ImportPreview.h"

#include <QAbstractTableModel>
#include <QColor>

namespace rapport::app {

// The preview's rows as a table: the line, the problems (empty for a valid row), then the
// file's own columns. Invalid rows are tinted, the cells a problem is about more strongly;
// the problems are also the row's tooltip.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewModel)

public:
    enum Column { LineColumn, ProblemsColumn, FirstFileColumn };
    // True for an invalid row (any column).
    static constexpr int InvalidRole = Qt::UserRole + 1;

    explicit ImportPreviewModel(QObject* parent = nullptr);

    // The tint of an invalid row (stronger on the cells a problem is about).
    static QColor invalidBackground(bool badCell);

    void setPreview(core::ImportPreviewData data);
    const core::ImportPreviewData& preview() const { return m_data; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    core::ImportPreviewData m_data;
};

} // namespace rapport::app
