#pragma once
#include <QDialog>

class QPushButton;

namespace rapport {

// Shown once, when Rapport starts on an empty store: explore a demo company
// (generated data, clearly marked as demo) or start with an empty store.
class FirstStartDialog : public QDialog {
    Q_OBJECT
public:
    enum class Choice { Demo, Empty };
    explicit FirstStartDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *emptyButton() const { return m_empty; }

private:
    Choice m_choice = Choice::Empty;
    QPushButton *m_demo = nullptr;
    QPushButton *m_empty = nullptr;
};

} // namespace rapport
