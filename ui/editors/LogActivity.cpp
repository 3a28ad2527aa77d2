#include "ActivityEditor.h"
#include "Editors.h"

namespace rapport {

void logActivity(AppContext &context, const QString &kind, const RecordRef &related, QWidget *parent)
{
    // Non-modal: the user can look things up in the main window while writing.
    auto *editor = new ActivityEditor(context, QString(), parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->prefill(kind, related);
    editor->show();
    editor->raise();
    editor->activateWindow();
}

} // namespace rapport
