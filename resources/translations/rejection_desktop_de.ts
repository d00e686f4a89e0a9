<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Before you ask</source>
        <translation>Bevor du fragst</translation>
    </message>
    <message>
        <source>Before you asked</source>
        <translation>Bevor du gefragt hast</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <source>Plan an ask</source>
        <translation>Eine Bitte planen</translation>
    </message>
    <message>
        <source>Did they answer?</source>
        <translation>Gab es eine Antwort?</translation>
    </message>
    <message>
        <source>Edit this ask</source>
        <translation>Diese Bitte bearbeiten</translation>
    </message>
    <message>
        <source>Log an ask</source>
        <translation>Eine Bitte eintragen</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Type to find a challenge</source>
        <translation>Tippe, um eine Übung zu finden</translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <source>Challenge: {0}</source>
        <translation>Übung: {0}</translation>
    </message>
    <message>
        <source>Pick a day and time</source>
        <translation>Wähle Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>Plan for a day and time</source>
        <translation>Für einen Tag und eine Uhrzeit planen</translation>
    </message>
    <message>
        <source>Planned day and time</source>
        <translation>Geplanter Tag und Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>Where, or with whom</source>
        <translation>Wo oder bei wem</translation>
    </message>
    <message>
        <source>e.g. the bakery on the corner, my manager</source>
        <translation>z. B. die Bäckerei an der Ecke, meine Chefin</translation>
    </message>
    <message>
        <source>Wh&amp;ere / with whom</source>
        <translation>W&amp;o / bei wem</translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation>Chance auf ein Nein</translation>
    </message>
    <message>
        <source>surely a yes</source>
        <translation>sicher ein Ja</translation>
    </message>
    <message>
        <source>surely a no</source>
        <translation>sicher ein Nein</translation>
    </message>
    <message>
        <source>Chance of a &amp;no</source>
        <translation>Chance auf ein &amp;Nein</translation>
    </message>
    <message>
        <source>How bad a no would feel</source>
        <translation>Wie schlimm ein Nein wäre</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>extrem</translation>
    </message>
    <message>
        <source>How &amp;bad would a no feel?</source>
        <translation>Wie schlimm wäre ein Ne&amp;in?</translation>
    </message>
    <message>
        <source>Anxiety before</source>
        <translation>Angst vorher</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>ruhig</translation>
    </message>
    <message>
        <source>extremely anxious</source>
        <translation>extrem ängstlich</translation>
    </message>
    <message>
        <source>&amp;Anxiety right now</source>
        <translation>&amp;Angst gerade jetzt</translation>
    </message>
    <message>
        <source>&amp;Anxiety before</source>
        <translation>&amp;Angst vorher</translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation>Sicherheitsverhalten weglassen</translation>
    </message>
    <message>
        <source>Pick one or type your own (optional)</source>
        <translation>Wähle eins aus oder schreib dein eigenes (freiwillig)</translation>
    </message>
    <message>
        <source>Something you usually do to feel safer that you will leave out this time.</source>
        <translation>Etwas, das du sonst tust, um dich sicherer zu fühlen, und diesmal weglässt.</translation>
    </message>
    <message>
        <source>&amp;Safety behaviour to drop</source>
        <translation>Sicherheitsverhalten w&amp;eglassen</translation>
    </message>
    <message>
        <source>How &amp;bad will it feel?</source>
        <translation>Wie &amp;schlimm wird es sein?</translation>
    </message>
    <message>
        <source>How bad it will feel</source>
        <translation>Wie schlimm es sein wird</translation>
    </message>
    <message>
        <source>What a no would mean about you</source>
        <translation>Was ein Nein über dich aussagen würde</translation>
    </message>
    <message>
        <source>e.g. &quot;They&apos;ll think I&apos;m needy&quot; or &quot;I couldn&apos;t bear it&quot; (optional)</source>
        <translation>z. B. „Die denken, ich will zu viel“ oder „Das würde ich nicht aushalten“ (freiwillig)</translation>
    </message>
    <message>
        <source>One sentence about what you fear a no would say about you. Pick one you wrote before, or write a new one. You can leave it empty.</source>
        <translation>Ein Satz darüber, was ein Nein deiner Befürchtung nach über dich aussagen würde. Wähle einen, den du schon einmal geschrieben hast, oder schreib einen neuen. Du kannst das Feld auch leer lassen.</translation>
    </message>
    <message>
        <source>What would a no &amp;mean about you?</source>
        <translation>Was würde ein Nein über dich sa&amp;gen?</translation>
    </message>
    <message>
        <source>How much you believe it</source>
        <translation>Wie sehr du daran glaubst</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>vollkommen</translation>
    </message>
    <message>
        <source>How much do you bel&amp;ieve it?</source>
        <translation>Wie sehr glaubst du &amp;daran?</translation>
    </message>
    <message>
        <source>If the no comes, I will</source>
        <translation>Wenn das Nein kommt, werde ich</translation>
    </message>
    <message>
        <source>e.g. breathe out slowly, say thanks, then text a friend (optional)</source>
        <translation>z. B. langsam ausatmen, Danke sagen und dann einer Freundin schreiben (freiwillig)</translation>
    </message>
    <message>
        <source>If the no comes, I wi&amp;ll …</source>
        <translation>Wenn das Nein kommt, we&amp;rde ich …</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Ich habe es getan</translation>
    </message>
    <message>
        <source>I did part of it</source>
        <translation>Ich habe es zum Teil getan</translation>
    </message>
    <message>
        <source>I didn&apos;t do it this time</source>
        <translation>Diesmal habe ich es nicht getan</translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation>Wann du gefragt hast</translation>
    </message>
    <message>
        <source>Anxiety af&amp;ter</source>
        <translation>Angst dana&amp;ch</translation>
    </message>
    <message>
        <source>I stayed and asked why</source>
        <translation>Ich bin geblieben und habe nachgefragt</translation>
    </message>
    <message>
        <source>Or offered another way</source>
        <translation>Oder einen anderen Weg vorgeschlagen</translation>
    </message>
    <message>
        <source>(or offered another way)</source>
        <translation>(oder einen anderen Weg vorgeschlagen)</translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation>Diesen Versuch gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>How bad it felt</source>
        <translation>Wie schlimm es war</translation>
    </message>
    <message>
        <source>How bad did it &amp;feel?</source>
        <translation>Wie sch&amp;limm war es?</translation>
    </message>
    <message>
        <source>Anxiety after</source>
        <translation>Angst danach</translation>
    </message>
    <message>
        <source>Stayed and asked why</source>
        <translation>Geblieben und nachgefragt</translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation>Was passiert ist, in einer Zeile</translation>
    </message>
    <message>
        <source>One line is enough</source>
        <translation>Eine Zeile reicht</translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation>Was ist &amp;passiert</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Was mich abgehalten hat</translation>
    </message>
    <message>
        <source>No blame, just notice it</source>
        <translation>Keine Vorwürfe, nimm es nur wahr</translation>
    </message>
    <message>
        <source>What &amp;stopped me</source>
        <translation>Was mich abgehal&amp;ten hat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else worth remembering (optional)</source>
        <translation>Was du dir sonst noch merken möchtest (freiwillig)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>Noti&amp;zen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Save only</source>
        <translation>Nur speichern</translation>
    </message>
    <message>
        <source>Save without reflecting</source>
        <translation>Speichern ohne Rückblick</translation>
    </message>
    <message>
        <source>Save and reflect</source>
        <translation>Speichern und zurückblicken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Choose a challenge for this attempt.</source>
        <translation>Wähle eine Übung für diesen Versuch.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>Wähle aus, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>AttemptFlow</name>
    <message>
        <source>Plan saved: {0}.</source>
        <translation>Plan gespeichert: {0}.</translation>
    </message>
    <message>
        <source>Planned: {0}, {1}.</source>
        <translation>Geplant: {0}, {1}.</translation>
    </message>
    <message>
        <source>Planned: {0}.</source>
        <translation>Geplant: {0}.</translation>
    </message>
    <message>
        <source>Logged: {0} ({1}).</source>
        <translation>Eingetragen: {0} ({1}).</translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation>Rückblick gespeichert.</translation>
    </message>
    <message>
        <source>Weekly review saved. It is in your journal and on the Progress page.</source>
        <translation>Wochenrückblick gespeichert. Er steht in deinem Tagebuch und auf der Seite „Fortschritt“.</translation>
    </message>
    <message>
        <source>That could not be undone: the entry has changed since.</source>
        <translation>Das ließ sich nicht rückgängig machen: Der Eintrag hat sich inzwischen geändert.</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Reflection on: {0}</source>
        <translation>Rückblick auf: {0}</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
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
        <translation>Bitte: {0}</translation>
    </message>
    <message>
        <source>Logged ask</source>
        <translation>Eingetragene Bitte</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation>Diesen Eintrag gibt es nicht mehr. Vielleicht wurde er gelöscht.</translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>the backup</source>
        <translation>die Sicherung</translation>
    </message>
    <message>
        <source>The backup folder {0} is not available, so this backup was saved in {1}.</source>
        <translation>Der Sicherungsordner {0} ist nicht erreichbar, deshalb wurde diese Sicherung in {1} gespeichert.</translation>
    </message>
    <message>
        <source>The second backup folder {0} is not available (an unplugged disk?). Backups still go to {1}; they will be copied there again once it is back.</source>
        <translation>Der zweite Sicherungsordner {0} ist nicht erreichbar (eine abgezogene Festplatte?). Sicherungen landen weiterhin in {1}; sobald der Ordner wieder da ist, werden sie wieder dorthin kopiert.</translation>
    </message>
    <message>
        <source>Your journal ({0}) is stored where it can be damaged: {1}. Sync and network folders can copy the database while it is being written. Keep the journal on this computer (start the app with --data-dir) and choose the synced folder for backups instead.</source>
        <translation>Dein Tagebuch ({0}) liegt an einem Ort, an dem es beschädigt werden kann: {1}. Synchronisierte Ordner und Netzwerkordner können die Datenbank kopieren, während sie gerade geschrieben wird. Lass das Tagebuch auf diesem Computer (starte die App mit --data-dir) und nimm den synchronisierten Ordner stattdessen für Sicherungen.</translation>
    </message>
    <message>
        <source>the restore</source>
        <translation>die Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Rückblicke</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>BeliefRow</name>
    <message>
        <source>Last rated {0}/100. How much do you believe it now?</source>
        <translation>Zuletzt bewertet mit {0}/100. Wie sehr glaubst du jetzt daran?</translation>
    </message>
    <message>
        <source>How much do you believe it now?</source>
        <translation>Wie sehr glaubst du jetzt daran?</translation>
    </message>
    <message>
        <source>How much you believe “{0}” now</source>
        <translation>Wie sehr du jetzt an „{0}“ glaubst</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>vollkommen</translation>
    </message>
</context>
<context>
    <name>BeliefsChart</name>
    <message>
        <source>When you plan an ask, you can write what a no would mean about you and how much you believe it. Each belief then shows here with every re-rating.</source>
        <translation>Wenn du eine Bitte planst, kannst du aufschreiben, was ein Nein über dich aussagen würde und wie sehr du daran glaubst. Jede dieser Überzeugungen erscheint dann hier, mit jeder neuen Einschätzung.</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>noch nicht eingeschätzt</translation>
    </message>
    <message>
        <source>rated {0}/100</source>
        <translation>eingeschätzt mit {0}/100</translation>
    </message>
    <message>
        <source>{0}/100 at first, {1}/100 most recently</source>
        <translation>{0}/100 am Anfang, {1}/100 zuletzt</translation>
    </message>
    <message>
        <source>“{0}”: {1}.</source>
        <translation>„{0}“: {1}.</translation>
    </message>
    <message>
        <source>Tested by 1 ask: {0}.</source>
        <translation>Geprüft durch 1 Bitte: {0}.</translation>
    </message>
    <message>
        <source>Tested by {1} asks, most recently: {0}.</source>
        <translation>Geprüft durch {1} Bitten, zuletzt: {0}.</translation>
    </message>
    <message>
        <source>Your fairer version: “{0}”</source>
        <translation>Deine fairere Fassung: „{0}“</translation>
    </message>
    <message>
        <source>How strongly you believed each thought over time</source>
        <translation>Wie stark du an jede Überzeugung geglaubt hast, im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Belief (0-100)</source>
        <translation>Überzeugung (0-100)</translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Fewer asks</source>
        <translation>Weniger Bitten</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Calendar of asks per day</source>
        <translation>Kalender der Bitten pro Tag</translation>
    </message>
    <message>
        <source>No asks on {0}</source>
        <translation>Keine Bitten am {0}</translation>
    </message>
    <message>
        <source>1 ask on {0}</source>
        <translation>1 Bitte am {0}</translation>
    </message>
    <message>
        <source>{0} asks on {1}</source>
        <translation>{0} Bitten am {1}</translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>Anyone</source>
        <translation>Egal wer</translation>
    </message>
    <message>
        <source>A stranger</source>
        <translation>Eine fremde Person</translation>
    </message>
    <message>
        <source>An acquaintance</source>
        <translation>Eine bekannte Person</translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation>Jemand von der Arbeit</translation>
    </message>
    <message>
        <source>A friend</source>
        <translation>Freund oder Freundin</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>My partner</source>
        <translation>Partner oder Partnerin</translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation>Übung bearbeiten</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>e.g. Ask the café for a taste of a new drink</source>
        <translation>z. B. Im Café um eine Kostprobe eines neuen Getränks bitten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>What exactly will you ask?</source>
        <translation>Worum genau wirst du bitten?</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Tipp</translation>
    </message>
    <message>
        <source>Optional: a hint for yourself</source>
        <translation>Freiwillig: ein Hinweis für dich selbst</translation>
    </message>
    <message>
        <source>T&amp;ip</source>
        <translation>T&amp;ipp</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>Who you ask</source>
        <translation>Wen du fragst</translation>
    </message>
    <message>
        <source>&amp;Who you ask</source>
        <translation>&amp;Wen du fragst</translation>
    </message>
    <message>
        <source>Expected distress slider</source>
        <translation>Schieberegler für die erwartete Anspannung</translation>
    </message>
    <message>
        <source>Expected distress</source>
        <translation>Erwartete Anspannung</translation>
    </message>
    <message>
        <source>How &amp;scary (0-100)</source>
        <translation>Wie beängsti&amp;gend (0-100)</translation>
    </message>
    <message>
        <source>0 = no worry at all, 100 = the most frightening ask you can imagine. Rate it as it feels to you.</source>
        <translation>0 = überhaupt keine Sorge, 100 = die beängstigendste Bitte, die du dir vorstellen kannst. Schätze es so ein, wie es sich für dich anfühlt.</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>This ask follows the ground rules</source>
        <translation>Diese Bitte hält sich an die Grundregeln</translation>
    </message>
    <message>
        <source>Confirm the ground rules</source>
        <translation>Grundregeln bestätigen</translation>
    </message>
</context>
<context>
    <name>ChallengeService</name>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (Kopie)</translation>
    </message>
</context>
<context>
    <name>ChallengeTableModel</name>
    <message>
        <source>Challenge</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Anspannung</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Bitten</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Built-in, archived</source>
        <translation>Eingebaut, archiviert</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Yours, archived</source>
        <translation>Deine, archiviert</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Deine</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <source>Challenges</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Search challenges</source>
        <translation>Übungen durchsuchen</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Distress filter</source>
        <translation>Nach Anspannung filtern</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Never tried</source>
        <translation>Noch nie versucht</translation>
    </message>
    <message>
        <source>Tried</source>
        <translation>Versucht</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>My ladder</source>
        <translation>Meine Leiter</translation>
    </message>
    <message>
        <source>Challenge library</source>
        <translation>Übungssammlung</translation>
    </message>
    <message>
        <source>Your ladder is empty, for now</source>
        <translation>Deine Leiter ist noch leer</translation>
    </message>
    <message>
        <source>Every challenge you plan, log, re-rate or write yourself becomes a rung here, easiest first. Pick one in the Library to start climbing.</source>
        <translation>Jede Übung, die du planst, einträgst, neu einschätzt oder selbst schreibst, wird hier zu einer Sprosse, die leichteste zuerst. Wähle eine in der Sammlung, um mit dem Klettern anzufangen.</translation>
    </message>
    <message>
        <source>&amp;New challenge</source>
        <translation>&amp;Neue Übung</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>Bearbei&amp;ten</translation>
    </message>
    <message>
        <source>Added: {0}.</source>
        <translation>Hinzugefügt: {0}.</translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation>Gespeichert: {0}.</translation>
    </message>
    <message>
        <source>Copied as: {0}. Edit it to make it your variant.</source>
        <translation>Kopiert als: {0}. Bearbeite sie, um deine eigene Variante daraus zu machen.</translation>
    </message>
    <message>
        <source>Restored: {0}. It can come up as a suggestion again.</source>
        <translation>Wiederhergestellt: {0}. Sie kann wieder als Vorschlag erscheinen.</translation>
    </message>
    <message>
        <source>Archived: {0}. It no longer comes up as a suggestion; its asks stay in the Journal.</source>
        <translation>Archiviert: {0}. Sie erscheint nicht mehr als Vorschlag; ihre Bitten bleiben im Tagebuch.</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Archi&amp;vieren</translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>&amp;Log an attempt</source>
        <translation>Versuch &amp;eintragen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>1 rung</source>
        <translation>1 Sprosse</translation>
    </message>
    <message numerus="yes">
        <source>%n rungs</source>
        <translation>
            <numerusform>%n Sprosse</numerusform>
            <numerusform>%n Sprossen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} challenges</source>
        <translation>{0} von {1} Übungen</translation>
    </message>
    <message>
        <source>Rate each ask by how scary it feels to you, then climb from the easy end. A rung counts as done after two asks with a prediction written down.</source>
        <translation>Schätze jede Bitte danach ein, wie beängstigend sie sich für dich anfühlt, und klettere dann vom leichten Ende aus hoch. Eine Sprosse gilt als geschafft nach zwei Bitten mit aufgeschriebener Vorhersage.</translation>
    </message>
    <message>
        <source>Pick a challenge</source>
        <translation>Wähle eine Übung</translation>
    </message>
    <message>
        <source>Select a challenge to see what to do, or add your own with New challenge.</source>
        <translation>Wähle eine Übung aus, um zu sehen, was zu tun ist, oder füge mit „Neue Übung“ deine eigene hinzu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Keine Beschreibung.</translation>
    </message>
    <message>
        <source>Tip: {0}</source>
        <translation>Tipp: {0}</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern …</translation>
    </message>
    <message>
        <source>Save the chart {0} as a PNG image</source>
        <translation>Das Diagramm {0} als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Save this chart, with its caption, as an image</source>
        <translation>Dieses Diagramm mit seiner Beschreibung als Bild speichern</translation>
    </message>
</context>
<context>
    <name>CurrentSecret</name>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation>Ich habe sie vergessen: stattdessen meinen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Dieser Wiederherstellungscode stimmt nicht.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Diese Passphrase stimmt nicht.</translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation>Das hat nicht geklappt: {0}</translation>
    </message>
