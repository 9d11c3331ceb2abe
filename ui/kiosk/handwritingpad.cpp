#include "handwritingpad.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kCandidates = 8;
}

WritingCanvas::WritingCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("writingCanvas"));
    setAttribute(Qt::WA_StyledBackground);
    // A finger on a touch screen arrives as mouse events (Qt synthesises
    // them), so one path serves finger, stylus and mouse.
    setMinimumSize(300, 300);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void WritingCanvas::setStrokes(const QList<HandwritingRecognizer::Stroke> &strokes)
{
    m_strokes = strokes;
    m_drawing = false;
    update();
}

void WritingCanvas::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
}

void WritingCanvas::mousePressEvent(QMouseEvent *event)
{
    m_strokes.append({event->position().toPoint()});
    m_drawing = true;
    update();
}

void WritingCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing)
        return;
    m_strokes.last().append(event->position().toPoint());
    update();
}

void WritingCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drawing)
        return;
    m_strokes.last().append(event->position().toPoint());
    m_drawing = false;
    update();
    emit strokeAdded();
}

void WritingCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // Guide lines through the middle, as on practice paper.
    painter.setPen(QPen(QColor(0xc8, 0xcf, 0xd6), 2, Qt::DashLine));
    painter.drawLine(width() / 2, 8, width() / 2, height() - 8);
    painter.drawLine(8, height() / 2, width() - 8, height() / 2);
    painter.setPen(QPen(QColor(0x11, 0x11, 0x11), 10, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const HandwritingRecognizer::Stroke &stroke : m_strokes) {
        if (stroke.size() == 1) {
            painter.drawPoint(stroke.first());
            continue;
        }
        QPainterPath path(stroke.first());
        for (int i = 1; i < stroke.size(); ++i)
            path.lineTo(stroke.at(i));
        painter.drawPath(path);
    }
}

HandwritingPad::HandwritingPad(const QString &language, QWidget *parent)
    : QWidget(parent), m_recognizer(std::make_unique<HandwritingRecognizer>(language))
{
    setObjectName(QStringLiteral("handwritingPad"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(18);
    m_canvas = new WritingCanvas(this);
    row->addWidget(m_canvas, 3);
    auto *side = new QVBoxLayout;
    m_hint = new QLabel(tr("Write one character with your finger, then touch it below."), this);
    m_hint->setObjectName(QStringLiteral("help"));
    m_hint->setWordWrap(true);
    side->addWidget(m_hint);
    auto *grid = new QGridLayout;
    grid->setSpacing(8);
    for (int i = 0; i < kCandidates; ++i) {
        auto *b = new QPushButton(this);
        b->setObjectName(QStringLiteral("candidate_%1").arg(i));
        b->setProperty("role", QStringLiteral("key"));
        b->setFocusPolicy(Qt::NoFocus);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setEnabled(false);
        // Candidates are drawn large: telling 土 from 士 takes a clear look.
        QFont font = b->font();
        font.setPointSize(font.pointSize() * 3 / 2);
        b->setFont(font);
        connect(b, &QPushButton::clicked, this, [this, b] {
            emit typed(b->text());
            m_canvas->clear();
            showCandidates({});
        });
        grid->addWidget(b, i / 4, i % 4);
        m_candidateButtons << b;
    }
    side->addLayout(grid, 1);
    auto *again = new QPushButton(tr("Write again"), this);
    again->setObjectName(QStringLiteral("writeAgain"));
    again->setProperty("role", QStringLiteral("secondary"));
    again->setFocusPolicy(Qt::NoFocus);
    connect(again, &QPushButton::clicked, this, [this] {
        m_canvas->clear();
        showCandidates({});
    });
    side->addWidget(again);
    row->addLayout(side, 4);

    QString error;
    if (!m_recognizer->load(&error)) {
        qWarning("handwriting: %s", qPrintable(error));
        m_hint->setText(tr("Handwriting is not available on this tablet. Please use the other keys or ask at reception."));
        m_canvas->setEnabled(false);
    }
    connect(m_canvas, &WritingCanvas::strokeAdded, this, [this] { recognize(m_canvas->strokes(), m_canvas->size()); });
}

HandwritingPad::~HandwritingPad() = default;

void HandwritingPad::write(const QList<HandwritingRecognizer::Stroke> &strokes, const QSize &box)
{
    // Drawn on the canvas at its size, then read from there as a finger's would be.
    const QSize canvas = m_canvas->size();
    QList<HandwritingRecognizer::Stroke> scaled;
    for (const HandwritingRecognizer::Stroke &stroke : strokes) {
        HandwritingRecognizer::Stroke s;
        for (const QPoint &p : stroke)
            s.append(QPoint(p.x() * canvas.width() / box.width(), p.y() * canvas.height() / box.height()));
        scaled.append(s);
    }
    m_canvas->setStrokes(scaled);
    recognize(scaled, canvas);
}

void HandwritingPad::recognize(const QList<HandwritingRecognizer::Stroke> &strokes, const QSize &box)
{
    showCandidates(m_recognizer->recognize(strokes, box, kCandidates));
}

void HandwritingPad::showCandidates(const QList<HandwritingRecognizer::Candidate> &found)
{
    for (int i = 0; i < m_candidateButtons.size(); ++i) {
        QPushButton *b = m_candidateButtons.at(i);
        b->setText(i < found.size() ? found.at(i).text : QString());
        b->setEnabled(i < found.size());
    }
}

QStringList HandwritingPad::candidates() const
{
    QStringList texts;
    for (QPushButton *b : m_candidateButtons) {
        if (b->isEnabled())
            texts << b->text();
    }
    return texts;
}
