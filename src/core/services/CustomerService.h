#pragma once

#include "common/Result.h"
#include "domain/Customer.h"
#include "domain/CustomerChanges.h"
#include "domain/CustomerSnapshot.h"
#include "domain/Interaction.h"
#include "domain/PastChurn.h"

#include <QStringList>
#include <optional>

namespace rapport::core {

class Database;

// A note on a customer's timeline that goes with a change of the customer: why they left, in
// the words of whoever marked them churned. `add` is logged when the change is written (its id
// is set); the interaction `remove` names is taken back with the change's undo.
struct TimelineNote
{
    Interaction* add = nullptr;
    qint64 remove = 0;
};

// The writes and look-ups of customers that the screens and their undo commands make.
class CustomerService
{
public:
    explicit CustomerService(Database& db) : m_db(db) {}

    // Stores a new customer and sets its id.
    Status insert(Customer& customer);
    // Writes `customer` over the stored one if that one still has customer.version (which then
    // goes up); otherwise a conflict error (ErrorKind::Conflict) and nothing is written.
    Status update(Customer& customer);
    // Applies the edit `from` -> `to` (the customer as a person read it, and as they left it)
    // to the customer as it is stored now: the fields the edit changed take `to`'s values, the
    // others keep what is stored, so someone else's save of other fields is kept (merged).
    // When someone else gave a changed field another value since, nothing is written and the
    // answer holds the conflict, field by field. The write is conditional on the version just
    // read, so a save racing with this one is found too. Undo passes the edit reversed.
    // `note`: written in the same transaction, only when the change is (Mark Churned's note).
    Result<CustomerSave> change(const Customer& from, const Customer& to, TimelineNote note = {});
    Result<std::optional<Customer>> find(qint64 id) const;
    Result<std::optional<Customer>> findByExternalId(const QString& externalId) const;
    // The customer's earlier churns, each ended by a return, oldest first.
    Result<std::vector<PastChurn>> pastChurns(qint64 id) const;
    // Deletes a customer with its interactions, survey responses and follow-ups in one
    // transaction, and returns all of it for restore(). With `expectedVersion`, only if the
    // customer still has it: when someone else changed or deleted them since the person read
    // them, a Conflict naming the customer, and nothing is deleted.
    Result<CustomerSnapshot> removeCapturing(qint64 id, std::optional<qint64> expectedVersion = std::nullopt);
    // Puts a removed customer back with the same ids, in one transaction.
    Status restore(const CustomerSnapshot& snapshot);
    // Distinct segments, for the customer list's filter and the customer dialog.
    Result<QStringList> segments() const;
    // Distinct non-empty segments, by name, as the scope pickers (dashboard, goals) offer them.
    Result<QStringList> scopeSegments() const;
    // Return recognition (metrics.md: a returning customer is recognised when they buy again).
    // The customer when a purchase at `purchaseAt` brings them back: churned, not back yet,
    // and the purchase after the churn date (an invalid `purchaseAt`: whenever it is). Empty
    // otherwise, and for a customer who does not exist.
    Result<std::optional<Customer>> returnOffer(qint64 customerId, const QDateTime& purchaseAt = {}) const;
    // When a churned customer came back: their first purchase (amount >= 0) after the churn
    // date, or `now` when there is none (never before the churn date).
    Result<QDateTime> returnTime(const Customer& churned, const QDateTime& now) const;
    // Marks the churned customer as back at `at` (the purchase's time), keeping the churn date
    // and reason; conditional and merged as change() (undo: change() with the two reversed).
    Result<CustomerSave> markReturned(const Customer& churned, const QDateTime& at);

private:
    Result<CustomerSave> changeFields(const Customer& from, const Customer& to);

    Database& m_db;
};

} // namespace rapport::core
