#pragma once
// Hand-made records for the page-query tests: small builders over the typed
// repositories, so every row is written the way the app writes it.
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CampaignMemberRepository.h"
#include "store/CampaignRepository.h"
#include "store/CaseRepository.h"
#include "store/ContactRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PipelineRepository.h"
#include "store/ProductRepository.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace rapport::test {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

template <typename T>
T must(Result<T> r, const char *what)
{
    EXPECT_TRUE(r.ok()) << what << ": " << r.error().message.toStdString();
    return r.ok() ? *r : T();
}

struct QueryData {
    TempStore &ts;
    QString product;
    Pipeline sales;

    explicit QueryData(TempStore &t) : ts(t)
    {
        Product p;
        p.name = QStringLiteral("Espresso machine");
        p.currency = QStringLiteral("EUR");
        product = must(ProductRepository(*ts).create(p), "product");
        Pipeline pl;
        pl.name = QStringLiteral("Sales");
        for (const auto &[name, kind] : {std::pair{"Lead", "open"}, std::pair{"Won", "won"}, std::pair{"Lost", "lost"}}) {
            Stage s;
            s.name = QString::fromLatin1(name);
            s.kind = QString::fromLatin1(kind);
            pl.stages << s;
        }
        PipelineRepository pipelines(*ts);
        sales = *pipelines.get(must(pipelines.create(pl), "pipeline"));
    }
    QString lead() const { return sales.stages[0].id; }
    QString won() const { return sales.stages[1].id; }

    // Records created from here on carry `at` as their creation time.
    void setClock(qint64 at) { ts.clock = at; }

    QString account(const QString &name, std::optional<int> visitIntervalDays = {})
    {
        Account a;
        a.name = name;
        a.visitIntervalDays = visitIntervalDays;
        return must(AccountRepository(*ts).create(a), "account");
    }
    QString contact(const QString &accountId, const QString &given, const QString &family)
    {
        Contact c;
        c.accountId = accountId;
        c.givenName = given;
        c.familyName = family;
        return must(ContactRepository(*ts).create(c), "contact");
    }
    QString activity(const QString &accountId, const char *kind, qint64 startAt, std::optional<qint64> doneAt = {},
                     const QStringList &contacts = {}, const QString &subject = {})
    {
        Activity a;
        a.accountId = accountId;
        a.kind = QString::fromLatin1(kind);
        a.startAt = startAt;
        a.doneAt = doneAt;
        a.contactIds = contacts;
        a.subject = subject.isEmpty() ? QStringLiteral("%1 at %2").arg(a.kind).arg(startAt) : subject;
        return must(ActivityRepository(*ts).create(a), "activity");
    }
    // An order of single lines of (quantity, unit price, discount).
    QString order(const QString &accountId, qint64 orderedAt, const QList<std::tuple<qint64, qint64, qint64>> &lines,
                  const QString &currency = QStringLiteral("EUR"), const QString &contactId = {}, const QString &number = {})
    {
        Order o;
        o.accountId = accountId;
        o.contactId = contactId;
        o.orderedAt = orderedAt;
        o.currency = currency;
        o.number = number.isEmpty() ? QStringLiteral("SO-%1").arg(orderedAt) : number;
        for (const auto &[quantity, price, discount] : lines) {
            OrderLine l;
            l.productId = product;
            l.quantity = quantity;
            l.unitPrice = price;
            if (discount)
                l.discount = discount;
            o.lines << l;
        }
        return must(OrderRepository(*ts).create(o), "order");
    }
    QString opportunity(const QString &accountId, const QString &name, std::optional<Money> amount, bool won = false,
                        const QString &contactId = {})
    {
        Opportunity o;
        o.accountId = accountId;
        o.contactId = contactId;
        o.name = name;
        o.amount = amount;
        o.pipelineId = sales.id;
        o.stageId = won ? this->won() : lead();
        if (won)
            o.closedAt = ts.clock;
        return must(OpportunityRepository(*ts).create(o), "opportunity");
    }
    QString kase(const QString &accountId, const QString &subject, const char *status = "new", std::optional<qint64> dueAt = {},
                 const QString &contactId = {})
    {
        Case c;
        c.accountId = accountId;
        c.contactId = contactId;
        c.subject = subject;
        c.status = QString::fromLatin1(status);
        c.dueAt = dueAt;
        if (CaseRepository::isResolvedStatus(c.status)) {
            c.resolution = QStringLiteral("Replaced the part");
            c.resolvedAt = ts.clock;
        }
        return must(CaseRepository(*ts).create(c), "case");
    }
    QString campaign(const QString &name)
    {
        Campaign c;
        c.name = name;
        c.channel = QStringLiteral("email");
        return must(CampaignRepository(*ts).create(c), "campaign");
    }
    // A member who got the mailing at `sentAt` and, if given, responded.
    QString member(const QString &campaignId, const QString &contactId, qint64 sentAt, std::optional<qint64> respondedAt = {})
    {
        CampaignMember m;
        m.campaignId = campaignId;
        m.contactId = contactId;
        m.targetedAt = sentAt;
        m.sentAt = sentAt;
        m.respondedAt = respondedAt;
        m.status = respondedAt ? QStringLiteral("responded") : QStringLiteral("sent");
        return must(CampaignMemberRepository(*ts).create(m), "campaign member");
    }
};

} // namespace rapport::test
