#include "demo/DemoGoals.h"

#include "demo/DemoData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <algorithm>

namespace rapport::core::demo {
namespace {

qint64 toInstant(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

std::vector<DemoStore::GoalRow> DemoGoals::plan(const QDate& until, qint64 end, const Baselines& b)
{
    const QDate quarterFirstDay(until.year(), ((until.month() - 1) / 3) * 3 + 1, 1);
    const qint64 quarterStart = toInstant(quarterFirstDay);
    const qint64 quarterEnd = toInstant(quarterFirstDay.addMonths(3));
    const qint64 yearStart = toInstant(QDate(until.year(), 1, 1));
    const qint64 yearEnd = toInstant(QDate(until.year() + 1, 1, 1));
    const QString quarter = QStringLiteral("%1-Q%2").arg(until.year()).arg((until.month() - 1) / 3 + 1);
    // Goals are set a couple of days into their period (never after the last day of data).
    auto createdIn = [end](qint64 periodStart) {
        return std::min(periodStart + 2 * kDay + 9 * kHour, end - kHour);
    };

    std::vector<DemoStore::GoalRow> goals;
    {
        DemoStore::GoalRow g;
        g.name = QCoreApplication::translate("rapport::core::DemoHistory", "CSAT at 80% or better in %1")
                     .arg(quarter);
        g.metric = QStringLiteral("csat");
        g.periodStart = quarterStart;
        g.periodEnd = quarterEnd;
        g.target = 80;
        g.direction = QStringLiteral(">=");
        if (b.csatResponses > 0)
            g.baseline = 100.0 * static_cast<double>(b.csatSatisfied) / static_cast<double>(b.csatResponses);
        g.createdAt = createdIn(quarterStart);
        goals.push_back(g);
    }
    {
        // Revenue in currency units (as metrics report it): 12% above last year.
        const double lastYear = static_cast<double>(b.revenueCents / 100);
        DemoStore::GoalRow g;
        g.name = QCoreApplication::translate("rapport::core::DemoHistory", "Revenue %1").arg(until.year());
        g.metric = QStringLiteral("revenue");
        g.periodStart = yearStart;
        g.periodEnd = yearEnd;
        g.target = lastYear > 0 ? static_cast<double>(static_cast<qint64>(lastYear * 1.12 / 1000.0) * 1000)
                                : 100000.0;
        g.direction = QStringLiteral(">=");
        if (lastYear > 0)
            g.baseline = lastYear;
        g.checkInEveryDays = 30;
        g.createdAt = createdIn(yearStart);
        goals.push_back(g);
    }
    {
        DemoStore::GoalRow g;
        g.name =
            QCoreApplication::translate("rapport::core::DemoHistory", "Churn at most 5% in %1").arg(quarter);
        g.metric = QStringLiteral("churn_rate");
        g.periodStart = quarterStart;
        g.periodEnd = quarterEnd;
        g.target = 5;
        g.direction = QStringLiteral("<=");
        if (b.customersAtQuarterStart > 0)
            g.baseline = 100.0 * static_cast<double>(b.churnedInQuarter) /
                         static_cast<double>(b.customersAtQuarterStart);
        g.createdAt = createdIn(quarterStart);
        goals.push_back(g);
    }
    {
        DemoStore::GoalRow g;
        g.name = QCoreApplication::translate("rapport::core::DemoHistory",
                                             "Follow up on 70% of purchases within 14 days (%1)")
                     .arg(QLatin1String(kReps[kLaggingRep].name));
        g.metric = QStringLiteral("follow_up_rate");
        g.scopeKind = QStringLiteral("rep");
        g.scopeValue = QString::fromLatin1(kReps[kLaggingRep].id);
        g.periodStart = quarterStart;
        g.periodEnd = quarterEnd;
        g.target = 70;
        g.direction = QStringLiteral(">=");
        g.checkInEveryDays = 7;
        g.createdAt = createdIn(quarterStart);
        goals.push_back(g);
    }
    return goals;
}

} // namespace rapport::core::demo
