#pragma once

#include "interchange/CsvFormat.h"
#include "interchange/CsvImporter.h"
#include "interchange/CsvReader.h"
#include "interchange/ValueParsers.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>
#include <vector>

// The import's reading of one CSV row: cells by column, required values, instants, and the
// problems found, with the words the import accepts. Only CsvImporter uses it.
namespace rapport::core::csvimport {

QByteArrayView trimmed(QByteArrayView v);

// The canonical lower-case word that `v` names, ignoring case and surrounding spaces.
std::optional<QByteArrayView> word(QByteArrayView v, const std::vector<QByteArray>& words);

const std::vector<QByteArray>& roleWords();

const std::vector<QByteArray>& kindWords();

const std::vector<QByteArray>& surveyWords();

// A product's active flag: true/yes/1 or false/no/0, any case; nullopt for anything else.
std::optional<bool> activeFlag(QByteArrayView v);

// Whether an interaction of this kind (a canonical word) may name a product.
bool takesProduct(QByteArrayView kind);

QString quoted(QByteArrayView v);

// Reads one row's cells by column name and collects its problems.
class CsvImportRow
{
public:
    CsvImportRow(const CsvRecord& record, const std::vector<int>& columnIndex,
                 const std::vector<CsvColumn>& columns)
        : m_record(record), m_index(columnIndex), m_columns(columns)
    {
    }

    // The cell of column number `c` (CsvFormat order), neutralisation undone; empty if absent.
    QByteArrayView cell(std::size_t c) const
    {
        const int i = m_index[c];
        if (i < 0 || i >= m_record.size())
            return {};
        return ValueParsers::cellText(m_record.raw(i));
    }
    // An identifier: surrounding spaces dropped.
    QByteArrayView id(std::size_t c) const { return trimmed(cell(c)); }
    qint64 line() const { return m_record.line(); }

    // The cell, or a problem "no value" when a required one is empty.
    QByteArrayView required(std::size_t c)
    {
        const QByteArrayView v = cell(c);
        if (trimmed(v).isEmpty())
            problem(c, QStringLiteral("a value is required"));
        return v;
    }

    std::optional<qint64> instant(std::size_t c, bool isRequired)
    {
        const QByteArrayView v = cell(c);
        if (trimmed(v).isEmpty()) {
            if (isRequired)
                problem(c, QStringLiteral("a value is required"));
            return std::nullopt;
        }
        auto r = ValueParsers::instantSeconds(v);
        if (!r) {
            problem(c, r.error().message);
            return std::nullopt;
        }
        return *r;
    }

    void problem(std::size_t c, const QString& reason)
    {
        m_problems.push_back({m_record.line(), QString::fromLatin1(m_columns[c].name), reason});
    }
    void rowProblem(const QString& reason)
    {
        m_problems.push_back({m_record.line(), QStringLiteral("row"), reason});
    }

    bool ok() const { return m_problems.empty(); }
    const std::vector<ImportProblem>& problems() const { return m_problems; }

private:
    const CsvRecord& m_record;
    const std::vector<int>& m_index;
    const std::vector<CsvColumn>& m_columns;
    std::vector<ImportProblem> m_problems;
};

} // namespace rapport::core::csvimport
