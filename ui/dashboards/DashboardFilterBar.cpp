#include "DashboardFilterBar.h"

#include "store/Store.h"
#include "store/queries/Directory.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace rapport {

using analytics::AnalyticsScope;
using analytics::RfmSegment;

DashboardFilterBar::DashboardFilterBar(Store &store, bool segments, QWidget *parent) : QWidget(parent), m_store(store)
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    m_period->addItem(tr("Last 12 months"), int(Period::Last12Months));
    m_period->addItem(tr("Last 24 months"), int(Period::Last24Months));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("Last year"), int(Period::LastYear));
    m_period->addItem(tr("All time"), int(Period::AllTime));

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("owner"));
    refreshOwners();

    m_segment = new QComboBox(this);
    m_segment->setObjectName(QStringLiteral("segment"));
    m_segment->addItem(tr("All customers"), -1);
    for (const analytics::RfmSegmentInfo &s : analytics::RfmSegments)
        m_segment->addItem(QCoreApplication::translate(analytics::RfmSegmentInfo::TranslationContext, s.label), int(s.segment));
    m_segment->setVisible(segments);

    m_busy = new QLabel(this);
    m_busy->setObjectName(QStringLiteral("busy"));

    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 6, 8, 6);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *segmentLabel = new QLabel(tr("Se&gment:"), this);
    segmentLabel->setBuddy(m_segment);
    segmentLabel->setVisible(segments);
    m_layout->addWidget(periodLabel);
    m_layout->addWidget(m_period);
    m_layout->addSpacing(12);
    m_layout->addWidget(ownerLabel);
    m_layout->addWidget(m_owner);
    m_layout->addSpacing(12);
    m_layout->addWidget(segmentLabel);
    m_layout->addWidget(m_segment);
    m_layout->addSpacing(12);
    m_layout->addWidget(m_busy);
    m_layout->addStretch(1);
    m_currency = new QLabel(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_layout->addWidget(m_currency);

    for (QComboBox *box : {m_period, m_owner, m_segment})
        connect(box, &QComboBox::currentIndexChanged, this, &DashboardFilterBar::changed);
}

void DashboardFilterBar::refreshOwners()
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("All owners"), QString());
    if (const auto users = Directory(m_store).users(true))
        for (const User &u : *users)
            m_owner->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
}

AnalyticsScope DashboardFilterBar::periodScope(Period period, QDate today)
{
    AnalyticsScope s;
    s.to = today;
    switch (period) {
    case Period::Last12Months:
        s.from = today.addMonths(-12).addDays(1);
        break;
    case Period::Last24Months:
        s.from = today.addMonths(-24).addDays(1);
        break;
    case Period::ThisYear:
        s.from = QDate(today.year(), 1, 1);
        break;
    case Period::LastYear:
        s.from = QDate(today.year() - 1, 1, 1);
        s.to = QDate(today.year() - 1, 12, 31);
        break;
    case Period::AllTime:
        break;
    }
    return s;
}

AnalyticsScope DashboardFilterBar::scope() const
{
    AnalyticsScope s = periodScope(Period(m_period->currentData().toInt()), QDate::currentDate());
    s.ownerId = m_owner->currentData().toString();
    if (const int seg = m_segment->currentData().toInt(); seg >= 0 && !m_segment->isHidden())
        s.segment = RfmSegment(seg);
    return s;
}

void DashboardFilterBar::setPeriod(Period period)
{
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(period))));
}

void DashboardFilterBar::setOwnerId(const QString &ownerId)
{
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(ownerId)));
}

void DashboardFilterBar::setSegment(std::optional<RfmSegment> segment)
{
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(segment ? int(*segment) : -1)));
}

void DashboardFilterBar::setBusy(bool busy, const QString &detail)
{
    m_busy->setText(busy ? (detail.isEmpty() ? tr("Updating…") : detail) : QString());
}

void DashboardFilterBar::setCurrencyNote(const QString &text, const QString &leftOut)
{
    m_currency->setText(leftOut.isEmpty() ? text : text + QStringLiteral(" ⓘ"));
    m_currency->setToolTip(leftOut);
}

void DashboardFilterBar::addTrailingWidget(QWidget *widget)
{
    m_layout->addWidget(widget);
}

void DashboardFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("period"), m_period->currentData());
    settings.setValue(QStringLiteral("owner"), m_owner->currentData());
    settings.setValue(QStringLiteral("segment"), m_segment->currentData());
}

void DashboardFilterBar::restoreState(QSettings &settings)
{
    const QSignalBlocker b1(m_period), b2(m_owner), b3(m_segment);
    if (settings.contains(QStringLiteral("period")))
        setPeriod(Period(settings.value(QStringLiteral("period")).toInt()));
    setOwnerId(settings.value(QStringLiteral("owner")).toString());
    const int seg = settings.value(QStringLiteral("segment"), -1).toInt();
    m_segment->setCurrentIndex(std::max(0, m_segment->findData(seg)));
}

} // namespace rapport
