// Cells beginning with a tab or a carriage return are neutralised too (issue 18, OWASP's
// CSV-injection advice): spreadsheets skip such blanks before they look for a formula.
#include "InterchangeTestSupport.h"
#include "interchange/CsvWriter.h"
#include "interchange/ValueParsers.h"

using namespace rapport;
using core::CsvWriter;

namespace {

QByteArray written(const QStringList& cells)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        for (const QString& c : cells)
            writer.addField(c);
        writer.endRecord();
    }
    return bytes;
}

} // namespace

TEST_CASE("cells beginning with a tab or a carriage return get a leading quote", "[interchange][csv][safety]")
{
    CHECK(CsvWriter::neutralised(QStringLiteral("\t=1+1")) == QStringLiteral("'\t=1+1"));
    CHECK(CsvWriter::neutralised(QStringLiteral("\tplain")) == QStringLiteral("'\tplain"));
    CHECK(CsvWriter::neutralised(QStringLiteral("\r=cmd")) == QStringLiteral("'\r=cmd"));
    // A quote the data itself starts with before a tab is doubled, as before a formula
    // character, so that reading back strips exactly one.
    CHECK(CsvWriter::neutralised(QStringLiteral("'\tx")) == QStringLiteral("''\tx"));
    // Inside the cell they are harmless.
    CHECK(CsvWriter::neutralised(QStringLiteral("a\tb")) == QStringLiteral("a\tb"));
    // The quote goes inside the quotes that a carriage return calls for.
    CHECK(written({QStringLiteral("\r\n=x"), QStringLiteral("\ty")}) == QByteArray("\"'\r\n=x\",'\ty\r\n"));
}

// ValueParsers::cellText (the importer's side) strips the quote before a tab or a carriage
// return too, so an exported file imports unchanged.
TEST_CASE("tab and carriage-return cells read back unchanged", "[interchange][csv][safety]")
{
    for (const QString& cell : {QStringLiteral("\t=1+1"), QStringLiteral("\r=cmd"), QStringLiteral("'\tx")}) {
        const QString stored = CsvWriter::neutralised(cell);
        CHECK(core::ValueParsers::cellText(stored) == cell);
    }
}
