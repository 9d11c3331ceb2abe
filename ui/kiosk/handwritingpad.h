#pragma once

#include "handwritingrecognizer.h"

#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QPushButton;

// Where a finger writes one character: the strokes drawn so far.
class WritingCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit WritingCanvas(QWidget *parent = nullptr);

    const QList<HandwritingRecognizer::Stroke> &strokes() const { return m_strokes; }
    void setStrokes(const QList<HandwritingRecognizer::Stroke> &strokes);
    void clear();

signals:
    // A stroke ended: time to ask the recogniser again.
    void strokeAdded();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<HandwritingRecognizer::Stroke> m_strokes;
    bool m_drawing = false;
};

// One character written with a finger, then picked from the candidates the
// recogniser offers. The model loads when the pad is made (the first time a
// patient opens handwriting) and is freed with it.
class HandwritingPad : public QWidget
{
    Q_OBJECT

public:
    HandwritingPad(const QString &language, QWidget *parent = nullptr);
    ~HandwritingPad() override;

    // Strokes recorded elsewhere, in a box of `box` pixels, as if drawn here.
    void write(const QList<HandwritingRecognizer::Stroke> &strokes, const QSize &box);
    QStringList candidates() const;

signals:
    void typed(const QString &text);

private:
    void recognize(const QList<HandwritingRecognizer::Stroke> &strokes, const QSize &box);
    void showCandidates(const QList<HandwritingRecognizer::Candidate> &found);

    std::unique_ptr<HandwritingRecognizer> m_recognizer;
    WritingCanvas *m_canvas;
    QList<QPushButton *> m_candidateButtons;
    QLabel *m_hint;
};
