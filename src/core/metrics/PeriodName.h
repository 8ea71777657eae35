#pragma once

#include "metrics/Period.h"

#include <QLocale>
#include <QString>

namespace rapport::core {

// What a reader calls a period, in their locale: "2026-Q3" for a quarter, "2026" for a year,
// "September 2026" ("September 2026", "März 2026" in German) for a month, and "1 Jul 2026 –
// 30 Sep 2026" (the last day included) for a range. Period::label() stays the
// machine-readable form that files and the command line use.
class PeriodName
{
public:
    static QString of(const Period& period, const QLocale& locale = QLocale());
};

} // namespace rapport::core
