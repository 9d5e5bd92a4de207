// The application layer's one context: it owns the store, the configuration and its subscription, the
// SSH engine, the probe and the service runner, and records in the core what happens to the
// configuration — a load as config.loaded (file, hosts, services), a rejected reload as
// config.rejected (every error) — whoever built it, with no window.

#include "config/ConfigSource.h"
#include "ops/OpsContext.h"
#include "ssh/SshPrompts.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
const QByteArray kGood = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1: {address: 192.0.2.1, user: deploy}\n";
const QByteArray kBad = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1: {adress: 192.0.2.1}\n";

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

// The first stored event of that kind, waiting for it.
Event recorded(QSignalSpy &appended, EventKind kind)
{
    for (int round = 0; round < 50; ++round) {
        for (const QList<QVariant> &args : std::as_const(appended)) {
            const Event e = args.constFirst().value<Event>();
            if (e.kind == EventKinds::name(kind) && !e.pending)
                return e;
        }
        appended.wait(200);
    }
    return {};
}
} // namespace

class TestOpsContext final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordsWhatHappensToTheConfiguration()
    {
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts);
        QSignalSpy appended(ops.store(), &EventStoreService::appended);
        ops.store()->open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("events.db")));
        QTRY_COMPARE_WITH_TIMEOUT(ops.store()->state(), EventStoreService::State::Open, 10'000);

        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kGood));
        ops.config()->setFile(path);
        const Event loaded = recorded(appended, EventKind::ConfigLoaded);
        QCOMPARE(loaded.kind, QStringLiteral("config.loaded"));
        QCOMPARE(loaded.details.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(loaded.details.value(QStringLiteral("hosts")).toInt(), 1);
        QVERIFY2(loaded.summary.startsWith(QStringLiteral("Configuration fleet.yaml loaded")), qPrintable(loaded.summary));

        QVERIFY(write(path, kBad));
        ops.config()->reload();
        const Event rejected = recorded(appended, EventKind::ConfigRejected);
        QCOMPARE(rejected.kind, QStringLiteral("config.rejected"));
        const QJsonArray errors = rejected.details.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).toString().contains(QStringLiteral("unknown key 'adress'")), qPrintable(errors.at(0).toString()));
        QVERIFY(ops.ssh() && ops.probe() && ops.runner());
    }
};

QTEST_GUILESS_MAIN(TestOpsContext)
#include "TestOpsContext.moc"
