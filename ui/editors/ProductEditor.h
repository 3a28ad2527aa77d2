#pragma once
#include "RecordEditorDialog.h"
#include "domain/Product.h"

namespace rapport {

class MoneyEdit;
class ValidatedLineEdit;

// Creates a product for the catalogue: name (required), code, category, list
// price and unit cost in one currency (the unit cost is what the
// profitability analytics subtract as cost of goods). Opened from an order's
// lines when the product is not in the catalogue yet.
class ProductEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    ProductEditor(AppContext &context, const QString &id, QWidget *parent = nullptr);

    Product value() const;
    bool hasUnsavedChanges() const override;

    ValidatedLineEdit *nameField() const { return m_name; }
    MoneyEdit *listPriceField() const { return m_listPrice; }
    MoneyEdit *unitCostField() const { return m_unitCost; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    void load(const Product &product);

    Product m_stored;
    ValidatedLineEdit *m_name = nullptr;
    ValidatedLineEdit *m_code = nullptr;
    ValidatedLineEdit *m_category = nullptr;
    MoneyEdit *m_listPrice = nullptr;
    MoneyEdit *m_unitCost = nullptr;
};

} // namespace rapport
