<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Before a passphrase change</source>
            <translation>Before a passphrase change</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Before a merge</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Before an update</translation>
        </message>
        <message>
            <source>Kept aside at a restore</source>
            <translation>Kept aside at a restore</translation>
        </message>
        <message>
            <source>Before a change</source>
            <translation>Before a change</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Made on</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Opens with</source>
            <translation>Opens with</translation>
        </message>
        <message>
            <source>The current passphrase</source>
            <translation>The current passphrase</translation>
        </message>
        <message>
            <source>An earlier passphrase</source>
            <translation>An earlier passphrase</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Unnamed group</source>
            <translation>Unnamed group</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Backups of “{label}”, made automatically once a day and before every risky change. Each one is encrypted with the passphrase the group had on that day.</source>
            <translation>Backups of “{label}”, made automatically once a day and before every risky change. Each one is encrypted with the passphrase the group had on that day.</translation>
        </message>
        <message>
            <source>No backup yet: one is made the first time the group is opened each day.</source>
            <translation>No backup yet: one is made the first time the group is opened each day.</translation>
        </message>
        <message>
            <source>&amp;Passphrase of the chosen backup:</source>
            <translation>&amp;Passphrase of the chosen backup:</translation>
        </message>
        <message>
            <source>Passphrase of the chosen backup</source>
            <translation>Passphrase of the chosen backup</translation>
        </message>
        <message>
            <source>&amp;Restore and open</source>
            <translation>&amp;Restore and open</translation>
        </message>
        <message>
            <source>The group's current file will be kept aside as a backup first, so nothing is lost.</source>
            <translation>The group's current file will be kept aside as a backup first, so nothing is lost.</translation>
        </message>
        <message>
            <source>This backup was made before the passphrase was changed: it opens only with the earlier passphrase.</source>
            <translation>This backup was made before the passphrase was changed: it opens only with the earlier passphrase.</translation>
        </message>
        <message>
            <source>Please type the passphrase of this backup.</source>
            <translation>Please type the passphrase of this backup.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Change the passphrase</translation>
        </message>
        <message>
            <source>A backup is made first. The group stays open while its file is re-encrypted with the new passphrase.</source>
            <translation>A backup is made first. The group stays open while its file is re-encrypted with the new passphrase.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Current passphrase:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;New passphrase:</translation>
        </message>
        <message>
            <source>C&amp;onfirm the new passphrase:</source>
            <translation>C&amp;onfirm the new passphrase:</translation>
        </message>
        <message>
            <source>Write the new passphrase down and keep it somewhere safe. Backups made before this change will still need the current passphrase.</source>
            <translation>Write the new passphrase down and keep it somewhere safe. Backups made before this change will still need the current passphrase.</translation>
        </message>
        <message>
            <source>Please type the current passphrase.</source>
            <translation>Please type the current passphrase.</translation>
        </message>
        <message>
            <source>The new passphrase must have at least {count} characters.</source>
            <translation>The new passphrase must have at least {count} characters.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>The new passphrase is the same as the current one.</translation>
        </message>
        <message>
            <source>The two new passphrases are different.</source>
            <translation>The two new passphrases are different.</translation>
        </message>
        <message>
            <source>The passphrase was changed. From now on, the group opens only with the new one.</source>
            <translation>The passphrase was changed. From now on, the group opens only with the new one.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>The current passphrase is not right. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>CircleDisplay</name>
        <message>
            <source>{minutes} min {seconds} s</source>
            <translation>{minutes} min {seconds} s</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
        </message>
        <message>
            <source>{seconds} s</source>
            <translation>{seconds} s</translation>
        </message>
        <message>
            <source>Everyone has had their turn</source>
            <translation>Everyone has had their turn</translation>
        </message>
        <message>
            <source>The round is over. Thank you</source>
            <translation>The round is over. Thank you</translation>
        </message>
        <message>
            <source>Ready: press Space to start</source>
            <translation>Ready: press Space to start</translation>
        </message>
        <message>
            <source>Over time {time}</source>
            <translation>Over time {time}</translation>
        </message>
        <message>
            <source>Time to conclude</source>
            <translation>Time to conclude</translation>
        </message>
        <message>
            <source>Speaking</source>
            <translation>Speaking</translation>
        </message>
        <message>
            <source>Paused · {state}</source>
            <translation>Paused · {state}</translation>
        </message>
    </context>
    <context>
        <name>CircleScreen</name>
        <message>
            <source>A soft bell when it is time to conclude and when the time is up</source>
            <translation>A soft bell when it is time to conclude and when the time is up</translation>
        </message>
        <message>
            <source>The chime is not available on this computer (Qt Multimedia is not installed).</source>
            <translation>The chime is not available on this computer (Qt Multimedia is not installed).</translation>
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
            <source>Change the &amp;passphrase…</source>
            <translation>Change the &amp;passphrase…</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made (the disk may be full). Your work is saved as usual; Cercle will try again at the next unlock.</source>
            <translation>Today's automatic backup could not be made (the disk may be full). Your work is saved as usual; Cercle will try again at the next unlock.</translation>
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
        <name>PresenterWindow</name>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
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
        <name>RunningView</name>
        <message>
            <source>Start / Pause</source>
            <translation>Start / Pause</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Back</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Next →</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>+1 minute</source>
            <translation>+1 minute</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>End the round</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Full screen</translation>
        </message>
        <message>
            <source>Presenter screen</source>
            <translation>Presenter screen</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Help now</translation>
        </message>
        <message>
            <source>Start the round, pause or resume the speaker</source>
            <translation>Start the round, pause or resume the speaker</translation>
        </message>
        <message>
            <source>Back to the previous speaker</source>
            <translation>Back to the previous speaker</translation>
        </message>
        <message>
            <source>This speaker is done: the next one starts (also Enter)</source>
            <translation>This speaker is done: the next one starts (also Enter)</translation>
        </message>
        <message>
            <source>The speaker passes: their turn moves to the end of the round, once</source>
            <translation>The speaker passes: their turn moves to the end of the round, once</translation>
        </message>
        <message>
            <source>Give the speaker one more minute</source>
            <translation>Give the speaker one more minute</translation>
        </message>
        <message>
            <source>Stop the round now and see the summary</source>
            <translation>Stop the round now and see the summary</translation>
        </message>
        <message>
            <source>Fill the screen with the timer (Esc to leave)</source>
            <translation>Fill the screen with the timer (Esc to leave)</translation>
        </message>
        <message>
            <source>Show only the name and the timer on the chosen screen</source>
            <translation>Show only the name and the timer on the chosen screen</translation>
        </message>
        <message>
            <source>Crisis lines and emergency numbers, in large type</source>
            <translation>Crisis lines and emergency numbers, in large type</translation>
        </message>
        <message>
            <source>{action} (shortcut: {keys})</source>
            <translation>{action} (shortcut: {keys})</translation>
        </message>
        <message>
            <source>Still to speak (drag to reorder)</source>
            <translation>Still to speak (drag to reorder)</translation>
        </message>
        <message>
            <source>Late arrival's name</source>
            <translation>Late arrival's name</translation>
        </message>
        <message>
            <source>Add a late arrival</source>
            <translation>Add a late arrival</translation>
        </message>
        <message>
            <source>They join at the end of the round</source>
            <translation>They join at the end of the round</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Next: {name}</translation>
        </message>
        <message>
            <source>Next: nobody, this is the last turn</source>
            <translation>Next: nobody, this is the last turn</translation>
        </message>
        <message>
            <source>Turn {number} of {total}</source>
            <translation>Turn {number} of {total}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Screen {number} ({width}×{height})</source>
            <translation>Screen {number} ({width}×{height})</translation>
        </message>
        <message>
            <source>Where the presenter screen opens</source>
            <translation>Where the presenter screen opens</translation>
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
        <name>SetupView</name>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
        </message>
        <message>
            <source>Who takes part, in speaking order (drag to reorder)</source>
            <translation>Who takes part, in speaking order (drag to reorder)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>Shuffle</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Add member</translation>
        </message>
        <message>
            <source>Or type a name for an ad-hoc round</source>
            <translation>Or type a name for an ad-hoc round</translation>
        </message>
        <message>
            <source>Add name</source>
            <translation>Add name</translation>
        </message>
        <message>
            <source>Use who came</source>
            <translation>Use who came</translation>
        </message>
        <message>
            <source>Everyone marked present at this meeting</source>
            <translation>Everyone marked present at this meeting</translation>
        </message>
        <message>
            <source>Time for each person</source>
            <translation>Time for each person</translation>
        </message>
        <message>
            <source>The same time for each</source>
            <translation>The same time for each</translation>
        </message>
        <message>
            <source>Type minutes, or minutes and seconds, e.g. 3:30</source>
            <translation>Type minutes, or minutes and seconds, e.g. 3:30</translation>
        </message>
        <message>
            <source>Share a time budget</source>
            <translation>Share a time budget</translation>
        </message>
        <message>
            <source> min in all</source>
            <translation> min in all</translation>
        </message>
        <message>
            <source>Amber when this much is left</source>
            <translation>Amber when this much is left</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Soft chime at the warning and at the end</source>
            <translation>Soft chime at the warning and at the end</translation>
        </message>
        <message>
            <source>Start the round</source>
            <translation>Start the round</translation>
        </message>
        <message>
            <source>During the round, the keyboard is enough: Space starts and pauses, Right or Enter gives the word to the next person, P lets someone pass (they come back at the end), + gives one more minute, Left goes back. F11 fills the screen, F5 opens the presenter screen for a projector, Ctrl+E ends the round.</source>
            <translation>During the round, the keyboard is enough: Space starts and pauses, Right or Enter gives the word to the next person, P lets someone pass (they come back at the end), + gives one more minute, Left goes back. F11 fills the screen, F5 opens the presenter screen for a projector, Ctrl+E ends the round.</translation>
        </message>
        <message>
            <source>Add the people who take part.</source>
            <translation>Add the people who take part.</translation>
        </message>
        <message numerus="yes">
            <source>%n people: about {total} in all.</source>
            <translation>
                <numerusform>%n person: about {total} in all.</numerusform>
                <numerusform>%n people: about {total} in all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{budget} for %n people: {each} each, which needs {spare} more.</source>
            <translation>
                <numerusform>{budget} for %n person: {each}, which needs {spare} more.</numerusform>
                <numerusform>{budget} for %n people: {each} each, which needs {spare} more.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{budget} for %n people: {each} each.</source>
            <translation>
                <numerusform>{budget} for %n person: {each}.</numerusform>
                <numerusform>{budget} for %n people: {each} each.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{budget} for %n people: {each} each, with {spare} to spare.</source>
            <translation>
                <numerusform>{budget} for %n person: {each}, with {spare} to spare.</numerusform>
                <numerusform>{budget} for %n people: {each} each, with {spare} to spare.</numerusform>
            </translation>
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
            <source>&amp;Backups and restore…</source>
            <translation>&amp;Backups and restore…</translation>
        </message>
        <message>
            <source>A passphrase change for this group was interrupted. If the new passphrase does not open it, the previous one will.</source>
            <translation>A passphrase change for this group was interrupted. If the new passphrase does not open it, the previous one will.</translation>
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
        <name>SummaryModel</name>
        <message>
            <source>Speaker</source>
            <translation>Speaker</translation>
        </message>
        <message>
            <source>Spoke for</source>
            <translation>Spoke for</translation>
        </message>
        <message>
            <source>Time given</source>
            <translation>Time given</translation>
        </message>
        <message>
            <source>Turn</source>
            <translation>Turn</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Did not speak (round ended)</source>
            <translation>Did not speak (round ended)</translation>
        </message>
        <message>
            <source>Spoke</source>
            <translation>Spoke</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>The round is over</source>
            <translation>The round is over</translation>
        </message>
        <message>
            <source>Set up a new round</source>
            <translation>Set up a new round</translation>
        </message>
        <message>
            <source>{used} used of {planned} planned.</source>
            <translation>{used} used of {planned} planned.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) spoke</source>
            <translation>
                <numerusform>%n person spoke</numerusform>
                <numerusform>%n people spoke</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n passed</source>
            <translation>
                <numerusform>%n passed</numerusform>
                <numerusform>%n passed</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved: only who spoke and for how long, never what was said.</source>
            <translation>Saved: only who spoke and for how long, never what was said.</translation>
        </message>
        <message>
            <source>The round never started, so nothing was saved.</source>
            <translation>The round never started, so nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>UnlockWait</name>
        <message numerus="yes">
            <source>Wait %n s</source>
            <translation>
                <numerusform>Wait %n s</numerusform>
                <numerusform>Wait %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Several wrong passphrases in a row: please wait a moment before the next try.</source>
            <translation>Several wrong passphrases in a row: please wait a moment before the next try.</translation>
        </message>
    </context>
</TS>
