#pragma once

#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rapport::core {
class BackgroundJob;
}

namespace rapport::app {

class DatabaseSession;
class OutreachDialog;
class WinBackTableModel;

// The Win-back page: customers who left in the last twelve months and have not bought since,
// those who spent most in their last year first. Log an outreach (Enter) or open the customer.
// The queue is read on a worker; only the newest request is shown.
class WinBackView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinBackView)

public:
    // At most this many customers are listed (the most valuable first).
    static constexpr int kRowLimit = 2000;

    explicit WinBackView(DatabaseSession& session, QWidget* parent = nullptr);
    ~WinBackView() override;

    WinBackTableModel& model() const { return *m_model; }
    bool isLoading() const { return m_loading; }
    // Tests drive the dialog without an event loop (see GoalsView).
    void setDialogHook(std::function<void(OutreachDialog&)> hook) { m_dialogHook = std::move(hook); }
    void selectCustomer(qint64 id);

public slots:
    void refresh();
    void logOutreach();

signals:
    void openCustomerRequested(qint64 customerId);
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    qint64 selectedCustomerId() const;
    void updateButtons();

    DatabaseSession& m_session;
    WinBackTableModel* m_model;
    QTableView* m_view;
    QCheckBox* m_mineOnly;
    QLabel* m_status;
    QPushButton* m_log;
    QPushButton* m_open;
    core::BackgroundJob* m_job;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_dirty = true;
    qint64 m_reselect = 0;
    std::function<void(OutreachDialog&)> m_dialogHook;
};

} // namespace rapport::app
