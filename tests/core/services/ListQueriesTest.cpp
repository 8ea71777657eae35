#include "services/ListQueries.h"

#include "ServiceFixture.h"
#include "services/FollowUpService.h"

using namespace rapport;
using core::CustomerSortColumn;
using core::InteractionKind;

namespace {

// Five customers: the filters and orders below are worked out by hand from these.
struct ListBook : test::ServiceFixture
{
    core::Customer ada = addCustomer("C-1", "Ada Lovelace", "Analytical Ltd", "smb", "r1",
                                     "2025-01-01T00:00:00Z", nullptr, "ada@an.example");
    core::Customer bob = addCustomer("C-2", "bob Baker", "Bakery & Co", "enterprise", "r2",
                                     "2025-02-01T00:00:00Z", "2025-06-01T00:00:00Z", "bob@bake.example");
    core::Customer cy = addCustomer("C-3", "Cy Clark", "Clark 50% Off", "smb", "r1", "2025-03-01T00:00:00Z",
                                    nullptr, "cy@clark.example");
    core::Customer dee =
        addCustomer("C-4", "Dee Dunn", "", "", "", "2025-04-01T00:00:00Z", nullptr, "dee@dunn.example");
    core::Customer eve = addCustomer("C-5", "Eve Evans", "Evans Analytics", "smb", "r2",
                                     "2025-05-01T00:00:00Z", nullptr, "eve@evans.example");
};

QStringList namesOf(const std::vector<core::CustomerListRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.name;
    return out;
}

core::CustomerListFilter filter(const char* search, const char* segment = "", const char* owner = "",
                                core::CustomerChurnState status = core::CustomerChurnState::Any)
{
    core::CustomerListFilter f;
    f.search = QString::fromLatin1(search);
    f.segment = QString::fromLatin1(segment);
    f.owner = QString::fromLatin1(owner);
    f.status = status;
    return f;
}

core::InteractionListFilter interactions(const char* kind, const char* rep = "", const char* from = nullptr,
                                         const char* to = nullptr, const char* search = "")
{
    core::InteractionListFilter f;
    f.kind = QString::fromLatin1(kind);
    f.rep = QString::fromLatin1(rep);
    if (from)
        f.from = test::utc(from);
    if (to)
        f.to = test::utc(to);
    f.search = QString::fromLatin1(search);
    return f;
}

core::SurveyListFilter surveys(std::optional<core::SurveyKind> kind, const char* customer = "",
                               const char* category = "")
{
    core::SurveyListFilter f;
    f.survey = kind;
    f.customer = QString::fromLatin1(customer);
    f.category = QString::fromLatin1(category);
    return f;
}

qint64 countOf(core::ListQueries& lists, const core::CustomerListFilter& filter)
{
    auto n = lists.customerCount(filter);
    REQUIRE_OK(n);
    return *n;
}

} // namespace

TEST_CASE("ListQueries counts and pages the customer list by filter and order", "[services][lists]")
{
    ListBook f;
    core::ListQueries lists(*f.db);
    CHECK(countOf(lists, {}) == 5);
    // "an": Ada's company and e-mail, Eve's name and company; any case.
    CHECK(countOf(lists, filter("AN")) == 2);
    // LIKE's wildcards are searched for, not obeyed: only Cy's company holds a "%".
    CHECK(countOf(lists, filter("%")) == 1);
    CHECK(countOf(lists, filter("", "smb")) == 3);
    CHECK(countOf(lists, filter("", "", "r1")) == 2);
    CHECK(countOf(lists, filter("", "", "", core::CustomerChurnState::Churned)) == 1);
    CHECK(countOf(lists, filter("", "", "", core::CustomerChurnState::Active)) == 4);
    CHECK(countOf(lists, filter("", "smb", "r2")) == 1);

    // By name without case: "bob" between "Ada" and "Cy".
    auto first = lists.customerPage({}, CustomerSortColumn::Name, false, 0, 2);
    REQUIRE_OK(first);
    CHECK(namesOf(*first) == QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("bob Baker")});
    CHECK(first->at(0).ownerName == QStringLiteral("Ada Archer"));
    CHECK(first->at(1).churnedAt == test::utc("2025-06-01T00:00:00Z"));
    auto last = lists.customerPage({}, CustomerSortColumn::Name, false, 4, 2);
    REQUIRE_OK(last);
    CHECK(namesOf(*last) == QStringList{QStringLiteral("Eve Evans")});
    auto descending = lists.customerPage({}, CustomerSortColumn::Name, true, 0, 2);
    REQUIRE_OK(descending);
    CHECK(namesOf(*descending) == QStringList{QStringLiteral("Eve Evans"), QStringLiteral("Dee Dunn")});
    auto newest = lists.customerPage(filter("", "smb"), CustomerSortColumn::AcquiredAt, true, 0, 10);
    REQUIRE_OK(newest);
    CHECK(namesOf(*newest) == QStringList{QStringLiteral("Eve Evans"), QStringLiteral("Cy Clark"),
                                          QStringLiteral("Ada Lovelace")});
    auto unowned = lists.customerPage(filter("dunn"), CustomerSortColumn::Name, false, 0, 5);
    REQUIRE_OK(unowned);
    REQUIRE(unowned->size() == 1);
    CHECK(unowned->front().ownerName.isEmpty());

    auto completion = lists.customerSearch(QStringLiteral("clark"), 5);
    REQUIRE_OK(completion);
    CHECK(namesOf(*completion) == QStringList{QStringLiteral("Cy Clark")});
}

