#include "RecordListModel.h"

#include "domain/Money.h"
#include "domain/UtcTime.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QScopedValueRollback>

namespace rapport {

RecordListModel::RecordListModel(Store &store, ListSpec spec, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(store)
    , m_spec(std::move(spec))
    , m_sortColumn(m_spec.def().defaultSortColumn)
    , m_sortOrder(m_spec.def().defaultSortOrder)
{
    // Nothing observes the model yet: the first page goes in without signals.
    m_rows = readPage();
}

bool RecordListModel::isSortable(int column) const
{
    const QList<ListColumn> &columns = m_spec.def().columns;
    return column >= 0 && column < columns.size() && columns.at(column).sortable();
}

QString RecordListModel::recordId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spec.def().columns.size());
}

QVariant RecordListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), row.values.value(index.column()));
    case IdRole:
        return row.id;
    case RawValueRole:
        return row.values.value(index.column());
    default:
        return {};
    }
}

QString RecordListModel::display(int column, const QVariant &value) const
{
    if (value.isNull())
        return {};
    const ListColumn &c = m_spec.def().columns.at(column);
    switch (c.kind) {
    case ValueKind::Timestamp:
        return QLocale().toString(fromUtcMillis(value.toLongLong()).toLocalTime(), QLocale::ShortFormat);
    case ValueKind::Integer:
        return QLocale().toString(value.toLongLong());
    case ValueKind::Percent:
        return QStringLiteral("%1%").arg(QLocale().toString(value.toLongLong()));
    case ValueKind::Date: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : value.toString();
    }
    case ValueKind::Money: {
        const QVariantList pair = value.toList();
        if (pair.size() != 2)
            return {};
        return formatMoney(pair[0].toLongLong(), pair[1].toString());
    }
    case ValueKind::Text:
        break;
    }
    static const QStringList enumerated = {QStringLiteral("type"), QStringLiteral("kind"), QStringLiteral("status"),
                                           QStringLiteral("priority"), QStringLiteral("channel")};
    if (enumerated.contains(c.key))
        return vocabularyLabel(value.toString());
    if (c.key == QLatin1String("tags")) {
        // A JSON list of tags, shown as "east, vip".
        QStringList tags;
        for (const QJsonValue &t : QJsonDocument::fromJson(value.toString().toUtf8()).array())
            tags << t.toString();
        return tags.join(QStringLiteral(", "));
    }
    return value.toString();
}

QVariant RecordListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QList<ListColumn> &columns = m_spec.def().columns;
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns.size())
        return QCoreApplication::translate(ListQuery::TranslationContext, columns.at(section).header);
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool RecordListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_busy;
}

void RecordListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd || m_busy)
        return;
    const QScopedValueRollback busy(m_busy, true);
    const QList<ListRow> rows = readPage();
    if (!rows.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(rows.size()) - 1);
        m_rows += rows;
        endInsertRows();
    }
    if (m_lastError.isError())
        emit loadFailed(m_lastError.message);
}

void RecordListModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || m_busy)
        return;
    {
        const QScopedValueRollback busy(m_busy, true);
        beginResetModel();
        m_sortColumn = column;
        m_sortOrder = order;
        m_rows.clear();
        m_atEnd = false;
        m_lastError = {};
        m_rows = readPage();
        endResetModel();
    }
    if (m_lastError.isError())
        emit loadFailed(m_lastError.message);
}

void RecordListModel::reload()
{
    sort(m_sortColumn, m_sortOrder);
}

void RecordListModel::setSpec(const ListSpec &spec)
{
    // Same kind only: the columns (and the views' headers) stay as they are.
    Q_ASSERT(spec.kind == m_spec.kind);
    m_spec = spec;
    reload();
}

QList<ListRow> RecordListModel::readPage()
{
    if (m_atEnd)
        return {};
    std::optional<PageKey> after;
    if (!m_rows.isEmpty())
        after = m_rows.last().key();
    Result<QList<ListRow>> page = m_query.page(m_spec, m_sortColumn, m_sortOrder, after, PageSize);
    if (!page) {
        // Stop asking: a view would otherwise retry on every scroll.
        m_lastError = page.error();
        m_atEnd = true;
        return {};
    }
    if (page->size() < PageSize)
        m_atEnd = true;
    return page.value();
}

} // namespace rapport
