#pragma once

#include "common/Result.h"

#include <QObject>
#include <memory>

class QPrinter;
class QPushButton;

namespace rapport::app {

class DashboardView;

// The dashboard's Export button and what its menu does: a picture of the page (PNG), and the
// dashboard as a printed document (PDF or a printer) that the view's job gathers and writes
// (DashboardView::postDocument). Only forwards intent; the document is made in core and render.
class DashboardExporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardExporter)

public:
    explicit DashboardExporter(DashboardView& view);

    QPushButton* button() const { return m_button; }

    bool exportPng(const QString& path);
    // Gathers and writes on the dashboard's job; documentWritten tells how it went.
    void exportPdf(const QString& path);
    // Asks for a printer, then prints.
    void print();
    // The document on a printer the caller set up; `printed` tells how it went.
    void printDocument(const std::shared_ptr<QPrinter>& printer);
    // The file name a save dialog suggests: "dashboard-2026-Q3-team.pdf".
    QString suggestedFileName(const QString& extension) const;

signals:
    // `error` is empty when the document was written or printed.
    void documentWritten(const QString& path, const QString& error);
    void printed(const QString& error);

private:
    void exportPngDialog();
    void exportPdfDialog();
    bool succeeded(const core::Status& status, const char* what); // logs and shows a failure

    DashboardView& m_view;
    QPushButton* m_button = nullptr;
};

} // namespace rapport::app
