#include "dashboard/MetricTile.h"

#include "dashboard/Sparkline.h"
#include "widgets/MetricFormat.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QVBoxLayout>
#include <utility>

namespace rapport::app {

MetricTile::MetricTile(const QString& key, QWidget* parent)
    : QFrame(parent), m_key(key), m_title(new QLabel(MetricFormat::title(key), this)),
      m_value(new QLabel(this)), m_unit(new QLabel(MetricFormat::unit(key), this)),
      m_change(new QLabel(this)), m_note(new QLabel(this)), m_sparkline(new Sparkline(this))
{
    setObjectName(key + QStringLiteral("Tile"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::PointingHandCursor);
    // Reachable with Tab; Enter or Space opens the records, as a click does.
    setFocusPolicy(Qt::StrongFocus);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_value->setFont(big);
    QFont small = m_unit->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_unit->setFont(small);
    m_unit->setForegroundRole(QPalette::PlaceholderText);
    m_title->setObjectName(QStringLiteral("titleLabel"));
    m_value->setObjectName(QStringLiteral("valueLabel"));
    m_unit->setObjectName(QStringLiteral("unitLabel"));
    m_change->setObjectName(QStringLiteral("changeLabel"));
    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setFont(small);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_unit);
    layout->addWidget(m_change);
    layout->addWidget(m_note);
    layout->addWidget(m_sparkline);
    setToolTip(tr("Click, or press Enter, to see the records behind this figure."));
    setFigures(std::nullopt, std::nullopt, {});
}

QString MetricTile::valueText() const
{
    return m_value->text();
}

QString MetricTile::changeText() const
{
    return m_change->text();
}

QString MetricTile::noteText() const
{
    return m_note->text();
}

void MetricTile::setNote(const QString& note, const QString& explanation)
{
    m_note->setText(note);
    m_note->setToolTip(explanation);
    m_note->setVisible(!note.isEmpty());
}

void MetricTile::setFigures(std::optional<double> current, std::optional<double> previous,
                            std::vector<std::optional<double>> trend, const QString& comparedWith)
{
    // Read again each time: the book's currency may have been chosen since (money's unit).
    m_unit->setText(MetricFormat::unit(m_key));
    m_unit->setVisible(!m_unit->text().isEmpty() &&
                       !MetricFormat::isPercentKey(m_key)); // "50.0 %" says it already
    m_value->setText(MetricFormat::value(m_key, current));
    m_value->setToolTip(current ? QString()
                                : tr("No data for this period and scope: nothing to compute %1 from.")
                                      .arg(MetricFormat::title(m_key)));
    m_change->setText(MetricFormat::change(m_key, current, previous));
    const QString previousText = MetricFormat::value(m_key, previous);
    m_change->setToolTip(!previous                ? tr("The previous period has no value to compare with.")
                         : comparedWith.isEmpty() ? tr("Previous period: %1").arg(previousText)
                                                  : tr("%1: %2").arg(comparedWith, previousText));
    m_sentiment = 0;
    if (current && previous && *current != *previous) {
        const bool up = *current > *previous;
        m_sentiment = up == MetricFormat::higherIsBetter(m_key) ? 1 : -1;
    }
    applySentimentColour();
    m_sparkline->setValues(std::move(trend));
    m_sparkline->setToolTip(tr("The last 12 months"));
}

void MetricTile::applySentimentColour()
{
    // Green and red tuned for both light and dark palettes; neutral uses the palette.
    QPalette p = m_change->palette();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QColor colour = palette().color(QPalette::Text);
    if (m_sentiment > 0)
        colour = dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1b, 0x7a, 0x2f);
    else if (m_sentiment < 0)
        colour = dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e);
    // The tile paints on Base, so its labels draw with the Text role: set both.
    p.setColor(QPalette::WindowText, colour);
    p.setColor(QPalette::Text, colour);
    m_change->setPalette(p);
    const QString arrow = m_sentiment == 0 ? QString() : (m_sentiment > 0 ? tr(" (better)") : tr(" (worse)"));
    m_change->setAccessibleName(m_change->text() + arrow);
    // What a screen reader says when the tile takes the focus: the figure and its change.
    setAccessibleName(tr("%1: %2").arg(m_title->text(), m_value->text()));
    setAccessibleDescription(m_change->accessibleName());
}

void MetricTile::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_key);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void MetricTile::focusInEvent(QFocusEvent* event)
{
    update();
    QFrame::focusInEvent(event);
}

void MetricTile::focusOutEvent(QFocusEvent* event)
{
    update();
    QFrame::focusOutEvent(event);
}

void MetricTile::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    // The tile has no text cursor: a highlight-coloured border shows where the focus is.
    QPainter p(this);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(rect().adjusted(1, 1, -1, -1));
}

void MetricTile::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressed = true;
        event->accept();
        return;
    }
    QFrame::mousePressEvent(event);
}

void MetricTile::mouseReleaseEvent(QMouseEvent* event)
{
    // A click, as a button takes it: released over the tile that was pressed.
    if (event->button() == Qt::LeftButton && std::exchange(m_pressed, false)) {
        event->accept();
        if (rect().contains(event->position().toPoint()))
            emit activated(m_key);
        return;
    }
    QFrame::mouseReleaseEvent(event);
}

void MetricTile::mouseDoubleClickEvent(QMouseEvent* event)
{
    // The first click of a double-click has opened the records already: the second one
    // (which arrives as this event, then a release) opens nothing more.
    m_pressed = false;
    event->accept();
}

void MetricTile::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applySentimentColour();
    QFrame::changeEvent(event);
}

} // namespace rapport::app
