<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudioLocator</name>
    <message>
        <source>Audio files (%1)</source>
        <translation>Audiodateien (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>The audio file &quot;%1&quot; does not exist.</source>
        <translation>Die Audiodatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The audio file &quot;%1&quot; cannot be read.</source>
        <translation>Die Audiodatei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the file is not in a supported audio format</source>
        <translation>die Datei hat kein unterstütztes Audioformat</translation>
    </message>
    <message>
        <source>Cannot play the audio file &quot;%1&quot;: %2</source>
        <translation>Die Audiodatei „%1“ kann nicht abgespielt werden: %2</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <source>This is a binary file, not captions.</source>
        <translation>Dies ist eine Binärdatei, keine Untertitel.</translation>
    </message>
    <message>
        <source>The file holds no captions.</source>
        <translation>Die Datei enthält keine Untertitel.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Fix &amp;All of This Kind</source>
        <translation>Alle dieser A&amp;rt beheben</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Apply the suggested fix to the selected finding</source>
        <translation>Den vorgeschlagenen Fix auf den gewählten Befund anwenden</translation>
    </message>
    <message>
        <source>Fix every finding of the selected kind in one undoable step</source>
        <translation>Alle Befunde dieser Art in einem rückgängig machbaren Schritt beheben</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>Kein Dokument.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>This finding could not be fixed automatically.</source>
        <translation>Dieser Befund konnte nicht automatisch behoben werden.</translation>
    </message>
    <message>
        <source>Fix All of This Kind</source>
        <translation>Alle dieser Art beheben</translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n finding(s).</source>
        <translation>
            <numerusform>%n Befund behoben.</numerusform>
            <numerusform>%n Befunde behoben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;x</source>
        <translation>Behebe&amp;n</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The document has no file name yet; use Save As.</source>
        <translation>Das Dokument hat noch keinen Dateinamen; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
</context>
<context>
    <name>EpisodeFile</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>Die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB) to be an episode.</source>
        <translation>Die Datei ist zu groß (%1 MB) für eine Episode.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>Die Datei kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file was not saved, because a check found that the new file would not read back as the edited episode (%1). The original file is unchanged. Please report this problem.</source>
        <translation>Die Datei wurde nicht gespeichert, weil eine Prüfung ergeben hat, dass die neue Datei beim erneuten Einlesen nicht der bearbeiteten Episode entsprechen würde (%1). Die ursprüngliche Datei ist unverändert. Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>The file was not exported, because a check found that it would not read back as the episode (%1). Please report this problem.</source>
        <translation>Die Datei wurde nicht exportiert, weil eine Prüfung ergeben hat, dass sie beim erneuten Einlesen nicht der Episode entsprechen würde (%1). Bitte melden Sie dieses Problem.</translation>
    </message>
    <message>
        <source>a key is not plain text</source>
        <translation>ein Schlüssel ist kein einfacher Text</translation>
    </message>
    <message>
        <source>the top-level keys</source>
        <translation>die Schlüssel der obersten Ebene</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung</translation>
    </message>
</context>
<context>
    <name>EpisodeLayout</name>
    <message>
        <source>The episode has a markdown body after its front matter, which a YAML file cannot hold; save it as .md or use Export Cleaned YAML.</source>
        <translation>Die Episode hat nach dem Front Matter einen Markdown-Text, den eine YAML-Datei nicht aufnehmen kann; speichern Sie sie als .md oder verwenden Sie „Bereinigtes YAML exportieren“.</translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Guests:</source>
        <translation>Gäste:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>Sh&amp;ort:</source>
        <translation>&amp;Kurztitel:</translation>
    </message>
    <message>
        <source>Seaso&amp;n:</source>
        <translation>&amp;Staffel:</translation>
    </message>
    <message>
        <source>Episo&amp;de:</source>
        <translation>&amp;Episode:</translation>
    </message>
