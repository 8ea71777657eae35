#pragma once

#include "TestSupport.h"
#include "common/Clock.h"
#include "domain/Customer.h"
#include "shell/DatabaseSession.h"

#include <QDateTime>

namespace rapport::test {

// A temporary database with one signed-in rep and a few customers, and a pinned clock.
struct WorkspaceFixture
{
    WorkspaceFixture();

    qint64 addCustomer(const QString& name, const QString& company, const QString& email,
                       const QString& segment = QStringLiteral("smb"));
    // Waits until the lists' worker has answered every query sent so far.
    void waitForLists();

    TempDatabase temp;
    core::FixedClock clock{utc("2026-03-10T10:00:00Z")};
    app::DatabaseSession session;
    qint64 ada = 0;
    qint64 alan = 0;
    qint64 grace = 0;
};

} // namespace rapport::test
