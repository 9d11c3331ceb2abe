#pragma once

#include <QLabel>

// A word-wrapped label that remembers its height for the last widths asked.
// A box layout asks a wrapped QLabel for its height at the same width dozens
// of times per layout pass, and QLabel shapes the whole text again for each
// answer (three quarters of the kiosk's welcome screen's text layout).
class WrappedLabel : public QLabel
{
public:
    explicit WrappedLabel(const QString &text, QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    struct Answer
    {
        int width = -1;
        int height = 0;
        QString text;
    };
    // A few: while a window settles, its layouts try the label at half a
    // dozen widths (with and without a scroll bar, before and after the
    // window takes the screen's size), and come back to each of them.
    static constexpr int kAnswers = 8;
    mutable Answer m_answers[kAnswers];
    mutable int m_next = 0;
};
