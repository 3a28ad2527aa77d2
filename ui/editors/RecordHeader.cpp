#include "RecordHeader.h"

#include "domain/PhoneNumbers.h"

#include <QCoreApplication>
#include <QLabel>
#include <QUrl>

namespace rapport::header {

namespace {
QString typeLabel(const QString &type)
{
    if (type == QLatin1String("work"))
        return QCoreApplication::translate("RecordHeader", "Work");
    if (type == QLatin1String("mobile"))
        return QCoreApplication::translate("RecordHeader", "Mobile");
    if (type == QLatin1String("home"))
        return QCoreApplication::translate("RecordHeader", "Home");
    if (type == QLatin1String("fax"))
        return QCoreApplication::translate("RecordHeader", "Fax");
    return type;
}
} // namespace

QLabel *makeTitle(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("recordTitle"));
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    l->setFont(f);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QLabel *makeBadge(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("badge"));
    l->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text); border-radius: 3px; padding: 1px 7px; }"));
    l->setVisible(false);
    return l;
}

void setBadge(QLabel *badge, const QString &text)
{
    badge->setText(text);
    badge->setVisible(!text.isEmpty());
}

QLabel *makeLine(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::RichText);
    l->setOpenExternalLinks(true);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return l;
}

QString joined(const QStringList &parts)
{
    QStringList out;
    for (const QString &p : parts)
        if (!p.trimmed().isEmpty())
            out << p.toHtmlEscaped();
    return out.join(QStringLiteral(" · "));
}

QString reachLine(const QList<ContactPoint> &phones, const QList<ContactPoint> &emails)
{
    QStringList parts;
    for (const ContactPoint &p : phones)
        parts << QStringLiteral("%1 %2").arg(typeLabel(p.type).toHtmlEscaped(), displayPhoneNumber(p.value).toHtmlEscaped());
    for (const ContactPoint &e : emails)
        parts << QStringLiteral("%1 <a href=\"%2\">%3</a>")
                     .arg(typeLabel(e.type).toHtmlEscaped(), QUrl(QStringLiteral("mailto:") + e.value).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                          e.value.toHtmlEscaped());
    return parts.join(QStringLiteral(" · "));
}

QString cityCountry(const PostalAddress &a)
{
    QStringList parts;
    if (!a.city.isEmpty())
        parts << a.city;
    if (!a.country.isEmpty())
        parts << a.country;
    return parts.join(QStringLiteral(", "));
}

} // namespace rapport::header
