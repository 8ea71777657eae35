// Benchmark: a team of reps logging interactions on one team server at the same time.
//
//   bench_team_writes --server URI [--clients 20] [--seconds 60] [--pause-ms 0]
//                     [--follow-up-every 4] [--rss-every 5] [--keep-logins]
//
// URI names the server book as an admin login (it creates the reps' logins). For each rep
// of the book there is at least one login: client i logs in as bench_writer_NN, a rep login
// of rep (i mod reps) made with TeamService, so with 20 clients and 8 reps two or three
// clients share a rep (each with a login and a connection of its own). Every client is a
// thread with its own connection; it logs interactions for its rep's customers (the ones row-
// level security lets it see) through InteractionService::log, the call behind Ctrl+L, for
// --seconds, pausing --pause-ms between writes (0: as fast as the server answers). Every
// --follow-up-every-th interaction asks for a follow-up, as the dialog's check box does.
//
// It prints each write's latency (count, p50, p95, p99, max), the writes per client, the
// failures and their messages, what the writers' server processes were waiting on (sampled
// from pg_stat_activity), the process's RSS sampled every --rss-every seconds (first, last,
// max), and then checks, as the admin, that the rows in the database are exactly the writes
// that succeeded: per rep and per client (each interaction's notes name its client).
// Results go to docs/performance.md ("Team server").
#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"
#include "domain/TeamMember.h"
#include "services/InteractionService.h"
#include "services/RepService.h"
#include "services/TeamService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <latch>
#include <map>
#include <memory>
#include <random>
#include <thread>
#include <vector>

using namespace rapport;
using Clock = std::chrono::steady_clock;

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

// Resident memory of this process now (kB), from /proc.
long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

// The same URI with another login (and no password: the bench's cluster trusts local logins).
QString uriAs(const QString& uri, const QString& login)
{
    static const QRegularExpression userPart(QStringLiteral("^(postgres(?:ql)?://)(?:[^@/?]*@)?"));
    QString result = uri;
    return result.replace(userPart, QStringLiteral("\\1") + login + QLatin1Char('@'));
}

struct Client
{
    int index = 0;
    QString login;
    QString repId;
    QString connectError;
    std::vector<qint64> latencyUs; // one per successful write
    std::map<QString, int> failures;
    int failed = 0;
    int followUps = 0; // follow-ups asked for by successful writes
};

struct Shared
{
    QString uri;
    QString tag; // names this run in every interaction's notes
    int pauseMs = 0;
    int followUpEvery = 4;
    std::latch connected;
    std::latch go{1};
    std::atomic<bool> stop{false};
    explicit Shared(int clients) : connected(clients) {}
};

void runClient(Shared& shared, Client& c)
{
    std::vector<qint64> customers;
    std::unique_ptr<core::Database> db;
    {
        auto opened =
            core::Database::open(uriAs(shared.uri, c.login), core::Database::OpenMode::OpenExisting);
        if (!opened) {
            c.connectError = opened.error().details();
        } else {
            db = std::move(*opened);
            // The customers this login sees (row-level security), as the dialog's completer offers them.
            QSqlQuery q(db->connection());
            if (!q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id")))
                c.connectError = q.lastError().text();
            while (q.next())
                customers.push_back(q.value(0).toLongLong());
            if (c.connectError.isEmpty() && customers.empty())
                c.connectError = QStringLiteral("the login sees no customers");
        }
    }
    shared.connected.count_down();
    shared.go.wait();
    if (!c.connectError.isEmpty())
        return;

    core::InteractionService service(*db);
    std::mt19937_64 random(0x5eed + static_cast<unsigned>(c.index));
    const core::InteractionKind kinds[] = {core::InteractionKind::Call,      core::InteractionKind::Email,
                                           core::InteractionKind::Meeting,   core::InteractionKind::Purchase,
                                           core::InteractionKind::Complaint, core::InteractionKind::Support,
                                           core::InteractionKind::Note};
    c.latencyUs.reserve(1 << 16);
    for (int n = 1; !shared.stop.load(std::memory_order_relaxed); ++n) {
        core::Interaction interaction;
        interaction.customerId = customers[random() % customers.size()];
        interaction.repId = c.repId;
        interaction.kind = kinds[random() % std::size(kinds)];
        interaction.occurredAt = QDateTime::currentDateTimeUtc();
        if (interaction.kind == core::InteractionKind::Purchase)
            interaction.amountCents = 500 + static_cast<qint64>(random() % 200000);
        if (interaction.kind == core::InteractionKind::Complaint ||
            interaction.kind == core::InteractionKind::Support)
            interaction.category = QStringLiteral("delivery");
        interaction.notes = QStringLiteral("bench %1 c%2 #%3").arg(shared.tag).arg(c.index).arg(n);
        std::optional<core::FollowUpTask> followUp;
        if (shared.followUpEvery > 0 && n % shared.followUpEvery == 0) {
            core::FollowUpTask task;
            task.repId = c.repId;
            task.dueAt = QDateTime(interaction.occurredAt.date().addDays(7), QTime(9, 0), Qt::UTC);
            task.note = interaction.notes;
            followUp = task;
        }
        const auto t0 = Clock::now();
        const core::Status s = service.log(interaction, followUp);
        const auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - t0).count();
        if (s) {
            c.latencyUs.push_back(us);
            c.followUps += followUp ? 1 : 0;
        } else {
            ++c.failed;
            ++c.failures[s.error().details()];
        }
        if (shared.pauseMs > 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(shared.pauseMs));
    }
}

