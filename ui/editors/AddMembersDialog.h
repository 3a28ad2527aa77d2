#pragma once
#include "store/queries/CampaignMemberBuilder.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QRadioButton;

namespace rapport {

class Store;

// Chooses where a campaign's new members come from: a saved view of
// contacts, the contacts of the accounts with a tag, or every contact. Says
// up front which contacts the campaign's channel will leave out.
class AddMembersDialog : public QDialog {
    Q_OBJECT
public:
    AddMembersDialog(Store &store, const QString &campaignChannel, QWidget *parent = nullptr);

    MemberSource source() const;
    // A short name of the source for the summary ("saved view Newsletter").
    QString sourceName() const;

    QRadioButton *savedViewChoice() const { return m_fromView; }
    QRadioButton *accountTagChoice() const { return m_fromTag; }
    QRadioButton *allContactsChoice() const { return m_all; }
    QComboBox *savedViews() const { return m_views; }
    QComboBox *accountTags() const { return m_tags; }

private:
    void updateOk();

    Store &m_store;
    QRadioButton *m_fromView = nullptr;
    QRadioButton *m_fromTag = nullptr;
    QRadioButton *m_all = nullptr;
    QComboBox *m_views = nullptr;
    QComboBox *m_tags = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// One sentence on who a channel's campaign leaves out.
QString channelRuleText(const QString &campaignChannel);

} // namespace rapport
