#include "TestSupport.h"
#include "interchange/CsvExporter.h"
#include "storage/CustomerListStore.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionListStore.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyListStore.h"
#include "storage/SurveyRepository.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

using namespace rapport;

namespace {

qint64 addCustomer(core::Database& db, const char* id, const char* name, const char* company,
                   const char* owner)
{
    core::Customer c;
    c.externalId = QString::fromLatin1(id);
    c.name = QString::fromLatin1(name);
    c.company = QString::fromLatin1(company);
    c.owner = QString::fromLatin1(owner);
    c.acquiredAt = test::utc("2025-01-01T00:00:00Z");
    REQUIRE_OK(core::CustomerRepository(db).insert(c));
    return c.id;
}

void addInteraction(core::Database& db, qint64 customer, const char* rep, core::InteractionKind kind,
                    const char* when, const QString& notes = {})
{
    core::Interaction i;
    i.customerId = customer;
    i.repId = QString::fromLatin1(rep);
    i.kind = kind;
    i.occurredAt = test::utc(when);
    i.notes = notes;
    if (kind == core::InteractionKind::Purchase)
        i.amountCents = 1999;
    REQUIRE_OK(core::InteractionRepository(db).insert(i));
}

QList<QByteArray> lines(const QByteArray& csv)
{
    QByteArray text = csv;
    text.replace("\r\n", "\n");
    return text.trimmed().split('\n');
}

// What exportRows writes into memory for `source`: the row count it reports and the bytes.
struct Exported
{
    qint64 rows = 0;
    QByteArray bytes;
};

Exported exportToMemory(core::CsvKind kind, const core::CsvExporter::RowSource& source)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    auto rows = core::CsvExporter::exportRows(kind, buffer, source);
    REQUIRE_OK(rows);
    return {*rows, buffer.data()};
}

} // namespace

TEST_CASE("a list export writes the filtered customers in the list's order with the interchange columns",
          "[storage][export]")
{
    auto db = test::memoryDatabase();
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("ann"), QStringLiteral("Ann Archer"), core::RepRole::Rep}));
    addCustomer(*db, "C-1", "Ada Lovelace", "Analytical Engines", "ann");
    addCustomer(*db, "C-2", "Alan Turing", "Bletchley Works", "");
    addCustomer(*db, "C-3", "Grace Hopper", "Cobol Compilers", "ann");

    core::CustomerListStore::Filter annsCustomers;
    annsCustomers.owner = QStringLiteral("ann");
    const Exported exported = exportToMemory(core::CsvKind::Customers, [&](const auto& row) {
        return core::CustomerListStore(*db).exportRows(annsCustomers,
                                                       core::CustomerListStore::SortColumn::Name, true, row);
    });
    CHECK(exported.rows == 2);
    const QList<QByteArray> csv = lines(exported.bytes);
    REQUIRE(csv.size() == 3);
    CHECK(csv[0] == "external_id,name,company,email,phone,segment,owner,acquired_at,churned_at,churn_reason");
    // Name descending, as the list was sorted.
    CHECK(csv[1] == "C-3,Grace Hopper,Cobol Compilers,,,,ann,2025-01-01T00:00:00Z,,");
    CHECK(csv[2] == "C-1,Ada Lovelace,Analytical Engines,,,,ann,2025-01-01T00:00:00Z,,");
}