</context>
<context>
    <name>DataSettingsSection</name>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation>Dein Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Export: {0}</source>
        <translation>Export: {0}</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import a JSON export. You can add what is new to this journal, or replace the whole journal with the file (your current journal is backed up first). A file larger than {0} MB is imported only after you confirm it.</source>
        <translation>Importiere einen JSON-Export. Du kannst das Neue zu diesem Tagebuch hinzufügen oder das ganze Tagebuch durch die Datei ersetzen (vorher wird dein aktuelles Tagebuch gesichert). Eine Datei über {0} MB wird erst importiert, wenn du es bestätigst.</translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation>Aus einer Datei &amp;importieren …</translation>
    </message>
    <message>
        <source>Import from a JSON export</source>
        <translation>Aus einem JSON-Export importieren</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is made automatically at most every 30 minutes while you make changes, and when you quit. Older automatic backups are thinned out: the newest 6, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months. Backups you make yourself are never deleted by the app.</source>
        <translation>Solange du etwas änderst, wird höchstens alle 30 Minuten automatisch eine Sicherung angelegt, und eine beim Beenden. Ältere automatische Sicherungen werden ausgedünnt: die neuesten 6, dann eine pro Tag für 12 Tage, eine pro Woche für 10 Wochen und eine pro Monat für 9 Monate. Sicherungen, die du selbst anlegst, löscht die App nie.</translation>
    </message>
    <message>
        <source>Warning about the journal&apos;s folder</source>
        <translation>Warnung zum Ordner des Tagebuchs</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation>Sicherungsordner ändern</translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation>Den Standard-Sicherungsordner verwenden</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation>Den Sicherungsordner öffnen</translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation>Noch keine Sicherungen</translation>
    </message>
    <message>
        <source>The first one is made automatically soon after you change something, or now with Back up now.</source>
        <translation>Die erste wird bald automatisch angelegt, sobald du etwas änderst, oder jetzt gleich mit „Jetzt sichern“.</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation>Ordner: {0}</translation>
    </message>
    <message>
        <source>Everything (JSON)</source>
        <translation>Alles (JSON)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Attempts as a spreadsheet (CSV)</source>
        <translation>Versuche als Tabelle (CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Journal as Markdown</source>
        <translation>Tagebuch als Markdown</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>This file is {0} MB, larger than an export usually is (up to {1} MB).

If it is an export of a very large journal, it can be imported: checking it takes longer and needs about {2} MB of memory for a while. Nothing is changed until the whole file has been checked.</source>
        <translation>Diese Datei ist {0} MB groß, größer als ein Export normalerweise ist (bis zu {1} MB).

Wenn sie der Export eines sehr großen Tagebuchs ist, kann sie importiert werden: Die Prüfung dauert dann länger und braucht eine Weile lang etwa {2} MB Arbeitsspeicher. Nichts wird geändert, bevor die ganze Datei geprüft ist.</translation>
    </message>
    <message>
        <source>Check and import it</source>
        <translation>Prüfen und importieren</translation>
    </message>
    <message>
        <source>This file holds {0}.

Adding what is new would: {1}.

Or replace your whole journal with the file.

Either way, your current journal is backed up first.</source>
        <translation>Diese Datei enthält {0}.

Wenn du nur Neues hinzufügst: {1}.

Oder du ersetzt dein ganzes Tagebuch durch die Datei.

In beiden Fällen wird dein jetziges Tagebuch vorher gesichert.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>keine Einträge</translation>
    </message>
    <message>
        <source>Your data is yours. The JSON export holds everything and can be imported again, here or on another computer. CSV opens in spreadsheet programs; Markdown is a readable journal of your asks and reflections.</source>
        <translation>Deine Daten gehören dir. Der JSON-Export enthält alles und lässt sich wieder importieren, hier oder auf einem anderen Computer. CSV öffnet sich in Tabellenprogrammen; Markdown ist ein lesbares Tagebuch deiner Bitten und Rückblicke.</translation>
    </message>
    <message>
        <source>Change f&amp;older…</source>
        <translation>&amp;Ordner ändern …</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation>Einen zweiten Ordner wählen …</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Einen zweiten Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Another disk or a synced folder: every backup is copied there too (backup files only, never the live journal).</source>
        <translation>Eine andere Festplatte oder ein synchronisierter Ordner: Jede Sicherung wird auch dorthin kopiert (nur Sicherungsdateien, nie das laufende Tagebuch).</translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation>Kein zweiter Ordner</translation>
    </message>
    <message>
        <source>Stop copying backups to a second folder</source>
        <translation>Sicherungen nicht mehr in einen zweiten Ordner kopieren</translation>
    </message>
    <message>
        <source>Restore se&amp;lected…</source>
        <translation>Ausgewählte &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>Also copied to: {0}</source>
        <translation>Auch kopiert nach: {0}</translation>
    </message>
    <message>
        <source>No second folder: every backup is on this computer&apos;s disk.</source>
        <translation>Kein zweiter Ordner: Jede Sicherung liegt auf der Festplatte dieses Computers.</translation>
    </message>
    <message>
        <source>Add what is new</source>
        <translation>Das Neue hinzufügen</translation>
    </message>
    <message>
        <source>Replace everything…</source>
        <translation>Alles ersetzen …</translation>
    </message>
    <message>
        <source>an unexpected error ({0}); the details are in the log file</source>
        <translation>ein unerwarteter Fehler ({0}); die Einzelheiten stehen in der Logdatei</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Abgebrochen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The export could not be saved: {0}</source>
        <translation>Der Export konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Exported {0} to {1}.</source>
        <translation>{0} exportiert nach {1}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation>Diese Datei kann nicht importiert werden: {0}</translation>
    </message>
    <message>
        <source>Replace your whole journal with this file?

Your current journal is backed up first; you can bring it back from the list of backups.</source>
        <translation>Dein ganzes Tagebuch durch diese Datei ersetzen?

Dein aktuelles Tagebuch wird vorher gesichert; du kannst es aus der Liste der Sicherungen zurückholen.</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nichts wurde importiert: {0}</translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation>Importiert: {0}.</translation>
    </message>
    <message>
        <source>The backup failed: {0}</source>
        <translation>Die Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation>Gesichert in {0}.</translation>
    </message>
    <message>
        <source>Restore the backup from {0}?

Your journal goes back to how it was then. Your current journal is backed up first, so this can be undone.</source>
        <translation>Die Sicherung vom {0} wiederherstellen?

Dein Tagebuch kehrt zu dem Stand von damals zurück. Dein aktuelles Tagebuch wird vorher gesichert, das lässt sich also rückgängig machen.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation>Nichts wurde wiederhergestellt: {0}</translation>
    </message>
    <message>
        <source>Restored the backup from {0}. The journal as it was before is saved as {1}.</source>
        <translation>Die Sicherung vom {0} wurde wiederhergestellt. Das Tagebuch, wie es vorher war, ist als {1} gespeichert.</translation>
    </message>
    <message>
        <source>Backups go to {0} from now on.</source>
        <translation>Sicherungen landen ab jetzt in {0}.</translation>
    </message>
    <message>
        <source>Every backup is also copied to {0}.</source>
        <translation>Jede Sicherung wird auch nach {0} kopiert.</translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation>Sicherungen werden nicht mehr in einen zweiten Ordner kopiert.</translation>
    </message>
</context>
<context>
    <name>DataTransferService</name>
    <message>
        <source>the export</source>
        <translation>der Export</translation>
    </message>
    <message>
        <source>The file was written, but this version could not import it again ({0}). Please report this.</source>
        <translation>Die Datei wurde geschrieben, aber diese Version konnte sie nicht wieder importieren ({0}). Bitte melde das.</translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation>die Prüfung der Datei</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>der Import</translation>
    </message>
    <message>
        <source>The import could not be completed, so nothing was changed ({0}).</source>
        <translation>Der Import konnte nicht abgeschlossen werden, deshalb wurde nichts geändert ({0}).</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{0}, date</source>
        <translation>{0}, Datum</translation>
    </message>
    <message>
        <source>{0}, time</source>
        <translation>{0}, Uhrzeit</translation>
    </message>
</context>
<context>
    <name>DistressBands</name>
    <message>
        <source>Warm-up</source>
        <translation>Zum Aufwärmen</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Mutig</translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message>
        <source>Unsaved writing</source>
        <translation>Ungespeicherter Text</translation>
    </message>
    <message>
        <source>You were writing something</source>
        <translation>Du hattest etwas geschrieben</translation>
    </message>
    <message>
        <source>Rejection Desktop closed before these were saved. Each was kept as you typed it, at most a second or two behind your last key (the time it was kept is shown): open one to finish it, or discard what you no longer need.</source>
        <translation>Rejection Desktop wurde geschlossen, bevor das hier gespeichert war. Alles wurde beim Tippen aufbewahrt, höchstens ein, zwei Sekunden hinter deinem letzten Tastendruck (die Uhrzeit steht dabei): Öffne einen Entwurf, um ihn fertig zu schreiben, oder verwirf, was du nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation>Ungespeicherte Entwürfe</translation>
    </message>
    <message>
        <source>{0}
kept {1}</source>
        <translation>{0}
aufbewahrt {1}</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation>Den ausgewählten Entwurf öffnen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation>Den ausgewählten Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Keep the drafts for later</source>
        <translation>Die Entwürfe für später aufheben</translation>
    </message>
</context>
<context>
    <name>EnableEncryptionDialog</name>
    <message>
        <source>Encrypt your journal</source>
        <translation>Dein Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Your journal, its backups and unsaved drafts will be encrypted with a passphrase. You will type it each time the app starts or after it locks. Exports stay plain files: they are your own copies.</source>
        <translation>Dein Tagebuch, seine Sicherungen und ungespeicherte Entwürfe werden mit einer Passphrase verschlüsselt. Du gibst sie bei jedem Start der App ein und immer dann, wenn sie sich gesperrt hat. Exporte bleiben unverschlüsselte Dateien: Sie sind deine eigenen Kopien.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your journal and its backups. Nobody, not even the makers of this app, can open it without one of the two. Keep the code somewhere safe that is not this computer: printed, or in a password manager.</source>
        <translation>Wenn du deine Passphrase vergisst, ist dieser Code der einzige Weg, dein Tagebuch und seine Sicherungen zu öffnen. Niemand, nicht einmal die Leute hinter dieser App, kann es ohne eins von beiden öffnen. Bewahre den Code an einem sicheren Ort auf, der nicht dieser Computer ist: ausgedruckt oder in einem Passwortmanager.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation>Den Wiederherstellungscode kopieren</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Den Wiederherstellungscode speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation>Den Wiederherstellungscode drucken</translation>
    </message>
    <message>
        <source>I saved my recovery code</source>
        <translation>Ich habe meinen Wiederherstellungscode gesichert</translation>
    </message>
    <message>
        <source>Encrypt my journal</source>
        <translation>Mein Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation>Kopiert. Füge ihn an einem sicheren Ort ein und leere dann die Zwischenablage.</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Rejection Desktop recovery code

{0}

It opens your encrypted journal and its backups if you forget your passphrase.
</source>
        <translation>Rejection Desktop – Wiederherstellungscode

{0}

Er öffnet dein verschlüsseltes Tagebuch und seine Sicherungen, falls du deine Passphrase vergisst.
</translation>
    </message>
    <message>
        <source>Could not save it: {0}</source>
        <translation>Konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer.</source>
        <translation>Gespeichert in {0}. Leg ihn am besten woanders ab als auf diesem Computer.</translation>
    </message>
    <message>
        <source>Rejection Desktop recovery code

{0}
</source>
        <translation>Rejection Desktop – Wiederherstellungscode

{0}
</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker geschickt.</translation>
    </message>
    <message>
        <source>Your journal was not encrypted: {0}</source>
        <translation>Dein Tagebuch wurde nicht verschlüsselt: {0}</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>This answer</source>
        <translation>Diese Antwort</translation>
    </message>
    <message>
        <source>A fairer way to put it</source>
        <translation>Die fairere Formulierung</translation>
    </message>
    <message>
        <source>Anxiety after</source>
        <translation>Die Angst danach</translation>
    </message>
    <message>
        <source>Anxiety before</source>
        <translation>Die Angst vorher</translation>
    </message>
    <message>
        <source>Asked why</source>
        <translation>Das Feld „Geblieben und nachgefragt“</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Das Feld „Wen du fragst“</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Die Kategorie</translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation>Die Chance auf ein Nein</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Die Beschreibung</translation>
    </message>
    <message>
        <source>Expected distress</source>
        <translation>Die erwartete Anspannung</translation>
    </message>
    <message>
        <source>How bad a no would feel</source>
        <translation>Das Feld „Wie schlimm ein Nein wäre“</translation>
    </message>
    <message>
        <source>How bad it felt</source>
        <translation>Das Feld „Wie schlimm es war“</translation>
    </message>
    <message>
        <source>How much you believe it</source>
        <translation>Das Feld „Wie sehr du daran glaubst“</translation>
    </message>
    <message>
        <source>How much you believe it now</source>
        <translation>Das Feld „Wie sehr du jetzt daran glaubst“</translation>
    </message>
    <message>
        <source>If the no comes</source>
        <translation>Dein Plan für das Nein</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Der Text zur nächsten Woche</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Das Feld „Notizen“</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Der geplante Zeitpunkt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Die Frage</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Das Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Der Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Der Rückblick</translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation>Das Sicherheitsverhalten zum Weglassen</translation>
    </message>
    <message>
        <source>The end of a pause</source>
        <translation>Das Ende der Pause</translation>
    </message>
    <message>
        <source>The surprise</source>
        <translation>Der Text zur Überraschung</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Der Tipp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <source>What a no would mean</source>
        <translation>Dein Satz darüber, was ein Nein bedeuten würde,</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Das Feld „Was passiert ist“</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Das Feld „Was mich abgehalten hat“</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Der Zeitpunkt der Bitte</translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation>Das Feld „Wo / bei wem“</translation>
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
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Save: {0}</source>
        <translation>Speichern: {0}</translation>
    </message>
    <message>
        <source>Restored what you typed last time.</source>
        <translation>Was du beim letzten Mal getippt hast, ist wieder da.</translation>
    </message>
    <message>
        <source>Could not keep a draft; please save soon.</source>
        <translation>Konnte keinen Entwurf aufbewahren; bitte speichere bald.</translation>
    </message>
    <message>
        <source>Draft kept at {0}</source>
        <translation>Entwurf aufbewahrt um {0}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Ungespeicherter Text</translation>
    </message>
    <message>
        <source>You have typed something that is not saved yet.</source>
        <translation>Du hast etwas getippt, das noch nicht gespeichert ist.</translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation>Als Entwurf aufheben, um es später fertig zu machen, oder verwerfen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Your choices in this form are not saved yet.</source>
        <translation>Deine Auswahl in diesem Formular ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Keep them as a draft to finish later, or discard them?</source>
        <translation>Als Entwurf aufheben, um später weiterzumachen, oder verwerfen?</translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation>Als Entwurf aufheben</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Your data folder:</source>
        <translation>Dein Datenordner:</translation>
    </message>
    <message>
        <source>No account, no network, no telemetry. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Kein Konto, kein Netzwerk, keine Telemetrie. Lizenziert unter der GNU General Public License, Version 3 oder später.</translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation>Über {0}</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Who this app is not for</source>
        <translation>Für wen diese App nicht gedacht ist</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Backing up your journal first…</source>
        <translation>Dein Tagebuch wird zuerst gesichert …</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben …</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation>Die Diagramme werden gezeichnet …</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation>Was gerade gemacht wird</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel: stop and change nothing</source>
        <translation>Abbrechen: aufhören und nichts ändern</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation>Die Datei in ihrem Ordner zeigen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Almost done: this last part cannot be stopped.</source>
        <translation>Fast fertig: Dieser letzte Teil lässt sich nicht mehr abbrechen.</translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Please wait: {0} is still running.</source>
        <translation>Bitte warte: {0} läuft noch.</translation>
    </message>
</context>
<context>
    <name>JournalDetail</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Pick an entry on the left to read it here.</source>
        <translation>Wähle links einen Eintrag aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation>Details zum Eintrag</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation>Diesen Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete (you can undo it)</source>
        <translation>Löschen (du kannst es rückgängig machen)</translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation>Rückblick bearbeiten</translation>
    </message>
    <message>
        <source>Edit ask</source>
        <translation>Diese Bitte bearbeiten</translation>
    </message>
    <message>
        <source>Log &amp;what happened</source>
        <translation>Eintragen, &amp;was passiert ist</translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Reflec&amp;t</source>
        <translation>&amp;Zurückblicken</translation>
    </message>
    <message>
        <source>Ed&amp;it reflection</source>
        <translation>Rückblick &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Did they &amp;answer?</source>
        <translation>Gab es eine Ant&amp;wort?</translation>
    </message>
    <message>
        <source>Ed&amp;it ask</source>
        <translation>Diese Bitte bearbei&amp;ten</translation>
    </message>
    <message>
        <source>Edit reflec&amp;tion</source>
        <translation>Rückblick bearbeite&amp;n</translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation>Wo / bei wem</translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation>Sicherheitsverhalten weglassen</translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation>Chance auf ein Nein</translation>
    </message>
    <message>
        <source>How bad (expected → felt)</source>
        <translation>Wie schlimm (erwartet → gefühlt)</translation>
    </message>
    <message>
        <source>Anxiety (before → after)</source>
        <translation>Angst (vorher → nachher)</translation>
    </message>
    <message>
        <source>Stayed and asked why</source>
        <translation>Geblieben und nachgefragt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Was mich abgehalten hat</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation>Dein Rückblick</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Anzahl der Einträge</translation>
    </message>
    <message>
        <source>New &amp;reflection</source>
        <translation>Neuer &amp;Rückblick</translation>
    </message>
    <message>
        <source>Write a reflection without an ask</source>
        <translation>Einen Rückblick ohne Bitte schreiben</translation>
    </message>
    <message>
        <source>&amp;Log an ask</source>
        <translation>Eine Bitte &amp;eintragen</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Your journal is empty, for now</source>
        <translation>Dein Tagebuch ist noch leer</translation>
    </message>
    <message>
        <source>Every ask you log and every reflection you write will be kept here, newest first. Pick a challenge on the Today page, or write down what is on your mind.</source>
        <translation>Jede Bitte, die du einträgst, und jeder Rückblick, den du schreibst, wird hier aufbewahrt, der neueste zuerst. Wähle auf der Seite „Heute“ eine Übung aus oder schreib auf, was dich gerade beschäftigt.</translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation>Einen Rückblick schreiben</translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation>Nichts gefunden</translation>
    </message>
    <message>
        <source>Try another word, fewer words, or clear the filters.</source>
        <translation>Versuch es mit einem anderen Wort, mit weniger Wörtern, oder setze die Filter zurück.</translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation>Suche und Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Search reflections and notes (Ctrl+F)</source>
        <translation>Rückblicke und Notizen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation>Nach Ergebnis filtern</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Reflections without an ask</source>
        <translation>Rückblicke ohne Bitte</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Nach Kategorie filtern</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Pick dates…</source>
        <translation>Zeitraum wählen …</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation>
            <numerusform>%Ln gefunden</numerusform>
            <numerusform>%Ln gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>The ask and its reflections were deleted.</source>
        <translation>Die Bitte und ihre Rückblicke wurden gelöscht.</translation>
    </message>
    <message>
        <source>The reflection was deleted.</source>
        <translation>Der Rückblick wurde gelöscht.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>The entry could not be put back: the journal has changed since it was deleted.</source>
        <translation>Der Eintrag konnte nicht zurückgeholt werden: Das Tagebuch hat sich geändert, seit er gelöscht wurde.</translation>
    </message>
</context>
<context>
    <name>LadderDelegate</name>
    <message>
        <source>Not tried yet</source>
        <translation>Noch nicht versucht</translation>
    </message>
    <message>
        <source>asked once</source>
        <translation>einmal gefragt</translation>
    </message>
    <message>
        <source>Planned, not tried yet</source>
        <translation>Geplant, noch nicht versucht</translation>
    </message>
    <message>
        <source>asked %n times</source>
        <translation>%n-mal gefragt</translation>
    </message>
    <message>
        <source>%n prediction tested</source>
        <translation>%n Vorhersage geprüft</translation>
    </message>
    <message>
        <source>%n predictions tested</source>
        <translation>%n Vorhersagen geprüft</translation>
    </message>
    <message>
        <source>last on {0}</source>
        <translation>zuletzt am {0}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>geschafft</translation>
    </message>
    <message>
        <source>{0} to go</source>
        <translation>noch {0}</translation>
    </message>
</context>
<context>
    <name>LadderModel</name>
    <message>
        <source>{0}: {1}, asked %n time(s), done</source>
        <translation>{0}: {1}, %n-mal gefragt, erledigt</translation>
    </message>
    <message>
        <source>{0}: {1}, asked %n time(s)</source>
        <translation>{0}: {1}, %n-mal gefragt</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Rejection
Desktop</source>
        <translation>Rejection
Desktop</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Self-help, not therapy.</source>
        <translation>Selbsthilfe, keine Therapie.</translation>
    </message>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation>Dein Tagebuch wird geöffnet …</translation>
    </message>
    <message>
        <source>{0}, {1} missed reminders</source>
        <translation>{0}, {1} verpasste Erinnerungen</translation>
    </message>
    <message>
        <source>Some of your settings could not be read, so their defaults are used for now. You can set them again in Settings.</source>
        <translation>Einige deiner Einstellungen ließen sich nicht lesen, deshalb gelten vorerst die Standardwerte. Du kannst sie in den Einstellungen neu setzen.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Noch einmal dieselbe Passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Use at least {0} characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Nimm mindestens {0} Zeichen; vier oder mehr Wörter, die nichts miteinander zu tun haben, kann man sich leicht merken und schwer erraten.</translation>
    </message>
    <message>
        <source>Strength: weak. Add more words or characters.</source>
        <translation>Stärke: schwach. Füge mehr Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <source>Strength: fair. A few more words would make it strong.</source>
        <translation>Stärke: mittel. Ein paar Wörter mehr würden sie stark machen.</translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation>Stärke: gut.</translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation>Stärke: stark.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>Die Passphrase muss mindestens {0} Zeichen haben.</translation>
    </message>
</context>
<context>
    <name>NudgeRow</name>
    <message>
        <source>Reminder {0}</source>
        <translation>Erinnerung {0}</translation>
    </message>
    <message>
        <source>Daily reminder {0} on</source>
        <translation>Tägliche Erinnerung {0} an</translation>
    </message>
    <message>
        <source>{0} for reminder {1}</source>
        <translation>{0} für Erinnerung {1}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove reminder {0}</source>
        <translation>Erinnerung {0} entfernen</translation>
    </message>
    <message>
        <source>+ Time</source>
        <translation>+ Uhrzeit</translation>
    </message>
    <message>
        <source>Add a time to reminder {0}</source>
        <translation>Eine Uhrzeit zu Erinnerung {0} hinzufügen</translation>
    </message>
    <message>
        <source>Reminder time {0}</source>
        <translation>Uhrzeit der Erinnerung {0}</translation>
    </message>
    <message>
        <source>Remove time {0}</source>
        <translation>Uhrzeit {0} entfernen</translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation>Diese Uhrzeit entfernen</translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Welcome to Rejection Desktop</source>
        <translation>Willkommen bei Rejection Desktop</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Make &quot;no&quot; smaller</source>
        <translation>Mach das „Nein“ kleiner</translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation>Grundregeln</translation>
    </message>
    <message>
        <source>Every ask, every time.</source>
        <translation>Bei jeder Bitte, jedes Mal.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Start small. The aim is not to collect refusals but to test your predictions: before each ask you will guess how likely a no is and how bad it would feel, and afterwards you will see how it really went.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fang klein an. Es geht nicht darum, Ablehnungen zu sammeln, sondern deine Vorhersagen zu prüfen: Vor jeder Bitte schätzt du, wie wahrscheinlich ein Nein ist und wie schlimm es sich anfühlen würde, und hinterher siehst du, wie es wirklich gelaufen ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your first rungs</source>
        <translation>Deine ersten Sprossen</translation>
    </message>
    <message>
        <source>How scary would each ask feel to you? 0 = not at all, 100 = terrifying. This orders your ladder.</source>
        <translation>Wie beängstigend würde sich jede Bitte für dich anfühlen? 0 = gar nicht, 100 = furchtbar. Danach ordnet sich deine Leiter.</translation>
    </message>
    <message>
        <source>Distress for {0}</source>
        <translation>Anspannung bei {0}</translation>
    </message>
    <message>
        <source>A daily nudge</source>
        <translation>Eine tägliche Erinnerung</translation>
    </message>
    <message>
        <source>When should the app remind you to make today&apos;s ask?</source>
        <translation>Wann soll die App dich an deine Bitte für heute erinnern?</translation>
    </message>
    <message>
        <source>Remind me</source>
        <translation>Erinnere mich</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Remind me on {0}</source>
        <translation>Am {0} erinnern</translation>
    </message>
    <message>
        <source>Untick the days you would rather not be reminded on.</source>
        <translation>Wähle die Tage ab, an denen du lieber nicht erinnert werden möchtest.</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Quiet hours: hold the nudge from</source>
        <translation>Ruhezeit: die Erinnerung zurückhalten von</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Ruhezeit an</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>A weekly review on</source>
        <translation>Ein Wochenrückblick am</translation>
    </message>
    <message>
        <source>Weekly review on</source>
        <translation>Wochenrückblick einplanen</translation>
    </message>
    <message>
        <source>Weekly review day</source>
        <translation>Tag für den Wochenrückblick</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Uhrzeit für den Wochenrückblick</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>&lt;p&gt;Once a week, a few minutes to look back: what you predicted against what happened, how much you still believe your fears, and what to vary next.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einmal pro Woche ein paar Minuten zurückblicken: was du vorhergesagt hast und was passiert ist, wie sehr du noch an deine Befürchtungen glaubst und was du als Nächstes abwandeln willst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What quiet hours hold</source>
        <translation>Was die Ruhezeit zurückhält</translation>
    </message>
    <message>
        <source>&lt;p&gt;Quiet hours hold only daily nudges: a reminder for an ask you gave a time arrives at that time. You can change all this, or add more reminders, in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Ruhezeit hält nur tägliche Erinnerungen zurück: Eine Erinnerung an eine Bitte, der du eine Uhrzeit gegeben hast, kommt zu dieser Uhrzeit. Das alles kannst du in den Einstellungen ändern oder dort weitere Erinnerungen hinzufügen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Your journal is backed up on its own, on this computer.</source>
        <translation>Dein Tagebuch wird von selbst gesichert, auf diesem Computer.</translation>
    </message>
    <message>
        <source>&lt;p&gt;If this disk fails, its backups go with it. You can have every backup copied to a second folder too: another disk, a USB stick or a synced folder. Only backup files go there, never the journal itself. You can do this later in Settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn diese Festplatte kaputtgeht, sind ihre Sicherungen mit ihr weg. Du kannst jede Sicherung zusätzlich in einen zweiten Ordner kopieren lassen: auf eine andere Festplatte, einen USB-Stick oder in einen synchronisierten Ordner. Dorthin kommen nur Sicherungsdateien, nie das Tagebuch selbst. Das kannst du auch später in den Einstellungen machen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Choose a second backup folder…</source>
        <translation>Einen zweiten Sicherungsordner wählen …</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Einen zweiten Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <source>Every backup is also copied to {0}.</source>
        <translation>Jede Sicherung wird auch nach {0} kopiert.</translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation>Dein Tempo</translation>
    </message>
    <message>
        <source>Steady beats heroic. Choose what fits your life; you can change it in Settings.</source>
        <translation>Dranbleiben schlägt Heldentum. Wähle, was zu deinem Leben passt; du kannst es in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>One ask a day, with a rest day each week</source>
        <translation>Eine Bitte am Tag, mit einem Ruhetag pro Woche</translation>
    </message>
    <message>
        <source>A few asks a week</source>
        <translation>Ein paar Bitten pro Woche</translation>
    </message>
    <message>
        <source> asks a week</source>
        <translation> Bitten pro Woche</translation>
    </message>
    <message>
        <source>Asks a week</source>
        <translation>Bitten pro Woche</translation>
    </message>
    <message>
        <source>Show a streak</source>
        <translation>Eine Serie anzeigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Streaks spur some people on and make others feel bad. Missing a day is normal, and an honest “I did not ask” with a few words about why counts as practice too.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Serien spornen manche Menschen an und geben anderen ein schlechtes Gefühl. Einen Tag auszulassen ist normal, und ein ehrliches „Ich habe nicht gefragt“ mit ein paar Worten zum Warum zählt auch als Übung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Also suggest asks of people close to me</source>
        <translation>Auch Bitten an Menschen vorschlagen, die mir nahestehen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Deine Passphrase ändern</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Verschlüsselung ausschalten</translation>
    </message>
    <message>
        <source>The journal is not rewritten: only the key file changes. Your recovery code stays the same.</source>
        <translation>Das Tagebuch wird nicht neu geschrieben: Nur die Schlüsseldatei ändert sich. Dein Wiederherstellungscode bleibt derselbe.</translation>
    </message>
    <message>
        <source>Your journal and its backups will be stored as plain files again: anyone who can read this computer&apos;s disk or your backup folder can read them.</source>
        <translation>Dein Tagebuch und seine Sicherungen werden wieder als unverschlüsselte Dateien gespeichert: Wer die Festplatte dieses Computers oder deinen Sicherungsordner lesen kann, kann sie lesen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation>Das hat nicht geklappt: {0}</translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Encryption status</source>
        <translation>Status der Verschlüsselung</translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation>Verschlüsselung einschalten …</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Passphrase ändern …</translation>
    </message>
    <message>
        <source>Turn off encryption…</source>
        <translation>Verschlüsselung ausschalten …</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation>Nach so vielen Minuten ohne Aktivität sperren</translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation>Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>The app also locks when your session locks. Reminders keep coming while it is locked, without titles.</source>
        <translation>Die App sperrt sich auch, wenn deine Sitzung gesperrt wird. Erinnerungen kommen weiter, solange sie gesperrt ist, aber ohne Titel.</translation>
    </message>
    <message>
        <source>Your journal, its backups and drafts are encrypted with your passphrase.</source>
        <translation>Dein Tagebuch, seine Sicherungen und Entwürfe sind mit deiner Passphrase verschlüsselt.</translation>
    </message>
    <message>
        <source>Your journal is stored as a plain file: anyone who can read this computer&apos;s disk or your backup folder can read it. Encryption keeps it, its backups and drafts unreadable without your passphrase.</source>
        <translation>Dein Tagebuch ist als unverschlüsselte Datei gespeichert: Wer die Festplatte dieses Computers oder deinen Sicherungsordner lesen kann, kann es lesen. Die Verschlüsselung macht es, seine Sicherungen und Entwürfe ohne deine Passphrase unlesbar.</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>This is a folder; an export is a file.</source>
        <translation>Das ist ein Ordner; ein Export ist eine Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file (a pipe, socket or device); an export is a file.</source>
        <translation>Das ist keine normale Datei (sondern eine Pipe, ein Socket oder ein Gerät); ein Export ist eine Datei.</translation>
    </message>
    <message>
        <source>The file is {0} MB; the limit for an import is {1} MB. Is it really a Rejection Desktop export? (A very large journal can be imported with: rejection-desktop import FILE --max-size-mb N)</source>
        <translation>Die Datei ist {0} MB groß; die Grenze für einen Import liegt bei {1} MB. Ist es wirklich ein Export aus Rejection Desktop? (Ein sehr großes Tagebuch kannst du so importieren: rejection-desktop import FILE --max-size-mb N)</translation>
    </message>
    <message>
        <source>The file is larger than the import limit of {0} MB.</source>
        <translation>Die Datei ist größer als die Import-Grenze von {0} MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: {0}.</source>
        <translation>Die Datei kann nicht gelesen werden: {0}.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be an export.</source>
        <translation>Die Datei ist zu tief verschachtelt, um ein Export zu sein.</translation>
    </message>
    <message>
        <source>The file holds far more records than an export of its size could (at least {0} objects and lists and {1} values in {2} MB). Is it really a Rejection Desktop export?</source>
        <translation>Die Datei enthält weit mehr Einträge, als ein Export dieser Größe haben kann (mindestens {0} Objekte und Listen und {1} Werte in {2} MB). Ist es wirklich ein Export aus Rejection Desktop?</translation>
    </message>
    <message>
        <source>The file repeats a field name inside one object, so it is ambiguous which value is meant.</source>
        <translation>Die Datei wiederholt einen Feldnamen innerhalb eines Objekts, daher ist unklar, welcher Wert gemeint ist.</translation>
    </message>
    <message>
        <source>The file contains {0}, which is not a number JSON allows.</source>
        <translation>Die Datei enthält {0}; das ist keine Zahl, die JSON erlaubt.</translation>
    </message>
    <message>
        <source>The file contains a number too large to store.</source>
        <translation>Die Datei enthält eine Zahl, die zu groß zum Speichern ist.</translation>
    </message>
    <message>
        <source>The file contains a number too long to read.</source>
        <translation>Die Datei enthält eine Zahl, die zu lang zum Lesen ist.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 or UTF-32; an export is UTF-8.</source>
        <translation>Die Datei ist als UTF-16 oder UTF-32 gespeichert; ein Export ist UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (invalid byte at position {0}). Is it really an export?</source>
        <translation>Die Datei ist kein UTF-8-Text (ungültiges Byte an Position {0}). Ist es wirklich ein Export?</translation>
    </message>
    <message>
        <source>The file is cut off: it ends in the middle of the data. It may not have been copied completely.</source>
        <translation>Die Datei ist abgeschnitten: Sie endet mitten in den Daten. Vielleicht wurde sie nicht vollständig kopiert.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {0}, column {1}).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {0}, Spalte {1}).</translation>
    </message>
    <message>
        <source>This is not a Rejection Desktop export (expected a JSON object).</source>
        <translation>Das ist kein Export aus Rejection Desktop (erwartet wurde ein JSON-Objekt).</translation>
    </message>
    <message>
        <source>This is not a Rejection Desktop export (its &apos;format&apos; field is not &apos;{0}&apos;).</source>
        <translation>Das ist kein Export aus Rejection Desktop (sein Feld „format“ ist nicht „{0}“).</translation>
    </message>
    <message>
        <source>This file was exported by a newer version of Rejection Desktop (format {0}; this version reads format {1}). Please update the app to import it.</source>
        <translation>Diese Datei wurde von einer neueren Version von Rejection Desktop exportiert (Format {0}; diese Version liest Format {1}). Bitte aktualisiere die App, um sie zu importieren.</translation>
    </message>
    <message>
        <source>The file has unexpected fields: {0}.</source>
        <translation>Die Datei hat unerwartete Felder: {0}.</translation>
    </message>
    <message>
        <source>The file is not a valid export: the field {0} is missing or holds a value this version cannot read.</source>
        <translation>Die Datei ist kein gültiger Export: Das Feld {0} fehlt oder enthält einen Wert, den diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>{0} does not exist or is not a file.</source>
        <translation>{0} existiert nicht oder ist keine Datei.</translation>
    </message>
    <message>
        <source>{0} is encrypted; it opens with the passphrase or the recovery code it was made with.</source>
        <translation>{0} ist verschlüsselt; die Datei lässt sich mit der Passphrase oder dem Wiederherstellungscode öffnen, mit denen sie erstellt wurde.</translation>
    </message>
    <message>
        <source>{0} is encrypted with another key; it opens with the passphrase or recovery code it was made with.</source>
        <translation>{0} ist mit einem anderen Schlüssel verschlüsselt; die Datei lässt sich mit der Passphrase oder dem Wiederherstellungscode öffnen, mit denen sie erstellt wurde.</translation>
    </message>
    <message>
        <source>The passphrase or recovery code does not open {0}.</source>
        <translation>Die Passphrase oder der Wiederherstellungscode öffnet {0} nicht.</translation>
    </message>
    <message>
        <source>The key copy that opens {0} is missing or damaged.</source>
        <translation>Die Schlüsselkopie, die {0} öffnet, fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <source>{0} cannot be read.</source>
        <translation>{0} kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{0} was saved by a newer version of Rejection Desktop (schema {1}; this version knows up to {2}). Please update the app first.</source>
        <translation>{0} wurde von einer neueren Version von Rejection Desktop gespeichert (Schema {1}; diese Version kennt bis {2}). Bitte aktualisiere zuerst die App.</translation>
    </message>
    <message>
        <source>{0} is damaged.</source>
        <translation>{0} ist beschädigt.</translation>
    </message>
    <message>
        <source>{0} is not a Rejection Desktop journal.</source>
        <translation>{0} ist kein Tagebuch von Rejection Desktop.</translation>
    </message>
    <message>
        <source>The backup copy failed its integrity check.</source>
        <translation>Die Sicherung hat die Integritätsprüfung nicht bestanden.</translation>
    </message>
    <message>
        <source>{0} could not be restored.</source>
        <translation>{0} konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>{0} was restored but could not be brought up to this version. Your journal was put back as it was.</source>
        <translation>{0} wurde wiederhergestellt, konnte aber nicht auf diese Version gebracht werden. Dein Tagebuch ist wieder so wie vorher.</translation>
    </message>
    <message>
        <source>Backups cannot be saved in {0}: {1}</source>
        <translation>Sicherungen können nicht in {0} gespeichert werden: {1}</translation>
    </message>
    <message>
        <source>Choose a folder outside the journal&apos;s own folder {0}.</source>
        <translation>Wähle einen Ordner außerhalb des Tagebuch-Ordners {0}.</translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation>Diese Passphrase stimmt nicht.</translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation>Dieser Wiederherstellungscode stimmt nicht.</translation>
    </message>
    <message>
        <source>The passphrase must have at least {0} characters.</source>
        <translation>Die Passphrase muss mindestens {0} Zeichen haben.</translation>
    </message>
    <message>
        <source>The key file is missing, damaged or from a newer version of the app.</source>
        <translation>Die Schlüsseldatei fehlt, ist beschädigt oder stammt von einer neueren Version der App.</translation>
    </message>
    <message>
        <source>The journal is already encrypted.</source>
        <translation>Das Tagebuch ist bereits verschlüsselt.</translation>
    </message>
    <message>
        <source>The journal is not encrypted.</source>
        <translation>Das Tagebuch ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>The key file does not belong to this journal.</source>
        <translation>Die Schlüsseldatei gehört nicht zu diesem Tagebuch.</translation>
    </message>
    <message>
        <source>The journal is damaged; restore a backup first.</source>
        <translation>Das Tagebuch ist beschädigt; stell zuerst eine Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <source>100 days of rejection</source>
        <translation>100 Tage Ablehnung</translation>
    </message>
    <message>
        <source>Look back</source>
        <translation>Rückschau</translation>
    </message>
    <message>
        <source>Start the 100 days</source>
        <translation>Die 100 Tage beginnen</translation>
    </message>
    <message>
        <source>Plan the day&apos;s ask</source>
        <translation>Die Bitte für heute planen</translation>
    </message>
    <message>
        <source>Pause the program</source>
        <translation>Das Programm pausieren</translation>
    </message>
    <message>
        <source>Resume the program</source>
        <translation>Das Programm fortsetzen</translation>
    </message>
    <message>
        <source>Close the look back</source>
        <translation>Die Rückschau schließen</translation>
    </message>
    <message>
        <source>Jia Jiang&apos;s challenge: one ask a day that could be refused, for a hundred days, from warm-ups to bold asks. Rest days and an honest &quot;did not ask&quot; keep it going; you can pause it at any time.</source>
        <translation>Die Herausforderung von Jia Jiang: eine Bitte am Tag, die abgelehnt werden könnte, hundert Tage lang, vom Aufwärmen bis zu mutigen Bitten. Ruhetage und ein ehrliches „nicht gefragt“ halten sie am Laufen; du kannst sie jederzeit pausieren.</translation>
    </message>
    <message>
        <source>Day {0} of {1}</source>
        <translation>Tag {0} von {1}</translation>
    </message>
    <message>
        <source>All {0} days done.</source>
        <translation>Alle {0} Tage geschafft.</translation>
    </message>
    <message>
        <source>Paused. Asks made while paused do not count; resume when you are ready.</source>
        <translation>Pausiert. Bitten während der Pause zählen nicht; mach weiter, wenn du so weit bist.</translation>
    </message>
    <message>
        <source>Day {0} done. The next day starts with your next ask; rest days cost nothing.</source>
        <translation>Tag {0} geschafft. Der nächste Tag beginnt mit deiner nächsten Bitte; Ruhetage kosten nichts.</translation>
    </message>
    <message>
        <source>Today&apos;s ask, chosen for day {0}: any ask counts, and so does an honest note about why not.</source>
        <translation>Die Bitte für heute, ausgesucht für Tag {0}: Jede Bitte zählt, und ebenso eine ehrliche Notiz, warum nicht.</translation>
    </message>
    <message>
        <source>{0} · expected distress {1}/100</source>
        <translation>{0} · erwartete Anspannung {1}/100</translation>
    </message>
    <message>
        <source>Look back at day {0}: {1} asks so far.</source>
        <translation>Rückschau auf Tag {0}: bisher {1} Bitten.</translation>
    </message>
    <message>
        <source>You predicted a {0}% chance of a no; {1}% were a no ({2} answered asks).</source>
        <translation>Du hast die Wahrscheinlichkeit eines Neins auf {0} % geschätzt; {1} % waren ein Nein ({2} beantwortete Bitten).</translation>
    </message>
    <message>
        <source>You expected it to feel {0}/100 bad; it felt {1}/100 ({2} felt better than expected).</source>
        <translation>Du hast erwartet, dass es sich wie {0}/100 anfühlt; es fühlte sich wie {1}/100 an ({2} fühlten sich besser an als erwartet).</translation>
    </message>
    <message>
        <source>No predictions were tested yet: predict before each ask to see them here.</source>
        <translation>Noch keine Vorhersagen geprüft: Mach vor jeder Bitte eine Vorhersage, dann siehst du sie hier.</translation>
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
        <translation>1 Bitte</translation>
    </message>
    <message>
        <source>{0} asks</source>
        <translation>{0} Bitten</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>{0} Wochen</translation>
    </message>
    <message>
        <source>in the last 4 weeks</source>
        <translation>in den letzten 4 Wochen</translation>
    </message>
    <message>
        <source>in the last 3 months</source>
        <translation>in den letzten 3 Monaten</translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation>im letzten Jahr</translation>
    </message>
    <message>
        <source>since you started</source>
        <translation>seit deinem Start</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>You made {0} {1}.</source>
        <translation>Du hast {1} {0} gewagt.</translation>
    </message>
    <message>
        <source>One of them tested a prediction you wrote down beforehand.</source>
        <translation>Eine davon hat eine Vorhersage geprüft, die du vorher aufgeschrieben hast.</translation>
    </message>
    <message>
        <source>{0} of them tested a prediction you wrote down beforehand.</source>
        <translation>{0} davon haben eine Vorhersage geprüft, die du vorher aufgeschrieben hast.</translation>
    </message>
    <message>
        <source>This page counts what you did and what you found out, not how afraid you felt.</source>
        <translation>Diese Seite zählt, was du getan und herausgefunden hast, nicht wie viel Angst du hattest.</translation>
    </message>
    <message>
        <source>Before your next ask, note how likely you think a no is. This page will then compare your forecasts with what really happens.</source>
        <translation>Notiere vor deiner nächsten Bitte, wie wahrscheinlich du ein Nein findest. Diese Seite vergleicht dann deine Vorhersagen mit dem, was wirklich passiert.</translation>
    </message>
    <message>
        <source>You expected a no {0} of the time; it came {1} of the time.</source>
        <translation>Du hast in {0} der Fälle ein Nein erwartet; es kam in {1} der Fälle.</translation>
    </message>
    <message>
        <source>No predictions tested in this range yet.</source>
        <translation>In diesem Zeitraum wurden noch keine Vorhersagen geprüft.</translation>
    </message>
    <message>
        <source>Predictions disproved: {0} of {1} went better than feared.</source>
        <translation>Widerlegte Vorhersagen: {0} von {1} liefen besser als befürchtet.</translation>
    </message>
    <message>
        <source>{0} {1}: {2} yes, {3} partly, {4} no, {5} with no reply yet.</source>
        <translation>{0} {1}: {2} Ja, {3} teilweise, {4} Nein, {5} noch ohne Antwort.</translation>
    </message>
    <message>
        <source>You also did 1 dare.</source>
        <translation>Außerdem hast du 1 Mutprobe gemacht.</translation>
    </message>
    <message>
        <source>You also did {0} dares.</source>
        <translation>Außerdem hast du {0} Mutproben gemacht.</translation>
    </message>
    <message>
        <source>Counting a partial yes as half, {0} of your answered asks got a yes.</source>
        <translation>Wenn ein teilweises Ja als halbes zählt, haben {0} deiner beantworteten Bitten ein Ja bekommen.</translation>
    </message>
    <message>
        <source>You asked on {0} of {1}.</source>
        <translation>Tage, an denen du gefragt hast: {0} von {1}.</translation>
    </message>
    <message>
        <source>The calendar shows the last 12 months.</source>
        <translation>Der Kalender zeigt die letzten 12 Monate.</translation>
    </message>
    <message>
        <source>your weekly goal</source>
        <translation>dein Wochenziel</translation>
    </message>
    <message>
        <source>your daily goal</source>
        <translation>dein Tagesziel</translation>
    </message>
    <message>
        <source>your goal of {0} asks a day</source>
        <translation>dein Ziel von {0} Bitten am Tag</translation>
    </message>
    <message>
        <source>You have met {0} {1} in a row (longest: {2}).</source>
        <translation>Du hast {0} {1} in Folge erreicht (längste Serie: {2}).</translation>
    </message>
    <message>
        <source>Your longest run meeting {0}: {1}.</source>
        <translation>Deine längste Serie für {0}: {1}.</translation>
    </message>
    <message>
        <source>No predictions to compare yet: before an ask, rate how likely a no is (0-100 %).</source>
        <translation>Noch keine Vorhersagen zum Vergleichen: Schätze vor einer Bitte ein, wie wahrscheinlich ein Nein ist (0-100 %).</translation>
    </message>
    <message>
        <source>Dots in the shaded part, under the dashed line of a perfect forecast, are predictions that were gloomier than what happened.</source>
        <translation>Punkte im schattierten Bereich, unter der gestrichelten Linie einer perfekten Vorhersage, sind Vorhersagen, die düsterer waren als das, was passiert ist.</translation>
    </message>
    <message>
        <source>The no came more often than you predicted: each of those asks took courage, and knowing it makes the next forecast truer.</source>
        <translation>Das Nein kam öfter, als du vorhergesagt hast: Jede dieser Bitten hat Mut gekostet, und das zu wissen macht die nächste Vorhersage genauer.</translation>
    </message>
    <message>
        <source>Your forecasts are close to what happens.</source>
        <translation>Deine Vorhersagen liegen nah an dem, was passiert.</translation>
    </message>
    <message>
        <source>Rate how bad a no would feel before an ask and how it felt afterwards, and this chart will compare them.</source>
        <translation>Schätze vor einer Bitte ein, wie schlimm sich ein Nein anfühlen würde, und hinterher, wie es sich angefühlt hat, dann vergleicht dieses Diagramm beides.</translation>
    </message>
    <message>
        <source>You expected a no to feel {0} out of 100; it felt {1}. {2} of {3} hurt less than you expected.</source>
        <translation>Du hast erwartet, dass sich ein Nein wie {0} von 100 anfühlt; es fühlte sich wie {1} an. {2} von {3} taten weniger weh als erwartet.</translation>
    </message>
    <message>
        <source>Rate your anxiety before and after an ask to see it here.</source>
        <translation>Schätze deine Angst vor und nach einer Bitte ein, um sie hier zu sehen.</translation>
    </message>
    <message>
        <source>Your anxiety averaged {0} before an ask and {1} afterwards.</source>
        <translation>Deine Angst lag im Schnitt bei {0} vor einer Bitte und bei {1} danach.</translation>
    </message>
    <message>
        <source>Going in, it was {0} in your earlier asks and {1} in recent ones.</source>
        <translation>Vor der Bitte lag sie bei deinen früheren Bitten bei {0}, bei den neueren bei {1}.</translation>
    </message>
    <message>
        <source>How much fear drops during one ask is not a good measure of progress, so this page does not judge you by it.</source>
        <translation>Wie stark die Angst während einer einzelnen Bitte sinkt, ist kein gutes Maß für Fortschritt, deshalb beurteilt dich diese Seite nicht danach.</translation>
    </message>
    <message>
        <source>Asks in each category will show how far up your ladder you have climbed.</source>
        <translation>Bitten in jeder Kategorie zeigen, wie weit du auf deiner Leiter hinaufgeklettert bist.</translation>
    </message>
    <message>
        <source>You tried {0} in {1}.</source>
        <translation>Du hast {0} in {1} versucht.</translation>
    </message>
    <message>
        <source>1 challenge</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>{0} challenges</source>
        <translation>{0} Übungen</translation>
    </message>
    <message>
        <source>1 category</source>
        <translation>1 Kategorie</translation>
    </message>
    <message>
        <source>{0} categories</source>
        <translation>{0} Kategorien</translation>
    </message>
    <message>
        <source>A rung counts as done after {0} asks with a prediction written down.</source>
        <translation>Eine Sprosse gilt als geschafft nach {0} Bitten mit aufgeschriebener Vorhersage.</translation>
    </message>
    <message>
        <source>{0} done ({1} tested asks each); the hardest, rated {2}, is in {3}.</source>
        <translation>{0} geschafft (je {1} geprüfte Bitten); die schwierigste, eingeschätzt mit {2}, gehört zur Kategorie „{3}“.</translation>
    </message>
    <message>
        <source>1 rung</source>
        <translation>1 Sprosse</translation>
    </message>
    <message>
        <source>{0} rungs</source>
        <translation>{0} Sprossen</translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>Could not write {0}. Check that the folder exists and that you may write there.</source>
        <translation>{0} konnte nicht geschrieben werden. Prüfe, ob der Ordner existiert und ob du dort schreiben darfst.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Vary: {0}</source>
        <translation>Abwandeln: {0}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Your progress will show here</source>
        <translation>Hier wird dein Fortschritt zu sehen sein</translation>
    </message>
    <message>
        <source>Log your first ask on the Today page, whatever the answer. From then on this page shows what your own notes say: how often the no really comes, how much it really hurts, and how far you have climbed.</source>
        <translation>Trag deine erste Bitte auf der Seite „Heute“ ein, egal wie die Antwort war. Ab dann zeigt diese Seite, was deine eigenen Notizen sagen: wie oft das Nein wirklich kommt, wie sehr es wirklich wehtut und wie weit du hinaufgeklettert bist.</translation>
    </message>
    <message>
        <source>No asks in this range</source>
        <translation>Keine Bitten in diesem Zeitraum</translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation>Alles anzeigen</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation>{0} anzeigen</translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation>Bericht exportieren (PDF) …</translation>
    </message>
    <message>
        <source>Export the progress report as a PDF</source>
        <translation>Den Fortschrittsbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>A PDF with every chart and caption, to keep or to share with a therapist or friend</source>
        <translation>Ein PDF mit allen Diagrammen und Beschreibungen, zum Aufheben oder zum Zeigen, etwa in der Therapie oder im Freundeskreis</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Was du getan hast</translation>
    </message>
    <message>
        <source>asks made</source>
        <translation>gewagte Bitten</translation>
    </message>
    <message>
        <source>predictions tested</source>
        <translation>geprüfte Vorhersagen</translation>
    </message>
    <message>
        <source>different challenges</source>
        <translation>verschiedene Übungen</translation>
    </message>
    <message>
        <source>What you found out</source>
        <translation>Was du herausgefunden hast</translation>
    </message>
    <message>
        <source>The thoughts behind the fear</source>
        <translation>Die Gedanken hinter der Angst</translation>
    </message>
    <message>
        <source>Asks over time</source>
        <translation>Bitten im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Days you asked</source>
        <translation>Tage mit Bitten</translation>
    </message>
    <message>
        <source>Forecast and reality</source>
        <translation>Vorhersage und Wirklichkeit</translation>
    </message>
    <message>
        <source>How much it hurt</source>
        <translation>Wie sehr es wehgetan hat</translation>
    </message>
    <message>
        <source>Anxiety around asks</source>
        <translation>Angst rund um die Bitten</translation>
    </message>
    <message>
        <source>Ladder by category</source>
        <translation>Leiter nach Kategorie</translation>
    </message>
    <message>
        <source>Weekly reviews</source>
        <translation>Wochenrückblicke</translation>
    </message>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>&amp;Wochenrückblick …</translation>
    </message>
    <message>
        <source>Start this week&apos;s review</source>
        <translation>Den Rückblick für diese Woche beginnen</translation>
    </message>
    <message>
        <source>Past weekly reviews</source>
        <translation>Frühere Wochenrückblicke</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the review of {0}</source>
        <translation>Den Rückblick vom {0} öffnen</translation>
    </message>
    <message>
        <source>Each review re-rates your beliefs: those ratings are points in the chart above.</source>
        <translation>Bei jedem Rückblick schätzt du deine Überzeugungen neu ein: Diese Einschätzungen sind die Punkte im Diagramm oben.</translation>
    </message>
    <message>
        <source>Each review re-rates the beliefs your plans name.</source>
        <translation>Jeder Wochenrückblick schätzt die Überzeugungen aus deinen Plänen neu ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n older reviews are in your journal.</source>
        <translation>
            <numerusform>%n älterer Rückblick steht in deinem Tagebuch.</numerusform>
            <numerusform>%n ältere Rückblicke stehen in deinem Tagebuch.</numerusform>
        </translation>
    </message>
    <message>
        <source>No review yet. Your review day is {0}; you can also start one now.</source>
        <translation>Noch kein Rückblick. Dein Tag für den Rückblick ist {0}; du kannst aber auch jetzt einen beginnen.</translation>
    </message>
    <message>
        <source>No review yet. Once a week, look back at your asks and choose what to vary next. Choose a review day in Settings for a reminder.</source>
        <translation>Noch kein Rückblick. Blick einmal pro Woche auf deine Bitten zurück und entscheide, was du als Nächstes abwandelst. Wähle in den Einstellungen einen Tag für den Rückblick, dann wirst du daran erinnert.</translation>
    </message>
    <message>
        <source>What your own asks show, once you start.</source>
        <translation>Was deine eigenen Bitten zeigen, sobald du anfängst.</translation>
    </message>
    <message>
        <source>No asks {0}</source>
        <translation>Keine Bitten {0}</translation>
    </message>
    <message>
        <source>Your earlier asks are still here: choose a longer range to see them. One small ask today starts this range again.</source>
        <translation>Deine früheren Bitten sind noch da: Wähle einen längeren Zeitraum, um sie zu sehen. Eine kleine Bitte heute lässt diesen Zeitraum neu beginnen.</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation>Fortschrittsbericht exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Stopped. No report was saved.</source>
        <translation>Abgebrochen. Es wurde kein Bericht gespeichert.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <source>The report could not be drawn ({0}); the details are in the log file.</source>
        <translation>Der Bericht konnte nicht gezeichnet werden ({0}); die Einzelheiten stehen in der Logdatei.</translation>
    </message>
    <message>
        <source>the report</source>
        <translation>der Bericht</translation>
    </message>
    <message>
        <source>What you did: {0}, {1} predictions tested, {2} different challenges.</source>
        <translation>Was du getan hast: {0}, {1} geprüfte Vorhersagen, {2} verschiedene Übungen.</translation>
    </message>
    <message>
        <source>Rejection practice: progress report</source>
        <translation>Mit Ablehnung üben: Fortschrittsbericht</translation>
    </message>
    <message>
        <source>Made with Rejection Desktop from my own journal. Self-help, not therapy.</source>
        <translation>Erstellt mit Rejection Desktop aus meinem eigenen Tagebuch. Selbsthilfe, keine Therapie.</translation>
    </message>
