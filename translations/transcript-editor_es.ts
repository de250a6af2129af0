<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AudioLocator</name>
    <message>
        <source>Audio files (%1)</source>
        <translation>Archivos de audio (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>The audio file &quot;%1&quot; does not exist.</source>
        <translation>El archivo de audio «%1» no existe.</translation>
    </message>
    <message>
        <source>The audio file &quot;%1&quot; cannot be read.</source>
        <translation>No se puede leer el archivo de audio «%1».</translation>
    </message>
    <message>
        <source>the file is not in a supported audio format</source>
        <translation>el archivo no está en un formato de audio compatible</translation>
    </message>
    <message>
        <source>Cannot play the audio file &quot;%1&quot;: %2</source>
        <translation>No se puede reproducir el archivo de audio «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CaptionImport</name>
    <message>
        <source>This is a binary file, not captions.</source>
        <translation>Es un archivo binario, no subtítulos.</translation>
    </message>
    <message>
        <source>The file holds no captions.</source>
        <translation>El archivo no contiene subtítulos.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Fix &amp;All of This Kind</source>
        <translation>Corregir todos &amp;de este tipo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Apply the suggested fix to the selected finding</source>
        <translation>Aplicar la corrección propuesta al problema seleccionado</translation>
    </message>
    <message>
        <source>Fix every finding of the selected kind in one undoable step</source>
        <translation>Corregir todos los problemas del tipo seleccionado en un solo paso que se puede deshacer</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Comprobaciones: %1</translation>
    </message>
    <message>
        <source>No document.</source>
        <translation>No hay ningún documento.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>This finding could not be fixed automatically.</source>
        <translation>Este problema no se ha podido corregir automáticamente.</translation>
    </message>
    <message>
        <source>Fix All of This Kind</source>
        <translation>Corregir todos de este tipo</translation>
    </message>
    <message numerus="yes">
        <source>Fixed %n finding(s).</source>
        <translation>
            <numerusform>Se ha corregido %n problema.</numerusform>
            <numerusform>Se han corregido %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fi&amp;x</source>
        <translation>Correg&amp;ir</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The document has no file name yet; use Save As.</source>
        <translation>El documento aún no tiene nombre de archivo; use «Guardar como».</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
</context>
<context>
    <name>EpisodeFile</name>
    <message>
        <source>Cannot open the file: %1</source>
        <translation>No se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB) to be an episode.</source>
        <translation>El archivo es demasiado grande (%1 MB) para ser un episodio.</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Cannot save the file: %1</source>
        <translation>No se puede guardar el archivo: %1</translation>
    </message>
    <message>
        <source>The file was not saved, because a check found that the new file would not read back as the edited episode (%1). The original file is unchanged. Please report this problem.</source>
        <translation>El archivo no se guardó porque una comprobación detectó que el nuevo archivo, al volver a leerse, no coincidiría con el episodio editado (%1). El archivo original no ha cambiado. Por favor, informe de este problema.</translation>
    </message>
    <message>
        <source>The file was not exported, because a check found that it would not read back as the episode (%1). Please report this problem.</source>
        <translation>El archivo no se exportó porque una comprobación detectó que, al volver a leerse, no coincidiría con el episodio (%1). Por favor, informe de este problema.</translation>
    </message>
    <message>
        <source>a key is not plain text</source>
        <translation>una clave no es texto simple</translation>
    </message>
    <message>
        <source>the top-level keys</source>
        <translation>las claves de primer nivel</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>un valor vacío</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un mapa</translation>
    </message>
</context>
<context>
    <name>EpisodeLayout</name>
    <message>
        <source>The episode has a markdown body after its front matter, which a YAML file cannot hold; save it as .md or use Export Cleaned YAML.</source>
        <translation>El episodio tiene un cuerpo markdown tras su front matter, que un archivo YAML no puede contener; guárdelo como .md o use «Exportar YAML limpio».</translation>
    </message>
</context>
<context>
    <name>EpisodePanel</name>
    <message>
        <source>Guests:</source>
        <translation>Invitados:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>Títu&amp;lo:</translation>
    </message>
    <message>
        <source>Sh&amp;ort:</source>
        <translation>Título &amp;corto:</translation>
    </message>
    <message>
        <source>Seaso&amp;n:</source>
        <translation>Te&amp;mporada:</translation>
    </message>
    <message>
        <source>Episo&amp;de:</source>
        <translation>E&amp;pisodio:</translation>
    </message>
