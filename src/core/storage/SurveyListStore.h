#pragma once

#include "common/Result.h"
#include "domain/SurveyList.h"

#include <functional>
#include <optional>
#include <span>
#include <vector>

namespace rapport::core {

class Database;
struct ExportValue;

// Survey responses with their customer's name, newest first, filtered by the database.
class SurveyListStore
{
public:
    using Filter = SurveyListFilter;
    using Row = SurveyListRow;

    explicit SurveyListStore(Database& db) : m_db(db) {}

    Result<std::vector<Row>> newest(const Filter& filter, int limit) const;
    Result<qint64> count(const Filter& filter) const;
    Result<QStringList> categories() const;
    // Every response matching `filter`, newest first as listed, in the columns of the surveys
    // CSV (ExportStore's order), for CsvExporter::exportRows.
    Status exportRows(const Filter& filter,
                      const std::function<bool(std::span<const ExportValue>)>& row) const;

private:
    Database& m_db;
};

} // namespace rapport::core
