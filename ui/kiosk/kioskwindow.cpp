#include "kioskwindow.h"

#include "answerformat.h"
#include "dateinput.h"
#include "clipboardguard.h"
#include "idlewatch.h"
#include "kioskstyle.h"
#include "nameentrypage.h"
#include "patientflow.h"
#include "privatelog.h"
#include "screens.h"
#include "translations.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QInputMethod>
#include <QtMath>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QShortcut>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

KioskWindow::KioskWindow(PatientFlow &flow, Translations &translations, const KioskOptions &options, QWidget *parent)
    : QWidget(parent), m_flow(flow), m_translations(translations), m_options(options),
      m_idle(new IdleWatch(flow.clock(), options.idleSeconds, options.warningSeconds, this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    m_idle->setObjectName(QStringLiteral("patientIdle"));
    // What one patient copied or selected never reaches the next.
    connect(&m_flow, &PatientFlow::patientForgotten, this, &ClipboardGuard::clear);
    if (options.fullScreen)
        ClipboardGuard::keepEmpty();
    auto *layout = new QVBoxLayout(this);
    QHBoxLayout *headerLayout = KioskStyle::addHeader(this, layout);
    QWidget *header = headerLayout->parentWidget();
    KioskStyle::useOwnGlyphsOnly(header);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->installEventFilter(this);
    m_staffHold = new QTimer(this);
    m_staffHold->setSingleShot(true);
    m_staffHold->setInterval(kStaffHoldMs);
    connect(m_staffHold, &QTimer::timeout, this, &KioskWindow::staffRequested);
    auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+S")), this);
    connect(shortcut, &QShortcut::activated, this, &KioskWindow::staffRequested);
    headerLayout->addWidget(m_title, 1);
    const QList<QPair<QString, QString>> languages{{QStringLiteral("ja"), QStringLiteral("日本語")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
    for (const auto &[code, name] : languages) {
        auto *button = new QPushButton(name, header);
        button->setObjectName(QStringLiteral("language_") + code);
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, this, [this, code = code] { m_flow.setLanguage(code); });
        headerLayout->addWidget(button);
        m_languageButtons << button;
    }
    m_textSizeButton = new QPushButton(header);
    m_textSizeButton->setObjectName(QStringLiteral("textSizeButton"));
    m_textSizeButton->setCheckable(true);
    connect(m_textSizeButton, &QPushButton::toggled, this, [this](bool larger) {
        setTextSize(larger ? KioskStyle::TextSize::Larger : KioskStyle::TextSize::Large);
    });
    headerLayout->addSpacing(12);
    headerLayout->addWidget(m_textSizeButton);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("countdownBanner"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText);
    m_banner->hide();
    auto *bannerRow = new QHBoxLayout;
    bannerRow->setContentsMargins(24, 12, 24, 0);
    bannerRow->addWidget(m_banner);
    layout->addLayout(bannerRow);

    // Long questions, the review and larger text scroll rather than push
    // the footer off a fixed tablet screen.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("body"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // The body draws no text of its own: its font only bounds its size hint,
    // and asking that font's height with font merging made Qt ask fontconfig
    // for the language's fallback fonts before the first frame (2.7 million
    // instructions). What it shows, in its viewport, keeps font merging: a
    // patient's words may need another font.
    KioskStyle::useOwnGlyphsOnly(m_scroll);
    QFont merging;
    merging.setStyleStrategy(QFont::PreferDefault);
    m_scroll->viewport()->setFont(merging);
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);
    // Small enough that header, body, footer and the on-screen keyboard fit
    // on a 800-pixel screen without the window growing past its edge.
    m_scroll->setMinimumHeight(120);
    layout->addWidget(m_scroll, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    // The margin is the row's, not the label's: a style sheet applied again
    // (the text size switch does that) resets a label's own contents margins,
    // and the message then lost its left margin.
    auto *problemRow = new QHBoxLayout;
    problemRow->setContentsMargins(48, 0, 48, 0);
    problemRow->addWidget(m_problem);
    // Hidden while empty: an empty label still takes a line, which five
    // choices at the larger text size need.
    m_problem->hide();
    layout->addLayout(problemRow);

    m_check = new QFrame(this);
    m_check->setObjectName(QStringLiteral("birthDateCheck"));
    auto *checkLayout = new QHBoxLayout(m_check);
    m_checkText = new QLabel(m_check);
    m_checkText->setObjectName(QStringLiteral("checkText"));
    m_checkText->setWordWrap(true);
    auto *checkYes = new QPushButton(m_check);
    checkYes->setObjectName(QStringLiteral("checkYes"));
    auto *checkNo = new QPushButton(m_check);
    checkNo->setObjectName(QStringLiteral("checkNo"));
    checkNo->setProperty("role", QStringLiteral("secondary"));
    checkLayout->addWidget(m_checkText, 1);
    checkLayout->addWidget(checkNo);
    checkLayout->addWidget(checkYes);
    connect(checkYes, &QPushButton::clicked, this, [this] {
        m_check->hide();
        m_flow.confirmBirthDate();
        goNext();
    });
    connect(checkNo, &QPushButton::clicked, this, [this] {
        m_check->hide();
        if (auto *birth = m_screen->findChild<DateInput *>(QStringLiteral("birthDate")))
            birth->open();
    });
    m_check->hide();
    auto *checkRow = new QHBoxLayout;
    checkRow->setContentsMargins(24, 6, 24, 0);
    checkRow->addWidget(m_check);
    layout->addLayout(checkRow);

    m_footer = new QWidget(this);
    auto *footerLayout = new QHBoxLayout(m_footer);
    footerLayout->setContentsMargins(24, 8, 24, 12);
    footerLayout->setSpacing(24);
    m_back = new QPushButton(m_footer);
    m_back->setObjectName(QStringLiteral("backButton"));
    m_back->setProperty("role", QStringLiteral("secondary"));
    m_back->setMinimumWidth(220);
    auto *progressColumn = new QVBoxLayout;
    m_progressText = new QLabel(m_footer);
    m_progressText->setObjectName(QStringLiteral("progressText"));
    m_progressText->setAlignment(Qt::AlignCenter);
    m_progress = new QProgressBar(m_footer);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setTextVisible(false);
    progressColumn->addWidget(m_progressText);
    progressColumn->addWidget(m_progress);
    m_next = new QPushButton(m_footer);
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_next->setMinimumWidth(260);
    // The consent buttons stay in view however long the notice is.
    m_decline = new QPushButton(m_footer);
    m_decline->setObjectName(QStringLiteral("consentDecline"));
    m_decline->setProperty("role", QStringLiteral("secondary"));
    m_accept = new QPushButton(m_footer);
    m_accept->setObjectName(QStringLiteral("consentAccept"));
    connect(m_decline, &QPushButton::clicked, this, [this] { m_flow.declineConsent(); });
    connect(m_accept, &QPushButton::clicked, this, [this] { m_flow.acceptConsent(); });
    footerLayout->addWidget(m_back);
    footerLayout->addLayout(progressColumn, 1);
    footerLayout->addWidget(m_decline, 1);
    footerLayout->addWidget(m_accept, 1);
    footerLayout->addWidget(m_next);
    layout->addWidget(m_footer);
    m_keyboardRoom = new QWidget(this);
    m_keyboardRoom->setObjectName(QStringLiteral("keyboardRoom"));
    m_keyboardRoom->setFixedHeight(0);
    layout->addWidget(m_keyboardRoom);
    QInputMethod *keyboard = QGuiApplication::inputMethod();
    const auto makeRoom = [this, keyboard] {
        m_keyboardRoom->setFixedHeight(keyboard->isVisible() ? qCeil(keyboard->keyboardRectangle().height()) : 0);
        // Once the layout has shrunk, bring the field being typed in into view.
        QTimer::singleShot(0, this, [this] {
            QWidget *typing = QApplication::focusWidget();
            if (typing && m_screen && m_screen->isAncestorOf(typing))
                m_scroll->ensureWidgetVisible(typing);
        });
    };
    connect(keyboard, &QInputMethod::visibleChanged, this, makeRoom);
    connect(keyboard, &QInputMethod::keyboardRectangleChanged, this, makeRoom);

    connect(m_back, &QPushButton::clicked, this, [this] { m_flow.back(); });
    connect(m_next, &QPushButton::clicked, this, &KioskWindow::goNext);
    connect(&m_flow, &PatientFlow::changed, this, &KioskWindow::render);
    connect(&m_flow, &PatientFlow::languageChanged, this, [this](const QString &language) {
        m_translations.load(language);
        KioskStyle::useLanguage(*qApp, language);
    });
    connect(&m_flow, &PatientFlow::submitFailed, this, [this](const QString &error) {
        qCWarning(lcKiosk, "submission not saved: %s", qPrintable(error));
        showProblem(tr("Your answers could not be saved. Please tell the reception staff."));
    });
    // A writing pad covers the window, banner and all: it shows the
    // countdown too.
    const auto tellPads = [this](const QString &text) {
        const auto pads = window()->findChildren<NameEntryPage *>();
        for (NameEntryPage *pad : pads)
            pad->showNotice(text);
    };
    connect(m_idle, &IdleWatch::warning, this, [this, tellPads](int secondsLeft) {
        m_bannerText->setText(tr("Are you still there? For your privacy, this screen will be cleared in %n "
                                 "seconds. Touch the screen to continue.", nullptr, secondsLeft));
        m_banner->show();
        tellPads(m_bannerText->text());
    });
    connect(m_idle, &IdleWatch::resumed, this, [this, tellPads] {
        m_banner->hide();
        tellPads(QString());
    });
    connect(m_idle, &IdleWatch::expired, this, [this] { m_flow.reset(); });

    m_translations.load(m_flow.language());
    KioskStyle::useLanguage(*qApp, m_flow.language());
    render();
}

void KioskWindow::retranslateChrome()
{
    m_title->setText(tr("Pre-treatment questionnaire"));
    m_textSizeButton->setText(tr("Larger text"));
    m_back->setText(tr("Back"));
    m_decline->setText(QCoreApplication::translate("PrivacyScreen", "I do not agree"));
    m_accept->setText(QCoreApplication::translate("PrivacyScreen", "I agree"));
    m_next->setText(m_flow.step() == PatientFlow::Step::Review ? tr("Send answers") : tr("Next"));
    for (QPushButton *button : std::as_const(m_languageButtons))
        button->setChecked(button->objectName() == QStringLiteral("language_") + m_flow.language());
}

void KioskWindow::render()
{
    // Deleted now, not later: nothing of the screen before may outlive a reset.
    delete m_scroll->takeWidget();
    m_screen = nullptr;
    showProblem({});
    m_check->hide();
    m_banner->hide();
    using Step = PatientFlow::Step;
    // Each patient starts at the usual size, so that the welcome screen shows
    // every language's button at once whatever the last patient chose.
    if (m_flow.step() == Step::Welcome && m_renderedStep != Step::Welcome
        && m_textSize != KioskStyle::TextSize::Large) {
        const QSignalBlocker blocker(m_textSizeButton);
        m_textSizeButton->setChecked(false);
        m_textSize = KioskStyle::TextSize::Large;
        KioskStyle::apply(*qApp, m_textSize);
    }
    if (m_flow.step() == Step::Welcome && m_renderedStep != Step::Welcome)
        QTimer::singleShot(0, this, &KioskWindow::returnFreedMemory);
    m_renderedStep = m_flow.step();
    switch (m_flow.step()) {
    case Step::Welcome: m_screen = new WelcomeScreen(m_flow, this); break;
    case Step::Privacy: m_screen = new PrivacyScreen(m_flow, this); break;
    case Step::Patient: m_screen = new PatientScreen(m_flow, this); break;
    case Step::Question: m_screen = new QuestionScreen(m_flow, this); break;
    case Step::Review: m_screen = new ReviewScreen(m_flow, this); break;
    case Step::Thanks: m_screen = new ThanksScreen(m_flow, m_options.thanksSeconds, this); break;
    case Step::ConsentDeclined: m_screen = new ConsentDeclinedScreen(m_flow, m_options.declinedSeconds, this); break;
    case Step::OutOfService: m_screen = new OutOfServiceScreen(m_flow, this); break;
    }
    m_scroll->setWidget(m_screen);
    connect(m_screen, &Screen::edited, this, &KioskWindow::updateFooter);
    connect(m_screen, &Screen::edited, this, &KioskWindow::recheckProblem);
    if (m_flow.step() == Step::Review && m_flow.changedOnReview())
        showChangedAnswer(*m_flow.changedOnReview());
    const bool patientInput = m_flow.step() == Step::Privacy || m_flow.step() == Step::Patient
        || m_flow.step() == Step::Question || m_flow.step() == Step::Review;
    if (patientInput != m_idle->isActive())
        m_idle->setActive(patientInput);
    else
        m_idle->restart();
    updateFooter();
    m_screen->setFocus();
}

void KioskWindow::returnFreedMemory()
{
#ifdef __GLIBC__
    // The last patient's screens are gone; without this glibc keeps their
    // freed pages, and the heap creeps up by a little with every patient.
    malloc_trim(0);
#endif
}

void KioskWindow::updateFooter()
{
    using Step = PatientFlow::Step;
    retranslateChrome();
    const Step step = m_flow.step();
    const bool answering = step == Step::Patient || step == Step::Question || step == Step::Review;
    m_footer->setVisible(step != Step::Welcome && step != Step::Thanks && step != Step::ConsentDeclined
                         && step != Step::OutOfService);
    m_next->setVisible(answering);
    m_progress->setVisible(answering);
    m_progressText->setVisible(answering);
    m_accept->setVisible(step == Step::Privacy);
    m_decline->setVisible(step == Step::Privacy);
    m_back->setVisible(m_flow.canGoBack());
    for (QPushButton *button : std::as_const(m_languageButtons))
        button->setVisible(step != Step::OutOfService && step != Step::Welcome);
    // Parts, not a count of questions: the number of questions shown
    // depends on the answers, and a total that changes reads as going back.
    const PatientFlow::Progress progress = m_flow.progress();
    m_progress->setRange(0, progress.total);
    m_progress->setValue(progress.done);
    QString part;
    switch (progress.part) {
    case PatientFlow::Part::AboutYou: part = tr("Part 1 of 3: About you"); break;
    case PatientFlow::Part::Questions: part = tr("Part 2 of 3: Your health"); break;
    case PatientFlow::Part::Check: part = tr("Part 3 of 3: Check and send"); break;
    case PatientFlow::Part::None: break;
    }
    m_progressText->setText(part);
}

void KioskWindow::recheckProblem()
{
    // An error goes as soon as what it asked for is there; the next one
    // (a name given, the birth date still missing) waits for Next.
    if (!m_problem->text().isEmpty() && m_problem->text() != m_flow.problem())
        showProblem({});
    if (m_check->isVisible() && !m_flow.birthDateNeedsCheck())
        m_check->hide();
}

void KioskWindow::showChangedAnswer(const QString &questionId)
{
    const QString name = QStringLiteral("answer_") + (questionId.isEmpty() ? QStringLiteral("patient") : questionId);
    auto *answer = m_screen->findChild<QWidget *>(name);
    if (!answer)
        return;
    answer->setProperty("changed", true);
    // Once the review has its size: the row, not the top of the list.
    QTimer::singleShot(0, answer, [this, answer] {
        m_scroll->ensureWidgetVisible(answer, 24, m_scroll->viewport()->height() / 3);
    });
}

void KioskWindow::askBirthDateCheck()
{
    m_checkText->setText(tr("You were born on %1, so you are %n years old. Is this right?", nullptr, m_flow.age())
                             .arg(AnswerFormat::longDate(m_flow.patient().birthDate)));
    m_check->findChild<QPushButton *>(QStringLiteral("checkYes"))->setText(tr("Yes, that is right"));
    m_check->findChild<QPushButton *>(QStringLiteral("checkNo"))->setText(tr("No, change it"));
    m_check->show();
}

void KioskWindow::goNext()
{
    if (m_flow.step() == PatientFlow::Step::Patient && m_flow.problem().isEmpty() && m_flow.birthDateNeedsCheck()) {
        askBirthDateCheck();
        return;
    }
    // A failed save has already said so through submitFailed.
    if (!m_flow.next() && !m_flow.problem().isEmpty())
        showProblem(m_flow.problem());
}

void KioskWindow::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void KioskWindow::setTextSize(KioskStyle::TextSize size)
{
    m_textSize = size;
    KioskStyle::apply(*qApp, size);
    render();
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_title) {
        if (event->type() == QEvent::MouseButtonPress)
            m_staffHold->start();
        else if (event->type() == QEvent::MouseButtonRelease)
            m_staffHold->stop();
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // On the tablet a patient must not be able to close the kiosk.
    if (m_options.fullScreen)
        event->ignore();
    else
        QWidget::closeEvent(event);
}
