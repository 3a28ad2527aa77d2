#pragma once
#include "core/Page.h"
#include "store/ListQuery.h"

namespace rapport {

class RecordListView;

// A sidebar page that is one record list (Accounts, Contacts, Activities):
// the RecordListView with its search, filters, saved views and bulk actions.
class RecordListPage : public Page {
    Q_OBJECT
public:
    RecordListPage(AppContext &context, ListKind kind, QWidget *parent = nullptr);

    QString key() const override;
    QString title() const override;
    QIcon icon() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    RecordRef currentRecord() const override;
    QWidget *focusTarget() override;

    RecordListView *view() const { return m_view; }

protected:
    void reload() override;

private:
    ListKind m_kind;
    RecordListView *m_view = nullptr;
};

} // namespace rapport
