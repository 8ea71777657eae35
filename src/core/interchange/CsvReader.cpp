#include "interchange/CsvReader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rapport::core {

QByteArrayView CsvRecord::raw(int index) const
{
    const qsizetype begin = index == 0 ? 0 : m_ends[static_cast<std::size_t>(index) - 1];
    const qsizetype end = m_ends[static_cast<std::size_t>(index)];
    return QByteArrayView(m_data.constData() + begin, end - begin);
}

QStringList CsvRecord::toStringList() const
{
    QStringList list;
    list.reserve(size());
    for (int i = 0; i < size(); ++i)
        list << text(i);
    return list;
}

qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        unsigned int min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= n)
            return i;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = p[i + k];
            if ((cc & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

CsvReader::CsvReader(QIODevice* device, qsizetype maxFieldBytes)
    : m_device(device), m_maxFieldBytes(maxFieldBytes)
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    constexpr qint64 kChunk = 256 * 1024;
    // Drop what has been consumed, keep the rest, append a chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 got = m_device->read(m_buffer.data() + old, kChunk);
    if (got <= 0) {
        m_buffer.resize(old);
        m_eof = true;
        if (got < 0)
            fail(m_line, QCoreApplication::translate("CsvReader", "the file could not be read: %1")
                             .arg(m_device->errorString()));
        return false;
    }
    m_buffer.resize(old + got);
    m_bytesRead += got;
    if (!m_started) {
        m_started = true;
        // Need three bytes to recognise a byte-order mark.
        while (m_buffer.size() < 3 && !m_eof) {
            const qsizetype have = m_buffer.size();
            m_buffer.resize(have + kChunk);
            const qint64 more = m_device->read(m_buffer.data() + have, kChunk);
            m_buffer.resize(have + std::max<qint64>(more, 0));
            if (more <= 0)
                m_eof = true;
            else
                m_bytesRead += more;
        }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return true;
}

bool CsvReader::fail(qint64 line, const QString& message)
{
    if (m_error.isEmpty()) {
        m_error = QCoreApplication::translate("CsvReader", "line %1: %2").arg(line).arg(message);
        m_errorLine = line;
    }
    return false;
}

bool CsvReader::finishField(CsvRecord& record, qsizetype fieldStart, qint64 fieldLine)
{
    const QByteArrayView field(record.m_data.constData() + fieldStart, record.m_data.size() - fieldStart);
    const qsizetype bad = firstInvalidUtf8(field);
    if (bad >= 0) {
        // The line of the bad byte: the field's first line plus the breaks before it.
        qint64 line = fieldLine;
        for (qsizetype i = 0; i < bad; ++i) {
            if (field[i] == '\n' || (field[i] == '\r' && (i + 1 >= field.size() || field[i + 1] != '\n')))
                ++line;
        }
        return fail(line,
                    QCoreApplication::translate(
                        "CsvReader", "the file is not valid UTF-8 (byte 0x%1 in field %2); save it as UTF-8 "
                                     "and import it again")
                        .arg(static_cast<unsigned char>(field[bad]), 2, 16, QLatin1Char('0'))
                        .arg(record.m_ends.size() + 1));
    }
    record.m_ends.push_back(record.m_data.size());
    return true;
}

bool CsvReader::readRecord(CsvRecord& record)
{
    if (hasError())
        return false;
    {
        record.m_data.clear();
        record.m_ends.clear();
        record.m_line = m_line;

        enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
        State state = State::FieldStart;
        qsizetype fieldStart = 0;
        qint64 fieldLine = m_line;
        bool anyContent = false; // false while the record is an empty line
        bool pendingCr = false;  // a CR inside a quoted field was the last byte seen

        for (;;) {
            // fill() may consume a byte-order mark and leave nothing new: ask again.
            while (m_pos >= m_buffer.size() && fill()) {
            }
            if (m_pos >= m_buffer.size()) {
                if (hasError())
                    return false;
                // End of input.
                if (state == State::Quoted)
                    return fail(fieldLine,
                                QCoreApplication::translate(
                                    "CsvReader", "a quoted field is not closed before the end of the file"));
                if (!anyContent && state == State::FieldStart)
                    return false;
                if (!finishField(record, fieldStart, fieldLine))
                    return false;
                return true;
            }
            const char c = m_buffer[m_pos];
            switch (state) {
            case State::FieldStart:
            case State::Unquoted:
                if (c == ',') {
                    ++m_pos;
                    anyContent = true;
                    if (!finishField(record, fieldStart, fieldLine))
                        return false;
                    fieldStart = record.m_data.size();
                    fieldLine = m_line;
                    state = State::FieldStart;
                } else if (c == '\n' || c == '\r') {
                    ++m_pos;
                    if (c == '\r') {
                        if (m_pos >= m_buffer.size())
                            fill();
                        if (m_pos < m_buffer.size() && m_buffer[m_pos] == '\n')
                            ++m_pos;
                    }
                    ++m_line;
                    if (!anyContent && state == State::FieldStart) {
                        // An empty line: skip it and start again on the next one.
                        record.m_line = m_line;
                        fieldLine = m_line;
                        continue;
                    }
                    return finishField(record, fieldStart, fieldLine);
                } else if (c == '"' && state == State::FieldStart) {
                    ++m_pos;
                    anyContent = true;
                    state = State::Quoted;
                } else {
                    // A plain run: copy up to the next special byte in one go.
                    qsizetype end = m_pos;
                    const qsizetype size = m_buffer.size();
                    const char* data = m_buffer.constData();
                    while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r')
                        ++end;
                    record.m_data.append(data + m_pos, end - m_pos);
                    m_pos = end;
                    anyContent = true;
                    state = State::Unquoted;
                    if (record.m_data.size() - fieldStart > m_maxFieldBytes)
                        return fail(fieldLine,
                                    QCoreApplication::translate("CsvReader", "a field is longer than %1 MiB")
                                        .arg(m_maxFieldBytes >> 20));
                }
                break;
            case State::Quoted: {
                qsizetype end = m_pos;
                const qsizetype size = m_buffer.size();
                const char* data = m_buffer.constData();
                while (end < size && data[end] != '"') {
                    // Line breaks inside a field still count as lines of the file.
                    if (data[end] == '\n') {
                        if (!pendingCr)
                            ++m_line;
                        pendingCr = false;
                    } else if (data[end] == '\r') {
                        ++m_line;
                        pendingCr = true;
                    } else {
                        pendingCr = false;
                    }
                    ++end;
                }
                record.m_data.append(data + m_pos, end - m_pos);
                m_pos = end;
                if (end < size) {
                    ++m_pos;
                    pendingCr = false;
                    state = State::QuoteInQuoted;
                }
                if (record.m_data.size() - fieldStart > m_maxFieldBytes)
                    return fail(fieldLine,
                                QCoreApplication::translate(
                                    "CsvReader", "a field is longer than %1 MiB; is a quote not closed?")
                                    .arg(m_maxFieldBytes >> 20));
                break;
            }
            case State::QuoteInQuoted:
                if (c == '"') {
                    // "" inside quotes is one quote.
                    record.m_data.append('"');
                    ++m_pos;
                    state = State::Quoted;
                } else if (c == ',' || c == '\n' || c == '\r') {
                    state = State::Unquoted; // the separator is handled there
                } else {
                    return fail(m_line,
                                QCoreApplication::translate(
                                    "CsvReader", "a closing quote must be followed by a comma or the end of "
                                                 "the line (write a quote inside a quoted field as \"\")"));
                }
                break;
            }
        }
    }
}

} // namespace rapport::core
