#pragma once
#include <QList>

class QWidget;

namespace rapport {

class AppContext;
class Page;

// Every page of the sidebar, in sidebar order. The one place that knows them all.
QList<Page *> createPages(AppContext &context, QWidget *parent);

} // namespace rapport
