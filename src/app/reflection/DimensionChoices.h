#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <optional>

namespace rapport::core {
class Database;
}

namespace rapport::app {

// What the plan dialog offers as questionnaire dimensions for a rep: every dimension of the
// questionnaire (id, name) and the rep's weak ones (nullopt when the rep has no profile).
struct DimensionChoices
{
    QList<QPair<QString, QString>> dimensions;
    std::optional<QStringList> weak;

    static DimensionChoices forRep(core::Database& db, const QString& repId);
};

} // namespace rapport::app
