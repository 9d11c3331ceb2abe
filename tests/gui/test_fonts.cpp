// PreScreen's own fonts (fonts/subset-fonts.py): Noto Sans CJK cut down to
// the characters of the program's texts. Every character of every
// translation must be in the cut for its language (or the kiosk would fall
// back to the full 19 MB collection for it), and the cut must draw exactly
// what the full font draws, pixel for pixel, at the kiosk's sizes and in
// bold, so that nobody sees a difference but the memory.
#include "kioskstyle.h"
#include "ownfonts.h"

#include <QApplication>
#include <QFile>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QXmlStreamReader>

namespace {

QString textsOf(const QString &language)
{
    QFile ts(QStringLiteral(PRESCREEN_TRANSLATIONS_DIR "/prescreen_%1.ts").arg(language));
    if (!ts.open(QIODevice::ReadOnly))
        qFatal("%s: %s", qPrintable(ts.fileName()), qPrintable(ts.errorString()));
    QString all;
    QXmlStreamReader xml(&ts);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement
            && (xml.name() == QLatin1String("translation") || xml.name() == QLatin1String("numerusform")))
            all += xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    return all;
}

QFont exactly(const QString &family, int pointSize, bool bold)
{
    QFont font(family, pointSize, bold ? QFont::Bold : QFont::Normal);
    // No borrowing from other fonts: what is drawn is this font's or nothing.
    font.setStyleStrategy(QFont::NoFontMerging);
    return font;
}

QImage drawn(const QFont &font, const QStringList &lines)
{
    QImage image(1600, 80 * int(lines.size()), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QPoint(10, 60 + 80 * i), lines.at(i));
    return image;
}

} // namespace

class TestFonts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void kioskNamesItsOwnFontsFirst();
    void everyTranslatedCharacterIsInTheCut_data();
    void everyTranslatedCharacterIsInTheCut();
    void theCutDrawsLikeNoto_data();
    void theCutDrawsLikeNoto();
    void systemConfigurationAsFcInitReadsIt_data();
    void systemConfigurationAsFcInitReadsIt();
};

void TestFonts::initTestCase()
{
    // Registers PreScreen's fonts from the build, as the kiosk does.
    KioskStyle::apply(*qApp, KioskStyle::TextSize::Large);
}

void TestFonts::kioskNamesItsOwnFontsFirst()
{
    QCOMPARE(KioskStyle::fontFamilies(QStringLiteral("ja")).first(), QStringLiteral("PreScreen Sans JP"));
    QCOMPARE(KioskStyle::fontFamilies(QStringLiteral("en")).first(), QStringLiteral("PreScreen Sans JP"));
    QCOMPARE(KioskStyle::fontFamilies(QStringLiteral("zh_CN")).first(), QStringLiteral("PreScreen Sans SC"));
    // The full font follows, for a patient's kanji that no text of ours has.
    QCOMPARE(KioskStyle::fontFamilies(QStringLiteral("ja")).at(1), QStringLiteral("Noto Sans CJK JP"));
    QCOMPARE(qApp->font().families().first(), QStringLiteral("PreScreen Sans JP"));
}

void TestFonts::everyTranslatedCharacterIsInTheCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("family");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("PreScreen Sans JP");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("PreScreen Sans JP");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("PreScreen Sans SC");
}

void TestFonts::everyTranslatedCharacterIsInTheCut()
{
    QFETCH(QString, language);
    QFETCH(QString, family);
    const QString texts = textsOf(language);
    QVERIFY(texts.size() > 5000);
    const QString noto = family == QLatin1String("PreScreen Sans SC") ? QStringLiteral("Noto Sans CJK SC") : QStringLiteral("Noto Sans CJK JP");
    for (bool bold : {false, true}) {
        const QFontMetrics metrics(exactly(family, 20, bold));
        // What Noto itself lacks (the ⌫ of the delete key) others draw, as before.
        const QFontMetrics full(exactly(noto, 20, bold));
        QString missing;
        for (char32_t c : texts.toUcs4())
            if (c > 0x20 && full.inFontUcs4(c) && !metrics.inFontUcs4(c) && !missing.contains(QString::fromUcs4(&c, 1)))
                missing += QString::fromUcs4(&c, 1);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1%2 lacks: %3").arg(family, bold ? QStringLiteral(" Bold") : QString(), missing)));
    }
}

void TestFonts::theCutDrawsLikeNoto_data()
{
    QTest::addColumn<QString>("cut");
    QTest::addColumn<QString>("noto");
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << QStringLiteral("PreScreen Sans JP") << QStringLiteral("Noto Sans CJK JP") << QStringLiteral("ja");
    QTest::newRow("zh_CN") << QStringLiteral("PreScreen Sans SC") << QStringLiteral("Noto Sans CJK SC") << QStringLiteral("zh_CN");
}

