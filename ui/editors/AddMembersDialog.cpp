#include "AddMembersDialog.h"

#include "domain/Vocabulary.h"
#include "store/SavedViewRepository.h"
#include "store/queries/Directory.h"
#include "store/queries/TagNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

QString channelRuleText(const QString &channel)
{
    const ChannelRule rule = CampaignMemberBuilder::ruleFor(channel);
    const QString optedOut = CampaignMemberBuilder::reasonText(LeftOutReason::OptedOut, channel);
    const QString noAddress = CampaignMemberBuilder::reasonText(LeftOutReason::NoAddress, channel);
    if (!rule.consentChannel.isEmpty())
        return AddMembersDialog::tr("Contacts who %1 or have %2 are left out, and so is a second contact with the same address.")
            .arg(optedOut, noAddress);
    if (rule.address != ChannelRule::Address::None)
        return AddMembersDialog::tr("Contacts with %1 are left out, and so is a second contact with the same number.").arg(noAddress);
    return AddMembersDialog::tr("Nobody is messaged one by one on this channel: every contact of the source is added.");
}

AddMembersDialog::AddMembersDialog(Store &store, const QString &channel, QWidget *parent) : QDialog(parent), m_store(store)
{
    setObjectName(QStringLiteral("AddMembersDialog"));
    setWindowTitle(tr("Add Members"));
    m_fromView = new QRadioButton(tr("Contacts in the saved &view"), this);
    m_fromView->setObjectName(QStringLiteral("fromView"));
    m_views = new QComboBox(this);
    m_views->setObjectName(QStringLiteral("views"));
    if (const auto views = Directory(store).savedViews(QStringLiteral("contact")))
        for (const SavedView &v : *views)
            m_views->addItem(v.name, v.id);
    m_fromTag = new QRadioButton(tr("Contacts of the accounts &tagged"), this);
    m_fromTag->setObjectName(QStringLiteral("fromTag"));
    m_tags = new QComboBox(this);
    m_tags->setObjectName(QStringLiteral("tags"));
    m_tags->setEditable(true);
    m_tags->setInsertPolicy(QComboBox::NoInsert);
    if (const auto names = TagNames(store).all())
        m_tags->addItems(*names);
    m_tags->setCurrentIndex(-1);
    m_all = new QRadioButton(tr("&All contacts"), this);
    m_all->setObjectName(QStringLiteral("allContacts"));

    if (m_views->count() > 0) {
        m_fromView->setChecked(true);
    } else {
        m_views->addItem(tr("No saved views of contacts yet (save one on the Contacts page)"));
        m_views->setEnabled(false);
        m_fromView->setEnabled(false);
        m_fromTag->setChecked(true);
    }

    const QString channelName = channel.isEmpty() ? tr("This campaign has no channel.") : tr("%1 campaign.").arg(vocabularyLabel(channel));
    auto *rule = new QLabel(channelName + QLatin1Char(' ') + channelRuleText(channel), this);
    rule->setObjectName(QStringLiteral("channelRule"));
    rule->setWordWrap(true);
    auto *after = new QLabel(tr("You see how many will be added and who is left out, and why, before anything is added."), this);
    after->setWordWrap(true);
    after->setEnabled(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue…"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *grid = new QGridLayout;
    grid->addWidget(m_fromView, 0, 0);
    grid->addWidget(m_views, 0, 1);
    grid->addWidget(m_fromTag, 1, 0);
    grid->addWidget(m_tags, 1, 1);
    grid->addWidget(m_all, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(rule);
    layout->addLayout(grid);
    layout->addWidget(after);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    for (QRadioButton *b : {m_fromView, m_fromTag, m_all})
        connect(b, &QRadioButton::toggled, this, &AddMembersDialog::updateOk);
    connect(m_tags, &QComboBox::currentTextChanged, this, &AddMembersDialog::updateOk);
    connect(m_tags, &QComboBox::currentTextChanged, this, [this] { m_fromTag->setChecked(true); });
    connect(m_views, &QComboBox::activated, this, [this] { m_fromView->setChecked(true); });
    updateOk();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

MemberSource AddMembersDialog::source() const
{
    if (m_fromView->isChecked())
        if (const auto view = SavedViewRepository(m_store).get(m_views->currentData().toString()))
            return MemberSource::fromSavedView(*view);
    if (m_fromTag->isChecked())
        return MemberSource::accountsTagged(m_tags->currentText());
    return MemberSource::allContacts();
}

QString AddMembersDialog::sourceName() const
{
    if (m_fromView->isChecked())
        return tr("the saved view \"%1\"").arg(m_views->currentText());
    if (m_fromTag->isChecked())
        return tr("the accounts tagged \"%1\"").arg(m_tags->currentText().trimmed());
    return tr("all contacts");
}

void AddMembersDialog::updateOk()
{
    const bool ok = (m_fromView->isChecked() && m_views->isEnabled()) || (m_fromTag->isChecked() && !m_tags->currentText().trimmed().isEmpty())
                    || m_all->isChecked();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace rapport
