#pragma once
#include <QJsonObject>
#include <QString>

namespace rapport {

// A named list filter the user kept: which entity and how it is filtered and sorted.
struct SavedView {
    QString id; // empty until stored
    QString ownerId;
    QString name;
    QString entity; // a catalogue entity name: "account", "contact", …
    QJsonObject definition;
    friend bool operator==(const SavedView &, const SavedView &) = default;
};

} // namespace rapport
