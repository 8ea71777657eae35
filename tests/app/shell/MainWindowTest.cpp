#include "shell/MainWindow.h"

#include "TestSupport.h"
#include "shell/DatabaseSession.h"
#include "storage/Migrations.h"
#include "storage/RepRepository.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace rapport;

TEST_CASE("a database from an older version opens upgraded, with the kept copy named in the status bar",
          "[app]")
{
    test::TempDatabase temp;
    test::revertToSchema5(*temp.open());
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(temp.path(), false));
    CHECK(session.database().schemaVersion() == core::Migrations::currentVersion());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("test.sqlite.schema-v5.bak")));
    CHECK(QFileInfo::exists(temp.path() + QStringLiteral(".schema-v5.bak")));
    // The message has room: the permanent labels keep to the right of the status bar.
    window.resize(1000, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* databaseLabel = test::child<QLabel>(window, "databaseStatusLabel");
    CHECK(databaseLabel->text() == QStringLiteral("Database: test.sqlite"));
    CHECK(databaseLabel->geometry().left() > window.statusBar()->width() / 2);

    // Opened again, it is current: nothing is upgraded and nothing is said.
    window.statusBar()->clearMessage();
    REQUIRE(window.openDatabase(temp.path(), false));
    CHECK(window.statusBar()->currentMessage().isEmpty());
}

TEST_CASE("a file that is not a database is refused, and its message box says so", "[app]")
{
    test::TempDatabase temp;
    const QString path = test::writeFile(temp, "notes.sqlite", "these are notes, not a database\n");
    const QByteArray before = [&] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    app::DatabaseSession session;
    app::MainWindow window(session);
    // The message box is modal: read it and close it once it is up.
    QString said;
    QTimer closer;
    closer.setInterval(20);
    QObject::connect(&closer, &QTimer::timeout, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->close();
        }
    });
    closer.start();
    CHECK_FALSE(window.openDatabase(path, false));
    closer.stop();
    CHECK(said == QStringLiteral("The database could not be opened."));
    CHECK_FALSE(session.isOpen());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);
}
