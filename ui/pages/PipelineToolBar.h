#pragma once
#include "domain/Pipeline.h"
#include "domain/User.h"

#include <QDate>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QToolButton;

namespace rapport {

// The Pipeline page's bar: which pipeline, whose deals (everyone, me, each
// user), which close month (any, or one month), Board or Table, and a new
// opportunity. Choices made before the lists are filled (restored settings)
// are kept and applied when the pipeline or user turns up.
class PipelineToolBar : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Board, Table };

    explicit PipelineToolBar(QWidget *parent = nullptr);

    // Refills the choices, keeping what is chosen where it still exists.
    void setPipelines(const QList<Pipeline> &pipelines);
    void setUsers(const QList<User> &users, const QString &localUserId);

    QString pipelineId() const;
    void setPipelineId(const QString &id);
    QString ownerId() const; // empty: everyone
    void setOwnerId(const QString &id);
    QDate closeMonth() const; // first of the month; null: any
    void setCloseMonth(const QDate &month);
    Mode mode() const;
    void setMode(Mode mode);

    QComboBox *pipelineBox() const { return m_pipeline; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *monthBox() const { return m_month; }
    QToolButton *boardButton() const { return m_board; }
    QToolButton *tableButton() const { return m_table; }

signals:
    void filtersChanged();
    void modeChanged();
    void newOpportunityRequested();

private:
    void fillMonths();
    static void choose(QComboBox *box, const QVariant &data);

    QComboBox *m_pipeline = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_month = nullptr;
    QToolButton *m_board = nullptr;
    QToolButton *m_table = nullptr;
    QButtonGroup *m_modes = nullptr;
    // Wanted before the combos held them (restored settings).
    QString m_wantedPipeline;
    QString m_wantedOwner;
};

} // namespace rapport
