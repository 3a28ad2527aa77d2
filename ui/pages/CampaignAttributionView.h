#pragma once
#include "core/Page.h"
#include "store/queries/CampaignAttribution.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeWidget;

namespace rapport {

class AppContext;
class AttributionDialog;

// What a campaign brought in: the opportunities and orders credited to it,
// with totals per currency (won opportunities apart), and the actions to
// credit more (AttributionDialog) or take a credit away.
class CampaignAttributionView : public QWidget {
    Q_OBJECT
public:
    // Rows listed per kind; the totals count them all.
    static constexpr int ListLimit = 200;

    CampaignAttributionView(AppContext &context, QWidget *parent = nullptr);

    void setCampaign(const QString &campaignId, const QString &name);
    // Shows what the summary read (on a worker) for the current campaign.
    void setAttribution(const CampaignAttribution &attribution);
    QString totalsText() const;
    QTreeWidget *tree() const { return m_tree; }
    AttributionDialog *dialog() const { return m_dialog; }

public slots:
    void attribute();
    void removeSelected();

signals:
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);

private:
    QList<AttributedItem> selectedItems() const;

    AppContext &m_context;
    QString m_campaignId;
    QString m_campaignName;
    CampaignAttribution m_attribution;
    QLabel *m_totals = nullptr;
    QTreeWidget *m_tree = nullptr;
    QToolButton *m_attribute = nullptr;
    QToolButton *m_remove = nullptr;
    AttributionDialog *m_dialog = nullptr;
};

// "12,000.00 EUR · 5,000.00 CNY": sums are never added across currencies.
QString formatCurrencySums(const QList<CurrencySum> &sums, bool won = false);

} // namespace rapport
