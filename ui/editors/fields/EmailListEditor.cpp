#include "EmailListEditor.h"

#include "domain/EmailAddress.h"

namespace rapport {

EmailListEditor::EmailListEditor(QWidget *parent)
    : ContactPointListEditor({{QStringLiteral("work"), tr("Work")}, {QStringLiteral("home"), tr("Private")}, {QStringLiteral("other"), tr("Other")}},
                             tr("+ Add email"), tr("name@example.com"), parent)
{
    setObjectName(QStringLiteral("emails"));
    setValue({});
}

ContactPointListEditor::Normalised EmailListEditor::normalise(const QString &text) const
{
    const QString t = text.trimmed();
    return {emailAddressProblem(t), t, t};
}

QString EmailListEditor::rowProblem(int row, const QString &problem) const
{
    return tr("Email %1: %2").arg(row + 1).arg(problem);
}

} // namespace rapport
