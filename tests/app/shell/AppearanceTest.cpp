#include "shell/Appearance.h"

#include "TestSupport.h"
#include "shell/DatabaseSession.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <algorithm>
#include <cmath>

using namespace rapport;

namespace {

// Puts the system look and the stored preference back, whatever the test did.
struct AppearanceScope
{
    AppearanceScope() { app::Appearance::captureSystem(); }
    ~AppearanceScope()
    {
        app::Appearance::apply(app::Appearance::Mode::System);
        QSettings().remove(QStringLiteral("appearance/mode"));
    }
};

} // namespace

TEST_CASE("Dark and Light appearances set Rapport's palettes and System puts the desktop's back",
          "[app][appearance]")
{
    AppearanceScope scope;
    const QPalette system = QApplication::palette();
    const QString systemStyle = QApplication::style()->name();

    app::Appearance::apply(app::Appearance::Mode::Dark);
    CHECK(app::Appearance::current() == app::Appearance::Mode::Dark);
    CHECK(app::Appearance::isDark(QApplication::palette()));
    CHECK(QApplication::palette().color(QPalette::Base) ==
          app::Appearance::darkPalette().color(QPalette::Base));
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);

    app::Appearance::apply(app::Appearance::Mode::Light);
    CHECK_FALSE(app::Appearance::isDark(QApplication::palette()));
    CHECK(QApplication::palette().color(QPalette::Window).lightness() > 200);

    app::Appearance::apply(app::Appearance::Mode::System);
    CHECK(QApplication::palette() == system);
    CHECK(QApplication::style()->name() == systemStyle);
}

TEST_CASE("The dark palette keeps text readable on every background it sets", "[app][appearance]")
{
    const QPalette p = app::Appearance::darkPalette();
    // WCAG contrast ratio of two colours.
    const auto luminance = [](const QColor& c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const auto contrast = [&](const QColor& a, const QColor& b) {
        const double la = luminance(a), lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    };
    CHECK(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) >= 7.0);
    CHECK(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) >= 7.0);
    CHECK(contrast(p.color(QPalette::Text), p.color(QPalette::AlternateBase)) >= 7.0);
    CHECK(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) >= 7.0);
    CHECK(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) >= 3.0);
    CHECK(contrast(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase)) >= 7.0);
    CHECK(contrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base)) >= 4.5);
}

TEST_CASE("Edit Appearance switches the palette at once and remembers the choice", "[app][appearance]")
{
    AppearanceScope scope;
    app::DatabaseSession session;
    app::MainWindow window(session);
    auto* dark = window.findChild<QAction*>(QStringLiteral("appearancedarkAction"));
    auto* system = window.findChild<QAction*>(QStringLiteral("appearancesystemAction"));
    REQUIRE(dark);
    REQUIRE(system);
    CHECK(system->isChecked());

    dark->trigger();
    CHECK(dark->isChecked());
    CHECK(app::Appearance::isDark(QApplication::palette()));
    CHECK(app::Appearance::stored() == app::Appearance::Mode::Dark);

    system->trigger();
    CHECK(app::Appearance::stored() == app::Appearance::Mode::System);
    CHECK(app::Appearance::fromString(QStringLiteral("nonsense")) == app::Appearance::Mode::System);
}
