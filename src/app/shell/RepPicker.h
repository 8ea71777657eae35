#pragma once

#include "domain/Rep.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

class QWidget;

namespace rapport::app {

// Asks who is working: the reps of the book by name and id, `preselected` chosen. Says so
// when the book has no reps yet. The chosen rep's id, or nothing when the user declined.
class RepPicker
{
    Q_DECLARE_TR_FUNCTIONS(RepPicker)

public:
    static std::optional<QString> ask(QWidget* parent, const std::vector<core::Rep>& reps,
                                      const QString& preselected);
    // The choices as the dialog lists them, one per rep in the same order: "Name (id)", and
    // "Name (id, manager)" for a manager (issue 20).
    static QStringList choices(const std::vector<core::Rep>& reps);
};

} // namespace rapport::app
