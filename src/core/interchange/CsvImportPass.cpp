#include "interchange/CsvImportPass.h"

#include "domain/EmailAddress.h"
#include "domain/Kinds.h"
#include "interchange/CsvHeaderMap.h"
#include "interchange/CsvImportRow.h"
#include "interchange/CsvReader.h"
#include "interchange/ValueParsers.h"
#include "logging/LogCategories.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QRegularExpression>
#include <algorithm>
#include <array>

namespace rapport::core {
namespace {

constexpr qint64 kPollEveryRows = 2048;

using csvimport::kindWords;
using csvimport::quoted;
using csvimport::roleWords;
using csvimport::surveyWords;
using csvimport::trimmed;
using csvimport::word;
using Row = csvimport::CsvImportRow;

// Column numbers in CsvFormat order, per kind.
namespace rep {
enum : std::size_t { Id, Name, Role };
}
namespace customer {
enum : std::size_t {
    ExternalId,
    Name,
    Company,
    Email,
    Phone,
    Segment,
    Owner,
    AcquiredAt,
    ChurnedAt,
    ChurnReason
};
}
namespace interaction {
enum : std::size_t {
    ExternalId,
    Customer,
    Rep,
    Kind,
    OccurredAt,
    Amount,
    Category,
    Notes,
    ResolvedAt,
    Product
};
}
namespace product {
enum : std::size_t { ExternalId, Name, Category, Active };
}
namespace survey {
enum : std::size_t { ExternalId, Customer, Survey, Score, RespondedAt, Comment, Category };
}

class Import
{
public:
    Import(Database& db, CsvKind kind, QIODevice& device, const ImportOptions& options)
        : m_kind(kind), m_columns(csvColumns(kind)), m_device(device), m_options(options), m_store(db),
          m_reader(&device)
    {
        m_report.kind = kind;
        m_report.dryRun = options.dryRun;
    }

    Result<ImportReport> run()
    {
        if (!readHeader())
            return finish();
        ImportColumns present = 0;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            if (m_index[c] >= 0)
                present |= ImportColumns(1) << c;
        }
        if (Status s = m_store.begin(target(), present); !s)
            return s.error();
        const qint64 total = m_device.isSequential() ? -1 : m_device.size();
        CsvRecord record;
        while (m_reader.readRecord(record)) {
            if (m_report.rows > 0 && m_report.rows % kPollEveryRows == 0) {
                if (m_options.progress)
                    m_options.progress(m_reader.bytesRead(), total);
                if (m_options.isCancelled && m_options.isCancelled()) {
                    m_report.cancelled = true;
                    break;
                }
            }
            ++m_report.rows;
            if (Status s = importRow(record); !s)
                return s.error(); // ImportStore rolls back when it goes out of scope
            takeStoreProblems();
        }
        if (m_reader.hasError())
            m_report.fileProblem =
                m_reader.errorString() +
                (m_options.skipInvalid
                     ? QCoreApplication::translate("CsvImporter", " (the whole file was rejected)")
                     : QString());
        else if (m_report.rows == 0)
            m_report.warnings << QCoreApplication::translate(
                "CsvImporter", "the file has a header but no rows: there was nothing to import");
        if (m_options.progress && total > 0)
            m_options.progress(m_reader.bytesRead(), total);
        return finish();
    }

private:
    bool readHeader()
    {
        CsvRecord header;
        if (!m_reader.readRecord(header)) {
            m_report.fileProblem =
                m_reader.hasError()
                    ? m_reader.errorString()
                    : QCoreApplication::translate("CsvImporter",
                                                  "the file is empty: its first line must name the columns, "
                                                  "for example %1")
                          .arg(requiredNames().join(QLatin1Char(',')));
            return false;
        }
        CsvHeaderMap map = CsvHeaderMap::match(m_kind, header, m_options.columnMapping);
        m_report.warnings << map.warnings;
        if (!map.problem.isEmpty()) {
            m_report.fileProblem = map.problem;
            return false;
        }
        m_index = std::move(map.index);
        m_fileColumnNames = std::move(map.fileColumnNames);
        m_headerSize = header.size();
        return true;
    }

