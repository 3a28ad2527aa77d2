#pragma once
#include "core/Page.h"

class QWidget;

namespace rapport {

class AppContext;

// Entry points to the record editors, for the main window, the pages and the
// quick-open box. Each opens a window and returns at once; saving writes
// through the repositories (journaled, undoable) and the views follow through
// AppContext::storeChanged.

// Opens an existing record: its editor, or for accounts and contacts the
// record page with its timeline.
void openRecordEditor(AppContext &context, const RecordRef &record, QWidget *parent);
// A new record of `entity` ("account", "contact", "opportunity", "case", …),
// linked to `related` where that makes sense (a contact of the account in view).
void createRecord(AppContext &context, const QString &entity, const RecordRef &related, QWidget *parent);
// Log a call, visit, note, … (kind may be empty: the user picks), prefilled
// with the related account, contact, opportunity or case.
void logActivity(AppContext &context, const QString &kind, const RecordRef &related, QWidget *parent);

} // namespace rapport
