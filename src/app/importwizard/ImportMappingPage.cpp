#include "importwizard/ImportMappingPage.h"

#include "importwizard/ImportFilePage.h"
#include "interchange/ImportColumnMatcher.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rapport::app {

ImportMappingPage::ImportMappingPage(const ImportFilePage& filePage, QWidget* parent)
    : QWizardPage(parent), m_filePage(filePage)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose which column of your file holds each of Rapport's columns. Columns of the file "
                   "that are not chosen anywhere are ignored."));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("mappingStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("mappingScrollArea"));
    scroll->setAccessibleName(tr("Columns of the file and what they hold"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_grid = new QWidget;
    scroll->setWidget(m_grid);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_statusLabel);
}

void ImportMappingPage::initializePage()
{
    // Going back and forth keeps the user's choices unless the file or its kind changed.
    if (m_combos.empty() || m_kind != m_filePage.kind() || m_header != m_filePage.header())
        rebuild();
    update();
}

void ImportMappingPage::rebuild()
{
    m_kind = m_filePage.kind();
    m_header = m_filePage.header();
    m_combos.clear();
    m_samples.clear();
    auto* scroll = findChild<QScrollArea*>(QStringLiteral("mappingScrollArea"));
    m_grid = new QWidget;
    auto* grid = new QGridLayout(m_grid);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    auto* head1 = new QLabel(tr("Rapport's column"), m_grid);
    auto* head2 = new QLabel(tr("Column of your file"), m_grid);
    auto* head3 = new QLabel(tr("For example"), m_grid);
    for (auto* h : {head1, head2, head3}) {
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
    }
    grid->addWidget(head1, 0, 0);
    grid->addWidget(head2, 0, 1);
    grid->addWidget(head3, 0, 2);

    const auto& columns = core::csvColumns(m_kind);
    const std::vector<int> guess = core::ImportColumnMatcher::autoMap(m_kind, m_header);
    QWidget* previous = nullptr;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const QString name = columns[c].translatedTitle();
        const int row = static_cast<int>(c) + 1;
        auto* label = new QLabel(columns[c].required ? tr("%1 (required)").arg(name) : name, m_grid);
        if (columns[c].required) {
            QFont f = label->font();
            f.setBold(true);
            label->setFont(f);
        }
        auto* combo = new QComboBox(m_grid);
        combo->setObjectName(name + QStringLiteral("MappingComboBox"));
        combo->setAccessibleName(tr("File column for %1").arg(name));
        combo->setToolTip(
            columns[c].required
                ? tr("Required: every row must have a %1.").arg(name)
                : tr("Optional: leave it as \"not in file\" if your file has no %1.").arg(name));
        combo->addItem(tr("(not in file)"), -1);
        for (int i = 0; i < m_header.size(); ++i)
            combo->addItem(m_header.at(i).isEmpty() ? tr("(column %1, no name)").arg(i + 1) : m_header.at(i),
                           i);
        combo->setCurrentIndex(combo->findData(guess[c]));
        label->setBuddy(combo);
        auto* sample = new QLabel(m_grid);
        sample->setTextFormat(Qt::PlainText);
        sample->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(label, row, 0);
        grid->addWidget(combo, row, 1);
        grid->addWidget(sample, row, 2);
        m_combos.push_back(combo);
        m_samples.push_back(sample);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::update);
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
    }
    grid->setRowStretch(static_cast<int>(columns.size()) + 1, 1);
    // Replacing the scroll area's widget deletes the previous one and its combos.
    scroll->setWidget(m_grid);
}

QComboBox* ImportMappingPage::comboFor(const QString& column) const
{
    const QStringList names = core::csvColumnNames(m_kind);
    const auto i = names.indexOf(column);
    return i >= 0 && static_cast<std::size_t>(i) < m_combos.size() ? m_combos[static_cast<std::size_t>(i)]
                                                                   : nullptr;
}

QString ImportMappingPage::problem() const
{
    const auto& columns = core::csvColumns(m_kind);
    QStringList missing;
    QHash<int, QString> usedBy;
    for (std::size_t c = 0; c < m_combos.size(); ++c) {
        const QString name = columns[c].translatedTitle();
        const int file = m_combos[c]->currentData().toInt();
        if (file < 0) {
            if (columns[c].required)
                missing << name;
            continue;
        }
        if (usedBy.contains(file))
            return tr("The file column \"%1\" is chosen for both %2 and %3: a column can fill only one.")
                .arg(m_header.value(file), usedBy.value(file), name);
        usedBy.insert(file, name);
    }
    if (!missing.isEmpty())
        return tr("Choose a file column for %1: required, every row must have it.", nullptr,
                  static_cast<int>(missing.size()))
            .arg(missing.join(QStringLiteral(", ")));
    // Two file columns the importer cannot tell apart (it matches names without case).
    QHash<QString, int> seen;
    for (int i = 0; i < m_header.size(); ++i) {
        const QString key = m_header.at(i).trimmed().toLower();
        if (seen.contains(key) && !key.isEmpty())
            return tr("The file has two columns named \"%1\": rename one of them in the file.")
                .arg(m_header.at(i));
        seen.insert(key, i);
    }
    return {};
}

bool ImportMappingPage::isComplete() const
{
    return !m_combos.empty() && problem().isEmpty();
}

void ImportMappingPage::update()
{
    const QStringList& samples = m_filePage.sampleValues();
    QSet<int> used;
    for (std::size_t c = 0; c < m_combos.size(); ++c) {
        const int file = m_combos[c]->currentData().toInt();
        if (file >= 0)
            used.insert(file);
        QString sample;
        if (file >= 0 && file < samples.size())
            sample = samples.at(file).isEmpty()
                         ? tr("(empty in the first rows)")
                         : samples.at(file).left(60).replace(QLatin1Char('\n'), QLatin1Char(' '));
        m_samples[c]->setText(sample);
    }
    QStringList ignored;
    for (int i = 0; i < m_header.size(); ++i) {
        if (!used.contains(i))
            ignored << (m_header.at(i).isEmpty() ? tr("column %1").arg(i + 1) : m_header.at(i));
    }
    QString text = problem();
    if (text.isEmpty())
        text = ignored.isEmpty()
                   ? tr("Every column of the file is used.")
                   : tr("Ignored columns of the file: %1.").arg(ignored.join(QStringLiteral(", ")));
    m_statusLabel->setText(text);
    emit completeChanged();
}

QHash<QString, QString> ImportMappingPage::columnMapping() const
{
    QHash<QString, QString> mapping;
    for (const QString& h : m_header)
        mapping.insert(h.trimmed().toLower(), QString());
    const auto& columns = core::csvColumns(m_kind);
    for (std::size_t c = 0; c < m_combos.size(); ++c) {
        const int file = m_combos[c]->currentData().toInt();
        if (file >= 0)
            mapping.insert(m_header.at(file).trimmed().toLower(), QString::fromLatin1(columns[c].name));
    }
    return mapping;
}

} // namespace rapport::app
