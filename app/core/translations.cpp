#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QHash>
#include <QLocale>

#include <memory>

Translations::Translations(QObject *parent) : QObject(parent) {}

QString Translations::qmPath(const QString &language)
{
    return QStringLiteral(":/i18n/prescreen_%1.qm").arg(language);
}

bool Translations::load(const QString &language)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    const bool loaded = m_app.load(qmPath(language));
    if (loaded)
        QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    QLocale::setDefault(QLocale(language));
    m_language = language;
    return loaded;
}

QString Translations::translateIn(const QString &language, const char *context, const char *source)
{
    const QString translated = translationIn(language, QString::fromUtf8(context), QString::fromUtf8(source));
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}

QString Translations::translationIn(const QString &language, const QString &context, const QString &source)
{
    static QHash<QString, std::shared_ptr<QTranslator>> translators;
    auto &translator = translators[language];
    if (!translator) {
        translator = std::make_shared<QTranslator>();
        if (!translator->load(qmPath(language)))
            qWarning("no translation for %s", qPrintable(language));
    }
    return translator->translate(context.toUtf8().constData(), source.toUtf8().constData());
}
