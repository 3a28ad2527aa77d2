#pragma once
#include "FieldWidget.h"

#include <QStringList>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace rapport {

// A record's tags as a comma-separated line ("vip, east, 重点客户") with
// completion of the defined tags for the word being typed. Duplicates
// (ignoring case) and blanks are dropped; each tag is at most MaxLength.
class TagsEditor : public FieldWidget {
    Q_OBJECT
public:
    static constexpr int MaxLength = 50;

    explicit TagsEditor(QWidget *parent = nullptr);

    QStringList value() const;
    void setValue(const QStringList &tags);
    void setSuggestions(const QStringList &tags);
    QLineEdit *lineEdit() const { return m_edit; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    void completeLastWord(const QString &tag);
    QStringList words() const;

    QLineEdit *m_edit = nullptr;
    QLabel *m_error = nullptr;
    QCompleter *m_completer = nullptr;
    QStringListModel *m_suggestions = nullptr;
};

} // namespace rapport
