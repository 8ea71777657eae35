// Fuzzes the CSV importer end to end (validation and the store), in dry-run mode so the
// database stays the same between inputs: whatever the file, the import reports, it never
// crashes, and a dry run never leaves anything behind.
#include "FuzzSupport.h"
#include "interchange/CsvImporter.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/ProductRepository.h"
#include "storage/RepRepository.h"

#include <QBuffer>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace rapport::core;

namespace {

Database& database()
{
    static std::unique_ptr<Database> db = [] {
        auto opened = Database::openInMemory();
        if (!opened)
            std::abort();
        auto d = std::move(opened).value();
        (void)RepRepository(*d).insert({QStringLiteral("r1"), QStringLiteral("Rita"), RepRole::Rep});
        Customer c;
        c.externalId = QStringLiteral("C1");
        c.name = QStringLiteral("Ann");
        c.owner = QStringLiteral("r1");
        c.acquiredAt = QDateTime::fromSecsSinceEpoch(1735689600, Qt::UTC);
        (void)CustomerRepository(*d).insert(c);
        Product p; // an interactions file may name it
        p.externalId = QStringLiteral("P1");
        p.name = QStringLiteral("Widget");
        (void)ProductRepository(*d).insert(p);
        return d;
    }();
    return *db;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    rapport::fuzz::ensureApplication();
    if (size < 1)
        return 0;
    Database& db = database();
    const CsvKind kinds[] = {CsvKind::Reps, CsvKind::Customers, CsvKind::Interactions, CsvKind::Surveys};
    // Bits 0-1 pick one of the first four kinds, bit 3 products (added later: the corpus keeps
    // its meaning), bit 2 --skip-invalid.
    const CsvKind kind = (data[0] & 8) != 0 ? CsvKind::Products : kinds[data[0] % 4];
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportOptions options;
    options.dryRun = true;
    options.skipInvalid = (data[0] & 4) != 0;
    auto report = CsvImporter(db).importDevice(kind, buffer, options);
    if (report && report->written)
        std::abort(); // a dry run never commits
    if (CustomerRepository(db).count().value() != 1 || InteractionRepository(db).count().value() != 0 ||
        ProductRepository(db).list(true).value().size() != 1)
        std::abort(); // and leaves nothing behind
    return 0;
}
