#pragma once
#include "store/StoreError.h"

// The footer and button row are handed to subclasses for their layouts.
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QList>
#include <QPair>

class QPushButton;

namespace rapport {

class AppContext;
class FieldWidget;

// What every record editor does around its fields: Save stays disabled while
// any field has a problem (each shown beside its field, the first also in the
// footer, so a disabled Save is never a riddle); saving writes through the
// repositories as one journaled, undoable change set; closing with unsaved
// changes asks Save / Discard / Cancel. Subclasses build the form, say
// whether it differs from the stored record and write it.
class RecordEditorDialog : public QDialog {
    Q_OBJECT
public:
    QPushButton *saveButton() const { return m_save; }
    QLabel *footer() const { return m_footer; }
    // The id of the record (set once a new one is saved).
    QString recordId() const { return m_id; }
    // The form differs from what is stored.
    virtual bool hasUnsavedChanges() const = 0;
    // The first problem of any field ("Name: Enter a name."), empty if none.
    QString firstProblem() const;

public slots:
    // Writes the record if every field is valid; true when it was stored.
    bool save();
    // Closes, asking first when there are unsaved changes.
    void reject() override;

signals:
    void saved(const QString &id);

protected:
    RecordEditorDialog(AppContext &context, const QString &id, QWidget *parent);

    AppContext &context() const { return m_context; }
    // Registers a field: its problems gate Save. `name` prefixes the footer.
    void watch(FieldWidget *field, const QString &name);
    // Re-evaluates Save and the footer; call after changes to plain widgets.
    void updateSaveState();
    // The button row, for the subclass's layout.
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Writes the form (a new record when recordId() is empty) in one change
    // set and returns the record's id, or the store's refusal.
    virtual Result<QString> write() = 0;
    // After a successful write: re-reads so the form is clean again.
    virtual void loadSaved(const QString &id) = 0;

private:
    AppContext &m_context;
    QString m_id;
    QList<QPair<FieldWidget *, QString>> m_fields;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace rapport