    ImportTarget target() const
    {
        switch (m_kind) {
        case CsvKind::Reps:
            return ImportTarget::Reps;
        case CsvKind::Customers:
            return ImportTarget::Customers;
        case CsvKind::Interactions:
            return ImportTarget::Interactions;
        case CsvKind::Surveys:
            return ImportTarget::Surveys;
        case CsvKind::Products:
            return ImportTarget::Products;
        }
        return ImportTarget::Reps;
    }

    QStringList requiredNames() const
    {
        QStringList names;
        for (const CsvColumn& c : m_columns) {
            if (c.required)
                names << QString::fromLatin1(c.name);
        }
        return names;
    }

    // Rows are written only while the file can still be accepted: after the first invalid
    // row of a file that will be rejected, the rest is validated but not written.
    bool writing() const { return m_options.skipInvalid || m_report.invalidRows == 0; }

    // Records the problems of an invalid row.
    void invalid(const std::vector<ImportProblem>& problems)
    {
        ++m_report.invalidRows;
        for (const ImportProblem& p : problems) {
            if (m_report.problemCount++ < m_options.maxListedProblems)
                m_report.problems.push_back(inFileNames(p));
        }
    }

    // A problem as the user's file names its columns: the column, and a contract name such
    // as acquired_at in the reason ("is before acquired_at …"), where the mapping renamed it.
    ImportProblem inFileNames(ImportProblem p) const
    {
        for (auto it = m_fileColumnNames.cbegin(); it != m_fileColumnNames.cend(); ++it) {
            if (p.column == it.key())
                p.column = it.value();
            // Only names with an underscore: "name" or "email" are words of a sentence too.
            if (it.key().contains(QLatin1Char('_')))
                p.reason.replace(QRegularExpression(QStringLiteral("\\b%1\\b").arg(it.key())), it.value());
        }
        return p;
    }

    // Rows the store refused when it matched them with what is stored (one problem each).
    void takeStoreProblems()
    {
        for (ImportStoreProblem& p : m_store.takeProblems())
            invalid({{p.line, std::move(p.column), std::move(p.reason)}});
    }

    Status importRow(const CsvRecord& record)
    {
        Row row(record, m_index, m_columns);
        if (record.size() != m_headerSize) {
            // Extra or missing values shift the columns: the other cells would be misread.
            row.rowProblem(
                (record.size() == 1
                     ? QCoreApplication::translate("CsvImporter", "has %1 value, the header has %2 (%3)")
                     : QCoreApplication::translate("CsvImporter", "has %1 values, the header has %2 (%3)"))
                    .arg(record.size())
                    .arg(m_headerSize)
                    .arg(record.size() > m_headerSize
                             ? QCoreApplication::translate("CsvImporter",
                                                           "is a value with a comma not quoted?")
                             : QCoreApplication::translate(
                                   "CsvImporter", "is a value missing, or a line break outside quotes?")));
            invalid(row.problems());
            return {};
        }
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            // SQLite would keep the byte, but most programs reading the text stop at it.
            if (m_index[c] >= 0 && record.raw(m_index[c]).contains('\0'))
                row.problem(c, QCoreApplication::translate(
                                   "CsvImporter",
                                   "contains a NUL character (byte 0), which text cannot hold: remove it"));
        }
        Status written;
        switch (m_kind) {
        case CsvKind::Reps:
            written = repRow(row);
            break;
        case CsvKind::Customers:
            written = customerRow(row);
            break;
        case CsvKind::Interactions:
            written = interactionRow(row);
            break;
        case CsvKind::Surveys:
            written = surveyRow(row);
            break;
        case CsvKind::Products:
            written = productRow(row);
            break;
        }
        if (!written)
            return written;
        if (!row.ok())
            invalid(row.problems());
        return {};
    }

    // Hands a valid row to the store while the file can still be accepted; the store counts
    // what it added, updated or found unchanged.
    template <typename Put> Status write(const Row& row, Put put)
    {
        if (!row.ok() || !writing())
            return {};
        return put();
    }

    Status ensureRep(QByteArrayView id)
    {
        if (id.isEmpty())
            return {};
        auto created = m_store.ensureRep(id);
        if (!created)
            return created.error();
        if (*created)
            ++m_report.repsCreated;
        return {};
    }

