<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AlertEvaluator</name>
    <message>
        <source>%1 unreachable</source>
        <translation>%1 nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 memory at %2 %</source>
        <translation>%1 Arbeitsspeicher bei %2 %</translation>
    </message>
    <message>
        <source>over the %1 % threshold</source>
        <translation>über dem Schwellenwert von %1 %</translation>
    </message>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation>%1 CPU bei %2 %</translation>
    </message>
    <message>
        <source>over %1 % for %2</source>
        <translation>über %1 % seit %2</translation>
    </message>
    <message>
        <source>%1 %2 % free</source>
        <translation>%1 %2 % frei</translation>
    </message>
    <message>
        <source>%1 low on disk: %2 has %3 % free</source>
        <translation>%1 hat wenig Plattenplatz: %2 hat %3 % frei</translation>
    </message>
    <message numerus="yes">
        <source>%1 failing on %n service(s) in %2</source>
        <translation>
            <numerusform>%1 schlägt bei %n Dienst in %2 fehl</numerusform>
            <numerusform>%1 schlägt bei %n Diensten in %2 fehl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation>%1 schlägt fehl</translation>
    </message>
    <message>
        <source>%1 degraded</source>
        <translation>%1 beeinträchtigt</translation>
    </message>
    <message>
        <source>host %1 unreachable</source>
        <translation>Host %1 nicht erreichbar</translation>
    </message>
    <message>
        <source>shared: %1</source>
        <translation>gemeinsam: %1</translation>
    </message>
    <message>
        <source>%1 slow: %2 ms</source>
        <translation>%1 langsam: %2 ms</translation>
    </message>
    <message>
        <source>response time over %1</source>
        <translation>Antwortzeit über %1</translation>
    </message>
    <message>
        <source>newest complete set %1 is %2 old: past the RPO of %3</source>
        <translation>neuester vollständiger Satz %1 ist %2 alt: jenseits des RPO von %3</translation>
    </message>
    <message>
        <source>%1 backups stale</source>
        <translation>%1 Backups veraltet</translation>
    </message>
    <message>
        <source>newest complete and verified set %1 is %2 old: past the RPO of %3</source>
        <translation>neuester vollständiger und geprüfter Satz %1 ist %2 alt: jenseits des RPO von %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more mount(s)</source>
        <comment>the mounts named, then how many more</comment>
        <translation>
            <numerusform>%1 und %n weiterer Mountpoint</numerusform>
            <numerusform>%1 und %n weitere Mountpoints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%2; under the %1 % threshold; %n further mount(s) not read</source>
        <translation>
            <numerusform>%2; unter dem Schwellenwert von %1 %; %n weiterer Mountpoint nicht gelesen</numerusform>
            <numerusform>%2; unter dem Schwellenwert von %1 %; %n weitere Mountpoints nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%2; under the %1 % threshold</source>
        <translation>%2; unter dem Schwellenwert von %1 %</translation>
    </message>
</context>
<context>
    <name>ApproveVerb</name>
    <message>
        <source>opsdeck approve: %1</source>
        <translation>opsdeck approve: %1</translation>
    </message>
    <message>
        <source>  environment: %1; hosts, in order: %2</source>
        <translation>  Umgebung: %1; Hosts der Reihe nach: %2</translation>
    </message>
    <message>
        <source>  commands:</source>
        <translation>  Befehle:</translation>
    </message>
    <message>
        <source>  details: %1</source>
        <translation>  Details: %1</translation>
    </message>
    <message>
        <source>  plan: %1</source>
        <translation>  Plan: %1</translation>
    </message>
    <message>
        <source>No request is waiting for approval.</source>
        <translation>Keine Anfrage wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>opsdeck approve: there is no approval request %1</source>
        <translation>opsdeck approve: es gibt keine Freigabeanfrage %1</translation>
    </message>
    <message>
        <source>opsdeck approve: %1 names more than one request; give more of its id</source>
        <translation>opsdeck approve: %1 passt auf mehr als eine Anfrage; mehr von der ID angeben</translation>
    </message>
    <message>
        <source>opsdeck approve: the request&apos;s plan does not match its hash; it cannot be approved</source>
        <translation>opsdeck approve: der Plan der Anfrage passt nicht zu seinem Hash; sie kann nicht freigegeben werden</translation>
    </message>
    <message>
        <source>opsdeck approve: refused: %1</source>
        <translation>opsdeck approve: zurückgewiesen: %1</translation>
    </message>
    <message>
        <source>Approved %1 (%2) as %3.</source>
        <translation>%1 (%2) als %3 freigegeben.</translation>
    </message>
    <message>
        <source>Declined %1 (%2) as %3.</source>
        <translation>%1 (%2) als %3 abgelehnt.</translation>
    </message>
    <message>
        <source>Why you approve or decline (recorded).</source>
        <translation>Warum Sie freigeben oder ablehnen (wird verzeichnet).</translation>
    </message>
    <message>
        <source>Decline the request instead of approving it.</source>
        <translation>Die Anfrage ablehnen, statt sie freizugeben.</translation>
    </message>
    <message>
        <source>JSON output (the list).</source>
        <translation>Ausgabe als JSON (die Liste).</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartet: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>which request? give its ID</source>
        <translation>welche Anfrage? ihre ID angeben</translation>
    </message>
    <message>
        <source>a decision needs --reason TEXT</source>
        <translation>eine Entscheidung braucht --reason TEXT</translation>
    </message>
    <message>
        <source>--json is for the list</source>
        <translation>--json gilt nur für die Liste</translation>
    </message>
    <message>
        <source>Second-person approval: list the requests waiting with their plans; approve or decline one.</source>
        <translation>Freigabe durch eine zweite Person: die wartenden Anfragen mit ihren Plänen auflisten; eine freigeben oder ablehnen.</translation>
    </message>
    <message>
        <source>  %1, requested by %2 at %3, expires at %4; approved by a lead</source>
        <translation>  %1, angefragt von %2 am %3, gültig bis %4; Freigabe durch einen Lead</translation>
    </message>
    <message>
        <source>  %1, requested by %2 at %3, expires at %4; approved by %5</source>
        <comment>title, requester, requested at, expires at, the role that approves</comment>
        <translation>  %1, angefragt von %2 am %3, gültig bis %4; Freigabe durch %5</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>Audit log anchored anew at row %1 of store %2: %3</source>
        <translation>Audit-Log neu verankert bei Zeile %1 der Datenbank %2: %3</translation>
    </message>
    <message>
        <source>this is not the store that was anchored: %1 was store %2 (verified up to row %3 on %4), it is now store %5; if it was recreated on purpose, anchor it anew: opsdeck audit anchor --reason TEXT</source>
        <translation>dies ist nicht die verankerte Datenbank: %1 war Datenbank %2 (geprüft bis Zeile %3 am %4), jetzt ist es Datenbank %5; wurde sie absichtlich neu angelegt, neu verankern: opsdeck audit anchor --reason TEXT</translation>
    </message>
    <message>
        <source>this is not the store that was anchored: %1 was store %2 (verified up to row %3), it is now store %4; if it was recreated on purpose, anchor it anew: opsdeck audit anchor --reason TEXT</source>
        <translation>dies ist nicht die verankerte Datenbank: %1 war Datenbank %2 (geprüft bis Zeile %3), jetzt ist es Datenbank %4; wurde sie absichtlich neu angelegt, neu verankern: opsdeck audit anchor --reason TEXT</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 was edited: its content no longer matches its hash</source>
        <translation>Zeile %1 wurde bearbeitet: ihr Inhalt passt nicht mehr zu ihrem Hash</translation>
    </message>
    <message>
        <source>row %1 was reordered: it follows row %2 in the chain, not row %3</source>
        <translation>Zeile %1 wurde umsortiert: sie folgt in der Kette auf Zeile %2, nicht auf Zeile %3</translation>
    </message>
    <message>
        <source>row ids jump from %1 to %2: rows were deleted and the chain re-linked</source>
        <translation>Zeilen-IDs springen von %1 auf %2: Zeilen wurden gelöscht und die Kette neu verknüpft</translation>
    </message>
    <message>
        <source>row %1 is older than row %2 before it</source>
        <translation>Zeile %1 ist älter als die Zeile %2 davor</translation>
    </message>
    <message>
        <source>row %1 was reordered: row %2 links past it</source>
        <translation>Zeile %1 wurde umsortiert: Zeile %2 verweist an ihr vorbei</translation>
    </message>
    <message>
        <source>row %1 was inserted: no row links to it and row %2 links past it</source>
        <translation>Zeile %1 wurde eingefügt: keine Zeile verweist auf sie, und Zeile %2 verweist an ihr vorbei</translation>
    </message>
    <message>
        <source>row %1 was reordered: it links to row %2, which comes after it</source>
        <translation>Zeile %1 wurde umsortiert: sie verweist auf Zeile %2, die nach ihr kommt</translation>
    </message>
    <message>
        <source>row %1 was edited and re-hashed: row %2 no longer links to it</source>
        <translation>Zeile %1 wurde bearbeitet und neu gehasht: Zeile %2 verweist nicht mehr auf sie</translation>
    </message>
    <message>
        <source>rows were deleted before row %1: the row it links to is gone</source>
        <translation>vor Zeile %1 wurden Zeilen gelöscht: die Zeile, auf die sie verweist, fehlt</translation>
    </message>
    <message>
        <source>rows %1 to %2 were deleted from the end of the log</source>
        <translation>Zeilen %1 bis %2 wurden am Ende des Protokolls gelöscht</translation>
    </message>
    <message>
        <source>rows %1 to %2 are past the chain head the store recorded (%3)</source>
        <translation>Zeilen %1 bis %2 liegen hinter dem Kettenkopf, den die Datenbank verzeichnet hat (%3)</translation>
    </message>
    <message>
        <source>the last row %1 does not match the chain head the store recorded</source>
        <translation>die letzte Zeile %1 passt nicht zum Kettenkopf, den die Datenbank verzeichnet hat</translation>
    </message>
    <message>
        <source>row %1, seen earlier by this console, is gone</source>
        <translation>Zeile %1, die diese Konsole früher gesehen hat, fehlt</translation>
    </message>
    <message>
        <source>row %1 differs from what this console saw earlier: the chain was rewritten</source>
        <translation>Zeile %1 weicht von dem ab, was diese Konsole früher gesehen hat: die Kette wurde neu geschrieben</translation>
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation>das Audit-Log kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the chain head: %1</source>
        <translation>der Kettenkopf kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 Std %2 Min</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 Min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>the host answered &apos;date +%s&apos; with something that is not a time</source>
        <translation>der Host hat auf &apos;date +%s&apos; mit etwas geantwortet, das keine Zeit ist</translation>
    </message>
    <message>
        <source>&apos;date +%s&apos; failed on the host: %1</source>
        <translation>&apos;date +%s&apos; ist auf dem Host fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>symbolic link to %1: not followed, not counted as a backup</source>
        <translation>symbolischer Link auf %1: nicht verfolgt, nicht als Backup gezählt</translation>
    </message>
    <message>
        <source>a directory, not counted as a backup</source>
        <translation>ein Verzeichnis, nicht als Backup gezählt</translation>
    </message>
    <message>
        <source>not a regular file, not counted as a backup</source>
        <translation>keine reguläre Datei, nicht als Backup gezählt</translation>
    </message>
    <message>
        <source>the host gave no modification time</source>
        <translation>der Host hat keine Änderungszeit geliefert</translation>
    </message>
    <message>
        <source>modified %1 in the future on the host&apos;s clock: not counted as fresh</source>
        <translation>nach der Uhr des Hosts in der Zukunft geändert (%1): nicht als aktuell gezählt</translation>
    </message>
    <message>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <source>%1 bytes: under half the median %2 bytes of the previous %3 %4 files</source>
        <translation>%1 Bytes: weniger als die Hälfte des Medians von %2 Bytes der letzten %3 %4-Dateien</translation>
    </message>
    <message>
        <source>not listed: %1</source>
        <translation>nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>age unknown: %1</source>
        <translation>Alter unbekannt: %1</translation>
    </message>
    <message>
        <source>no backup matches %1 in %2</source>
        <translation>kein Backup passt auf %1 in %2</translation>
    </message>
    <message>
        <source>no complete set</source>
        <translation>kein vollständiger Satz</translation>
    </message>
    <message>
        <source>newest complete set %1 is %2 old: past the RPO of %3</source>
        <translation>neuester vollständiger Satz %1 ist %2 alt: jenseits des RPO von %3</translation>
    </message>
    <message>
        <source>newest complete set %1 is %2 old (RPO %3)</source>
        <translation>neuester vollständiger Satz %1 ist %2 alt (RPO %3)</translation>
    </message>
    <message>
        <source>listing incomplete (%1), a newer set may not have been seen</source>
        <translation>Auflistung unvollständig (%1), ein neuerer Satz wurde vielleicht nicht gesehen</translation>
    </message>
</context>
<context>
    <name>BackupDownload</name>
    <message>
        <source>the SHA-256 of the downloaded data (%1…, %2) differs from the host&apos;s sha256sum (%3…): the file changed on the host during the download or was damaged on the way; %4 was removed</source>
        <translation>der SHA-256 der heruntergeladenen Daten (%1…, %2) weicht von sha256sum auf dem Host ab (%3…): die Datei hat sich während des Downloads auf dem Host geändert oder wurde unterwegs beschädigt; %4 wurde entfernt</translation>
    </message>
    <message>
        <source>%1 appeared during the download and is not replaced; the verified download is kept as %2</source>
        <translation>%1 ist während des Downloads entstanden und wird nicht ersetzt; der geprüfte Download bleibt als %2 erhalten</translation>
    </message>
    <message>
        <source>the verified download %1 could not be renamed to %2: %3</source>
        <translation>der geprüfte Download %1 konnte nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <source>downloaded %1 (continued from %2) to %3 in %4 s; SHA-256 %5 matches the host&apos;s</source>
        <translation>%1 (fortgesetzt ab %2) nach %3 heruntergeladen in %4 s; SHA-256 %5 stimmt mit dem des Hosts überein</translation>
    </message>
    <message>
        <source>downloaded %1 to %2 in %3 s; SHA-256 %4 matches the host&apos;s</source>
        <translation>%1 nach %2 heruntergeladen in %3 s; SHA-256 %4 stimmt mit dem des Hosts überein</translation>
    </message>
    <message>
        <source>%1 is not a regular file: not downloaded</source>
        <translation>%1 ist keine reguläre Datei: nicht heruntergeladen</translation>
    </message>
    <message>
        <source>the name %1 holds control characters or is not valid UTF-8: it is never passed to sha256sum on the host, so its download could not be checked</source>
        <translation>der Name %1 enthält Steuerzeichen oder ist kein gültiges UTF-8: er wird nie an sha256sum auf dem Host übergeben, sein Download ließe sich also nicht prüfen</translation>
    </message>
    <message>
        <source>no local path given</source>
        <translation>kein lokaler Pfad angegeben</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation>das Verzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 exists: it is not replaced unless you ask for it (--force, or confirm in the window)</source>
        <translation>%1 existiert: die Datei wird nur ersetzt, wenn Sie es verlangen (--force, oder Bestätigung im Fenster)</translation>
    </message>
    <message>
        <source>not enough free space in %1: the download needs %2, %3 are free</source>
        <translation>nicht genug freier Platz in %1: der Download braucht %2, frei sind %3</translation>
    </message>
    <message>
        <source>sha256sum on the host did not run: %1</source>
        <translation>sha256sum lief auf dem Host nicht: %1</translation>
    </message>
    <message>
        <source>sha256sum on the host failed (exit status %1): %2</source>
        <translation>sha256sum auf dem Host fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>no hash</source>
        <translation>kein Hash</translation>
    </message>
    <message>
        <source>canceled before the transfer started</source>
        <translation>abgebrochen, bevor die Übertragung begann</translation>
    </message>
    <message>
        <source>canceled after %1 of %2</source>
        <translation>abgebrochen nach %1 von %2</translation>
    </message>
    <message>
        <source>%1; %2 is kept: downloading again continues from it</source>
        <translation>%1; %2 bleibt erhalten: ein erneuter Download setzt dort fort</translation>
    </message>
    <message>
        <source>the download stopped before it finished (the host&apos;s session closed)</source>
        <translation>der Download endete, bevor er fertig war (die Sitzung des Hosts wurde geschlossen)</translation>
    </message>
