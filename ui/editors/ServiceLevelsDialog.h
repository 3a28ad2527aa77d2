#pragma once
#include "domain/ServiceLevels.h"

#include <QDialog>
#include <QHash>

class QSpinBox;

namespace rapport {

// How long a case of each priority may stay open before it is overdue. Saved
// in the settings (ServiceLevelSettings); cases opened from then on, and
// cases whose priority changes, get due-by times from the new levels.
class ServiceLevelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ServiceLevelsDialog(const ServiceLevels &levels, QWidget *parent = nullptr);

    ServiceLevels levels() const;
    QSpinBox *hoursBox(const QString &priority) const { return m_hours.value(priority); }

private:
    QHash<QString, QSpinBox *> m_hours;
};

} // namespace rapport
