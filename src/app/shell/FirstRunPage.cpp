#include "shell/FirstRunPage.h"

#include "services/BookSetupService.h"
#include "shell/DatabaseSession.h"
#include "shell/DemoFillFlow.h"
#include "shell/RepProfileDialog.h"

#include <QAction>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::app {

namespace {
QCommandLinkButton* addStep(QVBoxLayout* layout, const QString& objectName, const QString& title,
                            const QString& description)
{
    auto* button = new QCommandLinkButton(title, description);
    button->setObjectName(objectName);
    layout->addWidget(button);
    return button;
}
} // namespace

FirstRunPage::FirstRunPage(DatabaseSession& session, QWidget* dashboard, QWidget* parent)
    : QStackedWidget(parent), m_session(session), m_dashboard(dashboard), m_steps(new QWidget),
      m_intro(new QLabel), m_demoAction(new QAction(tr("Fill With &Demo Data…"), this)),
      m_demoFill(new DemoFillFlow(session, this))
{
    setObjectName(QStringLiteral("firstRunPage"));
    m_steps->setObjectName(QStringLiteral("firstStepsWidget"));
    auto* column = new QVBoxLayout;
    auto* heading = new QLabel(tr("Welcome to Rapport"));
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    column->addWidget(heading);
    m_intro->setObjectName(QStringLiteral("firstRunIntroLabel"));
    m_intro->setWordWrap(true);
    column->addWidget(m_intro);
    m_profileButton =
        addStep(column, QStringLiteral("createProfileButton"), tr("Create Your Rep Profile…"),
                tr("Your name and the id your customers and interactions carry as their owner."));
    QCommandLinkButton* import = addStep(
        column, QStringLiteral("importStepButton"), tr("Import Your Customers…"),
        tr("Reps, customers, interactions and survey answers from CSV files of another CRM or a "
           "spreadsheet. The wizard lists every problem with its line before anything is stored (Ctrl+I)."));
    QCommandLinkButton* add = addStep(column, QStringLiteral("addCustomerStepButton"), tr("Add a Customer…"),
                                      tr("Type in your first customer by hand (Ctrl+N)."));
    m_demoButton = addStep(column, QStringLiteral("demoStepButton"), tr("Fill With Demo Data…"), QString());
    QCommandLinkButton* questionnaire = addStep(
        column, QStringLiteral("questionnaireStepButton"), tr("Take the Personal Questionnaire"),
        tr("How you see your own way with customers; it needs no records (Reflection page, Ctrl+7)."));
    column->addStretch(1);

    // A readable column in the middle of a wide window; a scroll bar in a short one.
    auto* centre = new QHBoxLayout(m_steps);
    centre->addStretch(1);
    column->setContentsMargins(0, 24, 0, 12);
    auto* holder = new QWidget;
    holder->setLayout(column);
    holder->setMaximumWidth(680);
    centre->addWidget(holder, 4);
    centre->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_steps);
    addWidget(m_dashboard);
    addWidget(scroll);

    m_demoAction->setObjectName(QStringLiteral("fillDemoAction"));
    m_demoAction->setStatusTip(tr("Fill an empty book with invented history to look around in"));
    connect(m_profileButton, &QAbstractButton::clicked, this, &FirstRunPage::createRepProfile);
    connect(import, &QAbstractButton::clicked, this, &FirstRunPage::importRequested);
    connect(add, &QAbstractButton::clicked, this, &FirstRunPage::newCustomerRequested);
    connect(questionnaire, &QAbstractButton::clicked, this, &FirstRunPage::questionnaireRequested);
    connect(m_demoButton, &QAbstractButton::clicked, m_demoFill, &DemoFillFlow::askAndStart);
    connect(m_demoAction, &QAction::triggered, m_demoFill, &DemoFillFlow::askAndStart);
    connect(m_demoFill, &DemoFillFlow::finished, this, &FirstRunPage::demoFinished);
    connect(&m_session, &DatabaseSession::opened, this, &FirstRunPage::refresh);
    connect(&m_session, &DatabaseSession::closed, this, &FirstRunPage::refresh);
    connect(&m_session, &DatabaseSession::changed, this, &FirstRunPage::refresh);
    connect(&m_session, &DatabaseSession::currentRepChanged, this, &FirstRunPage::refresh);
    refresh();
}

bool FirstRunPage::showsFirstSteps() const
{
    return currentWidget() != m_dashboard;
}

void FirstRunPage::refresh()
{
    bool hasCustomers = true;
    bool empty = false;
    if (m_session.isOpen()) {
        core::BookSetupService setup(m_session.database());
        auto customers = setup.hasCustomers();
        auto isEmpty = setup.isEmpty();
        // A book that cannot be read shows the dashboard, which says what went wrong.
        hasCustomers = !customers || *customers;
        empty = isEmpty && *isEmpty;
    }
    setCurrentIndex(hasCustomers ? 0 : 1);
    const bool busy = m_demoFill->isRunning();
    m_demoAction->setEnabled(m_session.isOpen() && empty && !busy);
    if (hasCustomers)
        return;

    const QString rep = m_session.currentRep();
    m_intro->setText(rep.isEmpty() ? tr("This book has no customers yet. Begin with any of these steps; "
                                        "each can be done later from the menus too.")
                                   : tr("Signed in as %1. This book has no customers yet: bring them in, "
                                        "and the dashboard takes this place.")
                                         .arg(m_session.repName(rep)));
    // On a team server people are added by the team's admin (rapport-cli team add-user).
    m_profileButton->setVisible(!m_session.isServer() && rep.isEmpty());
    m_demoButton->setEnabled(empty && !busy);
    m_demoButton->setDescription(
        empty ? tr("Look around first: about three years of invented history, with stories for the "
                   "dashboard and the Reflection page to find.")
              : tr("Only into an empty book, and this one already holds records. File › New Database "
                   "makes an empty one."));
}

void FirstRunPage::createRepProfile()
{
    if (!m_session.isOpen())
        return;
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME");
    RepProfileDialog dialog(login, this);
    while (dialog.exec() == QDialog::Accepted) {
        const core::Status added = core::BookSetupService(m_session.database()).addRep(dialog.rep());
        if (added) {
            emit m_session.changed();
            emit signInRequested();
            return;
        }
        // The dialog opens again with what was typed, so a taken id can be changed.
        QMessageBox::warning(this, tr("Your Rep Profile"), added.error().message);
    }
}

void FirstRunPage::demoFinished(bool written)
{
    refresh();
    if (written)
        emit signInRequested();
}

} // namespace rapport::app
