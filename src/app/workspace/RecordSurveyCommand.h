#pragma once

#include "domain/SurveyResponse.h"
#include "widgets/WriteCommand.h"

namespace rapport::app {

class RecordSurveyCommand final : public WriteCommand
{
public:
    RecordSurveyCommand(DatabaseSession& session, core::SurveyResponse response);

protected:
    core::Status apply() override;
    core::Status revert() override;

private:
    core::SurveyResponse m_response;
};

} // namespace rapport::app
