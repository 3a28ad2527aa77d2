#include "TimelineView.h"

#include "TimelineModel.h"

#include <QHBoxLayout>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QLabel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rapport {

TimelineView::TimelineView(Store &store, TimelineQuery::Subject subject, const QString &id, QWidget *parent)
    : QWidget(parent), m_model(new TimelineModel(store, subject, id, this)), m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("timeline"));
    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    auto *title = new QLabel(tr("<b>Timeline</b>"), this);
    filters->addWidget(title);
    filters->addSpacing(8);
    const auto chip = [this](const QString &text) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_all = chip(tr("All"));
    m_all->setObjectName(QStringLiteral("kindAll"));
    filters->addWidget(m_all);
    const struct {
        TimelineKind kind;
        QString label;
    } kinds[] = {
        {TimelineKind::Activity, tr("Activities")},
        {TimelineKind::Opportunity, tr("Opportunities")},
        {TimelineKind::Order, tr("Orders")},
        {TimelineKind::Case, tr("Cases")},
        {TimelineKind::CampaignResponse, tr("Campaign responses")},
    };
    for (const auto &k : kinds) {
        QToolButton *b = chip(k.label);
        b->setObjectName(QStringLiteral("kind_") + TimelineQuery::kindName(k.kind));
        m_kindButtons.insert(int(k.kind), b);
        filters->addWidget(b);
        connect(b, &QToolButton::clicked, this, &TimelineView::applyFilterButtons);
    }
    filters->addStretch(1);
    connect(m_all, &QToolButton::clicked, this, [this] { setKinds(AllTimelineKinds); });

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(TimelineModel::Title, QHeaderView::Stretch);
    // Wide enough for the longest short date and time of the locale.
    const QString longest = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_view->setColumnWidth(TimelineModel::When, m_view->fontMetrics().horizontalAdvance(longest) + 24);
    // The subject takes what the others leave.
    m_view->setColumnWidth(TimelineModel::Kind, 105);
    m_view->setColumnWidth(TimelineModel::Detail, 95);
    m_view->setColumnWidth(TimelineModel::Status, 135);
    m_view->setColumnWidth(TimelineModel::Amount, 110);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const RecordRef r = m_model->recordAt(index.row());
        if (r.isValid())
            emit openRequested(r);
    });

    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateEmptyHint);
    setKinds(AllTimelineKinds);
}

TimelineKinds TimelineView::kinds() const
{
    return m_model->kinds();
}

void TimelineView::setKinds(TimelineKinds kinds)
{
    const bool all = kinds == AllTimelineKinds;
    m_all->setChecked(all);
    for (auto it = m_kindButtons.cbegin(); it != m_kindButtons.cend(); ++it)
        it.value()->setChecked(!all && kinds.testFlag(TimelineKind(it.key())));
    m_model->setKinds(kinds);
    updateEmptyHint();
}

void TimelineView::applyFilterButtons()
{
    TimelineKinds kinds;
    for (auto it = m_kindButtons.cbegin(); it != m_kindButtons.cend(); ++it)
        if (it.value()->isChecked())
            kinds |= TimelineKind(it.key());
    // No kind chosen means every kind, as "All".
    setKinds(kinds ? kinds : AllTimelineKinds);
}

void TimelineView::reload()
{
    m_model->reload();
}

void TimelineView::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_empty->setText(kinds() == AllTimelineKinds ? tr("Nothing has happened here yet.") : tr("Nothing of these kinds yet."));
    m_empty->setVisible(empty);
    m_view->setVisible(!empty);
}

} // namespace rapport
