#include "metrics/MetricsJson.h"

#include "metrics/MetricCatalogue.h"

#include <QJsonArray>

namespace rapport::core {

QJsonValue MetricsJson::number(const std::optional<double>& v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString MetricsJson::instant(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject MetricsJson::period(const Period& p)
{
    return {{QStringLiteral("start"), instant(p.start())}, {QStringLiteral("end"), instant(p.end())}};
}

QJsonObject MetricsJson::scope(const Scope& s)
{
    return {{QStringLiteral("kind"), s.kindName()},
            {QStringLiteral("value"),
             s.kind == Scope::Kind::All ? QJsonValue(QJsonValue::Null) : QJsonValue(s.value)}};
}

QJsonObject MetricsJson::result(const MetricsResult& r)
{
    QJsonObject o;
    for (const QString& key : MetricsEngine::keys()) {
        if (key == QLatin1String("responses")) {
            QJsonObject responses;
            for (const auto& [kind, n] : r.responses)
                responses.insert(kind, n);
            o.insert(key, responses);
        } else if (key == QLatin1String("complaints_by_category")) {
            QJsonObject byCategory;
            for (const auto& [category, n] : r.complaintsByCategory)
                byCategory.insert(category, n);
            o.insert(key, byCategory);
        } else if (key == QLatin1String("revenue")) {
            o.insert(key, static_cast<double>(r.revenueCents) / 100.0);
        } else if (MetricCatalogue::isCount(key)) {
            // Counts as JSON integers.
            o.insert(key, static_cast<qint64>(*r.value(key)));
        } else {
            o.insert(key, number(r.value(key)));
        }
    }
    o.insert(QStringLiteral("period"), period(r.period));
    o.insert(QStringLiteral("scope"), scope(r.scope));
    return o;
}

QJsonObject MetricsJson::trend(const Trend& t)
{
    QJsonArray points;
    for (const TrendPoint& p : t.points) {
        points.append(QJsonObject{{QStringLiteral("period"), p.period.label()},
                                  {QStringLiteral("start"), instant(p.period.start())},
                                  {QStringLiteral("end"), instant(p.period.end())},
                                  {QStringLiteral("value"), number(p.value)}});
    }
    return {{QStringLiteral("metric"), t.metric},
            {QStringLiteral("by"), toString(t.by)},
            {QStringLiteral("points"), points}};
}

QJsonObject MetricsJson::cohorts(const CohortTable& table)
{
    QJsonObject cohorts;
    for (const CohortRow& row : table.rows) {
        QJsonArray retention;
        for (const auto& cell : row.retention)
            retention.append(number(cell));
        cohorts.insert(row.month.label(), QJsonObject{{QStringLiteral("size"), row.size},
                                                      {QStringLiteral("retention"), retention}});
    }
    return {{QStringLiteral("cohorts"), cohorts}};
}

QJsonObject MetricsJson::goal(const GoalProgress& p)
{
    const KpiGoal& g = p.goal;
    return {{QStringLiteral("id"), g.id},
            {QStringLiteral("name"), g.name},
            {QStringLiteral("metric"), g.metric},
            {QStringLiteral("scope"), scope(g.scope)},
            {QStringLiteral("period"), period(p.period)},
            {QStringLiteral("target"), g.target},
            {QStringLiteral("direction"), g.direction},
            {QStringLiteral("baseline"), number(g.baseline)},
            {QStringLiteral("elapsed"), p.elapsedFraction},
            {QStringLiteral("value"), number(p.current)},
            {QStringLiteral("projected"), number(p.projected)},
            {QStringLiteral("status"), toString(p.status)}};
}

} // namespace rapport::core
