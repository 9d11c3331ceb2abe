// Japanese era dates, as older patients give their birthday.
#include "japanesecalendar.h"

#include <QTest>

class TestJapaneseCalendar : public QObject
{
    Q_OBJECT

private slots:
    void toDate_data();
    void toDate();
    void fromDate();
};

void TestJapaneseCalendar::toDate_data()
{
    QTest::addColumn<QString>("era");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("昭和33年") << "showa" << 33 << 4 << 12 << QDate(1958, 4, 12);
    QTest::newRow("昭和元年 last week") << "showa" << 1 << 12 << 25 << QDate(1926, 12, 25);
    QTest::newRow("before 昭和") << "showa" << 1 << 12 << 24 << QDate();
    QTest::newRow("昭和64年 last day") << "showa" << 64 << 1 << 7 << QDate(1989, 1, 7);
    QTest::newRow("昭和64年 after its end") << "showa" << 64 << 1 << 8 << QDate();
    QTest::newRow("平成元年 first day") << "heisei" << 1 << 1 << 8 << QDate(1989, 1, 8);
    QTest::newRow("平成31年 last day") << "heisei" << 31 << 4 << 30 << QDate(2019, 4, 30);
    QTest::newRow("平成31年 in May") << "heisei" << 31 << 5 << 1 << QDate();
    QTest::newRow("令和元年") << "reiwa" << 1 << 5 << 1 << QDate(2019, 5, 1);
    QTest::newRow("大正15年") << "taisho" << 15 << 3 << 1 << QDate(1926, 3, 1);
    QTest::newRow("no 30 February") << "heisei" << 2 << 2 << 30 << QDate();
    QTest::newRow("leap day 平成4年") << "heisei" << 4 << 2 << 29 << QDate(1992, 2, 29);
    QTest::newRow("unknown era") << "meiji" << 40 << 1 << 1 << QDate();
}

void TestJapaneseCalendar::toDate()
{
    QFETCH(QString, era);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, expected);
    QString problem;
    QCOMPARE(JapaneseCalendar::toDate(era, year, month, day, &problem), expected);
    QCOMPARE(problem.isEmpty(), expected.isValid());
}

void TestJapaneseCalendar::fromDate()
{
    const auto showa = JapaneseCalendar::fromDate(QDate(1958, 4, 12));
    QCOMPARE(showa.eraId, QStringLiteral("showa"));
    QCOMPARE(showa.year, 33);
    const auto heisei = JapaneseCalendar::fromDate(QDate(1989, 1, 8));
    QCOMPARE(heisei.eraId, QStringLiteral("heisei"));
    QCOMPARE(heisei.year, 1);
    QCOMPARE(JapaneseCalendar::fromDate(QDate(2026, 11, 25)).year, 8);
}

QTEST_GUILESS_MAIN(TestJapaneseCalendar)
#include "test_japanesecalendar.moc"
