#pragma once

#include "common/Result.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace rapport::app {

class DatabaseSession;

// An undoable write through the repositories. Subclasses say how to apply and revert
// the change; a failure is reported through the session, and a command whose first
// application failed marks itself obsolete so that QUndoStack::push drops it.
class WriteCommand : public QUndoCommand
{
public:
    WriteCommand(DatabaseSession& session, const QString& text);

    void redo() final;
    void undo() final;

    // Pushes `command` onto `stack` and says whether its first application succeeded. Use it
    // instead of asking the command afterwards: QUndoStack::push deletes a command that made
    // itself obsolete, so after a failure the pointer dangles.
    static bool push(QUndoStack& stack, WriteCommand* command);

    bool failed() const { return m_failed; }

protected:
    virtual core::Status apply() = 0;
    virtual core::Status revert() = 0;
    DatabaseSession& session() { return m_session; }
    // For a conditional write of the record (kind, id): the version it should still have. The
    // first application expects `read`, the version the user saw; undo and redo expect the one
    // this window's last write of the record left (DatabaseSession::versionWritten).
    qint64 expectedVersion(const QString& kind, qint64 id, qint64 read) const;
    // Notes the record's new version after a conditional write, or passes its failure on.
    core::Status keepVersion(const core::Result<qint64>& written, const QString& kind, qint64 id);
    // Whether apply() has succeeded once (a redo after an undo, not the first application).
    bool hasApplied() const { return m_applied; }
    // The failing apply() or revert() showed the failure itself: it is not reported again.
    void setFailureShown() { m_failureShown = true; }

private:
    DatabaseSession& m_session;
    bool m_applied = false;
    bool m_failed = false;
    bool m_failureShown = false;
    bool* m_firstApplied = nullptr; // push()'s answer, set by the first redo()
};

} // namespace rapport::app