</context>
<context>
    <name>BackupDrill</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>no backup location of %1/%2 has a &apos;drill&apos; target configured: OpsDeck does not know where to restore</source>
        <translation>kein Backup-Speicherort von %1/%2 hat ein &apos;drill&apos;-Ziel konfiguriert: OpsDeck weiß nicht, wohin es wiederherstellen soll</translation>
    </message>
    <message>
        <source>%1/%2 has several backup locations with a drill target (%3): name one</source>
        <translation>%1/%2 hat mehrere Backup-Speicherorte mit Restore-Ziel (%3): einen nennen</translation>
    </message>
    <message>
        <source>the backup location %1/%2/%3 has no &apos;drill&apos; target configured: OpsDeck does not know where to restore</source>
        <translation>der Backup-Speicherort %1/%2/%3 hat kein &apos;drill&apos;-Ziel konfiguriert: OpsDeck weiß nicht, wohin es wiederherstellen soll</translation>
    </message>
    <message>
        <source>restore drill</source>
        <translation>Restore-Test</translation>
    </message>
    <message>
        <source>restore drill of %1/%2/%3</source>
        <translation>Restore-Test von %1/%2/%3</translation>
    </message>
    <message>
        <source>%1:%2 as %3</source>
        <translation>%1:%2 als %3</translation>
    </message>
    <message>
        <source>%1: FILE is the database dump of the newest complete set whose files all passed verification</source>
        <translation>%1: FILE ist der Datenbank-Dump des neuesten vollständigen Satzes, dessen Dateien alle die Prüfung bestanden haben</translation>
    </message>
    <message>
        <source>console: psql -d %1 -c &apos;CREATE DATABASE &quot;%2&quot;&apos; on %3</source>
        <translation>Konsole: psql -d %1 -c &apos;CREATE DATABASE &quot;%2&quot;&apos; auf %3</translation>
    </message>
    <message>
        <source>console: gzip -dc | psql -X -v ON_ERROR_STOP=1 -d %1 (backslash commands of the dump refused)</source>
        <translation>Konsole: gzip -dc | psql -X -v ON_ERROR_STOP=1 -d %1 (Backslash-Befehle des Dumps abgelehnt)</translation>
    </message>
    <message>
        <source>console: count the rows of every table of %1</source>
        <translation>Konsole: die Zeilen jeder Tabelle von %1 zählen</translation>
    </message>
    <message>
        <source>console: psql -d %1 -c &apos;DROP DATABASE IF EXISTS &quot;%2&quot; WITH (FORCE)&apos; (also after a failure)</source>
        <translation>Konsole: psql -d %1 -c &apos;DROP DATABASE IF EXISTS &quot;%2&quot; WITH (FORCE)&apos; (auch nach einem Fehlschlag)</translation>
    </message>
    <message>
        <source>psql did not finish within %1</source>
        <translation>psql wurde nicht innerhalb von %1 fertig</translation>
    </message>
    <message>
        <source>psql could not be started: %1</source>
        <translation>psql konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>psql was killed</source>
        <translation>psql wurde beendet (kill)</translation>
    </message>
    <message>
        <source>psql exited with status %1</source>
        <translation>psql endete mit Status %1</translation>
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation>OpsDeck wird beendet</translation>
    </message>
    <message>
        <source>the drill target&apos;s password_env %1 is not set in OpsDeck&apos;s environment</source>
        <translation>password_env %1 des Restore-Ziels ist in der Umgebung von OpsDeck nicht gesetzt</translation>
    </message>
    <message>
        <source>the drill target&apos;s password_file %1 cannot be read: %2</source>
        <translation>password_file %1 des Restore-Ziels ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>reaching the drill target %1</source>
        <translation>Restore-Ziel %1 wird erreicht</translation>
    </message>
    <message>
        <source>the drill target %1 cannot be reached: %2</source>
        <translation>das Restore-Ziel %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>drill target %1: PostgreSQL %2</source>
        <translation>Restore-Ziel %1: PostgreSQL %2</translation>
    </message>
    <message>
        <source>%1 cannot be listed: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>no listing</source>
        <translation>keine Auflistung</translation>
    </message>
    <message>
        <source>the SSH session stopped before the location was listed</source>
        <translation>die SSH-Sitzung endete, bevor der Speicherort aufgelistet war</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1 is not a plain-format database dump (*.sql.gz)</source>
        <translation>%1 ist kein Datenbank-Dump im Textformat (*.sql.gz)</translation>
    </message>
    <message>
        <source>the name %1 holds control characters or is not valid UTF-8: it is never passed to a remote command</source>
        <translation>der Name %1 enthält Steuerzeichen oder ist kein gültiges UTF-8: er wird nie an einen entfernten Befehl übergeben</translation>
    </message>
    <message>
        <source>dump %1 (%2 bytes)</source>
        <translation>Dump %1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>%1 is not a listed backup file of %2</source>
        <translation>%1 ist keine aufgelistete Backup-Datei von %2</translation>
    </message>
    <message>
        <source>the verification results cannot be read: %1</source>
        <translation>die Prüfergebnisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no complete set whose files all passed verification: verify one (opsdeck backup verify) or name the dump</source>
        <translation>%1 hat keinen vollständigen Satz, dessen Dateien alle die Prüfung bestanden haben: einen prüfen (opsdeck backup verify) oder den Dump nennen</translation>
    </message>
    <message>
        <source>%1 is not part of this drill; nothing ran</source>
        <translation>%1 gehört nicht zu diesem Restore-Test; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>creating the scratch database %1 on %2</source>
        <translation>Scratch-Datenbank %1 wird auf %2 angelegt</translation>
    </message>
    <message>
        <source>the scratch database %1 could not be created: %2</source>
        <translation>die Scratch-Datenbank %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>restoring %1 into %2</source>
        <translation>%1 wird in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the restore did not finish within %1 (twice the RTO, at least 10 m): stopped</source>
        <translation>die Wiederherstellung wurde nicht innerhalb von %1 fertig (doppelte RTO, mindestens 10 m): abgebrochen</translation>
    </message>
    <message>
        <source>OpsDeck shut down during the drill</source>
        <translation>OpsDeck wurde während des Restore-Tests beendet</translation>
    </message>
    <message>
        <source>reading %1 from the host failed: %2</source>
        <translation>Lesen von %1 vom Host fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 changed on the host during the drill: %2 bytes at offset %3, %4 expected (listed size %5)</source>
        <translation>%1 hat sich während des Restore-Tests auf dem Host geändert: %2 Bytes ab Offset %3, %4 erwartet (aufgelistete Größe %5)</translation>
    </message>
    <message>
        <source>%1 of %2 bytes read</source>
        <translation>%1 von %2 Bytes gelesen</translation>
    </message>
    <message>
        <source>the SSH session stopped while the dump was read</source>
        <translation>die SSH-Sitzung endete, während der Dump gelesen wurde</translation>
    </message>
    <message>
        <source>psql stopped (ON_ERROR_STOP, exit status %1): %2</source>
        <translation>psql hat abgebrochen (ON_ERROR_STOP, Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>gzip -dc failed (exit status %1): %2</source>
        <translation>gzip -dc fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>the restore ended after %1 of %2 bytes of the dump</source>
        <translation>die Wiederherstellung endete nach %1 von %2 Bytes des Dumps</translation>
    </message>
    <message>
        <source>the rows of the restored tables could not be counted: %1</source>
        <translation>die Zeilen der wiederhergestellten Tabellen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>psql exited 0, but the restore created no tables</source>
        <translation>psql endete mit 0, aber die Wiederherstellung hat keine Tabellen angelegt</translation>
    </message>
    <message numerus="yes">
        <source>psql exited 0, but the %n restored table(s) have no rows</source>
        <translation>
            <numerusform>psql endete mit 0, aber die %n wiederhergestellte Tabelle hat keine Zeilen</numerusform>
            <numerusform>psql endete mit 0, aber die %n wiederhergestellten Tabellen haben keine Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>within the RTO of %1</source>
        <translation>innerhalb der RTO von %1</translation>
    </message>
    <message>
        <source>PAST the RTO of %1</source>
        <translation>ÜBER der RTO von %1</translation>
    </message>
    <message>
        <source>restore of %1 failed: %2</source>
        <translation>Wiederherstellung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 restored in %2 (%3), but the scratch database %4 could NOT be dropped: %5</source>
        <translation>%1 in %2 wiederhergestellt (%3), aber die Scratch-Datenbank %4 konnte NICHT gelöscht werden: %5</translation>
    </message>
    <message numerus="yes">
        <source>%1 restored in %2 (%3): %n table(s), %4 rows; scratch database %5 dropped</source>
        <translation>
            <numerusform>%1 in %2 wiederhergestellt (%3): %n Tabelle, %4 Zeilen; Scratch-Datenbank %5 gelöscht</numerusform>
            <numerusform>%1 in %2 wiederhergestellt (%3): %n Tabellen, %4 Zeilen; Scratch-Datenbank %5 gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>dropping the scratch database %1</source>
        <translation>Scratch-Datenbank %1 wird gelöscht</translation>
    </message>
    <message>
        <source>restore of %1 failed: %2; scratch database %3 dropped</source>
        <translation>Wiederherstellung von %1 fehlgeschlagen: %2; Scratch-Datenbank %3 gelöscht</translation>
    </message>
    <message>
        <source>restore of %1 failed: %2; the scratch database %3 could NOT be dropped: %4</source>
        <translation>Wiederherstellung von %1 fehlgeschlagen: %2; die Scratch-Datenbank %3 konnte NICHT gelöscht werden: %4</translation>
    </message>
</context>
<context>
    <name>BackupFreshness</name>
    <message>
        <source>newest complete and verified set %1 is %2 old: past the RPO of %3</source>
        <translation>neuester vollständiger und geprüfter Satz %1 ist %2 alt: jenseits des RPO von %3</translation>
    </message>
    <message>
        <source>newest complete and verified set %1 is %2 old (RPO %3)</source>
        <translation>neuester vollständiger und geprüfter Satz %1 ist %2 alt (RPO %3)</translation>
    </message>
    <message>
        <source>the newer set %1 is not verified</source>
        <translation>der neuere Satz %1 ist nicht verifiziert</translation>
    </message>
    <message>
        <source>listing incomplete (%1), a newer set may not have been seen</source>
        <translation>Auflistung unvollständig (%1), ein neuerer Satz wurde vielleicht nicht gesehen</translation>
    </message>
</context>
<context>
    <name>BackupLocationChoice</name>
    <message>
        <source>%1 has no host &apos;%2&apos;</source>
        <translation>%1 hat keinen Host &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1/%2 has no backup location &apos;%3&apos;</source>
        <translation>%1/%2 hat keinen Backup-Speicherort &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>not listed: %1</source>
        <translation>nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>ages unknown: %1</source>
        <translation>Alter unbekannt: %1</translation>
    </message>
    <message>
        <source>retention %1 is not a whole number of days: find -mtime +N counts whole days</source>
        <translation>Aufbewahrung %1 ist keine ganze Zahl von Tagen: find -mtime +N zählt ganze Tage</translation>
    </message>
    <message numerus="yes">
        <source>deleted by the next run (%1 old, more than %n whole day(s))</source>
        <translation>
            <numerusform>wird beim nächsten Lauf gelöscht (%1 alt, mehr als %n ganzer Tag)</numerusform>
            <numerusform>wird beim nächsten Lauf gelöscht (%1 alt, mehr als %n ganze Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>modified in the future on the host&apos;s clock, deleted in %1</source>
        <translation>nach der Uhr des Hosts in der Zukunft geändert, wird in %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>within %n day(s), deleted in %1</source>
        <translation>
            <numerusform>innerhalb von %n Tag, wird in %1 gelöscht</numerusform>
            <numerusform>innerhalb von %n Tagen, wird in %1 gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>the next run deletes %1 of the newest complete set %2</source>
        <translation>der nächste Lauf löscht %1 des neuesten vollständigen Satzes %2</translation>
    </message>
    <message>
        <source>the listing is incomplete (%1): files not seen are not previewed</source>
        <translation>die Auflistung ist unvollständig (%1): nicht gesehene Dateien fehlen in der Vorschau</translation>
    </message>
    <message>
        <source>%1 daily</source>
        <translation>%1 täglich</translation>
    </message>
    <message>
        <source>%1 weekly</source>
        <translation>%1 wöchentlich</translation>
    </message>
    <message>
        <source>%1 monthly</source>
        <translation>%1 monatlich</translation>
    </message>
    <message>
        <source>keep %1 (UTC days, ISO weeks, months)</source>
        <translation>%1 behalten (UTC-Tage, ISO-Wochen, Monate)</translation>
    </message>
    <message>
        <source>deleted: set %1 is incomplete (no %2) and takes no slot of the policy</source>
        <translation>gelöscht: Satz %1 ist unvollständig (kein %2) und belegt keinen Platz der Richtlinie</translation>
    </message>
    <message>
        <source>not placed by the policy (%1)</source>
        <translation>von der Richtlinie nicht erfasst (%1)</translation>
    </message>
    <message>
        <source>newest of %1 (daily %2 of %3)</source>
        <translation>neuester des Tages %1 (täglich %2 von %3)</translation>
    </message>
    <message>
        <source>newest of week %1 (weekly %2 of %3)</source>
        <translation>neuester der Woche %1 (wöchentlich %2 von %3)</translation>
    </message>
    <message>
        <source>newest of %1 (monthly %2 of %3)</source>
        <translation>neuester des Monats %1 (monatlich %2 von %3)</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message>
        <source>deleted: not the newest complete set (or lone file) of a kept day, week or month</source>
        <translation>gelöscht: nicht der neueste vollständige Satz (oder die einzelne Datei) eines behaltenen Tages, einer behaltenen Woche oder eines behaltenen Monats</translation>
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>no backup location of %1/%2 has a &apos;command&apos; configured: OpsDeck does not know how to run its backup</source>
        <translation>kein Backup-Speicherort von %1/%2 hat einen &apos;command&apos; konfiguriert: OpsDeck weiß nicht, wie sein Backup ausgeführt wird</translation>
    </message>
    <message>
        <source>%1/%2 has several backup locations with a command (%3): name one</source>
        <translation>%1/%2 hat mehrere Backup-Speicherorte mit command (%3): einen davon angeben</translation>
    </message>
    <message>
        <source>the backup location %1/%2/%3 has no &apos;command&apos; configured: OpsDeck does not know how to run its backup</source>
        <translation>der Backup-Speicherort %1/%2/%3 hat keinen &apos;command&apos; konfiguriert: OpsDeck weiß nicht, wie sein Backup ausgeführt wird</translation>
    </message>
    <message>
        <source>backup run of %1/%2/%3</source>
        <translation>Backup-Lauf von %1/%2/%3</translation>
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation>OpsDeck wird beendet</translation>
    </message>
    <message>
        <source>%1 cannot be listed before the run: %2</source>
        <translation>%1 kann vor dem Lauf nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>no listing</source>
        <translation>keine Auflistung</translation>
    </message>
    <message>
        <source>the host&apos;s clock cannot be read: %1</source>
        <translation>die Uhr des Hosts kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s) before the run; %1</source>
        <translation>
            <numerusform>%n Satz vor dem Lauf; %1</numerusform>
            <numerusform>%n Sätze vor dem Lauf; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the SSH session stopped before the location was listed</source>
        <translation>die SSH-Sitzung endete, bevor der Speicherort aufgelistet war</translation>
    </message>
    <message>
        <source>%1 is not part of this backup run; nothing ran</source>
        <translation>%1 gehört nicht zu diesem Backup-Lauf; nichts wurde ausgeführt</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 wird ausgeführt</translation>
    </message>
    <message>
        <source>%1: the backup script may still be running on the host; list the backups before running it again</source>
        <translation>%1: das Backup-Skript läuft vielleicht noch auf dem Host; vor einem erneuten Start die Backups auflisten</translation>
    </message>
    <message>
        <source>%1; the backup script did not run</source>
        <translation>%1; das Backup-Skript wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>the backup script exited with status %1: %2</source>
        <translation>das Backup-Skript endete mit Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>the script exited 0; listing %1</source>
        <translation>das Skript endete mit 0; %1 wird aufgelistet</translation>
    </message>
    <message>
        <source>the SSH session stopped while the backup script ran</source>
        <translation>die SSH-Sitzung endete, während das Backup-Skript lief</translation>
    </message>
    <message>
        <source>the script exited 0, but %1 cannot be listed now: %2</source>
        <translation>das Skript endete mit 0, aber %1 kann jetzt nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>the backup script exited 0, but no new set appeared in %1</source>
        <translation>das Backup-Skript endete mit 0, aber in %1 ist kein neuer Satz erschienen</translation>
    </message>
    <message>
        <source>the backup script exited 0, but the new set %1 is incomplete: no %2</source>
        <translation>das Backup-Skript endete mit 0, aber der neue Satz %1 ist unvollständig: kein %2</translation>
    </message>
    <message numerus="yes">
        <source>new set %1 complete; verifying its %n file(s)</source>
        <translation>
            <numerusform>neuer Satz %1 vollständig; seine %n Datei wird geprüft</numerusform>
            <numerusform>neuer Satz %1 vollständig; seine %n Dateien werden geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>the SSH session stopped while listing after the run</source>
        <translation>die SSH-Sitzung endete beim Auflisten nach dem Lauf</translation>
    </message>
    <message numerus="yes">
        <source>new complete set %1, %n file(s) verified on the host</source>
        <translation>
            <numerusform>neuer vollständiger Satz %1, %n Datei auf dem Host geprüft</numerusform>
            <numerusform>neuer vollständiger Satz %1, %n Dateien auf dem Host geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>OpsDeck shut down before the new set %1 was verified</source>
        <translation>OpsDeck wurde beendet, bevor der neue Satz %1 geprüft war</translation>
    </message>
    <message>
        <source>the new set %1 is complete, but %2 failed verification: %3</source>
        <translation>der neue Satz %1 ist vollständig, aber die Prüfung von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the SSH session stopped while verifying the new set</source>
        <translation>die SSH-Sitzung endete beim Prüfen des neuen Satzes</translation>
    </message>
    <message>
        <source>%1: then list %2 over SFTP and verify every file of the new set</source>
        <translation>%1: danach %2 über SFTP auflisten und jede Datei des neuen Satzes prüfen</translation>
    </message>
</context>
<context>
    <name>BackupScanner</name>
    <message>
        <source>the session stopped before the host&apos;s clock was read</source>
        <translation>die Sitzung endete, bevor die Uhr des Hosts gelesen war</translation>
    </message>
    <message>
        <source>the session stopped before the listing</source>
        <translation>die Sitzung endete vor der Auflistung</translation>
    </message>
</context>
<context>
    <name>BackupVerb</name>
    <message>
        <source>opsdeck: no environment &apos;%1&apos; (there are: %2)</source>
        <translation>opsdeck: keine Umgebung &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>opsdeck: name the host as ENV/HOST</source>
        <translation>opsdeck: den Host als UMGEBUNG/HOST angeben</translation>
    </message>
    <message>
        <source>opsdeck: no host of %1 has backups configured</source>
        <translation>opsdeck: kein Host von %1 hat Backups konfiguriert</translation>
    </message>
    <message>
        <source>opsdeck: %1 has no host &apos;%2&apos; with backups configured</source>
        <translation>opsdeck: %1 hat keinen Host &apos;%2&apos; mit konfigurierten Backups</translation>
    </message>
    <message>
        <source>STALE: </source>
        <translation>VERALTET: </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>INCOMPLETE: no %1</source>
        <translation>UNVOLLSTÄNDIG: kein %1</translation>
    </message>
    <message>
        <source>(not part of a set) </source>
        <translation>(gehört zu keinem Satz) </translation>
    </message>
    <message>
        <source>  retention %1: find -mtime +%2 (a file goes when it is %3 × 24 h old, on the host&apos;s clock)
</source>
        <translation>  Aufbewahrung %1: find -mtime +%2 (eine Datei wird gelöscht, wenn sie %3 × 24 h alt ist, nach der Uhr des Hosts)
</translation>
    </message>
    <message>
        <source>DELETE</source>
        <translation>LÖSCHEN</translation>
    </message>
    <message>
        <source>keep  </source>
        <translation>bleibt </translation>
    </message>
    <message>
        <source>  WARNING: %1
</source>
        <translation>  WARNUNG: %1
</translation>
    </message>
    <message>
        <source>opsdeck: name the files to verify, or give --all (not both)</source>
        <translation>opsdeck: die zu prüfenden Dateien nennen oder --all angeben (nicht beides)</translation>
    </message>
    <message>
        <source>opsdeck: %1: %2</source>
        <translation>opsdeck: %1: %2</translation>
    </message>
    <message>
        <source>opsdeck: no backup file &apos;%1&apos; in %2/%3</source>
        <translation>opsdeck: keine Backup-Datei &apos;%1&apos; in %2/%3</translation>
    </message>
    <message>
        <source>OK     </source>
        <translation>OK     </translation>
    </message>
    <message>
        <source>FAILED </source>
        <translation>FEHLER </translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>Verify every listed file (verify).</source>
        <translation>Jede aufgelistete Datei prüfen (verify).</translation>
    </message>
    <message>
        <source>opsdeck: unknown backup command &apos;%1&apos;
</source>
        <translation>opsdeck: unbekannter backup-Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>opsdeck: a verification stopped before it finished (the host&apos;s session closed)</source>
        <translation>opsdeck: eine Prüfung endete vor ihrem Abschluss (die Sitzung des Hosts wurde geschlossen)</translation>
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every action is recorded with why it was done</source>
        <translation>opsdeck: --reason TEXT ist nötig: jede Aktion wird mit ihrem Grund verzeichnet</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Where the file goes: a file, or a directory to put it in (download).</source>
        <translation>Wohin die Datei kommt: eine Datei, oder ein Verzeichnis, in das sie gelegt wird (download).</translation>
    </message>
    <message>
        <source>Replace an existing file (download).</source>
        <translation>Eine vorhandene Datei ersetzen (download).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>opsdeck: &apos;%1&apos; is in %2 and in %3: not downloaded</source>
        <translation>opsdeck: &apos;%1&apos; liegt in %2 und in %3: nicht heruntergeladen</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>OK      %1/%2  %3
</source>
        <translation>OK      %1/%2  %3
</translation>
    </message>
    <message>
        <source>opsdeck: %1/%2: %3</source>
        <translation>opsdeck: %1/%2: %3</translation>
    </message>
    <message>
        <source>Why (run, drill; recorded).</source>
        <translation>Warum (run, drill; wird aufgezeichnet).</translation>
    </message>
    <message>
        <source>Confirm without asking (run, drill).</source>
        <translation>Ohne Rückfrage bestätigen (run, drill).</translation>
    </message>
    <message>
        <source>The environment&apos;s name, where it must be typed (run, drill).</source>
        <translation>Der Name der Umgebung, wo er eingetippt werden muss (run, drill).</translation>
    </message>
    <message>
        <source>The backup location whose drill target to use (drill; default: the only one).</source>
        <translation>Der Backup-Speicherort, dessen Restore-Ziel verwendet wird (drill; Standard: der einzige).</translation>
    </message>
    <message>
        <source>List backup sets over SFTP with freshness against the RPO; preview retention per file; verify integrity; download a file; run a backup; restore a dump in a drill</source>
        <translation>Backup-Sätze über SFTP mit Aktualität gegen das RPO auflisten; Aufbewahrung je Datei vorab zeigen; Integrität prüfen; eine Datei herunterladen; ein Backup ausführen; einen Dump im Restore-Test wiederherstellen</translation>
    </message>
    <message>
        <source>complete, SMALL</source>
        <translation>vollständig, KLEIN</translation>
    </message>
    <message>
        <source>INCOMPLETE: no %1, SMALL</source>
        <translation>UNVOLLSTÄNDIG: kein %1, KLEIN</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>not a regular file: not verified</source>
        <translation>keine reguläre Datei: nicht geprüft</translation>
    </message>
    <message>
        <source>not a .gz or .tar.gz file: OpsDeck cannot check its integrity</source>
        <translation>keine .gz- oder .tar.gz-Datei: OpsDeck kann ihre Integrität nicht prüfen</translation>
    </message>
    <message>
        <source>the name holds control characters or is not valid UTF-8: it is never passed to a remote command</source>
        <translation>der Name enthält Steuerzeichen oder ist kein gültiges UTF-8: er wird nie an einen entfernten Befehl übergeben</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>nicht geprüft: %1</translation>
    </message>
    <message>
        <source>the file vanished after the listing</source>
        <translation>die Datei ist nach der Auflistung verschwunden</translation>
    </message>
    <message>
        <source>permission denied reading the file</source>
        <translation>Zugriff beim Lesen der Datei verweigert</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation>%1 fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>%1 passed but sha256sum gave no hash</source>
        <translation>%1 bestanden, aber sha256sum lieferte keinen Hash</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>changed since it was first verified at %1: SHA-256 %2… is now %3…</source>
        <translation>geändert seit der ersten Prüfung am %1: SHA-256 %2… ist jetzt %3…</translation>
    </message>
    <message>
        <source>Backup verified: %1/%2/%3 %4 (%5)</source>
        <translation>Backup geprüft: %1/%2/%3 %4 (%5)</translation>
    </message>
    <message>
        <source>Backup verification failed: %1/%2/%3 %4: %5</source>
        <translation>Backup-Prüfung fehlgeschlagen: %1/%2/%3 %4: %5</translation>
    </message>
    <message>
        <source>%1 passed; SHA-256 unchanged since %2</source>
        <translation>%1 bestanden; SHA-256 unverändert seit %2</translation>
    </message>
</context>
<context>
    <name>BackupVerifyRun</name>
    <message>
        <source>the result for %1 could not be recorded: %2</source>
        <translation>das Ergebnis für %1 konnte nicht verzeichnet werden: %2</translation>
    </message>
    <message>
        <source>the store closed before the result was recorded</source>
        <translation>die Datenbank wurde geschlossen, bevor das Ergebnis verzeichnet war</translation>
    </message>
    <message>
        <source>cannot read earlier verifications: %1</source>
        <translation>frühere Prüfungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CapistranoStrategy</name>
    <message>
        <source>current is missing or does not resolve</source>
        <translation>current fehlt oder lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>current points to %1, which is not a release here</source>
        <translation>current zeigt auf %1, das hier kein Release ist</translation>
    </message>
    <message>
        <source>switch (only if current still resolves to the release the plan saw): %1</source>
        <translation>Umschalten (nur wenn current noch auf das Release verweist, das der Plan sah): %1</translation>
    </message>
    <message>
        <source>This roll-forward does not revert shared/ (uploads, logs) or the environment files linked from it.</source>
        <translation>Dieses Roll-forward macht shared/ (Uploads, Logs) und die von dort verlinkten Umgebungsdateien nicht rückgängig.</translation>
    </message>
    <message>
        <source>This rollback does not revert shared/ (uploads, logs) or the environment files linked from it.</source>
        <translation>Dieses Rollback macht shared/ (Uploads, Logs) und die von dort verlinkten Umgebungsdateien nicht rückgängig.</translation>
    </message>
</context>
<context>
    <name>CheckConfigVerb</name>
    <message>
        <source>Check a fleet configuration file.</source>
        <translation>Eine Flottenkonfigurationsdatei prüfen.</translation>
    </message>
    <message>
        <source>The YAML configuration file.</source>
        <translation>Die YAML-Konfigurationsdatei.</translation>
    </message>
    <message>
        <source>usage: opsdeck check-config FILE</source>
        <translation>Aufruf: opsdeck check-config DATEI</translation>
    </message>
    <message>
        <source>%1: %2 more errors not shown</source>
        <translation>%1: %2 weitere Fehler nicht angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n Fehler</numerusform>
            <numerusform>%1: %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK, %2</source>
        <translation>%1: OK, %2</translation>
    </message>
    <message>
        <source>Check a fleet configuration; print every error with its position</source>
        <translation>Eine Flottenkonfiguration prüfen; jeden Fehler mit seiner Position ausgeben</translation>
    </message>
</context>
<context>
    <name>ChecklistApproval</name>
    <message>
        <source>%1 requires a signed deployment checklist, and its runs cannot be read (%2); the %3 was not started</source>
        <translation>%1 verlangt eine unterschriebene Deployment-Checkliste, und ihre Läufe können nicht gelesen werden (%2); %3 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>%1 requires a signed deployment checklist before a %2: %3</source>
        <translation>%1 verlangt vor %2 eine unterschriebene Deployment-Checkliste: %3</translation>
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>revoked by %1 at %2: %3</source>
        <translation>widerrufen von %1 am %2: %3</translation>
    </message>
    <message>
        <source>voided at %1: %2</source>
        <translation>annulliert am %1: %2</translation>
    </message>
    <message>
        <source>own checks: %1</source>
        <translation>eigene Prüfungen: %1</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>ticked by %1 at %2</source>
        <translation>abgehakt von %1 am %2</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation>Plan-SHA-256</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 of %2 required items done; %3 of %4 items in all</source>
        <translation>%1 von %2 Pflichtpunkten erledigt; %3 von %4 Punkten insgesamt</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation>Noch zu unterschreiben: %1</translation>
    </message>
    <message>
        <source>comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>automatic: %1; not checked yet</source>
        <translation>automatisch: %1; noch nicht geprüft</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Events that do not count</source>
        <translation>Ereignisse, die nicht zählen</translation>
    </message>
    <message>
        <source>a PDF needs fonts: run under a QGuiApplication</source>
        <translation>ein PDF braucht Schriften: unter einer QGuiApplication ausführen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>signed (valid until %1)</source>
        <translation>unterschrieben (gültig bis %1)</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>annulliert: %1</translation>
    </message>
    <message>
        <source>in progress: %1</source>
        <translation>in Arbeit: %1</translation>
    </message>
    <message>
        <source>ready to sign: %1</source>
        <translation>bereit zur Unterschrift: %1</translation>
    </message>
    <message>
        <source>evidence passed, recorded by %1 at %2 (their console checked at %3): %4</source>
        <translation>Nachweis bestanden, verzeichnet von %1 am %2 (deren Konsole prüfte am %3): %4</translation>
    </message>
    <message>
        <source>evidence failed, recorded by %1 at %2 (their console checked at %3): %4</source>
        <translation>Nachweis fehlgeschlagen, verzeichnet von %1 am %2 (deren Konsole prüfte am %3): %4</translation>
    </message>
    <message>
        <source>%1 passed at %2</source>
        <translation>%1: bestanden am %2</translation>
    </message>
    <message>
        <source>%1 failed at %2</source>
        <translation>%1: fehlgeschlagen am %2</translation>
    </message>
</context>
<context>
    <name>ChecklistGate</name>
    <message>
        <source>run %1 (%2 %3)</source>
        <translation>Lauf %1 (%2 %3)</translation>
    </message>
    <message>
        <source>%1 was voided by %2: %3</source>
        <translation>%1 wurde von %2 annulliert: %3</translation>
    </message>
    <message>
        <source>the sign-off of %1 expired at %2</source>
        <translation>die Freigabe von %1 ist am %2 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 is in progress: %n required item(s) not done</source>
        <translation>
            <numerusform>%1 ist in Arbeit: %n Pflichtpunkt nicht erledigt</numerusform>
            <numerusform>%1 ist in Arbeit: %n Pflichtpunkte nicht erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is waiting for signatures: %2</source>
        <translation>%1 wartet auf Unterschriften: %2</translation>
    </message>
    <message>
        <source>run %1 is signed, but for the checklist template &apos;%2&apos;; %3 accepts only %4 (checklist_templates in the fleet configuration)</source>
        <translation>Lauf %1 ist unterschrieben, aber für die Checklisten-Vorlage &apos;%2&apos;; %3 akzeptiert nur %4 (checklist_templates in der Flottenkonfiguration)</translation>
    </message>
    <message>
        <source>run %1 is signed, but its plan cannot be checked: %2</source>
        <translation>Lauf %1 ist unterschrieben, aber sein Plan kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>hosts are now %1, were %2</source>
        <translation>Hosts sind jetzt %1, waren %2</translation>
    </message>
    <message>
        <source>the template &apos;%1&apos; changed</source>
        <translation>die Vorlage &apos;%1&apos; hat sich geändert</translation>
    </message>
    <message>
        <source>run %1 was signed for plan %2, but the plan today is %3 (%4)</source>
        <translation>Lauf %1 wurde für Plan %2 unterschrieben, aber der Plan ist heute %3 (%4)</translation>
    </message>
    <message>
        <source>it differs</source>
        <translation>er weicht ab</translation>
    </message>
    <message>
        <source>%1 %2 approved by run %3 (plan %4), valid until %5</source>
        <translation>%1 %2 freigegeben durch Lauf %3 (Plan %4), gültig bis %5</translation>
    </message>
    <message>
        <source>no checklist run for %1 %2</source>
        <translation>kein Checklisten-Lauf für %1 %2</translation>
    </message>
    <message>
        <source>run %1 is signed, but for a checklist that is not this console&apos;s template &apos;%2&apos; (changed or unknown)</source>
        <translation>Lauf %1 ist unterschrieben, aber für eine Checkliste, die nicht die Vorlage &apos;%2&apos; dieser Konsole ist (geändert oder unbekannt)</translation>
    </message>
    <message>
        <source>approved by checklist run %1 (%2 %3, plan %4)</source>
        <translation>freigegeben durch Checklisten-Lauf %1 (%2 %3, Plan %4)</translation>
    </message>
    <message>
        <source>run %1 is signed for %2 only</source>
        <translation>Lauf %1 ist nur für %2 unterschrieben</translation>
    </message>
    <message>
        <source>there is no checklist run for %1</source>
        <translation>es gibt keinen Checklisten-Lauf für %1</translation>
    </message>
</context>
<context>
    <name>ChecklistLedger</name>
    <message>
        <source>there is no checklist run %1</source>
        <translation>es gibt keinen Checklisten-Lauf %1</translation>
    </message>
    <message>
        <source>give a run id or at least its first 6 characters</source>
        <translation>eine Lauf-ID oder mindestens ihre ersten 6 Zeichen angeben</translation>
    </message>
    <message>
        <source>%1 names %2 runs; give more of the id</source>
        <translation>%1 passt auf %2 Läufe; mehr von der ID angeben</translation>
    </message>
    <message>
        <source>Refused to %1 on %2 for %3: %4</source>
        <translation>Abgelehnt (%1) an %2 für %3: %4</translation>
    </message>
    <message>
        <source>the plan changed: the run&apos;s plan is now %1, not %2</source>
        <translation>der Plan hat sich geändert: der Plan des Laufs ist jetzt %1, nicht %2</translation>
    </message>
    <message>
        <source>Checklist started: %1 for %2 (plan %3)</source>
        <translation>Checkliste gestartet: %1 für %2 (Plan %3)</translation>
    </message>
    <message>
        <source>tick %1</source>
        <translation>%1 abhaken</translation>
    </message>
    <message>
        <source>Ticked “%1” (%2)</source>
        <translation>„%1“ abgehakt (%2)</translation>
    </message>
    <message>
        <source>untick %1</source>
        <translation>Haken bei %1 entfernen</translation>
    </message>
    <message>
        <source>Unticked “%1” (%2): %3</source>
        <translation>Haken bei „%1“ entfernt (%2): %3</translation>
    </message>
    <message>
        <source>record evidence for %1</source>
        <translation>Nachweis für %1 verzeichnen</translation>
    </message>
    <message>
        <source>Evidence for %1 %2: %3</source>
        <translation>Nachweis für %1 %2: %3</translation>
    </message>
    <message>
        <source>sign as %1</source>
        <translation>als %1 unterschreiben</translation>
    </message>
    <message>
        <source>Signed as %1: %2 for %3 (plan %4)</source>
        <translation>Unterschrieben als %1: %2 für %3 (Plan %4)</translation>
    </message>
    <message>
        <source>revoke signature %1</source>
        <translation>Unterschrift %1 widerrufen</translation>
    </message>
    <message>
        <source>Revoked the %1 signature of %2 on %3: %4</source>
        <translation>Unterschrift %1 von %2 auf %3 widerrufen: %4</translation>
    </message>
    <message>
        <source>change the plan</source>
        <translation>den Plan ändern</translation>
    </message>
    <message>
        <source>Checklist plan changed: %1 now for %2 on %3 (plan %4), signatures voided: %5</source>
        <translation>Checklisten-Plan geändert: %1 jetzt für %2 auf %3 (Plan %4), Unterschriften annulliert: %5</translation>
    </message>
    <message>
        <source>void the run</source>
        <translation>den Lauf annullieren</translation>
    </message>
    <message>
        <source>Checklist run voided: %1 for %2: %3</source>
        <translation>Checklisten-Lauf annulliert: %1 für %2: %3</translation>
    </message>
</context>
<context>
    <name>ChecklistLibrary</name>
    <message>
        <source>template id &apos;%1&apos; is also used by %2; this file is ignored</source>
        <translation>die Vorlagen-ID &apos;%1&apos; wird auch von %2 verwendet; diese Datei wird ignoriert</translation>
    </message>
    <message>
        <source>a run of the checklist template &apos;%1&apos; cannot approve %2: %2 accepts only %3 (%4)</source>
        <translation>ein Lauf der Checklisten-Vorlage &apos;%1&apos; kann %2 nicht freigeben: %2 akzeptiert nur %3 (%4)</translation>
    </message>
    <message>
        <source>its checklist_templates in the fleet configuration</source>
        <translation>ihre checklist_templates in der Flottenkonfiguration</translation>
    </message>
    <message>
        <source>the default; name others under the environment&apos;s checklist_templates in the fleet configuration</source>
        <translation>der Standard; weitere unter checklist_templates der Umgebung in der Flottenkonfiguration nennen</translation>
    </message>
    <message>
        <source>this console has no checklist template &apos;%1&apos;, so it runs none of the run&apos;s commands</source>
        <translation>diese Konsole hat keine Checklisten-Vorlage &apos;%1&apos; und führt daher keinen der Befehle des Laufs aus</translation>
    </message>
    <message>
        <source>the run&apos;s checklist &apos;%1&apos; is not byte for byte this console&apos;s template &apos;%1&apos;, so it runs none of the run&apos;s commands</source>
        <translation>die Checkliste &apos;%1&apos; des Laufs ist nicht Byte für Byte die Vorlage &apos;%1&apos; dieser Konsole, daher führt sie keinen der Befehle des Laufs aus</translation>
    </message>
    <message>
        <source>this console&apos;s template has no command for %1</source>
        <translation>die Vorlage dieser Konsole hat keinen Befehl für %1</translation>
    </message>
</context>
<context>
    <name>ChecklistPlan</name>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation>es gibt keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>invalid release &apos;%1&apos;: %2</source>
        <translation>ungültiges Release &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is not a host of %2</source>
        <translation>Host &apos;%1&apos; ist kein Host von %2</translation>
    </message>
</context>
<context>
    <name>ChecklistRun</name>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>bereit zur Unterschrift</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulliert</translation>
    </message>
    <message>
        <source>before the run started</source>
        <translation>bevor der Lauf begann</translation>
    </message>
    <message>
        <source>the plan does not match its hash</source>
        <translation>der Plan passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>started %1 for %2 %3 (plan %4)</source>
        <translation>%1 gestartet für %2 %3 (Plan %4)</translation>
    </message>
    <message>
        <source>the event is about run %1</source>
        <translation>das Ereignis betrifft Lauf %1</translation>
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation>abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>run %1 is for %2, not %3</source>
        <translation>Lauf %1 gilt für %2, nicht für %3</translation>
    </message>
    <message>
        <source>checklist run %1 exists already</source>
        <translation>Checklisten-Lauf %1 existiert bereits</translation>
    </message>
    <message>
        <source>the run was voided by %1: %2</source>
        <translation>der Lauf wurde von %1 annulliert: %2</translation>
    </message>
    <message>
        <source>the plan changed: the run&apos;s plan is now %1, not %2</source>
        <translation>der Plan hat sich geändert: der Plan des Laufs ist jetzt %1, nicht %2</translation>
    </message>
    <message>
        <source>evidence needs a result: passed or failed</source>
        <translation>ein Nachweis braucht ein Ergebnis: bestanden oder fehlgeschlagen</translation>
    </message>
    <message>
        <source>own check passed</source>
        <translation>eigene Prüfung bestanden</translation>
    </message>
    <message>
        <source>own check failed</source>
        <translation>eigene Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>evidence passed</source>
        <translation>Nachweis bestanden</translation>
    </message>
    <message>
        <source>evidence failed</source>
        <translation>Nachweis fehlgeschlagen</translation>
    </message>
    <message>
        <source>signed as %1 (plan %2)</source>
        <translation>unterschrieben als %1 (Plan %2)</translation>
    </message>
    <message>
        <source>revoked the %1 signature of %2: %3</source>
        <translation>Unterschrift %1 von %2 widerrufen: %3</translation>
    </message>
    <message>
        <source>run voided: %1</source>
        <translation>Lauf annulliert: %1</translation>
    </message>
    <message>
        <source>voided the run: %1</source>
        <translation>hat den Lauf annulliert: %1</translation>
    </message>
    <message>
        <source>the plan hash %1 does not match the new plan (%2)</source>
        <translation>der Plan-Hash %1 passt nicht zum neuen Plan (%2)</translation>
    </message>
    <message>
        <source>plan changed: %1</source>
        <translation>Plan geändert: %1</translation>
    </message>
    <message>
        <source>changed the plan to %1 %2 on %3 (plan %4): %5</source>
        <translation>Plan geändert auf %1 %2 auf %3 (Plan %4): %5</translation>
    </message>
    <message>
        <source>%1 is not a checklist event OpsDeck knows</source>
        <translation>%1 ist kein Checklisten-Ereignis, das OpsDeck kennt</translation>
    </message>
    <message>
        <source>the run has no item %1</source>
        <translation>der Lauf hat keinen Punkt %1</translation>
    </message>
    <message>
        <source>%1 does not hold the role %2 that item %3 needs</source>
        <translation>%1 hat nicht die Rolle %2, die Punkt %3 verlangt</translation>
    </message>
    <message>
        <source>the sign-off expired at %1; required items can no longer change</source>
        <translation>die Freigabe ist am %1 abgelaufen; Pflichtpunkte können sich nicht mehr ändern</translation>
    </message>
    <message>
        <source>item %1 is required and the run has signatures; they must be revoked first</source>
        <translation>Punkt %1 ist Pflicht, und der Lauf hat Unterschriften; diese müssen zuerst widerrufen werden</translation>
    </message>
    <message>
        <source>item %1 is checked automatically; record its evidence instead</source>
        <translation>Punkt %1 wird automatisch geprüft; stattdessen seinen Nachweis verzeichnen</translation>
    </message>
    <message>
        <source>item %1 was already ticked by %2</source>
        <translation>Punkt %1 wurde bereits von %2 abgehakt</translation>
    </message>
    <message>
        <source>item %1 is checked automatically; run its check again instead</source>
        <translation>Punkt %1 wird automatisch geprüft; stattdessen seine Prüfung erneut ausführen</translation>
    </message>
    <message>
        <source>item %1 is not ticked</source>
        <translation>Punkt %1 ist nicht abgehakt</translation>
    </message>
    <message>
        <source>unticking needs a reason</source>
        <translation>den Haken zu entfernen braucht einen Grund</translation>
    </message>
    <message>
        <source>item %1 is ticked by a person, not by evidence</source>
        <translation>Punkt %1 wurde von einer Person abgehakt, nicht durch einen Nachweis</translation>
    </message>
    <message>
        <source>the plan asks for no %1 signature</source>
        <translation>der Plan verlangt keine Unterschrift %1</translation>
    </message>
    <message>
        <source>the sign-off expired at %1; start a new run</source>
        <translation>die Freigabe ist am %1 abgelaufen; einen neuen Lauf starten</translation>
    </message>
    <message>
        <source>%1 does not hold the sign-off role %2</source>
        <translation>%1 hat nicht die Freigaberolle %2</translation>
    </message>
    <message>
        <source>%1 started this run and may not sign it (four eyes)</source>
        <translation>%1 hat diesen Lauf gestartet und darf ihn nicht unterschreiben (Vier-Augen-Prinzip)</translation>
    </message>
    <message>
        <source>%1 already signed as %2</source>
        <translation>%1 hat bereits als %2 unterschrieben</translation>
    </message>
    <message>
        <source>%1 already signed as %2; each role needs a different person</source>
        <translation>%1 hat bereits als %2 unterschrieben; jede Rolle braucht eine andere Person</translation>
    </message>
    <message>
        <source>the %1 sign-off is complete already</source>
        <translation>die Freigabe %1 ist bereits vollständig</translation>
    </message>
    <message>
        <source>required items are not done: %1</source>
        <translation>Pflichtpunkte sind nicht erledigt: %1</translation>
    </message>
    <message>
        <source>%1 has no passing check of their own from the last 15 minutes of: %2 (a signature counts only after the signer&apos;s own console checked every automatic item: run the checks, then sign)</source>
        <translation>%1 hat keine eigene bestandene Prüfung aus den letzten 15 Minuten für: %2 (eine Unterschrift zählt erst, wenn die Konsole der unterschreibenden Person jeden automatischen Punkt geprüft hat: erst die Prüfungen ausführen, dann unterschreiben)</translation>
    </message>
    <message>
        <source>run %1 has no signature %2</source>
        <translation>Lauf %1 hat keine Unterschrift %2</translation>
    </message>
    <message>
        <source>that signature was revoked already</source>
        <translation>diese Unterschrift wurde bereits widerrufen</translation>
    </message>
    <message>
        <source>that signature was voided already</source>
        <translation>diese Unterschrift wurde bereits annulliert</translation>
    </message>
    <message>
        <source>only %1 or an admin may revoke this signature</source>
        <translation>nur %1 oder ein Admin darf diese Unterschrift widerrufen</translation>
    </message>
    <message>
        <source>revoking a signature needs a reason</source>
        <translation>eine Unterschrift zu widerrufen braucht einen Grund</translation>
    </message>
    <message>
        <source>only %1, who started the run, or a lead may change or void it</source>
        <translation>nur %1, der den Lauf gestartet hat, oder ein Lead darf ihn ändern oder annullieren</translation>
    </message>
    <message>
        <source>changing the plan or voiding a run needs a reason</source>
        <translation>den Plan zu ändern oder einen Lauf zu annullieren braucht einen Grund</translation>
    </message>
    <message>
        <source>the plan did not change</source>
        <translation>der Plan hat sich nicht geändert</translation>
    </message>
    <message>
        <source>a run for %1 cannot change to %2</source>
        <translation>ein Lauf für %1 kann nicht zu %2 wechseln</translation>
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>there is no checklist template &apos;%1&apos; any more</source>
        <translation>es gibt die Checklisten-Vorlage &apos;%1&apos; nicht mehr</translation>
    </message>
    <message>
        <source>there is no checklist template &apos;%1&apos;</source>
        <translation>es gibt keine Checklisten-Vorlage &apos;%1&apos;</translation>
    </message>
    <message>
        <source>checked by hand here: %1</source>
        <translation>hier von Hand geprüft: %1</translation>
    </message>
    <message>
        <source>nothing to check automatically</source>
        <translation>nichts automatisch zu prüfen</translation>
    </message>
    <message>
        <source>automatic checks are not available here</source>
        <translation>automatische Prüfungen sind hier nicht verfügbar</translation>
    </message>
    <message>
        <source>the evidence of %1 was not recorded: the store stopped</source>
        <translation>der Nachweis von %1 wurde nicht verzeichnet: die Datenbank wurde beendet</translation>
    </message>
    <message>
        <source>the check of %1 was interrupted before it finished; run it again</source>
        <translation>die Prüfung von %1 wurde vor dem Ende unterbrochen; erneut ausführen</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>every health check of the run&apos;s hosts passes</source>
        <translation>jeder Health-Check der Hosts des Laufs besteht</translation>
    </message>
    <message>
        <source>every health check of &apos;%1&apos; on the run&apos;s hosts passes</source>
        <translation>jeder Health-Check von &apos;%1&apos; auf den Hosts des Laufs besteht</translation>
    </message>
    <message>
        <source>the newest backup of every location on the run&apos;s hosts is younger than %1</source>
        <translation>das neueste Backup jedes Speicherorts auf den Hosts des Laufs ist jünger als %1</translation>
    </message>
    <message>
        <source>the newest backup in &apos;%1&apos; is younger than %2</source>
        <translation>das neueste Backup in &apos;%1&apos; ist jünger als %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exits 0 on every host of the run</source>
        <translation>&apos;%1&apos; endet mit 0 auf jedem Host des Laufs</translation>
    </message>
    <message>
        <source>&apos;%1&apos; exits 0 on every host labelled %2</source>
        <translation>&apos;%1&apos; endet mit 0 auf jedem Host mit dem Label %2</translation>
    </message>
    <message>
        <source>the release is present on every host of the run</source>
        <translation>das Release liegt auf jedem Host des Laufs vor</translation>
    </message>
    <message>
        <source>the release of &apos;%1&apos; is present on every host of the run</source>
        <translation>das Release von &apos;%1&apos; liegt auf jedem Host des Laufs vor</translation>
    </message>
    <message>
        <source>every backup location with a drill target on the run&apos;s hosts had a successful restore drill within its RTO in the last %1</source>
        <translation>jeder Backup-Speicherort mit Restore-Ziel auf den Hosts des Laufs hatte in den letzten %1 einen erfolgreichen Restore-Test innerhalb seiner RTO</translation>
    </message>
    <message>
        <source>&apos;%1&apos; had a successful restore drill within its RTO in the last %2</source>
        <translation>&apos;%1&apos; hatte in den letzten %2 einen erfolgreichen Restore-Test innerhalb seiner RTO</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateLoader</name>
    <message>
        <source>%1 may not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters, the limit is %3)</source>
        <translation>%1 ist zu lang (%2 Zeichen, die Grenze ist %3)</translation>
    </message>
    <message>
        <source>%1 may not contain control characters</source>
        <translation>%1 darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>unsupported checklist format %1; this OpsDeck reads format 1</source>
        <translation>nicht unterstütztes Checklisten-Format %1; dieses OpsDeck liest Format 1</translation>
    </message>
    <message>
        <source>template id</source>
        <translation>Vorlagen-ID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>sections must be a list, found %1</source>
        <translation>sections muss eine Liste sein, gefunden: %1</translation>
    </message>
    <message>
        <source>a checklist needs at least one item</source>
        <translation>eine Checkliste braucht mindestens einen Punkt</translation>
    </message>
    <message>
        <source>a section</source>
        <translation>ein Abschnitt</translation>
    </message>
    <message>
        <source>a section needs items or sections</source>
        <translation>ein Abschnitt braucht items oder sections</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>items must be a list, found %1</source>
        <translation>items muss eine Liste sein, gefunden: %1</translation>
    </message>
    <message>
        <source>items may not be an empty list</source>
        <translation>items darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>sections may not be an empty list</source>
        <translation>sections darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>ein Punkt</translation>
    </message>
    <message>
        <source>a checklist may have at most %1 items</source>
        <translation>eine Checkliste darf höchstens %1 Punkte haben</translation>
    </message>
    <message>
        <source>item id</source>
        <translation>Punkt-ID</translation>
    </message>
    <message>
        <source>item id &apos;%1&apos; is already used on line %2</source>
        <translation>Punkt-ID &apos;%1&apos; wird bereits in Zeile %2 verwendet</translation>
    </message>
    <message>
        <source>item text</source>
        <translation>Punkttext</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>service name</source>
        <translation>Dienstname</translation>
    </message>
    <message>
        <source>backup name</source>
        <translation>Backup-Name</translation>
    </message>
    <message>
        <source>run may not be an empty list</source>
        <translation>run darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>app name</source>
        <translation>App-Name</translation>
    </message>
    <message>
        <source>sign-off roles</source>
        <translation>Freigaberollen</translation>
    </message>
    <message>
        <source>at least one sign-off role is required</source>
        <translation>mindestens eine Freigaberolle ist nötig</translation>
    </message>
    <message>
        <source>invalid role &apos;%1&apos;: %2</source>
        <translation>ungültige Rolle &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>sign-off role &apos;%1&apos;</source>
        <translation>Freigaberolle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>a role is 1 to 48 lower-case letters, digits and &apos;_&apos;, starting with a letter</source>
        <translation>eine Rolle besteht aus 1 bis 48 Kleinbuchstaben, Ziffern und &apos;_&apos; und beginnt mit einem Buchstaben</translation>
    </message>
    <message>
        <source>an id is 1 to 80 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>eine ID besteht aus 1 bis 80 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>evidence needs exactly one of health, backup_age, restore_drill, command, release</source>
        <translation>evidence braucht genau eines von health, backup_age, restore_drill, command, release</translation>
    </message>
