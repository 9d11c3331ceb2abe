#include <QTest>
class T : public QObject { Q_OBJECT private slots: void x() {} };
QTEST_GUILESS_MAIN(T)
#include "test_cli.moc"
