#include "connection/ConnectDialog.h"

#include "services/ServerLogin.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport::app {
namespace {

// How long a connection attempt waits for a server that does not answer, unless the address
// says otherwise: libpq would otherwise wait for the network to give up (minutes).
const QString kDefaultConnectTimeout = QStringLiteral("10");

} // namespace

ConnectDialog::ConnectDialog(const QStringList& recent, QWidget* parent)
    : QDialog(parent), m_recentCombo(new QComboBox(this)), m_recentLabel(new QLabel(tr("&Recent:"), this)),
      m_addressRadio(new QRadioButton(tr("Server &address"), this)),
      m_serviceRadio(new QRadioButton(tr("Service &name from the PostgreSQL service file"), this)),
      m_hostEdit(new QLineEdit(this)), m_portSpin(new QSpinBox(this)),
      m_databaseEdit(new QLineEdit(QStringLiteral("rapport"), this)), m_userEdit(new QLineEdit(this)),
      m_sslModeCombo(new QComboBox(this)), m_serviceEdit(new QLineEdit(this)), m_uriLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_addressFields(new QWidget(this)), m_serviceFields(new QWidget(this))
{
    setObjectName(QStringLiteral("connectDialog"));
    setWindowTitle(tr("Connect to Team Server"));

    m_recentCombo->setObjectName(QStringLiteral("recentComboBox"));
    m_recentCombo->addItem(tr("(new connection)"));
    for (const QString& address : recent)
        m_recentCombo->addItem(core::ServerLogin::displayName(address), address);
    m_recentLabel->setBuddy(m_recentCombo);
    m_recentCombo->setAccessibleName(tr("Recent connections"));

    m_addressRadio->setObjectName(QStringLiteral("addressRadioButton"));
    m_serviceRadio->setObjectName(QStringLiteral("serviceRadioButton"));
    m_addressRadio->setChecked(true);

    m_hostEdit->setObjectName(QStringLiteral("hostLineEdit"));
    m_hostEdit->setPlaceholderText(tr("db.example.com, 192.0.2.7 or /run/postgresql"));
    m_portSpin->setObjectName(QStringLiteral("portSpinBox"));
    m_portSpin->setRange(1, 65535);
    m_portSpin->setValue(5432);
    m_portSpin->setGroupSeparatorShown(false);
    m_databaseEdit->setObjectName(QStringLiteral("databaseLineEdit"));
    m_userEdit->setObjectName(QStringLiteral("userLineEdit"));
    m_userEdit->setPlaceholderText(tr("your system login name"));
    m_sslModeCombo->setObjectName(QStringLiteral("sslModeComboBox"));
    const QStringList modes = core::ServerUri::sslModes();
    const QStringList modeNames{tr("Disable: never encrypt"), tr("Prefer: encrypt when the server can"),
                                tr("Require: always encrypt"),
                                tr("Verify CA: encrypt, check the certificate's issuer"),
                                tr("Verify full: encrypt, check issuer and host name")};
    for (qsizetype i = 0; i < modes.size(); ++i)
        m_sslModeCombo->addItem(modeNames.value(i, modes[i]), modes[i]);
    m_sslModeCombo->setCurrentIndex(static_cast<int>(modes.indexOf(QStringLiteral("prefer"))));
    m_serviceEdit->setObjectName(QStringLiteral("serviceLineEdit"));
    m_serviceEdit->setPlaceholderText(tr("an entry of ~/.pg_service.conf, e.g. rapport"));

    auto* addressForm = new QFormLayout(m_addressFields);
    addressForm->setContentsMargins(24, 0, 0, 0);
    addressForm->addRow(tr("&Host:"), m_hostEdit);
    addressForm->addRow(tr("&Port:"), m_portSpin);
    addressForm->addRow(tr("&Database:"), m_databaseEdit);
    addressForm->addRow(tr("&User:"), m_userEdit);
    addressForm->addRow(tr("TLS/SSL &mode:"), m_sslModeCombo);
    auto* serviceForm = new QFormLayout(m_serviceFields);
    serviceForm->setContentsMargins(24, 0, 0, 0);
    serviceForm->addRow(tr("Ser&vice:"), m_serviceEdit);

    auto* recentForm = new QFormLayout;
    recentForm->addRow(m_recentLabel, m_recentCombo);

    m_uriLabel->setObjectName(QStringLiteral("uriLabel"));
    m_uriLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_uriLabel->setWordWrap(true);
    m_uriLabel->setAccessibleName(tr("Connection address"));
    auto* hint = new QLabel(tr("The password is asked for only if the server wants one that is not in "
                               "~/.pgpass, PGPASSWORD or the service file. It is kept in memory while "
                               "Rapport runs and never saved."),
                            this);
    hint->setObjectName(QStringLiteral("passwordHintLabel"));
    hint->setWordWrap(true);
    QPalette muted = hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    hint->setPalette(muted);

    m_buttons->setObjectName(QStringLiteral("connectButtonBox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    // Always in the layout, which owns it (left out, it leaked); hidden rows take no room.
    layout->addLayout(recentForm);
    if (recent.isEmpty()) {
        m_recentLabel->hide();
        m_recentCombo->hide();
    }
    layout->addWidget(m_addressRadio);
    layout->addWidget(m_addressFields);
    layout->addWidget(m_serviceRadio);
    layout->addWidget(m_serviceFields);
    layout->addSpacing(6);
    layout->addWidget(m_uriLabel);
    layout->addWidget(hint);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Top to bottom, as the form reads.
    setTabOrder(m_recentCombo, m_addressRadio);
    setTabOrder(m_addressRadio, m_hostEdit);
    setTabOrder(m_hostEdit, m_portSpin);
    setTabOrder(m_portSpin, m_databaseEdit);
    setTabOrder(m_databaseEdit, m_userEdit);
    setTabOrder(m_userEdit, m_sslModeCombo);
    setTabOrder(m_sslModeCombo, m_serviceRadio);
    setTabOrder(m_serviceRadio, m_serviceEdit);
    setTabOrder(m_serviceEdit, m_buttons);

    for (QLineEdit* edit : {m_hostEdit, m_databaseEdit, m_userEdit, m_serviceEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectDialog::update);
    connect(m_portSpin, &QSpinBox::valueChanged, this, &ConnectDialog::update);
    connect(m_sslModeCombo, &QComboBox::currentIndexChanged, this, &ConnectDialog::update);
    connect(m_addressRadio, &QRadioButton::toggled, this, &ConnectDialog::update);
    connect(m_recentCombo, &QComboBox::activated, this, &ConnectDialog::recentChosen);

    if (!recent.isEmpty()) {
        m_recentCombo->setCurrentIndex(1);
        setUri(recent.first());
    }
    update();
    if (recent.isEmpty())
        m_hostEdit->setFocus();
    else
        m_recentCombo->setFocus();
}

ConnectDialog::~ConnectDialog() = default;

core::ServerUriParts ConnectDialog::parts() const
{
    core::ServerUriParts parts;
    parts.options = m_options;
    if (m_serviceRadio->isChecked()) {
        // The service file says the rest (TLS mode and time-out included).
        parts.service = m_serviceEdit->text().trimmed();
        parts.sslMode.clear();
        return parts;
    }
    parts.host = m_hostEdit->text().trimmed();
    parts.port = m_portSpin->value();
    parts.database = m_databaseEdit->text().trimmed();
    parts.user = m_userEdit->text().trimmed();
    parts.sslMode = m_sslModeCombo->currentData().toString();
    const bool hasTimeout = std::any_of(parts.options.cbegin(), parts.options.cend(), [](const auto& option) {
        return option.first == QLatin1String("connect_timeout");
    });
    if (!hasTimeout)
        parts.options.append({QStringLiteral("connect_timeout"), kDefaultConnectTimeout});
    return parts;
}

QString ConnectDialog::uri() const
{
    return core::ServerUri::build(parts());
}

bool ConnectDialog::isComplete() const
{
    if (m_serviceRadio->isChecked())
        return !m_serviceEdit->text().trimmed().isEmpty();
    return !m_hostEdit->text().trimmed().isEmpty() && !m_databaseEdit->text().trimmed().isEmpty();
}

void ConnectDialog::setUri(const QString& uri)
{
    const core::ServerUriParts parts = core::ServerUri::parse(uri);
    m_options = parts.options;
    (parts.service.isEmpty() ? m_addressRadio : m_serviceRadio)->setChecked(true);
    m_serviceEdit->setText(parts.service);
    m_hostEdit->setText(parts.host);
    m_portSpin->setValue(parts.port > 0 ? parts.port : 5432);
    m_databaseEdit->setText(parts.database);
    m_userEdit->setText(parts.user);
    const int mode =
        m_sslModeCombo->findData(parts.sslMode.isEmpty() ? QStringLiteral("prefer") : parts.sslMode);
    m_sslModeCombo->setCurrentIndex(mode >= 0 ? mode : m_sslModeCombo->findData(QStringLiteral("prefer")));
    update();
}

void ConnectDialog::recentChosen(int index)
{
    const QString address = m_recentCombo->itemData(index).toString();
    if (!address.isEmpty()) {
        setUri(address);
        return;
    }
    // "(new connection)": the defaults again.
    m_options.clear();
    m_addressRadio->setChecked(true);
    for (QLineEdit* edit : {m_hostEdit, m_userEdit, m_serviceEdit})
        edit->clear();
    m_portSpin->setValue(5432);
    m_databaseEdit->setText(QStringLiteral("rapport"));
    m_sslModeCombo->setCurrentIndex(m_sslModeCombo->findData(QStringLiteral("prefer")));
    m_hostEdit->setFocus();
}

void ConnectDialog::update()
{
    const bool service = m_serviceRadio->isChecked();
    m_addressFields->setEnabled(!service);
    m_serviceFields->setEnabled(service);
    const bool complete = isComplete();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_uriLabel->setText(complete  ? tr("Address: %1").arg(uri())
                        : service ? tr("Name a service to connect to.")
                                  : tr("Name the server's host and the database."));
}

} // namespace rapport::app
