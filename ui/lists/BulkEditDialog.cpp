#include "BulkEditDialog.h"

#include "domain/Vocabulary.h"
#include "lists/ListFilterBar.h"
#include "store/PipelineRepository.h"
#include "store/queries/Directory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rapport {

namespace {
// The field a list's enumerated status-like column edits.
QString statusField(ListKind kind)
{
    switch (kind) {
    case ListKind::Accounts: return QStringLiteral("type");
    case ListKind::Opportunities: return QStringLiteral("stage_id");
    case ListKind::Campaigns:
    case ListKind::Cases: return QStringLiteral("status");
    case ListKind::Contacts:
    case ListKind::Activities: break;
    }
    return {};
}
} // namespace

BulkEditDialog::BulkEditDialog(Store &store, ListKind kind, int count, QWidget *parent)
    : QDialog(parent), m_store(store), m_kind(kind), m_count(count)
{
    setObjectName(QStringLiteral("BulkEditDialog"));
    setWindowTitle(tr("Edit %n record(s)", nullptr, count));
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("bulkField"));
    m_field->addItem(tr("Owner"), QStringLiteral("owner_id"));
    const bool tagged = kind == ListKind::Accounts || kind == ListKind::Contacts || kind == ListKind::Opportunities;
    if (tagged) {
        m_field->addItem(tr("Add tag"), QStringLiteral("+tags"));
        m_field->addItem(tr("Remove tag"), QStringLiteral("-tags"));
    }
    const QString status = statusField(kind);
    if (status == QLatin1String("type"))
        m_field->addItem(tr("Type"), status);
    else if (status == QLatin1String("stage_id"))
        m_field->addItem(tr("Stage"), status);
    else if (!status.isEmpty())
        m_field->addItem(tr("Status"), status);
    m_value = new QComboBox(this);
    m_value->setObjectName(QStringLiteral("bulkValue"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("bulkText"));
    m_text->setPlaceholderText(tr("Tag"));
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("Why was it won or lost?"));
    m_reasonLabel = new QLabel(tr("Reason"), this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply to %n record(s)", nullptr, count));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Change"), m_field);
    form->addRow(tr("To"), m_value);
    form->addRow(tr("Tag"), m_text);
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_field, &QComboBox::currentIndexChanged, this, &BulkEditDialog::fillValues);
    connect(m_value, &QComboBox::currentIndexChanged, this, &BulkEditDialog::updateOk);
    connect(m_text, &QLineEdit::textChanged, this, &BulkEditDialog::updateOk);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkEditDialog::updateOk);
    fillValues();
}

void BulkEditDialog::fillValues()
{
    const QString field = m_field->currentData().toString();
    const bool tag = field.endsWith(QLatin1String("tags"));
    m_value->clear();
    if (field == QLatin1String("owner_id")) {
        if (const auto users = Directory(m_store).users())
            for (const User &u : *users)
                m_value->addItem(u.displayName.isEmpty() ? u.name : u.displayName, u.id);
    } else if (field == QLatin1String("stage_id")) {
        if (const auto pipelines = PipelineRepository(m_store).pipelines())
            for (const Pipeline &p : *pipelines)
                if (const auto stages = PipelineRepository(m_store).stages(p.id))
                    for (const Stage &s : *stages)
                        m_value->addItem(tr("%1 ▸ %2").arg(p.name, s.name), s.id);
    } else if (!tag) {
        const QString key = m_kind == ListKind::Accounts ? QStringLiteral("type") : QStringLiteral("status");
        for (const QString &v : ListFilterBar::choices(m_kind, key))
            m_value->addItem(vocabularyLabel(v), v);
    }
    m_value->setEnabled(!tag);
    m_text->setEnabled(tag);
    updateOk();
}

void BulkEditDialog::updateOk()
{
    const QString field = m_field->currentData().toString();
    bool closing = false;
    if (field == QLatin1String("stage_id")) {
        if (const auto stage = PipelineRepository(m_store).stage(m_value->currentData().toString()))
            closing = stage->kind != QLatin1String("open");
    }
    m_reason->setVisible(closing);
    m_reasonLabel->setVisible(closing);
    const bool ok = field.endsWith(QLatin1String("tags")) ? !m_text->text().trimmed().isEmpty()
                                                            : m_value->currentData().isValid() && (!closing || !m_reason->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

BulkChange BulkEditDialog::change() const
{
    const QString field = m_field->currentData().toString();
    BulkChange c;
    if (field == QLatin1String("+tags")) {
        c.kind = BulkChange::Kind::AddTag;
        c.value = m_text->text().trimmed();
    } else if (field == QLatin1String("-tags")) {
        c.kind = BulkChange::Kind::RemoveTag;
        c.value = m_text->text().trimmed();
    } else {
        c.field = field;
        c.value = m_value->currentData();
        c.reason = m_reason->isVisible() ? m_reason->text().trimmed() : QString();
    }
    return c;
}

QString BulkEditDialog::label() const
{
    return tr("Edit %1 of %n record(s)", nullptr, m_count).arg(m_field->currentText().toLower());
}

} // namespace rapport
