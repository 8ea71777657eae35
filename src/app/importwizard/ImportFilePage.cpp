#include "importwizard/ImportFilePage.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rapport::app {

namespace {
const QString kLastFolderKey = QStringLiteral("import/lastFolder");
}

ImportFilePage::ImportFilePage(QWidget* parent) : QWizardPage(parent)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("A CSV file with a header row, as described in the import and export guide."));

    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_pathEdit->setPlaceholderText(tr("Path of a .csv file"));
    m_pathEdit->setAccessibleName(tr("File to import"));
    m_pathEdit->setClearButtonEnabled(true);
    auto* browseButton = new QPushButton(tr("Bro&wse…"), this);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setToolTip(tr("Choose the file in a file dialog"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(browseButton);

    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("kindComboBox"));
    m_kindCombo->setAccessibleName(tr("Kind of file"));
    m_kindCombo->addItem(tr("Customers"), static_cast<int>(core::CsvKind::Customers));
    m_kindCombo->addItem(tr("Interactions"), static_cast<int>(core::CsvKind::Interactions));
    m_kindCombo->addItem(tr("Survey responses"), static_cast<int>(core::CsvKind::Surveys));
    m_kindCombo->addItem(tr("Products"), static_cast<int>(core::CsvKind::Products));
    m_kindCombo->addItem(tr("Reps"), static_cast<int>(core::CsvKind::Reps));

    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_pathEdit);
    form->addRow(fileLabel, fileRow);
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kindCombo);
    form->addRow(kindLabel, m_kindCombo);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("fileStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* orderLabel =
        new QLabel(tr("Import reps and customers before interactions and survey responses: those "
                      "name a customer by its customer number, and it must already exist."),
                   this);
    orderLabel->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(orderLabel);

    connect(browseButton, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_pathEdit, &QLineEdit::textChanged, this, &ImportFilePage::readHeader);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_settingKind)
            return;
        m_kindChosen = true;
        if (!m_header.isEmpty()) // drop the "was guessed" remark
            showStatus(tr("Columns: %1").arg(m_header.join(QStringLiteral(", "))), false);
    });
    showStatus(tr("No file chosen yet."), false);
}

QString ImportFilePage::path() const
{
    return m_pathEdit->text().trimmed();
}

void ImportFilePage::setPath(const QString& path)
{
    m_pathEdit->setText(path);
}

core::CsvKind ImportFilePage::kind() const
{
    return static_cast<core::CsvKind>(m_kindCombo->currentData().toInt());
}

bool ImportFilePage::isComplete() const
{
    return !m_header.isEmpty();
}

void ImportFilePage::browse()
{
    QSettings settings;
    QString folder = settings.value(kLastFolderKey).toString();
    if (!path().isEmpty())
        folder = QFileInfo(path()).absolutePath();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a CSV file to import"), folder,
                                                        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    settings.setValue(kLastFolderKey, QFileInfo(chosen).absolutePath());
    m_pathEdit->setText(chosen);
}

void ImportFilePage::readHeader()
{
    m_header.clear();
    m_samples.clear();
    m_head.reset();
    const QString p = path();
    const QFileInfo info(p);
    if (p.isEmpty()) {
        showStatus(tr("No file chosen yet."), false);
    } else if (!info.exists()) {
        showStatus(tr("There is no file at %1.").arg(p), true);
    } else if (info.isDir()) {
        showStatus(tr("%1 is a folder: choose a CSV file in it.").arg(p), true);
    } else if (m_isDatabaseFile && m_isDatabaseFile(p)) {
        showStatus(tr("%1 is the open database itself, not a CSV file: choose a CSV file.").arg(p), true);
    } else if (auto read = core::ImportPreview::read(p, kHeadRows); !read) {
        showStatus(read.error().message, true); // "Cannot read FILE: why"
    } else if (read->preview.header.isEmpty()) {
        showStatus(read->emptyFile ? tr("The file is empty: its first line must name the columns.")
                                   : tr("The file cannot be imported: %1").arg(read->preview.fileProblem),
                   true);
    } else {
        m_head = std::make_shared<const core::ImportFileHead>(std::move(*read));
        m_header = m_head->preview.header;
        m_samples = m_head->samples;
        if (!m_kindChosen) {
            m_settingKind = true;
            m_kindCombo->setCurrentIndex(m_kindCombo->findData(static_cast<int>(m_head->guessedKind)));
            m_settingKind = false;
        }
        showStatus(tr("Columns: %1").arg(m_header.join(QStringLiteral(", "))) +
                       (m_kindChosen ? QString()
                                     : QLatin1Char('\n') +
                                           tr("The kind was guessed from the columns and the file name; "
                                              "change it if it is wrong.")),
                   false);
    }
    emit completeChanged();
}

void ImportFilePage::showStatus(const QString& text, bool problem)
{
    m_statusLabel->setText(text);
    m_statusLabel->setProperty("problem", problem);
}

} // namespace rapport::app
