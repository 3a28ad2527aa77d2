#pragma once
#include "core/Page.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

namespace rapport {

class AppContext;

// Ctrl+K: type a few letters of any record's name, email, phone or city, pick
// with the arrow keys, Enter opens it. Keyboard-only from the first key: the
// text box keeps the focus and Up/Down move through the results.
class QuickOpenDialog : public QDialog {
    Q_OBJECT
public:
    explicit QuickOpenDialog(AppContext &context, QWidget *parent = nullptr);

    void setText(const QString &text);
    QLineEdit *textBox() const { return m_text; }
    QListWidget *results() const { return m_results; }

    // Translated name of an entity ("account" → "Account").
    static QString entityLabel(const QString &entity);

signals:
    void recordChosen(const rapport::RecordRef &record);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void choose();

    AppContext &m_context;
    QLineEdit *m_text = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace rapport
