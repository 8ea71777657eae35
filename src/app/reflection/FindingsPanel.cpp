#include "reflection/FindingsPanel.h"

#include "metrics/PlanTargetMetric.h"
#include "reflection/FindingReference.h"
#include "reflection/ReportSaver.h"
#include "services/BackgroundJob.h"
#include "services/RepService.h"
#include "shell/DatabaseSession.h"
#include "widgets/MetricFormat.h"

#include <QColor>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>

namespace rapport::app {
namespace {

QString severityText(core::FindingSeverity s)
{
    switch (s) {
    case core::FindingSeverity::Info:
        return FindingsPanel::tr("info");
    case core::FindingSeverity::Warning:
        return FindingsPanel::tr("warning");
    case core::FindingSeverity::Critical:
        break;
    }
    return FindingsPanel::tr("critical");
}

// Runs on the findings job's thread, on its connection; the clock is only read.
FindingsRun work(core::JobContext& context, const core::Clock& clock, const core::Period& period,
                 const core::Scope& scope, const QString& selfViewRep)
{
    auto db = context.database();
    if (!db) {
        FindingsRun run;
        run.period = period;
        run.scope = scope;
        run.selfViewRep = selfViewRep;
        run.error = db.error().message;
        return run;
    }
    return core::ReflectionService(**db, clock).picture(period, scope, selfViewRep);
}

} // namespace

FindingsPanel::FindingsPanel(DatabaseSession& session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("findingsPanel"));
    m_job = new core::BackgroundJob(QStringLiteral("findings"), this, QThread::LowPriority);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    // Long rep names must not widen the page: the choices shrink and show their full text when open.
    for (QComboBox* box : {m_period, m_scope}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    m_period->setToolTip(tr("A complete quarter, month or year; it is compared with the one before"));
    m_scope->setToolTip(tr("Whose customers the findings look at"));
    m_refresh = new QPushButton(tr("&Look again"), this);
    m_refresh->setObjectName(QStringLiteral("refreshFindingsPushButton"));
    m_refresh->setToolTip(tr("Work the findings out again from the data as it is now"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0); // no known length: a moving bar
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findingsStatusLabel"));
    m_status->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("findingsTreeWidget"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setHeaderLabels({tr("Severity"), tr("Finding")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("findingDetailsTextBrowser"));
    m_details->setAccessibleName(tr("Details of the finding"));
    m_createPlan = new QPushButton(tr("Create &plan from this finding\u2026"), this);
    m_createPlan->setObjectName(QStringLiteral("createPlanFromFindingPushButton"));
    m_createPlan->setEnabled(false);
    m_saveReport = new QPushButton(tr("Sa&ve report\u2026"), this);
    m_saveReport->setObjectName(QStringLiteral("saveReportPushButton"));
    m_saveReport->setToolTip(
        tr("Save the self-assessment report of this period and scope as PDF or HTML: figures, "
           "charts, findings, questionnaire profiles, goals and action plans"));
    m_reportSaver = new ReportSaver(m_session, this);

    auto* choose = new QHBoxLayout;
    auto* periodLabel = new QLabel(tr("Pe&riod:"), this);
    periodLabel->setBuddy(m_period);
    choose->addWidget(periodLabel);
    choose->addWidget(m_period);
    auto* scopeLabel = new QLabel(tr("F&or:"), this);
    scopeLabel->setBuddy(m_scope);
    choose->addWidget(scopeLabel);
    choose->addWidget(m_scope, 1);
    // The button sits by the status it refreshes, which also keeps the choices' row narrow.
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy, 0, Qt::AlignTop);
    statusRow->addWidget(m_refresh, 0, Qt::AlignTop);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tree);
    auto* detailsBox = new QWidget(split);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_createPlan);
    buttons->addStretch(1);
    buttons->addWidget(m_saveReport);
    detailsLayout->addLayout(buttons);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(choose);
    layout->addLayout(statusRow);
    layout->addWidget(split, 1);

    connect(m_refresh, &QPushButton::clicked, this, &FindingsPanel::run);
    connect(m_period, &QComboBox::activated, this, &FindingsPanel::run);
    connect(m_scope, &QComboBox::activated, this, &FindingsPanel::run);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &FindingsPanel::showDetails);
    connect(m_saveReport, &QPushButton::clicked, this, [this] {
        const auto p = period();
        const auto sc = scope();
        if (p && sc)
            m_reportSaver->saveAs(*p, *sc);
    });
    connect(m_reportSaver, &ReportSaver::finished, this, &FindingsPanel::reportSaved);
    connect(m_createPlan, &QPushButton::clicked, this, [this] {
        const int i = m_tree->indexOfTopLevelItem(m_tree->currentItem());
        if (!m_last || i < 0 || i >= static_cast<int>(m_last->findings.size()))
            return;
        const auto& f = m_last->findings.at(static_cast<std::size_t>(i));
        emit planRequested(suggestedPlan(f), f.title);
    });
    // The findings and the self-view are worked out from the data and the latest assessment:
    // a write (a questionnaire saved, an interaction logged, a teammate's change) makes the
    // last run stale, so it is redone, at once when shown, else when next shown.
    connect(&m_session, &DatabaseSession::changed, this, &FindingsPanel::dataChanged);
    reset();
}

