#include "handwritingrecognizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "laterlibrary.h"

#include <dlfcn.h>
#include <zinnia.h>

// Zinnia is loaded the first time handwriting is offered, not linked: a
// library the dynamic loader maps and binds before main for every start of
// the kiosk, which most patients never use (0.8 million instructions before
// the first frame). The package depends on libzinnia0 by name.
// PRESCREEN_ZINNIA_LIBRARY names another file (the tests name a missing one).
struct HandwritingRecognizer::Library
{
    decltype(&zinnia_recognizer_new) recognizerNew;
    decltype(&zinnia_recognizer_open) recognizerOpen;
    decltype(&zinnia_recognizer_strerror) recognizerStrerror;
    decltype(&zinnia_recognizer_destroy) recognizerDestroy;
    decltype(&zinnia_recognizer_classify) recognizerClassify;
    decltype(&zinnia_character_new) characterNew;
    decltype(&zinnia_character_clear) characterClear;
    decltype(&zinnia_character_set_width) characterSetWidth;
    decltype(&zinnia_character_set_height) characterSetHeight;
    decltype(&zinnia_character_add) characterAdd;
    decltype(&zinnia_character_destroy) characterDestroy;
    decltype(&zinnia_result_size) resultSize;
    decltype(&zinnia_result_value) resultValue;
    decltype(&zinnia_result_score) resultScore;
    decltype(&zinnia_result_destroy) resultDestroy;
};

namespace {

QByteArray zinniaLibraryName()
{
    return qEnvironmentVariableIsSet("PRESCREEN_ZINNIA_LIBRARY") ? qgetenv("PRESCREEN_ZINNIA_LIBRARY")
                                                                 : QByteArrayLiteral("libzinnia.so.0");
}

} // namespace

// Loaded once per library name and never unloaded.
const HandwritingRecognizer::Library *HandwritingRecognizer::library(QString *error)
{
    struct Loaded
    {
        QByteArray name;
        HandwritingRecognizer::Library functions{};
        bool ok = false;
        QString problem;
    };
    static QList<Loaded *> loaded;
    const QByteArray name = zinniaLibraryName();
    for (const Loaded *l : std::as_const(loaded)) {
        if (l->name == name) {
            if (error)
                *error = l->problem;
            return l->ok ? &l->functions : nullptr;
        }
    }
    auto *l = new Loaded{name, {}, false, {}};
    loaded.append(l);
    void *library = dlopen(name.constData(), RTLD_NOW | RTLD_LOCAL);
    HandwritingRecognizer::Library &z = l->functions;
    l->ok = library && resolveLaterSymbol(library, "zinnia_recognizer_new", z.recognizerNew)
        && resolveLaterSymbol(library, "zinnia_recognizer_open", z.recognizerOpen)
        && resolveLaterSymbol(library, "zinnia_recognizer_strerror", z.recognizerStrerror)
        && resolveLaterSymbol(library, "zinnia_recognizer_destroy", z.recognizerDestroy)
        && resolveLaterSymbol(library, "zinnia_recognizer_classify", z.recognizerClassify)
        && resolveLaterSymbol(library, "zinnia_character_new", z.characterNew)
        && resolveLaterSymbol(library, "zinnia_character_clear", z.characterClear)
        && resolveLaterSymbol(library, "zinnia_character_set_width", z.characterSetWidth)
        && resolveLaterSymbol(library, "zinnia_character_set_height", z.characterSetHeight)
        && resolveLaterSymbol(library, "zinnia_character_add", z.characterAdd)
        && resolveLaterSymbol(library, "zinnia_character_destroy", z.characterDestroy)
        && resolveLaterSymbol(library, "zinnia_result_size", z.resultSize)
        && resolveLaterSymbol(library, "zinnia_result_value", z.resultValue)
        && resolveLaterSymbol(library, "zinnia_result_score", z.resultScore)
        && resolveLaterSymbol(library, "zinnia_result_destroy", z.resultDestroy);
    if (!l->ok) {
        // For the log (the pad is simply not offered): not translated.
        l->problem = QStringLiteral("%1: the handwriting library could not be loaded (install libzinnia0): %2")
                         .arg(QString::fromLocal8Bit(name), QString::fromLocal8Bit(dlerror()));
    }
    if (error)
        *error = l->problem;
    return l->ok ? &l->functions : nullptr;
}

HandwritingRecognizer::HandwritingRecognizer(const QString &language) : m_language(language)
{
}

HandwritingRecognizer::~HandwritingRecognizer()
{
    if (m_recognizer)
        m_library->recognizerDestroy(m_recognizer);
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
    // The model first: for English, or without the model's package, the
    // library is not loaded at all.
    return (language == QLatin1String("ja") || language == QLatin1String("zh_CN"))
        && QFileInfo(modelPath(language)).isReadable() && library() != nullptr;
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
    const Library *z = library(error);
    if (!z)
        return false;
    zinnia_recognizer_t *recognizer = z->recognizerNew();
    if (!z->recognizerOpen(recognizer, QFile::encodeName(path).constData())) {
        *error = QStringLiteral("%1: %2").arg(path, QString::fromUtf8(z->recognizerStrerror(recognizer)));
        z->recognizerDestroy(recognizer);
        return false;
    }
    m_recognizer = recognizer;
    m_library = z;
    return true;
}

QList<HandwritingRecognizer::Candidate> HandwritingRecognizer::recognize(const QList<Stroke> &strokes, const QSize &box,
                                                                        int count) const
{
    QList<Candidate> candidates;
    if (!m_recognizer || strokes.isEmpty() || box.isEmpty())
        return candidates;
    const Library *z = m_library;
    zinnia_character_t *character = z->characterNew();
    z->characterClear(character);
    z->characterSetWidth(character, size_t(box.width()));
    z->characterSetHeight(character, size_t(box.height()));
    size_t id = 0;
    for (const Stroke &stroke : strokes) {
        if (stroke.isEmpty())
            continue;
        for (const QPoint &p : stroke)
            z->characterAdd(character, id, qBound(0, p.x(), box.width()), qBound(0, p.y(), box.height()));
        ++id;
    }
    if (zinnia_result_t *result = z->recognizerClassify(m_recognizer, character, size_t(count))) {
        for (size_t i = 0; i < z->resultSize(result); ++i)
            candidates.append({QString::fromUtf8(z->resultValue(result, i)), z->resultScore(result, i)});
        z->resultDestroy(result);
    }
    z->characterDestroy(character);
    return candidates;
}
