#pragma once
#include <QtGlobal>
#include <cmath>

namespace rapport::demo {

// The generator's only source of randomness: xoshiro256** seeded through
// splitmix64. Everything is computed from its integers with our own code (no
// std:: distributions, whose results differ between standard libraries), so a
// seed gives the same data on every build.
class Rng {
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &s : m_s)
            s = splitmix64(seed);
    }

    static quint64 splitmix64(quint64 &state)
    {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)
    bool chance(double p) { return uniform() < p; }
    int below(int n) { return n <= 1 ? 0 : int((next() >> 32) * quint64(n) >> 32); } // [0, n)
    qint64 range(qint64 lo, qint64 hi) { return hi <= lo ? lo : lo + qint64(next() % quint64(hi - lo + 1)); } // [lo, hi]
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }
    double normal()
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(6.283185307179586 * uniform());
    }
    // Log-normal with the given median: most values near it, a long upper tail.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    int poisson(double mean)
    {
        // Knuth's method; the means used here are small.
        const double limit = std::exp(-mean);
        int k = 0;
        for (double p = uniform(); p > limit; p *= uniform())
            ++k;
        return k;
    }
    // Index drawn with the given (not necessarily normalised) weights.
    template <typename Container>
    int weighted(const Container &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double x = uniform() * total;
        int i = 0;
        for (double w : weights) {
            if (x < w)
                return i;
            x -= w;
            ++i;
        }
        return i - 1;
    }
    template <typename List>
    const auto &pick(const List &list) { return list[below(int(list.size()))]; }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace rapport::demo
