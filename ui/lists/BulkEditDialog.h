#pragma once
#include "store/BulkEdit.h"
#include "store/ListQuery.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QStackedWidget;
class QLabel;
class QDialogButtonBox;

namespace rapport {

class Store;

// "Edit selected": choose what to change on the selected records (owner,
// tags, and per list the type, stage or status) and the new value. Only
// values the store accepts are offered, so a bulk edit cannot store nonsense.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(Store &store, ListKind kind, int count, QWidget *parent = nullptr);

    BulkChange change() const;
    QString label() const;
    QComboBox *fieldBox() const { return m_field; }
    QComboBox *valueBox() const { return m_value; }
    QLineEdit *textBox() const { return m_text; }

private:
    void fillValues();
    void updateOk();

    Store &m_store;
    ListKind m_kind;
    int m_count;
    QComboBox *m_field = nullptr;
    QComboBox *m_value = nullptr;
    QLineEdit *m_text = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rapport