</context>
<context>
    <name>PromptBankWidget</name>
    <message>
        <source>Reflection prompts</source>
        <translation>Fragen für den Rückblick</translation>
    </message>
    <message>
        <source>The questions a reflection asks, in this order. Reword them in your own voice, hide the ones that do not help, or add your own (up to {0} characters). Reflections you already wrote keep their questions.</source>
        <translation>Die Fragen, die ein Rückblick stellt, in dieser Reihenfolge. Formuliere sie in deinen eigenen Worten, blende die aus, die nicht helfen, oder füge eigene hinzu (bis zu {0} Zeichen). Rückblicke, die du schon geschrieben hast, behalten ihre Fragen.</translation>
    </message>
    <message>
        <source>&amp;Add prompt…</source>
        <translation>Frage hinzufü&amp;gen …</translation>
    </message>
    <message>
        <source>Reword the selected prompt</source>
        <translation>Die ausgewählte Frage umformulieren</translation>
    </message>
    <message>
        <source>Re&amp;word…</source>
        <translation>Neu for&amp;mulieren …</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach ob&amp;en</translation>
    </message>
    <message>
        <source>Move the selected prompt up</source>
        <translation>Die ausgewählte Frage nach oben schieben</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected prompt down</source>
        <translation>Die ausgewählte Frage nach unten schieben</translation>
    </message>
    <message>
        <source>Hide or show the selected prompt</source>
        <translation>Die ausgewählte Frage aus- oder einblenden</translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation>Ausb&amp;lenden</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Einblenden</translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Edit prompt</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation>Text der Frage</translation>
    </message>
    <message>
        <source>A question you would like to be asked</source>
        <translation>Eine Frage, die dir gestellt werden soll</translation>
    </message>
    <message>
        <source>Ask it after an ask that was:</source>
        <translation>Nach einer Bitte stellen, die so ausging:</translation>
    </message>
    <message>
        <source>Only for asks of people close to you (friends, family, colleagues)</source>
        <translation>Nur nach Bitten an Menschen, die dir nahestehen (Freundeskreis, Familie, Arbeit)</translation>
    </message>
    <message>
        <source>Personal asks only</source>
        <translation>Nur persönliche Bitten</translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation>Frage speichern</translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>eingeblendet</translation>
    </message>
