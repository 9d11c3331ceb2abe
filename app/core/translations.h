#pragma once

#include <QObject>
#include <QTranslator>

// Loads a language: PreScreen's texts (the rule set's among them) and Qt's
// own, from the .qm files built into the executable (the kiosk's patient
// screens, and the paper summary that `export --lang` writes).
class Translations : public QObject
{
    Q_OBJECT

public:
    explicit Translations(QObject *parent = nullptr);

    bool load(const QString &language);
    QString language() const { return m_language; }

    static QString qmPath(const QString &language);
    // A text in a language other than the current one, for the screens that
    // speak to someone who has not chosen a language yet.
    static QString translateIn(const QString &language, const char *context, const char *source);
    // The same, but empty where the language has no translation of `source`,
    // for files that must not pass English off as Japanese (FHIR).
    static QString translationIn(const QString &language, const QString &context, const QString &source);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};