</context>
<context>
    <name>ChecklistVerb</name>
    <message>
        <source>run:       %1</source>
        <translation>Lauf:       %1</translation>
    </message>
    <message>
        <source>checklist: %1 (%2)</source>
        <translation>Checkliste: %1 (%2)</translation>
    </message>
    <message>
        <source>release:   %1 %2 on %3</source>
        <translation>Release:    %1 %2 auf %3</translation>
    </message>
    <message>
        <source>plan:      %1</source>
        <translation>Plan:       %1</translation>
    </message>
    <message>
        <source>started:   %1 by %2</source>
        <translation>Gestartet:  %1 von %2</translation>
    </message>
    <message>
        <source>status:    %1</source>
        <translation>Status:     %1</translation>
    </message>
    <message>
        <source>own checks: %1</source>
        <translation>eigene Prüfungen: %1</translation>
    </message>
    <message>
        <source>sign-off:</source>
        <translation>Freigabe:</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>annulliert</translation>
    </message>
    <message>
        <source>  still to sign: %1</source>
        <translation>  noch zu unterschreiben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stored event(s) do not count (written around OpsDeck&apos;s rules)</source>
        <translation>
            <numerusform>%n gespeichertes Ereignis zählt nicht (an den Regeln von OpsDeck vorbei geschrieben)</numerusform>
            <numerusform>%n gespeicherte Ereignisse zählen nicht (an den Regeln von OpsDeck vorbei geschrieben)</numerusform>
        </translation>
    </message>
    <message>
        <source>checked by hand here: %1</source>
        <translation>hier von Hand geprüft: %1</translation>
    </message>
    <message>
        <source>opsdeck: the evidence for %1 was not recorded: %2</source>
        <translation>opsdeck: der Nachweis für %1 wurde nicht verzeichnet: %2</translation>
    </message>
    <message>
        <source>The release: version, tag or release directory name.</source>
        <translation>Das Release: Version, Tag oder Name des Release-Verzeichnisses.</translation>
    </message>
    <message>
        <source>The checklist template; one the environment accepts (default: the first of its checklist_templates).</source>
        <translation>Die Checklisten-Vorlage; eine, die die Umgebung akzeptiert (Standard: die erste ihrer checklist_templates).</translation>
    </message>
    <message>
        <source>A host of the release (repeatable; default: every host of the environment).</source>
        <translation>Ein Host des Release (wiederholbar; Standard: jeder Host der Umgebung).</translation>
    </message>
    <message>
        <source>A comment recorded with the tick or signature.</source>
        <translation>Ein Kommentar, der mit dem Haken oder der Unterschrift verzeichnet wird.</translation>
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation>Warum (wird verzeichnet).</translation>
    </message>
    <message>
        <source>Export format: md or pdf.</source>
        <translation>Exportformat: md oder pdf.</translation>
    </message>
    <message>
        <source>Export file.</source>
        <translation>Exportdatei.</translation>
    </message>
    <message>
        <source>JSON output (list, show).</source>
        <translation>Ausgabe als JSON (list, show).</translation>
    </message>
    <message>
        <source>opsdeck: unknown checklist command &apos;%1&apos;</source>
        <translation>opsdeck: unbekannter checklist-Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: it is recorded with the change</source>
        <translation>opsdeck: --reason TEXT ist nötig: er wird mit der Änderung verzeichnet</translation>
    </message>
    <message>
        <source>opsdeck: refused: %1</source>
        <translation>opsdeck: abgelehnt: %1</translation>
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation>Lauf %1 ist %2</translation>
    </message>
    <message>
        <source>there is no checklist template &apos;%1&apos; (opsdeck checklist templates lists them)</source>
        <translation>es gibt keine Checklisten-Vorlage &apos;%1&apos; (opsdeck checklist templates listet sie auf)</translation>
    </message>
    <message>
        <source>opsdeck: --release VERSION is required: a run approves one release</source>
        <translation>opsdeck: --release VERSION ist nötig: ein Lauf gibt genau ein Release frei</translation>
    </message>
    <message>
        <source>opsdeck: not started: %1</source>
        <translation>opsdeck: nicht gestartet: %1</translation>
    </message>
    <message>
        <source>started %1 for %2 %3 (plan %4)</source>
        <translation>%1 gestartet für %2 %3 (Plan %4)</translation>
    </message>
    <message>
        <source>opsdeck: --release VERSION is required: the gate approves one release</source>
        <translation>opsdeck: --release VERSION ist nötig: die Schranke gibt genau ein Release frei</translation>
    </message>
    <message>
        <source>NOT APPROVED: %1</source>
        <translation>NICHT FREIGEGEBEN: %1</translation>
    </message>
    <message>
        <source>APPROVED: %1</source>
        <translation>FREIGEGEBEN: %1</translation>
    </message>
    <message>
        <source>ticked %1</source>
        <translation>%1 abgehakt</translation>
    </message>
    <message>
        <source>unticked %1</source>
        <translation>Haken bei %1 entfernt</translation>
    </message>
    <message>
        <source>signed as %1</source>
        <translation>unterschrieben als %1</translation>
    </message>
    <message>
        <source>revoked signature %1</source>
        <translation>Unterschrift %1 widerrufen</translation>
    </message>
    <message>
        <source>plan changed to %1 (signatures voided)</source>
        <translation>Plan geändert auf %1 (Unterschriften annulliert)</translation>
    </message>
    <message>
        <source>opsdeck: export needs --format md|pdf and --output FILE</source>
        <translation>opsdeck: export braucht --format md|pdf und --output DATEI</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Deployment checklists: start a run for a release, tick, check, sign off; gate a deployment on a signed run.</source>
        <translation>Deployment-Checklisten: einen Lauf für ein Release starten, abhaken, prüfen, freigeben; ein Deployment an einen unterschriebenen Lauf binden.</translation>
    </message>
    <message>
        <source>%1 passed %2</source>
        <comment>login, time</comment>
        <translation>%1: bestanden am %2</translation>
    </message>
    <message>
        <source>%1 failed %2</source>
        <comment>login, time</comment>
        <translation>%1: fehlgeschlagen am %2</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <comment>a checklist item&apos;s id</comment>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>%1 (recorded by %2 at %3)</source>
        <comment>evidence summary, who, when</comment>
        <translation>%1 (verzeichnet von %2 am %3)</translation>
    </message>
    <message>
        <source>opsdeck: nothing to check: no automatic item</source>
        <translation>opsdeck: nichts zu prüfen: kein automatischer Punkt</translation>
    </message>
    <message>
        <source>opsdeck: nothing to check: no automatic item by that id</source>
        <translation>opsdeck: nichts zu prüfen: kein automatischer Punkt mit dieser ID</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Fleet configuration (default: $OPSDECK_CONFIG, else the file the window used last).</source>
        <translation>Flottenkonfiguration (Standard: $OPSDECK_CONFIG, sonst die zuletzt im Fenster verwendete Datei).</translation>
    </message>
    <message>
        <source>Store URI (default: the local SQLite store).</source>
        <translation>Datenbank-URI (Standard: die lokale SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>opsdeck: no configuration; give --config FILE or set OPSDECK_CONFIG</source>
        <translation>opsdeck: keine Konfiguration; --config DATEI angeben oder OPSDECK_CONFIG setzen</translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>The fleet configuration to open.</source>
        <translation>Die zu öffnende Flottenkonfiguration.</translation>
    </message>
    <message>
        <source>sqlite:///PATH, postgresql://… or host=… dbname=… (default: $OPSDECK_STORE, else an SQLite file in the user&apos;s data directory).</source>
        <translation>sqlite:///PFAD, postgresql://… oder host=… dbname=… (Standard: $OPSDECK_STORE, sonst eine SQLite-Datei im Datenverzeichnis des Benutzers).</translation>
    </message>
    <message>
        <source>Open on this area: %1.</source>
        <translation>In diesem Bereich öffnen: %1.</translation>
    </message>
    <message>
        <source>This text; opsdeck VERB --help for a verb.</source>
        <translation>Dieser Text; opsdeck VERB --help für ein Verb.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>Die Version.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>With no verb, opens the console window.</source>
        <translation>Ohne Verb öffnet sich das Konsolenfenster.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verben:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>ComposeFileReader</name>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Compose ignores it</source>
        <translation>Compose ignoriert es</translation>
    </message>
    <message>
        <source>no fleet configuration setting corresponds</source>
        <translation>keine Einstellung der Flottenkonfiguration entspricht dem</translation>
    </message>
    <message>
        <source>guessed: the file names no host; this is its project&apos;s name — set the address of the host that runs it</source>
        <translation>vermutet: die Datei nennt keinen Host; dies ist der Name ihres Projekts — die Adresse des Hosts eintragen, auf dem es läuft</translation>
    </message>
    <message>
        <source>guessed: a Compose file names no environment</source>
        <translation>vermutet: eine Compose-Datei nennt keine Umgebung</translation>
    </message>
    <message>
        <source>a service</source>
        <translation>ein Dienst</translation>
    </message>
    <message>
        <source>service %1 is not mapped: %2</source>
        <translation>Dienst %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>service %1 is not mapped: the host already has a service of that name</source>
        <translation>Dienst %1 wird nicht übernommen: der Host hat bereits einen Dienst dieses Namens</translation>
    </message>
    <message>
        <source>service %1 is not mapped: expected a mapping</source>
        <translation>Dienst %1 wird nicht übernommen: Mapping erwartet</translation>
    </message>
    <message>
        <source>a container setting OpsDeck has no place for</source>
        <translation>eine Container-Einstellung, für die OpsDeck keinen Platz hat</translation>
    </message>
    <message>
        <source>healthcheck is not mapped: expected a mapping</source>
        <translation>healthcheck wird nicht übernommen: Mapping erwartet</translation>
    </message>
    <message>
        <source>Docker&apos;s own health check timing; OpsDeck polls at health_interval</source>
        <translation>Dockers eigenes Health-Check-Timing; OpsDeck fragt im Takt von health_interval ab</translation>
    </message>
    <message>
        <source>no health check probes a published port</source>
        <translation>kein Health-Check prüft einen veröffentlichten Port</translation>
    </message>
    <message>
        <source>healthcheck test is not mapped: it starts with neither CMD, CMD-SHELL nor NONE</source>
        <translation>healthcheck test wird nicht übernommen: er beginnt weder mit CMD noch mit CMD-SHELL oder NONE</translation>
    </message>
    <message>
        <source>healthcheck test is not mapped: expected a list or a text</source>
        <translation>healthcheck test wird nicht übernommen: Liste oder Text erwartet</translation>
    </message>
    <message>
        <source>healthcheck test is not mapped: it has %1, and OpsDeck reads only plain commands</source>
        <translation>healthcheck test wird nicht übernommen: er enthält %1, und OpsDeck liest nur einfache Befehle</translation>
    </message>
    <message>
        <source>healthcheck test %1 is not mapped: OpsDeck checks HTTP endpoints only</source>
        <translation>healthcheck test %1 wird nicht übernommen: OpsDeck prüft nur HTTP-Endpunkte</translation>
    </message>
    <message>
        <source>healthcheck test is not mapped: %1</source>
        <translation>healthcheck test wird nicht übernommen: %1</translation>
    </message>
    <message>
        <source>health URL %1 is not mapped: it is inside the container, and port %2 is not published</source>
        <translation>Health-URL %1 wird nicht übernommen: sie liegt im Container, und Port %2 ist nicht veröffentlicht</translation>
    </message>
    <message>
        <source>guessed: the container&apos;s port %1 is published as %2 on the host</source>
        <translation>vermutet: Port %1 des Containers ist auf dem Host als %2 veröffentlicht</translation>
    </message>
    <message>
        <source>no app is written: no service runs an image of the project&apos;s own (built here, or from a registry path)</source>
        <translation>keine App geschrieben: kein Dienst läuft mit einem eigenen Image des Projekts (hier gebaut oder aus einem Registry-Pfad)</translation>
    </message>
    <message>
        <source>guessed: the services whose image is not one of Docker&apos;s official images; their image tag is the release</source>
        <translation>vermutet: die Dienste, deren Image keines der offiziellen Docker-Images ist; ihr Image-Tag ist das Release</translation>
    </message>
    <message>
        <source>guessed: the services running the image built here; their image tag is the release</source>
        <translation>vermutet: die Dienste, die das hier gebaute Image ausführen; ihr Image-Tag ist das Release</translation>
    </message>
    <message>
        <source>no app is written: the project name %1 is not one Compose accepts</source>
        <translation>keine App geschrieben: den Projektnamen %1 akzeptiert Compose nicht</translation>
    </message>
    <message>
        <source>guessed: the file does not say where it lies on the host; set the path of this compose file there</source>
        <translation>vermutet: die Datei sagt nicht, wo sie auf dem Host liegt; tragen Sie den Pfad dieser Compose-Datei dort ein</translation>
    </message>
</context>
<context>
    <name>ComposeStrategy</name>
    <message>
        <source>the image %1 is pinned by digest, not by a tag</source>
        <translation>das Image %1 ist per Digest festgelegt, nicht per Tag</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image name by Docker&apos;s rules</source>
        <translation>&apos;%1&apos; ist nach Dockers Regeln kein Image-Name</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an image tag by Docker&apos;s rules</source>
        <translation>&apos;%1&apos; ist nach Dockers Regeln kein Image-Tag</translation>
    </message>
    <message>
        <source>the host did not list the app&apos;s containers and images</source>
        <translation>der Host hat die Container und Images der App nicht aufgelistet</translation>
    </message>
    <message>
        <source>service %1 runs an image OpsDeck does not handle: %2</source>
        <translation>Dienst %1 läuft mit einem Image, das OpsDeck nicht verarbeitet: %2</translation>
    </message>
    <message>
        <source>service %1 has no running container</source>
        <translation>Dienst %1 hat keinen laufenden Container</translation>
    </message>
    <message>
        <source>the services run different tags: %1</source>
        <translation>die Dienste laufen mit verschiedenen Tags: %1</translation>
    </message>
    <message>
        <source>no container of the app&apos;s services is running</source>
        <translation>kein Container der Dienste der App läuft</translation>
    </message>
    <message>
        <source>pin the tag %1 for %2 in %3, then %4</source>
        <translation>Tag %1 für %2 in %3 festlegen, dann %4</translation>
    </message>
    <message>
        <source>pin the tag %1 for %2 in %3, then %4 (only if the services still run %5)</source>
        <translation>Tag %1 für %2 in %3 festlegen, dann %4 (nur wenn die Dienste noch %5 ausführen)</translation>
    </message>
    <message>
        <source>This roll-forward does not revert volumes, the services not listed for the app (databases, Redis), or the compose file and the .env values the containers read.</source>
        <translation>Dieses Roll-forward macht Volumes, die nicht für die App aufgeführten Dienste (Datenbanken, Redis) sowie die Compose-Datei und die .env-Werte, die die Container lesen, nicht rückgängig.</translation>
    </message>
    <message>
        <source>This rollback does not revert volumes, the services not listed for the app (databases, Redis), or the compose file and the .env values the containers read.</source>
        <translation>Dieses Rollback macht Volumes, die nicht für die App aufgeführten Dienste (Datenbanken, Redis) sowie die Compose-Datei und die .env-Werte, die die Container lesen, nicht rückgängig.</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>unsupported configuration version %1; this OpsDeck reads version 1</source>
        <translation>nicht unterstützte Konfigurationsversion %1; dieses OpsDeck liest Version 1</translation>
    </message>
    <message>
        <source>checklists</source>
        <translation>checklists</translation>
    </message>
    <message>
        <source>checklist directory &apos;%1&apos; does not exist</source>
        <translation>das Checklisten-Verzeichnis &apos;%1&apos; existiert nicht</translation>
    </message>
    <message>
        <source>environments</source>
        <translation>environments</translation>
    </message>
    <message>
        <source>at least one environment is required</source>
        <translation>mindestens eine Umgebung ist nötig</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>defaults</source>
        <translation>defaults</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>identity_file</source>
        <translation>identity_file</translation>
    </message>
    <message>
        <source>known_hosts</source>
        <translation>known_hosts</translation>
    </message>
    <message>
        <source>connect_timeout</source>
        <translation>connect_timeout</translation>
    </message>
    <message>
        <source>command_timeout</source>
        <translation>command_timeout</translation>
    </message>
    <message>
        <source>idle_timeout</source>
        <translation>idle_timeout</translation>
    </message>
    <message>
        <source>keepalive_interval</source>
        <translation>keepalive_interval</translation>
    </message>
    <message>
        <source>health_interval</source>
        <translation>health_interval</translation>
    </message>
    <message>
        <source>health_timeout</source>
        <translation>health_timeout</translation>
    </message>
    <message>
        <source>health_timeout (%1) must be shorter than health_interval (%2)</source>
        <translation>health_timeout (%1) muss kürzer sein als health_interval (%2)</translation>
    </message>
    <message>
        <source>thresholds</source>
        <translation>thresholds</translation>
    </message>
    <message>
        <source>response_time_warning</source>
        <translation>response_time_warning</translation>
    </message>
    <message>
        <source>memory_percent</source>
        <translation>memory_percent</translation>
    </message>
    <message>
        <source>cpu_percent</source>
        <translation>cpu_percent</translation>
    </message>
    <message>
        <source>cpu_sustained</source>
        <translation>cpu_sustained</translation>
    </message>
    <message>
        <source>disk_free_percent</source>
        <translation>disk_free_percent</translation>
    </message>
    <message>
        <source>backup_max_age</source>
        <translation>backup_max_age</translation>
    </message>
    <message>
        <source>unreachable_failures</source>
        <translation>unreachable_failures</translation>
    </message>
    <message>
        <source>unreachable_window</source>
        <translation>unreachable_window</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>role display name</source>
        <translation>Anzeigename der Rolle</translation>
    </message>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>person &apos;%1&apos;</source>
        <translation>Person &apos;%1&apos;</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>role &apos;%1&apos; is not declared under &apos;roles&apos;</source>
        <translation>die Rolle &apos;%1&apos; ist nicht unter &apos;roles&apos; deklariert</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos;</source>
        <translation>Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirm</translation>
    </message>
    <message>
        <source>confirm must be &apos;click&apos; or &apos;typed&apos;, found &apos;%1&apos;</source>
        <translation>confirm muss &apos;click&apos; oder &apos;typed&apos; sein, gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>require_approval</source>
        <translation>require_approval</translation>
    </message>
    <message>
        <source>require_signed_checklist</source>
        <translation>require_signed_checklist</translation>
    </message>
    <message>
        <source>checklist_templates</source>
        <translation>checklist_templates</translation>
    </message>
    <message>
        <source>checklist_templates needs at least one template id: a run of one of them approves %1</source>
        <translation>checklist_templates braucht mindestens eine Vorlagen-ID: ein Lauf einer davon gibt %1 frei</translation>
    </message>
    <message>
        <source>invalid checklist template id &apos;%1&apos;: %2</source>
        <translation>ungültige Checklisten-Vorlagen-ID &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>checklist template &apos;%1&apos; is named twice</source>
        <translation>die Checklisten-Vorlage &apos;%1&apos; ist doppelt genannt</translation>
    </message>
    <message>
        <source>ca_file</source>
        <translation>ca_file</translation>
    </message>
    <message>
        <source>hosts of %1</source>
        <translation>Hosts von %1</translation>
    </message>
    <message>
        <source>%1 needs at least one host</source>
        <translation>%1 braucht mindestens einen Host</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; is already defined on line %2; host names must be unique in the file</source>
        <translation>Host &apos;%1&apos; ist bereits in Zeile %2 definiert; Hostnamen müssen in der Datei eindeutig sein</translation>
    </message>
    <message>
        <source>host &apos;%1&apos;</source>
        <translation>Host &apos;%1&apos;</translation>
    </message>
    <message>
        <source>host address</source>
        <translation>Host-Adresse</translation>
    </message>
    <message>
        <source>%1 has no address and its name is not a valid host name</source>
        <translation>%1 hat keine Adresse, und sein Name ist kein gültiger Hostname</translation>
    </message>
    <message>
        <source>%1 has no user, and the local user name &apos;%2&apos; cannot be used: %3</source>
        <translation>%1 hat keinen Benutzer, und der lokale Benutzername &apos;%2&apos; ist nicht verwendbar: %3</translation>
    </message>
    <message>
        <source>%1 has an invalid user: %2</source>
        <translation>%1 hat einen ungültigen Benutzer: %2</translation>
    </message>
    <message>
        <source>jump host name</source>
        <translation>Name des Jump-Hosts</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <source>invalid label &apos;%1&apos;: %2</source>
        <translation>ungültiges Label &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>services of %1</source>
        <translation>Dienste von %1</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>apps of %1</source>
        <translation>Apps von %1</translation>
    </message>
    <message>
        <source>app</source>
        <translation>App</translation>
    </message>
    <message>
        <source>backups of %1</source>
        <translation>Backups von %1</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation>Dienst &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>invalid unit &apos;%1&apos;: %2</source>
        <translation>ungültige Unit &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>%1 needs a &apos;unit&apos;: its name is not a valid unit name</source>
        <translation>%1 braucht eine &apos;unit&apos;: sein Name ist kein gültiger Unit-Name</translation>
    </message>
    <message>
        <source>restart_command</source>
        <translation>restart_command</translation>
    </message>
    <message>
        <source>restart_command may not be an empty list</source>
        <translation>restart_command darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>sudo</source>
        <translation>sudo</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http:// or https:// URL</source>
        <translation>&apos;%1&apos; ist keine gültige http://- oder https://-URL</translation>
    </message>
    <message>
        <source>a health check</source>
        <translation>ein Health-Check</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>format must be one of auto, seeds, ietf, spring, k8s, plain; found &apos;%1&apos;</source>
        <translation>format muss eines von auto, seeds, ietf, spring, k8s, plain sein; gefunden: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>interval</source>
        <translation>interval</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <source>allow_redirects_to</source>
        <translation>allow_redirects_to</translation>
    </message>
    <message>
        <source>allow_redirects_to: &apos;%1&apos; is not a host name or host:port</source>
        <translation>allow_redirects_to: &apos;%1&apos; ist weder Hostname noch host:port</translation>
    </message>
    <message>
        <source>the health check timeout (%1) must be shorter than its interval (%2)</source>
        <translation>das Timeout des Health-Checks (%1) muss kürzer sein als sein Intervall (%2)</translation>
    </message>
    <message>
        <source>health must be a URL or a list of health checks, found %1</source>
        <translation>health muss eine URL oder eine Liste von Health-Checks sein, gefunden: %1</translation>
    </message>
    <message>
        <source>app &apos;%1&apos;</source>
        <translation>App &apos;%1&apos;</translation>
    </message>
    <message>
        <source>services</source>
        <translation>services</translation>
    </message>
    <message>
        <source>app &apos;%1&apos; restarts &apos;%2&apos;, which is not a service of host &apos;%3&apos;</source>
        <translation>App &apos;%1&apos; startet &apos;%2&apos; neu, das kein Dienst von Host &apos;%3&apos; ist</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>strategy</source>
        <translation>strategy</translation>
    </message>
    <message>
        <source>keep_releases</source>
        <translation>keep_releases</translation>
    </message>
    <message>
        <source>backup &apos;%1&apos;</source>
        <translation>Backup &apos;%1&apos;</translation>
    </message>
    <message>
        <source>patterns</source>
        <translation>patterns</translation>
    </message>
    <message>
        <source>patterns may not be an empty list</source>
        <translation>patterns darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>invalid pattern &apos;%1&apos;: %2</source>
        <translation>ungültiges Muster &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>retention</translation>
    </message>
    <message>
        <source>rpo</source>
        <translation>rpo</translation>
    </message>
    <message>
        <source>jump host &apos;%1&apos; is not a host of this file</source>
        <translation>der Jump-Host &apos;%1&apos; ist kein Host dieser Datei</translation>
    </message>
    <message>
        <source>jump hosts form a cycle: %1</source>
        <translation>Jump-Hosts bilden einen Zyklus: %1</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; names the checklist template &apos;%2&apos;, which is not built in (%3) and there is no checklists directory</source>
        <translation>Umgebung &apos;%1&apos; nennt die Checklisten-Vorlage &apos;%2&apos;, die nicht eingebaut ist (%3), und es gibt kein Checklisten-Verzeichnis</translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; names the checklist template &apos;%2&apos;, which is neither built in nor a valid template in %3 (opsdeck checklist templates lists them)</source>
        <translation>Umgebung &apos;%1&apos; nennt die Checklisten-Vorlage &apos;%2&apos;, die weder eingebaut noch eine gültige Vorlage in %3 ist (opsdeck checklist templates listet sie auf)</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 must be a mapping, found %2</source>
        <translation>%1 muss ein Mapping sein, gefunden: %2</translation>
    </message>
    <message>
        <source>a %1 must be a plain scalar</source>
        <translation>%1: muss ein einfacher Skalar sein</translation>
    </message>
    <message>
        <source>duplicate %1 &apos;%2&apos; (first given on line %3)</source>
        <translation>doppelt: %1 &apos;%2&apos; (zuerst in Zeile %3 angegeben)</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>%1 is missing the required key &apos;%2&apos;</source>
        <translation>%1 fehlt der nötige Schlüssel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>YAML merge keys (&apos;&lt;&lt;&apos;) are not supported; put shared values under &apos;defaults&apos;</source>
        <translation>YAML-Merge-Schlüssel (&apos;&lt;&lt;&apos;) werden nicht unterstützt; gemeinsame Werte unter &apos;defaults&apos; angeben</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; did you mean &apos;%3&apos;?</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2; war &apos;%3&apos; gemeint?</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; in %2; expected one of: %3</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; in %2; erwartet wird einer von: %3</translation>
    </message>
    <message>
        <source>invalid %1 name &apos;%2&apos;: %3</source>
        <translation>ungültiger Name (%1) &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 must be a string, found %2</source>
        <translation>%1 muss eine Zeichenkette sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number, found %2</source>
        <translation>%1 muss eine ganze Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>a quoted string</source>
        <translation>eine Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>%1 must be a whole number, found &apos;%2&apos;</source>
        <translation>%1 muss eine ganze Zahl sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, found %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, gefunden: %4</translation>
    </message>
    <message>
        <source>%1 must be a number, found %2</source>
        <translation>%1 muss eine Zahl sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a number, found &apos;%2&apos;</source>
        <translation>%1 muss eine Zahl sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 must be a duration such as 10s, 5m or 24h, found %2</source>
        <translation>%1 muss eine Dauer wie 10s, 5m oder 24h sein, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 must be a duration such as 10s, 5m or 24h, found &apos;%2&apos;</source>
        <translation>%1 muss eine Dauer wie 10s, 5m oder 24h sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation>%1 muss eine Liste sein, gefunden: %2</translation>
    </message>
    <message>
        <source>invalid %1 &apos;%2&apos;: %3</source>
        <translation>ungültig: %1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>%1 may not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>only one YAML document is allowed in a configuration file</source>
        <translation>in einer Konfigurationsdatei ist nur ein YAML-Dokument erlaubt</translation>
    </message>
    <message>
        <source>too many aliases (the limit is %1)</source>
        <translation>zu viele Aliase (die Grenze ist %1)</translation>
    </message>
    <message>
        <source>nesting is too deep (the limit is %1 levels)</source>
        <translation>zu tief verschachtelt (die Grenze ist %1 Ebenen)</translation>
    </message>
    <message>
        <source>the configuration is too large to check (more than %1 entries)</source>
        <translation>die Konfiguration ist zu groß für eine Prüfung (mehr als %1 Einträge)</translation>
    </message>
    <message>
        <source>file is too large (%1 bytes, the limit is %2)</source>
        <translation>die Datei ist zu groß (%1 Bytes, die Grenze ist %2)</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>ungültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>file contains a NUL byte</source>
        <translation>die Datei enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is too large (the limit is %1 bytes)</source>
        <translation>die Datei ist zu groß (die Grenze ist %1 Bytes)</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>command may not be an empty list</source>
        <translation>command darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>keep</translation>
    </message>
    <message>
        <source>keep needs at least one of daily, weekly, monthly above 0</source>
        <translation>keep braucht mindestens einen der Werte daily, weekly, monthly über 0</translation>
    </message>
    <message>
        <source>give either retention (find -mtime +N) or keep (daily/weekly/monthly), not both</source>
        <translation>entweder retention (find -mtime +N) oder keep (daily/weekly/monthly) angeben, nicht beides</translation>
    </message>
    <message>
        <source>verify_every</source>
        <translation>verify_every</translation>
    </message>
    <message>
        <source>approval_expires</source>
        <translation>approval_expires</translation>
    </message>
    <message>
        <source>strategy must be one of %1, found &apos;%2&apos;</source>
        <translation>strategy muss eine von %1 sein, gefunden: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 needs a &apos;path&apos; (the %2 deploy path)</source>
        <translation>%1 braucht einen &apos;path&apos; (den %2-Deploy-Pfad)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for apps with strategy: kamal</source>
        <translation>&apos;%1&apos; gilt nur für Apps mit strategy: kamal</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must be 1-63 of lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>%1 &apos;%2&apos; muss aus 1-63 Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>%1 needs a &apos;service&apos; (Kamal&apos;s service name): its name is not one</source>
        <translation>%1 braucht einen &apos;service&apos; (Kamals Service-Namen): ihr Name ist keiner</translation>
    </message>
    <message>
        <source>live_db</source>
        <translation>live_db</translation>
    </message>
    <message>
        <source>rto</source>
        <translation>rto</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>drill</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>database_prefix</source>
        <translation>database_prefix</translation>
    </message>
    <message>
        <source>password_env</source>
        <translation>password_env</translation>
    </message>
    <message>
        <source>password_file</source>
        <translation>password_file</translation>
    </message>
    <message>
        <source>give either password_env or password_file, not both</source>
        <translation>entweder password_env oder password_file angeben, nicht beide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is for apps with strategy: compose</source>
        <translation>&apos;%1&apos; gilt nur für Apps mit strategy: compose</translation>
    </message>
    <message>
        <source>%1 needs a &apos;compose_file&apos; (the path of its compose file on the host)</source>
        <translation>%1 braucht ein &apos;compose_file&apos; (den Pfad ihrer Compose-Datei auf dem Host)</translation>
    </message>
    <message>
        <source>compose_project &apos;%1&apos; must be 1-63 of lowercase letters, digits, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>compose_project &apos;%1&apos; muss aus 1-63 Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>%1 needs a &apos;compose_project&apos; (Compose&apos;s project name): its name is not one</source>
        <translation>%1 braucht ein &apos;compose_project&apos; (den Compose-Projektnamen): ihr Name ist keiner</translation>
    </message>
    <message>
        <source>%1 needs &apos;compose_services&apos; (the Compose services whose image tag is the release)</source>
        <translation>%1 braucht &apos;compose_services&apos; (die Compose-Dienste, deren Image-Tag das Release ist)</translation>
    </message>
    <message>
        <source>compose_services may not be an empty list</source>
        <translation>compose_services darf keine leere Liste sein</translation>
    </message>
    <message>
        <source>compose service &apos;%1&apos; must be 1-63 of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit</source>
        <translation>Compose-Dienst &apos;%1&apos; muss aus 1-63 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>compose service &apos;%1&apos; is listed twice</source>
        <translation>Compose-Dienst &apos;%1&apos; ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&apos;kamal_control&apos; is for apps with strategy: kamal</source>
        <translation>&apos;kamal_control&apos; gilt nur für Apps mit strategy: kamal</translation>
    </message>
    <message>
        <source>kamal_control of app &apos;%1&apos;</source>
        <translation>kamal_control der App &apos;%1&apos;</translation>
    </message>
    <message>
        <source>kamal_control host</source>
        <translation>kamal_control-Host</translation>
    </message>
    <message>
        <source>kamal_control path</source>
        <translation>kamal_control-Pfad</translation>
    </message>
    <message>
        <source>kamal_control timeout</source>
        <translation>kamal_control-Zeitlimit</translation>
    </message>
    <message>
        <source>kamal_control: host &apos;%1&apos; is not a host of this file</source>
        <translation>kamal_control: Host &apos;%1&apos; ist kein Host dieser Datei</translation>
    </message>
    <message>
        <source>app &apos;%1&apos; has a kamal_control on host &apos;%2&apos; that host &apos;%3&apos; does not have: kamal rollback acts on every host of the app, so each of them names the same control host, path and timeout</source>
        <translation>App &apos;%1&apos; hat auf Host &apos;%2&apos; ein kamal_control, das Host &apos;%3&apos; nicht hat: kamal rollback wirkt auf jeden Host der App, daher nennt jeder von ihnen denselben Steuer-Host, Pfad und dasselbe Zeitlimit</translation>
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
    <message>
        <source>opsdeck: not confirmed; without a terminal, add %1</source>
        <translation>opsdeck: nicht bestätigt; ohne Terminal %1 angeben</translation>
    </message>
    <message>
        <source>%1; add --confirm %2</source>
        <comment>why the confirmation is refused, the environment</comment>
        <translation>%1; --confirm %2 angeben</translation>
    </message>
</context>
<context>
    <name>ConfirmationRule</name>
    <message>
        <source>%1 asks for its name to be typed to confirm</source>
        <translation>Umgebung %1 verlangt zur Bestätigung die Eingabe ihres Namens</translation>
    </message>
    <message>
        <source>the action was not confirmed</source>
        <translation>die Aktion wurde nicht bestätigt</translation>
    </message>
    <message>
        <source>Type the environment name (%1) to confirm: </source>
        <translation>Zur Bestätigung den Namen der Umgebung (%1) eingeben: </translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>Fortfahren? [y/N] </translation>
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>shell syntax &apos;%1&apos;</source>
        <translation>Shell-Syntax &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an empty command</source>
        <translation>einen leeren Befehl</translation>
    </message>
    <message>
        <source>systemctl %1 is not a restart</source>
        <translation>systemctl %1 ist kein Neustart</translation>
    </message>
    <message>
        <source>systemctl option %1 is not read</source>
        <translation>systemctl-Option %1 wird nicht gelesen</translation>
    </message>
    <message>
        <source>systemctl restart names no unit</source>
        <translation>systemctl restart nennt keine Unit</translation>
    </message>
    <message>
        <source>%1 fetches more than one URL</source>
        <translation>%1 ruft mehr als eine URL ab</translation>
    </message>
    <message>
        <source>%1 option %2 is not read</source>
        <translation>Option %2 von %1 wird nicht gelesen</translation>
    </message>
    <message>
        <source>%1 names no URL</source>
        <translation>%1 nennt keine URL</translation>
    </message>
    <message>
        <source>curl without -f does not fail on an HTTP error, so it checks no health</source>
        <translation>curl ohne -f schlägt bei einem HTTP-Fehler nicht fehl und prüft so keine Health</translation>
    </message>
</context>
<context>
    <name>DeployDetector</name>
    <message>
        <source>the detected deploy was not recorded: %1</source>
        <translation>das erkannte Deployment wurde nicht verzeichnet: %1</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2</source>
        <translation>Deployment von %1 erkannt: Release %2</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 at %3</source>
        <translation>Deployment von %1 erkannt: Release %2 am %3</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2, deployed by %3 (revisions.log)</source>
        <translation>Deployment von %1 erkannt: Release %2, deployt von %3 (revisions.log)</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2, deployed by %3 (revisions.log) at %4</source>
        <translation>Deployment von %1 erkannt: Release %2, deployt von %3 (revisions.log) am %4</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3</source>
        <translation>Deployment von %1 erkannt: Release %2 auf %3</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3 at %4</source>
        <translation>Deployment von %1 erkannt: Release %2 auf %3 am %4</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3, deployed by %4 (revisions.log)</source>
        <translation>Deployment von %1 erkannt: Release %2 auf %3, deployt von %4 (revisions.log)</translation>
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3, deployed by %4 (revisions.log) at %5</source>
        <translation>Deployment von %1 erkannt: Release %2 auf %3, deployt von %4 (revisions.log) am %5</translation>
    </message>
</context>
<context>
    <name>DeployFileReader</name>
    <message>
        <source>%1 is not mapped: %2</source>
        <translation>%1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>%1 is not mapped: expected a text, found %2</source>
        <translation>%1 wird nicht übernommen: Text erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>a name made from &apos;%1&apos;</source>
        <translation>ein aus &apos;%1&apos; gebildeter Name</translation>
    </message>
    <message>
        <source>host %1 is not mapped: %2</source>
        <translation>Host %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>host %1 is not mapped: it is already in environment %2 (from %3), and a host belongs to one environment</source>
        <translation>Host %1 wird nicht übernommen: er ist bereits in Umgebung %2 (aus %3), und ein Host gehört zu einer einzigen Umgebung</translation>
    </message>
    <message>
        <source>guessed: no systemd unit runs a %1 container; the host reports this one as not found, so a restart from OpsDeck fails instead of restarting Docker with every container of the host</source>
        <translation>vermutet: keine systemd-Unit führt einen %1-Container aus; der Host meldet diese als nicht gefunden, sodass ein Neustart aus OpsDeck fehlschlägt, statt Docker mit allen Containern des Hosts neu zu starten</translation>
    </message>
    <message>
        <source>health URL %1 is not mapped: not an http(s) URL with a host</source>
        <translation>Health-URL %1 wird nicht übernommen: keine http(s)-URL mit Host</translation>
    </message>
</context>
<context>
    <name>DeployImport</name>
    <message>
        <source>not a deploy file OpsDeck imports: expected the Rails plan&apos;s config/deploy.yml (environments with host:), Kamal&apos;s config/deploy.yml (service:) or a docker-compose.yml (services:)</source>
        <translation>keine Deploy-Datei, die OpsDeck importiert: erwartet wird die config/deploy.yml des Rails-Plans (Umgebungen mit host:), die config/deploy.yml von Kamal (service:) oder eine docker-compose.yml (services:)</translation>
    </message>
    <message>
        <source>nothing to import: no host could be read (see what was not mapped)</source>
        <translation>nichts zu importieren: kein Host konnte gelesen werden (siehe, was nicht übernommen wurde)</translation>
    </message>
    <message>
        <source>the imported configuration does not pass check-config: %1</source>
        <translation>die importierte Konfiguration besteht check-config nicht: %1</translation>
    </message>
    <message>
        <source>%1 exists; it is replaced only when asked to (--force)</source>
        <translation>%1 existiert bereits; die Datei wird nur auf Wunsch ersetzt (--force)</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>DrillTargetRule</name>
    <message>
        <source>the drill target %1:%2/%3 is the live database %4 (live_db of %5): a drill never connects to a live database</source>
        <translation>das Restore-Ziel %1:%2/%3 ist die Live-Datenbank %4 (live_db von %5): ein Restore-Test verbindet sich nie mit einer Live-Datenbank</translation>
    </message>
    <message>
        <source>a scratch database of the drill target %1:%2 (%3…) could be named like the live database %4 (live_db of %5): a drill never creates or drops a live database</source>
        <translation>eine Scratch-Datenbank des Restore-Ziels %1:%2 (%3…) könnte wie die Live-Datenbank %4 heißen (live_db von %5): ein Restore-Test legt nie eine Live-Datenbank an und löscht nie eine</translation>
    </message>
    <message>
        <source>database_prefix must be 1 to 36 lowercase letters, digits or &apos;_&apos;, starting with a letter or &apos;_&apos;</source>
        <translation>database_prefix muss aus 1 bis 36 Kleinbuchstaben, Ziffern oder &apos;_&apos; bestehen und mit einem Buchstaben oder &apos;_&apos; beginnen</translation>
    </message>
</context>
<context>
    <name>EventLimits</name>
    <message>
        <source>the event is too large: %1 bytes of %2, at most %3 are stored</source>
        <translation>das Ereignis ist zu groß: %1 Bytes von %2, höchstens %3 werden gespeichert</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>the lock is too large: %1 bytes of %2, at most %3 are stored</source>
        <translation>die Sperre ist zu groß: %1 Bytes von %2, höchstens %3 werden gespeichert</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>a set of locks needs at least one target</source>
        <translation>ein Satz von Sperren braucht mindestens ein Ziel</translation>
    </message>
    <message>
        <source>a set of locks holds at most %1 targets, not %2</source>
        <translation>ein Satz von Sperren umfasst höchstens %1 Ziele, nicht %2</translation>
    </message>
    <message>
        <source>a lock needs a target, a console and a lifetime</source>
        <translation>eine Sperre braucht ein Ziel, eine Konsole und eine Lebensdauer</translation>
    </message>
</context>
<context>
    <name>EventStoreService</name>
    <message>
        <source>no store is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
</context>
<context>
    <name>EventStoreWorker</name>
    <message>
        <source>cannot reach %1</source>
        <translation>%1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>notifications could not be checked (%1)</source>
        <translation>Benachrichtigungen konnten nicht geprüft werden (%1)</translation>
    </message>
    <message>
        <source>the database&apos;s notifications do not arrive (a connection pooler in transaction mode, such as PgBouncer, accepts LISTEN and drops it)</source>
        <translation>die Benachrichtigungen der Datenbank kommen nicht an (ein Connection-Pooler im Transaktionsmodus wie PgBouncer nimmt LISTEN an und verwirft es)</translation>
    </message>
    <message>
        <source>the connection to the store was lost</source>
        <translation>die Verbindung zur Datenbank ist abgebrochen</translation>
    </message>
    <message>
        <source>no store is open</source>
        <translation>keine Datenbank ist geöffnet</translation>
    </message>
    <message>
        <source>the team store cannot record this now: %1</source>
        <translation>die Team-Datenbank kann dies gerade nicht verzeichnen: %1</translation>
    </message>
    <message>
        <source>a queued event was refused: %1</source>
        <translation>ein Ereignis aus der Warteschlange wurde abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>FleetConfig</name>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n Umgebung</numerusform>
            <numerusform>%n Umgebungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n Dienst</numerusform>
            <numerusform>%n Dienste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetEvidenceSource</name>
    <message>
        <source>%1: nothing to check on the run&apos;s hosts</source>
        <translation>%1: nichts zu prüfen auf den Hosts des Laufs</translation>
    </message>
    <message>
        <source>%1: %2 of %2 passed</source>
        <translation>%1: %2 von %2 bestanden</translation>
    </message>
    <message>
        <source>%1: %2 of %3 failed: %4</source>
        <translation>%1: %2 von %3 fehlgeschlagen: %4</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation>Exit-Status %1: %2</translation>
    </message>
    <message>
        <source>the environment is not in the configuration</source>
        <translation>die Umgebung ist nicht in der Konfiguration</translation>
    </message>
    <message>
        <source>not checked: the SSH session stopped before it answered</source>
        <translation>nicht geprüft: die SSH-Sitzung endete vor der Antwort</translation>
    </message>
    <message>
        <source>the host did not say its time</source>
        <translation>der Host hat seine Uhrzeit nicht genannt</translation>
    </message>
    <message>
        <source>no backup in %1</source>
        <translation>kein Backup in %1</translation>
    </message>
    <message>
        <source>%1 is dated %2 ahead of the host&apos;s clock: clock skew or tampering</source>
        <translation>%1 ist %2 vor der Uhr des Hosts datiert: Uhrenabweichung oder Manipulation</translation>
    </message>
    <message>
        <source>%1 is %2 old</source>
        <translation>%1 ist %2 alt</translation>
    </message>
    <message>
        <source>exit status 0</source>
        <translation>Exit-Status 0</translation>
    </message>
    <message>
        <source>%1/releases/%2 present</source>
        <translation>%1/releases/%2 vorhanden</translation>
    </message>
    <message>
        <source>%1/releases/%2 missing</source>
        <translation>%1/releases/%2 fehlt</translation>
    </message>
    <message>
        <source>%1 restored %2 ago in %3 s (RTO %4), %5 rows</source>
        <translation>%1 vor %2 in %3 s wiederhergestellt (RTO %4), %5 Zeilen</translation>
    </message>
    <message>
        <source>the newest successful drill took longer than the RTO: %1</source>
        <translation>der neueste erfolgreiche Restore-Test dauerte länger als die RTO: %1</translation>
    </message>
    <message>
        <source>the newest successful drill is older than %1: %2</source>
        <translation>der neueste erfolgreiche Restore-Test ist älter als %1: %2</translation>
    </message>
    <message>
        <source>no successful restore drill recorded</source>
        <translation>kein erfolgreicher Restore-Test aufgezeichnet</translation>
    </message>
    <message>
        <source>no event store: restore drills are recorded there</source>
        <translation>keine Ereignis-Datenbank: dort werden Restore-Tests aufgezeichnet</translation>
    </message>
    <message>
        <source>restore drills cannot be read: %1</source>
        <translation>Restore-Tests können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>FleetYamlWriter</name>
    <message>
        <source># Fleet configuration written by `opsdeck import` from:
</source>
        <translation># Flottenkonfiguration, geschrieben von `opsdeck import` aus:
</translation>
    </message>
    <message>
        <source># Every value marked &quot;guessed&quot; was not in those files: check it. Then check the whole file with
# `opsdeck check-config FILE`.
</source>
        <translation># Jeder mit „vermutet“ markierte Wert stand nicht in diesen Dateien: ihn prüfen. Dann die ganze Datei prüfen mit
# `opsdeck check-config DATEI`.
</translation>
    </message>
    <message>
        <source># Not mapped (%1): parts of the deploy files with no place in a fleet configuration</source>
        <translation># Nicht übernommen (%1): Teile der Deploy-Dateien, für die eine Flottenkonfiguration keinen Platz hat</translation>
    </message>
</context>
<context>
    <name>GuardedActionRunner</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>vor %n Sekunde</numerusform>
            <numerusform>vor %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation>nichts auszuführen</translation>
    </message>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation>es gibt keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a reason is required for every %1</source>
        <translation>für jede Aktion (%1) ist ein Grund nötig</translation>
    </message>
    <message>
        <source>%1 has no host to act on</source>
        <translation>%1 hat keinen Host, auf dem gehandelt werden kann</translation>
    </message>
    <message>
        <source>no store can record this action (%1); it was not started</source>
        <translation>keine Datenbank kann diese Aktion verzeichnen (%1); sie wurde nicht gestartet</translation>
    </message>
    <message>
        <source>the store is not open</source>
        <translation>die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation>OpsDeck wird beendet</translation>
    </message>
    <message>
        <source>%1 is locked by %2 (%3) since %4: %5</source>
        <translation>%1 ist gesperrt von %2 (%3) seit %4: %5</translation>
    </message>
    <message>
        <source>checking every host before anything changes</source>
        <translation>jeder Host wird geprüft, bevor sich etwas ändert</translation>
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation>%1 nicht gestartet: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n host(s) started: %2</source>
        <translation>
            <numerusform>%1 auf %n Host gestartet: %2</numerusform>
            <numerusform>%1 auf %n Hosts gestartet: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the action could not be recorded (%1); it was not started</source>
        <translation>die Aktion konnte nicht verzeichnet werden (%1); sie wurde nicht gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded on %n host(s), verified</source>
        <translation>
            <numerusform>%1 auf %n Host erfolgreich, verifiziert</numerusform>
            <numerusform>%1 auf %n Hosts erfolgreich, verifiziert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting for the reason and the confirmation</source>
        <translation>%1: wartet auf Grund und Bestätigung</translation>
    </message>
    <message>
        <source>%1 was cancelled before it started</source>
        <translation>%1 wurde vor dem Start abgebrochen</translation>
    </message>
    <message>
        <source>%1 is locked by another action of this console (%2) since %3: %4</source>
        <translation>%1 ist gesperrt von einer anderen Aktion dieser Konsole (%2) seit %3: %4</translation>
    </message>
    <message>
        <source>the lock on %1 is gone</source>
        <translation>die Sperre auf %1 besteht nicht mehr</translation>
    </message>
    <message>
        <source>the lock on %1 lapsed and is now held by %2 (%3): %4</source>
        <translation>die Sperre auf %1 ist abgelaufen und wird jetzt von %2 (%3) gehalten: %4</translation>
    </message>
    <message>
        <source>%1 broke the lock on %2: %3</source>
        <translation>%1 hat die Sperre auf %2 gebrochen: %3</translation>
    </message>
    <message>
        <source>%1; stopping before the next batch</source>
        <translation>%1; Halt vor dem nächsten Durchgang</translation>
    </message>
    <message>
        <source>next batch in %1 s</source>
        <translation>nächster Durchgang in %1 s</translation>
    </message>
    <message>
        <source>the locks could not be renewed, so no further batch was started</source>
        <translation>die Sperren konnten nicht erneuert werden, daher wurde kein weiterer Durchgang gestartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 stopped: %2 (%n host(s) not attempted)</source>
        <translation>
            <numerusform>%1 angehalten: %2 (%n Host nicht versucht)</numerusform>
            <numerusform>%1 angehalten: %2 (%n Hosts nicht versucht)</numerusform>
        </translation>
    </message>
    <message>
        <source>a lead</source>
        <translation>einen Lead</translation>
    </message>
    <message>
        <source>%1 requires second-person approval, and the request could not be recorded: %2; the %3 was not started</source>
        <translation>%1 verlangt die Freigabe durch eine zweite Person, und die Anfrage konnte nicht verzeichnet werden: %2; %3 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>waiting for approval by %1 until %2 (request %3, plan %4): another person runs `opsdeck approve %3 --reason TEXT`</source>
        <translation>wartet auf Freigabe durch %1 bis %2 (Anfrage %3, Plan %4): eine andere Person führt `opsdeck approve %3 --reason TEXT` aus</translation>
    </message>
    <message>
        <source>nobody approved the %1 before %2; the request expired</source>
        <translation>niemand hat %1 vor %2 freigegeben; die Anfrage ist abgelaufen</translation>
    </message>
    <message>
        <source>%1 declined the %2: %3</source>
        <translation>%1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>the request for approval of the %1 was %2; the %1 was not started</source>
        <translation>die Freigabeanfrage für %1 war %2; %1 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>the %1 was approved by its own requester (%2); a second person must approve it</source>
        <translation>%1 wurde von der anfragenden Person selbst freigegeben (%2); eine zweite Person muss freigeben</translation>
    </message>
    <message>
        <source>%1 approved plan %2, but the %3 now has plan %4: the approval does not count for it</source>
        <translation>%1 hat Plan %2 freigegeben, aber %3 hat jetzt Plan %4: die Freigabe gilt dafür nicht</translation>
    </message>
    <message>
        <source>approved by %1: %2</source>
        <translation>freigegeben von %1: %2</translation>
    </message>
    <message>
        <source>the %1 changed after %2 approved it (%3): the approval of plan %4 does not count for plan %5; start it again to request approval of the plan as it is now</source>
        <translation>%1 hat sich geändert, nachdem %2 freigegeben hat (%3): die Freigabe von Plan %4 gilt nicht für Plan %5; erneut starten, um die Freigabe des Plans in seiner jetzigen Form anzufordern</translation>
    </message>
    <message>
        <source>the locks changed while they were being taken; none was taken, try again</source>
        <translation>die Sperren haben sich geändert, während sie genommen wurden; keine wurde genommen, bitte erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the targets are locked by other consoles, so none was taken: %1</source>
        <translation>
            <numerusform>%n Ziel ist von einer anderen Konsole gesperrt, daher wurde keines genommen: %1</numerusform>
            <numerusform>%n der Ziele sind von anderen Konsolen gesperrt, daher wurde keines genommen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot take the %n lock(s): %1</source>
        <translation>
            <numerusform>die %n Sperre kann nicht genommen werden: %1</numerusform>
            <numerusform>die %n Sperren können nicht genommen werden: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed on %2: %3 (stopped there; %n host(s) not attempted) (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation>
            <numerusform>%1 auf %2 fehlgeschlagen: %3 (dort angehalten; %n Host nicht versucht) (%4)</numerusform>
            <numerusform>%1 auf %2 fehlgeschlagen: %3 (dort angehalten; %n Hosts nicht versucht) (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unknown on %2: %3 (stopped there; %n host(s) not attempted) (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation>
            <numerusform>%1 auf %2 mit unbekanntem Ausgang: %3 (dort angehalten; %n Host nicht versucht) (%4)</numerusform>
            <numerusform>%1 auf %2 mit unbekanntem Ausgang: %3 (dort angehalten; %n Hosts nicht versucht) (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed on %2: %3 (stopped there; %n host(s) not attempted)</source>
        <comment>action, host, why</comment>
        <translation>
            <numerusform>%1 auf %2 fehlgeschlagen: %3 (dort angehalten; %n Host nicht versucht)</numerusform>
            <numerusform>%1 auf %2 fehlgeschlagen: %3 (dort angehalten; %n Hosts nicht versucht)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unknown on %2: %3 (stopped there; %n host(s) not attempted)</source>
        <comment>action, host, why</comment>
        <translation>
            <numerusform>%1 auf %2 mit unbekanntem Ausgang: %3 (dort angehalten; %n Host nicht versucht)</numerusform>
            <numerusform>%1 auf %2 mit unbekanntem Ausgang: %3 (dort angehalten; %n Hosts nicht versucht)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed on %2: %3 (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation>%1 auf %2 fehlgeschlagen: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 unknown on %2: %3 (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation>%1 auf %2 mit unbekanntem Ausgang: %3 (%4)</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <comment>action, host, why</comment>
        <translation>%1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 unknown on %2: %3</source>
        <comment>action, host, why</comment>
        <translation>%1 auf %2 mit unbekanntem Ausgang: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 succeeded on %n host(s), verified (%2)</source>
        <comment>action, lock lost</comment>
        <translation>
            <numerusform>%1 auf %n Host erfolgreich, verifiziert (%2)</numerusform>
            <numerusform>%1 auf %n Hosts erfolgreich, verifiziert (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not everything could be recorded: %2)</source>
        <comment>the summary, the store&apos;s errors</comment>
        <translation>%1 (nicht alles konnte verzeichnet werden: %2)</translation>
    </message>
</context>
<context>
    <name>HealthBodyParser</name>
    <message numerus="yes">
        <source>%n bytes of binary data: %1</source>
        <translation>
            <numerusform>%n Byte Binärdaten: %1</numerusform>
            <numerusform>%n Bytes Binärdaten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>no &quot;status&quot;</source>
        <translation>kein „status“</translation>
    </message>
    <message>
        <source>&quot;status&quot; is %1, not a word</source>
        <translation>„status“ ist %1, kein Wort</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Body ist leer</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 near byte %2): %3</source>
        <translation>der Body ist kein JSON (%1 nahe Byte %2): %3</translation>
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation>JSON-Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, expected an object</source>
        <translation>„%1“ ist %2, erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>expected a result object, found %1</source>
        <translation>Ergebnisobjekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation>unerwarteter Body: %1</translation>
    </message>
    <message>
        <source>the body says &quot;%1&quot;</source>
        <translation>der Body sagt „%1“</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1, although the body says &quot;%2&quot;</source>
        <translation>HTTP %1, obwohl der Body „%2“ sagt</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <comment>a component&apos;s reason, how many more alike</comment>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthTreeModel</name>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
</context>
<context>
    <name>HealthVerbs</name>
    <message>
        <source>auto, seeds, ietf, spring, k8s or plain (default auto).</source>
        <translation>auto, seeds, ietf, spring, k8s oder plain (Standard auto).</translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 5).</source>
        <translation>Sekunden, die auf die Antwort gewartet wird (Standard 5).</translation>
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation>Zusätzliche vertrauenswürdige CA-Zertifikate (PEM).</translation>
    </message>
    <message>
        <source>A host (or host:port) a redirect may lead to besides the URL&apos;s origin; repeatable.</source>
        <translation>Ein Host (oder host:port), zu dem eine Weiterleitung neben dem Ursprung der URL führen darf; wiederholbar.</translation>
    </message>
    <message>
        <source>The health endpoint.</source>
        <translation>Der Health-Endpunkt.</translation>
    </message>
    <message>
        <source>usage: opsdeck probe URL [--format auto|seeds|ietf|spring|k8s|plain] [--timeout SECONDS] [--ca-file FILE] [--allow-redirects-to HOST]...</source>
        <translation>Aufruf: opsdeck probe URL [--format auto|seeds|ietf|spring|k8s|plain] [--timeout SEKUNDEN] [--ca-file DATEI] [--allow-redirects-to HOST]...</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Only this environment.</source>
        <translation>Nur diese Umgebung.</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>usage: opsdeck status [--env ENV] [--json] [--config FILE]</source>
        <translation>Aufruf: opsdeck status [--env UMGEBUNG] [--json] [--config DATEI]</translation>
    </message>
    <message>
        <source>opsdeck: no health checks in environment &apos;%1&apos;</source>
        <translation>opsdeck: keine Health-Checks in der Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>LATENZ</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>GRUND</translation>
    </message>
    <message>
        <source>Check one health endpoint; print the verdict as JSON (exit 0 pass, 1 warn, 2 fail, 3 unknown)</source>
        <translation>Einen Health-Endpunkt prüfen; das Ergebnis als JSON ausgeben (Exit 0 bestanden, 1 Warnung, 2 Fehler, 3 unbekannt)</translation>
    </message>
    <message>
        <source>Check every configured health endpoint now and print the fleet&apos;s state</source>
        <translation>Jeden konfigurierten Health-Endpunkt jetzt prüfen und den Zustand der Flotte ausgeben</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>HostSession</name>
    <message>
        <source>%1 (next attempt at %2)</source>
        <translation>%1 (nächster Versuch um %2)</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>a redirect from https to %1 was refused</source>
        <translation>eine Weiterleitung von https nach %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>redirect to another host refused: %1</source>
        <translation>Weiterleitung zu einem anderen Host abgelehnt: %1</translation>
    </message>
    <message>
        <source>not an http or https URL: %1</source>
        <translation>keine http- oder https-URL: %1</translation>
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation>mehr als %1 Weiterleitungen</translation>
    </message>
    <message>
        <source>HTTP %1 with an invalid Location</source>
        <translation>HTTP %1 mit ungültiger Location</translation>
    </message>
    <message>
        <source>host %1 not found: %2</source>
        <translation>Host %1 nicht gefunden: %2</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>connection error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation>TLS ist auf diesem System nicht verfügbar</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation>der Body ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation>die Antwort-Header sind größer als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>eine Chunk-Größenzeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>a chunk is longer than its announced size</source>
        <translation>ein Chunk ist länger als seine angekündigte Größe</translation>
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation>die Verbindung wurde mitten in den Antwort-Headern geschlossen</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 body bytes</source>
        <translation>die Verbindung wurde nach %1 von %2 Body-Bytes geschlossen</translation>
    </message>
    <message>
        <source>the connection closed in the middle of a chunked body (after %1 bytes)</source>
        <translation>die Verbindung wurde mitten in einem Chunked-Body geschlossen (nach %1 Bytes)</translation>
    </message>
    <message>
        <source>the answer is not HTTP: &quot;%1&quot;</source>
        <translation>die Antwort ist kein HTTP: „%1“</translation>
    </message>
    <message>
        <source>a folded response header: &quot;%1&quot;</source>
        <translation>ein gefalteter Antwort-Header: „%1“</translation>
    </message>
    <message>
        <source>a response header without a name: &quot;%1&quot;</source>
        <translation>ein Antwort-Header ohne Namen: „%1“</translation>
    </message>
    <message>
        <source>a response header name with a blank: &quot;%1&quot;</source>
        <translation>ein Antwort-Header-Name mit Leerzeichen: „%1“</translation>
    </message>
    <message>
        <source>an invalid Content-Length: &quot;%1&quot;</source>
        <translation>eine ungültige Content-Length: „%1“</translation>
    </message>
    <message>
        <source>an unsupported Transfer-Encoding: &quot;%1&quot;</source>
        <translation>ein nicht unterstütztes Transfer-Encoding: „%1“</translation>
    </message>
    <message>
        <source>the body is encoded (%1), though no encoding was accepted</source>
        <translation>der Body ist kodiert (%1), obwohl keine Kodierung akzeptiert wurde</translation>
    </message>
    <message>
        <source>the server switched protocols (HTTP 101)</source>
        <translation>der Server hat das Protokoll gewechselt (HTTP 101)</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation>der Body ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>an invalid chunk size: &quot;%1&quot;</source>
        <translation>eine ungültige Chunk-Größe: „%1“</translation>
    </message>
</context>
<context>
    <name>ImportVerb</name>
    <message>
        <source>Save the configuration to FILE instead of printing it.</source>
        <translation>Die Konfiguration in FILE speichern, statt sie auszugeben.</translation>
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation>FILE ersetzen, wenn die Datei schon existiert.</translation>
    </message>
    <message>
        <source>Write a fleet configuration from existing deploy files: the Rails plan&apos;s config/deploy.yml, Kamal&apos;s config/deploy.yml, docker-compose.yml.</source>
        <translation>Eine Flottenkonfiguration aus vorhandenen Deploy-Dateien schreiben: config/deploy.yml des Rails-Plans, config/deploy.yml von Kamal, docker-compose.yml.</translation>
    </message>
    <message>
        <source>The deploy files to read.</source>
        <translation>Die zu lesenden Deploy-Dateien.</translation>
    </message>
    <message>
        <source>usage: opsdeck import FILE… [-o FILE] [--force]</source>
        <translation>Aufruf: opsdeck import DATEI… [-o DATEI] [--force]</translation>
    </message>
    <message>
        <source>%1 exists; it is replaced only with --force</source>
        <translation>%1 existiert bereits; die Datei wird nur mit --force ersetzt</translation>
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation>%1 (nicht übernommen)</translation>
    </message>
    <message>
        <source>nothing written</source>
        <translation>nichts geschrieben</translation>
    </message>
    <message>
        <source>Not mapped (%1):</source>
        <translation>Nicht übernommen (%1):</translation>
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation>%1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Write a fleet configuration from deploy files (Rails plan, Kamal, docker compose)</source>
        <translation>Eine Flottenkonfiguration aus Deploy-Dateien schreiben (Rails-Plan, Kamal, docker compose)</translation>
    </message>
</context>
<context>
    <name>IncidentSuggestions</name>
    <message>
        <source>health or alert event</source>
        <translation>Health- oder Alarm-Ereignis</translation>
    </message>
    <message>
        <source>action or deploy</source>
        <translation>Aktion oder Deployment</translation>
    </message>
    <message>
        <source>configuration change</source>
        <translation>Konfigurationsänderung</translation>
    </message>
    <message>
        <source>same service %1</source>
        <translation>gleicher Dienst %1</translation>
    </message>
    <message>
        <source>same host %1</source>
        <translation>gleicher Host %1</translation>
    </message>
    <message>
        <source>same environment %1</source>
        <translation>gleiche Umgebung %1</translation>
    </message>
</context>
<context>
    <name>IncidentTracker</name>
    <message>
        <source>Only a lead (role opsdeck_lead) may resolve an incident; %1 has %2.</source>
        <translation>Nur ein Lead (Rolle opsdeck_lead) darf einen Incident lösen; %1 hat %2.</translation>
    </message>
    <message>
        <source>this console</source>
        <translation>diese Konsole</translation>
    </message>
    <message>
        <source>no OpsDeck role</source>
        <translation>keine OpsDeck-Rolle</translation>
    </message>
    <message>
        <source>Incident #%1 is %2; only an open incident can be mitigated.</source>
        <translation>Incident #%1 ist %2; nur ein offener Incident kann entschärft werden.</translation>
    </message>
    <message>
        <source>Incident #%1 is already resolved.</source>
        <translation>Incident #%1 ist bereits gelöst.</translation>
    </message>
    <message>
        <source>Incident #%1 is already open.</source>
        <translation>Incident #%1 ist bereits offen.</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>Ein Incident braucht einen Titel.</translation>
    </message>
    <message>
        <source>Severity must be one of %1, not &apos;%2&apos;.</source>
        <translation>Der Schweregrad muss einer von %1 sein, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Incident #%1 was opened, but attaching its events failed: %2</source>
        <translation>Incident #%1 wurde eröffnet, aber das Anhängen seiner Ereignisse schlug fehl: %2</translation>
    </message>
    <message>
        <source>There is no incident #%1.</source>
        <translation>Es gibt keinen Incident #%1.</translation>
    </message>
    <message>
        <source>An event waiting to be synced cannot be attached yet.</source>
        <translation>Ein Ereignis, das auf die Synchronisierung wartet, kann noch nicht angehängt werden.</translation>
    </message>
    <message>
        <source>#%1 is the timeline&apos;s own record (%2) and cannot be attached.</source>
        <translation>#%1 ist der eigene Eintrag der Zeitleiste (%2) und kann nicht angehängt werden.</translation>
    </message>
    <message>
        <source>Every selected event is already attached to incident #%1.</source>
        <translation>Jedes ausgewählte Ereignis hängt bereits an Incident #%1.</translation>
    </message>
    <message>
        <source>#%1 is not attached to incident #%2.</source>
        <translation>#%1 hängt nicht an Incident #%2.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Eine Notiz braucht etwas Text.</translation>
    </message>
    <message>
        <source>An event waiting to be synced cannot have notes yet.</source>
        <translation>Ein Ereignis, das auf die Synchronisierung wartet, kann noch keine Notizen haben.</translation>
    </message>
    <message>
        <source>A note is about an incident or an event.</source>
        <translation>Eine Notiz gehört zu einem Incident oder einem Ereignis.</translation>
    </message>
    <message>
        <source>An event waiting to be synced cannot be pinned yet.</source>
        <translation>Ein Ereignis, das auf die Synchronisierung wartet, kann noch nicht angeheftet werden.</translation>
    </message>
    <message>
        <source>#%1 is already pinned.</source>
        <translation>#%1 ist bereits angeheftet.</translation>
    </message>
    <message>
        <source>#%1 is not pinned.</source>
        <translation>#%1 ist nicht angeheftet.</translation>
    </message>
</context>
<context>
    <name>IncidentVerb</name>
    <message>
        <source>no event %1 in the store</source>
        <translation>kein Ereignis %1 in der Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested (attach with: opsdeck incident attach %1 EVENT…):</source>
        <translation>Vorschläge (anhängen mit: opsdeck incident attach %1 EREIGNIS…):</translation>
    </message>
    <message>
        <source>Incident #%1 written to %2</source>
        <translation>Incident #%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>open: sev1 (worst) to sev4.</source>
        <translation>open: sev1 (am schwersten) bis sev4.</translation>
    </message>
    <message>
        <source>open: attach this event (repeatable).</source>
        <translation>open: dieses Ereignis anhängen (wiederholbar).</translation>
    </message>
    <message>
        <source>list: only open, mitigated, resolved or active ones.</source>
        <translation>list: nur offene, entschärfte, gelöste oder aktive.</translation>
    </message>
    <message>
        <source>JSON output (list, show).</source>
        <translation>Ausgabe als JSON (list, show).</translation>
    </message>
    <message>
        <source>export: md or pdf.</source>
        <translation>export: md oder pdf.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>unknown command &apos;incident %1&apos;</source>
        <translation>unbekannter Befehl &apos;incident %1&apos;</translation>
    </message>
    <message>
        <source>&apos;incident %1&apos; needs an incident ID</source>
        <translation>&apos;incident %1&apos; braucht eine Incident-ID</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartet: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;incident %1&apos; needs more arguments</source>
        <translation>&apos;incident %1&apos; braucht mehr Argumente</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an event ID</source>
        <translation>&apos;%1&apos; ist keine Ereignis-ID</translation>
    </message>
    <message>
        <source>--state must be open, mitigated, resolved or active</source>
        <translation>--state muss open, mitigated, resolved oder active sein</translation>
    </message>
    <message>
        <source>&apos;incident open&apos; needs --severity sev1, sev2, sev3 or sev4</source>
        <translation>&apos;incident open&apos; braucht --severity sev1, sev2, sev3 oder sev4</translation>
    </message>
    <message>
        <source>export needs --format md or --format pdf</source>
        <translation>export braucht --format md oder --format pdf</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export braucht -o DATEI</translation>
    </message>
    <message>
        <source>Incident #%1 opened</source>
        <translation>Incident #%1 eröffnet</translation>
    </message>
    <message>
        <source>there is no incident #%1</source>
        <translation>es gibt keinen Incident #%1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) attached to incident #%1</source>
        <translation>
            <numerusform>%n Ereignis an Incident #%1 angehängt</numerusform>
            <numerusform>%n Ereignisse an Incident #%1 angehängt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) detached from incident #%1</source>
        <translation>
            <numerusform>%n Ereignis von Incident #%1 gelöst</numerusform>
            <numerusform>%n Ereignisse von Incident #%1 gelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>Note #%1 added to incident #%2</source>
        <translation>Notiz #%1 zu Incident #%2 hinzugefügt</translation>
    </message>
    <message>
        <source>Incident #%1 is %2</source>
        <translation>Incident #%1 ist %2</translation>
    </message>
    <message>
        <source>Incidents: open, attach events, note, mitigate, resolve, export</source>
        <translation>Incidents: eröffnen, Ereignisse anhängen, Notizen, entschärfen, lösen, exportieren</translation>
    </message>
</context>
<context>
    <name>KamalConfigReader</name>
    <message>
        <source>guessed: Kamal&apos;s default SSH user</source>
        <translation>vermutet: der Standard-SSH-Benutzer von Kamal</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>primary_role</source>
        <translation>primary_role</translation>
    </message>
    <message>
        <source>the containers Kamal keeps are Kamal releases, which this OpsDeck does not read</source>
        <translation>die Container, die Kamal aufbewahrt, sind Kamal-Releases, die dieses OpsDeck nicht liest</translation>
    </message>
    <message>
        <source>accessories are containers OpsDeck has no setting for</source>
        <translation>accessories sind Container, für die OpsDeck keine Einstellung hat</translation>
    </message>
    <message>
        <source>it concerns building and deploying, which OpsDeck does not do</source>
        <translation>es betrifft Build und Deployment; beides macht OpsDeck nicht</translation>
    </message>
    <message>
        <source>no fleet configuration setting corresponds</source>
        <translation>keine Einstellung der Flottenkonfiguration entspricht dem</translation>
    </message>
    <message>
        <source>service %1 is not mapped: the file has no servers</source>
        <translation>Dienst %1 wird nicht übernommen: die Datei hat keine servers</translation>
    </message>
    <message>
        <source>guessed: deploy.yml without a destination</source>
        <translation>vermutet: deploy.yml ohne Destination</translation>
    </message>
    <message>
        <source>destination %1 is not a name OpsDeck accepts</source>
        <translation>Destination %1 ist kein Name, den OpsDeck akzeptiert</translation>
    </message>
    <message>
        <source>host tags are not mapped: they select Kamal environment variables</source>
        <translation>Host-Tags werden nicht übernommen: sie wählen Kamal-Umgebungsvariablen aus</translation>
    </message>
    <message>
        <source>a host</source>
        <translation>ein Host</translation>
    </message>
    <message>
        <source>guessed: kamal-proxy answers only for %1, so this reaches whichever host that name resolves to</source>
        <translation>vermutet: kamal-proxy antwortet nur für %1, also erreicht dies den Host, zu dem dieser Name aufgelöst wird</translation>
    </message>
    <message>
        <source>guessed: Kamal&apos;s default health path /up</source>
        <translation>vermutet: der Standard-Health-Pfad /up von Kamal</translation>
    </message>
    <message>
        <source>servers is not mapped: expected a list of hosts or a mapping of roles</source>
        <translation>servers wird nicht übernommen: Liste von Hosts oder Mapping von Rollen erwartet</translation>
    </message>
    <message>
        <source>a role</source>
        <translation>eine Rolle</translation>
    </message>
    <message>
        <source>role %1 is not mapped: %2</source>
        <translation>Rolle %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>role settings are Kamal&apos;s container settings</source>
        <translation>Rolleneinstellungen sind Container-Einstellungen von Kamal</translation>
    </message>
    <message>
        <source>role %1 is not mapped: expected a list of hosts</source>
        <translation>Rolle %1 wird nicht übernommen: Liste von Hosts erwartet</translation>
    </message>
    <message>
        <source>ssh is not mapped: expected a mapping</source>
        <translation>ssh wird nicht übernommen: Mapping erwartet</translation>
    </message>
    <message>
        <source>ssh user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>ssh user %1 is not mapped: %2</source>
        <translation>SSH-Benutzer %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>ssh port is not mapped: expected a port number</source>
        <translation>SSH-Port wird nicht übernommen: Portnummer erwartet</translation>
    </message>
    <message>
        <source>ssh keys are not mapped: expected a list of key files</source>
        <translation>SSH-Schlüssel werden nicht übernommen: Liste von Schlüsseldateien erwartet</translation>
    </message>
    <message>
        <source>key file is not mapped: OpsDeck takes one identity file per host</source>
        <translation>Schlüsseldatei wird nicht übernommen: OpsDeck nimmt eine Identitätsdatei pro Host</translation>
    </message>
    <message>
        <source>OpsDeck reads keys from files or ssh-agent only</source>
        <translation>OpsDeck liest Schlüssel nur aus Dateien oder von ssh-agent</translation>
    </message>
    <message>
        <source>proxy is not mapped: expected a mapping</source>
        <translation>proxy wird nicht übernommen: Mapping erwartet</translation>
    </message>
    <message>
        <source>proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>proxy host %1 is not mapped: not a host name</source>
        <translation>Proxy-Host %1 wird nicht übernommen: kein Hostname</translation>
    </message>
    <message>
        <source>proxy host is not mapped: the health check uses the first</source>
        <translation>Proxy-Host wird nicht übernommen: der Health-Check verwendet den ersten</translation>
    </message>
    <message>
        <source>kamal-proxy&apos;s own setting</source>
        <translation>eigene Einstellung von kamal-proxy</translation>
    </message>
    <message>
        <source>healthcheck is not mapped: expected a mapping</source>
        <translation>healthcheck wird nicht übernommen: Mapping erwartet</translation>
    </message>
    <message>
        <source>Kamal checks the container&apos;s own port, which the host does not publish</source>
        <translation>Kamal prüft den eigenen Port des Containers, den der Host nicht veröffentlicht</translation>
    </message>
    <message>
        <source>Kamal&apos;s own health check timing; OpsDeck polls at health_interval</source>
        <translation>Kamals eigenes Health-Check-Timing; OpsDeck fragt im Takt von health_interval ab</translation>
    </message>
    <message>
        <source>healthcheck path</source>
        <translation>Health-Check-Pfad</translation>
    </message>
    <message>
        <source>healthcheck path %1 is not mapped: not a URL path</source>
        <translation>Health-Check-Pfad %1 wird nicht übernommen: kein URL-Pfad</translation>
    </message>
    <message>
        <source>ssh proxy</source>
        <translation>SSH-Proxy</translation>
    </message>
    <message>
        <source>ssh proxy %1 is not mapped: expected [user@]host[:port]</source>
        <translation>SSH-Proxy %1 wird nicht übernommen: [user@]host[:port] erwartet</translation>
    </message>
    <message>
        <source>guessed: Kamal&apos;s ssh proxy, used as the jump host of the others</source>
        <translation>vermutet: der SSH-Proxy von Kamal, als Jump-Host der anderen verwendet</translation>
    </message>
    <message>
        <source>the versions are read from the hosts&apos; containers (strategy: kamal), not from the image name</source>
        <translation>die Versionen werden aus den Containern der Hosts gelesen (strategy: kamal), nicht aus dem Image-Namen</translation>
    </message>
    <message>
        <source>guessed: kamal-proxy answers only for %1, so this reaches whichever host that name resolves to; Kamal&apos;s default health path /up</source>
        <translation>vermutet: kamal-proxy antwortet nur für %1, also erreicht dies den Host, zu dem dieser Name aufgelöst wird; der Standard-Health-Pfad /up von Kamal</translation>
    </message>
</context>
<context>
    <name>KamalControl</name>
    <message>
        <source>the app &apos;%1&apos; has no kamal_control</source>
        <translation>die App &apos;%1&apos; hat kein kamal_control</translation>
    </message>
    <message>
        <source>the destination &apos;%1&apos; is not a Kamal destination name</source>
        <translation>das Ziel &apos;%1&apos; ist kein Kamal-Zielname (destination)</translation>
    </message>
</context>
<context>
    <name>KamalStrategy</name>
    <message>
        <source>the host did not list its containers</source>
        <translation>der Host hat seine Container nicht aufgelistet</translation>
    </message>
    <message>
        <source>no container of the app is running</source>
        <translation>kein Container der App läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n containers of the app are running: %1</source>
        <translation>
            <numerusform>%n Container der App läuft: %1</numerusform>
            <numerusform>%n Container der App laufen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>kamal-proxy is not on this host</source>
        <translation>kamal-proxy gibt es auf diesem Host nicht</translation>
    </message>
    <message>
        <source>kamal-proxy is %1, not running</source>
        <translation>kamal-proxy ist %1, läuft nicht</translation>
    </message>
    <message>
        <source>switch as kamal rollback does (only if %1 still runs): %2</source>
        <translation>Umschalten wie kamal rollback (nur wenn %1 noch läuft): %2</translation>
    </message>
    <message>
        <source>This roll-forward does not revert volumes, accessories (databases, Redis) or the environment and secrets the containers read.</source>
        <translation>Dieses Roll-forward macht Volumes, Accessories (Datenbanken, Redis) sowie die Umgebung und Secrets, die die Container lesen, nicht rückgängig.</translation>
    </message>
    <message>
        <source>This rollback does not revert volumes, accessories (databases, Redis) or the environment and secrets the containers read.</source>
        <translation>Dieses Rollback macht Volumes, Accessories (Datenbanken, Redis) sowie die Umgebung und Secrets, die die Container lesen, nicht rückgängig.</translation>
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>no file name is configured</source>
        <translation>kein Dateiname konfiguriert</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>es ist ein Verzeichnis, keine Datei</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>es ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>the host name is empty</source>
        <translation>der Hostname ist leer</translation>
    </message>
    <message>
        <source>the host name is longer than 255 characters</source>
        <translation>der Hostname ist länger als 255 Zeichen</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;:&apos; and &apos;%&apos;</source>
        <translation>ein Hostname darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;:&apos; und &apos;%&apos; enthalten</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>The host key of %1 is known: line %2 of %3 records %4.</source>
        <translation>Der Host-Schlüssel von %1 ist bekannt: Zeile %2 von %3 verzeichnet %4.</translation>
    </message>
    <message>
        <source>The host %1 is not in the known_hosts file %2; the server offered %3. Compare this fingerprint with one obtained another way before trusting it.</source>
        <translation>Der Host %1 steht nicht in der known_hosts-Datei %2; der Server bot %3 an. Diesen Fingerabdruck mit einem auf anderem Weg erhaltenen vergleichen, bevor ihm vertraut wird.</translation>
    </message>
    <message>
        <source>The host key of %1 has changed: known_hosts line %2 of %3 records %4, the server offered %5. Refusing to connect before authenticating; if the change is expected, remove the old key with: %6</source>
        <translation>Der Host-Schlüssel von %1 hat sich geändert: known_hosts-Zeile %2 von %3 verzeichnet %4, der Server bot %5 an. Die Verbindung wird vor der Authentifizierung abgelehnt; ist die Änderung erwartet, den alten Schlüssel entfernen mit: %6</translation>
    </message>
    <message>
        <source>The server %1 offered a key of a type not on record, %2; known_hosts line %3 of %4 records %5 for it. OpenSSH treats this as a changed host key: trust the new key only after comparing its fingerprint with one obtained another way.</source>
        <translation>Der Server %1 bot einen Schlüssel eines nicht verzeichneten Typs an, %2; known_hosts-Zeile %3 von %4 verzeichnet %5 für ihn. OpenSSH behandelt das als geänderten Host-Schlüssel: dem neuen Schlüssel erst vertrauen, nachdem sein Fingerabdruck mit einem auf anderem Weg erhaltenen verglichen wurde.</translation>
    </message>
    <message>
        <source>The server %1 offered the key %2, which known_hosts line %3 of %4 marks as revoked. Refusing to connect.</source>
        <translation>Der Server %1 bot den Schlüssel %2 an, den known_hosts-Zeile %3 von %4 als widerrufen markiert. Die Verbindung wird abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot read the known_hosts file %1: %2. Refusing to connect to %3 without checking its host key.</source>
        <translation>Die known_hosts-Datei %1 kann nicht gelesen werden: %2. Ohne Prüfung des Host-Schlüssels wird keine Verbindung zu %3 aufgebaut.</translation>
    </message>
    <message>
        <source>Cannot record a host key for &apos;%1&apos;: %2.</source>
        <translation>Für &apos;%1&apos; kann kein Host-Schlüssel verzeichnet werden: %2.</translation>
    </message>
    <message>
        <source>Cannot record a host key for port %1: a port is a number from 1 to 65535.</source>
        <translation>Für Port %1 kann kein Host-Schlüssel verzeichnet werden: ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: the key is not a well-formed public key of type &apos;%2&apos;.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht verzeichnet werden: der Schlüssel ist kein wohlgeformter öffentlicher Schlüssel vom Typ &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1: no known_hosts file is configured.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht verzeichnet werden: keine known_hosts-Datei konfiguriert.</translation>
    </message>
    <message>
        <source>Cannot record the host key of %1 in %2: %3.</source>
        <translation>Der Host-Schlüssel von %1 kann nicht in %2 verzeichnet werden: %3.</translation>
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number with the locale&apos;s decimal separator. German: &quot;%1 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds (&quot;42 s&quot;; seconds() gives it one decimal: &quot;1.5 s&quot;).</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std %2 Min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 Std</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the outbox directory %1</source>
        <translation>das Postausgangsverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the outbox %1: %2</source>
        <translation>der Postausgang %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use the outbox %1: %2</source>
        <translation>der Postausgang %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>cannot write to the outbox: %1</source>
        <translation>in den Postausgang kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot read the outbox: %1</source>
        <translation>der Postausgang kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot update the outbox: %1</source>
        <translation>der Postausgang kann nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>PostgresEventStore</name>
    <message>
        <source>the store&apos;s connection string is not valid: %1</source>
        <translation>die Verbindungszeichenkette der Datenbank ist ungültig: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 has no OpsDeck schema; its owner can create it: opsdeck db migrate --store URI</source>
        <translation>%1 hat kein OpsDeck-Schema; sein Eigentümer kann es anlegen: opsdeck db migrate --store URI</translation>
    </message>
    <message>
        <source>%1 is not an OpsDeck user of %2; an admin can run: opsdeck db grant %1 operator --store URI</source>
        <translation>%1 ist kein OpsDeck-Benutzer von %2; ein Admin kann ausführen: opsdeck db grant %1 operator --store URI</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this OpsDeck (%3); run: opsdeck db migrate --store URI</source>
        <translation>%1 hat die Schemaversion %2, älter als dieses OpsDeck (%3); ausführen: opsdeck db migrate --store URI</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this OpsDeck understands (%3); upgrade OpsDeck</source>
        <translation>%1 hat die Schemaversion %2, neuer als dieses OpsDeck versteht (%3); OpsDeck aktualisieren</translation>
    </message>
    <message>
        <source>not connected to %1</source>
        <translation>nicht mit %1 verbunden</translation>
    </message>
    <message>
        <source>an event needs a kind and a summary</source>
        <translation>ein Ereignis braucht eine Art und eine Zusammenfassung</translation>
    </message>
    <message>
        <source>invalid details key &apos;%1&apos;</source>
        <translation>ungültiger Detail-Schlüssel &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>the database&apos;s encoding is %1; the team store needs a UTF8 database (CREATE DATABASE … ENCODING &apos;UTF8&apos;)</source>
        <translation>die Kodierung der Datenbank ist %1; die Team-Datenbank braucht eine UTF8-Datenbank (CREATE DATABASE … ENCODING &apos;UTF8&apos;)</translation>
    </message>
    <message>
        <source>the database has schema version %1, newer than this OpsDeck understands (%2); upgrade OpsDeck</source>
        <translation>die Datenbank hat die Schemaversion %1, neuer als dieses OpsDeck versteht (%2); OpsDeck aktualisieren</translation>
    </message>
    <message>
        <source>unknown role &apos;%1&apos;; use operator, lead, admin or signer:ROLE</source>
        <translation>unbekannte Rolle &apos;%1&apos;; operator, lead, admin oder signer:ROLLE verwenden</translation>
    </message>
    <message>
        <source>a login name of 1 to 63 characters is needed</source>
        <translation>ein Login-Name mit 1 bis 63 Zeichen ist nötig</translation>
    </message>
    <message>
        <source>only members of opsdeck_admin may grant or revoke OpsDeck roles</source>
        <translation>nur Mitglieder von opsdeck_admin dürfen OpsDeck-Rollen vergeben oder entziehen</translation>
    </message>
</context>
<context>
    <name>RailsPlanReader</name>
    <message>
        <source>an environment</source>
        <translation>eine Umgebung</translation>
    </message>
    <message>
        <source>environment %1 is not mapped: %2</source>
        <translation>Umgebung %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>hosts is not mapped: expected a list</source>
        <translation>hosts wird nicht übernommen: Liste erwartet</translation>
    </message>
    <message>
        <source>user</source>
        <translation>user</translation>
    </message>
    <message>
        <source>user %1 is not mapped: %2</source>
        <translation>Benutzer %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>%1 is not mapped: expected a list of commands</source>
        <translation>%1 wird nicht übernommen: Liste von Befehlen erwartet</translation>
    </message>
    <message>
        <source>OpsDeck does not deploy, so it has no branch</source>
        <translation>OpsDeck macht keine Deployments und hat daher keinen Branch</translation>
    </message>
    <message>
        <source>not a key of the Rails plan&apos;s deploy.yml that OpsDeck reads</source>
        <translation>kein Schlüssel der deploy.yml des Rails-Plans, den OpsDeck liest</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>path %1 is not mapped: %2</source>
        <translation>Pfad %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>guessed: the app is named after the last directory of its path</source>
        <translation>vermutet: die App ist nach dem letzten Verzeichnis ihres Pfads benannt</translation>
    </message>
    <message>
        <source>guessed: a Capistrano layout (releases/ and current) under the path</source>
        <translation>vermutet: ein Capistrano-Layout (releases/ und current) unter dem Pfad</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>health URL %1 is not mapped: the environment restarts no service to attach it to</source>
        <translation>Health-URL %1 wird nicht übernommen: die Umgebung startet keinen Dienst neu, dem sie zugeordnet werden könnte</translation>
    </message>
    <message>
        <source>%1 on the host itself, reached at its address</source>
        <translation>%1 auf dem Host selbst, erreicht über seine Adresse</translation>
    </message>
    <message>
        <source>checked after the restarts, so given to the first service restarted</source>
        <translation>nach den Neustarts geprüft, daher dem ersten neu gestarteten Dienst zugeordnet</translation>
    </message>
    <message>
        <source>guessed: %1</source>
        <translation>vermutet: %1</translation>
    </message>
    <message>
        <source>environment %1 is not mapped: it names no host</source>
        <translation>Umgebung %1 wird nicht übernommen: sie nennt keinen Host</translation>
    </message>
    <message>
        <source>environment %1 is not mapped: none of its hosts could be read, so its services, health URLs and app are left out</source>
        <translation>Umgebung %1 wird nicht übernommen: keiner ihrer Hosts konnte gelesen werden, daher fehlen ihre Dienste, Health-URLs und App</translation>
    </message>
    <message>
        <source>a command</source>
        <translation>ein Befehl</translation>
    </message>
    <message>
        <source>command is not mapped: it has %1, and OpsDeck reads only plain commands</source>
        <translation>Befehl wird nicht übernommen: er enthält %1, und OpsDeck liest nur einfache Befehle</translation>
    </message>
    <message>
        <source>unit %1 is not mapped: %2</source>
        <translation>Unit %1 wird nicht übernommen: %2</translation>
    </message>
    <message>
        <source>command %1 is not mapped: OpsDeck runs no deploy steps</source>
        <translation>Befehl %1 wird nicht übernommen: OpsDeck führt keine Deploy-Schritte aus</translation>
    </message>
    <message>
        <source>command is not mapped: %1</source>
        <translation>Befehl wird nicht übernommen: %1</translation>
    </message>
</context>
<context>
    <name>ReleaseInventory</name>
    <message>
        <source>a release name must be 1–128 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>ein Release-Name besteht aus 1–128 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; oder &apos;-&apos; und beginnt mit einem Buchstaben oder einer Ziffer</translation>
    </message>
    <message>
        <source>a release name must not contain &apos;..&apos;</source>
        <translation>ein Release-Name darf kein &apos;..&apos; enthalten</translation>
    </message>
    <message>
        <source>%1 was not reached: %2</source>
        <translation>%1 wurde nicht erreicht: %2</translation>
    </message>
    <message>
        <source>release %1 is not on %2</source>
        <translation>Release %1 liegt nicht auf %2</translation>
    </message>
    <message>
        <source>release %1 on %2 is incomplete: no REVISION file</source>
        <translation>Release %1 auf %2 ist unvollständig: keine REVISION-Datei</translation>
    </message>
    <message>
        <source>release %1 on %2 has links that do not resolve: %3</source>
        <translation>Release %1 auf %2 hat Links, die sich nicht auflösen lassen: %3</translation>
    </message>
    <message>
        <source>release %1 is marked bad; unmark it first</source>
        <translation>Release %1 ist als fehlerhaft markiert; zuerst die Markierung entfernen</translation>
    </message>
    <message>
        <source>release %1 is already current on every host</source>
        <translation>Release %1 ist bereits auf jedem Host aktuell</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message>
        <source>current differs: %1</source>
        <translation>current weicht ab: %1</translation>
    </message>
    <message>
        <source>current does not resolve to a release</source>
        <translation>current verweist auf kein Release</translation>
    </message>
    <message>
        <source>release %1 missing on %2</source>
        <translation>Release %1 fehlt auf %2</translation>
    </message>
    <message>
        <source>no resolvable current on %1</source>
        <translation>kein auflösbares current auf %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>release, hosts</comment>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>ReleaseInventoryReader</name>
    <message>
        <source>no environment &apos;%1&apos;</source>
        <translation>keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no apps</source>
        <translation>%1 hat keine Apps</translation>
    </message>
    <message>
        <source>no app &apos;%1&apos; in %2 (there are: %3)</source>
        <translation>keine App &apos;%1&apos; in %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>app &apos;%1&apos; on %2 uses the strategy &apos;%3&apos;, which this OpsDeck cannot read</source>
        <translation>App &apos;%1&apos; auf %2 verwendet die Strategie &apos;%3&apos;, die dieses OpsDeck nicht lesen kann</translation>
    </message>
    <message>
        <source>unknown release strategy &apos;%1&apos;</source>
        <translation>unbekannte Release-Strategie &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the connection was stopped before the host answered</source>
        <translation>die Verbindung wurde beendet, bevor der Host antwortete</translation>
    </message>
    <message>
        <source>the inventory exited with %1</source>
        <translation>die Bestandsaufnahme endete mit %1</translation>
    </message>
</context>
<context>
    <name>ReleaseMarks</name>
    <message>
        <source>Release %1 of %2/%3 marked bad: %4</source>
        <translation>Release %1 von %2/%3 als fehlerhaft markiert: %4</translation>
    </message>
    <message>
        <source>Release %1 of %2/%3 no longer marked bad: %4</source>
        <translation>Release %1 von %2/%3 nicht mehr als fehlerhaft markiert: %4</translation>
    </message>
</context>
<context>
    <name>ReleaseRollback</name>
    <message>
        <source>no host of %1/%2 to switch</source>
        <translation>kein Host von %1/%2 zum Umschalten</translation>
    </message>
    <message>
        <source>current on %1 does not resolve to a release (%2)</source>
        <translation>current auf %1 verweist auf kein Release (%2)</translation>
    </message>
    <message>
        <source>%1 has only %2 MiB free</source>
        <translation>%1 hat nur %2 MiB frei</translation>
    </message>
    <message>
        <source>roll-forward of %1/%2 to %3</source>
        <translation>Roll-forward von %1/%2 auf %3</translation>
    </message>
    <message>
        <source>rollback of %1/%2 to %3</source>
        <translation>Rollback von %1/%2 auf %3</translation>
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation>OpsDeck wird beendet</translation>
    </message>
    <message>
        <source>the release marks cannot be read: %1</source>
        <translation>die Release-Markierungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>current %1</source>
        <translation>current %1</translation>
    </message>
    <message>
        <source>%1 is not part of the plan; nothing changed</source>
        <translation>%1 gehört nicht zum Plan; nichts geändert</translation>
    </message>
    <message>
        <source>switching current to %1</source>
        <translation>current wird auf %1 umgeschaltet</translation>
    </message>
    <message>
        <source>%1; current may or may not point to %2 now: list the releases</source>
        <translation>%1; current zeigt jetzt vielleicht auf %2, vielleicht nicht: die Releases auflisten</translation>
    </message>
    <message>
        <source>%1; nothing changed</source>
        <translation>%1; nichts geändert</translation>
    </message>
    <message>
        <source>the switch exited with %1</source>
        <translation>das Umschalten endete mit %1</translation>
    </message>
    <message>
        <source>the SSH session stopped after the switch</source>
        <translation>die SSH-Sitzung endete nach dem Umschalten</translation>
    </message>
    <message>
        <source>the SSH session stopped during the switch</source>
        <translation>die SSH-Sitzung endete während des Umschaltens</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird verifiziert</translation>
    </message>
    <message>
        <source>restarting %1</source>
        <translation>%1 wird neu gestartet</translation>
    </message>
    <message>
        <source>switched to %1, and the restart of %2 may or may not have happened (%3)</source>
        <translation>auf %1 umgeschaltet, und der Neustart von %2 ist vielleicht erfolgt, vielleicht nicht (%3)</translation>
    </message>
    <message>
        <source>switched to %1, but restarting %2 failed: %3</source>
        <translation>auf %1 umgeschaltet, aber der Neustart von %2 schlug fehl: %3</translation>
    </message>
    <message>
        <source>the SSH session stopped during the restarts</source>
        <translation>die SSH-Sitzung endete während der Neustarts</translation>
    </message>
    <message>
        <source>switched to %1, not verified within %2 s: %3</source>
        <translation>auf %1 umgeschaltet, nicht innerhalb von %2 s verifiziert: %3</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>switched to %1, but unit %2 failed (%3)</source>
        <translation>auf %1 umgeschaltet, aber Unit %2 ist fehlgeschlagen (%3)</translation>
    </message>
    <message>
        <source>unit %1 is %2</source>
        <translation>Unit %1 ist %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>unit %1 still runs the old process (PID %2)</source>
        <translation>Unit %1 läuft noch mit dem alten Prozess (PID %2)</translation>
    </message>
    <message>
        <source>health %1 %2%3</source>
        <translation>Health %1 %2%3</translation>
    </message>
    <message>
        <source>%1 reports version %2, not %3</source>
        <translation>%1 meldet Version %2, nicht %3</translation>
    </message>
    <message>
        <source>the SSH session stopped during verification</source>
        <translation>die SSH-Sitzung endete während der Verifikation</translation>
    </message>
    <message>
        <source>rolled back to %1</source>
        <translation>Rollback auf %1 erfolgt</translation>
    </message>
    <message>
        <source>%1/%2 uses the release strategy &apos;%3&apos;, which this OpsDeck cannot switch</source>
        <translation>%1/%2 nutzt die Release-Strategie &apos;%3&apos;, die dieses OpsDeck nicht umschalten kann</translation>
    </message>
    <message>
        <source>%1 cannot switch: %2</source>
        <translation>%1 kann nicht umschalten: %2</translation>
    </message>
    <message>
        <source>%1 is current, health passing for %2 s</source>
        <translation>%1 ist aktuell, Health-Checks bestehen seit %2 s</translation>
    </message>
    <message numerus="yes">
        <source>This roll-forward does not revert %n migration(s): %1.</source>
        <translation>
            <numerusform>Dieses Roll-forward macht %n Migration nicht rückgängig: %1.</numerusform>
            <numerusform>Dieses Roll-forward macht %n Migrationen nicht rückgängig: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This rollback does not revert %n migration(s): %1.</source>
        <translation>
            <numerusform>Dieses Rollback macht %n Migration nicht rückgängig: %1.</numerusform>
            <numerusform>Dieses Rollback macht %n Migrationen nicht rückgängig: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the switch does not revert %n migration(s): %1; acknowledge it to go ahead</source>
        <translation>
            <numerusform>das Umschalten macht %n Migration nicht rückgängig: %1; zum Fortfahren bestätigen</numerusform>
            <numerusform>das Umschalten macht %n Migrationen nicht rückgängig: %1; zum Fortfahren bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is current, services restarted, health passing for %2 s</source>
        <translation>%1 ist aktuell, Dienste neu gestartet, Health-Checks bestehen seit %2 s</translation>
    </message>
    <message>
        <source>kamal rollback cannot be run: %1</source>
        <translation>kamal rollback kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>checking that %1 can run kamal rollback in %2</source>
        <translation>es wird geprüft, ob %1 kamal rollback in %2 ausführen kann</translation>
    </message>
    <message>
        <source>the check exited with %1</source>
        <translation>die Prüfung endete mit %1</translation>
    </message>
    <message>
        <source>the control host %1 cannot run kamal rollback: %2</source>
        <translation>der Steuer-Host %1 kann kamal rollback nicht ausführen: %2</translation>
    </message>
    <message>
        <source>the SSH session stopped while the control host was checked</source>
        <translation>die SSH-Sitzung endete während der Prüfung des Steuer-Hosts</translation>
    </message>
    <message>
        <source>waiting for kamal rollback on %1</source>
        <translation>wartet auf kamal rollback auf %1</translation>
    </message>
    <message>
        <source>running on %1: %2</source>
        <translation>läuft auf %1: %2</translation>
    </message>
    <message>
        <source>the SSH session stopped during kamal rollback</source>
        <translation>die SSH-Sitzung endete während kamal rollback</translation>
    </message>
    <message>
        <source>kamal on %1: %2</source>
        <translation>kamal auf %1: %2</translation>
    </message>
    <message>
        <source>kamal rollback could not be run on %1 (%2); nothing changed</source>
        <translation>kamal rollback konnte auf %1 nicht ausgeführt werden (%2); nichts wurde geändert</translation>
    </message>
    <message>
        <source>reading which version runs</source>
        <translation>es wird gelesen, welche Version läuft</translation>
    </message>
    <message>
        <source>kamal rollback on %1: %2</source>
        <translation>kamal rollback auf %1: %2</translation>
    </message>
    <message>
        <source>kamal rollback on %1 exited with %2 (%3)</source>
        <translation>kamal rollback auf %1 endete mit %2 (%3)</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>%1; which version %2 runs now could not be read: %3</source>
        <translation>%1; welche Version %2 jetzt ausführt, konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1; %2 runs no single version now: %3</source>
        <translation>%1; auf %2 läuft jetzt nicht genau eine Version: %3</translation>
    </message>
    <message>
        <source>%1; %2 runs %3 (switched), not verified</source>
        <translation>%1; %2 führt %3 aus (umgeschaltet), nicht verifiziert</translation>
    </message>
    <message>
        <source>%1; %2 still runs %3, nothing changed here</source>
        <translation>%1; %2 führt weiterhin %3 aus, hier wurde nichts geändert</translation>
    </message>
    <message>
        <source>%1; %2 runs %3, neither %4 nor %5</source>
        <translation>%1; %2 führt %3 aus, weder %4 noch %5</translation>
    </message>
    <message>
        <source>the SSH session stopped after kamal rollback</source>
        <translation>die SSH-Sitzung endete nach kamal rollback</translation>
    </message>
</context>
<context>
    <name>ReleaseVerb</name>
    <message>
        <source>%1/%2 (%3, %4)</source>
        <translation>%1/%2 (%3, %4)</translation>
    </message>
    <message>
        <source>RELEASE</source>
        <translation>RELEASE</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>[marked bad]</source>
        <translation>[als fehlerhaft markiert]</translation>
    </message>
    <message>
        <source>%1: not reached: %2</source>
        <translation>%1: nicht erreicht: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: ignored a release directory with an unsafe name: &quot;%2&quot;</source>
        <translation>%1: ein Release-Verzeichnis mit unsicherem Namen wurde ignoriert: „%2“</translation>
    </message>
    <message>
        <source>drift: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message>
        <source>rollback would go to %1</source>
        <translation>ein Rollback ginge auf %1</translation>
    </message>
    <message>
        <source>no rollback target: no older release is complete on every host and unmarked</source>
        <translation>kein Rollback-Ziel: kein älteres Release ist auf jedem Host vollständig und unmarkiert</translation>
    </message>
    <message>
        <source>opsdeck: cannot read release marks: %1</source>
        <translation>opsdeck: Release-Markierungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>opsdeck: %1 has no apps</source>
        <translation>opsdeck: %1 hat keine Apps</translation>
    </message>
    <message>
        <source>opsdeck: name the app as ENV/APP</source>
        <translation>opsdeck: die App als UMGEBUNG/APP angeben</translation>
    </message>
    <message>
        <source>opsdeck: --batch must be ≥ 1 and --verify-timeout ≥ 1 (seconds)</source>
        <translation>opsdeck: --batch muss ≥ 1 und --verify-timeout ≥ 1 sein (Sekunden)</translation>
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every action is recorded with why it was done</source>
        <translation>opsdeck: --reason TEXT ist nötig: jede Aktion wird mit ihrem Grund verzeichnet</translation>
    </message>
    <message>
        <source>opsdeck: no rollback of %1/%2 is recorded to go forward from; name the release with --to</source>
        <translation>opsdeck: für %1/%2 ist kein Rollback verzeichnet, von dem aus vorwärts gegangen werden könnte; das Release mit --to angeben</translation>
    </message>
    <message>
        <source>opsdeck: no release to roll back to: %1</source>
        <translation>opsdeck: kein Release für ein Rollback: %1</translation>
    </message>
    <message>
        <source>no older release is complete on every host and unmarked</source>
        <translation>kein älteres Release ist auf jedem Host vollständig und unmarkiert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>to revert the switched hosts: opsdeck release forward %1/%2 --to %3%4 --reason …</source>
        <translation>um die umgeschalteten Hosts zurückzusetzen: opsdeck release forward %1/%2 --to %3%4 --reason …</translation>
    </message>
    <message>
        <source>opsdeck: name the app as ENV/APP and the release</source>
        <translation>opsdeck: die App als UMGEBUNG/APP und das Release angeben</translation>
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every mark is recorded with why</source>
        <translation>opsdeck: --reason TEXT ist nötig: jede Markierung wird mit ihrem Grund verzeichnet</translation>
    </message>
    <message>
        <source>%1 of %2/%3 is already marked bad</source>
        <translation>%1 von %2/%3 ist bereits als fehlerhaft markiert</translation>
    </message>
    <message>
        <source>%1 of %2/%3 is not marked bad</source>
        <translation>%1 von %2/%3 ist nicht als fehlerhaft markiert</translation>
    </message>
    <message>
        <source>Why (recorded with the action).</source>
        <translation>Warum (wird mit der Aktion verzeichnet).</translation>
    </message>
    <message>
        <source>The release to switch to (default: the newest older release on every host).</source>
        <translation>Das Release, auf das umgeschaltet wird (Standard: das neueste ältere Release auf jedem Host).</translation>
    </message>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>Nur dieser Host (wiederholbar).</translation>
    </message>
    <message>
        <source>Hosts at a time (default 1).</source>
        <translation>Hosts pro Durchgang (Standard 1).</translation>
    </message>
    <message>
        <source>Seconds to wait for every service and health check to pass (default 60).</source>
        <translation>Sekunden, die gewartet wird, bis jeder Dienst und jeder Health-Check besteht (Standard 60).</translation>
    </message>
    <message>
        <source>Go ahead although the switch leaves migrations in place.</source>
        <translation>Fortfahren, obwohl das Umschalten Migrationen bestehen lässt.</translation>
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation>Ohne Rückfrage bestätigen.</translation>
    </message>
    <message>
        <source>The environment name, for environments with typed confirmation.</source>
        <translation>Der Name der Umgebung, für Umgebungen mit getippter Bestätigung.</translation>
    </message>
    <message>
        <source>JSON output (list).</source>
        <translation>Ausgabe als JSON (list).</translation>
    </message>
    <message>
        <source>opsdeck: unknown release command &apos;%1&apos;
</source>
        <translation>opsdeck: unbekannter release-Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>opsdeck: no environment &apos;%1&apos;</source>
        <translation>opsdeck: keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Releases on every host and drift; roll back or forward with verification; mark a release bad</source>
        <translation>Releases auf jedem Host und Abweichungen; Rollback oder Roll-forward mit Verifikation; ein Release als fehlerhaft markieren</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1 (--acknowledge-migrations)</source>
        <comment>why the switch is refused</comment>
        <translation>%1 (--acknowledge-migrations)</translation>
    </message>
    <message>
        <source>%1: not attempted, on %2</source>
        <comment>host, release</comment>
        <translation>%1: nicht versucht, auf %2</translation>
    </message>
    <message>
        <source>%1: release unknown: list the releases</source>
        <comment>host</comment>
        <translation>%1: Release unbekannt: die Releases auflisten</translation>
    </message>
    <message>
        <source>%1: on %2</source>
        <comment>host, release</comment>
        <translation>%1: auf %2</translation>
    </message>
</context>
<context>
    <name>RemoteValueRules</name>
    <message>
        <source>a name may not be empty</source>
        <translation>ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a name may have at most 63 characters</source>
        <translation>ein Name darf höchstens 63 Zeichen haben</translation>
    </message>
    <message>
        <source>a name must start with a letter or digit</source>
        <translation>ein Name muss mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <source>a name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ein Name darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>a host address may not be empty</source>
        <translation>eine Host-Adresse darf nicht leer sein</translation>
    </message>
    <message>
        <source>a host address may not start with &apos;-&apos;</source>
        <translation>eine Host-Adresse darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation>keine gültige IPv6-Adresse</translation>
    </message>
    <message>
        <source>a host name may have at most 253 characters</source>
        <translation>ein Hostname darf höchstens 253 Zeichen haben</translation>
    </message>
    <message>
        <source>each part of a host name must have 1 to 63 characters</source>
        <translation>jeder Teil eines Hostnamens muss 1 bis 63 Zeichen haben</translation>
    </message>
    <message>
        <source>a part of a host name may not start or end with &apos;-&apos;</source>
        <translation>ein Teil eines Hostnamens darf nicht mit &apos;-&apos; beginnen oder enden</translation>
    </message>
    <message>
        <source>a host name may contain only letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos;</source>
        <translation>ein Hostname darf nur Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; und &apos;.&apos; enthalten</translation>
    </message>
    <message>
        <source>a user name may not be empty</source>
        <translation>ein Benutzername darf nicht leer sein</translation>
    </message>
    <message>
        <source>a user name may have at most 32 characters</source>
        <translation>ein Benutzername darf höchstens 32 Zeichen haben</translation>
    </message>
    <message>
        <source>a user name must start with a lower-case letter or &apos;_&apos;</source>
        <translation>ein Benutzername muss mit einem Kleinbuchstaben oder &apos;_&apos; beginnen</translation>
    </message>
    <message>
        <source>a user name may contain only lower-case letters, digits, &apos;_&apos; and &apos;-&apos;</source>
        <translation>ein Benutzername darf nur Kleinbuchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <source>a unit name may not be empty</source>
        <translation>ein Unit-Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>a unit name may have at most 255 characters</source>
        <translation>ein Unit-Name darf höchstens 255 Zeichen haben</translation>
    </message>
    <message>
        <source>a unit name may not start with &apos;-&apos;</source>
        <translation>ein Unit-Name darf nicht mit &apos;-&apos; beginnen</translation>
    </message>
    <message>
        <source>a unit name may contain only letters, digits and &apos;:&apos;, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;\&apos;, &apos;@&apos;</source>
        <translation>ein Unit-Name darf nur Buchstaben, Ziffern und &apos;:&apos;, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;\&apos;, &apos;@&apos; enthalten</translation>
    </message>
    <message>
        <source>a unit name must end in a unit type such as .service, .socket or .timer</source>
        <translation>ein Unit-Name muss auf einen Unit-Typ wie .service, .socket oder .timer enden</translation>
    </message>
    <message>
        <source>a unit name needs a name before its type suffix</source>
        <translation>ein Unit-Name braucht einen Namen vor seiner Typ-Endung</translation>
    </message>
    <message>
        <source>a path may not be empty</source>
        <translation>ein Pfad darf nicht leer sein</translation>
    </message>
    <message>
        <source>a remote path must be absolute (start with &apos;/&apos;)</source>
        <translation>ein entfernter Pfad muss absolut sein (mit &apos;/&apos; beginnen)</translation>
    </message>
    <message>
        <source>a path may have at most 4096 bytes</source>
        <translation>ein Pfad darf höchstens 4096 Bytes haben</translation>
    </message>
    <message>
        <source>a path may not contain control characters</source>
        <translation>ein Pfad darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a path may not contain quotes, &apos;\&apos;, &apos;$&apos;, &apos;`&apos;, &apos;;&apos;, &apos;&amp;&apos;, &apos;|&apos;, &apos;&lt;&apos;, &apos;&gt;&apos;, &apos;*&apos; or &apos;?&apos;</source>
        <translation>ein Pfad darf keine Anführungszeichen, &apos;\&apos;, &apos;$&apos;, &apos;`&apos;, &apos;;&apos;, &apos;&amp;&apos;, &apos;|&apos;, &apos;&lt;&apos;, &apos;&gt;&apos;, &apos;*&apos; oder &apos;?&apos; enthalten</translation>
    </message>
    <message>
        <source>a path may not contain a &apos;..&apos; component</source>
        <translation>ein Pfad darf keine &apos;..&apos;-Komponente enthalten</translation>
    </message>
    <message>
        <source>a pattern may not be empty</source>
        <translation>ein Muster darf nicht leer sein</translation>
    </message>
    <message>
        <source>a pattern matches file names and may not contain &apos;/&apos;</source>
        <translation>ein Muster passt auf Dateinamen und darf kein &apos;/&apos; enthalten</translation>
    </message>
    <message>
        <source>a pattern may not contain control characters</source>
        <translation>ein Muster darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a pattern may contain only letters, digits, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;+&apos;, &apos;*&apos; and &apos;?&apos;</source>
        <translation>ein Muster darf nur Buchstaben, Ziffern, &apos;.&apos;, &apos;-&apos;, &apos;_&apos;, &apos;+&apos;, &apos;*&apos; und &apos;?&apos; enthalten</translation>
    </message>
    <message>
        <source>a command argument may not contain control characters</source>
        <translation>ein Befehlsargument darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>a command argument may have at most 4096 bytes</source>
        <translation>ein Befehlsargument darf höchstens 4096 Bytes haben</translation>
    </message>
</context>
<context>
    <name>SampleHistoryFile</name>
    <message>
        <source>unknown SQLite error</source>
        <translation>unbekannter SQLite-Fehler</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer OpsDeck (history version %2); the window keeps no history</source>
        <translation>%1 stammt von einem neueren OpsDeck (Verlaufsversion %2); das Fenster führt keinen Verlauf</translation>
    </message>
    <message>
        <source>cannot create the history in %1: %2</source>
        <translation>der Verlauf in %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the history file is not open</source>
        <translation>die Verlaufsdatei ist nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>ServiceAction</name>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation>es gibt keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no host of %1 runs a service &apos;%2&apos;</source>
        <translation>kein Host von %1 führt einen Dienst &apos;%2&apos; aus</translation>
    </message>
    <message>
        <source>host &apos;%1&apos; of %2 does not run &apos;%3&apos;</source>
        <translation>Host &apos;%1&apos; von %2 führt &apos;%3&apos; nicht aus</translation>
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation>die Batch-Größe muss mindestens 1 sein</translation>
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation>OpsDeck wird beendet</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>reading the state of %1</source>
        <translation>der Zustand von %1 wird gelesen</translation>
    </message>
    <message>
        <source>the %1 was not attempted: the state of %2 could not be read first (%3)</source>
        <translation>%1 wurde nicht versucht: der Zustand von %2 konnte vorher nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <source>unit %1 is not loaded on %2</source>
        <translation>Unit %1 ist auf %2 nicht geladen</translation>
    </message>
    <message>
        <source>the %1 was not attempted: the SSH session stopped</source>
        <translation>%1 wurde nicht versucht: die SSH-Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>running %1</source>
        <translation>%1 läuft</translation>
    </message>
    <message>
        <source>%1; the %2 may or may not have happened: re-check</source>
        <translation>%1; %2 ist vielleicht erfolgt, vielleicht nicht: erneut prüfen</translation>
    </message>
    <message>
        <source>%1 exited with status %2%3</source>
        <translation>%1 endete mit Status %2%3</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird verifiziert</translation>
    </message>
    <message>
        <source>the SSH session stopped</source>
        <translation>die SSH-Sitzung wurde beendet</translation>
    </message>
    <message>
        <source>unit %1 is %2</source>
        <translation>Unit %1 ist %2</translation>
    </message>
    <message>
        <source>unit %1 is still %2</source>
        <translation>Unit %1 ist noch %2</translation>
    </message>
    <message>
        <source>unit %1 entered the failed state (%2) %3 s after the %4: it did not stay up</source>
        <translation>Unit %1 ging %3 s nach %4 in den Zustand failed (%2): sie blieb nicht oben</translation>
    </message>
    <message>
        <source>unit %1 has not restarted: it is the same run as before the restart (%2)</source>
        <translation>Unit %1 wurde nicht neu gestartet: es ist derselbe Lauf wie vor dem Neustart (%2)</translation>
    </message>
    <message>
        <source>unit %1 is %2 (%3)</source>
        <translation>Unit %1 ist %2 (%3)</translation>
    </message>
    <message>
        <source>health %1</source>
        <translation>Health %1</translation>
    </message>
    <message>
        <source>unit %1 was started again by itself (%2, then %3): it does not stay up</source>
        <translation>Unit %1 wurde von selbst erneut gestartet (%2, dann %3): sie bleibt nicht oben</translation>
    </message>
    <message>
        <source>up; watching that it stays up for %1 s</source>
        <translation>oben; es wird beobachtet, ob sie %1 s oben bleibt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no health check configured</source>
        <translation>kein Health-Check konfiguriert</translation>
    </message>
    <message>
        <source>health passing</source>
        <translation>Health-Checks bestehen</translation>
    </message>
    <message>
        <source>unit %1 is active (%2) with %3 for %4, but whether it restarted cannot be told: there is no record of its state before the restart</source>
        <translation>Unit %1 ist aktiv (%2) mit %3 seit %4, aber ob sie neu gestartet wurde, lässt sich nicht sagen: ihr Zustand vor dem Neustart ist nicht verzeichnet</translation>
    </message>
    <message>
        <source>unit %1 restarted (PID %2 → %3) and stayed active for %4, %5</source>
        <translation>Unit %1 neu gestartet (PID %2 → %3) und blieb %4 aktiv, %5</translation>
    </message>
    <message>
        <source>unit %1 active (PID %2) for %3, %4</source>
        <translation>Unit %1 aktiv (PID %2) seit %3, %4</translation>
    </message>
    <message>
        <source>%1 (after %2 s up)</source>
        <translation>%1 (nach %2 s oben)</translation>
    </message>
    <message>
        <source>not verified within %1 s: %2</source>
        <translation>nicht innerhalb von %1 s verifiziert: %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 of %2/%3</source>
        <translation>%1 von %2/%3</translation>
    </message>
    <message>
        <source>%1 is not a host of this action</source>
        <translation>%1 ist kein Host dieser Aktion</translation>
    </message>
</context>
<context>
    <name>ServiceVerb</name>
    <message>
        <source>opsdeck: no environment &apos;%1&apos; (there are: %2)</source>
        <translation>opsdeck: keine Umgebung &apos;%1&apos; (vorhanden: %2)</translation>
    </message>
    <message>
        <source>opsdeck: nothing runs &apos;%1&apos; in %2</source>
        <translation>opsdeck: nichts führt &apos;%1&apos; in %2 aus</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>AKTIV</translation>
    </message>
    <message>
        <source>SUB</source>
        <translation>SUB</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>SINCE</source>
        <translation>SEIT</translation>
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>opsdeck: logs need ENV/SERVICE and exactly one --host</source>
        <translation>opsdeck: logs braucht UMGEBUNG/DIENST und genau ein --host</translation>
    </message>
    <message>
        <source>opsdeck: host &apos;%1&apos; of %2 does not run &apos;%3&apos;</source>
        <translation>opsdeck: Host &apos;%1&apos; von %2 führt &apos;%3&apos; nicht aus</translation>
    </message>
    <message>
        <source>%1 locked by %2 (console %3) since %4, until %5: %6</source>
        <translation>%1 gesperrt von %2 (Konsole %3) seit %4, bis %5: %6</translation>
    </message>
    <message>
        <source>opsdeck: unlock needs ENV/SERVICE, exactly one --host and a --reason</source>
        <translation>opsdeck: unlock braucht UMGEBUNG/DIENST, genau ein --host und einen --reason</translation>
    </message>
    <message>
        <source>opsdeck: the lock on %1 was not broken: %2</source>
        <translation>opsdeck: die Sperre auf %1 wurde nicht gebrochen: %2</translation>
    </message>
    <message>
        <source>opsdeck: name the service as ENV/SERVICE</source>
        <translation>opsdeck: den Dienst als UMGEBUNG/DIENST angeben</translation>
    </message>
    <message>
        <source>opsdeck: --batch must be ≥ 1, --pause ≥ 0, --verify-timeout ≥ 1 and --stable ≥ 0 (seconds)</source>
        <translation>opsdeck: --batch muss ≥ 1, --pause ≥ 0, --verify-timeout ≥ 1 und --stable ≥ 0 sein (Sekunden)</translation>
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every action is recorded with why it was done</source>
        <translation>opsdeck: --reason TEXT ist nötig: jede Aktion wird mit ihrem Grund verzeichnet</translation>
    </message>
    <message>
        <source>Only this host (repeatable).</source>
        <translation>Nur dieser Host (wiederholbar).</translation>
    </message>
    <message>
        <source>Why (recorded with the action).</source>
        <translation>Warum (wird mit der Aktion verzeichnet).</translation>
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation>Ohne Rückfrage bestätigen.</translation>
    </message>
    <message>
        <source>The environment name, for environments with typed confirmation.</source>
        <translation>Der Name der Umgebung, für Umgebungen mit getippter Bestätigung.</translation>
    </message>
    <message>
        <source>Hosts at a time in a rolling action (default 1).</source>
        <translation>Hosts pro Durchgang einer rollenden Aktion (Standard 1).</translation>
    </message>
    <message>
        <source>Seconds between batches.</source>
        <translation>Sekunden zwischen den Durchgängen.</translation>
    </message>
    <message>
        <source>Seconds to wait for the unit and health to pass (default 60).</source>
        <translation>Sekunden, die gewartet wird, bis Unit und Health-Checks bestehen (Standard 60).</translation>
    </message>
    <message>
        <source>Seconds the unit must then stay up with health passing (default 10).</source>
        <translation>Sekunden, die die Unit danach mit bestehenden Health-Checks oben bleiben muss (Standard 10).</translation>
    </message>
    <message>
        <source>Log lines (default 200).</source>
        <translation>Log-Zeilen (Standard 200).</translation>
    </message>
    <message>
        <source>JSON output (show).</source>
        <translation>Ausgabe als JSON (show).</translation>
    </message>
    <message>
        <source>opsdeck: unknown service command &apos;%1&apos;
</source>
        <translation>opsdeck: unbekannter service-Befehl &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>Show systemd state; restart, start, stop or reload with verification; read logs; see and break locks</source>
        <translation>systemd-Zustand zeigen; Neustart, Start, Stopp oder Reload mit Verifikation; Logs lesen; Sperren sehen und brechen</translation>
    </message>
    <message>
        <source>%1 %2/%3 on %4.</source>
        <translation>%1 %2/%3 auf %4.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>SqliteEventStore</name>
    <message>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (Debian-Paket libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation>%1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>cannot lock %1 for migration: %2</source>
        <translation>%1 kann für die Migration nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the migrations table: %1</source>
        <translation>die Migrationstabelle kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation>die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this OpsDeck understands (%3); upgrade OpsDeck</source>
        <translation>%1 hat die Schemaversion %2, neuer als dieses OpsDeck versteht (%3); OpsDeck aktualisieren</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot record migration %1: %2</source>
        <translation>Migration %1 kann nicht verzeichnet werden: %2</translation>
    </message>
    <message>
        <source>cannot read the store&apos;s identity: %1</source>
        <translation>die Identität der Datenbank kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation>die Migration kann nicht festgeschrieben werden: %1</translation>
    </message>
    <message>
        <source>an event needs a kind and a summary</source>
        <translation>ein Ereignis braucht eine Art und eine Zusammenfassung</translation>
    </message>
    <message>
        <source>cannot record the event: %1</source>
        <translation>das Ereignis kann nicht verzeichnet werden: %1</translation>
    </message>
    <message>
        <source>invalid details key &apos;%1&apos;</source>
        <translation>ungültiger Detail-Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot read events: %1</source>
        <translation>Ereignisse können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a lock needs a target, a console and a lifetime</source>
        <translation>eine Sperre braucht ein Ziel, eine Konsole und eine Lebensdauer</translation>
    </message>
    <message>
        <source>cannot lock the store: %1</source>
        <translation>die Datenbank kann nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the lock</source>
        <translation>die Sperre kann nicht festgeschrieben werden</translation>
    </message>
    <message>
        <source>a lock needs a lifetime</source>
        <translation>eine Sperre braucht eine Lebensdauer</translation>
    </message>
    <message>
        <source>%1 may not break a lock: it takes the role opsdeck_lead</source>
        <translation>%1 darf keine Sperre brechen: dazu ist die Rolle opsdeck_lead nötig</translation>
    </message>
    <message>
        <source>breaking a lock needs a reason</source>
        <translation>eine Sperre zu brechen braucht einen Grund</translation>
    </message>
    <message>
        <source>there is no lock on %1</source>
        <translation>es gibt keine Sperre auf %1</translation>
    </message>
    <message>
        <source>the lock on %1 changed meanwhile; look again</source>
        <translation>die Sperre auf %1 hat sich inzwischen geändert; erneut nachsehen</translation>
    </message>
    <message>
        <source>there is no approval request %1</source>
        <translation>es gibt keine Freigabeanfrage %1</translation>
    </message>
    <message>
        <source>the approval request %1 changed meanwhile; look again</source>
        <translation>die Freigabeanfrage %1 hat sich inzwischen geändert; erneut nachsehen</translation>
    </message>
    <message>
        <source>the plan does not match its hash</source>
        <translation>der Plan passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <source>there is no OpsDeck role %1</source>
        <translation>es gibt keine OpsDeck-Rolle %1</translation>
    </message>
    <message>
        <source>an approval request lives from 1 s to a day, not %1 ms</source>
        <translation>eine Freigabeanfrage gilt 1 s bis einen Tag, nicht %1 ms</translation>
    </message>
    <message>
        <source>an approval request needs an environment, an action, a title and a console</source>
        <translation>eine Freigabeanfrage braucht eine Umgebung, eine Aktion, einen Titel und eine Konsole</translation>
    </message>
    <message>
        <source>%1 requested this approval and may not decide it: a second person must</source>
        <translation>%1 hat diese Freigabe angefragt und darf nicht darüber entscheiden: das muss eine zweite Person tun</translation>
    </message>
    <message>
        <source>%1 may not decide this approval: it takes the role %2</source>
        <translation>%1 darf über diese Freigabe nicht entscheiden: dazu ist die Rolle %2 nötig</translation>
    </message>
    <message>
        <source>the approval request %1 is %2 already</source>
        <translation>die Freigabeanfrage %1 ist bereits %2</translation>
    </message>
    <message>
        <source>the approval request %1 expired at %2 and can no longer be decided</source>
        <translation>die Freigabeanfrage %1 ist am %2 abgelaufen und kann nicht mehr entschieden werden</translation>
    </message>
    <message>
        <source>the decision is for plan %1, but the request is for plan %2: look at its plan again</source>
        <translation>die Entscheidung gilt Plan %1, die Anfrage aber Plan %2: ihren Plan erneut ansehen</translation>
    </message>
    <message>
        <source>deciding an approval needs a reason</source>
        <translation>über eine Freigabe zu entscheiden braucht einen Grund</translation>
    </message>
    <message>
        <source>only the console that asked for approval %1 may close it</source>
        <translation>nur die Konsole, die die Freigabe %1 angefragt hat, darf sie schließen</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>jump host %1 could not open a connection to %2: %3</source>
        <translation>Jump-Host %1 konnte keine Verbindung zu %2 öffnen: %3</translation>
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation>kein Socket-Paar möglich</translation>
    </message>
    <message>
        <source>%1: not tried; waited %2 s for a turn in the console&apos;s own connection queue</source>
        <translation>%1: nicht versucht; %2 s in der eigenen Verbindungswarteschlange der Konsole gewartet</translation>
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation>keine SSH-Sitzung möglich</translation>
    </message>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation>keine Verbindung zu %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation>%1 hat keinen verwendbaren Host-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>%1: the session was stopped while its host key waited to be trusted</source>
        <translation>%1: die Sitzung wurde beendet, während ihr Host-Schlüssel auf Vertrauen wartete</translation>
    </message>
    <message>
        <source>the host key of %1 was trusted but could not be recorded: %2</source>
        <translation>dem Host-Schlüssel von %1 wurde vertraut, aber er konnte nicht verzeichnet werden: %2</translation>
    </message>
    <message>
        <source>ssh-agent (not running: SSH_AUTH_SOCK is not set)</source>
        <translation>ssh-agent (läuft nicht: SSH_AUTH_SOCK ist nicht gesetzt)</translation>
    </message>
    <message>
        <source>ssh-agent (%1)</source>
        <translation>ssh-agent (%1)</translation>
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation>ssh-agent (kein Schlüssel akzeptiert)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1 (encrypted; no passphrase given)</source>
        <translation>%1 (verschlüsselt; keine Passphrase angegeben)</translation>
    </message>
    <message>
        <source>%1 (wrong passphrase)</source>
        <translation>%1 (falsche Passphrase)</translation>
    </message>
    <message>
        <source>%1 (not a readable private key)</source>
        <translation>%1 (kein lesbarer privater Schlüssel)</translation>
    </message>
    <message>
        <source>%1 (denied)</source>
        <translation>%1 (abgelehnt)</translation>
    </message>
    <message>
        <source>no identity file (none configured, none of ~/.ssh/id_ed25519, id_ecdsa, id_rsa exists)</source>
        <translation>keine Identitätsdatei (keine konfiguriert, keine von ~/.ssh/id_ed25519, id_ecdsa, id_rsa vorhanden)</translation>
    </message>
    <message>
        <source>%1 refused authentication; tried: %2</source>
        <translation>%1 hat die Authentifizierung abgelehnt; versucht: %2</translation>
    </message>
    <message>
        <source>%1: the command did not finish within %2 ms</source>
        <translation>%1: der Befehl wurde nicht innerhalb von %2 ms fertig</translation>
    </message>
    <message>
        <source>%1: the command ended without an exit status (killed by a signal?)</source>
        <translation>%1: der Befehl endete ohne Exit-Status (durch ein Signal beendet?)</translation>
    </message>
    <message>
        <source>
[opsdeck: output cut at %1 bytes]</source>
        <translation>
[opsdeck: Ausgabe bei %1 Bytes abgeschnitten]</translation>
    </message>
    <message>
        <source>%1: the SFTP subsystem is not available: %2</source>
        <translation>%1: das SFTP-Subsystem ist nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>permission denied reading %1</source>
        <translation>Zugriff beim Lesen von %1 verweigert</translation>
    </message>
    <message>
        <source>%1 %2: %3 (SFTP status %4)</source>
        <translation>%1 %2: %3 (SFTP-Status %4)</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation>nicht zu öffnen</translation>
    </message>
    <message>
        <source>the listing took longer than %1 s</source>
        <translation>die Auflistung dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>the directory has more than %1 entries</source>
        <translation>das Verzeichnis hat mehr als %1 Einträge</translation>
    </message>
    <message>
        <source>more than %1 names match</source>
        <translation>mehr als %1 Namen passen</translation>
    </message>
    <message>
        <source>connection to %1 lost while listing %2: %3</source>
        <translation>Verbindung zu %1 beim Auflisten von %2 verloren: %3</translation>
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation>%1 ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the host did not say the size of %1</source>
        <translation>der Host hat die Größe von %1 nicht genannt</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation>%1 kann nicht gekürzt werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while %3 was downloaded</source>
        <translation>%1 hat %2 s lang nichts gesendet, während %3 heruntergeladen wurde</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost while downloading %2: %3</source>
        <translation>Verbindung zu %1 verloren beim Herunterladen von %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 (SFTP status %3)</source>
        <translation>%1: %2 (SFTP-Status %3)</translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation>%1 lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation>die Attribute von %1 lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot request data of %1</source>
        <translation>von %1 lassen sich keine Daten anfordern</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>connection to %1 lost before the command started: %2</source>
        <translation>Verbindung zu %1 vor dem Start des Befehls verloren: %2</translation>
    </message>
    <message>
        <source>connection to %1 lost while the command ran (its outcome is unknown): %2</source>
        <translation>Verbindung zu %1 verloren, während der Befehl lief (sein Ergebnis ist unbekannt): %2</translation>
    </message>
    <message>
        <source>connection to %1 lost at the end of the command (its outcome is unknown): %2</source>
        <translation>Verbindung zu %1 am Ende des Befehls verloren (sein Ergebnis ist unbekannt): %2</translation>
    </message>
    <message>
        <source>jump host %1: %2</source>
        <comment>the jump host, what failed there</comment>
        <translation>Jump-Host %1: %2</translation>
    </message>
</context>
<context>
    <name>SshEngine</name>
    <message>
        <source>&apos;%1&apos; is not a host of the configuration</source>
        <translation>&apos;%1&apos; ist kein Host der Konfiguration</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>HostName &apos;%1&apos; in the SSH client configuration: %2</source>
        <translation>HostName &apos;%1&apos; in der SSH-Client-Konfiguration: %2</translation>
    </message>
    <message>
        <source>User &apos;%1&apos; in the SSH client configuration: %2</source>
        <translation>User &apos;%1&apos; in der SSH-Client-Konfiguration: %2</translation>
    </message>
    <message>
        <source>Port %1 in the SSH client configuration is out of range</source>
        <translation>Port %1 in der SSH-Client-Konfiguration liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>ProxyJump &apos;%1&apos; in the SSH client configuration: %2</source>
        <translation>ProxyJump &apos;%1&apos; in der SSH-Client-Konfiguration: %2</translation>
    </message>
    <message>
        <source>ProxyJump &apos;%1&apos; in the SSH client configuration has no valid port</source>
        <translation>ProxyJump &apos;%1&apos; in der SSH-Client-Konfiguration hat keinen gültigen Port</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>an SQLite store needs an absolute path: sqlite:///path/to/opsdeck.db</source>
        <translation>eine SQLite-Datenbank braucht einen absoluten Pfad: sqlite:///pfad/zu/opsdeck.db</translation>
    </message>
    <message>
        <source>unknown store &apos;%1&apos;; use sqlite:///PATH, postgresql://… or a libpq connection string (host=… dbname=…)</source>
        <translation>unbekannte Datenbank &apos;%1&apos;; sqlite:///PFAD, postgresql://… oder eine libpq-Verbindungszeichenkette (host=… dbname=…) verwenden</translation>
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>opsdeck: cannot open the store: %1</source>
        <translation>opsdeck: die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>opsdeck: cannot read the incidents: %1</source>
        <translation>opsdeck: die Incidents können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>StoreVerbs</name>
    <message>
        <source>usage: opsdeck db migrate [--store URI]
       opsdeck db grant LOGIN operator|lead|admin|signer:ROLE [--store URI]
       opsdeck db revoke LOGIN operator|lead|admin|signer:ROLE [--store URI]
       opsdeck db status [--store URI]</source>
        <translation>Aufruf: opsdeck db migrate [--store URI]
        opsdeck db grant LOGIN operator|lead|admin|signer:ROLLE [--store URI]
        opsdeck db revoke LOGIN operator|lead|admin|signer:ROLLE [--store URI]
        opsdeck db status [--store URI]</translation>
    </message>
    <message>
        <source>opsdeck: %1</source>
        <translation>opsdeck: %1</translation>
    </message>
    <message>
        <source>%1 is at schema version %2</source>
        <translation>%1 hat die Schemaversion %2</translation>
    </message>
    <message>
        <source>opsdeck: migration failed, nothing changed: %1</source>
        <translation>opsdeck: Migration fehlgeschlagen, nichts geändert: %1</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>%1 angewandt</translation>
    </message>
    <message>
        <source>schema already at version %1</source>
        <translation>Schema bereits auf Version %1</translation>
    </message>
    <message>
        <source>schema now at version %1 (was %2)</source>
        <translation>Schema jetzt auf Version %1 (war %2)</translation>
    </message>
    <message>
        <source>opsdeck: roles exist only in a PostgreSQL team store; pass --store postgresql://…</source>
        <translation>opsdeck: Rollen gibt es nur in einer PostgreSQL-Team-Datenbank; --store postgresql://… angeben</translation>
    </message>
    <message>
        <source>opsdeck: unknown role &apos;%1&apos;; use operator, lead, admin or signer:ROLE</source>
        <translation>opsdeck: unbekannte Rolle &apos;%1&apos;; operator, lead, admin oder signer:ROLLE verwenden</translation>
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation>%1 hat jetzt %2</translation>
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation>%1 hat %2 nicht mehr</translation>
    </message>
    <message>
        <source>store:   %1</source>
        <translation>Datenbank:  %1</translation>
    </message>
    <message>
        <source>schema:  version %1</source>
        <translation>Schema:     Version %1</translation>
    </message>
    <message>
        <source>store id: %1</source>
        <translation>Datenbank-ID: %1</translation>
    </message>
    <message>
        <source>you are: %1 (%2)</source>
        <translation>Sie sind:   %1 (%2)</translation>
    </message>
    <message>
        <source>no OpsDeck role</source>
        <translation>keine OpsDeck-Rolle</translation>
    </message>
    <message>
        <source>events:  %1</source>
        <translation>Ereignisse: %1</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Why the store is anchored anew (recorded).</source>
        <translation>Warum die Datenbank neu verankert wird (wird verzeichnet).</translation>
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: anchoring anew is recorded in the store&apos;s audit log</source>
        <translation>opsdeck: --reason TEXT ist nötig: das neue Verankern wird im Audit-Log der Datenbank verzeichnet</translation>
    </message>
    <message numerus="yes">
        <source>opsdeck: not anchored: the audit log itself is not intact (%n finding(s))</source>
        <translation>
            <numerusform>opsdeck: nicht verankert: das Audit-Log selbst ist nicht intakt (%n Befund)</numerusform>
            <numerusform>opsdeck: nicht verankert: das Audit-Log selbst ist nicht intakt (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>opsdeck: not anchored: the store must record it and did not: %1</source>
        <translation>opsdeck: nicht verankert: die Datenbank muss es verzeichnen und hat es nicht getan: %1</translation>
    </message>
    <message>
        <source>opsdeck: not anchored: the audit log changed while anchoring; verify it</source>
        <translation>opsdeck: nicht verankert: das Audit-Log hat sich beim Verankern geändert; es prüfen</translation>
    </message>
    <message>
        <source>anchored store %1 at row %2 (%3); recorded as event %4</source>
        <translation>Datenbank %1 bei Zeile %2 verankert (%3); verzeichnet als Ereignis %4</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n row(s) verified, last %1 %2</source>
        <translation>
            <numerusform>Audit-Log intakt: %n Zeile geprüft, letzte %1 %2</numerusform>
            <numerusform>Audit-Log intakt: %n Zeilen geprüft, letzte %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log NOT THE ANCHORED STORE: %n row(s) of another store verified</source>
        <translation>
            <numerusform>Audit-Log NICHT DIE VERANKERTE DATENBANK: %n Zeile einer anderen Datenbank geprüft</numerusform>
            <numerusform>Audit-Log NICHT DIE VERANKERTE DATENBANK: %n Zeilen einer anderen Datenbank geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log TAMPERED: %n finding(s) in %1 rows</source>
        <translation>
            <numerusform>Audit-Log MANIPULIERT: %n Befund in %1 Zeilen</numerusform>
            <numerusform>Audit-Log MANIPULIERT: %n Befunde in %1 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Create or upgrade the team store&apos;s schema and roles; grant or revoke operator, lead, admin or a sign-off role.</source>
        <translation>Schema und Rollen der Team-Datenbank anlegen oder aktualisieren; operator, lead, admin oder eine Freigaberolle vergeben oder entziehen.</translation>
    </message>
    <message>
        <source>Verify the audit log&apos;s hash chain; exits 1 when rows were edited, deleted, inserted or reordered, or when the store is not the one anchored at its location. anchor: accept this store anew (recorded).</source>
        <translation>Die Hash-Kette des Audit-Logs prüfen; endet mit 1, wenn Zeilen bearbeitet, gelöscht, eingefügt oder umsortiert wurden oder die Datenbank nicht die an ihrem Ort verankerte ist. anchor: diese Datenbank neu annehmen (wird verzeichnet).</translation>
    </message>
</context>
<context>
    <name>TerminalPrompts</name>
    <message>
        <source>The authenticity of host %1 (%2) can&apos;t be established.
%3 key fingerprint is %4.
Compare it with the one the host&apos;s administrator gives you (ssh-keygen -lf on the host).
Trust this key and record it in %5? Type &apos;yes&apos; to trust: </source>
        <translation>Die Echtheit des Hosts %1 (%2) kann nicht festgestellt werden.
Der Fingerabdruck des %3-Schlüssels ist %4.
Mit dem Fingerabdruck vergleichen, den der Administrator des Hosts nennt (ssh-keygen -lf auf dem Host).
Diesem Schlüssel vertrauen und ihn in %5 verzeichnen? Zum Vertrauen &apos;yes&apos; eingeben: </translation>
    </message>
    <message>
        <source>To check its fingerprint and trust it, run: opsdeck trust %1</source>
        <translation>Um seinen Fingerabdruck zu prüfen und ihm zu vertrauen: opsdeck trust %1</translation>
    </message>
    <message>
        <source>Passphrase for %1 (to log in to %2): </source>
        <translation>Passphrase für %1 (zur Anmeldung an %2): </translation>
    </message>
</context>
<context>
    <name>TimelineEvents</name>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Pinned #%1: %2</source>
        <translation>#%1 angeheftet: %2</translation>
    </message>
    <message>
        <source>Unpinned #%1: %2</source>
        <translation>#%1 losgelöst: %2</translation>
    </message>
    <message>
        <source>Incident opened (%1): %2</source>
        <translation>Incident eröffnet (%1): %2</translation>
    </message>
    <message>
        <source>Attached #%1 to incident #%2 %3</source>
        <translation>#%1 an Incident #%2 angehängt %3</translation>
    </message>
    <message>
        <source>Detached #%1 from incident #%2 %3</source>
        <translation>#%1 von Incident #%2 gelöst %3</translation>
    </message>
    <message>
        <source>Incident #%1 mitigated: %2</source>
        <translation>Incident #%1 entschärft: %2</translation>
    </message>
    <message>
        <source>Incident #%1 resolved: %2</source>
        <translation>Incident #%1 gelöst: %2</translation>
    </message>
    <message>
        <source>Incident #%1 reopened: %2</source>
        <translation>Incident #%1 wieder eröffnet: %2</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Generated by OpsDeck %1 at %2. Times are the store&apos;s clock in UTC; rows are in the store&apos;s strict order.</source>
        <translation>Erstellt von OpsDeck %1 am %2. Die Zeiten sind die Uhr der Datenbank in UTC; die Zeilen stehen in der strikten Reihenfolge der Datenbank.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>Keine Ereignisse.</translation>
    </message>
    <message>
        <source>could not render %1</source>
        <translation>%1 konnte nicht gerendert werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TimelineReport</name>
    <message>
        <source>%1 (from the opening)</source>
        <translation>%1 (seit der Eröffnung)</translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation>Incident #%1: %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Impact started</source>
        <translation>Beginn der Auswirkung</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Time to detect</source>
        <translation>Zeit bis zur Erkennung</translation>
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation>Zeit bis zur Entschärfung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Attached events</source>
        <translation>Angehängte Ereignisse</translation>
    </message>
    <message>
        <source>about #%1</source>
        <translation>zu #%1</translation>
    </message>
    <message>
        <source>Attached events not found in the store: %1.</source>
        <translation>Angehängte Ereignisse, die nicht in der Datenbank gefunden wurden: %1.</translation>
    </message>
    <message>
        <source>Timeline %1 – %2</source>
        <translation>Zeitleiste %1 – %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n event(s) of the range are included; narrow the range for the rest.</source>
        <translation>
            <numerusform>Nur %n Ereignis des Zeitraums ist enthalten; für den Rest den Zeitraum eingrenzen.</numerusform>
            <numerusform>Nur die ersten %n Ereignisse des Zeitraums sind enthalten; für den Rest den Zeitraum eingrenzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineVerb</name>
    <message>
        <source>opsdeck: cannot read the timeline: %1</source>
        <translation>opsdeck: die Zeitleiste kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 geschrieben</numerusform>
            <numerusform>%n Ereignisse nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>opsdeck: the range has more than %1 events; only the first %1 were exported</source>
        <translation>opsdeck: der Zeitraum hat mehr als %1 Ereignisse; nur die ersten %1 wurden exportiert</translation>
    </message>
    <message>
        <source>From this time (inclusive).</source>
        <translation>Ab dieser Zeit (einschließlich).</translation>
    </message>
    <message>
        <source>Until this time (exclusive).</source>
        <translation>Bis zu dieser Zeit (ausschließlich).</translation>
    </message>
    <message>
        <source>Only this environment.</source>
        <translation>Nur diese Umgebung.</translation>
    </message>
    <message>
        <source>Only this host.</source>
        <translation>Nur dieser Host.</translation>
    </message>
    <message>
        <source>Only this service.</source>
        <translation>Nur dieser Dienst.</translation>
    </message>
    <message>
        <source>Only this kind or family of kinds.</source>
        <translation>Nur diese Art oder Familie von Arten.</translation>
    </message>
    <message>
        <source>Only what this person (or OpsDeck) did.</source>
        <translation>Nur, was diese Person (oder OpsDeck) getan hat.</translation>
    </message>
    <message>
        <source>Only events whose summary, kind, host, service or actor contains this.</source>
        <translation>Nur Ereignisse, deren Zusammenfassung, Art, Host, Dienst oder Akteur dies enthält.</translation>
    </message>
    <message>
        <source>At most this many events, the newest (default 100).</source>
        <translation>Höchstens so viele Ereignisse, die neuesten (Standard 100).</translation>
    </message>
    <message>
        <source>JSON output.</source>
        <translation>Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>export: md or pdf.</source>
        <translation>export: md oder pdf.</translation>
    </message>
    <message>
        <source>export: the file to write (&apos;-&apos;: Markdown to standard output).</source>
        <translation>export: die zu schreibende Datei (&apos;-&apos;: Markdown auf die Standardausgabe).</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartet: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1: &apos;%2&apos; is not a time (ISO 8601, or 15m, 2h, 1d ago)</source>
        <translation>--%1: &apos;%2&apos; ist keine Zeit (ISO 8601 oder 15m, 2h, 1d zurück)</translation>
    </message>
    <message>
        <source>--since must be before --until</source>
        <translation>--since muss vor --until liegen</translation>
    </message>
    <message>
        <source>export needs --format md or --format pdf</source>
        <translation>export braucht --format md oder --format pdf</translation>
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation>export braucht -o DATEI</translation>
    </message>
    <message>
        <source>export needs --since (a range, not the whole history)</source>
        <translation>export braucht --since (einen Zeitraum, nicht den ganzen Verlauf)</translation>
    </message>
    <message>
        <source>--format and -o are for &apos;opsdeck timeline export&apos;</source>
        <translation>--format und -o gehören zu &apos;opsdeck timeline export&apos;</translation>
    </message>
    <message>
        <source>--limit must be 1 to %1</source>
        <translation>--limit muss 1 bis %1 sein</translation>
    </message>
    <message>
        <source>(the newest %1 matching events; --limit or --since for more)</source>
        <translation>(die neuesten %1 passenden Ereignisse; --limit oder --since für mehr)</translation>
    </message>
    <message>
        <source>Every event in order, filtered; export a time range as Markdown or PDF</source>
        <translation>Jedes Ereignis der Reihe nach, gefiltert; einen Zeitraum als Markdown oder PDF exportieren</translation>
    </message>
</context>
<context>
    <name>TrustVerb</name>
    <message>
        <source>A host of the configuration.</source>
        <translation>Ein Host der Konfiguration.</translation>
    </message>
    <message>
        <source>usage: opsdeck trust HOST [--config FILE] [--store URI]</source>
        <translation>Aufruf: opsdeck trust HOST [--config DATEI] [--store URI]</translation>
    </message>
    <message>
        <source>opsdeck: &apos;%1&apos; is not a host of the configuration</source>
        <translation>opsdeck: &apos;%1&apos; ist kein Host der Konfiguration</translation>
    </message>
    <message>
        <source>%1: host key recorded in %2</source>
        <translation>%1: Host-Schlüssel in %2 verzeichnet</translation>
    </message>
    <message>
        <source>%1: host key already trusted</source>
        <translation>%1: Host-Schlüssel bereits vertraut</translation>
    </message>
    <message>
        <source>Show a host&apos;s SSH key fingerprint and, if you confirm, record it in known_hosts</source>
        <translation>Den SSH-Schlüssel-Fingerabdruck eines Hosts zeigen und ihn nach Bestätigung in known_hosts verzeichnen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>opsdeck: unknown verb &apos;%1&apos;

</source>
        <translation>opsdeck: unbekanntes Verb &apos;%1&apos;

</translation>
    </message>
    <message>
        <source>opsdeck: --area must be one of: %1
</source>
        <translation>opsdeck: --area muss eines davon sein: %1
</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertEngine</name>
    <message>
        <source>Alert acknowledged: %1</source>
        <translation>Alarm bestätigt: %1</translation>
    </message>
    <message>
        <source>%1 alert: %2%3</source>
        <translation>Alarm %1: %2%3</translation>
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation>Alarm aufgehoben: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert event(s) of %1 not recorded: more than %2 in a minute</source>
        <translation>
            <numerusform>%n Alarm-Ereignis von %1 nicht verzeichnet: mehr als %2 pro Minute</numerusform>
            <numerusform>%n Alarm-Ereignisse von %1 nicht verzeichnet: mehr als %2 pro Minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertListModel</name>
    <message>
        <source>✖ critical</source>
        <translation>✖ kritisch</translation>
    </message>
    <message>
        <source>▲ warning</source>
        <translation>▲ Warnung</translation>
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation>unterdrückt: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertsPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
</context>
<context>
    <name>opsdeck::ApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>Why you approve or decline (recorded)</source>
        <translation>Warum Sie freigeben oder ablehnen (wird verzeichnet)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Requests waiting for a second person&apos;s approval:</source>
        <translation>Anfragen, die auf die Freigabe durch eine zweite Person warten:</translation>
    </message>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation>Die Anfragen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 — requested by %2, expires %3</source>
        <translation>%1 — angefragt von %2, gültig bis %3</translation>
    </message>
    <message>
        <source>No request is waiting for approval.</source>
        <translation>Keine Anfrage wartet auf Freigabe.</translation>
    </message>
    <message>
        <source>%1
Requested by %2 at %3; expires at %4.
Environment: %5
Hosts, in order: %6
Commands:
</source>
        <translation>%1
Angefragt von %2 am %3; gültig bis %4.
Umgebung: %5
Hosts der Reihe nach: %6
Befehle:
</translation>
    </message>
    <message>
        <source>Details: %1
Plan: %2</source>
        <translation>Details: %1
Plan: %2</translation>
    </message>
    <message>
        <source>This request&apos;s plan does not match its hash; it cannot be approved.</source>
        <translation>Der Plan dieser Anfrage passt nicht zu seinem Hash; sie kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Zurückgewiesen: %1</translation>
    </message>
    <message>
        <source>Approved: %1</source>
        <translation>Freigegeben: %1</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 — requested by %2 (yours: another person must approve it), expires %3</source>
        <translation>%1 — angefragt von %2 (Ihre: eine andere Person muss sie freigeben), gültig bis %3</translation>
    </message>
</context>
<context>
    <name>opsdeck::AttachDialog</name>
    <message>
        <source>Attach to Incident</source>
        <translation>An Incident anhängen</translation>
    </message>
    <message numerus="yes">
        <source>Attach %n Event(s)</source>
        <translation>
            <numerusform>%n Ereignis anhängen</numerusform>
            <numerusform>%n Ereignisse anhängen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackupDownloadDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Download %1</source>
        <translation>%1 herunterladen</translation>
    </message>
    <message>
        <source>Reading the SHA-256 of %1 on %2…</source>
        <translation>SHA-256 von %1 auf %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Canceling; the part downloaded so far is kept…</source>
        <translation>Wird abgebrochen; der bisher heruntergeladene Teil bleibt erhalten…</translation>
    </message>
    <message>
        <source>Downloading %1 from %2: %3 of %4</source>
        <translation>%1 wird von %2 heruntergeladen: %3 von %4</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackupFileModel</name>
    <message>
        <source>… verifying</source>
        <translation>… wird geprüft</translation>
    </message>
    <message>
        <source>— not a file</source>
        <translation>— keine Datei</translation>
    </message>
    <message>
        <source>◌ not verified</source>
        <translation>◌ nicht geprüft</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>✖ CHANGED since first verified</source>
        <translation>✖ GEÄNDERT seit der ersten Prüfung</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ geprüft</translation>
    </message>
    <message>
        <source>✖ FAILED</source>
        <translation>✖ FEHLER</translation>
    </message>
    <message>
        <source>(not part of a set)</source>
        <translation>(gehört zu keinem Satz)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>✖ </source>
        <translation>✖ </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified (host)</source>
        <translation>Geändert (Host)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackupHostModel</name>
    <message>
        <source>… listing</source>
        <translation>… wird aufgelistet</translation>
    </message>
    <message>
        <source>✖ not listed: %1</source>
        <translation>✖ nicht aufgelistet: %1</translation>
    </message>
    <message>
        <source>✖ stale: %1</source>
        <translation>✖ veraltet: %1</translation>
    </message>
    <message>
        <source>✖ stale: %1 old (RPO %2)</source>
        <translation>✖ veraltet: %1 alt (RPO %2)</translation>
    </message>
    <message>
        <source>✔ fresh: %1 old (RPO %2)</source>
        <translation>✔ aktuell: %1 alt (RPO %2)</translation>
    </message>
    <message>
        <source>%1 of %2 verified within %3</source>
        <translation>%1 von %2 innerhalb von %3 geprüft</translation>
    </message>
    <message>
        <source>✔ %1 of %2 verified</source>
        <translation>✔ %1 von %2 geprüft</translation>
    </message>
    <message>
        <source>◌ %1 of %2 verified</source>
        <translation>◌ %1 von %2 geprüft</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>INCOMPLETE (no %1)</source>
        <translation>UNVOLLSTÄNDIG (kein %1)</translation>
    </message>
    <message>
        <source>SMALL</source>
        <translation>KLEIN</translation>
    </message>
    <message>
        <source>verify FAILED</source>
        <translation>Prüfung FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Set %1 finished %2 (host clock): %3
%4</source>
        <translation>Satz %1, abgeschlossen am %2 (Uhr des Hosts): %3
%4</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Aktualität</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Newest set</source>
        <translation>Neuester Satz</translation>
    </message>
    <message>
        <source>Set −%1</source>
        <translation>Satz −%1</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n failed, %1 of %2 verified within %3</source>
        <translation>
            <numerusform>✖ %n fehlgeschlagen, %1 von %2 innerhalb von %3 geprüft</numerusform>
            <numerusform>✖ %n fehlgeschlagen, %1 von %2 innerhalb von %3 geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n failed, %1 of %2 verified</source>
        <translation>
            <numerusform>✖ %n fehlgeschlagen, %1 von %2 geprüft</numerusform>
            <numerusform>✖ %n fehlgeschlagen, %1 von %2 geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ stale: verified set %1 old (RPO %2)</source>
        <translation>✖ veraltet: geprüfter Satz %1 alt (RPO %2)</translation>
    </message>
    <message>
        <source>✔ fresh: verified set %1 old (RPO %2)</source>
        <translation>✔ aktuell: geprüfter Satz %1 alt (RPO %2)</translation>
    </message>
</context>
<context>
    <name>opsdeck::BackupRollupBar</name>
    <message numerus="yes">
        <source>✖ %n stale</source>
        <translation>
            <numerusform>✖ %n veraltet</numerusform>
            <numerusform>✖ %n veraltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◌ %n unverified</source>
        <translation>
            <numerusform>◌ %n ungeprüft</numerusform>
            <numerusform>◌ %n ungeprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n listing</source>
        <translation>
            <numerusform>… %n wird aufgelistet</numerusform>
            <numerusform>… %n werden aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n fresh, verified</source>
        <translation>
            <numerusform>✔ %n aktuell, geprüft</numerusform>
            <numerusform>✔ %n aktuell, geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 backups: %2</source>
        <translation>%1 Backups: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n backup location(s) in %1; open the Backups area</source>
        <translation>
            <numerusform>%n Backup-Speicherort in %1; den Bereich Backups öffnen</numerusform>
            <numerusform>%n Backup-Speicherorte in %1; den Bereich Backups öffnen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::BackupsPanel</name>
    <message>
        <source>&amp;Refresh listing</source>
        <translation>Auflistung a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Verify file</source>
        <translation>Datei &amp;prüfen</translation>
    </message>
    <message>
        <source>Verify &amp;set</source>
        <translation>&amp;Satz prüfen</translation>
    </message>
    <message>
        <source>Run &amp;backup…</source>
        <translation>&amp;Backup ausführen…</translation>
    </message>
    <message>
        <source>Listing every backup location again…</source>
        <translation>Alle Backup-Speicherorte werden erneut aufgelistet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>✖ The verification results of %1 could not be read: %2</source>
        <translation>✖ Die Prüfergebnisse von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No host of this configuration has backups configured.</source>
        <translation>Kein Host dieser Konfiguration hat Backups konfiguriert.</translation>
    </message>
    <message>
        <source>… listing over SFTP</source>
        <translation>… wird über SFTP aufgelistet</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %1; the policy deletes %n file(s)</source>
        <translation>
            <numerusform>Aufbewahrung: %1; die Richtlinie löscht %n Datei</numerusform>
            <numerusform>Aufbewahrung: %1; die Richtlinie löscht %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention %1: the next run&apos;s find -mtime +%2 deletes %n file(s)</source>
        <translation>
            <numerusform>Aufbewahrung %1: find -mtime +%2 löscht beim nächsten Lauf %n Datei</numerusform>
            <numerusform>Aufbewahrung %1: find -mtime +%2 löscht beim nächsten Lauf %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>No backup locations configured.</source>
        <translation>Keine Backup-Speicherorte konfiguriert.</translation>
    </message>
    <message numerus="yes">
        <source>… listing %n location(s)</source>
        <translation>
            <numerusform>… %n Speicherort wird aufgelistet</numerusform>
            <numerusform>… %n Speicherorte werden aufgelistet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n location(s) fresh</source>
        <translation>
            <numerusform>✔ %n Speicherort aktuell</numerusform>
            <numerusform>✔ %n Speicherorte aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a backup location above first.</source>
        <translation>Zuerst oben einen Backup-Speicherort auswählen.</translation>
    </message>
    <message>
        <source>This location has no &apos;command&apos; configured: OpsDeck does not know how to run its backup.</source>
        <translation>Dieser Speicherort hat keinen &apos;command&apos; konfiguriert: OpsDeck weiß nicht, wie sein Backup ausgeführt wird.</translation>
    </message>
    <message>
        <source>A backup run is under way.</source>
        <translation>Ein Backup-Lauf ist im Gange.</translation>
    </message>
    <message>
        <source>Run the location&apos;s command through the guarded path; verified only by a new complete set that passes integrity</source>
        <translation>Den command des Speicherorts über den abgesicherten Weg ausführen; bestätigt nur durch einen neuen vollständigen Satz, der die Integritätsprüfung besteht</translation>
    </message>
    <message>
        <source>Select a file in the list below first.</source>
        <translation>Zuerst unten in der Liste eine Datei auswählen.</translation>
    </message>
    <message>
        <source>Decompress or list the file on its host and record the result</source>
        <translation>Die Datei auf ihrem Host entpacken oder auflisten und das Ergebnis verzeichnen</translation>
    </message>
    <message>
        <source>Verify every file of the selected file&apos;s set</source>
        <translation>Jede Datei des Satzes der ausgewählten Datei prüfen</translation>
    </message>
    <message>
        <source>The selected file is not part of a set</source>
        <translation>Die ausgewählte Datei gehört zu keinem Satz</translation>
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation>✖ %1: %2</translation>
    </message>
    <message>
        <source>✔ %1 verified: %2</source>
        <translation>✔ %1 geprüft: %2</translation>
    </message>
    <message>
        <source>✖ %1 failed verification: %2</source>
        <translation>✖ Prüfung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>✖ The verification stopped before it finished (the host&apos;s session closed).</source>
        <translation>✖ Die Prüfung endete vor ihrem Abschluss (die Sitzung des Hosts wurde geschlossen).</translation>
    </message>
    <message numerus="yes">
        <source>Verifying %n file(s) on %1…</source>
        <translation>
            <numerusform>%n Datei auf %1 wird geprüft…</numerusform>
            <numerusform>%n Dateien auf %1 werden geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <source>no environment &apos;%1&apos;</source>
        <translation>keine Umgebung &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n stale location(s) of %1: %2</source>
        <translation>
            <numerusform>✖ %n Speicherort von %1 veraltet: %2</numerusform>
            <numerusform>✖ %n Speicherorte von %1 veraltet: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n location(s) fresh, %1 still listing</source>
        <translation>
            <numerusform>✔ %n Speicherort aktuell, %1 noch in Auflistung</numerusform>
            <numerusform>✔ %n Speicherorte aktuell, %1 noch in Auflistung</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>A download is under way.</source>
        <translation>Ein Download läuft.</translation>
    </message>
    <message>
        <source>Download the file over SFTP; its SHA-256 is compared with the host&apos;s sha256sum</source>
        <translation>Die Datei über SFTP herunterladen; ihr SHA-256 wird mit sha256sum auf dem Host verglichen</translation>
    </message>
    <message>
        <source>Download %1 to</source>
        <translation>%1 herunterladen nach</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 exists. Replace it with %2 from %3?</source>
        <translation>%1 existiert. Durch %2 von %3 ersetzen?</translation>
    </message>
    <message>
        <source>%1 was not replaced; nothing was downloaded.</source>
        <translation>%1 wurde nicht ersetzt; nichts wurde heruntergeladen.</translation>
    </message>
    <message>
        <source>✖ Download of %1: %2</source>
        <translation>✖ Download von %1: %2</translation>
    </message>
    <message>
        <source>Start &amp;drill…</source>
        <translation>Restore-&amp;Test starten…</translation>
    </message>
    <message>
        <source>This location has no &apos;drill&apos; target configured: OpsDeck does not know where to restore.</source>
        <translation>Dieser Speicherort hat kein &apos;drill&apos;-Ziel konfiguriert: OpsDeck weiß nicht, wohin es wiederherstellen soll.</translation>
    </message>
    <message>
        <source>A backup run or drill is under way.</source>
        <translation>Ein Backup-Lauf oder Restore-Test läuft.</translation>
    </message>
    <message>
        <source>Restore the selected dump (or the newest verified complete set&apos;s) into a scratch database of the drill target, time it against the RTO, count the rows and drop the scratch database</source>
        <translation>Den gewählten Dump (oder den des neuesten geprüften vollständigen Satzes) in eine Scratch-Datenbank des Restore-Ziels wiederherstellen, die Dauer gegen die RTO messen, die Zeilen zählen und die Scratch-Datenbank löschen</translation>
    </message>
    <message>
        <source>Restore drill: no drill target configured (drill: in the configuration).</source>
        <translation>Restore-Test: kein Restore-Ziel konfiguriert (drill: in der Konfiguration).</translation>
    </message>
    <message>
        <source>Restore drill: the recorded drills cannot be read: %1</source>
        <translation>Restore-Test: die aufgezeichneten Restore-Tests können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>✖ Newest restore drill %1 %2: %3</source>
        <translation>✖ Neuester Restore-Test %1 %2: %3</translation>
    </message>
    <message>
        <source>Restore drill: none recorded yet (RTO %1).</source>
        <translation>Restore-Test: noch keiner aufgezeichnet (RTO %1).</translation>
    </message>
    <message>
        <source>Backup locations</source>
        <translation>Backup-Orte</translation>
    </message>
    <message>
        <source>Files of the selected backup location</source>
        <translation>Dateien des gewählten Backup-Orts</translation>
    </message>
    <message numerus="yes">
        <source>✔ Newest restore drill %1: %2 restored in %3, within the RTO of %4; %n table(s), %5 rows</source>
        <translation>
            <numerusform>✔ Neuester Restore-Test %1: %2 in %3 wiederhergestellt, innerhalb der RTO von %4; %n Tabelle, %5 Zeilen</numerusform>
            <numerusform>✔ Neuester Restore-Test %1: %2 in %3 wiederhergestellt, innerhalb der RTO von %4; %n Tabellen, %5 Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Newest restore drill %1: %2 restored in %3, PAST the RTO of %4; %n table(s), %5 rows</source>
        <translation>
            <numerusform>⚠ Neuester Restore-Test %1: %2 in %3 wiederhergestellt, ÜBER der RTO von %4; %n Tabelle, %5 Zeilen</numerusform>
            <numerusform>⚠ Neuester Restore-Test %1: %2 in %3 wiederhergestellt, ÜBER der RTO von %4; %n Tabellen, %5 Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by host, location, label or state…</source>
        <translation>Nach Host, Speicherort, Label oder Zustand filtern…</translation>
    </message>
    <message>
        <source>Filter the backup locations</source>
        <translation>Backup-Speicherorte filtern</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur P&amp;robleme</translation>
    </message>
    <message>
        <source>Show only backup locations with a problem</source>
        <translation>Nur Backup-Speicherorte mit Problem anzeigen</translation>
    </message>
    <message>
        <source>Show only locations that are stale, not listed, without a complete set or with a failed verification</source>
        <translation>Nur Speicherorte anzeigen, die veraltet oder nicht aufgelistet sind, keinen vollständigen Satz haben oder deren Prüfung fehlschlug</translation>
    </message>
    <message>
        <source>No backup location matches “%1”.</source>
        <translation>Kein Backup-Speicherort passt zu „%1“.</translation>
    </message>
    <message>
        <source>No backup location has a problem.</source>
        <translation>Kein Backup-Speicherort hat ein Problem.</translation>
    </message>
    <message>
        <source>No backup location with a problem matches “%1”.</source>
        <translation>Kein Backup-Speicherort mit Problem passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>opsdeck::BulkHostKeyDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OpsDeck has never connected to these hosts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare each fingerprint with the one the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; on the host). Trusted keys are recorded in each host&apos;s known_hosts file, one by one, exactly as if each had been trusted alone; a host whose key later changes is refused. Hosts whose recorded key changed or was revoked are never listed here: they stay refused.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OpsDeck war noch nie mit diesen Hosts verbunden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Jeden Fingerabdruck mit dem vergleichen, den der Administrator des Hosts nennt (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; auf dem Host). Vertraute Schlüssel werden einzeln in der known_hosts-Datei jedes Hosts verzeichnet, genau so, als wäre jedem für sich vertraut worden; ein Host, dessen Schlüssel sich später ändert, wird abgelehnt. Hosts, deren verzeichneter Schlüssel sich geändert hat oder widerrufen wurde, werden hier nie aufgeführt: sie bleiben abgelehnt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Unknown host keys</source>
        <translation>Unbekannte Host-Schlüssel</translation>
    </message>
    <message>
        <source>Number of host keys to trust</source>
        <translation>Anzahl der Host-Schlüssel, denen vertraut werden soll</translation>
    </message>
    <message>
        <source>&amp;Refuse All</source>
        <translation>&amp;Alle ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>%n unknown host key(s)</source>
        <translation>
            <numerusform>%n unbekannter Host-Schlüssel</numerusform>
            <numerusform>%n unbekannte Host-Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To trust all %n host key(s) listed, type %n:</source>
        <translation>
            <numerusform>Um dem %n aufgeführten Host-Schlüssel zu vertrauen, %n eingeben:</numerusform>
            <numerusform>Um allen %n aufgeführten Host-Schlüsseln zu vertrauen, %n eingeben:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Trust These %n</source>
        <translation>
            <numerusform>%n Schlüssel &amp;vertrauen</numerusform>
            <numerusform>%n Schlüsseln &amp;vertrauen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistItemModel</name>
    <message>
        <source>%1 (%2/%3 required)</source>
        <translation>%1 (%2/%3 Pflicht)</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Ticked by a holder of the role %1</source>
        <translation>Abgehakt von einer Person mit der Rolle %1</translation>
    </message>
    <message>
        <source>Checked automatically: %1</source>
        <translation>Automatisch geprüft: %1</translation>
    </message>
    <message>
        <source>checked by hand here: %1</source>
        <translation>hier von Hand geprüft: %1</translation>
    </message>
    <message>
        <source>automatic: not checked yet</source>
        <translation>automatisch: noch nicht geprüft</translation>
    </message>
    <message>
        <source>Your own check: none yet (a signature needs it)</source>
        <translation>Ihre eigene Prüfung: noch keine (eine Unterschrift braucht sie)</translation>
    </message>
    <message>
        <source>Your own check: failed at %1</source>
        <translation>Ihre eigene Prüfung: fehlgeschlagen am %1</translation>
    </message>
    <message>
        <source>Your own check: passed at %1; it counts for your signature until %2</source>
        <translation>Ihre eigene Prüfung: bestanden am %1; sie zählt für Ihre Unterschrift bis %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Comment or evidence</source>
        <translation>Kommentar oder Nachweis</translation>
    </message>
    <message>
        <source>passed — %1 (recorded by %2 at %3)</source>
        <translation>bestanden — %1 (verzeichnet von %2 am %3)</translation>
    </message>
    <message>
        <source>failed — %1 (recorded by %2 at %3)</source>
        <translation>fehlgeschlagen — %1 (verzeichnet von %2 am %3)</translation>
    </message>
    <message>
        <source>%1&apos;s own check: passed at %2</source>
        <translation>Eigene Prüfung von %1: bestanden am %2</translation>
    </message>
    <message>
        <source>%1&apos;s own check: failed at %2</source>
        <translation>Eigene Prüfung von %1: fehlgeschlagen am %2</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistPlanDialog</name>
    <message>
        <source>Change Plan</source>
        <translation>Plan ändern</translation>
    </message>
    <message>
        <source>Run %1: %2 for %3 %4 on %5.</source>
        <translation>Lauf %1: %2 für %3 %4 auf %5.</translation>
    </message>
    <message>
        <source>Why the plan changes (required; recorded with the change)</source>
        <translation>Warum sich der Plan ändert (Pflicht; wird mit der Änderung verzeichnet)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Changing the plan voids %n signature(s): %1. They stay in the record as voided; the new plan needs to be signed again.</source>
        <translation>
            <numerusform>Die Änderung des Plans annulliert %n Unterschrift: %1. Sie bleibt als annulliert verzeichnet; der neue Plan muss erneut unterschrieben werden.</numerusform>
            <numerusform>Die Änderung des Plans annulliert %n Unterschriften: %1. Sie bleiben als annulliert verzeichnet; der neue Plan muss erneut unterschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic evidence is reset; ticks of items that did not change stay.</source>
        <translation>Automatische Nachweise werden zurückgesetzt; Haken bei unveränderten Punkten bleiben.</translation>
    </message>
    <message>
        <source>The template changed since the run started: the new plan uses it as it is today.</source>
        <translation>Die Vorlage hat sich seit dem Start des Laufs geändert: der neue Plan verwendet sie so, wie sie heute ist.</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation>&amp;Hosts:</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Check at least one host: a run without hosts would approve nothing.</source>
        <translation>Mindestens einen Host auswählen: ein Lauf ohne Hosts würde nichts freigeben.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistRunListModel</name>
    <message>
        <source>%1/%2 required, %3 signed</source>
        <translation>%1/%2 Pflicht, %3 unterschrieben</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistRunView</name>
    <message>
        <source>&amp;Tick</source>
        <translation>&amp;Abhaken</translation>
    </message>
    <message>
        <source>&amp;Untick</source>
        <translation>Haken &amp;entfernen</translation>
    </message>
    <message>
        <source>Run &amp;checks</source>
        <translation>&amp;Prüfungen ausführen</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Unterschreiben</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Change &amp;plan…</source>
        <translation>&amp;Plan ändern…</translation>
    </message>
    <message>
        <source>&amp;Void run…</source>
        <translation>Lauf an&amp;nullieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Comment (a reason is needed to untick or revoke)</source>
        <translation>Kommentar (Pflicht beim Entfernen und Widerrufen)</translation>
    </message>
    <message>
        <source>Sign as</source>
        <translation>Unterschreiben als</translation>
    </message>
    <message>
        <source>Ticking…</source>
        <translation>Wird abgehakt…</translation>
    </message>
    <message>
        <source>Unticking…</source>
        <translation>Haken wird entfernt…</translation>
    </message>
    <message>
        <source>Recorded. Checked by hand here (not run by this console): %1 — %2</source>
        <translation>Verzeichnet. Hier von Hand geprüft (nicht von dieser Konsole ausgeführt): %1 — %2</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Running every automatic check…</source>
        <translation>Jede automatische Prüfung läuft…</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Wird unterschrieben…</translation>
    </message>
    <message>
        <source>Revoking…</source>
        <translation>Wird widerrufen…</translation>
    </message>
    <message>
        <source>No checklist run selected</source>
        <translation>Kein Checklisten-Lauf ausgewählt</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Hosts: %1 · plan %2 · started %3 by %4</source>
        <translation>Hosts: %1 · Plan %2 · gestartet %3 von %4</translation>
    </message>
    <message>
        <source>Plan SHA-256: %1
Run: %2</source>
        <translation>Plan-SHA-256: %1
Lauf: %2</translation>
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation>%1 (vollständig)</translation>
    </message>
    <message>
        <source>Waiting for the store…</source>
        <translation>Warten auf die Datenbank…</translation>
    </message>
    <message>
        <source>Select a run first</source>
        <translation>Zuerst einen Lauf auswählen</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Save this run as Markdown or PDF: plan, items, evidence, signatures and history</source>
        <translation>Diesen Lauf als Markdown oder PDF speichern: Plan, Punkte, Nachweise, Unterschriften und Verlauf</translation>
    </message>
    <message>
        <source>Signed — valid until %1</source>
        <translation>Unterschrieben — gültig bis %1</translation>
    </message>
    <message>
        <source>Voided by %1: %2</source>
        <translation>Annulliert von %1: %2</translation>
    </message>
    <message>
        <source>Select an item first</source>
        <translation>Zuerst einen Punkt auswählen</translation>
    </message>
    <message>
        <source>Tick the selected item with the comment</source>
        <translation>Den ausgewählten Punkt mit dem Kommentar abhaken</translation>
    </message>
    <message>
        <source>Type the reason first</source>
        <translation>Zuerst den Grund eingeben</translation>
    </message>
    <message>
        <source>Untick the selected item; the comment is the reason</source>
        <translation>Den Haken beim ausgewählten Punkt entfernen; der Kommentar ist der Grund</translation>
    </message>
    <message>
        <source>Checked by hand here: %1</source>
        <translation>Hier von Hand geprüft: %1</translation>
    </message>
    <message>
        <source>Check: %1</source>
        <translation>Prüfen: %1</translation>
    </message>
    <message>
        <source>The run was voided</source>
        <translation>Der Lauf wurde annulliert</translation>
    </message>
    <message>
        <source>Run every automatic check of this run</source>
        <translation>Jede automatische Prüfung dieses Laufs ausführen</translation>
    </message>
    <message>
        <source>This run asks for no signature</source>
        <translation>Dieser Lauf verlangt keine Unterschrift</translation>
    </message>
    <message>
        <source>Sign as %1 for plan %2</source>
        <translation>Als %1 für Plan %2 unterschreiben</translation>
    </message>
    <message>
        <source>Select a signature first</source>
        <translation>Zuerst eine Unterschrift auswählen</translation>
    </message>
    <message>
        <source>Revoke the selected signature; the comment is the reason</source>
        <translation>Die ausgewählte Unterschrift widerrufen; der Kommentar ist der Grund</translation>
    </message>
    <message>
        <source>Change the release or the hosts of this run; its signatures are voided</source>
        <translation>Release oder Hosts dieses Laufs ändern; seine Unterschriften werden annulliert</translation>
    </message>
    <message>
        <source>Void this run: it then approves nothing</source>
        <translation>Diesen Lauf annullieren: er gibt dann nichts mehr frei</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Verzeichnet.</translation>
    </message>
    <message>
        <source>Interrupted before it finished (the store or an SSH session stopped); nothing more was recorded.</source>
        <translation>Vor dem Ende unterbrochen (die Datenbank oder eine SSH-Sitzung wurde beendet); nichts weiter wurde verzeichnet.</translation>
    </message>
    <message>
        <source>Changing the plan…</source>
        <translation>Der Plan wird geändert…</translation>
    </message>
    <message numerus="yes">
        <source>Plan changed: %1 on %2; %n signature(s) voided.</source>
        <translation>
            <numerusform>Plan geändert: %1 auf %2; %n Unterschrift annulliert.</numerusform>
            <numerusform>Plan geändert: %1 auf %2; %n Unterschriften annulliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan changed: %1 on %2.</source>
        <translation>Plan geändert: %1 auf %2.</translation>
    </message>
    <message>
        <source>Voiding the run…</source>
        <translation>Der Lauf wird annulliert…</translation>
    </message>
    <message>
        <source>Run %1 voided.</source>
        <translation>Lauf %1 annulliert.</translation>
    </message>
    <message>
        <source>Export Checklist Run</source>
        <translation>Checklisten-Lauf exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Checklisten-Punkte</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Comment on the item</source>
        <translation>Kommentar zum Punkt</translation>
    </message>
    <message>
        <source>Sign as role</source>
        <translation>Unterschreiben als Rolle</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistSignatureModel</name>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>valid — %1</source>
        <translation>gültig — %1</translation>
    </message>
    <message>
        <source>revoked by %1: %2</source>
        <translation>widerrufen von %1: %2</translation>
    </message>
    <message>
        <source>voided: %1</source>
        <translation>annulliert: %1</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistVoidDialog</name>
    <message>
        <source>Void Checklist Run</source>
        <translation>Checklisten-Lauf annullieren</translation>
    </message>
    <message>
        <source>Void run %1, %2 for %3 %4?</source>
        <translation>Lauf %1, %2 für %3 %4 annullieren?</translation>
    </message>
    <message>
        <source>A voided run approves nothing and cannot be ticked, signed or changed again. It stays in the record with the reason.</source>
        <translation>Ein annullierter Lauf gibt nichts frei und kann nicht mehr abgehakt, unterschrieben oder geändert werden. Er bleibt mit dem Grund verzeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n valid signature(s) are voided too.</source>
        <translation>
            <numerusform>Seine %n gültige Unterschrift wird ebenfalls annulliert.</numerusform>
            <numerusform>Seine %n gültigen Unterschriften werden ebenfalls annulliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the run is voided (required; recorded)</source>
        <translation>Warum der Lauf annulliert wird (Pflicht; wird verzeichnet)</translation>
    </message>
    <message>
        <source>Void Run %1</source>
        <translation>Lauf %1 annullieren</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistsPanel</name>
    <message>
        <source>Start &amp;run</source>
        <translation>&amp;Lauf starten</translation>
    </message>
    <message>
        <source>Release (version, tag or release directory)</source>
        <translation>Release (Version, Tag oder Release-Verzeichnis)</translation>
    </message>
    <message>
        <source>New run:</source>
        <translation>Neuer Lauf:</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>Die Datenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>No checklist template</source>
        <translation>Keine Checklisten-Vorlage</translation>
    </message>
    <message>
        <source>No configuration loaded</source>
        <translation>Keine Konfiguration geladen</translation>
    </message>
    <message>
        <source>%1 has no hosts in the configuration</source>
        <translation>%1 hat keine Hosts in der Konfiguration</translation>
    </message>
    <message>
        <source>Pick at least one host (Hosts…): a run without hosts would approve nothing</source>
        <translation>Mindestens einen Host wählen (Hosts…): ein Lauf ohne Hosts würde nichts freigeben</translation>
    </message>
    <message>
        <source>Type the release first</source>
        <translation>Zuerst das Release eingeben</translation>
    </message>
    <message>
        <source>No host…</source>
        <translation>Kein Host…</translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s)…</source>
        <translation>
            <numerusform>%n Host…</numerusform>
            <numerusform>Alle %n Hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 only…</source>
        <translation>Nur %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)…</source>
        <translation>
            <numerusform>%1 von %n Host…</numerusform>
            <numerusform>%1 von %n Hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment has no hosts</source>
        <translation>Die Umgebung hat keine Hosts</translation>
    </message>
    <message>
        <source>The run covers %1. Click to pick hosts.</source>
        <translation>Der Lauf umfasst %1. Klicken, um Hosts zu wählen.</translation>
    </message>
    <message>
        <source>Start a run of this checklist for this release on %1</source>
        <translation>Einen Lauf dieser Checkliste für dieses Release auf %1 starten</translation>
    </message>
    <message>
        <source>Not started: pick at least one host</source>
        <translation>Nicht gestartet: mindestens einen Host wählen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Not started: %1</source>
        <translation>Nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Cannot read the checklist runs: %1</source>
        <translation>Die Checklisten-Läufe können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Release to sign off</source>
        <translation>Release zur Freigabe</translation>
    </message>
    <message>
        <source>Checklist runs</source>
        <translation>Checklisten-Läufe</translation>
    </message>
</context>
<context>
    <name>opsdeck::CommandPalette</name>
    <message>
        <source>Go to or do</source>
        <translation>Gehe zu oder tu</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>&amp;Type an area, environment, host, service, app, backup or action:</source>
        <translation>&amp;Bereich, Umgebung, Host, Dienst, App, Backup oder Aktion eintippen:</translation>
    </message>
    <message>
        <source>Search areas, hosts, services and actions</source>
        <translation>Bereiche, Hosts, Dienste und Aktionen suchen</translation>
    </message>
    <message>
        <source>e.g. restart web host-001</source>
        <translation>z. B. neu starten web host-001</translation>
    </message>
    <message>
        <source>Matching areas, hosts, services and actions</source>
        <translation>Passende Bereiche, Hosts, Dienste und Aktionen</translation>
    </message>
</context>
<context>
    <name>opsdeck::CommandPaletteModel</name>
    <message>
        <source>Restart %1 on %2</source>
        <translation>%1 auf %2 neu starten</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>%1 auf %2 starten</translation>
    </message>
    <message>
        <source>Stop %1 on %2</source>
        <translation>%1 auf %2 stoppen</translation>
    </message>
    <message>
        <source>Reload %1 on %2</source>
        <translation>%1 auf %2 neu laden</translation>
    </message>
    <message>
        <source>Environment %1</source>
        <translation>Umgebung %1</translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation>Host %1</translation>
    </message>
    <message>
        <source>Service %1 on %2</source>
        <translation>Dienst %1 auf %2</translation>
    </message>
    <message>
        <source>Restart %1 on all hosts (rolling)</source>
        <translation>%1 auf allen Hosts neu starten (rollend)</translation>
    </message>
    <message>
        <source>Backups %1 on %2</source>
        <translation>Backups %1 auf %2</translation>
    </message>
    <message>
        <source>Run backup %1 on %2</source>
        <translation>Backup %1 auf %2 ausführen</translation>
    </message>
    <message>
        <source>Releases of %1</source>
        <translation>Releases von %1</translation>
    </message>
    <message>
        <source>Roll back %1</source>
        <translation>Rollback von %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, shortcut %3</source>
        <translation>%1, %2, Tastenkürzel %3</translation>
    </message>
    <message>
        <source>Go to or do</source>
        <translation>Gehe zu oder tu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>opsdeck::ConfigErrorModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>opsdeck::ConfigPanel</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>No configuration file</source>
        <translation>Keine Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Open a fleet configuration (YAML) to see your environments, hosts and services. docs/config.md describes the format; opsdeck-fleet writes one for the sandbox fleet.</source>
        <translation>Eine Flottenkonfiguration (YAML) öffnen, um Umgebungen, Hosts und Dienste zu sehen. docs/config.md beschreibt das Format; opsdeck-fleet schreibt eine für die Sandbox-Flotte.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>✔ Loaded at %1: %2</source>
        <translation>✔ Geladen um %1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert thresholds&lt;/b&gt;: response time over %1 warns; memory over %2 %; CPU over %3 % for %4; free disk under %5 %; backups older than %6.</source>
        <translation>&lt;b&gt;Alarmschwellen&lt;/b&gt;: Antwortzeit über %1 warnt; Arbeitsspeicher über %2 %; CPU über %3 % seit %4; freier Plattenplatz unter %5 %; Backups älter als %6.</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file (the first %1 are listed); the last good configuration stays in use.</source>
        <translation>
            <numerusform>✖ %n Fehler in der Datei (die ersten %1 sind aufgelistet); die letzte gültige Konfiguration bleibt in Gebrauch.</numerusform>
            <numerusform>✖ %n Fehler in der Datei (die ersten %1 sind aufgelistet); die letzte gültige Konfiguration bleibt in Gebrauch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file (the first %1 are listed); no configuration is in use.</source>
        <translation>
            <numerusform>✖ %n Fehler in der Datei (die ersten %1 sind aufgelistet); keine Konfiguration ist in Gebrauch.</numerusform>
            <numerusform>✖ %n Fehler in der Datei (die ersten %1 sind aufgelistet); keine Konfiguration ist in Gebrauch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file; the last good configuration stays in use.</source>
        <translation>
            <numerusform>✖ %n Fehler in der Datei; die letzte gültige Konfiguration bleibt in Gebrauch.</numerusform>
            <numerusform>✖ %n Fehler in der Datei; die letzte gültige Konfiguration bleibt in Gebrauch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file; no configuration is in use.</source>
        <translation>
            <numerusform>✖ %n Fehler in der Datei; keine Konfiguration ist in Gebrauch.</numerusform>
            <numerusform>✖ %n Fehler in der Datei; keine Konfiguration ist in Gebrauch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration errors</source>
        <translation>Fehler der Konfiguration</translation>
    </message>
</context>
<context>
    <name>opsdeck::ConnectionJournal</name>
    <message numerus="yes">
        <source>%n reconnected within %1 s</source>
        <translation>
            <numerusform>%n innerhalb von %1 s wieder verbunden</numerusform>
            <numerusform>%n innerhalb von %1 s wieder verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n nicht erreichbar</numerusform>
            <numerusform>%n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still retrying (not confirmed)</source>
        <translation>
            <numerusform>%n versucht es noch (nicht bestätigt)</numerusform>
            <numerusform>%n versuchen es noch (nicht bestätigt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried yet</source>
        <translation>
            <numerusform>%n noch nicht versucht</numerusform>
            <numerusform>%n noch nicht versucht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) connected in %1 s</source>
        <translation>
            <numerusform>%n Host in %1 s verbunden</numerusform>
            <numerusform>%n Hosts in %1 s verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of %n host(s) connected</source>
        <translation>
            <numerusform>%n Host hat sich nicht verbunden</numerusform>
            <numerusform>Keiner von %n Hosts hat sich verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) connected in %2 s</source>
        <translation>
            <numerusform>%1 von %n Host in %2 s verbunden</numerusform>
            <numerusform>%1 von %n Hosts in %2 s verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) lost their SSH connection and reconnected within %1 s</source>
        <translation>
            <numerusform>%n Host hat seine SSH-Verbindung verloren und sich innerhalb von %1 s wieder verbunden</numerusform>
            <numerusform>%n Hosts haben ihre SSH-Verbindung verloren und sich innerhalb von %1 s wieder verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) lost their SSH connection: %1</source>
        <comment>how many, then a list of what became of them</comment>
        <translation>
            <numerusform>%n Host hat seine SSH-Verbindung verloren: %1</numerusform>
            <numerusform>%n Hosts haben ihre SSH-Verbindung verloren: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ConsoleApp</name>
    <message>
        <source>Charts keep no history across restarts: %1</source>
        <translation>Diagramme behalten keinen Verlauf über einen Neustart: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::DashboardPanel</name>
    <message>
        <source>Response time (ms)</source>
        <translation>Antwortzeit (ms)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Memory used %</source>
        <translation>Arbeitsspeicher belegt %</translation>
    </message>
    <message>
        <source>Disk used % (fullest mount)</source>
        <translation>Platte belegt % (vollster Mountpoint)</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>All environments</source>
        <translation>Alle Umgebungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No result yet.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Noch kein Ergebnis.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3&lt;br&gt;&lt;small&gt;%4 · HTTP %5 · %6 ms · %7 format&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3&lt;br&gt;&lt;small&gt;%4 · HTTP %5 · %6 ms · Format %7&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1 (worst: %2)</source>
        <translation>%1 (am schlechtesten: %2)</translation>
    </message>
    <message>
        <source>all checks pass</source>
        <translation>alle Prüfungen bestehen</translation>
    </message>
    <message>
        <source>Response time: %1</source>
        <translation>Antwortzeit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 von %n Host</numerusform>
            <numerusform>%1 von %n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Filter by host, service, label or state…</source>
        <translation>Nach Host, Dienst, Label oder Zustand filtern…</translation>
    </message>
    <message>
        <source>Filter the health tree</source>
        <translation>Den Health-Baum filtern</translation>
    </message>
    <message>
        <source>Show only problems</source>
        <translation>Nur Probleme anzeigen</translation>
    </message>
    <message>
        <source>Show only services that fail, warn, are unknown or have no data</source>
        <translation>Nur Dienste anzeigen, die fehlschlagen, warnen, unbekannt sind oder keine Daten haben</translation>
    </message>
    <message>
        <source>Health of environments, hosts and services</source>
        <translation>Health von Umgebungen, Hosts und Diensten</translation>
    </message>
    <message>
        <source>Components of the selected entry and why they fail</source>
        <translation>Komponenten des gewählten Eintrags und warum sie fehlschlagen</translation>
    </message>
    <message>
        <source>No host or service matches “%1”.</source>
        <translation>Kein Host und kein Dienst passt zu „%1“.</translation>
    </message>
    <message>
        <source>No service has a problem.</source>
        <translation>Kein Dienst hat ein Problem.</translation>
    </message>
    <message>
        <source>No service with a problem matches “%1”.</source>
        <translation>Kein Dienst mit Problem passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>opsdeck::FleetPanel</name>
    <message>
        <source>Filter environments, hosts, services, units…</source>
        <translation>Umgebungen, Hosts, Dienste, Units filtern…</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select an environment, host or service to see its configuration.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Umgebung, einen Host oder einen Dienst auswählen, um seine Konfiguration zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>systemd unit</source>
        <translation>systemd-Unit</translation>
    </message>
    <message>
        <source>Commands via</source>
        <translation>Befehle über</translation>
    </message>
    <message>
        <source>the login user</source>
        <translation>den Login-Benutzer</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Health-Checks</translation>
    </message>
    <message>
        <source>none configured</source>
        <translation>keine konfiguriert</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health-Check</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;format %2, every %3, timeout %4</source>
        <translation>%1&lt;br&gt;Format %2, alle %3, Timeout %4</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>ssh-agent, then ~/.ssh/config</source>
        <translation>ssh-agent, dann ~/.ssh/config</translation>
    </message>
    <message>
        <source>Known hosts</source>
        <translation>Known Hosts</translation>
    </message>
    <message>
        <source>Jump host</source>
        <translation>Jump-Host</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>App %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2 releases, keep %3</source>
        <translation>%1&lt;br&gt;%2 Releases, %3 behalten</translation>
    </message>
    <message>
        <source>Backups %1</source>
        <translation>Backups %1</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2&lt;br&gt;RPO %3, retention %4</source>
        <translation>%1&lt;br&gt;%2&lt;br&gt;RPO %3, Aufbewahrung %4</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>type the environment name</source>
        <translation>Namen der Umgebung eintippen</translation>
    </message>
    <message>
        <source>click to confirm</source>
        <translation>zum Bestätigen klicken</translation>
    </message>
    <message>
        <source>Second-person approval</source>
        <translation>Zustimmung einer zweiten Person</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>nicht erforderlich</translation>
    </message>
    <message>
        <source>Signed checklist</source>
        <translation>Unterschriebene Checkliste</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA-Datei</translation>
    </message>
    <message>
        <source>Filter the fleet</source>
        <translation>Flotte filtern</translation>
    </message>
    <message>
        <source>Environments, hosts and services</source>
        <translation>Umgebungen, Hosts und Dienste</translation>
    </message>
    <message>
        <source>Configuration of the selected entry</source>
        <translation>Konfiguration des gewählten Eintrags</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show only hosts with a problem</source>
        <translation>Nur Hosts mit Problem anzeigen</translation>
    </message>
    <message>
        <source>Show only hosts that are unreachable or being retried, with their services</source>
        <translation>Nur Hosts anzeigen, die nicht erreichbar sind oder erneut versucht werden, mit ihren Diensten</translation>
    </message>
    <message>
        <source>No host matches “%1”.</source>
        <translation>Kein Host passt zu „%1“.</translation>
    </message>
    <message>
        <source>No host has a problem.</source>
        <translation>Kein Host hat ein Problem.</translation>
    </message>
    <message>
        <source>No host with a problem matches “%1”.</source>
        <translation>Kein Host mit Problem passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>opsdeck::FleetTreeModel</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>%n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>not tried yet</source>
        <translation>noch nicht versucht</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird erneut versucht</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>opsdeck::GuardedActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; on %n host(s):&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;OpsDeck takes a lock others can see, runs it, and reports success only once the unit is active and its health checks pass.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; auf %n Host:&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;OpsDeck nimmt eine für andere sichtbare Sperre, führt die Aktion aus und meldet Erfolg erst, wenn die Unit aktiv ist und ihre Health-Checks bestehen.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; auf %n Hosts:&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;OpsDeck nimmt eine für andere sichtbare Sperre, führt die Aktion aus und meldet Erfolg erst, wenn die Unit aktiv ist und ihre Health-Checks bestehen.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (recorded in the timeline)</source>
        <translation>Warum? (wird in der Zeitleiste verzeichnet)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Hosts at a time:</source>
        <translation>&amp;Hosts pro Durchgang:</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause zwischen Durchgängen:</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <source>Taking the locks and checking every host…</source>
        <translation>Die Sperren werden genommen und jeder Host wird geprüft…</translation>
    </message>
    <message>
        <source>This action cannot go ahead: %1</source>
        <translation>Diese Aktion kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>What this does not undo</source>
        <translation>Was dies nicht rückgängig macht</translation>
    </message>
    <message>
        <source>Commands it will run:</source>
        <translation>Befehle, die ausgeführt werden:</translation>
    </message>
    <message>
        <source>Commands it will run</source>
        <translation>Befehle, die ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>opsdeck::GuiPrompts</name>
    <message>
        <source>Key passphrase</source>
        <translation>Schlüssel-Passphrase</translation>
    </message>
    <message>
        <source>Passphrase for %1
(to log in to %2; OpsDeck does not store it):</source>
        <translation>Passphrase für %1
(zur Anmeldung an %2; OpsDeck speichert sie nicht):</translation>
    </message>
</context>
<context>
    <name>opsdeck::HealthComponentModel</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>opsdeck::HealthCountsBar</name>
    <message>
        <source>Services by health, per environment</source>
        <translation>Dienste nach Health, pro Umgebung</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n service(s)</source>
        <comment>environment, state: count</comment>
        <translation>
            <numerusform>%1, %2: %n Dienst</numerusform>
            <numerusform>%1, %2: %n Dienste</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every service again</source>
        <translation>Wieder alle Dienste anzeigen</translation>
    </message>
    <message>
        <source>Show only the services of %1 in state: %2</source>
        <translation>Nur die Dienste von %1 im Zustand %2 anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln fail</source>
        <comment>symbol, how many services fail</comment>
        <translation>
            <numerusform>%1 %Ln Fehler</numerusform>
            <numerusform>%1 %Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln warn</source>
        <comment>symbol, how many services warn</comment>
        <translation>
            <numerusform>%1 %Ln Warnung</numerusform>
            <numerusform>%1 %Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln unknown</source>
        <comment>symbol, how many services are unknown</comment>
        <translation>
            <numerusform>%1 %Ln unbekannt</numerusform>
            <numerusform>%1 %Ln unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln no data</source>
        <comment>symbol, how many services have no data</comment>
        <translation>
            <numerusform>%1 %Ln ohne Daten</numerusform>
            <numerusform>%1 %Ln ohne Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln pass</source>
        <comment>symbol, how many services pass</comment>
        <translation>
            <numerusform>%1 %Ln bestanden</numerusform>
            <numerusform>%1 %Ln bestanden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::HealthService</name>
    <message>
        <source>%1/%2/%3 is %4: %5</source>
        <translation>%1/%2/%3 ist %4: %5</translation>
    </message>
    <message>
        <source>%1/%2/%3: %4 → %5%6</source>
        <translation>%1/%2/%3: %4 → %5%6</translation>
    </message>
</context>
<context>
    <name>opsdeck::HealthTreeModel</name>
    <message>
        <source>no data: the last result is too old</source>
        <translation>keine Daten: das letzte Ergebnis ist zu alt</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>noch keine Daten</translation>
    </message>
    <message>
        <source>◌ no data</source>
        <translation>◌ keine Daten</translation>
    </message>
    <message>
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>▲ warn</source>
        <translation>▲ Warnung</translation>
    </message>
    <message>
        <source>✖ fail</source>
        <translation>✖ Fehler</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Environment / host / service</source>
        <translation>Umgebung / Host / Dienst</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warn</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>Health: %1</source>
        <translation>Health: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::HostChooser</name>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>Filter hosts</source>
        <translation>Hosts filtern</translation>
    </message>
    <message>
        <source>Check every host shown</source>
        <translation>Jeden angezeigten Host auswählen</translation>
    </message>
    <message>
        <source>Uncheck every host shown</source>
        <translation>Jeden angezeigten Host abwählen</translation>
    </message>
    <message>
        <source>The environment has no hosts</source>
        <translation>Die Umgebung hat keine Hosts</translation>
    </message>
    <message numerus="yes">
        <source>All %n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
            <numerusform>Alle %n Hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 von %n Host</numerusform>
            <numerusform>%1 von %n Hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::HostKeyDialog</name>
    <message>
        <source>Unknown host key: %1</source>
        <translation>Unbekannter Host-Schlüssel: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OpsDeck has never connected to %1 (%2).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its %3 host key has this fingerprint:&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OpsDeck war noch nie mit %1 (%2) verbunden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sein %3-Host-Schlüssel hat diesen Fingerabdruck:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Compare it with the fingerprint the host&apos;s administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub&lt;/tt&gt; on the host). If they match, trust it: OpsDeck records it in &lt;tt&gt;%2&lt;/tt&gt; and will refuse this host if the key ever changes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit dem Fingerabdruck vergleichen, den der Administrator des Hosts nennt (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub&lt;/tt&gt; auf dem Host). Stimmen sie überein, ihm vertrauen: OpsDeck verzeichnet ihn in &lt;tt&gt;%2&lt;/tt&gt; und lehnt diesen Host ab, falls sich der Schlüssel jemals ändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation>&amp;Ablehnen</translation>
    </message>
