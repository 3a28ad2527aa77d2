#include "TagsEditor.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace rapport {

namespace {
const QRegularExpression &separators()
{
    // ASCII and full-width commas, and the ideographic comma used in Chinese.
    static const QRegularExpression re(QStringLiteral("[,，、]"));
    return re;
}
} // namespace

TagsEditor::TagsEditor(QWidget *parent) : FieldWidget(parent), m_edit(new QLineEdit(this)), m_suggestions(new QStringListModel(this))
{
    setObjectName(QStringLiteral("tags"));
    m_edit->setPlaceholderText(tr("Tags, separated by commas"));
    m_error = makeErrorLabel(this);
    // The completer works on the word being typed, not the whole line, so it
    // is driven by hand instead of being attached to the line edit.
    m_completer = new QCompleter(m_suggestions, this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(m_edit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, &TagsEditor::notifyChanged);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString last = text.split(separators()).last().trimmed();
        if (last.isEmpty()) {
            m_completer->popup()->hide();
            return;
        }
        m_completer->setCompletionPrefix(last);
        m_completer->complete();
    });
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &TagsEditor::completeLastWord);
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { setTouched(); });
}

void TagsEditor::completeLastWord(const QString &tag)
{
    QStringList parts = m_edit->text().split(separators());
    parts.last() = tag;
    for (QString &p : parts)
        p = p.trimmed();
    m_edit->setText(parts.join(QStringLiteral(", ")) + QStringLiteral(", "));
}

QStringList TagsEditor::words() const
{
    QStringList out;
    for (const QString &part : m_edit->text().split(separators())) {
        const QString t = part.simplified();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

QStringList TagsEditor::value() const
{
    QStringList out;
    for (const QString &t : words()) {
        bool seen = false;
        for (const QString &o : std::as_const(out))
            seen = seen || o.compare(t, Qt::CaseInsensitive) == 0;
        if (!seen)
            out << t;
    }
    return out;
}

void TagsEditor::setValue(const QStringList &tags)
{
    m_edit->setText(tags.join(QStringLiteral(", ")));
}

void TagsEditor::setSuggestions(const QStringList &tags)
{
    m_suggestions->setStringList(tags);
}

QString TagsEditor::problem() const
{
    for (const QString &t : words())
        if (t.size() > MaxLength)
            return tr("The tag \"%1…\" is longer than %2 characters.").arg(t.left(20)).arg(MaxLength);
    return {};
}

void TagsEditor::refreshError()
{
    showError(m_error, isTouched() ? problem() : QString());
}

} // namespace rapport
