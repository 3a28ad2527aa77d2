#include "AccountFiguresPanel.h"

#include "FigureTile.h"
#include "domain/UtcTime.h"

#include <QHBoxLayout>
#include <QLocale>

namespace rapport {

namespace {
QString dateOf(qint64 ms)
{
    return QLocale().toString(fromUtcMillis(ms).toLocalTime().date(), QLocale::ShortFormat);
}

// Whole local days from `now` to `at` (negative: in the past).
qint64 daysBetween(qint64 now, qint64 at)
{
    return fromUtcMillis(now).toLocalTime().date().daysTo(fromUtcMillis(at).toLocalTime().date());
}
} // namespace

AccountFiguresPanel::AccountFiguresPanel(QWidget *parent)
    : QWidget(parent)
    , m_lastOrder(new FigureTile(tr("Last order"), this))
    , m_revenue(new FigureTile(tr("Revenue, last 12 months"), this))
    , m_opportunities(new FigureTile(tr("Open opportunities"), this))
    , m_cases(new FigureTile(tr("Open cases"), this))
    , m_lastVisit(new FigureTile(tr("Last visit"), this))
    , m_nextVisit(new FigureTile(tr("Next visit due"), this))
{
    setObjectName(QStringLiteral("figures"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (FigureTile *t : {m_lastOrder, m_revenue, m_opportunities, m_cases, m_lastVisit, m_nextVisit})
        layout->addWidget(t, 1);
}

QString AccountFiguresPanel::moneyList(const QList<Money> &amounts)
{
    QStringList parts;
    for (const Money &m : amounts)
        parts << formatMoney(m.minor, m.currency);
    return parts.join(QStringLiteral(" + "));
}

void AccountFiguresPanel::display(const AccountFigures &f, qint64 now)
{
    if (f.lastOrderAt)
        m_lastOrder->setFigure(dateOf(*f.lastOrderAt),
                               f.lastOrderTotal ? tr("%1 · %2").arg(f.lastOrderNumber, formatMoney(f.lastOrderTotal->minor, f.lastOrderTotal->currency))
                                                : f.lastOrderNumber);
    else
        m_lastOrder->setFigure(tr("None"), tr("No orders yet"));

    m_revenue->setFigure(f.revenueLast12Months.isEmpty() ? tr("None") : moneyList(f.revenueLast12Months),
                         tr("net of returns and discounts"));

    m_opportunities->setFigure(QLocale().toString(f.openOpportunities),
                               f.openOpportunityTotal.isEmpty() ? QString() : tr("worth %1").arg(moneyList(f.openOpportunityTotal)));

    m_cases->setFigure(QLocale().toString(f.openCases), f.overdueCases ? tr("%n overdue", nullptr, f.overdueCases) : QString(),
                       f.overdueCases > 0);

    if (f.lastVisitAt) {
        const qint64 ago = -daysBetween(now, *f.lastVisitAt);
        m_lastVisit->setFigure(dateOf(*f.lastVisitAt), ago == 0 ? tr("today") : tr("%n day(s) ago", nullptr, int(ago)));
    } else {
        m_lastVisit->setFigure(tr("Never"), QString());
    }

    const QString planned = f.nextPlannedVisitAt ? tr("planned for %1").arg(dateOf(*f.nextPlannedVisitAt)) : QString();
    if (!f.nextVisitDue) {
        m_nextVisit->setFigure(tr("No target"), planned.isEmpty() ? tr("set a visit interval to plan visits") : planned);
    } else if (!f.lastVisitAt) {
        m_nextVisit->setFigure(tr("Now"), planned.isEmpty() ? tr("never visited") : planned, !f.nextPlannedVisitAt);
    } else {
        const qint64 in = daysBetween(now, *f.nextVisitDue);
        const QString when = in < 0 ? tr("overdue by %n day(s)", nullptr, int(-in)) : in == 0 ? tr("today") : tr("in %n day(s)", nullptr, int(in));
        const QString every = tr("every %n day(s)", nullptr, f.visitIntervalDays.value_or(0));
        m_nextVisit->setFigure(dateOf(*f.nextVisitDue), QStringList{when, planned.isEmpty() ? every : planned}.join(QStringLiteral(" · ")),
                               in < 0 && !(f.nextPlannedVisitAt && *f.nextPlannedVisitAt >= now));
    }
}

} // namespace rapport
