#include "patientname.h"

namespace PatientName {

QString key(const QString &text)
{
    const QString normal = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString key;
    key.reserve(normal.size());
    for (QChar c : normal) {
        if (c.isSpace() || c == u'・' || c == u'･' || c == u'·')
            continue;
        // Katakana ァ..ヶ sit 0x60 above their hiragana.
        if (c.unicode() >= 0x30A1 && c.unicode() <= 0x30F6)
            c = QChar(ushort(c.unicode() - 0x60));
        key += c;
    }
    return key;
}

} // namespace PatientName
