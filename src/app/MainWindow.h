#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace rapport::app {

class DatabaseSession;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(DatabaseSession& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens `path`, showing a message (and keeping the current database) on failure.
    bool openDatabase(const QString& path, bool createIfMissing);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void newDatabase();
    void openDatabaseDialog();
    void backupDatabase();
    void showAbout();
    void refresh();
    void showError(const QString& summary, const QString& details);

    std::unique_ptr<Ui::MainWindow> m_ui;
    DatabaseSession& m_session;
};

} // namespace rapport::app
