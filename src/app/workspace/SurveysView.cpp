#include "workspace/SurveysView.h"

#include "services/ListQueries.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"
#include "widgets/ListQueryRunner.h"
#include "workspace/CustomerCompleter.h"
#include "workspace/RecordSurveyCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport::app {
namespace {
constexpr int kListLimit = 500;
const std::array kSurveyKinds{core::SurveyKind::Csat, core::SurveyKind::Nps, core::SurveyKind::Ces};
} // namespace

SurveysView::SurveysView(DatabaseSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_customerLineEdit(new QLineEdit(this)),
      m_customerCompleter(nullptr), m_kindComboBox(new QComboBox(this)), m_scoreSpinBox(new QSpinBox(this)),
      m_scaleLabel(new QLabel(this)), m_categoryLineEdit(new QLineEdit(this)),
      m_commentLineEdit(new QLineEdit(this)), m_recordButton(new QPushButton(tr("&Record"), this)),
      m_errorLabel(new QLabel(this)), m_filterKindComboBox(new QComboBox(this)),
      m_filterCustomerLineEdit(new QLineEdit(this)), m_filterCategoryComboBox(new QComboBox(this)),
      m_countLabel(new QLabel(this)), m_responsesTreeWidget(new QTreeWidget(this)),
      m_filterTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("surveysView"));
    m_customerCompleter = new CustomerCompleter(session, m_customerLineEdit);
    m_customerLineEdit->setObjectName(QStringLiteral("surveyCustomerLineEdit"));
    m_customerLineEdit->setPlaceholderText(tr("Type a name, company or e-mail"));
    m_customerLineEdit->setAccessibleName(tr("Customer"));
    m_customerLineEdit->setToolTip(tr("Start typing and pick the customer from the suggestions"));
    m_kindComboBox->setObjectName(QStringLiteral("surveyKindComboBox"));
    m_kindComboBox->setAccessibleName(tr("Survey"));
    for (core::SurveyKind kind : kSurveyKinds)
        m_kindComboBox->addItem(DisplayText::survey(kind), static_cast<int>(kind));
    m_kindComboBox->setToolTip(tr("CSAT: satisfaction 1–5. NPS: likelihood to recommend 0–10. "
                                  "CES: effort 1–7, lower is easier."));
    m_scoreSpinBox->setObjectName(QStringLiteral("scoreSpinBox"));
    m_scoreSpinBox->setAccessibleName(tr("Score"));
    m_categoryLineEdit->setObjectName(QStringLiteral("surveyCategoryLineEdit"));
    m_categoryLineEdit->setAccessibleName(tr("Category"));
    m_categoryLineEdit->setPlaceholderText(tr("e.g. delivery, support"));
    m_categoryLineEdit->setToolTip(
        tr("What the response is about (optional); the list below can be filtered by it"));
    m_commentLineEdit->setObjectName(QStringLiteral("commentLineEdit"));
    m_commentLineEdit->setAccessibleName(tr("Comment"));
    m_commentLineEdit->setPlaceholderText(tr("What the customer said, in their words"));
    m_recordButton->setObjectName(QStringLiteral("recordSurveyButton"));
    m_recordButton->setToolTip(tr("Store the response with today's date (can be undone)"));
    m_errorLabel->setObjectName(QStringLiteral("surveyErrorLabel"));
    m_errorLabel->setWordWrap(true);

    auto* scoreRow = new QHBoxLayout;
    scoreRow->addWidget(m_scoreSpinBox);
    scoreRow->addWidget(m_scaleLabel, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("C&ustomer:"), m_customerLineEdit);
    form->addRow(tr("Sur&vey:"), m_kindComboBox);
    auto* scoreLabel = new QLabel(tr("Sc&ore:"), this);
    scoreLabel->setBuddy(m_scoreSpinBox);
    form->addRow(scoreLabel, scoreRow);
    form->addRow(tr("Ca&tegory:"), m_categoryLineEdit);
    form->addRow(tr("Co&mment:"), m_commentLineEdit);
    auto* recordRow = new QHBoxLayout;
    recordRow->addWidget(m_errorLabel, 1);
    recordRow->addWidget(m_recordButton);
    form->addRow(recordRow);
    auto* recordGroup = new QGroupBox(tr("Record a response"), this);
    recordGroup->setLayout(form);

    m_filterKindComboBox->setObjectName(QStringLiteral("filterSurveyKindComboBox"));
    m_filterKindComboBox->setAccessibleName(tr("Survey filter"));
    m_filterKindComboBox->addItem(tr("All surveys"), -1);
    for (core::SurveyKind kind : kSurveyKinds)
        m_filterKindComboBox->addItem(DisplayText::survey(kind), static_cast<int>(kind));
    m_filterCustomerLineEdit->setObjectName(QStringLiteral("filterCustomerLineEdit"));
    m_filterCustomerLineEdit->setAccessibleName(tr("Customer filter"));
    m_filterCustomerLineEdit->setPlaceholderText(tr("Filter by customer or company"));
    m_filterCustomerLineEdit->setClearButtonEnabled(true);
    m_filterCategoryComboBox->setObjectName(QStringLiteral("filterCategoryComboBox"));
    m_filterCategoryComboBox->setAccessibleName(tr("Category filter"));
    m_responsesTreeWidget->setObjectName(QStringLiteral("responsesTreeWidget"));
    m_responsesTreeWidget->setAccessibleName(tr("Survey responses"));
    m_responsesTreeWidget->setHeaderLabels(
        {tr("When"), tr("Customer"), tr("Survey"), tr("Score"), tr("Category"), tr("Comment")});
    m_responsesTreeWidget->setRootIsDecorated(false);
    m_responsesTreeWidget->setUniformRowHeights(true);
    m_responsesTreeWidget->setAlternatingRowColors(true);
    m_responsesTreeWidget->header()->setStretchLastSection(true);

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterCustomerLineEdit, 2);
    filterRow->addWidget(m_filterKindComboBox, 1);
    filterRow->addWidget(m_filterCategoryComboBox, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(recordGroup);
    layout->addLayout(filterRow);
    layout->addWidget(m_responsesTreeWidget, 1);
    layout->addWidget(m_countLabel);

    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(250);
    connect(m_kindComboBox, &QComboBox::currentIndexChanged, this, &SurveysView::updateScoreRange);
    connect(m_recordButton, &QPushButton::clicked, this, &SurveysView::record);
    connect(m_commentLineEdit, &QLineEdit::returnPressed, this, &SurveysView::record);
    connect(m_filterCustomerLineEdit, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    connect(m_filterTimer, &QTimer::timeout, this, &SurveysView::reload);
    connect(m_filterKindComboBox, &QComboBox::currentIndexChanged, this, &SurveysView::reload);
    connect(m_filterCategoryComboBox, &QComboBox::currentIndexChanged, this, &SurveysView::reload);
    connect(&m_session, &DatabaseSession::opened, this, [this] {
        reloadCategories();
        reload();
    });
    connect(&m_session, &DatabaseSession::changed, this, [this] {
        reloadCategories();
        reload();
    });
    connect(&m_session, &DatabaseSession::closed, this, &SurveysView::reload);
    updateScoreRange();
    reloadCategories();
    reload();
}

SurveysView::~SurveysView() = default;

void SurveysView::startRecording(qint64 customerId)
{
    if (customerId != 0)
        m_customerCompleter->setCustomer(customerId);
    (customerId != 0 ? static_cast<QWidget*>(m_kindComboBox) : m_customerLineEdit)->setFocus();
}

void SurveysView::updateScoreRange()
{
    const auto kind = static_cast<core::SurveyKind>(m_kindComboBox->currentData().toInt());
    const core::ScoreRange range = core::scoreRange(kind);
    m_scoreSpinBox->setRange(range.min, range.max);
    m_scoreSpinBox->setValue(range.max);
    switch (kind) {
    case core::SurveyKind::Csat:
        m_scaleLabel->setText(tr("1 very dissatisfied … 5 very satisfied"));
        break;
    case core::SurveyKind::Nps:
        m_scaleLabel->setText(tr("0 would not recommend … 10 would surely recommend"));
        break;
    case core::SurveyKind::Ces:
        m_scaleLabel->setText(tr("1 very easy … 7 very hard"));
        break;
    }
}

bool SurveysView::record()
{
    if (!m_session.isOpen())
        return false;
    QString error;
    const qint64 customerId = m_customerCompleter->resolve(error);
    if (customerId == 0) {
        m_errorLabel->setText(error);
        return false;
    }
    core::SurveyResponse response;
    response.customerId = customerId;
    response.survey = static_cast<core::SurveyKind>(m_kindComboBox->currentData().toInt());
    response.score = m_scoreSpinBox->value();
    response.respondedAt = m_session.clock().nowUtc();
    response.category = m_categoryLineEdit->text().trimmed();
    response.comment = m_commentLineEdit->text().trimmed();
    if (!WriteCommand::push(m_session.undoStack(), new RecordSurveyCommand(m_session, response)))
        return false;
    m_errorLabel->clear();
    m_customerCompleter->clear();
    m_categoryLineEdit->clear();
    m_commentLineEdit->clear();
    m_customerLineEdit->setFocus();
    return true;
}

void SurveysView::reloadCategories()
{
    if (!m_session.isOpen()) {
        m_categoriesChannel.cancel();
        showCategories({});
        return;
    }
    // DISTINCT over every response: on the list worker.
    ListQueryRunner::forSession(m_session).run<QStringList>(
        this, m_categoriesChannel.next(),
        [](core::Database& db) { return core::ListQueries(db).surveyCategories(); },
        [this](core::Result<QStringList> categories) {
            showCategories(categories ? *categories : QStringList());
        });
}

void SurveysView::showCategories(const QStringList& categories)
{
    const QString current = m_filterCategoryComboBox->currentData().toString();
    const QSignalBlocker blocker(m_filterCategoryComboBox);
    m_filterCategoryComboBox->clear();
    m_filterCategoryComboBox->addItem(tr("All categories"), QString());
    for (const QString& c : categories)
        m_filterCategoryComboBox->addItem(c, c);
    m_filterCategoryComboBox->setCurrentIndex(std::max(0, m_filterCategoryComboBox->findData(current)));
}

void SurveysView::reload()
{
    m_filterTimer->stop();
    if (!m_session.isOpen()) {
        m_listChannel.cancel();
        m_responsesTreeWidget->clear();
        m_countLabel->clear();
        return;
    }
    core::SurveyListFilter filter;
    if (const int kind = m_filterKindComboBox->currentData().toInt(); kind >= 0)
        filter.survey = static_cast<core::SurveyKind>(kind);
    filter.customer = m_filterCustomerLineEdit->text();
    filter.category = m_filterCategoryComboBox->currentData().toString();
    using Answer = std::pair<std::vector<core::SurveyListRow>, qint64>;
    ListQueryRunner::forSession(m_session).run<Answer>(
        this, m_listChannel.next(),
        [filter](core::Database& db) -> core::Result<Answer> {
            core::ListQueries lists(db);
            auto rows = lists.newestSurveys(filter, kListLimit);
            if (!rows)
                return rows.error();
            auto total = lists.surveyCount(filter);
            if (!total)
                return total.error();
            return Answer{std::move(rows).value(), *total};
        },
        [this](core::Result<Answer> answer) {
            if (!answer) {
                m_session.reportError(tr("The survey responses could not be read."), answer.error());
                return;
            }
            showResponses(answer->first, answer->second);
        });
}

void SurveysView::showResponses(const std::vector<core::SurveyListRow>& rows, qint64 total)
{
    m_responsesTreeWidget->clear();
    QList<QTreeWidgetItem*> items;
    for (const auto& row : rows) {
        const core::SurveyResponse& r = row.response;
        items << new QTreeWidgetItem({DisplayText::dateTime(r.respondedAt), row.customerName,
                                      DisplayText::survey(r.survey), QString::number(r.score), r.category,
                                      r.comment.simplified()});
    }
    m_responsesTreeWidget->addTopLevelItems(items);
    for (int c = 0; c < 5; ++c)
        m_responsesTreeWidget->resizeColumnToContents(c);
    m_countLabel->setText(total > kListLimit ? tr("The newest %1 of %2 responses").arg(kListLimit).arg(total)
                                             : tr("%Ln response(s)", nullptr, static_cast<int>(total)));
    emit responsesShown();
}

} // namespace rapport::app
