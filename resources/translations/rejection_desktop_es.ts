<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Before you ask</source>
        <translation>Antes de pedir</translation>
    </message>
    <message>
        <source>Before you asked</source>
        <translation>Antes de pedir</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>Plan an ask</source>
        <translation>Planear una petición</translation>
    </message>
    <message>
        <source>Did they answer?</source>
        <translation>¿Te respondieron?</translation>
    </message>
    <message>
        <source>Edit this ask</source>
        <translation>Editar esta petición</translation>
    </message>
    <message>
        <source>Log an ask</source>
        <translation>Registrar una petición</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Type to find a challenge</source>
        <translation>Escribe para buscar un reto</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Reto</translation>
    </message>
    <message>
        <source>Challenge: {0}</source>
        <translation>Reto: {0}</translation>
    </message>
    <message>
        <source>Pick a day and time</source>
        <translation>Elige un día y una hora</translation>
    </message>
    <message>
        <source>Plan for a day and time</source>
        <translation>Planear para un día y una hora</translation>
    </message>
    <message>
        <source>Planned day and time</source>
        <translation>Día y hora previstos</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>Where, or with whom</source>
        <translation>Dónde, o con quién</translation>
    </message>
    <message>
        <source>e.g. the bakery on the corner, my manager</source>
        <translation>p. ej., la panadería de la esquina, mi jefa</translation>
    </message>
    <message>
        <source>Wh&amp;ere / with whom</source>
        <translation>&amp;Dónde / con quién</translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation>Probabilidad de un no</translation>
    </message>
    <message>
        <source>surely a yes</source>
        <translation>seguro que sí</translation>
    </message>
    <message>
        <source>surely a no</source>
        <translation>seguro que no</translation>
    </message>
    <message>
        <source>Chance of a &amp;no</source>
        <translation>Probabilidad de un &amp;no</translation>
    </message>
    <message>
        <source>How bad a no would feel</source>
        <translation>Cuánto te dolería un no</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>muchísimo</translation>
    </message>
    <message>
        <source>How &amp;bad would a no feel?</source>
        <translation>¿Cuánto te d&amp;olería un no?</translation>
    </message>
    <message>
        <source>Anxiety before</source>
        <translation>Ansiedad antes</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>extremely anxious</source>
        <translation>ansiedad extrema</translation>
    </message>
    <message>
        <source>&amp;Anxiety right now</source>
        <translation>&amp;Ansiedad ahora</translation>
    </message>
    <message>
        <source>&amp;Anxiety before</source>
        <translation>&amp;Ansiedad antes</translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation>Conducta de seguridad que dejarás</translation>
    </message>
    <message>
        <source>Pick one or type your own (optional)</source>
        <translation>Elige una o escribe la tuya (opcional)</translation>
    </message>
    <message>
        <source>Something you usually do to feel safer that you will leave out this time.</source>
        <translation>Algo que sueles hacer para sentirte más a salvo y que esta vez vas a dejar de lado.</translation>
    </message>
    <message>
        <source>&amp;Safety behaviour to drop</source>
        <translation>Conducta de seguridad que de&amp;jarás</translation>
    </message>
    <message>
        <source>How &amp;bad will it feel?</source>
        <translation>¿Cuánto te d&amp;olerá?</translation>
    </message>
    <message>
        <source>How bad it will feel</source>
        <translation>Cuánto te dolerá</translation>
    </message>
    <message>
        <source>What a no would mean about you</source>
        <translation>Qué diría un no sobre ti</translation>
    </message>
    <message>
        <source>e.g. &quot;They&apos;ll think I&apos;m needy&quot; or &quot;I couldn&apos;t bear it&quot; (optional)</source>
        <translation>p. ej., &quot;Pensarán que soy una carga&quot; o &quot;No lo soportaría&quot; (opcional)</translation>
    </message>
    <message>
        <source>One sentence about what you fear a no would say about you. Pick one you wrote before, or write a new one. You can leave it empty.</source>
        <translation>Una frase sobre lo que temes que un no diría de ti. Elige una que ya escribiste o escribe una nueva. Puedes dejarlo en blanco.</translation>
    </message>
    <message>
        <source>What would a no &amp;mean about you?</source>
        <translation>¿Qué diría un no sobre t&amp;i?</translation>
    </message>
    <message>
        <source>How much you believe it</source>
        <translation>Cuánto te lo crees</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>totalmente</translation>
    </message>
    <message>
        <source>How much do you bel&amp;ieve it?</source>
        <translation>¿Cuánto te lo cr&amp;ees?</translation>
    </message>
    <message>
        <source>If the no comes, I will</source>
        <translation>Si llega el no, voy a</translation>
    </message>
    <message>
        <source>e.g. breathe out slowly, say thanks, then text a friend (optional)</source>
        <translation>p. ej., soltar el aire despacio, dar las gracias y luego escribirle a alguien de confianza (opcional)</translation>
    </message>
    <message>
        <source>If the no comes, I wi&amp;ll …</source>
        <translation>Si llega el no, &amp;voy a…</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Lo hice</translation>
    </message>
    <message>
        <source>I did part of it</source>
        <translation>Hice una parte</translation>
    </message>
    <message>
        <source>I didn&apos;t do it this time</source>
        <translation>Esta vez no lo hice</translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation>Cuándo pediste</translation>
    </message>
    <message>
        <source>Anxiety af&amp;ter</source>
        <translation>Ansiedad des&amp;pués</translation>
    </message>
    <message>
        <source>I stayed and asked why</source>
        <translation>Me quedé y pregunté por qué</translation>
    </message>
    <message>
        <source>Or offered another way</source>
        <translation>O propuse otra opción</translation>
    </message>
    <message>
        <source>(or offered another way)</source>
        <translation>(o propuse otra opción)</translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation>Este intento ya no existe.</translation>
    </message>
    <message>
        <source>How bad it felt</source>
        <translation>Cuánto te dolió</translation>
    </message>
    <message>
        <source>How bad did it &amp;feel?</source>
        <translation>¿C&amp;uánto te dolió?</translation>
    </message>
    <message>
        <source>Anxiety after</source>
        <translation>Ansiedad después</translation>
    </message>
    <message>
        <source>Stayed and asked why</source>
        <translation>Me quedé y pregunté por qué</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Qué pasó, en una línea</translation>
    </message>
    <message>
        <source>One line is enough</source>
        <translation>Con una línea basta</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Qué me frenó</translation>
    </message>
    <message>
        <source>No blame, just notice it</source>
        <translation>No te culpes, solo obsérvalo</translation>
    </message>
    <message>
        <source>What &amp;stopped me</source>
        <translation>Qué me &amp;frenó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Anything else worth remembering (optional)</source>
        <translation>Cualquier otra cosa que valga la pena recordar (opcional)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>No&amp;tas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>Solo guardar</translation>
    </message>
    <message>
        <source>Save without reflecting</source>
        <translation>Guardar sin reflexionar</translation>
    </message>
    <message>
        <source>Save and reflect</source>
        <translation>Guardar y reflexionar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Choose a challenge for this attempt.</source>
        <translation>Elige un reto para este intento.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>Elige qué pasó.</translation>
    </message>
</context>
<context>
    <name>AttemptFlow</name>
    <message>
        <source>Plan saved: {0}.</source>
        <translation>Plan guardado: {0}.</translation>
    </message>
    <message>
        <source>Planned: {0}, {1}.</source>
        <translation>Planeado: {0}, {1}.</translation>
    </message>
    <message>
        <source>Planned: {0}.</source>
        <translation>Planeado: {0}.</translation>
    </message>
    <message>
        <source>Logged: {0} ({1}).</source>
        <translation>Registrado: {0} ({1}).</translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation>Reflexión guardada.</translation>
    </message>
    <message>
        <source>Weekly review saved. It is in your journal and on the Progress page.</source>
        <translation>Repaso semanal guardado. Está en tu diario y en la página Progreso.</translation>
    </message>
    <message>
        <source>That could not be undone: the entry has changed since.</source>
        <translation>No se pudo deshacer: la entrada ha cambiado desde entonces.</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>Reflection on: {0}</source>
        <translation>Reflexión sobre: {0}</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation>Plan: {0}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Ask: {0}</source>
        <translation>Petición: {0}</translation>
    </message>
    <message>
        <source>Logged ask</source>
        <translation>Petición registrada</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Esta entrada ya no existe. Puede que se haya borrado.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>La copia de seguridad automática falló: {0}</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup folder {0} is not available, so this backup was saved in {1}.</source>
        <translation>La carpeta de copias {0} no está disponible, así que esta copia se guardó en {1}.</translation>
    </message>
    <message>
        <source>The second backup folder {0} is not available (an unplugged disk?). Backups still go to {1}; they will be copied there again once it is back.</source>
        <translation>La segunda carpeta de copias {0} no está disponible (¿un disco desconectado?). Las copias siguen guardándose en {1}; se volverán a copiar allí cuando vuelva a estar disponible.</translation>
    </message>
    <message>
        <source>Your journal ({0}) is stored where it can be damaged: {1}. Sync and network folders can copy the database while it is being written. Keep the journal on this computer (start the app with --data-dir) and choose the synced folder for backups instead.</source>
        <translation>Tu diario ({0}) está guardado en un lugar donde puede dañarse: {1}. Las carpetas sincronizadas y de red pueden copiar la base de datos mientras se está escribiendo. Guarda el diario en este equipo (inicia la aplicación con --data-dir) y elige la carpeta sincronizada para las copias de seguridad.</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>la restauración</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflexiones</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>BeliefRow</name>
    <message>
        <source>Last rated {0}/100. How much do you believe it now?</source>
        <translation>Última valoración: {0}/100. ¿Cuánto te lo crees ahora?</translation>
    </message>
    <message>
        <source>How much do you believe it now?</source>
        <translation>¿Cuánto te lo crees ahora?</translation>
    </message>
    <message>
        <source>How much you believe “{0}” now</source>
        <translation>Cuánto te crees ahora “{0}”</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>totalmente</translation>
    </message>
</context>
<context>
    <name>BeliefsChart</name>
    <message>
        <source>When you plan an ask, you can write what a no would mean about you and how much you believe it. Each belief then shows here with every re-rating.</source>
        <translation>Cuando planeas una petición, puedes escribir qué diría un no sobre ti y cuánto te lo crees. Cada creencia aparece luego aquí, con cada nueva valoración.</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>sin valorar todavía</translation>
    </message>
    <message>
        <source>rated {0}/100</source>
        <translation>valorada en {0}/100</translation>
    </message>
    <message>
        <source>{0}/100 at first, {1}/100 most recently</source>
        <translation>{0}/100 al principio, {1}/100 la última vez</translation>
    </message>
    <message>
        <source>“{0}”: {1}.</source>
        <translation>“{0}”: {1}.</translation>
    </message>
    <message>
        <source>Tested by 1 ask: {0}.</source>
        <translation>Puesta a prueba por 1 petición: {0}.</translation>
    </message>
    <message>
        <source>Tested by {1} asks, most recently: {0}.</source>
        <translation>Puesta a prueba por {1} peticiones; la más reciente: {0}.</translation>
    </message>
    <message>
        <source>Your fairer version: “{0}”</source>
        <translation>Tu versión más justa: “{0}”</translation>
    </message>
    <message>
        <source>How strongly you believed each thought over time</source>
        <translation>Cuánto creíste cada pensamiento a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Belief (0-100)</source>
        <translation>Creencia (0-100)</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Fewer asks</source>
        <translation>Menos peticiones</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Calendar of asks per day</source>
        <translation>Calendario de peticiones por día</translation>
    </message>
    <message>
        <source>No asks on {0}</source>
        <translation>No hubo peticiones el {0}</translation>
    </message>
    <message>
        <source>1 ask on {0}</source>
        <translation>1 petición el {0}</translation>
    </message>
    <message>
        <source>{0} asks on {1}</source>
        <translation>{0} peticiones el {1}</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>A stranger</source>
        <translation>Una persona desconocida</translation>
    </message>
    <message>
        <source>An acquaintance</source>
        <translation>Una persona conocida</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Un compañero o compañera de trabajo</translation>
    </message>
    <message>
        <source>A friend</source>
        <translation>Una amistad</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Mi pareja</translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation>Editar reto</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nuevo reto</translation>
    </message>
    <message>
        <source>e.g. Ask the café for a taste of a new drink</source>
        <translation>p. ej., Pedir en la cafetería que te dejen probar una bebida nueva</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>What exactly will you ask?</source>
        <translation>¿Qué vas a pedir exactamente?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Consejo</translation>
    </message>
    <message>
        <source>Optional: a hint for yourself</source>
        <translation>Opcional: una pista para ti</translation>
    </message>
    <message>
        <source>T&amp;ip</source>
        <translation>&amp;Consejo</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>C&amp;ategoría</translation>
    </message>
    <message>
        <source>Who you ask</source>
        <translation>A quién le pides</translation>
    </message>
    <message>
        <source>&amp;Who you ask</source>
        <translation>A &amp;quién le pides</translation>
    </message>
    <message>
        <source>Expected distress slider</source>
        <translation>Control deslizante de malestar esperado</translation>
    </message>
    <message>
        <source>Expected distress</source>
        <translation>Malestar esperado</translation>
    </message>
    <message>
        <source>How &amp;scary (0-100)</source>
        <translation>Cuánto &amp;miedo da (0-100)</translation>
    </message>
    <message>
        <source>0 = no worry at all, 100 = the most frightening ask you can imagine. Rate it as it feels to you.</source>
        <translation>0 = no te preocupa nada, 100 = la petición más aterradora que puedas imaginar. Valóralo según lo sientes tú.</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Reglas básicas</translation>
    </message>
    <message>
        <source>This ask follows the ground rules</source>
        <translation>Esta petición cumple las reglas básicas</translation>
    </message>
    <message>
        <source>Confirm the ground rules</source>
        <translation>Confirma las reglas básicas</translation>
    </message>
</context>
<context>
    <name>ChallengeService</name>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
</context>
<context>
    <name>ChallengeTableModel</name>
    <message>
        <source>Challenge</source>
        <translation>Reto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Malestar</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Peticiones</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Built-in, archived</source>
        <translation>Predefinido, archivado</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Predefinido</translation>
    </message>
    <message>
        <source>Yours, archived</source>
        <translation>Tuyo, archivado</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Tuyo</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <source>Search challenges</source>
        <translation>Buscar retos</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Filtro de categoría</translation>
    </message>
    <message>
        <source>Distress filter</source>
        <translation>Filtro de malestar</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Cualquier nivel</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activos</translation>
    </message>
    <message>
        <source>Never tried</source>
        <translation>Sin intentar</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Intentados</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivados</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>My ladder</source>
        <translation>Mi escalera</translation>
    </message>
    <message>
        <source>Challenge library</source>
        <translation>Biblioteca de retos</translation>
    </message>
    <message>
        <source>Your ladder is empty, for now</source>
        <translation>Tu escalera está vacía, por ahora</translation>
    </message>
    <message>
        <source>Every challenge you plan, log, re-rate or write yourself becomes a rung here, easiest first. Pick one in the Library to start climbing.</source>
        <translation>Cada reto que planeas, registras, vuelves a valorar o escribes tú se convierte aquí en un peldaño, del más fácil al más difícil. Elige uno en la Biblioteca para empezar a subir.</translation>
    </message>
    <message>
        <source>&amp;New challenge</source>
        <translation>&amp;Nuevo reto</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Ed&amp;itar</translation>
    </message>
    <message>
        <source>Added: {0}.</source>
        <translation>Añadido: {0}.</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Guardado: {0}.</translation>
    </message>
    <message>
        <source>Copied as: {0}. Edit it to make it your variant.</source>
        <translation>Copiado como: {0}. Edítalo para convertirlo en tu variante.</translation>
    </message>
    <message>
        <source>Restored: {0}. It can come up as a suggestion again.</source>
        <translation>Restaurado: {0}. Puede volver a aparecer como sugerencia.</translation>
    </message>
    <message>
        <source>Archived: {0}. It no longer comes up as a suggestion; its asks stay in the Journal.</source>
        <translation>Archivado: {0}. Ya no aparecerá como sugerencia; sus peticiones siguen en el Diario.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;car</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Planearlo</translation>
    </message>
    <message>
        <source>&amp;Log an attempt</source>
        <translation>&amp;Registrar un intento</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>1 rung</source>
        <translation>1 peldaño</translation>
    </message>
    <message numerus="yes">
        <source>%n rungs</source>
        <translation>
            <numerusform>%n peldaño</numerusform>
            <numerusform>%n peldaños</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} challenges</source>
        <translation>{0} de {1} retos</translation>
    </message>
    <message>
        <source>Rate each ask by how scary it feels to you, then climb from the easy end. A rung counts as done after two asks with a prediction written down.</source>
        <translation>Valora cada petición según el miedo que te da, y sube desde el extremo fácil. Un peldaño cuenta como hecho después de dos peticiones con una predicción anotada.</translation>
    </message>
    <message>
        <source>Pick a challenge</source>
        <translation>Elige un reto</translation>
    </message>
    <message>
        <source>Select a challenge to see what to do, or add your own with New challenge.</source>
        <translation>Selecciona un reto para ver qué hacer, o añade uno tuyo con Nuevo reto.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>No hay descripción.</translation>
    </message>
    <message>
        <source>Tip: {0}</source>
        <translation>Consejo: {0}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save the chart {0} as a PNG image</source>
        <translation>Guardar el gráfico {0} como imagen PNG</translation>
    </message>
    <message>
        <source>Save this chart, with its caption, as an image</source>
        <translation>Guardar este gráfico, con su leyenda, como imagen</translation>
    </message>
