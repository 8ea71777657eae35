#include "interchange/CsvImporter.h"

#include "interchange/CsvImportPass.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace rapport::core {

QString ImportProblem::toString() const
{
    return QCoreApplication::translate("CsvImporter", "line %1: %2: %3").arg(line).arg(column, reason);
}

QString ImportReport::summary() const
{
    QString text =
        QCoreApplication::translate("CsvImporter", "%1: %2 rows, %3 added, %4 updated, %5 unchanged")
            .arg(core::toString(kind))
            .arg(rows)
            .arg(added)
            .arg(updated)
            .arg(unchanged);
    if (repsCreated > 0)
        text += QCoreApplication::translate("CsvImporter", ", %1 reps created").arg(repsCreated);
    if (invalidRows > 0)
        text += (accepted ? QCoreApplication::translate("CsvImporter", ", %1 invalid rows skipped")
                          : QCoreApplication::translate("CsvImporter", ", %1 invalid rows found"))
                    .arg(invalidRows);
    return text;
}

QString ImportReport::problemsText() const
{
    if (!fileProblem.isEmpty())
        return fileProblem + QLatin1Char('\n');
    QString text;
    for (const ImportProblem& p : problems)
        text += p.toString() + QLatin1Char('\n');
    if (problemCount > static_cast<qint64>(problems.size()))
        text += QCoreApplication::translate("CsvImporter", "... and %1 more problems\n")
                    .arg(problemCount - static_cast<qint64>(problems.size()));
    return text;
}

CsvImporter::CsvImporter(Database& db) : m_db(db) {}

Result<ImportReport> CsvImporter::importFile(CsvKind kind, const QString& path, const ImportOptions& options)
{
    // Checked before the file is opened: even opening and closing one of the database's own
    // files would drop this process's locks on it.
    if (Status s = m_db.refuseOwnFile(path, QCoreApplication::translate("CsvImporter", "read as a CSV file"));
        !s)
        return s.error();
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Error::make(
            QCoreApplication::translate("CsvImporter", "%1 is a folder, not a CSV file.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QCoreApplication::translate("CsvImporter", "Cannot read %1: %2").arg(path, file.errorString()));
    return importDevice(kind, file, options);
}

Result<ImportReport> CsvImporter::importDevice(CsvKind kind, QIODevice& device, const ImportOptions& options)
{
    // A damaged file is not written further (and a dry run says so too, before a real run).
    if (Status s = m_db.checkIntegrity(); !s)
        return s.error();
    return CsvImportPass::run(m_db, kind, device, options);
}

} // namespace rapport::core
