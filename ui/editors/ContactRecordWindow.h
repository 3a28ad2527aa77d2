#pragma once
#include "RecordWindow.h"

class QLabel;

namespace rapport {

class TimelineView;

// A contact's page: name (family name first for Chinese names, with the
// romanised form), title and account (a link to the account's page), how to
// reach them and their consent per channel, an Edit button, and the timeline
// of their activities, opportunities, orders, cases and campaign responses.
class ContactRecordWindow : public RecordWindow {
    Q_OBJECT
public:
    ContactRecordWindow(AppContext &context, const QString &contactId, QWidget *parent = nullptr);

    TimelineView *timeline() const { return m_timeline; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *consentLabel() const { return m_consent; }

public slots:
    void edit() override;

protected:
    bool load() override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_romanised = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_reach = nullptr;
    QLabel *m_consent = nullptr;
    TimelineView *m_timeline = nullptr;
    QString m_accountId;
};

} // namespace rapport
