#include "PipelineStageField.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport {

PipelineStageField::PipelineStageField(QWidget *parent) : FieldWidget(parent), m_pipeline(new QComboBox(this)), m_stage(new QComboBox(this))
{
    setObjectName(QStringLiteral("pipelineStage"));
    m_pipeline->setObjectName(QStringLiteral("pipeline"));
    m_stage->setObjectName(QStringLiteral("stage"));
    m_error = makeErrorLabel(this);
    auto *row = new QHBoxLayout;
    row->setSpacing(4);
    row->addWidget(m_pipeline, 1);
    row->addWidget(m_stage, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setFocusProxy(m_pipeline);

    connect(m_pipeline, &QComboBox::activated, this, [this] {
        // A new pipeline starts at its first stage.
        m_strayStageId.clear();
        fillStages({});
        setTouched();
        notifyChanged();
        emit stageChosen();
    });
    connect(m_stage, &QComboBox::activated, this, [this] {
        m_strayStageId.clear();
        setTouched();
        notifyChanged();
        emit stageChosen();
    });
}

void PipelineStageField::setPipelines(const QList<Pipeline> &pipelines)
{
    const QString pipeline = pipelineId();
    const QString stage = stageId();
    m_pipelines = pipelines;
    const QSignalBlocker quiet(m_pipeline);
    m_pipeline->clear();
    m_pipeline->addItem(tr("No pipeline"), QString());
    for (const Pipeline &p : pipelines)
        m_pipeline->addItem(p.name, p.id);
    setValue(pipeline, stage);
}

void PipelineStageField::setValue(const QString &pipelineId, const QString &stageId)
{
    {
        const QSignalBlocker quiet(m_pipeline);
        m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(pipelineId)));
    }
    fillStages(stageId);
    m_strayStageId = (!stageId.isEmpty() && m_stage->findData(stageId) < 0) ? stageId : QString();
    notifyChanged();
}

const Pipeline *PipelineStageField::chosenPipeline() const
{
    const QString id = m_pipeline->currentData().toString();
    for (const Pipeline &p : m_pipelines)
        if (p.id == id)
            return &p;
    return nullptr;
}

void PipelineStageField::fillStages(const QString &stageId)
{
    const QSignalBlocker quiet(m_stage);
    m_stage->clear();
    const Pipeline *p = chosenPipeline();
    m_stage->setEnabled(p != nullptr);
    if (!p)
        return;
    for (const Stage &s : p->stages)
        m_stage->addItem(s.probability ? tr("%1 (%2 %)").arg(s.name).arg(*s.probability) : s.name, s.id);
    const int at = m_stage->findData(stageId);
    m_stage->setCurrentIndex(at >= 0 ? at : (stageId.isEmpty() ? 0 : -1));
}

QString PipelineStageField::pipelineId() const
{
    return m_pipeline->currentData().toString();
}

QString PipelineStageField::stageId() const
{
    if (!m_strayStageId.isEmpty())
        return m_strayStageId;
    return m_stage->currentData().toString();
}

std::optional<Stage> PipelineStageField::stage() const
{
    if (const Pipeline *p = chosenPipeline())
        for (const Stage &s : p->stages)
            if (s.id == stageId())
                return s;
    return std::nullopt;
}

QString PipelineStageField::problem() const
{
    const Pipeline *p = chosenPipeline();
    if (!p)
        return pipelineId().isEmpty() ? QString() : tr("This pipeline no longer exists; choose another.");
    if (!stage())
        return tr("Choose a stage of the pipeline “%1”.").arg(p->name);
    return {};
}

void PipelineStageField::refreshError()
{
    // A stray stored stage is shown at once: the user did not cause it.
    showError(m_error, isTouched() || !m_strayStageId.isEmpty() ? problem() : QString());
}

} // namespace rapport
