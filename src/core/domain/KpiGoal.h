#pragma once

#include "domain/Scope.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::core {

struct KpiGoal
{
    qint64 id = 0;
    QString name;
    QString metric; // a key of metrics.md
    Scope scope;
    QDateTime periodStart; // [start, end), UTC
    QDateTime periodEnd;
    double target = 0;
    QString direction = QStringLiteral(">="); // ">=" or "<="
    std::optional<double> baseline;
    QDateTime createdAt;
    int checkInEveryDays = 14; // cadence of check-ins; overdue when exceeded
    qint64 version = 0;        // raised by every write; a save names the version it is based on

    friend bool operator==(const KpiGoal&, const KpiGoal&) = default;
};

struct GoalCheckIn
{
    qint64 id = 0;
    qint64 goalId = 0;
    QDateTime at;
    double value = 0;
    int confidence = 5; // 0..10
    QString comment;

    friend bool operator==(const GoalCheckIn&, const GoalCheckIn&) = default;
};

} // namespace rapport::core
