#pragma once

#include <QString>
#include <QStringList>

namespace rapport::app {

// The team servers connected to lately, newest first, kept in the settings under
// connection/recent. What is stored never holds a password: every address goes through
// ServerUri::withoutPassword() before it is written.
class RecentConnections
{
public:
    static constexpr int kMaximum = 8;

    static QStringList list();
    // Puts `address` first (once); a password in it is dropped.
    static void add(const QString& address);
    static void clear();
};

} // namespace rapport::app
