#include "workspace/CustomerCardText.h"

#include "widgets/DisplayText.h"
#include "workspace/ChurnReasonDialog.h"

namespace rapport::app {

QString CustomerCardText::details(const core::Customer& customer, const QString& owner,
                                  const std::vector<core::PastChurn>& pastChurns, const QString& nextFollowUp)
{
    const auto row = [](const QString& caption, const QString& value) {
        return QStringLiteral("<tr><td style='padding-right:12px'>%1</td><td>%2</td></tr>")
            .arg(caption.toHtmlEscaped(), value.isEmpty() ? QStringLiteral("–") : value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Company"), customer.company);
    html += row(tr("E-mail"), customer.email);
    html += row(tr("Phone"), customer.phone);
    html += row(tr("Segment"), customer.segment);
    html += row(tr("Owner"), owner);
    html += row(tr("Customer number"), customer.externalId);
    html += row(tr("Customer since"), DisplayText::date(customer.acquiredAt));
    QString status = tr("Active");
    if (customer.churnedAt.isValid()) {
        const QString left = DisplayText::date(customer.churnedAt);
        const QString reason = ChurnReasonDialog::readable(customer.churnReason);
        if (customer.hasReturned())
            status = reason.isEmpty() ? tr("Returned on %1 after leaving on %2")
                                            .arg(DisplayText::date(customer.returnedAt), left)
                                      : tr("Returned on %1 after leaving on %2 (%3)")
                                            .arg(DisplayText::date(customer.returnedAt), left, reason);
        else
            status =
                reason.isEmpty() ? tr("Churned on %1").arg(left) : tr("Churned on %1 (%2)").arg(left, reason);
    }
    html += row(tr("Status"), status);
    if (!pastChurns.empty())
        html += row(tr("Earlier churns"), DisplayText::pastChurns(pastChurns));
    html += row(tr("Next follow-up"), nextFollowUp);
    html += QStringLiteral("</table>");
    return html;
}

} // namespace rapport::app
