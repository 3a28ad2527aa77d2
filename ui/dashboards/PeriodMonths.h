#pragma once
#include <QDate>

#include <vector>

namespace rapport {

// The rows of a monthly series (anything with a `month`, its first day) that
// overlap the period starting at `from` (invalid: every row). The series are
// computed on the whole history; the pages show the period's months.
template <typename Month>
std::vector<const Month *> monthsIn(const std::vector<Month> &months, QDate from)
{
    std::vector<const Month *> out;
    for (const Month &m : months)
        if (!from.isValid() || m.month.addMonths(1) > from)
            out.push_back(&m);
    return out;
}

} // namespace rapport
