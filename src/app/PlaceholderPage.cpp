#include "PlaceholderPage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport::app {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& text, QWidget* parent) : QWidget(parent)
{
    auto* titleLabel = new QLabel(title, this);
    QFont heading = titleLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    titleLabel->setFont(heading);
    auto* textLabel = new QLabel(text, this);
    textLabel->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(titleLabel);
    layout->addWidget(textLabel);
    layout->addStretch();
}

PlaceholderPage::~PlaceholderPage() = default;

} // namespace rapport::app