</context>
<context>
    <name>opsdeck::HostPickerDialog</name>
    <message>
        <source>Hosts of the Run</source>
        <translation>Hosts des Laufs</translation>
    </message>
    <message>
        <source>The run approves the release on the hosts checked here, and its automatic checks look at them only. Hosts of %1:</source>
        <translation>Der Lauf gibt das Release auf den hier ausgewählten Hosts frei, und seine automatischen Prüfungen sehen nur sie an. Hosts von %1:</translation>
    </message>
    <message>
        <source>Check at least one host: a run without hosts would approve nothing.</source>
        <translation>Mindestens einen Host auswählen: ein Lauf ohne Hosts würde nichts freigeben.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ImportDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>Import Deploy Files</source>
        <translation>Deploy-Dateien importieren</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>%n Datei wird gelesen…</numerusform>
            <numerusform>%n Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped (%1): parts of the files with no place in a fleet configuration</source>
        <translation>Nicht übernommen (%1): Teile der Dateien, für die eine Flottenkonfiguration keinen Platz hat</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to save: the files could not be imported (%n error(s))</source>
        <translation>
            <numerusform>Nichts zu speichern: die Dateien konnten nicht importiert werden (%n Fehler)</numerusform>
            <numerusform>Nichts zu speichern: die Dateien konnten nicht importiert werden (%n Fehler)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Values marked &quot;guessed&quot; were not in the files: check them before saving.</source>
        <translation>%1. Mit „vermutet“ markierte Werte standen nicht in den Dateien: vor dem Speichern prüfen.</translation>
    </message>
    <message>
        <source>Save Fleet Configuration</source>
        <translation>Flottenkonfiguration speichern</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>Wird unter %1 gespeichert…</translation>
    </message>
    <message>
        <source>Saved to %1: open it with File → Open Configuration.</source>
        <translation>Unter %1 gespeichert: mit Datei → Konfiguration öffnen laden.</translation>
    </message>
