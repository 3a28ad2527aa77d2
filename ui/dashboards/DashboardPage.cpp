#include "DashboardPage.h"

#include "ChartCard.h"
#include "DashboardFilterBar.h"
#include "DrillDownDialog.h"
#include "core/AppContext.h"
#include "store/queries/CampaignMemberBuilder.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

DashboardPage::DashboardPage(AppContext &context, AnalyticsSource &source, bool segmentFilter, QWidget *parent)
    : Page(context, parent), m_source(source)
{
    m_filter = new DashboardFilterBar(context.store(), segmentFilter, this);
    m_export = new QToolButton(this);
    m_export->setObjectName(QStringLiteral("exportPage"));
    m_export->setText(tr("&Export"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_export);
    menu->addAction(tr("Save Page as &PNG…"), this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Page"), QDir(dir).filePath(key() + QStringLiteral(".png")),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty())
            if (const QString e = exportTo(path); !e.isEmpty())
                QMessageBox::warning(this, tr("Save Page"), e);
    });
    menu->addAction(tr("Save Page as P&DF…"), this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Page"), QDir(dir).filePath(key() + QStringLiteral(".pdf")),
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            if (const QString e = exportTo(path); !e.isEmpty())
                QMessageBox::warning(this, tr("Save Page"), e);
    });
    m_export->setMenu(menu);
    m_filter->addTrailingWidget(m_export);

    auto *content = new QWidget(this);
    content->setObjectName(QStringLiteral("dashboardContent"));
    m_grid = new QGridLayout(content);
    m_grid->setContentsMargins(8, 0, 8, 8);
    m_grid->setSpacing(8);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filter);
    layout->addWidget(scroll, 1);

    connect(m_filter, &DashboardFilterBar::changed, this, &DashboardPage::reload);
    connect(&source, &AnalyticsSource::loading, this, [this](int done, int total) {
        m_progress = total > 0 ? tr("Reading the store… %1%").arg(100 * qint64(done) / total) : tr("Reading the store…");
        updateBusy();
    });
    connect(&source, &AnalyticsSource::loaded, this, [this] {
        m_progress.clear();
        updateBusy();
    });
}

ChartCard *DashboardPage::addCard(const QString &objectName, const QString &title, int row, int column, int rowSpan, int columnSpan)
{
    auto *card = new ChartCard(objectName, title, m_grid->parentWidget());
    m_grid->addWidget(card, row, column, rowSpan, columnSpan);
    m_cards << card;
    return card;
}

ChartCard *DashboardPage::card(const QString &objectName) const
{
    for (ChartCard *c : m_cards)
        if (c->objectName() == objectName)
            return c;
    return nullptr;
}

QString DashboardPage::currency() const
{
    return m_input ? m_input->currency : m_source.currency();
}

void DashboardPage::reload()
{
    m_filter->refreshOwners();
    refresh(m_filter->scope());
}

void DashboardPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_generation == 0)
        reload();
}

void DashboardPage::inputShown(const InputFacts &in)
{
    // Money is added up in one currency (the store keeps no exchange rates):
    // say which, and what that leaves out.
    QStringList left;
    if (in.ordersInOtherCurrencies > 0)
        left << tr("%n order(s)", nullptr, in.ordersInOtherCurrencies);
    if (in.dealsInOtherCurrencies > 0)
        left << tr("%n deal(s)", nullptr, in.dealsInOtherCurrencies);
    if (in.campaignsInOtherCurrencies > 0)
        left << tr("the cost of %n campaign(s)", nullptr, in.campaignsInOtherCurrencies);
    m_filter->setCurrencyNote(in.currency.isEmpty() ? QString() : tr("Amounts in %1").arg(in.currency),
                              left.isEmpty() ? QString()
                                             : tr("In other currencies, left out: %1. The store keeps no exchange rates.")
                                                   .arg(QLocale().createSeparatedList(left)));
}

void DashboardPage::finished()
{
    --m_pending;
    updateBusy();
}

void DashboardPage::failed(const QString &message)
{
    --m_pending;
    updateBusy();
    emit statusMessage(tr("The figures could not be computed: %1").arg(message));
}

void DashboardPage::updateBusy()
{
    m_filter->setBusy(m_pending > 0, m_progress);
}

void DashboardPage::saveState(QSettings &settings) const
{
    settings.beginGroup(key());
    m_filter->saveState(settings);
    settings.endGroup();
}

void DashboardPage::restoreState(QSettings &settings)
{
    settings.beginGroup(key());
    m_filter->restoreState(settings);
    settings.endGroup();
}

QString DashboardPage::exportTo(const QString &path)
{
    QWidget *content = m_grid->parentWidget();
    if (QFileInfo(path).suffix().compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0) {
        // Vector output: the widgets paint into the PDF, scaled to fit one
        // landscape A4 page with the page's title above.
        QPdfWriter pdf(path);
        pdf.setTitle(title());
        pdf.setCreator(QStringLiteral("Rapport"));
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&pdf))
            return tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        const QRect page = pdf.pageLayout().paintRectPixels(pdf.resolution());
        const QRect area(0, 0, page.width(), page.height());
        QFont font = painter.font();
        font.setPointSizeF(14);
        painter.setFont(font);
        const int titleHeight = painter.fontMetrics().height() * 2;
        painter.drawText(area.adjusted(0, 0, 0, -(area.height() - titleHeight)), Qt::AlignLeft | Qt::AlignVCenter,
                         title() + QStringLiteral(" — ") + QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
        const QSize size = content->size();
        const double scale = std::min(double(area.width()) / size.width(), double(area.height() - titleHeight) / size.height());
        painter.translate(0, titleHeight);
        painter.scale(scale, scale);
        content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
        if (!painter.end())
            return tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!content->grab().save(path, "PNG"))
        return tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
    return {};
}

void DashboardPage::showCustomers(const QString &title, const std::vector<int> &customers, const QStringList &figures)
{
    if (!m_input)
        return;
    QList<DrillDownDialog::Row> rows;
    rows.reserve(qsizetype(customers.size()));
    for (size_t i = 0; i < customers.size(); ++i) {
        const auto &c = m_input->purchases.customers[size_t(customers[i])];
        rows << DrillDownDialog::Row{{QStringLiteral("account"), c.id}, {c.name, i < size_t(figures.size()) ? figures[qsizetype(i)] : QString()}};
    }
    auto *dialog = new DrillDownDialog(title, {tr("Customer"), tr("Figure")}, rows, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::openRecordRequested, this, &Page::openRecordRequested);
    connect(dialog, &DrillDownDialog::startCampaignRequested, this, [this, title](const QStringList &accountIds) {
        emit startCampaignRequested(MemberSource::contactsOfAccounts(accountIds), title);
    });
    dialog->open();
}

void DashboardPage::showDeals(const QString &title, const std::vector<int> &deals)
{
    if (!m_input)
        return;
    QList<DrillDownDialog::Row> rows;
    for (int d : deals) {
        const auto &deal = m_input->pipeline.deals[size_t(d)];
        const QString account = deal.customer >= 0 ? m_input->purchases.customers[size_t(deal.customer)].name : QString();
        rows << DrillDownDialog::Row{{QStringLiteral("opportunity"), deal.id},
                                     {deal.name, account, QLocale().toString(deal.amount, 'f', 2)}};
    }
    auto *dialog = new DrillDownDialog(title, {tr("Opportunity"), tr("Account"), tr("Amount")}, rows, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DrillDownDialog::openRecordRequested, this, &Page::openRecordRequested);
    dialog->open();
}

} // namespace rapport
