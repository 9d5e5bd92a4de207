<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>A whole sentence with %1 in it.</source>
        <translation>Ein ganzer Satz mit %1 darin.</translation>
    </message>
    <message>
        <source> (from the opening: no event attached)</source>
        <translation> (ab der Eröffnung: kein Ereignis angehängt)</translation>
    </message>
    <message>
        <source>, %1 still listing</source>
        <translation>, %1 werden noch gelistet</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>%1 of %2 verified and</source>
        <translation>%1 von %2 geprüft und</translation>
    </message>
</context>
<context>
    <name>AlertEvaluator</name>
    <message numerus="yes">
        <source> and %n more mount(s)</source>
        <translation>
            <numerusform> und %n weiterer Mountpoint</numerusform>
            <numerusform> und %n weitere Mountpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseVerb</name>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
</context>
</TS>
