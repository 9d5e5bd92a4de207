#include "metrics/HostMetrics.h"

#include <QProcess>
#include <QTest>

using namespace opsdeck;

class TestHostMetricsParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // This machine's real output, through the real command.
    void realHost()
    {
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), HostMetricsParser::command()});
        QVERIFY(sh.waitForFinished(10'000));
        const QByteArray out = sh.readAllStandardOutput();
        const HostMetrics first = HostMetricsParser::parse(out, std::nullopt);
        QVERIFY(first.cpuTimes.has_value());
        QVERIFY(!first.cpuPercent.has_value()); // needs two polls
        QVERIFY(first.memoryPercent.has_value());
        QVERIFY(*first.memoryPercent > 0 && *first.memoryPercent < 100);
        QVERIFY(first.load1.has_value());
        QVERIFY(!first.disks.isEmpty());
        QVERIFY(std::any_of(first.disks.cbegin(), first.disks.cend(), [](const DiskUse &d) { return d.mount == QLatin1String("/"); }));
        QTest::qWait(300);
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), HostMetricsParser::command()});
        QVERIFY(sh.waitForFinished(10'000));
        const HostMetrics second = HostMetricsParser::parse(sh.readAllStandardOutput(), first.cpuTimes);
        QVERIFY(second.cpuPercent.has_value());
        QVERIFY(*second.cpuPercent >= 0 && *second.cpuPercent <= 100);
    }

    // The root file system whatever its type (an overlay in a container), and no more than the cap
    // of mounts whatever a host lists.
    void rootAlwaysAndMountsCapped()
    {
        QByteArray out = "#df\nFilesystem 1024-blocks Used Available Capacity Mounted on\n"
                         "overlay 1000 900 100 90% /\n"
                         "Filesystem 1024-blocks Used Available Capacity Mounted on\n"
                         "overlay 1000 900 100 90% /\n";
        for (int i = 0; i < 5000; ++i)
            out += "/dev/x" + QByteArray::number(i) + " 1000 999 1 99% /srv/m" + QByteArray::number(i) + "\n";
        const HostMetrics m = HostMetricsParser::parse(out, std::nullopt);
        QCOMPARE(m.disks.size(), HostMetricsParser::kMaxDisks);
        QCOMPARE(m.disks.constFirst().mount, QStringLiteral("/"));
        QCOMPARE(m.disks.constFirst().filesystem, QStringLiteral("overlay"));
        QCOMPARE(m.disksSkipped, 5000 - (HostMetricsParser::kMaxDisks - 1));
        // The command asks for / by name, not only for the types it lists.
        QVERIFY(HostMetricsParser::command().contains(QStringLiteral("df -P -k / ")));
    }

    void cpuFromDeltas()
    {
        const QByteArray a = "#stat\ncpu  100 0 100 800 0 0 0 0 0 0\n";
        const QByteArray b = "#stat\ncpu  150 0 150 900 0 0 0 0 0 0\n";
        const HostMetrics first = HostMetricsParser::parse(a, std::nullopt);
        const HostMetrics second = HostMetricsParser::parse(b, first.cpuTimes);
        QCOMPARE(*second.cpuPercent, 50.0); // 100 busy of 200
        // Counters that went backwards (a reboot) give no percentage rather than a wrong one.
        QVERIFY(!HostMetricsParser::parse(a, second.cpuTimes).cpuPercent.has_value());
    }

    void oddOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("memory");
        QTest::addColumn<int>("disks");
        QTest::newRow("empty") << QByteArray() << false << 0;
        QTest::newRow("garbage") << QByteArray("\x01\x02 not /proc at all\n#df\n\xff\xfe\n") << false << 0;
        QTest::newRow("old kernel without MemAvailable") << QByteArray("#meminfo\nMemTotal: 1000 kB\nMemFree: 10 kB\n") << false << 0;
        QTest::newRow("available above total") << QByteArray("#meminfo\nMemTotal: 1000 kB\nMemAvailable: 2000 kB\n") << false << 0;
        QTest::newRow("mount with spaces") << QByteArray("#df\nFilesystem 1024-blocks Used Available Capacity Mounted on\n"
                                                         "/dev/sdb1 1000 900 100 90% /mnt/my data\n") << false << 1;
        QTest::newRow("truncated df line") << QByteArray("#df\n/dev/sda1 1000 900\n") << false << 0;
        QTest::newRow("non-numeric sizes") << QByteArray("#df\n/dev/sda1 big used free 90% /\n") << false << 0;
    }
    void oddOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, memory);
        QFETCH(int, disks);
        const HostMetrics m = HostMetricsParser::parse(output, std::nullopt);
        QCOMPARE(m.memoryPercent.has_value(), memory);
        QCOMPARE(m.disks.size(), disks);
        if (disks == 1) {
            QCOMPARE(m.disks.at(0).mount, QStringLiteral("/mnt/my data"));
            QCOMPARE(m.disks.at(0).freePercent(), 10.0);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostMetricsParser)
#include "TestHostMetricsParser.moc"
