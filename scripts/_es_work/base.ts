<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Before you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to find a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for a day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned day and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, or with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the bakery on the corner, my manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wh&amp;ere / with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surely a yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>surely a no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a &amp;no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad a no would feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;bad would a no feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extremely anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anxiety right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anxiety before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one or type your own (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you usually do to feel safer that you will leave out this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety behaviour to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;bad will it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it will feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a no would mean about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;They&apos;ll think I&apos;m needy&quot; or &quot;I couldn&apos;t bear it&quot; (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence about what you fear a no would say about you. Pick one you wrote before, or write a new one. You can leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would a no &amp;mean about you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you believe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you bel&amp;ieve it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the no comes, I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. breathe out slowly, say thanks, then text a friend (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the no comes, I wi&amp;ll …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I did part of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I didn&apos;t do it this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety af&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad did it &amp;feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I stayed and asked why (or offered another way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed and asked why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, in one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blame, just notice it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;stopped me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else worth remembering (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save without reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a challenge for this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what happened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttemptFlow</name>
    <message>
        <source>Plan saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {0}, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That could not be undone: the entry has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupService</name>
    <message>
        <source>The automatic backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {0} is not available, so this backup was saved in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second backup folder {0} is not available (an unplugged disk?). Backups still go to {1}; they will be copied there again once it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups cannot be saved in {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder outside the journal&apos;s own folder {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal ({0}) is stored where it can be damaged: {1}. Sync and network folders can copy the database while it is being written. Keep the journal on this computer (start the app with --data-dir) and choose the synced folder for backups instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeliefsChart</name>
    <message>
        <source>When you plan an ask, you can write what a no would mean about you and how much you believe it. Each belief then shows here with every re-rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rated {0}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}/100 at first, {1}/100 most recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}”: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested by 1 ask: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested by {1} asks, most recently: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your fairer version: “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strongly you believed each thought over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belief (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarHeatmap</name>
    <message>
        <source>Fewer asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar of asks per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asks on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ask on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asks on {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeDialog</name>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stranger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An acquaintance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ask the café for a taste of a new drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What exactly will you ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a hint for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected distress slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;scary (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 = no worry at all, 100 = the most frightening ask you can imagine. Rate it as it feels to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ask follows the ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the ground rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengeTableModel</name>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours, archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ladder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ladder is empty, for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every challenge you plan, log, re-rate or write yourself becomes a rung here, easiest first. Pick one in the Library to start climbing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as: {0}. Edit it to make it your variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored: {0}. It can come up as a suggestion again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: {0}. It no longer comes up as a suggestion; its asks stay in the Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rungs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate each ask by how scary it feels to you, then climb from the easy end. A rung counts as done after two asks with a prediction written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a challenge to see what to do, or add your own with New challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart {0} as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart, with its caption, as an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentSecret</name>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSettingsSection</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a JSON export. You can add what is new to this journal, or replace the whole journal with the file (your current journal is backed up first). A file larger than {0} MB is imported only after you confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from a JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is made automatically at most every 30 minutes while you make changes, and when you quit. Older automatic backups are thinned out: the newest 6, then one a day for 12 days, one a week for 10 weeks and one a month for 9 months. Backups you make yourself are never deleted by the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the journal&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the default backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first one is made automatically soon after you change something, or now with Back up now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts as a spreadsheet (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is {0} MB, larger than an export usually is (up to {1} MB).

If it is an export of a very large journal, it can be imported: checking it takes longer and needs about {2} MB of memory for a while. Nothing is changed until the whole file has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is yours. The JSON export holds everything and can be imported again, here or on another computer. CSV opens in spreadsheet programs; Markdown is a readable journal of your asks and reflections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change f&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another disk or a synced folder: every backup is copied there too (backup files only, never the live journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop copying backups to a second folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore se&amp;lected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also copied to: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second folder: every backup is on this computer&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds {0} challenges, {1} attempts and {2} reflections.

Adding what is new would: {3}.

Or replace your whole journal with the file.

Either way, your current journal is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what is new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unexpected error ({0}); the details are in the log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your whole journal with this file?

Your current journal is backed up first; you can bring it back from the list of backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from {0}?

Your journal goes back to how it was then. Your current journal is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup from {0}. The journal as it was before is saved as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups go to {0} from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup is also copied to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are no longer copied to a second folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataTransferService</name>
    <message>
        <source>the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written, but this version could not import it again ({0}). Please report this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be completed, so nothing was changed ({0}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>{0}, date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistressBands</name>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftOfferDialog</name>
    <message>
        <source>Unsaved writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were writing something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection Desktop closed before these were saved. Each was kept as you typed it, at most a second or two behind your last key (the time it was kept is shown): open one to finish it, or discard what you no longer need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}
kept {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the drafts for later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnableEncryptionDialog</name>
    <message>
        <source>Encrypt your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal, its backups and unsaved drafts will be encrypted with a passphrase. You will type it each time the app starts or after it locks. Exports stay plain files: they are your own copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase, this code is the only way to open your journal and its backups. Nobody, not even the makers of this app, can open it without one of the two. Keep the code somewhere safe that is not this computer: printed, or in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I saved my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere safe, then clear the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection Desktop recovery code

{0}

It opens your encrypted journal and its backups if you forget your passphrase.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save it: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection Desktop recovery code

{0}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal was not encrypted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>{0}  ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored what you typed last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not keep a draft; please save soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept at {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have typed something that is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it as a draft to finish later, or discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices in this form are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them as a draft to finish later, or discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Your data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account, no network, no telemetry. Licensed under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this app is not for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up your journal first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: stop and change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the file in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost done: this last part cannot be stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>Please wait: {0} is still running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalDetail</name>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an entry on the left to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete (you can undo it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflec&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did they &amp;answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit reflec&amp;tion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety behaviour to drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chance of a no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad (expected → felt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety (before → after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stayed and asked why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflection without an ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is empty, for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ask you log and every reflection you write will be kept here, newest first. Pick a challenge on the Today page, or write down what is on your mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try another word, fewer words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reflections and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflections without an ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ask and its reflections were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reflection was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be put back: the journal has changed since it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LadderDelegate</name>
    <message>
        <source>Not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned, not tried yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection
Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-help, not therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, {1} missed reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your settings could not be read, so their defaults are used for now. You can set them again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {0} characters; four or more unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: weak. Add more words or characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: fair. A few more words would make it strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least {0} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NudgeRow</name>
    <message>
        <source>Reminder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily reminder %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for reminder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reminder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a time to reminder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingWizard</name>
    <message>
        <source>Welcome to Rejection Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &quot;no&quot; smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ask, every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Start small. The aim is not to collect refusals but to test your predictions: before each ask you will guess how likely a no is and how bad it would feel, and afterwards you will see how it really went.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first rungs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How scary would each ask feel to you? 0 = not at all, 100 = terrifying. This orders your ladder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should the app remind you to make today&apos;s ask?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: hold the nudge from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What quiet hours hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Quiet hours hold only daily nudges: a reminder for an ask you gave a time arrives at that time. You can change all this, or add more reminders, in Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is backed up on its own, on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;If this disk fails, its backups go with it. You can have every backup copied to a second folder too: another disk, a USB stick or a synced folder. Only backup files go there, never the journal itself. You can do this later in Settings.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second backup folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every backup is also copied to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steady beats heroic. Choose what fits your life; you can change it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ask a day, with a rest day each week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few asks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> asks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Streaks spur some people on and make others feel bad. Missing a day is normal, and an honest “I did not ask” with a few words about why counts as practice too.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also suggest asks of people close to me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal is not rewritten: only the key file changes. Your recovery code stays the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal and its backups will be stored as plain files again: anyone who can read this computer&apos;s disk or your backup folder can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This did not work: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySection</name>
    <message>
        <source>Encryption status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app also locks when your session locks. Reminders keep coming while it is locked, without titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal, its backups and drafts are encrypted with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal is stored as a plain file: anyone who can read this computer&apos;s disk or your backup folder can read it. Encryption keeps it, its backups and drafts unreadable without your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramCard</name>
    <message>
        <source>100 days of rejection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the 100 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the day&apos;s ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the look back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jia Jiang&apos;s challenge: one ask a day that could be refused, for a hundred days, from warm-ups to bold asks. Rest days and an honest &quot;did not ask&quot; keep it going; you can pause it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {0} days done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Asks made while paused do not count; resume when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0} done. The next day starts with your next ask; rest days cost nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s ask, chosen for day {0}: any ask counts, and so does an honest note about why not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · expected distress {1}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back at day {0}: {1} asks so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You predicted a {0}% chance of a no; {1}% were a no ({2} answered asks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected it to feel {0}/100 bad; it felt {1}/100 ({2} felt better than expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions were tested yet: predict before each ask to see them here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressCaptions</name>
    <message>
        <source>{0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You made {0} {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of them tested a prediction you wrote down beforehand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of them tested a prediction you wrote down beforehand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page counts what you did and what you found out, not how afraid you felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your next ask, note how likely you think a no is. This page will then compare your forecasts with what really happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected a no {0} of the time; it came {1} of the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions tested in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions disproved: {0} of {1} went better than feared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} {1}: {2} yes, {3} partly, {4} no, {5} with no reply yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You also did 1 dare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You also did {0} dares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting a partial yes as half, {0} of your answered asks got a yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked on {0} of {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar shows the last 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your goal of {0} asks a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have met {0} {1} in a row (longest: {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your longest run meeting {0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions to compare yet: before an ask, rate how likely a no is (0-100 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots in the shaded part, under the dashed line of a perfect forecast, are predictions that were gloomier than what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no came more often than you predicted: each of those asks took courage, and knowing it makes the next forecast truer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your forecasts are close to what happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate how bad a no would feel before an ask and how it felt afterwards, and this chart will compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expected a no to feel {0} out of 100; it felt {1}. {2} of {3} hurt less than you expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate your anxiety before and after an ask to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your anxiety averaged {0} before an ask and {1} afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going in, it was {0} in your earlier asks and {1} in recent ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much fear drops during one ask is not a good measure of progress, so this page does not judge you by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks in each category will show how far up your ladder you have climbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You tried {0} in {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rung counts as done after {0} asks with a prediction written down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} done ({1} tested asks each); the hardest, rated {2}, is in {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rungs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressExport</name>
    <message>
        <source>Could not write {0}. Check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress will show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your first ask on the Today page, whatever the answer. From then on this page shows what your own notes say: how often the no really comes, how much it really hurts, and how far you have climbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asks in this range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the progress report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF with every chart and caption, to keep or to share with a therapist or friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you found out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thoughts behind the fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days you asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast and reality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much it hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety around asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ladder by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your own asks show, once you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No asks {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier asks are still here: choose a longer range to see them. One small ask today starts this range again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No report was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn ({0}); the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did: {0}, {1} predictions tested, {2} different challenges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection practice: progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Rejection Desktop from my own journal. Self-help, not therapy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptBankWidget</name>
    <message>
        <source>Reflection prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions a reflection asks, in this order. Reword them in your own voice, hide the ones that do not help, or add your own (up to {0} characters). Reflections you already wrote keep their questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reword the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected prompt up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected prompt down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide or show the selected prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptEditor</name>
    <message>
        <source>Edit prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question you would like to be asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask it after an ask that was:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for asks of people close to you (friends, family, colleagues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal asks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptListModel</name>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickTimes</name>
    <message>
        <source>In 1&amp;5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an &amp;hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e&amp;vening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evening at 19:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tomorrow morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow at 9:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingInput</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means {0}, 100 means {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, exact value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>{0}: {1} challenges, {2} attempts, {3} reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the journal needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal could not be opened safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check at start-up found a problem with {0}:
{1}

Nothing has been changed: the file is left exactly as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup is from {0}.

Restoring it keeps the damaged file next to it under a dated name, so nothing is thrown away. Anything written after that backup is not in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No good backup was found in:
{0}

If you keep backups elsewhere, choose one. If you quit, the file stays as it is; the sqlite3 tool&apos;s .recover command may be able to save parts of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit without changing anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the damaged journal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be restored: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectionDialog</name>
    <message>
        <source>Reflect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about a rejection, a worry or something you noticed. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflect on your ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your prediction and what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopped me: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for a no: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one may stay with you for a while. Go gently: the first questions are about looking after yourself, and every box is optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling very low or unsafe? Talk to someone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thought behind the fear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the ask you wrote: “{0}”. You believed it {1}/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the ask you wrote: “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much you believe it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much do you believe it &amp;now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fairer way to put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;Some people might think that; most won&apos;t notice&quot; (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;fairer way to put it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save reflection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderActions</name>
    <message>
        <source>Log it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until this evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didn&apos;t ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick today&apos;s ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more nudges today. Planned asks still remind you; your streak follows its usual rules (rest days included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reminder no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: it comes back at {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ask no longer exists. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ask is already logged; here it is to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ask is already logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to tomorrow, {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderHistory</name>
    <message>
        <source>daily nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent with buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent plain (no buttons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown in the app&apos;s banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held by quiet hours until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose &quot;{0}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop shows reminders with buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders appear as tray messages; click one to open it. Their buttons are in the app&apos;s banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop shows reminders, but without buttons: the buttons appear in the app&apos;s banner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop did not show it, so reminders appear in the app&apos;s banner, only while the app runs. Copy the diagnostics below to find out why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders could not be shown. Copy the diagnostics below to find out why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderRuntime</name>
    <message>
        <source>Test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you can read this, your reminders will reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders snoozed until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so reminders stop when Rejection Desktop quits. They wait until you open it again. To keep them coming, keep the window open (minimised is fine), or let the app start at login in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection Desktop keeps running in the tray so your reminders can reach you. Open it again from the tray icon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit when I close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reminder: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderSettings</name>
    <message>
        <source>Except asks to friends, family and colleagues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily nudges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;Time for today&apos;s ask&quot;, at the times and on the days you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No daily nudges. Add one and the app will remind you to make your ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a daily nudge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes before a planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me before a planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after a planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask &quot;how did it go?&quot; after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 minutes reminds you at the planned time. The follow-up is cancelled once you log the ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold daily nudges from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily nudge that falls inside quiet hours arrives, once, when they end. Reminders of an ask you gave a time arrive at their time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What quiet hours hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze and pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze reminders 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed reminders arrive when the snooze ends; paused ones are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the window closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login, waiting in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray when I close the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray, so closing the window quits the app and reminders wait until you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ask titles in notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications can appear on a lock screen or a shared screen; hidden titles are replaced by words like &quot;Time for your planned ask&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy reminder diagnostics to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test notification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminders yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied: version, system, notification server, the next reminders&apos; times and the log&apos;s last lines. No titles and nothing you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused until you resume them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are paused until %1; what falls before is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are snoozed until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <source>{0} tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed: 1 reminder waits until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: your daily nudge waits until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nudge at {0} falls inside quiet hours: it arrives at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nudges at {0} fall inside quiet hours: they arrive at {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>%1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan an ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze reminders 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need support now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more waiting…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reminders paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 missed reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missed reminders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreNotice</name>
    <message>
        <source>Your journal could not be read, so it was restored from the backup {0}. The damaged file was kept as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time you start the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily goal, with rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> asks a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wee&amp;kly goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest days per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rest days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest asks of people close to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The streak counts days (or weeks) you met your goal. Rest days do not break it, and neither does an honest &quot;did not ask&quot; that you reflected on: that is practice too. If streaks make you feel worse, hide it. Days and reminders follow your computer&apos;s time zone ({0}), so they stay right when you travel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your journal lives only on this computer, readable by your user account alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ask a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> asks a day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>&amp;New challenge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log an attempt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground &amp;rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crisis resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who this app is not for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rejection Desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily goal progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on one disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For 30 days every backup has been on the same disk as your journal: if that disk fails, both are gone. Choose a second backup folder on another disk or a synced folder; every backup is then copied there too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log an attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned today and waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plans with or without a time, and asks still waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ask a day that could be refused is the whole game. Be kind, ask for what you would accept, and respect the no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asks since Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ask since Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met for this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks since Monday, towards your weekly goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal met. Anything more is a bonus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nice start. {0} more to reach today&apos;s goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One ask that could be refused. That&apos;s all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fresh start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs come and go. One ask, or an honest note about why not, starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs come and go. Reach this week&apos;s goal to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest so far: {0} weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest so far: {0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest days are part of it. Be kind to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks in a row at your pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have seen every suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the round again, or pick any challenge on the Challenges page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} · expected distress {1}/100 · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {0} more open asks: see the Journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned yet. Plan the suggestion above, or log an ask you made on the spur of the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (no reply yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (no reply yet, 1 day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (no reply yet, {1} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (planned, no time set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a follow-up to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still no reply after a few days: a short, polite follow-up is another ask. Plan it like any other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log outcome of {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPanel</name>
    <message>
        <source>Your journal is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot it: use my recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal cannot be unlocked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatStoppedDialog</name>
    <message>
        <source>Logged as not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: you didn&apos;t ask ({0}). That happens, and noticing it is part of the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: you didn&apos;t ask. That happens, and noticing it is part of the practice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;stopped you? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blame, just notice it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <source>Everyday asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shops and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friends and family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public dares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and by message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>Anxiety before and after your asks over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad you expected a no to feel against how it felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to feel this bad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badness (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected {0}, felt {1} on average ({2} asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted chance of a no against how often it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Better than feared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks per prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You predicted a no (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The no came (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted {0}-{1} %: the no came {2} % of the time ({3} asks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far up the ladder you climbed in each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardest rung done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardest rung tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress of the rung</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} asks on {2} challenges, {3} rungs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q{0} {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dares done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks over time, by outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1} {2} of {3} asks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong and Rejection Desktop could not finish what it was doing. Everything you saved is safe.

Details were written to the log file.

{0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>This export is larger than the usual import limit ({0} MB); import it with the command line option --max-size-mb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where / with whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chance of a no {0} %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected to feel {0}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How bad it really felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}/100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety behaviour dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stopped me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the journal yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} texts held bytes that are not valid UTF-8; they were written with N{REPLACEMENT CHARACTER} in their place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejection Desktop journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {0} ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial / counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put the chance of a no at {0} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You expect a no to feel {0}/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prediction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the no came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and you got a yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and you got part of what you asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and there is no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and this time you held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You put the chance of a no at {0} %, {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It felt {0}/100 instead of the {1}/100 you expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It felt {0}/100, more than the {1}/100 you expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It felt {0}/100, just as you expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It felt {0}/100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety went from {0} to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(You wrote this prediction after the ask, so it is kept as a note but not counted as a test.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You did not write a prediction for this ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}, {2}. {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when you put the chance of a no at 50 % or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not after asks of people close to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only after asks of people close to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when your plan named a safety behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first, after asks of people close to you or when an ask hurt (70 or more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <source>a planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} at {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for today&apos;s ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and 1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned today: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s challenge: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small ask today. Open Rejection Desktop to pick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ask is coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rejection Desktop to see your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: log it while it&apos;s fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rejection Desktop to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your ask while it&apos;s fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 planned ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n planned asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 ask to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n asks to log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you were away</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Ask only for what you would gladly accept if the answer were yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be kind. You are the one taking the risk, not the other person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respect the no. Thank them, and let it be their answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing unsafe, unlawful, sexual, deceptive or costly to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never touch anyone without a clear yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults only: never make these asks of children.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never film, photograph or post about people without their consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With people at work, follow up at most once, then let it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal track holds asks of friends, family, a partner and colleagues. Those noes can hurt more, so Today suggests them only if you switch this on. Skip any ask about someone who hurt you, someone you are estranged from or someone who asked you not to contact them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Rejection therapy&lt;/b&gt; means asking people for things you expect to be refused, on purpose, a little at a time, so that a &amp;ldquo;no&amp;rdquo; stops ruling your choices.&lt;/p&gt;&lt;p&gt;Rejection Desktop helps you do that like a small experiment: before an ask you write down how likely you think a no is and how bad it would feel; afterwards you log what really happened. Over time your own notes show how often your fears were right.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This is self-help, not therapy.&lt;/b&gt; It does not diagnose or treat anything. The rejections that hurt most often come from friends, family and colleagues, not strangers; the app has a personal track for those asks, with aftercare prompts, and it is fine to go slowly there or to do it with a professional&apos;s support.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this app is not for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rejection Desktop is for adults (18 and over) who want to feel a little braver about asking for things. It is not a treatment.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Please see a doctor or a mental health professional first&lt;/b&gt; if fear of people stops you working, studying or seeing friends; if you avoid most social situations; or if your mood has been low for weeks, you have lost interest in things you used to enjoy or you think about harming yourself.&lt;/p&gt;&lt;p&gt;For social anxiety, cognitive behavioural therapy (CBT) with a trained therapist is the route with the best evidence. This app borrows some of its ideas, but it cannot replace it. You can use the app alongside therapy, if your therapist agrees.&lt;/p&gt;&lt;p&gt;If you are in crisis right now, the crisis resources in the Help menu list people you can call today.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Immediate danger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number: 112 (EU and many countries), 911 (US, Canada, Mexico), 999 (UK), 000 (Australia).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline: call or text 988.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Suicide Crisis Helpline: call or text 988.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom and Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samaritans: 116 123 (free, 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifeline: 13 11 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need to talk? Call or text 1737.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TelefonSeelsorge: 0800 111 0 111 or 0800 111 0 222 (free, 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TelefonSeelsorge: 142 (free, 24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Die Dargebotene Hand / La Main Tendue: 143 (24 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>024: suicide prevention line (free, 24 hours); emergencies 112.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Línea de la Vida: 800 911 2000 (free, 24 hours); emergencies 911.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3114 (national suicide prevention line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele-MANAS: 14416.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a helpline near you at findahelpline.com, or ask your doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are thinking about harming yourself, or feel you cannot cope, please reach out now. You deserve support from a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers last checked on {0}. Numbers change; if one does not work, search for a crisis line in your country.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
