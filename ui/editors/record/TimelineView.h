#pragma once
#include "core/Page.h"
#include "store/queries/TimelineQuery.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace rapport {

class Store;
class TimelineModel;

// The timeline of a record page: a row of kind filters (All, Activities,
// Opportunities, Orders, Cases, Campaign responses) over the lazily paged
// list, newest first. Double-clicking a line asks to open it.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    TimelineView(Store &store, TimelineQuery::Subject subject, const QString &id, QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // The kind filters shown; All when every kind is on.
    TimelineKinds kinds() const;
    void setKinds(TimelineKinds kinds);
    QToolButton *kindButton(TimelineKind kind) const { return m_kindButtons.value(int(kind)); }
    QToolButton *allButton() const { return m_all; }

public slots:
    void reload();

signals:
    void openRequested(const rapport::RecordRef &record);

private:
    void applyFilterButtons();
    void updateEmptyHint();

    TimelineModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QToolButton *m_all = nullptr;
    QMap<int, QToolButton *> m_kindButtons;
    QLabel *m_empty = nullptr;
};

} // namespace rapport
