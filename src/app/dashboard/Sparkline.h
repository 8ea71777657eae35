#pragma once

#include <QWidget>
#include <optional>
#include <vector>

namespace rapport::app {

// A tiny line of a metric's last months, drawn in the palette's colours; empty months
// break the line rather than drop to zero.
class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    explicit Sparkline(QWidget* parent = nullptr);

    void setValues(std::vector<std::optional<double>> values);
    const std::vector<std::optional<double>>& values() const { return m_values; }

    QSize sizeHint() const override { return {120, 28}; }
    QSize minimumSizeHint() const override { return {60, 20}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::optional<double>> m_values;
};

} // namespace rapport::app
