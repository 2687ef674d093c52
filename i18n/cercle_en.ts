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
        <name>DestinationPage</name>
        <message>
            <source>Where to write the file</source>
            <translation>Where to write the file</translation>
        </message>
        <message>
            <source>Usually on a USB stick.</source>
            <translation>Usually on a USB stick.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Cercle writes the file, reads it back to check it, and only then gives it its name. If anything fails, no file is left.</source>
            <translation>Cercle writes the file, reads it back to check it, and only then gives it its name. If anything fails, no file is left.</translation>
        </message>
        <message>
            <source>&amp;Write the file</source>
            <translation>&amp;Write the file</translation>
        </message>
        <message>
            <source>Write the handover file</source>
            <translation>Write the handover file</translation>
        </message>
        <message>
            <source>Cercle handover files (*.cercle)</source>
            <translation>Cercle handover files (*.cercle)</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Hand over the group</source>
            <translation>Hand over the group</translation>
        </message>
    </context>
    <context>
        <name>FileField</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoose…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>The handover file</source>
            <translation>The handover file</translation>
        </message>
        <message>
            <source>The file the previous host gave you (it ends in .cercle), and the passphrase they gave you on paper.</source>
            <translation>The file the previous host gave you (it ends in .cercle), and the passphrase they gave you on paper.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;File:</translation>
        </message>
        <message>
            <source>Handover &amp;passphrase:</source>
            <translation>Handover &amp;passphrase:</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Handover passphrase</translation>
        </message>
        <message>
            <source>&amp;Open and check the file</source>
            <translation>&amp;Open and check the file</translation>
        </message>
        <message>
            <source>Open a handover file</source>
            <translation>Open a handover file</translation>
        </message>
        <message>
            <source>Cercle handover files (*.cercle);;All files (*)</source>
            <translation>Cercle handover files (*.cercle);;All files (*)</translation>
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
        <name>Handover</name>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln member</numerusform>
                <numerusform>%Ln members</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln meeting</numerusform>
                <numerusform>%Ln meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln attendance mark(s)</source>
            <translation>
                <numerusform>%Ln attendance mark</numerusform>
                <numerusform>%Ln attendance marks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agenda item(s)</source>
            <translation>
                <numerusform>%Ln agenda item</numerusform>
                <numerusform>%Ln agenda items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sharing circle(s)</source>
            <translation>
                <numerusform>%Ln sharing circle</numerusform>
                <numerusform>%Ln sharing circles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln resource(s)</source>
            <translation>
                <numerusform>%Ln resource</numerusform>
                <numerusform>%Ln resources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting template(s)</source>
            <translation>
                <numerusform>%Ln meeting template</numerusform>
                <numerusform>%Ln meeting templates</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Group:</translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Exported:</translation>
        </message>
        <message>
            <source>{date}, by Cercle {version}</source>
            <translation>{date}, by Cercle {version}</translation>
        </message>
        <message>
            <source>Holds:</source>
            <translation>Holds:</translation>
        </message>
        <message>
            <source>Counts:</source>
            <translation>Counts:</translation>
        </message>
    </context>
    <context>
        <name>HandoverLetter</name>
        <message>
            <source>Everything: members with their contact details, meetings, attendance, speaking-time records and resources.</source>
            <translation>Everything: members with their contact details, meetings, attendance, speaking-time records and resources.</translation>
        </message>
        <message>
            <source>Meetings, agendas, templates and resources. No member list, no attendance.</source>
            <translation>Meetings, agendas, templates and resources. No member list, no attendance.</translation>
        </message>
        <message>
            <source>Members, meetings, attendance and resources. Contact details and private notes only for members who agreed to pass them on.</source>
            <translation>Members, meetings, attendance and resources. Contact details and private notes only for members who agreed to pass them on.</translation>
        </message>
        <message>
            <source>Install Cercle on your computer and open it.</source>
            <translation>Install Cercle on your computer and open it.</translation>
        </message>
        <message>
            <source>On the start screen, choose “Import a handed-over group…” and pick the file {file} on the USB stick.</source>
            <translation>On the start screen, choose “Import a handed-over group…” and pick the file {file} on the USB stick.</translation>
        </message>
        <message>
            <source>Type the handover passphrase you were given on paper, separately from the stick.</source>
            <translation>Type the handover passphrase you were given on paper, separately from the stick.</translation>
        </message>
        <message>
            <source>Check that the verification code shown matches the one above, then choose your own passphrase for the group.</source>
            <translation>Check that the verification code shown matches the one above, then choose your own passphrase for the group.</translation>
        </message>
        <message>
            <source>Once the group opens, delete the file from the stick and destroy the passphrase sheet.</source>
            <translation>Once the group opens, delete the file from the stick and destroy the passphrase sheet.</translation>
        </message>
        <message>
            <source>Handing over the group</source>
            <translation>Handing over the group</translation>
        </message>
        <message>
            <source>Exported on {date}.</source>
            <translation>Exported on {date}.</translation>
        </message>
        <message>
            <source>Verification code, to compare aloud with the outgoing host:</source>
            <translation>Verification code, to compare aloud with the outgoing host:</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>What the file holds</translation>
        </message>
        <message>
            <source>How to import it</source>
            <translation>How to import it</translation>
        </message>
        <message>
            <source>This letter does not hold the passphrase. Without it, nobody can open the file.</source>
            <translation>This letter does not hold the passphrase. Without it, nobody can open the file.</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Handover passphrase</translation>
        </message>
        <message>
            <source>For the file whose verification code is {code}.</source>
            <translation>For the file whose verification code is {code}.</translation>
        </message>
        <message>
            <source>Give this sheet by hand, never together with the USB stick. Destroy it once the group is imported.</source>
            <translation>Give this sheet by hand, never together with the USB stick. Destroy it once the group is imported.</translation>
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
        <name>ImportWizard</name>
        <message>
            <source>Merge a co-host's file</source>
            <translation>Merge a co-host's file</translation>
        </message>
        <message>
            <source>Import a handed-over group</source>
            <translation>Import a handed-over group</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Merge</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Hand over the group…</source>
            <translation>&amp;Hand over the group…</translation>
        </message>
        <message>
            <source>&amp;Merge a co-host's file…</source>
            <translation>&amp;Merge a co-host's file…</translation>
        </message>
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
        <message>
            <source>This handover file was made by a newer Cercle. Please update Cercle, then try again.</source>
            <translation>This handover file was made by a newer Cercle. Please update Cercle, then try again.</translation>
        </message>
        <message>
            <source>This handover file is incomplete or was altered after it was written. Nothing was imported. Ask the previous host for a fresh copy.</source>
            <translation>This handover file is incomplete or was altered after it was written. Nothing was imported. Ask the previous host for a fresh copy.</translation>
        </message>
        <message>
            <source>This handover file belongs to another group. Only a co-host's file of this same group can be merged; import it as a new group instead.</source>
            <translation>This handover file belongs to another group. Only a co-host's file of this same group can be merged; import it as a new group instead.</translation>
        </message>
        <message>
            <source>This group is already on this computer. Open it and merge the file into it instead.</source>
            <translation>This group is already on this computer. Open it and merge the file into it instead.</translation>
        </message>
    </context>
    <context>
        <name>NewVaultPage</name>
        <message>
            <source>Your own passphrase for this group</source>
            <translation>Your own passphrase for this group</translation>
        </message>
        <message>
            <source>From now on the group opens with your passphrase, not the handover one.</source>
            <translation>From now on the group opens with your passphrase, not the handover one.</translation>
        </message>
        <message>
            <source>&amp;Label on this computer:</source>
            <translation>&amp;Label on this computer:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Again:</translation>
        </message>
        <message>
            <source>Shown on the start screen without the passphrase: choose something discreet.</source>
            <translation>Shown on the start screen without the passphrase: choose something discreet.</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase, not even the previous host.</source>
            <translation>Nobody can recover a forgotten passphrase, not even the previous host.</translation>
        </message>
        <message>
            <source>&amp;Import the group</source>
            <translation>&amp;Import the group</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>The handover passphrase</source>
            <translation>The handover passphrase</translation>
        </message>
        <message>
            <source>It protects the file on the stick. It is not your own passphrase, and the next host will choose theirs.</source>
            <translation>It protects the file on the stick. It is not your own passphrase, and the next host will choose theirs.</translation>
        </message>
        <message>
            <source>Use this &amp;generated passphrase (recommended)</source>
            <translation>Use this &amp;generated passphrase (recommended)</translation>
        </message>
        <message>
            <source>Generate &amp;another</source>
            <translation>Generate &amp;another</translation>
        </message>
        <message>
            <source>Write it down or print it at the end, and give it on paper, never together with the stick.</source>
            <translation>Write it down or print it at the end, and give it on paper, never together with the stick.</translation>
        </message>
        <message>
            <source>Type my &amp;own passphrase</source>
            <translation>Type my &amp;own passphrase</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>The same passphrase again</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Handover passphrase</translation>
        </message>
        <message>
            <source>Handover passphrase, again</source>
            <translation>Handover passphrase, again</translation>
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
        <name>PreviewPage</name>
        <message>
            <source>What the file holds</source>
            <translation>What the file holds</translation>
        </message>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Nothing has been imported yet.</translation>
        </message>
        <message>
            <source>Verification code: compare it aloud with the previous host. If it differs, stop here.</source>
            <translation>Verification code: compare it aloud with the previous host. If it differs, stop here.</translation>
        </message>
        <message>
            <source>Comparing with your group…</source>
            <translation>Comparing with your group…</translation>
        </message>
        <message>
            <source>Will be added: {added}.
