#pragma once

#include "domain/Scope.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace rapport::core {

// A SMART action plan (issue: reflection module).
struct ActionPlan
{
    qint64 id = 0;
    QString title;
    QString action;   // the concrete thing to do
    QString ownerRep; // a Rep id
    QString resources;
    QString metric; // a key of metrics.md the plan should move
    Scope scope;
    std::optional<double> target;
    QString direction = QStringLiteral(">=");
    std::optional<double> baseline;
    QDateTime startAt;
    QDateTime deadlineAt;
    int checkInEveryDays = 7;
    QString findingRef;                        // the finding it came from, if any
    QString dimension;                         // the questionnaire dimension it came from, if any
    QString status = QStringLiteral("active"); // active, done, abandoned
    QDateTime createdAt;
    qint64 version = 0; // raised by every write; a save names the version it is based on

    friend bool operator==(const ActionPlan&, const ActionPlan&) = default;
};

struct ActionPlanItem
{
    qint64 id = 0;
    qint64 planId = 0;
    int position = 0;
    QString text;
    QDateTime doneAt;
    qint64 version = 0;

    friend bool operator==(const ActionPlanItem&, const ActionPlanItem&) = default;
};

struct ActionPlanCheckIn
{
    qint64 id = 0;
    qint64 planId = 0;
    QDateTime at;
    std::optional<double> value;
    QString note;

    friend bool operator==(const ActionPlanCheckIn&, const ActionPlanCheckIn&) = default;
};

// One change to a plan, kept so that adjustments have a history.
struct ActionPlanRevision
{
    qint64 id = 0;
    qint64 planId = 0;
    QDateTime at;
    QString field;
    QString oldValue;
    QString newValue;
    QString reason;

    friend bool operator==(const ActionPlanRevision&, const ActionPlanRevision&) = default;
};

} // namespace rapport::core
