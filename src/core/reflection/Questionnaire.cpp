#include "reflection/Questionnaire.h"

#include "common/Translations.h"
#include "logging/LogCategories.h"
#include "reflection/LocalizedQuestionnaire.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

// Q_INIT_RESOURCE must be used outside any namespace. rapport_core is a static library:
// without this call the linker may drop the compiled resource and the file would be missing.
// Thread-safe and once only (a function-local static).
static void initCoreResources()
{
    static const bool registered = [] {
        Q_INIT_RESOURCE(core);
        return true;
    }();
    (void)registered;
}

namespace rapport::core {

// Walks a parsed JSON document, collecting the first problem with its location
// ("items[3].dimension") so a broken definition is easy to fix.
class QuestionnaireParser
{
public:
    explicit QuestionnaireParser(QString source) : m_source(std::move(source)) {}

    Result<Questionnaire> parse(const QByteArray& json)
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(QCoreApplication::translate("Questionnaire", "is not valid JSON: %1 at byte %2")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
        if (!doc.isObject())
            return fail(
                QCoreApplication::translate("Questionnaire", "must be a JSON object at the top level"));
        const QJsonObject root = doc.object();
        if (!onlyKeys(root,
                      {QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                       QStringLiteral("instructions"), QStringLiteral("scale"), QStringLiteral("dimensions"),
                       QStringLiteral("items")},
                      QString()))
            return m_error;

        Questionnaire q;
        if (!identifier(root, QStringLiteral("id"), QString(), q.m_id))
            return m_error;
        if (!integer(root, QStringLiteral("version"), QString(), 1, 1000000, q.m_version))
            return m_error;
        if (!text(root, QStringLiteral("title"), QString(), true, q.m_title))
            return m_error;
        if (!text(root, QStringLiteral("instructions"), QString(), false, q.m_instructions))
            return m_error;
        if (!scale(root, q.m_scaleLabels))
            return m_error;
        if (!dimensions(root, q.m_dimensions))
            return m_error;
        if (!items(root, q))
            return m_error;
        return q;
    }

private:
    Error fail(const QString& what)
    {
        m_error = Error::make(
            QCoreApplication::translate("Questionnaire", "Questionnaire %1 %2").arg(m_source, what),
            m_source);
        return m_error;
    }
    bool failAt(const QString& path, const QString& what)
    {
        fail(QCoreApplication::translate("Questionnaire", "is malformed: %1 %2")
                 .arg(path.isEmpty() ? QCoreApplication::translate("Questionnaire", "(top level)") : path,
                      what));
        return false;
    }
    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }

