#pragma once

#include <QString>

#include <map>
#include <vector>

namespace rapport::analytics {

// How many activities of one kind were spent on one customer, counted by the
// caller over the same period as the purchases (activity day on or before the
// as-of date): the store's query counts them, the analytics only price them.
struct ActivityCount
{
    int customer = 0;  // index into PurchaseHistory::customers
    QString kind;      // Activity::kind: call, meeting, visit, task, note, email
    int count = 0;
};

// The cost of serving a customer: what one activity of each kind costs, in
// the reporting currency. These are placeholder defaults so the whale curve
// shows something on a new file; they are not facts about anybody's business
// and the user is expected to set them (preferences). A kind missing from the
// table costs nothing.
struct CostToServe
{
    std::map<QString, double> unitCostByKind{
        {QStringLiteral("visit"), 120},
        {QStringLiteral("meeting"), 80},
        {QStringLiteral("call"), 8},
        {QStringLiteral("email"), 2},
        {QStringLiteral("task"), 5},
        {QStringLiteral("note"), 0},
    };

    double unitCost(const QString &kind) const
    {
        const auto it = unitCostByKind.find(kind);
        return it == unitCostByKind.end() ? 0.0 : it->second;
    }
};

} // namespace rapport::analytics
