#include "ContactRecordWindow.h"

#include "ContactEditor.h"
#include "Editors.h"
#include "RecordHeader.h"
#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "record/TimelineView.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

namespace {
// "Email: opted in (web form, 1 Mar 2024)" for each channel asked, green and
// red in shades readable on light and dark palettes.
QString consentLine(const Consent &consent, bool dark)
{
    const QString green = dark ? QStringLiteral("#81c784") : QStringLiteral("#2e7d32");
    const QString red = dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828");
    const std::pair<QString, const std::optional<ChannelConsent> *> channels[] = {
        {ContactRecordWindow::tr("Email"), &consent.email},
        {ContactRecordWindow::tr("Phone"), &consent.phone},
        {ContactRecordWindow::tr("SMS"), &consent.sms},
        {ContactRecordWindow::tr("Post"), &consent.post},
    };
    QStringList parts;
    for (const auto &[name, c] : channels) {
        if (!*c)
            continue;
        const bool in = (*c)->state == ConsentState::OptedIn;
        QStringList how;
        if (!(*c)->source.isEmpty())
            how << (*c)->source;
        if ((*c)->at)
            how << QLocale().toString(fromUtcMillis(*(*c)->at).toLocalTime().date(), QLocale::ShortFormat);
        QString part = QStringLiteral("%1: <span style=\"color:%2\">%3</span>")
                           .arg(name.toHtmlEscaped(), in ? green : red,
                                in ? ContactRecordWindow::tr("opted in") : ContactRecordWindow::tr("opted out"));
        if (!how.isEmpty())
            part += QStringLiteral(" (%1)").arg(how.join(QStringLiteral(", ")).toHtmlEscaped());
        parts << part;
    }
    return parts.isEmpty() ? ContactRecordWindow::tr("Consent: never asked") : ContactRecordWindow::tr("Consent — %1").arg(parts.join(QStringLiteral(" · ")));
}
} // namespace

ContactRecordWindow::ContactRecordWindow(AppContext &context, const QString &contactId, QWidget *parent)
    : RecordWindow(context, {QStringLiteral("contact"), contactId}, parent)
{
    m_title = header::makeTitle(this);
    m_romanised = new QLabel(this);
    m_romanised->setEnabled(false);
    m_details = header::makeLine(this);
    m_details->setOpenExternalLinks(false);
    // The account's name is a link to its page.
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link == QLatin1String("account:") + m_accountId)
            openRecord({QStringLiteral("account"), m_accountId});
    });
    m_reach = header::makeLine(this);
    m_consent = header::makeLine(this);
    m_consent->setObjectName(QStringLiteral("consent"));
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_romanised, 0, Qt::AlignBottom);
    titleRow->addStretch(1);
    titleRow->addWidget(editButton());

    const RecordRef self = record();
    addAction(QStringLiteral("logCall"), tr("Log &call"), [this, self] { logActivity(this->context(), QStringLiteral("call"), self, this); });
    addAction(QStringLiteral("logVisit"), tr("Log &visit"), [this, self] { logActivity(this->context(), QStringLiteral("visit"), self, this); });
    addAction(QStringLiteral("logNote"), tr("&Note"), [this, self] { logActivity(this->context(), QStringLiteral("note"), self, this); });
    actionRow()->addSpacing(12);
    addAction(QStringLiteral("newOpportunity"), tr("New o&pportunity"),
              [this, self] { createRecord(this->context(), QStringLiteral("opportunity"), self, this); });
    addAction(QStringLiteral("newCase"), tr("New c&ase"), [this, self] { createRecord(this->context(), QStringLiteral("case"), self, this); });
    addAction(QStringLiteral("newOrder"), tr("New o&rder"), [this, self] { createRecord(this->context(), QStringLiteral("order"), self, this); });
    actionRow()->addStretch(1);

    m_timeline = new TimelineView(context.store(), TimelineQuery::Subject::Contact, contactId, this);
    connect(m_timeline, &TimelineView::openRequested, this, &ContactRecordWindow::openRecord);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_details);
    layout->addWidget(m_reach);
    layout->addWidget(m_consent);
    layout->addLayout(actionRow());
    layout->addSpacing(4);
    layout->addWidget(m_timeline, 1);
    resize(qMin(width(), 1000), height());
    reload();
}

bool ContactRecordWindow::load()
{
    Store &store = context().store();
    const std::optional<Contact> c = ContactRepository(store).get(record().id);
    if (!c) {
        setWindowTitle(tr("Contact (deleted)"));
        m_title->setText(tr("This contact was deleted."));
        m_romanised->clear();
        m_details->clear();
        m_reach->clear();
        m_consent->clear();
        return false;
    }
    const QString name = c->displayName().isEmpty() ? c->romanisedName : c->displayName();
    setWindowTitle(tr("%1 — Contact").arg(name));
    m_title->setText(name);
    m_romanised->setText(c->romanisedName != name ? c->romanisedName : QString());
    m_accountId = c->accountId;
    QString account;
    if (const auto a = c->accountId.isEmpty() ? std::nullopt : AccountRepository(store).get(c->accountId))
        account = QStringLiteral("<a href=\"account:%1\">%2</a>").arg(a->id.toHtmlEscaped(), a->name.toHtmlEscaped());
    QString details = header::joined({c->title, c->department});
    if (!account.isEmpty())
        details = details.isEmpty() ? account : tr("%1 at %2").arg(details, account);
    const QString more = header::joined({header::cityCountry(c->address),
                                         c->preferredChannel.isEmpty() ? QString() : tr("Prefers %1").arg(vocabularyLabel(c->preferredChannel)),
                                         c->birthday.isValid() ? tr("Born %1").arg(QLocale().toString(c->birthday, QLocale::ShortFormat)) : QString(),
                                         c->tags.isEmpty() ? QString() : tr("Tags: %1").arg(c->tags.join(QStringLiteral(", ")))});
    if (!more.isEmpty())
        details += (details.isEmpty() ? QString() : QStringLiteral(" · ")) + more;
    m_details->setText(details);
    m_reach->setText(header::reachLine(c->phones, c->emails));
    m_reach->setVisible(!m_reach->text().isEmpty());
    m_consent->setText(consentLine(c->consent, palette().color(QPalette::Window).lightness() < 128));
    m_timeline->reload();
    return true;
}

void ContactRecordWindow::edit()
{
    auto *editor = new ContactEditor(context(), record().id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

} // namespace rapport