void FindingsPanel::dataChanged()
{
    if (!m_session.isOpen() || m_session.path().isEmpty())
        return;
    m_stale = true;
    if (isVisible())
        run();
}

FindingsPanel::~FindingsPanel() = default; // m_job, a child, stops its work and waits for it

bool FindingsPanel::isRunning() const
{
    return m_job->isBusy();
}

void FindingsPanel::reset()
{
    const QVariant period = m_period->currentData();
    m_period->clear();
    // Complete periods only: a running quarter set against a whole one would look like a fall.
    const QDateTime now = m_session.clock().nowUtc();
    core::Period quarter = core::Period::containing(now, core::Period::Step::Quarter).previous();
    for (int i = 0; i < 8; ++i, quarter = quarter.previous())
        m_period->addItem(quarter.label(), quarter.label());
    core::Period month = core::Period::containing(now, core::Period::Step::Month).previous();
    for (int i = 0; i < 12; ++i, month = month.previous())
        m_period->addItem(month.label(), month.label());
    const int year = now.toUTC().date().year();
    for (int y = year - 1; y >= year - 2; --y)
        m_period->addItem(QString::number(y), QString::number(y));
    if (const int i = m_period->findData(period); i >= 0)
        m_period->setCurrentIndex(i);

    m_scope->clear();
    const QString me = m_session.currentRep();
    bool manager = false;
    std::vector<core::Rep> reps;
    if (m_session.isOpen()) {
        core::RepService repo(m_session.database());
        if (auto signedIn = repo.find(me); signedIn && signedIn->has_value())
            manager = (*signedIn)->role == core::RepRole::Manager;
        if (auto all = repo.list(); all)
            reps = *all;
    }
    if (!me.isEmpty() && !manager)
        m_scope->addItem(tr("My customers"), QStringLiteral("rep:%1").arg(me));
    m_scope->addItem(tr("The whole team"), QStringLiteral("all"));
    if (manager) {
        for (const auto& rep : reps) {
            if (rep.role == core::RepRole::Rep)
                m_scope->addItem(tr("Customers of %1").arg(rep.name), QStringLiteral("rep:%1").arg(rep.id));
        }
    }
    m_tree->clear();
    m_details->clear();
    m_last.reset();
    const bool ready = m_session.isOpen() && !m_session.path().isEmpty();
    m_refresh->setEnabled(ready);
    m_saveReport->setEnabled(ready);
    m_period->setEnabled(ready);
    m_scope->setEnabled(ready);
    m_stale = true;
    if (!ready)
        m_status->setText(tr("Open a database to look for findings."));
    else if (isVisible())
        run();
    else
        m_status->setText(tr("The findings are worked out when this page is shown."));
}

void FindingsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        run();
}

std::optional<core::Period> FindingsPanel::period() const
{
    auto p = core::Period::parse(m_period->currentData().toString());
    return p ? std::optional<core::Period>(*p) : std::nullopt;
}

std::optional<core::Scope> FindingsPanel::scope() const
{
    const QString s = m_scope->currentData().toString();
    if (s == QLatin1String("all"))
        return core::Scope::all();
    if (s.startsWith(QLatin1String("rep:")))
        return core::Scope::rep(s.mid(4));
    return std::nullopt;
}

QString FindingsPanel::detailsText() const
{
    return m_details->toPlainText();
}

QString FindingsPanel::statusText() const
{
    return m_status->text();
}

void FindingsPanel::selectFinding(int index)
{
    if (auto* item = m_tree->topLevelItem(index))
        m_tree->setCurrentItem(item);
}