</context>
<context>
    <name>opsdeck::IncidentListModel</name>
    <message>
        <source>● open</source>
        <translation>● offen</translation>
    </message>
    <message>
        <source>◐ mitigated</source>
        <translation>◐ entschärft</translation>
    </message>
    <message>
        <source>✔ resolved</source>
        <translation>✔ gelöst</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation>Eröffnet (UTC)</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
</context>
<context>
    <name>opsdeck::IncidentsPanel</name>
    <message>
        <source>Mark &amp;Mitigated</source>
        <translation>Als &amp;entschärft markieren</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>Als &amp;gelöst markieren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder eröffnen</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Detach Event</source>
        <translation>Ereignis &amp;lösen</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>The impact has stopped (the cause may still be there)</source>
        <translation>Die Auswirkung hat aufgehört (die Ursache kann noch bestehen)</translation>
    </message>
    <message>
        <source>It is not over: open the incident again</source>
        <translation>Es ist nicht vorbei: den Incident wieder eröffnen</translation>
    </message>
    <message>
        <source>Detach the selected event from the incident</source>
        <translation>Das ausgewählte Ereignis vom Incident lösen</translation>
    </message>
    <message>
        <source>Timeline of the incident</source>
        <translation>Zeitleiste des Incidents</translation>
    </message>
    <message>
        <source>Suggested: events within 30 minutes, not attached yet</source>
        <translation>Vorschläge: Ereignisse innerhalb von 30 Minuten, noch nicht angehängt</translation>
    </message>
    <message>
        <source>Cannot read the incidents: %1</source>
        <translation>Die Incidents können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read incident #%1: %2</source>
        <translation>Incident #%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Loading incident #%1…</source>
        <translation>Incident #%1 wird geladen…</translation>
    </message>
    <message>
        <source>No incident yet. Open one from the Timeline: select the events that show the problem and press Open Incident.</source>
        <translation>Noch kein Incident. Einen in der Zeitleiste eröffnen: die Ereignisse auswählen, die das Problem zeigen, und Incident eröffnen drücken.</translation>
    </message>
    <message>
        <source>Reading incidents…</source>
        <translation>Incidents werden gelesen…</translation>
    </message>
    <message>
        <source>opened %1 by %2</source>
        <translation>eröffnet %1 von %2</translation>
    </message>
    <message>
        <source>resolved %1 by %2</source>
        <translation>gelöst %1 von %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Attach this event to the incident</source>
        <translation>Dieses Ereignis an den Incident anhängen</translation>
    </message>
    <message>
        <source>The cause is fixed: close the incident (leads only)</source>
        <translation>Die Ursache ist behoben: den Incident schließen (nur Leads)</translation>
    </message>
    <message>
        <source>Incident #%1 could not be marked %2: %3</source>
        <translation>Incident #%1 konnte nicht als %2 markiert werden: %3</translation>
    </message>
    <message>
        <source>Incident #%1 is %2.</source>
        <translation>Incident #%1 ist %2.</translation>
    </message>
    <message>
        <source>incident #%1 %2</source>
        <translation>Incident #%1 %2</translation>
    </message>
    <message>
        <source>#%1 attached.</source>
        <translation>#%1 angehängt.</translation>
    </message>
    <message>
        <source>Export Incident as PDF</source>
        <translation>Incident als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Incident as Markdown</source>
        <translation>Incident als Markdown exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;Impact started&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detected&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Time to detect&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to mitigate&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to resolve&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; (from the opening: no health or alert event attached)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;Beginn der Auswirkung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erkannt&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zeit bis zur Erkennung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeit bis zur Entschärfung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeit bis zur Lösung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; (seit der Eröffnung: kein Health- oder Alarm-Ereignis angehängt)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;Impact started&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detected&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Time to detect&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to mitigate&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to resolve&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=&quot;6&quot;&gt;&lt;tr&gt;&lt;td&gt;Beginn der Auswirkung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Erkannt&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Zeit bis zur Erkennung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeit bis zur Entschärfung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Zeit bis zur Lösung&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>The incident&apos;s report</source>
        <translation>Bericht des Incidents</translation>
    </message>
    <message>
        <source>Events suggested for this incident</source>
        <translation>Für diesen Incident vorgeschlagene Ereignisse</translation>
    </message>
