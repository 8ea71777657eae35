#pragma once

#include "domain/Rep.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace rapport::app {

// The first-run page's "Create Your Rep Profile": the name of the person at the keyboard, the
// id their records carry (suggested from the login name) and whether they manage a team.
class RepProfileDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RepProfileDialog)

public:
    // `login`: the system's user name, from which the id is suggested.
    explicit RepProfileDialog(const QString& login, QWidget* parent = nullptr);

    core::Rep rep() const;

private:
    void updateOk();

    QLineEdit* m_name;
    QLineEdit* m_id;
    QComboBox* m_role;
    QPushButton* m_ok;
};

} // namespace rapport::app
