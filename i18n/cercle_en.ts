<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AgreementsReader</name>
        <message>
            <source>Group agreements</source>
            <translation>Group agreements</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Smaller text (Ctrl+-)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation>Larger text (Ctrl++)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>No group agreements yet. In Resources, add a resource of the kind “Group agreements” and write them there.</source>
            <translation>No group agreements yet. In Resources, add a resource of the kind “Group agreements” and write them there.</translation>
        </message>
    </context>
    <context>
        <name>CircleScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>This area is being built.</translation>
        </message>
    </context>
    <context>
        <name>CreateGroupDialog</name>
        <message>
            <source>Create a group</source>
            <translation>Create a group</translation>
        </message>
        <message>
            <source>&amp;Label on this computer:</source>
            <translation>&amp;Label on this computer:</translation>
        </message>
        <message>
            <source>Group &amp;name:</source>
            <translation>Group &amp;name:</translation>
        </message>
        <message>
            <source>Group &amp;language:</source>
            <translation>Group &amp;language:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Confirm passphrase:</source>
            <translation>&amp;Confirm passphrase:</translation>
        </message>
        <message>
            <source>for example: Tuesday group</source>
            <translation>for example: Tuesday group</translation>
        </message>
        <message>
            <source>Anyone using this computer can read the label, even without the passphrase. Choose one that says nothing private.</source>
            <translation>Anyone using this computer can read the label, even without the passphrase. Choose one that says nothing private.</translation>
        </message>
        <message>
            <source>for example: Bereavement support group</source>
            <translation>for example: Bereavement support group</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open the group again: there is no way to recover it.</source>
            <translation>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open the group again: there is no way to recover it.</translation>
        </message>
        <message>
            <source>Label on this computer</source>
            <translation>Label on this computer</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Group name</translation>
        </message>
        <message>
            <source>Group language</source>
            <translation>Group language</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirm passphrase</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Please give the group a label.</source>
            <translation>Please give the group a label.</translation>
        </message>
        <message>
            <source>Please give the group a name.</source>
            <translation>Please give the group a name.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {count} characters.</source>
            <translation>The passphrase must have at least {count} characters.</translation>
        </message>
        <message>
            <source>The two passphrases are different.</source>
            <translation>The two passphrases are different.</translation>
        </message>
    </context>
    <context>
        <name>GroupListModel</name>
        <message>
            <source>Unnamed group</source>
            <translation>Unnamed group</translation>
        </message>
        <message>
            <source>{label} (demo)</source>
            <translation>{label} (demo)</translation>
        </message>
    </context>
    <context>
        <name>GroupScreen</name>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Sessions</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Members</translation>
        </message>
        <message>
            <source>Sharing &amp;circle</source>
            <translation>Sharing &amp;circle</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>&amp;Resources</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Shortcut: {keys}</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Help now</translation>
        </message>
        <message>
            <source>Crisis lines and emergency numbers, in large type ({keys})</source>
            <translation>Crisis lines and emergency numbers, in large type ({keys})</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Close the group and return to the start screen (Ctrl+L)</source>
            <translation>Close the group and return to the start screen (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Handout: print or PDF</source>
            <translation>Handout: print or PDF</translation>
        </message>
        <message numerus="yes">
            <source>The %n chosen resource(s)</source>
            <translation>
                <numerusform>The %n chosen resource</numerusform>
                <numerusform>The %n chosen resources</numerusform>
            </translation>
        </message>
        <message>
            <source>A whole &amp;category:</source>
            <translation>A whole &amp;category:</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>&amp;Paper size:</translation>
        </message>
        <message>
            <source>A4 (21 × 29.7 cm)</source>
            <translation>A4 (21 × 29.7 cm)</translation>
        </message>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>Letter (8.5 × 11 in)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Save as P&amp;DF…</translation>
        </message>
        <message>
            <source>A PDF file is not encrypted: anyone who finds it can read it. It holds only the resources shown here, never member details. The handout is in the group's language.</source>
            <translation>A PDF file is not encrypted: anyone who finds it can read it. It holds only the resources shown here, never member details. The handout is in the group's language.</translation>
        </message>
        <message>
            <source>Save the handout (not encrypted)</source>
            <translation>Save the handout (not encrypted)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The handout was saved. Remember that the file is not encrypted.</source>
            <translation>The handout was saved. Remember that the file is not encrypted.</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Help now</source>
            <translation>Help now</translation>
        </message>
        <message>
            <source>&amp;Resources…</source>
            <translation>&amp;Resources…</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Take your time. You can call with the person, or give them the number.</source>
            <translation>Take your time. You can call with the person, or give them the number.</translation>
        </message>
        <message>
            <source>Nothing is pinned to Help now yet. In Resources, edit a crisis line or an emergency number and tick “Show in Help now”. It will then appear here, in large type.</source>
            <translation>Nothing is pinned to Help now yet. In Resources, edit a crisis line or an emergency number and tick “Show in Help now”. It will then appear here, in large type.</translation>
        </message>
        <message>
            <source>Phone number for {title}</source>
            <translation>Phone number for {title}</translation>
        </message>
        <message>
            <source>Not checked recently: the number may have changed.</source>
            <translation>Not checked recently: the number may have changed.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>MembersScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>This area is being built.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>This passphrase does not open the group. Check it and try again (capital letters, accents). If you are sure it is right, the file may be damaged: a backup can be restored.</source>
            <translation>This passphrase does not open the group. Check it and try again (capital letters, accents). If you are sure it is right, the file may be damaged: a backup can be restored.</translation>
        </message>
        <message>
            <source>The passphrase is right, but the group's file is damaged. Restore a backup to get your data back.</source>
            <translation>The passphrase is right, but the group's file is damaged. Restore a backup to get your data back.</translation>
        </message>
        <message>
            <source>This file is not a Cercle group.</source>
            <translation>This file is not a Cercle group.</translation>
        </message>
        <message>
            <source>This group was saved by a newer version of Cercle. Please update Cercle to open it.</source>
            <translation>This group was saved by a newer version of Cercle. Please update Cercle to open it.</translation>
        </message>
        <message>
            <source>This group is already open in another Cercle window. Close it there first.</source>
            <translation>This group is already open in another Cercle window. Close it there first.</translation>
        </message>
        <message>
            <source>The group's file can no longer be found. It may have been moved or deleted.</source>
            <translation>The group's file can no longer be found. It may have been moved or deleted.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>The disk is full. Nothing was changed; free some space and try again.</translation>
        </message>
        <message>
            <source>Please type a passphrase.</source>
            <translation>Please type a passphrase.</translation>
        </message>
        <message>
            <source>The group's file could not be read or written. Nothing was changed.</source>
            <translation>The group's file could not be read or written. Nothing was changed.</translation>
        </message>
        <message>
            <source>The file could not be read or written. Check that the disk or USB stick is still there and not full.</source>
            <translation>The file could not be read or written. Check that the disk or USB stick is still there and not full.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Something went wrong. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrengthLabel</name>
        <message>
            <source>At least 8 characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>At least 8 characters. A few unrelated words are easy to remember and hard to guess.</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Too short</translation>
        </message>
        <message>
            <source>Weak: easy to guess</source>
            <translation>Weak: easy to guess</translation>
        </message>
        <message>
            <source>Fair: add a word or two</source>
            <translation>Fair: add a word or two</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Strength: {level}</translation>
        </message>
    </context>
    <context>
        <name>ResourceEditor</name>
        <message>
            <source>New resource</source>
            <translation>New resource</translation>
        </message>
        <message>
            <source>Edit resource</source>
            <translation>Edit resource</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Category:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>&amp;Web address:</translation>
        </message>
        <message>
            <source>&amp;Postal address:</source>
            <translation>&amp;Postal address:</translation>
        </message>
        <message>
            <source>&amp;Opening hours:</source>
            <translation>&amp;Opening hours:</translation>
        </message>
        <message>
            <source>Help now:</source>
            <translation>Help now:</translation>
        </message>
        <message>
            <source>Last checked:</source>
            <translation>Last checked:</translation>
        </message>
        <message>
            <source>&amp;Show in Help now, in large type</source>
            <translation>&amp;Show in Help now, in large type</translation>
        </message>
        <message>
            <source>&amp;Verified today</source>
            <translation>&amp;Verified today</translation>
        </message>
        <message>
            <source>Te&amp;xt (Markdown: **bold**, - lists, # headings):</source>
            <translation>Te&amp;xt (Markdown: **bold**, - lists, # headings):</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Preview:</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>e.g. every day, 24 hours</source>
            <translation>e.g. every day, 24 hours</translation>
        </message>
        <message>
            <source>e.g. https://example.org</source>
            <translation>e.g. https://example.org</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Never checked</translation>
        </message>
        <message>
            <source>Please give the resource a title.</source>
            <translation>Please give the resource a title.</translation>
        </message>
    </context>
    <context>
        <name>ResourceTableModel</name>
        <message>
            <source>Resource</source>
            <translation>Resource</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Checked</translation>
        </message>
        <message>
            <source>Not checked recently: call or visit to make sure it is still right, then mark it verified.</source>
            <translation>Not checked recently: call or visit to make sure it is still right, then mark it verified.</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Help now</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Never checked</translation>
        </message>
        <message>
            <source>Check: last {date}</source>
            <translation>Check: last {date}</translation>
        </message>
    </context>
    <context>
        <name>Resources</name>
        <message>
            <source>Never checked. Call or visit to make sure this is still right before giving it to someone, then press “Verified today”.</source>
            <translation>Never checked. Call or visit to make sure this is still right before giving it to someone, then press “Verified today”.</translation>
        </message>
        <message>
            <source>Last checked on {date}: it may be out of date. Call or visit to make sure before giving it to someone.</source>
            <translation>Last checked on {date}: it may be out of date. Call or visit to make sure before giving it to someone.</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Delete resource</source>
            <translation>Delete resource</translation>
        </message>
        <message>
            <source>Delete “{title}”? It cannot be brought back, not even by merging an older copy of the group.</source>
            <translation>Delete “{title}”? It cannot be brought back, not even by merging an older copy of the group.</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Crisis line</translation>
        </message>
        <message>
            <source>Professional help</source>
            <translation>Professional help</translation>
        </message>
        <message>
            <source>Local service</source>
            <translation>Local service</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Reading</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Handout</translation>
        </message>
        <message>
            <source>Group agreements</source>
            <translation>Group agreements</translation>
        </message>
        <message>
            <source>Practicalities</source>
            <translation>Practicalities</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
    </context>
    <context>
        <name>ResourcesScreen</name>
        <message>
            <source>Search resources: words, names, numbers…</source>
            <translation>Search resources: words, names, numbers…</translation>
        </message>
        <message>
            <source>Search resources</source>
            <translation>Search resources</translation>
        </message>
        <message>
            <source>Finds words as you type, with or without accents (Ctrl+F; Down arrow to the list)</source>
            <translation>Finds words as you type, with or without accents (Ctrl+F; Down arrow to the list)</translation>
        </message>
        <message>
            <source>&amp;New resource</source>
            <translation>&amp;New resource</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Verified today</source>
            <translation>&amp;Verified today</translation>
        </message>
        <message>
            <source>You have just checked this number or address: record today's date</source>
            <translation>You have just checked this number or address: record today's date</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>&amp;Print or PDF…</source>
            <translation>&amp;Print or PDF…</translation>
        </message>
        <message>
            <source>A handout of the chosen resources to take home (Ctrl+P)</source>
            <translation>A handout of the chosen resources to take home (Ctrl+P)</translation>
        </message>
        <message>
            <source>Group &amp;agreements</source>
            <translation>Group &amp;agreements</translation>
        </message>
        <message>
            <source>Show the group agreements full-window, to read aloud</source>
            <translation>Show the group agreements full-window, to read aloud</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Selected resource</source>
            <translation>Selected resource</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message numerus="yes">
            <source>%n resource(s) shown</source>
            <translation>
                <numerusform>%n resource shown</numerusform>
                <numerusform>%n resources shown</numerusform>
            </translation>
        </message>
        <message>
            <source>only the best matches: type more words to narrow down</source>
            <translation>only the best matches: type more words to narrow down</translation>
        </message>
        <message>
            <source>Choose a resource in the list to read it here.</source>
            <translation>Choose a resource in the list to read it here.</translation>
        </message>
    </context>
    <context>
        <name>SessionsScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>This area is being built.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>A quiet companion for the hosts of peer support groups. Everything stays on this computer, encrypted.</source>
            <translation>A quiet companion for the hosts of peer support groups. Everything stays on this computer, encrypted.</translation>
        </message>
        <message>
            <source>&amp;Groups on this computer</source>
            <translation>&amp;Groups on this computer</translation>
        </message>
        <message>
            <source>No group yet. Create one, or try the demo group to look around.</source>
            <translation>No group yet. Create one, or try the demo group to look around.</translation>
        </message>
        <message>
            <source>&amp;Create a group…</source>
            <translation>&amp;Create a group…</translation>
        </message>
        <message>
            <source>Try the &amp;demo group</source>
            <translation>Try the &amp;demo group</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Opening the group…</source>
            <translation>Opening the group…</translation>
        </message>
        <message>
            <source>Groups on this computer</source>
            <translation>Groups on this computer</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>The demo group's passphrase is: {passphrase}</source>
            <translation>The demo group's passphrase is: {passphrase}</translation>
        </message>
        <message>
            <source>Choose a group on the left.</source>
            <translation>Choose a group on the left.</translation>
        </message>
        <message>
            <source>Unnamed group</source>
            <translation>Unnamed group</translation>
        </message>
        <message>
            <source>Unlock “{label}”</source>
            <translation>Unlock “{label}”</translation>
        </message>
        <message>
            <source>Please type the group's passphrase.</source>
            <translation>Please type the group's passphrase.</translation>
        </message>
    </context>
</TS>
