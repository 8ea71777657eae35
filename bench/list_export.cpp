// Time to export a list as the GUI does (File › Export This List as CSV): the filtered,
// ordered rows of the customer, interaction and survey lists through CsvExporter::exportRows,
// next to the whole-table export (CsvExporter::exportFile) of the same kind.
// Usage: bench_list_export DATABASE [folder]
// The database is only read. Prints wall and CPU seconds, rows and file size per case.
#include "interchange/CsvExporter.h"
#include "storage/CustomerListStore.h"
#include "storage/Database.h"
#include "storage/InteractionListStore.h"
#include "storage/SurveyListStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>
#include <functional>

using namespace rapport;

namespace {

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_list_export DATABASE [folder]\n";
        return 2;
    }
    auto db = core::Database::open(args.at(1), core::Database::OpenMode::OpenExisting);
    if (!db) {
        QTextStream(stderr) << db.error().details() << '\n';
        return 1;
    }
    QTemporaryDir temp;
    const QString folder = args.size() > 2 ? args.at(2) : temp.path();
    core::Database& d = **db;

    using Source = core::CsvExporter::RowSource;
    struct Case
    {
        const char* name;
        core::CsvKind kind;
        Source source; // empty: the whole table through exportFile
    };
    core::CustomerListStore::Filter searchA;
    searchA.search = QStringLiteral("an");
    core::InteractionListStore::Filter purchases;
    purchases.kind = QStringLiteral("purchase");
    core::InteractionListStore::Filter narrow;
    narrow.search = QStringLiteral("Lovelace");
    const std::vector<Case> cases{
        {"customers, whole table (exportFile)", core::CsvKind::Customers, {}},
        {"customers list, no filter, by name", core::CsvKind::Customers,
         [&](const auto& row) {
             return core::CustomerListStore(d).exportRows({}, core::CustomerListStore::SortColumn::Name,
                                                          false, row);
         }},
        {"customers list, search \"an\", by owner desc", core::CsvKind::Customers,
         [&](const auto& row) {
             return core::CustomerListStore(d).exportRows(searchA, core::CustomerListStore::SortColumn::Owner,
                                                          true, row);
         }},
        {"interactions, whole table (exportFile)", core::CsvKind::Interactions, {}},
        {"interactions list, no filter, newest first", core::CsvKind::Interactions,
         [&](const auto& row) { return core::InteractionListStore(d).exportRows({}, row); }},
        {"interactions list, purchases only", core::CsvKind::Interactions,
         [&](const auto& row) { return core::InteractionListStore(d).exportRows(purchases, row); }},
        {"interactions list, customer search \"Lovelace\"", core::CsvKind::Interactions,
         [&](const auto& row) { return core::InteractionListStore(d).exportRows(narrow, row); }},
        {"survey responses list, no filter", core::CsvKind::Surveys,
         [&](const auto& row) { return core::SurveyListStore(d).exportRows({}, row); }},
    };
    out << "case | rows | wall s | cpu s | MB\n";
    int i = 0;
    for (const Case& c : cases) {
        const QString path = QDir(folder).filePath(QStringLiteral("list-export-%1.csv").arg(i++));
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = cpuSeconds();
        auto rows = c.source ? core::CsvExporter::exportRows(c.kind, path, c.source)
                             : core::CsvExporter(d).exportFile(c.kind, path);
        const double cpu = cpuSeconds() - cpu0;
        const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
        if (!rows) {
            QTextStream(stderr) << c.name << ": " << rows.error().details() << '\n';
            return 1;
        }
        out << c.name << " | " << *rows << " | " << QString::number(seconds, 'f', 2) << " | "
            << QString::number(cpu, 'f', 2) << " | "
            << QString::number(static_cast<double>(QFileInfo(path).size()) / 1e6, 'f', 1) << '\n';
        out.flush();
    }
    return 0;
}
