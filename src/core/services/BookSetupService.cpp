#include "services/BookSetupService.h"

#include "common/Currency.h"
#include "services/BookSettingsService.h"
#include "storage/DatabaseStats.h"
#include "storage/RepRepository.h"

#include <QCoreApplication>

namespace rapport::core {

Result<bool> BookSetupService::isEmpty() const
{
    auto holds = DatabaseStats::holdsData(m_db);
    if (!holds)
        return holds.error();
    return !*holds;
}

Result<bool> BookSetupService::hasCustomers() const
{
    return DatabaseStats::hasCustomers(m_db);
}

Status BookSetupService::addRep(Rep rep)
{
    rep.id = rep.id.trimmed();
    rep.name = rep.name.trimmed();
    if (rep.id.isEmpty() || rep.name.isEmpty())
        return Error::make(
            QCoreApplication::translate("rapport::core::BookSetupService", "A rep needs an id and a name."));
    RepRepository reps(m_db);
    auto existing = reps.find(rep.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        Error taken = Error::make(
            QCoreApplication::translate("rapport::core::BookSetupService", "The id %1 already belongs to %2.")
                .arg(rep.id, (*existing)->name));
        taken.kind = ErrorKind::Conflict;
        return taken;
    }
    return reps.insert(rep);
}

Result<DemoSummary> BookSetupService::fillWithDemo(const Clock& clock, const DemoOptions& options,
                                                   const QString& currency,
                                                   const DemoGenerator::Progress& progress)
{
    if (Status valid = Currency::validate(currency); !valid)
        return valid.error();
    auto empty = isEmpty();
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error::make(QCoreApplication::translate(
            "rapport::core::BookSetupService",
            "This book already holds data: demo data goes only into an empty book."));
    auto summary = DemoGenerator(clock).generate(m_db, options, progress);
    if (!summary || summary->cancelled)
        return summary;
    if (Status stored = BookSettingsService(m_db).setCurrency(currency); !stored)
        return stored.error();
    return summary;
}

QString BookSetupService::suggestedRepId(const QString& login)
{
    QString id;
    for (const QChar c : login.trimmed().toLower())
        if (c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            id.append(c);
    return id;
}

} // namespace rapport::core
