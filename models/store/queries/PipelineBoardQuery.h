#pragma once
#include "domain/Money.h"
#include "domain/Stage.h"
#include "store/StoreError.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace rapport {

class Store;

// Which opportunities of a pipeline the board shows.
struct BoardFilter {
    QString pipelineId;
    QString ownerId;  // empty: everyone's
    QDate closeMonth; // any day of the month: expected close within it; null: any
    // Won and lost stages only: closed at or after this UTC time. Unset: all
    // of them (they hold years of history, so the board sets it).
    std::optional<qint64> closedSince;
    friend bool operator==(const BoardFilter &, const BoardFilter &) = default;
};

// One currency's part of a stage's totals. Amounts in minor units; weighted
// is the sum of amount × probability / 100, rounded once at the end so a
// column of many small deals does not lose a cent per card.
struct CurrencyTotal {
    QString currency;
    qint64 count = 0;
    qint64 amount = 0;
    qint64 weighted = 0;
    friend bool operator==(const CurrencyTotal &, const CurrencyTotal &) = default;
};

struct StageTotals {
    qint64 count = 0; // every opportunity, with or without an amount
    QList<CurrencyTotal> currencies; // by currency code; none for deals without amounts
    friend bool operator==(const StageTotals &, const StageTotals &) = default;
};

// What a card shows.
struct BoardCard {
    QString id;
    QString name;
    QString accountId;
    QString accountName;
    std::optional<Money> amount;
    std::optional<int> probability;
    QDate expectedClose;
    QString ownerId;
    QString ownerName;
    std::optional<qint64> closedAt;
    QString closeReason;
};

// Where the next page of a column starts: after this card in the column's
// order. Dated cards come first, then the undated ones by id.
struct CardCursor {
    bool undated = false;
    QString expectedClose; // ISO date of the last card read (dated part)
    QString id;
};

struct CardPage {
    QList<BoardCard> cards;
    std::optional<CardCursor> next; // unset at the end of the column
};

// The reads behind the pipeline board. Both stay fast on a store with tens of
// thousands of opportunities per pipeline:
// - stageTotals() is one aggregate over the pipeline's stages, walking
//   opportunities_by_stage; it reads every row it sums, so the board runs it on
//   a worker thread.
// - cards() reads one page of one column by key along the same index
//   (stage_id, expected_close): open stages soonest close first (the overdue
//   and urgent deals on top), won and lost stages latest first (what was just
//   won or lost). Never an OFFSET.
class PipelineBoardQuery {
public:
    explicit PipelineBoardQuery(Store &store) : m_store(store) {}

    // Totals per stage id; stages with nothing in them are absent.
    Result<QHash<QString, StageTotals>> stageTotals(const BoardFilter &filter);

    // Up to `limit` cards of `stage`, after `after` (or from the top).
    Result<CardPage> cards(const Stage &stage, const BoardFilter &filter, const std::optional<CardCursor> &after, int limit);

    // The statements, for EXPLAIN QUERY PLAN checks in tests.
    static QString totalsSql(const BoardFilter &filter);
    static QString cardsSql(const Stage &stage, const BoardFilter &filter, bool undated, bool hasAfter);

private:
    // Reads up to `limit` cards of one part (dated or undated) of a column.
    Result<QList<BoardCard>> readCards(const Stage &stage, const BoardFilter &filter, bool undated, const CardCursor &after, int limit);

    Store &m_store;
};

} // namespace rapport
