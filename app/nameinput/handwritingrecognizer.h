#pragma once

#include <QList>
#include <QPoint>
#include <QSize>
#include <QString>

struct zinnia_recognizer_t;

// One handwritten character to a list of likely characters, with Zinnia and
// the Tegaki models Debian ships (tegaki-zinnia-japanese,
// tegaki-zinnia-simplified-chinese). Nothing is read until load(): a model
// is 20-odd MB, and most patients never open the handwriting pad; nor is
// Zinnia itself loaded before handwriting is first offered.
class HandwritingRecognizer
{
public:
    using Stroke = QList<QPoint>;
    struct Candidate
    {
        QString text;
        double score = 0;
    };

    // `language` is "ja" (kanji and kana) or "zh_CN" (simplified hanzi).
    explicit HandwritingRecognizer(const QString &language);
    ~HandwritingRecognizer();
    HandwritingRecognizer(const HandwritingRecognizer &) = delete;
    HandwritingRecognizer &operator=(const HandwritingRecognizer &) = delete;

    // Where the model for a language is: PRESCREEN_ZINNIA_MODELS or Debian's folder.
    static QString modelPath(const QString &language);
    // Whether handwriting can be offered at all for this language: its
    // model is there and Zinnia loads.
    static bool available(const QString &language);

    // Opens the model; false and `error` (which file, why) when it cannot.
    bool load(QString *error);
    bool isLoaded() const { return m_recognizer != nullptr; }

    // The best `count` candidates for strokes drawn in a box of `box`
    // pixels, best first; empty without strokes or a loaded model.
    QList<Candidate> recognize(const QList<Stroke> &strokes, const QSize &box, int count = 8) const;

private:
    // Zinnia's functions, from the library loaded on first use (dlopen);
    // nullptr, and why in `error`, when it cannot be loaded.
    struct Library;
    static const Library *library(QString *error = nullptr);
    QString m_language;
    const Library *m_library = nullptr;
    zinnia_recognizer_t *m_recognizer = nullptr;
};
