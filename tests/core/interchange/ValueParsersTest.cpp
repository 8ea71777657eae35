#include "interchange/ValueParsers.h"

#include "TestSupport.h"

using namespace rapport;
using core::SurveyKind;
using core::ValueParsers;

namespace {

qint64 seconds(const char* text)
{
    auto r = ValueParsers::instantSeconds(QByteArrayView(text));
    REQUIRE_OK(r);
    return *r;
}

QString instantError(const char* text)
{
    auto r = ValueParsers::instantSeconds(QByteArrayView(text));
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

qint64 cents(const char* text)
{
    auto r = ValueParsers::amountCents(QByteArrayView(text));
    REQUIRE_OK(r);
    return *r;
}

QString amountError(const char* text)
{
    auto r = ValueParsers::amountCents(QByteArrayView(text));
    REQUIRE_FALSE(r.ok());
    return r.error().message;
}

} // namespace

TEST_CASE("instants in UTC, with offsets and as plain dates are stored in UTC", "[interchange][parsers]")
{
    // 2026-07-14 = day 20648 since 1970 = 1783987200 s; 09:30 adds 34200 s.
    CHECK(seconds("2026-07-14T09:30:00Z") == 1784021400);
    CHECK(seconds("2026-07-14T11:30:00+02:00") == 1784021400);
    CHECK(seconds("2026-07-14T11:30:00+0200") == 1784021400);
    CHECK(seconds("2026-07-14T04:00:00-05:30") == 1784021400);
    CHECK(seconds("2026-07-14T09:30Z") == 1784021400);
    CHECK(seconds("2026-07-14T09:30:00.750Z") == 1784021400);
    CHECK(seconds("  2026-07-14T09:30:00Z ") == 1784021400);
    CHECK(seconds("2026-07-14") == 1783987200);
    CHECK(seconds("1970-01-01") == 0);
    CHECK(seconds("1969-12-31T23:59:59Z") == -1);
    CHECK(seconds("2024-02-29") == 1709164800);
    // An offset that moves the instant over midnight into the previous day.
    CHECK(seconds("2026-07-14T01:00:00+03:00") == 1783987200 - 2 * 3600);
    CHECK(*ValueParsers::instant(QStringLiteral("2026-07-14T11:30:00+02:00")) ==
          test::utc("2026-07-14T09:30:00Z"));
}

TEST_CASE("instants that are not ISO 8601, impossible or without a zone are refused with a reason",
          "[interchange][parsers]")
{
    CHECK(instantError("14/07/2026").contains(QStringLiteral("2026-07-14T09:30:00Z")));
    CHECK(instantError("2026-02-30").contains(QStringLiteral("has no day 30")));
    CHECK(instantError("2025-02-29").contains(QStringLiteral("has no day 29")));
    CHECK(instantError("2026-13-01").contains(QStringLiteral("no month 13")));
    CHECK(instantError("2026-07-14T09:30:00").contains(QStringLiteral("needs a zone")));
    CHECK(instantError("2026-07-14T24:00:00Z").contains(QStringLiteral("out of range")));
    CHECK(instantError("2026-07-14T09:30:00+25:00").contains(QStringLiteral("offset is out of range")));
    CHECK(instantError("2026-07-14X").contains(QStringLiteral("not a valid instant")));
    CHECK(instantError("2026-07-14T09:30:00Zjunk").contains(QStringLiteral("not a valid instant")));
    CHECK(instantError("").contains(QStringLiteral("no value")));
}

TEST_CASE("amounts become integer cents without floating point", "[interchange][parsers]")
{
    CHECK(cents("19.99") == 1999);
    CHECK(cents("0.1") == 10);
    CHECK(cents("0.2") == 20);
    CHECK(cents("0.1") + cents("0.2") == 30);
    CHECK(cents("5") == 500);
    CHECK(cents("-5.5") == -550);
    CHECK(cents("-0.01") == -1);
    CHECK(cents("0") == 0);
    CHECK(cents("1234567.89") == 123456789);
    CHECK(cents(" 7.10 ") == 710);
}

TEST_CASE("amounts with more than two decimals or another format are refused", "[interchange][parsers]")
{
    CHECK(amountError("1.234").contains(QStringLiteral("at most two decimals")));
    CHECK(amountError("1,50").contains(QStringLiteral("decimal separator")));
    CHECK(amountError("1,000.00").contains(QStringLiteral("thousands separator")));
    CHECK(amountError("$5").contains(QStringLiteral("not a valid amount")));
    CHECK(amountError("+5").contains(QStringLiteral("not a valid amount")));
    CHECK(amountError("5.").contains(QStringLiteral("digits must follow")));
    CHECK(amountError(".5").contains(QStringLiteral("not a valid amount")));
    CHECK(amountError("1e3").contains(QStringLiteral("not a valid amount")));
    CHECK(amountError("-").contains(QStringLiteral("not a valid amount")));
    // Issue 18: the bound is one billion, no longer 13 digits.
    CHECK(amountError("12345678901234").contains(QStringLiteral("larger than 1000000000.00")));
    CHECK(amountError("1000000000.01").contains(QStringLiteral("larger than 1000000000.00")));
    CHECK(cents("-1000000000.00") == -100'000'000'000);
}

TEST_CASE("scores must be whole numbers inside the survey's scale", "[interchange][parsers]")
{
    CHECK(*ValueParsers::score(SurveyKind::Csat, QByteArrayView("1")) == 1);
    CHECK(*ValueParsers::score(SurveyKind::Csat, QByteArrayView("5")) == 5);
    CHECK_FALSE(ValueParsers::score(SurveyKind::Csat, QByteArrayView("0")).ok());
    CHECK_FALSE(ValueParsers::score(SurveyKind::Csat, QByteArrayView("6")).ok());
    CHECK(*ValueParsers::score(SurveyKind::Nps, QByteArrayView("0")) == 0);
    CHECK(*ValueParsers::score(SurveyKind::Nps, QByteArrayView("10")) == 10);
    CHECK_FALSE(ValueParsers::score(SurveyKind::Nps, QByteArrayView("11")).ok());
    CHECK(*ValueParsers::score(SurveyKind::Ces, QByteArrayView("7")) == 7);
    CHECK_FALSE(ValueParsers::score(SurveyKind::Ces, QByteArrayView("8")).ok());
    CHECK_FALSE(ValueParsers::score(SurveyKind::Ces, QByteArrayView("-1")).ok());
    const auto half = ValueParsers::score(SurveyKind::Nps, QStringLiteral("4.5"));
    REQUIRE_FALSE(half.ok());
    CHECK(half.error().message.contains(QStringLiteral("not a whole number on the NPS scale 0 to 10")));
    const auto outside = ValueParsers::score(SurveyKind::Csat, QStringLiteral("9"));
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message == QStringLiteral("9 is outside the CSAT scale 1 to 5"));
}

TEST_CASE("instants and amounts are formatted the way the importer reads them", "[interchange][parsers]")
{
    CHECK(ValueParsers::formatInstant(1784021400) == QStringLiteral("2026-07-14T09:30:00Z"));
    CHECK(ValueParsers::formatAmount(1999) == QStringLiteral("19.99"));
    CHECK(ValueParsers::formatAmount(-50) == QStringLiteral("-0.50"));
    CHECK(ValueParsers::formatAmount(500) == QStringLiteral("5.00"));
    CHECK(ValueParsers::formatAmount(0) == QStringLiteral("0.00"));
}

TEST_CASE("the mark of formula neutralisation is removed when a cell is read", "[interchange][parsers]")
{
    CHECK(ValueParsers::cellText(QStringLiteral("'=SUM(A1)")) == QStringLiteral("=SUM(A1)"));
    CHECK(ValueParsers::cellText(QStringLiteral("'@home")) == QStringLiteral("@home"));
    CHECK(ValueParsers::cellText(QStringLiteral("''=x")) == QStringLiteral("'=x"));
    CHECK(ValueParsers::cellText(QStringLiteral("'tis")) == QStringLiteral("'tis"));
    CHECK(ValueParsers::cellText(QStringLiteral("plain")) == QStringLiteral("plain"));
}
