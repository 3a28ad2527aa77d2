#pragma once
#include "core/Page.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QPushButton;
class QTableView;

namespace rapport {

// The records behind one bar, slice, point or cell of a dashboard: exactly
// those customers or opportunities. A row opens its record; a list of
// customers can become a campaign (every contact of these accounts, with the
// campaign's consent and address rules applied by the member plan).
class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    struct Row {
        RecordRef record;
        QStringList columns;
    };

    DrillDownDialog(const QString &title, const QStringList &headers, const QList<Row> &rows, bool campaignFromAccounts,
                    QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *campaignButton() const { return m_campaign; }
    int rowCount() const { return int(m_rows.size()); }
    const QList<Row> &rows() const { return m_rows; }

signals:
    void openRecordRequested(const rapport::RecordRef &record);
    void startCampaignRequested(const QStringList &accountIds);

private:
    QList<Row> m_rows;
    QTableView *m_table = nullptr;
    QPushButton *m_campaign = nullptr;
};

} // namespace rapport
