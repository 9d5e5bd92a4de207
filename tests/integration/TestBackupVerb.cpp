// `opsdeck backup list|retention` against the sandbox fleet: the real binary, real sshd, the fleet's
// gzip sets. Exit status 0 when every location is fresh and complete, 1 when one is stale or has an
// incomplete set; --json carries every file with its set and its retention reason. Loopback only.

#include "SandboxFleet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestBackupVerb final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;

    ProcessResult backup(const QStringList &arguments)
    {
        return runOpsdeck(QStringList{QStringLiteral("backup")} + arguments + QStringList{QStringLiteral("--config"), m_fleet->configFile()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("no target") << QStringList{QStringLiteral("list")} << QStringLiteral("usage: opsdeck backup list");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("shred"), QStringLiteral("production")}
                                         << QStringLiteral("unknown backup command 'shred'");
        QTest::newRow("unknown environment") << QStringList{QStringLiteral("list"), QStringLiteral("nowhere")}
                                             << QStringLiteral("no environment 'nowhere' (there are: production)");
        QTest::newRow("unknown host") << QStringList{QStringLiteral("list"), QStringLiteral("production/host-009")}
                                      << QStringLiteral("production has no host 'host-009' with backups configured");
        QTest::newRow("retention needs a host") << QStringList{QStringLiteral("retention"), QStringLiteral("production")}
                                                << QStringLiteral("name the host as ENV/HOST");
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const ProcessResult r = backup(arguments);
        QCOMPARE(r.exitCode, 64);
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
    }

    void listFreshThenStale()
    {
        ProcessResult r = backup({QStringLiteral("list"), QStringLiteral("production")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("production/host-001/main")) && r.out.contains(QStringLiteral("production/host-002/main")), qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral("bytes  complete\n")), 14);

        // host-002's newest set loses its database dump: incomplete, and its newest complete set is
        // more than a day old.
        QJsonArray locations = QJsonDocument::fromJson(backup({QStringLiteral("list"), QStringLiteral("production/host-002"), QStringLiteral("--json")}).out.toUtf8()).array();
        QCOMPARE(locations.size(), 1);
        const QJsonArray sets = locations.at(0)[QStringLiteral("sets")].toArray();
        QCOMPARE(sets.size(), 7);
        const QString newest = sets.last()[QStringLiteral("stamp")].toString();
        QVERIFY(runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), QStringLiteral("host-002"), QStringLiteral("remove"),
                                                  QStringLiteral("database_%1.sql.gz").arg(newest), QStringLiteral("--dir"), m_fleet->dir()}).exitCode == 0);

        r = backup({QStringLiteral("list"), QStringLiteral("production")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("%1").arg(newest)) && r.out.contains(QStringLiteral("INCOMPLETE: no database")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("STALE: newest complete set")), qPrintable(r.out));
        // host-001 alone is fine.
        QCOMPARE(backup({QStringLiteral("list"), QStringLiteral("production/host-001")}).exitCode, 0);

        r = backup({QStringLiteral("list"), QStringLiteral("production/host-002"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject location = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(location[QStringLiteral("stale")].toBool(), true);
        QCOMPARE(location[QStringLiteral("files")].toArray().size(), 20);
        const QJsonObject last = location[QStringLiteral("sets")].toArray().last().toObject();
        QCOMPARE(last[QStringLiteral("complete")].toBool(), false);
        QCOMPARE(last[QStringLiteral("missing")].toArray(), QJsonArray{QStringLiteral("database")});
    }

    void retention()
    {
        ProcessResult r = backup({QStringLiteral("retention"), QStringLiteral("production/host-001"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject location = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(location[QStringLiteral("find")].toString(), QStringLiteral("-mtime +7"));
        const QJsonArray files = location[QStringLiteral("files")].toArray();
        QCOMPARE(files.size(), 21);
        // The fleet's oldest set is 7 days before the newest: within the window, and its reason says when it goes.
        for (const QJsonValue &f : files) {
            const qint64 age = f[QStringLiteral("age_seconds")].toInteger();
            QCOMPARE(f[QStringLiteral("deleted_next_run")].toBool(), age >= 8 * 86400);
            QCOMPARE(f[QStringLiteral("deleted_in_seconds")].toInteger(), 8 * 86400 - age);
            QVERIFY2(f[QStringLiteral("reason")].toString().startsWith(QStringLiteral("within 7 day")), qPrintable(f[QStringLiteral("reason")].toString()));
        }
        r = backup({QStringLiteral("retention"), QStringLiteral("production/host-001")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("retention 7 d: find -mtime +7")), qPrintable(r.out));
    }

    // The human output follows the locale (LocaleFormat): under LANG=de_DE.UTF-8 a set's time is the
    // German short date with seconds and the retention a German duration; --json stays as it is.
    void humanOutputFollowsTheLocale()
    {
        QProcessEnvironment german = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            german.remove(QString::fromLatin1(name));
        german.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        const auto run = [this, &german](const QStringList &arguments) {
            return runOpsdeck(QStringList{QStringLiteral("backup")} + arguments + QStringList{QStringLiteral("--config"), m_fleet->configFile()},
                              german);
        };
        ProcessResult r = run({QStringLiteral("list"), QStringLiteral("production/host-001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // "  20261203_020000  03.12.26 02:00:00  3 files …": dd.MM.yy HH:mm:ss, not yyyy-MM-dd.
        QVERIFY2(QRegularExpression(QStringLiteral("\\n  \\S+  \\d\\d\\.\\d\\d\\.\\d\\d \\d\\d:\\d\\d:\\d\\d  ")).match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d\\d-\\d\\d"))), qPrintable(r.out));
        r = run({QStringLiteral("retention"), QStringLiteral("production/host-001")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Aufbewahrung 7 T: find -mtime +7")), qPrintable(r.out));
        r = run({QStringLiteral("retention"), QStringLiteral("production/host-001"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject()[QStringLiteral("find")].toString(), QStringLiteral("-mtime +7"));
    }

    // A daily/weekly/monthly policy instead of find -mtime: the fleet's 7 daily sets under "keep 3
    // daily, 1 weekly" keep the 3 newest (the newest is also the week's), the 4 older sets go.
    void retentionByPolicy()
    {
        QFile in(m_fleet->configFile());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(in.readAll());
        QVERIFY(text.contains(QStringLiteral("\n            rpo: 24h\n")));
        text.replace(QStringLiteral("\n            rpo: 24h\n"), QStringLiteral("\n            rpo: 24h\n            keep: {daily: 3, weekly: 1}\n"));
        QFile out(m_fleet->scratch(QStringLiteral("keep.yaml")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        out.close();
        const ProcessResult r = runOpsdeck({QStringLiteral("backup"), QStringLiteral("retention"), QStringLiteral("production/host-001"),
                                            QStringLiteral("--json"), QStringLiteral("--config"), out.fileName()});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject location = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(location[QStringLiteral("find")].toString(), QString());
        QCOMPARE(location[QStringLiteral("policy")].toString(), QStringLiteral("keep 3 daily, 1 weekly (UTC days, ISO weeks, months)"));
        const QJsonArray files = location[QStringLiteral("files")].toArray();
        QCOMPARE(files.size(), 21);
        int kept = 0;
        qint64 newest = 0;
        QString newestReason;
        for (const QJsonValue &f : files) {
            const QString reason = f[QStringLiteral("reason")].toString();
            if (f[QStringLiteral("deleted_next_run")].toBool()) {
                QCOMPARE(reason, QStringLiteral("deleted: not the newest complete set (or lone file) of a kept day, week or month"));
                continue;
            }
            ++kept;
            QVERIFY2(reason.startsWith(QStringLiteral("kept: newest of ")), qPrintable(reason));
            if (f[QStringLiteral("mtime")].toInteger() > newest) {
                newest = f[QStringLiteral("mtime")].toInteger();
                newestReason = reason;
            }
        }
        QCOMPARE(kept, 9);
        QVERIFY2(newestReason.contains(QStringLiteral("(daily 1 of 3); newest of week ")) && newestReason.endsWith(QStringLiteral("(weekly 1 of 1)")),
                 qPrintable(newestReason));
    }
};

QTEST_GUILESS_MAIN(TestBackupVerb)
#include "TestBackupVerb.moc"
