#include "reflection/QuestionnaireWizard.h"

#include "common/DateText.h"
#include "reflection/AssessmentScorer.h"
#include "services/AssessmentService.h"
#include "shell/DatabaseSession.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport::app {

namespace {
// Width the wizard adds around a page (frame and margins of the classic and modern styles).
constexpr int kWizardChrome = 48;
} // namespace

// One dimension: complete once every item has an answer.
class QuestionnaireDimensionPage final : public QWizardPage
{
public:
    QuestionnaireDimensionPage(const QList<QButtonGroup*>& groups, QWidget* parent)
        : QWizardPage(parent), m_groups(groups)
    {
        for (auto* g : m_groups)
            connect(g, &QButtonGroup::idClicked, this, &QWizardPage::completeChanged);
    }

    bool isComplete() const override
    {
        for (auto* g : m_groups) {
            if (g->checkedId() < 0)
                return false;
        }
        return true;
    }

private:
    QList<QButtonGroup*> m_groups;
};

class QuestionnaireResultPage final : public QWizardPage
{
public:
    QuestionnaireResultPage(QuestionnaireWizard& wizard, QWidget* parent)
        : QWizardPage(parent), m_wizard(wizard)
    {
    }
    void initializePage() override { m_wizard.saveAndScore(); }

private:
    QuestionnaireWizard& m_wizard;
};

QuestionnaireWizard::QuestionnaireWizard(DatabaseSession& session, core::Questionnaire questionnaire,
                                         QWidget* parent)
    : QWizard(parent), m_session(session), m_questionnaire(std::move(questionnaire))
{
    setObjectName(QStringLiteral("questionnaireWizard"));
    setWindowTitle(tr("Questionnaire: %1").arg(m_questionnaire.title()));
    setButtonText(QWizard::CommitButton, tr("Save answers"));

    auto* intro = new QWizardPage(this);
    intro->setTitle(m_questionnaire.title());
    auto* introLabel = new QLabel(m_questionnaire.instructions(), intro);
    introLabel->setWordWrap(true);
    auto* introNote =
        new QLabel(tr("There are %Ln statement(s). Answer how you actually work, not how you would like "
                      "to; every answer you save is kept so you can see your change over time.",
                      nullptr, static_cast<int>(m_questionnaire.items().size())),
                   intro);
    introNote->setWordWrap(true);
    auto* introLayout = new QVBoxLayout(intro);
    introLayout->addWidget(introLabel);
    introLayout->addWidget(introNote);
    introLayout->addStretch();
    addPage(intro);

    const QStringList labels = m_questionnaire.scaleLabels();
    QWizardPage* last = nullptr;
    for (const auto& dimension : m_questionnaire.dimensions()) {
        QList<QButtonGroup*> groups;
        auto* content = new QWidget;
        auto* contentLayout = new QVBoxLayout(content);
        for (const auto& item : m_questionnaire.itemsOf(dimension.id)) {
            auto* box = new QGroupBox(content);
            box->setObjectName(item.id + QStringLiteral("GroupBox"));
            auto* boxLayout = new QVBoxLayout(box);
            auto* text = new QLabel(item.text, box);
            text->setWordWrap(true);
            boxLayout->addWidget(text);
            auto* row = new QHBoxLayout;
            auto* group = new QButtonGroup(box);
            for (int v = core::Questionnaire::kScaleMin; v <= core::Questionnaire::kScaleMax; ++v) {
                const int index = v - core::Questionnaire::kScaleMin;
                const QString label = index < labels.size() ? labels.at(index) : QString::number(v);
                auto* button = new QRadioButton(tr("%1 %2").arg(v).arg(label), box);
                button->setObjectName(QStringLiteral("%1_%2RadioButton").arg(item.id).arg(v));
                // A screen reader announces the statement with each answer, not "3 Sometimes" alone.
                button->setAccessibleDescription(item.text);
                group->addButton(button, v);
                row->addWidget(button);
            }
            box->setAccessibleName(item.text);
            boxLayout->addLayout(row);
            contentLayout->addWidget(box);
            groups.append(group);
            m_groups.insert(item.id, group);
        }
        contentLayout->addStretch();
        auto* page = new QuestionnaireDimensionPage(groups, this);
        page->setTitle(dimension.name);
        page->setSubTitle(tr("Choose one answer for each statement."));
        auto* scroll = new QScrollArea(page);
        scroll->setAccessibleName(tr("Statements about %1").arg(dimension.name));
        scroll->setWidgetResizable(true);
        scroll->setWidget(content);
        // Scroll down, never sideways: the five answers of a statement stay in view.
        scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        scroll->setMinimumWidth(content->minimumSizeHint().width() +
                                scroll->verticalScrollBar()->sizeHint().width() + 2 * scroll->frameWidth());
        auto* pageLayout = new QVBoxLayout(page);
        pageLayout->addWidget(scroll);
        addPage(page);
        last = page;
    }
    if (last)
        last->setCommitPage(true);

    auto* result = new QuestionnaireResultPage(*this, this);
    result->setTitle(tr("Your profile"));
    m_result = new QTextBrowser(result);
    m_result->setObjectName(QStringLiteral("resultTextBrowser"));
    m_result->setAccessibleName(tr("Your profile"));
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->addWidget(m_result);
    addPage(result);

    // A QWizard does not pass its pages' minimum width on to the window: without this the
    // answers of a statement are cut off on the right.
    int pageWidth = 0;
    for (int id : pageIds())
        pageWidth = std::max(pageWidth, page(id)->minimumSizeHint().width());
    setMinimumSize(std::max(640, pageWidth + kWizardChrome), 460);
}

