#include "connection/ServerConnectFlow.h"

#include "services/BackgroundJob.h"
#include "services/ServerLogin.h"
#include "services/ServerUri.h"

#include <QEventLoop>
#include <QInputDialog>
#include <QLineEdit>
#include <QProgressDialog>

namespace rapport::app {
namespace {

struct Attempt
{
    core::Status status;
    core::PasswordProblem password = core::PasswordProblem::None;
};

// Opens `address` once on a worker thread; on failure, asks libpq whether a password was
// missing or refused.
Attempt connectOnWorker(QWidget* parent, const QString& address, const QString& serverName)
{
    core::BackgroundJob job(QStringLiteral("server-connect"));
    job.setDatabase(address);
    std::optional<Attempt> attempt;
    job.post<Attempt>(
        nullptr,
        [address](core::JobContext& context) -> Attempt {
            auto db = context.database();
            if (db)
                return {};
            return {db.error(), core::ServerLogin::passwordProblem(address)};
        },
        [&attempt](Attempt a) { attempt.emplace(std::move(a)); });

    QProgressDialog progress(ServerConnectFlow::tr("Connecting to the team server %1…").arg(serverName),
                             QString(), 0, 0, parent);
    progress.setObjectName(QStringLiteral("serverConnectProgressDialog"));
    progress.setWindowTitle(ServerConnectFlow::tr("Connecting"));
    progress.setAccessibleName(ServerConnectFlow::tr("Connection progress"));
    progress.setWindowModality(Qt::WindowModal);
    // The attempt ends on its own: connect_timeout (10 s from the Connect dialog) bounds it.
    progress.setCancelButton(nullptr);
    progress.setMinimumDuration(300);

    QEventLoop loop;
    QObject::connect(&job, &core::BackgroundJob::idle, &loop, &QEventLoop::quit);
    if (!attempt)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return std::move(*attempt);
}

} // namespace

ServerConnectFlow::ServerConnectFlow(QWidget* parent) : m_parent(parent) {}

core::Result<QString> ServerConnectFlow::prepare(const QString& uri)
{
    const QString serverName = core::ServerLogin::displayName(uri);
    QString address = uri;
    for (;;) {
        Attempt attempt = connectOnWorker(m_parent, address, serverName);
        if (attempt.status)
            return address;
        if (attempt.password == core::PasswordProblem::None)
            return attempt.status.error();
        const std::optional<QString> password =
            askPassword(serverName, attempt.password == core::PasswordProblem::Rejected);
        if (!password || password->isEmpty())
            return QString();
        address = core::ServerUri::withPassword(uri, *password);
    }
}

std::optional<QString> ServerConnectFlow::askPassword(const QString& serverName, bool rejected) const
{
    if (m_prompt)
        return m_prompt(serverName, rejected);
    const QString label =
        rejected ? tr("The team server did not accept the password for %1.\nTry again:").arg(serverName)
                 : tr("The team server %1 asks for a password.\nPassword:").arg(serverName);
    bool ok = false;
    const QString password = QInputDialog::getText(m_parent, tr("Team Server Password"), label,
                                                   QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

} // namespace rapport::app
