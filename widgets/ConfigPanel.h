#pragma once

// The Configuration area: which file is in use, its summary and thresholds, and — after a rejected
// reload — every error with its position while the last good configuration stays in use. UI thread.

#include "config/ConfigError.h"

#include <QWidget>

#include <functional>

class QDateTime;
class QLabel;
class QPushButton;
class QTableView;

namespace opsdeck {

class ConfigErrorModel;
struct FleetConfig;

class ConfigPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ConfigPanel(QWidget *parent = nullptr);

    void showLoaded(const QString &file, const FleetConfig &config);
    void showRejected(const QString &file, const ConfigErrors &errors, int suppressed, bool keepingLastGood);
    void showNoFile();

    ConfigErrorModel *errorModel() const { return m_errors; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *summaryLabel() const { return m_summary; }

Q_SIGNALS:
    void openRequested();
    void reloadRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showNoFileTexts();
    void showLoadedTexts(const QString &file, const FleetConfig &config, const QDateTime &at);
    void showRejectedTexts(const QString &file, int listed, int suppressed, bool keepingLastGood);

    QLabel *m_file;
    QLabel *m_status;
    QLabel *m_summary;
    QTableView *m_errorView;
    ConfigErrorModel *m_errors;
    QPushButton *m_reload;
    QPushButton *m_open;
    std::function<void()> m_showTexts; // says again what the last show…() showed, in the language now installed
};

} // namespace opsdeck
