#include "FirstStartDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

FirstStartDialog::FirstStartDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("FirstStartDialog"));
    setWindowTitle(tr("Welcome to Rapport"));
    auto *intro = new QLabel(tr("<h2>Welcome to Rapport</h2>"
                                "<p>Your customer data stays on this computer; it works with no network at all.</p>"
                                "<p>How would you like to start?</p>"),
                             this);
    intro->setWordWrap(true);
    m_demo = new QPushButton(tr("Explore a demo company"), this);
    m_demo->setObjectName(QStringLiteral("demoButton"));
    m_demo->setToolTip(tr("A coffee equipment wholesaler with a few hundred generated customers, deals and orders. "
                          "It is marked as demo data everywhere."));
    m_empty = new QPushButton(tr("Start with an empty store"), this);
    m_empty->setObjectName(QStringLiteral("emptyButton"));
    m_empty->setDefault(true);
    auto *demoNote = new QLabel(tr("Generated data, clearly marked as demo; to use Rapport for real, start with an empty store."), this);
    demoNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_demo);
    layout->addWidget(demoNote);
    layout->addWidget(m_empty);
    connect(m_demo, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Demo;
        accept();
    });
    connect(m_empty, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Empty;
        accept();
    });
    setMinimumWidth(460);
}

} // namespace rapport
