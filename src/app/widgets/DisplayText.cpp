#include "widgets/DisplayText.h"

#include "common/DateText.h"
#include "domain/FollowUpDays.h"
#include "widgets/MoneyText.h"

#include <QLocale>
#include <QStringList>

namespace rapport::app {

QString DisplayText::kind(core::InteractionKind kind)
{
    using K = core::InteractionKind;
    switch (kind) {
    case K::Call:
        return tr("Call");
    case K::Email:
        return tr("E-mail");
    case K::Meeting:
        return tr("Meeting");
    case K::Purchase:
        return tr("Purchase");
    case K::Complaint:
        return tr("Complaint");
    case K::Support:
        return tr("Support");
    case K::FollowUp:
        return tr("Follow-up");
    case K::Note:
        return tr("Note");
    }
    return {};
}

QString DisplayText::survey(core::SurveyKind kind)
{
    switch (kind) {
    case core::SurveyKind::Csat:
        return tr("CSAT");
    case core::SurveyKind::Nps:
        return tr("NPS");
    case core::SurveyKind::Ces:
        return tr("CES");
    }
    return {};
}

QString DisplayText::churnReason(const QString& key)
{
    if (key.isEmpty() || key == QLatin1String("unknown"))
        return tr("unknown");
    if (key == QLatin1String("price"))
        return tr("price");
    if (key == QLatin1String("product_quality"))
        return tr("product quality");
    if (key == QLatin1String("service"))
        return tr("service");
    if (key == QLatin1String("competitor"))
        return tr("competitor");
    if (key == QLatin1String("no_longer_needed"))
        return tr("no longer needed");
    if (key == QLatin1String("moved"))
        return tr("moved");
    QString text = key;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text;
}

QString DisplayText::pastChurns(const std::vector<core::PastChurn>& churns)
{
    QStringList parts;
    for (const core::PastChurn& c : churns)
        parts << (c.churnReason.isEmpty()
                      ? tr("%1, back on %2").arg(date(c.churnedAt), date(c.returnedAt))
                      : tr("%1 (%2), back on %3")
                            .arg(date(c.churnedAt), churnReason(c.churnReason), date(c.returnedAt)));
    return parts.join(QStringLiteral("; "));
}

QString DisplayText::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return core::DateText::dateTime(utc.toLocalTime());
}

QString DisplayText::date(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    return core::DateText::date(utc.toLocalTime().date());
}

QString DisplayText::amount(qint64 cents)
{
    return MoneyText::cents(cents);
}

QString DisplayText::followUpDue(const QDateTime& dueUtc, const QDateTime& now)
{
    const QString at = dateTime(dueUtc);
    switch (core::FollowUpDays(now).when(dueUtc)) {
    case core::FollowUpWhen::Overdue:
        return tr("%1 (overdue)").arg(at);
    case core::FollowUpWhen::Today:
        return tr("%1 (today)").arg(at);
    case core::FollowUpWhen::ThisWeek:
    case core::FollowUpWhen::Later:
        break;
    }
    return at;
}

} // namespace rapport::app
