#include "AssessCommand.h"

#include "ArgumentParser.h"
#include "CliContext.h"
#include "CommandRegistry.h"
#include "common/Clock.h"
#include "common/DateText.h"
#include "logging/LogCategories.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/AssessmentScorer.h"
#include "reflection/Questionnaire.h"
#include "services/AssessmentService.h"
#include "services/RepService.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cmath>
#include <cstdio>
#include <optional>

namespace rapport::cli {

RAPPORT_REGISTER_COMMAND(AssessCommand, 110)

namespace {

using core::Questionnaire;

QString scaleHint(const Questionnaire& q)
{
    return QStringLiteral("%1 = %2 ... %3 = %4")
        .arg(Questionnaire::kScaleMin)
        .arg(q.scaleLabels().first())
        .arg(Questionnaire::kScaleMax)
        .arg(q.scaleLabels().last());
}

std::optional<int> parseAnswer(const QString& text)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < Questionnaire::kScaleMin || v > Questionnaire::kScaleMax)
        return std::nullopt;
    return v;
}

// --answers "5,4,3,...": one value per item in the order the questionnaire asks them.
std::optional<QMap<QString, int>> answersFromOption(CliContext& context, const Questionnaire& q,
                                                    const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    const auto expected = static_cast<qsizetype>(q.items().size());
    if (parts.size() != expected) {
        context.fail(QCoreApplication::translate(
                         "rapport-cli",
                         "--answers: expected %1 answers (one per statement, comma-separated), got %2; "
                         "nothing was saved")
                         .arg(expected)
                         .arg(parts.size()),
                     ExitRejected);
        return std::nullopt;
    }
    QMap<QString, int> answers;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto v = parseAnswer(parts.at(i));
        if (!v) {
            context.fail(QCoreApplication::translate(
                             "rapport-cli",
                             "--answers: answer %1 ('%2') is not a whole number from %3 to %4; "
                             "nothing was saved")
                             .arg(i + 1)
                             .arg(parts.at(i).trimmed().left(40))
                             .arg(Questionnaire::kScaleMin)
                             .arg(Questionnaire::kScaleMax),
                         ExitRejected);
            return std::nullopt;
        }
        answers.insert(q.items().at(static_cast<size_t>(i)).id, *v);
    }
    return answers;
}

// Asks every statement on the terminal; an invalid answer is asked again, the end of
// input aborts (std::nullopt) so that a half-answered questionnaire is never kept.
std::optional<QMap<QString, int>> answersFromTerminal(CliContext& context, const Questionnaire& q)
{
    QTextStream in(stdin);
    QTextStream& out = context.out();
    out << q.title() << QStringLiteral("\n\n");
    if (!q.instructions().isEmpty())
        out << q.instructions() << QStringLiteral("\n\n");
    out << QCoreApplication::translate("rapport-cli", "Scale:");
    for (qsizetype i = 0; i < q.scaleLabels().size(); ++i)
        out << QStringLiteral("  %1 = %2").arg(i + Questionnaire::kScaleMin).arg(q.scaleLabels().at(i));
    out << QStringLiteral("\n\n");

    QMap<QString, int> answers;
    const auto total = q.items().size();
    for (size_t i = 0; i < total; ++i) {
        const core::QuestionnaireItem& item = q.items()[i];
        out << QStringLiteral("[%1/%2] %3\n").arg(i + 1).arg(total).arg(item.text);
        for (;;) {
            out << QCoreApplication::translate("rapport-cli", "  Your answer (%1): ").arg(scaleHint(q))
                << Qt::flush;
            QString line;
            if (!in.readLineInto(&line)) {
                out << QLatin1Char('\n') << Qt::flush;
                context.fail(QCoreApplication::translate(
                                 "rapport-cli",
                                 "input ended at statement %1 of %2: the assessment was aborted and "
                                 "nothing was saved")
                                 .arg(i + 1)
                                 .arg(total),
                             ExitFailure);
                return std::nullopt;
            }
            if (const auto v = parseAnswer(line)) {
                answers.insert(item.id, *v);
                break;
            }
            out << QCoreApplication::translate("rapport-cli",
                                               "  Please answer with a whole number from %1 to %2.\n")
                       .arg(Questionnaire::kScaleMin)
                       .arg(Questionnaire::kScaleMax);
        }
    }
    out << QLatin1Char('\n');
    return answers;
}

QString signedChange(double change)
{
    const long rounded = std::lround(change);
    if (rounded > 0)
        return QStringLiteral("+%1").arg(rounded);
    return QString::number(rounded); // "0" or "-12"
}

