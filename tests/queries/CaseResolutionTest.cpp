#include "CampaignTestData.h"
#include "domain/ServiceLevels.h"
#include "store/ActivityRepository.h"
#include "store/CaseRepository.h"
#include "store/Journal.h"
#include "store/Store.h"
#include "store/queries/CaseActivitiesQuery.h"
#include "store/queries/CaseResolution.h"

using namespace rapport;
using namespace rapport::test;

namespace {
constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
} // namespace

TEST(CaseResolution, ResolvesWithAFollowUpCallInOneUndoableStep)
{
    TempStore ts;
    CampaignData d(ts);
    const QString acme = d.account(QStringLiteral("Acme"));
    const QString ann = d.contact(QStringLiteral("Ann"), {}, {}, {}, acme);
    Case c;
    c.subject = QStringLiteral("Machine leaks");
    c.accountId = acme;
    c.contactId = ann;
    c.priority = QStringLiteral("high");
    c.status = QStringLiteral("in progress");
    CaseRepository cases(*ts);
    const QString id = created(cases.create(c), "case");

    const qint64 before = ts.clock;
    const Result<CaseResolved> r = resolveCase(*ts, id, QStringLiteral("Replaced the seal"), FollowUpCall{5, {}}, QStringLiteral("Resolve"));
    ASSERT_TRUE(r.ok()) << r.error().message.toStdString();
    ASSERT_GT(r->changeId, 0);
    const Case stored = *cases.get(id);
    EXPECT_EQ(stored.status, QStringLiteral("resolved"));
    EXPECT_EQ(stored.resolution, QStringLiteral("Replaced the seal"));
    ASSERT_TRUE(stored.resolvedAt.has_value());
    EXPECT_GE(*stored.resolvedAt, before);
    ASSERT_FALSE(r->followUpActivityId.isEmpty());
    EXPECT_EQ(stored.followupActivityId, r->followUpActivityId);

    const std::optional<Activity> call = ActivityRepository(*ts).get(r->followUpActivityId);
    ASSERT_TRUE(call.has_value());
    EXPECT_EQ(call->kind, QStringLiteral("call"));
    EXPECT_EQ(call->caseId, id);
    EXPECT_EQ(call->accountId, acme);
    EXPECT_EQ(call->contactIds, QStringList{ann});
    EXPECT_FALSE(call->isDone());
    ASSERT_TRUE(call->dueAt.has_value());
    EXPECT_GE(*call->dueAt - *stored.resolvedAt, 5 * DayMs);
    EXPECT_LT(*call->dueAt - *stored.resolvedAt, 5 * DayMs + 1000);
    EXPECT_TRUE(call->subject.contains(QStringLiteral("Machine leaks")));

    // One undo takes back the resolution and the call.
    ASSERT_TRUE(Journal(*ts).revert(r->changeId).ok());
    EXPECT_EQ(cases.get(id)->status, QStringLiteral("in progress"));
    EXPECT_FALSE(cases.get(id)->resolvedAt.has_value());
    EXPECT_TRUE(cases.get(id)->followupActivityId.isEmpty());
    EXPECT_FALSE(ActivityRepository(*ts).get(r->followUpActivityId).has_value());
}

TEST(CaseResolution, AResolutionIsRequiredAndAFollowUpCanComeLater)
{
    TempStore ts;
    Case c;
    c.subject = QStringLiteral("Question");
    CaseRepository cases(*ts);
    const QString id = created(cases.create(c), "case");
    EXPECT_FALSE(resolveCase(*ts, id, QStringLiteral("  "), std::nullopt, QStringLiteral("Resolve")).ok());
    EXPECT_NE(cases.get(id)->status, QStringLiteral("resolved"));

    const Result<CaseResolved> r = resolveCase(*ts, id, QStringLiteral("Answered"), std::nullopt, QStringLiteral("Resolve"));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->followUpActivityId.isEmpty());
    EXPECT_TRUE(cases.get(id)->followupActivityId.isEmpty());

    const Result<CaseResolved> later = scheduleFollowUp(*ts, id, FollowUpCall{1, QStringLiteral("How is it going?")}, QStringLiteral("Follow up"));
    ASSERT_TRUE(later.ok()) << later.error().message.toStdString();
    EXPECT_EQ(cases.get(id)->followupActivityId, later->followUpActivityId);
    EXPECT_EQ(ActivityRepository(*ts).get(later->followUpActivityId)->subject, QStringLiteral("How is it going?"));
}