</context>
<context>
    <name>EpisodeParser</name>
    <message>
        <source>The file contains a NUL byte: it is a binary file, not an episode.</source>
        <translation>El archivo contiene un byte NUL: es un archivo binario, no un episodio.</translation>
    </message>
    <message>
        <source>This line is longer than %1 bytes; that is not an episode file.</source>
        <translation>Esta línea tiene más de %1 bytes; no es un archivo de episodio.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text (byte 0x%1). Save the file as UTF-8.</source>
        <translation>Esta línea no es texto UTF-8 válido (byte 0x%1). Guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The front matter that starts here is never closed: a line with exactly &quot;---&quot; must follow the metadata.</source>
        <translation>El bloque de metadatos (front matter) que empieza aquí nunca se cierra: tras los metadatos debe haber una línea que sea exactamente «---».</translation>
    </message>
    <message>
        <source>The first line must be exactly &quot;---&quot; to open the front matter, but it is &quot;%1&quot;. Remove the stray characters.</source>
        <translation>La primera línea debe ser exactamente «---» para abrir el bloque de metadatos, pero es «%1». Elimine los caracteres sobrantes.</translation>
    </message>
    <message>
        <source>The file is too large (%1 MB) to be an episode.</source>
        <translation>El archivo es demasiado grande (%1 MB) para ser un episodio.</translation>
    </message>
    <message>
        <source>Tabs cannot be used for indentation; use spaces.</source>
        <translation>No se pueden usar tabuladores para sangrar; use espacios.</translation>
    </message>
    <message>
        <source>The metadata must be a mapping of keys (title:, transcript:, ...), but it is %1.</source>
        <translation>Los metadatos deben ser un mapa de claves (title:, transcript:, ...), pero son %1.</translation>
    </message>
    <message>
        <source>A top-level key must be plain text, but here it is %1.</source>
        <translation>Una clave de primer nivel debe ser texto simple, pero aquí es %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice (first on line %2).</source>
        <translation>La clave «%1» aparece dos veces (la primera en la línea %2).</translation>
    </message>
    <message>
        <source>Each top-level key must start on a line of its own.</source>
        <translation>Cada clave de primer nivel debe empezar en su propia línea.</translation>
    </message>
    <message>
        <source>&quot;transcript&quot; must be a list of items (&quot;- line: ...&quot;), but it is %1.</source>
        <translation>«transcript» debe ser una lista de elementos («- line: ...»), pero es %1.</translation>
    </message>
    <message>
        <source>A transcript item cannot be an alias (*name); write the item out.</source>
        <translation>Un elemento de la transcripción no puede ser un alias (*name); escriba el elemento completo.</translation>
    </message>
    <message>
        <source>Each transcript item must start on a line of its own.</source>
        <translation>Cada elemento de la transcripción debe empezar en su propia línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value. Write a value or remove the key.</source>
        <translation>«%1» no tiene valor. Escriba un valor o elimine la clave.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text, but it is %2.</source>
        <translation>«%1» debe ser texto, pero es %2.</translation>
    </message>
    <message>
        <source>A transcript item must be a mapping with &quot;line:&quot; or &quot;header:&quot;, but this one is %1.</source>
        <translation>Un elemento de la transcripción debe ser un mapa con «line:» o «header:», pero este es %1.</translation>
    </message>
    <message>
        <source>A key in a transcript item must be plain text, but here it is %1.</source>
        <translation>Una clave de un elemento de la transcripción debe ser texto simple, pero aquí es %1.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in this transcript item.</source>
        <translation>La clave «%1» aparece dos veces en este elemento de la transcripción.</translation>
    </message>
    <message>
        <source>&quot;sec&quot; must be a whole number of seconds, but it is &quot;%1&quot;.</source>
        <translation>«sec» debe ser un número entero de segundos, pero es «%1».</translation>
    </message>
    <message>
        <source>This transcript item has both &quot;line&quot; and &quot;header&quot;; an item is either a spoken line or a header.</source>
        <translation>Este elemento de la transcripción tiene «line» y «header» a la vez; un elemento es o una línea hablada o un encabezado.</translation>
    </message>
    <message>
        <source>This transcript item has neither &quot;line&quot; nor &quot;header&quot;.</source>
        <translation>Este elemento de la transcripción no tiene ni «line» ni «header».</translation>
    </message>
    <message>
        <source>A list item needs a space after &quot;-&quot; (&quot;- line: ...&quot;); this line has none, so the lines after it do not fit.</source>
        <translation>Un elemento de lista necesita un espacio después de «-» («- line: ...»); esta línea no lo tiene, así que las líneas siguientes no encajan.</translation>
    </message>
    <message>
        <source>The file holds more than one YAML document; an episode is one mapping.</source>
        <translation>El archivo contiene más de un documento YAML; un episodio es un único mapa.</translation>
    </message>
    <message>
        <source>The metadata must be a mapping of keys (title:, transcript:, ...), but it is a list.</source>
        <translation>Los metadatos deben ser un mapa de claves (title:, transcript:, ...), pero son una lista.</translation>
    </message>
    <message>
        <source>An anchor or tag on the whole metadata is not supported in an episode.</source>
        <translation>En un episodio no se admite un ancla ni una etiqueta sobre los metadatos completos.</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) among the top-level keys is not supported in an episode.</source>
        <translation>En un episodio no se admite una clave de fusión (&lt;&lt;) entre las claves de primer nivel.</translation>
    </message>
    <message>
        <source>an alias</source>
        <translation>un alias</translation>
    </message>
    <message>
        <source>An anchor or tag on the transcript list is not supported in an episode.</source>
        <translation>En un episodio no se admite un ancla ni una etiqueta sobre la lista de la transcripción.</translation>
    </message>
    <message>
        <source>An anchor or tag on a whole transcript item is not supported in an episode.</source>
        <translation>En un episodio no se admite un ancla ni una etiqueta sobre un elemento completo de la transcripción.</translation>
    </message>
    <message>
        <source>A merge key (&lt;&lt;) in a transcript item is not supported in an episode.</source>
        <translation>En un episodio no se admite una clave de fusión (&lt;&lt;) en un elemento de la transcripción.</translation>
    </message>
