#include "ChartCard.h"

#include "ChartStyle.h"

#include <QChart>
#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace rapport {

ChartCard::ChartCard(const QString &objectName, const QString &title, QWidget *parent) : QFrame(parent)
{
    setObjectName(objectName);
    setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setBold(true);
    m_title->setFont(f);
    m_csv = new QToolButton(this);
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_csv->setText(tr("CSV…"));
    m_csv->setToolTip(tr("Save the numbers behind this chart as a CSV file"));
    m_csv->setAutoRaise(true);
    connect(m_csv, &QToolButton::clicked, this, &ChartCard::exportCsv);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    m_head = new QHBoxLayout;
    m_head->addWidget(m_title, 1);
    m_head->addWidget(m_csv);
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(6, 4, 6, 6);
    m_layout->setSpacing(2);
    m_layout->addLayout(m_head);
    m_layout->addStretch(1);
    m_layout->addWidget(m_note);
}

void ChartCard::addHeaderWidget(QWidget *widget)
{
    widget->setParent(this);
    m_head->insertWidget(m_head->indexOf(m_csv), widget);
}

QChartView *ChartCard::chartView()
{
    if (!m_view) {
        m_view = new QChartView(this);
        m_view->setRenderHint(QPainter::Antialiasing);
        m_view->setMinimumHeight(220);
        setContent(m_view);
    }
    return m_view;
}

void ChartCard::setChart(QChart *chart)
{
    ChartStyle::finish(chart);
    QChartView *view = chartView();
    QChart *old = view->chart();
    view->setChart(chart);
    if (old && old != chart)
        delete old;
}

void ChartCard::setContent(QWidget *content)
{
    if (m_content == content)
        return;
    if (m_content) {
        m_layout->removeWidget(m_content);
        if (m_content != m_view)
            m_content->deleteLater();
        else
            m_content->hide();
    }
    m_content = content;
    // Replaces the stretch placeholder: title, content, note.
    if (QLayoutItem *stretch = m_layout->itemAt(1); stretch && stretch->spacerItem())
        delete m_layout->takeAt(1);
    m_layout->insertWidget(1, content, 1);
}

void ChartCard::setTitle(const QString &title)
{
    m_title->setText(title);
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ChartCard::exportCsv()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(dir).filePath(objectName() + QStringLiteral(".csv"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = m_data.writeCsv(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export Data"), error);
}

} // namespace rapport
