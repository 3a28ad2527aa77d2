#include "ContactPointListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

ContactPointListEditor::ContactPointListEditor(const QList<QPair<QString, QString>> &types, const QString &addLabel,
                                               const QString &placeholder, QWidget *parent)
    : FieldWidget(parent), m_types(types), m_placeholder(placeholder)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setSpacing(3);
    layout->addLayout(m_rowsLayout);
    m_add = new QToolButton(this);
    m_add->setObjectName(QStringLiteral("addRow"));
    m_add->setText(addLabel);
    m_add->setAutoRaise(true);
    m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setEnabled(false);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(8);
    bottom->addWidget(m_add);
    bottom->addWidget(m_hint, 1);
    layout->addLayout(bottom);
    connect(m_add, &QToolButton::clicked, this, &ContactPointListEditor::addRow);
}

QList<ContactPoint> ContactPointListEditor::value() const
{
    QList<ContactPoint> out;
    for (const Row &r : m_rows) {
        if (r.edit->text().trimmed().isEmpty())
            continue;
        const QString stored = keptAsLoaded(r) ? r.loaded : r.state.stored;
        out << ContactPoint{r.type->currentData().toString(), stored};
    }
    return out;
}

void ContactPointListEditor::setValue(const QList<ContactPoint> &points)
{
    while (!m_rows.isEmpty())
        removeRow(m_rows.last().widget);
    for (const ContactPoint &p : points)
        appendRow(p);
    if (m_rows.isEmpty())
        appendRow({});
    notifyChanged();
}

QLineEdit *ContactPointListEditor::valueEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].edit : nullptr;
}

QComboBox *ContactPointListEditor::typeBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].type : nullptr;
}

QLabel *ContactPointListEditor::rowError(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].error : nullptr;
}

void ContactPointListEditor::setHint(const QString &hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

void ContactPointListEditor::addRow()
{
    ContactPoint p;
    for (const auto &t : std::as_const(m_types)) {
        bool used = false;
        for (const Row &r : std::as_const(m_rows))
            used = used || r.type->currentData().toString() == t.first;
        if (!used) {
            p.type = t.first;
            break;
        }
    }
    Row &row = appendRow(p);
    row.edit->setFocus(Qt::OtherFocusReason);
    notifyChanged();
}

ContactPointListEditor::Row &ContactPointListEditor::appendRow(const ContactPoint &point)
{
    Row row;
    row.widget = new QWidget(this);
    auto *v = new QVBoxLayout(row.widget);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(1);
    auto *h = new QHBoxLayout;
    h->setSpacing(4);
    row.type = new QComboBox(row.widget);
    for (const auto &[word, label] : std::as_const(m_types))
        row.type->addItem(label, word);
    const QString type = point.type.isEmpty() ? m_types.value(0).first : point.type;
    if (row.type->findData(type) < 0)
        row.type->addItem(type, type); // a type of other origin (an import) stays as it was
    row.type->setCurrentIndex(row.type->findData(type));
    row.edit = new QLineEdit(row.widget);
    row.edit->setPlaceholderText(m_placeholder);
    row.loaded = point.value;
    row.state = normalise(point.value);
    row.edit->setText(row.state.problem.isEmpty() ? row.state.shown : point.value);
    auto *remove = new QToolButton(row.widget);
    remove->setObjectName(QStringLiteral("removeRow"));
    remove->setIcon(style()->standardIcon(QStyle::SP_LineEditClearButton));
    remove->setToolTip(tr("Remove"));
    remove->setAutoRaise(true);
    h->addWidget(row.type);
    h->addWidget(row.edit, 1);
    h->addWidget(remove);
    v->addLayout(h);
    row.error = makeErrorLabel(row.widget);
    v->addWidget(row.error);
    m_rowsLayout->addWidget(row.widget);
    m_rows << row;

    QWidget *key = row.widget;
    connect(row.edit, &QLineEdit::textChanged, this, [this, key] {
        if (const int i = rowIndexOf(key); i >= 0) {
            recheck(m_rows[i]);
            notifyChanged();
        }
    });
    connect(row.edit, &QLineEdit::editingFinished, this, [this, key] {
        if (const int i = rowIndexOf(key); i >= 0)
            finishRow(m_rows[i]);
    });
    connect(row.type, &QComboBox::currentIndexChanged, this, &ContactPointListEditor::notifyChanged);
    connect(remove, &QToolButton::clicked, this, [this, key] {
        removeRow(key);
        if (m_rows.isEmpty())
            appendRow({});
        notifyChanged();
    });
    if (m_rows.size() == 1)
        setFocusProxy(row.edit);
    return m_rows.last();
}

void ContactPointListEditor::removeRow(QWidget *rowWidget)
{
    const int i = rowIndexOf(rowWidget);
    if (i < 0)
        return;
    m_rows.removeAt(i);
    rowWidget->hide();
    rowWidget->deleteLater();
    setFocusProxy(m_rows.isEmpty() ? nullptr : m_rows.first().edit);
}

int ContactPointListEditor::rowIndexOf(QWidget *rowWidget) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].widget == rowWidget)
            return i;
    return -1;
}

void ContactPointListEditor::recheck(Row &row)
{
    row.state = normalise(row.edit->text());
}

void ContactPointListEditor::recheckAll()
{
    for (Row &r : m_rows)
        recheck(r);
    notifyChanged();
}

void ContactPointListEditor::finishRow(Row &row)
{
    row.touched = true;
    // Show the normalised form ("+86 138 0013 8000") once the user is done.
    if (row.state.problem.isEmpty() && !row.edit->text().trimmed().isEmpty() && row.edit->text() != row.state.shown)
        row.edit->setText(row.state.shown);
    refreshError();
}

bool ContactPointListEditor::keptAsLoaded(const Row &row) const
{
    return !row.loaded.isEmpty() && !row.state.problem.isEmpty() && row.edit->text().trimmed() == row.loaded.trimmed();
}

QString ContactPointListEditor::problem() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &r = m_rows[i];
        if (r.edit->text().trimmed().isEmpty() || keptAsLoaded(r))
            continue;
        if (!r.state.problem.isEmpty())
            return rowProblem(i, r.state.problem);
    }
    return {};
}

void ContactPointListEditor::setTouched(bool touched)
{
    for (Row &r : m_rows)
        r.touched = touched;
    FieldWidget::setTouched(touched);
}

void ContactPointListEditor::refreshError()
{
    for (Row &r : m_rows) {
        if (r.edit->text().trimmed().isEmpty())
            showError(r.error, {});
        else if (keptAsLoaded(r))
            showWarning(r.error, tr("%1 Kept as stored until edited.").arg(r.state.problem));
        else
            showError(r.error, r.touched || isTouched() ? r.state.problem : QString());
    }
}

} // namespace rapport
