#pragma once
#include "core/Page.h"
#include "store/queries/PipelineBoardQuery.h"

#include <functional>

class QLabel;
class QStackedWidget;
class QTableView;

namespace rapport {

class PipelineBoardView;
class PipelineToolBar;
class RecordListModel;

// The Pipeline page: a board with a column per stage (count, total and
// weighted amount per currency; cards read a page at a time), or the same
// opportunities as a table with weighted amounts. The user switches
// pipelines, filters by owner and by close month, drags a card to another
// stage (or moves it from the keyboard or the context menu), and marks a deal
// won or lost with a reason. Every move is one journaled change set: the
// stage history records it, and Undo puts the card back.
class PipelinePage : public Page {
    Q_OBJECT
public:
    // Won and lost columns show what closed in this many days: a sales
    // manager looks at the board for what is in play and what just
    // happened; years of closed deals would bury both (the table has them all).
    static constexpr int RecentClosedDays = 90;

    explicit PipelinePage(AppContext &context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("pipeline"); }
    QString title() const override { return tr("Pipeline"); }
    QIcon icon() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    RecordRef currentRecord() const override;
    QWidget *focusTarget() override;
    bool isLoading() const override;

    PipelineToolBar *toolBar() const { return m_toolBar; }
    PipelineBoardView *board() const { return m_board; }
    QTableView *table() const { return m_table; }
    RecordListModel *tableModel() const { return m_tableModel; }
    // What the board reads now (pipeline, owner, close month, recent window).
    BoardFilter boardFilter() const;
    // The opportunity selected on the board or in the table.
    QString selectedOpportunityId() const;

public slots:
    // What a drop does: moves the opportunity into the stage. A won or lost
    // stage asks for the reason first (cancel: no move). True if it moved.
    bool moveCard(const QString &opportunityId, const QString &stageId);
    // The selected opportunity to the next (+1) or previous (-1) stage.
    bool moveSelectedBy(int delta);
    // The selected opportunity to the pipeline's first won or lost stage.
    bool markSelected(const QString &kind);
    void openSelected();

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;

private:
    void buildActions();
    void applyFilters();
    void applyMode();
    void showContextMenu(const QString &opportunityId, const QPoint &globalPos);
    void updateActions();
    void updateEmptyState();

    PipelineToolBar *m_toolBar = nullptr;
    QStackedWidget *m_views = nullptr;
    PipelineBoardView *m_board = nullptr;
    QTableView *m_table = nullptr;
    RecordListModel *m_tableModel = nullptr;
    QLabel *m_empty = nullptr;
    QList<Stage> m_stages; // of the pipeline shown, in order
    QAction *m_open = nullptr;
    QAction *m_next = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_won = nullptr;
    QAction *m_lost = nullptr;
    std::function<void()> m_pendingTableState; // restored before the table existed
    bool m_neverLoaded = true;
    bool m_tableStale = true;
    bool m_boardStale = true;
};

} // namespace rapport
