#include "services/BookSettingsService.h"

#include "common/Currency.h"
#include "common/Error.h"
#include "services/TeamService.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>

namespace rapport::core {

Result<QString> BookSettingsService::currency() const
{
    auto stored = SettingsRepository(m_db).value(QString::fromLatin1(kCurrencySetting));
    if (!stored)
        return stored.error();
    const QString code = stored->trimmed();
    // Only the shape is checked here: a code a newer Qt knows still reads, with the code as
    // its symbol.
    if (!code.isEmpty() && !Currency::isWellFormed(code))
        return Error::make(QCoreApplication::translate("rapport::core::BookSettingsService",
                                                       "The stored currency '%1' is not an ISO 4217 code.")
                               .arg(*stored));
    return code;
}

Status BookSettingsService::setCurrency(const QString& code)
{
    if (Status valid = Currency::validate(code); !valid.ok())
        return valid;
    return SettingsRepository(m_db).setValue(QString::fromLatin1(kCurrencySetting), code);
}

Status BookSettingsService::changeCurrency(const QString& from, const QString& to)
{
    if (!to.isEmpty() && !Currency::isWellFormed(to))
        return Currency::validate(to); // names the rule
    return SettingsRepository(m_db).replaceValue(
        QString::fromLatin1(kCurrencySetting), from, to,
        QCoreApplication::translate("rapport::core::BookSettingsService", "the book's currency"));
}

Result<bool> BookSettingsService::canChange() const
{
    return TeamService(m_db).seesWholeBook();
}

Status BookSettingsService::clearCurrency()
{
    return SettingsRepository(m_db).remove(QString::fromLatin1(kCurrencySetting));
}

} // namespace rapport::core
