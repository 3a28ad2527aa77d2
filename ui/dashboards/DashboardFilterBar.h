#pragma once
#include "analytics/AnalyticsScope.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QSettings;

namespace rapport {

class Store;

// The filter every dashboard page applies to all of its charts: the period
// (ending today), the owner and the RFM segment, plus the page's export
// buttons. `changed()` whenever one of them changes.
class DashboardFilterBar : public QWidget {
    Q_OBJECT
public:
    enum class Period { Last12Months, Last24Months, ThisYear, LastYear, AllTime };

    DashboardFilterBar(Store &store, bool segments, QWidget *parent = nullptr);

    analytics::AnalyticsScope scope() const;
    // The period's days for `today` (from invalid: all time).
    static analytics::AnalyticsScope periodScope(Period period, QDate today);

    void setPeriod(Period period);
    void setOwnerId(const QString &ownerId);
    void setSegment(std::optional<analytics::RfmSegment> segment);
    // Re-reads the owners (users may have been added).
    void refreshOwners();
    // "Updating…" beside the filters while a computation runs.
    void setBusy(bool busy, const QString &detail = {});

    QComboBox *periodBox() const { return m_period; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *segmentBox() const { return m_segment; }

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

    // The reporting currency, and what other currencies left out (tooltip).
    void setCurrencyNote(const QString &text, const QString &leftOut);
    QLabel *currencyLabel() const { return m_currency; }

    // Where the page puts its export buttons (right-aligned).
    void addTrailingWidget(QWidget *widget);

signals:
    void changed();

private:
    Store &m_store;
    QComboBox *m_period = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_segment = nullptr;
    QLabel *m_busy = nullptr;
    QLabel *m_currency = nullptr;
    QHBoxLayout *m_layout = nullptr;
};

} // namespace rapport
