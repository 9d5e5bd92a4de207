// Many host keys seen for the first time, on the sandbox fleet: one dialog lists every unknown host
// with its key type and SHA256 fingerprint; "Trust these N" only once N is typed; each key is then
// recorded as trusting it alone records it (its known_hosts line, its ssh.hostkey.trusted event); a
// host whose recorded key changed is never offered and stays refused.

#include "ConsoleApp.h"
#include "GuiPrompts.h"
#include "MainWindow.h"
#include "SandboxFleet.h"
#include "ssh/HostKey.h"
#include "store/EventStoreService.h"

#include <QDialog>
#include <QJsonObject>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
QStringList column(QAbstractItemModel *model, int c)
{
    QStringList values;
    for (int r = 0; r < model->rowCount(); ++r)
        values << model->index(r, c).data().toString();
    return values;
}
} // namespace

class TestBulkHostKeyDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-bulk-host-keys-test"));
    }

    void listsEveryUnknownKeyButNeverAChangedOne()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("4")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        // The fleet's real keys, per host, in the fleet's known_hosts ("[127.0.0.1]:PORT type base64").
        QFile real(fleet.dir() + QStringLiteral("/known_hosts"));
        QVERIFY(real.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = real.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        auto portOf = [&](const QString &host) {
            return fleet.fleetJson().value(QStringLiteral("hosts")).toObject().value(host).toObject().value(QStringLiteral("ssh_port")).toInt();
        };
        auto keyOf = [&](const QString &host) {
            const QByteArray prefix = "[127.0.0.1]:" + QByteArray::number(portOf(host)) + ' ';
            for (const QByteArray &line : lines) {
                if (line.startsWith(prefix))
                    return QString::fromUtf8(line.mid(prefix.size()));
            }
            return QString();
        };
        // A known_hosts that knows only host-004, under another key: host-004's key "changed".
        const QString knownHosts = fleet.scratch(QStringLiteral("known_hosts"));
        const QByteArray wrongLine = "[127.0.0.1]:" + QByteArray::number(portOf(QStringLiteral("host-004"))) + ' '
                                     + keyOf(QStringLiteral("host-001")).toUtf8() + '\n';
        QVERIFY(keyOf(QStringLiteral("host-001")) != keyOf(QStringLiteral("host-004")));
        {
            QFile file(knownHosts);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(wrongLine);
        }
        QFile original(fleet.configFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray yaml = original.readAll();
        yaml.replace((fleet.dir() + QStringLiteral("/known_hosts")).toUtf8(), knownHosts.toUtf8());
        const QString config = fleet.scratch(QStringLiteral("config.yaml"));
        QFile copy(config);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(yaml);
        copy.close();

        ConsoleApp app({config, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QString()});
        QStringList titles; // of every key dialog shown: a single one names its host
        connect(app.prompts(), &GuiPrompts::dialogShown, this, [&titles](QWidget *shown) { titles << shown->windowTitle(); });
        QSignalSpy appended(app.store(), &EventStoreService::appended);
        app.window()->show();

        // One dialog, listing the three unknown hosts (not host-004) as they ask.
        QPointer<QDialog> dialog;
        QTableView *table = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = app.window()->findChild<QDialog *>(QStringLiteral("bulkHostKeyDialog")))
                                     && (table = dialog->findChild<QTableView *>(QStringLiteral("hostKeys")))
                                     && table->model()->rowCount() == 3,
                                 30'000);
        QTest::qWait(1500); // host-004 has been refused by now, and asked nobody
        QStringList hosts = column(table->model(), 0);
        hosts.sort();
        QCOMPARE(hosts, (QStringList{QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")}));
        for (int r = 0; r < 3; ++r) {
            const QString host = table->model()->index(r, 0).data().toString();
            const std::optional<HostKey> key = HostKey::fromOpenSshLine(keyOf(host));
            QVERIFY(key);
            QCOMPARE(table->model()->index(r, 2).data().toString(), QStringLiteral("ssh-ed25519"));
            QCOMPARE(table->model()->index(r, 3).data().toString(), key->fingerprintSha256());
        }
        QVERIFY(!titles.isEmpty());
        for (const QString &title : std::as_const(titles))
            QVERIFY2(!title.contains(QStringLiteral("host-004")), qPrintable(title));

        // Typed confirmation: the number listed, nothing else.
        auto *trust = dialog->findChild<QPushButton *>(QStringLiteral("trustAll"));
        auto *confirmation = dialog->findChild<QLineEdit *>(QStringLiteral("confirmation"));
        QVERIFY(trust && confirmation);
        QVERIFY(!trust->isEnabled());
        QTest::keyClicks(confirmation, QStringLiteral("2"));
        QVERIFY(!trust->isEnabled());
        confirmation->clear();
        QTest::keyClicks(confirmation, QStringLiteral("3"));
        QVERIFY(trust->isEnabled());
        QCOMPARE(trust->text(), QStringLiteral("&Trust These 3"));
        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_VERIFY(!dialog);

        // Recorded per host, as one-by-one trust records it.
        auto trustedHosts = [&] {
            QStringList trusted;
            for (const QList<QVariant> &args : std::as_const(appended)) {
                const Event e = args.at(0).value<Event>();
                if (e.kind == QLatin1String("ssh.hostkey.trusted") && !e.pending)
                    trusted << e.host;
            }
            trusted.sort();
            return trusted;
        };
        QTRY_COMPARE_WITH_TIMEOUT(trustedHosts(), (QStringList{QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")}), 15'000);
        QFile known(knownHosts);
        QVERIFY(known.open(QIODevice::ReadOnly));
        const QByteArray recorded = known.readAll();
        for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")})
            QVERIFY2(recorded.contains(keyOf(host).toUtf8()), qPrintable(host));
        // host-004 stays refused: its line is as it was, its real key recorded nowhere, never asked.
        QVERIFY(recorded.startsWith(wrongLine));
        QVERIFY(!recorded.contains(keyOf(QStringLiteral("host-004")).toUtf8()));
        QTest::qWait(1000);
        QVERIFY(!app.window()->findChild<QDialog *>(QStringLiteral("bulkHostKeyDialog")));
        QVERIFY(!app.window()->findChild<QDialog *>(QStringLiteral("hostKeyDialog")));
    }
};

QTEST_MAIN(TestBulkHostKeyDialog)
#include "TestBulkHostKeyDialog.moc"
