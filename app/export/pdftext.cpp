#include "pdftext.h"

#include <QCoreApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QSet>

QString PdfText::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Clear: return QCoreApplication::translate("PdfSummary", "clear");
    case Outcome::Review: return QCoreApplication::translate("PdfSummary", "review");
    case Outcome::Avoid: return QCoreApplication::translate("PdfSummary", "avoid");
    case Outcome::Decline: return QCoreApplication::translate("PdfSummary", "decline");
    }
    return {};
}

QString PdfText::decision(const std::optional<Review> &review)
{
    if (!review)
        return QCoreApplication::translate("PdfSummary", "not reviewed");
    switch (review->decision) {
    case Review::Decision::Proceed: return QCoreApplication::translate("PdfSummary", "proceed to counselling");
    case Review::Decision::DoNotTreat: return QCoreApplication::translate("PdfSummary", "do not treat");
    case Review::Decision::NeedsInformation: return QCoreApplication::translate("PdfSummary", "needs more information");
    }
    return {};
}

void PdfText::setUp(QPdfWriter &writer, const QString &title)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("PreScreen"));
}

QFont PdfText::font(int points, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP")});
    font.setPointSize(points);
    font.setBold(bold);
    return font;
}

namespace PdfText {

QFont font(const QString &language, int pointSize, bool bold)
{
    QFont f;
    f.setFamilies({language == QLatin1String("zh_CN") ? QStringLiteral("Noto Sans CJK SC")
                                                       : QStringLiteral("Noto Sans CJK JP")});
    f.setPointSize(pointSize);
    f.setBold(bold);
    // Glyphs straight from the font's character map: shaping put in
    // ligatures (ﬂ for fl) and glyph variants with no code point of their
    // own, so the PDF's text lost its digits. CJK and Latin need no shaping.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

namespace {

// The code point Qt's writer puts in the text map for a glyph (the lowest
// the font maps to it) -> the character the text really had, for the
// characters of `drawn` whose glyph the font shares with a lower code point
// that `drawn` does not hold: 山 drawn with the glyph of the Kangxi radical
// ⼭ (U+2F2D), ・ (U+30FB) with that of ‧ (U+2027) or, in Noto CJK SC, of
// · (U+00B7). Which one was meant only the text knows, so a look-alike
// that the text holds itself is left alone.
QHash<ushort, ushort> lookAlikes(const QFont &font, const QString &drawn)
{
    const QRawFont raw = QRawFont::fromFont(font);
    QHash<ushort, ushort> result;
    if (!raw.isValid())
        return result;
    QString all;
    for (char32_t c = 0x20; c < 0xd800; ++c)
        all += QChar(char16_t(c));
    QList<quint32> glyphs(all.size());
    int count = int(all.size());
    raw.glyphIndexesForChars(all.constData(), int(all.size()), glyphs.data(), &count);
    QHash<quint32, ushort> lowest;
    for (qsizetype i = glyphs.size() - 1; i >= 0; --i) {
        if (glyphs.at(i) != 0)
            lowest.insert(glyphs.at(i), ushort(0x20 + i));
    }
    QSet<ushort> held;
    for (const QChar c : drawn)
        held.insert(c.unicode());
    for (const ushort c : std::as_const(held)) {
        if (c < 0x20 || c >= 0xd800)
            continue;
        const auto low = lowest.constFind(glyphs.at(c - 0x20));
        if (glyphs.at(c - 0x20) != 0 && low != lowest.constEnd() && *low != c && !held.contains(*low))
            result.insert(*low, c);
    }
    return result;
}

int hexValue(const char *digits)
{
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = digits[i];
        const int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        value = value * 16 + d;
    }
    return value;
}

} // namespace

int mendToUnicode(QByteArray *pdf, const QFont &font, const QString &drawn)
{
    const QHash<ushort, ushort> remap = lookAlikes(font, drawn);
    if (remap.isEmpty())
        return 0;
    int changed = 0;
    char *data = pdf->data();
    qsizetype from = 0;
    // Qt writes each map as lines "<cid> <cid> <unicode>" or
    // "<cid> <cid> [<unicode> ...]" between beginbfrange and endbfrange,
    // four hex digits each.
    while ((from = pdf->indexOf("beginbfrange\n", from)) >= 0) {
        const qsizetype end = pdf->indexOf("endbfrange", from);
        if (end < 0)
            break;
        qsizetype line = from + 13;
        while (line < end) {
            qsizetype next = pdf->indexOf('\n', line);
            if (next < 0 || next > end)
                next = end;
            QList<qsizetype> tokens; // positions of the four digits
            for (qsizetype i = line; i + 5 < next + 1; ++i) {
                if (data[i] == '<' && data[i + 5] == '>')
                    tokens << i + 1;
            }
            const bool list = pdf->indexOf('[', line) >= 0 && pdf->indexOf('[', line) < next;
            // A linear range maps consecutive glyphs to consecutive code points:
            // only a range of one glyph is safe to change.
            const bool single = tokens.size() == 3 && hexValue(data + tokens.at(0)) == hexValue(data + tokens.at(1));
            for (qsizetype t = 2; t < tokens.size() && (list || single); ++t) {
                const int value = hexValue(data + tokens.at(t));
                const auto found = value >= 0 ? remap.constFind(ushort(value)) : remap.constEnd();
                if (found == remap.constEnd())
                    continue;
                const QByteArray digits = QByteArray::number(*found, 16).rightJustified(4, '0').toUpper();
                std::copy(digits.cbegin(), digits.cend(), data + tokens.at(t));
                ++changed;
            }
            line = next + 1;
        }
        from = end;
    }
    return changed;
}

} // namespace PdfText
