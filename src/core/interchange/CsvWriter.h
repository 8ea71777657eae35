#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

namespace rapport::core {

// Writes RFC 4180 CSV to a device: a field is quoted when it holds a comma, a quote or a
// line break (or starts or ends with a space); records end with CRLF. Text cells are
// neutralised for spreadsheets (interchange.md): a cell beginning with =, +, - or @ that
// is not a number, or with a tab or a carriage return (OWASP), gets a leading ', so that
// a spreadsheet does not run it as a formula.
// Output is buffered; call flush() (or let the destructor do it) before committing the file.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device);
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    // The UTF-8 byte-order mark, so that spreadsheets open the file as UTF-8.
    void writeByteOrderMark();
    // A text cell (UTF-8): neutralised, then quoted when needed.
    void addField(QByteArrayView utf8);
    void addField(const QString& text);
    // A cell written as it is (quoted if needed, never neutralised): numbers, instants, keywords.
    void addPlainField(QByteArrayView utf8);
    void endRecord();
    // Writes the buffer to the device; false when the device refused it.
    bool flush();
    bool hasError() const { return m_failed; }

    // What addField() writes for `cell` before quoting: "'" + cell when the cell would
    // start a formula or starts with a tab or a carriage return, or when it starts with '
    // followed by one of isNeutralisedLead() (so that reading it back with
    // ValueParsers::cellText gives the original text).
    static QByteArray neutralised(QByteArrayView cell);
    static QString neutralised(const QString& cell);
    static bool needsNeutralising(QByteArrayView cell);
    // The characters after which a leading ' was added by the writer: =, +, -, @, tab,
    // carriage return and ' itself. ValueParsers::cellText strips the ' before exactly these.
    static bool isNeutralisedLead(char c);
    // True for "12", "-3.5", "+1e6", ".5": text a spreadsheet reads as a plain number.
    static bool isNumber(QByteArrayView cell);

private:
    void append(QByteArrayView cell, bool neutralise);

    QIODevice* m_device;
    QByteArray m_buffer;
    bool m_atRecordStart = true;
    bool m_failed = false;
};

} // namespace rapport::core
