#include "RecordPicker.h"

#include "store/SearchQuery.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>
#include <QVBoxLayout>

namespace rapport {

RecordPicker::RecordPicker(Store &store, const QString &entity, QWidget *parent)
    : FieldWidget(parent), m_store(store), m_entity(entity), m_edit(new QLineEdit(this)), m_matches(new QStandardItemModel(this))
{
    setObjectName(entity + QStringLiteral("Picker"));
    m_edit->setPlaceholderText(tr("Type to search"));
    m_edit->setClearButtonEnabled(true);
    m_error = makeErrorLabel(this);
    // Every match the search returned is offered: the search has ranked and
    // cut them already, so the completer must not filter again by prefix.
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setWidget(m_edit);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(150);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (m_settingText)
            return;
        // Typing drops the chosen record until a match is chosen again.
        const bool hadRecord = !m_id.isEmpty();
        m_id.clear();
        m_title.clear();
        if (text.trimmed().isEmpty())
            m_completer->popup()->hide();
        else
            m_timer->start();
        if (hadRecord)
            emit recordChanged(m_id);
        notifyChanged();
    });
    connect(m_timer, &QTimer::timeout, this, &RecordPicker::searchNow);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        choose(index.row());
    });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] { setTouched(); });
}

void RecordPicker::setRecord(const QString &id, const QString &title)
{
    const bool changedId = id != m_id;
    m_id = id;
    m_title = id.isEmpty() ? QString() : title;
    m_settingText = true;
    m_edit->setText(m_title);
    m_settingText = false;
    if (changedId)
        emit recordChanged(m_id);
    notifyChanged();
}

void RecordPicker::setExcluded(const QString &id, const QString &why)
{
    m_excludedId = id;
    m_excludedWhy = why;
    notifyChanged();
}

void RecordPicker::searchNow()
{
    m_timer->stop();
    m_matches->clear();
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return;
    SearchQuery search(m_store);
    search.setEntity(m_entity);
    const Result<QList<SearchHit>> hits = search.run(text, MatchLimit);
    if (!hits.ok())
        return;
    for (const SearchHit &h : *hits) {
        auto *item = new QStandardItem(h.title);
        item->setData(h.id, Qt::UserRole);
        m_matches->appendRow(item);
    }
    if (m_edit->hasFocus() && m_matches->rowCount() > 0)
        m_completer->complete();
}

QList<QPair<QString, QString>> RecordPicker::matches() const
{
    QList<QPair<QString, QString>> out;
    for (int i = 0; i < m_matches->rowCount(); ++i)
        out << qMakePair(m_matches->item(i)->data(Qt::UserRole).toString(), m_matches->item(i)->text());
    return out;
}

void RecordPicker::choose(int row)
{
    if (row < 0 || row >= m_matches->rowCount())
        return;
    const QStandardItem *item = m_matches->item(row);
    setRecord(item->data(Qt::UserRole).toString(), item->text());
}

QString RecordPicker::problem() const
{
    if (!m_id.isEmpty() && m_id == m_excludedId)
        return m_excludedWhy;
    if (m_id.isEmpty() && !m_edit->text().trimmed().isEmpty())
        return tr("Choose one of the matches, or clear the field.");
    return {};
}

void RecordPicker::refreshError()
{
    showError(m_error, isTouched() || (!m_id.isEmpty() && m_id == m_excludedId) ? problem() : QString());
}

} // namespace rapport
