#pragma once

#include "domain/Kinds.h"
#include "domain/PastChurn.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <vector>

namespace rapport::app {

// How domain values read on screen, translated, in one place.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString kind(core::InteractionKind kind);
    static QString survey(core::SurveyKind kind);
    // A stored churn reason key in words: the common ones translated, others with spaces for
    // underscores ("moved_abroad" → "moved abroad"); "unknown" for none.
    static QString churnReason(const QString& key);
    // "2026-02-10 (price), back on 2026-04-15", one per earlier churn, oldest first.
    static QString pastChurns(const std::vector<core::PastChurn>& churns);
    static QString dateTime(const QDateTime& utc); // local time, short format
    static QString date(const QDateTime& utc);
    static QString amount(qint64 cents); // "€1,234.50" in the locale and book currency, exact
    // A follow-up's due time as seen at `now`: "… (overdue)", "… (today)" or the time alone.
    static QString followUpDue(const QDateTime& dueUtc, const QDateTime& now);
};

} // namespace rapport::app
