#pragma once
#include "AnalyticsSource.h"
#include "analytics/AnalyticsScope.h"
#include "core/Page.h"

#include <QPointer>

#include <memory>

class QGridLayout;
class QToolButton;

namespace rapport {

class Store;

class ChartCard;
class DashboardFilterBar;
struct MemberSource;

// A dashboard page: the filter bar on top, cards of charts and tables below,
// export of the whole page as PNG or PDF. Figures are computed on the
// AnalyticsSource's worker from the loaded input; the page keeps showing its
// last figures while new ones are computed, and re-computes when the store
// changes or a filter does.
class DashboardPage : public Page {
    Q_OBJECT
public:
    DashboardPage(AppContext &context, AnalyticsSource &source, bool segmentFilter, QWidget *parent = nullptr);

    bool isLoading() const override { return m_pending > 0; }
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;

    DashboardFilterBar *filterBar() const { return m_filter; }
    QList<ChartCard *> cards() const { return m_cards; }
    ChartCard *card(const QString &objectName) const;

    // Saves the page as a picture: PDF for a .pdf path, PNG otherwise.
    // Returns an error message, or empty.
    QString exportTo(const QString &path);

    // The customers (indices into the last input) behind a chart element:
    // opens the list, from which a campaign can be started.
    void showCustomers(const QString &title, const std::vector<int> &customers, const QStringList &figures = {});
    // The opportunities behind a chart element.
    void showDeals(const QString &title, const std::vector<int> &deals);

    // The input the shown figures were computed from (null before the first).
    // Its customers and deals may be read on the GUI thread (drill-down); its
    // purchases, lines and counts belong to the worker (merges change them).
    const AnalyticsSource::Input &input() const { return m_input; }

signals:
    // A drill-down list asked for a campaign to these contacts.
    void startCampaignRequested(const rapport::MemberSource &source, const QString &sourceName);

protected:
    void reload() override;
    // The first computation waits until the page is first shown.
    void showEvent(QShowEvent *event) override;
    // Start computing the page's figures for the filter: call compute() once.
    virtual void refresh(const analytics::AnalyticsScope &scope) = 0;

    // Runs `fn` on the worker and `show` with its result on the GUI thread
    // (unless a newer computation was started meanwhile).
    template <typename Result>
    void compute(std::function<Result(const analytics::AnalyticsInput &)> fn, std::function<void(const Result &)> show)
    {
        const int generation = ++m_generation;
        ++m_pending;
        updateBusy();
        QPointer<DashboardPage> self(this);
        auto run = [self, generation, fn, show](bool interim) {
            return [self, generation, fn, show, interim](const AnalyticsSource::Input &input) -> AnalyticsSource::Done {
                auto result = std::make_shared<Result>(fn(*input));
                // Read here, on the worker: a later merge may change them.
                const InputFacts facts{input->currency, input->ordersInOtherCurrencies, input->dealsInOtherCurrencies,
                                       input->campaignsInOtherCurrencies};
                return [self, generation, result, show, input, facts, interim] {
                    if (!self)
                        return;
                    // Figures of the older input while the store loads: shown
                    // (the filter bar still says it is loading), not finished.
                    if (interim) {
                        if (generation != self->m_generation || self->m_pending == 0)
                            return;
                    } else {
                        self->finished();
                        if (generation != self->m_generation)
                            return;
                    }
                    self->m_input = input;
                    self->inputShown(facts);
                    show(*result);
                };
            };
        };
        m_source.run(run(false),
            [self](const QString &message) {
                if (self)
                    self->failed(message);
            },
            run(true));
    }

    ChartCard *addCard(const QString &objectName, const QString &title, int row, int column, int rowSpan = 1, int columnSpan = 1);
    AnalyticsSource &source() const { return m_source; }
    QString currency() const;

private:
    struct InputFacts {
        QString currency;
        int ordersInOtherCurrencies = 0;
        int dealsInOtherCurrencies = 0;
        int campaignsInOtherCurrencies = 0;
    };
    void finished();
    void inputShown(const InputFacts &facts);
    void failed(const QString &message);
    void updateBusy();
    void exportPage();

    AnalyticsSource &m_source;
    DashboardFilterBar *m_filter = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<ChartCard *> m_cards;
    QToolButton *m_export = nullptr;
    AnalyticsSource::Input m_input;
    int m_generation = 0;
    int m_pending = 0;
    QString m_progress;
};

} // namespace rapport
