#pragma once
#include "FieldWidget.h"

class QHBoxLayout;
class QLabel;
class QLineEdit;

namespace rapport {

// A person's name: given and family name plus a romanised form for sorting.
// A Chinese (or other CJK) name is written family name first, so the two
// fields swap to that order as soon as either holds CJK characters; the
// preview shows the name as lists will show and sort it.
class PersonNameEdit : public FieldWidget {
    Q_OBJECT
public:
    explicit PersonNameEdit(QWidget *parent = nullptr);

    QString givenName() const;
    QString familyName() const;
    QString romanisedName() const;
    void setName(const QString &given, const QString &family, const QString &romanised);

    QLineEdit *givenEdit() const { return m_given; }
    QLineEdit *familyEdit() const { return m_family; }
    QLineEdit *romanisedEdit() const { return m_romanised; }
    bool familyNameFirst() const { return m_familyFirst; }
    QLabel *preview() const { return m_preview; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    void onEdited();
    void arrange(bool familyFirst);

    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_romanised = nullptr;
    QHBoxLayout *m_names = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    bool m_familyFirst = false;
};

} // namespace rapport
