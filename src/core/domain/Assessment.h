#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>

namespace rapport::core {

// One completed run of the personal CRM-style questionnaire.
struct Assessment
{
    qint64 id = 0;
    QString repId;
    QString instrumentId;
    int instrumentVersion = 1;
    QDateTime takenAt;
    QMap<QString, int> answers; // item id -> Likert value 1..5
    bool straightLined = false;

    friend bool operator==(const Assessment&, const Assessment&) = default;
};

} // namespace rapport::core
