#pragma once

// The language OpsDeck speaks, and the translators that make it so. English is always installed first:
// it carries the plural forms ("1 host", "2 hosts") whatever the language, even under LANG=C. Over it
// come OpsDeck's own translation and Qt's (qtbase: standard buttons, file dialogs) for the chosen
// language: the one the window's setting names (QSettings ui/language), or the system's (LANG,
// LC_MESSAGES, LANGUAGE) when the setting is empty. apply() also makes that locale QLocale's default
// (LocaleFormat: numbers, dates, durations). apply() swaps the translators while the program
// runs; Qt then sends QEvent::LanguageChange to every widget. Main thread.

#include <QObject>
#include <QStringList>

class QTranslator;

namespace opsdeck {

class UiLanguage final : public QObject
{
    Q_OBJECT
public:
    // directory: where opsdeck_<code>.qm are; the program embeds them under :/i18n.
    explicit UiLanguage(QString directory = QStringLiteral(":/i18n"), QObject *parent = nullptr);

    static QString setting();                      // "" = the system's language, else a code ("de")
    static void saveSetting(const QString &code);
    static QString nativeName(const QString &code); // "Deutsch", "English"

    QStringList available() const;                 // codes with a translation, "en" first
    // Installs the translators for code ("" = the system's language). Returns the language now in use.
    QString apply(const QString &code);
    QString current() const { return m_current; }

Q_SIGNALS:
    void changed(const QString &code);

private:
    QString m_directory;
    QTranslator *m_english;
    QTranslator *m_own;
    QTranslator *m_qt;
    QString m_current = QStringLiteral("en");
};

} // namespace opsdeck
