// Names by touch below the widgets: the kana marks and Zinnia with the real
// Tegaki models, fed strokes recorded in tests/data/handwriting.
#include "handwritingrecognizer.h"
#include "kana.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestNameInput : public QObject
{
    Q_OBJECT

private slots:
    void zinniaLoadedWhenFirstOffered();
    void kanaMarks_data();
    void kanaMarks();
    void kanaOnly();
    void recognisesRecordedStrokes_data();
    void recognisesRecordedStrokes();
    void nothingLoadedUntilAsked();
    void missingModelSaysWhichPackage();
    void missingLibraryOffersNoHandwriting();
};

void TestNameInput::kanaMarks_data()
{
    QTest::addColumn<int>("mark");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const int dakuten = int(Kana::Mark::Dakuten), handakuten = int(Kana::Mark::Handakuten), small = int(Kana::Mark::Small);
    QTest::newRow("た voiced") << dakuten << "た" << "だ";
    QTest::newRow("だ back") << dakuten << "だ" << "た";
    QTest::newRow("は voiced") << dakuten << "は" << "ば";
    QTest::newRow("ぱ voiced") << dakuten << "ぱ" << "ば";
    QTest::newRow("ほ half-voiced") << handakuten << "ほ" << "ぽ";
    QTest::newRow("ば half-voiced") << handakuten << "ば" << "ぱ";
    QTest::newRow("う voiced") << dakuten << "う" << "ゔ";
    QTest::newRow("ま no mark") << dakuten << "ま" << "ま";
    QTest::newRow("つ small") << small << "つ" << "っ";
    QTest::newRow("よ small") << small << "よ" << "ょ";
    QTest::newRow("ょ back") << small << "ょ" << "よ";
    QTest::newRow("katakana ト voiced") << dakuten << "ト" << "ド";
    QTest::newRow("katakana ヘ half-voiced") << handakuten << "ヘ" << "ペ";
    QTest::newRow("katakana ユ small") << small << "ユ" << "ュ";
    QTest::newRow("latin unchanged") << dakuten << "a" << "a";
}

void TestNameInput::kanaMarks()
{
    QFETCH(int, mark);
    QFETCH(QString, before);
    QFETCH(QString, after);
    QCOMPARE(QString(Kana::apply(Kana::Mark(mark), before.at(0))), after);
}

void TestNameInput::kanaOnly()
{
    QVERIFY(Kana::isKana(QStringLiteral("やまだ はなこ")));
    QVERIFY(Kana::isKana(QStringLiteral("ヤマダ　ハナコ")));
    QVERIFY(Kana::isKana(QStringLiteral("コーヒー")));
    QVERIFY(!Kana::isKana(QStringLiteral("山田")));
    QVERIFY(!Kana::isKana(QStringLiteral("  ")));
    QCOMPARE(Kana::toKatakana(QStringLiteral("やまだ ゔぃ")), QStringLiteral("ヤマダ ヴィ"));
}

static bool zinniaMapped()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libzinnia");
}

void TestNameInput::zinniaLoadedWhenFirstOffered()
{
    // Not linked: the kiosk's start does not map it (docs/PERFORMANCE.md).
    QVERIFY(!zinniaMapped());
    QVERIFY(!HandwritingRecognizer::available(QStringLiteral("en")));
    QVERIFY(!zinniaMapped());
    QVERIFY(HandwritingRecognizer::available(QStringLiteral("ja")));
    QVERIFY(zinniaMapped());
}

void TestNameInput::recognisesRecordedStrokes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("山") << "ja" << "handwriting/yama.strokes" << "山";
    QTest::newRow("田") << "ja" << "handwriting/ta.strokes" << "田";
    QTest::newRow("王") << "zh_CN" << "handwriting/wang.strokes" << "王";
}

