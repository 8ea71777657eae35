#pragma once

#include "common/Result.h"
#include "reflection/Questionnaire.h"

namespace rapport::core::LocalizedQuestionnaire {

// A built-in questionnaire in `language`: the same instrument as the English definition (its
// ids, dimensions, reversed items and scale) with translated texts, read from
// ":/questionnaire/<id>-v<version>.<language>.json". English, a language without such a file,
// or a file that is not the same instrument give the English definition: answers are stored
// by item id, so a translation must never change what is measured.
Result<Questionnaire> builtin(const QString& id, int version, const QString& language);

// What makes `translated` a different instrument from `base` (empty when it is the same).
QStringList differences(const Questionnaire& base, const Questionnaire& translated);

} // namespace rapport::core::LocalizedQuestionnaire
