#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace rapport::test {

// Makes a FIFO at `path` and reads everything written into it on a thread of its own, so
// that a writer in this process or another never blocks. Opened without blocking: a writer
// that replaces the FIFO instead of writing into it leaves finish() empty, never hanging.
class FifoReader
{
public:
    explicit FifoReader(const QString& path)
    {
        const QByteArray native = QFile::encodeName(path);
        m_made = ::mkfifo(native.constData(), 0600) == 0;
        m_fd = m_made ? ::open(native.constData(), O_RDONLY | O_NONBLOCK) : -1;
        if (m_fd >= 0)
            m_thread = std::thread([this] { run(); });
    }
    ~FifoReader() { finish(); }
    FifoReader(const FifoReader&) = delete;
    FifoReader& operator=(const FifoReader&) = delete;

    bool ok() const { return m_fd >= 0; }
    // Call once the writer is done: what came through the FIFO.
    QByteArray finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return m_data;
    }

private:
    void run()
    {
        char buffer[65536];
        for (;;) {
            const bool stopping = m_stop;
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n > 0) {
                m_data.append(buffer, static_cast<qsizetype>(n));
                continue;
            }
            // 0: no writer (yet, or any more); EAGAIN: a writer with nothing to say yet.
            if (stopping)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    }

    bool m_made = false;
    int m_fd = -1;
    std::atomic<bool> m_stop = false;
    std::thread m_thread;
    QByteArray m_data;
};

} // namespace rapport::test
