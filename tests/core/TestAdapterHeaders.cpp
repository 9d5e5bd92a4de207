// The third-party libraries of the adapters (libpqxx and libpq, libssh, yaml-cpp, OpenSSL) are included from
// .cpp files only: no header of the project brings them to its includers (HOUSE_STYLE.md, "Layout
// that shows the architecture"). Reads the source tree.

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

class TestAdapterHeaders final : public QObject
{
    Q_OBJECT

    static const QRegularExpression &adapterInclude()
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"]\\s*(pqxx/|libpq-fe\\.h|libpq/|libssh/|yaml-cpp/|openssl/)[^>\"]*[>\"]"),
            QRegularExpression::MultilineOption);
        return include;
    }

private Q_SLOTS:
    void noHeaderIncludesAThirdPartyAdapter_data()
    {
        QTest::addColumn<QString>("folder");
        for (const char *folder : {"core", "widgets", "app", "bench"})
            QTest::newRow(folder) << QString::fromLatin1(folder);
    }

    void noHeaderIncludesAThirdPartyAdapter()
    {
        QFETCH(QString, folder);
        const QRegularExpression &include = adapterInclude();
        const QString root = QStringLiteral(OPSDECK_SOURCE_DIR) + u'/' + folder;
        QVERIFY2(QFileInfo(root).isDir(), qPrintable(root));
        QStringList offenders;
        int headers = 0;
        QDirIterator it(root, {QStringLiteral("*.h"), QStringLiteral("*.hpp")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++headers;
            const QString text = QString::fromUtf8(file.readAll());
            auto matches = include.globalMatch(text);
            while (matches.hasNext())
                offenders << path.mid(root.size() - folder.size()) + QStringLiteral(": ") + matches.next().captured(0).trimmed();
        }
        QVERIFY2(headers > 0 || folder == QStringLiteral("bench"), qPrintable(root));
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(u'\n')));
    }

    // The scan sees an include it must refuse (a test that cannot fail is a defect).
    void theScanSeesAnInclude()
    {
        const QRegularExpression &include = adapterInclude();
        QVERIFY(include.match(QStringLiteral("#pragma once\n#include <pqxx/connection>\n")).hasMatch());
        QVERIFY(include.match(QStringLiteral("#  include <libssh/sftp.h>")).hasMatch());
        QVERIFY(include.match(QStringLiteral("#include <yaml-cpp/yaml.h>")).hasMatch());
        QVERIFY(include.match(QStringLiteral("#include <libpq-fe.h>")).hasMatch());
        QVERIFY(include.match(QStringLiteral("#include <openssl/evp.h>")).hasMatch());
        QVERIFY(!include.match(QStringLiteral("// no <pqxx/connection> here\n#include <QString>")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestAdapterHeaders)
#include "TestAdapterHeaders.moc"
