<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AlertEvaluator</name>
    <message>
        <source>%1 unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 memory at %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over the %1 % threshold</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>over %1 % for %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 failing on %n service(s) in %2</source>
        <translation>
            <numerusform>%1 failing on %n service in %2</numerusform>
            <numerusform>%1 failing on %n services in %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 degraded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host %1 unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 slow: %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response time over %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 % free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 low on disk: %2 has %3 % free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest complete set %1 is %2 old: past the RPO of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 backups stale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest complete and verified set %1 is %2 old: past the RPO of %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 and %n more mount(s)</source>
        <comment>the mounts named, then how many more</comment>
        <translation>
            <numerusform>%1 and %n more mount</numerusform>
            <numerusform>%1 and %n more mounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%2; under the %1 % threshold; %n further mount(s) not read</source>
        <translation>
            <numerusform>%2; under the %1 % threshold; %n further mount not read</numerusform>
            <numerusform>%2; under the %1 % threshold; %n further mounts not read</numerusform>
        </translation>
    </message>
    <message>
        <source>%2; under the %1 % threshold</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ApproveVerb</name>
    <message>
        <source>opsdeck approve: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  environment: %1; hosts, in order: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  commands:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  details: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  plan: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No request is waiting for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck approve: there is no approval request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck approve: %1 names more than one request; give more of its id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck approve: the request's plan does not match its hash; it cannot be approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck approve: refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved %1 (%2) as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined %1 (%2) as %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why you approve or decline (recorded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decline the request instead of approving it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output (the list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>which request? give its ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a decision needs --reason TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--json is for the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second-person approval: list the requests waiting with their plans; approve or decline one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1, requested by %2 at %3, expires at %4; approved by a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  %1, requested by %2 at %3, expires at %4; approved by %5</source>
        <comment>title, requester, requested at, expires at, the role that approves</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>Audit log anchored anew at row %1 of store %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not the store that was anchored: %1 was store %2 (verified up to row %3 on %4), it is now store %5; if it was recreated on purpose, anchor it anew: opsdeck audit anchor --reason TEXT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this is not the store that was anchored: %1 was store %2 (verified up to row %3), it is now store %4; if it was recreated on purpose, anchor it anew: opsdeck audit anchor --reason TEXT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>row %1 was edited: its content no longer matches its hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 was reordered: it follows row %2 in the chain, not row %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row ids jump from %1 to %2: rows were deleted and the chain re-linked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 is older than row %2 before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 was reordered: row %2 links past it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 was inserted: no row links to it and row %2 links past it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 was reordered: it links to row %2, which comes after it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 was edited and re-hashed: row %2 no longer links to it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows were deleted before row %1: the row it links to is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows %1 to %2 were deleted from the end of the log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rows %1 to %2 are past the chain head the store recorded (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the last row %1 does not match the chain head the store recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1, seen earlier by this console, is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 differs from what this console saw earlier: the chain was rewritten</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the audit log: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the chain head: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host answered 'date +%s' with something that is not a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'date +%s' failed on the host: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>symbolic link to %1: not followed, not counted as a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a directory, not counted as a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a regular file, not counted as a backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host gave no modification time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>modified %1 in the future on the host's clock: not counted as fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes: under half the median %2 bytes of the previous %3 %4 files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>age unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no backup matches %1 in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no complete set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest complete set %1 is %2 old: past the RPO of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest complete set %1 is %2 old (RPO %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing incomplete (%1), a newer set may not have been seen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupDownload</name>
    <message>
        <source>the SHA-256 of the downloaded data (%1…, %2) differs from the host's sha256sum (%3…): the file changed on the host during the download or was damaged on the way; %4 was removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 appeared during the download and is not replaced; the verified download is kept as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the verified download %1 could not be renamed to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downloaded %1 (continued from %2) to %3 in %4 s; SHA-256 %5 matches the host's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>downloaded %1 to %2 in %3 s; SHA-256 %4 matches the host's</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file: not downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name %1 holds control characters or is not valid UTF-8: it is never passed to sha256sum on the host, so its download could not be checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no local path given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the directory %1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists: it is not replaced unless you ask for it (--force, or confirm in the window)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not enough free space in %1: the download needs %2, %3 are free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sha256sum on the host did not run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sha256sum on the host failed (exit status %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled before the transfer started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled after %1 of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 is kept: downloading again continues from it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the download stopped before it finished (the host's session closed)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupDrill</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 m %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 m %3 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no backup location of %1/%2 has a 'drill' target configured: OpsDeck does not know where to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 has several backup locations with a drill target (%3): name one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup location %1/%2/%3 has no 'drill' target configured: OpsDeck does not know where to restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore drill of %1/%2/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1:%2 as %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: FILE is the database dump of the newest complete set whose files all passed verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console: psql -d %1 -c 'CREATE DATABASE "%2"' on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console: gzip -dc | psql -X -v ON_ERROR_STOP=1 -d %1 (backslash commands of the dump refused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console: count the rows of every table of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console: psql -d %1 -c 'DROP DATABASE IF EXISTS "%2" WITH (FORCE)' (also after a failure)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psql did not finish within %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psql could not be started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psql was killed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psql exited with status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drill target's password_env %1 is not set in OpsDeck's environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drill target's password_file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reaching the drill target %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the drill target %1 cannot be reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill target %1: PostgreSQL %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be listed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped before the location was listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a plain-format database dump (*.sql.gz)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name %1 holds control characters or is not valid UTF-8: it is never passed to a remote command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dump %1 (%2 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a listed backup file of %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the verification results cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no complete set whose files all passed verification: verify one (opsdeck backup verify) or name the dump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not part of this drill; nothing ran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>creating the scratch database %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the scratch database %1 could not be created: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restoring %1 into %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the restore did not finish within %1 (twice the RTO, at least 10 m): stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck shut down during the drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading %1 from the host failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed on the host during the drill: %2 bytes at offset %3, %4 expected (listed size %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 bytes read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped while the dump was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psql stopped (ON_ERROR_STOP, exit status %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>gzip -dc failed (exit status %1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the restore ended after %1 of %2 bytes of the dump</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the rows of the restored tables could not be counted: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>psql exited 0, but the restore created no tables</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>psql exited 0, but the %n restored table(s) have no rows</source>
        <translation>
            <numerusform>psql exited 0, but the %n restored table have no rows</numerusform>
            <numerusform>psql exited 0, but the %n restored tables have no rows</numerusform>
        </translation>
    </message>
    <message>
        <source>within the RTO of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PAST the RTO of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore of %1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 restored in %2 (%3), but the scratch database %4 could NOT be dropped: %5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 restored in %2 (%3): %n table(s), %4 rows; scratch database %5 dropped</source>
        <translation>
            <numerusform>%1 restored in %2 (%3): %n table, %4 rows; scratch database %5 dropped</numerusform>
            <numerusform>%1 restored in %2 (%3): %n tables, %4 rows; scratch database %5 dropped</numerusform>
        </translation>
    </message>
    <message>
        <source>dropping the scratch database %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore of %1 failed: %2; scratch database %3 dropped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore of %1 failed: %2; the scratch database %3 could NOT be dropped: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupFreshness</name>
    <message>
        <source>newest complete and verified set %1 is %2 old: past the RPO of %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest complete and verified set %1 is %2 old (RPO %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the newer set %1 is not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>listing incomplete (%1), a newer set may not have been seen</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupLocationChoice</name>
    <message>
        <source>%1 has no host '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 has no backup location '%3'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupRetention</name>
    <message>
        <source>not listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ages unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retention %1 is not a whole number of days: find -mtime +N counts whole days</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>deleted by the next run (%1 old, more than %n whole day(s))</source>
        <translation>
            <numerusform>deleted by the next run (%1 old, more than %n whole day)</numerusform>
            <numerusform>deleted by the next run (%1 old, more than %n whole days)</numerusform>
        </translation>
    </message>
    <message>
        <source>modified in the future on the host's clock, deleted in %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>within %n day(s), deleted in %1</source>
        <translation>
            <numerusform>within %n day, deleted in %1</numerusform>
            <numerusform>within %n days, deleted in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the next run deletes %1 of the newest complete set %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing is incomplete (%1): files not seen are not previewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 daily</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 weekly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 monthly</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep %1 (UTC days, ISO weeks, months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted: set %1 is incomplete (no %2) and takes no slot of the policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not placed by the policy (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest of %1 (daily %2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest of week %1 (weekly %2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>newest of %1 (monthly %2 of %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deleted: not the newest complete set (or lone file) of a kept day, week or month</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupRun</name>
    <message>
        <source>no backup location of %1/%2 has a 'command' configured: OpsDeck does not know how to run its backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 has several backup locations with a command (%3): name one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup location %1/%2/%3 has no 'command' configured: OpsDeck does not know how to run its backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup run of %1/%2/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be listed before the run: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host's clock cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n set(s) before the run; %1</source>
        <translation>
            <numerusform>%n set before the run; %1</numerusform>
            <numerusform>%n sets before the run; %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the SSH session stopped before the location was listed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not part of this backup run; nothing ran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the backup script may still be running on the host; list the backups before running it again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the backup script did not run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup script exited with status %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script exited 0; listing %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped while the backup script ran</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the script exited 0, but %1 cannot be listed now: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup script exited 0, but no new set appeared in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the backup script exited 0, but the new set %1 is incomplete: no %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>new set %1 complete; verifying its %n file(s)</source>
        <translation>
            <numerusform>new set %1 complete; verifying its %n file</numerusform>
            <numerusform>new set %1 complete; verifying its %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>the SSH session stopped while listing after the run</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>new complete set %1, %n file(s) verified on the host</source>
        <translation>
            <numerusform>new complete set %1, %n file verified on the host</numerusform>
            <numerusform>new complete set %1, %n files verified on the host</numerusform>
        </translation>
    </message>
    <message>
        <source>OpsDeck shut down before the new set %1 was verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the new set %1 is complete, but %2 failed verification: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped while verifying the new set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: then list %2 over SFTP and verify every file of the new set</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupScanner</name>
    <message>
        <source>the session stopped before the host's clock was read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the session stopped before the listing</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupVerb</name>
    <message>
        <source>opsdeck: no environment '%1' (there are: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: name the host as ENV/HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no host of %1 has backups configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: %1 has no host '%2' with backups configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STALE: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INCOMPLETE: no %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not part of a set) </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  retention %1: find -mtime +%2 (a file goes when it is %3 × 24 h old, on the host's clock)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DELETE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep  </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  WARNING: %1
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: name the files to verify, or give --all (not both)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no backup file '%1' in %2/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK     </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FAILED </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify every listed file (verify).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: unknown backup command '%1'
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: a verification stopped before it finished (the host's session closed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every action is recorded with why it was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the file goes: a file, or a directory to put it in (download).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace an existing file (download).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: '%1' is in %2 and in %3: not downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OK      %1/%2  %3
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: %1/%2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (run, drill; recorded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm without asking (run, drill).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment's name, where it must be typed (run, drill).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup location whose drill target to use (drill; default: the only one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>List backup sets over SFTP with freshness against the RPO; preview retention per file; verify integrity; download a file; run a backup; restore a dump in a drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete, SMALL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INCOMPLETE: no %1, SMALL</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>not a regular file: not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a .gz or .tar.gz file: OpsDeck cannot check its integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the name holds control characters or is not valid UTF-8: it is never passed to a remote command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the file vanished after the listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied reading the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed (exit status %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 passed but sha256sum gave no hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed since it was first verified at %1: SHA-256 %2… is now %3…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup verified: %1/%2/%3 %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup verification failed: %1/%2/%3 %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 passed; SHA-256 unchanged since %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupVerifyRun</name>
    <message>
        <source>the result for %1 could not be recorded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store closed before the result was recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read earlier verifications: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CapistranoStrategy</name>
    <message>
        <source>current is missing or does not resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current points to %1, which is not a release here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switch (only if current still resolves to the release the plan saw): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This roll-forward does not revert shared/ (uploads, logs) or the environment files linked from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rollback does not revert shared/ (uploads, logs) or the environment files linked from it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckConfigVerb</name>
    <message>
        <source>Check a fleet configuration file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The YAML configuration file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: opsdeck check-config FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 more errors not shown</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: %n error</numerusform>
            <numerusform>%1: %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: OK, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check a fleet configuration; print every error with its position</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistApproval</name>
    <message>
        <source>%1 requires a signed deployment checklist, and its runs cannot be read (%2); the %3 was not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requires a signed deployment checklist before a %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistExport</name>
    <message>
        <source>valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked by %1 at %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticked by %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 required items done; %3 of %4 items in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Still to sign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>comment: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic: %1; not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events that do not count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a PDF needs fonts: run under a QGuiApplication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>own checks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed (valid until %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in progress: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready to sign: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence passed, recorded by %1 at %2 (their console checked at %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence failed, recorded by %1 at %2 (their console checked at %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 passed at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistGate</name>
    <message>
        <source>run %1 (%2 %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was voided by %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-off of %1 expired at %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is in progress: %n required item(s) not done</source>
        <translation>
            <numerusform>%1 is in progress: %n required item not done</numerusform>
            <numerusform>%1 is in progress: %n required items not done</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is waiting for signatures: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is signed, but its plan cannot be checked: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts are now %1, were %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the template '%1' changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 was signed for plan %2, but the plan today is %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it differs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 approved by run %3 (plan %4), valid until %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no checklist run for %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved by checklist run %1 (%2 %3, plan %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is signed for %2 only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no checklist run for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is signed, but for a checklist that is not this console's template '%2' (changed or unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is signed, but for the checklist template '%2'; %3 accepts only %4 (checklist_templates in the fleet configuration)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistLedger</name>
    <message>
        <source>there is no checklist run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give a run id or at least its first 6 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 names %2 runs; give more of the id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused to %1 on %2 for %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan changed: the run's plan is now %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist started: %1 for %2 (plan %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>tick %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked “%1” (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>untick %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unticked “%1” (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>record evidence for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Evidence for %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed as %1: %2 for %3 (plan %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoke signature %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked the %1 signature of %2 on %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>change the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist plan changed: %1 now for %2 on %3 (plan %4), signatures voided: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>void the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist run voided: %1 for %2: %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistLibrary</name>
    <message>
        <source>template id '%1' is also used by %2; this file is ignored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run of the checklist template '%1' cannot approve %2: %2 accepts only %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>its checklist_templates in the fleet configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the default; name others under the environment's checklist_templates in the fleet configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this console has no checklist template '%1', so it runs none of the run's commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run's checklist '%1' is not byte for byte this console's template '%1', so it runs none of the run's commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this console's template has no command for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistPlan</name>
    <message>
        <source>there is no environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid release '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host '%1' is not a host of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistRun</name>
    <message>
        <source>in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ready to sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>before the run started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan does not match its hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started %1 for %2 %3 (plan %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the event is about run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>refused %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is for %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist run %1 exists already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run was voided by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan changed: the run's plan is now %1, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence needs a result: passed or failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed as %1 (plan %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked the %1 signature of %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run voided: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided the run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan hash %1 does not match the new plan (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changed the plan to %1 %2 on %3 (plan %4): %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a checklist event OpsDeck knows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the run has no item %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not hold the role %2 that item %3 needs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-off expired at %1; required items can no longer change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 is required and the run has signatures; they must be revoked first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 is checked automatically; record its evidence instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 was already ticked by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 is checked automatically; run its check again instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 is not ticked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unticking needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item %1 is ticked by a person, not by evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan asks for no %1 signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the sign-off expired at %1; start a new run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not hold the sign-off role %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 started this run and may not sign it (four eyes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already signed as %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already signed as %2; each role needs a different person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 sign-off is complete already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required items are not done: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 has no signature %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>that signature was revoked already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>that signature was voided already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only %1 or an admin may revoke this signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoking a signature needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only %1, who started the run, or a lead may change or void it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>changing the plan or voiding a run needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan did not change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a run for %1 cannot change to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>own check passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>own check failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no passing check of their own from the last 15 minutes of: %2 (a signature counts only after the signer's own console checked every automatic item: run the checks, then sign)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistService</name>
    <message>
        <source>there is no checklist template '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to check automatically</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic checks are not available here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no checklist template '%1' any more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by hand here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the evidence of %1 was not recorded: the store stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the check of %1 was interrupted before it finished; run it again</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistTemplate</name>
    <message>
        <source>every health check of the run's hosts passes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every health check of '%1' on the run's hosts passes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the newest backup of every location on the run's hosts is younger than %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the newest backup in '%1' is younger than %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' exits 0 on every host of the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' exits 0 on every host labelled %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the release is present on every host of the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the release of '%1' is present on every host of the run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>every backup location with a drill target on the run's hosts had a successful restore drill within its RTO in the last %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' had a successful restore drill within its RTO in the last %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistTemplateLoader</name>
    <message>
        <source>%1 may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is too long (%2 characters, the limit is %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not contain control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported checklist format %1; this OpsDeck reads format 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>template id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sections must be a list, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a checklist needs at least one item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a section needs items or sections</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>items must be a list, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>items may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sections may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a checklist may have at most %1 items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item id '%1' is already used on line %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>item text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>app name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-off roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one sign-off role is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid role '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-off role '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a role is 1 to 48 lower-case letters, digits and '_', starting with a letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an id is 1 to 80 lower-case letters, digits, '.', '_' and '-', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>evidence needs exactly one of health, backup_age, restore_drill, command, release</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChecklistVerb</name>
    <message>
        <source>run:       %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release:   %1 %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan:      %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started:   %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>status:    %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sign-off:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  still to sign: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n stored event(s) do not count (written around OpsDeck's rules)</source>
        <translation>
            <numerusform>%n stored event do not count (written around OpsDeck's rules)</numerusform>
            <numerusform>%n stored events do not count (written around OpsDeck's rules)</numerusform>
        </translation>
    </message>
    <message>
        <source>opsdeck: the evidence for %1 was not recorded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release: version, tag or release directory name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host of the release (repeatable; default: every host of the environment).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A comment recorded with the tick or signature.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (recorded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export format: md or pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output (list, show).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: unknown checklist command '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: it is recorded with the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>run %1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no checklist template '%1' (opsdeck checklist templates lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --release VERSION is required: a run approves one release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>started %1 for %2 %3 (plan %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --release VERSION is required: the gate approves one release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NOT APPROVED: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>APPROVED: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ticked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unticked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed as %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked signature %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>plan changed to %1 (signatures voided)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: export needs --format md|pdf and --output FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>wrote %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployment checklists: start a run for a release, tick, check, sign off; gate a deployment on a signed run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>own checks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by hand here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The checklist template; one the environment accepts (default: the first of its checklist_templates).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: not started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 passed %2</source>
        <comment>login, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed %2</source>
        <comment>login, time</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (optional)</source>
        <comment>a checklist item's id</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (recorded by %2 at %3)</source>
        <comment>evidence summary, who, when</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: nothing to check: no automatic item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: nothing to check: no automatic item by that id</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Fleet configuration (default: $OPSDECK_CONFIG, else the file the window used last).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store URI (default: the local SQLite store).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no configuration; give --config FILE or set OPSDECK_CONFIG</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>The fleet configuration to open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sqlite:///PATH, postgresql://… or host=… dbname=… (default: $OPSDECK_STORE, else an SQLite file in the user's data directory).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open on this area: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text; opsdeck VERB --help for a verb.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With no verb, opens the console window.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verbs:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComposeFileReader</name>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Compose ignores it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no fleet configuration setting corresponds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: the file names no host; this is its project's name — set the address of the host that runs it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: a Compose file names no environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1 is not mapped: the host already has a service of that name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1 is not mapped: expected a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a container setting OpsDeck has no place for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck is not mapped: expected a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Docker's own health check timing; OpsDeck polls at health_interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no health check probes a published port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck test is not mapped: it starts with neither CMD, CMD-SHELL nor NONE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck test is not mapped: expected a list or a text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck test is not mapped: it has %1, and OpsDeck reads only plain commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck test %1 is not mapped: OpsDeck checks HTTP endpoints only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck test is not mapped: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health URL %1 is not mapped: it is inside the container, and port %2 is not published</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: the container's port %1 is published as %2 on the host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no app is written: no service runs an image of the project's own (built here, or from a registry path)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: the services whose image is not one of Docker's official images; their image tag is the release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: the services running the image built here; their image tag is the release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no app is written: the project name %1 is not one Compose accepts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: the file does not say where it lies on the host; set the path of this compose file there</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ComposeStrategy</name>
    <message>
        <source>the image %1 is pinned by digest, not by a tag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an image name by Docker's rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an image tag by Docker's rules</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host did not list the app's containers and images</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1 runs an image OpsDeck does not handle: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1 has no running container</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the services run different tags: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no container of the app's services is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pin the tag %1 for %2 in %3, then %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pin the tag %1 for %2 in %3, then %4 (only if the services still run %5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This roll-forward does not revert volumes, the services not listed for the app (databases, Redis), or the compose file and the .env values the containers read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rollback does not revert volumes, the services not listed for the app (databases, Redis), or the compose file and the .env values the containers read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>only one YAML document is allowed in a configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too many aliases (the limit is %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nesting is too deep (the limit is %1 levels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unsupported configuration version %1; this OpsDeck reads version 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist directory '%1' does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>at least one environment is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>identity_file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>known_hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connect_timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command_timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health_interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health_timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health_timeout (%1) must be shorter than health_interval (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>thresholds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>response_time_warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>memory_percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cpu_percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cpu_sustained</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disk_free_percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup_max_age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role display name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role '%1' is not declared under 'roles'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>confirm must be 'click' or 'typed', found '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>require_approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>require_signed_checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ca_file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs at least one host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host '%1' is already defined on line %2; host names must be unique in the file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no address and its name is not a valid host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no user, and the local user name '%2' cannot be used: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has an invalid user: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid label '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>services of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>apps of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>app</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backups of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid unit '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a 'unit': its name is not a valid unit name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart_command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restart_command may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sudo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a valid http:// or https:// URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>format must be one of auto, seeds, ietf, spring, k8s, plain; found '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the health check timeout (%1) must be shorter than its interval (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health must be a URL or a list of health checks, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>app '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strategy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep_releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>backup '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patterns</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patterns may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid pattern '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rpo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump host '%1' is not a host of this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump hosts form a cycle: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file is too large (%1 bytes, the limit is %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file is too large (the limit is %1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>file contains a NUL byte</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>idle_timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keepalive_interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a scalar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a mapping, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a %1 must be a plain scalar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>duplicate %1 '%2' (first given on line %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is missing the required key '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML merge keys ('&lt;&lt;') are not supported; put shared values under 'defaults'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1' in %2; did you mean '%3'?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown key '%1' in %2; expected one of: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid %1 name '%2': %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the configuration is too large to check (more than %1 entries)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a string, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a quoted string</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a whole number, found '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be between %2 and %3, found %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a number, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a number, found '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a duration such as 10s, 5m or 24h, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a duration such as 10s, 5m or 24h, found '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 must be a list, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid %1 '%2': %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable_failures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable_window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist_templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist_templates needs at least one template id: a run of one of them approves %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid checklist template id '%1': %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checklist template '%1' is named twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allow_redirects_to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allow_redirects_to: '%1' is not a host name or host:port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>app '%1' restarts '%2', which is not a service of host '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment '%1' names the checklist template '%2', which is not built in (%3) and there is no checklists directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment '%1' names the checklist template '%2', which is neither built in nor a valid template in %3 (opsdeck checklist templates lists them)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>keep needs at least one of daily, weekly, monthly above 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either retention (find -mtime +N) or keep (daily/weekly/monthly), not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify_every</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approval_expires</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strategy must be one of %1, found '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a 'path' (the %2 deploy path)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is for apps with strategy: kamal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 '%2' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a 'service' (Kamal's service name): its name is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>live_db</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drill</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database_prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password_env</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>password_file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>give either password_env or password_file, not both</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is for apps with strategy: compose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a 'compose_file' (the path of its compose file on the host)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compose_project '%1' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs a 'compose_project' (Compose's project name): its name is not one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 needs 'compose_services' (the Compose services whose image tag is the release)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compose_services may not be an empty list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compose service '%1' must be 1-63 of letters, digits, '.', '_' and '-', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>compose service '%1' is listed twice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'kamal_control' is for apps with strategy: kamal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal_control of app '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal_control host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal_control path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal_control timeout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal_control: host '%1' is not a host of this file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>app '%1' has a kamal_control on host '%2' that host '%3' does not have: kamal rollback acts on every host of the app, so each of them names the same control host, path and timeout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmationPrompt</name>
    <message>
        <source>opsdeck: not confirmed; without a terminal, add %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; add --confirm %2</source>
        <comment>why the confirmation is refused, the environment</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfirmationRule</name>
    <message>
        <source>%1 asks for its name to be typed to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the action was not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the environment name (%1) to confirm: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeployCommand</name>
    <message>
        <source>a control character</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shell syntax '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an empty command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemctl %1 is not a restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemctl option %1 is not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemctl restart names no unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fetches more than one URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 option %2 is not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 names no URL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>curl without -f does not fail on an HTTP error, so it checks no health</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeployDetector</name>
    <message>
        <source>the detected deploy was not recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2, deployed by %3 (revisions.log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2, deployed by %3 (revisions.log) at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3 at %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3, deployed by %4 (revisions.log)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy of %1 detected: release %2 on %3, deployed by %4 (revisions.log) at %5</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeployFileReader</name>
    <message>
        <source>%1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not mapped: expected a text, found %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name made from '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host %1 is not mapped: it is already in environment %2 (from %3), and a host belongs to one environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health URL %1 is not mapped: not an http(s) URL with a host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: no systemd unit runs a %1 container; the host reports this one as not found, so a restart from OpsDeck fails instead of restarting Docker with every container of the host</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeployImport</name>
    <message>
        <source>not a deploy file OpsDeck imports: expected the Rails plan's config/deploy.yml (environments with host:), Kamal's config/deploy.yml (service:) or a docker-compose.yml (services:)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to import: no host could be read (see what was not mapped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the imported configuration does not pass check-config: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists; it is replaced only when asked to (--force)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrillTargetRule</name>
    <message>
        <source>the drill target %1:%2/%3 is the live database %4 (live_db of %5): a drill never connects to a live database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a scratch database of the drill target %1:%2 (%3…) could be named like the live database %4 (live_db of %5): a drill never creates or drops a live database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>database_prefix must be 1 to 36 lowercase letters, digits or '_', starting with a letter or '_'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventLimits</name>
    <message>
        <source>the event is too large: %1 bytes of %2, at most %3 are stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lock is too large: %1 bytes of %2, at most %3 are stored</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a set of locks needs at least one target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a set of locks holds at most %1 targets, not %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lock needs a target, a console and a lifetime</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventStoreService</name>
    <message>
        <source>no store is open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EventStoreWorker</name>
    <message>
        <source>no store is open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot reach %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection to the store was lost</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the team store cannot record this now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a queued event was refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>notifications could not be checked (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database's notifications do not arrive (a connection pooler in transaction mode, such as PgBouncer, accepts LISTEN and drops it)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetConfig</name>
    <message numerus="yes">
        <source>%n environment(s)</source>
        <translation>
            <numerusform>%n environment</numerusform>
            <numerusform>%n environments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>%n service</numerusform>
            <numerusform>%n services</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FleetEvidenceSource</name>
    <message>
        <source>%1: nothing to check on the run's hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %2 passed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 of %3 failed: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit status %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit status %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the environment is not in the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no backup in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>exit status 0</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/releases/%2 present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/releases/%2 missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host did not say its time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not checked: the SSH session stopped before it answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is dated %2 ahead of the host's clock: clock skew or tampering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 restored %2 ago in %3 s (RTO %4), %5 rows</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the newest successful drill took longer than the RTO: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the newest successful drill is older than %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no successful restore drill recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no event store: restore drills are recorded there</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restore drills cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FleetYamlWriter</name>
    <message>
        <source># Fleet configuration written by `opsdeck import` from:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># Every value marked "guessed" was not in those files: check it. Then check the whole file with
# `opsdeck check-config FILE`.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source># Not mapped (%1): parts of the deploy files with no place in a fleet configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuardedActionRunner</name>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n second ago</numerusform>
            <numerusform>%n seconds ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a reason is required for every %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no host to act on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no store can record this action (%1); it was not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the store is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by %2 (%3) since %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking every host before anything changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not started: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 on %n host(s) started: %2</source>
        <translation>
            <numerusform>%1 on %n host started: %2</numerusform>
            <numerusform>%1 on %n hosts started: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the action could not be recorded (%1); it was not started</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 succeeded on %n host(s), verified</source>
        <translation>
            <numerusform>%1 succeeded on %n host, verified</numerusform>
            <numerusform>%1 succeeded on %n hosts, verified</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: waiting for the reason and the confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was cancelled before it started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by another action of this console (%2) since %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lock on %1 is gone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lock on %1 lapsed and is now held by %2 (%3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 broke the lock on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; stopping before the next batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>next batch in %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the locks could not be renewed, so no further batch was started</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 stopped: %2 (%n host(s) not attempted)</source>
        <translation>
            <numerusform>%1 stopped: %2 (%n host not attempted)</numerusform>
            <numerusform>%1 stopped: %2 (%n hosts not attempted)</numerusform>
        </translation>
    </message>
    <message>
        <source>a lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requires second-person approval, and the request could not be recorded: %2; the %3 was not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for approval by %1 until %2 (request %3, plan %4): another person runs `opsdeck approve %3 --reason TEXT`</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nobody approved the %1 before %2; the request expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 declined the %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the request for approval of the %1 was %2; the %1 was not started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 was approved by its own requester (%2); a second person must approve it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 approved plan %2, but the %3 now has plan %4: the approval does not count for it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>approved by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 changed after %2 approved it (%3): the approval of plan %4 does not count for plan %5; start it again to request approval of the plan as it is now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the locks changed while they were being taken; none was taken, try again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n of the targets are locked by other consoles, so none was taken: %1</source>
        <translation>
            <numerusform>%n of the targets are locked by other consoles, so none was taken: %1</numerusform>
            <numerusform>%n of the targets are locked by other consoles, so none was taken: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cannot take the %n lock(s): %1</source>
        <translation>
            <numerusform>cannot take the %n lock: %1</numerusform>
            <numerusform>cannot take the %n locks: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed on %2: %3 (stopped there; %n host(s) not attempted) (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation>
            <numerusform>%1 failed on %2: %3 (stopped there; %n host not attempted) (%4)</numerusform>
            <numerusform>%1 failed on %2: %3 (stopped there; %n hosts not attempted) (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unknown on %2: %3 (stopped there; %n host(s) not attempted) (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation>
            <numerusform>%1 unknown on %2: %3 (stopped there; %n host not attempted) (%4)</numerusform>
            <numerusform>%1 unknown on %2: %3 (stopped there; %n hosts not attempted) (%4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed on %2: %3 (stopped there; %n host(s) not attempted)</source>
        <comment>action, host, why</comment>
        <translation>
            <numerusform>%1 failed on %2: %3 (stopped there; %n host not attempted)</numerusform>
            <numerusform>%1 failed on %2: %3 (stopped there; %n hosts not attempted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 unknown on %2: %3 (stopped there; %n host(s) not attempted)</source>
        <comment>action, host, why</comment>
        <translation>
            <numerusform>%1 unknown on %2: %3 (stopped there; %n host not attempted)</numerusform>
            <numerusform>%1 unknown on %2: %3 (stopped there; %n hosts not attempted)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed on %2: %3 (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unknown on %2: %3 (%4)</source>
        <comment>action, host, why, lock lost</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <comment>action, host, why</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 unknown on %2: %3</source>
        <comment>action, host, why</comment>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 succeeded on %n host(s), verified (%2)</source>
        <comment>action, lock lost</comment>
        <translation>
            <numerusform>%1 succeeded on %n host, verified (%2)</numerusform>
            <numerusform>%1 succeeded on %n hosts, verified (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not everything could be recorded: %2)</source>
        <comment>the summary, the store's errors</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthBodyParser</name>
    <message>
        <source>unknown status "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n bytes of binary data: %1</source>
        <translation>
            <numerusform>%n bytes of binary data: %1</numerusform>
            <numerusform>%n bytes of binary data: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no "status"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"status" is %1, not a word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is not JSON (%1 near byte %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a JSON object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"%1" is %2, expected an object</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expected a result object, found %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected body: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body says "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1, although the body says "%2"</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <comment>a component's reason, how many more alike</comment>
        <translation>
            <numerusform>%1 (+%n more)</numerusform>
            <numerusform>%1 (+%n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthTreeModel</name>
    <message>
        <source>%1 s ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HealthVerbs</name>
    <message>
        <source>auto, seeds, ietf, spring, k8s or plain (default auto).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for the answer (default 5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Extra trusted CA certificates (PEM).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The health endpoint.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: opsdeck status [--env ENV] [--json] [--config FILE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no health checks in environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LATENCY</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REASON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check one health endpoint; print the verdict as JSON (exit 0 pass, 1 warn, 2 fail, 3 unknown)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every configured health endpoint now and print the fleet's state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A host (or host:port) a redirect may lead to besides the URL's origin; repeatable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: opsdeck probe URL [--format auto|seeds|ietf|spring|k8s|plain] [--timeout SECONDS] [--ca-file FILE] [--allow-redirects-to HOST]...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HostSession</name>
    <message>
        <source>%1 (next attempt at %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>not an http or https URL: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 redirects</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HTTP %1 with an invalid Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a redirect from https to %1 was refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host %1 not found: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS is not available on this system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>redirect to another host refused: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the response headers are larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a chunk is longer than its announced size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server closed the connection without answering</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection closed in the middle of the response headers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection closed after %1 of %2 body bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection closed in the middle of a chunked body (after %1 bytes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the answer is not HTTP: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a folded response header: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a response header without a name: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a response header name with a blank: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an invalid Content-Length: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unsupported Transfer-Encoding: "%1"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is encoded (%1), though no encoding was accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the server switched protocols (HTTP 101)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the body is larger than %1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an invalid chunk size: "%1"</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportVerb</name>
    <message>
        <source>Write a fleet configuration from existing deploy files: the Rails plan's config/deploy.yml, Kamal's config/deploy.yml, docker-compose.yml.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the configuration to FILE instead of printing it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace FILE when it exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deploy files to read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: opsdeck import FILE… [-o FILE] [--force]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists; it is replaced only with --force</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not mapped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not mapped (%1):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrote %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a fleet configuration from deploy files (Rails plan, Kamal, docker compose)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentSuggestions</name>
    <message>
        <source>health or alert event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>action or deploy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>configuration change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same service %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same host %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same environment %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentTracker</name>
    <message>
        <source>Only a lead (role opsdeck_lead) may resolve an incident; %1 has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no OpsDeck role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 is %2; only an open incident can be mitigated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 is already resolved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 is already open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity must be one of %1, not '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 was opened, but attaching its events failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no incident #%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An event waiting to be synced cannot be attached yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 is the timeline's own record (%2) and cannot be attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every selected event is already attached to incident #%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 is not attached to incident #%2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An event waiting to be synced cannot have notes yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note is about an incident or an event.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An event waiting to be synced cannot be pinned yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 is already pinned.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 is not pinned.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentVerb</name>
    <message>
        <source>no event %1 in the store</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggested (attach with: opsdeck incident attach %1 EVENT…):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 written to %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open: sev1 (worst) to sev4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>open: attach this event (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list: only open, mitigated, resolved or active ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output (list, show).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: md or pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown command 'incident %1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'incident %1' needs an incident ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'incident %1' needs more arguments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an event ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--state must be open, mitigated, resolved or active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'incident open' needs --severity sev1, sev2, sev3 or sev4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --format md or --format pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no incident #%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s) attached to incident #%1</source>
        <translation>
            <numerusform>%n event attached to incident #%1</numerusform>
            <numerusform>%n events attached to incident #%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) detached from incident #%1</source>
        <translation>
            <numerusform>%n event detached from incident #%1</numerusform>
            <numerusform>%n events detached from incident #%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Note #%1 added to incident #%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents: open, attach events, note, mitigate, resolve, export</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KamalConfigReader</name>
    <message>
        <source>guessed: Kamal's default SSH user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>primary_role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the containers Kamal keeps are Kamal releases, which this OpsDeck does not read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accessories are containers OpsDeck has no setting for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it concerns building and deploying, which OpsDeck does not do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no fleet configuration setting corresponds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>service %1 is not mapped: the file has no servers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: deploy.yml without a destination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>destination %1 is not a name OpsDeck accepts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host tags are not mapped: they select Kamal environment variables</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: kamal-proxy answers only for %1, so this reaches whichever host that name resolves to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: Kamal's default health path /up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>servers is not mapped: expected a list of hosts or a mapping of roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role settings are Kamal's container settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>role %1 is not mapped: expected a list of hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh is not mapped: expected a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh user %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh port is not mapped: expected a port number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh keys are not mapped: expected a list of key files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>key file is not mapped: OpsDeck takes one identity file per host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck reads keys from files or ssh-agent only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy is not mapped: expected a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy host %1 is not mapped: not a host name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>proxy host is not mapped: the health check uses the first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal-proxy's own setting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck is not mapped: expected a mapping</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>healthcheck path %1 is not mapped: not a URL path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh proxy %1 is not mapped: expected [user@]host[:port]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: Kamal's ssh proxy, used as the jump host of the others</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kamal checks the container's own port, which the host does not publish</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kamal's own health check timing; OpsDeck polls at health_interval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the versions are read from the hosts' containers (strategy: kamal), not from the image name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: kamal-proxy answers only for %1, so this reaches whichever host that name resolves to; Kamal's default health path /up</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KamalControl</name>
    <message>
        <source>the app '%1' has no kamal_control</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the destination '%1' is not a Kamal destination name</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KamalStrategy</name>
    <message>
        <source>the host did not list its containers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no container of the app is running</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n containers of the app are running: %1</source>
        <translation>
            <numerusform>%n containers of the app are running: %1</numerusform>
            <numerusform>%n containers of the app are running: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>kamal-proxy is not on this host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal-proxy is %1, not running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switch as kamal rollback does (only if %1 still runs): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This roll-forward does not revert volumes, accessories (databases, Redis) or the environment and secrets the containers read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This rollback does not revert volumes, accessories (databases, Redis) or the environment and secrets the containers read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KnownHosts</name>
    <message>
        <source>no file name is configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host name is empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host name is longer than 255 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host name may contain only letters, digits, '.', '-', '_', ':' and '%'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of %1 is known: line %2 of %3 records %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host %1 is not in the known_hosts file %2; the server offered %3. Compare this fingerprint with one obtained another way before trusting it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The host key of %1 has changed: known_hosts line %2 of %3 records %4, the server offered %5. Refusing to connect before authenticating; if the change is expected, remove the old key with: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 offered a key of a type not on record, %2; known_hosts line %3 of %4 records %5 for it. OpenSSH treats this as a changed host key: trust the new key only after comparing its fingerprint with one obtained another way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server %1 offered the key %2, which known_hosts line %3 of %4 marks as revoked. Refusing to connect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the known_hosts file %1: %2. Refusing to connect to %3 without checking its host key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record a host key for '%1': %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record a host key for port %1: a port is a number from 1 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record the host key of %1: no known_hosts file is configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record the host key of %1 in %2: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot record the host key of %1: the key is not a well-formed public key of type '%2'.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LocaleFormat</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number with the locale's decimal separator. German: "%1 %".</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds ("42 s"; seconds() gives it one decimal: "1.5 s").</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>cannot create the outbox directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open the outbox %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use the outbox %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write to the outbox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the outbox: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot update the outbox: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostgresEventStore</name>
    <message>
        <source>the store's connection string is not valid: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no OpsDeck schema; its owner can create it: opsdeck db migrate --store URI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an OpsDeck user of %2; an admin can run: opsdeck db grant %1 operator --store URI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has schema version %2, older than this OpsDeck (%3); run: opsdeck db migrate --store URI</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has schema version %2, newer than this OpsDeck understands (%3); upgrade OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not connected to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an event needs a kind and a summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid details key '%1'</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostgresSchema</name>
    <message>
        <source>the database's encoding is %1; the team store needs a UTF8 database (CREATE DATABASE … ENCODING 'UTF8')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the database has schema version %1, newer than this OpsDeck understands (%2); upgrade OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a login name of 1 to 63 characters is needed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only members of opsdeck_admin may grant or revoke OpsDeck roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown role '%1'; use operator, lead, admin or signer:ROLE</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RailsPlanReader</name>
    <message>
        <source>an environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>hosts is not mapped: expected a list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not mapped: expected a list of commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck does not deploy, so it has no branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a key of the Rails plan's deploy.yml that OpsDeck reads</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: the app is named after the last directory of its path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: a Capistrano layout (releases/ and current) under the path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health URL %1 is not mapped: the environment restarts no service to attach it to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on the host itself, reached at its address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked after the restarts, so given to the first service restarted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>guessed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment %1 is not mapped: it names no host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>environment %1 is not mapped: none of its hosts could be read, so its services, health URLs and app are left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command is not mapped: it has %1, and OpsDeck reads only plain commands</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is not mapped: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command %1 is not mapped: OpsDeck runs no deploy steps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>command is not mapped: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseInventory</name>
    <message>
        <source>a release name must be 1–128 letters, digits, '.', '_', '+' or '-', starting with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a release name must not contain '..'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release %1 is not on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release %1 on %2 is incomplete: no REVISION file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release %1 on %2 has links that do not resolve: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release %1 is marked bad; unmark it first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release %1 is already current on every host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not reached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current differs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current does not resolve to a release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>release %1 missing on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no resolvable current on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>release, hosts</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseInventoryReader</name>
    <message>
        <source>no environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no app '%1' in %2 (there are: %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>app '%1' on %2 uses the strategy '%3', which this OpsDeck cannot read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown release strategy '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the connection was stopped before the host answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the inventory exited with %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseMarks</name>
    <message>
        <source>Release %1 of %2/%3 marked bad: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release %1 of %2/%3 no longer marked bad: %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseRollback</name>
    <message>
        <source>no host of %1/%2 to switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current on %1 does not resolve to a release (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has only %2 MiB free</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>roll-forward of %1/%2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollback of %1/%2 to %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the release marks cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not part of the plan; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switching current to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; current may or may not point to %2 now: list the releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the switch exited with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped after the switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped during the switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>restarting %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switched to %1, and the restart of %2 may or may not have happened (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switched to %1, but restarting %2 failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped during the restarts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switched to %1, not verified within %2 s: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>switched to %1, but unit %2 failed (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 still runs the old process (PID %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health %1 %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 reports version %2, not %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped during verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rolled back to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2 uses the release strategy '%3', which this OpsDeck cannot switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot switch: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is current, health passing for %2 s</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>This roll-forward does not revert %n migration(s): %1.</source>
        <translation>
            <numerusform>This roll-forward does not revert %n migration: %1.</numerusform>
            <numerusform>This roll-forward does not revert %n migrations: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This rollback does not revert %n migration(s): %1.</source>
        <translation>
            <numerusform>This rollback does not revert %n migration: %1.</numerusform>
            <numerusform>This rollback does not revert %n migrations: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the switch does not revert %n migration(s): %1; acknowledge it to go ahead</source>
        <translation>
            <numerusform>the switch does not revert %n migration: %1; acknowledge it to go ahead</numerusform>
            <numerusform>the switch does not revert %n migrations: %1; acknowledge it to go ahead</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is current, services restarted, health passing for %2 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal rollback cannot be run: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking that %1 can run kamal rollback in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the check exited with %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the control host %1 cannot run kamal rollback: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped while the control host was checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>waiting for kamal rollback on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped during kamal rollback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal rollback could not be run on %1 (%2); nothing changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading which version runs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal rollback on %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kamal rollback on %1 exited with %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; which version %2 runs now could not be read: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 runs no single version now: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 runs %3 (switched), not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 still runs %3, nothing changed here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; %2 runs %3, neither %4 nor %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped after kamal rollback</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReleaseVerb</name>
    <message>
        <source>%1/%2 (%3, %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RELEASE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>REVISION</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[marked bad]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: ignored a release directory with an unsafe name: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drift: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rollback would go to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no rollback target: no older release is complete on every host and unmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: cannot read release marks: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: %1 has no apps</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: name the app as ENV/APP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --batch must be ≥ 1 and --verify-timeout ≥ 1 (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every action is recorded with why it was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no rollback of %1/%2 is recorded to go forward from; name the release with --to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no release to roll back to: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no older release is complete on every host and unmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to revert the switched hosts: opsdeck release forward %1/%2 --to %3%4 --reason …</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: name the app as ENV/APP and the release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every mark is recorded with why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2/%3 is already marked bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2/%3 is not marked bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (recorded with the action).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The release to switch to (default: the newest older release on every host).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this host (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts at a time (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for every service and health check to pass (default 60).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go ahead although the switch leaves migrations in place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment name, for environments with typed confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output (list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: unknown release command '%1'
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: no environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases on every host and drift; roll back or forward with verification; mark a release bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (--acknowledge-migrations)</source>
        <comment>why the switch is refused</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not attempted, on %2</source>
        <comment>host, release</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: release unknown: list the releases</source>
        <comment>host</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: on %2</source>
        <comment>host, release</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RemoteValueRules</name>
    <message>
        <source>a name may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name may have at most 63 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name must start with a letter or digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a name may contain only letters, digits, '-', '_' and '.'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host address may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host address may not start with '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not a valid IPv6 address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host name may have at most 253 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>each part of a host name must have 1 to 63 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a part of a host name may not start or end with '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a host name may contain only letters, digits, '-', '_' and '.'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a user name may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a user name may have at most 32 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a user name must start with a lower-case letter or '_'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a user name may contain only lower-case letters, digits, '_' and '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a unit name may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a unit name may have at most 255 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a unit name may not start with '-'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a unit name may contain only letters, digits and ':', '-', '_', '.', '\', '@'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a unit name must end in a unit type such as .service, .socket or .timer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a unit name needs a name before its type suffix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a path may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a remote path must be absolute (start with '/')</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a path may have at most 4096 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a path may not contain control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a path may not contain quotes, '\', '$', '`', ';', '&amp;', '|', '&lt;', '&gt;', '*' or '?'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a path may not contain a '..' component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pattern may not be empty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pattern matches file names and may not contain '/'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pattern may not contain control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a pattern may contain only letters, digits, '.', '-', '_', '+', '*' and '?'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a command argument may not contain control characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a command argument may have at most 4096 bytes</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SampleHistoryFile</name>
    <message>
        <source>unknown SQLite error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was written by a newer OpsDeck (history version %2); the window keeps no history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the history in %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the history file is not open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceAction</name>
    <message>
        <source>there is no environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no host of %1 runs a service '%2'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>host '%1' of %2 does not run '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the batch size must be at least 1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck is shutting down</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>running %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1; the %2 may or may not have happened: re-check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exited with status %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the SSH session stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not verified within %1 s: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is not loaded on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is still %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reading the state of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 was not attempted: the state of %2 could not be read first (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the %1 was not attempted: the SSH session stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 entered the failed state (%2) %3 s after the %4: it did not stay up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 has not restarted: it is the same run as before the restart (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 was started again by itself (%2, then %3): it does not stay up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>up; watching that it stays up for %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no health check configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health passing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 is active (%2) with %3 for %4, but whether it restarted cannot be told: there is no record of its state before the restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 restarted (PID %2 → %3) and stayed active for %4, %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unit %1 active (PID %2) for %3, %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (after %2 s up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2/%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a host of this action</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServiceVerb</name>
    <message>
        <source>opsdeck: no environment '%1' (there are: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: nothing runs '%1' in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>HOST</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SERVICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>UNIT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SUB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SINCE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: logs need ENV/SERVICE and exactly one --host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: host '%1' of %2 does not run '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: name the service as ENV/SERVICE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: every action is recorded with why it was done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this host (repeatable).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why (recorded with the action).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm without asking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment name, for environments with typed confirmation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts at a time in a rolling action (default 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds between batches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds to wait for the unit and health to pass (default 60).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log lines (default 200).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output (show).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: unknown service command '%1'
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 locked by %2 (console %3) since %4, until %5: %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: unlock needs ENV/SERVICE, exactly one --host and a --reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: the lock on %1 was not broken: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --batch must be ≥ 1, --pause ≥ 0, --verify-timeout ≥ 1 and --stable ≥ 0 (seconds)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds the unit must then stay up with health passing (default 10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show systemd state; restart, start, stop or reload with verification; read logs; see and break locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2/%3 on %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqliteEventStore</name>
    <message>
        <source>the Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot use %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot lock %1 for migration: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create the migrations table: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the schema version: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has schema version %2, newer than this OpsDeck understands (%3); upgrade OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record migration %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot commit the migration: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an event needs a kind and a summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot record the event: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read events: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot lock the store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot commit the lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>invalid details key '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the store's identity: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lock needs a target, a console and a lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a lock needs a lifetime</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not break a lock: it takes the role opsdeck_lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>breaking a lock needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no lock on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the lock on %1 changed meanwhile; look again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no approval request %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the approval request %1 changed meanwhile; look again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the plan does not match its hash</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no OpsDeck role %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an approval request lives from 1 s to a day, not %1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an approval request needs an environment, an action, a title and a console</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 requested this approval and may not decide it: a second person must</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 may not decide this approval: it takes the role %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the approval request %1 is %2 already</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the approval request %1 expired at %2 and can no longer be decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the decision is for plan %1, but the request is for plan %2: look at its plan again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>deciding an approval needs a reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>only the console that asked for approval %1 may close it</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>jump host %1 could not open a connection to %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create a socket pair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot create an SSH session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot connect to %1 (%2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent no usable host key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host key of %1 was trusted but could not be recorded: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh-agent (not running: SSH_AUTH_SOCK is not set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh-agent (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh-agent (no key accepted)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (encrypted; no passphrase given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (wrong passphrase)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (not a readable private key)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (denied)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no identity file (none configured, none of ~/.ssh/id_ed25519, id_ecdsa, id_rsa exists)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 refused authentication; tried: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the command did not finish within %2 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the command ended without an exit status (killed by a signal?)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
[opsdeck: output cut at %1 bytes]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not tried; waited %2 s for a turn in the console's own connection queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the session was stopped while its host key waited to be trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the SFTP subsystem is not available: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>permission denied reading %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 (SFTP status %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the listing took longer than %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the directory has more than %1 entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>more than %1 names match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection to %1 lost while listing %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a regular file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the host did not say the size of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot truncate %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 sent nothing for %2 s while %3 was downloaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection to %1 lost while downloading %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 (SFTP status %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read the attributes of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot request data of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection to %1 lost before the command started: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection to %1 lost while the command ran (its outcome is unknown): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>connection to %1 lost at the end of the command (its outcome is unknown): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>jump host %1: %2</source>
        <comment>the jump host, what failed there</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SshEngine</name>
    <message>
        <source>'%1' is not a host of the configuration</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>HostName '%1' in the SSH client configuration: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User '%1' in the SSH client configuration: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1 in the SSH client configuration is out of range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ProxyJump '%1' in the SSH client configuration: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ProxyJump '%1' in the SSH client configuration has no valid port</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>an SQLite store needs an absolute path: sqlite:///path/to/opsdeck.db</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown store '%1'; use sqlite:///PATH, postgresql://… or a libpq connection string (host=… dbname=…)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreSession</name>
    <message>
        <source>opsdeck: cannot open the store: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: cannot read the incidents: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StoreVerbs</name>
    <message>
        <source>opsdeck: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is at schema version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: migration failed, nothing changed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>applied %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema already at version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema now at version %1 (was %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: roles exist only in a PostgreSQL team store; pass --store postgresql://…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 now holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 no longer holds %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store:   %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema:  version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>you are: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no OpsDeck role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>events:  %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>audit log intact: %n row(s) verified, last %1 %2</source>
        <translation>
            <numerusform>audit log intact: %n row verified, last %1 %2</numerusform>
            <numerusform>audit log intact: %n rows verified, last %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>audit log TAMPERED: %n finding(s) in %1 rows</source>
        <translation>
            <numerusform>audit log TAMPERED: %n finding in %1 rows</numerusform>
            <numerusform>audit log TAMPERED: %n findings in %1 rows</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: opsdeck db migrate [--store URI]
       opsdeck db grant LOGIN operator|lead|admin|signer:ROLE [--store URI]
       opsdeck db revoke LOGIN operator|lead|admin|signer:ROLE [--store URI]
       opsdeck db status [--store URI]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: unknown role '%1'; use operator, lead, admin or signer:ROLE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create or upgrade the team store's schema and roles; grant or revoke operator, lead, admin or a sign-off role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>store id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the store is anchored anew (recorded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --reason TEXT is required: anchoring anew is recorded in the store's audit log</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>opsdeck: not anchored: the audit log itself is not intact (%n finding(s))</source>
        <translation>
            <numerusform>opsdeck: not anchored: the audit log itself is not intact (%n finding)</numerusform>
            <numerusform>opsdeck: not anchored: the audit log itself is not intact (%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>opsdeck: not anchored: the store must record it and did not: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: not anchored: the audit log changed while anchoring; verify it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>anchored store %1 at row %2 (%3); recorded as event %4</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>audit log NOT THE ANCHORED STORE: %n row(s) of another store verified</source>
        <translation>
            <numerusform>audit log NOT THE ANCHORED STORE: %n row of another store verified</numerusform>
            <numerusform>audit log NOT THE ANCHORED STORE: %n rows of another store verified</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the audit log's hash chain; exits 1 when rows were edited, deleted, inserted or reordered, or when the store is not the one anchored at its location. anchor: accept this store anew (recorded).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TerminalPrompts</name>
    <message>
        <source>The authenticity of host %1 (%2) can't be established.
%3 key fingerprint is %4.
Compare it with the one the host's administrator gives you (ssh-keygen -lf on the host).
Trust this key and record it in %5? Type 'yes' to trust: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for %1 (to log in to %2): </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To check its fingerprint and trust it, run: opsdeck trust %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineEvents</name>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pinned #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unpinned #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident opened (%1): %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached #%1 to incident #%2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detached #%1 from incident #%2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 mitigated: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 resolved: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 reopened: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Generated by OpsDeck %1 at %2. Times are the store's clock in UTC; rows are in the store's strict order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No events.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>could not render %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineReport</name>
    <message>
        <source>%1 (from the opening)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Impact started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mitigated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to detect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to mitigate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time to resolve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>about #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached events not found in the store: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline %1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Only the first %n event(s) of the range are included; narrow the range for the rest.</source>
        <translation>
            <numerusform>Only the first %n event of the range are included; narrow the range for the rest.</numerusform>
            <numerusform>Only the first %n events of the range are included; narrow the range for the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineVerb</name>
    <message>
        <source>opsdeck: cannot read the timeline: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s) written to %1</source>
        <translation>
            <numerusform>%n event written to %1</numerusform>
            <numerusform>%n events written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>opsdeck: the range has more than %1 events; only the first %1 were exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From this time (inclusive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until this time (exclusive).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this environment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this host.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only this kind or family of kinds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only what this person (or OpsDeck) did.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only events whose summary, kind, host, service or actor contains this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At most this many events, the newest (default 100).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON output.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: md or pdf.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export: the file to write ('-': Markdown to standard output).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unexpected '%1'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1: '%2' is not a time (ISO 8601, or 15m, 2h, 1d ago)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--since must be before --until</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --format md or --format pdf</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs -o FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>export needs --since (a range, not the whole history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--format and -o are for 'opsdeck timeline export'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--limit must be 1 to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the newest %1 matching events; --limit or --since for more)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every event in order, filtered; export a time range as Markdown or PDF</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrustVerb</name>
    <message>
        <source>A host of the configuration.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: opsdeck trust HOST [--config FILE] [--store URI]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: '%1' is not a host of the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: host key recorded in %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: host key already trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show a host's SSH key fingerprint and, if you confirm, record it in known_hosts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>opsdeck: unknown verb '%1'

</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opsdeck: --area must be one of: %1
</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::AlertEngine</name>
    <message>
        <source>Alert acknowledged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 alert: %2%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert resolved: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n alert event(s) of %1 not recorded: more than %2 in a minute</source>
        <translation>
            <numerusform>%n alert event of %1 not recorded: more than %2 in a minute</numerusform>
            <numerusform>%n alert events of %1 not recorded: more than %2 in a minute</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::AlertListModel</name>
    <message>
        <source>✖ critical</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲ warning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suppressed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::AlertsPanel</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ApprovalsDialog</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why you approve or decline (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Requests waiting for a second person's approval:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The requests cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — requested by %2, expires %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No request is waiting for approval.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1
Requested by %2 at %3; expires at %4.
Environment: %5
Hosts, in order: %6
Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details: %1
Plan: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This request's plan does not match its hash; it cannot be approved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Declined: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — requested by %2 (yours: another person must approve it), expires %3</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::AttachDialog</name>
    <message>
        <source>Attach to Incident</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Attach %n Event(s)</source>
        <translation>
            <numerusform>Attach %n Event</numerusform>
            <numerusform>Attach %n Events</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::BackupDownloadDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the SHA-256 of %1 on %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Canceling; the part downloaded so far is kept…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Downloading %1 from %2: %3 of %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::BackupFileModel</name>
    <message>
        <source>… verifying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— not a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◌ not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ CHANGED since first verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not part of a set)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modified (host)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::BackupHostModel</name>
    <message>
        <source>… listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ not listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ stale: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ stale: %1 old (RPO %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ fresh: %1 old (RPO %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 verified within %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ %1 of %2 verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◌ %1 of %2 verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>INCOMPLETE (no %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SMALL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verify FAILED</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set %1 finished %2 (host clock): %3
%4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Freshness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set −%1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✖ %n failed, %1 of %2 verified within %3</source>
        <translation>
            <numerusform>✖ %n failed, %1 of %2 verified within %3</numerusform>
            <numerusform>✖ %n failed, %1 of %2 verified within %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n failed, %1 of %2 verified</source>
        <translation>
            <numerusform>✖ %n failed, %1 of %2 verified</numerusform>
            <numerusform>✖ %n failed, %1 of %2 verified</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ stale: verified set %1 old (RPO %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ fresh: verified set %1 old (RPO %2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::BackupRollupBar</name>
    <message numerus="yes">
        <source>✖ %n stale</source>
        <translation>
            <numerusform>✖ %n stale</numerusform>
            <numerusform>✖ %n stale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>◌ %n unverified</source>
        <translation>
            <numerusform>◌ %n unverified</numerusform>
            <numerusform>◌ %n unverified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n listing</source>
        <translation>
            <numerusform>… %n listing</numerusform>
            <numerusform>… %n listing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n fresh, verified</source>
        <translation>
            <numerusform>✔ %n fresh, verified</numerusform>
            <numerusform>✔ %n fresh, verified</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 backups: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n backup location(s) in %1; open the Backups area</source>
        <translation>
            <numerusform>%n backup location in %1; open the Backups area</numerusform>
            <numerusform>%n backup locations in %1; open the Backups area</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::BackupsPanel</name>
    <message>
        <source>&amp;Refresh listing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Verify file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify &amp;set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listing every backup location again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ The verification results of %1 could not be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host of this configuration has backups configured.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… listing over SFTP</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Retention: %1; the policy deletes %n file(s)</source>
        <translation>
            <numerusform>Retention: %1; the policy deletes %n file</numerusform>
            <numerusform>Retention: %1; the policy deletes %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retention %1: the next run's find -mtime +%2 deletes %n file(s)</source>
        <translation>
            <numerusform>Retention %1: the next run's find -mtime +%2 deletes %n file</numerusform>
            <numerusform>Retention %1: the next run's find -mtime +%2 deletes %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup locations configured.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… listing %n location(s)</source>
        <translation>
            <numerusform>… listing %n location</numerusform>
            <numerusform>… listing %n locations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n location(s) fresh</source>
        <translation>
            <numerusform>✔ %n location fresh</numerusform>
            <numerusform>✔ %n locations fresh</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a backup location above first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This location has no 'command' configured: OpsDeck does not know how to run its backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup run is under way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run the location's command through the guarded path; verified only by a new complete set that passes integrity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a file in the list below first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decompress or list the file on its host and record the result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify every file of the selected file's set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected file is not part of a set</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ %1 verified: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ %1 failed verification: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ The verification stopped before it finished (the host's session closed).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Verifying %n file(s) on %1…</source>
        <translation>
            <numerusform>Verifying %n file on %1…</numerusform>
            <numerusform>Verifying %n files on %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>no environment '%1'</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✖ %n stale location(s) of %1: %2</source>
        <translation>
            <numerusform>✖ %n stale location of %1: %2</numerusform>
            <numerusform>✖ %n stale locations of %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ %n location(s) fresh, %1 still listing</source>
        <translation>
            <numerusform>✔ %n location fresh, %1 still listing</numerusform>
            <numerusform>✔ %n locations fresh, %1 still listing</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A download is under way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download the file over SFTP; its SHA-256 is compared with the host's sha256sum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download %1 to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 exists. Replace it with %2 from %3?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not replaced; nothing was downloaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Download of %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start &amp;drill…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This location has no 'drill' target configured: OpsDeck does not know where to restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup run or drill is under way.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the selected dump (or the newest verified complete set's) into a scratch database of the drill target, time it against the RTO, count the rows and drop the scratch database</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore drill: no drill target configured (drill: in the configuration).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore drill: the recorded drills cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Newest restore drill %1 %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore drill: none recorded yet (RTO %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backup locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of the selected backup location</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✔ Newest restore drill %1: %2 restored in %3, within the RTO of %4; %n table(s), %5 rows</source>
        <translation>
            <numerusform>✔ Newest restore drill %1: %2 restored in %3, within the RTO of %4; %n table, %5 rows</numerusform>
            <numerusform>✔ Newest restore drill %1: %2 restored in %3, within the RTO of %4; %n tables, %5 rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ Newest restore drill %1: %2 restored in %3, PAST the RTO of %4; %n table(s), %5 rows</source>
        <translation>
            <numerusform>⚠ Newest restore drill %1: %2 restored in %3, PAST the RTO of %4; %n table, %5 rows</numerusform>
            <numerusform>⚠ Newest restore drill %1: %2 restored in %3, PAST the RTO of %4; %n tables, %5 rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter by host, location, label or state…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the backup locations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only backup locations with a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only locations that are stale, not listed, without a complete set or with a failed verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup location matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup location has a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No backup location with a problem matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::BulkHostKeyDialog</name>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OpsDeck has never connected to these hosts.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Compare each fingerprint with the one the host's administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub&lt;/tt&gt; on the host). Trusted keys are recorded in each host's known_hosts file, one by one, exactly as if each had been trusted alone; a host whose key later changes is refused. Hosts whose recorded key changed or was revoked are never listed here: they stay refused.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown host keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of host keys to trust</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refuse All</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n unknown host key(s)</source>
        <translation>
            <numerusform>%n unknown host key</numerusform>
            <numerusform>%n unknown host keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To trust all %n host key(s) listed, type %n:</source>
        <translation>
            <numerusform>To trust all %n host key listed, type %n:</numerusform>
            <numerusform>To trust all %n host keys listed, type %n:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Trust These %n</source>
        <translation>
            <numerusform>&amp;Trust These %n</numerusform>
            <numerusform>&amp;Trust These %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ChecklistItemModel</name>
    <message>
        <source>%1 (%2/%3 required)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticked by a holder of the role %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked automatically: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>automatic: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment or evidence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>checked by hand here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own check: none yet (a signature needs it)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own check: failed at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own check: passed at %1; it counts for your signature until %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>passed — %1 (recorded by %2 at %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed — %1 (recorded by %2 at %3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's own check: passed at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1's own check: failed at %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ChecklistPlanDialog</name>
    <message>
        <source>Change Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1: %2 for %3 %4 on %5.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the plan changes (required; recorded with the change)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Changing the plan voids %n signature(s): %1. They stay in the record as voided; the new plan needs to be signed again.</source>
        <translation>
            <numerusform>Changing the plan voids %n signature: %1. They stay in the record as voided; the new plan needs to be signed again.</numerusform>
            <numerusform>Changing the plan voids %n signatures: %1. They stay in the record as voided; the new plan needs to be signed again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic evidence is reset; ticks of items that did not change stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The template changed since the run started: the new plan uses it as it is today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hosts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check at least one host: a run without hosts would approve nothing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ChecklistRunListModel</name>
    <message>
        <source>%1/%2 required, %3 signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ChecklistRunView</name>
    <message>
        <source>&amp;Tick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Untick</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run &amp;checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment (a reason is needed to untick or revoke)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ticking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unticking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Running every automatic check…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoking…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No checklist run selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts: %1 · plan %2 · started %3 by %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan SHA-256: %1
Run: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (complete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a run first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed — valid until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voided by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an item first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick the selected item with the comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the reason first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Untick the selected item; the comment is the reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run was voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run every automatic check of this run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This run asks for no signature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign as %1 for plan %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a signature first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke the selected signature; the comment is the reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Void run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this run as Markdown or PDF: plan, items, evidence, signatures and history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the release or the hosts of this run; its signatures are voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void this run: it then approves nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing the plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voiding the run…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run %1 voided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Checklist Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Plan changed: %1 on %2; %n signature(s) voided.</source>
        <translation>
            <numerusform>Plan changed: %1 on %2; %n signature voided.</numerusform>
            <numerusform>Plan changed: %1 on %2; %n signatures voided.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan changed: %1 on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded. Checked by hand here (not run by this console): %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked by hand here: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interrupted before it finished (the store or an SSH session stopped); nothing more was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment on the item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign as role</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ChecklistSignatureModel</name>
    <message>
        <source>valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked by %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>voided: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ChecklistVoidDialog</name>
    <message>
        <source>Void Checklist Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void run %1, %2 for %3 %4?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A voided run approves nothing and cannot be ticked, signed or changed again. It stays in the record with the reason.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Its %n valid signature(s) are voided too.</source>
        <translation>
            <numerusform>Its %n valid signature are voided too.</numerusform>
            <numerusform>Its %n valid signatures are voided too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why the run is voided (required; recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Void Run %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ChecklistsPanel</name>
    <message>
        <source>Start &amp;run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release (version, tag or release directory)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store is not open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No checklist template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No configuration loaded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the release first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the checklist runs: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has no hosts in the configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick at least one host (Hosts…): a run without hosts would approve nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n host(s)…</source>
        <translation>
            <numerusform>All %n host…</numerusform>
            <numerusform>All %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 only…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)…</source>
        <translation>
            <numerusform>%1 of %n host…</numerusform>
            <numerusform>%1 of %n hosts…</numerusform>
        </translation>
    </message>
    <message>
        <source>The environment has no hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run covers %1. Click to pick hosts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a run of this checklist for this release on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not started: pick at least one host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release to sign off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checklist runs</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::CommandPalette</name>
    <message>
        <source>Go to or do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Type an area, environment, host, service, app, backup or action:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search areas, hosts, services and actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. restart web host-001</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching areas, hosts, services and actions</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::CommandPaletteModel</name>
    <message>
        <source>Restart %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Host %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart %1 on all hosts (rolling)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Run backup %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, %2, shortcut %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to or do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ConfigErrorModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ConfigPanel</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No configuration file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a fleet configuration (YAML) to see your environments, hosts and services. docs/config.md describes the format; opsdeck-fleet writes one for the sandbox fleet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ Loaded at %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;Alert thresholds&lt;/b&gt;: response time over %1 warns; memory over %2 %; CPU over %3 % for %4; free disk under %5 %; backups older than %6.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file (the first %1 are listed); the last good configuration stays in use.</source>
        <translation>
            <numerusform>✖ %n error in the file (the first %1 are listed); the last good configuration stays in use.</numerusform>
            <numerusform>✖ %n errors in the file (the first %1 are listed); the last good configuration stays in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file (the first %1 are listed); no configuration is in use.</source>
        <translation>
            <numerusform>✖ %n error in the file (the first %1 are listed); no configuration is in use.</numerusform>
            <numerusform>✖ %n errors in the file (the first %1 are listed); no configuration is in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file; the last good configuration stays in use.</source>
        <translation>
            <numerusform>✖ %n error in the file; the last good configuration stays in use.</numerusform>
            <numerusform>✖ %n errors in the file; the last good configuration stays in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n error(s) in the file; no configuration is in use.</source>
        <translation>
            <numerusform>✖ %n error in the file; no configuration is in use.</numerusform>
            <numerusform>✖ %n errors in the file; no configuration is in use.</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration errors</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ConnectionJournal</name>
    <message numerus="yes">
        <source>%n reconnected within %1 s</source>
        <translation>
            <numerusform>%n reconnected within %1 s</numerusform>
            <numerusform>%n reconnected within %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreachable</source>
        <translation>
            <numerusform>%n unreachable</numerusform>
            <numerusform>%n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still retrying (not confirmed)</source>
        <translation>
            <numerusform>%n still retrying (not confirmed)</numerusform>
            <numerusform>%n still retrying (not confirmed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not tried yet</source>
        <translation>
            <numerusform>%n not tried yet</numerusform>
            <numerusform>%n not tried yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) connected in %1 s</source>
        <translation>
            <numerusform>%n host connected in %1 s</numerusform>
            <numerusform>%n hosts connected in %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of %n host(s) connected</source>
        <translation>
            <numerusform>None of %n host connected</numerusform>
            <numerusform>None of %n hosts connected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) connected in %2 s</source>
        <translation>
            <numerusform>%1 of %n host connected in %2 s</numerusform>
            <numerusform>%1 of %n hosts connected in %2 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) lost their SSH connection and reconnected within %1 s</source>
        <translation>
            <numerusform>%n host lost their SSH connection and reconnected within %1 s</numerusform>
            <numerusform>%n hosts lost their SSH connection and reconnected within %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n host(s) lost their SSH connection: %1</source>
        <comment>how many, then a list of what became of them</comment>
        <translation>
            <numerusform>%n host lost their SSH connection: %1</numerusform>
            <numerusform>%n hosts lost their SSH connection: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::ConsoleApp</name>
    <message>
        <source>Charts keep no history across restarts: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::DashboardPanel</name>
    <message>
        <source>Check &amp;now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All environments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;No result yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 — %3&lt;br&gt;&lt;small&gt;%4 · HTTP %5 · %6 ms · %7 format&lt;/small&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (worst: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>all checks pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time (ms)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CPU %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Memory used %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disk used % (fullest mount)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 of %n host</numerusform>
            <numerusform>%1 of %n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by host, service, label or state…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the health tree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only problems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only services that fail, warn, are unknown or have no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health of environments, hosts and services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Components of the selected entry and why they fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host or service matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service has a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service with a problem matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::FleetPanel</name>
    <message>
        <source>Filter environments, hosts, services, units…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Select an environment, host or service to see its configuration.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>systemd unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands via</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the login user</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&lt;br&gt;format %2, every %3, timeout %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ssh-agent, then ~/.ssh/config</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Known hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Jump host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>App %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&lt;br&gt;%2 releases, keep %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1&lt;br&gt;%2&lt;br&gt;RPO %3, retention %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>type the environment name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>click to confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Second-person approval</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed checklist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environments, hosts and services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration of the selected entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only hosts with a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only hosts that are unreachable or being retried, with their services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host has a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No host with a problem matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::FleetTreeModel</name>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n host</numerusform>
            <numerusform>%n hosts</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not tried yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::GuardedActionDialog</name>
    <message>
        <source>Confirm: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; on %n host(s):&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;OpsDeck takes a lock others can see, runs it, and reports success only once the unit is active and its health checks pass.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; on %n host:&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;OpsDeck takes a lock others can see, runs it, and reports success only once the unit is active and its health checks pass.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt; on %n hosts:&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;OpsDeck takes a lock others can see, runs it, and reports success only once the unit is active and its health checks pass.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (recorded in the timeline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hosts at a time:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taking the locks and checking every host…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This action cannot go ahead: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this does not undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands it will run:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commands it will run</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::GuiPrompts</name>
    <message>
        <source>Key passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase for %1
(to log in to %2; OpsDeck does not store it):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::HealthComponentModel</name>
    <message>
        <source>Component</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::HealthCountsBar</name>
    <message>
        <source>Services by health, per environment</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1, %2: %n service(s)</source>
        <comment>environment, state: count</comment>
        <translation>
            <numerusform>%1, %2: %n service</numerusform>
            <numerusform>%1, %2: %n services</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every service again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only the services of %1 in state: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 %Ln fail</source>
        <comment>symbol, how many services fail</comment>
        <translation>
            <numerusform>%1 %Ln fail</numerusform>
            <numerusform>%1 %Ln fail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln warn</source>
        <comment>symbol, how many services warn</comment>
        <translation>
            <numerusform>%1 %Ln warn</numerusform>
            <numerusform>%1 %Ln warn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln unknown</source>
        <comment>symbol, how many services are unknown</comment>
        <translation>
            <numerusform>%1 %Ln unknown</numerusform>
            <numerusform>%1 %Ln unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln no data</source>
        <comment>symbol, how many services have no data</comment>
        <translation>
            <numerusform>%1 %Ln no data</numerusform>
            <numerusform>%1 %Ln no data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln pass</source>
        <comment>symbol, how many services pass</comment>
        <translation>
            <numerusform>%1 %Ln pass</numerusform>
            <numerusform>%1 %Ln pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::HealthService</name>
    <message>
        <source>%1/%2/%3 is %4: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1/%2/%3: %4 → %5%6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::HealthTreeModel</name>
    <message>
        <source>no data: the last result is too old</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◌ no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>▲ warn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment / host / service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::HostChooser</name>
    <message>
        <source>&amp;All</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check every host shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncheck every host shown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The environment has no hosts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>All %n host(s)</source>
        <translation>
            <numerusform>All %n host</numerusform>
            <numerusform>All %n hosts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s)</source>
        <translation>
            <numerusform>%1 of %n host</numerusform>
            <numerusform>%1 of %n hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::HostKeyDialog</name>
    <message>
        <source>Unknown host key: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OpsDeck has never connected to %1 (%2).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Its %3 host key has this fingerprint:&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Compare it with the fingerprint the host's administrator gives you (&lt;tt&gt;ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub&lt;/tt&gt; on the host). If they match, trust it: OpsDeck records it in &lt;tt&gt;%2&lt;/tt&gt; and will refuse this host if the key ever changes.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trust and Connect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refuse</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::HostPickerDialog</name>
    <message>
        <source>Hosts of the Run</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The run approves the release on the hosts checked here, and its automatic checks look at them only. Hosts of %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check at least one host: a run without hosts would approve nothing.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ImportDialog</name>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Deploy Files</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>Not mapped (%1): parts of the files with no place in a fleet configuration</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Nothing to save: the files could not be imported (%n error(s))</source>
        <translation>
            <numerusform>Nothing to save: the files could not be imported (%n error)</numerusform>
            <numerusform>Nothing to save: the files could not be imported (%n errors)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Values marked "guessed" were not in the files: check them before saving.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save Fleet Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved to %1: open it with File → Open Configuration.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::IncidentListModel</name>
    <message>
        <source>● open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>◐ mitigated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::IncidentsPanel</name>
    <message>
        <source>Mark &amp;Mitigated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Detach Event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The impact has stopped (the cause may still be there)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It is not over: open the incident again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detach the selected event from the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline of the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suggested: events within 30 minutes, not attached yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the incidents: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read incident #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading incident #%1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No incident yet. Open one from the Timeline: select the events that show the problem and press Open Incident.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading incidents…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>opened %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>resolved %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach this event to the incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cause is fixed: close the incident (leads only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 could not be marked %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 is %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>incident #%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Incident as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export Incident as Markdown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;td&gt;Impact started&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detected&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Time to detect&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to mitigate&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to resolve&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt; (from the opening: no health or alert event attached)&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;table cellspacing="6"&gt;&lt;tr&gt;&lt;td&gt;Impact started&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Detected&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Time to detect&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to mitigate&lt;/td&gt;&lt;td&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Time to resolve&lt;/td&gt;&lt;td&gt;&lt;b&gt;%5&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incident's report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events suggested for this incident</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::MainWindow</name>
    <message>
        <source>OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Configuration…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reload Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fleet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;OpsDeck %1&lt;/h3&gt;&lt;p&gt;An operations console: fleet health, service controls, rollback, backups, deployment sign-off and one incident timeline.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open Fleet Configuration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No configuration loaded</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ %1 has %n error(s); using the last good configuration</source>
        <translation>
            <numerusform>⚠ %1 has %n error; using the last good configuration</numerusform>
            <numerusform>⚠ %1 has %n errors; using the last good configuration</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %1 has %n error(s)</source>
        <translation>
            <numerusform>✖ %1 has %n error</numerusform>
            <numerusform>✖ %1 has %n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>Configuration %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Store: opening…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Store unavailable: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Services</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>SSH: %1 of %n host(s) connected</source>
        <translation>
            <numerusform>SSH: %1 of %n host connected</numerusform>
            <numerusform>SSH: %1 of %n hosts connected</numerusform>
        </translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts (%1 ✖)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Store: %1 as %2 — syncing %n pending event(s)</source>
        <translation>
            <numerusform>Store: %1 as %2 — syncing %n pending event</numerusform>
            <numerusform>Store: %1 as %2 — syncing %n pending events</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1 as %2 (schema v%3)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>⚠ Store offline, reconnecting: %1 — %n event(s) pending sync</source>
        <translation>
            <numerusform>⚠ Store offline, reconnecting: %1 — %n event pending sync</numerusform>
            <numerusform>⚠ Store offline, reconnecting: %1 — %n events pending sync</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hecklists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n waiting to connect</source>
        <translation>
            <numerusform>%n waiting to connect</numerusform>
            <numerusform>%n waiting to connect</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n retrying</source>
        <translation>
            <numerusform>%n retrying</numerusform>
            <numerusform>%n retrying</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ %n unreachable</source>
        <translation>
            <numerusform>✖ %n unreachable</numerusform>
            <numerusform>✖ %n unreachable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⏳ waiting to connect, %n ahead</source>
        <translation>
            <numerusform>⏳ waiting to connect, %n ahead</numerusform>
            <numerusform>⏳ waiting to connect, %n ahead</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ unreachable since %1 (%n failed attempt(s)): %2</source>
        <translation>
            <numerusform>✖ unreachable since %1 (%n failed attempt): %2</numerusform>
            <numerusform>✖ unreachable since %1 (%n failed attempts): %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ retrying since %1, not confirmed (%n failed attempt(s)): %2</source>
        <translation>
            <numerusform>⚠ retrying since %1, not confirmed (%n failed attempt): %2</numerusform>
            <numerusform>⚠ retrying since %1, not confirmed (%n failed attempts): %2</numerusform>
        </translation>
    </message>
    <message>
        <source>● connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● reachable (session closed while idle)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… not tried yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Live updates arrive only by polling: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import Deploy Files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import Deploy Files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deploy files (deploy*.yml deploy*.yaml *compose*.yml *compose*.yaml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups (%1 ✖)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A&amp;pprovals…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Store: %1 as %2 — syncing %n pending event(s) — ⚠ updates by polling every 2 s only</source>
        <translation>
            <numerusform>Store: %1 as %2 — syncing %n pending event — ⚠ updates by polling every 2 s only</numerusform>
            <numerusform>Store: %1 as %2 — syncing %n pending events — ⚠ updates by polling every 2 s only</numerusform>
        </translation>
    </message>
    <message>
        <source>Store: %1 as %2 (schema v%3) — ⚠ updates by polling every 2 s only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to or Do…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Th&amp;eme</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note about %1:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you saw, did or decided. It is kept in the timeline for everyone, for good.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::OpenIncidentDialog</name>
    <message>
        <source>Open Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong, as users see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>critical: production down or data at risk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>major: a key feature broken for many</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minor: degraded, a workaround exists</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>low: cosmetic or internal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>The %n selected event(s) will be attached.</source>
        <translation>
            <numerusform>The %n selected event will be attached.</numerusform>
            <numerusform>The %n selected events will be attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>No events selected: attach them later.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::OpsContext</name>
    <message>
        <source>Host key of %1 trusted: %2 %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration %1 loaded: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Configuration %1 rejected with %n error(s)</source>
        <translation>
            <numerusform>Configuration %1 rejected with %n error</numerusform>
            <numerusform>Configuration %1 rejected with %n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opsdeck::OverviewFilterBar</name>
    <message>
        <source>%1 goes to this filter; Escape clears it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter result</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ReleaseGridModel</name>
    <message>
        <source>⚑ marked bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>↩ default rollback target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● current</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ present</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ incomplete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>? not reached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
health: ? no answer with a version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
health: no version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
health ✔ reports %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
health ✖ reports %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
⚠ health reports this release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (✖ not reached)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (✖ current unresolved)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (⚠ drift: on %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no REVISION file)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deployed: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked bad: not offered as a rollback target until unmarked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was not reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not on %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No REVISION file: the deploy did not finish.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Broken link: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health version unknown: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health endpoints report %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: current → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ drift</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ReleaseService</name>
    <message>
        <source>a reason is required: every mark is recorded with why</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ReleasesPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read the releases again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll &amp;forward…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Mark bad…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark the selected release bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unmark…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmark the selected release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert switched hosts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revert the switched hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;try…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry the switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Releases by host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drift between hosts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result of the last switch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress per host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress per host:</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 of %n host(s) answered at %2</source>
        <translation>
            <numerusform>%1 of %n host answered at %2</numerusform>
            <numerusform>%1 of %n hosts answered at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ drift: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ %1: ignored a release directory with an unsafe name: "%2"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✔ No drift: every host runs the same release and has the same releases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⏳ %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: %3 (%4 s) — %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No app in the configuration has releases to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting for the store: release marks come from it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the releases of %1/%2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ The release marks cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll &amp;back to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No release is complete on every host, unmarked and older than current.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch every host of the app to %1, restart its services and verify.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roll &amp;forward to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the release the last rollback of this app left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ Cannot switch %1/%2 to %3: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– %1: queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>– %1: not attempted, on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>an unknown release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>? %1: release unknown — refresh to see it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2: on %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;vert switched hosts to %1…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark release bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmark release</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark %1 of %2/%3 bad? It is no longer offered as a rollback target until unmarked; the mark is recorded with your name and reason.

Why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmark %1 of %2/%3? It may be offered as a rollback target again; this is recorded with your name and reason.

Why?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark bad</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unmark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ %1 was not marked: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ The mark was not recorded: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>I understand that %n migration(s) will stay applied: the database is not rolled back.</source>
        <translation>
            <numerusform>I understand that %n migration will stay applied: the database is not rolled back.</numerusform>
            <numerusform>I understand that %n migrations will stay applied: the database is not rolled back.</numerusform>
        </translation>
    </message>
    <message>
        <source>A switch of this app is under way; roll back once it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No rollback now: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by host, release, version or state…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the releases</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only releases with a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only releases in drift (missing or incomplete on a host, current on some hosts only, current where the health endpoints report another version) and marked-bad releases that are current somewhere</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No release matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No release has a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No release with a problem matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ReportRowModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ServiceStateModel</name>
    <message>
        <source>Read at %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ unreachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>… not read yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>● active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✖ failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>○ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⏳ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sub-state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked by %1 on %2 since %3 (until %4): %5</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>🔒 %1, %n min: %2</source>
        <translation>
            <numerusform>🔒 %1, %n min: %2</numerusform>
            <numerusform>🔒 %1, %n min: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::ServicesPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart on &amp;all hosts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-&amp;check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verify again after an unknown outcome: unit state and health, no command</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions and their verification appear here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 not attempted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-check after an unknown outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the journal of %1 on %2…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the journal of %1 on %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Break lock…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock lost: %1. The action stops before its next batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>lock lost: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the lock another console holds on this service, with a reason. It is recorded, and the console that held it stops before its next batch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only leads may break a lock.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Break lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is locked by %2 (console %3) since %4: %5

Breaking it is recorded with your name and reason; that console stops before its next batch. Why break it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lock on %1 was not broken: a reason is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a reason is required</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lock on %1 was not broken: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The locks are held and every check passed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — reason: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>re-check %1/%2 on %3</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Select a service and press Logs for its last %n journal line(s).</source>
        <translation>
            <numerusform>Select a service and press Logs for its last %n journal line.</numerusform>
            <numerusform>Select a service and press Logs for its last %n journal lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rolling start of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolling stop of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolling restart of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restart %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rolling reload of %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload %1 on %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter the services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Services and their state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actions and their verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Journal of the selected service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by environment, host, service, unit, label or state…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Problems only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only services with a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only services that are not active: failed, stopped, not found, unreachable or not read yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service matches “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service has a problem.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No service with a problem matches “%1”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::SuggestionModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why suggested</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::TimeSeriesChart</name>
    <message>
        <source>Local time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more event(s)</source>
        <translation>
            <numerusform>… and %n more event</numerusform>
            <numerusform>… and %n more events</numerusform>
        </translation>
    </message>
    <message>
        <source>collecting — no data yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>collecting — %1 of data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::TimelineModel</name>
    <message>
        <source>Pinned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached to incident #%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting in the local outbox until the team store confirms it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ pinned · #N attached to incident N · ✎ has notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::TimelinePanel</name>
    <message>
        <source>Add &amp;Note…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open Incident…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach to Incident…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any host</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alerts raised, acknowledged, resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service actions and their outcomes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incidents opened, attached, mitigated, resolved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Configuration loaded or rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host keys trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An exact kind, or a prefix ending in '.' ("service." matches every service event); a word without a dot is taken as a prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any actor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search summary, kind, host, service, actor…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Between…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From (inclusive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Until (exclusive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an incident with the selected events attached</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select an event for its details, notes and incidents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the timeline: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>★ &amp;Pin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach the selected events to an incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no incident yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events waiting in the outbox (pending sync) can be used once the store has them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>newest %n event(s); scroll for older</source>
        <translation>
            <numerusform>newest %n event; scroll for older</numerusform>
            <numerusform>newest %n events; scroll for older</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n events selected.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n events selected.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n events selected.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending sync: waiting in the local outbox for the team store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>#%1 at %2 (%3 local)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached to incident #%1 %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note added to #%1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Incident #%1 opened.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n event(s) attached to incident #%1.</source>
        <translation>
            <numerusform>%n event attached to incident #%1.</numerusform>
            <numerusform>%n events attached to incident #%1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Target %1, recorded by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Host filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Service filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event kind filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Actor filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details of the selected event</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>opsdeck::TrayStatus</name>
    <message>
        <source>Open OpsDeck</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warning</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without data</source>
        <translation>
            <numerusform>%n without data</numerusform>
            <numerusform>%n without data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passing</source>
        <translation>
            <numerusform>%n passing</numerusform>
            <numerusform>%n passing</numerusform>
        </translation>
    </message>
    <message>
        <source>no services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>OpsDeck: %1</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