    bool onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& path)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                return failAt(
                    join(path, it.key()),
                    QCoreApplication::translate("Questionnaire", "is not a known key (expected one of: %1)")
                        .arg(allowed.join(QStringLiteral(", "))));
        }
        return true;
    }

    bool text(const QJsonObject& object, const QString& key, const QString& path, bool required, QString& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined()) {
            if (required)
                return failAt(join(path, key), QCoreApplication::translate("Questionnaire", "is missing"));
            return true;
        }
        if (!v.isString())
            return failAt(join(path, key), QCoreApplication::translate("Questionnaire", "must be a string"));
        out = v.toString().trimmed();
        if (required && out.isEmpty())
            return failAt(join(path, key), QCoreApplication::translate("Questionnaire", "must not be empty"));
        if (out.size() > Questionnaire::kMaxTextLength)
            return failAt(join(path, key),
                          QCoreApplication::translate("Questionnaire", "is longer than %1 characters")
                              .arg(Questionnaire::kMaxTextLength));
        return true;
    }

    bool identifier(const QJsonObject& object, const QString& key, const QString& path, QString& out)
    {
        if (!text(object, key, path, true, out))
            return false;
        static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_-]{0,63}$"));
        if (!pattern.match(out).hasMatch())
            return failAt(join(path, key),
                          QCoreApplication::translate(
                              "Questionnaire",
                              "'%1' is not an identifier (lower-case letters, digits, '_' and '-', "
                              "starting with a letter, at most 64 characters)")
                              .arg(out.left(80)));
        return true;
    }

    bool integer(const QJsonObject& object, const QString& key, const QString& path, int min, int max,
                 int& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return failAt(join(path, key), QCoreApplication::translate("Questionnaire", "is missing"));
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d))
            return failAt(join(path, key),
                          QCoreApplication::translate("Questionnaire", "must be a whole number"));
        if (d < min || d > max)
            return failAt(
                join(path, key),
                QCoreApplication::translate("Questionnaire", "must be between %1 and %2").arg(min).arg(max));
        out = static_cast<int>(d);
        return true;
    }

    bool array(const QJsonObject& object, const QString& key, const QString& path, int minCount, int maxCount,
               QJsonArray& out)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return failAt(join(path, key), QCoreApplication::translate("Questionnaire", "is missing"));
        if (!v.isArray())
            return failAt(join(path, key), QCoreApplication::translate("Questionnaire", "must be an array"));
        out = v.toArray();
        if (out.size() < minCount)
            return failAt(
                join(path, key),
                QCoreApplication::translate("Questionnaire", "must have at least %1 entries").arg(minCount));
        if (out.size() > maxCount)
            return failAt(
                join(path, key),
                QCoreApplication::translate("Questionnaire", "must have at most %1 entries").arg(maxCount));
        return true;
    }

    bool scale(const QJsonObject& root, QStringList& labels)
    {
        const QString path = QStringLiteral("scale");
        const QJsonValue v = root.value(path);
        if (v.isUndefined())
            return failAt(path, QCoreApplication::translate("Questionnaire", "is missing"));
        if (!v.isObject())
            return failAt(path, QCoreApplication::translate("Questionnaire", "must be an object"));
        const QJsonObject s = v.toObject();
        if (!onlyKeys(s, {QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("labels")}, path))
            return false;
        int min = 0;
        int max = 0;
        if (!integer(s, QStringLiteral("min"), path, -1000, 1000, min) ||
            !integer(s, QStringLiteral("max"), path, -1000, 1000, max))
            return false;
        // Answers are stored as 1..5 (assessment_answers.value), so no other scale can be kept.
        if (min != Questionnaire::kScaleMin || max != Questionnaire::kScaleMax)
            return failAt(
                path, QCoreApplication::translate(
                          "Questionnaire", "must run from %1 to %2 (a five-point Likert scale), not %3 to %4")
                          .arg(Questionnaire::kScaleMin)
                          .arg(Questionnaire::kScaleMax)
                          .arg(min)
                          .arg(max));
        QJsonArray a;
        const int points = Questionnaire::kScaleMax - Questionnaire::kScaleMin + 1;
        if (!array(s, QStringLiteral("labels"), path, points, points, a))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString where = QStringLiteral("scale.labels[%1]").arg(i);
            if (!a.at(i).isString() || a.at(i).toString().trimmed().isEmpty())
                return failAt(where,
                              QCoreApplication::translate("Questionnaire", "must be a non-empty string"));
            if (a.at(i).toString().size() > Questionnaire::kMaxTextLength)
                return failAt(where, QCoreApplication::translate("Questionnaire", "is too long"));
            labels << a.at(i).toString().trimmed();
        }
        return true;
    }

    bool dimensions(const QJsonObject& root, std::vector<QuestionnaireDimension>& out)
    {
        QJsonArray a;
        if (!array(root, QStringLiteral("dimensions"), QString(), 1, Questionnaire::kMaxDimensions, a))
            return false;
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("dimensions[%1]").arg(i);
            if (!a.at(i).isObject())
                return failAt(path, QCoreApplication::translate("Questionnaire", "must be an object"));
            const QJsonObject o = a.at(i).toObject();
            if (!onlyKeys(o,
                          {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("high"),
                           QStringLiteral("low"), QStringLiteral("strategies")},
                          path))
                return false;
            QuestionnaireDimension d;
            if (!identifier(o, QStringLiteral("id"), path, d.id) ||
                !text(o, QStringLiteral("name"), path, true, d.name) ||
                !text(o, QStringLiteral("high"), path, true, d.highMeaning) ||
                !text(o, QStringLiteral("low"), path, true, d.lowMeaning))
                return false;
            if (seen.contains(d.id))
                return failAt(path + QStringLiteral(".id"),
                              QCoreApplication::translate("Questionnaire", "'%1' is used twice").arg(d.id));
            seen.insert(d.id);
            QJsonArray strategies;
            if (!array(o, QStringLiteral("strategies"), path, 1, 50, strategies))
                return false;
            for (qsizetype k = 0; k < strategies.size(); ++k) {
                const QString where = QStringLiteral("%1.strategies[%2]").arg(path).arg(k);
                const QString s = strategies.at(k).toString().trimmed();
                if (!strategies.at(k).isString() || s.isEmpty())
                    return failAt(where,
                                  QCoreApplication::translate("Questionnaire", "must be a non-empty string"));
                if (s.size() > Questionnaire::kMaxTextLength)
                    return failAt(where, QCoreApplication::translate("Questionnaire", "is too long"));
                d.strategies << s;
            }
            out.push_back(std::move(d));
        }
        return true;
    }

    bool items(const QJsonObject& root, Questionnaire& q)
    {
        QJsonArray a;
        if (!array(root, QStringLiteral("items"), QString(), 1, Questionnaire::kMaxItems, a))
            return false;
        QSet<QString> seen;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString path = QStringLiteral("items[%1]").arg(i);
            if (!a.at(i).isObject())
                return failAt(path, QCoreApplication::translate("Questionnaire", "must be an object"));
            const QJsonObject o = a.at(i).toObject();
            if (!onlyKeys(o,
                          {QStringLiteral("id"), QStringLiteral("dimension"), QStringLiteral("text"),
                           QStringLiteral("reverse")},
                          path))
                return false;
            QuestionnaireItem item;
            if (!identifier(o, QStringLiteral("id"), path, item.id) ||
                !text(o, QStringLiteral("dimension"), path, true, item.dimension) ||
                !text(o, QStringLiteral("text"), path, true, item.text))
                return false;
            if (seen.contains(item.id))
                return failAt(
                    path + QStringLiteral(".id"),
                    QCoreApplication::translate("Questionnaire", "'%1' is used twice").arg(item.id));
            seen.insert(item.id);
            if (!q.dimension(item.dimension))
                return failAt(path + QStringLiteral(".dimension"),
                              QCoreApplication::translate("Questionnaire",
                                                          "'%1' names no dimension of this questionnaire")
                                  .arg(item.dimension.left(80)));
            const QJsonValue reverse = o.value(QStringLiteral("reverse"));
            if (!reverse.isUndefined() && !reverse.isBool())
                return failAt(path + QStringLiteral(".reverse"),
                              QCoreApplication::translate("Questionnaire", "must be true or false"));
            item.reverse = reverse.toBool(false);
            q.m_items.push_back(std::move(item));
        }
        for (const QuestionnaireDimension& d : q.m_dimensions) {
            if (q.itemsOf(d.id).empty())
                return failAt(QStringLiteral("dimensions"),
                              QCoreApplication::translate("Questionnaire",
                                                          "'%1' has no items, so it could never be scored")
                                  .arg(d.id));
        }
        return true;
    }

    QString m_source;
    Error m_error;
};