</context>
<context>
    <name>opsdeck::MainWindow</name>
    <message>
        <source>OpsDeck</source>
        <translation>OpsDeck</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>Flotte</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Checklisten</translation>
    </message>
    <message>
        <source>Alerts (%1 ✖)</source>
        <translation>Alarme (%1 ✖)</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alarme (%1)</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Configuration…</source>
        <translation>Konfiguration ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Reload Configuration</source>
        <translation>Konfiguration &amp;neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alarme</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>&amp;Services</source>
        <translation>Dien&amp;ste</translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation>&amp;Checklisten</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OpsDeck</source>
        <translation>Ü&amp;ber OpsDeck</translation>
    </message>
    <message>
        <source>About OpsDeck</source>
        <translation>Über OpsDeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;An operations console: fleet health, service controls, rollback, backups, deployment sign-off and one incident timeline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;Eine Betriebskonsole: Zustand der Flotte, Dienststeuerung, Rollback, Backups, Deployment-Freigabe und eine gemeinsame Incident-Zeitleiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Fleet Configuration</source>
        <translation>Flottenkonfiguration öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No configuration loaded</source>
        <translation>Keine Konfiguration geladen</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %1 has %n error(s); using the last good configuration</source>
        <translation>
            <numerusform>⚠ %1 hat %n Fehler; die letzte gültige Konfiguration wird verwendet</numerusform>
            <numerusform>⚠ %1 hat %n Fehler; die letzte gültige Konfiguration wird verwendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %1 has %n error(s)</source>
        <translation>
            <numerusform>✖ %1 hat %n Fehler</numerusform>
            <numerusform>✖ %1 hat %n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration %1: %2</source>
        <translation>Konfiguration %1: %2</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>SSH: %1 of %n host(s) connected</source>
        <translation>
            <numerusform>SSH: %1 von %n Host verbunden</numerusform>
            <numerusform>SSH: %1 von %n Hosts verbunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to connect</source>
        <translation>
            <numerusform>%n wartet auf Verbindung</numerusform>
            <numerusform>%n warten auf Verbindung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n versucht erneut</numerusform>
            <numerusform>%n versuchen erneut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n unreachable</source>
        <translation>
            <numerusform>✖ %n nicht erreichbar</numerusform>
            <numerusform>✖ %n nicht erreichbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⏳ waiting to connect, %n ahead</source>
        <translation>
            <numerusform>⏳ wartet auf Verbindung, %n davor</numerusform>
            <numerusform>⏳ wartet auf Verbindung, %n davor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ unreachable since %1 (%n failed attempt(s)): %2</source>
        <translation>
            <numerusform>✖ nicht erreichbar seit %1 (%n fehlgeschlagener Versuch): %2</numerusform>
            <numerusform>✖ nicht erreichbar seit %1 (%n fehlgeschlagene Versuche): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ retrying since %1, not confirmed (%n failed attempt(s)): %2</source>
        <translation>
            <numerusform>⚠ neuer Versuch seit %1, nicht bestätigt (%n fehlgeschlagener Versuch): %2</numerusform>
            <numerusform>⚠ neuer Versuch seit %1, nicht bestätigt (%n fehlgeschlagene Versuche): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>● connected</source>
        <translation>● verbunden</translation>
    </message>
    <message>
        <source>● reachable (session closed while idle)</source>
        <translation>● erreichbar (Sitzung im Leerlauf geschlossen)</translation>
    </message>
    <message>
        <source>… not tried yet</source>
        <translation>… noch nicht versucht</translation>
    </message>
    <message>
        <source>Store: closed</source>
        <translation>Datenbank: geschlossen</translation>
    </message>
    <message>
        <source>Store: opening…</source>
        <translation>Datenbank: wird geöffnet…</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 as %2 — syncing %n pending event(s)</source>
        <translation>
            <numerusform>Datenbank: %1 als %2 — %n ausstehendes Ereignis wird synchronisiert</numerusform>
            <numerusform>Datenbank: %1 als %2 — %n ausstehende Ereignisse werden synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1 as %2 (schema v%3)</source>
        <translation>Datenbank: %1 als %2 (Schema v%3)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ Store offline, reconnecting: %1 — %n event(s) pending sync</source>
        <translation>
            <numerusform>⚠ Datenbank offline, Verbindung wird wiederhergestellt: %1 — %n Ereignis wartet auf Synchronisierung</numerusform>
            <numerusform>⚠ Datenbank offline, Verbindung wird wiederhergestellt: %1 — %n Ereignisse warten auf Synchronisierung</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Store unavailable: %1</source>
        <translation>✖ Datenbank nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Live updates arrive only by polling: %1</source>
        <translation>Live-Aktualisierungen kommen nur durch Abfrage: %1</translation>
    </message>
    <message>
        <source>&amp;Import Deploy Files…</source>
        <translation>Deploy-Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Import Deploy Files</source>
        <translation>Deploy-Dateien importieren</translation>
    </message>
    <message>
        <source>Deploy files (deploy*.yml deploy*.yaml *compose*.yml *compose*.yaml)</source>
        <translation>Deploy-Dateien (deploy*.yml deploy*.yaml *compose*.yml *compose*.yaml)</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation>&amp;Releases</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups (%1 ✖)</source>
        <translation>Backups (%1 ✖)</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Backups</translation>
    </message>
    <message>
        <source>A&amp;pprovals…</source>
        <translation>Frei&amp;gaben…</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 as %2 — syncing %n pending event(s) — ⚠ updates by polling every 2 s only</source>
        <translation>
            <numerusform>Datenbank: %1 als %2 — %n ausstehendes Ereignis wird synchronisiert — ⚠ Aktualisierung nur durch Abfrage alle 2 s</numerusform>
            <numerusform>Datenbank: %1 als %2 — %n ausstehende Ereignisse werden synchronisiert — ⚠ Aktualisierung nur durch Abfrage alle 2 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1 as %2 (schema v%3) — ⚠ updates by polling every 2 s only</source>
        <translation>Datenbank: %1 als %2 (Schema v%3) — ⚠ Aktualisierung nur durch Abfrage alle 2 s</translation>
    </message>
    <message>
        <source>&amp;Go to or Do…</source>
        <translation>&amp;Gehe zu oder tu…</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
