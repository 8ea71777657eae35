#pragma once

#include "domain/Kinds.h"

#include <QDateTime>
#include <QString>

namespace rapport::core {

struct SurveyResponse
{
    qint64 id = 0;
    QString externalId;
    qint64 customerId = 0;
    SurveyKind survey = SurveyKind::Csat;
    int score = 0;
    QDateTime respondedAt;
    QString comment;
    QString category;

    friend bool operator==(const SurveyResponse&, const SurveyResponse&) = default;
};

} // namespace rapport::core