</context>
<context>
    <name>QuickTimes</name>
    <message>
        <source>In 1&amp;5 min</source>
        <translation>In 1&amp;5 Min.</translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation>In 15 Minuten</translation>
    </message>
    <message>
        <source>In an &amp;hour</source>
        <translation>In einer &amp;Stunde</translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation>In einer Stunde</translation>
    </message>
    <message>
        <source>This e&amp;vening</source>
        <translation>He&amp;ute Abend</translation>
    </message>
    <message>
        <source>This evening at 19:00</source>
        <translation>Heute Abend um 19:00</translation>
    </message>
    <message>
        <source>&amp;Tomorrow morning</source>
        <translation>&amp;Morgen früh</translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation>Morgen um 9:00</translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>Not rated</source>
        <translation>Nicht eingeschätzt</translation>
    </message>
    <message>
        <source>0 means {0}, 100 means {1}</source>
        <translation>0 bedeutet {0}, 100 bedeutet {1}</translation>
    </message>
    <message>
        <source>{0}, exact value</source>
        <translation>{0}, genauer Wert</translation>
    </message>
</context>
<context>
    <name>RecordCounts</name>
    <message>
        <source>1 challenge</source>
        <translation>1 Übung</translation>
    </message>
    <message>
        <source>1 belief</source>
        <translation>1 Überzeugung</translation>
    </message>
    <message>
        <source>1 attempt</source>
        <translation>1 Versuch</translation>
    </message>
    <message>
        <source>1 reflection</source>
        <translation>1 Rückblick</translation>
    </message>
    <message>
        <source>1 belief rating</source>
        <translation>1 Einschätzung einer Überzeugung</translation>
    </message>
    <message>
        <source>1 prompt</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>1 reminder</source>
        <translation>1 Erinnerung</translation>
    </message>
    <message>
        <source>1 setting</source>
        <translation>1 Einstellung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln challenges</source>
        <translation>
            <numerusform>%Ln Übung</numerusform>
            <numerusform>%Ln Übungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln beliefs</source>
        <translation>
            <numerusform>%Ln Überzeugung</numerusform>
            <numerusform>%Ln Überzeugungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempts</source>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reflections</source>
        <translation>
            <numerusform>%Ln Rückblick</numerusform>
            <numerusform>%Ln Rückblicke</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln belief ratings</source>
        <translation>
            <numerusform>%Ln Einschätzung einer Überzeugung</numerusform>
            <numerusform>%Ln Einschätzungen von Überzeugungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln prompts</source>
        <translation>
            <numerusform>%Ln Frage</numerusform>
            <numerusform>%Ln Fragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln reminders</source>
        <translation>
            <numerusform>%Ln Erinnerung</numerusform>
            <numerusform>%Ln Erinnerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln settings</source>
        <translation>
            <numerusform>%Ln Einstellung</numerusform>
            <numerusform>%Ln Einstellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>added {0}</source>
        <translation>hinzugefügt: {0}</translation>
    </message>
    <message>
        <source>nothing new to add</source>
        <translation>nichts Neues hinzuzufügen</translation>
    </message>
    <message>
        <source>; brought your edits to 1 built-in</source>
        <translation>; deine Änderungen an 1 mitgelieferten Übung übernommen</translation>
    </message>
    <message numerus="yes">
        <source>; brought your edits to %Ln built-ins</source>
        <translation>
            <numerusform>; deine Änderungen an %Ln mitgelieferten Übung übernommen</numerusform>
            <numerusform>; deine Änderungen an %Ln mitgelieferten Übungen übernommen</numerusform>
        </translation>
    </message>
    <message>
        <source>; skipped 1 already here</source>
        <translation>; 1 schon vorhanden, übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>; skipped %Ln already here</source>
        <translation>
            <numerusform>; %Ln schon vorhanden, übersprungen</numerusform>
            <numerusform>; %Ln schon vorhanden, übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{0}: {1} challenges, {2} attempts, {3} reflections</source>
        <translation>{0}: {1} Übungen, {2} Versuche, {3} Rückblicke</translation>
    </message>
    <message>
        <source>{0}: the journal needs attention</source>
        <translation>{0}: Das Tagebuch braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Journal recovery</source>
        <translation>Tagebuch wiederherstellen</translation>
    </message>
    <message>
        <source>Your journal could not be opened safely</source>
        <translation>Dein Tagebuch ließ sich nicht sicher öffnen</translation>
    </message>
    <message>
        <source>A check at start-up found a problem with {0}:
{1}

