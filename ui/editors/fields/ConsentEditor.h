#pragma once
#include "FieldWidget.h"
#include "domain/Contact.h"

#include <array>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace rapport {

// A contact's consent per channel (email, phone, SMS, post), as the law asks
// for it: not asked, opted in or opted out, when (UTC, shown in local time)
// and how it was given ("web form", "trade fair"). Changing an answer stamps
// it with the current time and asks for its source.
class ConsentEditor : public FieldWidget {
    Q_OBJECT
public:
    explicit ConsentEditor(QWidget *parent = nullptr);

    Consent value() const;
    void setValue(const Consent &consent);
    // The time a changed answer is stamped with (tests fix it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

    // Rows in the order of ContactRepository::consentChannels().
    QComboBox *stateBox(int channel) const { return m_rows[size_t(channel)].state; }
    QDateTimeEdit *whenEdit(int channel) const { return m_rows[size_t(channel)].when; }
    QLineEdit *sourceEdit(int channel) const { return m_rows[size_t(channel)].source; }

    QString problem() const override;

protected:
    void refreshError() override;

private:
    struct Row {
        QComboBox *state = nullptr;
        QDateTimeEdit *when = nullptr;
        QLineEdit *source = nullptr;
        bool hasTime = false; // an answer from before times were kept has none
    };
    void onStateChanged(int channel);
    std::optional<ChannelConsent> rowValue(const Row &row) const;

    std::array<Row, 4> m_rows;
    QLabel *m_error = nullptr;
    std::function<qint64()> m_clock;
};

} // namespace rapport
