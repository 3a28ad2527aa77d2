#pragma once
#include <QDialog>

class QDateTimeEdit;

namespace rapport {

// When the selected campaign members were sent the campaign, responded or
// converted: a time, now unless the user says otherwise (a reply read this
// morning, an order phoned in yesterday); never in the future.
class MemberProgressDialog : public QDialog {
    Q_OBJECT
public:
    // `status`: sent, responded or converted; `now`: UTC ms.
    MemberProgressDialog(const QString &status, int memberCount, qint64 now, QWidget *parent = nullptr);

    qint64 at() const; // UTC ms
    QDateTimeEdit *timeEdit() const { return m_at; }

private:
    qint64 m_now;
    QDateTimeEdit *m_at = nullptr;
};

} // namespace rapport
