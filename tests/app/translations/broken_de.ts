<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>%1 CPU at %2 %</source>
        <translation>%1 CPU bei %3 %</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n host(s)</source>
        <translation>
            <numerusform>%n Host</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
</TS>
