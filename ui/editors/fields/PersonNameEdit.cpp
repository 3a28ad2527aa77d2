#include "PersonNameEdit.h"

#include "domain/PersonName.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rapport {

PersonNameEdit::PersonNameEdit(QWidget *parent)
    : FieldWidget(parent), m_given(new QLineEdit(this)), m_family(new QLineEdit(this)), m_romanised(new QLineEdit(this))
{
    setObjectName(QStringLiteral("personName"));
    m_given->setObjectName(QStringLiteral("givenName"));
    m_family->setObjectName(QStringLiteral("familyName"));
    m_romanised->setObjectName(QStringLiteral("romanisedName"));
    m_given->setPlaceholderText(tr("Given name"));
    m_family->setPlaceholderText(tr("Family name"));
    m_romanised->setPlaceholderText(tr("Romanised, for sorting (Wang Wei)"));
    m_romanised->setToolTip(tr("How the name is written in Latin letters. Lists sort by it, so 王伟 sorts under W."));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("namePreview"));
    m_preview->setEnabled(false); // quiet, secondary text
    m_error = makeErrorLabel(this);

    m_names = new QHBoxLayout;
    m_names->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(m_names);
    layout->addWidget(m_romanised);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    arrange(false);

    for (QLineEdit *e : {m_given, m_family, m_romanised}) {
        connect(e, &QLineEdit::textChanged, this, &PersonNameEdit::onEdited);
        connect(e, &QLineEdit::editingFinished, this, [this] { setTouched(); });
    }
    onEdited();
}

QString PersonNameEdit::givenName() const
{
    return m_given->text().trimmed();
}

QString PersonNameEdit::familyName() const
{
    return m_family->text().trimmed();
}

QString PersonNameEdit::romanisedName() const
{
    return m_romanised->text().simplified();
}

void PersonNameEdit::setName(const QString &given, const QString &family, const QString &romanised)
{
    m_given->setText(given);
    m_family->setText(family);
    m_romanised->setText(romanised);
}

void PersonNameEdit::arrange(bool familyFirst)
{
    m_familyFirst = familyFirst;
    m_names->removeWidget(m_given);
    m_names->removeWidget(m_family);
    m_names->addWidget(familyFirst ? m_family : m_given, 1);
    m_names->addWidget(familyFirst ? m_given : m_family, 1);
    // Tab follows the visible order.
    setTabOrder(familyFirst ? m_family : m_given, familyFirst ? m_given : m_family);
    setTabOrder(familyFirst ? m_given : m_family, m_romanised);
    setFocusProxy(familyFirst ? m_family : m_given);
}

void PersonNameEdit::onEdited()
{
    const bool cjk = containsCjk(m_given->text()) || containsCjk(m_family->text());
    if (cjk != m_familyFirst)
        arrange(cjk);
    const QString shown = personDisplayName(givenName(), familyName());
    const QString sortKey = personSortKey(givenName(), familyName(), romanisedName());
    if (shown.isEmpty() && sortKey.isEmpty())
        m_preview->clear();
    else if (cjk && romanisedName().isEmpty())
        m_preview->setText(tr("Shown as %1. Add the romanised name so it sorts among Latin names.").arg(shown));
    else
        m_preview->setText(tr("Shown as %1, sorted under \"%2\".").arg(shown.isEmpty() ? romanisedName() : shown, sortKey));
    notifyChanged();
}

QString PersonNameEdit::problem() const
{
    if (givenName().isEmpty() && familyName().isEmpty() && romanisedName().isEmpty())
        return tr("Enter a name.");
    return {};
}

void PersonNameEdit::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
