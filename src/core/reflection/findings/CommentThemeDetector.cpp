#include "reflection/findings/CommentThemeDetector.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/CommentTokenizer.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace rapport::core::findings {

namespace {

struct TermStats
{
    qint64 commentsNow = 0;
    qint64 commentsBefore = 0;
    qint64 complaintsNow = 0;
    std::set<qint64> customers;
    std::vector<qint64> documents; // indexes of the current period's comments using the term
    std::vector<qint64> complaintIds;
    std::vector<qint64> responseIds;
    qint64 complaintTotal = 0;
    qint64 responseTotal = 0;
};

} // namespace

Status CommentThemeDetector::detect(FindingContext& c)
{
    FindingsStore store(c.db);
    std::map<QString, TermStats> stats;
    qint64 documentsNow = 0;
    qint64 documentsBefore = 0;
    Status s = store.forEachComment(
        c.period.startSeconds(), c.period.endSeconds(), c.scope, [&](const FindingsStore::Comment& comment) {
            const qint64 document = documentsNow++;
            for (const QString& t : CommentTokenizer::terms(comment.text)) {
                TermStats& st = stats[t];
                ++st.commentsNow;
                st.documents.push_back(document);
                st.customers.insert(comment.customerId);
                auto& ids = comment.complaint ? st.complaintIds : st.responseIds;
                auto& total = comment.complaint ? st.complaintTotal : st.responseTotal;
                if (comment.complaint)
                    ++st.complaintsNow;
                if (ids.size() < static_cast<std::size_t>(FindingRecords::kMaxIds))
                    ids.push_back(comment.id);
                ++total;
            }
        });
    if (!s)
        return s;
    s = store.forEachComment(c.previous.startSeconds(), c.previous.endSeconds(), c.scope,
                             [&](const FindingsStore::Comment& comment) {
                                 ++documentsBefore;
                                 for (const QString& t : CommentTokenizer::terms(comment.text)) {
                                     const auto it = stats.find(t);
                                     if (it != stats.end())
                                         ++it->second.commentsBefore;
                                 }
                             });
    if (!s)
        return s;
    if (documentsNow == 0 || documentsBefore == 0)
        return {};

    struct Theme
    {
        QString term;
        const TermStats* st;
        double z;
        double ratio;
    };
    std::vector<Theme> candidates;
    for (const auto& [term, st] : stats) {
        if (static_cast<qint64>(st.customers.size()) >= FindingsEngine::kMinThemeCustomers)
            candidates.push_back({term, &st, 0, 0});
    }
    const double critical = FindingStatistics::criticalZFor(static_cast<int>(candidates.size()),
                                                            c.scope.kind == Scope::Kind::Rep);
    std::vector<Theme> themes;
    for (Theme& t : candidates) {
        t.z = FindingStatistics::twoProportionZ(t.st->commentsNow, documentsNow, t.st->commentsBefore,
                                                documentsBefore);
        const double shareNow = static_cast<double>(t.st->commentsNow) / static_cast<double>(documentsNow);
        const double shareBefore =
            static_cast<double>(t.st->commentsBefore) / static_cast<double>(documentsBefore);
        t.ratio = shareBefore > 0 ? shareNow / shareBefore : std::numeric_limits<double>::infinity();
        if (t.z >= critical && t.ratio >= FindingsEngine::kMinThemeRatio)
            themes.push_back(t);
    }
    std::sort(themes.begin(), themes.end(),
              [](const Theme& a, const Theme& b) { return a.z != b.z ? a.z > b.z : a.term < b.term; });
    // Share of a's comments that also use b (documents are in increasing order).
    auto overlap = [](const TermStats& a, const TermStats& b) {
        std::vector<qint64> both;
        std::set_intersection(a.documents.begin(), a.documents.end(), b.documents.begin(), b.documents.end(),
                              std::back_inserter(both));
        return a.documents.empty()
                   ? 0.0
                   : static_cast<double>(both.size()) / static_cast<double>(a.documents.size());
    };
    // Terms that mostly occur in the same comments ("date", "moved", "date moved") are one
    // theme told several times: keep the strongest, named by its longest usual phrasing.
    std::vector<Theme> chosen;
    for (const Theme& t : themes) {
        if (static_cast<int>(chosen.size()) >= FindingsEngine::kMaxThemes)
            break;
        const bool covered = std::any_of(chosen.begin(), chosen.end(),
                                         [&](const Theme& k) { return overlap(*t.st, *k.st) >= 0.6; });
        if (covered)
            continue;
        Theme named = t;
        for (const Theme& other : themes) {
            const bool longer = other.term.count(QLatin1Char(' ')) > named.term.count(QLatin1Char(' '));
            if (longer && overlap(*other.st, *t.st) >= 0.6 && overlap(*t.st, *other.st) >= 0.6)
                named = other;
        }
        chosen.push_back(named);
    }
    for (const Theme& t : chosen) {
        const TermStats& st = *t.st;
        const double shareNow =
            100.0 * static_cast<double>(st.commentsNow) / static_cast<double>(documentsNow);
        const double shareBefore =
            100.0 * static_cast<double>(st.commentsBefore) / static_cast<double>(documentsBefore);
        Finding f;
        f.kind = FindingKind::CommentTheme;
        f.scope = c.scope;
        f.subject = t.term;
        f.statistic = t.z;
        f.severity =
            t.ratio >= 3.0 && t.z >= FindingStatistics::kStrongZ && st.complaintsNow * 2 >= st.commentsNow
                ? FindingSeverity::Warning
                : FindingSeverity::Info;
        f.title =
            QCoreApplication::translate("CommentThemeDetector", "Recurring in comments: \"%1\"").arg(t.term);
        f.explanation = QCoreApplication::translate(
                            "CommentThemeDetector",
                            "\"%1\" appears in %2 of %3 comments and complaint notes in %4 (%5%), written by "
                            "%6 different customers, against %7% in %8. Reading a few of these comments "
                            "is the quickest way to learn what lies behind it.")
                            .arg(t.term, FindingWords::count(st.commentsNow),
                                 FindingWords::count(documentsNow), c.period.label(), fmt(shareNow),
                                 FindingWords::count(static_cast<qint64>(st.customers.size())),
                                 fmt(shareBefore), c.previous.label());
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Rise, t.z, critical);
        f.numbers = {
            {QCoreApplication::translate("CommentThemeDetector", "comments %1").arg(c.period.label()),
             static_cast<double>(st.commentsNow), 0},
            {QCoreApplication::translate("CommentThemeDetector", "share %1 (%)").arg(c.period.label()),
             shareNow, 1},
            {QCoreApplication::translate("CommentThemeDetector", "share %1 (%)").arg(c.previous.label()),
             shareBefore, 1},
            {QCoreApplication::translate("CommentThemeDetector", "customers"),
             static_cast<double>(st.customers.size()), 0},
            {QStringLiteral("z"), t.z, 2}};
        if (st.complaintTotal > 0)
            f.records.push_back(
                {QStringLiteral("interactions"),
                 QCoreApplication::translate("CommentThemeDetector", "complaints mentioning it"),
                 st.complaintIds, st.complaintTotal});
        if (st.responseTotal > 0)
            f.records.push_back(
                {QStringLiteral("survey_responses"),
                 QCoreApplication::translate("CommentThemeDetector", "survey comments mentioning it"),
                 st.responseIds, st.responseTotal});
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core::findings
