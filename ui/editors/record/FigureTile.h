#pragma once
#include <QFrame>

class QLabel;

namespace rapport {

// One key figure: a caption, the figure in large type, and a line under it.
// An alert tile (a visit overdue, cases past due) shows its figure in red.
class FigureTile : public QFrame {
    Q_OBJECT
public:
    FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setFigure(const QString &figure, const QString &detail = {}, bool alert = false);
    QString figure() const;
    QString detail() const;
    bool isAlert() const { return m_alert; }

private:
    QLabel *m_caption = nullptr;
    QLabel *m_figure = nullptr;
    QLabel *m_detail = nullptr;
    bool m_alert = false;
};

} // namespace rapport
