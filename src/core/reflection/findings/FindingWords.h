#pragma once

#include <QString>
#include <QtGlobal>

namespace rapport::core::findings {

// How sure a finding is, in words a reader without statistics understands (issue 21):
// the two-sided chance of a z at least this large under "nothing changed", rounded down
// to "less than once in 10, 100, 1,000, …" comparisons, with z and the bar kept for
// those who want them. Numbers follow the user's locale.
class FindingWords
{
public:
    enum class Chance {
        Gap,     // a group against the rest
        Change,  // one figure against the previous period
        Changes, // several changes that each passed (the weakest z is given)
        Trends,  // trends over many periods (the weakest z is given)
        Rise,    // a share of comments against the previous period
    };

    // "A gap this large would arise by chance less than once in 10,000 such comparisons
    // (z = -4.2, the bar is 3.59)."
    static QString chance(Chance kind, double z, double bar);
    // The largest power of ten N with two-sided P(|Z| >= |z|) <= 1/N, at most 10^9; 1 when
    // |z| is too small to say "less than once in 10".
    static qint64 onceIn(double z);
    // A count inside a sentence: 12,345 (English), 12.345 (German).
    static QString count(qint64 n);
};

} // namespace rapport::core::findings
