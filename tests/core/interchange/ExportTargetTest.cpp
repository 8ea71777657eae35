// Exports never replace what is not a regular file (issue 18): a FIFO or a device is
// written to, a folder is refused, and a regular file is still replaced atomically.
#include "FifoReader.h"
#include "InterchangeTestSupport.h"
#include "interchange/CsvExporter.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace rapport;
using core::CsvKind;

namespace {

bool isFifo(const QString& path)
{
    struct stat st = {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace

TEST_CASE("an export to a FIFO writes into the pipe and leaves the FIFO in place",
          "[interchange][export][safety]")
{
    QTemporaryDir dir;
    auto db = test::memoryDatabase();
    test::importTwoCustomers(*db);
    const QString path = dir.filePath(QStringLiteral("pipe.csv"));
    test::FifoReader reader(path);
    REQUIRE(reader.ok());
    auto rows = core::CsvExporter(*db).exportFile(CsvKind::Customers, path);
    const QByteArray data = reader.finish();
    REQUIRE_OK(rows);
    CHECK(*rows == 2);
    CHECK(isFifo(path));
    CHECK(data.startsWith("external_id,name,"));
    CHECK(data.count("\r\n") == 3);
}

TEST_CASE("an export to a folder is refused with a message naming it", "[interchange][export][safety]")
{
    QTemporaryDir dir;
    auto db = test::memoryDatabase();
    auto rows = core::CsvExporter(*db).exportFile(CsvKind::Reps, dir.path());
    REQUIRE_FALSE(rows.ok());
    CHECK(rows.error().message.contains(dir.path()));
    CHECK(rows.error().message.contains(QStringLiteral("folder")));
    CHECK(QFileInfo(dir.path()).isDir());
}
