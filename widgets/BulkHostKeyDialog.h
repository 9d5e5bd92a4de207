#pragma once

// Asks once about many host keys seen for the first time: one row per host with its address, key type
// and SHA256 fingerprint (as `ssh-keygen -lf` prints it), and "Trust these N" only once N is typed.
// Refusing is the default. Only keys no known_hosts line knows come here: a changed or revoked key is
// refused before anyone is asked. Rows are added while it is open and dropped when their question is
// withdrawn; the number to type is always the number listed. UI thread.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;

namespace opsdeck {

struct HostKey;
struct SshEndpoint;

class BulkHostKeyDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit BulkHostKeyDialog(QWidget *parent = nullptr);

    void add(quintptr id, const SshEndpoint &endpoint, const HostKey &key);
    void remove(quintptr id);
    int count() const;

private:
    void update();

    QStandardItemModel *m_model;
    QTableView *m_table;
    QLineEdit *m_confirmation;
    QPushButton *m_trust;
    QPushButton *m_refuse;
    QLabel *m_prompt;
};

} // namespace opsdeck