Nothing has been changed: the file is left exactly as it is.</source>
        <translation>Eine Prüfung beim Start hat ein Problem mit {0} gefunden:
{1}

Es wurde nichts verändert: Die Datei bleibt genau so, wie sie ist.</translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.

Restoring it keeps the damaged file next to it under a dated name, so nothing is thrown away. Anything written after that backup is not in it.</source>
        <translation>Die neueste intakte Sicherung ist vom {0}.

Beim Wiederherstellen bleibt die beschädigte Datei unter einem Namen mit Datum daneben liegen, es wird also nichts weggeworfen. Was nach dieser Sicherung geschrieben wurde, ist nicht darin enthalten.</translation>
    </message>
    <message>
        <source>No good backup was found in:
{0}

If you keep backups elsewhere, choose one. If you quit, the file stays as it is; the sqlite3 tool&apos;s .recover command may be able to save parts of it.</source>
        <translation>In diesem Ordner wurde keine intakte Sicherung gefunden:
{0}

Wenn du Sicherungen an einem anderen Ort aufbewahrst, wähle eine aus. Wenn du die App beendest, bleibt die Datei, wie sie ist; mit dem Befehl .recover des Programms sqlite3 lassen sich vielleicht Teile davon retten.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation>Beenden, ohne etwas zu verändern</translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation>Sicherungsdatei &amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Eine Sicherung wählen</translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite3);;All files (*)</source>
        <translation>Tagebuch-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>That is the damaged journal itself.</source>
        <translation>Das ist das beschädigte Tagebuch selbst.</translation>
    </message>
    <message>
        <source>This file cannot be restored: {0}</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden: {0}</translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Reflect</source>
        <translation>Zurückblicken</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation>Was beschäftigt dich?</translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation>Sonst noch etwas?</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation>Ein Rückblick</translation>
    </message>
    <message>
        <source>Write about a rejection, a worry or something you noticed. It stays on this computer.</source>
        <translation>Schreib über eine Ablehnung, eine Sorge oder etwas, das dir aufgefallen ist. Es bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Reflect on your ask</source>
        <translation>Auf deine Bitte zurückblicken</translation>
    </message>
    <message>
        <source>Your prediction and what happened</source>
        <translation>Deine Vorhersage und was passiert ist</translation>
    </message>
    <message>
        <source>What stopped me: {0}</source>
        <translation>Was mich abgehalten hat: {0}</translation>
    </message>
    <message>
        <source>Your plan for a no: {0}</source>
        <translation>Dein Plan für ein Nein: {0}</translation>
    </message>
    <message>
        <source>This one may stay with you for a while. Go gently: the first questions are about looking after yourself, and every box is optional.</source>
        <translation>Das hier beschäftigt dich vielleicht noch eine Weile. Geh behutsam mit dir um: Die ersten Fragen drehen sich darum, gut für dich zu sorgen, und jedes Feld ist freiwillig.</translation>
    </message>
    <message>
        <source>Feeling very low or unsafe? Talk to someone now</source>
        <translation>Geht es dir sehr schlecht oder fühlst du dich nicht sicher? Sprich jetzt mit jemandem</translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>The thought behind the fear</source>
        <translation>Der Gedanke hinter der Angst</translation>
    </message>
    <message>
        <source>Before the ask you wrote: “{0}”. You believed it {1}/100.</source>
        <translation>Vor der Bitte hast du geschrieben: „{0}“. Du hast zu {1}/100 daran geglaubt.</translation>
    </message>
    <message>
        <source>Before the ask you wrote: “{0}”.</source>
        <translation>Vor der Bitte hast du geschrieben: „{0}“.</translation>
    </message>
    <message>
        <source>How much you believe it now</source>
        <translation>Wie sehr du jetzt daran glaubst</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>gar nicht</translation>
    </message>
    <message>
        <source>completely</source>
        <translation>vollkommen</translation>
    </message>
    <message>
        <source>How much do you believe it &amp;now?</source>
        <translation>Wie sehr glaubst du &amp;jetzt daran?</translation>
    </message>
    <message>
        <source>A fairer way to put it</source>
        <translation>Eine fairere Art, es zu sagen</translation>
    </message>
    <message>
        <source>e.g. &quot;Some people might think that; most won&apos;t notice&quot; (optional)</source>
        <translation>z. B. „Manche denken das vielleicht; den meisten fällt es gar nicht auf“ (freiwillig)</translation>
    </message>
    <message>
        <source>A &amp;fairer way to put it</source>
        <translation>Eine &amp;fairere Art, es zu sagen</translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation>Rückblick speichern</translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Log it now</source>
        <translation>Jetzt eintragen</translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation>15 Min. später</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 Std. später</translation>
    </message>
    <message>
        <source>Snooze until this evening</source>
        <translation>Bis heute Abend verschieben</translation>
    </message>
    <message>
        <source>Didn&apos;t ask</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Move to tomorrow</source>
        <translation>Auf morgen verschieben</translation>
    </message>
    <message>
        <source>Pick today&apos;s ask</source>
        <translation>Heutige Bitte wählen</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Heute nicht</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>„Heute“ öffnen</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>Rückblick beginnen</translation>
    </message>
    <message>
        <source>No more nudges today. Planned asks still remind you; your streak follows its usual rules (rest days included).</source>
        <translation>Heute keine täglichen Erinnerungen mehr. Geplante Bitten erinnern dich trotzdem; deine Serie folgt ihren üblichen Regeln (Ruhetage eingeschlossen).</translation>
    </message>
    <message>
        <source>This reminder no longer exists.</source>
        <translation>Diese Erinnerung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Snoozed: it comes back at {0}.</source>
        <translation>Verschoben: Sie kommt um {0} wieder.</translation>
    </message>
    <message>
        <source>This ask no longer exists. It may have been deleted.</source>
        <translation>Diese Bitte gibt es nicht mehr. Vielleicht wurde sie gelöscht.</translation>
    </message>
    <message>
        <source>This ask is already logged; here it is to change.</source>
        <translation>Diese Bitte ist schon eingetragen; hier kannst du sie ändern.</translation>
    </message>
    <message>
        <source>This ask is already logged.</source>
        <translation>Diese Bitte ist schon eingetragen.</translation>
    </message>
    <message>
        <source>Moved to tomorrow, {0}.</source>
        <translation>Auf morgen verschoben, {0}.</translation>
    </message>
</context>
<context>
    <name>ReminderHistory</name>
    <message>
        <source>daily nudge</source>
        <translation>tägliche Erinnerung</translation>
    </message>
    <message>
        <source>planned ask</source>
        <translation>geplante Bitte</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachfrage</translation>
    </message>
    <message>
        <source>several reminders</source>
        <translation>mehrere Erinnerungen</translation>
    </message>
    <message>
        <source>test notification</source>
        <translation>Testbenachrichtigung</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <source>sent with buttons</source>
        <translation>mit Schaltflächen gesendet</translation>
    </message>
    <message>
        <source>sent plain (no buttons)</source>
        <translation>ohne Schaltflächen gesendet</translation>
    </message>
    <message>
        <source>shown in the app&apos;s banner</source>
        <translation>im Hinweisbalken der App gezeigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>held by quiet hours until {0}</source>
        <translation>wegen der Ruhezeit zurückgehalten bis {0}</translation>
    </message>
    <message>
        <source>snoozed until {0}</source>
        <translation>verschoben bis {0}</translation>
    </message>
    <message>
        <source>you chose &quot;{0}&quot;</source>
        <translation>du hast „{0}“ gewählt</translation>
    </message>
    <message>
        <source>{0}</source>
        <translation>{0}</translation>
    </message>
    <message>
        <source>Your desktop shows reminders with buttons.</source>
        <translation>Deine Arbeitsoberfläche zeigt Erinnerungen mit Schaltflächen.</translation>
    </message>
    <message>
        <source>Reminders appear as tray messages; click one to open it. Their buttons are in the app&apos;s banner.</source>
        <translation>Erinnerungen erscheinen als Meldungen in der Systemleiste; klicke eine an, um sie zu öffnen. Ihre Schaltflächen sind im Hinweisbalken der App.</translation>
    </message>
    <message>
        <source>Your desktop shows reminders, but without buttons: the buttons appear in the app&apos;s banner.</source>
        <translation>Deine Arbeitsoberfläche zeigt Erinnerungen, aber ohne Schaltflächen: Die Schaltflächen erscheinen im Hinweisbalken der App.</translation>
    </message>
    <message>
        <source>Your desktop did not show it, so reminders appear in the app&apos;s banner, only while the app runs. Copy the diagnostics below to find out why.</source>
        <translation>Deine Arbeitsoberfläche hat sie nicht angezeigt, deshalb erscheinen Erinnerungen im Hinweisbalken der App, nur solange die App läuft. Kopiere die Diagnosedaten unten, um herauszufinden, warum.</translation>
    </message>
    <message>
        <source>Reminders could not be shown. Copy the diagnostics below to find out why.</source>
        <translation>Erinnerungen konnten nicht angezeigt werden. Kopiere die Diagnosedaten unten, um herauszufinden, warum.</translation>
    </message>