void FindingsPanel::run()
{
    const auto period = this->period();
    const auto scope = this->scope();
    if (!m_session.isOpen() || m_session.path().isEmpty() || !period || !scope)
        return;
    m_stale = false;
    if (m_job->isBusy()) {
        m_again = true; // the choice changed while running: look again once this run ends
        return;
    }
    const core::Clock* clock = &m_session.clock();
    const QString selfViewRep = scope->kind == core::Scope::Kind::Rep ? scope->value : m_session.currentRep();
    m_job->setDatabase(m_session.address()); // a fresh connection: the session may have another file by now
    m_job->post<FindingsRun>(
        this, [=](core::JobContext& context) { return work(context, *clock, *period, *scope, selfViewRep); },
        [this](FindingsRun result) {
            m_busy->hide();
            m_refresh->setEnabled(true);
            if (m_again) {
                m_again = false;
                run();
                return;
            }
            showRun(std::move(result));
            emit runFinished();
        });
    m_busy->show();
    m_status->setText(tr("Looking for findings in %1\u2026").arg(period->label()));
    m_createPlan->setEnabled(false);
}

void FindingsPanel::reportSaved(const QString& path, const QString& error, bool cancelled)
{
    if (cancelled)
        return;
    auto* box = new QMessageBox(this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("Report"));
    if (!error.isEmpty()) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("The report could not be saved."));
        box->setInformativeText(error);
        box->open();
        return;
    }
    box->setIcon(QMessageBox::Information);
    box->setText(tr("The report is saved in %1.").arg(QDir::toNativeSeparators(path)));
    QPushButton* open = box->addButton(tr("&Open it"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Close);
    connect(open, &QPushButton::clicked, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    box->open();
}

void FindingsPanel::showRun(FindingsRun run)
{
    m_tree->clear();
    m_details->clear();
    m_last = std::move(run);
    const FindingsRun& r = *m_last;
    if (!r.error.isEmpty()) {
        m_status->setText(tr("The findings could not be worked out: %1").arg(r.error));
        return;
    }
    const QString took = QLocale().toString(static_cast<double>(r.elapsedMs) / 1000.0, 'f', 1);
    if (r.findings.empty()) {
        m_status->setText(
            tr("No findings in %1: nothing changed or stood out by more than chance would explain "
               "(worked out in %2 s).")
                .arg(r.period.label(), took));
        m_details->setPlainText(
            tr("An empty list is a result too: the rules only speak up when the data is strong "
               "enough. Try a longer period or the whole team for more data."));
        return;
    }
    m_status->setText(tr("%Ln finding(s) in %1, compared with %2 (worked out in %3 s).", nullptr,
                         static_cast<int>(r.findings.size()))
                          .arg(r.period.label(), r.period.previous().label(), took));
    for (const auto& f : r.findings) {
        auto* item = new QTreeWidgetItem(m_tree, {severityText(f.severity), f.title});
        item->setData(0, Qt::UserRole, static_cast<int>(f.severity));
        item->setToolTip(0, tr("Severity: %1").arg(severityText(f.severity)));
        item->setToolTip(1, f.title);
    }
    colourSeverities();
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

std::pair<QColor, QColor> FindingsPanel::severityColours(core::FindingSeverity severity,
                                                         const QPalette& palette)
{
    // The palette's own text colour on a tint that suits it: pastels under dark text, deep
    // tones under light text (a dark palette), so the severity reads in both.
    const QColor text = palette.color(QPalette::Text);
    const bool lightText = text.lightness() >= 128;
    switch (severity) {
    case core::FindingSeverity::Info:
        return {lightText ? QColor(0x1d, 0x3b, 0x5c) : QColor(0xdd, 0xea, 0xf7), text};
    case core::FindingSeverity::Warning:
        return {lightText ? QColor(0x5a, 0x41, 0x00) : QColor(0xfb, 0xe5, 0xb6), text};
    case core::FindingSeverity::Critical:
        break;
    }
    return {lightText ? QColor(0x6e, 0x22, 0x1d) : QColor(0xf6, 0xc6, 0xc0), text};
}

void FindingsPanel::colourSeverities()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const auto [background, foreground] = severityColours(
            static_cast<core::FindingSeverity>(item->data(0, Qt::UserRole).toInt()), palette());
        item->setBackground(0, background);
        item->setForeground(0, foreground);
    }
}

void FindingsPanel::changeEvent(QEvent* event)
{
    // The desktop switched between light and dark: the tints follow.
    if (event->type() == QEvent::PaletteChange)
        colourSeverities();
    QWidget::changeEvent(event);
}

