#include "widgets/PeriodPicker.h"

#include "metrics/PeriodName.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace rapport::app {

namespace {

QDateTime midnightUtc(const QDate& d)
{
    return QDateTime(d, QTime(0, 0), Qt::UTC);
}

QDate lastDay(const core::Period& period)
{
    return QDateTime::fromSecsSinceEpoch(period.endSeconds() - 1, Qt::UTC).date();
}

} // namespace

PeriodPicker::PeriodPicker(const QDate& today, QWidget* parent)
    : QWidget(parent), m_today(today), m_firstYear(today.year() - 10), m_lastYear(today.year() + 1)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKindComboBox"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("Month"), static_cast<int>(Kind::Month));
    m_kind->addItem(tr("Quarter"), static_cast<int>(Kind::Quarter));
    m_kind->addItem(tr("Year"), static_cast<int>(Kind::Year));
    m_kind->addItem(tr("Custom range"), static_cast<int>(Kind::Custom));
    m_named = new QComboBox(this);
    m_named->setObjectName(QStringLiteral("periodComboBox"));
    m_named->setAccessibleName(tr("Period"));
    m_named->setToolTip(tr("The month, quarter or year to show"));
    m_named->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_named->setMaxVisibleItems(16);
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setAccessibleName(tr("First day of the range"));
    m_from->setToolTip(tr("The first day of the custom range."));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to->setAccessibleName(tr("Last day of the range"));
    m_to->setToolTip(tr("The last day of the custom range (included)."));
    m_toLabel = new QLabel(tr("through"), this);
    m_previous = new QToolButton(this);
    m_previous->setObjectName(QStringLiteral("previousPeriodButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setAccessibleName(tr("Previous period"));
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_previous->setToolTip(
        tr("The period before (%1)").arg(m_previous->shortcut().toString(QKeySequence::NativeText)));
    m_next = new QToolButton(this);
    m_next->setObjectName(QStringLiteral("nextPeriodButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setAccessibleName(tr("Next period"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_next->setToolTip(
        tr("The period after (%1)").arg(m_next->shortcut().toString(QKeySequence::NativeText)));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    layout->addWidget(m_previous);
    layout->addWidget(m_named);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_next);
    setFocusProxy(m_kind);
    setTabOrder(m_kind, m_named);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_setting)
            return;
        // The new kind's period holding the start of the one on show: August, then Q3, then 2026.
        const QDate start = m_from->date(); // the first day of what was on show
        m_setting = true;
        fillNamed(core::Period::month(start.year(), start.month()));
        m_setting = false;
        updateEditors();
        userChanged();
    });
    connect(m_named, &QComboBox::currentIndexChanged, this, [this] {
        if (m_setting)
            return;
        const core::Period p = period();
        m_setting = true;
        m_from->setDate(p.start().date());
        m_to->setDate(lastDay(p));
        m_setting = false;
        userChanged();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::userChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::userChanged);
    connect(m_previous, &QToolButton::clicked, this, &PeriodPicker::showPrevious);
    connect(m_next, &QToolButton::clicked, this, &PeriodPicker::showNext);
    m_setting = true;
    fillNamed(core::Period::month(today.year(), today.month()));
    m_setting = false;
    updateEditors();
}

PeriodPicker::Kind PeriodPicker::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void PeriodPicker::fillNamed(const core::Period& around)
{
    const QDate start = around.start().date();
    m_firstYear = std::min(m_firstYear, start.year());
    m_lastYear = std::max(m_lastYear, lastDay(around).year());
    m_named->clear();
    const Kind k = kind();
    for (int year = m_firstYear; year <= m_lastYear; ++year) {
        if (k == Kind::Year) {
            m_named->addItem(core::PeriodName::of(core::Period::year(year)),
                             core::Period::year(year).label());
            continue;
        }
        const int steps = k == Kind::Quarter ? 4 : 12;
        for (int i = 1; i <= steps; ++i) {
            const core::Period p =
                k == Kind::Quarter ? core::Period::quarter(year, i) : core::Period::month(year, i);
            m_named->addItem(core::PeriodName::of(p), p.label());
        }
    }
    // The named period of this kind that holds the start of `around`.
    core::Period holding = core::Period::month(start.year(), start.month());
    if (k == Kind::Quarter)
        holding = core::Period::quarter(start.year(), (start.month() - 1) / 3 + 1);
    else if (k == Kind::Year)
        holding = core::Period::year(start.year());
    m_named->setCurrentIndex(std::max(0, m_named->findData(holding.label())));
    if (k != Kind::Custom) {
        m_from->setDate(holding.start().date());
        m_to->setDate(lastDay(holding));
    }
}

void PeriodPicker::userChanged()
{
    if (!m_setting)
        emit periodChanged();
}

void PeriodPicker::updateEditors()
{
    const bool custom = kind() == Kind::Custom;
    m_named->setVisible(!custom);
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_toLabel->setVisible(custom);
}

core::Period PeriodPicker::period() const
{
    if (kind() == Kind::Custom) {
        const QDate d = m_from->date();
        if (auto r = core::Period::range(midnightUtc(d), midnightUtc(std::max(d, m_to->date()).addDays(1))))
            return *r;
        return core::Period::month(d.year(), d.month());
    }
    if (auto p = core::Period::parse(m_named->currentData().toString()))
        return *p;
    return core::Period::month(m_today.year(), m_today.month());
}

QString PeriodPicker::periodName() const
{
    return core::PeriodName::of(period());
}

void PeriodPicker::setPeriod(const core::Period& period)
{
    m_setting = true;
    Kind k = Kind::Custom;
    switch (period.kind()) {
    case core::Period::Kind::Year:
        k = Kind::Year;
        break;
    case core::Period::Kind::Quarter:
        k = Kind::Quarter;
        break;
    case core::Period::Kind::Month:
        k = Kind::Month;
        break;
    case core::Period::Kind::Range:
        break;
    }
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(k)));
    fillNamed(period);
    m_from->setDate(period.start().date());
    m_to->setDate(lastDay(period));
    updateEditors();
    m_setting = false;
}

void PeriodPicker::showPrevious()
{
    step(-1);
}

void PeriodPicker::showNext()
{
    step(1);
}

void PeriodPicker::step(int direction)
{
    const core::Period p = period();
    setPeriod(direction < 0 ? p.previous() : p.next());
    emit periodChanged();
}

} // namespace rapport::app
