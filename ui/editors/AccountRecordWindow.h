#pragma once
#include "RecordWindow.h"

class QLabel;
class QTableView;

namespace rapport {

class AccountFiguresPanel;
class RecordListModel;
class TimelineView;

// An account's page: its main details and an Edit button, the key figures
// (last order, revenue in the last 12 months, open opportunities, open cases,
// last visit, next visit due), the timeline of everything linked to it and
// its contacts, with buttons to log a call, visit or note and to add a
// contact, an opportunity or a case.
class AccountRecordWindow : public RecordWindow {
    Q_OBJECT
public:
    AccountRecordWindow(AppContext &context, const QString &accountId, QWidget *parent = nullptr);

    AccountFiguresPanel *figures() const { return m_figures; }
    TimelineView *timeline() const { return m_timeline; }
    QTableView *contacts() const { return m_contacts; }
    QLabel *titleLabel() const { return m_title; }

public slots:
    void edit() override;

protected:
    bool load() override;

private:
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_reach = nullptr;
    AccountFiguresPanel *m_figures = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordListModel *m_contactModel = nullptr;
    QTableView *m_contacts = nullptr;
    QLabel *m_contactsTitle = nullptr;
};

} // namespace rapport
