#include "PhoneListEditor.h"

#include "domain/PhoneNumbers.h"

#include <QLocale>

namespace rapport {

PhoneListEditor::PhoneListEditor(QWidget *parent)
    : ContactPointListEditor({{QStringLiteral("work"), tr("Work")},
                              {QStringLiteral("mobile"), tr("Mobile")},
                              {QStringLiteral("home"), tr("Home")},
                              {QStringLiteral("fax"), tr("Fax")},
                              {QStringLiteral("other"), tr("Other")}},
                             tr("+ Add phone"), tr("Phone number"), parent)
{
    setObjectName(QStringLiteral("phones"));
    setHint(tr("Write numbers with + and the country code."));
    setValue({});
}

void PhoneListEditor::setRegion(const QString &region)
{
    if (region == m_region)
        return;
    m_region = region;
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    setHint(territory == QLocale::AnyTerritory ? tr("Write numbers with + and the country code.")
                                               : tr("Numbers without + are read as numbers in %1.").arg(QLocale::territoryToString(territory)));
    recheckAll();
}

ContactPointListEditor::Normalised PhoneListEditor::normalise(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {tr("Enter a phone number."), {}, {}};
    const PhoneNumberCheck c = checkPhoneNumber(text, m_region);
    if (!c.valid)
        return {c.problem, {}, text};
    return {{}, c.e164, c.international};
}

QString PhoneListEditor::rowProblem(int row, const QString &problem) const
{
    return tr("Phone %1: %2").arg(row + 1).arg(problem);
}

} // namespace rapport
