#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <mutex>
#include <thread>

namespace rapport::test {

// A stand-in for a PostgreSQL server that wants a password and refuses every one: it speaks
// just enough of the protocol (startup, a clear-text password request, an error 28P01) on
// 127.0.0.1 for libpq to tell "no password supplied" from "password refused". The test
// server of ctest trusts every local login, so it cannot show either.
class FakePasswordServer
{
public:
    FakePasswordServer();
    ~FakePasswordServer();
    FakePasswordServer(const FakePasswordServer&) = delete;
    FakePasswordServer& operator=(const FakePasswordServer&) = delete;

    int port() const { return m_port; }
    // postgresql://USER@127.0.0.1:PORT/rapport, without TLS or GSS (the fake speaks neither).
    QString uri(const QString& user) const;
    // The passwords libpq sent, in order.
    QStringList passwordsReceived() const;

private:
    void serve();
    void answer(int client);

    int m_listener = -1;
    int m_port = 0;
    std::atomic<bool> m_stop = false;
    mutable std::mutex m_mutex;
    QStringList m_passwords;
    std::thread m_thread;
};

} // namespace rapport::test
