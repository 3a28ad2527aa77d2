#pragma once
#include "ContactPointListEditor.h"

namespace rapport {

// Phone numbers with their type, parsed with libphonenumber for the record's
// region: stored in E.164 ("+8613800138000"), shown in international format
// once the user leaves the row. Numbers with + carry their own country.
class PhoneListEditor : public ContactPointListEditor {
    Q_OBJECT
public:
    explicit PhoneListEditor(QWidget *parent = nullptr);

    // The ISO region numbers without a country code are read in ("CN");
    // rows are checked again when it changes.
    void setRegion(const QString &region);
    QString region() const { return m_region; }

protected:
    Normalised normalise(const QString &text) const override;
    QString rowProblem(int row, const QString &problem) const override;

private:
    QString m_region;
};

} // namespace rapport
