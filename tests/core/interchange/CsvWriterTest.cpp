#include "interchange/CsvWriter.h"

#include "TestSupport.h"
#include "interchange/CsvReader.h"
#include "interchange/ValueParsers.h"

#include <QBuffer>

using namespace rapport;
using core::CsvWriter;

namespace {

QByteArray written(const std::function<void(CsvWriter&)>& write)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    {
        CsvWriter writer(&buffer);
        write(writer);
        REQUIRE(writer.flush());
    }
    return bytes;
}

} // namespace

TEST_CASE("the writer quotes only the fields that need it and ends records with CRLF", "[interchange][csv]")
{
    const QByteArray out = written([](CsvWriter& w) {
        w.addField(QStringLiteral("plain"));
        w.addField(QStringLiteral("a, b"));
        w.addField(QStringLiteral("say \"hi\""));
        w.addField(QStringLiteral("two\nlines"));
        w.addField(QString());
        w.addField(QStringLiteral(" padded"));
        w.endRecord();
    });
    CHECK(out == QByteArray("plain,\"a, b\",\"say \"\"hi\"\"\",\"two\nlines\",,\" padded\"\r\n"));
}

TEST_CASE("cells that would start a formula are neutralised and numbers are not", "[interchange][csv]")
{
    CHECK(CsvWriter::neutralised(QStringLiteral("=SUM(A1:A9)")) == QStringLiteral("'=SUM(A1:A9)"));
    CHECK(CsvWriter::neutralised(QStringLiteral("+49 30 1234")) == QStringLiteral("'+49 30 1234"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-hello")) == QStringLiteral("'-hello"));
    CHECK(CsvWriter::neutralised(QStringLiteral("@cmd")) == QStringLiteral("'@cmd"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-19.99")) == QStringLiteral("-19.99"));
    CHECK(CsvWriter::neutralised(QStringLiteral("+5")) == QStringLiteral("+5"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-1e3")) == QStringLiteral("-1e3"));
    CHECK(CsvWriter::neutralised(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    CHECK(CsvWriter::neutralised(QStringLiteral("'=x")) == QStringLiteral("''=x"));
    CHECK(CsvWriter::neutralised(QStringLiteral("'tis")) == QStringLiteral("'tis"));
    CHECK(CsvWriter::neutralised(QStringLiteral("-")) == QStringLiteral("'-"));

    const QByteArray out = written([](CsvWriter& w) {
        w.addField(QStringLiteral("=HYPERLINK(\"x\",\"y\")"));
        w.addPlainField("-5.00");
        w.endRecord();
    });
    CHECK(out == QByteArray("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",-5.00\r\n"));
}

TEST_CASE("whatever the writer writes, the reader reads back the same text", "[interchange][csv]")
{
    const QStringList cells{QStringLiteral("=1+2"),  QStringLiteral("'=x"),   QStringLiteral("a,\"b\"\r\nc"),
                            QStringLiteral("-12.5"), QStringLiteral("Zoë 😀"), QString(),
                            QStringLiteral("''"),    QStringLiteral("@"),     QStringLiteral(" ")};
    const QByteArray out = written([&](CsvWriter& w) {
        w.writeByteOrderMark();
        for (const QString& c : cells)
            w.addField(c);
        w.endRecord();
    });
    QByteArray copy = out;
    QBuffer buffer(&copy);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    core::CsvReader reader(&buffer);
    core::CsvRecord record;
    REQUIRE(reader.readRecord(record));
    REQUIRE(record.size() == cells.size());
    for (int i = 0; i < cells.size(); ++i)
        CHECK(core::ValueParsers::cellText(record.text(i)) == cells[i]);
}
