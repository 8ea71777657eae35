#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <optional>

class QWidget;

namespace rapport::app {

// Gets a team server's address ready for the window to open: connects once on a worker
// thread (where a schema upgrade, if any, also runs), the window painting meanwhile, and when
// the server wants a password that libpq found nowhere (~/.pgpass, PGPASSWORD, the service
// file), or refused the one it got, asks for it and tries again. The password typed goes into
// the returned address only: it lives in memory with the open database, which is how the
// window's workers reach the server too, and is never stored or shown.
class ServerConnectFlow
{
    Q_DECLARE_TR_FUNCTIONS(ServerConnectFlow)

public:
    // Asks for the password of `serverName`; `rejected` when the last one was refused.
    // nullopt: the user cancelled.
    using PasswordPrompt = std::function<std::optional<QString>(const QString& serverName, bool rejected)>;

    explicit ServerConnectFlow(QWidget* parent);

    // Replaces the password dialog (tests).
    void setPasswordPrompt(PasswordPrompt prompt) { m_prompt = std::move(prompt); }

    // The address to open (`uri`, or `uri` with the password typed), or an error saying why
    // the server cannot be reached. An empty address: the user cancelled the password prompt.
    core::Result<QString> prepare(const QString& uri);

private:
    std::optional<QString> askPassword(const QString& serverName, bool rejected) const;

    QWidget* m_parent;
    PasswordPrompt m_prompt;
};

} // namespace rapport::app
