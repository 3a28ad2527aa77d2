#include "AccountRecordWindow.h"

#include "AccountEditor.h"
#include "Editors.h"
#include "RecordHeader.h"
#include "core/AppContext.h"
#include "domain/PhoneNumbers.h"
#include "domain/Vocabulary.h"
#include "itemmodels/RecordListModel.h"
#include "record/AccountFiguresPanel.h"
#include "record/TimelineView.h"
#include "store/AccountRepository.h"
#include "store/Store.h"
#include "store/UserRepository.h"
#include "store/queries/AccountFiguresQuery.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace rapport {

namespace {
// Shows stored E.164 numbers the way people read them (+86 138 0013 8000).
class PhoneDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QString displayText(const QVariant &value, const QLocale &) const override { return displayPhoneNumber(value.toString()); }
};
} // namespace

AccountRecordWindow::AccountRecordWindow(AppContext &context, const QString &accountId, QWidget *parent)
    : RecordWindow(context, {QStringLiteral("account"), accountId}, parent)
{
    Store &store = context.store();
    m_title = header::makeTitle(this);
    m_badge = header::makeBadge(this);
    m_details = header::makeLine(this);
    m_reach = header::makeLine(this);
    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(m_title);
    titleRow->addWidget(m_badge, 0, Qt::AlignVCenter);
    titleRow->addStretch(1);
    titleRow->addWidget(editButton());

    const RecordRef self = record();
    addAction(QStringLiteral("logCall"), tr("Log &call"), [this, self] { logActivity(this->context(), QStringLiteral("call"), self, this); });
    addAction(QStringLiteral("logVisit"), tr("Log &visit"), [this, self] { logActivity(this->context(), QStringLiteral("visit"), self, this); });
    addAction(QStringLiteral("logNote"), tr("&Note"), [this, self] { logActivity(this->context(), QStringLiteral("note"), self, this); });
    actionRow()->addSpacing(12);
    addAction(QStringLiteral("newContact"), tr("New c&ontact"), [this, self] { createRecord(this->context(), QStringLiteral("contact"), self, this); });
    addAction(QStringLiteral("newOpportunity"), tr("New o&pportunity"),
              [this, self] { createRecord(this->context(), QStringLiteral("opportunity"), self, this); });
    addAction(QStringLiteral("newCase"), tr("New c&ase"), [this, self] { createRecord(this->context(), QStringLiteral("case"), self, this); });
    addAction(QStringLiteral("newOrder"), tr("New o&rder"), [this, self] { createRecord(this->context(), QStringLiteral("order"), self, this); });
    actionRow()->addStretch(1);

    m_figures = new AccountFiguresPanel(this);
    m_timeline = new TimelineView(store, TimelineQuery::Subject::Account, accountId, this);
    connect(m_timeline, &TimelineView::openRequested, this, &AccountRecordWindow::openRecord);

    // The account's contacts: the contacts list filtered to it, paged like any list.
    ListSpec spec;
    spec.kind = ListKind::Contacts;
    spec.filters << qMakePair(QStringLiteral("account"), QVariant(accountId));
    m_contactModel = new RecordListModel(store, spec, this);
    m_contacts = new QTableView(this);
    m_contacts->setObjectName(QStringLiteral("contacts"));
    m_contacts->setModel(m_contactModel);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contacts->verticalHeader()->hide();
    m_contacts->setShowGrid(false);
    m_contacts->setWordWrap(false);
    m_contacts->verticalHeader()->setDefaultSectionSize(m_contacts->fontMetrics().height() + 8);
    const ListDef &contactsDef = listDef(ListKind::Contacts);
    // Name, title and phone: who to ask for and how to reach them; the rest
    // is on the contact's own page.
    for (int c = 0; c < contactsDef.columns.size(); ++c) {
        const QString &key = contactsDef.columns[c].key;
        m_contacts->setColumnHidden(c, key != QLatin1String("name") && key != QLatin1String("title") && key != QLatin1String("phone"));
    }
    m_contacts->horizontalHeader()->setSectionResizeMode(contactsDef.columnIndex(QStringLiteral("name")), QHeaderView::Stretch);
    m_contacts->setColumnWidth(contactsDef.columnIndex(QStringLiteral("title")), 110);
    m_contacts->setColumnWidth(contactsDef.columnIndex(QStringLiteral("phone")), 140);
    m_contacts->setItemDelegateForColumn(contactsDef.columnIndex(QStringLiteral("phone")), new PhoneDelegate(m_contacts));
    connect(m_contacts, &QTableView::activated, this, [this](const QModelIndex &index) {
        openRecord({QStringLiteral("contact"), m_contactModel->recordId(index.row())});
    });
    m_contactsTitle = new QLabel(this);
    auto *contactsPane = new QWidget(this);
    auto *contactsLayout = new QVBoxLayout(contactsPane);
    contactsLayout->setContentsMargins(0, 0, 0, 0);
    contactsLayout->setSpacing(4);
    contactsLayout->addWidget(m_contactsTitle);
    contactsLayout->addWidget(m_contacts, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("recordSplitter"));
    splitter->addWidget(m_timeline);
    splitter->addWidget(contactsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({900, 340});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(6);
    layout->addLayout(titleRow);
    layout->addWidget(m_details);
    layout->addWidget(m_reach);
    layout->addLayout(actionRow());
    layout->addSpacing(4);
    layout->addWidget(m_figures);
    layout->addSpacing(4);
    layout->addWidget(splitter, 1);
    reload();
}

bool AccountRecordWindow::load()
{
    Store &store = context().store();
    const std::optional<Account> a = AccountRepository(store).get(record().id);
    if (!a) {
        setWindowTitle(tr("Account (deleted)"));
        m_title->setText(tr("This account was deleted."));
        header::setBadge(m_badge, {});
        m_details->clear();
        m_reach->clear();
        return false;
    }
    setWindowTitle(tr("%1 — Account").arg(a->name));
    m_title->setText(a->name);
    header::setBadge(m_badge, vocabularyLabel(a->type));
    QString owner;
    if (const auto u = UserRepository(store).get(a->ownerId))
        owner = tr("Owner: %1").arg(u->displayName.isEmpty() ? u->name : u->displayName);
    QString parent;
    if (!a->parentId.isEmpty())
        if (const auto p = AccountRepository(store).get(a->parentId))
            parent = tr("Part of %1").arg(p->name);
    QString details = header::joined({a->industry, header::cityCountry(a->address), parent, owner,
                                      a->tags.isEmpty() ? QString() : tr("Tags: %1").arg(a->tags.join(QStringLiteral(", ")))});
    if (!a->website.isEmpty()) {
        const QString url = a->website.contains(QLatin1String("://")) ? a->website : QStringLiteral("https://") + a->website;
        details += (details.isEmpty() ? QString() : QStringLiteral(" · "))
                   + QStringLiteral("<a href=\"%1\">%2</a>").arg(url.toHtmlEscaped(), a->website.toHtmlEscaped());
    }
    m_details->setText(details);
    m_reach->setText(header::reachLine(a->phones, a->emails));
    m_reach->setVisible(!m_reach->text().isEmpty());

    const qint64 now = store.now();
    if (const Result<AccountFigures> f = AccountFiguresQuery(store).figures(record().id, now); f.ok())
        m_figures->display(*f, now);
    m_timeline->reload();
    m_contactModel->reload();
    m_contactsTitle->setText(m_contactModel->canFetchMore({}) ? tr("<b>Contacts</b> (%1+)").arg(m_contactModel->rowCount())
                                                              : tr("<b>Contacts</b> (%1)").arg(m_contactModel->rowCount()));
    return true;
}

void AccountRecordWindow::edit()
{
    auto *editor = new AccountEditor(context(), record().id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->open();
}

} // namespace rapport
