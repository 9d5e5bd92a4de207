#pragma once

// Asks whether to trust a host key seen for the first time, showing its SHA256 fingerprint the way
// `ssh` does. Refusing is the default button. UI thread.

#include <QDialog>

class QLabel;

namespace opsdeck {

struct HostKey;
struct SshEndpoint;

class HostKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const SshEndpoint &endpoint, const HostKey &key, QWidget *parent = nullptr);
    QLabel *fingerprintLabel() const { return m_fingerprint; }

private:
    QLabel *m_fingerprint;
};

} // namespace opsdeck
