// Japanese, English and Chinese ship complete: every message of every .ts
// file is finished, the lrelease output built into the executable translates
// each of them, and every text of the default rule set has a translation.
#include "rulesetloader.h"
#include "rulesettext.h"
#include "testsupport.h"
#include "translations.h"

#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace TestSupport;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or the numerus forms
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QXmlStreamReader xml(readFile(path));
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message{context, {}, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            // Either plain text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations << xml.readElementText();
            }
            if (current.translations.isEmpty())
                current.translations << text;
            messages << current;
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d|n)"));
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyMessageIsFinished_data();
    void everyMessageIsFinished();
    void ruleSetTextsAreTranslated_data();
    void ruleSetTextsAreTranslated();
    void lupdateSeesTheRuleSet();
    void patientTextsDifferFromEnglish();
};

void TestTranslations::everyMessageIsFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << "ja";
    QTest::newRow("en") << "en";
    QTest::newRow("zh_CN") << "zh_CN";
}

void TestTranslations::everyMessageIsFinished()
{
    QFETCH(QString, language);
    const QList<Message> messages = readTs(QStringLiteral(PRESCREEN_TRANSLATIONS_DIR "/prescreen_%1.ts").arg(language));
    QVERIFY(messages.size() > 100);
    QTranslator qm;
    QVERIFY2(qm.load(Translations::qmPath(language)), "the lrelease output is not built into the executable");
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source.left(60));
        QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
        for (const QString &t : m.translations) {
            QVERIFY2(!t.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
            QCOMPARE(placeholders(t), placeholders(m.source));
        }
        // What the app will show, from the compiled file.
        const QString shown = qm.translate(m.context.toUtf8().constData(), m.source.toUtf8().constData(),
                                           m.comment.isEmpty() ? nullptr : m.comment.toUtf8().constData(),
                                           m.numerus ? 2 : -1);
        QVERIFY2(!shown.isEmpty(), qPrintable(where + QStringLiteral(" is missing from the .qm")));
    }
}

void TestTranslations::ruleSetTextsAreTranslated_data()
{
    everyMessageIsFinished_data();
}

void TestTranslations::ruleSetTextsAreTranslated()
{
    QFETCH(QString, language);
    const RuleSetPtr rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    QVERIFY(rules);
    QTranslator qm;
    QVERIFY(qm.load(Translations::qmPath(language)));
    const QStringList texts = RuleSetText::strings(*rules);
    QVERIFY(texts.size() > 50);
    for (const QString &text : texts) {
        const QString translated = qm.translate(rules->id.toUtf8().constData(), text.toUtf8().constData());
        QVERIFY2(!translated.isEmpty(), qPrintable(QStringLiteral("no %1 translation of \"%2\"").arg(language, text)));
    }
}

void TestTranslations::lupdateSeesTheRuleSet()
{
    // lupdate reads the rule set's texts from this generated file: it must
    // match the rule set, or new texts would never reach the translators.
    const RuleSetPtr rules = RuleSetLoader::loadFile(defaultRulesPath()).ruleSet;
    QVERIFY(rules);
    const QString committed = QString::fromUtf8(readFile(QStringLiteral(PRESCREEN_TRANSLATIONS_DIR "/exosome-screening_strings.cpp")));
    QVERIFY2(committed == RuleSetText::lupdateSource(*rules),
             "translations/exosome-screening_strings.cpp is stale: run "
             "`build/app/prescreen rules-strings rules/exosome-screening.rules > translations/exosome-screening_strings.cpp` "
             "and then the update_translations target");
}

void TestTranslations::patientTextsDifferFromEnglish()
{
    // A copied English text would pass the checks above yet leave a
    // Japanese patient reading English.
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("zh_CN")}) {
        int same = 0;
        const QList<Message> messages = readTs(QStringLiteral(PRESCREEN_TRANSLATIONS_DIR "/prescreen_%1.ts").arg(language));
        for (const Message &m : messages) {
            const bool sourceIsLatin = !m.source.contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{9fff}]")));
            if (sourceIsLatin && m.translations.first() == m.source && m.source.size() > 3)
                ++same;
        }
        QVERIFY2(same == 0, qPrintable(QStringLiteral("%1: %2 texts left in English").arg(language).arg(same)));
    }
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
