// File › Connect to Team Server…: the dialog's addresses, the recent list, the password
// prompt, and a connection to the test server.
#include "connection/ConnectDialog.h"

#include "FakePasswordServer.h"
#include "ModalWatcher.h"
#include "TestSupport.h"
#include "connection/ConnectionActions.h"
#include "connection/RecentConnections.h"
#include "services/ServerUri.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace rapport;

namespace {

// Everything the settings file holds, as written.
QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct CleanSettings
{
    CleanSettings() { QSettings().remove(QStringLiteral("connection")); }
    ~CleanSettings() { QSettings().remove(QStringLiteral("connection")); }
};

} // namespace

TEST_CASE("the Connect dialog builds a libpq address from host, port, database, login and TLS mode", "[app]")
{
    app::ConnectDialog dialog({});
    auto* ok = test::child<QDialogButtonBox>(dialog, "connectButtonBox")->button(QDialogButtonBox::Ok);
    // A new form asks for a host first; the database is "rapport" and TLS "prefer" by default.
    CHECK_FALSE(ok->isEnabled());
    CHECK(test::child<QSpinBox>(dialog, "portSpinBox")->value() == 5432);
    CHECK(test::child<QComboBox>(dialog, "sslModeComboBox")->currentData().toString() ==
          QStringLiteral("prefer"));
    test::child<QLineEdit>(dialog, "hostLineEdit")->setText(QStringLiteral("db.example.com"));
    test::child<QLineEdit>(dialog, "userLineEdit")->setText(QStringLiteral("alice"));
    CHECK(ok->isEnabled());
    CHECK(dialog.uri() ==
          QStringLiteral("postgresql://alice@db.example.com:5432/rapport?sslmode=prefer&connect_timeout=10"));

    test::child<QSpinBox>(dialog, "portSpinBox")->setValue(6543);
    test::child<QLineEdit>(dialog, "databaseLineEdit")->setText(QStringLiteral("sales team"));
    auto* ssl = test::child<QComboBox>(dialog, "sslModeComboBox");
    ssl->setCurrentIndex(ssl->findData(QStringLiteral("verify-full")));
    CHECK(dialog.uri() == QStringLiteral("postgresql://alice@db.example.com:6543/sales%20team?"
                                         "sslmode=verify-full&connect_timeout=10"));
    // The label under the form shows the address, so what is sent is no secret.
    CHECK(test::child<QLabel>(dialog, "uriLabel")->text().contains(dialog.uri()));
    test::child<QLineEdit>(dialog, "databaseLineEdit")->clear();
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("the Connect dialog's service form names the service only", "[app]")
{
    app::ConnectDialog dialog({});
    auto* ok = test::child<QDialogButtonBox>(dialog, "connectButtonBox")->button(QDialogButtonBox::Ok);
    test::child<QLineEdit>(dialog, "hostLineEdit")->setText(QStringLiteral("db.example.com"));
    test::child<QRadioButton>(dialog, "serviceRadioButton")->setChecked(true);
    CHECK_FALSE(ok->isEnabled());
    CHECK_FALSE(test::child<QLineEdit>(dialog, "hostLineEdit")->isEnabled());
    test::child<QLineEdit>(dialog, "serviceLineEdit")->setText(QStringLiteral("rapport"));
    CHECK(ok->isEnabled());
    CHECK(dialog.uri() == QStringLiteral("postgresql:///?service=rapport"));
}

TEST_CASE("a recent connection fills the form, keeps its other parameters and loses any password", "[app]")
{
    const QString recent =
        QStringLiteral("postgresql://bob@10.0.0.5:5433/rapport?sslmode=require&application_name=desk%207");
    app::ConnectDialog dialog({recent, QStringLiteral("postgresql:///?service=team")});
    auto* combo = test::child<QComboBox>(dialog, "recentComboBox");
    CHECK(combo->count() == 3);
    CHECK(combo->itemText(1) == QStringLiteral("bob@10.0.0.5:5433/rapport"));
    CHECK(test::child<QLineEdit>(dialog, "hostLineEdit")->text() == QStringLiteral("10.0.0.5"));
    CHECK(dialog.uri() == recent + QStringLiteral("&connect_timeout=10"));
    combo->setCurrentIndex(2);
    emit combo->activated(2);
    CHECK(test::child<QRadioButton>(dialog, "serviceRadioButton")->isChecked());
    CHECK(dialog.uri() == QStringLiteral("postgresql:///?service=team"));

    dialog.setUri(QStringLiteral("postgresql://carol:hunter2@db/rapport?password=hunter2"));
    CHECK_FALSE(dialog.uri().contains(QStringLiteral("hunter2")));
}

TEST_CASE("the recent connections never hold a password", "[app]")
{
    CleanSettings clean;
    app::RecentConnections::add(
        QStringLiteral("postgresql://alice:hunter2@db.example.com/rapport?password=hunter2&sslmode=require"));
    app::RecentConnections::add(QStringLiteral("/home/alice/book.sqlite")); // not a server: not listed
    CHECK(app::RecentConnections::list() ==
          QStringList{QStringLiteral("postgresql://alice@db.example.com/rapport?sslmode=require")});
    CHECK_FALSE(settingsFile().contains("hunter2"));
    // The newest first, each once, eight at most.
    for (int i = 0; i < 10; ++i)
        app::RecentConnections::add(QStringLiteral("postgresql://db%1.example.com/rapport").arg(i));
    app::RecentConnections::add(QStringLiteral("postgresql://db3.example.com/rapport"));
    const QStringList list = app::RecentConnections::list();
    CHECK(list.size() == app::RecentConnections::kMaximum);
    CHECK(list.first() == QStringLiteral("postgresql://db3.example.com/rapport"));
    CHECK(list.count(QStringLiteral("postgresql://db3.example.com/rapport")) == 1);
}

TEST_CASE("a server that wants a password gets one asked for, a refused one is asked again, and "
          "cancelling opens nothing and stores nothing",
          "[app]")
{
    CleanSettings clean;
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    qunsetenv("PGPASSWORD");
    test::FakePasswordServer server;
    app::DatabaseSession session;
    app::MainWindow window(session);
    std::vector<std::pair<QString, bool>> asked;
    window.connections().flow().setPasswordPrompt(
        [&asked](const QString& serverName, bool rejected) -> std::optional<QString> {
            asked.emplace_back(serverName, rejected);
            if (asked.size() == 1)
                return QStringLiteral("wrong s3cret");
            return std::nullopt; // the second time, the user gives up
        });
    CHECK_FALSE(window.openDatabase(server.uri(QStringLiteral("alice")), false));
    REQUIRE(asked.size() == 2);
    CHECK(asked[0] == std::pair(QStringLiteral("alice@127.0.0.1:%1/rapport").arg(server.port()), false));
    CHECK(asked[1].second); // "not accepted, try again"
    // libpq sent what was typed, to the server only.
    CHECK(server.passwordsReceived().contains(QStringLiteral("wrong s3cret")));
    CHECK_FALSE(session.isOpen());
    CHECK(app::RecentConnections::list().isEmpty());
    CHECK_FALSE(settingsFile().contains("s3cret"));
}

TEST_CASE("a refused connection says why, without the password, and keeps the database open", "[app]")
{
    CleanSettings clean;
    test::TempDatabase temp;
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), true));
    // Nobody listens on port 1.
    const QString uri = core::ServerUri::withPassword(
        QStringLiteral("postgresql://alice@127.0.0.1:1/rapport?connect_timeout=5"), QStringLiteral("s3cret"));
    QString said;
    const auto watcher = test::whenModal<QMessageBox>([&said](QMessageBox& box) {
        said = box.text() + box.detailedText();
        box.accept();
    });
    CHECK_FALSE(window.openDatabase(uri, false));
    CHECK(said.contains(QStringLiteral("could not connect")));
    CHECK(said.contains(QStringLiteral("alice@127.0.0.1:1/rapport")));
    CHECK_FALSE(said.contains(QStringLiteral("s3cret")));
    CHECK(session.path() == temp.path());
}

