#include "Editors.h"

#include "AccountEditor.h"
#include "AccountRecordWindow.h"
#include "ActivityEditor.h"
#include "CampaignEditor.h"
#include "CaseEditor.h"
#include "ContactEditor.h"
#include "ContactRecordWindow.h"
#include "OpportunityEditor.h"
#include "OrderDialog.h"
#include "OrderEditor.h"

namespace rapport {

namespace {

// One window per record: opening it again brings the open one forward.
template <typename Window>
void showRecordWindow(AppContext &context, const RecordRef &record, QWidget *parent)
{
    if (RecordWindow *open = RecordWindow::find(record)) {
        open->present();
        return;
    }
    (new Window(context, record.id, parent))->present();
}

// An editor dialog that deletes itself when closed, modal to its window.
template <typename Editor>
Editor *startEditor(AppContext &context, const QString &id, QWidget *parent)
{
    auto *editor = new Editor(context, id, parent);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    return editor;
}

// A new account or contact: once saved, its page opens, where the user goes
// on with it (logs the first call, adds contacts).
template <typename Editor>
void createWithPage(AppContext &context, const QString &entity, const RecordRef &related, QWidget *parent)
{
    Editor *editor = startEditor<Editor>(context, QString(), parent);
    editor->prefill(related);
    QObject::connect(editor, &RecordEditorDialog::saved, editor, [&context, entity, parent](const QString &id) {
        openRecordEditor(context, {entity, id}, parent);
    });
    editor->open();
}

template <typename Editor>
void create(AppContext &context, const RecordRef &related, QWidget *parent)
{
    Editor *editor = startEditor<Editor>(context, QString(), parent);
    editor->prefill(related);
    editor->open();
}

} // namespace

void openRecordEditor(AppContext &context, const RecordRef &record, QWidget *parent)
{
    if (!record.isValid())
        return;
    const QString &e = record.entity;
    if (e == QLatin1String("account"))
        showRecordWindow<AccountRecordWindow>(context, record, parent);
    else if (e == QLatin1String("contact"))
        showRecordWindow<ContactRecordWindow>(context, record, parent);
    else if (e == QLatin1String("activity"))
        startEditor<ActivityEditor>(context, record.id, parent)->open();
    else if (e == QLatin1String("opportunity"))
        startEditor<OpportunityEditor>(context, record.id, parent)->open();
    else if (e == QLatin1String("case"))
        startEditor<CaseEditor>(context, record.id, parent)->open();
    else if (e == QLatin1String("campaign"))
        startEditor<CampaignEditor>(context, record.id, parent)->open();
    else if (e == QLatin1String("order")) {
        auto *dialog = new OrderDialog(context, record.id, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
}

void createRecord(AppContext &context, const QString &entity, const RecordRef &related, QWidget *parent)
{
    if (entity == QLatin1String("account"))
        createWithPage<AccountEditor>(context, entity, related, parent);
    else if (entity == QLatin1String("contact"))
        createWithPage<ContactEditor>(context, entity, related, parent);
    else if (entity == QLatin1String("opportunity"))
        create<OpportunityEditor>(context, related, parent);
    else if (entity == QLatin1String("case"))
        create<CaseEditor>(context, related, parent);
    else if (entity == QLatin1String("campaign"))
        create<CampaignEditor>(context, related, parent);
    else if (entity == QLatin1String("order"))
        create<OrderEditor>(context, related, parent);
    else if (entity == QLatin1String("activity")) {
        ActivityEditor *editor = startEditor<ActivityEditor>(context, QString(), parent);
        editor->prefill(QString(), related); // the user picks the kind
        editor->open();
    }
}

} // namespace rapport
