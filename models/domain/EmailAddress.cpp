#include "EmailAddress.h"

#include <QCoreApplication>
#include <QStringList>

namespace rapport {

namespace {
// The context lupdate files these strings under (a plain tr() wrapper
// function would hide them from it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EmailAddress)
};

bool isLabelCharacter(QChar c)
{
    // Letters of any script (internationalised domains), digits and hyphens.
    return c.isLetterOrNumber() || c == QLatin1Char('-');
}
} // namespace

QString emailAddressProblem(const QString &text)
{
    const QString s = text.trimmed();
    if (s.isEmpty())
        return Text::tr("Enter an email address.");
    for (QChar c : s)
        if (c.isSpace())
            return Text::tr("An email address has no spaces.");
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at < 0)
        return Text::tr("An email address needs an @.");
    if (at != s.lastIndexOf(QLatin1Char('@')))
        return Text::tr("An email address has only one @.");
    const QString local = s.left(at);
    const QString domain = s.mid(at + 1);
    if (local.isEmpty())
        return Text::tr("Something must come before the @.");
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return Text::tr("The part before the @ cannot start or end with a dot or have two dots in a row.");
    if (domain.isEmpty())
        return Text::tr("A domain must follow the @ (example.com).");
    const QStringList labels = domain.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return Text::tr("The domain needs a dot (example.com).");
    for (const QString &label : labels) {
        if (label.isEmpty() || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return Text::tr("The domain \"%1\" is not valid.").arg(domain);
        for (QChar c : label)
            if (!isLabelCharacter(c))
                return Text::tr("The domain \"%1\" is not valid.").arg(domain);
    }
    return {};
}

} // namespace rapport