    std::optional<qint64> customerRef(Row& row, std::size_t c)
    {
        const QByteArrayView ref = row.id(c);
        if (ref.isEmpty()) {
            row.problem(c, QCoreApplication::translate("CsvImporter", "a value is required"));
            return std::nullopt;
        }
        // Files are usually grouped by customer: remember the last one looked up.
        if (m_lastCustomerId && ref == QByteArrayView(m_lastCustomerRef))
            return m_lastCustomerId;
        auto id = m_store.customerId(ref);
        if (!id) {
            m_storeError = id.error();
            return std::nullopt;
        }
        if (!*id) {
            row.problem(c, m_store.ownRowsOnly()
                               ? QCoreApplication::translate(
                                     "CsvImporter",
                                     "none of your customers has the external_id %1 (it is not in the "
                                     "book, or it is another rep's)")
                                     .arg(quoted(ref))
                               : QCoreApplication::translate(
                                     "CsvImporter",
                                     "no customer has the external_id %1 (import the customers file first)")
                                     .arg(quoted(ref)));
            return std::nullopt;
        }
        m_lastCustomerRef = ref.toByteArray();
        m_lastCustomerId = **id;
        return m_lastCustomerId;
    }

    Status repRow(Row& row)
    {
        RepImportRow r;
        r.line = row.line();
        r.id = row.id(rep::Id);
        if (r.id.isEmpty())
            row.problem(rep::Id, QCoreApplication::translate("CsvImporter", "a value is required"));
        r.name = row.required(rep::Name);
        r.role = QByteArrayView("rep");
        if (const QByteArrayView role = row.cell(rep::Role); !trimmed(role).isEmpty()) {
            if (auto w = word(role, roleWords()))
                r.role = *w;
            else
                row.problem(rep::Role,
                            QCoreApplication::translate("CsvImporter", "%1 is not a role: use rep or manager")
                                .arg(quoted(role)));
        }
        return write(row, [&] { return m_store.putRep(r); });
    }

    Status customerRow(Row& row)
    {
        CustomerImportRow r;
        r.line = row.line();
        r.externalId = row.id(customer::ExternalId);
        if (r.externalId.isEmpty())
            row.problem(customer::ExternalId,
                        QCoreApplication::translate("CsvImporter", "a value is required"));
        r.name = row.required(customer::Name);
        r.company = row.cell(customer::Company);
        r.email = row.cell(customer::Email);
        if (const QString email = QString::fromUtf8(r.email);
            !email.isEmpty() && !EmailAddress::looksValid(email))
            notice(row.line(), QStringLiteral("email"),
                   QCoreApplication::translate(
                       "CsvImporter", "\"%1\" does not look like an e-mail address; it was kept as it is")
                       .arg(email));
        r.phone = row.cell(customer::Phone);
        r.segment = row.cell(customer::Segment);
        r.owner = row.id(customer::Owner);
        const auto acquired = row.instant(customer::AcquiredAt, true);
        r.churnedAt = row.instant(customer::ChurnedAt, false);
        if (acquired)
            r.acquiredAt = *acquired;
        if (acquired && r.churnedAt && *r.churnedAt < *acquired)
            row.problem(
                customer::ChurnedAt,
                QCoreApplication::translate("CsvImporter", "%1 is before acquired_at %2")
                    .arg(ValueParsers::formatInstant(*r.churnedAt), ValueParsers::formatInstant(*acquired)));
        // Kept in a buffer of our own until the store has copied the row.
        m_churnReason = ValueParsers::reasonKey(row.cell(customer::ChurnReason));
        r.churnReason = m_churnReason;
        if (!m_churnReason.isEmpty() && !r.churnedAt)
            row.problem(customer::ChurnReason,
                        QCoreApplication::translate("CsvImporter", "a churn reason needs churned_at"));
        return write(row, [&]() -> Status {
            if (Status s = ensureRep(r.owner); !s)
                return s;
            return m_store.putCustomer(r);
        });
    }

