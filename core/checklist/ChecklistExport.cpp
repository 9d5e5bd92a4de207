#include "ChecklistExport.h"

#include "ChecklistGate.h"
#include "support/DisplayText.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace opsdeck::ChecklistExport {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistExport)
};

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : QString();
}

QString signatureState(const Signature &s)
{
    switch (s.end) {
    case Signature::End::Active: return Text::tr("valid");
    case Signature::End::Revoked: return Text::tr("revoked by %1 at %2: %3").arg(s.endedBy, when(s.endedAt), s.endReason);
    case Signature::End::Voided: return Text::tr("voided at %1: %2").arg(when(s.endedAt), s.endReason);
    }
    return {};
}

QString statusLine(const ChecklistRun &run, const QDateTime &now)
{
    const RunStatus status = run.status(now);
    // A status and why, as one whole message each.
    switch (status) {
    case RunStatus::Signed: return Text::tr("signed (valid until %1)").arg(when(run.expiresAt));
    case RunStatus::Expired: return runStatusName(status);
    case RunStatus::Voided: return Text::tr("voided: %1").arg(run.voidReason);
    case RunStatus::InProgress: return Text::tr("in progress: %1").arg(ChecklistGate::whyNotApproved(run, now));
    case RunStatus::ReadyToSign: return Text::tr("ready to sign: %1").arg(ChecklistGate::whyNotApproved(run, now));
    }
    return {};
}

// Who recorded the evidence an item's state comes from, and when the store took it.
QString evidenceLine(const ItemEvidence &evidence)
{
    return (evidence.passed ? Text::tr("evidence passed, recorded by %1 at %2 (their console checked at %3): %4")
                            : Text::tr("evidence failed, recorded by %1 at %2 (their console checked at %3): %4"))
        .arg(evidence.actor, when(evidence.recordedAt), when(evidence.checkedAt), evidence.summary);
}

// Each person's latest own check: a signature counts only with the signer's own.
QString ownChecksLine(const ItemState &state)
{
    QStringList who = state.ownChecks.keys();
    who.sort();
    QStringList parts;
    for (const QString &login : std::as_const(who)) {
        const ItemEvidence &check = state.ownChecks[login];
        parts << (check.passed ? Text::tr("%1 passed at %2") : Text::tr("%1 failed at %2")).arg(login, when(check.recordedAt));
    }
    return Text::tr("own checks: %1").arg(parts.join(QStringLiteral("; ")));
}

QString itemLine(const ChecklistItem &item, const ItemState &state)
{
    QStringList facts;
    if (!item.required)
        facts << Text::tr("optional");
    if (!item.role.isEmpty())
        facts << Text::tr("role %1").arg(item.role);
    if (state.done && !item.evidence.isAutomatic())
        facts << Text::tr("ticked by %1 at %2").arg(state.doneBy, when(state.doneAt));
    return facts.join(QStringLiteral("; "));
}

struct Overview {
    QString label;
    QString value;
};

QList<Overview> overview(const ChecklistRun &run, const QDateTime &now)
{
    const int required = run.plan.checklist.requiredCount();
    const int items = int(run.plan.checklist.items().size());
    return {{Text::tr("Run"), run.id},
            {Text::tr("Status"), statusLine(run, now)},
            {Text::tr("Environment"), run.plan.environment},
            {Text::tr("Release"), run.plan.version},
            {Text::tr("Hosts"), run.plan.hosts.join(QStringLiteral(", "))},
            {Text::tr("Template"), QStringLiteral("%1 (%2)").arg(run.plan.checklist.name, run.plan.checklist.id)},
            {Text::tr("Plan SHA-256"), run.planHash},
            {Text::tr("Started"), Text::tr("%1 by %2").arg(when(run.startedAt), run.creator)},
            {Text::tr("Progress"), Text::tr("%1 of %2 required items done; %3 of %4 items in all")
                                       .arg(required - int(run.pendingRequired().size()))
                                       .arg(required)
                                       .arg(run.doneCount())
                                       .arg(items)},
            {Text::tr("Exported"), when(now)}};
}
} // namespace

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

