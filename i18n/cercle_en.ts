<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>CheckInDialog</name>
        <message>
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <source>Who is here on {date}?</source>
            <translation>Who is here on {date}?</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Guests</source>
            <translation>&amp;Guests</translation>
        </message>
        <message>
            <source>&amp;Newcomer</source>
            <translation>&amp;Newcomer</translation>
        </message>
        <message>
            <source>Type a few letters, then Space to tick</source>
            <translation>Type a few letters, then Space to tick</translation>
        </message>
        <message>
            <source>People who came without giving a name</source>
            <translation>People who came without giving a name</translation>
        </message>
        <message>
            <source>Pseudonym of someone new</source>
            <translation>Pseudonym of someone new</translation>
        </message>
        <message>
            <source>&amp;Add a newcomer</source>
            <translation>&amp;Add a newcomer</translation>
        </message>
        <message>
            <source>Members, tick who is present</source>
            <translation>Members, tick who is present</translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n present</numerusform>
                <numerusform>%n present</numerusform>
            </translation>
        </message>
        <message>
            <source>Please type the newcomer's pseudonym first.</source>
            <translation>Please type the newcomer's pseudonym first.</translation>
        </message>
        <message>
            <source>{name} is on the roster and marked present.</source>
            <translation>{name} is on the roster and marked present.</translation>
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
        <name>CsvImportDialog</name>
        <message>
            <source>Import members from a spreadsheet</source>
            <translation>Import members from a spreadsheet</translation>
        </message>
        <message>
            <source>Read as {encoding}, columns separated by “{delimiter}”. Check which column goes where; nothing is saved until you press Import.</source>
            <translation>Read as {encoding}, columns separated by “{delimiter}”. Check which column goes where; nothing is saved until you press Import.</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Joined on</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Agrees to be contacted</source>
            <translation>Agrees to be contacted</translation>
        </message>
        <message>
            <source>Agrees to handover</source>
            <translation>Agrees to handover</translation>
        </message>
        <message>
            <source>Private note</source>
            <translation>Private note</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
        </message>
        <message>
            <source>Also import the rows already on the roster</source>
            <translation>Also import the rows already on the roster</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) will be added.</source>
            <translation>
                <numerusform>%n member will be added.</numerusform>
                <numerusform>%n members will be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) already on the roster.</source>
            <translation>
                <numerusform>%n row already on the roster.</numerusform>
                <numerusform>%n rows already on the roster.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with a problem will be skipped.</source>
            <translation>
                <numerusform>%n row with a problem will be skipped.</numerusform>
                <numerusform>%n rows with a problem will be skipped.</numerusform>
            </translation>
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
        <name>ImportPreviewModel</name>
        <message>
            <source>Skipped: no pseudonym</source>
            <translation>Skipped: no pseudonym</translation>
        </message>
        <message>
            <source>Skipped: email not valid</source>
            <translation>Skipped: email not valid</translation>
        </message>
        <message>
            <source>Skipped: date not readable</source>
            <translation>Skipped: date not readable</translation>
        </message>
        <message>
            <source>Skipped: unknown role</source>
            <translation>Skipped: unknown role</translation>
        </message>
        <message>
            <source>Skipped: expected yes or no</source>
            <translation>Skipped: expected yes or no</translation>
        </message>
        <message>
            <source>Skipped: wrong number of columns</source>
            <translation>Skipped: wrong number of columns</translation>
        </message>
        <message>
            <source>Already on the roster</source>
            <translation>Already on the roster</translation>
        </message>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Email</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
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
        <name>MemberForm</name>
        <message>
            <source>&amp;Pseudonym</source>
            <translation>&amp;Pseudonym</translation>
        </message>
        <message>
            <source>Full &amp;name</source>
            <translation>Full &amp;name</translation>
        </message>
        <message>
            <source>P&amp;hone</source>
            <translation>P&amp;hone</translation>
        </message>
        <message>
            <source>E&amp;mail</source>
            <translation>E&amp;mail</translation>
        </message>
        <message>
            <source>R&amp;ole</source>
            <translation>R&amp;ole</translation>
        </message>
        <message>
            <source>&amp;Joined on</source>
            <translation>&amp;Joined on</translation>
        </message>
        <message>
            <source>Consent &amp;recorded on</source>
            <translation>Consent &amp;recorded on</translation>
        </message>
        <message>
            <source>Private no&amp;te</source>
            <translation>Private no&amp;te</translation>
        </message>
        <message>
            <source>Required: the only name shown in the room</source>
            <translation>Required: the only name shown in the room</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>name@example.org</translation>
        </message>
        <message>
            <source>Only for you, the host</source>
            <translation>Only for you, the host</translation>
        </message>
        <message>
            <source>&amp;Active (offered at check-in)</source>
            <translation>&amp;Active (offered at check-in)</translation>
        </message>
        <message>
            <source>Agrees to be &amp;contacted</source>
            <translation>Agrees to be &amp;contacted</translation>
        </message>
        <message>
            <source>Contact details may go to the next &amp;host</source>
            <translation>Contact details may go to the next &amp;host</translation>
        </message>
        <message>
            <source>When the group is handed over, these contact details are included only if ticked</source>
            <translation>When the group is handed over, these contact details are included only if ticked</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Not set</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Edit {name}</translation>
        </message>
        <message>
            <source>Please give a pseudonym: it is what the group sees.</source>
            <translation>Please give a pseudonym: it is what the group sees.</translation>
        </message>
        <message>
            <source>This email address does not look right (it needs an @ and a domain, like name@example.org).</source>
            <translation>This email address does not look right (it needs an @ and a domain, like name@example.org).</translation>
        </message>
        <message>
            <source>Another member already has this pseudonym. Save again to keep it anyway, or add an initial to tell them apart.</source>
            <translation>Another member already has this pseudonym. Save again to keep it anyway, or add an initial to tell them apart.</translation>
        </message>
        <message>
            <source>This date is not valid.</source>
            <translation>This date is not valid.</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>{name} (inactive)</source>
            <translation>{name} (inactive)</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonym</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Joined</translation>
        </message>
        <message>
            <source>Last attended</source>
            <translation>Last attended</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
    </context>
    <context>
        <name>MembersScreen</name>
        <message>
            <source>Search by pseudonym or name (Ctrl+F)</source>
            <translation>Search by pseudonym or name (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search members</source>
            <translation>Search members</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>&amp;New member</source>
            <translation>&amp;New member</translation>
        </message>
        <message>
            <source>Meeting for check-in</source>
            <translation>Meeting for check-in</translation>
        </message>
        <message>
            <source>Chec&amp;k-in…</source>
            <translation>Chec&amp;k-in…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>&amp;Import CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>&amp;Erase for good…</source>
            <translation>&amp;Erase for good…</translation>
        </message>
        <message>
            <source>Right to be forgotten: deletes the member and their history; this cannot be undone</source>
            <translation>Right to be forgotten: deletes the member and their history; this cannot be undone</translation>
        </message>
        <message>
            <source>Attendance history</source>
            <translation>Attendance history</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>{date} — {theme}</source>
            <translation>{date} — {theme}</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) shown</source>
            <translation>
                <numerusform>%n member shown</numerusform>
                <numerusform>%n members shown</numerusform>
            </translation>
        </message>
        <message>
            <source>Unsaved changes stay in the form: press Enter to save them or Esc to cancel.</source>
            <translation>Unsaved changes stay in the form: press Enter to save them or Esc to cancel.</translation>
        </message>
        <message>
            <source>{date}: present</source>
            <translation>{date}: present</translation>
        </message>
        <message>
            <source>{date}: absent</source>
            <translation>{date}: absent</translation>
        </message>
        <message>
            <source>No meeting attended yet.</source>
            <translation>No meeting attended yet.</translation>
        </message>
        <message>
            <source>Mark &amp;active</source>
            <translation>Mark &amp;active</translation>
        </message>
        <message>
            <source>Mark &amp;inactive</source>
            <translation>Mark &amp;inactive</translation>
        </message>
        <message>
            <source>Saved. Ctrl+Z undoes it.</source>
            <translation>Saved. Ctrl+Z undoes it.</translation>
        </message>
        <message>
            <source>Mark inactive</source>
            <translation>Mark inactive</translation>
        </message>
        <message>
            <source>Mark active</source>
            <translation>Mark active</translation>
        </message>
        <message>
            <source>Erase a member</source>
            <translation>Erase a member</translation>
        </message>
        <message>
            <source>Erase “{name}” for good?</source>
            <translation>Erase “{name}” for good?</translation>
        </message>
        <message>
            <source>This deletes, from this computer's copy of the group:</source>
            <translation>This deletes, from this computer's copy of the group:</translation>
        </message>
        <message>
            <source>• the member and all their details</source>
            <translation>• the member and all their details</translation>
        </message>
        <message numerus="yes">
            <source>• %n attendance record(s)</source>
            <translation>
                <numerusform>• %n attendance record</numerusform>
                <numerusform>• %n attendance records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n circle turn(s)</source>
            <translation>
                <numerusform>• %n circle turn</numerusform>
                <numerusform>• %n circle turns</numerusform>
            </translation>
        </message>
        <message>
            <source>This is final: it cannot be undone, not even with Ctrl+Z. To keep their history, mark them inactive instead.</source>
            <translation>This is final: it cannot be undone, not even with Ctrl+Z. To keep their history, mark them inactive instead.</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Erase for good</translation>
        </message>
        <message>
            <source>The member was erased for good. This cannot be undone.</source>
            <translation>The member was erased for good. This cannot be undone.</translation>
        </message>
        <message>
            <source>Export the roster</source>
            <translation>Export the roster</translation>
        </message>
        <message>
            <source>The CSV file will NOT be encrypted: anyone who gets it can read every member's name and contact details. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</source>
            <translation>The CSV file will NOT be encrypted: anyone who gets it can read every member's name and contact details. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) exported. Remember to delete the file when done.</source>
            <translation>
                <numerusform>%n member exported. Remember to delete the file when done.</numerusform>
                <numerusform>%n members exported. Remember to delete the file when done.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Import members</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>CSV files (*.csv *.txt)</translation>
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
        <name>ResourcesScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>This area is being built.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Add a member</source>
            <translation>Add a member</translation>
        </message>
        <message>
            <source>Edit a member</source>
            <translation>Edit a member</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Host</translation>
        </message>
        <message>
            <source>Co-host</source>
            <translation>Co-host</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Member</translation>
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
