#pragma once
#include <QWidget>

class QLabel;

namespace rapport {

// A form field that knows whether its value may be stored. Editors keep Save
// disabled while any field has a problem and show each problem beside its
// field. Problems show once the user has left the field (or a save was
// tried), so a new, empty form does not open all red; Save is gated anyway.
class FieldWidget : public QWidget {
    Q_OBJECT
public:
    explicit FieldWidget(QWidget *parent = nullptr);

    // Empty when the value can be stored, else why not, in words.
    virtual QString problem() const = 0;
    bool isValid() const { return problem().isEmpty(); }

    bool isTouched() const { return m_touched; }
    // Shows the problems from now on.
    virtual void setTouched(bool touched = true);

    // The inline error label style, shared by fields with several rows.
    static QLabel *makeErrorLabel(QWidget *parent);
    static void showError(QLabel *label, const QString &problem);
    // A note that is not an error ("kept as stored"): amber instead of red.
    static void showWarning(QLabel *label, const QString &warning);

signals:
    // The value changed (typed, picked, normalised).
    void changed();

protected:
    // Re-renders the inline error(s); called on every change and on touch.
    virtual void refreshError() = 0;
    // Subclasses call this after each edit: refreshes and emits changed().
    void notifyChanged();

private:
    bool m_touched = false;
};

} // namespace rapport
