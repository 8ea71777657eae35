#include "interchange/CsvWriter.h"

#include <QIODevice>

namespace rapport::core {
namespace {

constexpr qsizetype kFlushAt = 256 * 1024;

bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@';
}

// OWASP's CSV-injection advice: spreadsheets skip a leading tab or carriage return before
// they look for a formula, so such cells are neutralised whatever follows.
bool isBlankStart(char c)
{
    return c == '\t' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

} // namespace

CsvWriter::CsvWriter(QIODevice* device) : m_device(device)
{
    m_buffer.reserve(kFlushAt + 4096);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::writeByteOrderMark()
{
    m_buffer.append("\xEF\xBB\xBF");
}

bool CsvWriter::isNumber(QByteArrayView v)
{
    qsizetype i = 0;
    const qsizetype n = v.size();
    if (i < n && (v[i] == '+' || v[i] == '-'))
        ++i;
    qsizetype mantissaDigits = 0;
    while (i < n && isDigit(v[i]))
        ++i, ++mantissaDigits;
    if (i < n && v[i] == '.') {
        ++i;
        while (i < n && isDigit(v[i]))
            ++i, ++mantissaDigits;
    }
    if (mantissaDigits == 0)
        return false;
    if (i < n && (v[i] == 'e' || v[i] == 'E')) {
        ++i;
        if (i < n && (v[i] == '+' || v[i] == '-'))
            ++i;
        qsizetype exponentDigits = 0;
        while (i < n && isDigit(v[i]))
            ++i, ++exponentDigits;
        if (exponentDigits == 0)
            return false;
    }
    return i == n;
}

bool CsvWriter::needsNeutralising(QByteArrayView cell)
{
    if (cell.isEmpty())
        return false;
    if (isFormulaStart(cell[0]))
        return !isNumber(cell);
    if (isBlankStart(cell[0]))
        return true;
    return cell[0] == '\'' && cell.size() >= 2 && isNeutralisedLead(cell[1]);
}

bool CsvWriter::isNeutralisedLead(char c)
{
    return isFormulaStart(c) || isBlankStart(c) || c == '\'';
}

QByteArray CsvWriter::neutralised(QByteArrayView cell)
{
    QByteArray out;
    if (needsNeutralising(cell))
        out.append('\'');
    out.append(cell);
    return out;
}

QString CsvWriter::neutralised(const QString& cell)
{
    return QString::fromUtf8(neutralised(QByteArrayView(cell.toUtf8())));
}

void CsvWriter::append(QByteArrayView cell, bool neutralise)
{
    if (!m_atRecordStart)
        m_buffer.append(',');
    m_atRecordStart = false;
    const bool prefix = neutralise && needsNeutralising(cell);
    bool quote = !cell.isEmpty() && (cell.front() == ' ' || cell.back() == ' ');
    for (qsizetype i = 0; i < cell.size() && !quote; ++i) {
        const char c = cell[i];
        quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (quote)
        m_buffer.append('"');
    if (prefix)
        m_buffer.append('\'');
    if (quote) {
        qsizetype from = 0;
        for (qsizetype i = 0; i < cell.size(); ++i) {
            if (cell[i] == '"') {
                m_buffer.append(cell.sliced(from, i + 1 - from));
                m_buffer.append('"');
                from = i + 1;
            }
        }
        m_buffer.append(cell.sliced(from));
        m_buffer.append('"');
    } else {
        m_buffer.append(cell);
    }
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void CsvWriter::addField(QByteArrayView utf8)
{
    append(utf8, true);
}

void CsvWriter::addField(const QString& text)
{
    append(QByteArrayView(text.toUtf8()), true);
}

void CsvWriter::addPlainField(QByteArrayView utf8)
{
    append(utf8, false);
}

void CsvWriter::endRecord()
{
    m_buffer.append("\r\n");
    m_atRecordStart = true;
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty() || m_failed)
        return !m_failed;
    if (m_device->write(m_buffer) != m_buffer.size())
        m_failed = true;
    m_buffer.clear();
    return !m_failed;
}

} // namespace rapport::core
