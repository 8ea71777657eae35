#pragma once

#include "interchange/CsvFormat.h"
#include "interchange/ImportPreview.h"

#include <QStringList>
#include <QWizardPage>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rapport::app {

// The wizard's first page: the file (typed, pasted or chosen; the chooser remembers the last
// folder) and its kind, guessed from the header and the file name until the user picks one.
// The file's start is read once, here (at most kHeadRows rows): the mapping page shows its
// header and samples, and the preview page checks its rows without reading the file again.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportFilePage)

public:
    static constexpr int kHeadRows = 200;

    explicit ImportFilePage(QWidget* parent = nullptr);

    QString path() const;
    void setPath(const QString& path);
    core::CsvKind kind() const;
    // The file's header, and for each column its first value that is not empty (among the
    // first rows), to show what a column holds.
    const QStringList& header() const { return m_header; }
    const QStringList& sampleValues() const { return m_samples; }
    // What the one read of the file's start found; null while no readable file is chosen.
    std::shared_ptr<const core::ImportFileHead> head() const { return m_head; }

    bool isComplete() const override;

    // Says whether a path is one of the open database's own files: such a file is refused before
    // it is opened, since even opening and closing it here would drop the window's locks on it.
    void setDatabaseFileCheck(std::function<bool(const QString&)> isDatabaseFile)
    {
        m_isDatabaseFile = std::move(isDatabaseFile);
    }

private:
    void browse();
    void readHeader();
    void showStatus(const QString& text, bool problem);

    QLineEdit* m_pathEdit;
    QComboBox* m_kindCombo;
    QLabel* m_statusLabel;
    QStringList m_header;
    QStringList m_samples;
    std::shared_ptr<const core::ImportFileHead> m_head;
    bool m_kindChosen = false; // the user picked a kind: stop guessing
    std::function<bool(const QString&)> m_isDatabaseFile;
    bool m_settingKind = false;
};

} // namespace rapport::app