</context>
<context>
    <name>EpisodeParser</name>
    <message>
        <source>The file contains a NUL byte: it is a binary file, not an episode.</source>
        <translation>Die Datei enthält ein NUL-Byte: Sie ist eine Binärdatei, keine Episode.</translation>
    </message>
    <message>
        <source>This line is longer than %1 bytes; that is not an episode file.</source>
        <translation>Diese Zeile ist länger als %1 Bytes; das ist keine Episodendatei.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.</source>
        <translation>Diese Zeile ist kein gültiger UTF-8-Text (Byte 0x%1). Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The front matter that starts here is never closed: a line with exactly &quot;---&quot; must follow the metadata.</source>
        <translation>Der hier beginnende Front-Matter-Block wird nie geschlossen: Nach den Metadaten muss eine Zeile mit genau „---“ folgen.</translation>
    </message>
    <message>
        <source>The first line must be exactly &quot;---&quot; to open the front matter, but it is &quot;%1&quot;. Remove the stray characters.</source>
        <translation>Die erste Zeile muss genau „---“ lauten, um den Front-Matter-Block zu öffnen, sie lautet aber „%1“. Entfernen Sie die überzähligen Zeichen.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB) to be an episode.</source>
        <translation>Die Datei ist zu groß (%1 MB) für eine Episode.</translation>
    </message>
    <message>
        <source>The metadata must be a mapping of keys (title:, transcript:, ...), but it is %1.</source>
        <translation>Die Metadaten müssen eine Zuordnung von Schlüsseln sein (title:, transcript:, ...), sind aber %1.</translation>
    </message>
    <message>
        <source>A top-level key must be plain text, but here it is %1.</source>
        <translation>Ein Schlüssel der obersten Ebene muss einfacher Text sein, ist hier aber %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice (first on line %2).</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>Each top-level key must start on a line of its own.</source>
        <translation>Jeder Schlüssel der obersten Ebene muss in einer eigenen Zeile beginnen.</translation>
    </message>
    <message>
        <source>&quot;transcript&quot; must be a list of items (&quot;- line: ...&quot;), but it is %1.</source>
        <translation>„transcript“ muss eine Liste von Einträgen sein („- line: ...“), ist aber %1.</translation>
    </message>
    <message>
        <source>A transcript item cannot be an alias (*name); write the item out.</source>
        <translation>Ein Transkripteintrag kann kein Alias (*name) sein; schreiben Sie den Eintrag aus.</translation>
    </message>
    <message>
        <source>Each transcript item must start on a line of its own.</source>
        <translation>Jeder Transkripteintrag muss in einer eigenen Zeile beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value. Write a value or remove the key.</source>
        <translation>„%1“ hat keinen Wert. Geben Sie einen Wert an oder entfernen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, but it is %2.</source>
        <translation>„%1“ muss Text sein, ist aber %2.</translation>
    </message>
    <message>
        <source>A transcript item must be a mapping with &quot;line:&quot; or &quot;header:&quot;, but this one is %1.</source>
        <translation>Ein Transkripteintrag muss eine Zuordnung mit „line:“ oder „header:“ sein, dieser ist aber %1.</translation>
    </message>
    <message>
        <source>A key in a transcript item must be plain text, but here it is %1.</source>
        <translation>Ein Schlüssel in einem Transkripteintrag muss einfacher Text sein, ist hier aber %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this transcript item.</source>
        <translation>Der Schlüssel „%1“ kommt in diesem Transkripteintrag zweimal vor.</translation>
    </message>
    <message>
        <source>&quot;sec&quot; must be a whole number of seconds, but it is &quot;%1&quot;.</source>
        <translation>„sec“ muss eine ganze Zahl von Sekunden sein, ist aber „%1“.</translation>
    </message>
    <message>
        <source>This transcript item has both &quot;line&quot; and &quot;header&quot;; an item is either a spoken line or a header.</source>
        <translation>Dieser Transkripteintrag hat sowohl „line“ als auch „header“; ein Eintrag ist entweder eine gesprochene Zeile oder eine Überschrift.</translation>
    </message>
    <message>
        <source>This transcript item has neither &quot;line&quot; nor &quot;header&quot;.</source>
        <translation>Dieser Transkripteintrag hat weder „line“ noch „header“.</translation>
    </message>
    <message>
        <source>Tabs cannot be used for indentation; use spaces.</source>
        <translation>Tabulatoren können nicht zum Einrücken verwendet werden; verwenden Sie Leerzeichen.</translation>
    </message>
    <message>
        <source>A list item needs a space after &quot;-&quot; (&quot;- line: ...&quot;); this line has none, so the lines after it do not fit.</source>
        <translation>Ein Listeneintrag braucht ein Leerzeichen nach „-“ („- line: ...“); diese Zeile hat keins, daher passen die folgenden Zeilen nicht.</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document; an episode is one mapping.</source>
        <translation>Die Datei enthält mehr als ein YAML-Dokument; eine Episode ist eine einzige Zuordnung.</translation>
    </message>
    <message>
        <source>The metadata must be a mapping of keys (title:, transcript:, ...), but it is a list.</source>
        <translation>Die Metadaten müssen eine Zuordnung von Schlüsseln sein (title:, transcript:, ...), sind aber eine Liste.</translation>
    </message>
    <message>
        <source>An anchor or tag on the whole metadata is not supported in an episode.</source>
        <translation>Ein Anker oder Tag an den gesamten Metadaten wird in einer Episode nicht unterstützt.</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) among the top-level keys is not supported in an episode.</source>
        <translation>Ein Merge-Schlüssel (&lt;&lt;) unter den Schlüsseln der obersten Ebene wird in einer Episode nicht unterstützt.</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>ein Alias</translation>
    </message>
    <message>
        <source>An anchor or tag on the transcript list is not supported in an episode.</source>
        <translation>Ein Anker oder Tag an der Transkriptliste wird in einer Episode nicht unterstützt.</translation>
    </message>
    <message>
        <source>An anchor or tag on a whole transcript item is not supported in an episode.</source>
        <translation>Ein Anker oder Tag an einem ganzen Transkripteintrag wird in einer Episode nicht unterstützt.</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) in a transcript item is not supported in an episode.</source>
        <translation>Ein Merge-Schlüssel (&lt;&lt;) in einem Transkripteintrag wird in einer Episode nicht unterstützt.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>This is neither an episode (YAML front matter or a YAML file with a transcript) nor captions (M:SS lines, SRT or WebVTT).</source>
        <translation>Dies ist weder eine Episode (YAML-Front-Matter oder eine YAML-Datei mit Transkript) noch Untertitel (M:SS-Zeilen, SRT oder WebVTT).</translation>
    </message>
    <message>
        <source>Episodes and captions (*.md *.yaml *.yml *.srt *.vtt *.txt);;Episodes (*.md *.yaml *.yml);;Captions (*.srt *.vtt *.txt);;All files (*)</source>
        <translation>Episoden und Untertitel (*.md *.yaml *.yml *.srt *.vtt *.txt);;Episoden (*.md *.yaml *.yml);;Untertitel (*.srt *.vtt *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>In &amp;text</source>
        <translation>Im &amp;Text</translation>
    </message>
    <message>
        <source>In s&amp;peakers</source>
        <translation>In S&amp;prechern</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>&amp;Alle ersetzen</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>regex: \1 or $1 for groups</source>
        <translation>Regex: \1 oder $1 für Gruppen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>Kein Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Found in row %1.</source>
        <translation>Gefunden in Zeile %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt.</numerusform>
            <numerusform>%n Vorkommen ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Nothing to find.</source>
        <translation>Nichts zu suchen.</translation>
    </message>
    <message>
        <source>Choose where to search: text, speakers or both.</source>
        <translation>Wählen Sie, wo gesucht werden soll: Text, Sprecher oder beides.</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Ungültiger regulärer Ausdruck bei Zeichen %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Replace all (%n)</source>
        <translation>
            <numerusform>Alle ersetzen (%n)</numerusform>
            <numerusform>Alle ersetzen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>JoinParagraphsDialog</name>
    <message>
        <source>Start a new paragraph after a sentence once it is long enough</source>
        <translation>Nach einem Satzende einen neuen Absatz beginnen, sobald er lang genug ist</translation>
    </message>
    <message>
        <source>Join into Paragraphs</source>
        <translation>Zu Absätzen zusammenfassen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A longer silence between two fragments starts a new paragraph</source>
        <translation>Eine längere Pause zwischen zwei Fragmenten beginnt einen neuen Absatz</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>No paragraph grows beyond this length</source>
        <translation>Kein Absatz wird länger als dies</translation>
    </message>
    <message>
        <source>Maximum &amp;pause:</source>
        <translation>Maximale &amp;Pause:</translation>
    </message>
    <message>
        <source>Maximum &amp;length:</source>
        <translation>Maximale &amp;Länge:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Zusammenfassen</translation>
    </message>
    <message>
        <source>%1 fragments → %2 paragraphs</source>
        <translation>%1 Fragmente → %2 Absätze</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transkript</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Transcript Editor</source>
        <translation>&amp;Über Transcript Editor</translation>
    </message>
    <message>
        <source>About Transcript Editor</source>
        <translation>Über Transcript Editor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Transcript Editor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edit podcast episode transcripts: speakers, timestamps, sections and audio, saved back to the episode file untouched where you did not edit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Transcript Editor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Bearbeiten Sie Transkripte von Podcast-Episoden: Sprecher, Zeitstempel, Abschnitte und Audio, zurückgespeichert in die Episodendatei – unverändert, wo Sie nichts bearbeitet haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Speichern &amp;unter...</translation>
    </message>
    <message>
        <source>&amp;Export Cleaned YAML...</source>
        <translation>Bereinigtes YAML &amp;exportieren...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episode</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;geöffnete Datei&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The file could not be opened.

%1</source>
        <translation>Die Datei konnte nicht geöffnet werden.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n entries.</source>
        <translation>
            <numerusform>%1 geöffnet: %n Eintrag.</numerusform>
            <numerusform>%1 geöffnet: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Episode files (*.md *.yaml *.yml);;All files (*)</source>
        <translation>Episodendateien (*.md *.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The file could not be saved.

%1</source>
        <translation>Die Datei konnte nicht gespeichert werden.

%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Episode As</source>
        <translation>Episode speichern unter</translation>
    </message>
    <message>
        <source>Export Cleaned YAML</source>
        <translation>Bereinigtes YAML exportieren</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>The file could not be written.

%1</source>
        <translation>Die Datei konnte nicht geschrieben werden.

%1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>„%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Suchen...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Weitersu&amp;chen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rüc&amp;kwärts suchen</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Line</source>
        <translation>Mit nächster Zeile &amp;zusammenführen</translation>
    </message>
    <message>
        <source>Merge &amp;Selected Lines</source>
        <translation>&amp;Ausgewählte Zeilen zusammenführen</translation>
    </message>
    <message>
        <source>S&amp;plit Line at Cursor</source>
        <translation>Zeile am Cursor &amp;teilen</translation>
    </message>
    <message>
        <source>Insert &amp;Header Above</source>
        <translation>&amp;Überschrift darüber einfügen</translation>
    </message>
    <message>
        <source>Insert &amp;Line Below</source>
        <translation>Zeile dar&amp;unter einfügen</translation>
    </message>
    <message>
        <source>&amp;Toggle Line/Header</source>
        <translation>Zeile/Überschrift u&amp;mschalten</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Zeilen &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;No Speaker</source>
        <translation>&amp;Kein Sprecher</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Sprecher %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Merge Lines</source>
        <translation>Zeilen zusammenführen</translation>
    </message>
    <message>
        <source>The lines have different speakers. Merge them anyway? The merged line keeps the speaker “%1”.</source>
        <translation>Die Zeilen haben verschiedene Sprecher. Trotzdem zusammenführen? Die zusammengeführte Zeile behält den Sprecher „%1“.</translation>
    </message>
    <message>
        <source>Cannot merge across a section header.</source>
        <translation>Über eine Abschnittsüberschrift hinweg kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Only consecutive lines can be merged.</source>
        <translation>Nur aufeinanderfolgende Zeilen können zusammengeführt werden.</translation>
    </message>
    <message>
        <source>Select at least two lines to merge (or a line that has a next line).</source>
        <translation>Wählen Sie mindestens zwei Zeilen zum Zusammenführen (oder eine Zeile, auf die eine weitere folgt).</translation>
    </message>
    <message>
        <source>To split a line, edit its text (F2 or Enter), place the cursor and press %1.</source>
        <translation>Um eine Zeile zu teilen, bearbeiten Sie ihren Text (F2 oder Eingabe), setzen den Cursor und drücken %1.</translation>
    </message>
    <message>
        <source>A section header cannot be split.</source>
        <translation>Eine Abschnittsüberschrift kann nicht geteilt werden.</translation>
    </message>
    <message>
        <source>The line could not be split here.</source>
        <translation>Die Zeile konnte hier nicht geteilt werden.</translation>
    </message>
    <message>
        <source>No speaker has the number %1.</source>
        <translation>Kein Sprecher hat die Nummer %1.</translation>
    </message>
    <message>
        <source>Speaker removed.</source>
        <translation>Sprecher entfernt.</translation>
    </message>
    <message>
        <source>Speaker set to %1.</source>
        <translation>Sprecher auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s).</source>
        <translation>
            <numerusform>%n Zeile gelöscht.</numerusform>
            <numerusform>%n Zeilen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playback speed %1×</source>
        <translation>Wiedergabegeschwindigkeit %1×</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Wiedergabe/Pause</translation>
    </message>
    <message>
        <source>&amp;Back 5 Seconds</source>
        <translation>5 Sekunden &amp;zurück</translation>
    </message>
    <message>
        <source>&amp;Forward 5 Seconds</source>
        <translation>5 Sekunden &amp;vor</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>&amp;Normale Geschwindigkeit</translation>
    </message>
    <message>
        <source>Play from &amp;Line</source>
        <translation>Ab Z&amp;eile abspielen</translation>
    </message>
    <message>
        <source>L&amp;oop Line</source>
        <translation>Zeile in &amp;Schleife</translation>
    </message>
    <message>
        <source>Play &amp;Selection</source>
        <translation>&amp;Auswahl abspielen</translation>
    </message>
    <message>
        <source>Set Line &amp;Time from Playhead</source>
        <translation>Zeilenzeit von Abspiel&amp;position setzen</translation>
    </message>
    <message>
        <source>Attach &amp;Audio...</source>
        <translation>Au&amp;dio zuordnen...</translation>
    </message>
    <message>
        <source>No audio is loaded. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>Kein Audio geladen. Wählen Sie die Aufnahme mit Wiedergabe &gt; Audio zuordnen...</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>&amp;Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Rewind on Pause</source>
        <translation>Beim Anhalten zu&amp;rückspulen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Speaker of &amp;Heard Line</source>
        <translation>Sprecher der ge&amp;hörten Zeile</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attach Audio</source>
        <translation>Audio zuordnen</translation>
    </message>
    <message>
        <source>Cannot Play Audio</source>
        <translation>Audio kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>Audio: %1 (%2)</source>
        <translation>Audio: %1 (%2)</translation>
    </message>
    <message>
        <source>No audio for this unsaved episode. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>Kein Audio für diese ungespeicherte Episode. Wählen Sie die Aufnahme mit Wiedergabe &gt; Audio zuordnen...</translation>
    </message>
    <message>
        <source>The audio file attached to this episode, &quot;%1&quot;, no longer exists. Use Playback &gt; Attach Audio... to choose it again.</source>
        <translation>Die dieser Episode zugeordnete Audiodatei „%1“ existiert nicht mehr. Wählen Sie sie mit Wiedergabe &gt; Audio zuordnen... erneut.</translation>
    </message>
    <message>
        <source>No audio found for %1: looked for %2.mp3 (or .m4a, .ogg, .opus, .wav, .flac) beside it and in its audio folder. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>Kein Audio für %1 gefunden: %2.mp3 (oder .m4a, .ogg, .opus, .wav, .flac) daneben und im Audio-Ordner gesucht. Wählen Sie die Aufnahme mit Wiedergabe &gt; Audio zuordnen...</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>&amp;Prüfungen</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>Die Wiederherstellungskopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The recovered changes were discarded.</source>
        <translation>Die wiederhergestellten Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from %1. Save to keep them.</source>
        <translation>Die ungespeicherten Änderungen vom %1 wurden wiederhergestellt. Speichern Sie, um sie zu behalten.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk. Save writes it again.</source>
        <translation>%1 wurde auf der Festplatte gelöscht oder verschoben. Speichern schreibt die Datei erneut.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>“%1” has been changed on disk by another program, and you have unsaved edits.</source>
        <translation>„%1“ wurde von einem anderen Programm auf der Festplatte geändert, und Sie haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Reload the file and drop your edits, or keep your edits (saving will ask before replacing the other program&apos;s version)?</source>
        <translation>Die Datei neu laden und Ihre Änderungen verwerfen, oder Ihre Änderungen behalten (beim Speichern wird gefragt, bevor die Fassung des anderen Programms ersetzt wird)?</translation>
    </message>
    <message>
        <source>&amp;Reload and Drop My Edits</source>
        <translation>Neu &amp;laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep My Edits</source>
        <translation>Meine Änderungen &amp;behalten</translation>
    </message>
    <message>
        <source>Kept your edits; %1 on disk differs from them.</source>
        <translation>Ihre Änderungen wurden behalten; %1 auf der Festplatte weicht davon ab.</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read: %2</source>
        <translation>%1 wurde auf der Festplatte geändert, kann aber nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed on disk and has been reloaded.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <source>“%1” has been changed on disk since you opened or last saved it.</source>
        <translation>„%1“ wurde auf der Festplatte geändert, seit Sie die Datei geöffnet oder zuletzt gespeichert haben.</translation>
    </message>
    <message>
        <source>“%1” has been deleted or moved on disk since you opened or last saved it.</source>
        <translation>„%1“ wurde auf der Festplatte gelöscht oder verschoben, seit Sie die Datei geöffnet oder zuletzt gespeichert haben.</translation>
    </message>
    <message>
        <source>Saving replaces the version on disk with yours. Save anyway?</source>
        <translation>Speichern ersetzt die Fassung auf der Festplatte durch Ihre. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>Saving writes your version there again. Save anyway?</source>
        <translation>Speichern schreibt Ihre Fassung dort erneut. Trotzdem speichern?</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No audio for this episode: use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>Kein Audio zu dieser Episode: Wählen Sie die Aufnahme mit Wiedergabe &gt; Audio zuordnen...</translation>
    </message>
    <message>
        <source>Insert &amp;Header Here</source>
        <translation>Über&amp;schrift hier einfügen</translation>
    </message>
    <message>
        <source>Open an episode (.md or .yaml) or captions (.srt, .vtt, .txt) with Ctrl+O or drop it here.</source>
        <translation>Öffnen Sie eine Episode (.md oder .yaml) oder Untertitel (.srt, .vtt, .txt) mit Ctrl+O, oder ziehen Sie die Datei hierher.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file could not be opened.

%1: %2</source>
        <translation>Die Datei konnte nicht geöffnet werden.

%1: %2</translation>
    </message>
    <message>
        <source>Open Episode or Captions</source>
        <translation>Episode oder Untertitel öffnen</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>&amp;Ersetzen...</translation>
    </message>
    <message>
        <source>Delete Rows (Table Focused)</source>
        <translation>Zeilen löschen (Tabelle fokussiert)</translation>
    </message>
    <message>
        <source>Set Spea&amp;ker</source>
        <translation>Sprecher &amp;festlegen</translation>
    </message>
    <message>
        <source>Back (Table Focused)</source>
        <translation>Zurück (Tabelle fokussiert)</translation>
    </message>
    <message>
        <source>Forward (Table Focused)</source>
        <translation>Vor (Tabelle fokussiert)</translation>
    </message>
    <message>
        <source>Spl&amp;it Line at Playhead</source>
        <translation>Zeile an Abspielposition te&amp;ilen</translation>
    </message>
    <message>
        <source>Follo&amp;w Playback</source>
        <translation>Wiedergabe &amp;folgen</translation>
    </message>
    <message>
        <source>The captions could not be opened.

%1</source>
        <translation>Die Untertitel konnten nicht geöffnet werden.

%1</translation>
    </message>
    <message>
        <source>The file could not be opened.

%1: there are no captions in it.</source>
        <translation>Die Datei konnte nicht geöffnet werden.

%1: Sie enthält keine Untertitel.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the captions %1 as a new episode: %n line(s). Save As writes it as an episode file.</source>
        <translation>
            <numerusform>Untertitel %1 als neue Episode geöffnet: %n Zeile. „Speichern unter“ schreibt sie als Episodendatei.</numerusform>
            <numerusform>Untertitel %1 als neue Episode geöffnet: %n Zeilen. „Speichern unter“ schreibt sie als Episodendatei.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Speaker %1</source>
        <translation>Sprecher %1 festlegen</translation>
    </message>
    <message>
        <source>Give the Line Being Heard Speaker %1</source>
        <translation>Der gehörten Zeile Sprecher %1 zuweisen</translation>
    </message>
    <message>
        <source>Preferen&amp;ces...</source>
        <translation>E&amp;instellungen...</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Back %n Second(s)</source>
        <translation>
            <numerusform>%n Sekunde &amp;zurück</numerusform>
            <numerusform>%n Sekunden &amp;zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forward %n Second(s)</source>
        <translation>
            <numerusform>%n Sekunde &amp;vor</numerusform>
            <numerusform>%n Sekunden &amp;vor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>Expected a time at the start of the line (M:SS text).</source>
        <translation>Am Zeilenanfang wurde eine Zeit erwartet (M:SS Text).</translation>
    </message>
    <message>
        <source>This is not a caption file: expected lines like &quot;1:23 text&quot;, an SRT cue or WEBVTT.</source>
        <translation>Dies ist keine Untertiteldatei: erwartet wurden Zeilen wie „1:23 Text“, ein SRT-Eintrag oder WEBVTT.</translation>
    </message>
    <message>
        <source>Bad timestamp &quot;%1&quot;.</source>
        <translation>Ungültiger Zeitstempel „%1“.</translation>
    </message>
    <message>
        <source>Expected a cue timing line (00:00.000 --&gt; 00:01.000).</source>
        <translation>Eine Zeitangabe wurde erwartet (00:00.000 --&gt; 00:01.000).</translation>
    </message>
    <message>
        <source>Expected a subtitle number followed by a time range (00:00:00,000 --&gt; 00:00:01,000).</source>
        <translation>Eine Untertitelnummer mit folgendem Zeitbereich wurde erwartet (00:00:00,000 --&gt; 00:00:01,000).</translation>
    </message>
    <message>
        <source>Bad cue timing &quot;%1&quot;.</source>
        <translation>Ungültige Zeitangabe „%1“.</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>No audio is loaded. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>Kein Audio geladen. Wählen Sie die Aufnahme mit Wiedergabe &gt; Audio zuordnen...</translation>
    </message>
    <message>
        <source>This line has no time to play from.</source>
        <translation>Diese Zeile hat keine Zeit, ab der abgespielt werden kann.</translation>
    </message>
    <message>
        <source>Loop off.</source>
        <translation>Schleife aus.</translation>
    </message>
    <message>
        <source>Select a line with a time to loop it.</source>
        <translation>Wählen Sie eine Zeile mit Zeit, um sie in Schleife abzuspielen.</translation>
    </message>
    <message>
        <source>This line has no length to loop.</source>
        <translation>Diese Zeile hat keine Länge für eine Schleife.</translation>
    </message>
    <message>
        <source>Looping %1 to %2.</source>
        <translation>Schleife von %1 bis %2.</translation>
    </message>
    <message>
        <source>Select the lines to play.</source>
        <translation>Wählen Sie die abzuspielenden Zeilen.</translation>
    </message>
    <message>
        <source>The selected lines have no time to play.</source>
        <translation>Die ausgewählten Zeilen haben keine Zeit zum Abspielen.</translation>
    </message>
    <message>
        <source>Select a line to give it the playhead&apos;s time.</source>
        <translation>Wählen Sie eine Zeile, um ihr die Zeit der Abspielposition zu geben.</translation>
    </message>
    <message>
        <source>Line time set to %1.</source>
        <translation>Zeilenzeit auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>Place the text cursor where the line should be split.</source>
        <translation>Setzen Sie den Textcursor dorthin, wo die Zeile geteilt werden soll.</translation>
    </message>
    <message>
        <source>The line cannot be split there.</source>
        <translation>Die Zeile kann dort nicht geteilt werden.</translation>
    </message>
    <message>
        <source>There is no speaker number %1.</source>
        <translation>Es gibt keinen Sprecher mit der Nummer %1.</translation>
    </message>
    <message>
        <source>No line is being heard.</source>
        <translation>Es wird keine Zeile gehört.</translation>
    </message>
    <message>
        <source>%1 speaks the line at %2.</source>
        <translation>%1 spricht die Zeile bei %2.</translation>
    </message>
    <message>
        <source>This line starts at %1, past the end of the audio (%2 long).</source>
        <translation>Diese Zeile beginnt bei %1, nach dem Ende des Audios (Länge %2).</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>No audio loaded.</source>
        <translation>Kein Audio geladen.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Short&amp;cuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest time an edit waits before it is in the recovery copy.</source>
        <translation>Die längste Zeit, die eine Änderung wartet, bevor sie in die Wiederherstellungskopie übernommen wird.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Automatisch s&amp;ichern alle:</translation>
    </message>
    <message>
        <source>Table &amp;font size:</source>
        <translation>Sc&amp;hriftgröße der Tabelle:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>±</source>
        <translation>±</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Follo&amp;w playback by default (the table scrolls to the line being heard)</source>
        <translation>Standardmäßig der Wiedergabe &amp;folgen (die Tabelle scrollt zur gehörten Zeile)</translation>
    </message>
    <message>
        <source>&amp;Skip back and forward by:</source>
        <translation>&amp;Zurück- und vorspringen um:</translation>
    </message>
    <message>
        <source>&amp;Rewind on pause:</source>
        <translation>Beim Anhalten zu&amp;rückspulen um:</translation>
    </message>
    <message>
        <source>Speed s&amp;tep (Faster / Slower):</source>
        <translation>&amp;Geschwindigkeitsstufe (Schneller / Langsamer):</translation>
    </message>
    <message>
        <source>Action or key, e.g. merge or Ctrl+M</source>
        <translation>Aktion oder Taste, z. B. zusammenführen oder Ctrl+M</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Su&amp;chen:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Tast&amp;e:</translation>
    </message>
    <message>
        <source>Alter&amp;nate key:</source>
        <translation>Alter&amp;native Taste:</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>Auf Stan&amp;dard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset All to Defa&amp;ults</source>
        <translation>Alle a&amp;uf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>%1 is given twice to “%2”.</source>
        <translation>%1 ist „%2“ zweimal zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Change or clear that one first.</source>
        <translation>%1 ist bereits das Tastenkürzel von „%2“. Ändern oder entfernen Sie dieses zuerst.</translation>
    </message>
    <message>
        <source>The default keys of “%1” are now used by “%2”. Change that one first.</source>
        <translation>Die Standardtasten von „%1“ werden jetzt von „%2“ verwendet. Ändern Sie zuerst dessen Tastenkürzel.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Transcript Editor</source>
        <translation>Transcript Editor</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved changes to “%1” were kept when the editor closed unexpectedly.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ungespeicherte Änderungen an „%1“ wurden aufbewahrt, als der Editor unerwartet beendet wurde.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Copy made: %1</source>
        <translation>Kopie erstellt: %1</translation>
    </message>
    <message>
        <source>The copy cannot be read: %1</source>
        <translation>Die Kopie kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>An untitled transcript with %n item(s).</source>
        <translation>
            <numerusform>Ein unbenanntes Transkript mit %n Eintrag.</numerusform>
            <numerusform>Ein unbenanntes Transkript mit %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy has the same content as the file.</source>
        <translation>Die Kopie hat denselben Inhalt wie die Datei.</translation>
    </message>
    <message>
        <source>Differences from the file: %1.</source>
        <translation>Unterschiede zur Datei: %1.</translation>
    </message>
    <message>
        <source>The file has been changed on disk since these edits began. Restoring and saving would replace those changes.</source>
        <translation>Die Datei wurde auf der Festplatte geändert, seit diese Bearbeitung begann. Wiederherstellen und Speichern würde jene Änderungen ersetzen.</translation>
    </message>
    <message>
        <source>The file no longer exists. Saving after restoring creates it again.</source>
        <translation>Die Datei existiert nicht mehr. Speichern nach dem Wiederherstellen legt sie neu an.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed</source>
        <translation>
            <numerusform>%n Eintrag geändert</numerusform>
            <numerusform>%n Einträge geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metadata field(s) changed</source>
        <translation>
            <numerusform>%n Metadatenfeld geändert</numerusform>
            <numerusform>%n Metadatenfelder geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleHandler</name>
    <message>
        <source>the decoded stream has no sample rate</source>
        <translation>der dekodierte Datenstrom hat keine Abtastrate</translation>
    </message>
</context>
<context>
    <name>SaveCheck</name>
    <message>
        <source>the new file could not be read back (%1)</source>
        <translation>die neue Datei konnte nicht erneut eingelesen werden (%1)</translation>
    </message>
    <message>
        <source>the new file is not a mapping of keys</source>
        <translation>die neue Datei ist keine Zuordnung von Schlüsseln</translation>
    </message>
    <message>
        <source>read back, the new file differs from the edited data at %1</source>
        <translation>erneut eingelesen, weicht die neue Datei bei %1 von den bearbeiteten Daten ab</translation>
    </message>
</context>
<context>
    <name>ShortcutScheme</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action or key, e.g. merge or Ctrl+M</source>
        <translation>Aktion oder Taste, z. B. zusammenführen oder Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Change them in Edit &gt; Preferences.</source>
        <translation>Ändern Sie sie unter Bearbeiten &gt; Einstellungen.</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message numerus="yes">
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message numerus="yes">
        <source>Alt+%1 · %n line(s)</source>
        <translation>
            <numerusform>Alt+%1 · %n Zeile</numerusform>
            <numerusform>Alt+%1 · %n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a speaker to rename it.</source>
        <translation>Doppelklicken Sie auf einen Sprecher, um ihn umzubenennen.</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Umbenennen...</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Zusammenführen mit</translation>
    </message>
    <message>
        <source>Select Lines</source>
        <translation>Zeilen auswählen</translation>
    </message>
    <message>
        <source>Select every line of this speaker in the transcript</source>
        <translation>Alle Zeilen dieses Sprechers im Transkript auswählen</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>Sprecher umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>New name for “%1” (on all %n line(s)):</source>
        <translation>
            <numerusform>Neuer Name für „%1“ (in %n Zeile):</numerusform>
            <numerusform>Neuer Name für „%1“ (in allen %n Zeilen):</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>Sprecher zusammenführen</translation>
    </message>
    <message>
        <source>“%1” already exists. Give all lines of “%2” to “%1”?</source>
        <translation>„%1“ existiert bereits. Alle Zeilen von „%2“ an „%1“ geben?</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>„%1“ mit „%2“ zusammengeführt.</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n line(s) of %1.</source>
        <translation>
            <numerusform>%n Zeile von %1 ausgewählt.</numerusform>
            <numerusform>%n Zeilen von %1 ausgewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No audio loaded.</source>
        <translation>Kein Audio geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n without time</source>
        <translation>
            <numerusform>%n ohne Zeit</numerusform>
            <numerusform>%n ohne Zeit</numerusform>
        </translation>
    </message>
    <message>
        <source>All lines timed</source>
        <translation>Alle Zeilen haben eine Zeit</translation>
    </message>
    <message>
        <source>Reading the waveform… %1%</source>
        <translation>Wellenform wird gelesen… %1%</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Keine Wellenform: %1</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Wellenform</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(kein Sprecher)</translation>
    </message>
</context>
<context>
    <name>TranscriptCommand</name>
    <message>
        <source>Turn line into header</source>
        <translation>Zeile in Überschrift umwandeln</translation>
    </message>
    <message>
        <source>Turn header into line</source>
        <translation>Überschrift in Zeile umwandeln</translation>
    </message>
    <message>
        <source>Insert header</source>
        <translation>Überschrift einfügen</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n line(s)</source>
        <translation>
            <numerusform>%n Zeile einfügen</numerusform>
            <numerusform>%n Zeilen einfügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n line(s)</source>
        <translation>
            <numerusform>%n Zeile zusammenführen</numerusform>
            <numerusform>%n Zeilen zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge speaker %1 into %2</source>
        <translation>Sprecher %1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>Move header</source>
        <translation>Überschrift verschieben</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename speaker %1 to %2</source>
        <translation>Sprecher %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Sprecher setzen</translation>
    </message>
    <message>
        <source>Edit header</source>
        <translation>Überschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Zeit ändern</translation>
    </message>
    <message>
        <source>Split line</source>
        <translation>Zeile teilen</translation>
    </message>
    <message>
        <source>Swap speakers %1 and %2</source>
        <translation>Sprecher %1 und %2 tauschen</translation>
    </message>
</context>
<context>
    <name>TranscriptDelegate</name>
    <message>
        <source>Invalid time: type M:SS, H:MM:SS or a number of seconds (e.g. 1:02 or 1:06:26).</source>
        <translation>Ungültige Zeit: M:SS, H:MM:SS oder eine Anzahl Sekunden eingeben (z. B. 1:02 oder 1:06:26).</translation>
    </message>
    <message>
        <source>M:SS</source>
        <translation>M:SS</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>TranscriptTools</name>
    <message>
        <source>&amp;Import Captions...</source>
        <translation>Untertitel &amp;importieren...</translation>
    </message>
    <message>
        <source>Open auto-generated captions (M:SS lines, SRT or WebVTT) as a transcript</source>
        <translation>Automatisch erzeugte Untertitel (M:SS-Zeilen, SRT oder WebVTT) als Transkript öffnen</translation>
    </message>
    <message>
        <source>&amp;Join into Paragraphs...</source>
        <translation>Zu &amp;Absätzen zusammenfassen...</translation>
    </message>
    <message>
        <source>Merge short caption fragments into paragraphs (the selection, or the whole transcript)</source>
        <translation>Kurze Untertitelfragmente zu Absätzen zusammenfassen (die Auswahl oder das ganze Transkript)</translation>
    </message>
    <message>
        <source>&amp;Re-time from Captions...</source>
        <translation>&amp;Zeiten aus Untertiteln übernehmen...</translation>
    </message>
    <message>
        <source>Give every line the time at which its words start in a caption file</source>
        <translation>Jeder Zeile die Zeit geben, zu der ihre Wörter in einer Untertiteldatei beginnen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>SubRip Subtitles (SRT)</source>
        <translation>SubRip-Untertitel (SRT)</translation>
    </message>
    <message>
        <source>WebVTT Subtitles</source>
        <translation>WebVTT-Untertitel</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>YouTube Chapters</source>
        <translation>YouTube-Kapitel</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All Files (*)</source>
        <translation>Untertitel (*.txt *.srt *.vtt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Captions</source>
        <translation>Untertitel importieren</translation>
    </message>
    <message>
        <source>Could not import the captions.</source>
        <translation>Die Untertitel konnten nicht importiert werden.</translation>
    </message>
    <message>
        <source>%1 holds no captions.</source>
        <translation>%1 enthält keine Untertitel.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n caption fragment(s) from %1.</source>
        <translation>
            <numerusform>%n Untertitelfragment aus %1 importiert.</numerusform>
            <numerusform>%n Untertitelfragmente aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to join.</source>
        <translation>Nichts zusammenzufassen.</translation>
    </message>
    <message>
        <source>Join into Paragraphs</source>
        <translation>Zu Absätzen zusammenfassen</translation>
    </message>
    <message>
        <source>Joined %1 fragments into %2 paragraphs.</source>
        <translation>%1 Fragmente zu %2 Absätzen zusammengefasst.</translation>
    </message>
    <message>
        <source>Re-time from Captions</source>
        <translation>Zeiten aus Untertiteln übernehmen</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Zeile %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) moved, %1 unchanged.</source>
        <translation>
            <numerusform>%n Zeile verschoben, %1 unverändert.</numerusform>
            <numerusform>%n Zeilen verschoben, %1 unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be placed and keep their time (see details).</source>
        <translation>
            <numerusform>%n Zeile konnte nicht zugeordnet werden und behält ihre Zeit (siehe Details).</numerusform>
            <numerusform>%n Zeilen konnten nicht zugeordnet werden und behalten ihre Zeit (siehe Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines not placed:</source>
        <translation>Nicht zugeordnete Zeilen:</translation>
    </message>
    <message>
        <source>Aligning the transcript with %1...</source>
        <translation>Transkript wird an %1 ausgerichtet...</translation>
    </message>
    <message>
        <source>Could not read the captions.</source>
        <translation>Die Untertitel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Re-timed: %1 moved, %2 unchanged, %3 not placed.</source>
        <translation>Neu getimt: %1 verschoben, %2 unverändert, %3 nicht zugeordnet.</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transkript</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All Files (*)</source>
        <translation>%1 (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Could not write the export.</source>
        <translation>Der Export konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>%1, One Cue per Paragraph...</source>
        <translation>%1, ein Untertitel je Absatz...</translation>
    </message>
    <message>
        <source>Write each transcript line as one cue, however long</source>
        <translation>Jede Transkriptzeile als einen Untertitel schreiben, egal wie lang</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The header has no title.</source>
        <translation>Die Überschrift hat keinen Titel.</translation>
    </message>
    <message>
        <source>The line has no text.</source>
        <translation>Die Zeile hat keinen Text.</translation>
    </message>
    <message>
        <source>The text starts or ends with white space.</source>
        <translation>Der Text beginnt oder endet mit Leerraum.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is the last entry: no line follows it.</source>
        <translation>Die Überschrift „%1“ ist der letzte Eintrag: Keine Zeile folgt ihr.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is followed directly by another header.</source>
        <translation>Auf die Überschrift „%1“ folgt direkt eine weitere Überschrift.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a valid time; sec %2 is %3.</source>
        <translation>Die Zeit „%1“ ist keine gültige Zeit; sec %2 ist %3.</translation>
    </message>
    <message>
        <source>The time %1 does not match sec %2 (%3).</source>
        <translation>Die Zeit %1 passt nicht zu sec %2 (%3).</translation>
    </message>
    <message>
        <source>The line has a time (%1) but no sec.</source>
        <translation>Die Zeile hat eine Zeit (%1), aber kein sec.</translation>
    </message>
    <message>
        <source>The line has sec %1 but no time.</source>
        <translation>Die Zeile hat sec %1, aber keine Zeit.</translation>
    </message>
    <message>
        <source>The time goes backwards: %1 comes after %2.</source>
        <translation>Die Zeit läuft rückwärts: %1 folgt auf %2.</translation>
    </message>
    <message>
        <source>Same time as the previous line (%1).</source>
        <translation>Gleiche Zeit wie die vorige Zeile (%1).</translation>
    </message>
    <message>
        <source>The line has no speaker.</source>
        <translation>Die Zeile hat keinen Sprecher.</translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; looks like a variant of &quot;%2&quot;.</source>
        <translation>Der Sprecher „%1“ sieht wie eine Variante von „%2“ aus.</translation>
    </message>
    <message>
        <source>The paragraph is very long (%1 characters); consider splitting it.</source>
        <translation>Der Absatz ist sehr lang (%1 Zeichen); erwägen Sie, ihn zu teilen.</translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; has only %2 of %3 lines; the main speakers are %4.</source>
        <translation>Der Sprecher „%1“ hat nur %2 von %3 Zeilen; die Hauptsprecher sind %4.</translation>
    </message>
</context>
<context>
    <name>WaveformDecoder</name>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no audio found in the file</source>
        <translation>keine Tonspur in der Datei gefunden</translation>
    </message>
</context>
<context>
    <name>YamlEvents</name>
    <message>
        <source>This line contains an invisible control character, which YAML does not allow. Delete it or write it as an escape in double quotes (&quot;\x07&quot;).</source>
        <translation>Diese Zeile enthält ein unsichtbares Steuerzeichen, das in YAML nicht erlaubt ist. Löschen Sie es oder schreiben Sie es als Escape-Sequenz in doppelten Anführungszeichen („\x07“).</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as UTF-8.</source>
        <translation>Diese Zeile ist kein gültiger UTF-8-Text. Speichern Sie die Datei als UTF-8.</translation>
    </message>
    <message>
        <source>Not enough memory to read this file.</source>
        <translation>Nicht genug Speicher, um diese Datei zu lesen.</translation>
    </message>
    <message>
        <source>This quoted text is never closed: the closing quote is missing, so the rest of the file would become part of it.</source>
        <translation>Dieser Text in Anführungszeichen wird nie geschlossen: Das schließende Anführungszeichen fehlt, sodass der Rest der Datei dazugehören würde.</translation>
    </message>
    <message>
        <source>This double-quoted text contains an invalid escape sequence (line %1); write \\ for a backslash, or use single quotes.</source>
        <translation>Dieser Text in doppelten Anführungszeichen enthält eine ungültige Escape-Sequenz (Zeile %1); schreiben Sie \\ für einen Backslash oder verwenden Sie einfache Anführungszeichen.</translation>
    </message>
    <message>
        <source>This quoted text is not valid: %1.</source>
        <translation>Dieser Text in Anführungszeichen ist ungültig: %1.</translation>
    </message>
    <message>
        <source>This line is neither a &quot;key: value&quot; pair nor the continuation of a value. A key needs &quot;: &quot; (with a space) after it; text that continues a value must be indented.</source>
        <translation>Diese Zeile ist weder ein „Schlüssel: Wert“-Paar noch die Fortsetzung eines Werts. Nach einem Schlüssel muss „: “ (mit Leerzeichen) folgen; Text, der einen Wert fortsetzt, muss eingerückt sein.</translation>
    </message>
    <message>
        <source>A &quot;:&quot; followed by a space is not allowed here. Put text that contains &quot;: &quot; in quotes, or check the indentation.</source>
        <translation>Ein „:“ gefolgt von einem Leerzeichen ist hier nicht erlaubt. Setzen Sie Text, der „: “ enthält, in Anführungszeichen, oder prüfen Sie die Einrückung.</translation>
    </message>
    <message>
        <source>The list opened with &quot;[&quot; here is not closed with &quot;]&quot; (the problem shows on line %1). Close it, or put text that starts with &quot;[&quot; in quotes.</source>
        <translation>Die hier mit „[“ geöffnete Liste wird nicht mit „]“ geschlossen (das Problem zeigt sich in Zeile %1). Schließen Sie sie, oder setzen Sie Text, der mit „[“ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The mapping opened with &quot;{&quot; here is not closed with &quot;}&quot; (the problem shows on line %1). If it is a {{ }} template placeholder, fill it in; text that starts with &quot;{&quot; must be in quotes.</source>
        <translation>Die hier mit „{“ geöffnete Zuordnung wird nicht mit „}“ geschlossen (das Problem zeigt sich in Zeile %1). Wenn es ein {{ }}-Vorlagen-Platzhalter ist, füllen Sie ihn aus; Text, der mit „{“ beginnt, muss in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>The indentation of this line does not fit the lines above it (the block it should belong to starts on line %1). Check the spaces at the start of the line, the &quot;- &quot; of list items and the space after &quot;:&quot;.</source>
        <translation>Die Einrückung dieser Zeile passt nicht zu den Zeilen darüber (der Block, zu dem sie gehören sollte, beginnt in Zeile %1). Prüfen Sie die Leerzeichen am Zeilenanfang, das „- “ der Listeneinträge und das Leerzeichen nach „:“.</translation>
    </message>
    <message>
        <source>A &quot;- &quot; list item is not allowed here. Check the indentation, or put text that starts with &quot;- &quot; in quotes.</source>
        <translation>Ein „- “-Listeneintrag ist hier nicht erlaubt. Prüfen Sie die Einrückung, oder setzen Sie Text, der mit „- “ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;&amp;&quot; and &quot;*&quot; at the start of a value mark an anchor or alias, and must be followed by a name of letters, digits, &quot;-&quot; or &quot;_&quot;. Put text that starts with &quot;&amp;&quot; or &quot;*&quot; in quotes.</source>
        <translation>„&amp;“ und „*“ am Anfang eines Werts kennzeichnen einen Anker oder Alias und müssen von einem Namen aus Buchstaben, Ziffern, „-“ oder „_“ gefolgt werden. Setzen Sie Text, der mit „&amp;“ oder „*“ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;!&quot; at the start of a value marks a tag. Put text that starts with &quot;!&quot; in quotes.</source>
        <translation>„!“ am Anfang eines Werts kennzeichnet ein Tag. Setzen Sie Text, der mit „!“ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The &quot;|&quot; or &quot;&gt;&quot; here starts a block of text, but what follows it is not valid: %1. Put text that starts with &quot;|&quot; or &quot;&gt;&quot; in quotes.</source>
        <translation>Das „|“ oder „&gt;“ hier beginnt einen Textblock, aber was darauf folgt, ist ungültig: %1. Setzen Sie Text, der mit „|“ oder „&gt;“ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Tabs cannot be used for indentation; use spaces.</source>
        <translation>Tabulatoren können nicht zum Einrücken verwendet werden; verwenden Sie Leerzeichen.</translation>
    </message>
    <message>
        <source>Unexpected character. Text that starts with a special character such as @, ` or % must be in quotes.</source>
        <translation>Unerwartetes Zeichen. Text, der mit einem Sonderzeichen wie @, ` oder % beginnt, muss in Anführungszeichen stehen.</translation>
    </message>
    <message>
        <source>The text here follows the end of the metadata; an episode holds one YAML document.</source>
        <translation>Der Text hier folgt auf das Ende der Metadaten; eine Episode enthält nur ein YAML-Dokument.</translation>
    </message>
    <message>
        <source>A value is missing here. Put text that starts with a special character in quotes.</source>
        <translation>Hier fehlt ein Wert. Setzen Sie Text, der mit einem Sonderzeichen beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The YAML is not valid here (%1, %2).</source>
        <translation>Das YAML ist hier ungültig (%1, %2).</translation>
    </message>
    <message>
        <source>The YAML is not valid here (%1).</source>
        <translation>Das YAML ist hier ungültig (%1).</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>The data is nested too deeply to be an episode.</source>
        <translation>Die Daten sind zu tief verschachtelt für eine Episode.</translation>
    </message>
    <message>
        <source>Aliases (*name) here would repeat the data far too often; the file is refused.</source>
        <translation>Aliase (*name) würden die Daten hier viel zu oft wiederholen; die Datei wird abgelehnt.</translation>
    </message>
    <message>
        <source>&quot;{{ ... }}&quot; looks like a template placeholder, which is not valid YAML here. Fill it in, or put the value in quotes.</source>
        <translation>„{{ ... }}“ sieht wie ein Vorlagen-Platzhalter aus, der hier kein gültiges YAML ist. Füllen Sie ihn aus oder setzen Sie den Wert in Anführungszeichen.</translation>
    </message>
    <message>
        <source>A key must be plain text, not a list or mapping.</source>
        <translation>Ein Schlüssel muss einfacher Text sein, keine Liste oder Zuordnung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a number but is not one. Write it in quotes if it is meant as text.</source>
        <translation>„%1“ sieht wie eine Zahl aus, ist aber keine. Setzen Sie es in Anführungszeichen, wenn es als Text gemeint ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a date but is not a valid one. Write it in quotes if it is meant as text.</source>
        <translation>„%1“ sieht wie ein Datum aus, ist aber kein gültiges. Setzen Sie es in Anführungszeichen, wenn es als Text gemeint ist.</translation>
    </message>
    <message>
        <source>A value cannot be &quot;%1&quot; on its own (it is a YAML key symbol); put it in quotes.</source>
        <translation>Ein Wert kann nicht nur aus „%1“ bestehen (es ist ein YAML-Schlüsselsymbol); setzen Sie ihn in Anführungszeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!int but is not a whole number.</source>
        <translation>„%1“ ist als !!int gekennzeichnet, ist aber keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!float but is not a number.</source>
        <translation>„%1“ ist als !!float gekennzeichnet, ist aber keine Zahl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!bool but is not yes/no/true/false/on/off.</source>
        <translation>„%1“ ist als !!bool gekennzeichnet, ist aber nicht yes/no/true/false/on/off.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!timestamp but is not a valid date.</source>
        <translation>„%1“ ist als !!timestamp gekennzeichnet, ist aber kein gültiges Datum.</translation>
    </message>
    <message>
        <source>Binary data (!!binary) is not supported in an episode.</source>
        <translation>Binärdaten (!!binary) werden in einer Episode nicht unterstützt.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not known to YAML readers, so the file would be refused. Remove the tag, or put text that starts with &quot;!&quot; in quotes.</source>
        <translation>Das Tag „%1“ ist YAML-Lesern nicht bekannt, daher würde die Datei abgelehnt. Entfernen Sie das Tag, oder setzen Sie Text, der mit „!“ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>The alias *%1 refers to an anchor &amp;%1 that is not defined before it.</source>
        <translation>Der Alias *%1 verweist auf einen Anker &amp;%1, der nicht davor definiert ist.</translation>
    </message>
    <message>
        <source>The alias *%1 refers to the value it is part of; the editor does not keep such circular data.</source>
        <translation>Der Alias *%1 verweist auf den Wert, zu dem er selbst gehört; solche zirkulären Daten behält der Editor nicht.</translation>
    </message>
    <message>
        <source>The YAML is not valid here.</source>
        <translation>Das YAML ist hier ungültig.</translation>
    </message>
    <message>
        <source>The anchor &amp;%1 is defined twice (first on line %2); anchor names must be unique.</source>
        <translation>Der Anker &amp;%1 ist zweimal definiert (zuerst in Zeile %2); Ankernamen müssen eindeutig sein.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; (sets and ordered mappings) is not supported in an episode.</source>
        <translation>Das Tag „%1“ (Mengen und geordnete Zuordnungen) wird in einer Episode nicht unterstützt.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; does not fit a %2 here, or is not known to YAML readers. Remove the tag, or put text that starts with &quot;!&quot; in quotes.</source>
        <translation>Das Tag „%1“ passt hier nicht zu einer %2 oder ist YAML-Lesern nicht bekannt. Entfernen Sie das Tag, oder setzen Sie Text, der mit „!“ beginnt, in Anführungszeichen.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>The merge key &quot;&lt;&lt;&quot; needs a mapping or a list of mappings (usually an alias *name).</source>
        <translation>Der Merge-Schlüssel „&lt;&lt;“ braucht eine Zuordnung oder eine Liste von Zuordnungen (meist einen Alias *name).</translation>
    </message>
    <message>
        <source>The number &quot;%1&quot; is too large: the editor keeps whole numbers between -9223372036854775808 and 9223372036854775807. Write it in quotes if it is meant as text.</source>
        <translation>Die Zahl „%1“ ist zu groß: Der Editor speichert ganze Zahlen zwischen -9223372036854775808 und 9223372036854775807. Setzen Sie sie in Anführungszeichen, wenn sie als Text gemeint ist.</translation>
    </message>
    <message>
        <source>This key has no name before its &quot;:&quot;, so YAML reads it as empty (null); the editor keeps only text keys inside a value. Write the name (&quot;&amp;&quot; starts an anchor, not a name), or put &quot;&quot; around an empty key.</source>
        <translation>Dieser Schlüssel hat vor seinem „:“ keinen Namen, daher liest YAML ihn als leer (null); der Editor behält innerhalb eines Werts nur Text-Schlüssel. Schreiben Sie den Namen („&amp;“ beginnt einen Anker, keinen Namen) oder setzen Sie &quot;&quot; um einen leeren Schlüssel.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>leer (null)</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is read as %2 by YAML, not as text; the editor keeps only text keys inside a value. Put the key in quotes if it is meant as text.</source>
        <translation>YAML liest den Schlüssel „%1“ als %2, nicht als Text; der Editor behält innerhalb eines Werts nur Text-Schlüssel. Setzen Sie den Schlüssel in Anführungszeichen, wenn er Text sein soll.</translation>
    </message>
</context>
</TS>
