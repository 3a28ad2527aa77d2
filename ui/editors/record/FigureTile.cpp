#include "FigureTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rapport {

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent), m_caption(new QLabel(caption, this)), m_figure(new QLabel(this)), m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFrameShadow(QFrame::Plain);
    setMinimumWidth(150);
    m_caption->setEnabled(false); // quiet caption
    QFont f = m_figure->font();
    f.setPointSizeF(f.pointSizeF() * 1.45);
    f.setBold(true);
    m_figure->setFont(f);
    m_figure->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figure->setWordWrap(true);
    m_detail->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(1);
    layout->addWidget(m_caption);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void FigureTile::setFigure(const QString &figure, const QString &detail, bool alert)
{
    m_alert = alert;
    m_figure->setText(figure);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_figure->setStyleSheet(alert ? QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#c62828")) : QString());
}

QString FigureTile::figure() const
{
    return m_figure->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}

} // namespace rapport
