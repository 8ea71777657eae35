// Issue 20, item 9: e-mail addresses are checked in the customer dialog, the import and its
// preview; a doubtful one is a warning with its line in the import, not a lost row.
#include "domain/EmailAddress.h"

#include "../interchange/InterchangeTestSupport.h"
#include "interchange/ImportPreview.h"

using namespace rapport;
using core::EmailAddress;

TEST_CASE("an e-mail address needs a name, one @ and a domain with a dot", "[domain][email]")
{
    for (const char* good : {"anna@example.com", "a.b+c@sub.example.co.uk", "o'neil@x-y.example", "x@a.bc"})
        CHECK(EmailAddress::looksValid(QString::fromUtf8(good)));
    for (const char* bad : {"", "anna.example.com", "anna@example", "anna @example.com", "anna@@example.com",
                            "@example.com", "anna@.example.com", "anna@example..com", "anna@example.com.",
                            "anna@-example.com", "anna@example-.com", "anna@exa mple.com"})
        CHECK_FALSE(EmailAddress::looksValid(QString::fromUtf8(bad)));
}

namespace {

// Line 3 has an address without its domain's dot; line 4 none at all.
const QByteArray kCustomers = "external_id,name,email,acquired_at\n"
                              "E-1,Ema Ek,ema@ek.example,2025-02-01\n"
                              "E-2,Fin Fox,fin@fox,2025-02-01\n"
                              "E-3,Gus Gray,,2025-02-01\n";

} // namespace

TEST_CASE("the import keeps a doubtful e-mail address and says on which line it is", "[interchange][email]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    const core::ImportReport report = test::importCsv(*db, core::CsvKind::Customers, kCustomers);
    CHECK(report.written);
    CHECK(report.added == 3);
    CHECK(report.invalidRows == 0);
    REQUIRE(report.notices.size() == 1);
    CHECK(report.notices.front().line == 3);
    CHECK(report.notices.front().column == QLatin1String("email"));
    CHECK(report.noticeCount == 1);
    REQUIRE(report.warnings.size() == 1);
    CHECK(report.warnings.front() ==
          QStringLiteral("1 e-mail address does not look valid and was kept as it is (line 3)"));
    CHECK(test::valueOf(*db, "SELECT email FROM customers WHERE external_id = 'E-2'").toString() ==
          QStringLiteral("fin@fox"));
}

TEST_CASE("the import preview shows a doubtful e-mail address on its row without calling it invalid",
          "[interchange][preview][email]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    QTemporaryDir dir;
    const QString path = test::writeFile(dir, QStringLiteral("customers.csv"), kCustomers);
    auto preview = core::ImportPreview::build(*db, core::CsvKind::Customers, path, {}, 200);
    REQUIRE_OK(preview);
    CHECK(preview->invalidRows == 0);
    REQUIRE(preview->rows.size() == 3);
    CHECK(preview->rows[0].notices.isEmpty());
    REQUIRE(preview->rows[1].notices.size() == 1);
    CHECK(preview->rows[1].notices.front().contains(
        QStringLiteral("\"fin@fox\" does not look like an e-mail")));
    CHECK(preview->rows[1].problems.isEmpty());
}
