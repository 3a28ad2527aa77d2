#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace rapport {

namespace {
// Every enumerated value the repositories accept, for lupdate and lookup.
const char *const Words[] = {
    // account types
    QT_TRANSLATE_NOOP("Vocabulary", "prospect"), QT_TRANSLATE_NOOP("Vocabulary", "customer"), QT_TRANSLATE_NOOP("Vocabulary", "partner"),
    QT_TRANSLATE_NOOP("Vocabulary", "former customer"),
    // activity kinds
    QT_TRANSLATE_NOOP("Vocabulary", "call"), QT_TRANSLATE_NOOP("Vocabulary", "meeting"), QT_TRANSLATE_NOOP("Vocabulary", "visit"),
    QT_TRANSLATE_NOOP("Vocabulary", "task"), QT_TRANSLATE_NOOP("Vocabulary", "note"), QT_TRANSLATE_NOOP("Vocabulary", "email"),
    // channels
    QT_TRANSLATE_NOOP("Vocabulary", "sms"), QT_TRANSLATE_NOOP("Vocabulary", "phone"), QT_TRANSLATE_NOOP("Vocabulary", "post"),
    QT_TRANSLATE_NOOP("Vocabulary", "event"), QT_TRANSLATE_NOOP("Vocabulary", "webinar"), QT_TRANSLATE_NOOP("Vocabulary", "social"),
    QT_TRANSLATE_NOOP("Vocabulary", "direct mail"), QT_TRANSLATE_NOOP("Vocabulary", "wechat"), QT_TRANSLATE_NOOP("Vocabulary", "line"),
    QT_TRANSLATE_NOOP("Vocabulary", "whatsapp"),
    // statuses
    QT_TRANSLATE_NOOP("Vocabulary", "planned"), QT_TRANSLATE_NOOP("Vocabulary", "active"), QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    QT_TRANSLATE_NOOP("Vocabulary", "cancelled"), QT_TRANSLATE_NOOP("Vocabulary", "targeted"), QT_TRANSLATE_NOOP("Vocabulary", "sent"),
    QT_TRANSLATE_NOOP("Vocabulary", "responded"), QT_TRANSLATE_NOOP("Vocabulary", "converted"), QT_TRANSLATE_NOOP("Vocabulary", "new"),
    QT_TRANSLATE_NOOP("Vocabulary", "assigned"), QT_TRANSLATE_NOOP("Vocabulary", "in progress"), QT_TRANSLATE_NOOP("Vocabulary", "waiting"),
    QT_TRANSLATE_NOOP("Vocabulary", "resolved"), QT_TRANSLATE_NOOP("Vocabulary", "closed"), QT_TRANSLATE_NOOP("Vocabulary", "open"),
    QT_TRANSLATE_NOOP("Vocabulary", "done"), QT_TRANSLATE_NOOP("Vocabulary", "won"), QT_TRANSLATE_NOOP("Vocabulary", "lost"),
    // priorities
    QT_TRANSLATE_NOOP("Vocabulary", "low"), QT_TRANSLATE_NOOP("Vocabulary", "normal"), QT_TRANSLATE_NOOP("Vocabulary", "high"),
    QT_TRANSLATE_NOOP("Vocabulary", "urgent"),
    // roles
    QT_TRANSLATE_NOOP("Vocabulary", "admin"), QT_TRANSLATE_NOOP("Vocabulary", "manager"), QT_TRANSLATE_NOOP("Vocabulary", "rep"),
    QT_TRANSLATE_NOOP("Vocabulary", "marketing"), QT_TRANSLATE_NOOP("Vocabulary", "support"),
    // consent
    QT_TRANSLATE_NOOP("Vocabulary", "in"), QT_TRANSLATE_NOOP("Vocabulary", "out"),
};
} // namespace

QString vocabularyLabel(const QString &value)
{
    static const QHash<QString, const char *> known = [] {
        QHash<QString, const char *> h;
        for (const char *w : Words)
            h.insert(QString::fromLatin1(w), w);
        return h;
    }();
    const auto it = known.constFind(value);
    if (it == known.constEnd())
        return value;
    QString label = QCoreApplication::translate("Vocabulary", it.value());
    // Only an untranslated (English) label is capitalised: "In progress".
    if (label == value && !label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

} // namespace rapport
