#pragma once

#include "common/Result.h"
#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// Logging interactions (with the follow-up they ask for), resolving complaints and reading
// a customer's history: the interaction writes the screens and their undo commands make.
class InteractionService
{
public:
    explicit InteractionService(Database& db) : m_db(db) {}

    // Stores `interaction` and, when given, the follow-up it asks for (linked to it), in one
    // transaction; sets both ids. A `completes` task marks that follow-up done by this
    // interaction, in the same transaction, if it is still open as stored (someone else's new due
    // time or note is kept; their completion is a Conflict, nothing written); completes->version
    // is set to the task's new version.
    Status log(Interaction& interaction, std::optional<FollowUpTask>& followUp,
               FollowUpRef* completes = nullptr);
    // Takes back what log() stored, reopening the follow-up it completed if that is still done by
    // this interaction (else a Conflict, nothing written); completed->version is set as above.
    Status unlog(const Interaction& interaction, const std::optional<FollowUpTask>& followUp,
                 FollowUpRef* completed = nullptr);
    // An invalid time reopens the complaint. Written only if the complaint still has `version`
    // (else an Error of kind Conflict); answers its new version.
    Result<qint64> setResolved(qint64 id, qint64 version, const QDateTime& resolvedAt);
    Result<std::vector<Interaction>> forCustomer(qint64 customerId) const;

private:
    Database& m_db;
};

} // namespace rapport::core