void printProfile(QTextStream& out, const core::AssessmentProfile& profile,
                  const core::Assessment& assessment)
{
    if (profile.straightLined())
        out << QCoreApplication::translate(
                   "rapport-cli",
                   "Warning: every answer was the same (%1). Answers given without telling the statements "
                   "apart say little about your style; consider taking the questionnaire again.\n\n")
                   .arg(assessment.answers.first());

    const QString change = profile.hasPrevious()
                               ? QCoreApplication::translate("rapport-cli", "Change since %1")
                                     .arg(core::DateText::utcDay(profile.previousTakenAt()))
                               : QCoreApplication::translate("rapport-cli", "Change");
    out << QStringLiteral("%1  %2  %3  %4\n")
               .arg(QCoreApplication::translate("rapport-cli", "Dimension").leftJustified(24),
                    QCoreApplication::translate("rapport-cli", "Score"),
                    QCoreApplication::translate("rapport-cli", "Level").leftJustified(8), change);
    for (const core::DimensionProfile& d : profile.dimensions()) {
        const QString delta =
            d.change ? signedChange(*d.change)
                     : (profile.hasPrevious() ? QCoreApplication::translate("rapport-cli", "n/a")
                                              : QCoreApplication::translate("rapport-cli", "first"));
        out << QStringLiteral("%1  %2  %3  %4\n")
                   .arg(d.name.leftJustified(24))
                   .arg(QString::number(std::lround(d.score)).rightJustified(5))
                   .arg(core::toString(d.level).leftJustified(8), delta);
    }
    if (!profile.previousNote().isEmpty())
        out << profile.previousNote() << QLatin1Char('\n');

    out << QCoreApplication::translate("rapport-cli", "\nStrengths (score %1 or more):")
               .arg(core::AssessmentProfile::kStrengthFrom);
    if (profile.strengths().isEmpty())
        out << QCoreApplication::translate("rapport-cli", " none yet\n");
    else
        out << QLatin1Char('\n');
    for (const core::DimensionProfile& d : profile.dimensions()) {
        if (d.level == core::DimensionLevel::Strength)
            out << QStringLiteral("  %1 (%2): %3\n").arg(d.name).arg(std::lround(d.score)).arg(d.meaning);
    }
    out << QCoreApplication::translate("rapport-cli", "\nWeaknesses (score below %1):")
               .arg(core::AssessmentProfile::kWeaknessBelow);
    if (profile.weaknesses().isEmpty())
        out << QCoreApplication::translate("rapport-cli", " none\n");
    else
        out << QLatin1Char('\n');
    for (const core::DimensionProfile& d : profile.dimensions()) {
        if (d.level != core::DimensionLevel::Weakness)
            continue;
        out << QStringLiteral("  %1 (%2): %3\n").arg(d.name).arg(std::lround(d.score)).arg(d.meaning);
        out << QCoreApplication::translate("rapport-cli", "  What to try:\n");
        for (const QString& s : d.strategies)
            out << QStringLiteral("    - %1\n").arg(s);
    }
}

} // namespace

int AssessCommand::run(CliContext& context, const QStringList& args)
{
    ArgumentParser parser(*this);
    parser.addValueOption(QStringLiteral("rep"), tr("the rep taking the questionnaire"),
                          QStringLiteral("ID"));
    parser.addValueOption(QStringLiteral("answers"),
                          tr("all answers at once, 1 to 5, comma-separated in the order of the "
                             "statements (otherwise they are asked on the terminal)"),
                          QStringLiteral("LIST"));
    if (auto done = parser.parse(context, args))
        return *done;
    const QString repId = parser.value(QStringLiteral("rep")).trimmed();
    if (repId.isEmpty())
        return parser.usageError(context, tr("assess: --rep ID is required"));

    auto questionnaire = Questionnaire::crmStyle();
    if (!questionnaire)
        return context.fail(questionnaire.error().message, ExitFailure);

    auto db = context.openDatabase(core::DatabaseOpenMode::OpenExisting);
    if (!db)
        return ExitFailure;
    auto rep = core::RepService(*db).find(repId);
    if (!rep)
        return context.fail(rep.error().message, ExitFailure);
    if (!rep->has_value())
        return context.fail(tr("there is no rep with id '%1'").arg(repId), ExitFailure);

    std::optional<QMap<QString, int>> answers =
        parser.isSet(QStringLiteral("answers"))
            ? answersFromOption(context, *questionnaire, parser.value(QStringLiteral("answers")))
            : answersFromTerminal(context, *questionnaire);
    if (!answers)
        return parser.isSet(QStringLiteral("answers")) ? ExitRejected : ExitFailure;

    core::AssessmentService assessments(*db);
    auto previous = assessments.latestForRep(repId);
    if (!previous)
        return context.fail(previous.error().message, ExitFailure);

    core::Assessment assessment;
    assessment.repId = repId;
    assessment.instrumentId = questionnaire->id();
    assessment.instrumentVersion = questionnaire->version();
    assessment.takenAt = context.clock().nowUtc();
    assessment.answers = *answers;
    assessment.straightLined = core::AssessmentScorer::isStraightLined(assessment.answers);
    // Scored before saving, so that a broken questionnaire never leaves an unreadable row.
    auto profile = core::AssessmentProfile::build(*questionnaire, assessment, *previous);
    if (!profile)
        return context.fail(profile.error().message, ExitFailure);
    if (core::Status s = assessments.insert(assessment); !s)
        return context.fail(s.error().message, ExitFailure);
    qCInfo(lcCli) << "assessment" << assessment.id
                  << "saved for a rep; straight-lined:" << assessment.straightLined;

    context.out() << tr("Assessment %1 saved for %2 (%3, version %4, %5).\n\n")
                         .arg(assessment.id)
                         .arg(repId, questionnaire->id())
                         .arg(questionnaire->version())
                         .arg(core::DateText::dateTime(assessment.takenAt.toUTC()));
    printProfile(context.out(), *profile, assessment);
    return ExitSuccess;
}

} // namespace rapport::cli
