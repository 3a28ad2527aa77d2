#pragma once
#include "domain/ContactDetails.h"

#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

// Small pieces the record windows' headers are made of.
namespace rapport::header {

// A large bold title label.
QLabel *makeTitle(QWidget *parent);
// A small rounded badge (the account type), hidden while empty.
QLabel *makeBadge(QWidget *parent);
void setBadge(QLabel *badge, const QString &text);
// A secondary line of rich text with links opened outside (web, mail).
QLabel *makeLine(QWidget *parent);

// "Mobile +86 138 0013 8000 · Work anna@example.de" as rich text, mail links included.
QString reachLine(const QList<ContactPoint> &phones, const QList<ContactPoint> &emails);
// Non-empty parts joined by a middle dot, each HTML-escaped.
QString joined(const QStringList &parts);
QString cityCountry(const PostalAddress &address);

} // namespace rapport::header
