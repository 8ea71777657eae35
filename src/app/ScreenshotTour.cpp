#include "ScreenshotTour.h"

#include "CustomerTableModel.h"
#include "CustomersView.h"
#include "DatabaseSession.h"
#include "LogInteractionDialog.h"
#include "MainWindow.h"
#include "importwizard/ImportWizard.h"
#include "storage/CustomerListStore.h"
#include "storage/FollowUpTaskRepository.h"
#include "storage/RepRepository.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTableView>
#include <QThread>

namespace rapport::app {
namespace {

void settle()
{
    // Let layouts, lazy fetching and debounced searches run.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(60);
    }
    QCoreApplication::processEvents();
}

} // namespace

ScreenshotTour::ScreenshotTour(DatabaseSession& session, MainWindow& window, QString directory)
    : m_session(session), m_window(window), m_directory(std::move(directory))
{
}

bool ScreenshotTour::save(const QString& name, QWidget& widget)
{
    settle();
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget.grab().save(path)) {
        ++m_failures;
        return false;
    }
    return true;
}

void ScreenshotTour::stageFollowUps()
{
    const QString rep = m_session.currentRep();
    if (rep.isEmpty())
        return;
    core::CustomerListStore::Filter filter;
    filter.owner = rep;
    filter.status = core::CustomerListStore::ChurnState::Active;
    auto customers = core::CustomerListStore(m_session.database())
                         .page(filter, core::CustomerListStore::SortColumn::Name, false, 0, 4);
    if (!customers)
        return;
    const QDateTime now = m_session.clock().nowUtc();
    // Hours from now: two overdue, two due later today.
    const std::array<std::pair<int, const char*>, 4> plan{{
        {-72, QT_TR_NOOP("Send the revised quote")},
        {-20, QT_TR_NOOP("Ask how the onboarding went")},
        {1, QT_TR_NOOP("Check the replacement arrived")},
        {2, QT_TR_NOOP("Renewal call")},
    }};
    core::FollowUpTaskRepository tasks(m_session.database());
    for (std::size_t i = 0; i < customers->size() && i < plan.size(); ++i) {
        core::FollowUpTask task;
        task.customerId = (*customers)[i].id;
        task.repId = rep;
        task.dueAt = now.addSecs(plan[i].first * 3600);
        task.note = tr(plan[i].second);
        (void)tasks.insert(task);
    }
    emit m_session.changed();
}

int ScreenshotTour::run()
{
    QDir().mkpath(m_directory);
    if (m_session.currentRep().isEmpty()) {
        if (auto reps = core::RepRepository(m_session.database()).list(); reps && !reps->empty())
            m_session.setCurrentRep(reps->front().id);
    }
    stageFollowUps();
    m_window.resize(1280, 800);
    m_window.show();

    m_window.showPage(MainWindow::CustomersPage);
    CustomersView& customers = m_window.customersView();
    settle(); // the lists are read on a worker thread
    if (customers.model().rowCount() > 0)
        customers.showCustomer(customers.model().customerId(0));
    save(QStringLiteral("customers"), m_window);

    // Search as you type, narrowed to one segment.
    auto* search = customers.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* status = customers.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    if (search && status) {
        search->setText(QStringLiteral("harbor"));
        status->setCurrentIndex(1);
        settle();
        if (customers.model().rowCount() > 0)
            customers.showCustomer(customers.model().customerId(0));
        save(QStringLiteral("customers-search"), m_window);
        search->clear();
        status->setCurrentIndex(0);
    }

    m_window.showPage(MainWindow::FollowUpsPage);
    save(QStringLiteral("follow-ups"), m_window);

    m_window.showPage(MainWindow::SurveysPage);
    save(QStringLiteral("surveys"), m_window);

    m_window.showPage(MainWindow::InteractionsPage);
    save(QStringLiteral("interactions"), m_window);

    // The log dialog, half filled in, with the suggestions open.
    m_window.showPage(MainWindow::CustomersPage);
    LogInteractionDialog dialog(m_session, &m_window);
    dialog.show();
    if (auto* customer = dialog.findChild<QLineEdit*>(QStringLiteral("customerLineEdit"))) {
        customer->setFocus();
        customer->setText(QStringLiteral("mar"));
        emit customer->textEdited(customer->text());
        settle();
        // The popup is a separate window: picture the dialog with it composed on top.
        QPixmap picture = dialog.grab();
        QAbstractItemView* popup = customer->completer()->popup();
        if (popup->isVisible()) {
            QPainter painter(&picture);
            const QPoint at = dialog.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0)));
            painter.drawPixmap(at, popup->grab());
        }
        if (!picture.save(QDir(m_directory).filePath(QStringLiteral("log-interaction.png"))))
            ++m_failures;
        popup->hide();
    }
    dialog.reject();

    // The import wizard on a spreadsheet export with other column names and a few bad rows.
    QTemporaryDir importDir;
    const QString importFile = importDir.filePath(QStringLiteral("crm-export.csv"));
    QSaveFile csv(importFile);
    if (importDir.isValid() && csv.open(QIODevice::WriteOnly)) {
        const QByteArray rep = m_session.currentRep().toUtf8();
        csv.write("Customer no.,Customer,E-mail,Company name,Account manager,Customer since,Lost on,Notes\n"
                  "NEW-101,Maren Holt,maren@holt-design.example,Holt Design," + rep + ",2026-05-04,,met at the fair\n"
                  "NEW-102,Tomas Ferreira,tomas@ferreira.example,Ferreira Transportes," + rep + ",2026-05-11,,\n"
                  "NEW-103,Ilse Brandt,ilse@nordlicht.example,Nordlicht GmbH," + rep + ",11/05/2026,,\n"
                  "NEW-104,,orders@bluefin.example,Bluefin Supplies," + rep + ",2026-05-19,,\n"
                  "NEW-105,Kofi Mensah,kofi@mensah.example,Mensah & Partners," + rep + ",2026-05-20,2026-05-01,\n"
                  "NEW-106,Aiko Sato,aiko@sato-labs.example,Sato Labs," + rep + ",2026-05-22,,trial first\n"
                  "NEW-107,Liam Byrne,liam@byrne.example,Byrne Bakery," + rep + ",2026-05-25,,\n"
                  "NEW-108,Sofia Rossi,sofia@rossi.example,Rossi Interiors," + rep + ",2026-06-02,,\n");
        if (csv.commit()) {
            ImportWizard wizard(m_session, &m_window);
            wizard.setFile(importFile);
            wizard.show();
            wizard.next();
            save(QStringLiteral("import-mapping"), wizard);
            wizard.next();
            save(QStringLiteral("import-preview"), wizard);
            wizard.reject();
        }
    }

    m_window.showPage(MainWindow::DashboardPage);
    save(QStringLiteral("workspace-dashboard"), m_window);
    return m_failures;
}

} // namespace rapport::app
