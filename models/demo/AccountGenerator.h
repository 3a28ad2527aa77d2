#pragma once
#include "GeneratorContext.h"

namespace rapport::demo {

// One account with everything that hangs off it, written parents first:
// the account, its contacts, opportunities with their stage changes, cases,
// activities, and orders with their lines.
//
// An account's story is decided before anything is written: whether it buys,
// how often (order rates differ a lot between customers), when it stops
// (many buy once, some for years) and so its type: a "customer" ordered in
// the last 18 months, a "former customer" longer ago, a "prospect" never.
class AccountGenerator {
public:
    explicit AccountGenerator(GeneratorContext &ctx);
    QStringList missingFields() const { return m_missing; }
    Status generate();

private:
    enum class Type { Prospect, Customer, Former, Partner };
    struct ContactInfo {
        QString id;
        qint64 created;
        QString display;
    };
    struct Span {
        QString id;
        qint64 start, end;
    };
    struct ActivitySpec {
        QString id; // preset (case follow-ups) or empty
        PhraseBook::Kind kind = PhraseBook::Kind::Call;
        qint64 start = 0, created = 0;
        qint64 due = -1, done = -1; // -1: none
        QString subject;
        QString contactIds; // JSON list
        QString opportunity, kase;
    };

    void plan();
    void planOrders(double rate, double churn);
    Status writeAccount();
    Status writeContacts(int count);
    Status writeOpportunities(int count);
    Status writeCases(int count);
    Status writeActivities(int count);
    Status writeActivity(const ActivitySpec &spec);
    Status writeOrders();
    const ContactInfo &contactAt(qint64 t);
    QString contactList(qint64 t, bool maybeTwo);
    QString campaignAt(qint64 t, double chance);
    int pickProduct();
    qint64 pastTime(qint64 from, qint64 to);

    GeneratorContext &m_ctx;
    QStringList m_missing;

    // The account being generated.
    int m_regionIndex = 0;
    const Region *m_region = nullptr;
    const City *m_city = nullptr;
    Lang m_lang = Lang::En;
    Type m_type = Type::Prospect;
    QString m_id, m_name, m_owner, m_domain;
    qint64 m_created = 0;
    double m_rate = 0; // orders per year while buying
    std::vector<qint64> m_orders;
    QList<ContactInfo> m_contacts;
    QList<Span> m_opportunities;
    QList<int> m_favourites; // product categories

    struct {
        int owner, name, type, industry, source, website, phones, emails, street, city, region, postcode, country, parent, tags, notes,
            visitInterval;
    } m_a;
    struct {
        int owner, given, family, romanised, title, department, account, emails, phones, street, city, region, postcode, country,
            birthday, channel, consent, tags, notes;
    } m_c;
    struct {
        int owner, account, contact, name, amount, currency, pipeline, stage, probability, expectedClose, campaign, closeReason, closedAt,
            tags, notes;
    } m_o;
    struct {
        int owner, opportunity, from, to, changedAt, changedBy;
    } m_sc;
    struct {
        int owner, subject, description, account, contact, priority, status, assignee, due, resolved, resolution, satisfaction, followup;
    } m_k;
    struct {
        int owner, kind, subject, body, start, duration, due, done, outcome, location, account, contacts, opportunity, kase;
    } m_act;
    struct {
        int owner, account, contact, orderedAt, currency, channel, campaign, number;
    } m_ord;
    struct {
        int owner, order, product, quantity, unitPrice, discount;
    } m_line;
};

} // namespace rapport::demo
