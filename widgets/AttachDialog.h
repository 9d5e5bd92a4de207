#pragma once

// Asks which incident to attach events to: the unresolved ones first, then the resolved. Shown with
// open(); incidentChosen() carries the id. UI thread.

#include "timeline/Incident.h"

#include <QDialog>

class QComboBox;

namespace opsdeck {

class AttachDialog final : public QDialog
{
    Q_OBJECT
public:
    AttachDialog(const QList<Incident> &incidents, int eventCount, QWidget *parent = nullptr);

    QComboBox *incidentBox() const { return m_incident; }

Q_SIGNALS:
    void incidentChosen(qint64 incident);

private:
    QComboBox *m_incident;
};

} // namespace opsdeck
