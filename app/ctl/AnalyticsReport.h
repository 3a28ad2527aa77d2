#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QTextStream>
#include <vector>

namespace rapport::ctl {

// How a value reads in the text report; JSON always gets the plain number
// (fractions stay fractions: 0.25, not 25).
enum class Format {
    Text,     // as is
    Count,    // whole number
    Money,    // two decimals
    Percent,  // a fraction shown as "25.0 %"
    Number,   // up to four decimals (model parameters, lifts)
};

struct ReportColumn {
    const char *key;  // JSON key: English, stable
    QString label;    // translated heading
    Format format = Format::Text;
};

// What an analytics section writes, once, to either report: the JSON object
// (keys stable, labels ignored) or the readable text (labels, keys ignored).
// Sections call the same methods for both, so the two never disagree.
class ReportWriter {
public:
    virtual ~ReportWriter() = default;
    virtual bool isJson() const = 0;
    virtual void beginSection(const char *key, const QString &title) = 0;
    virtual void endSection() = 0;
    // A named group of fields inside a section (e.g. a model's parameters).
    virtual void beginGroup(const char *key, const QString &title) = 0;
    virtual void endGroup() = 0;
    virtual void field(const char *key, const QString &label, const QJsonValue &value, Format format = Format::Text) = 0;
    // Rows are arrays of values in column order; JSON gets an array of objects.
    virtual void table(const char *key, const QString &title, const QList<ReportColumn> &columns, const std::vector<QJsonArray> &rows) = 0;
    // A sentence for people (text) or a string field (JSON).
    virtual void note(const char *key, const QString &text) = 0;
    // Detail only the JSON carries (e.g. whole cohort curves); text ignores it.
    virtual void jsonOnly(const char *key, const QJsonValue &value) = 0;
};

class JsonReportWriter final : public ReportWriter {
public:
    JsonReportWriter();
    bool isJson() const override { return true; }
    void beginSection(const char *key, const QString &title) override;
    void endSection() override;
    void beginGroup(const char *key, const QString &title) override;
    void endGroup() override;
    void field(const char *key, const QString &label, const QJsonValue &value, Format format) override;
    void table(const char *key, const QString &title, const QList<ReportColumn> &columns, const std::vector<QJsonArray> &rows) override;
    void note(const char *key, const QString &text) override;
    void jsonOnly(const char *key, const QJsonValue &value) override;

    QJsonObject document() const { return m_stack.front().second; }

private:
    void close();
    std::vector<std::pair<QString, QJsonObject>> m_stack; // open objects, the document first
};

class TextReportWriter final : public ReportWriter {
public:
    explicit TextReportWriter(QTextStream &out) : m_out(out) {}
    bool isJson() const override { return false; }
    void beginSection(const char *key, const QString &title) override;
    void endSection() override;
    void beginGroup(const char *key, const QString &title) override;
    void endGroup() override;
    void field(const char *key, const QString &label, const QJsonValue &value, Format format) override;
    void table(const char *key, const QString &title, const QList<ReportColumn> &columns, const std::vector<QJsonArray> &rows) override;
    void note(const char *key, const QString &text) override;
    void jsonOnly(const char *, const QJsonValue &) override {}

    static QString format(const QJsonValue &value, Format format);

private:
    QString indent() const { return QString(m_depth * 2, QLatin1Char(' ')); }
    QTextStream &m_out;
    int m_depth = 0;
};

// NaN and infinity have no JSON form: null ("not defined") instead.
QJsonValue number(double value);

} // namespace rapport::ctl
