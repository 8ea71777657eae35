#include "winback/WinBackView.h"

#include "services/BackgroundJob.h"
#include "services/WinBackService.h"
#include "shell/DatabaseSession.h"
#include "widgets/ColumnPriorities.h"
#include "winback/OutreachDialog.h"
#include "winback/WinBackTableModel.h"
#include "workspace/LogInteractionCommand.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {

WinBackView::WinBackView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new WinBackTableModel(this)), m_view(new QTableView(this)),
      m_mineOnly(new QCheckBox(tr("Only &my customers"), this)), m_status(new QLabel(this)),
      m_log(new QPushButton(tr("&Log Outreach…"), this)), m_open(new QPushButton(tr("&Open Customer"), this)),
      m_job(new core::BackgroundJob(QStringLiteral("winback"), this)),
      m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setObjectName(QStringLiteral("winBackView"));
    m_view->setObjectName(QStringLiteral("winBackTableView"));
    m_mineOnly->setObjectName(QStringLiteral("mineOnlyCheckBox"));
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_log->setObjectName(QStringLiteral("logOutreachButton"));
    m_open->setObjectName(QStringLiteral("openCustomerButton"));
    m_log->setToolTip(
        tr("Record a call, e-mail or meeting with the selected customer and how it went (Enter)"));
    m_mineOnly->setChecked(QSettings().value(QStringLiteral("winBack/mineOnly"), false).toBool());
    m_view->setAccessibleName(tr("Customers to win back"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WinBackTableModel::Customer, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    new ColumnPriorities(m_view,
                         {WinBackTableModel::Company, WinBackTableModel::Owner, WinBackTableModel::Reason});
    connect(m_view, &QTableView::activated, this, &WinBackView::logOutreach);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_log);
    buttons->addWidget(m_open);
    buttons->addStretch();
    buttons->addWidget(m_mineOnly);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);

    connect(m_log, &QPushButton::clicked, this, &WinBackView::logOutreach);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCustomerId())
            emit openCustomerRequested(id);
    });
    connect(m_mineOnly, &QCheckBox::toggled, this, [this](bool mine) {
        QSettings().setValue(QStringLiteral("winBack/mineOnly"), mine);
        refresh();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WinBackView::updateButtons);
    connect(&m_session, &DatabaseSession::opened, this, &WinBackView::refresh);
    connect(&m_session, &DatabaseSession::changed, this, &WinBackView::refresh);
    connect(&m_session, &DatabaseSession::currentRepChanged, this, &WinBackView::refresh);
    connect(&m_session, &DatabaseSession::closed, this, [this] {
        m_latest->store(++m_generation);
        m_model->setEntries({});
    });
    updateButtons();
}

WinBackView::~WinBackView()
{
    m_latest->store(++m_generation);
    delete m_job;
}

void WinBackView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        refresh();
}

void WinBackView::refresh()
{
    if (!m_session.isOpen())
        return;
    if (!isVisible()) {
        m_dirty = true; // read when shown
        return;
    }
    m_dirty = false;
    m_reselect = selectedCustomerId();
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_loading = true;
    m_session.attach(*m_job);
    const core::Scope scope = m_mineOnly->isChecked() && !m_session.currentRep().isEmpty()
                                  ? core::Scope::rep(m_session.currentRep())
                                  : core::Scope::all();
    const QDateTime now = m_session.clock().nowUtc();
    m_job->post<core::Result<std::vector<core::WinBackEntry>>>(
        this,
        [now, scope](core::JobContext& context) -> core::Result<std::vector<core::WinBackEntry>> {
            auto db = context.database();
            if (!db)
                return db.error();
            return core::WinBackService(**db).queue(now, scope, kRowLimit);
        },
        [this](core::Result<std::vector<core::WinBackEntry>> entries) {
            m_loading = false;
            if (!entries) {
                m_status->setText(
                    tr("The win-back queue could not be read: %1").arg(entries.error().message));
                emit loaded();
                return;
            }
            const auto count = static_cast<int>(entries->size());
            m_model->setEntries(std::move(*entries));
            m_status->setText(
                count == 0
                    ? tr("Nobody to win back: no customer who left in the last twelve months is still away.")
                : count == kRowLimit ? tr("The %1 customers who spent most in their last year before "
                                          "leaving; more are waiting.")
                                           .arg(QLocale().toString(count))
                                     : tr("%Ln customer(s) left in the last twelve months and have not "
                                          "bought since: those who spent"
                                          " most in their last year first.",
                                          nullptr, count));
            selectCustomer(m_reselect);
            updateButtons();
            emit loaded();
        },
        [latest = m_latest, generation] { return latest->load() == generation; });
}

void WinBackView::selectCustomer(qint64 id)
{
    const int row = m_model->findCustomer(id);
    if (row >= 0)
        m_view->selectRow(row);
}

qint64 WinBackView::selectedCustomerId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->entry(rows.first().row()).customerId;
}

void WinBackView::updateButtons()
{
    const bool any = selectedCustomerId() != 0;
    m_log->setEnabled(any);
    m_open->setEnabled(any);
    m_mineOnly->setEnabled(!m_session.currentRep().isEmpty());
}

void WinBackView::logOutreach()
{
    const int row = m_model->findCustomer(selectedCustomerId());
    if (row < 0 || !m_session.isOpen())
        return;
    const core::WinBackEntry entry = m_model->entry(row);
    OutreachDialog dialog(entry.name, m_session.clock().nowUtc(), this);
    const int result = m_dialogHook ? (m_dialogHook(dialog), dialog.result()) : dialog.exec();
    if (result != QDialog::Accepted)
        return;
    auto outreach = core::WinBackService::outreach(entry.customerId, m_session.currentRep(), dialog.kind(),
                                                   dialog.outcome(), dialog.occurredAt(), dialog.notes());
    if (!outreach) {
        m_session.reportError(tr("The outreach could not be logged."), outreach.error());
        return;
    }
    WriteCommand::push(m_session.undoStack(),
                       new LogInteractionCommand(m_session, std::move(*outreach), std::nullopt));
}

} // namespace rapport::app