</context>
<context>
    <name>ReminderRuntime</name>
    <message>
        <source>Test notification</source>
        <translation>Testbenachrichtigung</translation>
    </message>
    <message>
        <source>If you can read this, your reminders will reach you.</source>
        <translation>Wenn du das lesen kannst, erreichen dich deine Erinnerungen.</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 Std. später</translation>
    </message>
    <message>
        <source>Log it</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>„Heute“ öffnen</translation>
    </message>
    <message>
        <source>Reminders snoozed until {0}.</source>
        <translation>Erinnerungen verschoben bis {0}.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders stop when Rejection Desktop quits. They wait until you open it again. To keep them coming, keep the window open (minimised is fine), or let the app start at login in Settings.</source>
        <translation>Diese Arbeitsoberfläche hat keine Systemleiste, deshalb hören die Erinnerungen auf, wenn Rejection Desktop beendet wird. Sie warten, bis du die App wieder öffnest. Damit sie weiter kommen, lass das Fenster offen (minimiert ist in Ordnung) oder lass die App in den Einstellungen bei der Anmeldung starten.</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Fenster offen lassen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Rejection Desktop keeps running in the tray so your reminders can reach you. Open it again from the tray icon.</source>
        <translation>Rejection Desktop läuft in der Systemleiste weiter, damit deine Erinnerungen dich erreichen. Öffne die App wieder über das Symbol in der Systemleiste.</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
    <message>
        <source>Quit when I close the window</source>
        <translation>Beenden, wenn ich das Fenster schließe</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <source>Next reminder: {0}</source>
        <translation>Nächste Erinnerung: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Except asks to friends, family and colleagues</source>
        <translation>Außer Bitten an Freundeskreis, Familie und Arbeit</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>for today</source>
        <translation>für heute</translation>
    </message>
    <message>
        <source>for 3 days</source>
        <translation>für 3 Tage</translation>
    </message>
    <message>
        <source>for a week</source>
        <translation>für eine Woche</translation>
    </message>
    <message>
        <source>until I resume</source>
        <translation>bis ich fortsetze</translation>
    </message>
    <message>
        <source>Daily nudges</source>
        <translation>Tägliche Erinnerungen</translation>
    </message>
    <message>
        <source>&quot;Time for today&apos;s ask&quot;, at the times and on the days you choose.</source>
        <translation>„Zeit für deine heutige Bitte“, zu den Uhrzeiten und an den Tagen, die du wählst.</translation>
    </message>
    <message>
        <source>No daily nudges. Add one and the app will remind you to make your ask.</source>
        <translation>Keine täglichen Erinnerungen. Füge eine hinzu, dann erinnert dich die App an deine Bitte.</translation>
    </message>
    <message>
        <source>Add a daily nudge</source>
        <translation>Eine tägliche Erinnerung hinzufügen</translation>
    </message>
    <message>
        <source>Planned asks</source>
        <translation>Geplante Bitten</translation>
    </message>
    <message>
        <source>Minutes before a planned ask</source>
        <translation>Minuten vor einer geplanten Bitte</translation>
    </message>
    <message>
        <source>Remind me before a planned ask</source>
        <translation>Erinnere mich vor einer geplanten Bitte</translation>
    </message>
    <message>
        <source>Minutes after a planned ask</source>
        <translation>Minuten nach einer geplanten Bitte</translation>
    </message>
    <message>
        <source>Ask &quot;how did it go?&quot; after</source>
        <translation>„Wie ist es gelaufen?“ fragen nach</translation>
    </message>
    <message>
        <source>0 minutes reminds you at the planned time. The follow-up is cancelled once you log the ask.</source>
        <translation>Bei 0 Minuten wirst du zur geplanten Zeit erinnert. Die Nachfrage entfällt, sobald du die Bitte einträgst.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Ruhezeit</translation>
    </message>
    <message>
        <source>Hold daily nudges from</source>
        <translation>Tägliche Erinnerungen zurückhalten von</translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation>Ruhezeit an</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>A daily nudge that falls inside quiet hours arrives, once, when they end. Reminders of an ask you gave a time arrive at their time.</source>
        <translation>Eine tägliche Erinnerung, die in die Ruhezeit fällt, kommt einmal, wenn sie endet. Erinnerungen an eine Bitte, der du eine Uhrzeit gegeben hast, kommen zu ihrer Uhrzeit.</translation>
    </message>
    <message>
        <source>What quiet hours hold</source>
        <translation>Was die Ruhezeit zurückhält</translation>
    </message>
    <message>
        <source>Snooze and pause</source>
        <translation>Verschieben und pausieren</translation>
    </message>
    <message>
        <source>Reminder status</source>
        <translation>Status der Erinnerungen</translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation>1 Std. verschieben</translation>
    </message>
    <message>
        <source>Snooze reminders 1 hour</source>
        <translation>Erinnerungen um 1 Stunde verschieben</translation>
    </message>
    <message>
        <source>Pause length</source>
        <translation>Dauer der Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation>Erinnerungen pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>Snoozed reminders arrive when the snooze ends; paused ones are skipped.</source>
        <translation>Verschobene Erinnerungen kommen, wenn die Verschiebung endet; pausierte fallen aus.</translation>
    </message>
    <message>
        <source>When the window closes</source>
        <translation>Wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <source>Start at login, waiting in the tray</source>
        <translation>Bei der Anmeldung starten, wartend in der Systemleiste</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Keep running in the tray when I close the window</source>
        <translation>In der Systemleiste weiterlaufen, wenn ich das Fenster schließe</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>In der Systemleiste weiterlaufen</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits the app and reminders wait until you open it again.</source>
        <translation>Diese Arbeitsoberfläche hat keine Systemleiste, deshalb beendet das Schließen des Fensters die App, und Erinnerungen warten, bis du sie wieder öffnest.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Show ask titles in notifications</source>
        <translation>Titel der Bitten in Benachrichtigungen zeigen</translation>
    </message>
    <message>
        <source>Notifications can appear on a lock screen or a shared screen; hidden titles are replaced by words like &quot;Time for your planned ask&quot;.</source>
        <translation>Benachrichtigungen können auf einem Sperrbildschirm oder einem geteilten Bildschirm erscheinen; ausgeblendete Titel werden durch Worte wie „Zeit für deine geplante Bitte“ ersetzt.</translation>
    </message>
    <message>
        <source>Check notifications</source>
        <translation>Benachrichtigungen prüfen</translation>
    </message>
    <message>
        <source>Send a test notification</source>
        <translation>Eine Testbenachrichtigung senden</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Diagnosedaten kopieren</translation>
    </message>
    <message>
        <source>Copy reminder diagnostics to the clipboard</source>
        <translation>Diagnosedaten der Erinnerungen in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Test notification result</source>
        <translation>Ergebnis der Testbenachrichtigung</translation>
    </message>
    <message>
        <source>Last reminders</source>
        <translation>Letzte Erinnerungen</translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation>Noch keine Erinnerungen.</translation>
    </message>
    <message>
        <source>Diagnostics copied: version, system, notification server, the next reminders&apos; times and the log&apos;s last lines. No titles and nothing you wrote.</source>
        <translation>Diagnosedaten kopiert: Version, System, Benachrichtigungsdienst, die Zeiten der nächsten Erinnerungen und die letzten Zeilen der Logdatei. Keine Titel und nichts, was du geschrieben hast.</translation>
    </message>
    <message>
        <source>Reminders are paused until you resume them.</source>
        <translation>Erinnerungen sind pausiert, bis du sie fortsetzt.</translation>
    </message>
    <message>
        <source>Reminders are paused until {0}; what falls before is skipped.</source>
        <translation>Erinnerungen sind pausiert bis {0}; was davor fällt, fällt aus.</translation>
    </message>
    <message>
        <source>Reminders are snoozed until {0}.</source>
        <translation>Erinnerungen sind verschoben bis {0}.</translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation>Erinnerungen sind an.</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Konnte nicht gespeichert werden: {0}</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <source>{0} tomorrow</source>
        <translation>{0} morgen</translation>
    </message>
    <message>
        <source>Snoozed: 1 reminder waits until {0}.</source>
        <translation>Verschoben: 1 Erinnerung wartet bis {0}.</translation>
    </message>
    <message>
        <source>Snoozed: %n reminders wait until {0}.</source>
        <translation>Verschoben: %n Erinnerungen warten bis {0}.</translation>
    </message>
    <message>
        <source>Quiet hours: your daily nudge waits until {0}.</source>
        <translation>Ruhezeit: Deine tägliche Erinnerung wartet bis {0}.</translation>
    </message>
    <message>
        <source>Quiet hours: %n daily nudges wait until {0}.</source>
        <translation>Ruhezeit: %n tägliche Anstöße warten bis {0}.</translation>
    </message>
    <message>
        <source>The nudge at {0} falls inside quiet hours: it arrives at {1}.</source>
        <translation>Die Erinnerung um {0} fällt in die Ruhezeit: Sie kommt um {1}.</translation>
    </message>
    <message>
        <source>The nudges at {0} fall inside quiet hours: they arrive at {1}.</source>
        <translation>Die Erinnerungen um {0} fallen in die Ruhezeit: Sie kommen um {1}.</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>{0} menu</source>
        <translation>Menü von {0}</translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation>Keine Erinnerung geplant</translation>
    </message>
    <message>
        <source>Log an ask…</source>
        <translation>Eine Bitte eintragen …</translation>
    </message>
    <message>
        <source>Plan an ask…</source>
        <translation>Eine Bitte planen …</translation>
    </message>
    <message>
        <source>Weekly review…</source>
        <translation>Wochenrückblick …</translation>
    </message>
    <message>
        <source>Snooze reminders 1 h</source>
        <translation>Erinnerungen um 1 Std. verschieben</translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation>Bis morgen pausieren</translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <source>If you need support now…</source>
        <translation>Wenn du jetzt Unterstützung brauchst …</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Today: {0}</source>
        <translation>Heute: {0}</translation>
    </message>
    <message>
        <source>Log: {0}</source>
        <translation>Eintragen: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting…</source>
        <translation>
            <numerusform>%n weitere wartet …</numerusform>
            <numerusform>%n weitere warten …</numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders paused until {0}</source>
        <translation>Erinnerungen pausiert bis {0}</translation>
    </message>
    <message>
        <source>Reminders snoozed until {0}</source>
        <translation>Erinnerungen verschoben bis {0}</translation>
    </message>
    <message>
        <source>1 missed reminder</source>
        <translation>1 verpasste Erinnerung</translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminders</source>
        <translation>
            <numerusform>%n verpasste Erinnerung</numerusform>
            <numerusform>%n verpasste Erinnerungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreNotice</name>
    <message>
        <source>Your journal could not be read, so it was restored from the backup {0}. The damaged file was kept as {1}.</source>
        <translation>Dein Tagebuch ließ sich nicht lesen, deshalb wurde es aus der Sicherung {0} wiederhergestellt. Die beschädigte Datei wurde als {1} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ReviewViewer</name>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>The weekly review</source>
        <translation>Der Wochenrückblick</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time you start the app.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation>Deine Übungspraxis</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>A daily goal, with rest days</source>
        <translation>Ein Tagesziel, mit Ruhetagen</translation>
    </message>
    <message>
        <source>A weekly goal</source>
        <translation>Ein Wochenziel</translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation>&amp;Tempo</translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation>Wochenziel</translation>
    </message>
    <message>
        <source> asks a week</source>
        <translation> Bitten pro Woche</translation>
    </message>
    <message>
        <source>Wee&amp;kly goal</source>
        <translation>&amp;Wochenziel</translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation>Tages&amp;ziel</translation>
    </message>
    <message>
        <source>Rest days per week</source>
        <translation>Ruhetage pro Woche</translation>
    </message>
    <message>
        <source> per week</source>
        <translation> pro Woche</translation>
    </message>
    <message>
        <source>&amp;Rest days</source>
        <translation>&amp;Ruhetage</translation>
    </message>
    <message>
        <source>Show my streak</source>
        <translation>Meine Serie anzeigen</translation>
    </message>
    <message>
        <source>Suggest asks of people close to me</source>
        <translation>Bitten an Menschen vorschlagen, die mir nahestehen</translation>
    </message>
    <message>
        <source>The personal track</source>
        <translation>Der persönliche Bereich</translation>
    </message>
    <message>
        <source>Weekl&amp;y review</source>
        <translation>Wochenrü&amp;ckblick</translation>
    </message>
    <message>
        <source>The streak counts days (or weeks) you met your goal. Rest days do not break it, and neither does an honest &quot;did not ask&quot; that you reflected on: that is practice too. If streaks make you feel worse, hide it. Days and reminders follow your computer&apos;s time zone ({0}), so they stay right when you travel.</source>
        <translation>Die Serie zählt die Tage (oder Wochen), an denen du dein Ziel erreicht hast. Ruhetage unterbrechen sie nicht, und ein ehrliches „nicht gefragt“, auf das du zurückgeblickt hast, auch nicht: Auch das ist Übung. Wenn Serien dir ein schlechteres Gefühl geben, blende sie aus. Tage und Erinnerungen richten sich nach der Zeitzone deines Computers ({0}), damit sie auch auf Reisen stimmen.</translation>
    </message>
    <message>
        <source>Weekly review day</source>
        <translation>Tag für den Wochenrückblick</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Weekly review time</source>
        <translation>Uhrzeit für den Wochenrückblick</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your journal lives only on this computer, readable by your user account alone.</source>
        <translation>Dein Tagebuch liegt nur auf diesem Computer und ist nur für dein Benutzerkonto lesbar.</translation>
    </message>
    <message>
        <source>Data folder path</source>
        <translation>Pfad des Datenordners</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Log-Ordner öffnen</translation>
    </message>
    <message>
        <source> ask a day</source>
        <translation> Bitte am Tag</translation>
    </message>
    <message>
        <source> asks a day</source>
        <translation> Bitten am Tag</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation>&amp;Neue Übung …</translation>
    </message>
    <message>
        <source>&amp;Log an attempt…</source>
        <translation>Versuch &amp;eintragen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Weekly review…</source>
        <translation>&amp;Wochenrückblick …</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation>&amp;Erste Schritte …</translation>
    </message>
    <message>
        <source>Ground &amp;rules</source>
        <translation>&amp;Grundregeln</translation>
    </message>
    <message>
        <source>&amp;Crisis resources</source>
        <translation>&amp;Krisenhilfe</translation>
    </message>
    <message>
        <source>&amp;Who this app is not for</source>
        <translation>&amp;Für wen diese App nicht gedacht ist</translation>
    </message>
    <message>
        <source>&amp;About Rejection Desktop</source>
        <translation>Ü&amp;ber Rejection Desktop</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>the disk is full</source>
        <translation>die Festplatte ist voll</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>die Festplatte ist schreibgeschützt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>keine Berechtigung</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be used: {1} is a file, not a folder.</source>
        <translation>Der Datenordner {0} kann nicht verwendet werden: {1} ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be used: {1}.</source>
        <translation>Der Datenordner {0} kann nicht verwendet werden: {1}.</translation>
    </message>
    <message>
        <source>Your journal cannot be opened: {0} ({1}). Nothing in it has been changed.</source>
        <translation>Dein Tagebuch kann nicht geöffnet werden: {0} ({1}). Darin wurde nichts verändert.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Rejection Desktop. Please update the app. The file has not been changed.</source>
        <translation>Dieses Tagebuch wurde von einer neueren Version von Rejection Desktop gespeichert. Bitte aktualisiere die App. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Your journal cannot be opened: {0}</source>
        <translation>Dein Tagebuch kann nicht geöffnet werden: {0}</translation>
    </message>
    <message>
        <source>The backup could not be restored: {0}. Your journal has been left as it was.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {0}. Dein Tagebuch ist so geblieben, wie es war.</translation>
    </message>
    <message>
        <source>The command “{0}” (process {1}) is using your journal in {2}. Try again when it has finished.</source>
        <translation>Der Befehl „{0}“ (Prozess {1}) verwendet gerade dein Tagebuch in {2}. Versuche es noch einmal, wenn er fertig ist.</translation>
    </message>
    <message>
        <source>Rejection Desktop cannot start: {0} ({1}).</source>
        <translation>Rejection Desktop kann nicht starten: {0} ({1}).</translation>
    </message>
    <message>
        <source>Rejection Desktop is already running but did not answer. Close it, or wait a moment and try again.</source>
        <translation>Rejection Desktop läuft bereits, hat aber nicht geantwortet. Beende es oder warte einen Moment und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Rejection Desktop could not open your journal.</source>
        <translation>Rejection Desktop konnte dein Tagebuch nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Today&apos;s asks</source>
        <translation>Heutige Bitten</translation>
    </message>
    <message>
        <source>Daily goal progress</source>
        <translation>Fortschritt beim Tagesziel</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Backups on one disk</source>
        <translation>Sicherungen auf nur einer Festplatte</translation>
    </message>
    <message>
        <source>For 30 days every backup has been on the same disk as your journal: if that disk fails, both are gone. Choose a second backup folder on another disk or a synced folder; every backup is then copied there too.</source>
        <translation>Seit 30 Tagen liegt jede Sicherung auf derselben Festplatte wie dein Tagebuch: Wenn diese Festplatte kaputtgeht, ist beides weg. Wähle einen zweiten Sicherungsordner auf einer anderen Festplatte oder in einem synchronisierten Ordner; jede Sicherung wird dann auch dorthin kopiert.</translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation>Einen zweiten Sicherungsordner wählen</translation>
    </message>
    <message>
        <source>Your weekly review</source>
        <translation>Dein Wochenrückblick</translation>
    </message>
    <message>
        <source>A few minutes to look back: what you predicted against what happened, the surprise of the week, how much you still believe each thought, and what to vary next week.</source>
        <translation>Ein paar Minuten zurückblicken: was du vorhergesagt hast und was passiert ist, die Überraschung der Woche, wie sehr du noch an jeden Gedanken glaubst und was du nächste Woche abwandeln willst.</translation>
    </message>
    <message>
        <source>Start the review</source>
        <translation>Rückblick beginnen</translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation>Dein nächster Schritt</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Log an attempt</source>
        <translation>Versuch eintragen</translation>
    </message>
    <message>
        <source>Another suggestion</source>
        <translation>Ein anderer Vorschlag</translation>
    </message>
    <message>
        <source>Planned today and waiting for an answer</source>
        <translation>Heute geplant und noch ohne Antwort</translation>
    </message>
    <message>
        <source>Today&apos;s plans with or without a time, and asks still waiting for a reply</source>
        <translation>Die Pläne für heute, mit oder ohne Uhrzeit, und Bitten, die noch auf eine Antwort warten</translation>
    </message>
    <message>
        <source>Held reminders</source>
        <translation>Zurückgehaltene Erinnerungen</translation>
    </message>
    <message>
        <source>One ask a day that could be refused is the whole game. Be kind, ask for what you would accept, and respect the no.</source>
        <translation>Eine Bitte am Tag, die abgelehnt werden könnte: Das ist schon alles. Sei freundlich, bitte um etwas, das du selbst annehmen würdest, und respektiere das Nein.</translation>
    </message>
    <message>
        <source>asks since Monday</source>
        <translation>Bitten seit Montag</translation>
    </message>
    <message>
        <source>ask since Monday</source>
        <translation>Bitte seit Montag</translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation>Zweiter Sicherungsordner</translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation>Ziel dieser Woche</translation>
    </message>
    <message>
        <source>Goal met for this week.</source>
        <translation>Wochenziel erreicht.</translation>
    </message>
    <message>
        <source>Asks since Monday, towards your weekly goal.</source>
        <translation>Bitten seit Montag, auf dem Weg zu deinem Wochenziel.</translation>
    </message>
    <message>
        <source>Goal met. Anything more is a bonus.</source>
        <translation>Ziel erreicht. Alles Weitere ist ein Bonus.</translation>
    </message>
    <message>
        <source>Nice start. {0} more to reach today&apos;s goal.</source>
        <translation>Guter Anfang. Noch {0} bis zu deinem Tagesziel.</translation>
    </message>
    <message>
        <source>One ask that could be refused. That&apos;s all.</source>
        <translation>Eine Bitte, die abgelehnt werden könnte. Mehr nicht.</translation>
    </message>
    <message>
        <source>Fresh start</source>
        <translation>Neuer Anfang</translation>
    </message>
    <message>
        <source>Runs come and go. One ask, or an honest note about why not, starts a new one.</source>
        <translation>Serien kommen und gehen. Eine Bitte oder eine ehrliche Notiz, warum nicht, beginnt eine neue.</translation>
    </message>
    <message>
        <source>Runs come and go. Reach this week&apos;s goal to start one.</source>
        <translation>Serien kommen und gehen. Erreiche das Wochenziel, um eine neue zu beginnen.</translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation>{0} Wochen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} Tage</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>Longest so far: {0} weeks</source>
        <translation>Bisher am längsten: {0} Wochen</translation>
    </message>
    <message>
        <source>Longest so far: {0} days</source>
        <translation>Bisher am längsten: {0} Tage</translation>
    </message>
    <message>
        <source>Rest days are part of it. Be kind to yourself.</source>
        <translation>Ruhetage gehören dazu. Sei freundlich zu dir.</translation>
    </message>
    <message>
        <source>Weeks in a row at your pace.</source>
        <translation>Wochen in Folge in deinem Tempo.</translation>
    </message>
    <message>
        <source>You have seen every suggestion</source>
        <translation>Du hast alle Vorschläge gesehen</translation>
    </message>
    <message>
        <source>Start the round again, or pick any challenge on the Challenges page.</source>
        <translation>Fang die Runde von vorn an oder wähle irgendeine Übung auf der Seite „Übungen“.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Von vorn anfangen</translation>
    </message>
    <message>
        <source>{0} · expected distress {1}/100 · {2}</source>
        <translation>{0} · erwartete Anspannung {1}/100 · {2}</translation>
    </message>
    <message>
        <source>Tip: {0}</source>
        <translation>Tipp: {0}</translation>
    </message>
    <message>
        <source>and {0} more open asks: see the Journal.</source>
        <translation>und {0} weitere offene Bitten: siehe Tagebuch.</translation>
    </message>
    <message>
        <source>Nothing planned yet. Plan the suggestion above, or log an ask you made on the spur of the moment.</source>
        <translation>Noch nichts geplant. Plane den Vorschlag oben oder trag eine Bitte ein, die du spontan gewagt hast.</translation>
    </message>
    <message>
        <source>{0} (no reply yet)</source>
        <translation>{0} (noch keine Antwort)</translation>
    </message>
    <message>
        <source>{0} (no reply yet, 1 day)</source>
        <translation>{0} (noch keine Antwort, 1 Tag)</translation>
    </message>
    <message>
        <source>{0} (no reply yet, {1} days)</source>
        <translation>{0} (noch keine Antwort, {1} Tage)</translation>
    </message>
    <message>
        <source>{0} (planned, no time set)</source>
        <translation>{0} (geplant, ohne Uhrzeit)</translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation>Eine Nachfrage planen</translation>
    </message>
    <message>
        <source>Plan a follow-up to {0}</source>
        <translation>Eine Nachfrage zu {0} planen</translation>
    </message>
    <message>
        <source>Still no reply after a few days: a short, polite follow-up is another ask. Plan it like any other.</source>
        <translation>Nach ein paar Tagen immer noch keine Antwort: Eine kurze, höfliche Nachfrage ist eine weitere Bitte. Plane sie wie jede andere.</translation>
    </message>
    <message>
        <source>Log outcome</source>
        <translation>Ergebnis eintragen</translation>
    </message>
    <message>
        <source>Log outcome of {0}</source>
        <translation>Ergebnis von {0} eintragen</translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Your journal is locked</source>
        <translation>Dein Tagebuch ist gesperrt</translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation>Gib deine Passphrase ein, um es zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation>Ich habe sie vergessen: stattdessen meinen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it and try again.</source>
        <translation>Dieser Wiederherstellungscode stimmt nicht. Prüfe ihn und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase stimmt nicht. Versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The journal cannot be unlocked: {0}</source>
        <translation>Das Tagebuch kann nicht entsperrt werden: {0}</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{0} must be text.</source>
        <translation>{0} muss Text sein.</translation>
    </message>
    <message>
        <source>{0} contains a NUL character, which cannot be saved.</source>
        <translation>{0} enthält ein NUL-Zeichen, das nicht gespeichert werden kann.</translation>
    </message>
    <message>
        <source>{0} contains broken characters that cannot be saved.</source>
        <translation>{0} enthält fehlerhafte Zeichen, die nicht gespeichert werden können.</translation>
    </message>
    <message>
        <source>{0} is required.</source>
        <translation>{0} fehlt noch.</translation>
    </message>
    <message>
        <source>{0} is too long ({1} characters; the limit is {2}).</source>
        <translation>{0} ist zu lang ({1} Zeichen; erlaubt sind {2}).</translation>
    </message>
    <message>
        <source>{0} must be a whole number from 0 to 100.</source>
        <translation>{0} muss eine ganze Zahl von 0 bis 100 sein.</translation>
    </message>
    <message>
        <source>{0} must be from 0 to 100 (got {1}).</source>
        <translation>{0} muss zwischen 0 und 100 liegen (angegeben: {1}).</translation>
    </message>
    <message>
        <source>{0} has an unknown value: {1}.</source>
        <translation>{0} hat einen unbekannten Wert: {1}.</translation>
    </message>
    <message>
        <source>{0} must be a date and time.</source>
        <translation>{0} muss ein Datum mit Uhrzeit sein.</translation>
    </message>
    <message>
        <source>{0} needs a time zone.</source>
        <translation>{0} braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>{0} must lie between the years {1} and {2}.</source>
        <translation>{0} muss zwischen den Jahren {1} und {2} liegen.</translation>
    </message>
    <message>
        <source>{0} must be yes or no.</source>
        <translation>{0} muss Ja oder Nein sein.</translation>
    </message>
    <message>
        <source>Unknown setting {1}.</source>
        <translation>Unbekannte Einstellung {1}.</translation>
    </message>
    <message>
        <source>{2} is not a valid value for {1}.</source>
        <translation>{2} ist kein gültiger Wert für {1}.</translation>
    </message>
    <message>
        <source>Unknown reminder action {1}.</source>
        <translation>Unbekannte Aktion für eine Erinnerung: {1}.</translation>
    </message>
    <message>
        <source>Weekday {1} is not between 0 (Monday) and 6.</source>
        <translation>Wochentag {1} liegt nicht zwischen 0 (Montag) und 6.</translation>
    </message>
    <message>
        <source>{1} is not a time like {2}.</source>
        <translation>{1} ist keine gültige Uhrzeit (z. B. {2}).</translation>
    </message>
    <message>
        <source>A reminder can have at most {1} times a day.</source>
        <translation>Eine Erinnerung kann höchstens {1} Uhrzeiten am Tag haben.</translation>
    </message>
    <message>
        <source>You can have at most {1} daily reminders.</source>
        <translation>Du kannst höchstens {1} tägliche Erinnerungen haben.</translation>
    </message>
    <message>
        <source>Make a prediction: how likely is a no, from 0 to 100 %?</source>
        <translation>Mach eine Vorhersage: Wie wahrscheinlich ist ein Nein, von 0 bis 100 %?</translation>
    </message>
    <message>
        <source>How bad would a no feel, from 0 (not at all) to 100 (extremely)?</source>
        <translation>Wie schlimm würde sich ein Nein anfühlen, von 0 (gar nicht) bis 100 (extrem)?</translation>
    </message>
    <message>
        <source>How bad will it feel, from 0 (not at all) to 100 (extremely)?</source>
        <translation>Wie schlimm wird es sich anfühlen, von 0 (gar nicht) bis 100 (extrem)?</translation>
    </message>
    <message>
        <source>The time of the ask needs a time zone.</source>
        <translation>Der Zeitpunkt der Bitte braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation>Wähle aus, was passiert ist.</translation>
    </message>
    <message>
        <source>Choose a challenge for this attempt.</source>
        <translation>Wähle eine Übung für diesen Versuch.</translation>
    </message>
    <message>
        <source>An unplanned ask needs its before part.</source>
        <translation>Eine ungeplante Bitte braucht den Teil „Bevor du gefragt hast“.</translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation>Diesen Versuch gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This challenge no longer exists.</source>
        <translation>Diese Übung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>That belief no longer exists.</source>
        <translation>Diese Überzeugung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>One of these beliefs no longer exists.</source>
        <translation>Eine dieser Überzeugungen gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This reflection no longer exists.</source>
        <translation>Diesen Rückblick gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The attempt this reflects on no longer exists.</source>
        <translation>Den Versuch, auf den du zurückblickst, gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>This reminder no longer exists.</source>
        <translation>Diese Erinnerung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Choose at least one outcome this prompt is for.</source>
        <translation>Wähle mindestens ein Ergebnis, für das diese Frage gedacht ist.</translation>
    </message>
    <message>
        <source>This ask is not logged as not made.</source>
        <translation>Diese Bitte ist nicht als „Nicht gefragt“ eingetragen.</translation>
    </message>
    <message>
        <source>Rate how much you believe the old thought now, too.</source>
        <translation>Schätze auch ein, wie sehr du jetzt noch an den alten Gedanken glaubst.</translation>
    </message>
    <message>
        <source>Too many answers in one reflection.</source>
        <translation>Zu viele Antworten in einem Rückblick.</translation>
    </message>
    <message>
        <source>Write at least one answer or a note.</source>
        <translation>Schreib mindestens eine Antwort oder eine Notiz.</translation>
    </message>
    <message>
        <source>Choose what to vary from the list.</source>
        <translation>Wähle aus der Liste, was du abwandeln willst.</translation>
    </message>
    <message>
        <source>Re-rate a belief, choose what to vary or write a line about next week.</source>
        <translation>Schätze eine Überzeugung neu ein, wähle, was du abwandeln willst, oder schreib eine Zeile zur nächsten Woche.</translation>
    </message>
    <message>
        <source>This draft is too large to keep.</source>
        <translation>Dieser Entwurf ist zu groß, um ihn aufzubewahren.</translation>
    </message>
    <message>
        <source>Add at least one time for this reminder.</source>
        <translation>Füge mindestens eine Uhrzeit für diese Erinnerung hinzu.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Wähle mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>The end of a snooze needs a time zone.</source>
        <translation>Das Ende der Verschiebung braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>Snooze for 1 minute to 24 hours.</source>
        <translation>Du kannst um 1 Minute bis 24 Stunden verschieben.</translation>
    </message>
    <message>
        <source>The end of a pause needs a time zone.</source>
        <translation>Das Ende der Pause braucht eine Zeitzone.</translation>
    </message>
    <message>
        <source>The end of a pause must be in the future.</source>
        <translation>Das Ende der Pause muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Pause for 0 to 365 days.</source>
        <translation>Du kannst 0 bis 365 Tage pausieren.</translation>
    </message>
    <message>
        <source>Quiet hours must start and end at different times.</source>
        <translation>Beginn und Ende der Ruhezeit müssen verschieden sein.</translation>
    </message>
