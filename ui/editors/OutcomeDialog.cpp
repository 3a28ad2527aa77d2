#include "OutcomeDialog.h"

#include "ActivityOutcomes.h"
#include "domain/Vocabulary.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {

OutcomeDialog::OutcomeDialog(const QString &kind, const QString &subject, QWidget *parent)
    : QDialog(parent), m_kind(kind), m_outcomes(commonOutcomes(kind))
{
    setObjectName(QStringLiteral("outcomeDialog"));
    setWindowTitle(tr("Complete %1").arg(vocabularyLabel(kind).toLower()));

    auto *layout = new QVBoxLayout(this);
    if (!subject.isEmpty()) {
        auto *title = new QLabel(this);
        title->setTextFormat(Qt::PlainText);
        title->setText(subject);
        title->setWordWrap(true);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
    }
    layout->addWidget(new QLabel(m_outcomes.isEmpty() ? tr("Outcome (optional):") : tr("What was the outcome?"), this));

    m_choices = new QButtonGroup(this);
    for (int i = 0; i < m_outcomes.size(); ++i) {
        auto *choice = new QRadioButton(outcomeLabel(m_outcomes[i]), this);
        choice->setObjectName(QStringLiteral("outcome_") + QString(m_outcomes[i]).replace(QLatin1Char(' '), QLatin1Char('_')));
        m_choices->addButton(choice, i);
        layout->addWidget(choice);
    }
    m_other = new QLineEdit(this);
    m_other->setObjectName(QStringLiteral("otherOutcome"));
    m_other->setPlaceholderText(m_outcomes.isEmpty() ? tr("What came of it") : tr("Something else…"));
    m_other->setClearButtonEnabled(true);
    if (m_outcomes.isEmpty()) {
        layout->addWidget(m_other);
    } else {
        m_otherChoice = new QRadioButton(tr("Other:"), this);
        m_choices->addButton(m_otherChoice, int(m_outcomes.size()));
        auto *row = new QHBoxLayout;
        row->addWidget(m_otherChoice);
        row->addWidget(m_other, 1);
        layout->addLayout(row);
        m_choices->button(0)->setChecked(true);
        // Typing picks "Other"; picking a common outcome leaves the text alone.
        connect(m_other, &QLineEdit::textEdited, this, [this] { m_otherChoice->setChecked(true); });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("completeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(340);
    if (m_outcomes.isEmpty())
        m_other->setFocus();
    else
        m_choices->button(0)->setFocus();
}

QString OutcomeDialog::outcome() const
{
    const int chosen = m_choices->checkedId();
    if (chosen >= 0 && chosen < m_outcomes.size())
        return m_outcomes[chosen];
    return outcomeFromText(m_kind, m_other->text());
}

void OutcomeDialog::setOutcome(const QString &outcome)
{
    const QString stored = outcomeFromText(m_kind, outcome);
    const qsizetype i = m_outcomes.indexOf(stored);
    if (i >= 0) {
        m_choices->button(int(i))->setChecked(true);
        return;
    }
    m_other->setText(outcome);
    if (m_otherChoice)
        m_otherChoice->setChecked(true);
}

} // namespace rapport