TEST(ServiceLevels, DefaultsAndDueTimes)
{
    const ServiceLevels s = ServiceLevels::defaults();
    constexpr qint64 H = ServiceLevels::HourMs;
    EXPECT_EQ(s.dueAt(QStringLiteral("urgent"), 1000), 1000 + 4 * H);
    EXPECT_EQ(s.dueAt(QStringLiteral("high"), 1000), 1000 + 24 * H);
    EXPECT_EQ(s.dueAt(QStringLiteral("normal"), 1000), 1000 + 72 * H);
    EXPECT_EQ(s.dueAt(QStringLiteral("low"), 1000), 1000 + 168 * H);
    EXPECT_EQ(s.dueAt(QString(), 0), 72 * H); // no priority: normal
    ServiceLevels custom = s;
    custom.setHours(QStringLiteral("urgent"), 2);
    custom.setHours(QStringLiteral("low"), 0); // refused
    EXPECT_EQ(custom.hoursFor(QStringLiteral("urgent")), 2);
    EXPECT_EQ(custom.hoursFor(QStringLiteral("low")), 168);
    EXPECT_NE(custom, s);
}

TEST(CaseResolution, ClosingNeedsAResolutionAndKeepsTheResolvedTime)
{
    TempStore ts;
    Case c;
    c.subject = QStringLiteral("Invoice wrong");
    c.status = QStringLiteral("waiting");
    CaseRepository cases(*ts);
    const QString id = created(cases.create(c), "case");
    EXPECT_FALSE(closeCase(*ts, id, QString(), QStringLiteral("Close")).ok());
    EXPECT_EQ(cases.get(id)->status, QStringLiteral("waiting"));
    ASSERT_TRUE(closeCase(*ts, id, QStringLiteral("Credit note sent"), QStringLiteral("Close")).ok());
    const Case closed = *cases.get(id);
    EXPECT_EQ(closed.status, QStringLiteral("closed"));
    EXPECT_EQ(closed.resolution, QStringLiteral("Credit note sent"));
    ASSERT_TRUE(closed.resolvedAt.has_value());

    // A resolved case closes with its resolution and resolution time.
    const QString other = created(cases.create(c), "case");
    ASSERT_TRUE(resolveCase(*ts, other, QStringLiteral("Fixed"), std::nullopt, QStringLiteral("Resolve")).ok());
    const qint64 resolvedAt = *cases.get(other)->resolvedAt;
    ASSERT_TRUE(closeCase(*ts, other, QString(), QStringLiteral("Close")).ok());
    EXPECT_EQ(cases.get(other)->resolvedAt, resolvedAt);
    EXPECT_EQ(cases.get(other)->resolution, QStringLiteral("Fixed"));
}

TEST(CaseActivitiesQuery, ListsTheCasesLiveActivitiesNewestFirst)
{
    TempStore ts;
    CaseRepository cases(*ts);
    Case c;
    c.subject = QStringLiteral("Leak");
    const QString id = created(cases.create(c), "case");
    const QString other = created(cases.create(c), "case");
    ActivityRepository activities(*ts);
    auto activity = [&](const QString &caseId, qint64 start, const char *subject) {
        Activity a;
        a.kind = QStringLiteral("call");
        a.subject = QString::fromLatin1(subject);
        a.startAt = start;
        a.caseId = caseId;
        return created(activities.create(a), "activity");
    };
    activity(id, 1000, "first call");
    const QString gone = activity(id, 3000, "deleted");
    activity(id, 2000, "second call");
    activity(other, 5000, "another case");
    ASSERT_TRUE(activities.remove(gone).ok());
    const auto list = CaseActivitiesQuery(*ts).activities(id, 10);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2);
    EXPECT_EQ(list->at(0).subject, QStringLiteral("second call"));
    EXPECT_EQ(list->at(1).subject, QStringLiteral("first call"));
    EXPECT_EQ(CaseActivitiesQuery(*ts).activities(id, 1)->size(), 1);
}
