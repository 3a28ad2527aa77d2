#pragma once
#include "FieldWidget.h"
#include "domain/ContactDetails.h"

#include <QList>
#include <QPair>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace rapport {

// A list of labelled addresses or numbers (type + value), one row each, with
// an error beside every row. Subclasses say how a value is checked and
// normalised (EmailListEditor, PhoneListEditor). Rows left empty are dropped.
//
// A value loaded from the store that fails today's check (data from before
// the check, an import) is kept as it was and only marked, so that opening
// and saving a record never fails on a field the user did not touch; once
// edited it must pass.
class ContactPointListEditor : public FieldWidget {
    Q_OBJECT
public:
    struct Normalised {
        QString problem; // empty when the text can be stored
        QString stored;  // what the store keeps
        QString shown;   // what the row shows once the user leaves it
    };

    QList<ContactPoint> value() const;
    void setValue(const QList<ContactPoint> &points);

    int rowCount() const { return int(m_rows.size()); }
    QLineEdit *valueEdit(int row) const;
    QComboBox *typeBox(int row) const;
    QLabel *rowError(int row) const;
    // Adds an empty row (of the first type not yet used) and focuses it.
    void addRow();
    // A quiet line under the rows (how values are read).
    void setHint(const QString &hint);
    QLabel *hintLabel() const { return m_hint; }

    QString problem() const override;
    void setTouched(bool touched = true) override;

protected:
    // `types`: (stored word, shown label) in menu order.
    ContactPointListEditor(const QList<QPair<QString, QString>> &types, const QString &addLabel, const QString &placeholder,
                           QWidget *parent);
    virtual Normalised normalise(const QString &text) const = 0;
    // "2nd phone: …": the row's problem as a form-level sentence.
    virtual QString rowProblem(int row, const QString &problem) const = 0;
    // Re-checks every row (the rules changed, e.g. the phone region).
    void recheckAll();
    void refreshError() override;

private:
    struct Row {
        QWidget *widget = nullptr;
        QComboBox *type = nullptr;
        QLineEdit *edit = nullptr;
        QLabel *error = nullptr;
        QString loaded;   // the stored value the row was loaded with
        bool touched = false;
        Normalised state;
    };
    Row &appendRow(const ContactPoint &point);
    void removeRow(QWidget *rowWidget);
    void recheck(Row &row);
    void finishRow(Row &row);
    bool keptAsLoaded(const Row &row) const;
    int rowIndexOf(QWidget *rowWidget) const;

    QList<QPair<QString, QString>> m_types;
    QString m_placeholder;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QToolButton *m_add = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace rapport