QString markdown(const ChecklistRun &run, const QDateTime &now)
{
    const auto e = DisplayText::markdown;
    QString md;
    md += QStringLiteral("# %1: %2 %3\n\n").arg(e(run.plan.checklist.name), e(run.plan.environment), e(run.plan.version));
    md += QStringLiteral("| | |\n|---|---|\n");
    for (const Overview &o : overview(run, now))
        md += QStringLiteral("| %1 | %2 |\n").arg(e(o.label), e(o.value));

    md += QStringLiteral("\n## %1\n\n").arg(Text::tr("Sign-off"));
    md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
              .arg(Text::tr("Role"), Text::tr("Signer"), Text::tr("Signed"), Text::tr("Plan"), Text::tr("State"));
    for (const Signature &s : run.signatures) {
        const SignoffRole *role = run.plan.checklist.findRole(s.role);
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(e(role ? role->name : s.role), e(s.signer), e(when(s.signedAt)), e(s.planHash.left(16)), e(signatureState(s)));
    }
    if (const QStringList missing = run.missingRoles(); !missing.isEmpty())
        md += QStringLiteral("\n%1\n").arg(e(Text::tr("Still to sign: %1").arg(missing.join(QStringLiteral(", ")))));

    for (const ChecklistSection &section : run.plan.checklist.sections) {
        md += QStringLiteral("\n%1 %2\n\n").arg(QString(qMin(section.level + 2, 6), u'#'), e(section.title));
        for (const ChecklistItem &item : section.items) {
            const ItemState state = run.items.value(item.id);
            md += (state.done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ")) + e(item.text);
            if (const QString facts = itemLine(item, state); !facts.isEmpty())
                md += QStringLiteral(" — ") + e(facts);
            md += u'\n';
            if (state.done && !state.comment.isEmpty() && !item.evidence.isAutomatic())
                md += QStringLiteral("  - %1\n").arg(e(Text::tr("comment: %1").arg(state.comment)));
            if (item.evidence.isAutomatic()) {
                if (state.evidence)
                    md += QStringLiteral("  - %1\n").arg(e(evidenceLine(*state.evidence)));
                else
                    md += QStringLiteral("  - %1\n").arg(e(Text::tr("automatic: %1; not checked yet").arg(describeEvidence(item.evidence))));
                if (!state.ownChecks.isEmpty())
                    md += QStringLiteral("  - %1\n").arg(e(ownChecksLine(state)));
            }
        }
    }

    md += QStringLiteral("\n## %1\n\n| %2 | %3 | %4 |\n|---|---|---|\n")
              .arg(Text::tr("History"), Text::tr("Time"), Text::tr("Who"), Text::tr("What"));
    for (const RunActivity &a : run.activity)
        md += QStringLiteral("| %1 | %2 | %3 |\n").arg(e(when(a.time)), e(a.actor), e(a.kind + QStringLiteral(": ") + a.text));
    if (!run.ignored.isEmpty()) {
        md += QStringLiteral("\n## %1\n\n").arg(Text::tr("Events that do not count"));
        for (const RunActivity &a : run.ignored)
            md += QStringLiteral("- %1\n").arg(e(QStringLiteral("#%1 %2 %3 %4: %5").arg(a.eventId).arg(when(a.time), a.actor, a.kind, a.text)));
    }
    return md;
}

QString html(const ChecklistRun &run, const QDateTime &now)
{
    const auto h = DisplayText::richText;
    QString out = QStringLiteral("<html><body style=\"font-size: 9pt\">");
    out += QStringLiteral("<h1>%1: %2 %3</h1>").arg(h(run.plan.checklist.name), h(run.plan.environment), h(run.plan.version));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\">");
    for (const Overview &o : overview(run, now))
        out += QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(h(o.label), h(o.value));
    out += QStringLiteral("</table><h2>%1</h2>").arg(h(Text::tr("Sign-off")));
    out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
               .arg(h(Text::tr("Role")), h(Text::tr("Signer")), h(Text::tr("Signed")), h(Text::tr("Plan")), h(Text::tr("State")));
    for (const Signature &s : run.signatures) {
        const SignoffRole *role = run.plan.checklist.findRole(s.role);
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(h(role ? role->name : s.role), h(s.signer), h(when(s.signedAt)), h(s.planHash.left(16)), h(signatureState(s)));
    }
    out += QStringLiteral("</table>");
    if (const QStringList missing = run.missingRoles(); !missing.isEmpty())
        out += QStringLiteral("<p>%1</p>").arg(h(Text::tr("Still to sign: %1").arg(missing.join(QStringLiteral(", ")))));
    for (const ChecklistSection &section : run.plan.checklist.sections) {
        const int level = qMin(section.level + 2, 6);
        out += QStringLiteral("<h%1>%2</h%1><ul>").arg(level).arg(h(section.title));
        for (const ChecklistItem &item : section.items) {
            const ItemState state = run.items.value(item.id);
            out += QStringLiteral("<li>%1 %2").arg(state.done ? QStringLiteral("&#9745;") : QStringLiteral("&#9744;"), h(item.text));
            if (const QString facts = itemLine(item, state); !facts.isEmpty())
                out += QStringLiteral(" <i>(%1)</i>").arg(h(facts));
            if (state.done && !state.comment.isEmpty() && !item.evidence.isAutomatic())
                out += QStringLiteral("<br/>%1").arg(h(Text::tr("comment: %1").arg(state.comment)));
            if (item.evidence.isAutomatic() && state.evidence)
                out += QStringLiteral("<br/>%1").arg(h(evidenceLine(*state.evidence)));
            if (item.evidence.isAutomatic() && !state.ownChecks.isEmpty())
                out += QStringLiteral("<br/>%1").arg(h(ownChecksLine(state)));
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"2\" border=\"1\" width=\"100%\">").arg(h(Text::tr("History")));
    for (const RunActivity &a : run.activity)
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(h(when(a.time)), h(a.actor), h(a.kind + QStringLiteral(": ") + a.text));
    out += QStringLiteral("</table></body></html>");
    return out;
}

QByteArray pdf(const ChecklistRun &run, const QDateTime &now)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return {};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("%1: %2 %3").arg(run.plan.checklist.name, run.plan.environment, run.plan.version));
        writer.setCreator(QStringLiteral("OpsDeck"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(html(run, now));
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        document.print(&writer);
    }
    return bytes;
}

QString write(const ChecklistRun &run, Format format, const QString &path, const QDateTime &now)
{
    const QByteArray bytes = format == Format::Pdf ? pdf(run, now) : markdown(run, now).toUtf8();
    if (bytes.isEmpty())
        return Text::tr("a PDF needs fonts: run under a QGuiApplication");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Text::tr("cannot write %1: %2").arg(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return Text::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace opsdeck::ChecklistExport
