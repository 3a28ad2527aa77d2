#include "OwnerComboBox.h"

#include "store/Store.h"
#include "store/UserRepository.h"
#include "store/queries/Directory.h"

namespace rapport {

OwnerComboBox::OwnerComboBox(Store &store, QWidget *parent) : QComboBox(parent), m_store(store)
{
    setObjectName(QStringLiteral("owner"));
    if (const auto users = Directory(store).users())
        for (const User &u : *users)
            addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    setOwnerId(store.localUserId());
}

void OwnerComboBox::setOwnerId(const QString &id)
{
    if (id.isEmpty())
        return;
    int i = findData(id);
    if (i < 0) {
        const std::optional<User> u = UserRepository(m_store).get(id);
        addItem(u ? (u->displayName.isEmpty() ? u->name : u->displayName) : id, id);
        i = count() - 1;
    }
    setCurrentIndex(i);
}

} // namespace rapport
