#pragma once
#include "core/Page.h"

class QCheckBox;
class QComboBox;
class QSplitter;
class QTimer;
class QToolButton;

namespace rapport {

class CaseDetailPanel;
class OverdueCaseDelegate;
class RecordListView;

// The Cases page: the list of support cases (search, status and priority
// filters, an assignee filter, "overdue only"), overdue open cases in the
// attention colour, and the chosen case with its actions.
class CasesPage : public Page {
    Q_OBJECT
public:
    explicit CasesPage(AppContext &context, QWidget *parent = nullptr);

    QString key() const override { return QStringLiteral("cases"); }
    QString title() const override { return tr("Cases"); }
    QIcon icon() const override;
    void saveState(QSettings &settings) const override;
    void restoreState(QSettings &settings) override;
    RecordRef currentRecord() const override;
    QWidget *focusTarget() override;

    RecordListView *list() const { return m_list; }
    CaseDetailPanel *detail() const { return m_detail; }
    OverdueCaseDelegate *overdueDelegate() const { return m_delegate; }
    QCheckBox *overdueOnly() const { return m_overdueOnly; }
    QComboBox *assigneeFilter() const { return m_assignee; }

public slots:
    // A new case (prefilled with `related`, an account or contact, if given).
    void newCase(const rapport::RecordRef &related = {});
    void editServiceLevels();

protected:
    void reload() override;
    void showEvent(QShowEvent *event) override;

private:
    void selectFirstIfNone();
    void applyFilters();
    void fillAssignees();

    RecordListView *m_list = nullptr;
    CaseDetailPanel *m_detail = nullptr;
    OverdueCaseDelegate *m_delegate = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_new = nullptr;
    QToolButton *m_levels = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QComboBox *m_assignee = nullptr;
    QTimer *m_clock = nullptr;
    qint64 m_now = 0; // the time overdue is judged at, refreshed each minute and on reload
};

} // namespace rapport
