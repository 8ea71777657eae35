#pragma once

#include <QObject>

namespace rapport::core {

class Database;

// Tells when someone else changed the book: on a team server, every write to a table of
// records notifies the channel rapport_changed when its transaction commits (a trigger of
// TeamSchema), and this listens to it on the given connection, so open windows refresh by
// themselves. Notifications from this very connection (one's own writes) are left out. On a
// file it never fires (SQLite has no such thing; a file has one desk).
// Lives on the connection's thread and must go before the Database does.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    explicit ChangeWatcher(Database& db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    bool isListening() const { return m_listening; }

signals:
    // A table of records changed elsewhere; `table` names it.
    void changedElsewhere(const QString& table);

private:
    Database& m_db;
    bool m_listening = false;
};

} // namespace rapport::core
