#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "demo/DemoHistory.h"
#include "storage/BookCopy.h"
#include "storage/Database.h"
#include "storage/DemoStore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <algorithm>

// The demo history, in short. About three years ending on `until`:
//  - 8 reps and 1 manager; every customer is owned by one of the 8 reps.
//  - Customers in four segments (smb, mid-market, enterprise, public-sector), acquired
//    throughout the three years (a little more in the later years), some of them churning.
//  - Per customer: a first purchase on the day of acquisition, more purchases at a
//    segment's pace (3% refunded later), follow-ups after purchases, calls, e-mails,
//    meetings, support contacts, notes and complaints (categories billing, delivery,
//    product-quality, support-response, onboarding; most resolved within hours or days).
//  - CSAT after some support contacts, resolved complaints and purchases; CES after some
//    support contacts and resolved complaints; an NPS relationship survey about twice a year.
//
// The stories (all driven by the quality and hazard functions below):
//  (a) TREND THAT TURNS. Outside smb the underlying satisfaction climbs from 0.66 to 0.76
//      until six months before `until`, then falls to 0.67; over those six months the
//      complaint rate roughly quadruples, mostly 'delivery' complaints, and every complaint
//      pulls the customer's next ratings down for two months.
//  (b) A REP WHO DIFFERS. Finn Brennan follows up within 14 days after about 20% of
//      purchases (the team: about 72%); his customers churn 2.2 times as often, rate about
//      0.10 lower and wait longer for complaint resolutions.
//  (c) SATISFACTION UP, RETENTION DOWN. In smb satisfaction rises steadily over the three
//      years (and is spared the delivery trouble), while the monthly churn hazard
//      climbs from about 1% to about 3.8%.
//  (d) A PRODUCT THAT SLIPS (DemoProducts). Purchases, most complaints and support contacts
//      name one of nine products. Over the last eight months the Counter Terminal T5, bought
//      mostly by smb, fails more and more: its complaints per 100 purchases climb, some of its
//      owners leave over it and most of those give product_quality as the reason; the others
//      give price, service, competitor, moved or nothing. Some churners buy again within
//      180 days (price leavers most often, movers never). Its draws come from a stream of
//      their own.
// Nothing happens after the clock's now: a history ending today stops at this moment. Open
// follow-up tasks are the only thing ahead: every rep has some overdue, some due later today
// and some upcoming, on their active customers; done ones sit behind the follow-up
// interactions after purchases. They draw from a random stream of their own.
// The pieces: DemoRandom (portable random numbers), DemoData (reps, segments, word lists)
// and DemoHistory (one customer's life, planned and written).

namespace rapport::core {
namespace {

DemoSummary cancelledSummary()
{
    DemoSummary summary;
    summary.cancelled = true;
    return summary;
}

} // namespace

DemoGenerator::DemoGenerator(const Clock& clock) : m_clock(clock) {}

QString DemoGenerator::laggingRepId()
{
    return QString::fromLatin1(demo::kReps[demo::kLaggingRep].id);
}

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& requested,
                                            const Progress& progress) const
{
    if (db.isServer())
        return generateThroughFile(db, requested, progress);
    DemoOptions options = requested;
    if (options.customers < 1)
        return Error::make(
            QCoreApplication::translate("rapport::core::DemoGenerator",
                                        "The number of demo customers must be at least 1 (got %1).")
                .arg(options.customers));
    const QDateTime now = m_clock.nowUtc().toUTC();
    if (!options.until.isValid())
        options.until = now.date();
    // Demo data is a past: a last day after today would hold sales that have not happened.
    if (options.until > now.date())
        return Error::make(
            QCoreApplication::translate("rapport::core::DemoGenerator",
                                        "The demo data cannot end after today (%1), not on %2.")
                .arg(now.date().toString(Qt::ISODate), options.until.toString(Qt::ISODate)));

    DemoStore store(db);
    if (Status s = store.begin(); !s)
        return s.error();

    DemoSummary summary;
    demo::DemoHistory history(options, now, store, summary);
    if (Status s = history.writeReps(); !s)
        return s.error();
    if (Status s = history.writeProducts(); !s)
        return s.error();

    // Progress counts customers, plus a share for rebuilding the indexes at the end (about
    // a fifth of the run's time for big runs), so a progress bar does not sit at 100%.
    const qint64 customers = options.customers;
    const qint64 total = customers + std::max<qint64>(1, customers / 4);
    auto cancelled = [&](qint64 done) { return progress && !progress(done, total); };
    if (cancelled(0)) {
        store.rollback();
        return cancelledSummary();
    }
    for (qint64 id = 1; id <= customers; ++id) {
        if (Status s = history.writeCustomer(id); !s)
            return s.error(); // the store rolls back as it goes out of scope
        if ((id % 256 == 0 || id == customers) && cancelled(id)) {
            store.rollback();
            return cancelledSummary();
        }
    }
    if (Status s = history.writeGoals(); !s)
        return s.error();
    if (Status s = store.rebuildIndexes(); !s)
        return s.error();
    if (cancelled(total)) {
        store.rollback();
        return cancelledSummary();
    }
    if (Status s = store.commit(); !s)
        return s.error();
    return summary;
}

Result<DemoSummary> DemoGenerator::generateThroughFile(Database& server, const DemoOptions& options,
                                                       const Progress& progress) const
{
    // The generator's bulk path writes SQLite pages directly; a server gets the same book
    // written to a private file first and copied over in one transaction (COPY), so the
    // records, their ids and every figure are those a file would hold.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error::make(QCoreApplication::translate(
            "rapport::core::DemoGenerator", "Cannot create a temporary folder for the demo data."));
    auto file = Database::open(scratch.filePath(QStringLiteral("demo.sqlite")));
    if (!file)
        return file.error();
    // Generating is about four fifths of the work, copying the rest.
    const auto part = [&progress](qint64 offset, qint64 weight) -> Progress {
        if (!progress)
            return {};
        return [&progress, offset, weight](qint64 done, qint64 total) {
            return total <= 0 || progress(offset + done * weight / total, 100);
        };
    };
    auto summary = generate(**file, options, part(0, 80));
    if (!summary)
        return summary.error();
    if (Status s = BookCopy::copy(**file, server, part(80, 20)); !s)
        return s.error();
    return summary;
}

} // namespace rapport::core
