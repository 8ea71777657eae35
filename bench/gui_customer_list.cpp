// bench_gui_customer_list DATABASE: how long the customer list blocks the GUI thread
// for each thing a rep does (open, search, filter, sort, scroll), on a real view.
// Every step runs synchronously on the GUI thread, so its duration is the freeze.
#include "shell/DatabaseSession.h"
#include "storage/CustomerListStore.h"
#include "storage/Database.h"
#include "workspace/CustomerTableModel.h"
#include "workspace/CustomersView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <cstdio>
#include <functional>

using namespace rapport;

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_customer_list DATABASE\n");
        return 2;
    }
    app::DatabaseSession session;
    if (auto s = session.open(QString::fromLocal8Bit(argv[1]), core::Database::OpenMode::OpenExisting); !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
        return 1;
    }
    app::CustomersView view(session);
    view.resize(1200, 800);
    view.show();
    app::CustomerTableModel& model = view.model();
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
    auto* segment = view.findChild<QComboBox*>(QStringLiteral("segmentComboBox"));
    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusComboBox"));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTableView"));

    double worst = 0;
    auto step = [&](const char* what, const std::function<void()>& action) {
        QElapsedTimer timer;
        timer.start();
        action();
        QCoreApplication::processEvents();
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        worst = std::max(worst, ms);
        std::printf("%-44s %8.1f ms  (%lld matching)\n", what, ms,
                    static_cast<long long>(model.totalCount()));
    };
    step("reload, no filter", [&] { model.reload(); });
    // Search as you type: each pause in typing runs one query.
    const QString typed = QStringLiteral("harbor");
    for (int i = 1; i <= typed.size(); ++i) {
        const QByteArray label = "search \"" + typed.left(i).toUtf8() + "\"";
        step(label.constData(), [&] {
            search->setText(typed.left(i));
            model.setFilter({typed.left(i), {}, {}, core::CustomerListStore::ChurnState::Any});
        });
    }
    step("clear search", [&] {
        search->clear();
        model.setFilter({});
    });
    step("segment filter", [&] { segment->setCurrentIndex(1); });
    step("status filter: churned", [&] { status->setCurrentIndex(2); });
    step("all again", [&] {
        segment->setCurrentIndex(0);
        status->setCurrentIndex(0);
    });
    step("sort by company, descending",
         [&] { table->sortByColumn(app::CustomerTableModel::CompanyColumn, Qt::DescendingOrder); });
    step("sort by owner",
         [&] { table->sortByColumn(app::CustomerTableModel::OwnerColumn, Qt::AscendingOrder); });
    for (int page = 0; page < 5; ++page)
        step("scroll: fetch next page", [&] { model.fetchMore({}); });
    const double worstStep = worst;
    step("walk down to row 10,000 (50 pages)", [&] {
        while (model.rowCount() < 10000 && model.canFetchMore({}))
            model.fetchMore({});
    });
    QElapsedTimer one;
    one.start();
    model.fetchMore({});
    std::printf("%-44s %8.1f ms\n", "one page at row 10,000", static_cast<double>(one.nsecsElapsed()) / 1e6);
    std::printf("worst single step a user triggers: %.1f ms\n", worstStep);
    return 0;
}
