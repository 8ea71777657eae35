#pragma once

#include "domain/Kinds.h"

#include <QString>

namespace rapport::core {

struct Rep
{
    QString id; // the rep's own identifier, as in the reps CSV
    QString name;
    RepRole role = RepRole::Rep;

    friend bool operator==(const Rep&, const Rep&) = default;
};

} // namespace rapport::core
