#include "AddressEdit.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace rapport {

namespace {
QStringList countryNames()
{
    QStringList names;
    for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
        const auto t = QLocale::Territory(i);
        if (QLocale::territoryToCode(t).size() == 2)
            names << QLocale::territoryToString(t);
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return QString::localeAwareCompare(a, b) < 0; });
    return names;
}
} // namespace

AddressEdit::AddressEdit(QWidget *parent)
    : QWidget(parent)
    , m_street(new QLineEdit(this))
    , m_postcode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_country(new QComboBox(this))
{
    setObjectName(QStringLiteral("address"));
    m_street->setObjectName(QStringLiteral("street"));
    m_city->setObjectName(QStringLiteral("city"));
    m_postcode->setPlaceholderText(tr("Postcode"));
    m_city->setPlaceholderText(tr("City"));
    m_region->setPlaceholderText(tr("State, province or region"));
    m_country->setObjectName(QStringLiteral("country"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    m_country->addItem(QString());
    m_country->addItems(countryNames());
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCaseSensitivity(Qt::CaseInsensitive);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(4);
    form->addRow(tr("Street"), m_street);
    auto *cityRow = new QHBoxLayout;
    cityRow->setSpacing(4);
    cityRow->addWidget(m_postcode, 1);
    cityRow->addWidget(m_city, 3);
    form->addRow(tr("Postcode, city"), cityRow);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Country"), m_country);

    for (QLineEdit *e : {m_street, m_postcode, m_city, m_region})
        connect(e, &QLineEdit::textChanged, this, &AddressEdit::changed);
    connect(m_country, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        emit countryChanged(text.trimmed());
        emit changed();
    });
}

PostalAddress AddressEdit::value() const
{
    return {m_street->text().trimmed(), m_city->text().trimmed(), m_region->text().trimmed(), m_postcode->text().trimmed(),
            m_country->currentText().trimmed()};
}

void AddressEdit::setValue(const PostalAddress &a)
{
    m_street->setText(a.street);
    m_postcode->setText(a.postcode);
    m_city->setText(a.city);
    m_region->setText(a.region);
    m_country->setCurrentText(a.country);
}

} // namespace rapport
