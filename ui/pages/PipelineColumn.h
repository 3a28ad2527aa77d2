#pragma once
#include "store/queries/PipelineBoardQuery.h"

#include <QFrame>
#include <optional>

class QLabel;
class QListView;
class QPushButton;

namespace rapport {

class PipelineCardDelegate;
class PipelineCardModel;

// One stage of the board: a header with the stage's count, total and
// weighted amount per currency, its cards (read a page at a time: "Show
// more" asks the board for the next page) and a drop target for cards of
// other stages. Left and Right in the card list ask for the neighbouring
// column, so the board is usable from the keyboard.
class PipelineColumn : public QFrame {
    Q_OBJECT
public:
    static constexpr int Width = 252;

    PipelineColumn(const Stage &stage, PipelineCardDelegate *delegate, QWidget *parent = nullptr);

    const Stage &stage() const;
    void setStage(const Stage &stage);
    // Under the stage name, e.g. "closed in the last 90 days" for won and lost.
    void setNote(const QString &note);

    void setTotals(const StageTotals &totals);
    const StageTotals &totals() const { return m_totals; }
    // The totals per currency on one line, "1,200,000.00 CNY · 85,000.00 EUR"
    // (the header's tooltip and accessible description).
    enum class Amount { Total, Weighted };
    QString totalsLine(Amount which) const;
    void setCards(const CardPage &page);
    void appendCards(const CardPage &page);
    const std::optional<CardCursor> &next() const { return m_next; }
    int shownCount() const;
    void setLoading(bool loading);

    QListView *list() const { return m_list; }
    PipelineCardModel *model() const { return m_model; }
    QPushButton *showMoreButton() const { return m_more; }
    QString selectedId() const;
    bool selectCard(const QString &opportunityId);
    void clearSelection();
    // The header's natural height, and a minimum so all columns' cards start
    // on one line however many currencies each header lists.
    int headerHeight() const;
    void setHeaderMinimumHeight(int height);
    // Highlights the column while a card from another stage hovers over it.
    void setDropHighlight(bool on);

signals:
    void moreRequested();
    void cardDropped(const QString &opportunityId);
    void cardActivated(const QString &opportunityId);
    void contextMenuRequested(const QString &opportunityId, const QPoint &globalPos);
    void neighbourRequested(int delta);
    void selectionChanged();

private:
    void updateHeader();
    void updateMore();

    PipelineCardModel *m_model = nullptr;
    QListView *m_list = nullptr;
    QFrame *m_accent = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_totalsLabel = nullptr;
    QWidget *m_header = nullptr;
    QPushButton *m_more = nullptr;
    StageTotals m_totals;
    std::optional<CardCursor> m_next;
    bool m_loading = false;
    bool m_totalsKnown = false;
};

} // namespace rapport
