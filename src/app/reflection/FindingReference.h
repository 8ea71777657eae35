#pragma once

#include "metrics/Period.h"
#include "reflection/Finding.h"

#include <QString>
#include <functional>

namespace rapport::app {

// The reference an action plan keeps to the finding it came from, "kind:subject:period"
// (for example "group_outlier:follow_up_rate:fbrennan:2026-Q3"), and how it reads to a
// person: the reference itself is a key and never shown.
class FindingReference
{
public:
    static QString make(const core::Finding& finding, const core::Period& period);
    // "Follow-up rate of Finn Brennan set apart from the rest in 2026-Q3"; repName turns a
    // rep id into a name (an unknown id comes back unchanged and is read as a segment).
    static QString describe(const QString& reference, const std::function<QString(const QString&)>& repName);
};

} // namespace rapport::app