Will be changed: {changed}.
Will be deleted: {deleted}.</source>
            <translation>Will be added: {added}.
Will be changed: {changed}.
Will be deleted: {deleted}.</translation>
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
        <name>RunPage</name>
        <message>
            <source>Merging the file</source>
            <translation>Merging the file</translation>
        </message>
        <message>
            <source>Importing the group</source>
            <translation>Importing the group</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Done. Your group now holds your co-host's changes.</source>
            <translation>Done. Your group now holds your co-host's changes.</translation>
        </message>
        <message>
            <source>Done. The group is on this computer; open it with your passphrase.</source>
            <translation>Done. The group is on this computer; open it with your passphrase.</translation>
        </message>
    </context>
    <context>
        <name>ScopePage</name>
        <message>
            <source>What goes in the file</source>
            <translation>What goes in the file</translation>
        </message>
        <message>
            <source>The next host receives the group as it is today.</source>
            <translation>The next host receives the group as it is today.</translation>
        </message>
        <message>
            <source>&amp;Everything, except the contact details of members who did not agree (recommended)</source>
            <translation>&amp;Everything, except the contact details of members who did not agree (recommended)</translation>
        </message>
        <message>
            <source>Names, phone numbers, emails and private notes go only for members who agreed to pass them on.</source>
            <translation>Names, phone numbers, emails and private notes go only for members who agreed to pass them on.</translation>
        </message>
        <message>
            <source>Everything, &amp;with all contact details</source>
            <translation>Everything, &amp;with all contact details</translation>
        </message>
        <message>
            <source>Only if every member agreed, or the next host already has these details.</source>
            <translation>Only if every member agreed, or the next host already has these details.</translation>
        </message>
        <message>
            <source>&amp;No member list at all</source>
            <translation>&amp;No member list at all</translation>
        </message>
        <message>
            <source>Meetings, agendas and resources only: no members, no attendance.</source>
            <translation>Meetings, agendas and resources only: no members, no attendance.</translation>
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
            <source>&amp;Import a handed-over group…</source>
            <translation>&amp;Import a handed-over group…</translation>
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
    <context>
        <name>WritePage</name>
        <message>
            <source>Writing the handover file</source>
            <translation>Writing the handover file</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Try again</translation>
        </message>
        <message>
            <source>Save the handover &amp;letter (PDF)…</source>
            <translation>Save the handover &amp;letter (PDF)…</translation>
        </message>
        <message>
            <source>Save the &amp;passphrase sheet (PDF)…</source>
            <translation>Save the &amp;passphrase sheet (PDF)…</translation>
        </message>
        <message>
            <source>Verification code. Read it aloud with the next host: Cercle shows them the same code when they open the file.</source>
            <translation>Verification code. Read it aloud with the next host: Cercle shows them the same code when they open the file.</translation>
        </message>
        <message>
            <source>The file is written and checked.</source>
            <translation>The file is written and checked.</translation>
        </message>
        <message>
            <source>Writing and checking…</source>
            <translation>Writing and checking…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>Save the handover letter</source>
            <translation>Save the handover letter</translation>
        </message>
        <message>
            <source>Save the passphrase sheet</source>
            <translation>Save the passphrase sheet</translation>
        </message>
    </context>
</TS>
