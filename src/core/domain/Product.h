#pragma once

#include <QString>

namespace rapport::core {

// A product of the catalogue that purchases, complaints and support interactions may name.
// A product with history is retired, never deleted, so earlier periods keep their figures.
struct Product
{
    qint64 id = 0;
    QString externalId; // the key of the products file (interchange.md)
    QString name;
    QString category;
    bool active = true;
    qint64 version = 0; // raised by every write; a write names the version it is based on

    friend bool operator==(const Product&, const Product&) = default;
};

} // namespace rapport::core
