#pragma once
#include "store/queries/PipelineBoardQuery.h"

#include <QHash>
#include <QList>
#include <QScrollArea>
#include <functional>

class QHBoxLayout;

namespace rapport {

class AppContext;
class BackgroundReader;
class PipelineCardDelegate;
class PipelineColumn;

// The board: one column per stage of a pipeline, side by side. What it shows
// is read off the GUI thread (BackgroundReader): each load reads the first
// page of each column's cards, then one aggregate for every column's totals,
// so a pipeline with thousands of open deals per stage opens without a pause
// and its totals follow.
// It never writes: drops and keyboard moves are asked of the page
// (moveRequested), and the board re-reads when the store has changed.
class PipelineBoardView : public QScrollArea {
    Q_OBJECT
public:
    static constexpr int PageSize = 50;
    // A re-read after a change keeps what "Show more" had opened, up to this.
    static constexpr int MaxReloadRows = 500;

    explicit PipelineBoardView(AppContext &context, QWidget *parent = nullptr);
    ~PipelineBoardView() override;

    // Shows these stages (in order) under the filter and reads them.
    // `closedNote` is shown under won and lost stages' names.
    void load(const QList<Stage> &stages, const BoardFilter &filter, const QString &closedNote);
    // Reads the same board again (the store changed).
    void reload();

    const QList<Stage> &stages() const { return m_stages; }
    const BoardFilter &filter() const { return m_filter; }
    QList<PipelineColumn *> columns() const { return m_columns; }
    PipelineColumn *column(const QString &stageId) const;
    bool isLoading() const;

    QString selectedId() const;
    QString selectedStageId() const;
    // Selects the card now, or after the next load if it is not shown.
    void selectCard(const QString &opportunityId);
    // Selects the card when the next load is applied (a card that has just
    // moved is still in its old column until then).
    void selectAfterReload(const QString &opportunityId) { m_wantedSelection = opportunityId; }
    QWidget *focusTarget() const;

signals:
    // A load was applied (totals and first pages are on screen).
    void loaded();
    void loadFailed(const QString &message);
    void cardActivated(const QString &opportunityId);
    void moveRequested(const QString &opportunityId, const QString &stageId);
    void contextMenuRequested(const QString &opportunityId, const QPoint &globalPos);
    void selectionChanged();

private:
    void rebuildColumns();
    void startLoad();
    // One of a load's two reads is back: applies it unless the load is stale.
    void finishPart(const std::function<void()> &apply);
    void applyCards(const QHash<QString, CardPage> &pages, const QString &error);
    void applyTotals(const QHash<QString, StageTotals> &totals);
    void showMore(PipelineColumn *column);
    void focusNeighbour(PipelineColumn *from, int delta);
    void onColumnSelection(PipelineColumn *column);

    AppContext &m_context;
    BackgroundReader *m_reader = nullptr;
    PipelineCardDelegate *m_delegate = nullptr;
    QWidget *m_strip = nullptr;
    QHBoxLayout *m_stripLayout = nullptr;
    QList<PipelineColumn *> m_columns;
    QList<Stage> m_stages;
    BoardFilter m_filter;
    QString m_closedNote;
    QHash<QString, int> m_shown; // rows per stage to read again on reload
    quint64 m_generation = 0;    // bumped by every load; older replies are dropped
    int m_inFlight = 0; // reads of the current load not back yet
    bool m_cardsPending = false;
    bool m_again = false;
    QString m_wantedSelection;
};

} // namespace rapport
