#include "WorkspaceFixture.h"

#include "storage/CustomerRepository.h"
#include "storage/RepRepository.h"
#include "widgets/ListQueryRunner.h"

#include <QTest>

namespace rapport::test {

WorkspaceFixture::WorkspaceFixture()
{
    session.setClock(clock);
    REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::CreateIfMissing));
    REQUIRE_OK(core::RepRepository(session.database())
                   .insert({QStringLiteral("r1"), QStringLiteral("Rita Reyes"), core::RepRole::Rep}));
    session.setCurrentRep(QStringLiteral("r1"));
    ada = addCustomer(QStringLiteral("Ada Lovelace"), QStringLiteral("Analytical Engines"),
                      QStringLiteral("ada@engines.example"), QStringLiteral("enterprise"));
    alan = addCustomer(QStringLiteral("Alan Turing"), QStringLiteral("Bletchley Works"),
                       QStringLiteral("alan@bletchley.example"));
    grace = addCustomer(QStringLiteral("Grace Hopper"), QStringLiteral("Cobol Compilers"),
                        QStringLiteral("grace@cobol.example"));
    emit session.changed();
}

qint64 WorkspaceFixture::addCustomer(const QString& name, const QString& company, const QString& email,
                                     const QString& segment)
{
    core::Customer c;
    c.externalId = QStringLiteral("C-%1").arg(name);
    c.name = name;
    c.company = company;
    c.email = email;
    c.segment = segment;
    c.owner = QStringLiteral("r1");
    c.acquiredAt = utc("2025-01-15T00:00:00Z");
    REQUIRE_OK(core::CustomerRepository(session.database()).insert(c));
    return c.id;
}

void WorkspaceFixture::waitForLists()
{
    const app::ListQueryRunner& runner = app::ListQueryRunner::forSession(session);
    REQUIRE(QTest::qWaitFor([&] { return runner.pending() == 0; }, 10000));
}

} // namespace rapport::test
