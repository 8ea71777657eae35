#pragma once

#include <QWidget>

namespace rapport::app {

// A page whose content comes later: its title and a sentence on what will be there.
class PlaceholderPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString& title, const QString& text, QWidget* parent = nullptr);
    ~PlaceholderPage() override;
};

} // namespace rapport::app
