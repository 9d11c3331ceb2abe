// Saves a PNG of every patient screen in Japanese, English and Chinese from
// the real widgets, for the README and for looking at them as a patient
// would. Usage: prescreen_screenshots OUTPUT_FOLDER
#include "clock.h"
#include "database.h"
#include "idlewatch.h"
#include "kioskstyle.h"
#include "kioskwindow.h"
#include "patientflow.h"
#include "rulesetloader.h"
#include "submissionstore.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

namespace {

void save(QWidget &window, const QString &folder, const QString &language, const QString &name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(language, name));
    window.grab().save(path);
    std::printf("%s\n", qPrintable(path));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: prescreen_screenshots OUTPUT_FOLDER\n");
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(folder);
    QTemporaryDir dir;
    QString error;
    Database db;
    if (!db.open(*DatabaseUrl::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("s.sqlite")), &error), &error))
        qFatal("%s", qPrintable(error));
    SubmissionStore store(db, Clock::system());
    const RuleSetPtr rules = RuleSetLoader::loadFile(RuleSetLoader::builtInPath()).ruleSet;
    KioskStyle::apply(app, KioskStyle::TextSize::Large);

    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        Translations translations;
        PatientFlow flow(rules, &store, Clock::system());
        flow.setDefaultLanguage(language);
        KioskOptions options;
        KioskWindow window(flow, translations, options);
        window.resize(1280, 800);
        window.show();
        save(window, folder, language, QStringLiteral("01-welcome"));
        flow.start(language);
        save(window, folder, language, QStringLiteral("02-privacy"));
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
        flow.next();
        save(window, folder, language, QStringLiteral("04-question-choice"));
        flow.setAnswer(QStringLiteral("sex"), QStringLiteral("female"));
        const QList<QPair<QString, QVariant>> answers{
            {QStringLiteral("pregnancy"), QStringLiteral("no")}, {QStringLiteral("breastfeeding"), QStringLiteral("no")},
            {QStringLiteral("cancer"), QStringLiteral("never")}, {QStringLiteral("anaphylaxis"), false},
            {QStringLiteral("allergy"), true}, {QStringLiteral("allergy_detail"), QStringLiteral("-")},
            {QStringLiteral("chronic_illness"), false}, {QStringLiteral("medication"), false},
            {QStringLiteral("previous_treatment"), true}, {QStringLiteral("previous_date"), QDate::currentDate().addDays(-20)},
            {QStringLiteral("previous_side_effects"), QStringList{QStringLiteral("fatigue")}},
            {QStringLiteral("blood_donation"), false}};
        for (const auto &[id, value] : answers) {
            flow.next();
            if (id == QLatin1String("anaphylaxis"))
                save(window, folder, language, QStringLiteral("05-question-boolean"));
            if (id == QLatin1String("previous_date"))
                save(window, folder, language, QStringLiteral("07-question-date"));
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
        flow.next();
        save(window, folder, language, QStringLiteral("09-review"));
        emit window.idleWatch().warning(14);
        save(window, folder, language, QStringLiteral("10-idle-warning"));
        flow.next();
        save(window, folder, language, QStringLiteral("11-thanks"));
    }
    {
        Translations translations;
        PatientFlow flow(nullptr, &store, Clock::system());
        KioskWindow window(flow, translations, KioskOptions());
        window.resize(1280, 800);
        window.show();
        save(window, folder, QStringLiteral("all"), QStringLiteral("out-of-service"));
    }
    return 0;
}
