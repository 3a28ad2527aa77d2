#pragma once
#include "RecordEditorDialog.h"
#include "core/Page.h"
#include "domain/Order.h"

class QComboBox;
class QDateTimeEdit;

namespace rapport {

class OrderLinesEdit;
class RecordPicker;
class ValidatedLineEdit;

// Records a new order: the account (required), when it was placed, its
// currency and channel, an optional number, and its lines (OrderLinesEdit).
// Saved in one change set with every line, all or nothing (OrderRepository),
// and undoable like any edit. Orders already stored open read-only
// (OrderDialog): they are history; a return is a new order with negative
// quantities.
class OrderEditor : public RecordEditorDialog {
    Q_OBJECT
public:
    OrderEditor(AppContext &context, const QString &id, QWidget *parent = nullptr);

    // An order for the account in view (or the contact's account).
    void prefill(const RecordRef &related);

    Order value() const;
    bool hasUnsavedChanges() const override;

    RecordPicker *accountField() const { return m_account; }
    QComboBox *currencyBox() const { return m_currency; }
    OrderLinesEdit *linesField() const { return m_lines; }

protected:
    Result<QString> write() override;
    void loadSaved(const QString &id) override;

private:
    RecordPicker *m_account = nullptr;
    QString m_contactId;
    QDateTimeEdit *m_orderedAt = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_channel = nullptr;
    ValidatedLineEdit *m_number = nullptr;
    OrderLinesEdit *m_lines = nullptr;
    bool m_saved = false;
};

} // namespace rapport
