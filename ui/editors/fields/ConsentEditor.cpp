#include "ConsentEditor.h"

#include "domain/UtcTime.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace rapport {

namespace {
enum StateIndex { NotAsked = 0, OptedIn = 1, OptedOut = 2 };

// The members of Consent in the order of ContactRepository::consentChannels().
template <typename C>
auto membersOf(C &c)
{
    return std::array{&c.email, &c.phone, &c.sms, &c.post};
}
} // namespace

ConsentEditor::ConsentEditor(QWidget *parent)
    : FieldWidget(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("consent"));
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(3);
    grid->setContentsMargins(0, 0, 0, 0);
    const QString names[] = {tr("Email"), tr("Phone"), tr("SMS"), tr("Post")};
    // Quiet column headings over the time and the source.
    for (const auto &[column, text] : {std::pair{2, tr("Since")}, std::pair{3, tr("Source")}}) {
        auto *heading = new QLabel(text, this);
        heading->setEnabled(false);
        grid->addWidget(heading, 0, column);
    }
    for (int i = 0; i < int(m_rows.size()); ++i) {
        Row &r = m_rows[size_t(i)];
        r.state = new QComboBox(this);
        r.state->addItems({tr("Not asked"), tr("Opted in"), tr("Opted out")});
        r.when = new QDateTimeEdit(this);
        r.when->setCalendarPopup(true);
        r.when->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        // The lowest time stands for "unknown": answers recorded before
        // times were kept have none.
        r.when->setMinimumDateTime(QDateTime(QDate(1990, 1, 1), QTime(0, 0)));
        r.when->setSpecialValueText(tr("unknown"));
        r.source = new QLineEdit(this);
        r.source->setPlaceholderText(tr("web form, trade fair, phone call …"));
        grid->addWidget(new QLabel(names[i], this), i + 1, 0);
        grid->addWidget(r.state, i + 1, 1);
        grid->addWidget(r.when, i + 1, 2);
        grid->addWidget(r.source, i + 1, 3);
        connect(r.state, &QComboBox::currentIndexChanged, this, [this, i] { onStateChanged(i); });
        connect(r.when, &QDateTimeEdit::dateTimeChanged, this, [this, i] {
            m_rows[size_t(i)].hasTime = true;
            notifyChanged();
        });
        connect(r.source, &QLineEdit::textChanged, this, &ConsentEditor::notifyChanged);
    }
    grid->setColumnStretch(3, 1);
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    setValue({});
}

void ConsentEditor::onStateChanged(int channel)
{
    Row &r = m_rows[size_t(channel)];
    const bool asked = r.state->currentIndex() != NotAsked;
    // A new answer is given now; the user corrects the time if it was earlier.
    if (asked) {
        const QSignalBlocker block(r.when);
        r.when->setDateTime(fromUtcMillis(m_clock()).toLocalTime());
        r.hasTime = true;
    }
    r.when->setEnabled(asked);
    r.source->setEnabled(asked);
    notifyChanged();
}

std::optional<ChannelConsent> ConsentEditor::rowValue(const Row &r) const
{
    if (r.state->currentIndex() == NotAsked)
        return std::nullopt;
    ChannelConsent c;
    c.state = r.state->currentIndex() == OptedIn ? ConsentState::OptedIn : ConsentState::OptedOut;
    if (r.hasTime)
        c.at = toUtcMillis(r.when->dateTime());
    c.source = r.source->text().trimmed();
    return c;
}

Consent ConsentEditor::value() const
{
    Consent c;
    const auto members = membersOf(c);
    for (size_t i = 0; i < m_rows.size(); ++i)
        *members[i] = rowValue(m_rows[i]);
    return c;
}

void ConsentEditor::setValue(const Consent &consent)
{
    const auto members = membersOf(consent);
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        const std::optional<ChannelConsent> &c = *members[i];
        const QSignalBlocker b1(r.state), b2(r.when), b3(r.source);
        r.state->setCurrentIndex(!c ? NotAsked : c->state == ConsentState::OptedIn ? OptedIn : OptedOut);
        r.hasTime = c && c->at;
        r.when->setDateTime(r.hasTime ? fromUtcMillis(*c->at).toLocalTime() : r.when->minimumDateTime());
        r.source->setText(c ? c->source : QString());
        r.when->setEnabled(c.has_value());
        r.source->setEnabled(c.has_value());
    }
    notifyChanged();
}

QString ConsentEditor::problem() const
{
    const QStringList channels = {tr("email"), tr("phone"), tr("SMS"), tr("post")};
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const std::optional<ChannelConsent> c = rowValue(m_rows[i]);
        // A minute of slack: the clock of a laptop and of the user's watch differ.
        if (c && c->at && *c->at > m_clock() + 60'000)
            return tr("The %1 consent cannot be given in the future.").arg(channels.at(qsizetype(i)));
    }
    return {};
}

void ConsentEditor::refreshError()
{
    showError(m_error, problem());
}

} // namespace rapport