// The p-th percentile (nearest rank) of sorted values.
qint64 percentile(const std::vector<qint64>& sorted, double p)
{
    if (sorted.empty())
        return 0;
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

QString ms(qint64 us)
{
    return QString::number(static_cast<double>(us) / 1000.0, 'f', 1) + QStringLiteral(" ms");
}

qint64 scalar(core::Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

// key -> count from a two-column query.
std::map<QString, qint64> counts(core::Database& db, const QString& sql)
{
    std::map<QString, qint64> result;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        fprintf(stderr, "%s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        result[q.value(0).toString()] = q.value(1).toLongLong();
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), QStringLiteral("the server book, as an admin login"),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("writers at once"), QStringLiteral("N"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("how long they write"), QStringLiteral("S"),
                      QStringLiteral("60")});
    parser.addOption({QStringLiteral("pause-ms"), QStringLiteral("pause between a client's writes"),
                      QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("follow-up-every"),
                      QStringLiteral("every N-th interaction asks for a follow-up (0: none)"),
                      QStringLiteral("N"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("rss-every"), QStringLiteral("seconds between RSS samples"),
                      QStringLiteral("S"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("keep-logins"), QStringLiteral("leave the bench's logins on the server")});
    parser.addHelpOption();
    parser.process(app);

    const QString uri = parser.value(QStringLiteral("server"));
    const int clientCount = parser.value(QStringLiteral("clients")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();
    const int rssEvery = std::max(1, parser.value(QStringLiteral("rss-every")).toInt());
    if (uri.isEmpty() || clientCount < 1 || seconds < 1) {
        fprintf(stderr, "give --server URI (an admin login), --clients N >= 1 and --seconds S >= 1\n");
        return 2;
    }

    auto opened = core::Database::open(uri, core::Database::OpenMode::OpenExisting);
    if (!opened) {
        fprintf(stderr, "%s\n", qPrintable(opened.error().details()));
        return 1;
    }
    core::Database& admin = **opened;
    if (!admin.isServer()) {
        fprintf(stderr, "%s is a file: give a team server's URI\n", qPrintable(admin.path()));
        return 2;
    }

    // One rep login per client, bound round-robin to the book's reps.
    auto reps = core::RepService(admin).list();
    if (!reps) {
        fprintf(stderr, "%s\n", qPrintable(reps.error().details()));
        return 1;
    }
    QStringList repIds;
    for (const core::Rep& r : *reps)
        if (r.role == core::RepRole::Rep)
            repIds << r.id;
    if (repIds.isEmpty()) {
        fprintf(stderr, "the book has no reps\n");
        return 1;
    }
    std::vector<Client> clients(static_cast<std::size_t>(clientCount));
    core::TeamService team(admin);
    for (int i = 0; i < clientCount; ++i) {
        Client& c = clients[static_cast<std::size_t>(i)];
        c.index = i;
        c.login = QStringLiteral("bench_writer_%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        c.repId = repIds[i % repIds.size()];
        if (core::Status s = team.addUser({c.login, QStringLiteral("rep"), c.repId}); !s) {
            fprintf(stderr, "team add-user %s: %s\n", qPrintable(c.login), qPrintable(s.error().details()));
            return 1;
        }
    }

    const qint64 interactionsBefore = scalar(admin, QStringLiteral("SELECT count(*) FROM interactions"));
    const qint64 lastInteraction =
        scalar(admin, QStringLiteral("SELECT coalesce(max(id), 0) FROM interactions"));
    const qint64 lastFollowUp =
        scalar(admin, QStringLiteral("SELECT coalesce(max(id), 0) FROM follow_up_tasks"));
    Shared shared(clientCount);
    shared.uri = uri;
    shared.tag = QString::number(QDateTime::currentSecsSinceEpoch());
    shared.pauseMs = parser.value(QStringLiteral("pause-ms")).toInt();
    shared.followUpEvery = parser.value(QStringLiteral("follow-up-every")).toInt();

    out() << "server " << admin.path() << ": " << interactionsBefore << " interactions before, "
          << repIds.size() << " reps, " << clientCount << " clients (logins bench_writer_01.."
          << clients.back().login.right(2) << "), " << seconds << " s, pause " << shared.pauseMs
          << " ms, a follow-up every " << shared.followUpEvery << " writes, run tag " << shared.tag << "\n"
          << "load average at the start: " << loadAverage() << "\n"
          << Qt::flush;

    const auto connectStart = Clock::now();
    std::vector<std::thread> threads;
    for (Client& c : clients)
        threads.emplace_back([&shared, &c] { runClient(shared, c); });
    shared.connected.wait();
    const auto connectMs =
        std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - connectStart).count();
    int notConnected = 0;
    for (const Client& c : clients)
        if (!c.connectError.isEmpty()) {
            ++notConnected;
            fprintf(stderr, "%s could not start: %s\n", qPrintable(c.login), qPrintable(c.connectError));
        }
    out() << clientCount - notConnected << " of " << clientCount << " clients connected in " << connectMs
          << " ms\n"
          << Qt::flush;

    // While they write: the RSS every few seconds, and what the writers' server processes wait on
    // (pg_stat_activity, every 200 ms; an admin sees every session).
    std::vector<long> rss;
    std::map<QString, qint64> waits;
    qint64 waitSamples = 0;
    const QString waitSql = QStringLiteral(
        "SELECT coalesce(wait_event_type || ':' || wait_event, 'running'), count(*) FROM pg_stat_activity"
        " WHERE datname = current_database() AND usename LIKE 'bench_writer_%' AND state = 'active'"
        " GROUP BY 1");
    const auto start = Clock::now();
    const auto end = start + std::chrono::seconds(seconds);
    shared.go.count_down();
    rss.push_back(rssKb());
    auto nextRss = start + std::chrono::seconds(rssEvery);
    while (Clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(200));
        ++waitSamples;
        for (const auto& [what, n] : counts(admin, waitSql))
            waits[what] += n;
        if (Clock::now() >= nextRss) {
            rss.push_back(rssKb());
            nextRss += std::chrono::seconds(rssEvery);
        }
    }
    shared.stop = true;
    for (std::thread& t : threads)
        t.join();
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    rss.push_back(rssKb());

    // Latency over every successful write of every client.
    std::vector<qint64> all;
    int failed = 0;
    std::map<QString, int> failures;
    std::map<QString, qint64> okPerRep, okPerClient;
    qint64 followUps = 0;
    for (const Client& c : clients) {
        all.insert(all.end(), c.latencyUs.begin(), c.latencyUs.end());
        failed += c.failed;
        for (const auto& [message, n] : c.failures)
            failures[message] += n;
        okPerRep[c.repId] += static_cast<qint64>(c.latencyUs.size());
        if (!c.latencyUs.empty())
            okPerClient[QStringLiteral("c%1").arg(c.index)] = static_cast<qint64>(c.latencyUs.size());
        followUps += c.followUps;
    }
    std::sort(all.begin(), all.end());
    out() << "\nwrites: " << all.size() << " ok, " << failed << " failed in "
          << QString::number(elapsed, 'f', 1) << " s (" << QString::number(all.size() / elapsed, 'f', 0)
          << " per second), " << followUps << " with a follow-up\n";
    out() << "latency: p50 " << ms(percentile(all, 50)) << ", p95 " << ms(percentile(all, 95)) << ", p99 "
          << ms(percentile(all, 99)) << ", max " << ms(all.empty() ? 0 : all.back())
          << " (p95 < 100 ms: " << (percentile(all, 95) < 100000 ? "met" : "NOT met") << ")\n";
    out() << "per client:";
    for (const Client& c : clients)
        out() << " " << c.login.right(2) << "/" << c.repId << "=" << c.latencyUs.size()
              << (c.failed ? QStringLiteral("(%1 failed)").arg(c.failed) : QString());
    out() << "\n";
    for (const auto& [message, n] : failures)
        out() << "failure x" << n << ": " << message << "\n";
    out() << "server processes of the writers, " << waitSamples << " samples:";
    for (const auto& [what, n] : waits)
        out() << " " << what << " " << QString::number(static_cast<double>(n) / waitSamples, 'f', 2);
    out() << " (mean sessions per sample)\n";
    long rssMax = 0;
    for (long kb : rss)
        rssMax = std::max(rssMax, kb);
    out() << "RSS: first " << rss.front() << " kB, last " << rss.back() << " kB, max " << rssMax << " kB ("
          << rss.size() << " samples every " << rssEvery << " s:";
    for (long kb : rss)
        out() << " " << kb;
    out() << ")\nload average at the end: " << loadAverage() << "\n" << Qt::flush;

    // Nothing lost, nothing extra: the rows written after the start, counted by the admin.
    const QString since = QString::number(lastInteraction);
    const auto rowsPerRep =
        counts(admin, QStringLiteral("SELECT rep_id, count(*) FROM interactions WHERE id > %1"
                                     " AND notes LIKE 'bench %2 %%' GROUP BY rep_id")
                          .arg(since, shared.tag));
    const auto rowsPerClient =
        counts(admin, QStringLiteral("SELECT split_part(notes, ' ', 3), count(*) FROM interactions"
                                     " WHERE id > %1 AND notes LIKE 'bench %2 %%' GROUP BY 1")
                          .arg(since, shared.tag));
    const qint64 followUpRows =
        scalar(admin, QStringLiteral("SELECT count(*) FROM follow_up_tasks f JOIN interactions i ON i.id ="
                                     " f.source_interaction_id WHERE f.id > %1 AND i.notes LIKE 'bench %2 %%'"
                                     " AND f.rep_id = i.rep_id AND f.customer_id = i.customer_id")
                          .arg(QString::number(lastFollowUp), shared.tag));
    const qint64 interactionsAfter = scalar(admin, QStringLiteral("SELECT count(*) FROM interactions"));
    int problems = 0;
    for (const auto& [rep, n] : okPerRep) {
        const qint64 rows = rowsPerRep.count(rep) ? rowsPerRep.at(rep) : 0;
        out() << "rep " << rep << ": " << n << " written, " << rows << " rows\n";
        problems += rows != n;
    }
    problems += rowsPerRep.size() != okPerRep.size();
    problems += rowsPerClient != okPerClient;
    problems += followUpRows != followUps;
    problems += interactionsAfter - interactionsBefore != static_cast<qint64>(all.size());
    out() << "follow-ups: " << followUps << " asked for, " << followUpRows << " rows\n"
          << "interactions: " << interactionsBefore << " before, " << interactionsAfter << " after (+"
          << interactionsAfter - interactionsBefore << ")\n"
          << "check: "
          << (problems == 0 ? "every successful write is in the database once, per rep and per "
                              "client; nothing else was written"
                            : "MISMATCH between the writes and the rows")
          << "\n"
          << Qt::flush;

    if (!parser.isSet(QStringLiteral("keep-logins")))
        for (const Client& c : clients)
            if (core::Status s = team.removeUser(c.login); !s)
                fprintf(stderr, "team remove-user %s: %s\n", qPrintable(c.login),
                        qPrintable(s.error().details()));
    return problems == 0 && failed == 0 && notConnected == 0 ? 0 : 3;
}
