#pragma once
#include <QDialog>

class QButtonGroup;
class QLineEdit;
class QRadioButton;

namespace rapport {

// Asked when an activity is completed from a list: what came of it. Offers the
// common outcomes of the activity's kind as one-click choices and a free text
// for anything else; Enter completes with the choice shown.
class OutcomeDialog : public QDialog {
    Q_OBJECT
public:
    OutcomeDialog(const QString &kind, const QString &subject, QWidget *parent = nullptr);

    // The stored value: a common outcome's English word, or the text typed.
    QString outcome() const;
    // Selects the common outcome `outcome` (stored word or its label), else
    // types it as free text.
    void setOutcome(const QString &outcome);
    QLineEdit *otherText() const { return m_other; }

private:
    QString m_kind;
    QButtonGroup *m_choices = nullptr;
    QRadioButton *m_otherChoice = nullptr;
    QLineEdit *m_other = nullptr;
    QStringList m_outcomes;
};

} // namespace rapport
