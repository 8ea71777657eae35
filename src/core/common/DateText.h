#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace rapport::core {

// Dates and times as people read them, in one place for the screens, the reports and the
// command line. The locale's short format, but always with a four-digit year: "10/5/26" in
// English leaves the century to guessing, and plans and cohorts span years. The C locale has
// no reading conventions of its own ("5 Oct 2026" is Qt's invention), so it gets ISO 8601,
// which is what the tests and scripts expect. Exports never come here: they stay ISO.
class DateText
{
public:
    // "10/5/2026" (en_US), "05.10.2026" (de), "2026-10-05" (C).
    static QString date(const QDate& date, const QLocale& locale = QLocale());
    // The UTC day of an instant, as every figure of Rapport counts days in UTC; empty when none.
    static QString utcDay(const QDateTime& instant, const QLocale& locale = QLocale());
    // Date and short time of an instant in its own time spec: "10/5/2026 2:30 PM", "05.10.2026
    // 14:30", "2026-10-05 14:30".
    static QString dateTime(const QDateTime& instant, const QLocale& locale = QLocale());
    // The formats above, for QDateEdit::setDisplayFormat and QDateTimeEdit.
    static QString dateFormat(const QLocale& locale = QLocale());
    static QString timeFormat(const QLocale& locale = QLocale());
};

} // namespace rapport::core