void TestFonts::theCutDrawsLikeNoto()
{
    QFETCH(QString, cut);
    QFETCH(QString, noto);
    QFETCH(QString, language);
    // Real lines of the kiosk (their kanji include forms that differ
    // between Japan and China, such as 写 and 骨), kana, digits and Latin.
    QStringList lines = textsOf(language).split(u'\n', Qt::SkipEmptyParts).mid(0, 40);
    lines << QStringLiteral("あいうえお ぱぴぷ アイウエオ ヴ ＡＢＣ１２３ Siobhán Ní Bhriain 0123456789 「」、。・ー");
    for (int size : {KioskStyle::pointSize(KioskStyle::TextSize::Large), KioskStyle::pointSize(KioskStyle::TextSize::Larger)}) {
        for (bool bold : {false, true}) {
            const QImage ours = drawn(exactly(cut, size, bold), lines);
            const QImage theirs = drawn(exactly(noto, size, bold), lines);
            if (ours != theirs && qEnvironmentVariableIsSet("TEST_FONTS_SAVE")) {
                ours.save(QStringLiteral("/tmp/lead/ours.png"));
                theirs.save(QStringLiteral("/tmp/lead/theirs.png"));
            }
            QVERIFY2(ours == theirs, qPrintable(QStringLiteral("%1 %2pt%3 draws differently from %4").arg(cut).arg(size).arg(bold ? QStringLiteral(" bold") : QString(), noto)));
        }
    }
}

// What the kiosk's start reads (OwnFonts::readSystemConfiguration) chooses
// the same fonts, in the same order, with the same rendering, as what FcInit
// reads: only fc-conflist's descriptions are left out.
void TestFonts::systemConfigurationAsFcInitReadsIt_data()
{
    QTest::addColumn<QByteArray>("pattern");
    for (const char *pattern : {"sans-serif:lang=ja", "sans-serif:lang=zh-cn", "sans-serif:lang=ko", "sans-serif:lang=en",
                                "serif:lang=ja", "monospace", "Noto Sans CJK JP:weight=bold", "Noto Sans CJK SC",
                                "DejaVu Sans:size=26", "sans-serif:lang=th", "sans-serif:lang=ar", "Helvetica"})
        QTest::newRow(pattern) << QByteArray(pattern);
}

void TestFonts::systemConfigurationAsFcInitReadsIt()
{
    QFETCH(QByteArray, pattern);
    FcConfig *kiosk = OwnFonts::readSystemConfiguration();
    QVERIFY(kiosk);
    FcConfig *usual = FcInitLoadConfigAndFonts();
    QVERIFY(usual);
    // The chosen font and how it is drawn, then the fallback order.
    const auto chosen = [&pattern](FcConfig *config) {
        FcPattern *wanted = FcNameParse(reinterpret_cast<const FcChar8 *>(pattern.constData()));
        FcConfigSubstitute(config, wanted, FcMatchPattern);
        FcDefaultSubstitute(wanted);
        FcResult result;
        QStringList what;
        if (FcPattern *found = FcFontMatch(config, wanted, &result)) {
            FcChar8 *text = FcPatternFormat(found, reinterpret_cast<const FcChar8 *>(
                "%{file} %{index} %{hinting} %{hintstyle} %{antialias} %{rgba} %{lcdfilter} %{embolden} %{autohint}"));
            what << QString::fromUtf8(reinterpret_cast<const char *>(text));
            FcStrFree(text);
            FcPatternDestroy(found);
        }
        if (FcFontSet *sorted = FcFontSort(config, wanted, FcTrue, nullptr, &result)) {
            for (int i = 0; i < sorted->nfont; ++i) {
                FcChar8 *file = nullptr;
                FcPatternGetString(sorted->fonts[i], FC_FILE, 0, &file);
                what << QString::fromUtf8(reinterpret_cast<const char *>(file));
            }
            FcFontSetDestroy(sorted);
        }
        FcPatternDestroy(wanted);
        return what;
    };
    const QStringList fromKiosk = chosen(kiosk);
    const QStringList fromFcInit = chosen(usual);
    FcConfigDestroy(kiosk);
    FcConfigDestroy(usual);
    QVERIFY(fromFcInit.size() > 1);
    QCOMPARE(fromKiosk, fromFcInit);
}

QTEST_MAIN(TestFonts)
#include "test_fonts.moc"
