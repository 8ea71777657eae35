#include "reflection/FindingReference.h"

#include "metrics/MetricCatalogue.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::app::FindingReference", text);
}

} // namespace

QString FindingReference::make(const core::Finding& finding, const core::Period& period)
{
    return QStringLiteral("%1:%2:%3").arg(core::toString(finding.kind), finding.subject, period.label());
}

QString FindingReference::describe(const QString& reference,
                                   const std::function<QString(const QString&)>& repName)
{
    const QStringList parts = reference.split(QLatin1Char(':'));
    if (parts.size() < 2)
        return tr("an earlier finding");
    const QString& kind = parts.first();
    const QString& period = parts.last();
    const QStringList subject = parts.mid(1, parts.size() - 2);
    if (kind == QLatin1String("group_outlier") && subject.size() == 2) {
        const QString group = subject.at(1);
        const QString name = repName ? repName(group) : group;
        const QString who = name != group ? name : tr("segment %1").arg(group);
        return tr("%1 of %2 set apart from the rest in %3")
            .arg(core::MetricCatalogue::title(subject.at(0)), who, period);
    }
    if (kind == QLatin1String("complaint_category") && subject.size() == 1)
        return tr("“%1” complaints changing in %2").arg(subject.at(0), period);
    if (kind == QLatin1String("comment_theme") && subject.size() == 1)
        return tr("“%1” recurring in comments in %2").arg(subject.at(0), period);
    if (kind == QLatin1String("opposing_metrics") || kind == QLatin1String("opposing_trend"))
        return tr("satisfaction and loyalty moving apart in %1").arg(period);
    if (kind == QLatin1String("as_in_team"))
        return tr("team findings that hold here too, in %1").arg(period);
    return tr("a finding of %1").arg(period);
}

} // namespace rapport::app
