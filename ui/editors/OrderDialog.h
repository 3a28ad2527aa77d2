#pragma once
#include <QDialog>

namespace rapport {

class AppContext;

// An order as it was placed: number, date, channel, account, contact,
// campaign, and its lines (product, quantity, unit price, discount, line
// total) with the order's total. Read-only: orders arrive from the shop or
// ERP by import and are history, not something a rep edits; a return is a
// new order with negative quantities.
class OrderDialog : public QDialog {
    Q_OBJECT
public:
    OrderDialog(AppContext &context, const QString &orderId, QWidget *parent = nullptr);

    // False when the order does not exist (deleted meanwhile).
    bool isValid() const { return m_valid; }

private:
    bool m_valid = false;
};

} // namespace rapport
