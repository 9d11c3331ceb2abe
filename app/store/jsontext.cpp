#include "jsontext.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonValue>

namespace {

void appendString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendStrings(QByteArray &out, const QStringList &list)
{
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, list.at(i));
    }
    out += ']';
}

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

} // namespace

namespace JsonText {

QByteArray answers(const QVariantMap &answers)
{
    QByteArray out;
    out.reserve(512);
    out += '{';
    bool first = true;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ':';
        const QVariant &value = it.value();
        switch (value.typeId()) {
        case QMetaType::Bool: out += value.toBool() ? "true" : "false"; break;
        case QMetaType::QString: appendString(out, value.toString()); break;
        case QMetaType::QDate: appendString(out, value.toDate().toString(Qt::ISODate)); break;
        case QMetaType::QStringList: appendStrings(out, value.toStringList()); break;
        default: {
            // Not an answer type of today's rule sets: the general writer.
            const QJsonValue json = QJsonValue::fromVariant(value);
            QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
            out += wrapped.mid(1, wrapped.size() - 2);
        }
        }
    }
    out += '}';
    return out;
}

QByteArray flags(const QList<Flag> &flags)
{
    QByteArray out;
    out.reserve(256 * flags.size() + 2);
    out += '[';
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const Flag &f = flags.at(i);
        if (i > 0)
            out += ',';
        out += '{';
        appendKey(out, "level");
        appendString(out, outcomeName(f.level));
        out += ',';
        appendKey(out, "questions");
        appendStrings(out, f.questions);
        out += ',';
        appendKey(out, "reason");
        appendString(out, f.reason);
        out += ',';
        appendKey(out, "rule");
        appendString(out, f.rule);
        out += ',';
        appendKey(out, "section");
        appendString(out, f.section);
        out += ',';
        appendKey(out, "title");
        appendString(out, f.title);
        out += '}';
    }
    out += ']';
    return out;
}

} // namespace JsonText
