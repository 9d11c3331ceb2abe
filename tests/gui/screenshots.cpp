// Saves a PNG of every patient screen in Japanese, English and Chinese from
// the real widgets, for the README and for looking at them as a patient
// would. Usage: prescreen_screenshots OUTPUT_FOLDER
#include "clock.h"
#include "database.h"
#include "dateinput.h"
#include "handwritingpad.h"
#include "idlewatch.h"
#include "kioskstyle.h"
#include "auditlog.h"
#include "doctorqueue.h"
#include "evaluation.h"
#include "kioskwindow.h"
#include "retention.h"
#include "reviewstore.h"
#include "rulesetversions.h"
#include "staffaccounts.h"
#include "staffwindow.h"
#include "touchtyping.h"
#include <QComboBox>
#include <QLineEdit>
#include <QFile>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include "patientflow.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QDir>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// "-larger" when the pictures show the "Larger text" switch on.
QString sizeSuffix;
// At the larger size only the staff screens whose names start so are saved:
// reception's export, where the result must stay in view at either size,
// and the touch pads.
QStringList onlyStaffScreens;

void save(QWidget &window, const QString &folder, const QString &language, const QString &name)
{
    if (!onlyStaffScreens.isEmpty()
        && std::none_of(onlyStaffScreens.cbegin(), onlyStaffScreens.cend(), [&name](const QString &start) { return name.startsWith(start); }))
        return;
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2%3.png").arg(language, name, sizeSuffix));
    window.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: prescreen_screenshots OUTPUT_FOLDER [larger]\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    QTemporaryDir dir;
    QString error;
    Database db;
    if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.sqlite")), &error), &error))
        qFatal("%s", qPrintable(error));
    // A fixed morning, so that the pictures change only when the screens do.
    FixedClock clock(QDateTime(QDate(2026, 11, 25), QTime(9, 2), QTimeZone(9 * 3600)));
    SubmissionStore store(db, clock);
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    // "larger" as a second argument: the screens as the "Larger text" switch shows them.
    const bool larger = argc > 2 && qstrcmp(argv[2], "larger") == 0;
    KioskStyle::apply(app, larger ? KioskStyle::TextSize::Larger : KioskStyle::TextSize::Large);
    if (larger)
        sizeSuffix = QStringLiteral("-larger");

    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations translations;
        PatientFlow flow(rules, &store, clock);
        flow.setDefaultLanguage(language);
        KioskOptions options;
        KioskWindow window(flow, translations, options);
        window.resize(1280, 800);
        window.show();
        if (larger)
            window.findChild<QPushButton *>(QStringLiteral("textSizeButton"))->setChecked(true);
        save(window, folder, language, QStringLiteral("01-welcome"));
        flow.start(language);
        save(window, folder, language, QStringLiteral("02-privacy"));
        flow.declineConsent();
        save(window, folder, language, QStringLiteral("02b-consent-declined"));
        flow.reset();
        flow.start(language);
        if (larger) // each new patient starts at the usual size
            window.findChild<QPushButton *>(QStringLiteral("textSizeButton"))->setChecked(true);
        flow.acceptConsent();
        flow.setPatientName(language == QLatin1String("en") ? QStringLiteral("Jane Smith")
                            : language == QLatin1String("ja") ? QStringLiteral("山田 花子")
                                                              : QStringLiteral("王 芳"));
        flow.setPatientKana(QStringLiteral("やまだ はなこ"));
        flow.setBirthDate(QDate(1958, 4, 12));
        flow.back();
        flow.next(); // re-render with the entered values
        flow.acceptConsent();
        save(window, folder, language, QStringLiteral("03-patient"));
        {
            // Names by touch: handwriting with a character written, the kana table, the letters.
            window.findChild<QPushButton *>(QStringLiteral("nameEditKeys"))->click();
            if (auto *pad = window.findChild<HandwritingPad *>()) {
                pad->write(TestSupport::readStrokes(language == QLatin1String("ja") ? QStringLiteral("handwriting/yama.strokes")
                                                                                   : QStringLiteral("handwriting/wang.strokes")),
                           QSize(300, 300));
            }
            save(window, folder, language, QStringLiteral("03f-name-entry"));
            if (auto *kana = window.findChild<QPushButton *>(QStringLiteral("mode_hiragana"))) {
                kana->click();
                save(window, folder, language, QStringLiteral("03g-name-kana"));
            }
            window.findChild<QPushButton *>(QStringLiteral("nameEntryCancel"))->click();
            QCoreApplication::processEvents();
        }
        {
            auto *birth = window.findChild<DateInput *>(QStringLiteral("birthDate"));
            birth->open();
            save(window, folder, language, QStringLiteral("03c-birth-decades"));
            birth->picker()->findChild<QPushButton *>(QStringLiteral("decade_1950"))->click();
            save(window, folder, language, QStringLiteral("03d-birth-years"));
            birth->picker()->findChild<QPushButton *>(QStringLiteral("year_1958"))->click();
            birth->picker()->findChild<QPushButton *>(QStringLiteral("month_4"))->click();
            save(window, folder, language, QStringLiteral("03e-birth-days"));
            birth->picker()->findChild<QPushButton *>(QStringLiteral("pickerCancel"))->click();
            QCoreApplication::processEvents();
        }
        flow.next();
        save(window, folder, language, QStringLiteral("04-question-choice"));
        flow.setAnswer(QStringLiteral("sex"), QStringLiteral("female"));
        const QList<QPair<QString, QVariant>> answers{
            {QStringLiteral("pregnancy"), QStringLiteral("no")}, {QStringLiteral("breastfeeding"), QStringLiteral("no")},
            {QStringLiteral("cancer"), QStringLiteral("never")}, {QStringLiteral("anaphylaxis"), false},
            {QStringLiteral("allergy"), true}, {QStringLiteral("allergy_detail"), QStringLiteral("-")},
            {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), false},
            {QStringLiteral("previous_treatment"), true}, {QStringLiteral("previous_date"), clock.now().date().addDays(-20)},
            {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}},
            {QStringLiteral("blood_donation"), false}};
        for (const auto &[id, value] : answers) {
            flow.next();
            if (id == QLatin1String("anaphylaxis"))
                save(window, folder, language, QStringLiteral("05-question-boolean"));
            if (id == QLatin1String("previous_date")) {
                save(window, folder, language, QStringLiteral("07-question-date"));
                // The picker a finger opens: decades, then years of the one chosen.
                auto *input = window.findChild<DateInput *>(QStringLiteral("dateAnswer"));
                input->open();
                input->picker()->findChild<QPushButton *>(QStringLiteral("decade_2020"))->click();
                save(window, folder, language, QStringLiteral("07b-date-picker"));
                input->picker()->findChild<QPushButton *>(QStringLiteral("pickerCancel"))->click();
            }
            if (id == QLatin1String("previous_side_effects")) {
                flow.setAnswer(id, value);
                flow.back();
                flow.next();
                save(window, folder, language, QStringLiteral("08-question-multi"));
            }
            flow.setAnswer(id, value);
            if (id == QLatin1String("allergy_detail")) {
                flow.setAnswer(id, QStringLiteral("花粉症, 金属"));
                flow.back();
                flow.next();
                save(window, folder, language, QStringLiteral("06-question-text"));
            }
        }
        flow.next(); // notes
        if (auto *keys = window.findChild<QPushButton *>(QStringLiteral("textAnswerKeys"))) {
            keys->click();
            QCoreApplication::processEvents();
            window.findChild<QPushButton *>(QStringLiteral("mode_numbers"))->click();
            save(window, folder, language, QStringLiteral("06b-note-entry"));
            // The idle countdown over the pad, which covers the banner.
            emit window.idleWatch().warning(14);
            save(window, folder, language, QStringLiteral("06c-note-entry-idle-warning"));
            emit window.idleWatch().resumed();
            window.findChild<QPushButton *>(QStringLiteral("nameEntryCancel"))->click();
            QCoreApplication::processEvents();
        }
        flow.next();
        save(window, folder, language, QStringLiteral("09-review"));
        emit window.idleWatch().warning(14);
        save(window, folder, language, QStringLiteral("10-idle-warning"));
        clock.advance(13 * 60);
        flow.next();
        save(window, folder, language, QStringLiteral("11-thanks"));
    }
    // The staff screens, on a day with a few submissions (the switch is the
    // kiosk's only, but the larger style applies to the whole application):
    // at the larger size only reception's export.
    if (larger)
        onlyStaffScreens = QStringList{QStringLiteral("24"), QStringLiteral("20b"), QStringLiteral("20c"), QStringLiteral("22c")};
    AuditLog audit(db, clock);
    StaffAccounts accounts(db, audit, clock);
    ReviewStore reviews(db, audit, clock);
    DoctorQueue queue(store, reviews, db);
    Retention retention(db, audit, clock);
    RuleSetVersions versions(db, audit, clock);
    // A draft for the rule sets page: a cancer treated more than ten years
    // ago is reviewed instead of declined (a question no one was asked yet),
    // and a possible pregnancy is declined instead of avoided.
    QByteArray draftText = TestSupport::readFile(TestSupport::defaultRulesPath());
    draftText = TestSupport::withVersion(draftText, "1.2.0");
    draftText.replace("question anaphylaxis\n", "question cancer_treatment_end\n  type: date\n  shown when: cancer = \"past\"\n"
                                                "  text: When did your cancer treatment end?\n\nquestion anaphylaxis\n");
    draftText.replace("  when: cancer in [\"current\", \"past\"]\n",
                      "  when: cancer = \"current\" or (cancer = \"past\" and not (today - cancer_treatment_end > 3652 days))\n");
    draftText.replace("rule possibly_pregnant\n  level: avoid", "rule possibly_pregnant\n  level: decline");
    QTemporaryDir draftDir;
    // Reception's export places: the exports folder and a USB stick.
    QDir(draftDir.path()).mkpath(QStringLiteral("media/KINGSTON"));
    qputenv("PRESCREEN_EXPORT_DIR", QFile::encodeName(draftDir.filePath(QStringLiteral("exports"))));
    qputenv("PRESCREEN_MEDIA_ROOTS", QFile::encodeName(draftDir.filePath(QStringLiteral("media"))));
    const QString draft = draftDir.filePath(QStringLiteral("exosome-screening-1.2.0.rules"));
    {
        QFile file(draft);
        file.open(QIODevice::WriteOnly);
        file.write(draftText);
    }
    const auto admin = accounts.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理者"),
                                                 QStringLiteral("12345678"), QString(), &error);
    accounts.add(QStringLiteral("dr.sato"), QStringLiteral("佐藤 医師"), StaffAccount::Role::Doctor, QStringLiteral("123456"), *admin, &error);
    accounts.add(QStringLiteral("reception"), QStringLiteral("受付 鈴木"), StaffAccount::Role::Staff, QStringLiteral("123456"), *admin, &error);
    const QList<QPair<QString, QVariantMap>> patients{
        {QStringLiteral("高橋 美咲"), {{QStringLiteral("anaphylaxis"), true}, {QStringLiteral("allergy"), true},
                                      {QStringLiteral("allergy_detail"), QStringLiteral("蜂に刺されて救急搬送（2001年）")}}},
        {QStringLiteral("伊藤 由美"), {{QStringLiteral("cancer"), QStringLiteral("past")},
                                      {QStringLiteral("cancer_detail"), QStringLiteral("乳がん 2015年")}}},
        {QStringLiteral("Emily Clark"), {{QStringLiteral("medication"), true}, {QStringLiteral("medication_detail"), QStringLiteral("Vitamin D")}}},
        {QStringLiteral("王 芳"), {}},
        {QStringLiteral("Maximiliana Theodora Alexandrina Garcia-Lopez de Santisteban"),
         {{QStringLiteral("medication"), true}, {QStringLiteral("chronic_illness"), true}}},
    };
    QString firstUuid;
    for (const auto &[name, changes] : patients) {
        Submission s;
        s.language = QStringLiteral("ja");
        s.patient = {name, QString(), QDate(1976, 8, 3)};
        clock.advance(9 * 60);
        s.submittedAt = clock.now();
        s.consent = {true, PatientFlow::privacyNoticeVersion()};
        s.answers = TestSupport::clearAnswers();
        for (auto it = changes.begin(); it != changes.end(); ++it)
            s.answers.insert(it.key(), it.value());
        if (name == QStringLiteral("高橋 美咲")) {
            s.patient.kana = QStringLiteral("たかはし みさき");
            s.answers.insert(QStringLiteral("notes"), QStringLiteral("前回の施術後、3日ほど微熱が続きました"));
        }
        const auto stored = store.save(s, Evaluator(rules).evaluate(s.answers, s.day()), &error);
        if (firstUuid.isEmpty())
            firstUuid = stored->submission.uuid;
    }
    // 高橋 美咲 came three weeks ago too, without the allergy; the doctor let her proceed.
    {
        Submission s;
        s.language = QStringLiteral("ja");
        s.patient = {QStringLiteral("高橋　美咲"), QStringLiteral("タカハシ ミサキ"), QDate(1976, 8, 3)};
        s.submittedAt = clock.now().addDays(-21);
        s.consent = {true, PatientFlow::privacyNoticeVersion()};
        s.answers = TestSupport::clearAnswers();
        const auto earlier = store.save(s, Evaluator(rules).evaluate(s.answers, s.day()), &error);
        AuditLog earlierAudit(db, clock);
        StaffAccounts earlierAccounts(db, earlierAudit, clock);
        ReviewStore earlierReviews(db, earlierAudit, clock);
        const auto ito = earlierAccounts.add(QStringLiteral("dr.ito"), QStringLiteral("伊藤 医師"), StaffAccount::Role::Doctor,
                                             QStringLiteral("123456"), *admin, &error);
        earlierReviews.record(*earlier, *ito, Review::Decision::Proceed, QString(), &error);
    }
    // Earlier days for the 30-day chart: a clinic open six days a week.
    const QList<QVariantMap> earlier{{}, {{QStringLiteral("allergy"), true}}, {{QStringLiteral("medication"), true}},
                                     {{QStringLiteral("pregnancy"), QStringLiteral("possibly")}},
                                     {{QStringLiteral("breastfeeding"), QStringLiteral("yes")}}};
    for (int daysAgo = 1; daysAgo < 30; ++daysAgo) {
        if (daysAgo % 7 == 4)
            continue;
        for (int i = 0; i < 2 + (daysAgo * 3) % 5; ++i) {
            Submission s;
            s.language = QStringLiteral("ja");
            s.patient = {QStringLiteral("患者 %1-%2").arg(daysAgo).arg(i), QString(), QDate(1980, 1, 1)};
            s.submittedAt = clock.now().addDays(-daysAgo).addSecs(i * 1800);
            s.consent = {true, PatientFlow::privacyNoticeVersion()};
            s.answers = TestSupport::clearAnswers();
            const QVariantMap &changes = earlier.at((daysAgo + i) % earlier.size());
            for (auto it = changes.begin(); it != changes.end(); ++it)
                s.answers.insert(it.key(), it.value());
            store.save(s, Evaluator(rules).evaluate(s.answers, s.day()), &error);
        }
    }
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations translations;
        translations.load(language);
        StaffWindow staff(StaffServices{accounts, audit, store, reviews, queue, retention, nullptr, rules.get(), clock, &versions}, 300);
        staff.resize(1280, 800);
        staff.show();
        staff.begin();
        save(staff, folder, language, QStringLiteral("20-staff-sign-in"));
        // On a bare tablet a finger on a field opens PreScreen's own pads.
        TouchTyping typing(&staff, [&language] { return language; });
        const auto tap = [](QWidget *field) {
            const QPointF at(8, 8);
            QMouseEvent release(QEvent::MouseButtonRelease, at, field->mapToGlobal(at), Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
            QApplication::sendEvent(field, &release);
        };
        const auto typeKeys = [&staff](const QStringList &keys) {
            for (const QString &key : keys)
                staff.findChild<QPushButton *>(key)->click();
        };
        const auto closePad = [&staff](const char *button) {
            staff.findChild<QPushButton *>(QLatin1String(button))->click();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        };
        tap(staff.findChild<QLineEdit *>(QStringLiteral("loginEdit")));
        typeKeys({QStringLiteral("small_d"), QStringLiteral("small_r"), QStringLiteral("small_28")});
        save(staff, folder, language, QStringLiteral("20b-pad-login"));
        closePad("nameEntryCancel");
        tap(staff.findChild<QLineEdit *>(QStringLiteral("secretEdit")));
        typeKeys({QStringLiteral("pin_1"), QStringLiteral("pin_3")});
        save(staff, folder, language, QStringLiteral("20c-pad-pin"));
        closePad("nameEntryCancel");
        const auto signIn = [&](const QString &login) {
            staff.findChild<QLineEdit *>(QStringLiteral("loginEdit"))->setText(login);
            staff.findChild<QLineEdit *>(QStringLiteral("secretEdit"))
                ->setText(login == QLatin1String("admin") ? QStringLiteral("12345678") : QStringLiteral("123456"));
            staff.findChild<QPushButton *>(QStringLiteral("signInButton"))->click();
        };
        signIn(QStringLiteral("dr.sato"));
        save(staff, folder, language, QStringLiteral("21-doctor-queue"));
        staff.showSubmission(firstUuid);
        save(staff, folder, language, QStringLiteral("22-doctor-submission"));
        // Scrolled to the changed answers: the decision bar stays in view.
        auto *body = staff.findChild<QScrollArea *>(QStringLiteral("submissionBody"));
        body->verticalScrollBar()->setValue(body->verticalScrollBar()->maximum() / 2);
        save(staff, folder, language, QStringLiteral("22b-returning-patient"));
        // The doctor's note by touch: in Japanese and Chinese by hand first.
        staff.findChild<QPushButton *>(QStringLiteral("decision_proceed"))->click();
        tap(staff.findChild<QPlainTextEdit *>(QStringLiteral("reviewNote"))->viewport());
        save(staff, folder, language, QStringLiteral("22c-pad-note"));
        if (language == QLatin1String("ja")) {
            staff.findChild<QPushButton *>(QStringLiteral("mode_hiragana"))->click();
            save(staff, folder, language, QStringLiteral("22d-pad-note-kana"));
        }
        closePad("nameEntryCancel");
        staff.showQueue();
        staff.findChild<QLineEdit *>(QStringLiteral("patientSearch"))->setText(QStringLiteral("たかはし"));
        staff.findChild<QPushButton *>(QStringLiteral("searchButton"))->click();
        save(staff, folder, language, QStringLiteral("21b-search"));
        staff.findChild<QPushButton *>(QStringLiteral("handBackButton"))->click();
        staff.begin();
        signIn(QStringLiteral("admin"));
        save(staff, folder, language, QStringLiteral("23-admin-accounts"));
        staff.findChild<QPushButton *>(QStringLiteral("handBackButton"))->click();
        staff.begin();
        signIn(QStringLiteral("reception"));
        // A page before it (not pictured at the larger size) widened the
        // window past 1280; the reception page needs 1,010 pixels at most.
        staff.resize(1280, 800);
        save(staff, folder, language, QStringLiteral("24-reception"));
        // Where a day's export goes, chosen from a list: the USB stick, and
        // the file it will be under the chooser.
        auto *destination = staff.findChild<QComboBox *>(QStringLiteral("exportDestination"));
        destination->setCurrentIndex(destination->count() - 1);
        save(staff, folder, language, QStringLiteral("24b-reception-export"));
        // Exported to the exports folder: the result beside the button, in
        // view as the page opens (the export comes first on it).
        destination->setCurrentIndex(0);
        staff.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        save(staff, folder, language, QStringLiteral("24c-reception-export-written"));
        // To the USB stick, pulled out after it was listed: the error there.
        destination->setCurrentIndex(destination->count() - 1);
        QDir(draftDir.filePath(QStringLiteral("media/KINGSTON"))).removeRecursively();
        staff.findChild<QPushButton *>(QStringLiteral("exportButton"))->click();
        save(staff, folder, language, QStringLiteral("24d-reception-export-failed"));
        QDir(draftDir.path()).mkpath(QStringLiteral("media/KINGSTON"));
        staff.findChild<QPushButton *>(QStringLiteral("handBackButton"))->click();
        staff.begin();
        signIn(QStringLiteral("admin"));
        staff.showRules();
        staff.findChild<QLineEdit *>(QStringLiteral("draftPath"))->setText(draft);
        staff.findChild<QPushButton *>(QStringLiteral("loadDraft"))->click();
        save(staff, folder, language, QStringLiteral("25-rule-sets"));
        staff.findChild<QPushButton *>(QStringLiteral("handBackButton"))->click();
        // A patient at the desk asks what is held about her: as a doctor sees it.
        staff.begin();
        signIn(QStringLiteral("dr.sato"));
        staff.showPatientRequests();
        staff.findChild<QLineEdit *>(QStringLiteral("requestName"))->setText(QStringLiteral("高橋 美咲"));
        staff.findChild<QLineEdit *>(QStringLiteral("requestBirth"))->setText(QStringLiteral("1976-08-03"));
        staff.findChild<QPushButton *>(QStringLiteral("requestFind"))->click();
        save(staff, folder, language, QStringLiteral("26-patient-request"));
        staff.findChild<QPushButton *>(QStringLiteral("handBackButton"))->click();
    }
    {
        Translations translations;
        PatientFlow flow(nullptr, &store, clock);
        KioskWindow window(flow, translations, KioskOptions());
        window.resize(1280, 800);
        window.show();
        save(window, folder, QStringLiteral("all"), QStringLiteral("out-of-service"));
    }
    return 0;
}
