// `opsdeck checklist …` as a release engineer and a CI pipeline use it: a run from start to sign-off on
// the local store and on a team store (four eyes enforced there by the database), the gate's exit
// codes (0 only for a run signed for exactly that plan), Markdown and PDF exports without a display.

#include "PostgresServer.h"
#include "RunProcess.h"

#include "store/PostgresSchema.h"
#include "support/LocalAccount.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using opsdeck::testing::PostgresServer;

using Run = opsdeck::testing::ProcessResult;

namespace {

const QByteArray kTemplate = "checklist: 1\nid: cli\nname: CLI release\nsections:\n  - title: Before\n    items:\n"
                             "      - id: tests\n        text: Tests pass\n"
                             "      - id: notes\n        text: Release notes written\n"
                             "      - id: after\n        text: Watched the dashboards\n        required: false\n"
                             "signoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n  creator_may_sign: true\n";
const QByteArray kTeamTemplate = "checklist: 1\nid: team\nname: Team release\nsections:\n  - title: Before\n    items:\n"
                                 "      - id: tests\n        text: Tests pass\n"
                                 "signoff:\n  roles:\n    devops_lead:\n      name: DevOps Lead\n    tech_lead:\n      name: Tech Lead\n";
} // namespace

class TestChecklistVerb final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_home;
    QString m_config;

    Run opsdeck(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
        env.insert(QStringLiteral("OPSDECK_CONFIG"), m_config);
        env.remove(QStringLiteral("OPSDECK_STORE"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        return ::opsdeck::testing::runOpsdeck(QStringList{QStringLiteral("checklist")} + arguments, env);
    }

    // templates: the production environment's checklist_templates (empty: not named, the default).
    void writeConfig(const QStringList &hosts, const QByteArray &templates = "[cli, team]")
    {
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QByteArray yaml = "version: 1\nchecklists: templates\nroles:\n  devops_lead: DevOps Lead\n  tech_lead: Tech Lead\npeople:\n  "
                          + LocalAccount::loginName().toUtf8() + ":\n    name: Me\n    roles: [tech_lead]\n"
                          + "environments:\n  production:\n    require_signed_checklist: true\n"
                          + (templates.isEmpty() ? QByteArray() : "    checklist_templates: " + templates + "\n") + "    hosts:\n";
        for (const QString &host : hosts)
            yaml += "      " + host.toUtf8() + ":\n        address: 127.0.0.1\n";
        file.write(yaml);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir(m_home.path()).mkpath(QStringLiteral("templates"));
        QFile t(m_home.filePath(QStringLiteral("templates/cli.yaml")));
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(kTemplate);
        t.close();
        QFile team(m_home.filePath(QStringLiteral("templates/team.yaml")));
        QVERIFY(team.open(QIODevice::WriteOnly));
        team.write(kTeamTemplate);
        team.close();
        m_config = m_home.filePath(QStringLiteral("fleet.yaml"));
        writeConfig({QStringLiteral("web-1"), QStringLiteral("web-2")});
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
    }

    void localRunGateAndExports()
    {
        // The usage is UTF-8 like everything else the CLI prints (no "â¦" for "…").
        auto usage = opsdeck({});
        QCOMPARE(usage.exitCode, 64);
        QVERIFY2(usage.err.contains(QStringLiteral("[--host H]\u2026")), qPrintable(usage.err));
        auto templates = opsdeck({QStringLiteral("templates")});
        QCOMPARE(templates.exitCode, 0);
        QVERIFY2(templates.out.contains(QStringLiteral("cli\tCLI release")), qPrintable(templates.out));
        QVERIFY(templates.out.contains(QStringLiteral("production\tProduction Deployment Checklist\t146 items (102 required)")));

        const QStringList gate{QStringLiteral("gate"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("v7")};
        auto none = opsdeck(gate);
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(none.out.contains(QStringLiteral("no checklist run for production v7")), qPrintable(none.out));

        auto started = opsdeck({QStringLiteral("start"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("v7"),
                                QStringLiteral("--template"), QStringLiteral("cli")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString run = started.out.section(u'\n', 0, 0).trimmed();
        QCOMPARE(run.size(), 36);
        auto inProgress = opsdeck(gate);
        QCOMPARE(inProgress.exitCode, 1);
        QVERIFY2(inProgress.out.contains(QStringLiteral("in progress: 2 required items not done")), qPrintable(inProgress.out));

        auto early = opsdeck({QStringLiteral("sign"), run.left(8), QStringLiteral("tech_lead")});
        QCOMPARE(early.exitCode, 3);
        QVERIFY2(early.err.contains(QStringLiteral("required items are not done: notes, tests")), qPrintable(early.err));
        QCOMPARE(opsdeck({QStringLiteral("tick"), run.left(8), QStringLiteral("tests"), QStringLiteral("--comment"), QStringLiteral("CI #812 | green")}).exitCode, 0);
        QCOMPARE(opsdeck({QStringLiteral("tick"), run.left(8), QStringLiteral("notes")}).exitCode, 0);
        QCOMPARE(opsdeck({QStringLiteral("untick"), run.left(8), QStringLiteral("notes")}).exitCode, 64); // needs --reason
        auto waiting = opsdeck(gate);
        QCOMPARE(waiting.exitCode, 1);
        QVERIFY2(waiting.out.contains(QStringLiteral("waiting for signatures: Tech Lead")), qPrintable(waiting.out));
        auto signedRun = opsdeck({QStringLiteral("sign"), run.left(8), QStringLiteral("tech_lead"), QStringLiteral("--comment"), QStringLiteral("ship it")});
        QVERIFY2(signedRun.exitCode == 0, qPrintable(signedRun.err));

        auto approved = opsdeck(gate);
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.out + approved.err));
        QVERIFY(approved.out.startsWith(QStringLiteral("APPROVED: production v7 approved by run ") + run.left(8)));
        QVERIFY2(approved.out.contains(QStringLiteral("signed: Tech Lead ") + LocalAccount::loginName()), qPrintable(approved.out));
        // Another release, another host set: not this approval.
        QCOMPARE(opsdeck({QStringLiteral("gate"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("v8")}).exitCode, 1);
        auto subset = opsdeck(gate + QStringList{QStringLiteral("--host"), QStringLiteral("web-1")});
        QCOMPARE(subset.exitCode, 1);
        QVERIFY2(subset.out.contains(QStringLiteral("hosts are now web-1, were web-1,web-2")), qPrintable(subset.out));
        // A host added to production since the sign-off: the plan is no longer the one signed.
        writeConfig({QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("web-3")});
        auto grown = opsdeck(gate);
        QCOMPARE(grown.exitCode, 1);
        QVERIFY2(grown.out.contains(QStringLiteral("was signed for plan")), qPrintable(grown.out));
        writeConfig({QStringLiteral("web-1"), QStringLiteral("web-2")});
        QCOMPARE(opsdeck(gate).exitCode, 0);

        auto json = opsdeck({QStringLiteral("show"), run, QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("signed"));
        QCOMPARE(shown.value(QStringLiteral("signatures")).toArray().size(), 1);

        const QString md = m_home.filePath(QStringLiteral("run.md"));
        QCOMPARE(opsdeck({QStringLiteral("export"), run.left(8), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"), md}).exitCode, 0);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# CLI release: production v7\n")));
        QVERIFY2(text.contains(QStringLiteral("comment: CI #812 \\| green")), qPrintable(text)); // a '|' cannot break the table
        QVERIFY(text.contains(QStringLiteral("- [ ] Watched the dashboards")));
        const QString pdf = m_home.filePath(QStringLiteral("run.pdf"));
        auto exported = opsdeck({QStringLiteral("export"), run.left(8), QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--output"), pdf});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // Issue 12 (2): without checklist_templates, production accepts only the production template:
        // the signed run of 'cli' approves nothing, and a run of it is not even started.
        writeConfig({QStringLiteral("web-1"), QStringLiteral("web-2")}, {});
        auto notAccepted = opsdeck(gate);
        QCOMPARE(notAccepted.exitCode, 1);
        QVERIFY2(notAccepted.out.contains(QStringLiteral("for the checklist template 'cli'; production accepts only production")),
                 qPrintable(notAccepted.out));
        auto refusedStart = opsdeck({QStringLiteral("start"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("v8"),
                                     QStringLiteral("--template"), QStringLiteral("staging")});
        QCOMPARE(refusedStart.exitCode, 3);
        QVERIFY2(refusedStart.err.contains(QStringLiteral("not started: a run of the checklist template 'staging' cannot approve production: "
                                                          "production accepts only production")),
                 qPrintable(refusedStart.err));
        QVERIFY(refusedStart.out.isEmpty());
        writeConfig({QStringLiteral("web-1"), QStringLiteral("web-2")});
        QCOMPARE(opsdeck(gate).exitCode, 0);

        // Revoking the only signature closes the gate again.
        QCOMPARE(opsdeck({QStringLiteral("revoke"), run.left(8), QStringLiteral("tech_lead"), QStringLiteral("--reason"), QStringLiteral("bug found")}).exitCode, 0);
        QCOMPARE(opsdeck(gate).exitCode, 1);
    }

    // Issue 12 (1): `check` never runs a command the run's stored plan brings; only this console's own
    // template, byte for byte. Here the template changed since the run started.
    void checkRunsOnlyThisConsolesCommands()
    {
        const QString marker = m_home.filePath(QStringLiteral("pwned"));
        auto writeTemplate = [&](const QByteArray &argv) {
            QFile t(m_home.filePath(QStringLiteral("templates/cmd.yaml")));
            QVERIFY(t.open(QIODevice::WriteOnly | QIODevice::Truncate));
            t.write("checklist: 1\nid: cmd\nname: Command\nsections:\n  - title: S\n    items:\n"
                    "      - id: env.ok\n        text: Environment checked\n        evidence:\n          command:\n            run: "
                    + argv + "\nsignoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n");
        };
        writeTemplate("[touch, " + marker.toUtf8() + "]");
        writeConfig({QStringLiteral("web-1")}, "[cli, team, cmd]");
        auto started = opsdeck({QStringLiteral("start"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("c1"),
                                QStringLiteral("--template"), QStringLiteral("cmd")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString run = started.out.section(u'\n', 0, 0).trimmed().left(8);
        writeTemplate("[\"true\"]");
        auto checked = opsdeck({QStringLiteral("check"), run});
        QCOMPARE(checked.exitCode, 1);
        QVERIFY2(checked.out.contains(QStringLiteral("BY HAND env.ok  checked by hand here: the run's checklist 'cmd' is not byte for byte "
                                                     "this console's template 'cmd'")),
                 qPrintable(checked.out + checked.err));
        QVERIFY(!QFile::exists(marker));
        const QJsonObject shown = QJsonDocument::fromJson(opsdeck({QStringLiteral("show"), run, QStringLiteral("--json")}).out.toUtf8()).object();
        QVERIFY(!shown.value(QStringLiteral("items")).toArray().at(0).toObject().contains(QStringLiteral("evidence")));
        QFile::remove(m_home.filePath(QStringLiteral("templates/cmd.yaml")));
        writeConfig({QStringLiteral("web-1"), QStringLiteral("web-2")});
    }

    void teamRunNeedsTwoOtherPeople()
    {
        QVERIFY(m_pg->createDatabase(QStringLiteral("team")));
        const QString owner = m_pg->conninfo(QStringLiteral("postgres"), QStringLiteral("team"));
        QCOMPARE(PostgresSchema::migrate(owner).error, QString());
        for (const auto &[login, role] : {std::pair{QStringLiteral("ann"), QString()}, std::pair{QStringLiteral("bob"), QStringLiteral("devops_lead")},
                                          std::pair{QStringLiteral("dave"), QStringLiteral("tech_lead")}}) {
            QCOMPARE(PostgresSchema::grant(owner, login, QStringLiteral("operator")), QString());
            if (!role.isEmpty())
                QCOMPARE(PostgresSchema::grant(owner, login, QStringLiteral("signer:") + role), QString());
        }
        QCOMPARE(PostgresSchema::grant(owner, QStringLiteral("ann"), QStringLiteral("signer:tech_lead")), QString());
        auto as = [&](const QString &login) { return QStringList{QStringLiteral("--store"), m_pg->uri(login, QStringLiteral("team"))}; };
        auto started = opsdeck(QStringList{QStringLiteral("start"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("v9"),
                                           QStringLiteral("--template"), QStringLiteral("team")} + as(QStringLiteral("ann")));
        QVERIFY2(started.exitCode == 0, qPrintable(started.err));
        const QString run = started.out.section(u'\n', 0, 0).trimmed().left(8);
        QCOMPARE(opsdeck(QStringList{QStringLiteral("tick"), run, QStringLiteral("tests")} + as(QStringLiteral("ann"))).exitCode, 0);
        auto self = opsdeck(QStringList{QStringLiteral("sign"), run, QStringLiteral("tech_lead")} + as(QStringLiteral("ann")));
        QCOMPARE(self.exitCode, 3);
        QVERIFY2(self.err.contains(QStringLiteral("four eyes")), qPrintable(self.err));
        QCOMPARE(opsdeck(QStringList{QStringLiteral("sign"), run, QStringLiteral("devops_lead")} + as(QStringLiteral("bob"))).exitCode, 0);
        const QStringList gate = QStringList{QStringLiteral("gate"), QStringLiteral("production"), QStringLiteral("--release"), QStringLiteral("v9")}
                                 + as(QStringLiteral("ann"));
        QCOMPARE(opsdeck(gate).exitCode, 1);
        QCOMPARE(opsdeck(QStringList{QStringLiteral("sign"), run, QStringLiteral("tech_lead")} + as(QStringLiteral("dave"))).exitCode, 0);
        auto approved = opsdeck(gate);
        QVERIFY2(approved.exitCode == 0, qPrintable(approved.out + approved.err));
        QVERIFY(approved.out.contains(QStringLiteral("signed: DevOps Lead bob")));
        QVERIFY(approved.out.contains(QStringLiteral("signed: Tech Lead dave")));
        auto bad = opsdeck(QStringList{QStringLiteral("gate"), QStringLiteral("production")} + as(QStringLiteral("ann")));
        QCOMPARE(bad.exitCode, 64);
    }
};

QTEST_GUILESS_MAIN(TestChecklistVerb)
#include "TestChecklistVerb.moc"