void TestNameInput::recognisesRecordedStrokes()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, expected);
    HandwritingRecognizer recognizer(language);
    QString error;
    QVERIFY2(recognizer.load(&error), qPrintable(error));
    const auto strokes = TestSupport::readStrokes(file);
    QVERIFY(strokes.size() >= 3);
    const auto candidates = recognizer.recognize(strokes, QSize(300, 300));
    QVERIFY(candidates.size() >= 5);
    QCOMPARE(candidates.first().text, expected);
    // The same character drawn twice as large reads the same.
    QList<HandwritingRecognizer::Stroke> larger;
    for (const auto &stroke : strokes) {
        HandwritingRecognizer::Stroke s;
        for (const QPoint &p : stroke)
            s.append(p * 2);
        larger.append(s);
    }
    QCOMPARE(recognizer.recognize(larger, QSize(600, 600)).first().text, expected);
    QVERIFY(recognizer.recognize({}, QSize(300, 300)).isEmpty());
}

void TestNameInput::nothingLoadedUntilAsked()
{
    HandwritingRecognizer recognizer(QStringLiteral("ja"));
    QVERIFY(!recognizer.isLoaded());
    QVERIFY(recognizer.recognize(TestSupport::readStrokes(QStringLiteral("handwriting/yama.strokes")), QSize(300, 300)).isEmpty());
    QVERIFY(HandwritingRecognizer::available(QStringLiteral("ja")));
    QVERIFY(HandwritingRecognizer::available(QStringLiteral("zh_CN")));
    QVERIFY(!HandwritingRecognizer::available(QStringLiteral("en")));
}

void TestNameInput::missingModelSaysWhichPackage()
{
    QTemporaryDir empty;
    qputenv("PRESCREEN_ZINNIA_MODELS", empty.path().toUtf8());
    HandwritingRecognizer recognizer(QStringLiteral("zh_CN"));
    QString error;
    QVERIFY(!recognizer.load(&error));
    QVERIFY2(error.contains(empty.path()) && error.contains(QLatin1String("tegaki-zinnia-simplified-chinese")), qPrintable(error));
    QVERIFY(!HandwritingRecognizer::available(QStringLiteral("zh_CN")));
    // A file that is not a model is refused with Zinnia's reason, not read as one.
    QFile bogus(empty.filePath(QStringLiteral("handwriting-ja.model")));
    QVERIFY(bogus.open(QIODevice::WriteOnly));
    bogus.write("not a model");
    bogus.close();
    HandwritingRecognizer broken(QStringLiteral("ja"));
    QVERIFY(!broken.load(&error));
    QVERIFY2(error.startsWith(bogus.fileName()), qPrintable(error));
    qunsetenv("PRESCREEN_ZINNIA_MODELS");
}

void TestNameInput::missingLibraryOffersNoHandwriting()
{
    // Zinnia is opened with dlopen: a tablet without it offers no pad and
    // says in the log which library is missing; nothing crashes.
    const QByteArray missing = QTemporaryDir().path().toUtf8() + "/libzinnia.so.0";
    qputenv("PRESCREEN_ZINNIA_LIBRARY", missing);
    QVERIFY(!HandwritingRecognizer::available(QStringLiteral("ja")));
    QVERIFY(!HandwritingRecognizer::available(QStringLiteral("zh_CN")));
    HandwritingRecognizer recognizer(QStringLiteral("ja"));
    QString error;
    QVERIFY(!recognizer.load(&error));
    QVERIFY2(error.startsWith(QString::fromUtf8(missing)) && error.contains(QLatin1String("libzinnia0")), qPrintable(error));
    QVERIFY(!recognizer.isLoaded());
    QVERIFY(recognizer.recognize(TestSupport::readStrokes(QStringLiteral("handwriting/yama.strokes")), QSize(300, 300)).isEmpty());
    qunsetenv("PRESCREEN_ZINNIA_LIBRARY");
    QVERIFY(HandwritingRecognizer::available(QStringLiteral("ja")));
}

QTEST_GUILESS_MAIN(TestNameInput)
#include "test_nameinput.moc"
