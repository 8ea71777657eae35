#pragma once

#include "domain/Product.h"

#include <QAbstractTableModel>
#include <vector>

namespace rapport::app {

// The product catalogue as the Products page lists it; retired products are greyed.
class ProductTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductTableModel)

public:
    enum Column { ExternalId, Name, Category, Status, ColumnCount };

    explicit ProductTableModel(QObject* parent = nullptr);

    void setProducts(std::vector<core::Product> products);
    const core::Product& product(int row) const { return m_products.at(static_cast<std::size_t>(row)); }
    // The row of the product with this id, or -1.
    int findProduct(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::Product> m_products;
};

} // namespace rapport::app
