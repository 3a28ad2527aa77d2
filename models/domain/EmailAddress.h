#pragma once
#include <QString>

namespace rapport {

// An email address as people type it: "anna@example.de", "王伟@例子.中国".
// Checks the shape only (one @, a local part, a domain with a dot and no
// empty labels, no spaces); whether the mailbox exists only a mail shows.
// Returns why it is not an address, in the user's language; empty when it is.
QString emailAddressProblem(const QString &text);
inline bool isEmailAddress(const QString &text)
{
    return emailAddressProblem(text).isEmpty();
}

} // namespace rapport
