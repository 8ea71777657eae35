#include "TestSupport.h"
#include "reflection/ReportBuilder.h"

// The report reads in its reader's locale, with the book's currency on money only.
using namespace rapport;

namespace {

core::ReportData figures(const QLocale& locale, const QString& currency)
{
    core::ReportData d;
    d.locale = locale;
    d.currency = currency;
    d.period = core::Period::quarter(2026, 3);
    d.previous = core::Period::quarter(2026, 2);
    d.scopeLabel = QStringLiteral("The whole team");
    d.generatedAt = test::utc("2026-10-02T08:00:00Z");
    d.figures.push_back(
        {QStringLiteral("revenue"), QStringLiteral("Revenue"), 1234.5, 1000.0, 234.5, 2, true, {}});
    d.figures.push_back({QStringLiteral("csat"), QStringLiteral("CSAT"), 81.25, 80.0, 1.25, 1, true, {}});
    core::ReportGoal goal;
    goal.name = QStringLiteral("Grow revenue");
    goal.metric = QStringLiteral("revenue");
    goal.direction = QStringLiteral(">=");
    goal.target = 20000;
    goal.current = 12345.678;
    goal.decimals = 0;
    d.goals.push_back(goal);
    return d;
}

QString html(const core::ReportData& d)
{
    return core::ReportBuilder::html(d, [](const core::ReportChart&) { return QString(); });
}

} // namespace

TEST_CASE("report figures follow the reader's locale and show money with the book's symbol",
          "[report][currency]")
{
    const QString nbsp = QString(QChar(0x00A0));
    const QString de = html(figures(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("EUR")));
    INFO(de.toStdString());
    CHECK(de.contains(QStringLiteral("1.234,50") + nbsp + QStringLiteral("€")));
    CHECK(de.contains(QStringLiteral("1.000,00") + nbsp + QStringLiteral("€")));
    CHECK(de.contains(QStringLiteral("+234,50") + nbsp + QStringLiteral("€")));
    CHECK(de.contains(QStringLiteral(">81,3<"))); // a rate: a decimal comma, no symbol
    // The goal's money rounds to whole units, as its decimals say.
    CHECK(de.contains(QStringLiteral("20.000") + nbsp + QStringLiteral("€")));
    CHECK(de.contains(QStringLiteral("12.346") + nbsp + QStringLiteral("€")));

    const QString us = html(figures(QLocale(QLocale::English, QLocale::UnitedStates), QStringLiteral("USD")));
    CHECK(us.contains(QStringLiteral("$1,234.50")));
    CHECK(us.contains(QStringLiteral(">81.3<")));

    // A book without a currency: plain amounts, never a guessed symbol.
    const QString bare = html(figures(QLocale(QLocale::English, QLocale::UnitedStates), QString()));
    CHECK(bare.contains(QStringLiteral(">1,234.50<")));
    CHECK_FALSE(bare.contains(QStringLiteral("$")));
}
