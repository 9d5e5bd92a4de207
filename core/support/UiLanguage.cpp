#include "UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace opsdeck {

namespace {
const QString kSettingKey = QStringLiteral("ui/language");
const QString kEnglish = QStringLiteral("en");
} // namespace

UiLanguage::UiLanguage(QString directory, QObject *parent)
    : QObject(parent), m_directory(std::move(directory)), m_english(new QTranslator(this)), m_own(new QTranslator(this)),
      m_qt(new QTranslator(this))
{
    if (m_english->load(QStringLiteral("opsdeck_en"), m_directory))
        QCoreApplication::installTranslator(m_english);
}

QString UiLanguage::setting()
{
    return QSettings().value(kSettingKey).toString();
}

void UiLanguage::saveSetting(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kSettingKey);
    else
        QSettings().setValue(kSettingKey, code);
}

QString UiLanguage::nativeName(const QString &code)
{
    // QLocale calls English "American English"; the language, not the country, is meant here.
    if (code == kEnglish)
        return QStringLiteral("English");
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QStringList UiLanguage::available() const
{
    QStringList codes{kEnglish};
    const QStringList files = QDir(m_directory).entryList({QStringLiteral("opsdeck_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(8, file.size() - 8 - 3);
        if (!codes.contains(code))
            codes << code;
    }
    return codes;
}

QString UiLanguage::apply(const QString &code)
{
    QCoreApplication::removeTranslator(m_own);
    QCoreApplication::removeTranslator(m_qt);
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QString now = kEnglish;
    // The locale's languages in order of preference (LANGUAGE=de:en under LANG=en_US finds German);
    // English is installed already.
    if (locale.language() != QLocale::C && m_own->load(locale, QStringLiteral("opsdeck"), QStringLiteral("_"), m_directory)
        && QLocale(m_own->language()).language() != QLocale::English) {
        QCoreApplication::installTranslator(m_own);
        now = QLocale(m_own->language()).name().section(u'_', 0, 0);
        // Qt's own strings (standard buttons, file dialogs) in the same language, where Qt has them.
        if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qt);
    }
    // Numbers, dates and durations (LocaleFormat, QLocale()) follow: the system's conventions for the
    // system's language, the chosen language's for a choice ("de" -> de_DE, "en" -> en_US).
    QLocale::setDefault(locale);
    const bool differs = now != m_current;
    m_current = now;
    if (differs)
        Q_EMIT changed(m_current);
    return m_current;
}

} // namespace opsdeck
