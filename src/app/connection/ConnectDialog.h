#pragma once

#include "services/ServerUri.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace rapport::app {

// File › Connect to Team Server…: where the team's book is, either as host, port, database,
// login and TLS mode, or as the name of an entry in the libpq service file. Recent
// connections (never with a password) fill the form. uri() is the libpq URI it makes; the
// password is not asked for here: libpq looks in ~/.pgpass, PGPASSWORD and the service file,
// and the window asks only when the server wants one that was not found.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    explicit ConnectDialog(const QStringList& recent, QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // The address the form describes, without a password.
    QString uri() const;
    // Fills the form from an address (a recent one); a password in it is dropped.
    void setUri(const QString& uri);
    // True when the form is complete enough to connect.
    bool isComplete() const;

private:
    core::ServerUriParts parts() const;
    void update();
    void recentChosen(int index);

    QComboBox* m_recentCombo;
    QLabel* m_recentLabel;
    QRadioButton* m_addressRadio;
    QRadioButton* m_serviceRadio;
    QLineEdit* m_hostEdit;
    QSpinBox* m_portSpin;
    QLineEdit* m_databaseEdit;
    QLineEdit* m_userEdit;
    QComboBox* m_sslModeCombo;
    QLineEdit* m_serviceEdit;
    QLabel* m_uriLabel;
    QDialogButtonBox* m_buttons;
    QWidget* m_addressFields;
    QWidget* m_serviceFields;
    // Parameters of a recent address the form has no field for (connect_timeout, ...).
    QList<QPair<QString, QString>> m_options;
};

} // namespace rapport::app