</context>
<context>
    <name>opsdeck::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Note about %1:</source>
        <translation>Notiz zu %1:</translation>
    </message>
    <message>
        <source>What you saw, did or decided. It is kept in the timeline for everyone, for good.</source>
        <translation>Was Sie gesehen, getan oder entschieden haben. Es bleibt für alle dauerhaft in der Zeitleiste.</translation>
    </message>
</context>
<context>
    <name>opsdeck::OpenIncidentDialog</name>
    <message>
        <source>Open Incident</source>
        <translation>Incident eröffnen</translation>
    </message>
    <message>
        <source>What is wrong, as users see it</source>
        <translation>Was nicht stimmt, so wie Nutzer es sehen</translation>
    </message>
    <message>
        <source>critical: production down or data at risk</source>
        <translation>kritisch: Produktion ausgefallen oder Daten in Gefahr</translation>
    </message>
    <message>
        <source>major: a key feature broken for many</source>
        <translation>schwer: eine zentrale Funktion für viele defekt</translation>
    </message>
    <message>
        <source>minor: degraded, a workaround exists</source>
        <translation>leicht: beeinträchtigt, es gibt eine Umgehung</translation>
    </message>
    <message>
        <source>low: cosmetic or internal</source>
        <translation>gering: kosmetisch oder intern</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected event(s) will be attached.</source>
        <translation>
            <numerusform>Das %n ausgewählte Ereignis wird angehängt.</numerusform>
            <numerusform>Die %n ausgewählten Ereignisse werden angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events selected: attach them later.</source>
        <translation>Keine Ereignisse ausgewählt: später anhängen.</translation>
    </message>
