#pragma once
#include <QString>

namespace rapport {

// Phone numbers as people type them ("138 0013 8000", "(030) 1234-5678",
// "+1 650-253-0000") checked and normalised with libphonenumber for a region
// (an ISO 3166 code such as "CN"). A number without a leading + is read as a
// number of that region; one with + carries its own country code.
struct PhoneNumberCheck {
    bool valid = false;
    QString problem;       // why it is not valid, in the user's language; empty when valid
    QString e164;          // "+8613800138000": what the store keeps
    QString international; // "+86 138 0013 8000": what people read
    QString region;        // the number's own region ("CN"), which may differ from the one asked for
};

PhoneNumberCheck checkPhoneNumber(const QString &text, const QString &region);

// The region to read a record's numbers in: the record's country (an ISO code
// or a country's name in English or its own language: "CN", "China", "中国"),
// else the system locale's territory. Empty when neither names a region.
QString phoneRegionFor(const QString &country);
// The ISO code of a country field's value; empty when it names none.
QString regionCodeOfCountry(const QString &country);

// A stored number for display: E.164 numbers in international format, anything
// else (numbers stored before normalisation) as it was written.
QString displayPhoneNumber(const QString &stored);

} // namespace rapport
