#pragma once
#include "store/queries/CampaignAttribution.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTreeWidget;

namespace rapport {

class RecordPicker;
class Store;

// Credits opportunities and orders to a campaign: pick the account, tick its
// opportunities and orders the campaign brought in (each shows the campaign
// it is credited to now, if any).
class AttributionDialog : public QDialog {
    Q_OBJECT
public:
    // The newest this many of each kind of an account are offered.
    static constexpr int CandidateLimit = 100;

    AttributionDialog(Store &store, const QString &campaignId, const QString &campaignName, QWidget *parent = nullptr);

    // The ticked items.
    QList<AttributedItem> chosen() const;
    RecordPicker *accountPicker() const { return m_account; }
    QTreeWidget *candidates() const { return m_candidates; }
    // Lists the account's candidates (the picker does this when the user picks one).
    void showAccount(const QString &accountId);

private:
    void updateOk();

    Store &m_store;
    QString m_campaignId;
    RecordPicker *m_account = nullptr;
    QTreeWidget *m_candidates = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<AttributedItem> m_items; // in the tree's order
};

} // namespace rapport
