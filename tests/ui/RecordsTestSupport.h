#pragma once
// Helpers for the record editor and record page tests: answering the
// "unsaved changes" question, and reading what the journal holds about a record.
#include "store/Journal.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QTest>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <gtest/gtest.h>


namespace rapport::test {

// Types `text` as a user would: ASCII key by key, anything else (Chinese) as
// an input method commits it, since QTest has no keys for those characters.
inline void typeInto(QWidget *widget, const QString &text)
{
    QString run;
    const auto flush = [&](bool ascii) {
        if (run.isEmpty())
            return;
        if (ascii) {
            QTest::keyClicks(widget, run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(widget, &commit);
        }
        run.clear();
    };
    bool ascii = true;
    for (QChar c : text) {
        const bool isAscii = c.unicode() < 128;
        if (isAscii != ascii)
            flush(ascii);
        ascii = isAscii;
        run += c;
    }
    flush(ascii);
}

// Types into a line edit and leaves it, as a user tabbing on would.
inline void typeAndLeave(QLineEdit *edit, const QString &text)
{
    edit->clear();
    typeInto(edit, text);
    emit edit->editingFinished();
}

// Answers the "unsaved changes" question (it runs its own event loop, so the
// answer is given from a timer) with `button`, for as long as it lives.
class UnsavedQuestionAnswer {
public:
    explicit UnsavedQuestionAnswer(QMessageBox::StandardButton button)
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this, button] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (box && box->isVisible() && box->objectName() == QLatin1String("unsavedChanges")) {
                    ++m_asked;
                    box->button(button)->click();
                    return;
                }
            }
        });
        m_timer.start();
    }
    // How many times the question was asked.
    int asked() const { return m_asked; }

private:
    QTimer m_timer;
    int m_asked = 0;
};

// How many journal entries of `entity` the store holds: a refused save adds none.
inline int journalEntriesOf(Store &s, const QString &entity)
{
    const auto entries = Journal(s).entries();
    EXPECT_TRUE(entries.ok());
    int n = 0;
    if (entries.ok())
        for (const JournalEntry &e : *entries)
            n += e.entity == entity ? 1 : 0;
    return n;
}

// The fields the journal recorded for a record, in order.
inline QStringList journaledFields(Store &s, const QString &recordId)
{
    QStringList out;
    const auto entries = Journal(s).entriesOfRecord(recordId);
    EXPECT_TRUE(entries.ok());
    if (entries.ok())
        for (const JournalEntry &e : *entries)
            out << e.field;
    return out;
}

} // namespace rapport::test
