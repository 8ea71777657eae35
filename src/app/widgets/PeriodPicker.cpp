#include "widgets/PeriodPicker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace rapport::app {

namespace {

QDateTime midnightUtc(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC);
}

} // namespace

PeriodPicker::PeriodPicker(const QDate& today, QWidget* parent) : QWidget(parent)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_kind->addItem(tr("Month"), static_cast<int>(Kind::Month));
    m_kind->addItem(tr("Quarter"), static_cast<int>(Kind::Quarter));
    m_kind->addItem(tr("Year"), static_cast<int>(Kind::Year));
    m_kind->addItem(tr("Custom range"), static_cast<int>(Kind::Custom));
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("Day in the period"));
    m_from->setToolTip(tr("Any day of the month, quarter or year to show; the first day of a custom range."));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setAccessibleName(tr("Last day of the range"));
    m_to->setToolTip(tr("The last day of the custom range (included)."));
    m_toLabel = new QLabel(tr("through"), this);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    setFocusProxy(m_kind);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateEditors();
        userChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::userChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::userChanged);
    updateEditors();
}

void PeriodPicker::userChanged()
{
    if (!m_setting)
        emit periodChanged();
}

void PeriodPicker::updateEditors()
{
    const bool custom = m_kind->currentData().toInt() == static_cast<int>(Kind::Custom);
    m_to->setVisible(custom);
    m_toLabel->setVisible(custom);
}

core::Period PeriodPicker::period() const
{
    const QDate d = m_from->date();
    switch (static_cast<Kind>(m_kind->currentData().toInt())) {
    case Kind::Quarter:
        return core::Period::quarter(d.year(), (d.month() - 1) / 3 + 1);
    case Kind::Year:
        return core::Period::year(d.year());
    case Kind::Custom:
        if (auto r = core::Period::range(midnightUtc(d), midnightUtc(std::max(d, m_to->date()).addDays(1))))
            return *r;
        break;
    case Kind::Month:
        break;
    }
    return core::Period::month(d.year(), d.month());
}

void PeriodPicker::setPeriod(const core::Period& period)
{
    m_setting = true;
    Kind kind = Kind::Custom;
    switch (period.kind()) {
    case core::Period::Kind::Year:
        kind = Kind::Year;
        break;
    case core::Period::Kind::Quarter:
        kind = Kind::Quarter;
        break;
    case core::Period::Kind::Month:
        kind = Kind::Month;
        break;
    case core::Period::Kind::Range:
        break;
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    m_from->setDate(period.start().date());
    m_to->setDate(QDateTime::fromSecsSinceEpoch(period.endSeconds() - 1, Qt::UTC).date());
    m_setting = false;
}

} // namespace rapport::app
