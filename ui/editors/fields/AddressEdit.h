#pragma once
#include "domain/ContactDetails.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace rapport {

// A postal address: street, postcode and city, region, country. The country
// is free text (stores hold "China", "Deutschland", "CN") with the world's
// country names offered for completion; countryChanged() lets the phone
// fields read numbers in that country.
class AddressEdit : public QWidget {
    Q_OBJECT
public:
    explicit AddressEdit(QWidget *parent = nullptr);

    PostalAddress value() const;
    void setValue(const PostalAddress &address);
    QComboBox *countryBox() const { return m_country; }

signals:
    void changed();
    void countryChanged(const QString &country);

private:
    QLineEdit *m_street = nullptr;
    QLineEdit *m_postcode = nullptr;
    QLineEdit *m_city = nullptr;
    QLineEdit *m_region = nullptr;
    QComboBox *m_country = nullptr;
};

} // namespace rapport