    Status interactionRow(Row& row)
    {
        InteractionImportRow r;
        r.line = row.line();
        r.externalId = row.id(interaction::ExternalId);
        if (const auto id = customerRef(row, interaction::Customer))
            r.customerId = *id;
        if (!m_storeError.message.isEmpty())
            return m_storeError;
        r.repId = row.id(interaction::Rep);
        const QByteArrayView kindText = row.required(interaction::Kind);
        std::optional<QByteArrayView> kind;
        if (!trimmed(kindText).isEmpty()) {
            kind = word(kindText, kindWords());
            if (kind)
                r.kind = *kind;
            else
                row.problem(interaction::Kind,
                            QCoreApplication::translate("CsvImporter",
                                                        "%1 is not a kind of interaction: use one of %2")
                                .arg(quoted(kindText), interactionKindNames().join(QStringLiteral(", "))));
        }
        const auto occurred = row.instant(interaction::OccurredAt, true);
        if (occurred)
            r.occurredAt = *occurred;
        const bool isPurchase = kind && *kind == QByteArrayView("purchase");
        const bool isComplaint = kind && *kind == QByteArrayView("complaint");
        if (const QByteArrayView amount = row.cell(interaction::Amount); !trimmed(amount).isEmpty()) {
            auto cents = ValueParsers::amountCents(amount);
            if (!cents)
                row.problem(interaction::Amount, cents.error().message);
            else if (kind && !isPurchase)
                row.problem(
                    interaction::Amount,
                    QCoreApplication::translate("CsvImporter", "only a purchase has an amount (this is a %1)")
                        .arg(QString::fromUtf8(*kind)));
            else
                r.amountCents = *cents;
        } else if (isPurchase) {
            row.problem(interaction::Amount,
                        QCoreApplication::translate("CsvImporter", "a purchase needs an amount"));
        }
        r.category = row.cell(interaction::Category);
        r.notes = row.cell(interaction::Notes);
        r.resolvedAt = row.instant(interaction::ResolvedAt, false);
        if (r.resolvedAt) {
            if (kind && !isComplaint)
                row.problem(interaction::ResolvedAt,
                            QCoreApplication::translate("CsvImporter",
                                                        "only a complaint can be resolved (this is a %1)")
                                .arg(QString::fromUtf8(*kind)));
            else if (occurred && *r.resolvedAt < *occurred)
                row.problem(interaction::ResolvedAt,
                            QCoreApplication::translate("CsvImporter", "%1 is before occurred_at %2")
                                .arg(ValueParsers::formatInstant(*r.resolvedAt),
                                     ValueParsers::formatInstant(*occurred)));
        }
        if (Status s = productRef(row, kind, r); !s)
            return s;
        return write(row, [&]() -> Status {
            if (Status s = ensureRep(r.repId); !s)
                return s;
            return m_store.putInteraction(r);
        });
    }

    // The product an interaction names, as the catalogue's id: an empty cell names none (and
    // clears a stored one); a retired product may be named (history).
    Status productRef(Row& row, const std::optional<QByteArrayView>& kind, InteractionImportRow& r)
    {
        const QByteArrayView ref = row.id(interaction::Product);
        if (ref.isEmpty())
            return {};
        if (kind && !csvimport::takesProduct(*kind)) {
            row.problem(
                interaction::Product,
                QCoreApplication::translate(
                    "CsvImporter", "only a purchase, complaint or support names a product (this is a %1)")
                    .arg(QString::fromUtf8(*kind)));
            return {};
        }
        auto id = m_store.productId(ref);
        if (!id)
            return id.error();
        if (!*id)
            row.problem(
                interaction::Product,
                QCoreApplication::translate(
                    "CsvImporter", "no product has the external_id %1 (import the products file first)")
                    .arg(quoted(ref)));
        else
            r.productId = **id;
        return {};
    }

    Status productRow(Row& row)
    {
        ProductImportRow r;
        r.line = row.line();
        r.externalId = row.id(product::ExternalId);
        if (r.externalId.isEmpty())
            row.problem(product::ExternalId,
                        QCoreApplication::translate("CsvImporter", "a value is required"));
        r.name = row.required(product::Name);
        r.category = row.cell(product::Category);
        // An empty cell is no value: the default, active (interchange.md).
        if (const QByteArrayView active = row.cell(product::Active); !trimmed(active).isEmpty()) {
            if (const auto flag = csvimport::activeFlag(active))
                r.active = *flag ? 1 : 0;
            else
                row.problem(product::Active,
                            QCoreApplication::translate(
                                "CsvImporter", "%1 is not a yes or no: use true or false (yes/no and 1/0 "
                                               "are accepted too)")
                                .arg(quoted(active)));
        }
        return write(row, [&] { return m_store.putProduct(r); });
    }

