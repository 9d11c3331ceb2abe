#pragma once

#include "kioskstyle.h"
#include "patientflow.h"

#include <QWidget>

class IdleWatch;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;
class Screen;
class Translations;

struct KioskOptions
{
    bool fullScreen = false;
    int idleSeconds = 90;
    int warningSeconds = 20;
    int thanksSeconds = 15;
    // Long enough to read two lines, short enough that the next patient
    // does not find the notice still there.
    int declinedSeconds = 12;
};

// The tablet's window: a header with the language and text-size switches,
// the current screen of the PatientFlow, and a footer with Back, progress
// and Next. It renders the flow and nothing else.
class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(PatientFlow &flow, Translations &translations, const KioskOptions &options, QWidget *parent = nullptr);

    Screen *currentScreen() const { return m_screen; }
    IdleWatch &idleWatch() const { return *m_idle; }

    // How long staff hold the title to reach the sign-in screen.
    static constexpr int kStaffHoldMs = 3000;

signals:
    // The discreet way to staff mode: holding the title for three seconds,
    // or Ctrl+Alt+S on a keyboard.
    void staffRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void returnFreedMemory();
    void updateFooter();
    void recheckProblem();
    void askBirthDateCheck();
    void showChangedAnswer(const QString &questionId);
    void retranslateChrome();
    void goNext();
    void setTextSize(KioskStyle::TextSize size);
    // The red line under the screen; shown only with something in it.
    void showProblem(const QString &text);

    PatientFlow &m_flow;
    Translations &m_translations;
    KioskOptions m_options;
    KioskStyle::TextSize m_textSize = KioskStyle::TextSize::Large;

    QLabel *m_title;
    QList<QPushButton *> m_languageButtons;
    QPushButton *m_textSizeButton;
    QScrollArea *m_scroll;
    QFrame *m_banner;
    QLabel *m_bannerText;
    Screen *m_screen = nullptr;
    PatientFlow::Step m_renderedStep = PatientFlow::Step::Welcome;
    QLabel *m_problem;
    // "Is this right?" for an unusual age, calm rather than red.
    QFrame *m_check;
    QLabel *m_checkText;
    QWidget *m_footer;
    // Room at the bottom for the on-screen keyboard, which is a window of
    // its own over ours: the footer and the field being typed in stay above it.
    QWidget *m_keyboardRoom;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_accept;
    QPushButton *m_decline;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    IdleWatch *m_idle;
    QTimer *m_staffHold;
};