</context>
<context>
    <name>WeeklyReview</name>
    <message>
        <source>Next week I will vary:</source>
        <translation>Nächste Woche wandle ich ab:</translation>
    </message>
    <message>
        <source>My plan for next week</source>
        <translation>Mein Plan für nächste Woche</translation>
    </message>
    <message>
        <source>Every answer this week went the way you expected. What did you notice anyway?</source>
        <translation>Diese Woche kam jede Antwort so, wie du es erwartet hast. Was ist dir trotzdem aufgefallen?</translation>
    </message>
    <message>
        <source>Nothing was tested this week. What did you notice anyway?</source>
        <translation>Diese Woche wurde nichts getestet. Was ist dir trotzdem aufgefallen?</translation>
    </message>
    <message>
        <source>The surprise of the week: “{0}”. You put the chance of a no at {1} %. What does it tell you?</source>
        <translation>Die Überraschung der Woche: „{0}“. Du hast die Chance auf ein Nein auf {1} % geschätzt. Was sagt dir das?</translation>
    </message>
    <message>
        <source>Week of {0}: %n asks.</source>
        <translation>Woche vom {0}: %n Bitten.</translation>
    </message>
    <message>
        <source>%n honest “did not ask”.</source>
        <translation>%n-mal ehrlich „nicht gefragt“.</translation>
    </message>
    <message>
        <source>On average you expected a no {0} % of the time; {1} % of the tested asks got one.</source>
        <translation>Im Schnitt hast du in {0} % der Fälle ein Nein erwartet; {1} % der getesteten Bitten bekamen eins.</translation>
    </message>
    <message>
        <source>(you predicted {0} % no)</source>
        <translation>(du hast {0} % Nein vorhergesagt)</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewDialog</name>
    <message>
        <source>Who I ask</source>
        <translation>Wen ich frage</translation>
    </message>
    <message>
        <source>Where I ask</source>
        <translation>Wo ich frage</translation>
    </message>
    <message>
        <source>When I ask</source>
        <translation>Wann ich frage</translation>
    </message>
    <message>
        <source>The rung (a harder or easier ask)</source>
        <translation>Die Sprosse (eine schwierigere oder leichtere Bitte)</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wen</translation>
    </message>
    <message>
        <source>where</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>when</source>
        <translation>wann</translation>
    </message>
    <message>
        <source>the rung</source>
        <translation>die Sprosse</translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>{0}/100 (before: {1}/100)</source>
        <translation>{0}/100 (vorher: {1}/100)</translation>
    </message>
    <message>
        <source>{0}/100</source>
        <translation>{0}/100</translation>
    </message>
    <message>
        <source>How much you believed each thought</source>
        <translation>Wie sehr du an jeden Gedanken geglaubt hast</translation>
    </message>
    <message>
        <source>Next week I will vary:</source>
        <translation>Nächste Woche wandle ich ab:</translation>
    </message>
    <message>
        <source>My plan for next week</source>
        <translation>Mein Plan für nächste Woche</translation>
    </message>
    <message>
        <source>Your weekly review</source>
        <translation>Dein Wochenrückblick</translation>
    </message>
    <message>
        <source>The week of {0}. Look at what happened, not at how brave you were.</source>
        <translation>Die Woche vom {0}. Schau darauf, was passiert ist, nicht darauf, wie mutig du warst.</translation>
    </message>
    <message>
        <source>The week&apos;s asks</source>
        <translation>Die Bitten der Woche</translation>
    </message>
    <message numerus="yes">
        <source>%n asks</source>
        <translation>
            <numerusform>%n Bitte</numerusform>
            <numerusform>%n Bitten</numerusform>
        </translation>
    </message>
    <message>
        <source>No asks logged this week.</source>
        <translation>Diese Woche keine Bitten eingetragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n honest “did not ask” (that counts as practice too).</source>
        <translation>
            <numerusform>%n ehrliches „Nicht gefragt“ (auch das zählt als Übung).</numerusform>
            <numerusform>%n ehrliche „Nicht gefragt“ (auch das zählt als Übung).</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted against actual: you expected a no {0} % of the time on average; {1} % of the asks you had forecast got one.</source>
        <translation>Vorhersage und Wirklichkeit: Im Schnitt hast du in {0} % der Fälle ein Nein erwartet; {1} % der Bitten mit Vorhersage bekamen eins.</translation>
    </message>
    <message>
        <source>No forecast was tested this week: predictions written after the outcome, and asks still waiting for a reply, are left out.</source>
        <translation>Diese Woche wurde keine Vorhersage getestet: Vorhersagen, die erst nach dem Ergebnis geschrieben wurden, und Bitten, die noch auf eine Antwort warten, zählen nicht mit.</translation>
    </message>
    <message>
        <source>you predicted {0} % no</source>
        <translation>du hast {0} % Nein vorhergesagt</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weitere</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The surprise of the week</source>
        <translation>Die Überraschung der Woche</translation>
    </message>
    <message>
        <source>What the surprise tells you</source>
        <translation>Was dir die Überraschung sagt</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Freiwillig</translation>
    </message>
    <message>
        <source>The thoughts behind the fear</source>
        <translation>Die Gedanken hinter der Angst</translation>
    </message>
    <message>
        <source>No beliefs yet. When you plan an ask you can write what a no would mean about you; each belief then comes back here to re-rate.</source>
        <translation>Noch keine Überzeugungen. Wenn du eine Bitte planst, kannst du aufschreiben, was ein Nein über dich aussagen würde; jede dieser Überzeugungen kommt dann hierher zurück, damit du sie neu einschätzt.</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Learning lasts longer when the asks vary. What will you change next week?</source>
        <translation>Du lernst nachhaltiger, wenn deine Bitten abwechseln. Was willst du nächste Woche ändern?</translation>
    </message>
    <message>
        <source>My &amp;plan for next week</source>
        <translation>Mein &amp;Plan für nächste Woche</translation>
    </message>
    <message>
        <source>e.g. &quot;Ask in a shop I have never been to, on a weekday morning&quot;</source>
        <translation>z. B. „In einem Laden fragen, in dem ich noch nie war, an einem Werktagmorgen“</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>Rückblick speichern</translation>
    </message>
</context>
<context>
    <name>WhatStoppedDialog</name>
    <message>
        <source>Logged as not asked</source>
        <translation>Als „nicht gefragt“ eingetragen</translation>
    </message>
    <message>
        <source>Logged: you didn&apos;t ask ({0}). That happens, and noticing it is part of the practice.</source>
        <translation>Eingetragen: Du hast nicht gefragt ({0}). Das kommt vor, und es zu bemerken gehört zum Üben dazu.</translation>
    </message>
    <message>
        <source>Logged: you didn&apos;t ask. That happens, and noticing it is part of the practice.</source>
        <translation>Eingetragen: Du hast nicht gefragt. Das kommt vor, und es zu bemerken gehört zum Üben dazu.</translation>
    </message>
    <message>
        <source>What &amp;stopped you? (optional)</source>
        <translation>Was hat dich a&amp;bgehalten? (freiwillig)</translation>
    </message>
    <message>
        <source>No blame, just notice it</source>
        <translation>Keine Vorwürfe, nimm es nur wahr</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Was mich abgehalten hat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Von dir gesichert</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Vor einer Aktualisierung</translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Everyday asks</source>
        <translation>Bitten im Alltag</translation>
    </message>
    <message>
        <source>Shops and service</source>
        <translation>Läden und Service</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Unter Leuten</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Friends and family</source>
        <translation>Freundeskreis und Familie</translation>
    </message>
    <message>
        <source>Public dares</source>
        <translation>Öffentliche Mutproben</translation>
    </message>
    <message>
        <source>Online and by message</source>
        <translation>Online und per Nachricht</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Anxiety before and after your asks over time</source>
        <translation>Angst vor und nach deinen Bitten im Lauf der Zeit</translation>
    </message>
    <message>
        <source>Anxiety (0-100)</source>
        <translation>Angst (0-100)</translation>
    </message>
    <message>
        <source>Before the ask</source>
        <translation>Vor der Bitte</translation>
    </message>
    <message>
        <source>After the ask</source>
        <translation>Nach der Bitte</translation>
    </message>
    <message>
        <source>How bad you expected a no to feel against how it felt</source>
        <translation>Wie schlimm du ein Nein erwartet hast, verglichen damit, wie es sich angefühlt hat</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Gefühlt</translation>
    </message>
    <message>
        <source>Expected to feel this bad</source>
        <translation>So schlimm erwartet</translation>
    </message>
    <message>
        <source>Badness (0-100)</source>
        <translation>Wie schlimm (0-100)</translation>
    </message>
    <message>
        <source>Expected {0}, felt {1} on average ({2} asks)</source>
        <translation>Erwartet {0}, gefühlt {1} im Schnitt ({2} Bitten)</translation>
    </message>
    <message>
        <source>Predicted chance of a no against how often it came</source>
        <translation>Vorhergesagte Wahrscheinlichkeit eines Neins, verglichen damit, wie oft es kam</translation>
    </message>
    <message>
        <source>Better than feared</source>
        <translation>Besser als befürchtet</translation>
    </message>
    <message>
        <source>Exactly right</source>
        <translation>Genau getroffen</translation>
    </message>
    <message>
        <source>Real no</source>
        <translation>Echtes Nein</translation>
    </message>
    <message>
        <source>Asks per prediction</source>
        <translation>Bitten pro Vorhersage</translation>
    </message>
    <message>
        <source>You predicted a no (%)</source>
        <translation>Vorhergesagtes Nein (%)</translation>
    </message>
    <message>
        <source>The no came (%)</source>
        <translation>Das Nein kam (%)</translation>
    </message>
    <message>
        <source>Predicted {0}-{1} %: the no came {2} % of the time ({3} asks)</source>
        <translation>Vorhergesagt {0}-{1} %: Das Nein kam in {2} % der Fälle ({3} Bitten)</translation>
    </message>
    <message>
        <source>How far up the ladder you climbed in each category</source>
        <translation>Wie weit du in jeder Kategorie die Leiter hinaufgeklettert bist</translation>
    </message>
    <message>
        <source>Hardest rung done</source>
        <translation>Schwierigste geschaffte Sprosse</translation>
    </message>
    <message>
        <source>Hardest rung tried</source>
        <translation>Schwierigste versuchte Sprosse</translation>
    </message>
    <message>
        <source>Distress of the rung</source>
        <translation>Anspannung der Sprosse</translation>
    </message>
    <message>
        <source>{0}: {1} asks on {2} challenges, {3} rungs done</source>
        <translation>{0}: {1} Bitten bei {2} Übungen, {3} Sprossen geschafft</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation>MMM yy</translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation>Q{0} {1}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Dares done</source>
        <translation>Geschaffte Mutproben</translation>
    </message>
    <message>
        <source>Asks over time, by outcome</source>
        <translation>Bitten im Lauf der Zeit, nach Ergebnis</translation>
    </message>
    <message>
        <source>{0}: {1} {2} of {3} asks</source>
        <translation>{0}: {1} {2} von {3} Bitten</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong and Rejection Desktop could not finish what it was doing. Everything you saved is safe.