    Status surveyRow(Row& row)
    {
        SurveyImportRow r;
        r.line = row.line();
        r.externalId = row.id(survey::ExternalId);
        if (const auto id = customerRef(row, survey::Customer))
            r.customerId = *id;
        if (!m_storeError.message.isEmpty())
            return m_storeError;
        const QByteArrayView surveyText = row.required(survey::Survey);
        std::optional<SurveyKind> kind;
        if (!trimmed(surveyText).isEmpty()) {
            if (auto w = word(surveyText, surveyWords())) {
                r.survey = *w;
                kind = surveyKindFromString(QString::fromLatin1(*w));
            } else {
                row.problem(survey::Survey, QCoreApplication::translate(
                                                "CsvImporter", "%1 is not a survey: use csat, nps or ces")
                                                .arg(quoted(surveyText)));
            }
        }
        const QByteArrayView scoreText = row.required(survey::Score);
        if (kind && !trimmed(scoreText).isEmpty()) {
            auto score = ValueParsers::score(*kind, scoreText);
            if (score)
                r.score = *score;
            else
                row.problem(survey::Score, score.error().message);
        }
        if (const auto responded = row.instant(survey::RespondedAt, true))
            r.respondedAt = *responded;
        r.comment = row.cell(survey::Comment);
        r.category = row.cell(survey::Category);
        return write(row, [&] { return m_store.putSurvey(r); });
    }

    void notice(qint64 line, const QString& column, const QString& reason)
    {
        if (m_report.notices.size() < static_cast<std::size_t>(m_options.maxListedProblems))
            m_report.notices.push_back({line, column, reason});
        ++m_report.noticeCount;
    }

    Result<ImportReport> finish()
    {
        if (m_report.noticeCount > 0) {
            QStringList lines;
            for (const ImportProblem& n : m_report.notices)
                if (lines.size() < 5)
                    lines << QString::number(n.line);
            const int count = static_cast<int>(m_report.noticeCount); // lupdate cannot read a cast here
            m_report.warnings << QCoreApplication::translate(
                                     "CsvImporter",
                                     "%n e-mail address(es) do not look valid and were kept as "
                                     "they are (line %1)",
                                     nullptr, count)
                                     .arg(lines.join(QStringLiteral(", ")) +
                                          (m_report.noticeCount > lines.size() ? QStringLiteral(", …")
                                                                               : QString()));
        }
        // Rows may still wait in a batch: write them so that the counts are complete (a
        // rejected file or a dry run rolls them back like the rest).
        if (Status s = m_store.flush(); !s)
            return s.error();
        takeStoreProblems();
        // The store reports a batch's problems after the rows that followed it: list in file order.
        std::stable_sort(m_report.problems.begin(), m_report.problems.end(),
                         [](const ImportProblem& a, const ImportProblem& b) { return a.line < b.line; });
        m_report.added = m_store.counts().added;
        m_report.updated = m_store.counts().updated;
        m_report.unchanged = m_store.counts().unchanged;
        m_report.accepted = m_report.fileProblem.isEmpty() && !m_report.cancelled &&
                            (m_report.invalidRows == 0 || m_options.skipInvalid);
        if (m_report.accepted && !m_options.dryRun && m_report.rows > 0) {
            if (Status s = m_store.commit(); !s)
                return s.error();
            m_report.written = true;
        } else {
            m_store.rollback();
        }
        qCInfo(lcImport) << "import" << toString(m_kind) << "rows" << m_report.rows << "invalid"
                         << m_report.invalidRows << "added" << m_report.added << "updated" << m_report.updated
                         << "written" << m_report.written;
        return m_report;
    }

    CsvKind m_kind;
    const std::vector<CsvColumn>& m_columns;
    QIODevice& m_device;
    const ImportOptions& m_options;
    ImportStore m_store;
    CsvReader m_reader;
    ImportReport m_report;
    std::vector<int> m_index;
    QHash<QString, QString> m_fileColumnNames; // contract name -> the file's own, where mapped
    QByteArray m_churnReason;                  // the current row's reason key
    int m_headerSize = 0;
    QByteArray m_lastCustomerRef;
    std::optional<qint64> m_lastCustomerId;
    Error m_storeError;
};

} // namespace

Result<ImportReport> CsvImportPass::run(Database& db, CsvKind kind, QIODevice& device,
                                        const ImportOptions& options)
{
    Import import(db, kind, device, options);
    return import.run();
}

} // namespace rapport::core
