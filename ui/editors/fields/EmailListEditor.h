#pragma once
#include "ContactPointListEditor.h"

namespace rapport {

// Email addresses with their type (work, private, …), each checked as typed.
class EmailListEditor : public ContactPointListEditor {
    Q_OBJECT
public:
    explicit EmailListEditor(QWidget *parent = nullptr);

protected:
    Normalised normalise(const QString &text) const override;
    QString rowProblem(int row, const QString &problem) const override;
};

} // namespace rapport