</context>
<context>
    <name>CurrentSecret</name>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation>La olvidé: usar mi código de recuperación</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Ese código de recuperación no es correcto.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation>No funcionó: {0}</translation>
    </message>
</context>
<context>
    <name>DataSettingsSection</name>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Exportar tu diario</translation>
    </message>
    <message>
        <source>Export: {0}</source>
        <translation>Exportar: {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import a JSON export. You can add what is new to this journal, or replace the whole journal with the file (your current journal is backed up first). A file larger than {0} MB is imported only after you confirm it.</source>
        <translation>Importa una exportación JSON. Puedes añadir lo nuevo a este diario o sustituir todo el diario por el archivo (antes se hace una copia de seguridad de tu diario actual). Un archivo de más de {0} MB solo se importa después de que lo confirmes.</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>&amp;Importar desde un archivo…</translation>
    </message>
    <message>
        <source>Import from a JSON export</source>
        <translation>Importar desde una exportación JSON</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is made automatically at most every 30 minutes while you make changes, and when you quit. Older automatic backups are thinned out: the newest 6, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months. Backups you make yourself are never deleted by the app.</source>
        <translation>Se hace una copia de seguridad automática como mucho cada 30 minutos mientras haces cambios, y al salir. Las copias automáticas antiguas se van reduciendo: las 6 más recientes, luego una al día durante 12 días, una a la semana durante 10 semanas y una al mes durante 9 meses. La aplicación nunca borra las copias que haces tú.</translation>
    </message>
    <message>
        <source>Warning about the journal&apos;s folder</source>
        <translation>Aviso sobre la carpeta del diario</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation>Cambiar la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Usar la predeterminada</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>Usar la carpeta de copias de seguridad predeterminada</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Abrir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Aún no hay copias de seguridad</translation>
    </message>
    <message>
        <source>The first one is made automatically soon after you change something, or now with Back up now.</source>
        <translation>La primera se hace automáticamente poco después de que cambies algo, o ahora mismo con Hacer copia ahora.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Carpeta: {0}</translation>
    </message>
    <message>
        <source>Everything (JSON)</source>
        <translation>Todo (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Attempts as a spreadsheet (CSV)</source>
        <translation>Intentos como hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Journal as Markdown</source>
        <translation>Diario en Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Archivos Markdown (*.md)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elige la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>This file is {0} MB, larger than an export usually is (up to {1} MB).

If it is an export of a very large journal, it can be imported: checking it takes longer and needs about {2} MB of memory for a while. Nothing is changed until the whole file has been checked.</source>
        <translation>Este archivo ocupa {0} MB, más de lo que suele ocupar una exportación (hasta {1} MB).

Si es la exportación de un diario muy grande, se puede importar: comprobarlo tarda más y necesita unos {2} MB de memoria durante un rato. No se cambia nada hasta haber comprobado el archivo entero.</translation>
    </message>
    <message>
        <source>Check and import it</source>
        <translation>Comprobarlo e importarlo</translation>
    </message>
    <message>
        <source>This file holds {0}.

Adding what is new would: {1}.

Or replace your whole journal with the file.

Either way, your current journal is backed up first.</source>
        <translation>Este archivo contiene {0}.

Si añades solo lo nuevo: {1}.

O reemplaza todo tu diario por el archivo.

En ambos casos, antes se hace una copia de seguridad de tu diario actual.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>ningún registro</translation>
    </message>
    <message>
        <source>Your data is yours. The JSON export holds everything and can be imported again, here or on another computer. CSV opens in spreadsheet programs; Markdown is a readable journal of your asks and reflections.</source>
        <translation>Tus datos son tuyos. La exportación JSON lo contiene todo y se puede volver a importar, aquí o en otro equipo. El CSV se abre en programas de hojas de cálculo; el Markdown es un diario legible de tus peticiones y reflexiones.</translation>
    </message>
    <message>
        <source>Change f&amp;older…</source>
        <translation>Cambiar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias</translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation>Elegir una segunda carpeta…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Elige una segunda carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Another disk or a synced folder: every backup is copied there too (backup files only, never the live journal).</source>
        <translation>Otro disco o una carpeta sincronizada: cada copia de seguridad se copia también allí (solo los archivos de copia, nunca el diario en uso).</translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation>No usar segunda carpeta</translation>
    </message>
    <message>
        <source>Stop copying backups to a second folder</source>
        <translation>Dejar de copiar las copias de seguridad a una segunda carpeta</translation>
    </message>
    <message>
        <source>Restore se&amp;lected…</source>
        <translation>Restaurar la &amp;seleccionada…</translation>
    </message>
    <message>
        <source>Also copied to: {0}</source>
        <translation>También se copia en: {0}</translation>
    </message>
    <message>
        <source>No second folder: every backup is on this computer&apos;s disk.</source>
        <translation>No hay segunda carpeta: todas las copias de seguridad están en el disco de este equipo.</translation>
    </message>
    <message>
        <source>Add what is new</source>
        <translation>Añadir lo nuevo</translation>
    </message>
    <message>
        <source>Replace everything…</source>
        <translation>Sustituir todo…</translation>
    </message>
    <message>
        <source>an unexpected error ({0}); the details are in the log file</source>
        <translation>un error inesperado ({0}); los detalles están en el archivo de registro</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Detenido. No se cambió nada.</translation>
    </message>
    <message>
        <source>The export could not be saved: {0}</source>
        <translation>No se pudo guardar la exportación: {0}</translation>
    </message>
    <message>
        <source>Exported {0} to {1}.</source>
        <translation>Se exportó {0} a {1}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>Este archivo no se puede importar: {0}</translation>
    </message>
    <message>
        <source>Replace your whole journal with this file?

Your current journal is backed up first; you can bring it back from the list of backups.</source>
        <translation>¿Sustituir todo tu diario por este archivo?

Antes se hace una copia de seguridad de tu diario actual; puedes recuperarlo desde la lista de copias de seguridad.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Sustituir</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>Importado: {0}.</translation>
    </message>
    <message>
        <source>The backup failed: {0}</source>
        <translation>La copia de seguridad falló: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Copia de seguridad guardada en {0}.</translation>
    </message>
    <message>
        <source>Restore the backup from {0}?

Your journal goes back to how it was then. Your current journal is backed up first, so this can be undone.</source>
        <translation>¿Restaurar la copia de seguridad del {0}?

Tu diario volverá a estar como estaba entonces. Antes se hace una copia de seguridad de tu diario actual, así que esto se puede deshacer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>No se restauró nada: {0}</translation>
    </message>
    <message>
        <source>Restored the backup from {0}. The journal as it was before is saved as {1}.</source>
        <translation>Se restauró la copia de seguridad del {0}. El diario tal como estaba antes se guardó como {1}.</translation>
    </message>
    <message>
        <source>Backups go to {0} from now on.</source>
        <translation>A partir de ahora, las copias de seguridad se guardan en {0}.</translation>
    </message>
    <message>
        <source>Every backup is also copied to {0}.</source>
        <translation>Cada copia de seguridad se copia también en {0}.</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation>Las copias de seguridad ya no se copian a una segunda carpeta.</translation>
    </message>
</context>
<context>
    <name>DataTransferService</name>
    <message>
        <source>the export</source>
        <translation>la exportación</translation>
    </message>
    <message>
        <source>The file was written, but this version could not import it again ({0}). Please report this.</source>
        <translation>El archivo se escribió, pero esta versión no pudo volver a importarlo ({0}). Por favor, informa de este problema.</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>la comprobación del archivo</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>la importación</translation>
    </message>
    <message>
        <source>The import could not be completed, so nothing was changed ({0}).</source>
        <translation>La importación no se pudo completar, así que no se cambió nada ({0}).</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{0}, date</source>
        <translation>{0}, fecha</translation>
    </message>
    <message>
        <source>{0}, time</source>
        <translation>{0}, hora</translation>
    </message>
</context>
<context>
    <name>DistressBands</name>
    <message>
        <source>Warm-up</source>
        <translation>Calentamiento</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Atrevido</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message>
        <source>Unsaved writing</source>
        <translation>Texto sin guardar</translation>
    </message>
    <message>
        <source>You were writing something</source>
        <translation>Estabas escribiendo algo</translation>
    </message>
    <message>
        <source>Rejection Desktop closed before these were saved. Each was kept as you typed it, at most a second or two behind your last key (the time it was kept is shown): open one to finish it, or discard what you no longer need.</source>
        <translation>Rejection Desktop se cerró antes de que esto se guardara. Cada texto se conservó tal como lo escribiste, con uno o dos segundos de retraso como mucho respecto a tu última tecla (se muestra la hora en que se guardó): abre uno para terminarlo, o descarta lo que ya no necesites.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Borradores sin guardar</translation>
    </message>
    <message>
        <source>{0}
kept {1}</source>
        <translation>{0}
guardado {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Abrir el borrador seleccionado</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation>Descartar el borrador seleccionado</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>Keep the drafts for later</source>
        <translation>Guardar los borradores para más tarde</translation>
    </message>
</context>
<context>
    <name>EnableEncryptionDialog</name>
    <message>
        <source>Encrypt your journal</source>
        <translation>Cifrar tu diario</translation>
    </message>
    <message>
        <source>Your journal, its backups and unsaved drafts will be encrypted with a passphrase. You will type it each time the app starts or after it locks. Exports stay plain files: they are your own copies.</source>
        <translation>Tu diario, sus copias de seguridad y los borradores sin guardar se cifrarán con una frase de contraseña. La escribirás cada vez que se inicie la aplicación o después de que se bloquee. Las exportaciones siguen siendo archivos sin cifrar: son tus propias copias.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Tu código de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your journal and its backups. Nobody, not even the makers of this app, can open it without one of the two. Keep the code somewhere safe that is not this computer: printed, or in a password manager.</source>
        <translation>Si olvidas tu frase de contraseña, este código es la única forma de abrir tu diario y sus copias de seguridad. Nadie, ni siquiera quienes hacen esta aplicación, puede abrirlo sin una de las dos. Guarda el código en un lugar seguro que no sea este equipo: impreso o en un gestor de contraseñas.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Copiar el código de recuperación</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Guardar el código de recuperación</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Imprimir el código de recuperación</translation>
    </message>
    <message>
        <source>I saved my recovery code</source>
        <translation>Guardé mi código de recuperación</translation>
    </message>
    <message>
        <source>Encrypt my journal</source>
        <translation>Cifrar mi diario</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Copiado. Pégalo en un lugar seguro y luego vacía el portapapeles.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Rejection Desktop recovery code

{0}

It opens your encrypted journal and its backups if you forget your passphrase.
</source>
        <translation>Código de recuperación de Rejection Desktop

{0}

Abre tu diario cifrado y sus copias de seguridad si olvidas tu frase de contraseña.
</translation>
    </message>
    <message>
        <source>Could not save it: {0}</source>
        <translation>No se pudo guardar: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer.</source>
        <translation>Guardado en {0}. Sácalo de este equipo.</translation>
    </message>
    <message>
        <source>Rejection Desktop recovery code

{0}
</source>
        <translation>Código de recuperación de Rejection Desktop

{0}
</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Your journal was not encrypted: {0}</source>
        <translation>Tu diario no se cifró: {0}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>This answer</source>
        <translation>Esta respuesta</translation>
    </message>
    <message>
        <source>A fairer way to put it</source>
        <translation>La forma más justa de decirlo</translation>
    </message>
    <message>
        <source>Anxiety after</source>
        <translation>La ansiedad después</translation>
    </message>
    <message>
        <source>Anxiety before</source>
        <translation>La ansiedad antes</translation>
    </message>
    <message>
        <source>Asked why</source>
        <translation>El campo “Me quedé y pregunté por qué”</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>El campo “A quién le pides”</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>La categoría</translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation>La probabilidad de un no</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>La descripción</translation>
    </message>
    <message>
        <source>Expected distress</source>
        <translation>El malestar esperado</translation>
    </message>
    <message>
        <source>How bad a no would feel</source>
        <translation>El campo “Cuánto te dolería un no”</translation>
    </message>
    <message>
        <source>How bad it felt</source>
        <translation>El campo “Cuánto te dolió”</translation>
    </message>
    <message>
        <source>How much you believe it</source>
        <translation>El campo “Cuánto te lo crees”</translation>
    </message>
    <message>
        <source>How much you believe it now</source>
        <translation>El campo “Cuánto te lo crees ahora”</translation>
    </message>
    <message>
        <source>If the no comes</source>
        <translation>Tu plan para cuando llegue el no</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>El texto sobre la próxima semana</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>El campo “Notas”</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>El momento planeado</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>La pregunta</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>El fin de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>El inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>La reflexión</translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation>La conducta de seguridad que dejarás</translation>
    </message>
    <message>
        <source>The end of a pause</source>
        <translation>El fin de la pausa</translation>
    </message>
    <message>
        <source>The surprise</source>
        <translation>El texto sobre la sorpresa</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>El consejo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>El título</translation>
    </message>
    <message>
        <source>What a no would mean</source>
        <translation>Tu frase sobre lo que diría un no</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>El campo “Qué pasó”</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>El campo “Qué me frenó”</translation>
    </message>
    <message>
        <source>When</source>
        <translation>El momento de la petición</translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation>El campo “Dónde / con quién”</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{0}  ({1})</source>
        <translation>{0}  ({1})</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Save: {0}</source>
        <translation>Guardar: {0}</translation>
    </message>
    <message>
        <source>Restored what you typed last time.</source>
        <translation>Se recuperó lo que escribiste la última vez.</translation>
    </message>
    <message>
        <source>Could not keep a draft; please save soon.</source>
        <translation>No se pudo guardar un borrador; guarda pronto, por favor.</translation>
    </message>
    <message>
        <source>Draft kept at {0}</source>
        <translation>Borrador guardado a las {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Texto sin guardar</translation>
    </message>
    <message>
        <source>You have typed something that is not saved yet.</source>
        <translation>Escribiste algo que todavía no está guardado.</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation>¿Lo guardas como borrador para terminarlo más tarde, o lo descartas?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Your choices in this form are not saved yet.</source>
        <translation>Lo que elegiste en este formulario todavía no está guardado.</translation>
    </message>
    <message>
        <source>Keep them as a draft to finish later, or discard them?</source>
        <translation>¿Lo guardas como borrador para terminarlo más tarde, o lo descartas?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Guardar como borrador</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Your data folder:</source>
        <translation>Tu carpeta de datos:</translation>
    </message>
    <message>
        <source>No account, no network, no telemetry. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>No necesita cuenta ni red, y no envía telemetría. Con licencia GNU General Public License, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Acerca de {0}</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Reglas básicas</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Recursos de crisis</translation>
    </message>
    <message>
        <source>Who this app is not for</source>
        <translation>Para quién no es esta aplicación</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Backing up your journal first…</source>
        <translation>Primero, haciendo una copia de seguridad de tu diario…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Dibujando los gráficos…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Qué se está haciendo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel: stop and change nothing</source>
        <translation>Cancelar: detener y no cambiar nada</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Resultado de la última acción</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Mostrar el archivo en su carpeta</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message>
        <source>Almost done: this last part cannot be stopped.</source>
        <translation>Casi listo: esta última parte no se puede detener.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Please wait: {0} is still running.</source>
        <translation>Espera, por favor: {0} todavía está en curso.</translation>
    </message>
</context>
<context>
    <name>JournalDetail</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message>
        <source>Pick an entry on the left to read it here.</source>
        <translation>Elige una entrada a la izquierda para leerla aquí.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Detalles de la entrada</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <source>Delete (you can undo it)</source>
        <translation>Borrar (puedes deshacerlo)</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Editar reflexión</translation>
    </message>
    <message>
        <source>Edit ask</source>
        <translation>Editar petición</translation>
    </message>
    <message>
        <source>Log &amp;what happened</source>
        <translation>Registrar &amp;qué pasó</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Ed&amp;itar</translation>
    </message>
    <message>
        <source>Reflec&amp;t</source>
        <translation>Re&amp;flexionar</translation>
    </message>
    <message>
        <source>Ed&amp;it reflection</source>
        <translation>Ed&amp;itar reflexión</translation>
    </message>
    <message>
        <source>Did they &amp;answer?</source>
        <translation>¿Te res&amp;pondieron?</translation>
    </message>
    <message>
        <source>Ed&amp;it ask</source>
        <translation>Ed&amp;itar petición</translation>
    </message>
    <message>
        <source>Edit reflec&amp;tion</source>
        <translation>Editar re&amp;flexión</translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation>Dónde / con quién</translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation>Conducta de seguridad que dejarás</translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation>Probabilidad de un no</translation>
    </message>
    <message>
        <source>How bad (expected → felt)</source>
        <translation>Cuánto dolió (esperado → sentido)</translation>
    </message>
    <message>
        <source>Anxiety (before → after)</source>
        <translation>Ansiedad (antes → después)</translation>
    </message>
    <message>
        <source>Stayed and asked why</source>
        <translation>Me quedé y pregunté por qué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Qué me frenó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Tu reflexión</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Número de entradas</translation>
    </message>
    <message>
        <source>New &amp;reflection</source>
        <translation>&amp;Nueva reflexión</translation>
    </message>
    <message>
        <source>Write a reflection without an ask</source>
        <translation>Escribir una reflexión sin petición</translation>
    </message>
    <message>
        <source>&amp;Log an ask</source>
        <translation>&amp;Registrar una petición</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Your journal is empty, for now</source>
        <translation>Tu diario está vacío, por ahora</translation>
    </message>
    <message>
        <source>Every ask you log and every reflection you write will be kept here, newest first. Pick a challenge on the Today page, or write down what is on your mind.</source>
        <translation>Cada petición que registres y cada reflexión que escribas se guardarán aquí, de la más reciente a la más antigua. Elige un reto en la página Hoy, o escribe lo que tienes en mente.</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Escribir una reflexión</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Nada coincide</translation>
    </message>
    <message>
        <source>Try another word, fewer words, or clear the filters.</source>
        <translation>Prueba otra palabra, menos palabras, o quita los filtros.</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Qui&amp;tar búsqueda y filtros</translation>
    </message>
    <message>
        <source>Search reflections and notes (Ctrl+F)</source>
        <translation>Buscar en reflexiones y notas (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Filtrar por resultado</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message>
        <source>Reflections without an ask</source>
        <translation>Reflexiones sin petición</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Filtrar por fecha</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Pick dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrada</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln encontrada</numerusform>
            <numerusform>%Ln encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The ask and its reflections were deleted.</source>
        <translation>Se borraron la petición y sus reflexiones.</translation>
    </message>
    <message>
        <source>The reflection was deleted.</source>
        <translation>Se borró la reflexión.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>The entry could not be put back: the journal has changed since it was deleted.</source>
        <translation>No se pudo recuperar la entrada: el diario ha cambiado desde que se borró.</translation>
    </message>
</context>
<context>
    <name>LadderDelegate</name>
    <message>
        <source>Not tried yet</source>
        <translation>Sin intentar todavía</translation>
    </message>
    <message>
        <source>asked once</source>
        <translation>1 petición</translation>
    </message>
    <message>
        <source>Planned, not tried yet</source>
        <translation>Planeado, sin intentar todavía</translation>
    </message>
    <message>
        <source>asked %n times</source>
        <translation>pedido %n veces</translation>
    </message>
    <message>
        <source>%n prediction tested</source>
        <translation>%n predicción puesta a prueba</translation>
    </message>
    <message>
        <source>%n predictions tested</source>
        <translation>%n predicciones puestas a prueba</translation>
    </message>
    <message>
        <source>last on {0}</source>
        <translation>la última vez el {0}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>{0} to go</source>
        <translation>{0} por hacer</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>{0}: {1}, asked %n time(s), done</source>
        <translation>{0}: {1}, pedido %n vez/veces, hecho</translation>
    </message>
    <message>
        <source>{0}: {1}, asked %n time(s)</source>
        <translation>{0}: {1}, pedido %n vez/veces</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Retos</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Rejection
Desktop</source>
        <translation>Rejection
Desktop</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Self-help, not therapy.</source>
        <translation>Autoayuda, no terapia.</translation>
    </message>
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
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Abriendo tu diario…</translation>
    </message>
    <message>
        <source>{0}, {1} missed reminders</source>
        <translation>{0}, {1} recordatorios perdidos</translation>
    </message>
    <message>
        <source>Some of your settings could not be read, so their defaults are used for now. You can set them again in Settings.</source>
        <translation>Algunos de tus ajustes no se pudieron leer, así que por ahora se usan los valores predeterminados. Puedes volver a configurarlos en Ajustes.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Ajustes</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Use at least {0} characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Usa al menos {0} caracteres; cuatro o más palabras sin relación entre sí son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>Strength: weak. Add more words or characters.</source>
        <translation>Seguridad: débil. Añade más palabras o caracteres.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words would make it strong.</source>
        <translation>Seguridad: aceptable. Unas pocas palabras más la harían fuerte.</translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation>Seguridad: buena.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Seguridad: fuerte.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>La frase de contraseña debe tener al menos {0} caracteres.</translation>
    </message>
</context>
<context>
    <name>NudgeRow</name>
    <message>
        <source>Reminder {0}</source>
        <translation>Recordatorio {0}</translation>
    </message>
    <message>
        <source>Daily reminder {0} on</source>
        <translation>Recordatorio diario {0} activado</translation>
    </message>
    <message>
        <source>{0} for reminder {1}</source>
        <translation>{0} del recordatorio {1}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove reminder {0}</source>
        <translation>Quitar el recordatorio {0}</translation>
    </message>
    <message>
        <source>+ Time</source>
        <translation>+ Hora</translation>
    </message>
    <message>
        <source>Add a time to reminder {0}</source>
        <translation>Añadir una hora al recordatorio {0}</translation>
    </message>
    <message>
        <source>Reminder time {0}</source>
        <translation>Hora del recordatorio {0}</translation>
    </message>
    <message>
        <source>Remove time {0}</source>
        <translation>Quitar la hora {0}</translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation>Quitar esta hora</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Welcome to Rejection Desktop</source>
        <translation>Te damos la bienvenida a Rejection Desktop</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Make &quot;no&quot; smaller</source>
        <translation>Que el &quot;no&quot; pese menos</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Reglas básicas</translation>
    </message>
    <message>
        <source>Every ask, every time.</source>
        <translation>En cada petición, siempre.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start small. The aim is not to collect refusals but to test your predictions: before each ask you will guess how likely a no is and how bad it would feel, and afterwards you will see how it really went.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Empieza con poco. La idea no es coleccionar rechazos, sino poner a prueba tus predicciones: antes de cada petición calcularás qué probabilidad hay de un no y cuánto te dolería, y después verás cómo fue en realidad.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your first rungs</source>
        <translation>Tus primeros peldaños</translation>
    </message>
    <message>
        <source>How scary would each ask feel to you? 0 = not at all, 100 = terrifying. This orders your ladder.</source>
        <translation>¿Cuánto miedo te daría cada petición? 0 = nada, 100 = pánico. Esto ordena tu escalera.</translation>
    </message>
    <message>
        <source>Distress for {0}</source>
        <translation>Malestar para {0}</translation>
    </message>
    <message>
        <source>A daily nudge</source>
        <translation>Un empujoncito diario</translation>
    </message>
    <message>
        <source>When should the app remind you to make today&apos;s ask?</source>
        <translation>¿Cuándo debería recordarte la aplicación hacer la petición de hoy?</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Recuérdamelo</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Remind me on {0}</source>
        <translation>Recuérdamelo el {0}</translation>
    </message>
    <message>
        <source>Untick the days you would rather not be reminded on.</source>
        <translation>Desmarca los días en que prefieras que no te lo recuerde.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Quiet hours: hold the nudge from</source>
        <translation>Horas de silencio: retener el recordatorio entre las</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Horas de silencio activadas</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>y las</translation>
    </message>
    <message>
        <source>A weekly review on</source>
        <translation>Un repaso semanal el</translation>
    </message>
    <message>
        <source>Weekly review on</source>
        <translation>Programar el repaso semanal</translation>
    </message>
    <message>
        <source>Weekly review day</source>
        <translation>Día del repaso semanal</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Hora del repaso semanal</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once a week, a few minutes to look back: what you predicted against what happened, how much you still believe your fears, and what to vary next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una vez por semana, unos minutos para mirar atrás: lo que predijiste frente a lo que pasó, cuánto te sigues creyendo tus miedos y qué cambiar la próxima vez.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What quiet hours hold</source>
        <translation>Qué retienen las horas de silencio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Quiet hours hold only daily nudges: a reminder for an ask you gave a time arrives at that time. You can change all this, or add more reminders, in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las horas de silencio solo retienen los recordatorios diarios: el recordatorio de una petición a la que pusiste hora llega a esa hora. Puedes cambiar todo esto, o añadir más recordatorios, en Ajustes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Your journal is backed up on its own, on this computer.</source>
        <translation>Tu diario tiene copias de seguridad automáticas, en este equipo.</translation>
    </message>
    <message>
        <source>&lt;p&gt;If this disk fails, its backups go with it. You can have every backup copied to a second folder too: another disk, a USB stick or a synced folder. Only backup files go there, never the journal itself. You can do this later in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Si este disco falla, sus copias de seguridad se pierden con él. También puedes hacer que cada copia se guarde en una segunda carpeta: otro disco, una memoria USB o una carpeta sincronizada. Allí solo van los archivos de copia, nunca el diario en sí. Puedes hacerlo más tarde en Ajustes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a second backup folder…</source>
        <translation>Elegir una segunda carpeta de copias…</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Elige una segunda carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias</translation>
    </message>
    <message>
        <source>Every backup is also copied to {0}.</source>
        <translation>Cada copia de seguridad se copia también en {0}.</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>Tu ritmo</translation>
    </message>
    <message>
        <source>Steady beats heroic. Choose what fits your life; you can change it in Settings.</source>
        <translation>Mejor constancia que heroicidades. Elige lo que encaje con tu vida; puedes cambiarlo en Ajustes.</translation>
    </message>
    <message>
        <source>One ask a day, with a rest day each week</source>
        <translation>Una petición al día, con un día de descanso a la semana</translation>
    </message>
    <message>
        <source>A few asks a week</source>
        <translation>Unas pocas peticiones a la semana</translation>
    </message>
    <message>
        <source> asks a week</source>
        <translation> peticiones a la semana</translation>
    </message>
    <message>
        <source>Asks a week</source>
        <translation>Peticiones a la semana</translation>
    </message>
    <message>
        <source>Show a streak</source>
        <translation>Mostrar una racha</translation>
    </message>
    <message>
        <source>&lt;p&gt;Streaks spur some people on and make others feel bad. Missing a day is normal, and an honest “I did not ask” with a few words about why counts as practice too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Las rachas animan a algunas personas y a otras las hacen sentir mal. Saltarse un día es normal, y un sincero “No pedí” con unas palabras sobre por qué también cuenta como práctica.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also suggest asks of people close to me</source>
        <translation>Sugerir también peticiones a personas cercanas</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar tu frase de contraseña</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Desactivar el cifrado</translation>
    </message>
    <message>
        <source>The journal is not rewritten: only the key file changes. Your recovery code stays the same.</source>
        <translation>El diario no se reescribe: solo cambia el archivo de clave. Tu código de recuperación sigue siendo el mismo.</translation>
    </message>
    <message>
        <source>Your journal and its backups will be stored as plain files again: anyone who can read this computer&apos;s disk or your backup folder can read them.</source>
        <translation>Tu diario y sus copias de seguridad volverán a guardarse como archivos sin cifrar: cualquiera que pueda leer el disco de este equipo o tu carpeta de copias podrá leerlos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation>No funcionó: {0}</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Encryption status</source>
        <translation>Estado del cifrado</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Activar el cifrado…</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Turn off encryption…</source>
        <translation>Desactivar el cifrado…</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Bloquear tras este número de minutos sin actividad</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Bloquear tras un tiempo sin actividad</translation>
    </message>
    <message>
        <source>The app also locks when your session locks. Reminders keep coming while it is locked, without titles.</source>
        <translation>La aplicación también se bloquea cuando se bloquea tu sesión. Los recordatorios siguen llegando mientras está bloqueada, sin títulos.</translation>
    </message>
    <message>
        <source>Your journal, its backups and drafts are encrypted with your passphrase.</source>
        <translation>Tu diario, sus copias de seguridad y los borradores están cifrados con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Your journal is stored as a plain file: anyone who can read this computer&apos;s disk or your backup folder can read it. Encryption keeps it, its backups and drafts unreadable without your passphrase.</source>
        <translation>Tu diario está guardado como un archivo sin cifrar: cualquiera que pueda leer el disco de este equipo o tu carpeta de copias puede leerlo. El cifrado hace que el diario, sus copias de seguridad y los borradores no se puedan leer sin tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>This is a folder; an export is a file.</source>
        <translation>Esto es una carpeta; una exportación es un archivo.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); an export is a file.</source>
        <translation>Esto no es un archivo normal (es una tubería, un socket o un dispositivo); una exportación es un archivo.</translation>
    </message>
    <message>
        <source>The file is {0} MB; the limit for an import is {1} MB. Is it really a Rejection Desktop export? (A very large journal can be imported with: rejection-desktop import FILE --max-size-mb N)</source>
        <translation>El archivo ocupa {0} MB; el límite para una importación es {1} MB. ¿Seguro que es una exportación de Rejection Desktop? (Un diario muy grande se puede importar con: rejection-desktop import FILE --max-size-mb N)</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of {0} MB.</source>
        <translation>El archivo supera el límite de importación de {0} MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}.</source>
        <translation>No se puede leer el archivo: {0}.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be an export.</source>
        <translation>El archivo está anidado a demasiada profundidad para ser una exportación.</translation>
    </message>
    <message>
        <source>The file holds far more records than an export of its size could (at least {0} objects and lists and {1} values in {2} MB). Is it really a Rejection Desktop export?</source>
        <translation>El archivo contiene muchos más registros de los que podría tener una exportación de su tamaño (al menos {0} objetos y listas y {1} valores en {2} MB). ¿Seguro que es una exportación de Rejection Desktop?</translation>
    </message>
    <message>
        <source>The file repeats a field name inside one object, so it is ambiguous which value is meant.</source>
        <translation>El archivo repite un nombre de campo dentro de un mismo objeto, así que no está claro qué valor se quiere decir.</translation>
    </message>
    <message>
        <source>The file contains {0}, which is not a number JSON allows.</source>
        <translation>El archivo contiene {0}, que no es un número que JSON permita.</translation>
    </message>
    <message>
        <source>The file contains a number too large to store.</source>
        <translation>El archivo contiene un número demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <source>The file contains a number too long to read.</source>
        <translation>El archivo contiene un número demasiado largo para leerlo.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 or UTF-32; an export is UTF-8.</source>
        <translation>El archivo está guardado en UTF-16 o UTF-32; una exportación está en UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (invalid byte at position {0}). Is it really an export?</source>
        <translation>El archivo no es texto UTF-8 (byte no válido en la posición {0}). ¿Seguro que es una exportación?</translation>
    </message>
    <message>
        <source>The file is cut off: it ends in the middle of the data. It may not have been copied completely.</source>
        <translation>El archivo está cortado: termina en medio de los datos. Puede que no se haya copiado entero.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {0}, column {1}).</source>
        <translation>El archivo no es JSON válido (línea {0}, columna {1}).</translation>
    </message>
    <message>
        <source>This is not a Rejection Desktop export (expected a JSON object).</source>
        <translation>Esto no es una exportación de Rejection Desktop (se esperaba un objeto JSON).</translation>
    </message>
    <message>
        <source>This is not a Rejection Desktop export (its &apos;format&apos; field is not &apos;{0}&apos;).</source>
        <translation>Esto no es una exportación de Rejection Desktop (su campo «format» no es «{0}»).</translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Rejection Desktop (format {0}; this version reads format {1}). Please update the app to import it.</source>
        <translation>Este archivo se exportó con una versión más reciente de Rejection Desktop (formato {0}; esta versión lee el formato {1}). Actualiza la aplicación para importarlo.</translation>
    </message>
    <message>
        <source>The file has unexpected fields: {0}.</source>
        <translation>El archivo tiene campos inesperados: {0}.</translation>
    </message>
    <message>
        <source>The file is not a valid export: the field {0} is missing or holds a value this version cannot read.</source>
        <translation>El archivo no es una exportación válida: falta el campo {0} o tiene un valor que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} no existe o no es un archivo.</translation>
    </message>
    <message>
        <source>{0} is encrypted; it opens with the passphrase or the recovery code it was made with.</source>
        <translation>{0} está cifrado; se abre con la frase de contraseña o el código de recuperación con que se creó.</translation>
    </message>
    <message>
        <source>{0} is encrypted with another key; it opens with the passphrase or recovery code it was made with.</source>
        <translation>{0} está cifrado con otra clave; se abre con la frase de contraseña o el código de recuperación con que se creó.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code does not open {0}.</source>
        <translation>La frase de contraseña o el código de recuperación no abre {0}.</translation>
    </message>
    <message>
        <source>The key copy that opens {0} is missing or damaged.</source>
        <translation>La copia de la clave que abre {0} falta o está dañada.</translation>
    </message>
    <message>
        <source>{0} cannot be read.</source>
        <translation>No se puede leer {0}.</translation>
    </message>
    <message>
        <source>{0} was saved by a newer version of Rejection Desktop (schema {1}; this version knows up to {2}). Please update the app first.</source>
        <translation>{0} se guardó con una versión más reciente de Rejection Desktop (esquema {1}; esta versión conoce hasta el {2}). Actualiza primero la aplicación.</translation>
    </message>
    <message>
        <source>{0} is damaged.</source>
        <translation>{0} está dañado.</translation>
    </message>
    <message>
        <source>{0} is not a Rejection Desktop journal.</source>
        <translation>{0} no es un diario de Rejection Desktop.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check.</source>
        <translation>La copia de seguridad no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>{0} could not be restored.</source>
        <translation>No se pudo restaurar {0}.</translation>
    </message>
    <message>
        <source>{0} was restored but could not be brought up to this version. Your journal was put back as it was.</source>
        <translation>{0} se restauró, pero no se pudo actualizar a esta versión. Tu diario quedó como estaba.</translation>
    </message>
    <message>
        <source>Backups cannot be saved in {0}: {1}</source>
        <translation>No se pueden guardar copias de seguridad en {0}: {1}</translation>
    </message>
    <message>
        <source>Choose a folder outside the journal&apos;s own folder {0}.</source>
        <translation>Elige una carpeta fuera de la carpeta del propio diario, {0}.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Esa frase de contraseña no es correcta.</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Ese código de recuperación no es correcto.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>La frase de contraseña debe tener al menos {0} caracteres.</translation>
    </message>
    <message>
        <source>The key file is missing, damaged or from a newer version of the app.</source>
        <translation>El archivo de clave falta, está dañado o es de una versión más reciente de la aplicación.</translation>
    </message>
    <message>
        <source>The journal is already encrypted.</source>
        <translation>El diario ya está cifrado.</translation>
    </message>
    <message>
        <source>The journal is not encrypted.</source>
        <translation>El diario no está cifrado.</translation>
    </message>
    <message>
        <source>The key file does not belong to this journal.</source>
        <translation>El archivo de clave no pertenece a este diario.</translation>
    </message>
    <message>
        <source>The journal is damaged; restore a backup first.</source>
        <translation>El diario está dañado; primero restaura una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <source>100 days of rejection</source>
        <translation>100 días de rechazo</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Mirar atrás</translation>
    </message>
    <message>
        <source>Start the 100 days</source>
        <translation>Empezar los 100 días</translation>
    </message>
    <message>
        <source>Plan the day&apos;s ask</source>
        <translation>Planear la petición del día</translation>
    </message>
    <message>
        <source>Pause the program</source>
        <translation>Pausar el programa</translation>
    </message>
    <message>
        <source>Resume the program</source>
        <translation>Reanudar el programa</translation>
    </message>
    <message>
        <source>Close the look back</source>
        <translation>Cerrar la mirada atrás</translation>
    </message>
    <message>
        <source>Jia Jiang&apos;s challenge: one ask a day that could be refused, for a hundred days, from warm-ups to bold asks. Rest days and an honest &quot;did not ask&quot; keep it going; you can pause it at any time.</source>
        <translation>El reto de Jia Jiang: una petición al día que podría recibir un no, durante cien días, desde calentamientos hasta peticiones atrevidas. Los días de descanso y un sincero &quot;no pedí&quot; no lo interrumpen; puedes pausarlo cuando quieras.</translation>
    </message>
    <message>
        <source>Day {0} of {1}</source>
        <translation>Día {0} de {1}</translation>
    </message>
    <message>
        <source>All {0} days done.</source>
        <translation>Los {0} días, completados.</translation>
    </message>
    <message>
        <source>Paused. Asks made while paused do not count; resume when you are ready.</source>
        <translation>En pausa. Las peticiones hechas durante la pausa no cuentan; reanuda cuando te sientas con ganas.</translation>
    </message>
    <message>
        <source>Day {0} done. The next day starts with your next ask; rest days cost nothing.</source>
        <translation>Día {0} completado. El siguiente día empieza con tu próxima petición; los días de descanso no cuestan nada.</translation>
    </message>
    <message>
        <source>Today&apos;s ask, chosen for day {0}: any ask counts, and so does an honest note about why not.</source>
        <translation>Petición de hoy, elegida para el día {0}: cualquier petición cuenta, y también una nota sincera sobre por qué no.</translation>
    </message>
    <message>
        <source>{0} · expected distress {1}/100</source>
        <translation>{0} · malestar esperado {1}/100</translation>
    </message>
    <message>
        <source>Look back at day {0}: {1} asks so far.</source>
        <translation>Mirada atrás en el día {0}: {1} peticiones hasta ahora.</translation>
    </message>
    <message>
        <source>You predicted a {0}% chance of a no; {1}% were a no ({2} answered asks).</source>
        <translation>Predijiste un {0} % de probabilidad de un no; el {1} % fueron un no ({2} peticiones con respuesta).</translation>
    </message>
    <message>
        <source>You expected it to feel {0}/100 bad; it felt {1}/100 ({2} felt better than expected).</source>
        <translation>Esperabas que te doliera {0}/100; te dolió {1}/100 ({2} dolieron menos de lo esperado).</translation>
    </message>
    <message>
        <source>No predictions were tested yet: predict before each ask to see them here.</source>
        <translation>Aún no se ha puesto a prueba ninguna predicción: haz una predicción antes de cada petición para verlas aquí.</translation>
    </message>
</context>
<context>
    <name>ProgressCaptions</name>
    <message>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <source>1 ask</source>
        <translation>1 petición</translation>
    </message>
    <message>
        <source>{0} asks</source>
        <translation>{0} peticiones</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>{0} semanas</translation>
    </message>
    <message>
        <source>in the last 4 weeks</source>
        <translation>en las últimas 4 semanas</translation>
    </message>
    <message>
        <source>in the last 3 months</source>
        <translation>en los últimos 3 meses</translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation>en el último año</translation>
    </message>
    <message>
        <source>since you started</source>
        <translation>desde que empezaste</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>del {0} al {1}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>You made {0} {1}.</source>
        <translation>Hiciste {0} {1}.</translation>
    </message>
    <message>
        <source>One of them tested a prediction you wrote down beforehand.</source>
        <translation>Una de ellas puso a prueba una predicción que anotaste antes.</translation>
    </message>
    <message>
        <source>{0} of them tested a prediction you wrote down beforehand.</source>
        <translation>{0} de ellas pusieron a prueba una predicción que anotaste antes.</translation>
    </message>
    <message>
        <source>This page counts what you did and what you found out, not how afraid you felt.</source>
        <translation>Esta página cuenta lo que hiciste y lo que descubriste, no cuánto miedo sentiste.</translation>
    </message>
    <message>
        <source>Before your next ask, note how likely you think a no is. This page will then compare your forecasts with what really happens.</source>
        <translation>Antes de tu próxima petición, anota qué probabilidad crees que hay de un no. Esta página comparará entonces tus pronósticos con lo que pasa en realidad.</translation>
    </message>
    <message>
        <source>You expected a no {0} of the time; it came {1} of the time.</source>
        <translation>Esperabas un no el {0} de las veces; llegó el {1} de las veces.</translation>
    </message>
    <message>
        <source>No predictions tested in this range yet.</source>
        <translation>Aún no hay predicciones puestas a prueba en este periodo.</translation>
    </message>
    <message>
        <source>Predictions disproved: {0} of {1} went better than feared.</source>
        <translation>Predicciones desmentidas: {0} de {1} fueron mejor de lo que temías.</translation>
    </message>
    <message>
        <source>{0} {1}: {2} yes, {3} partly, {4} no, {5} with no reply yet.</source>
        <translation>{0} {1}: {2} sí, {3} en parte, {4} no, {5} aún sin respuesta.</translation>
    </message>
    <message>
        <source>You also did 1 dare.</source>
        <translation>Además hiciste 1 desafío.</translation>
    </message>
    <message>
        <source>You also did {0} dares.</source>
        <translation>Además hiciste {0} desafíos.</translation>
    </message>
    <message>
        <source>Counting a partial yes as half, {0} of your answered asks got a yes.</source>
        <translation>Contando un sí parcial como medio, {0} de tus peticiones con respuesta recibieron un sí.</translation>
    </message>
    <message>
        <source>You asked on {0} of {1}.</source>
        <translation>Pediste en {0} de {1}.</translation>
    </message>
    <message>
        <source>The calendar shows the last 12 months.</source>
        <translation>El calendario muestra los últimos 12 meses.</translation>
    </message>
    <message>
        <source>your weekly goal</source>
        <translation>tu objetivo semanal</translation>
    </message>
    <message>
        <source>your daily goal</source>
        <translation>tu objetivo diario</translation>
    </message>
    <message>
        <source>your goal of {0} asks a day</source>
        <translation>tu objetivo de {0} peticiones al día</translation>
    </message>
    <message>
        <source>You have met {0} {1} in a row (longest: {2}).</source>
        <translation>Has cumplido {0} {1} sin interrupción (tu mejor racha: {2}).</translation>
    </message>
    <message>
        <source>Your longest run meeting {0}: {1}.</source>
        <translation>Tu racha más larga cumpliendo {0}: {1}.</translation>
    </message>
    <message>
        <source>No predictions to compare yet: before an ask, rate how likely a no is (0-100 %).</source>
        <translation>Aún no hay predicciones que comparar: antes de una petición, valora qué probabilidad hay de un no (0-100 %).</translation>
    </message>
    <message>
        <source>Dots in the shaded part, under the dashed line of a perfect forecast, are predictions that were gloomier than what happened.</source>
        <translation>Los puntos en la zona sombreada, bajo la línea discontinua de un pronóstico perfecto, son predicciones más pesimistas que lo que pasó.</translation>
    </message>
    <message>
        <source>The no came more often than you predicted: each of those asks took courage, and knowing it makes the next forecast truer.</source>
        <translation>El no llegó más a menudo de lo que predijiste: cada una de esas peticiones requirió valor, y saberlo hace que tu próximo pronóstico sea más acertado.</translation>
    </message>
    <message>
        <source>Your forecasts are close to what happens.</source>
        <translation>Tus pronósticos se acercan a lo que pasa.</translation>
    </message>
    <message>
        <source>Rate how bad a no would feel before an ask and how it felt afterwards, and this chart will compare them.</source>
        <translation>Valora cuánto te dolería un no antes de una petición y cuánto te dolió después, y este gráfico los comparará.</translation>
    </message>
    <message>
        <source>You expected a no to feel {0} out of 100; it felt {1}. {2} of {3} hurt less than you expected.</source>
        <translation>Esperabas que un no te doliera {0} sobre 100; te dolió {1}. {2} de {3} dolieron menos de lo que esperabas.</translation>
    </message>
    <message>
        <source>Rate your anxiety before and after an ask to see it here.</source>
        <translation>Valora tu ansiedad antes y después de una petición para verla aquí.</translation>
    </message>
    <message>
        <source>Your anxiety averaged {0} before an ask and {1} afterwards.</source>
        <translation>Tu ansiedad fue de {0} de media antes de una petición y de {1} después.</translation>
    </message>
    <message>
        <source>Going in, it was {0} in your earlier asks and {1} in recent ones.</source>
        <translation>Al empezar, era de {0} en tus primeras peticiones y de {1} en las recientes.</translation>
    </message>
    <message>
        <source>How much fear drops during one ask is not a good measure of progress, so this page does not judge you by it.</source>
        <translation>Cuánto baja el miedo durante una petición no es una buena medida del progreso, así que esta página no te juzga por eso.</translation>
    </message>
    <message>
        <source>Asks in each category will show how far up your ladder you have climbed.</source>
        <translation>Las peticiones de cada categoría mostrarán cuánto has subido por tu escalera.</translation>
    </message>
    <message>
        <source>You tried {0} in {1}.</source>
        <translation>Probaste {0} en {1}.</translation>
    </message>
    <message>
        <source>1 challenge</source>
        <translation>1 reto</translation>
    </message>
    <message>
        <source>{0} challenges</source>
        <translation>{0} retos</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 categoría</translation>
    </message>
    <message>
        <source>{0} categories</source>
        <translation>{0} categorías</translation>
    </message>
    <message>
        <source>A rung counts as done after {0} asks with a prediction written down.</source>
        <translation>Un peldaño cuenta como hecho después de {0} peticiones con una predicción anotada.</translation>
    </message>
    <message>
        <source>{0} done ({1} tested asks each); the hardest, rated {2}, is in {3}.</source>
        <translation>Peldaños completados: {0} ({1} peticiones puestas a prueba en cada uno); el más difícil, valorado con {2}, está en {3}.</translation>
    </message>
    <message>
        <source>1 rung</source>
        <translation>1 peldaño</translation>
    </message>
    <message>
        <source>{0} rungs</source>
        <translation>{0} peldaños</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>Could not write {0}. Check that the folder exists and that you may write there.</source>
        <translation>No se pudo escribir {0}. Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Vary: {0}</source>
        <translation>Cambiar: {0}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Your progress will show here</source>
        <translation>Aquí se verá tu progreso</translation>
    </message>
    <message>
        <source>Log your first ask on the Today page, whatever the answer. From then on this page shows what your own notes say: how often the no really comes, how much it really hurts, and how far you have climbed.</source>
        <translation>Registra tu primera petición en la página Hoy, sea cual sea la respuesta. A partir de entonces, esta página muestra lo que dicen tus propias notas: con qué frecuencia llega de verdad el no, cuánto duele de verdad y cuánto has subido.</translation>
    </message>
    <message>
        <source>No asks in this range</source>
        <translation>No hay peticiones en este periodo</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 meses</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>Mostrar {0}</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Exportar informe (PDF)…</translation>
    </message>
    <message>
        <source>Export the progress report as a PDF</source>
        <translation>Exportar el informe de progreso como PDF</translation>
    </message>
    <message>
        <source>A PDF with every chart and caption, to keep or to share with a therapist or friend</source>
        <translation>Un PDF con todos los gráficos y sus leyendas, para guardarlo o compartirlo con un terapeuta o una amistad</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Lo que hiciste</translation>
    </message>
    <message>
        <source>asks made</source>
        <translation>peticiones hechas</translation>
    </message>
    <message>
        <source>predictions tested</source>
        <translation>predicciones puestas a prueba</translation>
    </message>
    <message>
        <source>different challenges</source>
        <translation>retos distintos</translation>
    </message>
    <message>
        <source>What you found out</source>
        <translation>Lo que descubriste</translation>
    </message>
    <message>
        <source>The thoughts behind the fear</source>
        <translation>Los pensamientos detrás del miedo</translation>
    </message>
    <message>
        <source>Asks over time</source>
        <translation>Peticiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Days you asked</source>
        <translation>Días en que pediste</translation>
    </message>
    <message>
        <source>Forecast and reality</source>
        <translation>Pronóstico y realidad</translation>
    </message>
    <message>
        <source>How much it hurt</source>
        <translation>Cuánto dolió</translation>
    </message>
    <message>
        <source>Anxiety around asks</source>
        <translation>Ansiedad en torno a las peticiones</translation>
    </message>
    <message>
        <source>Ladder by category</source>
        <translation>Escalera por categoría</translation>
    </message>
    <message>
        <source>Weekly reviews</source>
        <translation>Repasos semanales</translation>
    </message>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>&amp;Repaso semanal…</translation>
    </message>
    <message>
        <source>Start this week&apos;s review</source>
        <translation>Empezar el repaso de esta semana</translation>
    </message>
    <message>
        <source>Past weekly reviews</source>
        <translation>Repasos semanales anteriores</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the review of {0}</source>
        <translation>Abrir el repaso del {0}</translation>
    </message>
    <message>
        <source>Each review re-rates your beliefs: those ratings are points in the chart above.</source>
        <translation>En cada repaso vuelves a valorar tus creencias: esas valoraciones son los puntos del gráfico de arriba.</translation>
    </message>
    <message>
        <source>Each review re-rates the beliefs your plans name.</source>
        <translation>Cada repaso semanal vuelve a valorar las creencias que nombran tus planes.</translation>
    </message>
    <message numerus="yes">
        <source>%n older reviews are in your journal.</source>
        <translation>
            <numerusform>Hay %n repaso anterior en tu diario.</numerusform>
            <numerusform>Hay %n repasos anteriores en tu diario.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review yet. Your review day is {0}; you can also start one now.</source>
        <translation>Aún no hay ningún repaso. Tu día de repaso es el {0}; también puedes empezar uno ahora.</translation>
    </message>
    <message>
        <source>No review yet. Once a week, look back at your asks and choose what to vary next. Choose a review day in Settings for a reminder.</source>
        <translation>Aún no hay ningún repaso. Una vez por semana, mira atrás tus peticiones y elige qué cambiar la próxima vez. Elige un día de repaso en Ajustes para recibir un recordatorio.</translation>
    </message>
    <message>
        <source>What your own asks show, once you start.</source>
        <translation>Lo que muestran tus propias peticiones, cuando empieces.</translation>
    </message>
    <message>
        <source>No asks {0}</source>
        <translation>No hubo peticiones {0}</translation>
    </message>
    <message>
        <source>Your earlier asks are still here: choose a longer range to see them. One small ask today starts this range again.</source>
        <translation>Tus peticiones anteriores siguen aquí: elige un periodo más largo para verlas. Una pequeña petición hoy vuelve a poner en marcha este periodo.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Guardar el gráfico como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Exportar el informe de progreso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Stopped. No report was saved.</source>
        <translation>Detenido. No se guardó ningún informe.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado {0}</translation>
    </message>
    <message>
        <source>The report could not be drawn ({0}); the details are in the log file.</source>
        <translation>No se pudo generar el informe ({0}); los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>el informe</translation>
    </message>
    <message>
        <source>What you did: {0}, {1} predictions tested, {2} different challenges.</source>
        <translation>Lo que hiciste: {0}, {1} predicciones puestas a prueba, {2} retos distintos.</translation>
    </message>
    <message>
        <source>Rejection practice: progress report</source>
        <translation>Práctica del rechazo: informe de progreso</translation>
    </message>
    <message>
        <source>Made with Rejection Desktop from my own journal. Self-help, not therapy.</source>
        <translation>Hecho con Rejection Desktop a partir de mi propio diario. Autoayuda, no terapia.</translation>
    </message>
</context>
<context>
    <name>PromptBankWidget</name>
    <message>
        <source>Reflection prompts</source>
        <translation>Preguntas para reflexionar</translation>
    </message>
    <message>
        <source>The questions a reflection asks, in this order. Reword them in your own voice, hide the ones that do not help, or add your own (up to {0} characters). Reflections you already wrote keep their questions.</source>
        <translation>Las preguntas que te hace una reflexión, en este orden. Reformúlalas con tus propias palabras, oculta las que no te ayuden o añade las tuyas (hasta {0} caracteres). Las reflexiones que ya escribiste conservan sus preguntas.</translation>
    </message>
    <message>
        <source>&amp;Add prompt…</source>
        <translation>Añadir &amp;pregunta…</translation>
    </message>
    <message>
        <source>Reword the selected prompt</source>
        <translation>Reformular la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;word…</source>
        <translation>Re&amp;formular…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Su&amp;bir</translation>
    </message>
    <message>
        <source>Move the selected prompt up</source>
        <translation>Subir la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>Move the selected prompt down</source>
        <translation>Bajar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Hide or show the selected prompt</source>
        <translation>Ocultar o mostrar la pregunta seleccionada</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Edit prompt</source>
        <translation>Editar pregunta</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Nueva pregunta</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Texto de la pregunta</translation>
    </message>
    <message>
        <source>A question you would like to be asked</source>
        <translation>Una pregunta que te gustaría que te hicieran</translation>
    </message>
    <message>
        <source>Ask it after an ask that was:</source>
        <translation>Hacerla después de una petición que fue:</translation>
    </message>
    <message>
        <source>Only for asks of people close to you (friends, family, colleagues)</source>
        <translation>Solo para peticiones a personas cercanas (amistades, familia, compañeros de trabajo)</translation>
    </message>
    <message>
        <source>Personal asks only</source>
        <translation>Solo peticiones personales</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>Guardar pregunta</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <source>Hidden</source>
        <translation>Oculta</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>visible</translation>
    </message>
</context>
<context>
    <name>QuickTimes</name>
    <message>
        <source>In 1&amp;5 min</source>
        <translation>En 1&amp;5 min</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>En 15 minutos</translation>
    </message>
    <message>
        <source>In an &amp;hour</source>
        <translation>En una &amp;hora</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>En una hora</translation>
    </message>
    <message>
        <source>This e&amp;vening</source>
        <translation>Esta &amp;tarde</translation>
    </message>
    <message>
        <source>This evening at 19:00</source>
        <translation>Esta tarde a las 19:00</translation>
    </message>
    <message>
        <source>&amp;Tomorrow morning</source>
        <translation>&amp;Mañana por la mañana</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Mañana a las 9:00</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>Not rated</source>
        <translation>Sin valorar</translation>
    </message>
    <message>
        <source>0 means {0}, 100 means {1}</source>
        <translation>0 significa {0}, 100 significa {1}</translation>
    </message>
    <message>
        <source>{0}, exact value</source>
        <translation>{0}, valor exacto</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>1 challenge</source>
        <translation>1 reto</translation>
    </message>
    <message>
        <source>1 belief</source>
        <translation>1 creencia</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 intento</translation>
    </message>
    <message>
        <source>1 reflection</source>
        <translation>1 reflexión</translation>
    </message>
    <message>
        <source>1 belief rating</source>
        <translation>1 valoración de una creencia</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>1 pregunta</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 recordatorio</translation>
    </message>
    <message>
        <source>1 setting</source>
        <translation>1 ajuste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln challenges</source>
        <translation>
            <numerusform>%Ln reto</numerusform>
            <numerusform>%Ln retos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beliefs</source>
        <translation>
            <numerusform>%Ln creencia</numerusform>
            <numerusform>%Ln creencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <translation>
            <numerusform>%Ln intento</numerusform>
            <numerusform>%Ln intentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reflections</source>
        <translation>
            <numerusform>%Ln reflexión</numerusform>
            <numerusform>%Ln reflexiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln belief ratings</source>
        <translation>
            <numerusform>%Ln valoración de una creencia</numerusform>
            <numerusform>%Ln valoraciones de creencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompts</source>
        <translation>
            <numerusform>%Ln pregunta</numerusform>
            <numerusform>%Ln preguntas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminders</source>
        <translation>
            <numerusform>%Ln recordatorio</numerusform>
            <numerusform>%Ln recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln settings</source>
        <translation>
            <numerusform>%Ln ajuste</numerusform>
            <numerusform>%Ln ajustes</numerusform>
        </translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>añadidos: {0}</translation>
    </message>
    <message>
        <source>nothing new to add</source>
        <translation>nada nuevo que añadir</translation>
    </message>
    <message>
        <source>; brought your edits to 1 built-in</source>
        <translation>; tus cambios en 1 reto incluido</translation>
    </message>
    <message numerus="yes">
        <source>; brought your edits to %Ln built-ins</source>
        <translation>
            <numerusform>; tus cambios en %Ln reto incluido</numerusform>
            <numerusform>; tus cambios en %Ln retos incluidos</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped 1 already here</source>
        <translation>; 1 ya estaba, omitido</translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln already here</source>
        <translation>
            <numerusform>; %Ln ya estaba, omitido</numerusform>
            <numerusform>; %Ln ya estaban, omitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{0}: {1} challenges, {2} attempts, {3} reflections</source>
        <translation>{0}: {1} retos, {2} intentos, {3} reflexiones</translation>
    </message>
    <message>
        <source>{0}: the journal needs attention</source>
        <translation>{0}: el diario necesita atención</translation>
    </message>
    <message>
        <source>Journal recovery</source>
        <translation>Recuperación del diario</translation>
    </message>
    <message>
        <source>Your journal could not be opened safely</source>
        <translation>Tu diario no se pudo abrir de forma segura</translation>
    </message>
    <message>
        <source>A check at start-up found a problem with {0}:
{1}

Nothing has been changed: the file is left exactly as it is.</source>
        <translation>Una comprobación al iniciar encontró un problema con {0}:
{1}

No se ha cambiado nada: el archivo se queda exactamente como está.</translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.

Restoring it keeps the damaged file next to it under a dated name, so nothing is thrown away. Anything written after that backup is not in it.</source>
        <translation>La copia de seguridad correcta más reciente es del {0}.

Al restaurarla, el archivo dañado se guarda a su lado con un nombre con fecha, así que no se pierde nada. Lo que se escribió después de esa copia no está en ella.</translation>
    </message>
    <message>
        <source>No good backup was found in:
{0}

If you keep backups elsewhere, choose one. If you quit, the file stays as it is; the sqlite3 tool&apos;s .recover command may be able to save parts of it.</source>
        <translation>No se encontró ninguna copia de seguridad correcta en:
{0}

Si guardas copias en otro lugar, elige una. Si sales, el archivo se queda como está; el comando .recover de la herramienta sqlite3 quizá pueda salvar partes de él.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Salir sin cambiar nada</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation>&amp;Elegir un archivo de copia…</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elige una copia de seguridad</translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad del diario (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>That is the damaged journal itself.</source>
        <translation>Ese es el propio diario dañado.</translation>
    </message>
    <message>
        <source>This file cannot be restored: {0}</source>
        <translation>Este archivo no se puede restaurar: {0}</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Reflect</source>
        <translation>Reflexionar</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>¿Qué tienes en mente?</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>¿Algo más?</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>Una reflexión</translation>
    </message>
    <message>
        <source>Write about a rejection, a worry or something you noticed. It stays on this computer.</source>
        <translation>Escribe sobre un rechazo, una preocupación o algo que notaste. Se queda en este equipo.</translation>
    </message>
    <message>
        <source>Reflect on your ask</source>
        <translation>Reflexiona sobre tu petición</translation>
    </message>
    <message>
        <source>Your prediction and what happened</source>
        <translation>Tu predicción y lo que pasó</translation>
    </message>
    <message>
        <source>What stopped me: {0}</source>
        <translation>Qué me frenó: {0}</translation>
    </message>
    <message>
        <source>Your plan for a no: {0}</source>
        <translation>Tu plan para un no: {0}</translation>
    </message>
    <message>
        <source>This one may stay with you for a while. Go gently: the first questions are about looking after yourself, and every box is optional.</source>
        <translation>Puede que esto te acompañe un tiempo. Ve con calma: las primeras preguntas son sobre cuidarte, y todas las casillas son opcionales.</translation>
    </message>
    <message>
        <source>Feeling very low or unsafe? Talk to someone now</source>
        <translation>¿Tienes el ánimo muy bajo o no te sientes a salvo? Habla con alguien ahora</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Recursos de crisis</translation>
    </message>
    <message>
        <source>The thought behind the fear</source>
        <translation>El pensamiento detrás del miedo</translation>
    </message>
    <message>
        <source>Before the ask you wrote: “{0}”. You believed it {1}/100.</source>
        <translation>Antes de la petición escribiste: “{0}”. Te lo creías {1}/100.</translation>
    </message>
    <message>
        <source>Before the ask you wrote: “{0}”.</source>
        <translation>Antes de la petición escribiste: “{0}”.</translation>
    </message>
    <message>
        <source>How much you believe it now</source>
        <translation>Cuánto te lo crees ahora</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>totalmente</translation>
    </message>
    <message>
        <source>How much do you believe it &amp;now?</source>
        <translation>¿Cuánto te lo crees &amp;ahora?</translation>
    </message>
    <message>
        <source>A fairer way to put it</source>
        <translation>Una forma más justa de decirlo</translation>
    </message>
    <message>
        <source>e.g. &quot;Some people might think that; most won&apos;t notice&quot; (optional)</source>
        <translation>p. ej., &quot;Puede que alguien lo piense; la mayoría ni se dará cuenta&quot; (opcional)</translation>
    </message>
    <message>
        <source>A &amp;fairer way to put it</source>
        <translation>Una forma más &amp;justa de decirlo</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Guardar reflexión</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Log it now</source>
        <translation>Registrarla ahora</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>Posponer 15 min</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Posponer 1 h</translation>
    </message>
    <message>
        <source>Snooze until this evening</source>
        <translation>Posponer hasta esta tarde</translation>
    </message>
    <message>
        <source>Didn&apos;t ask</source>
        <translation>No pedí</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Move to tomorrow</source>
        <translation>Pasar a mañana</translation>
    </message>
    <message>
        <source>Pick today&apos;s ask</source>
        <translation>Elegir la petición de hoy</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>Empezar el repaso</translation>
    </message>
    <message>
        <source>No more nudges today. Planned asks still remind you; your streak follows its usual rules (rest days included).</source>
        <translation>No habrá más recordatorios diarios hoy. Las peticiones planeadas te lo seguirán recordando; tu racha sigue sus reglas de siempre (días de descanso incluidos).</translation>
    </message>
    <message>
        <source>This reminder no longer exists.</source>
        <translation>Este recordatorio ya no existe.</translation>
    </message>
    <message>
        <source>Snoozed: it comes back at {0}.</source>
        <translation>Pospuesto: volverá a las {0}.</translation>
    </message>
    <message>
        <source>This ask no longer exists. It may have been deleted.</source>
        <translation>Esta petición ya no existe. Puede que se haya borrado.</translation>
    </message>
    <message>
        <source>This ask is already logged; here it is to change.</source>
        <translation>Esta petición ya está registrada; aquí la tienes para cambiarla.</translation>
    </message>
    <message>
        <source>This ask is already logged.</source>
        <translation>Esta petición ya está registrada.</translation>
    </message>
    <message>
        <source>Moved to tomorrow, {0}.</source>
        <translation>Pasada a mañana, a las {0}.</translation>
    </message>
</context>
<context>
    <name>ReminderHistory</name>
    <message>
        <source>daily nudge</source>
        <translation>recordatorio diario</translation>
    </message>
    <message>
        <source>planned ask</source>
        <translation>petición planeada</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>seguimiento</translation>
    </message>
    <message>
        <source>several reminders</source>
        <translation>varios recordatorios</translation>
    </message>
    <message>
        <source>test notification</source>
        <translation>notificación de prueba</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>sent with buttons</source>
        <translation>enviado con botones</translation>
    </message>
    <message>
        <source>sent plain (no buttons)</source>
        <translation>enviado como texto simple (no con botones)</translation>
    </message>
    <message>
        <source>shown in the app&apos;s banner</source>
        <translation>mostrado en el aviso de la aplicación</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>held by quiet hours until {0}</source>
        <translation>retenido por las horas de silencio hasta las {0}</translation>
    </message>
    <message>
        <source>snoozed until {0}</source>
        <translation>pospuesto hasta las {0}</translation>
    </message>
    <message>
        <source>you chose &quot;{0}&quot;</source>
        <translation>elegiste &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>Your desktop shows reminders with buttons.</source>
        <translation>Tu escritorio muestra los recordatorios con botones.</translation>
    </message>
    <message>
        <source>Reminders appear as tray messages; click one to open it. Their buttons are in the app&apos;s banner.</source>
        <translation>Los recordatorios aparecen como mensajes en la bandeja del sistema; haz clic en uno para abrirlo. Sus botones están en el aviso de la aplicación.</translation>
    </message>
    <message>
        <source>Your desktop shows reminders, but without buttons: the buttons appear in the app&apos;s banner.</source>
        <translation>Tu escritorio muestra los recordatorios, pero sin botones: los botones aparecen en el aviso de la aplicación.</translation>
    </message>
    <message>
        <source>Your desktop did not show it, so reminders appear in the app&apos;s banner, only while the app runs. Copy the diagnostics below to find out why.</source>
        <translation>Tu escritorio no lo mostró, así que los recordatorios aparecen en el aviso de la aplicación, solo mientras está abierta. Copia el diagnóstico de abajo para averiguar por qué.</translation>
    </message>
    <message>
        <source>Reminders could not be shown. Copy the diagnostics below to find out why.</source>
        <translation>No se pudieron mostrar los recordatorios. Copia el diagnóstico de abajo para averiguar por qué.</translation>
    </message>
</context>
<context>
    <name>ReminderRuntime</name>
    <message>
        <source>Test notification</source>
        <translation>Notificación de prueba</translation>
    </message>
    <message>
        <source>If you can read this, your reminders will reach you.</source>
        <translation>Si puedes leer esto, tus recordatorios te llegarán.</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Posponer 1 h</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Registrarla</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <source>Reminders snoozed until {0}.</source>
        <translation>Recordatorios pospuestos hasta las {0}.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders stop when Rejection Desktop quits. They wait until you open it again. To keep them coming, keep the window open (minimised is fine), or let the app start at login in Settings.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios se detienen cuando cierras Rejection Desktop. Esperan hasta que vuelvas a abrirlo. Para que sigan llegando, deja la ventana abierta (minimizada está bien) o, en Ajustes, haz que la aplicación se abra al iniciar sesión.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Dejar la ventana abierta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Rejection Desktop keeps running in the tray so your reminders can reach you. Open it again from the tray icon.</source>
        <translation>Rejection Desktop sigue funcionando en la bandeja del sistema para que tus recordatorios te lleguen. Vuelve a abrirla desde el icono de la bandeja.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Seguir funcionando</translation>
    </message>
    <message>
        <source>Quit when I close the window</source>
        <translation>Salir cuando cierre la ventana</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>No hay ningún recordatorio previsto</translation>
    </message>
    <message>
        <source>Next reminder: {0}</source>
        <translation>Próximo recordatorio: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Except asks to friends, family and colleagues</source>
        <translation>Salvo peticiones a personas cercanas</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>for today</source>
        <translation>por hoy</translation>
    </message>
    <message>
        <source>for 3 days</source>
        <translation>durante 3 días</translation>
    </message>
    <message>
        <source>for a week</source>
        <translation>durante una semana</translation>
    </message>
    <message>
        <source>until I resume</source>
        <translation>hasta que lo reanude</translation>
    </message>
    <message>
        <source>Daily nudges</source>
        <translation>Recordatorios diarios</translation>
    </message>
    <message>
        <source>&quot;Time for today&apos;s ask&quot;, at the times and on the days you choose.</source>
        <translation>&quot;Es hora de la petición de hoy&quot;, a las horas y en los días que elijas.</translation>
    </message>
    <message>
        <source>No daily nudges. Add one and the app will remind you to make your ask.</source>
        <translation>No hay recordatorios diarios. Añade uno y la aplicación te recordará hacer tu petición.</translation>
    </message>
    <message>
        <source>Add a daily nudge</source>
        <translation>Añadir un recordatorio diario</translation>
    </message>
    <message>
        <source>Planned asks</source>
        <translation>Peticiones planeadas</translation>
    </message>
    <message>
        <source>Minutes before a planned ask</source>
        <translation>Minutos antes de una petición planeada</translation>
    </message>
    <message>
        <source>Remind me before a planned ask</source>
        <translation>Recordármelo antes de la petición</translation>
    </message>
    <message>
        <source>Minutes after a planned ask</source>
        <translation>Minutos después de una petición planeada</translation>
    </message>
    <message>
        <source>Ask &quot;how did it go?&quot; after</source>
        <translation>Preguntar &quot;¿cómo fue?&quot; después de</translation>
    </message>
    <message>
        <source>0 minutes reminds you at the planned time. The follow-up is cancelled once you log the ask.</source>
        <translation>Con 0 minutos, el recordatorio llega a la hora planeada. El seguimiento se cancela en cuanto registras la petición.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Hold daily nudges from</source>
        <translation>Retener recordatorios diarios entre las</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Horas de silencio activadas</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <source>to</source>
        <translation>y las</translation>
    </message>
    <message>
        <source>A daily nudge that falls inside quiet hours arrives, once, when they end. Reminders of an ask you gave a time arrive at their time.</source>
        <translation>Un recordatorio diario que cae dentro de las horas de silencio llega, una sola vez, cuando terminan. Los recordatorios de una petición a la que pusiste hora llegan a su hora.</translation>
    </message>
    <message>
        <source>What quiet hours hold</source>
        <translation>Qué retienen las horas de silencio</translation>
    </message>
    <message>
        <source>Snooze and pause</source>
        <translation>Posponer y pausar</translation>
    </message>
    <message>
        <source>Reminder status</source>
        <translation>Estado de los recordatorios</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>Posponer 1 h</translation>
    </message>
    <message>
        <source>Snooze reminders 1 hour</source>
        <translation>Posponer los recordatorios 1 hora</translation>
    </message>
    <message>
        <source>Pause length</source>
        <translation>Duración de la pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Pausar los recordatorios</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>Snoozed reminders arrive when the snooze ends; paused ones are skipped.</source>
        <translation>Los recordatorios pospuestos llegan cuando termina el aplazamiento; los pausados se omiten.</translation>
    </message>
    <message>
        <source>When the window closes</source>
        <translation>Al cerrar la ventana</translation>
    </message>
    <message>
        <source>Start at login, waiting in the tray</source>
        <translation>Abrir al iniciar sesión, en espera en la bandeja</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Keep running in the tray when I close the window</source>
        <translation>Seguir en la bandeja al cerrar la ventana</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Seguir funcionando en la bandeja</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits the app and reminders wait until you open it again.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que al cerrar la ventana se cierra la aplicación y los recordatorios esperan hasta que vuelvas a abrirla.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Show ask titles in notifications</source>
        <translation>Mostrar el título de cada petición en las notificaciones</translation>
    </message>
    <message>
        <source>Notifications can appear on a lock screen or a shared screen; hidden titles are replaced by words like &quot;Time for your planned ask&quot;.</source>
        <translation>Las notificaciones pueden aparecer en la pantalla de bloqueo o en una pantalla compartida; los títulos ocultos se sustituyen por frases como &quot;Es hora de tu petición planeada&quot;.</translation>
    </message>
    <message>
        <source>Check notifications</source>
        <translation>Comprobar las notificaciones</translation>
    </message>
    <message>
        <source>Send a test notification</source>
        <translation>Enviar una notificación de prueba</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar el diagnóstico</translation>
    </message>
    <message>
        <source>Copy reminder diagnostics to the clipboard</source>
        <translation>Copiar el diagnóstico de los recordatorios al portapapeles</translation>
    </message>
    <message>
        <source>Test notification result</source>
        <translation>Resultado de la notificación de prueba</translation>
    </message>
    <message>
        <source>Last reminders</source>
        <translation>Últimos recordatorios</translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation>Aún no hay recordatorios.</translation>
    </message>
    <message>
        <source>Diagnostics copied: version, system, notification server, the next reminders&apos; times and the log&apos;s last lines. No titles and nothing you wrote.</source>
        <translation>Diagnóstico copiado: versión, sistema, servidor de notificaciones, las horas de los próximos recordatorios y las últimas líneas del registro. No incluye títulos ni nada de lo que escribiste.</translation>
    </message>
    <message>
        <source>Reminders are paused until you resume them.</source>
        <translation>Los recordatorios están en pausa hasta que los reanudes.</translation>
    </message>
    <message>
        <source>Reminders are paused until {0}; what falls before is skipped.</source>
        <translation>Los recordatorios están en pausa hasta {0}; lo que caiga antes se omite.</translation>
    </message>
    <message>
        <source>Reminders are snoozed until {0}.</source>
        <translation>Los recordatorios están pospuestos hasta {0}.</translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation>Los recordatorios están activados.</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>No se pudo guardar: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <source>{0} tomorrow</source>
        <translation>{0} mañana</translation>
    </message>
    <message>
        <source>Snoozed: 1 reminder waits until {0}.</source>
        <translation>Pospuesto: 1 recordatorio espera hasta las {0}.</translation>
    </message>
    <message>
        <source>Snoozed: %n reminders wait until {0}.</source>
        <translation>Pospuestos: %n recordatorios esperan hasta las {0}.</translation>
    </message>
    <message>
        <source>Quiet hours: your daily nudge waits until {0}.</source>
        <translation>Horas de silencio: tu recordatorio diario espera hasta las {0}.</translation>
    </message>
    <message>
        <source>Quiet hours: %n daily nudges wait until {0}.</source>
        <translation>Horas de silencio: %n avisos diarios esperan hasta las {0}.</translation>
    </message>
    <message>
        <source>The nudge at {0} falls inside quiet hours: it arrives at {1}.</source>
        <translation>El recordatorio de las {0} cae dentro de las horas de silencio: llegará a las {1}.</translation>
    </message>
    <message>
        <source>The nudges at {0} fall inside quiet hours: they arrive at {1}.</source>
        <translation>Los recordatorios de las {0} caen dentro de las horas de silencio: llegarán a las {1}.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>{0} menu</source>
        <translation>Menú de {0}</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>No hay ningún recordatorio previsto</translation>
    </message>
    <message>
        <source>Log an ask…</source>
        <translation>Registrar una petición…</translation>
    </message>
    <message>
        <source>Plan an ask…</source>
        <translation>Planear una petición…</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Repaso semanal…</translation>
    </message>
    <message>
        <source>Snooze reminders 1 h</source>
        <translation>Posponer los recordatorios 1 h</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Pausar hasta mañana</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>If you need support now…</source>
        <translation>Si necesitas apoyo ahora…</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>Hoy: {0}</translation>
    </message>
    <message>
        <source>Log: {0}</source>
        <translation>Registrar: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting…</source>
        <translation>
            <numerusform>%n más en espera…</numerusform>
            <numerusform>%n más en espera…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders paused until {0}</source>
        <translation>Recordatorios en pausa hasta {0}</translation>
    </message>
    <message>
        <source>Reminders snoozed until {0}</source>
        <translation>Recordatorios pospuestos hasta {0}</translation>
    </message>
    <message>
        <source>1 missed reminder</source>
        <translation>1 recordatorio perdido</translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminders</source>
        <translation>
            <numerusform>%n recordatorio perdido</numerusform>
            <numerusform>%n recordatorios perdidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreNotice</name>
    <message>
        <source>Your journal could not be read, so it was restored from the backup {0}. The damaged file was kept as {1}.</source>
        <translation>Tu diario no se pudo leer, así que se restauró a partir de la copia de seguridad {0}. El archivo dañado se conservó como {1}.</translation>
    </message>
</context>
<context>
    <name>ReviewViewer</name>
    <message>
        <source>Weekly review</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>The weekly review</source>
        <translation>El repaso semanal</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language applies the next time you start the app.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que inicies la aplicación.</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Tu práctica</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>A daily goal, with rest days</source>
        <translation>Un objetivo diario, con días de descanso</translation>
    </message>
    <message>
        <source>A weekly goal</source>
        <translation>Un objetivo semanal</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Ritmo</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Objetivo semanal</translation>
    </message>
    <message>
        <source> asks a week</source>
        <translation> peticiones a la semana</translation>
    </message>
    <message>
        <source>Wee&amp;kly goal</source>
        <translation>Objetivo &amp;semanal</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>Objetivo &amp;diario</translation>
    </message>
    <message>
        <source>Rest days per week</source>
        <translation>Días de descanso por semana</translation>
    </message>
    <message>
        <source> per week</source>
        <translation> por semana</translation>
    </message>
    <message>
        <source>&amp;Rest days</source>
        <translation>Días de desca&amp;nso</translation>
    </message>
    <message>
        <source>Show my streak</source>
        <translation>Mostrar mi racha</translation>
    </message>
    <message>
        <source>Suggest asks of people close to me</source>
        <translation>Sugerir peticiones a personas cercanas</translation>
    </message>
    <message>
        <source>The personal track</source>
        <translation>La parte personal</translation>
    </message>
    <message>
        <source>Weekl&amp;y review</source>
        <translation>Repaso se&amp;manal</translation>
    </message>
    <message>
        <source>The streak counts days (or weeks) you met your goal. Rest days do not break it, and neither does an honest &quot;did not ask&quot; that you reflected on: that is practice too. If streaks make you feel worse, hide it. Days and reminders follow your computer&apos;s time zone ({0}), so they stay right when you travel.</source>
        <translation>La racha cuenta los días (o semanas) en que cumpliste tu objetivo. Los días de descanso no la rompen, y tampoco un sincero &quot;no pedí&quot; sobre el que reflexionaste: eso también es práctica. Si las rachas te hacen sentir peor, ocúltala. Los días y los recordatorios siguen la zona horaria de tu equipo ({0}), así que se mantienen correctos cuando viajas.</translation>
    </message>
    <message>
        <source>Weekly review day</source>
        <translation>Día del repaso semanal</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Hora del repaso semanal</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Your journal lives only on this computer, readable by your user account alone.</source>
        <translation>Tu diario vive solo en este equipo, y solo tu cuenta de usuario puede leerlo.</translation>
    </message>
    <message>
        <source>Data folder path</source>
        <translation>Ruta de la carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source> ask a day</source>
        <translation> petición al día</translation>
    </message>
    <message>
        <source> asks a day</source>
        <translation> peticiones al día</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation>&amp;Nuevo reto…</translation>
    </message>
    <message>
        <source>&amp;Log an attempt…</source>
        <translation>&amp;Registrar un intento…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>&amp;Repaso semanal…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Primeros pasos…</translation>
    </message>
    <message>
        <source>Ground &amp;rules</source>
        <translation>&amp;Reglas básicas</translation>
    </message>
    <message>
        <source>&amp;Crisis resources</source>
        <translation>Recursos de &amp;crisis</translation>
    </message>
    <message>
        <source>&amp;Who this app is not for</source>
        <translation>Para &amp;quién no es esta aplicación</translation>
    </message>
    <message>
        <source>&amp;About Rejection Desktop</source>
        <translation>&amp;Acerca de Rejection Desktop</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be used: {1} is a file, not a folder.</source>
        <translation>No se puede usar la carpeta de datos {0}: {1} es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be used: {1}.</source>
        <translation>No se puede usar la carpeta de datos {0}: {1}.</translation>
    </message>
    <message>
        <source>Your journal cannot be opened: {0} ({1}). Nothing in it has been changed.</source>
        <translation>No se puede abrir tu diario: {0} ({1}). No se ha cambiado nada en él.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Rejection Desktop. Please update the app. The file has not been changed.</source>
        <translation>Este diario se guardó con una versión más reciente de Rejection Desktop. Actualiza la aplicación. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>Your journal cannot be opened: {0}</source>
        <translation>No se puede abrir tu diario: {0}</translation>
    </message>
    <message>
        <source>The backup could not be restored: {0}. Your journal has been left as it was.</source>
        <translation>No se pudo restaurar la copia de seguridad: {0}. Tu diario se ha quedado como estaba.</translation>
    </message>
    <message>
        <source>The command “{0}” (process {1}) is using your journal in {2}. Try again when it has finished.</source>
        <translation>El comando «{0}» (proceso {1}) está usando tu diario en {2}. Vuelve a intentarlo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Rejection Desktop cannot start: {0} ({1}).</source>
        <translation>Rejection Desktop no puede iniciarse: {0} ({1}).</translation>
    </message>
    <message>
        <source>Rejection Desktop is already running but did not answer. Close it, or wait a moment and try again.</source>
        <translation>Rejection Desktop ya está abierto, pero no ha respondido. Ciérralo, o espera un momento y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Rejection Desktop could not open your journal.</source>
        <translation>Rejection Desktop no pudo abrir tu diario.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s asks</source>
        <translation>Peticiones de hoy</translation>
    </message>
    <message>
        <source>Daily goal progress</source>
        <translation>Progreso del objetivo diario</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Backups on one disk</source>
        <translation>Copias de seguridad en un solo disco</translation>
    </message>
    <message>
        <source>For 30 days every backup has been on the same disk as your journal: if that disk fails, both are gone. Choose a second backup folder on another disk or a synced folder; every backup is then copied there too.</source>
        <translation>Desde hace 30 días, todas las copias de seguridad están en el mismo disco que tu diario: si ese disco falla, se pierden las dos cosas. Elige una segunda carpeta de copias en otro disco o una carpeta sincronizada; a partir de entonces, cada copia se copiará también allí.</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Elige una segunda carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Your weekly review</source>
        <translation>Tu repaso semanal</translation>
    </message>
    <message>
        <source>A few minutes to look back: what you predicted against what happened, the surprise of the week, how much you still believe each thought, and what to vary next week.</source>
        <translation>Unos minutos para mirar atrás: lo que predijiste frente a lo que pasó, la sorpresa de la semana, cuánto te sigues creyendo cada pensamiento y qué cambiar la próxima semana.</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>Empezar el repaso</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Tu siguiente paso</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planearlo</translation>
    </message>
    <message>
        <source>Log an attempt</source>
        <translation>Registrar un intento</translation>
    </message>
    <message>
        <source>Another suggestion</source>
        <translation>Otra sugerencia</translation>
    </message>
    <message>
        <source>Planned today and waiting for an answer</source>
        <translation>Planeado hoy y en espera de respuesta</translation>
    </message>
    <message>
        <source>Today&apos;s plans with or without a time, and asks still waiting for a reply</source>
        <translation>Los planes de hoy, con o sin hora, y las peticiones que siguen esperando respuesta</translation>
    </message>
    <message>
        <source>Held reminders</source>
        <translation>Recordatorios retenidos</translation>
    </message>
    <message>
        <source>One ask a day that could be refused is the whole game. Be kind, ask for what you would accept, and respect the no.</source>
        <translation>Una petición al día que podría recibir un no: eso es todo el juego. Sé amable, pide solo lo que aceptarías y respeta el no.</translation>
    </message>
    <message>
        <source>asks since Monday</source>
        <translation>peticiones desde el lunes</translation>
    </message>
    <message>
        <source>ask since Monday</source>
        <translation>petición desde el lunes</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Segunda carpeta de copias</translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation>Objetivo de esta semana</translation>
    </message>
    <message>
        <source>Goal met for this week.</source>
        <translation>Objetivo de esta semana cumplido.</translation>
    </message>
    <message>
        <source>Asks since Monday, towards your weekly goal.</source>
        <translation>Peticiones desde el lunes, para tu objetivo semanal.</translation>
    </message>
    <message>
        <source>Goal met. Anything more is a bonus.</source>
        <translation>Objetivo cumplido. Todo lo demás es un extra.</translation>
    </message>
    <message>
        <source>Nice start. {0} more to reach today&apos;s goal.</source>
        <translation>Buen comienzo. Te faltan {0} para el objetivo de hoy.</translation>
    </message>
    <message>
        <source>One ask that could be refused. That&apos;s all.</source>
        <translation>Una petición que podría recibir un no. Eso es todo.</translation>
    </message>
    <message>
        <source>Fresh start</source>
        <translation>Borrón y cuenta nueva</translation>
    </message>
    <message>
        <source>Runs come and go. One ask, or an honest note about why not, starts a new one.</source>
        <translation>Las rachas vienen y van. Una petición, o una nota sincera sobre por qué no, empieza una nueva.</translation>
    </message>
    <message>
        <source>Runs come and go. Reach this week&apos;s goal to start one.</source>
        <translation>Las rachas vienen y van. Cumple el objetivo de esta semana para empezar una.</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>{0} semanas</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semana</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <source>Longest so far: {0} weeks</source>
        <translation>Racha más larga hasta ahora: {0} semanas</translation>
    </message>
    <message>
        <source>Longest so far: {0} days</source>
        <translation>Racha más larga hasta ahora: {0} días</translation>
    </message>
    <message>
        <source>Rest days are part of it. Be kind to yourself.</source>
        <translation>Los días de descanso son parte de esto. Sé amable contigo.</translation>
    </message>
    <message>
        <source>Weeks in a row at your pace.</source>
        <translation>Semanas seguidas a tu ritmo.</translation>
    </message>
    <message>
        <source>You have seen every suggestion</source>
        <translation>Ya viste todas las sugerencias</translation>
    </message>
    <message>
        <source>Start the round again, or pick any challenge on the Challenges page.</source>
        <translation>Empieza la ronda otra vez, o elige cualquier reto en la página Retos.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar otra vez</translation>
    </message>
    <message>
        <source>{0} · expected distress {1}/100 · {2}</source>
        <translation>{0} · malestar esperado {1}/100 · {2}</translation>
    </message>
    <message>
        <source>Tip: {0}</source>
        <translation>Consejo: {0}</translation>
    </message>
    <message>
        <source>and {0} more open asks: see the Journal.</source>
        <translation>y {0} peticiones abiertas más: míralas en el Diario.</translation>
    </message>
    <message>
        <source>Nothing planned yet. Plan the suggestion above, or log an ask you made on the spur of the moment.</source>
        <translation>Todavía no hay nada planeado. Planea la sugerencia de arriba, o registra una petición que hiciste sobre la marcha.</translation>
    </message>
    <message>
        <source>{0} (no reply yet)</source>
        <translation>{0} (aún no hay respuesta)</translation>
    </message>
    <message>
        <source>{0} (no reply yet, 1 day)</source>
        <translation>{0} (aún no hay respuesta, 1 día)</translation>
    </message>
    <message>
        <source>{0} (no reply yet, {1} days)</source>
        <translation>{0} (aún no hay respuesta, {1} días)</translation>
    </message>
    <message>
        <source>{0} (planned, no time set)</source>
        <translation>{0} (planeada, no tiene hora)</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Planear un seguimiento</translation>
    </message>
    <message>
        <source>Plan a follow-up to {0}</source>
        <translation>Planear un seguimiento de {0}</translation>
    </message>
    <message>
        <source>Still no reply after a few days: a short, polite follow-up is another ask. Plan it like any other.</source>
        <translation>¿Pasaron unos días y todavía no hay respuesta? Un seguimiento breve y amable es otra petición. Planéalo como cualquier otra.</translation>
    </message>
    <message>
        <source>Log outcome</source>
        <translation>Registrar resultado</translation>
    </message>
    <message>
        <source>Log outcome of {0}</source>
        <translation>Registrar el resultado de {0}</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Tu diario está bloqueado</translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation>Escribe tu frase de contraseña para abrirlo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation>La olvidé: usar mi código de recuperación</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it and try again.</source>
        <translation>Ese código de recuperación no es correcto. Revísalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Esa frase de contraseña no es correcta. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The journal cannot be unlocked: {0}</source>
        <translation>No se puede desbloquear el diario: {0}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{0} must be text.</source>
        <translation>{0} debe ser texto.</translation>
    </message>
    <message>
        <source>{0} contains a NUL character, which cannot be saved.</source>
        <translation>{0} contiene un carácter NUL, que no se puede guardar.</translation>
    </message>
    <message>
        <source>{0} contains broken characters that cannot be saved.</source>
        <translation>{0} contiene caracteres dañados que no se pueden guardar.</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>{0} no puede quedar en blanco.</translation>
    </message>
    <message>
        <source>{0} is too long ({1} characters; the limit is {2}).</source>
        <translation>{0} tiene demasiados caracteres ({1}; el límite es {2}).</translation>
    </message>
    <message>
        <source>{0} must be a whole number from 0 to 100.</source>
        <translation>{0} debe ser un número entero de 0 a 100.</translation>
    </message>
    <message>
        <source>{0} must be from 0 to 100 (got {1}).</source>
        <translation>{0} debe estar entre 0 y 100 (valor indicado: {1}).</translation>
    </message>
    <message>
        <source>{0} has an unknown value: {1}.</source>
        <translation>{0} tiene un valor desconocido: {1}.</translation>
    </message>
    <message>
        <source>{0} must be a date and time.</source>
        <translation>{0} debe ser una fecha con hora.</translation>
    </message>
    <message>
        <source>{0} needs a time zone.</source>
        <translation>{0} necesita una zona horaria.</translation>
    </message>
    <message>
        <source>{0} must lie between the years {1} and {2}.</source>
        <translation>{0} debe estar entre los años {1} y {2}.</translation>
    </message>
    <message>
        <source>{0} must be yes or no.</source>
        <translation>{0} debe ser sí o no.</translation>
    </message>
    <message>
        <source>Unknown setting {1}.</source>
        <translation>Ajuste desconocido: {1}.</translation>
    </message>
    <message>
        <source>{2} is not a valid value for {1}.</source>
        <translation>{2} no es un valor válido para {1}.</translation>
    </message>
    <message>
        <source>Unknown reminder action {1}.</source>
        <translation>Acción de recordatorio desconocida: {1}.</translation>
    </message>
    <message>
        <source>Weekday {1} is not between 0 (Monday) and 6.</source>
        <translation>El día de la semana {1} no está entre 0 (lunes) y 6.</translation>
    </message>
    <message>
        <source>{1} is not a time like {2}.</source>
        <translation>{1} no es una hora válida (por ejemplo, {2}).</translation>
    </message>
    <message>
        <source>A reminder can have at most {1} times a day.</source>
        <translation>Un recordatorio puede aparecer como máximo {1} veces al día.</translation>
    </message>
    <message>
        <source>You can have at most {1} daily reminders.</source>
        <translation>Puedes tener como máximo {1} recordatorios diarios.</translation>
    </message>
    <message>
        <source>Make a prediction: how likely is a no, from 0 to 100 %?</source>
        <translation>Haz una predicción: ¿qué probabilidad hay de un no, de 0 a 100 %?</translation>
    </message>
    <message>
        <source>How bad would a no feel, from 0 (not at all) to 100 (extremely)?</source>
        <translation>¿Cuánto te dolería un no, de 0 (nada) a 100 (muchísimo)?</translation>
    </message>
    <message>
        <source>How bad will it feel, from 0 (not at all) to 100 (extremely)?</source>
        <translation>¿Cuánto te dolerá, de 0 (nada) a 100 (muchísimo)?</translation>
    </message>
    <message>
        <source>The time of the ask needs a time zone.</source>
        <translation>La hora de la petición necesita una zona horaria.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>Elige qué pasó.</translation>
    </message>
    <message>
        <source>Choose a challenge for this attempt.</source>
        <translation>Elige un reto para este intento.</translation>
    </message>
    <message>
        <source>An unplanned ask needs its before part.</source>
        <translation>Una petición sin planear necesita su parte “Antes de pedir”.</translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation>Este intento ya no existe.</translation>
    </message>
    <message>
        <source>This challenge no longer exists.</source>
        <translation>Este reto ya no existe.</translation>
    </message>
    <message>
        <source>That belief no longer exists.</source>
        <translation>Esa creencia ya no existe.</translation>
    </message>
    <message>
        <source>One of these beliefs no longer exists.</source>
        <translation>Una de estas creencias ya no existe.</translation>
    </message>
    <message>
        <source>This reflection no longer exists.</source>
        <translation>Esta reflexión ya no existe.</translation>
    </message>
    <message>
        <source>The attempt this reflects on no longer exists.</source>
        <translation>El intento sobre el que reflexionas ya no existe.</translation>
    </message>
    <message>
        <source>This reminder no longer exists.</source>
        <translation>Este recordatorio ya no existe.</translation>
    </message>
    <message>
        <source>Choose at least one outcome this prompt is for.</source>
        <translation>Elige al menos un resultado al que corresponda esta pregunta.</translation>
    </message>
    <message>
        <source>This ask is not logged as not made.</source>
        <translation>Esta petición no está registrada como “No pedí”.</translation>
    </message>
    <message>
        <source>Rate how much you believe the old thought now, too.</source>
        <translation>Valora también cuánto te crees ahora el pensamiento de antes.</translation>
    </message>
    <message>
        <source>Too many answers in one reflection.</source>
        <translation>Demasiadas respuestas en una sola reflexión.</translation>
    </message>
    <message>
        <source>Write at least one answer or a note.</source>
        <translation>Escribe al menos una respuesta o una nota.</translation>
    </message>
    <message>
        <source>Choose what to vary from the list.</source>
        <translation>Elige de la lista qué cambiar.</translation>
    </message>
    <message>
        <source>Re-rate a belief, choose what to vary or write a line about next week.</source>
        <translation>Vuelve a valorar una creencia, elige qué cambiar o escribe una línea sobre la próxima semana.</translation>
    </message>
    <message>
        <source>This draft is too large to keep.</source>
        <translation>Este borrador es demasiado grande para guardarlo.</translation>
    </message>
    <message>
        <source>Add at least one time for this reminder.</source>
        <translation>Añade al menos una hora para este recordatorio.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Elige al menos un día de la semana.</translation>
    </message>
    <message>
        <source>The end of a snooze needs a time zone.</source>
        <translation>El fin del aplazamiento necesita una zona horaria.</translation>
    </message>
    <message>
        <source>Snooze for 1 minute to 24 hours.</source>
        <translation>Puedes posponer de 1 minuto a 24 horas.</translation>
    </message>
    <message>
        <source>The end of a pause needs a time zone.</source>
        <translation>El fin de la pausa necesita una zona horaria.</translation>
    </message>
    <message>
        <source>The end of a pause must be in the future.</source>
        <translation>El fin de la pausa debe estar en el futuro.</translation>
    </message>
    <message>
        <source>Pause for 0 to 365 days.</source>
        <translation>Puedes pausar de 0 a 365 días.</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>El inicio y el fin de las horas de silencio deben ser distintos.</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>Next week I will vary:</source>
        <translation>La próxima semana cambiaré:</translation>
    </message>
    <message>
        <source>My plan for next week</source>
        <translation>Mi plan para la próxima semana</translation>
    </message>
    <message>
        <source>Every answer this week went the way you expected. What did you notice anyway?</source>
        <translation>Esta semana todas las respuestas fueron como esperabas. ¿Qué notaste de todos modos?</translation>
    </message>
    <message>
        <source>Nothing was tested this week. What did you notice anyway?</source>
        <translation>Esta semana no se puso a prueba nada. ¿Qué notaste de todos modos?</translation>
    </message>
    <message>
        <source>The surprise of the week: “{0}”. You put the chance of a no at {1} %. What does it tell you?</source>
        <translation>La sorpresa de la semana: “{0}”. Le diste un {1} % de probabilidad a un no. ¿Qué te dice eso?</translation>
    </message>
    <message>
        <source>Week of {0}: %n asks.</source>
        <translation>Semana del {0}: %n peticiones.</translation>
    </message>
    <message>
        <source>%n honest “did not ask”.</source>
        <translation>%n veces «no pedí» con sinceridad.</translation>
    </message>
    <message>
        <source>On average you expected a no {0} % of the time; {1} % of the tested asks got one.</source>
        <translation>En promedio esperabas un no el {0} % de las veces; el {1} % de las peticiones puestas a prueba lo recibió.</translation>
    </message>
    <message>
        <source>(you predicted {0} % no)</source>
        <translation>(predijiste un {0} % de no)</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Who I ask</source>
        <translation>A quién le pido</translation>
    </message>
    <message>
        <source>Where I ask</source>
        <translation>Dónde pido</translation>
    </message>
    <message>
        <source>When I ask</source>
        <translation>Cuándo pido</translation>
    </message>
    <message>
        <source>The rung (a harder or easier ask)</source>
        <translation>El peldaño (una petición más difícil o más fácil)</translation>
    </message>
    <message>
        <source>who</source>
        <translation>a quién</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>the rung</source>
        <translation>el peldaño</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} al {1}</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>{0}/100 (before: {1}/100)</source>
        <translation>{0}/100 (antes: {1}/100)</translation>
    </message>
    <message>
        <source>{0}/100</source>
        <translation>{0}/100</translation>
    </message>
    <message>
        <source>How much you believed each thought</source>
        <translation>Cuánto te creías cada pensamiento</translation>
    </message>
    <message>
        <source>Next week I will vary:</source>
        <translation>La próxima semana cambiaré:</translation>
    </message>
    <message>
        <source>My plan for next week</source>
        <translation>Mi plan para la próxima semana</translation>
    </message>
    <message>
        <source>Your weekly review</source>
        <translation>Tu repaso semanal</translation>
    </message>
    <message>
        <source>The week of {0}. Look at what happened, not at how brave you were.</source>
        <translation>La semana del {0}. Fíjate en lo que pasó, no en cuánto valor tuviste.</translation>
    </message>
    <message>
        <source>The week&apos;s asks</source>
        <translation>Las peticiones de la semana</translation>
    </message>
    <message numerus="yes">
        <source>%n asks</source>
        <translation>
            <numerusform>%n petición</numerusform>
            <numerusform>%n peticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>No asks logged this week.</source>
        <translation>No registraste ninguna petición esta semana.</translation>
    </message>
    <message numerus="yes">
        <source>%n honest “did not ask” (that counts as practice too).</source>
        <translation>
            <numerusform>%n “no pedí” sincero (eso también cuenta como práctica).</numerusform>
            <numerusform>%n “no pedí” sinceros (eso también cuenta como práctica).</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted against actual: you expected a no {0} % of the time on average; {1} % of the asks you had forecast got one.</source>
        <translation>Predicción frente a realidad: en promedio esperabas un no el {0} % de las veces; el {1} % de las peticiones con predicción lo recibió.</translation>
    </message>
    <message>
        <source>No forecast was tested this week: predictions written after the outcome, and asks still waiting for a reply, are left out.</source>
        <translation>Esta semana no se puso a prueba ninguna predicción: no se cuentan las predicciones escritas después del resultado ni las peticiones que aún esperan respuesta.</translation>
    </message>
    <message>
        <source>you predicted {0} % no</source>
        <translation>predijiste un {0} % de no</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>The surprise of the week</source>
        <translation>La sorpresa de la semana</translation>
    </message>
    <message>
        <source>What the surprise tells you</source>
        <translation>Lo que te dice la sorpresa</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>The thoughts behind the fear</source>
        <translation>Los pensamientos detrás del miedo</translation>
    </message>
    <message>
        <source>No beliefs yet. When you plan an ask you can write what a no would mean about you; each belief then comes back here to re-rate.</source>
        <translation>Aún no hay creencias. Cuando planeas una petición, puedes escribir qué diría un no sobre ti; luego cada creencia vuelve aquí para que la valores de nuevo.</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>La próxima semana</translation>
    </message>
    <message>
        <source>Learning lasts longer when the asks vary. What will you change next week?</source>
        <translation>Lo aprendido dura más cuando las peticiones varían. ¿Qué vas a cambiar la próxima semana?</translation>
    </message>
    <message>
        <source>My &amp;plan for next week</source>
        <translation>Mi &amp;plan para la próxima semana</translation>
    </message>
    <message>
        <source>e.g. &quot;Ask in a shop I have never been to, on a weekday morning&quot;</source>
        <translation>p. ej., “Pedir algo en una tienda donde nunca he estado, una mañana entre semana”</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Guardar repaso</translation>
    </message>
</context>
<context>
    <name>WhatStoppedDialog</name>
    <message>
        <source>Logged as not asked</source>
        <translation>Registrado como no pedido</translation>
    </message>
    <message>
        <source>Logged: you didn&apos;t ask ({0}). That happens, and noticing it is part of the practice.</source>
        <translation>Registrado: no pediste ({0}). Eso pasa, y darte cuenta es parte de la práctica.</translation>
    </message>
    <message>
        <source>Logged: you didn&apos;t ask. That happens, and noticing it is part of the practice.</source>
        <translation>Registrado: no pediste. Eso pasa, y darte cuenta es parte de la práctica.</translation>
    </message>
    <message>
        <source>What &amp;stopped you? (optional)</source>
        <translation>¿Qué te &amp;frenó? (opcional)</translation>
    </message>
    <message>
        <source>No blame, just notice it</source>
        <translation>No te culpes, solo obsérvalo</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Qué me frenó</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Everyday asks</source>
        <translation>Peticiones cotidianas</translation>
    </message>
    <message>
        <source>Shops and service</source>
        <translation>Tiendas y servicios</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Vida social</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Friends and family</source>
        <translation>Amistades y familia</translation>
    </message>
    <message>
        <source>Public dares</source>
        <translation>Desafíos en público</translation>
    </message>
    <message>
        <source>Online and by message</source>
        <translation>En línea y por mensaje</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Anxiety before and after your asks over time</source>
        <translation>La ansiedad antes y después de tus peticiones a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Anxiety (0-100)</source>
        <translation>Ansiedad (0-100)</translation>
    </message>
    <message>
        <source>Before the ask</source>
        <translation>Antes de la petición</translation>
    </message>
    <message>
        <source>After the ask</source>
        <translation>Después de la petición</translation>
    </message>
    <message>
        <source>How bad you expected a no to feel against how it felt</source>
        <translation>Cuánto esperabas que te doliera un no frente a cuánto te dolió</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Expected to feel this bad</source>
        <translation>Esperabas que doliera así</translation>
    </message>
    <message>
        <source>Badness (0-100)</source>
        <translation>Dolor (0-100)</translation>
    </message>
    <message>
        <source>Expected {0}, felt {1} on average ({2} asks)</source>
        <translation>Esperado {0}, sentido {1} de media ({2} peticiones)</translation>
    </message>
    <message>
        <source>Predicted chance of a no against how often it came</source>
        <translation>Probabilidad predicha de un no frente a la frecuencia con que llegó</translation>
    </message>
    <message>
        <source>Better than feared</source>
        <translation>Mejor de lo temido</translation>
    </message>
    <message>
        <source>Exactly right</source>
        <translation>Justo en el blanco</translation>
    </message>
    <message>
        <source>Real no</source>
        <translation>Frecuencia real del no</translation>
    </message>
    <message>
        <source>Asks per prediction</source>
        <translation>Peticiones por predicción</translation>
    </message>
    <message>
        <source>You predicted a no (%)</source>
        <translation>Predijiste un no (%)</translation>
    </message>
    <message>
        <source>The no came (%)</source>
        <translation>Llegó el no (%)</translation>
    </message>
    <message>
        <source>Predicted {0}-{1} %: the no came {2} % of the time ({3} asks)</source>
        <translation>Predicción {0}-{1} %: el no llegó el {2} % de las veces ({3} peticiones)</translation>
    </message>
    <message>
        <source>How far up the ladder you climbed in each category</source>
        <translation>Cuánto subiste por la escalera en cada categoría</translation>
    </message>
    <message>
        <source>Hardest rung done</source>
        <translation>Peldaño más difícil hecho</translation>
    </message>
    <message>
        <source>Hardest rung tried</source>
        <translation>Peldaño más difícil intentado</translation>
    </message>
    <message>
        <source>Distress of the rung</source>
        <translation>Malestar del peldaño</translation>
    </message>
    <message>
        <source>{0}: {1} asks on {2} challenges, {3} rungs done</source>
        <translation>{0}: {1} peticiones en {2} retos, {3} peldaños hechos</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>T{0} {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>No respondieron</translation>
    </message>
    <message>
        <source>Dares done</source>
        <translation>Desafíos hechos</translation>
    </message>
    <message>
        <source>Asks over time, by outcome</source>
        <translation>Peticiones a lo largo del tiempo, por resultado</translation>
    </message>
    <message>
        <source>{0}: {1} {2} of {3} asks</source>
        <translation>{0}: {2}, {1} de {3} peticiones</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong and Rejection Desktop could not finish what it was doing. Everything you saved is safe.

Details were written to the log file.

{0}</source>
        <translation>Algo salió mal y Rejection Desktop no pudo terminar lo que estaba haciendo. Todo lo que guardaste está a salvo.

Los detalles se escribieron en el archivo de registro.

{0}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{0} texts held bytes that are not valid UTF-8; they were written with {1} in their place.</source>
        <translation>{0} textos tenían bytes que no son UTF-8 válido; se escribieron con {1} en su lugar.</translation>
    </message>
    <message>
        <source>This export is larger than the usual import limit ({0} MB); import it with the command line option --max-size-mb.</source>
        <translation>Esta exportación supera el límite habitual de importación ({0} MB); impórtala con la opción de línea de comandos --max-size-mb.</translation>
    </message>
    <message>
        <source>- {0}: {1}</source>
        <translation>- {0}: {1}</translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation>Dónde / con quién</translation>
    </message>
    <message>
        <source>chance of a no {0} %</source>
        <translation>probabilidad de un no: {0} %</translation>
    </message>
    <message>
        <source>expected to feel {0}/100</source>
        <translation>dolor esperado: {0}/100</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>How bad it really felt</source>
        <translation>Cuánto dolió en realidad</translation>
    </message>
    <message>
        <source>{0}/100</source>
        <translation>{0}/100</translation>
    </message>
    <message>
        <source>Anxiety before → after</source>
        <translation>Ansiedad antes → después</translation>
    </message>
    <message>
        <source>Safety behaviour dropped</source>
        <translation>Conducta de seguridad que dejaste</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Qué me frenó</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Nothing in the journal yet.</source>
        <translation>Aún no hay nada en el diario.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planeada</translation>
    </message>
    <message>
        <source>Reflection on {0}</source>
        <translation>Reflexión sobre {0}</translation>
    </message>
    <message>
        <source>Rejection Desktop journal</source>
        <translation>Diario de Rejection Desktop</translation>
    </message>
    <message>
        <source>Exported {0} ({1}).</source>
        <translation>Se exportó {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Partial / counter-offer</source>
        <translation>Parcial / contraoferta</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Aún no responden</translation>
    </message>
    <message>
        <source>Did not ask</source>
        <translation>No pedí</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeada</translation>
    </message>
    <message>
        <source>You put the chance of a no at {0} %.</source>
        <translation>Calculaste la probabilidad de un no en un {0} %.</translation>
    </message>
    <message>
        <source>You expect a no to feel {0}/100.</source>
        <translation>Esperas que un no te duela {0}/100.</translation>
    </message>
    <message>
        <source>No prediction yet.</source>
        <translation>Aún no hay predicción.</translation>
    </message>
    <message>
        <source>and the no came</source>
        <translation>y llegó el no</translation>
    </message>
    <message>
        <source>and you got a yes</source>
        <translation>y te dijeron que sí</translation>
    </message>
    <message>
        <source>and you got part of what you asked for</source>
        <translation>y conseguiste parte de lo que pediste</translation>
    </message>
    <message>
        <source>and there is no answer yet</source>
        <translation>y aún no hay respuesta</translation>
    </message>
    <message>
        <source>and this time you held back</source>
        <translation>y esta vez te contuviste</translation>
    </message>
    <message>
        <source>You put the chance of a no at {0} %, {1}.</source>
        <translation>Calculaste la probabilidad de un no en un {0} %, {1}.</translation>
    </message>
    <message>
        <source>It felt {0}/100 instead of the {1}/100 you expected.</source>
        <translation>Te dolió {0}/100 en lugar de los {1}/100 que esperabas.</translation>
    </message>
    <message>
        <source>It felt {0}/100, more than the {1}/100 you expected.</source>
        <translation>Te dolió {0}/100, más que los {1}/100 que esperabas.</translation>
    </message>
    <message>
        <source>It felt {0}/100, just as you expected.</source>
        <translation>Te dolió {0}/100, justo lo que esperabas.</translation>
    </message>
    <message>
        <source>It felt {0}/100.</source>
        <translation>Te dolió {0}/100.</translation>
    </message>
    <message>
        <source>Anxiety went from {0} to {1}.</source>
        <translation>La ansiedad pasó de {0} a {1}.</translation>
    </message>
    <message>
        <source>(You wrote this prediction after the ask, so it is kept as a note but not counted as a test.)</source>
        <translation>(Escribiste esta predicción después de la petición, así que se guarda como nota pero no cuenta como prueba.)</translation>
    </message>
    <message>
        <source>You did not write a prediction for this ask.</source>
        <translation>No escribiste ninguna predicción para esta petición.</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Repaso semanal</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexión</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}. {3}</source>
        <translation>{0}: {1}, {2}. {3}</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>only when you put the chance of a no at 50 % or more</source>
        <translation>solo cuando calculaste la probabilidad de un no en un 50 % o más</translation>
    </message>
    <message>
        <source>not after asks of people close to you</source>
        <translation>no después de peticiones a personas cercanas</translation>
    </message>
    <message>
        <source>only after asks of people close to you</source>
        <translation>solo después de peticiones a personas cercanas</translation>
    </message>
    <message>
        <source>only when your plan named a safety behaviour</source>
        <translation>solo cuando tu plan mencionaba una conducta de seguridad</translation>
    </message>
    <message>
        <source>first, after asks of people close to you or when an ask hurt (70 or more)</source>
        <translation>primero, después de peticiones a personas cercanas o cuando una petición dolió (70 o más)</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>a planned ask</source>
        <translation>una petición planeada</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <source>Time for today&apos;s ask</source>
        <translation>Es hora de la petición de hoy</translation>
    </message>
    <message>
        <source>; and 1 more</source>
        <translation>; y 1 más</translation>
    </message>
    <message>
        <source>; and %n more</source>
        <translation>; y %n más</translation>
    </message>
    <message>
        <source>Planned today: {0}.</source>
        <translation>Planeado hoy: {0}.</translation>
    </message>
    <message>
        <source>%n asks planned today: {0}.</source>
        <translation>%n peticiones planeadas hoy: {0}.</translation>
    </message>
    <message>
        <source>Today&apos;s challenge: {0}</source>
        <translation>Reto de hoy: {0}</translation>
    </message>
    <message>
        <source>One small ask today. Open Rejection Desktop to pick it.</source>
        <translation>Una pequeña petición hoy. Abre Rejection Desktop para elegirla.</translation>
    </message>
    <message>
        <source>Time for your weekly review</source>
        <translation>Hora de tu repaso semanal</translation>
    </message>
    <message>
        <source>Look back at this week&apos;s asks and choose what to vary next.</source>
        <translation>Mira atrás las peticiones de esta semana y elige qué cambiar la próxima vez.</translation>
    </message>
    <message>
        <source>Your planned ask</source>
        <translation>Tu petición planeada</translation>
    </message>
    <message>
        <source>Your ask is coming up</source>
        <translation>Se acerca tu petición</translation>
    </message>
    <message>
        <source>Open Rejection Desktop to see your plan.</source>
        <translation>Abre Rejection Desktop para ver tu plan.</translation>
    </message>
    <message>
        <source>Time for your planned ask</source>
        <translation>Es hora de tu petición planeada</translation>
    </message>
    <message>
        <source>Your ask</source>
        <translation>Tu petición</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo fue?</translation>
    </message>
    <message>
        <source>{0}: log it while it&apos;s fresh.</source>
        <translation>{0}: regístrala ahora que lo tienes fresco.</translation>
    </message>
    <message>
        <source>Open Rejection Desktop to see it.</source>
        <translation>Abre Rejection Desktop para verla.</translation>
    </message>
    <message>
        <source>Log your ask while it&apos;s fresh.</source>
        <translation>Registra tu petición ahora que lo tienes fresco.</translation>
    </message>
    <message>
        <source>1 planned ask</source>
        <translation>1 petición planeada</translation>
    </message>
    <message>
        <source>%n planned asks</source>
        <translation>%n peticiones planeadas</translation>
    </message>
    <message>
        <source>1 ask to log</source>
        <translation>1 petición por registrar</translation>
    </message>
    <message>
        <source>%n asks to log</source>
        <translation>%n peticiones por registrar</translation>
    </message>
    <message>
        <source>your weekly review</source>
        <translation>tu repaso semanal</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Mientras no estabas</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n recordatorios</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Ask only for what you would gladly accept if the answer were yes.</source>
        <translation>Pide solo lo que aceptarías con gusto si la respuesta fuera sí.</translation>
    </message>
    <message>
        <source>Be kind. You are the one taking the risk, not the other person.</source>
        <translation>Sé amable. Quien corre el riesgo eres tú, no la otra persona.</translation>
    </message>
    <message>
        <source>Respect the no. Thank them, and let it be their answer.</source>
        <translation>Respeta el no. Da las gracias y deja que sea su respuesta.</translation>
    </message>
    <message>
        <source>Nothing unsafe, unlawful, sexual, deceptive or costly to someone else.</source>
        <translation>Nada peligroso, ilegal, sexual, engañoso ni que le cueste algo a otra persona.</translation>
    </message>
    <message>
        <source>Never touch anyone without a clear yes.</source>
        <translation>Nunca toques a nadie sin un sí claro.</translation>
    </message>
    <message>
        <source>Adults only: never make these asks of children.</source>
        <translation>Solo personas adultas: nunca hagas estas peticiones a menores.</translation>
    </message>
    <message>
        <source>Never film, photograph or post about people without their consent.</source>
        <translation>Nunca grabes, fotografíes ni publiques nada sobre otras personas sin su consentimiento.</translation>
    </message>
    <message>
        <source>With people at work, follow up at most once, then let it go.</source>
        <translation>Con la gente del trabajo, haz como mucho un seguimiento y luego déjalo estar.</translation>
    </message>
    <message>
        <source>The personal track holds asks of friends, family, a partner and colleagues. Those noes can hurt more, so Today suggests them only if you switch this on. Skip any ask about someone who hurt you, someone you are estranged from or someone who asked you not to contact them.</source>
        <translation>La parte personal reúne peticiones a amistades, familia, pareja y compañeros de trabajo. Esos noes pueden doler más, así que Hoy solo los sugiere si activas esta opción. Sáltate cualquier petición que tenga que ver con alguien que te hizo daño, alguien con quien ya no tienes relación o alguien que te pidió que no te pusieras en contacto.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rejection therapy&lt;/b&gt; means asking people for things you expect to be refused, on purpose, a little at a time, so that a &amp;ldquo;no&amp;rdquo; stops ruling your choices.&lt;/p&gt;&lt;p&gt;Rejection Desktop helps you do that like a small experiment: before an ask you write down how likely you think a no is and how bad it would feel; afterwards you log what really happened. Over time your own notes show how often your fears were right.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This is self-help, not therapy.&lt;/b&gt; It does not diagnose or treat anything. The rejections that hurt most often come from friends, family and colleagues, not strangers; the app has a personal track for those asks, with aftercare prompts, and it is fine to go slowly there or to do it with a professional&apos;s support.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La &lt;b&gt;terapia de rechazo&lt;/b&gt; consiste en pedirle a la gente cosas que esperas que te nieguen, a propósito y poco a poco, para que un &amp;ldquo;no&amp;rdquo; deje de decidir por ti.&lt;/p&gt;&lt;p&gt;Rejection Desktop te ayuda a hacerlo como un pequeño experimento: antes de una petición anotas qué probabilidad crees que hay de un no y cuánto te dolería; después registras lo que pasó de verdad. Con el tiempo, tus propias notas muestran cuántas veces tus miedos acertaban.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Esto es autoayuda, no terapia.&lt;/b&gt; No diagnostica ni trata nada. Los rechazos que más duelen suelen venir de amistades, familia y compañeros de trabajo, no de desconocidos; la aplicación tiene una parte personal para esas peticiones, con preguntas para cuidarte después, y está bien ir despacio ahí o hacerlo con el apoyo de un profesional.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who this app is not for</source>
        <translation>Para quién no es esta aplicación</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejection Desktop is for adults (18 and over) who want to feel a little braver about asking for things. It is not a treatment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Please see a doctor or a mental health professional first&lt;/b&gt; if fear of people stops you working, studying or seeing friends; if you avoid most social situations; or if your mood has been low for weeks, you have lost interest in things you used to enjoy or you think about harming yourself.&lt;/p&gt;&lt;p&gt;For social anxiety, cognitive behavioural therapy (CBT) with a trained therapist is the route with the best evidence. This app borrows some of its ideas, but it cannot replace it. You can use the app alongside therapy, if your therapist agrees.&lt;/p&gt;&lt;p&gt;If you are in crisis right now, the crisis resources in the Help menu list people you can call today.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rejection Desktop es para personas adultas (de 18 años o más) que quieren sentirse un poco más valientes a la hora de pedir cosas. No es un tratamiento.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Por favor, consulta primero a un médico o a un profesional de la salud mental&lt;/b&gt; si el miedo a la gente te impide trabajar, estudiar o ver a tus amistades; si evitas la mayoría de las situaciones sociales; o si llevas semanas con el ánimo bajo, has perdido el interés por cosas que antes disfrutabas o piensas en hacerte daño.&lt;/p&gt;&lt;p&gt;Para la ansiedad social, la terapia cognitivo-conductual (TCC) con un terapeuta especializado es la opción con más evidencia. Esta aplicación toma prestadas algunas de sus ideas, pero no puede sustituirla. Puedes usar la aplicación junto con la terapia, si tu terapeuta está de acuerdo.&lt;/p&gt;&lt;p&gt;Si estás en crisis ahora mismo, los recursos de crisis del menú Ayuda indican personas a las que puedes llamar hoy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Immediate danger</source>
        <translation>Peligro inmediato</translation>
    </message>
    <message>
        <source>Call your local emergency number: 112 (EU and many countries), 911 (US, Canada, Mexico), 999 (UK), 000 (Australia), 111 (New Zealand).</source>
        <translation>Llama al número de emergencias de tu zona: 112 (UE y muchos países), 911 (EE. UU., Canadá, México), 999 (Reino Unido), 000 (Australia), 111 (Nueva Zelanda).</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline: call or text 988.</source>
        <translation>988 Suicide &amp; Crisis Lifeline: llama o envía un mensaje de texto al 988.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>988 Suicide Crisis Helpline: call or text 988.</source>
        <translation>988 Suicide Crisis Helpline: llama o envía un mensaje de texto al 988.</translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation>Reino Unido e Irlanda</translation>
    </message>
    <message>
        <source>Samaritans: 116 123 (free, 24 hours).</source>
        <translation>Samaritans: 116 123 (gratuito, 24 horas).</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Lifeline: 13 11 14.</source>
        <translation>Lifeline: 13 11 14.</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>Need to talk? Call or text 1737.</source>
        <translation>¿Necesitas hablar? Llama o envía un mensaje de texto al 1737.</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222 (free, 24 hours).</source>
        <translation>TelefonSeelsorge: 0800 111 0 111 o 0800 111 0 222 (gratuito, 24 horas).</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>TelefonSeelsorge: 142 (free, 24 hours).</source>
        <translation>TelefonSeelsorge: 142 (gratuito, 24 horas).</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Die Dargebotene Hand / La Main Tendue: 143 (24 hours).</source>
        <translation>Die Dargebotene Hand / La Main Tendue: 143 (24 horas).</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>024: suicide prevention line (free, 24 hours); emergencies 112.</source>
        <translation>024: línea de atención a la conducta suicida (gratuita, 24 horas); emergencias: 112.</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>Línea de la Vida: 800 911 2000 (free, 24 hours); emergencies 911.</source>
        <translation>Línea de la Vida: 800 911 2000 (gratuita, 24 horas); emergencias: 911.</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>3114 (national suicide prevention line).</source>
        <translation>3114 (línea nacional de prevención del suicidio).</translation>
    </message>
    <message>
        <source>India</source>
        <translation>India</translation>
    </message>
    <message>
        <source>Tele-MANAS: 14416.</source>
        <translation>Tele-MANAS: 14416.</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otros lugares</translation>
    </message>
    <message>
        <source>Find a helpline near you at findahelpline.com, or ask your doctor.</source>
        <translation>Busca una línea de ayuda cerca de ti en findahelpline.com, o pregunta a tu médico.</translation>
    </message>
    <message>
        <source>If you are thinking about harming yourself, or feel you cannot cope, please reach out now. You deserve support from a person.</source>
        <translation>Si estás pensando en hacerte daño, o sientes que no puedes más, por favor, pide ayuda ahora. Mereces el apoyo de una persona.</translation>
    </message>
    <message>
        <source>Numbers last checked on {0}. Numbers change; if one does not work, search for a crisis line in your country.</source>
        <translation>Números revisados por última vez el {0}. Los números cambian; si alguno no funciona, busca una línea de crisis de tu país.</translation>
    </message>
</context>
</TS>
