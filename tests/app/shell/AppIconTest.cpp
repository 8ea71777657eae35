#include "shell/AppIcon.h"

#include "TestSupport.h"

#include <QImage>

using rapport::app::AppIcon;

TEST_CASE("the application icon is painted at every size with a transparent corner and an opaque middle",
          "[app][icon]")
{
    const QIcon icon = AppIcon::icon();
    REQUIRE_FALSE(icon.isNull());
    CHECK(icon.availableSizes().size() == 8);
    for (int size : {16, 64, 256}) {
        const QImage image = AppIcon::pixmap(size).toImage();
        REQUIRE(image.size() == QSize(size, size));
        CHECK(qAlpha(image.pixel(0, 0)) == 0);                 // rounded corner
        CHECK(qAlpha(image.pixel(size / 2, size / 2)) == 255); // the tile itself
    }
}
