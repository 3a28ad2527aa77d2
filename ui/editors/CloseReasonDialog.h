#pragma once
#include <QDialog>
#include <optional>

class QComboBox;
class QPushButton;

namespace rapport {

// Asks why an opportunity was won or lost before it is moved into a won or
// lost stage. The reason is required (a pipeline review wants it); the usual
// ones are offered, anything else can be typed. Cancel means no move.
class CloseReasonDialog : public QDialog {
    Q_OBJECT
public:
    enum class Outcome { Won, Lost };

    CloseReasonDialog(Outcome outcome, const QString &opportunityName, const QString &stageName, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);
    QComboBox *reasonBox() const { return m_reason; }
    QPushButton *okButton() const { return m_ok; }

    // Shows the dialog; the reason, or nothing when cancelled.
    static std::optional<QString> ask(Outcome outcome, const QString &opportunityName, const QString &stageName, QWidget *parent);

private:
    QComboBox *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace rapport
