#pragma once
#include <QComboBox>

namespace rapport {

class Store;

// The user a record belongs to: the store's active users by name. An owner
// who left (inactive or unknown to this store) stays selectable for the
// record that has them, so opening a record never changes its owner.
class OwnerComboBox : public QComboBox {
    Q_OBJECT
public:
    explicit OwnerComboBox(Store &store, QWidget *parent = nullptr);

    QString ownerId() const { return currentData().toString(); }
    void setOwnerId(const QString &id);

private:
    Store &m_store;
};

} // namespace rapport
