#pragma once

#include "reviewstore.h"

#include <QFrame>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;

// The doctor's decision: the three choices, the note and save, in a column
// that stays beside the submission's answers, outside what scrolls.
class DecisionBar : public QFrame
{
    Q_OBJECT
public:
    DecisionBar(bool overrulesAdvice, QWidget *parent);
    std::optional<Review::Decision> decision() const;
    QString note() const;
    void showProblem(const QString &text);

signals:
    void saveRequested();

private:
    QButtonGroup *m_choices;
    QPlainTextEdit *m_note;
    QLabel *m_message;
};