Result<Questionnaire> Questionnaire::fromJson(const QByteArray& json, const QString& source)
{
    return QuestionnaireParser(source).parse(json);
}

Result<Questionnaire> Questionnaire::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QCoreApplication::translate("Questionnaire", "Could not read the questionnaire %1: %2")
                .arg(path, file.errorString()),
            path);
    // A definition is a few kilobytes; refuse anything absurd before parsing it.
    constexpr qint64 kMaxBytes = 4 * 1024 * 1024;
    if (file.size() > kMaxBytes)
        return Error::make(
            QCoreApplication::translate("Questionnaire", "The questionnaire %1 is larger than 4 MiB")
                .arg(path),
            path);
    return fromJson(file.readAll(), path);
}

Result<Questionnaire> Questionnaire::builtin(const QString& id, int version)
{
    initCoreResources();
    const QString path = QStringLiteral(":/questionnaire/%1-v%2.json").arg(id).arg(version);
    if (!QFile::exists(path))
        return Error::make(
            QCoreApplication::translate("Questionnaire", "There is no built-in questionnaire '%1' version %2")
                .arg(id)
                .arg(version),
            path);
    auto q = fromFile(path);
    if (q && (q->id() != id || q->version() != version))
        return Error::make(QCoreApplication::translate(
                               "Questionnaire", "The built-in questionnaire %1 says it is '%2' version %3")
                               .arg(path, q->id())
                               .arg(q->version()),
                           path);
    if (!q)
        qCWarning(lcReflection) << "built-in questionnaire is broken:" << q.error().message;
    return q;
}

Result<Questionnaire> Questionnaire::crmStyle()
{
    return LocalizedQuestionnaire::builtin(kCrmStyleId, kCrmStyleVersion, Translations::language());
}

const QuestionnaireDimension* Questionnaire::dimension(const QString& id) const
{
    for (const QuestionnaireDimension& d : m_dimensions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

const QuestionnaireItem* Questionnaire::item(const QString& id) const
{
    for (const QuestionnaireItem& i : m_items) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

std::vector<QuestionnaireItem> Questionnaire::itemsOf(const QString& dimensionId) const
{
    std::vector<QuestionnaireItem> out;
    for (const QuestionnaireItem& i : m_items) {
        if (i.dimension == dimensionId)
            out.push_back(i);
    }
    return out;
}

} // namespace rapport::core
