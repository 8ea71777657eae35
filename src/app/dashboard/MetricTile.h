#pragma once

#include <QFrame>
#include <optional>
#include <vector>

class QLabel;

namespace rapport::app {

class Sparkline;

// One dashboard figure: its value with the unit, the change against the previous period
// (green when good news for this metric, red when bad) and a sparkline of recent months.
// A click on it, or Enter or Space when it has the focus, asks for the records behind the figure.
class MetricTile final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricTile)

public:
    explicit MetricTile(const QString& key, QWidget* parent = nullptr);

    const QString& key() const { return m_key; }
    // `comparedWith` names what `previous` covers when it is not simply the previous period.
    void setFigures(std::optional<double> current, std::optional<double> previous,
                    std::vector<std::optional<double>> trend, const QString& comparedWith = QString());
    // A short remark under the figure, with a tooltip that explains it ("provisional: 3
    // still open"); empty hides it.
    void setNote(const QString& note, const QString& explanation = QString());

    // What the tile shows, for tests and accessibility.
    QString valueText() const;
    QString changeText() const;
    QString noteText() const;
    // +1 good news, -1 bad news, 0 unchanged or not comparable.
    int changeSentiment() const { return m_sentiment; }
    const Sparkline& sparkline() const { return *m_sparkline; }

signals:
    void activated(const QString& key);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applySentimentColour();

    QString m_key;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_unit;
    QLabel* m_change;
    QLabel* m_note;
    Sparkline* m_sparkline;
    int m_sentiment = 0;
    bool m_pressed = false; // the left button went down on the tile and is still down
};

} // namespace rapport::app
