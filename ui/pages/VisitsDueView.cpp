#include "VisitsDueView.h"

#include "core/AppContext.h"
#include "core/BackgroundReader.h"
#include "domain/UtcTime.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSet>
#include <QSettings>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

VisitsDueView::VisitsDueView(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_reader = new BackgroundReader(context.store(), this);

    m_title = new QLabel(tr("Visits due"), this);
    m_title->setObjectName(QStringLiteral("visitsDueTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("visitsDueState"));
    m_state->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("visitsDueProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(m_state->sizeHint().height());
    m_progress->setTextVisible(false);
    m_stop = new QToolButton(this);
    m_stop->setObjectName(QStringLiteral("visitsDueStop"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop reading; the round shown stays as it was"));
    m_stop->setAutoRaise(true);
    connect(m_stop, &QToolButton::clicked, this, &VisitsDueView::stop);
    m_logVisit = new QToolButton(this);
    m_logVisit->setObjectName(QStringLiteral("logVisit"));
    m_logVisit->setText(tr("Log visit…"));
    m_logVisit->setToolTip(tr("Log a visit to the selected account"));
    m_logVisit->setEnabled(false);
    connect(m_logVisit, &QToolButton::clicked, this, [this] {
        if (const RecordRef r = currentRecord(); r.isValid())
            emit logVisitRequested(r);
    });

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("visitsDue"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Account"), tr("Overdue"), tr("Last visit"), tr("Target"), tr("Revenue, 12 months")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAllColumnsShowFocus(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->resizeSection(AccountColumn, 360);
    header->setSectionResizeMode(AccountColumn, QHeaderView::Stretch);
    header->resizeSection(OverdueColumn, 110);
    header->resizeSection(LastVisitColumn, 130);
    header->resizeSection(IntervalColumn, 130);
    header->resizeSection(RevenueColumn, 170);
    m_tree->headerItem()->setTextAlignment(OverdueColumn, Qt::AlignRight | Qt::AlignVCenter);
    m_tree->headerItem()->setTextAlignment(RevenueColumn, Qt::AlignRight | Qt::AlignVCenter);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, IdRole).toString();
        if (!id.isEmpty())
            emit openRecordRequested({QStringLiteral("account"), id});
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        m_logVisit->setEnabled(currentRecord().isValid());
        emit currentRecordChanged();
    });

    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("visitsDueFooter"));
    m_footer->setEnabled(false);
    m_footer->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addSpacing(8);
    top->addWidget(m_state);
    top->addWidget(m_progress);
    top->addWidget(m_stop);
    top->addStretch(1);
    top->addWidget(m_logVisit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_footer);
    render();
    updateState();
}

VisitsDueView::~VisitsDueView()
{
    // Stops the read under way and joins the worker before the members its
    // results would touch are gone.
    ++*m_generation;
    delete m_reader;
}

void VisitsDueView::setOwner(const std::optional<QString> &ownerId)
{
    m_owner = ownerId;
    reload();
}

void VisitsDueView::reload()
{
    m_now = m_context.store().now();
    m_error.clear();
    m_progress->setRange(0, 0); // busy until the first batch reports
    const VisitsDueSpec spec{m_owner, m_now, Limit};
    const quint64 generation = ++*m_generation;
    m_loading = true;
    m_reader->submit([this, spec, generation, current = m_generation](Store &store) -> BackgroundReader::Done {
        if (*current != generation)
            return {}; // a newer reload is queued behind this one
        const Result<VisitsDue> result = VisitsDueQuery(store).run(spec, [this, generation, current](qint64 done, qint64 total) {
            // Queued to the GUI thread; the view outlives the worker (its
            // destructor joins it).
            QMetaObject::invokeMethod(
                this,
                [this, generation, done, total] {
                    if (*m_generation != generation)
                        return;
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
                },
                Qt::QueuedConnection);
            return *current == generation;
        });
        return [this, generation, result] {
            if (*m_generation == generation)
                showResult(result);
        };
    });
    updateState();
}

void VisitsDueView::stop()
{
    ++*m_generation;
    m_loading = false;
    updateState();
}

void VisitsDueView::showResult(const Result<VisitsDue> &result)
{
    m_loading = false;
    if (!result.ok()) {
        m_error = result.error().message;
        updateState();
        emit loaded();
        return;
    }
    m_round = *result;
    m_everLoaded = true;
    render();
    updateState();
    emit loaded();
}

void VisitsDueView::render()
{
    const QString current = currentRecord().id;
    m_tree->setUpdatesEnabled(false);
    m_tree->clear();
    if (!m_everLoaded) {
        auto *loading = new QTreeWidgetItem(m_tree, {tr("Loading the round…")});
        loading->setFlags(Qt::ItemIsEnabled);
        loading->setFirstColumnSpanned(true);
    } else if (m_round.visits.isEmpty()) {
        auto *none = new QTreeWidgetItem(m_tree, {tr("No visits due: every account with a visit target has been visited in time.")});
        none->setFlags(Qt::NoItemFlags);
        none->setFirstColumnSpanned(true);
    }
    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem *city = nullptr;
    QString cityName;
    int inCity = 0;
    auto closeCity = [&] {
        if (city)
            city->setText(AccountColumn, tr("%1 (%2)").arg(cityName.isEmpty() ? tr("No city") : cityName).arg(inCity));
    };
    for (const VisitDue &v : m_round.visits) {
        if (!city || v.city != cityName) {
            closeCity();
            city = new QTreeWidgetItem(m_tree);
            city->setFlags(Qt::ItemIsEnabled);
            city->setFirstColumnSpanned(true);
            city->setFont(AccountColumn, bold);
            cityName = v.city;
            inCity = 0;
        }
        ++inCity;
        auto *item = new QTreeWidgetItem(city);
        item->setData(0, IdRole, v.accountId);
        item->setText(AccountColumn, v.accountName);
        item->setText(OverdueColumn, v.daysOverdue == 0 ? tr("due today") : tr("%n day(s)", nullptr, v.daysOverdue));
        item->setTextAlignment(OverdueColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (v.lastVisitAt) {
            item->setText(LastVisitColumn, QLocale().toString(fromUtcMillis(*v.lastVisitAt).toLocalTime().date(), QLocale::ShortFormat));
        } else {
            item->setText(LastVisitColumn, tr("never"));
            QFont italic = m_tree->font();
            italic.setItalic(true);
            item->setFont(LastVisitColumn, italic);
        }
        item->setText(IntervalColumn, tr("every %n day(s)", nullptr, v.intervalDays));
        item->setText(RevenueColumn, v.revenue ? formatMoney(v.revenue->minor, v.revenue->currency) : QStringLiteral("—"));
        item->setTextAlignment(RevenueColumn, Qt::AlignRight | Qt::AlignVCenter);
        if (v.accountId == current)
            m_tree->setCurrentItem(item);
    }
    closeCity();
    m_tree->expandAll();
    m_tree->setUpdatesEnabled(true);

    if (m_round.truncated()) {
        m_footer->setText(tr("The %1 most overdue of %2 accounts due are shown.")
                              .arg(QLocale().toString(qlonglong(m_round.visits.size())), QLocale().toString(m_round.dueCount)));
        m_footer->show();
    } else {
        m_footer->hide();
    }
}

void VisitsDueView::updateState()
{
    const bool busy = m_loading;
    m_progress->setVisible(busy);
    m_stop->setVisible(busy);
    QString state;
    if (!m_error.isEmpty()) {
        state = tr("Cannot read the round: %1").arg(m_error);
    } else if (busy) {
        state = m_everLoaded ? tr("Updating…") : tr("Loading…");
    } else if (m_everLoaded) {
        QSet<QString> cities;
        for (const VisitDue &v : m_round.visits)
            cities.insert(v.city);
        state = m_round.dueCount == 0 ? QString()
                                      : tr("%1 in %2")
                                            .arg(tr("%n account(s)", nullptr, int(qMin<qint64>(m_round.dueCount, 1 << 30))),
                                                 tr("%n city(s)", nullptr, int(cities.size())));
    }
    m_state->setText(state);
}

RecordRef VisitsDueView::currentRecord() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const QString id = item ? item->data(0, IdRole).toString() : QString();
    return id.isEmpty() ? RecordRef{} : RecordRef{QStringLiteral("account"), id};
}

void VisitsDueView::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("visitsHeader"), m_tree->header()->saveState());
}

void VisitsDueView::restoreState(QSettings &settings)
{
    m_tree->header()->restoreState(settings.value(QStringLiteral("visitsHeader")).toByteArray());
}

} // namespace rapport
