#pragma once
#include <QDialog>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QSpinBox;

namespace rapport {

class RequiredTextEdit;

// Asks what resolved a case (required) and offers to schedule a follow-up
// call some days later. Closing a case that was never resolved asks the same,
// without the follow-up offer when the case is closed for good.
class ResolveCaseDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Resolve, Close };

    ResolveCaseDialog(Mode mode, const QString &caseSubject, const QString &resolution, QWidget *parent = nullptr);

    QString resolution() const;
    // The follow-up's delay in days, if one is wanted.
    std::optional<int> followUpDays() const;

    RequiredTextEdit *resolutionField() const { return m_resolution; }
    QCheckBox *followUpBox() const { return m_followUp; }
    QSpinBox *daysBox() const { return m_days; }

public slots:
    void accept() override;

private:
    void updateOk();

    RequiredTextEdit *m_resolution = nullptr;
    QCheckBox *m_followUp = nullptr;
    QSpinBox *m_days = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rapport
