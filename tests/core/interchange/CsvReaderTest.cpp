#include "interchange/CsvReader.h"

#include "TestSupport.h"

#include <QBuffer>

using namespace rapport;
using core::CsvReader;
using core::CsvRecord;

namespace {

struct Read
{
    std::vector<QStringList> records;
    std::vector<qint64> lines;
    QString error;
};

// Reads all of `bytes`, handing them to the reader in chunks as a file would.
Read readAll(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    CsvRecord record;
    Read result;
    while (reader.readRecord(record)) {
        result.records.push_back(record.toStringList());
        result.lines.push_back(record.line());
    }
    result.error = reader.errorString();
    return result;
}

QStringList row(std::initializer_list<const char*> fields)
{
    QStringList list;
    for (const char* f : fields)
        list << QString::fromUtf8(f);
    return list;
}

} // namespace

TEST_CASE("the reader splits plain records on commas and LF", "[interchange][csv]")
{
    const Read r = readAll("id,name\nr1,Ann\nr2,Bob\n");
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0] == row({"id", "name"}));
    CHECK(r.records[2] == row({"r2", "Bob"}));
    CHECK(r.lines == std::vector<qint64>{1, 2, 3});
}

TEST_CASE("the reader accepts CRLF, a missing final line break and a byte-order mark", "[interchange][csv]")
{
    const Read r = readAll("\xEF\xBB\xBFid,name\r\nr1,Ann\r\nr2,Bob");
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[0] == row({"id", "name"}));
    CHECK(r.records[1] == row({"r1", "Ann"}));
    CHECK(r.records[2] == row({"r2", "Bob"}));
    CHECK(r.lines == std::vector<qint64>{1, 2, 3});
}

TEST_CASE("quoted fields hold commas, doubled quotes and line breaks", "[interchange][csv]")
{
    const Read r = readAll("a,b,c\n"
                           "\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n"
                           "\"\",\"three\r\nlines\r\nhere\",plain\n"
                           "last,\"\"\"\",end\n");
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.records.size() == 4);
    CHECK(r.records[1] == row({"x, y", "say \"hi\"", "two\nlines"}));
    CHECK(r.records[2] == row({"", "three\r\nlines\r\nhere", "plain"}));
    CHECK(r.records[3] == row({"last", "\"", "end"}));
    // Record 2 starts on line 2 and spans two lines, record 3 spans three (CRLF counts once).
    CHECK(r.lines == std::vector<qint64>{1, 2, 4, 7});
}

TEST_CASE("empty fields, trailing commas and blank lines", "[interchange][csv]")
{
    const Read r = readAll("a,b,c\n,,\n\nx,,\n\r\n");
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.records.size() == 3);
    CHECK(r.records[1] == row({"", "", ""}));
    CHECK(r.records[2] == row({"x", "", ""}));
    CHECK(r.lines == std::vector<qint64>{1, 2, 4});
}

TEST_CASE("a quote inside an unquoted field is taken literally", "[interchange][csv]")
{
    const Read r = readAll("a,b\n5\" screen,x\n");
    REQUIRE(r.error.isEmpty());
    CHECK(r.records[1] == row({"5\" screen", "x"}));
}

TEST_CASE("an unclosed quote is an error naming the line where the field starts", "[interchange][csv]")
{
    const Read r = readAll("a,b\nx,y\nz,\"never closed\nstill\n");
    CHECK(r.records.size() == 2);
    CHECK(r.error == QStringLiteral("line 3: a quoted field is not closed before the end of the file"));
}

TEST_CASE("text after a closing quote is an error naming its line", "[interchange][csv]")
{
    const Read r = readAll("a,b\n\"x\"y,z\n");
    CHECK(r.error.startsWith(QStringLiteral("line 2: a closing quote must be followed by a comma")));
}

TEST_CASE("invalid UTF-8 is an error naming the line of the bad byte", "[interchange][csv]")
{
    // Latin-1 "é" (0xE9) on line 3, inside a quoted field that started on line 2.
    const Read r = readAll("a,b\nx,\"first\ncaf\xE9\"\n");
    CHECK(r.records.size() == 1);
    CHECK(r.error.startsWith(QStringLiteral("line 3: the file is not valid UTF-8 (byte 0xe9 in field 2)")));

    CHECK(core::firstInvalidUtf8(QByteArrayView("caf\xC3\xA9")) == -1);      // é
    CHECK(core::firstInvalidUtf8(QByteArrayView("\xF0\x9F\x98\x80")) == -1); // emoji
    CHECK(core::firstInvalidUtf8(QByteArrayView("ab\xC0\xAF")) == 2);        // overlong '/'
    CHECK(core::firstInvalidUtf8(QByteArrayView("\xED\xA0\x80")) == 0);      // a surrogate
    CHECK(core::firstInvalidUtf8(QByteArrayView("x\xE2\x82")) == 1);         // cut short
    CHECK(core::firstInvalidUtf8(QByteArrayView("\xF4\x90\x80\x80")) == 0);  // above U+10FFFF
}

TEST_CASE("a field of one megabyte across many read chunks is read whole", "[interchange][csv]")
{
    QByteArray big(1024 * 1024, 'x');
    for (qsizetype i = 0; i < big.size(); i += 1000)
        big[i] = ',';
    QByteArray quoted = big;
    quoted.replace("x,", "x\"\",");
    const QByteArray file = "id,notes\n1,\"" + quoted + "\"\n2,short\n";
    const Read r = readAll(file);
    REQUIRE(r.error.isEmpty());
    REQUIRE(r.records.size() == 3);
    QByteArray expected = big;
    expected.replace("x,", "x\",");
    CHECK(r.records[1][1].toUtf8() == expected);
    CHECK(r.records[2] == row({"2", "short"}));
    CHECK(r.lines[2] == 3);
}

TEST_CASE("an over-long field is refused instead of filling memory", "[interchange][csv]")
{
    QByteArray file = "a\n\"" + QByteArray(4096, 'x');
    QBuffer buffer(&file);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, 1024);
    CsvRecord record;
    REQUIRE(reader.readRecord(record));
    CHECK_FALSE(reader.readRecord(record));
    CHECK(reader.errorString().startsWith(QStringLiteral("line 2: a field is longer than")));
}

TEST_CASE("an empty file has no records and no error", "[interchange][csv]")
{
    const Read r = readAll("");
    CHECK(r.records.empty());
    CHECK(r.error.isEmpty());
    CHECK(readAll("\xEF\xBB\xBF").records.empty());
}
