#include "shell/RepPicker.h"

#include <QInputDialog>
#include <QMessageBox>

namespace rapport::app {

std::optional<QString> RepPicker::ask(QWidget* parent, const std::vector<core::Rep>& reps,
                                      const QString& preselected)
{
    if (reps.empty()) {
        QMessageBox::information(parent, tr("Switch Rep"),
                                 tr("This database has no reps yet. Import a reps file or create the demo "
                                    "database to add some."));
        return std::nullopt;
    }
    const QStringList names = choices(reps);
    int current = 0;
    for (std::size_t i = 0; i < reps.size(); ++i) {
        if (reps[i].id == preselected)
            current = static_cast<int>(i);
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(
        parent, tr("Who Is Working?"), tr("Interactions you log and follow-ups you see are this rep's:"),
        names, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return reps[static_cast<std::size_t>(names.indexOf(picked))].id;
}

QStringList RepPicker::choices(const std::vector<core::Rep>& reps)
{
    QStringList names;
    for (const core::Rep& rep : reps)
        names << (rep.role == core::RepRole::Manager ? tr("%1 (%2, manager)").arg(rep.name, rep.id)
                                                     : tr("%1 (%2)").arg(rep.name, rep.id));
    return names;
}

} // namespace rapport::app
