<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
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
        <name>CircleSummary</name>
        <message>
            <source>Round {number}: {used} used of {planned} planned.</source>
            <translation>Round {number}: {used} used of {planned} planned.</translation>
        </message>
        <message>
            <source>Spoke: {names}</source>
            <translation>Spoke: {names}</translation>
        </message>
        <message>
            <source>Passed: {names}</source>
            <translation>Passed: {names}</translation>
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
        <name>HelpNowDialog</name>
        <message>
            <source>Help now</source>
            <translation>Help now</translation>
        </message>
    </context>
    <context>
        <name>KindDelegate</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <source>Meeting in progress</source>
            <translation>Meeting in progress</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Previous item</translation>
        </message>
        <message>
            <source>Left arrow or Page Up</source>
            <translation>Left arrow or Page Up</translation>
        </message>
        <message>
            <source>Check-&amp;in…</source>
            <translation>Check-&amp;in…</translation>
        </message>
        <message>
            <source>Read the group &amp;agreements</source>
            <translation>Read the group &amp;agreements</translation>
        </message>
        <message>
            <source>&amp;Start the sharing circle</source>
            <translation>&amp;Start the sharing circle</translation>
        </message>
        <message>
            <source>Leave (Esc)</source>
            <translation>Leave (Esc)</translation>
        </message>
        <message>
            <source>Item {number} of {count} · {kind}</source>
            <translation>Item {number} of {count} · {kind}</translation>
        </message>
        <message>
            <source>{elapsed} elapsed · {remaining} left</source>
            <translation>{elapsed} elapsed · {remaining} left</translation>
        </message>
        <message>
            <source>{elapsed} elapsed · {over} over</source>
            <translation>{elapsed} elapsed · {over} over</translation>
        </message>
        <message>
            <source>Next: {title} ({minutes} min)</source>
            <translation>Next: {title} ({minutes} min)</translation>
        </message>
        <message>
            <source>This is the last item.</source>
            <translation>This is the last item.</translation>
        </message>
        <message>
            <source>Meeting: {elapsed} · {remaining} left</source>
            <translation>Meeting: {elapsed} · {remaining} left</translation>
        </message>
        <message>
            <source>&amp;End the meeting…</source>
            <translation>&amp;End the meeting…</translation>
        </message>
        <message>
            <source>&amp;Next item</source>
            <translation>&amp;Next item</translation>
        </message>
        <message>
            <source>Right arrow or Page Down</source>
            <translation>Right arrow or Page Down</translation>
        </message>
        <message>
            <source>End the meeting</source>
            <translation>End the meeting</translation>
        </message>
        <message>
            <source>End the meeting and mark this session as held?</source>
            <translation>End the meeting and mark this session as held?</translation>
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
        <name>PrintMenu</name>
        <message>
            <source>Print the agenda…</source>
            <translation>Print the agenda…</translation>
        </message>
        <message>
            <source>Save the agenda as PDF…</source>
            <translation>Save the agenda as PDF…</translation>
        </message>
        <message>
            <source>Print a blank sign-in sheet…</source>
            <translation>Print a blank sign-in sheet…</translation>
        </message>
        <message>
            <source>Save a blank sign-in sheet as PDF…</source>
            <translation>Save a blank sign-in sheet as PDF…</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Sign-in sheet</translation>
        </message>
        <message>
            <source>A printed or PDF sign-in sheet is not encrypted. Once members have written on it, keep it somewhere safe and destroy it when it is no longer needed.</source>
            <translation>A printed or PDF sign-in sheet is not encrypted. Once members have written on it, keep it somewhere safe and destroy it when it is no longer needed.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>RecurrenceDialog</name>
        <message>
            <source>Plan a series of sessions</source>
            <translation>Plan a series of sessions</translation>
        </message>
        <message>
            <source>first</source>
            <translation>first</translation>
        </message>
        <message>
            <source>second</source>
            <translation>second</translation>
        </message>
        <message>
            <source>third</source>
            <translation>third</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>fourth</translation>
        </message>
        <message>
            <source>fifth</source>
            <translation>fifth</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Every week</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Every two weeks</translation>
        </message>
        <message>
            <source>Every month, on the {nth} {weekday}</source>
            <translation>Every month, on the {nth} {weekday}</translation>
        </message>
        <message>
            <source>Empty agenda</source>
            <translation>Empty agenda</translation>
        </message>
        <message>
            <source>This many sessions:</source>
            <translation>This many sessions:</translation>
        </message>
        <message>
            <source>Until this date:</source>
            <translation>Until this date:</translation>
        </message>
        <message>
            <source>&amp;First session:</source>
            <translation>&amp;First session:</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Number:</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>&amp;End date:</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s): {dates}</source>
            <translation>
                <numerusform>%n session: {dates}</numerusform>
                <numerusform>%n sessions: {dates}</numerusform>
            </translation>
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
        <name>SessionEditor</name>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Date and time:</translation>
        </message>
        <message>
            <source>D&amp;uration (minutes):</source>
            <translation>D&amp;uration (minutes):</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;heme:</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Su&amp;mmary:</translation>
        </message>
        <message>
            <source>Practical notes only (who hosted, what was planned next). Never write what members shared: it stays in the room.</source>
            <translation>Practical notes only (who hosted, what was planned next). Never write what members shared: it stays in the room.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Agenda items</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move the selected item; you can also drag it.</source>
            <translation>Alt+Up and Alt+Down move the selected item; you can also drag it.</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Add item</translation>
        </message>
        <message>
            <source>&amp;Remove item</source>
            <translation>&amp;Remove item</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+Down</translation>
        </message>
        <message>
            <source>Save as &amp;format…</source>
            <translation>Save as &amp;format…</translation>
        </message>
        <message>
            <source>Sharing circle (time only, never content)</source>
            <translation>Sharing circle (time only, never content)</translation>
        </message>
        <message>
            <source>Planned: {total} of {duration} min — {over} min over</source>
            <translation>Planned: {total} of {duration} min — {over} min over</translation>
        </message>
        <message>
            <source>Planned: {total} of {duration} min</source>
            <translation>Planned: {total} of {duration} min</translation>
        </message>
        <message>
            <source>Save as format</source>
            <translation>Save as format</translation>
        </message>
        <message>
            <source>Name of the format:</source>
            <translation>Name of the format:</translation>
        </message>
    </context>
    <context>
        <name>SessionLabels</name>
        <message>
            <source>Welcome</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <source>Group agreements</source>
            <translation>Group agreements</translation>
        </message>
        <message>
            <source>Check-in round</source>
            <translation>Check-in round</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Break</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Closing</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <translation>{date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>SessionPanel</name>
        <message>
            <source>Selected session</source>
            <translation>Selected session</translation>
        </message>
        <message>
            <source>Select a session to see its agenda.</source>
            <translation>Select a session to see its agenda.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>{status} · {minutes} min</source>
            <translation>{status} · {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) present</source>
            <translation>
                <numerusform>%n member present</numerusform>
                <numerusform>%n members present</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>No agenda yet.</source>
            <translation>No agenda yet.</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
    </context>
    <context>
        <name>SessionTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) marked present</source>
            <translation>
                <numerusform>%n member marked present</numerusform>
                <numerusform>%n members marked present</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsScreen</name>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation>&amp;Upcoming</translation>
        </message>
        <message>
            <source>&amp;Past</source>
            <translation>&amp;Past</translation>
        </message>
        <message>
            <source>Upcoming sessions</source>
            <translation>Upcoming sessions</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Past sessions</translation>
        </message>
        <message>
            <source>&amp;New session</source>
            <translation>&amp;New session</translation>
        </message>
        <message>
            <source>From a &amp;format…</source>
            <translation>From a &amp;format…</translation>
        </message>
        <message>
            <source>Plan a &amp;series…</source>
            <translation>Plan a &amp;series…</translation>
        </message>
        <message>
            <source>&amp;Run the meeting</source>
            <translation>&amp;Run the meeting</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <source>Cance&amp;l session</source>
            <translation>Cance&amp;l session</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>Print or P&amp;DF</source>
            <translation>Print or P&amp;DF</translation>
        </message>
        <message>
            <source>Plan a series</source>
            <translation>Plan a series</translation>
        </message>
        <message>
            <source>Cancel the session</source>
            <translation>Cancel the session</translation>
        </message>
        <message>
            <source>Mark this session as cancelled? It stays in the list, and you can still delete it later.</source>
            <translation>Mark this session as cancelled? It stays in the list, and you can still delete it later.</translation>
        </message>
        <message>
            <source>Delete the session</source>
            <translation>Delete the session</translation>
        </message>
        <message>
            <source>Delete this session, its agenda and its attendance for good? This cannot be undone.</source>
            <translation>Delete this session, its agenda and its attendance for good? This cannot be undone.</translation>
        </message>
        <message>
            <source>Run the meeting</source>
            <translation>Run the meeting</translation>
        </message>
        <message>
            <source>This session has no agenda yet. Add at least one item first.</source>
            <translation>This session has no agenda yet. Add at least one item first.</translation>
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
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Meeting formats</source>
            <translation>Meeting formats</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formats</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;name…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>&amp;New session from this format</source>
            <translation>&amp;New session from this format</translation>
        </message>
        <message>
            <source>{kind}: {title} ({minutes} min)</source>
            <translation>{kind}: {title} ({minutes} min)</translation>
        </message>
        <message>
            <source>Rename the format</source>
            <translation>Rename the format</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Delete the format</source>
            <translation>Delete the format</translation>
        </message>
        <message>
            <source>Delete the format “{name}”? Sessions already planned with it are kept.</source>
            <translation>Delete the format “{name}”? Sessions already planned with it are kept.</translation>
        </message>
    </context>
</TS>