QMap<QString, int> QuestionnaireWizard::answers() const
{
    QMap<QString, int> out;
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        if (it.value()->checkedId() >= 0)
            out.insert(it.key(), it.value()->checkedId());
    }
    return out;
}

QButtonGroup* QuestionnaireWizard::groupOf(const QString& itemId) const
{
    return m_groups.value(itemId);
}

QString QuestionnaireWizard::resultHtml() const
{
    return m_result->toHtml();
}

void QuestionnaireWizard::saveAndScore()
{
    if (m_saved)
        return; // the commit page makes this run once; guard anyway
    const QString rep = m_session.currentRep();
    if (!m_session.isOpen() || rep.isEmpty()) {
        m_result->setPlainText(tr("Nobody is signed in, so the answers were not saved. Choose a rep first."));
        return;
    }
    core::Assessment a;
    a.repId = rep;
    a.instrumentId = m_questionnaire.id();
    a.instrumentVersion = m_questionnaire.version();
    a.takenAt = m_session.clock().nowUtc();
    a.answers = answers();
    a.straightLined = core::AssessmentScorer::isStraightLined(a.answers);
    if (auto valid = core::AssessmentScorer(m_questionnaire).validate(a.answers); !valid) {
        m_result->setPlainText(tr("The answers could not be scored: %1").arg(valid.error().message));
        return;
    }

    core::AssessmentService repo(m_session.database());
    auto previous = repo.latestForRep(rep);
    if (!previous) {
        m_session.reportError(tr("Could not read the earlier assessments."), previous.error());
        m_result->setPlainText(tr("The answers were not saved: %1").arg(previous.error().message));
        return;
    }
    if (auto inserted = repo.insert(a); !inserted) {
        m_session.reportError(tr("Could not save the assessment."), inserted.error());
        m_result->setPlainText(tr("The answers were not saved: %1").arg(inserted.error().message));
        return;
    }
    m_saved = a;
    auto profile = core::AssessmentProfile::build(m_questionnaire, a, *previous);
    if (!profile) {
        m_result->setPlainText(
            tr("The answers were saved but could not be scored: %1").arg(profile.error().message));
    } else {
        m_profile = *profile;
        m_result->setHtml(profileHtml());
    }
    emit assessmentSaved(a.id);
    emit m_session.changed();
}

QString QuestionnaireWizard::profileHtml() const
{
    const auto& p = *m_profile;
    auto names = [this](const QStringList& ids) {
        QStringList out;
        for (const auto& id : ids) {
            const auto* d = m_questionnaire.dimension(id);
            out << (d ? d->name : id).toHtmlEscaped();
        }
        return out.isEmpty() ? tr("none") : out.join(QStringLiteral(", "));
    };
    QString html;
    if (p.straightLined())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Warning: you gave the same answer to every statement. The scores below may not "
                            "reflect how you work; consider taking the questionnaire again.")
                             .toHtmlEscaped());
    html +=
        QStringLiteral(
            "<table cellpadding=\"4\"><tr><th align=\"left\">%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
            .arg(tr("Dimension"), tr("Score"), tr("Level"), tr("Change"));
    for (const auto& d : p.dimensions()) {
        QString level;
        switch (d.level) {
        case core::DimensionLevel::Strength:
            level = tr("strength");
            break;
        case core::DimensionLevel::Weakness:
            level = tr("weakness");
            break;
        case core::DimensionLevel::Middle:
            level = tr("middle");
            break;
        }
        const QString change = d.change ? QStringLiteral("%1%2")
                                              .arg(*d.change >= 0 ? QStringLiteral("+") : QString())
                                              .arg(*d.change, 0, 'f', 1)
                                        : tr("first time");
        html += QStringLiteral(
                    "<tr><td>%1</td><td align=\"right\">%2</td><td>%3</td><td align=\"right\">%4</td></tr>")
                    .arg(d.name.toHtmlEscaped(), QLocale().toString(d.score, 'f', 1), level, change);
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Strengths:"), names(p.strengths()));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Weaknesses:"), names(p.weaknesses()));
    for (const auto& d : p.dimensions()) {
        if (d.strategies.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1</h3><p>%2</p><ul>")
                    .arg(tr("Improving %1").arg(d.name).toHtmlEscaped(), d.meaning.toHtmlEscaped());
        for (const auto& s : d.strategies)
            html += QStringLiteral("<li>%1</li>").arg(s.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (p.hasPrevious())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Compared with your previous answers of %1.")
                             .arg(core::DateText::utcDay(p.previousTakenAt()))
                             .toHtmlEscaped());
    return html;
}

} // namespace rapport::app
