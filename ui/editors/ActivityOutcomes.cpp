#include "ActivityOutcomes.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport {

namespace {
// The first ones are what `rapportctl generate` writes, so demo data and
// real data read the same.
const QHash<QString, QList<const char *>> &outcomesByKind()
{
    static const QHash<QString, QList<const char *>> byKind = {
        {QStringLiteral("call"),
         {QT_TRANSLATE_NOOP("ActivityOutcome", "connected"), QT_TRANSLATE_NOOP("ActivityOutcome", "left voicemail"),
          QT_TRANSLATE_NOOP("ActivityOutcome", "no answer"), QT_TRANSLATE_NOOP("ActivityOutcome", "call back")}},
        {QStringLiteral("meeting"),
         {QT_TRANSLATE_NOOP("ActivityOutcome", "positive"), QT_TRANSLATE_NOOP("ActivityOutcome", "neutral"),
          QT_TRANSLATE_NOOP("ActivityOutcome", "negative"), QT_TRANSLATE_NOOP("ActivityOutcome", "postponed")}},
        {QStringLiteral("visit"),
         {QT_TRANSLATE_NOOP("ActivityOutcome", "positive"), QT_TRANSLATE_NOOP("ActivityOutcome", "order taken"),
          QT_TRANSLATE_NOOP("ActivityOutcome", "neutral"), QT_TRANSLATE_NOOP("ActivityOutcome", "negative"),
          QT_TRANSLATE_NOOP("ActivityOutcome", "nobody there")}},
        {QStringLiteral("task"),
         {QT_TRANSLATE_NOOP("ActivityOutcome", "done"), QT_TRANSLATE_NOOP("ActivityOutcome", "not needed")}},
        {QStringLiteral("email"),
         {QT_TRANSLATE_NOOP("ActivityOutcome", "sent"), QT_TRANSLATE_NOOP("ActivityOutcome", "replied")}},
    };
    return byKind;
}
} // namespace

QStringList commonOutcomes(const QString &kind)
{
    QStringList out;
    for (const char *o : outcomesByKind().value(kind))
        out << QString::fromLatin1(o);
    return out;
}

QString outcomeLabel(const QString &outcome)
{
    for (const QList<const char *> &list : outcomesByKind())
        for (const char *o : list)
            if (outcome == QLatin1String(o)) {
                QString label = QCoreApplication::translate("ActivityOutcome", o);
                if (label == outcome && !label.isEmpty())
                    label[0] = label[0].toUpper(); // "Left voicemail" in English
                return label;
            }
    return outcome;
}

QString outcomeFromText(const QString &kind, const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &o : commonOutcomes(kind))
        if (t.compare(outcomeLabel(o), Qt::CaseInsensitive) == 0 || t == o)
            return o;
    return t;
}

} // namespace rapport
