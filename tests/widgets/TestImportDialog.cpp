// File → Import… in the real window, offscreen: choose deploy files, see the configuration and what
// was not mapped before anything is saved, save it where the file dialog says, and get exactly what
// `opsdeck import` writes. A file that cannot be imported offers nothing to save.

#include "ConsoleApp.h"
#include "ImportDialog.h"
#include "MainWindow.h"
#include "deployimport/DeployImport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

template <typename Dialog>
Dialog *waitForDialog(QWidget *parent, const QString &objectName)
{
    for (int i = 0; i < 500; ++i) {
        for (Dialog *dialog : parent->findChildren<Dialog *>(objectName)) {
            if (dialog->isVisible())
                return QTest::qWaitForWindowExposed(dialog) ? dialog : nullptr;
        }
        QTest::qWait(10);
    }
    return nullptr;
}

// Typed into the file name box, as a person does, then accepted.
void choose(QFileDialog *dialog, const QString &text)
{
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    QVERIFY(name);
    name->setText(text);
    QMetaObject::invokeMethod(dialog, "accept"); // protected in QFileDialog, a slot of QDialog
}

QString golden(const char *relative)
{
    return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/deployimport/golden/") + QLatin1String(relative);
}

} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-test"));
    }

    void importFromTheFileMenu()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));

        auto *action = window->findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(action);
        QCOMPARE(action->text(), QStringLiteral("&Import Deploy Files…"));
        action->trigger();
        auto *files = waitForDialog<QFileDialog>(window, QStringLiteral("importFilesDialog"));
        QVERIFY(files);
        QCOMPARE(files->fileMode(), QFileDialog::ExistingFiles);
        const QString seeds = golden("rails-plan-seeds/input/config/deploy.yml");
        const QString kamal = golden("kamal-roles-proxy/input/config/deploy.yml");
        choose(files, QStringLiteral("\"%1\" \"%2\"").arg(seeds, kamal));
        if (QTest::currentTestFailed())
            return;

        auto *dialog = waitForDialog<ImportDialog>(window, QString());
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->saveButton()->isEnabled(), 20'000);
        const DeployImportResult expected = DeployImport::importFiles({seeds, kamal}, QString());
        QVERIFY(expected.ok());
        // The configuration is shown before it is saved, and the parts not mapped beside it.
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("importedConfiguration"));
        QCOMPARE(text->toPlainText(), expected.yaml);
        QVERIFY(text->isReadOnly());
        QStringListModel *unmapped = dialog->unmappedModel();
        QAbstractItemModelTester tester(unmapped, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(unmapped->rowCount(), int(expected.unmapped.size()));
        QVERIFY(unmapped->stringList().contains(seeds + QStringLiteral(":6:3: branch is not mapped: OpsDeck does not deploy, so it has no branch")));
        QVERIFY(unmapped->stringList().contains(
            kamal + QStringLiteral(":3:1: image is not mapped: the versions are read from the hosts' containers (strategy: kamal), not from the image name")));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("message"))->text().startsWith(expected.summary));

        QSignalSpy saved(dialog, &ImportDialog::saved);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        auto *target = waitForDialog<QFileDialog>(dialog, QStringLiteral("importSaveDialog"));
        QVERIFY(target);
        QCOMPARE(target->acceptMode(), QFileDialog::AcceptSave);
        const QString path = dir.filePath(QStringLiteral("imported.yaml"));
        choose(target, path);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20'000);
        QCOMPARE(saved.constFirst(), (QVariantList{path, QString()}));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(written.readAll()), expected.yaml);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("message"))->text().startsWith(QStringLiteral("Saved to ")));
    }

    void nothingToSaveFromABadFile()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("docker-compose.yml"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("services:\n  web: [\n");
        file.close();
        ImportDialog dialog({bad});
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        dialog.show();
        QVERIFY(imported.wait(20'000));
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("message"))->text().startsWith(QStringLiteral("✖ Nothing to save")));
        QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().startsWith(bad + u':'));
    }
};

QTEST_MAIN(TestImportDialog)
#include "TestImportDialog.moc"
