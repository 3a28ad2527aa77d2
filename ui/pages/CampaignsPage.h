#pragma once
#include "store/queries/CampaignMemberBuilder.h"
#include "core/Page.h"

class QSplitter;
class QToolButton;

namespace rapport {

class CampaignDetailPanel;
class RecordListView;

// The Campaigns page: the list of campaigns (search, filters, saved views)
// and, for the one chosen, its details, members and what it brought in.
class CampaignsPage : public Page {
    Q_OBJECT
public:
    explicit CampaignsPage(AppContext &context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("campaigns"); }
    QString title() const override { return tr("Campaigns"); }
    QIcon icon() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    RecordRef currentRecord() const override;
    QWidget *focusTarget() override;

    RecordListView *list() const { return m_list; }
    CampaignDetailPanel *detail() const { return m_detail; }

public slots:
    // Opens the editor for a new campaign; once saved, it is shown.
    void newCampaign();
    // A new campaign (the editor, with `name` suggested) whose members, once
    // it is saved, come from `source` through the usual member plan: the
    // closed loop from a dashboard's drill-down.
    void startCampaign(const rapport::MemberSource &source, const QString &sourceName);

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;

private:
    void selectFirstIfNone();
    RecordListView *m_list = nullptr;
    CampaignDetailPanel *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_new = nullptr;
};

} // namespace rapport