</context>
<context>
    <name>FileKind</name>
    <message>
        <source>This is neither an episode (YAML front matter or a YAML file with a transcript) nor captions (M:SS lines, SRT or WebVTT).</source>
        <translation>Esto no es ni un episodio (front matter YAML o un archivo YAML con transcripción) ni subtítulos (líneas M:SS, SRT o WebVTT).</translation>
    </message>
    <message>
        <source>Episodes and captions (*.md *.yaml *.yml *.srt *.vtt *.txt);;Episodes (*.md *.yaml *.yml);;Captions (*.srt *.vtt *.txt);;All files (*)</source>
        <translation>Episodios y subtítulos (*.md *.yaml *.yml *.srt *.vtt *.txt);;Episodios (*.md *.yaml *.yml);;Subtítulos (*.srt *.vtt *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>FindDialog</name>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Reemplazar &amp;con:</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>E&amp;xpresión regular</translation>
    </message>
    <message>
        <source>&amp;Match case</source>
        <translation>&amp;Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <source>In &amp;text</source>
        <translation>En el &amp;texto</translation>
    </message>
    <message>
        <source>In s&amp;peakers</source>
        <translation>En los &amp;hablantes</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Reemplazar</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Reemplazar t&amp;odo</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Buscar y reemplazar</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>regex: \1 or $1 for groups</source>
        <translation>expresión regular: \1 o $1 para los grupos</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>No match for “%1”.</source>
        <translation>No hay coincidencias para «%1».</translation>
    </message>
    <message>
        <source>Found in row %1.</source>
        <translation>Encontrado en la fila %1.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced %n occurrence(s).</source>
        <translation>
            <numerusform>Se ha reemplazado %n coincidencia.</numerusform>
            <numerusform>Se han reemplazado %n coincidencias.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplace</name>
    <message>
        <source>Nothing to find.</source>
        <translation>No hay nada que buscar.</translation>
    </message>
    <message>
        <source>Choose where to search: text, speakers or both.</source>
        <translation>Elija dónde buscar: en el texto, en los hablantes o en ambos.</translation>
    </message>
    <message>
        <source>Invalid regular expression at character %1: %2</source>
        <translation>Expresión regular no válida en el carácter %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Replace all (%n)</source>
        <translation>
            <numerusform>Reemplazar todo (%n)</numerusform>
            <numerusform>Reemplazar todo (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Finding</name>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>nota</translation>
    </message>
</context>
<context>
    <name>JoinParagraphsDialog</name>
    <message>
        <source>Start a new paragraph after a sentence once it is long enough</source>
        <translation>Empezar un párrafo nuevo tras el final de una frase cuando ya sea bastante largo</translation>
    </message>
    <message>
        <source>Join into Paragraphs</source>
        <translation>Unir en párrafos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>A longer silence between two fragments starts a new paragraph</source>
        <translation>Un silencio más largo entre dos fragmentos empieza un párrafo nuevo</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>No paragraph grows beyond this length</source>
        <translation>Ningún párrafo supera esta longitud</translation>
    </message>
    <message>
        <source>Maximum &amp;pause:</source>
        <translation>&amp;Pausa máxima:</translation>
    </message>
    <message>
        <source>Maximum &amp;length:</source>
        <translation>&amp;Longitud máxima:</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Unir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>%1 fragments → %2 paragraphs</source>
        <translation>%1 fragmentos → %2 párrafos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Transcript Editor</source>
        <translation>&amp;Acerca de Transcript Editor</translation>
    </message>
    <message>
        <source>About Transcript Editor</source>
        <translation>Acerca de Transcript Editor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Transcript Editor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edit podcast episode transcripts: speakers, timestamps, sections and audio, saved back to the episode file untouched where you did not edit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Transcript Editor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Edite las transcripciones de episodios de pódcast: hablantes, marcas de tiempo, secciones y audio, guardadas de nuevo en el archivo del episodio sin tocar lo que usted no ha editado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Guardar &amp;como...</translation>
    </message>
    <message>
        <source>&amp;Export Cleaned YAML...</source>
        <translation>&amp;Exportar YAML limpio...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Hablantes</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Episodio</translation>
    </message>
    <message>
        <source>&lt;opened file&gt;</source>
        <translation>&lt;archivo abierto&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <source>The file could not be opened.

%1</source>
        <translation>No se ha podido abrir el archivo.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n entries.</source>
        <translation>
            <numerusform>Abierto %1: %n entrada.</numerusform>
            <numerusform>Abierto %1: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Episode files (*.md *.yaml *.yml);;All files (*)</source>
        <translation>Archivos de episodio (*.md *.yaml *.yml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>No se puede guardar el archivo</translation>
    </message>
    <message>
        <source>The file could not be saved.

%1</source>
        <translation>No se ha podido guardar el archivo.

%1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Save Episode As</source>
        <translation>Guardar episodio como</translation>
    </message>
    <message>
        <source>Export Cleaned YAML</source>
        <translation>Exportar YAML limpio</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>Archivos YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message>
        <source>The file could not be written.

%1</source>
        <translation>No se ha podido escribir el archivo.

%1</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exportado %1.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has unsaved changes. Do you want to save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Quiere guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>&amp;Buscar...</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Buscar a&amp;nterior</translation>
    </message>
    <message>
        <source>&amp;Merge with Next Line</source>
        <translation>&amp;Unir con la línea siguiente</translation>
    </message>
    <message>
        <source>Merge &amp;Selected Lines</source>
        <translation>Unir &amp;líneas seleccionadas</translation>
    </message>
    <message>
        <source>S&amp;plit Line at Cursor</source>
        <translation>Di&amp;vidir la línea en el cursor</translation>
    </message>
    <message>
        <source>Insert &amp;Header Above</source>
        <translation>Insertar &amp;encabezado encima</translation>
    </message>
    <message>
        <source>Insert &amp;Line Below</source>
        <translation>Insertar línea deba&amp;jo</translation>
    </message>
    <message>
        <source>&amp;Toggle Line/Header</source>
        <translation>Alternar línea/encabe&amp;zado</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Eliminar &amp;filas</translation>
    </message>
    <message>
        <source>&amp;No Speaker</source>
        <translation>&amp;Sin hablante</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Hablante %1</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Merge Lines</source>
        <translation>Unir líneas</translation>
    </message>
    <message>
        <source>The lines have different speakers. Merge them anyway? The merged line keeps the speaker “%1”.</source>
        <translation>Las líneas tienen hablantes distintos. ¿Unirlas de todos modos? La línea unida conserva el hablante «%1».</translation>
    </message>
    <message>
        <source>Cannot merge across a section header.</source>
        <translation>No se puede unir por encima de un encabezado de sección.</translation>
    </message>
    <message>
        <source>Only consecutive lines can be merged.</source>
        <translation>Solo se pueden unir líneas consecutivas.</translation>
    </message>
    <message>
        <source>Select at least two lines to merge (or a line that has a next line).</source>
        <translation>Seleccione al menos dos líneas para unir (o una línea que tenga otra a continuación).</translation>
    </message>
    <message>
        <source>To split a line, edit its text (F2 or Enter), place the cursor and press %1.</source>
        <translation>Para dividir una línea, edite su texto (F2 o Intro), coloque el cursor y pulse %1.</translation>
    </message>
    <message>
        <source>A section header cannot be split.</source>
        <translation>Un encabezado de sección no se puede dividir.</translation>
    </message>
    <message>
        <source>The line could not be split here.</source>
        <translation>La línea no se ha podido dividir aquí.</translation>
    </message>
    <message>
        <source>No speaker has the number %1.</source>
        <translation>Ningún hablante tiene el número %1.</translation>
    </message>
    <message>
        <source>Speaker removed.</source>
        <translation>Hablante quitado.</translation>
    </message>
    <message>
        <source>Speaker set to %1.</source>
        <translation>Hablante asignado: %1.</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Nueva sección</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n row(s).</source>
        <translation>
            <numerusform>Se ha eliminado %n fila.</numerusform>
            <numerusform>Se han eliminado %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playback speed %1×</source>
        <translation>Velocidad de reproducción %1×</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>&amp;Play/Pause</source>
        <translation>Reproducir/&amp;Pausa</translation>
    </message>
    <message>
        <source>&amp;Back 5 Seconds</source>
        <translation>&amp;Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>&amp;Forward 5 Seconds</source>
        <translation>&amp;Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>Más rápi&amp;do</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>Velocidad &amp;normal</translation>
    </message>
    <message>
        <source>Play from &amp;Line</source>
        <translation>Reproducir desde la lín&amp;ea</translation>
    </message>
    <message>
        <source>L&amp;oop Line</source>
        <translation>Repetir la línea en &amp;bucle</translation>
    </message>
    <message>
        <source>Play &amp;Selection</source>
        <translation>Reproducir la &amp;selección</translation>
    </message>
    <message>
        <source>Set Line &amp;Time from Playhead</source>
        <translation>Poner a la línea el &amp;tiempo del cabezal</translation>
    </message>
    <message>
        <source>Attach &amp;Audio...</source>
        <translation>Asociar audi&amp;o...</translation>
    </message>
    <message>
        <source>No audio is loaded. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>No hay audio cargado. Use Reproducción &gt; Asociar audio... para elegir la grabación.</translation>
    </message>
    <message>
        <source>Spee&amp;d</source>
        <translation>Veloc&amp;idad</translation>
    </message>
    <message>
        <source>&amp;Rewind on Pause</source>
        <translation>Retro&amp;ceso al pausar</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Speaker of &amp;Heard Line</source>
        <translation>&amp;Hablante de la línea que suena</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Attach Audio</source>
        <translation>Asociar audio</translation>
    </message>
    <message>
        <source>Cannot Play Audio</source>
        <translation>No se puede reproducir el audio</translation>
    </message>
    <message>
        <source>Audio: %1 (%2)</source>
        <translation>Audio: %1 (%2)</translation>
    </message>
    <message>
        <source>No audio for this unsaved episode. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>No hay audio para este episodio sin guardar. Use Reproducción &gt; Asociar audio... para elegir la grabación.</translation>
    </message>
    <message>
        <source>The audio file attached to this episode, &quot;%1&quot;, no longer exists. Use Playback &gt; Attach Audio... to choose it again.</source>
        <translation>El archivo de audio asociado a este episodio, «%1», ya no existe. Use Reproducción &gt; Asociar audio... para elegirlo de nuevo.</translation>
    </message>
    <message>
        <source>No audio found for %1: looked for %2.mp3 (or .m4a, .ogg, .opus, .wav, .flac) beside it and in its audio folder. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>No se ha encontrado audio para %1: se ha buscado %2.mp3 (o .m4a, .ogg, .opus, .wav, .flac) junto a él y en su carpeta de audio. Use Reproducción &gt; Asociar audio... para elegir la grabación.</translation>
    </message>
    <message>
        <source>&amp;Checks</source>
        <translation>Co&amp;mprobaciones</translation>
    </message>
    <message>
        <source>The recovery copy could not be written: %1</source>
        <translation>No se pudo escribir la copia de recuperación: %1</translation>
    </message>
    <message>
        <source>The recovered changes were discarded.</source>
        <translation>Se descartaron los cambios recuperados.</translation>
    </message>
    <message>
        <source>Restored the unsaved changes from %1. Save to keep them.</source>
        <translation>Se restauraron los cambios sin guardar de %1. Guarde para conservarlos.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved on disk. Save writes it again.</source>
        <translation>%1 se eliminó o se movió en el disco. Guardar lo vuelve a escribir.</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <source>“%1” has been changed on disk by another program, and you have unsaved edits.</source>
        <translation>«%1» ha sido modificado en el disco por otro programa y usted tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Reload the file and drop your edits, or keep your edits (saving will ask before replacing the other program&apos;s version)?</source>
        <translation>¿Recargar el archivo y descartar sus cambios, o conservar sus cambios (al guardar se preguntará antes de reemplazar la versión del otro programa)?</translation>
    </message>
    <message>
        <source>&amp;Reload and Drop My Edits</source>
        <translation>&amp;Recargar y descartar mis cambios</translation>
    </message>
    <message>
        <source>&amp;Keep My Edits</source>
        <translation>&amp;Conservar mis cambios</translation>
    </message>
    <message>
        <source>Kept your edits; %1 on disk differs from them.</source>
        <translation>Se conservaron sus cambios; %1 en el disco difiere de ellos.</translation>
    </message>
    <message>
        <source>%1 changed on disk but cannot be read: %2</source>
        <translation>%1 cambió en el disco pero no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1 was changed on disk and has been reloaded.</source>
        <translation>%1 cambió en el disco y se ha recargado.</translation>
    </message>
    <message>
        <source>“%1” has been changed on disk since you opened or last saved it.</source>
        <translation>«%1» ha cambiado en el disco desde que lo abrió o lo guardó por última vez.</translation>
    </message>
    <message>
        <source>“%1” has been deleted or moved on disk since you opened or last saved it.</source>
        <translation>«%1» se ha eliminado o movido en el disco desde que lo abrió o lo guardó por última vez.</translation>
    </message>
    <message>
        <source>Saving replaces the version on disk with yours. Save anyway?</source>
        <translation>Guardar reemplaza la versión del disco por la suya. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Saving writes your version there again. Save anyway?</source>
        <translation>Guardar vuelve a escribir su versión allí. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save Anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
    <message>
        <source>No audio for this episode: use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>No hay audio para este episodio: use Reproducción &gt; Asociar audio... para elegir la grabación.</translation>
    </message>
    <message>
        <source>Insert &amp;Header Here</source>
        <translation>Insertar &amp;encabezado aquí</translation>
    </message>
    <message>
        <source>Open an episode (.md or .yaml) or captions (.srt, .vtt, .txt) with Ctrl+O or drop it here.</source>
        <translation>Abra un episodio (.md o .yaml) o subtítulos (.srt, .vtt, .txt) con Ctrl+O o arrástrelo aquí.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file could not be opened.

%1: %2</source>
        <translation>No se pudo abrir el archivo.

%1: %2</translation>
    </message>
    <message>
        <source>Open Episode or Captions</source>
        <translation>Abrir episodio o subtítulos</translation>
    </message>
    <message>
        <source>R&amp;eplace...</source>
        <translation>Ree&amp;mplazar...</translation>
    </message>
    <message>
        <source>Delete Rows (Table Focused)</source>
        <translation>Eliminar filas (tabla con el foco)</translation>
    </message>
    <message>
        <source>Set Spea&amp;ker</source>
        <translation>&amp;Asignar hablante</translation>
    </message>
    <message>
        <source>Back (Table Focused)</source>
        <translation>Retroceder (tabla con el foco)</translation>
    </message>
    <message>
        <source>Forward (Table Focused)</source>
        <translation>Avanzar (tabla con el foco)</translation>
    </message>
    <message>
        <source>Spl&amp;it Line at Playhead</source>
        <translation>Di&amp;vidir la línea en el cabezal</translation>
    </message>
    <message>
        <source>Follo&amp;w Playback</source>
        <translation>Se&amp;guir la reproducción</translation>
    </message>
    <message>
        <source>The captions could not be opened.

%1</source>
        <translation>No se pudieron abrir los subtítulos.

%1</translation>
    </message>
    <message>
        <source>The file could not be opened.

%1: there are no captions in it.</source>
        <translation>No se pudo abrir el archivo.

%1: no contiene subtítulos.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the captions %1 as a new episode: %n line(s). Save As writes it as an episode file.</source>
        <translation>
            <numerusform>Se abrieron los subtítulos %1 como episodio nuevo: %n línea. «Guardar como» lo guarda como archivo de episodio.</numerusform>
            <numerusform>Se abrieron los subtítulos %1 como episodio nuevo: %n líneas. «Guardar como» lo guarda como archivo de episodio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set Speaker %1</source>
        <translation>Asignar el hablante %1</translation>
    </message>
    <message>
        <source>Give the Line Being Heard Speaker %1</source>
        <translation>Asignar el hablante %1 a la línea que suena</translation>
    </message>
    <message>
        <source>Preferen&amp;ces...</source>
        <translation>Preferen&amp;cias...</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Back %n Second(s)</source>
        <translation>
            <numerusform>&amp;Retroceder %n segundo</numerusform>
            <numerusform>&amp;Retroceder %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Forward %n Second(s)</source>
        <translation>
            <numerusform>&amp;Avanzar %n segundo</numerusform>
            <numerusform>&amp;Avanzar %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>Expected a time at the start of the line (M:SS text).</source>
        <translation>Se esperaba un tiempo al principio de la línea (M:SS texto).</translation>
    </message>
    <message>
        <source>This is not a caption file: expected lines like &quot;1:23 text&quot;, an SRT cue or WEBVTT.</source>
        <translation>No es un archivo de subtítulos: se esperaban líneas como «1:23 texto», un bloque SRT o WEBVTT.</translation>
    </message>
    <message>
        <source>Bad timestamp &quot;%1&quot;.</source>
        <translation>Marca de tiempo incorrecta «%1».</translation>
    </message>
    <message>
        <source>Expected a cue timing line (00:00.000 --&gt; 00:01.000).</source>
        <translation>Se esperaba una línea de tiempos del subtítulo (00:00.000 --&gt; 00:01.000).</translation>
    </message>
    <message>
        <source>Expected a subtitle number followed by a time range (00:00:00,000 --&gt; 00:00:01,000).</source>
        <translation>Se esperaba un número de subtítulo seguido de un intervalo de tiempo (00:00:00,000 --&gt; 00:00:01,000).</translation>
    </message>
    <message>
        <source>Bad cue timing &quot;%1&quot;.</source>
        <translation>Tiempos de subtítulo incorrectos «%1».</translation>
    </message>
</context>
<context>
    <name>PlaybackController</name>
    <message>
        <source>No audio is loaded. Use Playback &gt; Attach Audio... to choose the recording.</source>
        <translation>No hay audio cargado. Use Reproducción &gt; Asociar audio... para elegir la grabación.</translation>
    </message>
    <message>
        <source>This line has no time to play from.</source>
        <translation>Esta línea no tiene un tiempo desde el que reproducir.</translation>
    </message>
    <message>
        <source>Loop off.</source>
        <translation>Bucle desactivado.</translation>
    </message>
    <message>
        <source>Select a line with a time to loop it.</source>
        <translation>Seleccione una línea con tiempo para repetirla en bucle.</translation>
    </message>
    <message>
        <source>This line has no length to loop.</source>
        <translation>Esta línea no tiene duración para repetirla en bucle.</translation>
    </message>
    <message>
        <source>Looping %1 to %2.</source>
        <translation>Bucle de %1 a %2.</translation>
    </message>
    <message>
        <source>Select the lines to play.</source>
        <translation>Seleccione las líneas que quiere reproducir.</translation>
    </message>
    <message>
        <source>The selected lines have no time to play.</source>
        <translation>Las líneas seleccionadas no tienen tiempo para reproducirlas.</translation>
    </message>
    <message>
        <source>Select a line to give it the playhead&apos;s time.</source>
        <translation>Seleccione una línea para darle el tiempo del cabezal.</translation>
    </message>
    <message>
        <source>Line time set to %1.</source>
        <translation>Tiempo de la línea puesto en %1.</translation>
    </message>
    <message>
        <source>Place the text cursor where the line should be split.</source>
        <translation>Coloque el cursor de texto donde se debe dividir la línea.</translation>
    </message>
    <message>
        <source>The line cannot be split there.</source>
        <translation>La línea no se puede dividir ahí.</translation>
    </message>
    <message>
        <source>There is no speaker number %1.</source>
        <translation>No hay ningún hablante con el número %1.</translation>
    </message>
    <message>
        <source>No line is being heard.</source>
        <translation>No está sonando ninguna línea.</translation>
    </message>
    <message>
        <source>%1 speaks the line at %2.</source>
        <translation>%1 dice la línea de %2.</translation>
    </message>
    <message>
        <source>This line starts at %1, past the end of the audio (%2 long).</source>
        <translation>Esta línea empieza en %1, después del final del audio (que dura %2).</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>No audio loaded.</source>
        <translation>No hay audio cargado.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
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
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>Short&amp;cuts</source>
        <translation>&amp;Atajos</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The longest time an edit waits before it is in the recovery copy.</source>
        <translation>El tiempo máximo que espera un cambio antes de pasar a la copia de recuperación.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>Guardado a&amp;utomático cada:</translation>
    </message>
    <message>
        <source>Table &amp;font size:</source>
        <translation>Tamaño de &amp;letra de la tabla:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
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
        <translation>S&amp;eguir la reproducción de forma predeterminada (la tabla se desplaza a la línea que suena)</translation>
    </message>
    <message>
        <source>&amp;Skip back and forward by:</source>
        <translation>&amp;Saltar hacia atrás y adelante:</translation>
    </message>
    <message>
        <source>&amp;Rewind on pause:</source>
        <translation>Retro&amp;ceso al pausar:</translation>
    </message>
    <message>
        <source>Speed s&amp;tep (Faster / Slower):</source>
        <translation>&amp;Paso de velocidad (Más rápido / Más lento):</translation>
    </message>
    <message>
        <source>Action or key, e.g. merge or Ctrl+M</source>
        <translation>Acción o tecla, p. ej., unir o Ctrl+M</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Tecla:</translation>
    </message>
    <message>
        <source>Alter&amp;nate key:</source>
        <translation>Tecla alter&amp;nativa:</translation>
    </message>
    <message>
        <source>Reset to &amp;Default</source>
        <translation>Restablecer el pre&amp;determinado</translation>
    </message>
    <message>
        <source>Reset All to Defa&amp;ults</source>
        <translation>Restablecer t&amp;odos los predeterminados</translation>
    </message>
    <message>
        <source>%1 is given twice to “%2”.</source>
        <translation>%1 está asignado dos veces a «%2».</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of “%2”. Change or clear that one first.</source>
        <translation>%1 ya es el atajo de «%2». Cambie o borre ese atajo primero.</translation>
    </message>
    <message>
        <source>The default keys of “%1” are now used by “%2”. Change that one first.</source>
        <translation>Las teclas predeterminadas de «%1» las usa ahora «%2». Cambie primero ese atajo.</translation>
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
        <translation>Recuperar cambios sin guardar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved changes to “%1” were kept when the editor closed unexpectedly.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Se conservaron los cambios sin guardar de «%1» cuando el editor se cerró inesperadamente.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Copy made: %1</source>
        <translation>Copia creada: %1</translation>
    </message>
    <message>
        <source>The copy cannot be read: %1</source>
        <translation>No se puede leer la copia: %1</translation>
    </message>
    <message numerus="yes">
        <source>An untitled transcript with %n item(s).</source>
        <translation>
            <numerusform>Una transcripción sin título con %n elemento.</numerusform>
            <numerusform>Una transcripción sin título con %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy has the same content as the file.</source>
        <translation>La copia tiene el mismo contenido que el archivo.</translation>
    </message>
    <message>
        <source>Differences from the file: %1.</source>
        <translation>Diferencias con el archivo: %1.</translation>
    </message>
    <message>
        <source>The file has been changed on disk since these edits began. Restoring and saving would replace those changes.</source>
        <translation>El archivo ha cambiado en el disco desde que comenzaron estos cambios. Restaurar y guardar reemplazaría esas modificaciones.</translation>
    </message>
    <message>
        <source>The file no longer exists. Saving after restoring creates it again.</source>
        <translation>El archivo ya no existe. Guardar después de restaurar lo vuelve a crear.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed</source>
        <translation>
            <numerusform>%n elemento modificado</numerusform>
            <numerusform>%n elementos modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n eliminado</numerusform>
            <numerusform>%n eliminados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n metadata field(s) changed</source>
        <translation>
            <numerusform>%n campo de metadatos modificado</numerusform>
            <numerusform>%n campos de metadatos modificados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SampleHandler</name>
    <message>
        <source>the decoded stream has no sample rate</source>
        <translation>el flujo decodificado no tiene frecuencia de muestreo</translation>
    </message>
</context>
<context>
    <name>SaveCheck</name>
    <message>
        <source>the new file could not be read back (%1)</source>
        <translation>el nuevo archivo no se pudo volver a leer (%1)</translation>
    </message>
    <message>
        <source>the new file is not a mapping of keys</source>
        <translation>el nuevo archivo no es un mapa de claves</translation>
    </message>
    <message>
        <source>read back, the new file differs from the edited data at %1</source>
        <translation>al volver a leerlo, el nuevo archivo difiere de los datos editados en %1</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action or key, e.g. merge or Ctrl+M</source>
        <translation>Acción o tecla, p. ej., unir o Ctrl+M</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Change them in Edit &gt; Preferences.</source>
        <translation>Puede cambiarlos en Editar &gt; Preferencias.</translation>
    </message>
</context>
<context>
    <name>SpeakerModel</name>
    <message numerus="yes">
        <source>%1: %n line(s)</source>
        <translation>
            <numerusform>%1: %n línea</numerusform>
            <numerusform>%1: %n líneas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpeakersPanel</name>
    <message numerus="yes">
        <source>Alt+%1 · %n line(s)</source>
        <translation>
            <numerusform>Alt+%1 · %n línea</numerusform>
            <numerusform>Alt+%1 · %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n línea</numerusform>
            <numerusform>%n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a speaker to rename it.</source>
        <translation>Haga doble clic en un hablante para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Rename...</source>
        <translation>Cambiar nombre...</translation>
    </message>
    <message>
        <source>Merge Into</source>
        <translation>Fusionar con</translation>
    </message>
    <message>
        <source>Select Lines</source>
        <translation>Seleccionar líneas</translation>
    </message>
    <message>
        <source>Select every line of this speaker in the transcript</source>
        <translation>Seleccionar en la transcripción todas las líneas de este hablante</translation>
    </message>
    <message>
        <source>Rename Speaker</source>
        <translation>Cambiar nombre del hablante</translation>
    </message>
    <message numerus="yes">
        <source>New name for “%1” (on all %n line(s)):</source>
        <translation>
            <numerusform>Nuevo nombre para «%1» (en %n línea):</numerusform>
            <numerusform>Nuevo nombre para «%1» (en las %n líneas):</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Speakers</source>
        <translation>Fusionar hablantes</translation>
    </message>
    <message>
        <source>“%1” already exists. Give all lines of “%2” to “%1”?</source>
        <translation>«%1» ya existe. ¿Pasar todas las líneas de «%2» a «%1»?</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«%1» se llama ahora «%2».</translation>
    </message>
    <message>
        <source>Merged “%1” into “%2”.</source>
        <translation>«%1» fusionado con «%2».</translation>
    </message>
    <message numerus="yes">
        <source>Selected %n line(s) of %1.</source>
        <translation>
            <numerusform>Seleccionada %n línea de %1.</numerusform>
            <numerusform>Seleccionadas %n líneas de %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>No audio loaded.</source>
        <translation>No hay audio cargado.</translation>
    </message>
    <message numerus="yes">
        <source>%n without time</source>
        <translation>
            <numerusform>%n sin tiempo</numerusform>
            <numerusform>%n sin tiempo</numerusform>
        </translation>
    </message>
    <message>
        <source>All lines timed</source>
        <translation>Todas las líneas tienen tiempo</translation>
    </message>
    <message>
        <source>Reading the waveform… %1%</source>
        <translation>Leyendo la forma de onda… %1%</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Sin forma de onda: %1</translation>
    </message>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>(no speaker)</source>
        <translation>(sin hablante)</translation>
    </message>
</context>
<context>
    <name>TranscriptCommand</name>
    <message>
        <source>Turn line into header</source>
        <translation>Convertir línea en encabezado</translation>
    </message>
    <message>
        <source>Turn header into line</source>
        <translation>Convertir encabezado en línea</translation>
    </message>
    <message>
        <source>Insert header</source>
        <translation>Insertar encabezado</translation>
    </message>
    <message numerus="yes">
        <source>Insert %n line(s)</source>
        <translation>
            <numerusform>Insertar %n línea</numerusform>
            <numerusform>Insertar %n líneas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n line(s)</source>
        <translation>
            <numerusform>Unir %n línea</numerusform>
            <numerusform>Unir %n líneas</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge speaker %1 into %2</source>
        <translation>Fusionar el hablante %1 con %2</translation>
    </message>
    <message>
        <source>Move header</source>
        <translation>Mover encabezado</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s)</source>
        <translation>
            <numerusform>Eliminar %n fila</numerusform>
            <numerusform>Eliminar %n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename speaker %1 to %2</source>
        <translation>Cambiar el nombre del hablante %1 a %2</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Cambiar %1</translation>
    </message>
    <message>
        <source>Set speaker</source>
        <translation>Asignar hablante</translation>
    </message>
    <message>
        <source>Edit header</source>
        <translation>Editar encabezado</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Editar texto</translation>
    </message>
    <message>
        <source>Change time</source>
        <translation>Cambiar tiempo</translation>
    </message>
    <message>
        <source>Split line</source>
        <translation>Dividir línea</translation>
    </message>
    <message>
        <source>Swap speakers %1 and %2</source>
        <translation>Intercambiar los hablantes %1 y %2</translation>
    </message>
</context>
<context>
    <name>TranscriptDelegate</name>
    <message>
        <source>Invalid time: type M:SS, H:MM:SS or a number of seconds (e.g. 1:02 or 1:06:26).</source>
        <translation>Tiempo no válido: escriba M:SS, H:MM:SS o un número de segundos (p. ej., 1:02 o 1:06:26).</translation>
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
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Hablante</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>TranscriptTools</name>
    <message>
        <source>&amp;Import Captions...</source>
        <translation>&amp;Importar subtítulos...</translation>
    </message>
    <message>
        <source>Open auto-generated captions (M:SS lines, SRT or WebVTT) as a transcript</source>
        <translation>Abrir subtítulos generados automáticamente (líneas M:SS, SRT o WebVTT) como transcripción</translation>
    </message>
    <message>
        <source>&amp;Join into Paragraphs...</source>
        <translation>&amp;Unir en párrafos...</translation>
    </message>
    <message>
        <source>Merge short caption fragments into paragraphs (the selection, or the whole transcript)</source>
        <translation>Unir fragmentos cortos de subtítulos en párrafos (la selección o toda la transcripción)</translation>
    </message>
    <message>
        <source>&amp;Re-time from Captions...</source>
        <translation>&amp;Retemporizar desde subtítulos...</translation>
    </message>
    <message>
        <source>Give every line the time at which its words start in a caption file</source>
        <translation>Dar a cada línea el tiempo en que empiezan sus palabras en un archivo de subtítulos</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>%1...</source>
        <translation>%1...</translation>
    </message>
    <message>
        <source>%1, One Cue per Paragraph...</source>
        <translation>%1, un subtítulo por párrafo...</translation>
    </message>
    <message>
        <source>Write each transcript line as one cue, however long</source>
        <translation>Escribir cada línea de la transcripción como un solo subtítulo, por larga que sea</translation>
    </message>
    <message>
        <source>SubRip Subtitles (SRT)</source>
        <translation>Subtítulos SubRip (SRT)</translation>
    </message>
    <message>
        <source>WebVTT Subtitles</source>
        <translation>Subtítulos WebVTT</translation>
    </message>
    <message>
        <source>Plain Text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>YouTube Chapters</source>
        <translation>Capítulos de YouTube</translation>
    </message>
    <message>
        <source>Captions (*.txt *.srt *.vtt);;All Files (*)</source>
        <translation>Subtítulos (*.txt *.srt *.vtt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import Captions</source>
        <translation>Importar subtítulos</translation>
    </message>
    <message>
        <source>Could not import the captions.</source>
        <translation>No se han podido importar los subtítulos.</translation>
    </message>
    <message>
        <source>%1 holds no captions.</source>
        <translation>%1 no contiene subtítulos.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n caption fragment(s) from %1.</source>
        <translation>
            <numerusform>Se ha importado %n fragmento de subtítulos de %1.</numerusform>
            <numerusform>Se han importado %n fragmentos de subtítulos de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to join.</source>
        <translation>No hay nada que unir.</translation>
    </message>
    <message>
        <source>Join into Paragraphs</source>
        <translation>Unir en párrafos</translation>
    </message>
    <message>
        <source>Joined %1 fragments into %2 paragraphs.</source>
        <translation>Se han unido %1 fragmentos en %2 párrafos.</translation>
    </message>
    <message>
        <source>Re-time from Captions</source>
        <translation>Retemporizar desde subtítulos</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Fila %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) moved, %1 unchanged.</source>
        <translation>
            <numerusform>%n línea movida, %1 sin cambios.</numerusform>
            <numerusform>%n líneas movidas, %1 sin cambios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be placed and keep their time (see details).</source>
        <translation>
            <numerusform>%n línea no se ha podido situar y conserva su tiempo (vea los detalles).</numerusform>
            <numerusform>%n líneas no se han podido situar y conservan su tiempo (vea los detalles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Lines not placed:</source>
        <translation>Líneas sin situar:</translation>
    </message>
    <message>
        <source>Aligning the transcript with %1...</source>
        <translation>Alineando la transcripción con %1...</translation>
    </message>
    <message>
        <source>Could not read the captions.</source>
        <translation>No se han podido leer los subtítulos.</translation>
    </message>
    <message>
        <source>Re-timed: %1 moved, %2 unchanged, %3 not placed.</source>
        <translation>Retemporizado: %1 movidas, %2 sin cambios, %3 sin situar.</translation>
    </message>
    <message>
        <source>transcript</source>
        <translation>transcripcion</translation>
    </message>
    <message>
        <source>%1 (*.%2);;All Files (*)</source>
        <translation>%1 (*.%2);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Could not write the export.</source>
        <translation>No se ha podido escribir la exportación.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportado %1 a %2.</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>The header has no title.</source>
        <translation>El encabezado no tiene título.</translation>
    </message>
    <message>
        <source>The line has no text.</source>
        <translation>La línea no tiene texto.</translation>
    </message>
    <message>
        <source>The text starts or ends with white space.</source>
        <translation>El texto empieza o termina con espacios en blanco.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is the last entry: no line follows it.</source>
        <translation>El encabezado «%1» es la última entrada: no lo sigue ninguna línea.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; is followed directly by another header.</source>
        <translation>El encabezado «%1» va seguido directamente de otro encabezado.</translation>
    </message>
    <message>
        <source>The time &quot;%1&quot; is not a valid time; sec %2 is %3.</source>
        <translation>El tiempo «%1» no es válido; sec %2 es %3.</translation>
    </message>
    <message>
        <source>The time %1 does not match sec %2 (%3).</source>
        <translation>El tiempo %1 no coincide con sec %2 (%3).</translation>
    </message>
    <message>
        <source>The line has a time (%1) but no sec.</source>
        <translation>La línea tiene tiempo (%1) pero no sec.</translation>
    </message>
    <message>
        <source>The line has sec %1 but no time.</source>
        <translation>La línea tiene sec %1 pero no tiempo.</translation>
    </message>
    <message>
        <source>The time goes backwards: %1 comes after %2.</source>
        <translation>El tiempo retrocede: %1 viene después de %2.</translation>
    </message>
    <message>
        <source>Same time as the previous line (%1).</source>
        <translation>El mismo tiempo que la línea anterior (%1).</translation>
    </message>
    <message>
        <source>The line has no speaker.</source>
        <translation>La línea no tiene hablante.</translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; looks like a variant of &quot;%2&quot;.</source>
        <translation>El hablante «%1» parece una variante de «%2».</translation>
    </message>
    <message>
        <source>The speaker &quot;%1&quot; has only %2 of %3 lines; the main speakers are %4.</source>
        <translation>El hablante «%1» solo tiene %2 de %3 líneas; los hablantes principales son %4.</translation>
    </message>
    <message>
        <source>The paragraph is very long (%1 characters); consider splitting it.</source>
        <translation>El párrafo es muy largo (%1 caracteres); considere dividirlo.</translation>
    </message>
</context>
<context>
    <name>WaveformDecoder</name>
    <message>
        <source>cannot read the file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>no audio found in the file</source>
        <translation>no se encontró audio en el archivo</translation>
    </message>
</context>
<context>
    <name>YamlEvents</name>
    <message>
        <source>This line contains an invisible control character, which YAML does not allow. Delete it or write it as an escape in double quotes (&quot;\x07&quot;).</source>
        <translation>Esta línea contiene un carácter de control invisible, que YAML no permite. Elimínelo o escríbalo como secuencia de escape entre comillas dobles («\x07»).</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text. Save the file as UTF-8.</source>
        <translation>Esta línea no es texto UTF-8 válido. Guarde el archivo como UTF-8.</translation>
    </message>
    <message>
        <source>Not enough memory to read this file.</source>
        <translation>No hay memoria suficiente para leer este archivo.</translation>
    </message>
    <message>
        <source>This quoted text is never closed: the closing quote is missing, so the rest of the file would become part of it.</source>
        <translation>Este texto entre comillas nunca se cierra: falta la comilla de cierre, así que el resto del archivo pasaría a formar parte de él.</translation>
    </message>
    <message>
        <source>This double-quoted text contains an invalid escape sequence (line %1); write \\ for a backslash, or use single quotes.</source>
        <translation>Este texto entre comillas dobles contiene una secuencia de escape no válida (línea %1); escriba \\ para una barra invertida o use comillas simples.</translation>
    </message>
    <message>
        <source>This quoted text is not valid: %1.</source>
        <translation>Este texto entre comillas no es válido: %1.</translation>
    </message>
    <message>
        <source>This line is neither a &quot;key: value&quot; pair nor the continuation of a value. A key needs &quot;: &quot; (with a space) after it; text that continues a value must be indented.</source>
        <translation>Esta línea no es ni un par «clave: valor» ni la continuación de un valor. Una clave debe ir seguida de «: » (con un espacio); el texto que continúa un valor debe estar sangrado.</translation>
    </message>
    <message>
        <source>A &quot;:&quot; followed by a space is not allowed here. Put text that contains &quot;: &quot; in quotes, or check the indentation.</source>
        <translation>Aquí no se permite un «:» seguido de un espacio. Ponga entre comillas el texto que contenga «: » o compruebe la sangría.</translation>
    </message>
    <message>
        <source>The list opened with &quot;[&quot; here is not closed with &quot;]&quot; (the problem shows on line %1). Close it, or put text that starts with &quot;[&quot; in quotes.</source>
        <translation>La lista abierta aquí con «[» no se cierra con «]» (el problema se manifiesta en la línea %1). Ciérrela o ponga entre comillas el texto que empiece por «[».</translation>
    </message>
    <message>
        <source>The mapping opened with &quot;{&quot; here is not closed with &quot;}&quot; (the problem shows on line %1). If it is a {{ }} template placeholder, fill it in; text that starts with &quot;{&quot; must be in quotes.</source>
        <translation>El mapa abierto aquí con «{» no se cierra con «}» (el problema se manifiesta en la línea %1). Si es un marcador de plantilla {{ }}, rellénelo; el texto que empiece por «{» debe ir entre comillas.</translation>
    </message>
    <message>
        <source>The indentation of this line does not fit the lines above it (the block it should belong to starts on line %1). Check the spaces at the start of the line, the &quot;- &quot; of list items and the space after &quot;:&quot;.</source>
        <translation>La sangría de esta línea no encaja con las líneas anteriores (el bloque al que debería pertenecer empieza en la línea %1). Compruebe los espacios al principio de la línea, el «- » de los elementos de lista y el espacio después de «:».</translation>
    </message>
    <message>
        <source>A &quot;- &quot; list item is not allowed here. Check the indentation, or put text that starts with &quot;- &quot; in quotes.</source>
        <translation>Aquí no se permite un elemento de lista «- ». Compruebe la sangría o ponga entre comillas el texto que empiece por «- ».</translation>
    </message>
    <message>
        <source>&quot;&amp;&quot; and &quot;*&quot; at the start of a value mark an anchor or alias, and must be followed by a name of letters, digits, &quot;-&quot; or &quot;_&quot;. Put text that starts with &quot;&amp;&quot; or &quot;*&quot; in quotes.</source>
        <translation>«&amp;» y «*» al principio de un valor marcan un ancla o un alias, y deben ir seguidos de un nombre formado por letras, dígitos, «-» o «_». Ponga entre comillas el texto que empiece por «&amp;» o «*».</translation>
    </message>
    <message>
        <source>&quot;!&quot; at the start of a value marks a tag. Put text that starts with &quot;!&quot; in quotes.</source>
        <translation>«!» al principio de un valor marca una etiqueta. Ponga entre comillas el texto que empiece por «!».</translation>
    </message>
    <message>
        <source>The &quot;|&quot; or &quot;&gt;&quot; here starts a block of text, but what follows it is not valid: %1. Put text that starts with &quot;|&quot; or &quot;&gt;&quot; in quotes.</source>
        <translation>El «|» o «&gt;» de aquí inicia un bloque de texto, pero lo que sigue no es válido: %1. Ponga entre comillas el texto que empiece por «|» o «&gt;».</translation>
    </message>
    <message>
        <source>Tabs cannot be used for indentation; use spaces.</source>
        <translation>No se pueden usar tabuladores para sangrar; use espacios.</translation>
    </message>
    <message>
        <source>Unexpected character. Text that starts with a special character such as @, ` or % must be in quotes.</source>
        <translation>Carácter inesperado. El texto que empiece por un carácter especial como @, ` o % debe ir entre comillas.</translation>
    </message>
    <message>
        <source>The text here follows the end of the metadata; an episode holds one YAML document.</source>
        <translation>El texto de aquí sigue al final de los metadatos; un episodio contiene un solo documento YAML.</translation>
    </message>
    <message>
        <source>A value is missing here. Put text that starts with a special character in quotes.</source>
        <translation>Aquí falta un valor. Ponga entre comillas el texto que empiece por un carácter especial.</translation>
    </message>
    <message>
        <source>The YAML is not valid here (%1, %2).</source>
        <translation>El YAML no es válido aquí (%1, %2).</translation>
    </message>
    <message>
        <source>The YAML is not valid here (%1).</source>
        <translation>El YAML no es válido aquí (%1).</translation>
    </message>
</context>
<context>
    <name>YamlReader</name>
    <message>
        <source>The data is nested too deeply to be an episode.</source>
        <translation>Los datos están anidados a demasiada profundidad para ser un episodio.</translation>
    </message>
    <message>
        <source>Aliases (*name) here would repeat the data far too often; the file is refused.</source>
        <translation>Aquí los alias (*name) repetirían los datos demasiadas veces; el archivo se rechaza.</translation>
    </message>
    <message>
        <source>&quot;{{ ... }}&quot; looks like a template placeholder, which is not valid YAML here. Fill it in, or put the value in quotes.</source>
        <translation>«{{ ... }}» parece un marcador de plantilla, que aquí no es YAML válido. Rellénelo o ponga el valor entre comillas.</translation>
    </message>
    <message>
        <source>A key must be plain text, not a list or mapping.</source>
        <translation>Una clave debe ser texto simple, no una lista ni un mapa.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a number but is not one. Write it in quotes if it is meant as text.</source>
        <translation>«%1» parece un número, pero no lo es. Escríbalo entre comillas si es texto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a date but is not a valid one. Write it in quotes if it is meant as text.</source>
        <translation>«%1» parece una fecha, pero no es válida. Escríbala entre comillas si es texto.</translation>
    </message>
    <message>
        <source>A value cannot be &quot;%1&quot; on its own (it is a YAML key symbol); put it in quotes.</source>
        <translation>Un valor no puede ser solo «%1» (es un símbolo de clave de YAML); póngalo entre comillas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!int but is not a whole number.</source>
        <translation>«%1» está marcado como !!int, pero no es un número entero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!float but is not a number.</source>
        <translation>«%1» está marcado como !!float, pero no es un número.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!bool but is not yes/no/true/false/on/off.</source>
        <translation>«%1» está marcado como !!bool, pero no es yes/no/true/false/on/off.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is marked !!timestamp but is not a valid date.</source>
        <translation>«%1» está marcado como !!timestamp, pero no es una fecha válida.</translation>
    </message>
    <message>
        <source>Binary data (!!binary) is not supported in an episode.</source>
        <translation>En un episodio no se admiten datos binarios (!!binary).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; is not known to YAML readers, so the file would be refused. Remove the tag, or put text that starts with &quot;!&quot; in quotes.</source>
        <translation>La etiqueta «%1» no la conocen los lectores de YAML, por lo que el archivo se rechazaría. Quite la etiqueta o ponga entre comillas el texto que empiece por «!».</translation>
    </message>
    <message>
        <source>The alias *%1 refers to an anchor &amp;%1 that is not defined before it.</source>
        <translation>El alias *%1 hace referencia a un ancla &amp;%1 que no está definida antes de él.</translation>
    </message>
    <message>
        <source>The alias *%1 refers to the value it is part of; the editor does not keep such circular data.</source>
        <translation>El alias *%1 hace referencia al valor del que forma parte; el editor no conserva datos circulares de este tipo.</translation>
    </message>
    <message>
        <source>The YAML is not valid here.</source>
        <translation>El YAML no es válido aquí.</translation>
    </message>
    <message>
        <source>The anchor &amp;%1 is defined twice (first on line %2); anchor names must be unique.</source>
        <translation>El ancla &amp;%1 está definida dos veces (la primera en la línea %2); los nombres de ancla deben ser únicos.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; (sets and ordered mappings) is not supported in an episode.</source>
        <translation>En un episodio no se admite la etiqueta «%1» (conjuntos y mapas ordenados).</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; does not fit a %2 here, or is not known to YAML readers. Remove the tag, or put text that starts with &quot;!&quot; in quotes.</source>
        <translation>La etiqueta «%1» no es válida aquí para un valor de tipo %2, o no la conocen los lectores de YAML. Quite la etiqueta o ponga entre comillas el texto que empiece por «!».</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>mapping</source>
        <translation>mapa</translation>
    </message>
    <message>
        <source>The merge key &quot;&lt;&lt;&quot; needs a mapping or a list of mappings (usually an alias *name).</source>
        <translation>La clave de fusión «&lt;&lt;» necesita un mapa o una lista de mapas (normalmente un alias *name).</translation>
    </message>
    <message>
        <source>The number &quot;%1&quot; is too large: the editor keeps whole numbers between -9223372036854775808 and 9223372036854775807. Write it in quotes if it is meant as text.</source>
        <translation>El número «%1» es demasiado grande: el editor admite números enteros entre -9223372036854775808 y 9223372036854775807. Escríbalo entre comillas si es texto.</translation>
    </message>
    <message>
        <source>This key has no name before its &quot;:&quot;, so YAML reads it as empty (null); the editor keeps only text keys inside a value. Write the name (&quot;&amp;&quot; starts an anchor, not a name), or put &quot;&quot; around an empty key.</source>
        <translation>Esta clave no tiene nombre antes de su «:», así que YAML la lee como vacía (null); el editor solo admite claves de texto dentro de un valor. Escriba el nombre («&amp;» inicia un ancla, no un nombre) o ponga &quot;&quot; alrededor de una clave vacía.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>verdadero o falso</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>una fecha</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is read as %2 by YAML, not as text; the editor keeps only text keys inside a value. Put the key in quotes if it is meant as text.</source>
        <translation>YAML lee la clave «%1» como %2, no como texto; el editor solo admite claves de texto dentro de un valor. Ponga la clave entre comillas si debe ser texto.</translation>
    </message>
</context>
</TS>
