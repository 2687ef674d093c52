<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
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
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Group lan&amp;guage:</source>
            <translation>Group lan&amp;guage:</translation>
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
        <name>HelpNowDialog</name>
        <message>
            <source>Help now</source>
            <translation>Help now</translation>
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
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
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
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Display</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Safety</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <source>C&amp;olours:</source>
            <translation>C&amp;olours:</translation>
        </message>
        <message>
            <source>Lock after this many &amp;minutes without use:</source>
            <translation>Lock after this many &amp;minutes without use:</translation>
        </message>
        <message>
            <source>&amp;Daily backups to keep:</source>
            <translation>&amp;Daily backups to keep:</translation>
        </message>
        <message>
            <source>&amp;Weekly backups to keep:</source>
            <translation>&amp;Weekly backups to keep:</translation>
        </message>
        <message>
            <source>Ask to &amp;verify a resource after (days):</source>
            <translation>Ask to &amp;verify a resource after (days):</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Same as this computer</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>Very large</source>
            <translation>Very large</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Play a soft &amp;chime when a speaker's time is up</source>
            <translation>Play a soft &amp;chime when a speaker's time is up</translation>
        </message>
        <message>
            <source>The group locks itself when nobody has used Cercle for this long, except while a sharing circle is running.</source>
            <translation>The group locks itself when nobody has used Cercle for this long, except while a sharing circle is running.</translation>
        </message>
        <message>
            <source>Phone numbers and opening hours change: older resources are marked for checking.</source>
            <translation>Phone numbers and opening hours change: older resources are marked for checking.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>This area is being built.</translation>
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
            <source>&amp;Groups</source>
            <translation>&amp;Groups</translation>
        </message>
        <message>
            <source>P&amp;references…</source>
            <translation>P&amp;references…</translation>
        </message>
        <message>
            <source>Language, text size, colours (Ctrl+,)</source>
            <translation>Language, text size, colours (Ctrl+,)</translation>
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
        <message numerus="yes">
            <source>%n group(s) on this computer</source>
            <translation>
                <numerusform>%n group on this computer</numerusform>
                <numerusform>%n groups on this computer</numerusform>
            </translation>
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
