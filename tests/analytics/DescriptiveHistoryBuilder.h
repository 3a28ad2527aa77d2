#pragma once

#include "analytics/PurchaseHistory.h"

#include <QDate>
#include <QString>

namespace rapport::analytics::test {

// Builds a small PurchaseHistory by hand for the descriptive-analytics tests,
// so each test reads as a list of customers and their orders.
class DescriptiveHistoryBuilder
{
public:
    int customer(const QString &name, const QString &source = {}, const QString &type = {})
    {
        m_history.customers.push_back({name, name, type, source, {}});
        return int(m_history.customers.size()) - 1;
    }
    DescriptiveHistoryBuilder &buy(int customer, QDate day, double revenue, double cost = 0)
    {
        m_history.purchases.push_back({customer, day, revenue, cost});
        return *this;
    }
    PurchaseHistory build() const
    {
        PurchaseHistory history = m_history;
        history.sort();
        return history;
    }

private:
    PurchaseHistory m_history;
};

} // namespace rapport::analytics::test
