#pragma once
#include "store/ListQuery.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace rapport {

// The filter editors of one list, built from its ListDef::filters: a combo
// for enumerated values (type, kind, status, priority, channel, state), a
// text box for tags and cities, a date box (with "Any") for date ranges.
// Filters on record ids (account, pipeline, …) have no editor: pages set
// them. Emits changed() when the user changes any of them.
class ListFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit ListFilterBar(ListKind kind, QWidget *parent = nullptr);

    // The active filters as ListSpec pairs (values bound as the store expects).
    QList<QPair<QString, QVariant>> filters() const;
    // Sets the editors from saved pairs (unknown keys are ignored).
    void setFilters(const QList<QPair<QString, QVariant>> &filters);
    void clear();
    // The choices offered for an enumerated filter, or empty.
    static QStringList choices(ListKind kind, const QString &filterKey);

signals:
    void changed();

private:
    ListKind m_kind;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLineEdit *> m_texts;
    QHash<QString, QDateEdit *> m_dates;
};

} // namespace rapport
