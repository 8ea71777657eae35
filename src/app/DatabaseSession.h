#pragma once

#include "storage/Database.h"

#include <QObject>

#include <memory>

namespace rapport::app {

// The database the GUI has open, and the rep who is signed in. Views ask it for the
// Database and listen to `changed` to refresh after a write.
class DatabaseSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseSession)

public:
    explicit DatabaseSession(QObject* parent = nullptr);
    ~DatabaseSession() override;

    core::Status open(const QString& path, core::Database::OpenMode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }
    core::Database& database() { return *m_db; }
    QString path() const { return m_db ? m_db->path() : QString(); }

    const QString& currentRep() const { return m_currentRep; }
    void setCurrentRep(const QString& repId);

signals:
    void opened();
    void closed();
    void changed(); // data written: views refresh
    void currentRepChanged(const QString& repId);

private:
    std::unique_ptr<core::Database> m_db;
    QString m_currentRep;
};

} // namespace rapport::app
