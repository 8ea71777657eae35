#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <vector>

class QIODevice;

namespace rapport::core {

// One record of a CSV file: its fields as validated UTF-8 and the line on which it starts.
// A CsvReader reuses one CsvRecord for every row, so reading allocates nothing per row.
class CsvRecord
{
public:
    // The line of the file on which the record starts, as a text editor counts it (1 = first).
    qint64 line() const { return m_line; }
    int size() const { return static_cast<int>(m_ends.size()); }
    // The field's bytes (UTF-8, quotes removed); valid until the next readRecord().
    QByteArrayView raw(int index) const;
    QString text(int index) const { return QString::fromUtf8(raw(index)); }
    QStringList toStringList() const;

private:
    friend class CsvReader;
    QByteArray m_data;
    std::vector<qsizetype> m_ends; // end offset of each field in m_data
    qint64 m_line = 0;
};

// A streaming RFC 4180 reader: reads the device in chunks, so memory stays flat however
// large the file. Fields may be quoted ("a, b", "say ""hi""", line breaks inside);
// records end with CRLF, LF or CR; a leading UTF-8 byte-order mark is skipped; lines
// that are completely empty are skipped. Every field is checked to be valid UTF-8.
//
//     CsvReader reader(&file);
//     CsvRecord record;
//     while (reader.readRecord(record)) { ... record.raw(i) ... }
//     if (reader.hasError()) report(reader.errorString()); // "line 7: ..."
class CsvReader
{
public:
    // A field longer than this is refused: it almost always means a quote was never closed.
    static constexpr qsizetype kDefaultMaxFieldBytes = 64 * 1024 * 1024;

    explicit CsvReader(QIODevice* device, qsizetype maxFieldBytes = kDefaultMaxFieldBytes);

    // Reads the next record into `record`. Returns false at the end of the input or on an
    // error (then hasError() is true and errorString() says what and on which line).
    bool readRecord(CsvRecord& record);

    bool hasError() const { return !m_error.isEmpty(); }
    const QString& errorString() const { return m_error; }
    // The line of the file the error was found on (0 when there is no error).
    qint64 errorLine() const { return m_errorLine; }
    // Bytes consumed from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }

private:
    bool fill();
    bool fail(qint64 line, const QString& message);
    bool finishField(CsvRecord& record, qsizetype fieldStart, qint64 fieldLine);

    QIODevice* m_device;
    qsizetype m_maxFieldBytes;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    qint64 m_line = 1;
    bool m_started = false;
    bool m_eof = false;
    QString m_error;
    qint64 m_errorLine = 0;
};

// Where `bytes` stops being valid UTF-8 (overlong forms, surrogates and code points above
// U+10FFFF are invalid), or -1 when all of it is valid.
qsizetype firstInvalidUtf8(QByteArrayView bytes);

} // namespace rapport::core
