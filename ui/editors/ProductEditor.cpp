#include "ProductEditor.h"

#include "core/AppContext.h"
#include "fields/MoneyEdit.h"
#include "fields/ValidatedLineEdit.h"
#include "store/ProductRepository.h"
#include "store/Store.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport {

ProductEditor::ProductEditor(AppContext &context, const QString &id, QWidget *parent) : RecordEditorDialog(context, id, parent)
{
    setObjectName(QStringLiteral("ProductEditor"));
    m_name = new ValidatedLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setRequired(tr("A product needs a name."));
    m_code = new ValidatedLineEdit(this);
    m_code->setObjectName(QStringLiteral("code"));
    m_code->setPlaceholderText(tr("Article number, SKU"));
    m_category = new ValidatedLineEdit(this);
    m_category->setObjectName(QStringLiteral("category"));
    m_listPrice = new MoneyEdit(this);
    m_listPrice->setObjectName(QStringLiteral("listPrice"));
    m_unitCost = new MoneyEdit(this);
    m_unitCost->setObjectName(QStringLiteral("unitCost"));
    // One currency for both: the cost is compared with the price.
    m_unitCost->currencyBox()->setEnabled(false);
    connect(m_listPrice, &FieldWidget::changed, this, [this] { m_unitCost->setCurrency(m_listPrice->currency()); });

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("Ca&tegory"), m_category);
    form->addRow(tr("&List price"), m_listPrice);
    form->addRow(tr("&Unit cost"), m_unitCost);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(footer());
    layout->addWidget(buttons());
    watch(m_name, tr("Name"));
    watch(m_code, tr("Code"));
    watch(m_category, tr("Category"));
    watch(m_listPrice, tr("List price"));
    watch(m_unitCost, tr("Unit cost"));

    if (id.isEmpty()) {
        setWindowTitle(tr("New product"));
        Product fresh;
        fresh.currency = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        load(fresh);
    } else {
        const std::optional<Product> stored = ProductRepository(context.store()).get(id);
        setWindowTitle(stored ? tr("Product — %1").arg(stored->name) : tr("Product"));
        load(stored.value_or(Product{}));
    }
    m_name->setFocus(Qt::OtherFocusReason);
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

void ProductEditor::load(const Product &p)
{
    m_stored = p;
    m_name->setText(p.name);
    m_code->setText(p.code);
    m_category->setText(p.category);
    m_listPrice->setCurrency(p.currency.isEmpty() ? QStringLiteral("EUR") : p.currency);
    m_listPrice->setValue(p.listPrice ? std::optional<Money>(Money{*p.listPrice, p.currency}) : std::nullopt);
    m_unitCost->setCurrency(m_listPrice->currency());
    m_unitCost->setValue(p.unitCost ? std::optional<Money>(Money{*p.unitCost, p.currency}) : std::nullopt);
    updateSaveState();
}

Product ProductEditor::value() const
{
    Product p = m_stored;
    p.id = recordId();
    if (p.ownerId.isEmpty())
        p.ownerId = context().store().localUserId();
    p.name = m_name->text().trimmed();
    p.code = m_code->text().trimmed();
    p.category = m_category->text().trimmed();
    p.currency = m_listPrice->currency();
    const std::optional<Money> price = m_listPrice->value();
    const std::optional<Money> cost = m_unitCost->value();
    p.listPrice = price ? std::optional<qint64>(price->minor) : std::nullopt;
    p.unitCost = cost ? std::optional<qint64>(cost->minor) : std::nullopt;
    return p;
}

bool ProductEditor::hasUnsavedChanges() const
{
    Product now = value();
    Product stored = m_stored;
    now.id = stored.id;
    now.ownerId = stored.ownerId;
    // A currency alone is not a change while no price uses it.
    if (!now.listPrice && !now.unitCost)
        now.currency = stored.currency;
    return !(now == stored);
}

Result<QString> ProductEditor::write()
{
    const Product p = value();
    return ProductRepository(context().store()).save(p, recordId().isEmpty() ? tr("New product %1").arg(p.name) : tr("Edit product %1").arg(p.name));
}

void ProductEditor::loadSaved(const QString &id)
{
    if (const std::optional<Product> p = ProductRepository(context().store()).get(id))
        load(*p);
}

} // namespace rapport
