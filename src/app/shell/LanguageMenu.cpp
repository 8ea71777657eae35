#include "shell/LanguageMenu.h"

#include "common/Translations.h"

#include <QActionGroup>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace rapport::app {

namespace {

const QString kLanguageKey = QStringLiteral("interface/language");

// A language's own name ("Deutsch", "English"), so that a user lost in a language they do not
// read still finds theirs.
QString nativeName(const QString& code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code == QLatin1String("en"))
        name = QStringLiteral("English");
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

QString LanguageMenu::stored()
{
    return QSettings().value(kLanguageKey).toString();
}

QMenu* LanguageMenu::create(QWidget* parent)
{
    auto* menu = new QMenu(tr("&Language"), parent);
    menu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(menu);
    const QString current = stored();
    QStringList codes{QString()};
    codes << core::Translations::available();
    for (const QString& code : codes) {
        QAction* action = menu->addAction(code.isEmpty() ? tr("&System Language") : nativeName(code));
        action->setObjectName(
            QStringLiteral("language%1Action").arg(code.isEmpty() ? QStringLiteral("System") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setStatusTip(code.isEmpty() ? tr("Use the language of the desktop")
                                            : tr("Use this language"));
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, menu, [code, parent] {
            QSettings().setValue(kLanguageKey, code);
            if (auto* window = qobject_cast<QMainWindow*>(parent))
                window->statusBar()->showMessage(tr("The language changes when Rapport is started again."));
        });
    }
    return menu;
}

} // namespace rapport::app
