#pragma once

#include <QtGlobal>
#include <array>
#include <random>

namespace rapport::core::demo {

// ---------------------------------------------------------------------------------------
// Random numbers: std::mt19937_64 is specified bit for bit by the standard; everything on
// top of it is plain integer or IEEE arithmetic (+, -, *, / only), so identical everywhere.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [lo, hi]; the modulo bias is below 2^-40 for our ranges.
    qint64 between(qint64 lo, qint64 hi)
    {
        const quint64 span = static_cast<quint64>(hi - lo) + 1;
        return lo + static_cast<qint64>(next() % span);
    }
    // Uniform in [0, 1), 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // Triangular in (-width, width): the sum of two uniforms, centred.
    double noise(double width) { return (unit() + unit() - 1.0) * width; }
    template <typename T, std::size_t N> const T& pick(const std::array<T, N>& items)
    {
        return items[static_cast<std::size_t>(next() % N)];
    }
    // An index chosen with the given integer weights.
    template <std::size_t N> std::size_t weighted(const std::array<int, N>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 r = between(0, total - 1);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 m_engine;
};

inline double clamp01(double x)
{
    return x < 0.0 ? 0.0 : (x > 0.999999 ? 0.999999 : x);
}

} // namespace rapport::core::demo
