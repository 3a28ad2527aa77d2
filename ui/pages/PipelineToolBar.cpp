#include "PipelineToolBar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace rapport {

namespace {
// The months offered: half a year back (late deals), a year ahead (the plan).
constexpr int MonthsBack = 6;
constexpr int MonthsAhead = 12;

QDate firstOfMonth(const QDate &d)
{
    return d.isValid() ? QDate(d.year(), d.month(), 1) : QDate();
}

QString monthName(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}
} // namespace

PipelineToolBar::PipelineToolBar(QWidget *parent) : QWidget(parent)
{
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipelineChoice"));
    m_pipeline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pipeline->setToolTip(tr("The pipeline shown"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setToolTip(tr("Only the opportunities of this owner"));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("closeMonthFilter"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_month->setToolTip(tr("Only the opportunities expected to close in this month"));
    fillMonths();

    auto *pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    pipelineLabel->setBuddy(m_pipeline);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *monthLabel = new QLabel(tr("&Closing:"), this);
    monthLabel->setBuddy(m_month);

    m_board = new QToolButton(this);
    m_board->setObjectName(QStringLiteral("boardMode"));
    m_board->setText(tr("Board"));
    m_board->setToolTip(tr("Show a column per stage"));
    m_table = new QToolButton(this);
    m_table->setObjectName(QStringLiteral("tableMode"));
    m_table->setText(tr("Table"));
    m_table->setToolTip(tr("Show the same opportunities as a sortable table"));
    m_modes = new QButtonGroup(this);
    m_modes->setExclusive(true);
    for (QToolButton *b : {m_board, m_table}) {
        b->setCheckable(true);
        b->setAutoRaise(false);
        m_modes->addButton(b);
    }
    m_board->setChecked(true);

    auto *create = new QToolButton(this);
    create->setObjectName(QStringLiteral("newOpportunity"));
    create->setText(tr("New opportunity…"));
    connect(create, &QToolButton::clicked, this, &PipelineToolBar::newOpportunityRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 0);
    layout->addWidget(pipelineLabel);
    layout->addWidget(m_pipeline);
    layout->addSpacing(12);
    layout->addWidget(ownerLabel);
    layout->addWidget(m_owner);
    layout->addSpacing(12);
    layout->addWidget(monthLabel);
    layout->addWidget(m_month);
    layout->addStretch(1);
    layout->addWidget(m_board);
    layout->addWidget(m_table);
    layout->addSpacing(12);
    layout->addWidget(create);

    for (QComboBox *box : {m_pipeline, m_owner, m_month})
        connect(box, &QComboBox::currentIndexChanged, this, [this, box] {
            // A choice the user makes replaces one restored from settings.
            if (box == m_pipeline)
                m_wantedPipeline.clear();
            if (box == m_owner)
                m_wantedOwner.clear();
            emit filtersChanged();
        });
    connect(m_modes, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            emit modeChanged();
    });
}

void PipelineToolBar::choose(QComboBox *box, const QVariant &data)
{
    const int i = box->findData(data);
    if (i >= 0)
        box->setCurrentIndex(i);
}

void PipelineToolBar::setPipelines(const QList<Pipeline> &pipelines)
{
    const QString keep = m_wantedPipeline.isEmpty() ? pipelineId() : m_wantedPipeline;
    const QSignalBlocker quiet(m_pipeline);
    m_pipeline->clear();
    int defaultIndex = 0;
    for (const Pipeline &p : pipelines) {
        if (p.isDefault)
            defaultIndex = m_pipeline->count();
        m_pipeline->addItem(p.name, p.id);
    }
    const int kept = m_pipeline->findData(keep);
    m_pipeline->setCurrentIndex(kept >= 0 ? kept : defaultIndex);
    if (kept >= 0)
        m_wantedPipeline.clear();
}

void PipelineToolBar::setUsers(const QList<User> &users, const QString &localUserId)
{
    const QString keep = m_wantedOwner.isEmpty() ? ownerId() : m_wantedOwner;
    const QSignalBlocker quiet(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    m_owner->addItem(tr("Me"), localUserId);
    for (const User &u : users)
        if (u.id != localUserId)
            m_owner->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    const int kept = m_owner->findData(keep);
    m_owner->setCurrentIndex(qMax(0, kept));
    if (kept >= 0)
        m_wantedOwner.clear();
}

QString PipelineToolBar::pipelineId() const
{
    return m_pipeline->currentData().toString();
}

void PipelineToolBar::setPipelineId(const QString &id)
{
    if (m_pipeline->findData(id) >= 0)
        choose(m_pipeline, id);
    else
        m_wantedPipeline = id;
}

QString PipelineToolBar::ownerId() const
{
    return m_owner->currentData().toString();
}

void PipelineToolBar::setOwnerId(const QString &id)
{
    if (m_owner->findData(id) >= 0 || id.isEmpty())
        choose(m_owner, id);
    else
        m_wantedOwner = id;
}

void PipelineToolBar::fillMonths()
{
    const QSignalBlocker quiet(m_month);
    m_month->clear();
    m_month->addItem(tr("Any month"), QDate());
    const QDate now = firstOfMonth(QDate::currentDate());
    for (int i = -MonthsBack; i <= MonthsAhead; ++i) {
        const QDate month = now.addMonths(i);
        m_month->addItem(i == 0 ? tr("%1 (this month)").arg(monthName(month)) : monthName(month), month);
    }
    m_month->setMaxVisibleItems(MonthsBack + MonthsAhead + 2);
}

QDate PipelineToolBar::closeMonth() const
{
    return m_month->currentData().toDate();
}

void PipelineToolBar::setCloseMonth(const QDate &month)
{
    const QDate first = firstOfMonth(month);
    if (first.isValid() && m_month->findData(first) < 0) {
        // A month outside the offered range (restored): put it in its place.
        int at = 1;
        while (at < m_month->count() && m_month->itemData(at).toDate() < first)
            ++at;
        m_month->insertItem(at, monthName(first), first);
    }
    choose(m_month, first);
}

PipelineToolBar::Mode PipelineToolBar::mode() const
{
    return m_table->isChecked() ? Mode::Table : Mode::Board;
}

void PipelineToolBar::setMode(Mode mode)
{
    (mode == Mode::Table ? m_table : m_board)->setChecked(true);
}

} // namespace rapport
