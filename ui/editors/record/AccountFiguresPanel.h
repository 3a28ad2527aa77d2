#pragma once
#include "store/queries/AccountFiguresQuery.h"

#include <QWidget>

namespace rapport {

class FigureTile;

// The account page's key figures in a row of tiles: last order, revenue in
// the last 12 months, open opportunities with their total, open cases, last
// visit and the next visit due (red when overdue).
class AccountFiguresPanel : public QWidget {
    Q_OBJECT
public:
    explicit AccountFiguresPanel(QWidget *parent = nullptr);

    // `now` (UTC ms) is what "overdue" and "in 5 days" are measured from.
    void display(const AccountFigures &figures, qint64 now);

    FigureTile *lastOrder() const { return m_lastOrder; }
    FigureTile *revenue() const { return m_revenue; }
    FigureTile *openOpportunities() const { return m_opportunities; }
    FigureTile *openCases() const { return m_cases; }
    FigureTile *lastVisit() const { return m_lastVisit; }
    FigureTile *nextVisit() const { return m_nextVisit; }

    // Sums per currency as one line: "1,234.00 EUR + 80.00 USD".
    static QString moneyList(const QList<Money> &amounts);

private:
    FigureTile *m_lastOrder = nullptr;
    FigureTile *m_revenue = nullptr;
    FigureTile *m_opportunities = nullptr;
    FigureTile *m_cases = nullptr;
    FigureTile *m_lastVisit = nullptr;
    FigureTile *m_nextVisit = nullptr;
};

} // namespace rapport