TEST_CASE("ListQueries pages interactions newest first and filters them", "[services][lists]")
{
    ListBook f;
    const auto call = f.addInteraction(f.ada.id, "r1", InteractionKind::Call, "2026-01-10T09:00:00Z");
    const auto sale =
        f.addInteraction(f.ada.id, "r1", InteractionKind::Purchase, "2026-02-01T00:00:00Z", 12'50);
    const auto complaint =
        f.addInteraction(f.ada.id, "r2", InteractionKind::Complaint, "2026-03-05T12:00:00Z");
    const auto email = f.addInteraction(f.eve.id, "r2", InteractionKind::Email, "2026-02-15T08:00:00Z");
    const auto note = f.addInteraction(f.eve.id, "r1", InteractionKind::Note, "2026-03-05T12:00:00Z");
    core::ListQueries lists(*f.db);

    // Newest first; the complaint and the note share a time, the later id comes first.
    const std::vector<qint64> expected{note.id, complaint.id, email.id, sale.id, call.id};
    std::vector<qint64> paged;
    std::optional<core::InteractionListCursor> after;
    int pages = 0;
    for (;;) {
        auto page = lists.interactionPage({}, after, 2);
        REQUIRE_OK(page);
        if (page->empty())
            break;
        ++pages;
        for (const auto& row : *page)
            paged.push_back(row.id);
        after = core::InteractionListCursor::after(page->back());
    }
    CHECK(paged == expected);
    CHECK(pages == 3);

    const auto idsOf = [&](const core::InteractionListFilter& filter) {
        auto page = lists.interactionPage(filter, std::nullopt, 50);
        REQUIRE_OK(page);
        std::vector<qint64> ids;
        for (const auto& row : *page)
            ids.push_back(row.id);
        return ids;
    };
    CHECK(idsOf(interactions("purchase")) == std::vector<qint64>{sale.id});
    CHECK(idsOf(interactions("", "r2")) == std::vector<qint64>{complaint.id, email.id});
    // From inclusive, to exclusive.
    CHECK(idsOf(interactions("", "", "2026-02-01T00:00:00Z", "2026-03-05T12:00:00Z")) ==
          std::vector<qint64>{email.id, sale.id});
    CHECK(idsOf(interactions("", "", nullptr, nullptr, "evans")) == std::vector<qint64>{note.id, email.id});
    auto purchases = lists.interactionPage(interactions("purchase"), std::nullopt, 5);
    REQUIRE_OK(purchases);
    CHECK(purchases->front().amountCents == 1250);
    CHECK(purchases->front().customerName == QStringLiteral("Ada Lovelace"));
    CHECK(purchases->front().repName == QStringLiteral("Ada Archer"));
}

TEST_CASE("ListQueries lists a rep's open follow-ups due before a time, oldest first", "[services][lists]")
{
    ListBook f;
    core::FollowUpService followUps(*f.db);
    const auto add = [&](qint64 customer, const char* rep, const char* due) {
        core::FollowUpTask t;
        t.customerId = customer;
        t.repId = QString::fromLatin1(rep);
        t.dueAt = test::utc(due);
        REQUIRE_OK(followUps.insert(t));
        return t;
    };
    const auto april = add(f.ada.id, "r1", "2026-04-01T00:00:00Z");
    const auto march = add(f.eve.id, "r1", "2026-03-20T00:00:00Z");
    add(f.cy.id, "r2", "2026-03-10T00:00:00Z");
    const auto done = add(f.cy.id, "r1", "2026-03-01T00:00:00Z");
    core::Interaction call;
    call.customerId = f.cy.id;
    call.repId = QStringLiteral("r1");
    call.kind = InteractionKind::FollowUp;
    call.occurredAt = test::utc("2026-03-02T10:00:00Z");
    core::FollowUpRef task{done.id, done.version};
    REQUIRE_OK(followUps.complete(task, call));

    core::ListQueries lists(*f.db);
    const auto ids = [&](const char* until) {
        auto rows = lists.openFollowUps(QStringLiteral("r1"), test::utc(until));
        REQUIRE_OK(rows);
        std::vector<qint64> out;
        for (const auto& r : *rows)
            out.push_back(r.task.id);
        return out;
    };
    CHECK(ids("2026-04-01T00:00:00Z") == std::vector<qint64>{march.id}); // due at the bound: not before it
    CHECK(ids("2026-05-01T00:00:00Z") == std::vector<qint64>{march.id, april.id});
    CHECK(ids("2026-03-01T00:00:00Z").empty());
}

TEST_CASE("ListQueries lists a rep's open follow-ups by window, upcoming ones too, and counts each window",
          "[services][lists]")
{
    ListBook f;
    core::FollowUpService followUps(*f.db);
    const auto add = [&](qint64 customer, const char* rep, const char* due) {
        core::FollowUpTask t;
        t.customerId = customer;
        t.repId = QString::fromLatin1(rep);
        t.dueAt = test::utc(due);
        REQUIRE_OK(followUps.insert(t));
        return t.id;
    };
    // Now is 2026-03-10 10:00 (UTC, the tests' time zone).
    const qint64 overdue = add(f.ada.id, "r1", "2026-03-09T09:00:00Z");
    const qint64 today = add(f.eve.id, "r1", "2026-03-10T15:00:00Z");
    const qint64 week = add(f.cy.id, "r1", "2026-03-17T23:59:00Z"); // the seventh day after today
    const qint64 later = add(f.ada.id, "r1", "2026-03-18T00:00:00Z");
    add(f.cy.id, "r2", "2026-03-10T15:00:00Z"); // another rep's
    const core::FollowUpDays days(test::utc("2026-03-10T10:00:00Z"));

    core::ListQueries lists(*f.db);
    const auto ids = [&](core::FollowUpWindow window) {
        auto rows = lists.openFollowUps(QStringLiteral("r1"), days, window);
        REQUIRE_OK(rows);
        std::vector<qint64> out;
        for (const auto& r : *rows)
            out.push_back(r.task.id);
        return out;
    };
    using W = core::FollowUpWindow;
    CHECK(ids(W::DueByToday) == std::vector<qint64>{overdue, today});
    CHECK(ids(W::Overdue) == std::vector<qint64>{overdue});
    CHECK(ids(W::Today) == std::vector<qint64>{today});
    CHECK(ids(W::ThisWeek) == std::vector<qint64>{week});
    CHECK(ids(W::Later) == std::vector<qint64>{later});
    CHECK(ids(W::AllOpen) == std::vector<qint64>{overdue, today, week, later});

    auto counts = lists.followUpCounts(QStringLiteral("r1"), days);
    REQUIRE_OK(counts);
    CHECK(*counts == core::FollowUpCounts{1, 1, 1, 1});
    auto none = lists.followUpCounts(QStringLiteral("r3"), days);
    REQUIRE_OK(none);
    CHECK(none->total() == 0);
    CHECK(days.when(test::utc("2026-03-10T09:59:59Z")) == core::FollowUpWhen::Overdue);
    CHECK(days.when(test::utc("2026-03-10T10:00:00Z")) == core::FollowUpWhen::Today);
}

TEST_CASE("ListQueries counts, lists and names the survey responses' categories", "[services][lists]")
{
    ListBook f;
    const auto delivery =
        f.addSurvey(f.ada.id, core::SurveyKind::Csat, 4, "2026-01-05T00:00:00Z", "delivery");
    const auto nps = f.addSurvey(f.eve.id, core::SurveyKind::Nps, 9, "2026-02-05T00:00:00Z");
    const auto price = f.addSurvey(f.eve.id, core::SurveyKind::Csat, 2, "2026-03-05T00:00:00Z", "price");
    core::ListQueries lists(*f.db);
    const auto count = [&](const core::SurveyListFilter& filter) {
        auto n = lists.surveyCount(filter);
        REQUIRE_OK(n);
        return *n;
    };
    CHECK(count({}) == 3);
    CHECK(count(surveys(core::SurveyKind::Csat)) == 2);
    CHECK(count(surveys(std::nullopt, "evans")) == 2);
    CHECK(count(surveys(std::nullopt, "", "price")) == 1);
    CHECK(count(surveys(core::SurveyKind::Nps, "lovelace")) == 0);

    auto newest = lists.newestSurveys({}, 2);
    REQUIRE_OK(newest);
    REQUIRE(newest->size() == 2);
    CHECK(newest->at(0).response == price);
    CHECK(newest->at(0).customerName == QStringLiteral("Eve Evans"));
    CHECK(newest->at(1).response == nps);
    auto csat = lists.newestSurveys(surveys(core::SurveyKind::Csat), 10);
    REQUIRE_OK(csat);
    REQUIRE(csat->size() == 2);
    CHECK(csat->at(1).response == delivery);

    auto categories = lists.surveyCategories();
    REQUIRE_OK(categories);
    CHECK(*categories == QStringList{QStringLiteral("delivery"), QStringLiteral("price")});
}
