#pragma once
#include <QString>

class QWidget;

namespace rapport {

class Store;

// Fills an empty store with the demo company (DataGenerator) on a worker
// thread with its own connection, behind a progress dialog with Cancel; the
// GUI stays responsive. Without a parent (headless runs) no dialog is shown.
// Times are relative to now, so the Today page has work on it. Returns an
// empty string on success, else the reason (a cancel leaves the store empty).
QString generateDemoCompany(Store &store, int accounts, QWidget *parent);

} // namespace rapport
