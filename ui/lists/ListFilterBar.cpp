#include "ListFilterBar.h"

#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"
#include "store/AccountRepository.h"
#include "store/ActivityRepository.h"
#include "store/CampaignRepository.h"
#include "store/CaseRepository.h"
#include "store/PipelineRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace rapport {

namespace {
// The date box's lowest date stands for "no limit" and shows as "Any".
const QDate AnyDate(2000, 1, 1);
} // namespace

QStringList ListFilterBar::choices(ListKind kind, const QString &key)
{
    switch (kind) {
    case ListKind::Accounts:
        if (key == QLatin1String("type"))
            return AccountRepository::types();
        break;
    case ListKind::Activities:
        if (key == QLatin1String("kind"))
            return ActivityRepository::kinds();
        if (key == QLatin1String("status"))
            return {QStringLiteral("open"), QStringLiteral("done")};
        break;
    case ListKind::Opportunities:
        if (key == QLatin1String("state"))
            return PipelineRepository::stageKinds();
        break;
    case ListKind::Campaigns:
        if (key == QLatin1String("status"))
            return CampaignRepository::statuses();
        if (key == QLatin1String("channel"))
            return CampaignRepository::channels();
        break;
    case ListKind::Cases:
        if (key == QLatin1String("status"))
            return CaseRepository::statuses();
        if (key == QLatin1String("priority"))
            return CaseRepository::priorities();
        break;
    case ListKind::Contacts: break;
    }
    return {};
}

ListFilterBar::ListFilterBar(ListKind kind, QWidget *parent) : QWidget(parent), m_kind(kind)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ListFilterDef &f : listDef(kind).filters) {
        const QString label = QCoreApplication::translate(ListQuery::TranslationContext, f.label);
        const QStringList values = choices(kind, f.key);
        if (!values.isEmpty()) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("filter_") + f.key);
            combo->addItem(tr("%1: any").arg(label), QVariant());
            for (const QString &v : values)
                combo->addItem(tr("%1: %2").arg(label, vocabularyLabel(v)), v);
            combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            connect(combo, &QComboBox::currentIndexChanged, this, &ListFilterBar::changed);
            layout->addWidget(combo);
            m_combos.insert(f.key, combo);
        } else if (f.key == QLatin1String("tag") || f.key == QLatin1String("city")) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("filter_") + f.key);
            edit->setPlaceholderText(label);
            edit->setClearButtonEnabled(true);
            edit->setMaximumWidth(140);
            connect(edit, &QLineEdit::editingFinished, this, &ListFilterBar::changed);
            layout->addWidget(edit);
            m_texts.insert(f.key, edit);
        } else if (f.kind == ValueKind::Timestamp || f.kind == ValueKind::Date) {
            if (f.key == QLatin1String("overdue_at"))
                continue; // a toggle the Cases page offers itself
            layout->addWidget(new QLabel(label, this));
            auto *date = new QDateEdit(this);
            date->setObjectName(QStringLiteral("filter_") + f.key);
            date->setCalendarPopup(true);
            date->setMinimumDate(AnyDate);
            date->setSpecialValueText(tr("Any"));
            date->setDate(AnyDate);
            connect(date, &QDateEdit::dateChanged, this, &ListFilterBar::changed);
            layout->addWidget(date);
            m_dates.insert(f.key, date);
        }
    }
    layout->addStretch(1);
}

QList<QPair<QString, QVariant>> ListFilterBar::filters() const
{
    QList<QPair<QString, QVariant>> out;
    for (const ListFilterDef &f : listDef(m_kind).filters) {
        if (const QComboBox *c = m_combos.value(f.key); c && c->currentData().isValid())
            out << qMakePair(f.key, c->currentData());
        if (const QLineEdit *e = m_texts.value(f.key); e && !e->text().trimmed().isEmpty())
            out << qMakePair(f.key, QVariant(e->text().trimmed()));
        if (const QDateEdit *d = m_dates.value(f.key); d && d->date() != AnyDate) {
            if (f.kind == ValueKind::Date)
                out << qMakePair(f.key, QVariant(d->date().toString(Qt::ISODate)));
            else // local midnight of that day, as UTC ms
                out << qMakePair(f.key, QVariant(toUtcMillis(d->date().startOfDay())));
        }
    }
    return out;
}

void ListFilterBar::setFilters(const QList<QPair<QString, QVariant>> &filters)
{
    const QSignalBlocker block(this);
    clear();
    for (const auto &[key, value] : filters) {
        if (QComboBox *c = m_combos.value(key))
            c->setCurrentIndex(qMax(0, c->findData(value)));
        else if (QLineEdit *e = m_texts.value(key))
            e->setText(value.toString());
        else if (QDateEdit *d = m_dates.value(key)) {
            const ListFilterDef *f = listDef(m_kind).filter(key);
            d->setDate(f && f->kind == ValueKind::Date ? QDate::fromString(value.toString(), Qt::ISODate)
                                                       : fromUtcMillis(value.toLongLong()).toLocalTime().date());
        }
    }
}

void ListFilterBar::clear()
{
    for (QComboBox *c : std::as_const(m_combos))
        c->setCurrentIndex(0);
    for (QLineEdit *e : std::as_const(m_texts))
        e->clear();
    for (QDateEdit *d : std::as_const(m_dates))
        d->setDate(AnyDate);
}

} // namespace rapport
