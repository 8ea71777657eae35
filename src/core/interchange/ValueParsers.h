#pragma once

#include "common/Result.h"
#include "domain/Kinds.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace rapport::core {

// The value formats of interchange.md, shared by the CSV importer and the GUI's import
// wizard so that both accept exactly the same text. Each parser trims surrounding
// spaces; a failure's Error::message is the reason in words ("not a date: ...") that
// the import report prints after "line N: column: ".
// The QByteArrayView overloads take UTF-8 and avoid a QString per cell on bulk paths.
class ValueParsers
{
public:
    // The instants Rapport stores: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z, the years
    // the ISO 8601 form below can write. Anything outside is refused when it is parsed.
    static constexpr qint64 kFirstInstant = -62135596800;
    static constexpr qint64 kLastInstant = 253402300799;
    // The largest amount of one interaction, either sign: one billion currency units. A typo
    // beyond it is refused, and 92 million such amounts still add up inside 64-bit cents.
    static constexpr qint64 kMaxAmountCents = 100'000'000'000;

    // ISO 8601: 2026-07-14T09:30:00Z, 2026-07-14T11:30:00+02:00 (or +0200), a plain date
    // 2026-07-14 (00:00 UTC). Seconds may be omitted; fractions of a second are dropped.
    // A time without Z or an offset is refused: it would be ambiguous; so is an instant outside
    // kFirstInstant..kLastInstant.
    // Returns whole seconds since the Unix epoch, UTC.
    static Result<qint64> instantSeconds(QByteArrayView text);
    static Result<QDateTime> instant(const QString& text); // a UTC QDateTime

    // "19.99" -> 1999, "-5" -> -500, "0.5" -> 50: digits, at most two decimals, "." as the
    // separator, an optional leading "-", at most kMaxAmountCents. Integer arithmetic only.
    static Result<qint64> amountCents(QByteArrayView text);
    static Result<qint64> amountCents(const QString& text);

    // A whole number inside the survey's scale (csat 1-5, nps 0-10, ces 1-7).
    static Result<int> score(SurveyKind survey, QByteArrayView text);
    static Result<int> score(SurveyKind survey, const QString& text);

    // The forms the exporter writes: "2026-07-14T09:30:00Z" and "19.99" / "-0.50".
    static QString formatInstant(qint64 secondsSinceEpoch);
    static QString formatInstant(const QDateTime& t);
    static QString formatAmount(qint64 cents);

    // Undoes the exporter's formula neutralisation (CsvWriter::neutralised): a cell
    // "'=x" is read as "=x", "''=x" as "'=x". Other cells are returned unchanged.
    static QByteArrayView cellText(QByteArrayView cell);
    static QString cellText(const QString& cell);

    // A churn reason as stored (interchange.md): trimmed, lower case, spaces as '_'. A run of
    // spaces becomes one '_', so "Product  Quality" and "product quality" are one reason.
    static QByteArray reasonKey(QByteArrayView text);
    static QString reasonKey(const QString& text);
};

} // namespace rapport::core
