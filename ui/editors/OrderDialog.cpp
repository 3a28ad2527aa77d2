#include "OrderDialog.h"

#include "core/AppContext.h"
#include "domain/Money.h"
#include "domain/UtcTime.h"
#include "store/OrderRepository.h"
#include "store/ProductRepository.h"
#include "store/queries/RecordTitleQuery.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {

QString titleOf(Store &store, const QString &entity, const QString &id)
{
    if (id.isEmpty())
        return QStringLiteral("—");
    const auto t = RecordTitleQuery(store).title(entity, id);
    return t.ok() && t->has_value() ? **t : QStringLiteral("—");
}

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

OrderDialog::OrderDialog(AppContext &context, const QString &orderId, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("OrderDialog"));
    Store &store = context.store();
    const std::optional<Order> order = OrderRepository(store).get(orderId);
    m_valid = order.has_value();
    auto *layout = new QVBoxLayout(this);
    if (!order) {
        setWindowTitle(tr("Order"));
        layout->addWidget(new QLabel(tr("This order no longer exists."), this));
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
        return;
    }
    setWindowTitle(tr("Order %1").arg(order->number.isEmpty() ? order->id : order->number));
    auto *form = new QFormLayout;
    form->addRow(tr("Number"), new QLabel(order->number.isEmpty() ? QStringLiteral("—") : order->number, this));
    form->addRow(tr("Ordered"),
                 new QLabel(order->orderedAt ? QLocale().toString(fromUtcMillis(*order->orderedAt).toLocalTime(), QLocale::LongFormat) : QString(), this));
    form->addRow(tr("Channel"), new QLabel(order->channel.isEmpty() ? QStringLiteral("—") : order->channel, this));
    form->addRow(tr("Account"), new QLabel(titleOf(store, QStringLiteral("account"), order->accountId), this));
    form->addRow(tr("Contact"), new QLabel(titleOf(store, QStringLiteral("contact"), order->contactId), this));
    form->addRow(tr("Campaign"), new QLabel(titleOf(store, QStringLiteral("campaign"), order->campaignId), this));
    layout->addLayout(form);

    auto *lines = new QTableWidget(int(order->lines.size()) + 1, 5, this);
    lines->setObjectName(QStringLiteral("orderLines"));
    lines->setHorizontalHeaderLabels({tr("Product"), tr("Quantity"), tr("Unit price"), tr("Discount"), tr("Line total")});
    lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    lines->verticalHeader()->hide();
    ProductRepository products(store);
    qint64 total = 0;
    int row = 0;
    for (const OrderLine &l : order->lines) {
        const std::optional<Product> p = l.productId.isEmpty() ? std::nullopt : products.get(l.productId);
        const qint64 net = l.net();
        total += net;
        lines->setItem(row, 0, new QTableWidgetItem(p ? p->name : tr("(no product)")));
        lines->setItem(row, 1, number(QLocale().toString(l.quantity)));
        lines->setItem(row, 2, number(formatMoney(l.unitPrice, order->currency)));
        lines->setItem(row, 3, number(l.discount ? formatMoney(*l.discount, order->currency) : QString()));
        lines->setItem(row, 4, number(formatMoney(net, order->currency)));
        ++row;
    }
    auto *label = new QTableWidgetItem(tr("Total"));
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    lines->setItem(row, 0, label);
    QTableWidgetItem *sum = number(formatMoney(total, order->currency));
    sum->setFont(bold);
    lines->setItem(row, 4, sum);
    lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    lines->resizeColumnsToContents();
    layout->addWidget(lines, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}

} // namespace rapport