TEST_CASE("a list export writes the filtered interactions newest first with full notes", "[storage][export]")
{
    auto db = test::memoryDatabase();
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("ann"), QStringLiteral("Ann Archer"), core::RepRole::Rep}));
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("bob"), QStringLiteral("Bob Baker"), core::RepRole::Rep}));
    const qint64 ada = addCustomer(*db, "C-1", "Ada Lovelace", "Analytical Engines", "ann");
    const qint64 alan = addCustomer(*db, "C-2", "Alan Turing", "Bletchley Works", "");
    const QString longNotes(300, QLatin1Char('x'));
    addInteraction(*db, ada, "ann", core::InteractionKind::Call, "2026-01-01T10:00:00Z", longNotes);
    addInteraction(*db, alan, "bob", core::InteractionKind::Purchase, "2026-01-02T10:00:00Z");
    addInteraction(*db, alan, "ann", core::InteractionKind::Email, "2026-01-03T10:00:00Z");

    core::InteractionListStore::Filter anns;
    anns.rep = QStringLiteral("ann");
    const Exported exported = exportToMemory(core::CsvKind::Interactions, [&](const auto& row) {
        return core::InteractionListStore(*db).exportRows(anns, row);
    });
    CHECK(exported.rows == 2);
    const QList<QByteArray> csv = lines(exported.bytes);
    REQUIRE(csv.size() == 3);
    CHECK(csv[0] == "external_id,customer,rep,kind,occurred_at,amount,category,notes,resolved_at,product");
    CHECK(csv[1] == ",C-2,ann,email,2026-01-03T10:00:00Z,,,,,");
    CHECK(csv[2] == ",C-1,ann,call,2026-01-01T10:00:00Z,,," + longNotes.toLatin1() + ",,");

    // A customer search that matches nobody exports the header only.
    core::InteractionListStore::Filter nobody;
    nobody.search = QStringLiteral("Nobody At All");
    const Exported none = exportToMemory(core::CsvKind::Interactions, [&](const auto& row) {
        return core::InteractionListStore(*db).exportRows(nobody, row);
    });
    CHECK(none.rows == 0);
    CHECK(lines(none.bytes).size() == 1);
}

TEST_CASE("a customer list export honours the search and an ascending order on another column",
          "[storage][export]")
{
    auto db = test::memoryDatabase();
    addCustomer(*db, "C-1", "Ada Lovelace", "Zeta Engines", "");
    addCustomer(*db, "C-2", "Alan Turing", "Bletchley Works", "");
    addCustomer(*db, "C-3", "Grace Hopper", "Cobol Compilers", "");
    addCustomer(*db, "C-4", "Katherine Johnson", "Orbital Works", "");

    // "works" matches two companies, case-insensitively; nobody else.
    core::CustomerListStore::Filter works;
    works.search = QStringLiteral("works");
    const Exported exported = exportToMemory(core::CsvKind::Customers, [&](const auto& row) {
        return core::CustomerListStore(*db).exportRows(works, core::CustomerListStore::SortColumn::Company,
                                                       false, row);
    });
    CHECK(exported.rows == 2);
    const QList<QByteArray> csv = lines(exported.bytes);
    REQUIRE(csv.size() == 3);
    CHECK(csv[1].startsWith("C-2,Alan Turing,Bletchley Works,"));
    CHECK(csv[2].startsWith("C-4,Katherine Johnson,Orbital Works,"));
}

TEST_CASE("a list export still neutralises cells a spreadsheet would run as formulas", "[storage][export]")
{
    auto db = test::memoryDatabase();
    addCustomer(*db, "C-1", "=HYPERLINK(evil)", "+Plus Corp", "");
    addCustomer(*db, "C-2", "-5", "@Mention Ltd", "");

    const Exported exported = exportToMemory(core::CsvKind::Customers, [&](const auto& row) {
        return core::CustomerListStore(*db).exportRows({}, core::CustomerListStore::SortColumn::Name, false,
                                                       row);
    });
    const QList<QByteArray> csv = lines(exported.bytes);
    REQUIRE(csv.size() == 3);
    // Names sorted without case: "-5" before "=HYPERLINK". A number is left as it is.
    CHECK(csv[1] == "C-2,-5,'@Mention Ltd,,,,,2025-01-01T00:00:00Z,,");
    CHECK(csv[2] == "C-1,'=HYPERLINK(evil),'+Plus Corp,,,,,2025-01-01T00:00:00Z,,");
}

TEST_CASE("a list export of an empty list writes the header only", "[storage][export]")
{
    auto db = test::memoryDatabase();
    addCustomer(*db, "C-1", "Ada Lovelace", "Analytical Engines", "");
    core::CustomerListStore::Filter churned;
    churned.status = core::CustomerListStore::ChurnState::Churned;
    const Exported exported = exportToMemory(core::CsvKind::Customers, [&](const auto& row) {
        return core::CustomerListStore(*db).exportRows(churned, core::CustomerListStore::SortColumn::Name,
                                                       false, row);
    });
    CHECK(exported.rows == 0);
    CHECK(exported.bytes ==
          "external_id,name,company,email,phone,segment,owner,acquired_at,churned_at,churn_reason\r\n");
}

