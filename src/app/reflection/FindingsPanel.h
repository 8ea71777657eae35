#pragma once

#include "domain/ActionPlan.h"
#include "domain/Scope.h"
#include "metrics/Period.h"
#include "reflection/Finding.h"
#include "services/ReflectionService.h"

#include <QColor>
#include <QPalette>
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

class DatabaseSession;
class ReportSaver;

// What one run of the findings found, with what the page shows beside it.
using FindingsRun = core::ReflectionPicture;

// Findings for a period and scope (the team, the signed-in rep's customers or, for a
// manager, any rep's), worked out off the GUI thread on a connection of its own, listed
// with severity, numbers, evidence and the records behind them. From a finding the user
// can start an action plan. The same run sets the rep's self-view beside the evidence.
class FindingsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingsPanel)

public:
    explicit FindingsPanel(DatabaseSession& session, QWidget* parent = nullptr);
    ~FindingsPanel() override;

    // Fills the period and scope choices for the signed-in rep and runs again (at once when
    // the panel is visible, else when it is next shown: a large database takes seconds).
    void reset();
    // Starts a run for the chosen period and scope (a run in progress is redone after it ends).
    void run();
    bool isRunning() const;

    std::optional<core::Period> period() const;
    std::optional<core::Scope> scope() const;
    const std::optional<FindingsRun>& lastRun() const { return m_last; }
    QTreeWidget* findingsTree() const { return m_tree; }
    QString detailsText() const;
    QString statusText() const;
    void selectFinding(int index);
    // The action plan a finding suggests: linked to it, its metric and scope filled in.
    core::ActionPlan suggestedPlan(const core::Finding& finding) const;
    // Background and text of a severity cell, readable on this palette (light or dark).
    static std::pair<QColor, QColor> severityColours(core::FindingSeverity severity, const QPalette& palette);

signals:
    void runFinished();
    // The user asked for a plan from this finding (the page opens the plan dialog).
    void planRequested(const core::ActionPlan& plan, const QString& findingTitle);

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void dataChanged();
    void showRun(FindingsRun run);
    void reportSaved(const QString& path, const QString& error, bool cancelled);
    void showDetails();
    void colourSeverities();

    DatabaseSession& m_session;
    QComboBox* m_period;
    QComboBox* m_scope;
    QPushButton* m_refresh;
    QProgressBar* m_busy;
    QLabel* m_status;
    QTreeWidget* m_tree;
    QTextBrowser* m_details;
    QPushButton* m_createPlan;
    QPushButton* m_saveReport;
    ReportSaver* m_reportSaver;
    core::BackgroundJob* m_job;
    bool m_again = false;
    bool m_stale = true; // the choices changed since the last run started
    std::optional<FindingsRun> m_last;
};

} // namespace rapport::app