TEST_CASE("File › Connect to Team Server… opens the team's book and remembers it without its password",
          "[.][server]")
{
    CleanSettings clean;
    const QString uri = test::newServerDatabase();
    app::DatabaseSession session;
    app::MainWindow window(session);
    auto* action = window.findChild<QAction*>(QStringLiteral("connectToServerAction"));
    REQUIRE(action != nullptr);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+O")));

    // The test server trusts its logins; a password in the address is sent and ignored, and
    // stands for one typed into the prompt.
    const auto watcher = test::whenModal<app::ConnectDialog>([&uri](app::ConnectDialog& dialog) {
        dialog.setUri(uri);
        REQUIRE(dialog.isComplete());
        dialog.accept();
    });
    window.connections().flow().setPasswordPrompt([](const QString&, bool) { return std::nullopt; });
    // What the dialog builds from the test server's address, with a password as the prompt adds.
    action->trigger();
    REQUIRE(session.isOpen());
    CHECK(session.isServer());
    CHECK(test::child<QLabel>(window, "databaseStatusLabel")
              ->text()
              .startsWith(QStringLiteral("Team server: ")));
    const QStringList recent = app::RecentConnections::list();
    REQUIRE(recent.size() == 1);
    CHECK(core::ServerUri::parse(recent.first()).database == core::ServerUri::parse(uri).database);
    CHECK(window.connections().recentMenu()->isEnabled());

    // Opened with a password (as after the prompt): the workers' address keeps it, nothing
    // stored or shown does.
    const QString withPassword = core::ServerUri::withPassword(recent.first(), QStringLiteral("s3cret-pw"));
    REQUIRE(window.openDatabase(withPassword, false));
    CHECK(session.address().contains(QStringLiteral("s3cret-pw")));
    CHECK_FALSE(session.path().contains(QStringLiteral("s3cret-pw")));
    CHECK_FALSE(
        test::child<QLabel>(window, "databaseStatusLabel")->text().contains(QStringLiteral("s3cret")));
    CHECK_FALSE(app::RecentConnections::list().join(QLatin1Char(' ')).contains(QStringLiteral("s3cret")));
    CHECK_FALSE(settingsFile().contains("s3cret"));
}