TEST_CASE("a list export writes the filtered survey responses newest first", "[storage][export]")
{
    auto db = test::memoryDatabase();
    const qint64 ada = addCustomer(*db, "C-1", "Ada Lovelace", "Analytical Engines", "");
    const qint64 alan = addCustomer(*db, "C-2", "Alan Turing", "Bletchley Works", "");
    const auto respond = [&](qint64 customer, core::SurveyKind kind, int score, const char* when,
                             const char* category) {
        core::SurveyResponse r;
        r.customerId = customer;
        r.survey = kind;
        r.score = score;
        r.respondedAt = test::utc(when);
        r.category = QString::fromLatin1(category);
        REQUIRE_OK(core::SurveyRepository(*db).insert(r));
    };
    respond(ada, core::SurveyKind::Nps, 9, "2026-02-01T09:00:00Z", "delivery");
    respond(alan, core::SurveyKind::Nps, 3, "2026-02-03T09:00:00Z", "billing");
    respond(alan, core::SurveyKind::Csat, 4, "2026-02-02T09:00:00Z", "billing");
    respond(ada, core::SurveyKind::Nps, 10, "2026-02-04T09:00:00Z", "billing");

    core::SurveyListStore::Filter npsOnBilling;
    npsOnBilling.survey = core::SurveyKind::Nps;
    npsOnBilling.category = QStringLiteral("billing");
    const Exported exported = exportToMemory(core::CsvKind::Surveys, [&](const auto& row) {
        return core::SurveyListStore(*db).exportRows(npsOnBilling, row);
    });
    CHECK(exported.rows == 2);
    const QList<QByteArray> csv = lines(exported.bytes);
    REQUIRE(csv.size() == 3);
    CHECK(csv[0] == "external_id,customer,survey,score,responded_at,comment,category");
    CHECK(csv[1] == ",C-1,nps,10,2026-02-04T09:00:00Z,,billing");
    CHECK(csv[2] == ",C-2,nps,3,2026-02-03T09:00:00Z,,billing");
}

TEST_CASE("a cancelled or failed list export leaves the file that was there untouched", "[storage][export]")
{
    auto db = test::memoryDatabase();
    for (int i = 0; i < 600; ++i) {
        const QByteArray id = "C-" + QByteArray::number(i);
        addCustomer(*db, id.constData(), "Someone", "Somewhere", "");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.csv"));
    const core::CsvExporter::RowSource everyone = [&](const auto& row) {
        return core::CustomerListStore(*db).exportRows({}, core::CustomerListStore::SortColumn::Name, false,
                                                       row);
    };

    SECTION("cancelled part-way: no file appears")
    {
        qint64 polls = 0;
        core::ExportOptions options;
        options.isCancelled = [&] { return ++polls >= 2; }; // stops after 512 of the 600 rows
        auto rows = core::CsvExporter::exportRows(core::CsvKind::Customers, path, everyone, options);
        REQUIRE_FALSE(rows);
        CHECK(rows.error().message == core::CsvExporter::cancelledMessage());
        CHECK(polls == 2);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("cancelled over an existing file: the old file stays as it was")
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old contents\n");
        old.close();
        core::ExportOptions options;
        options.isCancelled = [] { return true; };
        REQUIRE_FALSE(core::CsvExporter::exportRows(core::CsvKind::Customers, path, everyone, options));
        REQUIRE(old.open(QIODevice::ReadOnly));
        CHECK(old.readAll() == "old contents\n");
    }
    SECTION("a source that fails: no file appears")
    {
        const core::CsvExporter::RowSource failing = [&](const auto& row) -> core::Status {
            if (core::Status s = everyone(row); !s)
                return s;
            return core::Error::make(QStringLiteral("disk on fire"));
        };
        auto rows = core::CsvExporter::exportRows(core::CsvKind::Customers, path, failing);
        REQUIRE_FALSE(rows);
        CHECK(rows.error().message == QStringLiteral("disk on fire"));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("finished: every row and the header, with progress reported against the total given")
    {
        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        core::ExportOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
        };
        auto rows = core::CsvExporter::exportRows(core::CsvKind::Customers, path, everyone, options, 600);
        REQUIRE_OK(rows);
        CHECK(*rows == 600);
        CHECK(lastDone == 600);
        CHECK(lastTotal == 600);
        QFile written(path);
        REQUIRE(written.open(QIODevice::ReadOnly));
        CHECK(lines(written.readAll()).size() == 601);
    }
}
