#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <initializer_list>
#include <utility>
#include <vector>

namespace rapport::core {

// Rows of one kind waiting to be written together by one multi-row INSERT (ImportStore).
// A row's text fields are views into the CSV reader's buffer, which the next record
// overwrites: add() copies them into the batch's own buffer, and rows() hands the rows
// back with their views pointing there. Memory is bounded by the batch size.
template <typename Row> class ImportBatch
{
public:
    using TextMember = QByteArrayView Row::*;

    ImportBatch(std::initializer_list<TextMember> texts, std::size_t capacity)
        : m_texts(texts), m_capacity(capacity)
    {
        m_rows.reserve(capacity);
    }

    void add(const Row& row)
    {
        Row& copy = m_rows.emplace_back(row);
        for (TextMember member : m_texts) {
            const QByteArrayView text = row.*member;
            m_spans.emplace_back(m_text.size(), text.size());
            m_text.append(text.data(), text.size());
            copy.*member = {};
        }
        m_viewsSet = false;
    }

    bool isFull() const { return m_rows.size() >= m_capacity; }
    bool isEmpty() const { return m_rows.empty(); }
    std::size_t size() const { return m_rows.size(); }
    std::size_t capacity() const { return m_capacity; }

    // The rows; their text is valid until clear().
    const std::vector<Row>& rows()
    {
        if (!m_viewsSet) {
            // The buffer has stopped growing: point the views into it.
            auto span = m_spans.cbegin();
            for (Row& row : m_rows) {
                for (TextMember member : m_texts) {
                    row.*member = QByteArrayView(m_text.constData() + span->first, span->second);
                    ++span;
                }
            }
            m_viewsSet = true;
        }
        return m_rows;
    }

    void clear()
    {
        m_rows.clear();
        m_spans.clear();
        m_text.resize(0); // keeps the capacity for the next batch
        m_viewsSet = false;
    }

private:
    std::vector<TextMember> m_texts;
    std::size_t m_capacity;
    std::vector<Row> m_rows;
    std::vector<std::pair<qsizetype, qsizetype>> m_spans; // offset and size of each text, row by row
    QByteArray m_text;
    bool m_viewsSet = false;
};

} // namespace rapport::core
