#include "TodayPage.h"

#include "OpenActivitiesView.h"
#include "VisitsDueView.h"
#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "editors/Editors.h"
#include "store/Store.h"
#include "store/queries/Directory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rapport {

TodayPage::TodayPage(AppContext &context, QWidget *parent) : Page(context, parent)
{
    setObjectName(QStringLiteral("todayPage"));
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont big = m_date->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_date->setFont(big);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("todayOwner"));
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_owner->setToolTip(tr("Whose activities and accounts are shown"));

    auto logButton = [this](const QString &text, const QString &kind, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setObjectName(QStringLiteral("log_") + kind);
        b->setText(text);
        b->setToolTip(tip);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, this, [this, kind] { logActivity(kind); });
        return b;
    };

    auto *top = new QHBoxLayout;
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_owner);
    top->addStretch(1);
    top->addWidget(logButton(tr("Log call…"), QStringLiteral("call"), tr("Log a call about the selected record (Ctrl+L for any kind)")));
    top->addWidget(logButton(tr("Log visit…"), QStringLiteral("visit"), tr("Log a visit to the selected account")));
    top->addWidget(logButton(tr("Add note…"), QStringLiteral("note"), tr("Write a note about the selected record")));
    top->addWidget(logButton(tr("New task…"), QStringLiteral("task"), tr("Plan a task")));

    m_activities = new OpenActivitiesView(context, this);
    m_visits = new VisitsDueView(context, this);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("todaySplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_activities);
    m_splitter->addWidget(m_visits);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->addLayout(top);
    layout->addSpacing(4);
    layout->addWidget(m_splitter, 1);

    connect(m_activities, &OpenActivitiesView::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_visits, &VisitsDueView::openRecordRequested, this, &Page::openRecordRequested);
    connect(m_activities, &OpenActivitiesView::statusMessage, this, &Page::statusMessage);
    connect(m_activities, &OpenActivitiesView::currentRecordChanged, this, [this] { m_visitSelectedLast = false; });
    connect(m_visits, &VisitsDueView::currentRecordChanged, this, [this] { m_visitSelectedLast = true; });
    connect(m_visits, &VisitsDueView::logVisitRequested, this,
            [this](const RecordRef &account) { rapport::logActivity(this->context(), QStringLiteral("visit"), account, this); });

    fillOwners();
    connect(m_owner, &QComboBox::currentIndexChanged, this, &TodayPage::onOwnerChanged);
    updateDate();
}

QIcon TodayPage::icon() const
{
    // A tick: the day's to-do list (the theme's calendar icon where there is one).
    return QIcon::fromTheme(QStringLiteral("view-calendar-day"), style()->standardIcon(QStyle::SP_DialogApplyButton));
}

namespace {
// The owner switch's value for "everyone's": no user has this id.
const QString Everyone = QStringLiteral("#everyone");
} // namespace

void TodayPage::fillOwners()
{
    const QSignalBlocker block(m_owner);
    const QString current = m_owner->currentData().toString(); // empty the first time: mine
    const QString me = context().store().localUserId();
    m_owner->clear();
    m_owner->addItem(tr("Mine"), me);
    m_owner->addItem(tr("Everyone's"), Everyone);
    if (const auto users = Directory(context().store()).users())
        for (const User &u : *users)
            if (u.id != me)
                m_owner->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

std::optional<QString> TodayPage::owner() const
{
    const QString data = m_owner->currentData().toString();
    if (data == Everyone)
        return std::nullopt;
    return data;
}

void TodayPage::onOwnerChanged()
{
    m_activities->setOwner(owner());
    m_visits->setOwner(owner());
    m_started = true;
}

void TodayPage::updateDate()
{
    const QDate today = fromUtcMillis(context().store().now()).toLocalTime().date();
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));
}

void TodayPage::reload()
{
    updateDate();
    fillOwners();
    // Both views re-read; each keeps showing what it has until then.
    onOwnerChanged();
}

void TodayPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    // The first read waits until the page is shown: a window that opens on
    // another page does not walk the visits at start-up.
    if (!m_started)
        reload();
}

RecordRef TodayPage::currentRecord() const
{
    // The record the user selected last: an activity above or an account of
    // the round below.
    const RecordRef activity = m_activities->currentRecord();
    const RecordRef account = m_visits->currentRecord();
    if (m_visitSelectedLast)
        return account.isValid() ? account : activity;
    return activity.isValid() ? activity : account;
}

bool TodayPage::isLoading() const
{
    return m_activities->isLoading() || m_visits->isLoading();
}

QWidget *TodayPage::focusTarget()
{
    return m_activities->tree();
}

void TodayPage::logActivity(const QString &kind)
{
    RecordRef about = currentRecord();
    // A visit is paid to an account: the round's selection, else the account
    // of the selected activity (resolved by the editor's prefill).
    if (kind == QLatin1String("visit") && m_visits->currentRecord().isValid())
        about = m_visits->currentRecord();
    rapport::logActivity(context(), kind, about, this);
}

void TodayPage::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("owner"), m_owner->currentData().toString());
    m_activities->saveState(settings);
    m_visits->saveState(settings);
}

void TodayPage::restoreState(QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    const QSignalBlocker block(m_owner);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(settings.value(QStringLiteral("owner")).toString())));
    m_activities->restoreState(settings);
    m_visits->restoreState(settings);
    if (m_started)
        onOwnerChanged();
}

} // namespace rapport
