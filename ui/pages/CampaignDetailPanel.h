#pragma once
#include "core/Page.h"
#include "domain/Campaign.h"

#include <QWidget>

class QLabel;
class QTabWidget;
class QToolButton;

namespace rapport {

class AppContext;
class BackgroundReader;
class CampaignAttributionView;
class CampaignMembersView;
class FigureTile;

// The campaign chosen in the list: its fields (Edit… opens CampaignEditor),
// counts per member status, its members and what it brought in. The counts
// and the credited orders are read on a worker thread (orders have no index
// on their campaign), the rest right away.
class CampaignDetailPanel : public QWidget {
    Q_OBJECT
public:
    CampaignDetailPanel(AppContext &context, QWidget *parent = nullptr);

    QString campaignId() const { return m_campaign.id; }
    CampaignMembersView *members() const { return m_members; }
    CampaignAttributionView *attribution() const { return m_attribution; }
    FigureTile *tile(const QString &status) const; // targeted, sent, responded, converted, members
    QTabWidget *tabs() const { return m_tabs; }
    // The counts and credits of the shown campaign have been read.
    bool isSummaryCurrent() const { return m_summaryGeneration == m_generation; }

public slots:
    void showCampaign(const QString &id);
    // Re-reads everything shown (after a change to the store).
    void reload();
    void editCampaign();

signals:
    void openRecordRequested(const rapport::RecordRef &record);
    void statusMessage(const QString &message);
    void summaryLoaded();

private:
    void showFields();
    void loadSummary();

    AppContext &m_context;
    Campaign m_campaign;
    BackgroundReader *m_reader = nullptr;
    int m_generation = 0;
    int m_summaryGeneration = -1;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_notes = nullptr;
    QToolButton *m_edit = nullptr;
    FigureTile *m_membersTile = nullptr;
    FigureTile *m_sentTile = nullptr;
    FigureTile *m_respondedTile = nullptr;
    FigureTile *m_convertedTile = nullptr;
    FigureTile *m_wonTile = nullptr;
    QTabWidget *m_tabs = nullptr;
    CampaignMembersView *m_members = nullptr;
    CampaignAttributionView *m_attribution = nullptr;
    QWidget *m_body = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace rapport
