// A team server's connection lost and found again: the window says so, a write in between
// fails plainly, and the session reconnects by itself.
#include "ModalWatcher.h"
#include "TestSupport.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"
#include "workspace/CreateCustomerCommand.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>
#include <libpq-fe.h>

using namespace rapport;

namespace {

// Ends every other connection to the database of `uri` (what a server restart or a dropped
// network does to them) and waits until they are gone.
void dropOtherConnections(const QString& uri)
{
    PGconn* conn = PQconnectdb(uri.toUtf8().constData());
    REQUIRE(PQstatus(conn) == CONNECTION_OK);
    auto run = [conn](const char* sql) {
        PGresult* r = PQexec(conn, sql);
        const QString value =
            PQresultStatus(r) == PGRES_TUPLES_OK ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
        PQclear(r);
        return value;
    };
    run("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
        " WHERE datname = current_database() AND pid <> pg_backend_pid()");
    for (int i = 0; i < 200; ++i) {
        if (run("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()") == QStringLiteral("0"))
            break;
        QTest::qSleep(25);
    }
    PQfinish(conn);
}

core::Customer customer(const char* name)
{
    core::Customer c;
    c.externalId = QStringLiteral("C-1");
    c.name = QString::fromUtf8(name);
    c.acquiredAt = test::utc("2026-05-01T10:00:00Z");
    return c;
}

} // namespace

TEST_CASE("a lost team server connection is shown, a write meanwhile fails plainly, and the window "
          "reconnects by itself keeping an open dialog's text",
          "[.][server]")
{
    const QString uri = test::newServerDatabase();
    app::DatabaseSession session;
    app::MainWindow window(session);
    REQUIRE(window.openDatabase(uri, false));
    auto* label = test::child<QLabel>(window, "databaseStatusLabel");
    CHECK_FALSE(label->text().contains(QStringLiteral("lost")));
    // Something being typed in a dialog while the server is away.
    QDialog dialog(&window);
    auto* typing = new QLineEdit(QStringLiteral("half a note"), &dialog);
    dialog.show();

    QSignalSpy lost(&session, &app::DatabaseSession::connectionLost);
    QSignalSpy reconnected(&session, &app::DatabaseSession::reconnected);
    // What the window said the moment it noticed (it may be connected again soon after).
    QString labelWhenLost;
    QString messageWhenLost;
    QObject::connect(&session, &app::DatabaseSession::connectionLost, &window, [&] {
        labelWhenLost = label->text();
        messageWhenLost = window.statusBar()->currentMessage();
    });
    QStringList said;
    const auto boxes = test::acceptEveryMessageBox(said);
    dropOtherConnections(uri);

    // The write goes to a connection the server has closed: refused, with a sentence saying why.
    session.undoStack().push(new app::CreateCustomerCommand(session, customer("Grace Hopper")));
    CHECK(session.undoStack().count() == 0); // a failed first write leaves no history
    REQUIRE(lost.count() == 1);
    CHECK(labelWhenLost.contains(QStringLiteral("connection lost")));
    CHECK(messageWhenLost.contains(QStringLiteral("reconnects by itself")));
    // (The window's views may say their reads failed too; each says why.)
    const auto saveMessage = [&said] {
        for (const QString& text : said)
            if (text.contains(QStringLiteral("could not be saved")))
                return text;
        return QString();
    };
    REQUIRE(QTest::qWaitFor([&] { return !saveMessage().isEmpty(); }, 5000));
    CHECK(saveMessage().contains(QStringLiteral("connection to the team server is lost")));
    for (const QString& text : said)
        CHECK(text.contains(QStringLiteral("connection to the team server is lost")));

    // The server answers: connected again without being asked, the dialog as it was.
    REQUIRE((reconnected.count() > 0 || reconnected.wait(15000)));
    CHECK_FALSE(session.isConnectionLost());
    CHECK_FALSE(label->text().contains(QStringLiteral("lost")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("again")));
    CHECK(dialog.isVisible());
    CHECK(typing->text() == QStringLiteral("half a note"));

    // Writes work again, and so do the workers' reads (their connections are new): no error since.
    said.clear();
    session.undoStack().push(new app::CreateCustomerCommand(session, customer("Grace Hopper")));
    CHECK(session.undoStack().count() == 1);
    CHECK(QTest::qWaitFor([&window] { return window.customersView().model().rowCount() == 1; }, 10000));
    INFO(said.join(QStringLiteral("\n---\n")).toStdString());
    CHECK(said.isEmpty());
}
