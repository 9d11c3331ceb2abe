#include "wrappedlabel.h"

#include <QEvent>

#include <algorithm>
#include <iterator>

WrappedLabel::WrappedLabel(const QString &text, QWidget *parent) : QLabel(text, parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

int WrappedLabel::heightForWidth(int width) const
{
    // Keyed on the text as well: setText is not virtual, so a changed text
    // cannot clear the answers, but it can miss them.
    for (const Answer &answer : m_answers) {
        if (answer.width == width && answer.text == text())
            return answer.height;
    }
    Answer &answer = m_answers[m_next];
    m_next = (m_next + 1) % kAnswers;
    answer = {width, QLabel::heightForWidth(width), text()};
    return answer.height;
}

bool WrappedLabel::event(QEvent *event)
{
    // Font, style sheet and margins change the height at every width.
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange
        || event->type() == QEvent::ContentsRectChange)
        std::fill(std::begin(m_answers), std::end(m_answers), Answer{});
    return QLabel::event(event);
}
