#include "widgets/WriteCommand.h"

#include "app/WorkspaceFixture.h"

#include <QSignalSpy>
#include <QUndoStack>

// WriteCommand::push answers whether the first application worked, without touching the
// command afterwards: QUndoStack::push deletes a command whose first application failed.
namespace {

using namespace rapport;

class CountingCommand final : public app::WriteCommand
{
public:
    CountingCommand(app::DatabaseSession& session, bool works, int& alive)
        : WriteCommand(session, QStringLiteral("count")), m_works(works), m_alive(alive)
    {
        ++m_alive;
    }
    ~CountingCommand() override { --m_alive; }

protected:
    core::Status apply() override
    {
        return m_works ? core::Status()
                       : core::Status(core::Error::make(QStringLiteral("refused on purpose")));
    }
    core::Status revert() override { return {}; }

private:
    bool m_works;
    int& m_alive;
};

} // namespace

TEST_CASE("WriteCommand::push says whether the first application worked, and a failed one is gone",
          "[app][undo]")
{
    test::WorkspaceFixture f;
    int alive = 0;
    QUndoStack& stack = f.session.undoStack();
    const int before = stack.count();
    CHECK(app::WriteCommand::push(stack, new CountingCommand(f.session, true, alive)));
    CHECK(stack.count() == before + 1);
    CHECK(alive == 1);
    QSignalSpy reported(&f.session, &app::DatabaseSession::errorOccurred);
    CHECK_FALSE(app::WriteCommand::push(stack, new CountingCommand(f.session, false, alive)));
    CHECK(reported.count() == 1);
    CHECK(stack.count() == before + 1);
    CHECK(alive == 1); // deleted by the stack: the caller must not read it
}
