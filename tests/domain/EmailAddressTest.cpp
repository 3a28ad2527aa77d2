#include "domain/EmailAddress.h"

#include <gtest/gtest.h>

using namespace rapport;

TEST(EmailAddress, AcceptsOrdinaryAndInternationalisedAddresses)
{
    for (const char *ok : {"anna@example.de", "anna.schmidt+crm@mail.example.co.uk", "王伟@例子.中国", "  li@qq.com  "})
        EXPECT_TRUE(isEmailAddress(QString::fromUtf8(ok))) << ok << ": " << emailAddressProblem(QString::fromUtf8(ok)).toStdString();
}

TEST(EmailAddress, RefusesWhatCannotBeAnAddressWithAReason)
{
    for (const char *bad : {"", "anna", "anna@", "@example.de", "anna@example", "anna@@example.de", "an na@example.de", "anna@exa_mple.de",
                            "anna@.example.de", "anna@example..de", ".anna@example.de", "anna@-example.de"}) {
        EXPECT_FALSE(isEmailAddress(QString::fromUtf8(bad))) << bad;
        EXPECT_FALSE(emailAddressProblem(QString::fromUtf8(bad)).isEmpty()) << bad;
    }
}
