#pragma once
#include "FieldWidget.h"

#include <QString>

class QCompleter;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class QTimer;

namespace rapport {

class Store;

// Chooses one record of an entity (an account for a contact, a parent
// account) by typing part of its name: the store's search offers the best
// matches (a bounded query, so it stays fast on 100k accounts). The text
// must end up naming a record from the list, or be empty (no record).
class RecordPicker : public FieldWidget {
    Q_OBJECT
public:
    static constexpr int MatchLimit = 20;

    RecordPicker(Store &store, const QString &entity, QWidget *parent = nullptr);

    QString recordId() const { return m_id; }
    QString recordTitle() const { return m_title; }
    void setRecord(const QString &id, const QString &title);
    // A record that may not be chosen (an account as its own parent), with why.
    void setExcluded(const QString &id, const QString &why);
    QLineEdit *lineEdit() const { return m_edit; }
    // Searches now instead of after the pause in typing (tests, Enter).
    void searchNow();
    // The matches of the last search: (id, title).
    QList<QPair<QString, QString>> matches() const;
    // Chooses the match at `row` of the last search.
    void choose(int row);

    QString problem() const override;

signals:
    void recordChanged(const QString &id);

protected:
    void refreshError() override;

private:
    Store &m_store;
    QString m_entity;
    QString m_id;
    QString m_title;
    QString m_excludedId;
    QString m_excludedWhy;
    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_matches = nullptr;
    QTimer *m_timer = nullptr;
    bool m_settingText = false;
};

} // namespace rapport
