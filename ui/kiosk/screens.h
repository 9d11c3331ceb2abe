#pragma once

// The patient's screens, one class each. Each is built afresh from the
// PatientFlow whenever the step or the language changes, and writes what
// the patient enters straight back to the flow, so no screen holds anything
// of a patient that a reset could miss.

#include "nameentrypage.h"

#include <QWidget>

class PatientFlow;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class QMouseEvent;
class QTimer;

// Shared frame: a heading and a column of content.
class Screen : public QWidget
{
    Q_OBJECT

public:
    Screen(PatientFlow &flow, QWidget *parent);

signals:
    // What the patient entered changed what the footer shows (progress).
    void edited();

protected:
    QLabel *addHeading(const QString &text);
    QLabel *addText(const QString &text, const char *objectName = "text");
    QVBoxLayout *column() const { return m_column; }

    PatientFlow &m_flow;

private:
    QVBoxLayout *m_column;
};

class WelcomeScreen : public Screen
{
    Q_OBJECT
public:
    WelcomeScreen(PatientFlow &flow, QWidget *parent);
};

class PrivacyScreen : public Screen
{
    Q_OBJECT
public:
    PrivacyScreen(PatientFlow &flow, QWidget *parent);
};

class PatientScreen : public Screen
{
    Q_OBJECT
public:
    PatientScreen(PatientFlow &flow, QWidget *parent);

private:
    // The button that opens the touch keys for `field`, whose text goes to
    // the flow through `store`.
    QPushButton *touchKeys(QLineEdit *field, const QString &title, const QList<NameEntryPage::Mode> &modes,
                           void (PatientFlow::*store)(const QString &));
};

class QuestionScreen : public Screen
{
    Q_OBJECT
public:
    QuestionScreen(PatientFlow &flow, QWidget *parent);

private:
    QPushButton *addAnswerButton(const QString &text, const QString &objectName);
    void addChoices();
    void addBoolean();
    void addMultiChoice();
    void addTextAnswer();
    void addDate();

    // The answer buttons, closer together than the rest of the screen so
    // that five choices fit without scrolling.
    QVBoxLayout *m_answers;
    bool m_compact = false;
};

class ReviewScreen : public Screen
{
    Q_OBJECT
public:
    ReviewScreen(PatientFlow &flow, QWidget *parent);
};

// A screen that ends a patient's turn: it says what happened, counts down
// and returns to the welcome screen by itself, or at once on a tap anywhere.
class ClosingScreen : public Screen
{
    Q_OBJECT
public:
    ClosingScreen(PatientFlow &flow, int seconds, QWidget *parent);

protected:
    // Adds the countdown line and the button; call after the texts.
    void addCountdown(const QString &buttonText);
    void mousePressEvent(QMouseEvent *event) override;

private:
    void finish();

    QTimer *m_timer;
    QLabel *m_countdown = nullptr;
    int m_secondsLeft;
};

class ThanksScreen : public ClosingScreen
{
    Q_OBJECT
public:
    ThanksScreen(PatientFlow &flow, int seconds, QWidget *parent);
};

// After "I do not agree": nothing was kept; please see reception.
class ConsentDeclinedScreen : public ClosingScreen
{
    Q_OBJECT
public:
    ConsentDeclinedScreen(PatientFlow &flow, int seconds, QWidget *parent);
};

class OutOfServiceScreen : public Screen
{
    Q_OBJECT
public:
    OutOfServiceScreen(PatientFlow &flow, QWidget *parent);
};

// How an answer reads on the review screen, in the patient's language.
QString answerText(const PatientFlow &flow, const QString &questionId);