void FindingsPanel::showDetails()
{
    const int i = m_tree->indexOfTopLevelItem(m_tree->currentItem());
    if (!m_last || i < 0 || i >= static_cast<int>(m_last->findings.size())) {
        m_createPlan->setEnabled(false);
        return;
    }
    const core::Finding& f = m_last->findings.at(static_cast<std::size_t>(i));
    const QLocale locale;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>").arg(f.title.toHtmlEscaped(), f.explanation.toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b> %2 &nbsp; <b>%3</b> %4")
                .arg(tr("Severity:").toHtmlEscaped(), severityText(f.severity).toHtmlEscaped(),
                     tr("Seen in:").toHtmlEscaped(), MetricFormat::scope(f.scope, m_session).toHtmlEscaped());
    // The "as in the whole team" line tests nothing itself: its findings carry their z.
    if (f.kind != core::FindingKind::AsInTeam)
        html += QStringLiteral(" &nbsp; <b>%1</b> %2")
                    .arg(tr("Strength (z):").toHtmlEscaped(), locale.toString(f.statistic, 'f', 1));
    html += QStringLiteral("</p>");
    if (!f.numbers.empty()) {
        html += QStringLiteral("<table cellpadding='2'>");
        for (const auto& n : f.numbers)
            html += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                        .arg(n.label.toHtmlEscaped(), locale.toString(n.value, 'f', n.decimals));
        html += QStringLiteral("</table>");
    }
    if (!f.evidence.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("What may explain it").toHtmlEscaped());
        for (const QString& e : f.evidence)
            html += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!f.records.empty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("The records behind it").toHtmlEscaped());
        // How many, and what: the records' ids and table are for the drill-down, not for reading.
        for (const auto& r : f.records)
            html += QStringLiteral("<li>%1: %2</li>")
                        .arg(r.description.toHtmlEscaped(),
                             tr("%Ln record(s)", nullptr, static_cast<int>(r.total)));
        html += QStringLiteral("</ul>");
        const QStringList& names = m_last->examples.at(static_cast<std::size_t>(i));
        if (!names.isEmpty())
            html += QStringLiteral("<p>%1 %2</p>")
                        .arg(tr("For example:").toHtmlEscaped(),
                             names.join(QStringLiteral(", ")).toHtmlEscaped());
    }
    m_details->setHtml(html);
    m_createPlan->setEnabled(!m_session.currentRep().isEmpty());
}

core::ActionPlan FindingsPanel::suggestedPlan(const core::Finding& finding) const
{
    core::ActionPlan plan;
    plan.ownerRep = m_session.currentRep();
    plan.title = finding.title.left(80);
    plan.scope = finding.scope;
    plan.findingRef = FindingReference::make(finding, m_last ? m_last->period : core::Period());
    switch (finding.kind) {
    case core::FindingKind::ComplaintCategoryChange:
        plan.metric = QStringLiteral("complaints_by_category.%1").arg(finding.subject);
        plan.direction = QStringLiteral("<=");
        // Back to the previous period's count (the engine lists now, before, ...).
        if (finding.numbers.size() >= 2 && finding.statistic > 0)
            plan.target = finding.numbers[1].value;
        break;
    case core::FindingKind::OpposingMetrics:
    case core::FindingKind::OpposingTrend:
        // Act on the loyalty side: that is where customers are lost.
        if (finding.subject.split(QLatin1Char('/')).contains(QStringLiteral("churn_rate"))) {
            plan.metric = QStringLiteral("churn_rate");
            plan.direction = QStringLiteral("<=");
        } else {
            plan.metric = QStringLiteral("retention_rate");
        }
        break;
    case core::FindingKind::GroupOutlier:
        plan.metric = finding.subject.section(QLatin1Char(':'), 0, 0);
        // Up to the rest of the scope (the engine lists the group's value, then the rest's).
        if (finding.numbers.size() >= 2 && finding.statistic < 0)
            plan.target = finding.numbers[1].value;
        break;
    case core::FindingKind::ProductComplaints:
    case core::FindingKind::ProductOutlier:
        // The product's complaints per 100 purchases: back to the previous period's rate, or
        // down to the other products' (each detector lists that rate where it says).
        plan.metric = core::PlanTargetMetric::productKey(finding.subject);
        plan.direction = QStringLiteral("<=");
        if (finding.kind == core::FindingKind::ProductComplaints && finding.numbers.size() >= 4)
            plan.target = finding.numbers[3].value;
        else if (finding.kind == core::FindingKind::ProductOutlier && finding.numbers.size() >= 2)
            plan.target = finding.numbers[1].value;
        break;
    case core::FindingKind::ChurnReason:
        plan.metric = QStringLiteral("churn_rate");
        plan.direction = QStringLiteral("<=");
        break;
    case core::FindingKind::CommentTheme:
    case core::FindingKind::AsInTeam: // the team's findings: a plan starts from one of those
        plan.metric = QStringLiteral("complaint_rate");
        plan.direction = QStringLiteral("<=");
        break;
    }
    const QDate today = m_session.clock().nowUtc().toUTC().date();
    plan.startAt = today.startOfDay(Qt::UTC);
    plan.deadlineAt = today.addMonths(3).startOfDay(Qt::UTC);
    return plan;
}

} // namespace rapport::app
