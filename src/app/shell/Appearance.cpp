#include "shell/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace rapport::app {

namespace {

const QString kModeKey = QStringLiteral("appearance/mode");

struct SystemLook
{
    bool captured = false;
    QString styleName;
    QPalette palette;
    Appearance::Mode current = Appearance::Mode::System;
};

SystemLook& systemLook()
{
    static SystemLook look;
    return look;
}

} // namespace

void Appearance::captureSystem()
{
    SystemLook& look = systemLook();
    if (look.captured)
        return;
    look.captured = true;
    look.styleName = QApplication::style() ? QApplication::style()->name() : QString();
    look.palette = QApplication::palette();
}

void Appearance::apply(Mode mode)
{
    SystemLook& look = systemLook();
    captureSystem();
    if (mode == Mode::System) {
        if (look.current != Mode::System) {
            if (QStyle* style = QStyleFactory::create(look.styleName))
                QApplication::setStyle(style);
            QApplication::setPalette(look.palette);
        }
    } else {
        if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
            if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
                QApplication::setStyle(fusion);
        }
        QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
    }
    look.current = mode;
}

Appearance::Mode Appearance::current()
{
    return systemLook().current;
}

Appearance::Mode Appearance::stored()
{
    return fromString(QSettings().value(kModeKey).toString());
}

void Appearance::store(Mode mode)
{
    QSettings().setValue(kModeKey, toString(mode));
}

QString Appearance::toString(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

Appearance::Mode Appearance::fromString(const QString& text)
{
    if (text == QLatin1String("light"))
        return Mode::Light;
    if (text == QLatin1String("dark"))
        return Mode::Dark;
    return Mode::System;
}

QPalette Appearance::lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return p;
}

QPalette Appearance::darkPalette()
{
    // Greys rather than black, text at more than 10:1 on them, a blue that reads on both.
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor button(0x35, 0x35, 0x35);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x42, 0x42, 0x42));
    p.setColor(QPalette::Mid, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

bool Appearance::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace rapport::app
