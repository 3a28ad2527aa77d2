#include "OrderEditor.h"

#include "OrderLinesEdit.h"
#include "ProductEditor.h"
#include "core/AppContext.h"
#include "domain/UtcTime.h"
#include "fields/RecordPicker.h"
#include "fields/ValidatedLineEdit.h"
#include "store/AccountRepository.h"
#include "store/ContactRepository.h"
#include "store/OrderRepository.h"
#include "store/Store.h"
#include "store/queries/ProductCatalogue.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rapport {

namespace {

// The account must be chosen: RecordPicker alone allows "no record".
class RequiredAccountPicker : public RecordPicker {
public:
    using RecordPicker::RecordPicker;
    QString problem() const override
    {
        if (const QString p = RecordPicker::problem(); !p.isEmpty())
            return p;
        return recordId().isEmpty() ? OrderEditor::tr("Choose the account that placed the order.") : QString();
    }
};

QString defaultCurrency()
{
    const QString code = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
    return code.size() == 3 ? code : QStringLiteral("EUR");
}

} // namespace

OrderEditor::OrderEditor(AppContext &context, const QString &id, QWidget *parent) : RecordEditorDialog(context, id, parent)
{
    setObjectName(QStringLiteral("OrderEditor"));
    setWindowTitle(tr("New order"));
    Store &store = context.store();
    m_account = new RequiredAccountPicker(store, QStringLiteral("account"), this);
    m_account->setObjectName(QStringLiteral("account"));
    m_orderedAt = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_orderedAt->setObjectName(QStringLiteral("orderedAt"));
    m_orderedAt->setCalendarPopup(true);
    m_orderedAt->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_currency = new QComboBox(this);
    m_currency->setObjectName(QStringLiteral("currency"));
    for (const char *c : {"EUR", "USD", "GBP", "CHF", "CNY", "HKD", "TWD", "JPY"})
        m_currency->addItem(QString::fromLatin1(c));
    if (m_currency->findText(defaultCurrency()) < 0)
        m_currency->addItem(defaultCurrency());
    m_currency->setCurrentText(defaultCurrency());
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channel"));
    m_channel->addItem(QString(), QString());
    // Stored as these keys, as imports and the demo data write them.
    const QList<QPair<QString, QString>> channels = {{QStringLiteral("sales rep"), tr("Sales rep")},
                                                     {QStringLiteral("phone"), tr("Phone")},
                                                     {QStringLiteral("web shop"), tr("Web shop")},
                                                     {QStringLiteral("marketplace"), tr("Marketplace")},
                                                     {QStringLiteral("email"), tr("Email")}};
    for (const auto &[key, label] : channels)
        m_channel->addItem(label, key);
    m_number = new ValidatedLineEdit(this);
    m_number->setObjectName(QStringLiteral("number"));
    m_number->setPlaceholderText(tr("Optional, e.g. SO-2026-0001"));
    m_lines = new OrderLinesEdit(this);
    const auto catalogue = ProductCatalogue(store).all();
    m_lines->setCatalogue(catalogue.ok() ? *catalogue : QList<ProductCatalogue::Item>{});
    m_lines->setCurrency(m_currency->currentText());
    connect(m_currency, &QComboBox::currentTextChanged, m_lines, &OrderLinesEdit::setCurrency);
    // A product not in the catalogue yet (a new store has none): created
    // here and chosen on the current line.
    auto *newProduct = new QPushButton(tr("New &product…"), this);
    newProduct->setObjectName(QStringLiteral("newProduct"));
    connect(newProduct, &QPushButton::clicked, this, [this] {
        ProductEditor editor(this->context(), QString(), this);
        editor.exec();
        if (editor.recordId().isEmpty())
            return; // cancelled before saving
        const auto catalogue = ProductCatalogue(this->context().store()).all();
        if (catalogue.ok())
            m_lines->setCatalogue(*catalogue);
        int row = m_lines->table()->currentRow();
        if (row < 0)
            row = m_lines->lineCount() - 1;
        m_lines->chooseProduct(row < 0 ? m_lines->addLine() : row, editor.recordId());
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Account"), m_account);
    form->addRow(tr("&Ordered"), m_orderedAt);
    form->addRow(tr("C&urrency"), m_currency);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("Nu&mber"), m_number);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(newProduct, 0, Qt::AlignLeft);
    layout->addWidget(footer());
    layout->addWidget(buttons());
    watch(m_account, tr("Account"));
    watch(m_lines, tr("Lines"));
    watch(m_number, tr("Number"));
    m_lines->addLine();
    resize(760, 520);
    updateSaveState();
}

void OrderEditor::prefill(const RecordRef &related)
{
    Store &store = context().store();
    if (related.entity == QLatin1String("account")) {
        if (const auto a = AccountRepository(store).get(related.id))
            m_account->setRecord(a->id, a->name);
    } else if (related.entity == QLatin1String("contact")) {
        if (const auto c = ContactRepository(store).get(related.id)) {
            m_contactId = c->id;
            if (const auto a = c->accountId.isEmpty() ? std::nullopt : AccountRepository(store).get(c->accountId))
                m_account->setRecord(a->id, a->name);
        }
    }
    updateSaveState();
}

Order OrderEditor::value() const
{
    Order o;
    o.id = recordId();
    o.ownerId = context().store().localUserId();
    o.accountId = m_account->recordId();
    o.contactId = m_contactId;
    o.orderedAt = toUtcMillis(m_orderedAt->dateTime());
    o.currency = m_currency->currentText().trimmed().toUpper();
    o.channel = m_channel->currentData().toString();
    o.number = m_number->text().trimmed();
    o.lines = m_lines->lines();
    return o;
}

bool OrderEditor::hasUnsavedChanges() const
{
    if (m_saved)
        return false;
    const Order o = value();
    return !o.accountId.isEmpty() || !o.number.isEmpty() || m_lines->lineCount() != 1 || !o.lines.value(0).productId.isEmpty();
}

Result<QString> OrderEditor::write()
{
    const Order o = value();
    if (const QString problem = OrderRepository::validate(o); !problem.isEmpty())
        return StoreError::make(StoreError::Kind::Invalid, problem);
    return OrderRepository(context().store()).create(o);
}

void OrderEditor::loadSaved(const QString &id)
{
    Q_UNUSED(id);
    m_saved = true; // stored orders are history: the dialog's job is done
}

} // namespace rapport
