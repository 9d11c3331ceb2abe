#include "fhirwording.h"

#include "translations.h"

namespace {

const QString kTranslationUrl = QStringLiteral("http://hl7.org/fhir/StructureDefinition/translation");

} // namespace

FhirWording::FhirWording(const QString &context, const QString &language, const QStringList &translations)
    : m_context(context), m_language(language), m_translations(translations)
{
}

FhirWording FhirWording::forLanguage(const QString &context, const QString &language)
{
    if (!language.isEmpty())
        return FhirWording(context, language);
    return FhirWording(context, QStringLiteral("en"), {QStringLiteral("ja"), QStringLiteral("zh_CN")});
}

QString FhirWording::fhirLanguage(const QString &language)
{
    return QString(language).replace(u'_', u'-');
}

QString FhirWording::in(const QString &language, const QString &source, const QString &context) const
{
    if (source.isEmpty())
        return source;
    const QString translated = Translations::translationIn(language, context.isEmpty() ? m_context : context, source);
    // The rule set's own texts are English: no English translation is no loss.
    if (translated.isEmpty() && language != QLatin1String("en")) {
        const QString note = language + QStringLiteral(": ") + source;
        if (!m_untranslated.contains(note))
            m_untranslated << note;
    }
    return translated;
}

QString FhirWording::text(const QString &source) const
{
    const QString translated = in(m_language, source);
    return translated.isEmpty() ? source : translated;
}

void FhirWording::set(QJsonObject *object, const QString &key, const QString &source) const
{
    set(object, key, [&](const QString &language) { return language.isEmpty() ? source : in(language, source); });
}

void FhirWording::set(QJsonObject *object, const QString &key, const Compose &compose) const
{
    const QString text = compose(m_language);
    object->insert(key, text.isEmpty() ? compose(QString()) : text);
    QJsonArray extensions;
    for (const QString &language : m_translations) {
        const QString translated = compose(language);
        if (translated.isEmpty())
            continue;
        extensions.append(QJsonObject{
            {QStringLiteral("url"), kTranslationUrl},
            {QStringLiteral("extension"),
             QJsonArray{QJsonObject{{QStringLiteral("url"), QStringLiteral("lang")},
                                    {QStringLiteral("valueCode"), fhirLanguage(language)}},
                        QJsonObject{{QStringLiteral("url"), QStringLiteral("content")},
                                    {QStringLiteral("valueString"), translated}}}}});
    }
    if (!extensions.isEmpty())
        object->insert(QLatin1Char('_') + key, QJsonObject{{QStringLiteral("extension"), extensions}});
}