</context>
<context>
    <name>opsdeck::OpsContext</name>
    <message>
        <source>Host key of %1 trusted: %2 %3</source>
        <translation>Host-Schlüssel von %1 vertraut: %2 %3</translation>
    </message>
    <message>
        <source>Configuration %1 loaded: %2</source>
        <translation>Konfiguration %1 geladen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Configuration %1 rejected with %n error(s)</source>
        <translation>
            <numerusform>Konfiguration %1 mit %n Fehler abgelehnt</numerusform>
            <numerusform>Konfiguration %1 mit %n Fehlern abgelehnt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::OverviewFilterBar</name>
    <message>
        <source>%1 goes to this filter; Escape clears it.</source>
        <translation>%1 springt in diesen Filter; Esc leert ihn.</translation>
    </message>
    <message>
        <source>Filter result</source>
        <translation>Filterergebnis</translation>
    </message>
</context>
<context>
    <name>opsdeck::ReleaseGridModel</name>
    <message>
        <source>⚑ marked bad</source>
        <translation>⚑ als fehlerhaft markiert</translation>
    </message>
    <message>
        <source>↩ default rollback target</source>
        <translation>↩ Standard-Rollback-Ziel</translation>
    </message>
    <message>
        <source>● current</source>
        <translation>● aktuell</translation>
    </message>
    <message>
        <source>✔ present</source>
        <translation>✔ vorhanden</translation>
    </message>
    <message>
        <source>⚠ incomplete</source>
        <translation>⚠ unvollständig</translation>
    </message>
    <message>
        <source>✖ missing</source>
        <translation>✖ fehlt</translation>
    </message>
    <message>
        <source>? not reached</source>
        <translation>? nicht erreicht</translation>
    </message>
    <message>
        <source>
health: ? no answer with a version</source>
        <translation>
Health: ? keine Antwort mit Version</translation>
    </message>
    <message>
        <source>
health: no version</source>
        <translation>
Health: keine Version</translation>
    </message>
    <message>
        <source>
health ✔ reports %1</source>
        <translation>
Health ✔ meldet %1</translation>
    </message>
    <message>
        <source>
health ✖ reports %1</source>
        <translation>
Health ✖ meldet %1</translation>
    </message>
    <message>
        <source>
⚠ health reports this release</source>
        <translation>
⚠ Health meldet dieses Release</translation>
    </message>
    <message>
        <source>%1 (✖ not reached)</source>
        <translation>%1 (✖ nicht erreicht)</translation>
    </message>
    <message>
        <source>%1 (✖ current unresolved)</source>
        <translation>%1 (✖ current nicht aufgelöst)</translation>
    </message>
    <message>
        <source>%1 (⚠ drift: on %2)</source>
        <translation>%1 (⚠ Abweichung: auf %2)</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>Release %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <source>(no REVISION file)</source>
        <translation>(keine REVISION-Datei)</translation>
    </message>
    <message>
        <source>Deployed: %1</source>
        <translation>Deployment: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked bad: not offered as a rollback target until unmarked.</source>
        <translation>Als fehlerhaft markiert: wird nicht als Rollback-Ziel angeboten, bis die Markierung entfernt wird.</translation>
    </message>
    <message>
        <source>%1 was not reached: %2</source>
        <translation>%1 wurde nicht erreicht: %2</translation>
    </message>
    <message>
        <source>%1 is not on %2.</source>
        <translation>%1 ist nicht auf %2.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No REVISION file: the deploy did not finish.</source>
        <translation>Keine REVISION-Datei: das Deployment wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Broken link: %1</source>
        <translation>Defekter Link: %1</translation>
    </message>
    <message>
        <source>Health version unknown: %1</source>
        <translation>Health-Version unbekannt: %1</translation>
    </message>
    <message>
        <source>Health endpoints report %1</source>
        <translation>Health-Endpunkte melden %1</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>%1: current → %2</source>
        <translation>%1: current → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>⚠ drift</source>
        <translation>⚠ Abweichung</translation>
    </message>
</context>
<context>
    <name>opsdeck::ReleaseService</name>
    <message>
        <source>a reason is required: every mark is recorded with why</source>
        <translation>ein Grund ist nötig: jede Markierung wird mit ihrem Grund verzeichnet</translation>
    </message>
</context>
<context>
    <name>opsdeck::ReleasesPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Read the releases again</source>
        <translation>Die Releases erneut lesen</translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation>&amp;Rollback…</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Roll &amp;forward…</source>
        <translation>Roll-&amp;forward…</translation>
    </message>
    <message>
        <source>Roll forward</source>
        <translation>Roll-forward</translation>
    </message>
    <message>
        <source>&amp;Mark bad…</source>
        <translation>Als fehlerhaft &amp;markieren…</translation>
    </message>
    <message>
        <source>Mark the selected release bad</source>
        <translation>Das ausgewählte Release als fehlerhaft markieren</translation>
    </message>
    <message>
        <source>&amp;Unmark…</source>
        <translation>Markierung &amp;entfernen…</translation>
    </message>
    <message>
        <source>Unmark the selected release</source>
        <translation>Die Markierung des ausgewählten Release entfernen</translation>
    </message>
    <message>
        <source>Re&amp;vert switched hosts…</source>
        <translation>Umgeschaltete Hosts &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Revert the switched hosts</source>
        <translation>Die umgeschalteten Hosts zurücksetzen</translation>
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation>Erneut &amp;versuchen…</translation>
    </message>
    <message>
        <source>Retry the switch</source>
        <translation>Das Umschalten erneut versuchen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>An&amp;wendung:</translation>
    </message>
    <message>
        <source>Releases by host</source>
        <translation>Releases pro Host</translation>
    </message>
    <message>
        <source>Drift between hosts</source>
        <translation>Abweichungen zwischen Hosts</translation>
    </message>
    <message>
        <source>Result of the last switch</source>
        <translation>Ergebnis des letzten Umschaltens</translation>
    </message>
    <message>
        <source>Progress per host</source>
        <translation>Fortschritt pro Host</translation>
    </message>
    <message>
        <source>Progress per host:</source>
        <translation>Fortschritt pro Host:</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) answered at %2</source>
        <translation>
            <numerusform>Um %2 geantwortet: %1 von %n Host</numerusform>
            <numerusform>Um %2 geantwortet: %1 von %n Hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ drift: %1</source>
        <translation>⚠ Abweichung: %1</translation>
    </message>
    <message>
        <source>⚠ %1: ignored a release directory with an unsafe name: &quot;%2&quot;</source>
        <translation>⚠ %1: ein Release-Verzeichnis mit unsicherem Namen wurde ignoriert: „%2“</translation>
    </message>
    <message>
        <source>✔ No drift: every host runs the same release and has the same releases.</source>
        <translation>✔ Keine Abweichung: jeder Host betreibt dasselbe Release und hat dieselben Releases.</translation>
    </message>
    <message>
        <source>⏳ %1: %2</source>
        <translation>⏳ %1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4 s) — %5</source>
        <translation>%1 %2: %3 (%4 s) — %5</translation>
    </message>
    <message>
        <source>No app in the configuration has releases to show.</source>
        <translation>Keine App in der Konfiguration hat Releases zum Anzeigen.</translation>
    </message>
    <message>
        <source>Waiting for the store: release marks come from it.</source>
        <translation>Warten auf die Datenbank: die Release-Markierungen kommen von dort.</translation>
    </message>
    <message>
        <source>Reading the releases of %1/%2…</source>
        <translation>Die Releases von %1/%2 werden gelesen…</translation>
    </message>
    <message>
        <source>✖ The release marks cannot be read: %1</source>
        <translation>✖ Die Release-Markierungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Roll &amp;back to %1…</source>
        <translation>&amp;Rollback auf %1…</translation>
    </message>
    <message>
        <source>No release is complete on every host, unmarked and older than current.</source>
        <translation>Kein Release ist auf jedem Host vollständig, unmarkiert und älter als das aktuelle.</translation>
    </message>
    <message>
        <source>Switch every host of the app to %1, restart its services and verify.</source>
        <translation>Jeden Host der App auf %1 umschalten, ihre Dienste neu starten und verifizieren.</translation>
    </message>
    <message>
        <source>Roll &amp;forward to %1…</source>
        <translation>Roll-&amp;forward auf %1…</translation>
    </message>
    <message>
        <source>Back to the release the last rollback of this app left.</source>
        <translation>Zurück zu dem Release, das das letzte Rollback dieser App verlassen hat.</translation>
    </message>
    <message>
        <source>✖ Cannot switch %1/%2 to %3: %4</source>
        <translation>✖ %1/%2 kann nicht auf %3 umgeschaltet werden: %4</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>– %1: queued</source>
        <translation>– %1: eingereiht</translation>
    </message>
    <message>
        <source>– %1: not attempted, on %2</source>
        <translation>– %1: nicht versucht, auf %2</translation>
    </message>
    <message>
        <source>an unknown release</source>
        <translation>einem unbekannten Release</translation>
    </message>
    <message>
        <source>? %1: release unknown — refresh to see it</source>
        <translation>? %1: Release unbekannt — zum Anzeigen aktualisieren</translation>
    </message>
    <message>
        <source>%1 %2: on %3</source>
        <translation>%1 %2: auf %3</translation>
    </message>
    <message>
        <source>Re&amp;vert switched hosts to %1…</source>
        <translation>Umgeschaltete Hosts auf %1 &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Mark release bad</source>
        <translation>Release als fehlerhaft markieren</translation>
    </message>
    <message>
        <source>Unmark release</source>
        <translation>Markierung des Release entfernen</translation>
    </message>
    <message>
        <source>Mark %1 of %2/%3 bad? It is no longer offered as a rollback target until unmarked; the mark is recorded with your name and reason.

Why?</source>
        <translation>%1 von %2/%3 als fehlerhaft markieren? Es wird nicht mehr als Rollback-Ziel angeboten, bis die Markierung entfernt wird; die Markierung wird mit Ihrem Namen und Grund verzeichnet.

Warum?</translation>
    </message>
    <message>
        <source>Unmark %1 of %2/%3? It may be offered as a rollback target again; this is recorded with your name and reason.

Why?</source>
        <translation>%1 von %2/%3 nicht mehr als fehlerhaft markieren? Es kann wieder als Rollback-Ziel angeboten werden; das wird mit Ihrem Namen und Grund verzeichnet.

Warum?</translation>
    </message>
    <message>
        <source>Mark bad</source>
        <translation>Als fehlerhaft markieren</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>✖ %1 was not marked: a reason is required.</source>
        <translation>✖ %1 wurde nicht markiert: ein Grund ist nötig.</translation>
    </message>
    <message>
        <source>✖ The mark was not recorded: %1</source>
        <translation>✖ Die Markierung wurde nicht verzeichnet: %1</translation>
    </message>
    <message numerus="yes">
        <source>I understand that %n migration(s) will stay applied: the database is not rolled back.</source>
        <translation>
            <numerusform>Mir ist bewusst, dass %n Migration angewendet bleibt: die Datenbank wird nicht zurückgesetzt.</numerusform>
            <numerusform>Mir ist bewusst, dass %n Migrationen angewendet bleiben: die Datenbank wird nicht zurückgesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>A switch of this app is under way; roll back once it has finished.</source>
        <translation>Für diese App läuft gerade ein Wechsel; Rollback erst, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>No rollback now: %1</source>
        <translation>Jetzt kein Rollback: %1</translation>
    </message>
    <message>
        <source>Filter by host, release, version or state…</source>
        <translation>Nach Host, Release, Version oder Zustand filtern…</translation>
    </message>
    <message>
        <source>Filter the releases</source>
        <translation>Releases filtern</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <source>Show only releases with a problem</source>
        <translation>Nur Releases mit Problem anzeigen</translation>
    </message>
    <message>
        <source>Show only releases in drift (missing or incomplete on a host, current on some hosts only, current where the health endpoints report another version) and marked-bad releases that are current somewhere</source>
        <translation>Nur abweichende Releases anzeigen (auf einem Host fehlend oder unvollständig, nur auf einigen Hosts aktuell, aktuell, wo die Health-Endpunkte eine andere Version melden) sowie als fehlerhaft markierte Releases, die irgendwo aktuell sind</translation>
    </message>
    <message>
        <source>No release matches “%1”.</source>
        <translation>Kein Release passt zu „%1“.</translation>
    </message>
    <message>
        <source>No release has a problem.</source>
        <translation>Kein Release hat ein Problem.</translation>
    </message>
    <message>
        <source>No release with a problem matches “%1”.</source>
        <translation>Kein Release mit Problem passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>opsdeck::ReportRowModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>opsdeck::ServiceStateModel</name>
    <message>
        <source>Locked by %1 on %2 since %3 (until %4): %5</source>
        <translation>Gesperrt von %1 auf %2 seit %3 (bis %4): %5</translation>
    </message>
    <message>
        <source>Read at %1</source>
        <translation>Gelesen um %1</translation>
    </message>
    <message>
        <source>✖ unreachable</source>
        <translation>✖ nicht erreichbar</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? unbekannt</translation>
    </message>
    <message>
        <source>… not read yet</source>
        <translation>… noch nicht gelesen</translation>
    </message>
    <message>
        <source>✖ not found</source>
        <translation>✖ nicht gefunden</translation>
    </message>
    <message>
        <source>● active</source>
        <translation>● aktiv</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ fehlgeschlagen</translation>
    </message>
    <message>
        <source>○ %1</source>
        <translation>○ %1</translation>
    </message>
    <message numerus="yes">
        <source>🔒 %1, %n min: %2</source>
        <translation>
            <numerusform>🔒 %1, %n min: %2</numerusform>
            <numerusform>🔒 %1, %n min: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>⏳ %1</source>
        <translation>⏳ %1</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sub-state</source>
        <translation>Unterzustand</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
</context>
<context>
    <name>opsdeck::ServicesPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>&amp;Neu starten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>Restart on &amp;all hosts…</source>
        <translation>Überall neu st&amp;arten…</translation>
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation>Nach&amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Break lock…</source>
        <translation>Sperre &amp;brechen…</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>L&amp;ogs</translation>
    </message>
    <message>
        <source>Verify again after an unknown outcome: unit state and health, no command</source>
        <translation>Nach unbekanntem Ergebnis erneut verifizieren: Unit-Zustand und Health, kein Befehl</translation>
    </message>
    <message>
        <source>Actions and their verification appear here.</source>
        <translation>Aktionen und ihre Verifikation erscheinen hier.</translation>
    </message>
    <message>
        <source>Lock lost: %1. The action stops before its next batch.</source>
        <translation>Sperre verloren: %1. Die Aktion hält vor ihrem nächsten Durchgang an.</translation>
    </message>
    <message>
        <source>lock lost: %1</source>
        <translation>Sperre verloren: %1</translation>
    </message>
    <message>
        <source>%1 not attempted</source>
        <translation>%1 nicht versucht</translation>
    </message>
    <message>
        <source>Remove the lock another console holds on this service, with a reason. It is recorded, and the console that held it stops before its next batch.</source>
        <translation>Die Sperre, die eine andere Konsole auf diesem Dienst hält, mit Grund entfernen. Das wird verzeichnet, und die Konsole, die sie hielt, hält vor ihrem nächsten Durchgang an.</translation>
    </message>
    <message>
        <source>Only leads may break a lock.</source>
        <translation>Nur Leads dürfen eine Sperre brechen.</translation>
    </message>
    <message>
        <source>re-check after an unknown outcome</source>
        <translation>erneute Prüfung nach unbekanntem Ergebnis</translation>
    </message>
    <message>
        <source>Break lock</source>
        <translation>Sperre brechen</translation>
    </message>
    <message>
        <source>%1 is locked by %2 (console %3) since %4: %5

Breaking it is recorded with your name and reason; that console stops before its next batch. Why break it?</source>
        <translation>%1 ist gesperrt von %2 (Konsole %3) seit %4: %5

Das Brechen wird mit Ihrem Namen und Grund verzeichnet; diese Konsole hält vor ihrem nächsten Durchgang an. Warum brechen?</translation>
    </message>
    <message>
        <source>The lock on %1 was not broken: a reason is required.</source>
        <translation>Die Sperre auf %1 wurde nicht gebrochen: ein Grund ist nötig.</translation>
    </message>
    <message>
        <source>a reason is required</source>
        <translation>ein Grund ist nötig</translation>
    </message>
    <message>
        <source>The lock on %1 was not broken: %2</source>
        <translation>Die Sperre auf %1 wurde nicht gebrochen: %2</translation>
    </message>
    <message>
        <source>re-check</source>
        <translation>erneute Prüfung</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 eingereiht</translation>
    </message>
    <message>
        <source>Reading the journal of %1 on %2…</source>
        <translation>Das Journal von %1 auf %2 wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot read the journal of %1 on %2: %3</source>
        <translation>Das Journal von %1 auf %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The locks are held and every check passed.</source>
        <translation>Die Sperren sind genommen, und jede Prüfung ist bestanden.</translation>
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation>%1 — Grund: %2</translation>
    </message>
    <message>
        <source>re-check %1/%2 on %3</source>
        <translation>erneute Prüfung von %1/%2 auf %3</translation>
    </message>
    <message numerus="yes">
        <source>Select a service and press Logs for its last %n journal line(s).</source>
        <translation>
            <numerusform>Einen Dienst auswählen und Logs drücken für seine letzte Journal-Zeile (%n).</numerusform>
            <numerusform>Einen Dienst auswählen und Logs drücken für seine letzten %n Journal-Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling start of %1</source>
        <translation>Rollender Start von %1</translation>
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation>%1 auf %2 starten</translation>
    </message>
    <message>
        <source>Rolling stop of %1</source>
        <translation>Rollender Stopp von %1</translation>
    </message>
    <message>
        <source>Stop %1 on %2</source>
        <translation>%1 auf %2 stoppen</translation>
    </message>
    <message>
        <source>Rolling restart of %1</source>
        <translation>Rollender Neustart von %1</translation>
    </message>
    <message>
        <source>Restart %1 on %2</source>
        <translation>%1 auf %2 neu starten</translation>
    </message>
    <message>
        <source>Rolling reload of %1</source>
        <translation>Rollendes Neuladen von %1</translation>
    </message>
    <message>
        <source>Reload %1 on %2</source>
        <translation>%1 auf %2 neu laden</translation>
    </message>
    <message>
        <source>Filter the services</source>
        <translation>Dienste filtern</translation>
    </message>
    <message>
        <source>Services and their state</source>
        <translation>Dienste und ihr Zustand</translation>
    </message>
    <message>
        <source>Actions and their verification</source>
        <translation>Aktionen und ihre Prüfung</translation>
    </message>
    <message>
        <source>Journal of the selected service</source>
        <translation>Journal des gewählten Dienstes</translation>
    </message>
    <message>
        <source>Filter by environment, host, service, unit, label or state…</source>
        <translation>Nach Umgebung, Host, Dienst, Unit, Label oder Zustand filtern…</translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation>Nur P&amp;robleme</translation>
    </message>
    <message>
        <source>Show only services with a problem</source>
        <translation>Nur Dienste mit Problem anzeigen</translation>
    </message>
    <message>
        <source>Show only services that are not active: failed, stopped, not found, unreachable or not read yet</source>
        <translation>Nur Dienste anzeigen, die nicht aktiv sind: fehlgeschlagen, gestoppt, nicht gefunden, nicht erreichbar oder noch nicht gelesen</translation>
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation>Kein Dienst passt zu „%1“.</translation>
    </message>
    <message>
        <source>No service has a problem.</source>
        <translation>Kein Dienst hat ein Problem.</translation>
    </message>
    <message>
        <source>No service with a problem matches “%1”.</source>
        <translation>Kein Dienst mit Problem passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>opsdeck::SuggestionModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Why suggested</source>
        <translation>Warum vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>opsdeck::TimeSeriesChart</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 um %3</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s)</source>
        <translation>
            <numerusform>… und %n weiteres Ereignis</numerusform>
            <numerusform>… und %n weitere Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>collecting — no data yet</source>
        <translation>sammelt — noch keine Daten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>collecting — %1 of data</source>
        <translation>sammelt — Daten aus %1</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>opsdeck::TimelineModel</name>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Attached to incident #%1: %2</source>
        <translation>An Incident #%1 angehängt: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Notiz</numerusform>
            <numerusform>%n Notizen</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting in the local outbox until the team store confirms it</source>
        <translation>Wartet im lokalen Postausgang, bis die Team-Datenbank es bestätigt</translation>
    </message>
    <message>
        <source>pending sync</source>
        <translation>wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>★ pinned · #N attached to incident N · ✎ has notes</source>
        <translation>★ angeheftet · #N an Incident N angehängt · ✎ hat Notizen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>opsdeck::TimelinePanel</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open Incident…</source>
        <translation>Incident &amp;eröffnen…</translation>
    </message>
    <message>
        <source>&amp;Attach to Incident…</source>
        <translation>An Incident &amp;anhängen…</translation>
    </message>
    <message>
        <source>Any environment</source>
        <translation>Jede Umgebung</translation>
    </message>
    <message>
        <source>Any host</source>
        <translation>Jeder Host</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Jeder Dienst</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <source>Health changes</source>
        <translation>Health-Änderungen</translation>
    </message>
    <message>
        <source>Alerts raised, acknowledged, resolved</source>
        <translation>Alarme ausgelöst, bestätigt, aufgehoben</translation>
    </message>
    <message>
        <source>Service actions and their outcomes</source>
        <translation>Dienst-Aktionen und ihre Ergebnisse</translation>
    </message>
    <message>
        <source>Incidents opened, attached, mitigated, resolved</source>
        <translation>Incidents eröffnet, angehängt, entschärft, gelöst</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Pins</source>
        <translation>Anheftungen</translation>
    </message>
    <message>
        <source>Configuration loaded or rejected</source>
        <translation>Konfiguration geladen oder abgelehnt</translation>
    </message>
    <message>
        <source>Host keys trusted</source>
        <translation>Host-Schlüssel vertraut</translation>
    </message>
    <message>
        <source>An exact kind, or a prefix ending in &apos;.&apos; (&quot;service.&quot; matches every service event); a word without a dot is taken as a prefix</source>
        <translation>Eine genaue Art oder ein Präfix, das auf &apos;.&apos; endet („service.“ passt auf jedes Dienst-Ereignis); ein Wort ohne Punkt gilt als Präfix</translation>
    </message>
    <message>
        <source>Any actor</source>
        <translation>Jeder Akteur</translation>
    </message>
    <message>
        <source>Search summary, kind, host, service, actor…</source>
        <translation>Zusammenfassung, Art, Host, Dienst, Akteur durchsuchen…</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Between…</source>
        <translation>Zwischen…</translation>
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation>Von (einschließlich)</translation>
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation>Bis (ausschließlich)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Open an incident with the selected events attached</source>
        <translation>Einen Incident mit den ausgewählten Ereignissen eröffnen</translation>
    </message>
    <message>
        <source>Select an event for its details, notes and incidents.</source>
        <translation>Ein Ereignis auswählen für Details, Notizen und Incidents.</translation>
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation>Die Zeitleiste kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Loslösen</translation>
    </message>
    <message>
        <source>★ &amp;Pin</source>
        <translation>★ An&amp;heften</translation>
    </message>
    <message>
        <source>Attach the selected events to an incident</source>
        <translation>Die ausgewählten Ereignisse an einen Incident anhängen</translation>
    </message>
    <message>
        <source>There is no incident yet</source>
        <translation>Es gibt noch keinen Incident</translation>
    </message>
    <message>
        <source>Events waiting in the outbox (pending sync) can be used once the store has them.</source>
        <translation>Ereignisse, die im Postausgang warten (Synchronisierung ausstehend), sind verwendbar, sobald die Datenbank sie hat.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newest %n event(s); scroll for older</source>
        <translation>
            <numerusform>neuestes %n Ereignis; für ältere scrollen</numerusform>
            <numerusform>neueste %n Ereignisse; für ältere scrollen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n events selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Ereignis ausgewählt.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Ereignisse ausgewählt.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending sync: waiting in the local outbox for the team store.</source>
        <translation>Synchronisierung ausstehend: wartet im lokalen Postausgang auf die Team-Datenbank.</translation>
    </message>
    <message>
        <source>#%1 at %2 (%3 local)</source>
        <translation>#%1 am %2 (%3 Ortszeit)</translation>
    </message>
    <message>
        <source>Attached to incident #%1 %2 (%3)</source>
        <translation>An Incident #%1 %2 angehängt (%3)</translation>
    </message>
    <message>
        <source>Note added to #%1.</source>
        <translation>Notiz zu #%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Incident #%1 opened.</source>
        <translation>Incident #%1 eröffnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) attached to incident #%1.</source>
        <translation>
            <numerusform>%n Ereignis an Incident #%1 angehängt.</numerusform>
            <numerusform>%n Ereignisse an Incident #%1 angehängt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Erfasst von %1</translation>
    </message>
    <message>
        <source>Target %1, recorded by %2</source>
        <translation>Ziel %1, erfasst von %2</translation>
    </message>
    <message>
        <source>Environment filter</source>
        <translation>Filter nach Umgebung</translation>
    </message>
    <message>
        <source>Host filter</source>
        <translation>Filter nach Host</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>Filter nach Dienst</translation>
    </message>
    <message>
        <source>Event kind filter</source>
        <translation>Filter nach Ereignisart</translation>
    </message>
    <message>
        <source>Actor filter</source>
        <translation>Filter nach Akteur</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation>Details des gewählten Ereignisses</translation>
    </message>
</context>
<context>
    <name>opsdeck::TrayStatus</name>
    <message>
        <source>Open OpsDeck</source>
        <translation>OpsDeck öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n mit Fehler</numerusform>
            <numerusform>%n mit Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unbekannt</numerusform>
            <numerusform>%n unbekannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n ohne Daten</numerusform>
            <numerusform>%n ohne Daten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passing</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>no services</source>
        <translation>keine Dienste</translation>
    </message>
    <message>
        <source>OpsDeck: %1</source>
        <translation>OpsDeck: %1</translation>
    </message>
</context>
</TS>
