#include "FieldWidget.h"

#include <QLabel>
#include <QPalette>

namespace rapport {

namespace {
bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}
} // namespace

FieldWidget::FieldWidget(QWidget *parent) : QWidget(parent) {}

void FieldWidget::setTouched(bool touched)
{
    m_touched = touched;
    refreshError();
}

void FieldWidget::notifyChanged()
{
    refreshError();
    emit changed();
}

QLabel *FieldWidget::makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->setVisible(false);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 0.92);
    label->setFont(f);
    return label;
}

void FieldWidget::showError(QLabel *label, const QString &problem)
{
    // Readable on light and dark palettes alike.
    const QColor red = isDark(label->palette()) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc6, 0x28, 0x28);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(red.name()));
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

void FieldWidget::showWarning(QLabel *label, const QString &warning)
{
    const QColor amber = isDark(label->palette()) ? QColor(0xff, 0xcc, 0x80) : QColor(0x9a, 0x60, 0x00);
    label->setStyleSheet(QStringLiteral("color: %1;").arg(amber.name()));
    label->setText(warning);
    label->setVisible(!warning.isEmpty());
}

} // namespace rapport
