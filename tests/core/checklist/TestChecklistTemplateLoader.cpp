// Golden cases: tests/core/checklist/golden/<case>/{input.yaml, expected.txt}. expected.txt holds either
// "OK: <summary>" or every error as "input.yaml:line:col: message". Regenerate after a deliberate change
// with OPSDECK_UPDATE_GOLDEN=1 and review the diff. Also: the built-in templates, and the production
// template against the seeds' Markdown it was generated from.

#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistTemplateLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestChecklistTemplateLoader final : public QObject
{
    Q_OBJECT
private:
    static QString goldenRoot() { return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/checklist/golden"); }

    static QString summary(const ChecklistTemplate &t)
    {
        QStringList sections;
        for (const ChecklistSection &s : t.sections)
            sections << QString(s.level * 2, u' ') + s.title + QStringLiteral(" (%1)").arg(s.items.size());
        QStringList items;
        for (const ChecklistItem &item : t.items())
            items << QStringLiteral("%1%2%3%4").arg(item.id, item.required ? QString() : QStringLiteral(" optional"),
                                                      item.role.isEmpty() ? QString() : QStringLiteral(" role=") + item.role,
                                                      item.evidence.isAutomatic() ? QStringLiteral(" evidence=") + evidenceKindName(item.evidence.kind) : QString());
        QStringList roles;
        for (const SignoffRole &r : t.signoff.roles)
            roles << QStringLiteral("%1 \"%2\" x%3").arg(r.role, r.name).arg(r.count);
        return QStringLiteral("OK: %1 \"%2\"\nsections:\n  %3\nitems:\n  %4\nsign-off: %5; distinct=%6 creator=%7 validity=%8s\n")
            .arg(t.id, t.name, sections.join(QStringLiteral("\n  ")), items.join(QStringLiteral("\n  ")), roles.join(QStringLiteral(", ")))
            .arg(t.signoff.distinctSigners)
            .arg(t.signoff.creatorMaySign)
            .arg(t.signoff.validity.count() / 1000);
    }

    static QString render(const TemplateLoadResult &result)
    {
        if (result.ok())
            return summary(*result.checklist);
        QString text;
        for (const ConfigError &error : result.errors)
            text += error.toString() + u'\n';
        if (result.suppressedErrors > 0)
            text += QStringLiteral("(%1 more)\n").arg(result.suppressedErrors);
        return text;
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 13);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << goldenRoot() + u'/' + name;
    }

    void golden()
    {
        QFETCH(QString, dir);
        QFile input(dir + QStringLiteral("/input.yaml"));
        QVERIFY(input.open(QIODevice::ReadOnly));
        const QString actual = render(ChecklistTemplateLoader::loadBytes(input.readAll(), QStringLiteral("input.yaml")));
        QFile expectedFile(dir + QStringLiteral("/expected.txt"));
        if (qEnvironmentVariableIsSet("OPSDECK_UPDATE_GOLDEN")) {
            QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expectedFile.write(actual.toUtf8());
            return;
        }
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QCOMPARE(actual, QString::fromUtf8(expectedFile.readAll()));
    }

    void builtinTemplatesLoad()
    {
        const ChecklistLibrary library = ChecklistLibrary::load({});
        QVERIFY2(library.errors().isEmpty(), qPrintable(library.errors().value(0).toString()));
        QCOMPARE(library.templates().size(), 2);
        const ChecklistTemplate *staging = library.find(QStringLiteral("staging"));
        QVERIFY(staging);
        QVERIFY(staging->signoff.creatorMaySign);
        QCOMPARE(staging->signoff.roles.size(), 1);
        QVERIFY(staging->findItem(QStringLiteral("release.staged"))->evidence.kind == EvidenceKind::Release);
    }

    // Every section, every item (in order, words unchanged) and the four sign-off roles of the seeds'
    // "Production Deployment Checklist" are in the built-in template.
    void productionTemplateIsTheSeedsChecklist()
    {
        QFile seed(QStringLiteral(OPSDECK_SOURCE_DIR "/resources/checklists/production.seed.md"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QStringList seedSections;
        QStringList seedItems;
        QStringList seedSigners;
        bool inSignoff = false;
        for (const QString &line : QString::fromUtf8(seed.readAll()).split(u'\n')) {
            if (line.startsWith(QStringLiteral("## "))) {
                inSignoff = line.contains(QStringLiteral("Sign-Off"));
                if (!inSignoff)
                    seedSections << line.mid(3).trimmed();
            } else if (line.startsWith(QStringLiteral("### "))) {
                seedSections << line.mid(4).trimmed();
            } else if (line.startsWith(QStringLiteral("- [ ] "))) {
                (inSignoff ? seedSigners : seedItems) << (inSignoff ? line.mid(6).section(u':', 0, 0).trimmed() : line.mid(6).trimmed());
            }
        }
        QCOMPARE(seedItems.size(), 146);
        const ChecklistLibrary library = ChecklistLibrary::load({});
        const ChecklistTemplate *production = library.find(QStringLiteral("production"));
        QVERIFY(production);
        QCOMPARE(production->name, QStringLiteral("Production Deployment Checklist"));
        QStringList sections;
        for (const ChecklistSection &s : production->sections)
            sections << s.title;
        QCOMPARE(sections, seedSections);
        QStringList texts;
        for (const ChecklistItem &item : production->items())
            texts << item.text;
        QCOMPARE(texts, seedItems);
        QStringList signers;
        for (const SignoffRole &role : production->signoff.roles)
            signers << role.name;
        QCOMPARE(signers, (QStringList{QStringLiteral("Product Owner"), QStringLiteral("DevOps Lead"),
                                       QStringLiteral("Security Lead"), QStringLiteral("Tech Lead")}));
        QCOMPARE(seedSigners, signers);
        QVERIFY(production->signoff.distinctSigners);
        QVERIFY(!production->signoff.creatorMaySign);
        QCOMPARE(production->signoff.validity, Milliseconds(24 * 3'600'000));
        // What must be done before sign-off: everything before going live.
        QVERIFY(production->findItem(QStringLiteral("security.enable-https-tls-for-all-communications"))->required);
        QVERIFY(!production->findItem(QStringLiteral("daily.review-error-logs"))->required);
        QCOMPARE(production->requiredCount(), 102);
    }

    void directoryTemplatesAddAndReplace()
    {
        QTemporaryDir dir;
        QFile own(dir.filePath(QStringLiteral("hotfix.yaml")));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("checklist: 1\nid: staging\nname: Our staging\nsections:\n  - title: A\n    items:\n      - id: a\n        text: A\n"
                  "signoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n");
        own.close();
        QFile broken(dir.filePath(QStringLiteral("broken.yml")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("checklist: 1\nid: broken\n");
        broken.close();
        const ChecklistLibrary library = ChecklistLibrary::load(dir.path());
        QCOMPARE(library.templates().size(), 2);
        QCOMPARE(library.find(QStringLiteral("staging"))->name, QStringLiteral("Our staging"));
        QVERIFY(!library.find(QStringLiteral("broken")));
        QVERIFY(!library.errors().isEmpty());
        QVERIFY(library.errors().constFirst().toString().startsWith(dir.filePath(QStringLiteral("broken.yml")) + QStringLiteral(":1:1: ")));
    }
};

QTEST_GUILESS_MAIN(TestChecklistTemplateLoader)
#include "TestChecklistTemplateLoader.moc"
