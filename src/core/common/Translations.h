#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rapport::core {

// Puts the user's language into the running program: Qt's own catalogue (standard buttons,
// dialogs) and Rapport's, embedded under :/i18n. English is the source language: its catalogue
// holds only the plural forms of counted texts. Both programs call install() once, right after
// the application object exists.
namespace Translations {

// The catalogue base name under :/i18n ("rapport" gives :/i18n/rapport_de.qm).
inline constexpr auto CatalogueName = "rapport";

// language: a language code ("de", "en") chosen in the GUI's settings, or empty to follow the
// environment (LANGUAGE, then LC_ALL, LC_MESSAGES and LANG). Returns the language installed
// ("en" when none of the user's languages has a catalogue).
QString install(QCoreApplication& application, const QString& language = {});

// The language install() put in place: "en" before it ran or when it found no catalogue.
// Texts that are data rather than code (the built-in questionnaire) follow it.
QString language();

// The languages with a catalogue, English first: {"en", "de"}.
QStringList available();

// Loads the catalogue at `path` (a .qm file) on top of the installed ones; the GUI's
// pseudo-translation test uses it. false when the file cannot be read.
bool installCatalogue(QCoreApplication& application, const QString& path);

} // namespace Translations

} // namespace rapport::core
