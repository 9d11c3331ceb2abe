#include "handwritingrecognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <zinnia.h>

HandwritingRecognizer::HandwritingRecognizer(const QString &language) : m_language(language)
{
}

HandwritingRecognizer::~HandwritingRecognizer()
{
    if (m_recognizer)
        zinnia_recognizer_destroy(m_recognizer);
}

QString HandwritingRecognizer::modelPath(const QString &language)
{
    const QString folder = qEnvironmentVariableIsSet("PRESCREEN_ZINNIA_MODELS")
        ? qEnvironmentVariable("PRESCREEN_ZINNIA_MODELS")
        : QStringLiteral("/usr/share/tegaki/models/zinnia");
    return QDir(folder).filePath(QStringLiteral("handwriting-%1.model").arg(language));
}

bool HandwritingRecognizer::available(const QString &language)
{
    return (language == QLatin1String("ja") || language == QLatin1String("zh_CN"))
        && QFileInfo(modelPath(language)).isReadable();
}

bool HandwritingRecognizer::load(QString *error)
{
    if (m_recognizer)
        return true;
    const QString path = modelPath(m_language);
    if (!QFileInfo(path).isReadable()) {
        *error = QCoreApplication::translate("HandwritingRecognizer", "%1: no handwriting model for %2 (install %3)")
                     .arg(path, m_language,
                          m_language == QLatin1String("zh_CN") ? QStringLiteral("tegaki-zinnia-simplified-chinese")
                                                               : QStringLiteral("tegaki-zinnia-japanese"));
        return false;
    }
    zinnia_recognizer_t *recognizer = zinnia_recognizer_new();
    if (!zinnia_recognizer_open(recognizer, QFile::encodeName(path).constData())) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(zinnia_recognizer_strerror(recognizer)));
        zinnia_recognizer_destroy(recognizer);
        return false;
    }
    m_recognizer = recognizer;
    return true;
}

QList<HandwritingRecognizer::Candidate> HandwritingRecognizer::recognize(const QList<Stroke> &strokes, const QSize &box,
                                                                        int count) const
{
    QList<Candidate> candidates;
    if (!m_recognizer || strokes.isEmpty() || box.isEmpty())
        return candidates;
    zinnia_character_t *character = zinnia_character_new();
    zinnia_character_clear(character);
    zinnia_character_set_width(character, size_t(box.width()));
    zinnia_character_set_height(character, size_t(box.height()));
    size_t id = 0;
    for (const Stroke &stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        for (const QPoint &p : stroke)
            zinnia_character_add(character, id, qBound(0, p.x(), box.width()), qBound(0, p.y(), box.height()));
        ++id;
    }
    if (zinnia_result_t *result = zinnia_recognizer_classify(m_recognizer, character, size_t(count))) {
        for (size_t i = 0; i < zinnia_result_size(result); ++i)
            candidates.append({QString::fromUtf8(zinnia_result_value(result, i)), zinnia_result_score(result, i)});
        zinnia_result_destroy(result);
    }
    zinnia_character_destroy(character);
    return candidates;
}
