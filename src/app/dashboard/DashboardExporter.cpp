#include "dashboard/DashboardExporter.h"

#include "DashboardDocumentWriter.h"
#include "dashboard/DashboardPictureWriter.h"
#include "dashboard/DashboardView.h"
#include "logging/LogCategories.h"
#include "widgets/PeriodPicker.h"

#include <QFileDialog>
#include <QMenu>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>

namespace rapport::app {

DashboardExporter::DashboardExporter(DashboardView& view) : QObject(&view), m_view(view)
{
    // One button with a menu rather than three: the pickers' row then fits the main window
    // at its minimum width. Mnemonics stay clear of the menu bar's letters (File, Edit,
    // Customer, Go, Session, Help).
    m_button = new QPushButton(tr("E&xport"), &view);
    m_button->setObjectName(QStringLiteral("exportButton"));
    m_button->setToolTip(tr("Save the page as a picture, the dashboard as a PDF document, or print it"));
    auto* menu = new QMenu(m_button);
    QAction* png = menu->addAction(tr("Save as &Picture (PNG)…"), this, &DashboardExporter::exportPngDialog);
    png->setObjectName(QStringLiteral("exportPngAction"));
    QAction* pdf = menu->addAction(tr("Save as P&DF…"), this, &DashboardExporter::exportPdfDialog);
    pdf->setObjectName(QStringLiteral("exportPdfAction"));
    QAction* print = menu->addAction(tr("P&rint…"), this, &DashboardExporter::print);
    print->setObjectName(QStringLiteral("printAction"));
    m_button->setMenu(menu);
}

QString DashboardExporter::suggestedFileName(const QString& extension) const
{
    const core::Scope scope = m_view.scope();
    QString who = scope.kind == core::Scope::Kind::All ? QStringLiteral("team") : scope.value;
    who.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]+")), QStringLiteral("-"));
    QString when = m_view.period().label();
    when.replace(QStringLiteral(".."), QStringLiteral("_to_"));
    return QStringLiteral("dashboard-%1-%2.%3").arg(when, who, extension);
}

bool DashboardExporter::exportPng(const QString& path)
{
    return succeeded(DashboardPictureWriter::writePng(m_view.snapshot(), path), "PNG");
}

bool DashboardExporter::succeeded(const core::Status& status, const char* what)
{
    if (!status) {
        qCWarning(lcUi) << "dashboard" << what << ":" << status.error().details();
        m_view.showMessage(status.error().message);
    }
    return static_cast<bool>(status);
}

void DashboardExporter::exportPdf(const QString& path)
{
    m_view.postDocument(
        [path](const core::DashboardReportData& data) {
            return render::DashboardDocumentWriter::writePdf(data, path);
        },
        [this, path](const DashboardView::DocumentOutcome& outcome) {
            succeeded(outcome.error.isEmpty() ? core::Status()
                                              : core::Status(core::Error::make(outcome.error)),
                      "PDF");
            emit documentWritten(path, outcome.error);
        });
}

void DashboardExporter::print()
{
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter));
    printer->setDocName(tr("Rapport dashboard %1").arg(m_view.periodPicker().periodName()));
    QPrintDialog dialog(printer.get(), &m_view);
    dialog.setWindowTitle(tr("Print the dashboard"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    printDocument(printer);
}

void DashboardExporter::printDocument(const std::shared_ptr<QPrinter>& printer)
{
    m_view.postDocument({}, [this, printer](const DashboardView::DocumentOutcome& outcome) {
        // The printer belongs to this thread: the pages are drawn here, from the job's data.
        core::Status status =
            outcome.error.isEmpty() ? core::Status() : core::Status(core::Error::make(outcome.error));
        if (status)
            status = render::DashboardDocumentWriter::print(*outcome.data, *printer);
        succeeded(status, "print");
        emit printed(status ? QString() : status.error().message);
    });
}

void DashboardExporter::exportPngDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(&m_view, tr("Export the dashboard as PNG"),
                                     suggestedFileName(QStringLiteral("png")), tr("PNG images (*.png)"));
    if (!path.isEmpty())
        exportPng(path);
}

void DashboardExporter::exportPdfDialog()
{
    const QString path =
        QFileDialog::getSaveFileName(&m_view, tr("Export the dashboard as PDF"),
                                     suggestedFileName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace rapport::app
