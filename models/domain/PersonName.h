#pragma once
#include <QString>

namespace rapport {

// Contact names. Chinese (and other CJK) names are written family name first
// with no space ("王伟"); Latin names given name first ("Anna Schmidt"). The sort
// key orders a list by family name; a romanised key (e.g. "wang wei") may be
// supplied so that Chinese names sort among Latin ones the way users expect.
bool containsCjk(const QString &text);
QString personDisplayName(const QString &given, const QString &family);
QString personSortKey(const QString &given, const QString &family, const QString &romanised);

// Case- and accent-insensitive folding used for sort keys and search prefixes.
QString foldForSort(const QString &text);

} // namespace rapport
