#pragma once

#include <QComboBox>
#include <optional>

namespace rapport::app {

class DatabaseSession;

// Picks a product of the catalogue by typing part of its name or ID: an editable combo box
// whose suggestions match anywhere in "Name · ID". Retired products are not offered. Empty
// means no product.
class ProductPicker final : public QComboBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPicker)

public:
    explicit ProductPicker(DatabaseSession& session, QWidget* parent = nullptr);

    // Reads the active products again (the catalogue may have changed since).
    void reload();
    // The picked product's row id; nullopt for none. A text that names no product, or more
    // than one, sets `error` to a message saying so.
    std::optional<qint64> resolve(QString& error) const;
    // Picks a product by its row id (nothing when it is not offered).
    void setProduct(qint64 id);

private:
    DatabaseSession& m_session;
};

} // namespace rapport::app
