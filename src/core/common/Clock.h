#pragma once

#include <QDateTime>

namespace rapport::core {

// The metrics engine, goals and follow-up reminders never read the wall clock
// directly: they ask a Clock, so tests can pin "now".
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override;
    static const SystemClock& instance();
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

} // namespace rapport::core
