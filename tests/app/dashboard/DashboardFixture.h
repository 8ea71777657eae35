#pragma once

#include "TestSupport.h"
#include "common/Clock.h"
#include "shell/DatabaseSession.h"

namespace rapport::test {

// A small book of business with hand-computed figures for August 2026 (see the .cpp):
// reps r1 Ann and r2 Bob, four customers, surveys, purchases, a follow-up and complaints.
struct DashboardFixture
{
    DashboardFixture();

    TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{utc("2026-09-15T12:00:00Z")};
    qint64 c1 = 0, c2 = 0, c3 = 0, c4 = 0;

    void purchase(qint64 customer, const char* at, qint64 cents, const QString& rep = QString());
};

} // namespace rapport::test
