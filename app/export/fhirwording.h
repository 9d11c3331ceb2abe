#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

// The texts of a FHIR resource: each in the resource's language, and where
// the resource speaks several, HL7's translation extension on the text's
// shadow element (`_text`) with the same text in the others, so that a
// multilingual client shows the patient's language and a plain one the first.
// Texts come from PreScreen's translations (translations/*.ts); a text with
// no translation in a language gets none rather than the English.
class FhirWording
{
public:
    // `context` is the Qt Linguist context of the texts (a rule set's id);
    // `language` and `translations` are PreScreen's names (ja, en, zh_CN).
    FhirWording(const QString &context, const QString &language, const QStringList &translations = {});

    // English with Japanese and Simplified Chinese translations, or only `language`
    // when one is asked for.
    static FhirWording forLanguage(const QString &context, const QString &language);

    // BCP 47, as FHIR's `language` and the translation extension want it: zh_CN is zh-CN.
    static QString fhirLanguage(const QString &language);

    QString language() const { return m_language; }
    const QStringList &translations() const { return m_translations; }

    // A text in `language` (empty when there is none), and in the source
    // language for an empty `language`: for texts made of several parts.
    using Compose = std::function<QString(const QString &language)>;

    // `source` in the resource's language; the source itself where a text has none.
    QString text(const QString &source) const;
    // `source` in `language`: empty where PreScreen has no translation. The
    // context is the wording's unless one is given (PreScreen's own texts).
    QString in(const QString &language, const QString &source, const QString &context = {}) const;

    // Sets object[key] to the text, and object["_" + key] to its translations.
    void set(QJsonObject *object, const QString &key, const QString &source) const;
    void set(QJsonObject *object, const QString &key, const Compose &compose) const;

    // The texts that have no translation in a language, as "ja: text", for a warning.
    QStringList untranslated() const { return m_untranslated; }

private:
    QString m_context;
    QString m_language;
    QStringList m_translations;
    mutable QStringList m_untranslated;
};
