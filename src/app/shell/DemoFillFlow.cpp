#include "shell/DemoFillFlow.h"

#include "services/BackgroundJob.h"
#include "services/BookSetupService.h"
#include "services/DatabaseAccess.h"
#include "shell/BookSettingsDialog.h"
#include "shell/DatabaseSession.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <optional>

namespace rapport::app {

namespace {
struct FillOutcome
{
    bool cancelled = false;
    std::optional<core::Error> error;
};
} // namespace

DemoFillFlow::DemoFillFlow(DatabaseSession& session, QWidget* window)
    : QObject(window), m_session(session), m_window(window)
{
}

DemoFillFlow::~DemoFillFlow()
{
    delete m_job; // cancels a running fill: its transaction is rolled back
}

bool DemoFillFlow::isRunning() const
{
    return m_job && m_job->isBusy();
}

bool DemoFillFlow::askAndStart()
{
    if (!m_session.isOpen() || isRunning())
        return false;
    auto empty = core::BookSetupService(m_session.database()).isEmpty();
    if (!empty) {
        m_session.reportError(tr("The book could not be read."), empty.error());
        return false;
    }
    if (!*empty) {
        QMessageBox::information(m_window, tr("Fill With Demo Data"),
                                 tr("Demo data goes only into an empty book, so that it never mixes "
                                    "with real records. Create a new book with File › New Database "
                                    "and fill that one."));
        return false;
    }
    QDialog ask(m_window);
    ask.setObjectName(QStringLiteral("demoFillDialog"));
    ask.setWindowTitle(tr("Fill With Demo Data"));
    auto* text = new QLabel(tr("About three years of invented history: eight reps and their manager, their "
                               "customers, interactions, survey answers, goals and follow-ups, with a "
                               "few stories for the dashboard and the Reflection page to find. "
                               "Every name is made up."),
                            &ask);
    text->setWordWrap(true);
    auto* customers = new QSpinBox(&ask);
    customers->setObjectName(QStringLiteral("demoCustomersSpinBox"));
    customers->setRange(100, 100'000);
    customers->setSingleStep(500);
    customers->setGroupSeparatorShown(true);
    customers->setValue(2000);
    auto* form = new QFormLayout;
    form->addRow(tr("&Customers:"), customers);
    const QString currency = BookSettingsDialog::suggestedCurrency();
    auto* note =
        new QLabel(tr("Amounts are in %1; Book Settings can change that later.").arg(currency), &ask);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fill"));
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto* layout = new QVBoxLayout(&ask);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    ask.setMinimumWidth(440);
    if (ask.exec() != QDialog::Accepted)
        return false;
    core::DemoOptions options;
    options.customers = customers->value();
    return start(options, currency);
}

bool DemoFillFlow::start(const core::DemoOptions& options, const QString& currency)
{
    if (!m_session.isOpen() || isRunning())
        return false;
    if (!m_job)
        m_job = new core::BackgroundJob(QStringLiteral("demo"), nullptr, QThread::LowPriority);
    m_session.attach(*m_job);
    auto* progress = new QProgressDialog(tr("Writing demo data…"), tr("Cancel"), 0, 0, m_window);
    progress->setObjectName(QStringLiteral("demoProgressDialog"));
    progress->setWindowTitle(tr("Fill With Demo Data"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setMinimumWidth(380);
    connect(progress, &QProgressDialog::canceled, m_job, &core::BackgroundJob::cancel);
    connect(progress, &QProgressDialog::canceled, progress,
            [progress] { progress->setLabelText(tr("Cancelling…")); });
    connect(m_job, &core::BackgroundJob::progressed, progress, [progress](qint64 done, qint64 total) {
        if (total <= 0 || progress->wasCanceled())
            return;
        // Per mille: the counts can pass what an int holds.
        progress->setMaximum(1000);
        progress->setValue(static_cast<int>(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
    });
    const core::Clock& clock = m_session.clock();
    m_job->post<FillOutcome>(
        this,
        [&clock, options, currency](core::JobContext& context) {
            auto db = context.database();
            if (!db)
                return FillOutcome{false, db.error()};
            auto summary = core::BookSetupService(**db).fillWithDemo(clock, options, currency,
                                                                     [&context](qint64 done, qint64 total) {
                                                                         context.reportProgress(done, total);
                                                                         return !context.isCancelled();
                                                                     });
            if (!summary)
                return FillOutcome{false, summary.error()};
            return FillOutcome{summary->cancelled, std::nullopt};
        },
        [this, progress](FillOutcome outcome) {
            // Deleted now rather than later: a dialog opened next runs its own event loop, in
            // which a hidden progress dialog could still show itself (its show timer).
            delete progress;
            const bool written = !outcome.cancelled && !outcome.error;
            if (written) {
                // Nothing before the fill can be undone into a book full of demo data.
                m_session.undoStack().clear();
                emit m_session.changed();
            }
            if (outcome.error)
                m_session.reportError(tr("The demo data could not be written."), *outcome.error);
            emit finished(written);
        });
    return true;
}

} // namespace rapport::app
