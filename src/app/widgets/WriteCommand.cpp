#include "widgets/WriteCommand.h"

#include "shell/DatabaseSession.h"

#include <QCoreApplication>
#include <utility>

namespace rapport::app {

WriteCommand::WriteCommand(DatabaseSession& session, const QString& text)
    : QUndoCommand(text), m_session(session)
{
}

bool WriteCommand::push(QUndoStack& stack, WriteCommand* command)
{
    bool applied = false;
    command->m_firstApplied = &applied;
    stack.push(command);
    return applied;
}

qint64 WriteCommand::expectedVersion(const QString& kind, qint64 id, qint64 read) const
{
    return m_applied ? m_session.versionWritten(kind, id, read) : read;
}

core::Status WriteCommand::keepVersion(const core::Result<qint64>& written, const QString& kind, qint64 id)
{
    if (!written)
        return written.error();
    m_session.setVersionWritten(kind, id, *written);
    return {};
}

void WriteCommand::redo()
{
    bool* firstApplied = std::exchange(m_firstApplied, nullptr);
    if (!m_session.isOpen())
        return;
    m_failureShown = false;
    if (core::Status s = apply(); !s) {
        m_failed = true;
        if (!m_failureShown)
            m_session.reportError(
                QCoreApplication::translate("WriteCommand", "“%1” could not be saved.").arg(text()),
                s.error());
        if (!m_applied)
            setObsolete(true);
        return;
    }
    m_applied = true;
    if (firstApplied)
        *firstApplied = true;
    emit m_session.changed();
}

void WriteCommand::undo()
{
    if (!m_session.isOpen())
        return;
    m_failureShown = false;
    if (core::Status s = revert(); !s) {
        m_failed = true;
        if (!m_failureShown)
            m_session.reportError(
                QCoreApplication::translate("WriteCommand", "“%1” could not be undone.").arg(text()),
                s.error());
        return;
    }
    emit m_session.changed();
}

} // namespace rapport::app
