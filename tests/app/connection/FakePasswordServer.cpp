#include "FakePasswordServer.h"

#include <QByteArray>
#include <QtEndian>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rapport::test {
namespace {

bool readExactly(int fd, char* into, qsizetype size)
{
    while (size > 0) {
        pollfd p{fd, POLLIN, 0};
        if (poll(&p, 1, 5000) <= 0)
            return false;
        const ssize_t n = ::read(fd, into, static_cast<size_t>(size));
        if (n <= 0)
            return false;
        into += n;
        size -= n;
    }
    return true;
}

// A length-prefixed message; `typed` when a type byte comes first (every message but the
// startup packet).
bool readMessage(int fd, bool typed, char& type, QByteArray& body)
{
    if (typed && !readExactly(fd, &type, 1))
        return false;
    quint32 length = 0;
    if (!readExactly(fd, reinterpret_cast<char*>(&length), 4))
        return false;
    length = qFromBigEndian(length);
    if (length < 4 || length > 10000)
        return false;
    body.resize(length - 4);
    return readExactly(fd, body.data(), body.size());
}

void send(int fd, char type, const QByteArray& body)
{
    QByteArray message(1, type);
    const quint32 length = qToBigEndian(static_cast<quint32>(body.size() + 4));
    message.append(reinterpret_cast<const char*>(&length), 4);
    message.append(body);
    (void)::write(fd, message.constData(), static_cast<size_t>(message.size()));
}

} // namespace

FakePasswordServer::FakePasswordServer()
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), sizeof address);
    ::listen(m_listener, 8);
    socklen_t size = sizeof address;
    ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &size);
    m_port = ntohs(address.sin_port);
    m_thread = std::thread([this] { serve(); });
}

FakePasswordServer::~FakePasswordServer()
{
    m_stop = true;
    m_thread.join();
    ::close(m_listener);
}

QString FakePasswordServer::uri(const QString& user) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/rapport?sslmode=disable&gssencmode=disable")
        .arg(user)
        .arg(m_port);
}

QStringList FakePasswordServer::passwordsReceived() const
{
    std::lock_guard lock(m_mutex);
    return m_passwords;
}

void FakePasswordServer::serve()
{
    while (!m_stop) {
        pollfd p{m_listener, POLLIN, 0};
        if (poll(&p, 1, 50) <= 0)
            continue;
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            continue;
        answer(client);
        ::close(client);
    }
}

void FakePasswordServer::answer(int client)
{
    char type = 0;
    QByteArray body;
    if (!readMessage(client, false, type, body))
        return;
    // AuthenticationCleartextPassword.
    send(client, 'R', QByteArray::fromHex("00000003"));
    if (!readMessage(client, true, type, body) || type != 'p')
        return; // libpq had no password to give: it hangs up
    {
        std::lock_guard lock(m_mutex);
        m_passwords << QString::fromUtf8(body.left(body.indexOf('\0')));
    }
    QByteArray error;
    error += "SFATAL";
    error += '\0';
    error += "VFATAL";
    error += '\0';
    error += "C28P01";
    error += '\0';
    error += "Mpassword authentication failed";
    error += '\0';
    error += '\0';
    send(client, 'E', error);
}

} // namespace rapport::test
