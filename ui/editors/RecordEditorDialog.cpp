#include "RecordEditorDialog.h"

#include "fields/FieldWidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

namespace rapport {

RecordEditorDialog::RecordEditorDialog(AppContext &context, const QString &id, QWidget *parent)
    : QDialog(parent), m_context(context), m_id(id)
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    m_footer = new QLabel(this);
    m_footer->setObjectName(QStringLiteral("editorFooter"));
    m_footer->setWordWrap(true);
    m_footer->setEnabled(false); // quiet: the field's own error is the loud one
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditorDialog::reject);
}

void RecordEditorDialog::watch(FieldWidget *field, const QString &name)
{
    m_fields << qMakePair(field, name);
    connect(field, &FieldWidget::changed, this, &RecordEditorDialog::updateSaveState);
}

QString RecordEditorDialog::firstProblem() const
{
    for (const auto &[field, name] : m_fields) {
        const QString p = field->problem();
        if (!p.isEmpty())
            return name.isEmpty() ? p : tr("%1: %2").arg(name, p);
    }
    return {};
}

void RecordEditorDialog::updateSaveState()
{
    const QString problem = firstProblem();
    m_save->setEnabled(problem.isEmpty());
    // Quiet grey: the field's own error beside it is the loud one.
    m_footer->setStyleSheet(QString());
    m_footer->setEnabled(false);
    m_footer->setText(problem);
}

bool RecordEditorDialog::save()
{
    if (!firstProblem().isEmpty()) {
        // Show every problem, also of fields the user never visited.
        for (const auto &f : std::as_const(m_fields))
            f.first->setTouched();
        updateSaveState();
        return false;
    }
    const Result<QString> written = write();
    if (!written.ok()) {
        // The repositories check again; what they refuse is shown in the
        // footer (nothing was stored) and the form stays open to fix it.
        m_footer->setEnabled(true);
        FieldWidget::showError(m_footer, tr("Not saved: %1").arg(written.error().message));
        return false;
    }
    m_id = *written;
    loadSaved(m_id);
    emit saved(m_id);
    QDialog::accept();
    return true;
}

void RecordEditorDialog::reject()
{
    if (hasUnsavedChanges()) {
        QMessageBox ask(QMessageBox::Question, windowTitle(), tr("Save the changes before closing?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("unsavedChanges"));
        const QString problem = firstProblem();
        ask.button(QMessageBox::Save)->setEnabled(problem.isEmpty());
        ask.setDefaultButton(problem.isEmpty() ? QMessageBox::Save : QMessageBox::Cancel);
        if (!problem.isEmpty())
            ask.setInformativeText(tr("They cannot be saved yet: %1").arg(problem));
        switch (ask.exec()) {
        case QMessageBox::Save:
            save();
            return;
        case QMessageBox::Discard:
            break;
        default:
            return; // Cancel: keep editing
        }
    }
    QDialog::reject();
}

} // namespace rapport
