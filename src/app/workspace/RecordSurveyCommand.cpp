#include "workspace/RecordSurveyCommand.h"

#include "services/SurveyService.h"
#include "shell/DatabaseSession.h"

#include <QCoreApplication>

namespace rapport::app {

RecordSurveyCommand::RecordSurveyCommand(DatabaseSession& session, core::SurveyResponse response)
    : WriteCommand(session, QCoreApplication::translate("RecordSurveyCommand", "Record %1 response")
                                .arg(core::toString(response.survey).toUpper())),
      m_response(std::move(response))
{
}

core::Status RecordSurveyCommand::apply()
{
    m_response.id = 0;
    return core::SurveyService(session().database()).insert(m_response);
}

core::Status RecordSurveyCommand::revert()
{
    return core::SurveyService(session().database()).remove(m_response.id);
}

} // namespace rapport::app
