#include "backups/BackupVerifier.h"

#include <QTest>

using namespace opsdeck;

namespace {

BackupLocationReport report()
{
    BackupLocationReport r;
    r.environment = QStringLiteral("production");
    r.host = QStringLiteral("web-1");
    r.location.name = QStringLiteral("main");
    r.location.path = QStringLiteral("/var/backups/app");
    r.status = SftpListing::Status::Listed;
    return r;
}

BackupFile file(const QByteArray &name, RemoteFileEntry::Type type = RemoteFileEntry::Type::File)
{
    BackupFile f;
    f.name = name;
    f.displayName = QString::fromUtf8(name);
    f.type = type;
    return f;
}

CommandResult completed(int exitCode, const QByteArray &out, const QByteArray &err = {})
{
    return {CommandResult::Status::Completed, exitCode, out, err, {}, 5};
}

const QByteArray kHash = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

} // namespace

class TestBackupVerifier final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commands_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("command"); // empty: refused
        QTest::addColumn<QString>("refusal");
        QTest::newRow("dump") << QByteArray("database_20250101_020000.sql.gz") << int(RemoteFileEntry::Type::File)
                              << QStringLiteral("'sh' '-c' 'gzip -t <\"$1\" && sha256sum <\"$1\"' 'sh' '/var/backups/app/database_20250101_020000.sql.gz'")
                              << QString();
        QTest::newRow("archive") << QByteArray("storage_20250101_020000.tar.gz") << int(RemoteFileEntry::Type::File)
                                 << QStringLiteral("'sh' '-c' 'tar -tzf \"$1\" >/dev/null && sha256sum <\"$1\"' 'sh' '/var/backups/app/storage_20250101_020000.tar.gz'")
                                 << QString();
        QTest::newRow("quotes stay an argument") << QByteArray("database_'; rm -rf ~ #.sql.gz") << int(RemoteFileEntry::Type::File)
                                                 << QStringLiteral("'sh' '-c' 'gzip -t <\"$1\" && sha256sum <\"$1\"' 'sh' '/var/backups/app/database_'\\''; rm -rf ~ #.sql.gz'")
                                                 << QString();
        QTest::newRow("newline") << QByteArray("database_a\nb.sql.gz") << int(RemoteFileEntry::Type::File) << QString()
                                 << QStringLiteral("the name holds control characters or is not valid UTF-8: it is never passed to a remote command");
        QTest::newRow("invalid UTF-8") << QByteArray("database_\xff.sql.gz") << int(RemoteFileEntry::Type::File) << QString()
                                       << QStringLiteral("the name holds control characters or is not valid UTF-8: it is never passed to a remote command");
        QTest::newRow("symlink") << QByteArray("database_x.sql.gz") << int(RemoteFileEntry::Type::Symlink) << QString()
                                 << QStringLiteral("not a regular file: not verified");
        QTest::newRow("not compressed") << QByteArray("database_x.sql") << int(RemoteFileEntry::Type::File) << QString()
                                        << QStringLiteral("not a .gz or .tar.gz file: OpsDeck cannot check its integrity");
    }
    void commands()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, type);
        QFETCH(QString, command);
        QFETCH(QString, refusal);
        QString why;
        const auto built = BackupVerifier::command(report(), file(name, RemoteFileEntry::Type(type)), &why);
        QCOMPARE(built.value_or(QString()), command);
        QCOMPARE(why, refusal);
    }

    void outcomes_data()
    {
        QTest::addColumn<CommandResult>("result");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("detail");
        QTest::newRow("passes") << completed(0, kHash + "  -\n") << true << QStringLiteral("gzip -t passed");
        QTest::newRow("truncated") << completed(1, {}, "gzip: stdin: unexpected end of file\n") << false
                                   << QStringLiteral("gzip -t failed (exit status 1): gzip: stdin: unexpected end of file");
        QTest::newRow("vanished") << completed(2, {}, "sh: 1: cannot open /var/backups/app/x.gz: No such file\n") << false
                                  << QStringLiteral("the file vanished after the listing");
        QTest::newRow("no hash") << completed(0, "garbage\n") << false << QStringLiteral("gzip -t passed but sha256sum gave no hash");
        QTest::newRow("timed out") << CommandResult{CommandResult::Status::TimedOut, -1, {}, {}, QStringLiteral("web-1: the command did not finish within 900000 ms"), 1}
                                   << false << QStringLiteral("not checked: web-1: the command did not finish within 900000 ms");
    }
    void outcomes()
    {
        QFETCH(CommandResult, result);
        QFETCH(bool, ok);
        QFETCH(QString, detail);
        BackupVerification v = BackupVerifier::start(report(), file("database_x.sql.gz"));
        BackupVerifier::interpret(v, result);
        QCOMPARE(v.ok, ok);
        QCOMPARE(v.detail, detail);
        QCOMPARE(BackupVerifier::toEvent(v).kind, ok ? QStringLiteral("backup.verified") : QStringLiteral("backup.verify_failed"));
    }

    void recheckAgainstTheFirstVerification()
    {
        BackupVerification v = BackupVerifier::start(report(), file("database_x.sql.gz"));
        BackupVerifier::interpret(v, completed(0, kHash + "  -\n"));
        const Event first = [&] {
            Event e = BackupVerifier::toEvent(v);
            e.time = QDateTime(QDate(2025, 1, 2), QTime(3, 0), Qt::UTC);
            return e;
        }();
        QCOMPARE(BackupVerifier::firstVerificationFilter(v).detailValue, QString::fromLatin1(QByteArray("database_x.sql.gz").toHex()));
        BackupVerification same = v;
        BackupVerifier::compareWithFirst(same, first);
        QVERIFY(same.ok);
        QCOMPARE(same.detail, QStringLiteral("gzip -t passed; SHA-256 unchanged since 2025-01-02T03:00:00Z"));
        BackupVerification other = BackupVerifier::start(report(), file("database_x.sql.gz"));
        BackupVerifier::interpret(other, completed(0, QByteArray(64, 'a') + "  -\n"));
        BackupVerifier::compareWithFirst(other, first);
        QVERIFY(!other.ok);
        QVERIFY(other.changed);
        QCOMPARE(other.detail, QStringLiteral("changed since it was first verified at 2025-01-02T03:00:00Z: SHA-256 e3b0c44298fc… is now aaaaaaaaaaaa…"));
        QCOMPARE(BackupVerifier::toEvent(other).kind, QStringLiteral("backup.verify_failed"));
    }
};

QTEST_GUILESS_MAIN(TestBackupVerifier)
#include "TestBackupVerifier.moc"
