#pragma once
#include "NameCorpus.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::demo {

// What people write into a CRM, in the language of the account's region:
// job titles, activity subjects, case texts, notes, campaign names. Templates
// take %1 (a person), %2 (the account) and %3 (a product or category).
class PhraseBook {
public:
    enum class Kind { Call, Email, Meeting, Task, Note };
    static QString kindName(Kind k); // the stored activity kind

    PhraseBook();

    QString jobTitle(Rng &rng, Lang lang) const;
    QString department(Rng &rng, Lang lang) const;
    QString activitySubject(Rng &rng, Lang lang, Kind kind, const QString &person, const QString &account, const QString &product) const;
    QString activityBody(Rng &rng, Lang lang, Kind kind) const;
    QString caseFollowUpSubject(Lang lang, const QString &caseSubject) const;
    QString caseSubject(Rng &rng, Lang lang) const;
    QString caseDescription(Rng &rng, Lang lang) const;
    QString caseResolution(Rng &rng, Lang lang) const;
    QString contactNote(Rng &rng, Lang lang) const;
    QString accountNote(Rng &rng, Lang lang) const;
    QString opportunityNote(Rng &rng, Lang lang) const;
    QString opportunityName(Lang lang, const QString &account, const QString &category, bool renewal, int year) const;
    QString campaignName(Rng &rng, Lang lang, int year, int month) const;
    QString onlineMeeting(Lang lang) const;

private:
    struct PerLang {
        QStringList titles, departments;
        QList<QStringList> subjects; // by Kind
        QStringList bodies, caseSubjects, caseDescriptions, caseResolutions, contactNotes, accountNotes, opportunityNotes;
    };
    const PerLang &of(Lang lang) const;
    PerLang m_de, m_en, m_fr, m_hans, m_hant;
};

} // namespace rapport::demo
