#pragma once
#include "domain/Pipeline.h"
#include "fields/FieldWidget.h"

class QComboBox;
class QLabel;

namespace rapport {

// The pipeline an opportunity runs in and its stage there: choosing a
// pipeline offers that pipeline's stages only. The stage must be one of the
// chosen pipeline's (a record from elsewhere, or one whose stage was removed,
// shows the problem instead of quietly changing stage).
class PipelineStageField : public FieldWidget {
    Q_OBJECT
public:
    explicit PipelineStageField(QWidget *parent = nullptr);

    void setPipelines(const QList<Pipeline> &pipelines);
    void setValue(const QString &pipelineId, const QString &stageId);
    QString pipelineId() const;
    QString stageId() const;
    // The chosen stage, if it is one of the chosen pipeline's.
    std::optional<Stage> stage() const;

    QComboBox *pipelineBox() const { return m_pipeline; }
    QComboBox *stageBox() const { return m_stage; }

    QString problem() const override;

signals:
    // The user chose another stage (or pipeline, and with it a stage).
    void stageChosen();

protected:
    void refreshError() override;

private:
    void fillStages(const QString &stageId);
    const Pipeline *chosenPipeline() const;

    QList<Pipeline> m_pipelines;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_error = nullptr;
    QString m_strayStageId; // a stored stage that is not in the chosen pipeline
};

} // namespace rapport