Details were written to the log file.

{0}</source>
        <translation>Etwas ist schiefgegangen, und Rejection Desktop konnte nicht zu Ende bringen, was es gerade getan hat. Alles, was du gespeichert hast, ist sicher.

Einzelheiten stehen in der Logdatei.

{0}</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>{0} texts held bytes that are not valid UTF-8; they were written with {1} in their place.</source>
        <translation>{0} Texte enthielten Bytes, die kein gültiges UTF-8 sind; sie wurden mit {1} an ihrer Stelle geschrieben.</translation>
    </message>
    <message>
        <source>This export is larger than the usual import limit ({0} MB); import it with the command line option --max-size-mb.</source>
        <translation>Dieser Export ist größer als die übliche Grenze für einen Import ({0} MB); importiere ihn mit der Kommandozeilenoption --max-size-mb.</translation>
    </message>
    <message>
        <source>- {0}: {1}</source>
        <translation>- {0}: {1}</translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation>Wo / bei wem</translation>
    </message>
    <message>
        <source>chance of a no {0} %</source>
        <translation>Chance auf ein Nein {0} %</translation>
    </message>
    <message>
        <source>expected to feel {0}/100</source>
        <translation>erwartet, dass es sich wie {0}/100 anfühlt</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Vorhersage</translation>
    </message>
    <message>
        <source>How bad it really felt</source>
        <translation>Wie schlimm es wirklich war</translation>
    </message>
    <message>
        <source>{0}/100</source>
        <translation>{0}/100</translation>
    </message>
    <message>
        <source>Anxiety before → after</source>
        <translation>Angst vorher → nachher</translation>
    </message>
    <message>
        <source>Safety behaviour dropped</source>
        <translation>Weggelassenes Sicherheitsverhalten</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation>Was mich abgehalten hat</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Nothing in the journal yet.</source>
        <translation>Noch nichts im Tagebuch.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>Reflection on {0}</source>
        <translation>Rückblick auf {0}</translation>
    </message>
    <message>
        <source>Rejection Desktop journal</source>
        <translation>Rejection-Desktop-Tagebuch</translation>
    </message>
    <message>
        <source>Exported {0} ({1}).</source>
        <translation>Exportiert am {0} ({1}).</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Partial / counter-offer</source>
        <translation>Teilweise / Gegenangebot</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Did not ask</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>You put the chance of a no at {0} %.</source>
        <translation>Du hast die Wahrscheinlichkeit eines Neins auf {0} % geschätzt.</translation>
    </message>
    <message>
        <source>You expect a no to feel {0}/100.</source>
        <translation>Du erwartest, dass sich ein Nein wie {0}/100 anfühlt.</translation>
    </message>
    <message>
        <source>No prediction yet.</source>
        <translation>Noch keine Vorhersage.</translation>
    </message>
    <message>
        <source>and the no came</source>
        <translation>und das Nein kam</translation>
    </message>
    <message>
        <source>and you got a yes</source>
        <translation>und du hast ein Ja bekommen</translation>
    </message>
    <message>
        <source>and you got part of what you asked for</source>
        <translation>und du hast einen Teil von dem bekommen, worum du gebeten hast</translation>
    </message>
    <message>
        <source>and there is no answer yet</source>
        <translation>und es gibt noch keine Antwort</translation>
    </message>
    <message>
        <source>and this time you held back</source>
        <translation>und diesmal hast du dich zurückgehalten</translation>
    </message>
    <message>
        <source>You put the chance of a no at {0} %, {1}.</source>
        <translation>Du hast die Wahrscheinlichkeit eines Neins auf {0} % geschätzt, {1}.</translation>
    </message>
    <message>
        <source>It felt {0}/100 instead of the {1}/100 you expected.</source>
        <translation>Es fühlte sich wie {0}/100 an statt der erwarteten {1}/100.</translation>
    </message>
    <message>
        <source>It felt {0}/100, more than the {1}/100 you expected.</source>
        <translation>Es fühlte sich wie {0}/100 an, mehr als die erwarteten {1}/100.</translation>
    </message>
    <message>
        <source>It felt {0}/100, just as you expected.</source>
        <translation>Es fühlte sich wie {0}/100 an, genau wie erwartet.</translation>
    </message>
    <message>
        <source>It felt {0}/100.</source>
        <translation>Es fühlte sich wie {0}/100 an.</translation>
    </message>
    <message>
        <source>Anxiety went from {0} to {1}.</source>
        <translation>Die Angst lag vorher bei {0}, danach bei {1}.</translation>
    </message>
    <message>
        <source>(You wrote this prediction after the ask, so it is kept as a note but not counted as a test.)</source>
        <translation>(Du hast diese Vorhersage nach der Bitte aufgeschrieben, deshalb wird sie als Notiz aufbewahrt, aber nicht als geprüfte Vorhersage gezählt.)</translation>
    </message>
    <message>
        <source>You did not write a prediction for this ask.</source>
        <translation>Für diese Bitte hast du keine Vorhersage aufgeschrieben.</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}. {3}</source>
        <translation>{0}: {1}, {2}. {3}</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>only when you put the chance of a no at 50 % or more</source>
        <translation>nur wenn du die Wahrscheinlichkeit eines Neins auf 50 % oder mehr geschätzt hast</translation>
    </message>
    <message>
        <source>not after asks of people close to you</source>
        <translation>nicht nach Bitten an Menschen, die dir nahestehen</translation>
    </message>
    <message>
        <source>only after asks of people close to you</source>
        <translation>nur nach Bitten an Menschen, die dir nahestehen</translation>
    </message>
    <message>
        <source>only when your plan named a safety behaviour</source>
        <translation>nur wenn dein Plan ein Sicherheitsverhalten genannt hat</translation>
    </message>
    <message>
        <source>first, after asks of people close to you or when an ask hurt (70 or more)</source>
        <translation>zuerst, nach Bitten an Menschen, die dir nahestehen, oder wenn eine Bitte wehgetan hat (70 oder mehr)</translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>a planned ask</source>
        <translation>eine geplante Bitte</translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation>{0} um {1}</translation>
    </message>
    <message>
        <source>Time for today&apos;s ask</source>
        <translation>Zeit für deine heutige Bitte</translation>
    </message>
    <message>
        <source>; and 1 more</source>
        <translation>; und 1 weitere</translation>
    </message>
    <message>
        <source>; and %n more</source>
        <translation>; und %n weitere</translation>
    </message>
    <message>
        <source>Planned today: {0}.</source>
        <translation>Heute geplant: {0}.</translation>
    </message>
    <message>
        <source>%n asks planned today: {0}.</source>
        <translation>%n Bitten heute geplant: {0}.</translation>
    </message>
    <message>
        <source>Today&apos;s challenge: {0}</source>
        <translation>Übung für heute: {0}</translation>
    </message>
    <message>
        <source>One small ask today. Open Rejection Desktop to pick it.</source>
        <translation>Eine kleine Bitte heute. Öffne Rejection Desktop, um sie auszuwählen.</translation>
    </message>
    <message>
        <source>Time for your weekly review</source>
        <translation>Zeit für deinen Wochenrückblick</translation>
    </message>
    <message>
        <source>Look back at this week&apos;s asks and choose what to vary next.</source>
        <translation>Blick auf die Bitten dieser Woche zurück und entscheide, was du als Nächstes abwandelst.</translation>
    </message>
    <message>
        <source>Your planned ask</source>
        <translation>Deine geplante Bitte</translation>
    </message>
    <message>
        <source>Your ask is coming up</source>
        <translation>Deine Bitte steht bald an</translation>
    </message>
    <message>
        <source>Open Rejection Desktop to see your plan.</source>
        <translation>Öffne Rejection Desktop, um deinen Plan zu sehen.</translation>
    </message>
    <message>
        <source>Time for your planned ask</source>
        <translation>Zeit für deine geplante Bitte</translation>
    </message>
    <message>
        <source>Your ask</source>
        <translation>Deine Bitte</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>{0}: log it while it&apos;s fresh.</source>
        <translation>{0}: Trag es ein, solange es frisch ist.</translation>
    </message>
    <message>
        <source>Open Rejection Desktop to see it.</source>
        <translation>Öffne Rejection Desktop, um es zu sehen.</translation>
    </message>
    <message>
        <source>Log your ask while it&apos;s fresh.</source>
        <translation>Trag deine Bitte ein, solange sie frisch ist.</translation>
    </message>
    <message>
        <source>1 planned ask</source>
        <translation>1 geplante Bitte</translation>
    </message>
    <message>
        <source>%n planned asks</source>
        <translation>%n geplante Bitten</translation>
    </message>
    <message>
        <source>1 ask to log</source>
        <translation>1 Bitte zum Eintragen</translation>
    </message>
    <message>
        <source>%n asks to log</source>
        <translation>%n Bitten zum Eintragen</translation>
    </message>
    <message>
        <source>your weekly review</source>
        <translation>dein Wochenrückblick</translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation>Während du weg warst</translation>
    </message>
    <message>
        <source>%n reminders</source>
        <translation>%n Erinnerungen</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Ask only for what you would gladly accept if the answer were yes.</source>
        <translation>Bitte nur um etwas, das du gern annehmen würdest, wenn die Antwort Ja wäre.</translation>
    </message>
    <message>
        <source>Be kind. You are the one taking the risk, not the other person.</source>
        <translation>Sei freundlich. Das Risiko gehst du ein, nicht die andere Person.</translation>
    </message>
    <message>
        <source>Respect the no. Thank them, and let it be their answer.</source>
        <translation>Respektiere das Nein. Bedank dich und lass der anderen Person ihre Antwort.</translation>
    </message>
    <message>
        <source>Nothing unsafe, unlawful, sexual, deceptive or costly to someone else.</source>
        <translation>Nichts Gefährliches, Rechtswidriges, Sexuelles oder Täuschendes und nichts, was jemand anderen etwas kostet.</translation>
    </message>
    <message>
        <source>Never touch anyone without a clear yes.</source>
        <translation>Berühre niemanden ohne ein klares Ja.</translation>
    </message>
    <message>
        <source>Adults only: never make these asks of children.</source>
        <translation>Nur unter Erwachsenen: Richte diese Bitten nie an Kinder.</translation>
    </message>
    <message>
        <source>Never film, photograph or post about people without their consent.</source>
        <translation>Filme und fotografiere niemanden ohne Einverständnis, und poste nichts über andere, ohne dass sie zugestimmt haben.</translation>
    </message>
    <message>
        <source>With people at work, follow up at most once, then let it go.</source>
        <translation>Frag bei Menschen von der Arbeit höchstens einmal nach, dann lass es gut sein.</translation>
    </message>
    <message>
        <source>The personal track holds asks of friends, family, a partner and colleagues. Those noes can hurt more, so Today suggests them only if you switch this on. Skip any ask about someone who hurt you, someone you are estranged from or someone who asked you not to contact them.</source>
        <translation>Der persönliche Bereich enthält Bitten an Freundeskreis, Familie, Partner oder Partnerin und Menschen von der Arbeit. Ein Nein von ihnen kann mehr wehtun, deshalb schlägt „Heute“ sie nur vor, wenn du das einschaltest. Lass jede Bitte aus, bei der es um jemanden geht, der dich verletzt hat, mit dem es zum Bruch gekommen ist oder der dich gebeten hat, keinen Kontakt aufzunehmen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rejection therapy&lt;/b&gt; means asking people for things you expect to be refused, on purpose, a little at a time, so that a &amp;ldquo;no&amp;rdquo; stops ruling your choices.&lt;/p&gt;&lt;p&gt;Rejection Desktop helps you do that like a small experiment: before an ask you write down how likely you think a no is and how bad it would feel; afterwards you log what really happened. Over time your own notes show how often your fears were right.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This is self-help, not therapy.&lt;/b&gt; It does not diagnose or treat anything. The rejections that hurt most often come from friends, family and colleagues, not strangers; the app has a personal track for those asks, with aftercare prompts, and it is fine to go slowly there or to do it with a professional&apos;s support.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bei der &lt;b&gt;Rejection Therapy&lt;/b&gt; (etwa: Üben mit Ablehnung) bittest du Menschen absichtlich und in kleinen Schritten um Dinge, bei denen du ein Nein erwartest, damit ein &amp;bdquo;Nein&amp;ldquo; nicht länger deine Entscheidungen bestimmt.&lt;/p&gt;&lt;p&gt;Rejection Desktop hilft dir, das wie ein kleines Experiment anzugehen: Vor einer Bitte schreibst du auf, wie wahrscheinlich du ein Nein findest und wie schlimm es sich anfühlen würde; hinterher trägst du ein, was wirklich passiert ist. Mit der Zeit zeigen deine eigenen Notizen, wie oft deine Befürchtungen gestimmt haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Das ist Selbsthilfe, keine Therapie.&lt;/b&gt; Die App stellt keine Diagnosen und behandelt nichts. Die Ablehnungen, die am meisten wehtun, kommen oft von Freunden, Familie und Menschen von der Arbeit, nicht von Fremden. Für diese Bitten hat die App einen persönlichen Bereich mit Fragen zur Nachsorge, und es ist völlig in Ordnung, dort langsam vorzugehen oder es mit Unterstützung einer Fachperson zu tun.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Who this app is not for</source>
        <translation>Für wen diese App nicht gedacht ist</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejection Desktop is for adults (18 and over) who want to feel a little braver about asking for things. It is not a treatment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Please see a doctor or a mental health professional first&lt;/b&gt; if fear of people stops you working, studying or seeing friends; if you avoid most social situations; or if your mood has been low for weeks, you have lost interest in things you used to enjoy or you think about harming yourself.&lt;/p&gt;&lt;p&gt;For social anxiety, cognitive behavioural therapy (CBT) with a trained therapist is the route with the best evidence. This app borrows some of its ideas, but it cannot replace it. You can use the app alongside therapy, if your therapist agrees.&lt;/p&gt;&lt;p&gt;If you are in crisis right now, the crisis resources in the Help menu list people you can call today.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rejection Desktop ist für Erwachsene (ab 18), die sich ein bisschen mutiger fühlen möchten, wenn sie um etwas bitten. Es ist keine Behandlung.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bitte wende dich zuerst an eine Ärztin oder einen Arzt oder an eine Fachperson für psychische Gesundheit&lt;/b&gt;, wenn die Angst vor Menschen dich davon abhält, zu arbeiten, zu lernen oder Freunde zu treffen; wenn du die meisten sozialen Situationen meidest; oder wenn deine Stimmung seit Wochen gedrückt ist, du die Freude an Dingen verloren hast, die dir früher gefallen haben, oder du daran denkst, dir etwas anzutun.&lt;/p&gt;&lt;p&gt;Bei sozialer Angst ist eine kognitive Verhaltenstherapie (KVT) bei einer ausgebildeten Therapeutin oder einem ausgebildeten Therapeuten der Weg, dessen Wirksamkeit am besten belegt ist. Diese App übernimmt einige ihrer Ideen, kann sie aber nicht ersetzen. Du kannst die App begleitend zu einer Therapie nutzen, wenn deine Therapeutin oder dein Therapeut einverstanden ist.&lt;/p&gt;&lt;p&gt;Wenn du gerade in einer Krise bist: Unter „Krisenhilfe“ im Menü „Hilfe“ findest du Menschen, die du noch heute anrufen kannst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Immediate danger</source>
        <translation>Akute Gefahr</translation>
    </message>
    <message>
        <source>Call your local emergency number: 112 (EU and many countries), 911 (US, Canada, Mexico), 999 (UK), 000 (Australia), 111 (New Zealand).</source>
        <translation>Ruf die Notrufnummer an, die dort gilt, wo du bist: 112 (EU und viele andere Länder), 911 (USA, Kanada, Mexiko), 999 (Vereinigtes Königreich), 000 (Australien), 111 (Neuseeland).</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline: call or text 988.</source>
        <translation>988 Suicide &amp; Crisis Lifeline: Anruf oder SMS an 988.</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>988 Suicide Crisis Helpline: call or text 988.</source>
        <translation>988 Suicide Crisis Helpline: Anruf oder SMS an 988.</translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation>Vereinigtes Königreich und Irland</translation>
    </message>
    <message>
        <source>Samaritans: 116 123 (free, 24 hours).</source>
        <translation>Samaritans: 116 123 (kostenlos, rund um die Uhr).</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Lifeline: 13 11 14.</source>
        <translation>Lifeline: 13 11 14.</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>Need to talk? Call or text 1737.</source>
        <translation>„Need to talk?“: Anruf oder SMS an 1737.</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222 (free, 24 hours).</source>
        <translation>TelefonSeelsorge: 0800 111 0 111 oder 0800 111 0 222 (kostenlos, rund um die Uhr).</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>TelefonSeelsorge: 142 (free, 24 hours).</source>
        <translation>TelefonSeelsorge: 142 (kostenlos, rund um die Uhr).</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Die Dargebotene Hand / La Main Tendue: 143 (24 hours).</source>
        <translation>Die Dargebotene Hand / La Main Tendue: 143 (rund um die Uhr).</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>024: suicide prevention line (free, 24 hours); emergencies 112.</source>
        <translation>024: Krisentelefon zur Suizidprävention (kostenlos, rund um die Uhr); Notruf 112.</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>Línea de la Vida: 800 911 2000 (free, 24 hours); emergencies 911.</source>
        <translation>Línea de la Vida: 800 911 2000 (kostenlos, rund um die Uhr); Notruf 911.</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>3114 (national suicide prevention line).</source>
        <translation>3114 (landesweites Krisentelefon zur Suizidprävention).</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
    <message>
        <source>Tele-MANAS: 14416.</source>
        <translation>Tele-MANAS: 14416.</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Andere Länder</translation>
    </message>
    <message>
        <source>Find a helpline near you at findahelpline.com, or ask your doctor.</source>
        <translation>Ein Krisentelefon in deiner Nähe findest du auf findahelpline.com, oder frag deine Ärztin oder deinen Arzt.</translation>
    </message>
    <message>
        <source>If you are thinking about harming yourself, or feel you cannot cope, please reach out now. You deserve support from a person.</source>
        <translation>Wenn du daran denkst, dir etwas anzutun, oder das Gefühl hast, es nicht mehr zu schaffen, melde dich bitte jetzt bei jemandem. Du verdienst Unterstützung von einem Menschen.</translation>
    </message>
    <message>
        <source>Numbers last checked on {0}. Numbers change; if one does not work, search for a crisis line in your country.</source>
        <translation>Nummern zuletzt geprüft am {0}. Nummern ändern sich; wenn eine nicht funktioniert, such nach einem Krisentelefon in deinem Land.</translation>
    </message>
</context>
</TS>
