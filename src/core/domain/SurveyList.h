#pragma once

#include "domain/SurveyResponse.h"

#include <QString>
#include <optional>

namespace rapport::core {

// The survey response list, newest first: its filter and rows.
struct SurveyListFilter
{
    std::optional<SurveyKind> survey;
    QString customer; // contained in the customer's name or company
    QString category; // exact, empty: any
};

struct SurveyListRow
{
    SurveyResponse response;
    QString customerName;
};

} // namespace rapport::core
