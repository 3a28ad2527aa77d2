#pragma once
#include "store/StoreError.h"

#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// One activity done or planned for a case (a call, a visit, a note).
struct CaseActivity {
    QString id;
    QString kind;
    QString subject;
    qint64 startAt = 0;
    std::optional<qint64> dueAt;
    std::optional<qint64> doneAt;
    QString outcome;
};

// The activities linked to a case, newest first: a bounded read through
// activities_by_case. A case gathers a handful; the limit keeps a runaway
// one cheap.
class CaseActivitiesQuery {
public:
    explicit CaseActivitiesQuery(Store &store) : m_store(store) {}
    Result<QList<CaseActivity>> activities(const QString &caseId, int limit);

private:
    Store &m_store;
};

} // namespace rapport
