<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>About</name>
        <message>
            <source>Cercle {version}

An offline companion for the hosts of peer support groups.

Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it.

This computer keeps the groups, encrypted, in:
{folder}

The passphrase of a group is stored nowhere: without it nobody, not even Cercle, can open the group.</source>
            <translation>Cercle {version}

An offline companion for the hosts of peer support groups.

Free software under the GNU General Public License, version 3 or later: you may use, study, share and change it.

This computer keeps the groups, encrypted, in:
{folder}

The passphrase of a group is stored nowhere: without it nobody, not even Cercle, can open the group.</translation>
        </message>
        <message>
            <source>About Cercle</source>
            <translation>About Cercle</translation>
        </message>
    </context>
    <context>
        <name>AgendaBox</name>
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
            <source>Planned: {total} of {duration} min — {over} min over</source>
            <translation>Planned: {total} of {duration} min — {over} min over</translation>
        </message>
        <message>
            <source>Planned: {total} of {duration} min</source>
            <translation>Planned: {total} of {duration} min</translation>
        </message>
    </context>
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
        <name>Ask</name>
        <message>
            <source>Do not save it in a folder synchronised with an online service (OneDrive, iCloud, Google Drive, Dropbox): a copy would leave this computer.</source>
            <translation>Do not save it in a folder synchronised with an online service (OneDrive, iCloud, Google Drive, Dropbox): a copy would leave this computer.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Discard your changes?</translation>
        </message>
        <message>
            <source>What you changed here is not saved yet.</source>
            <translation>What you changed here is not saved yet.</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Keep editing</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Discard</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Daily</source>
            <translation>Daily</translation>
        </message>
        <message>
            <source>Daily (the week's copy)</source>
            <translation>Daily (the week's copy)</translation>
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
            <source>The previous host's copy, kept at a take-over</source>
            <translation>The previous host's copy, kept at a take-over</translation>
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
            <source>The backups folder could not be read: check that its disk or USB stick is plugged in and that you may read it. The group itself is not touched.</source>
            <translation>The backups folder could not be read: check that its disk or USB stick is plugged in and that you may read it. The group itself is not touched.</translation>
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
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>The backup was restored and the group opens. Cercle could not update the small file beside it that says which passphrase it has, so the list of backups may say the wrong passphrase for some of them.</source>
            <translation>The backup was restored and the group opens. Cercle could not update the small file beside it that says which passphrase it has, so the list of backups may say the wrong passphrase for some of them.</translation>
        </message>
    </context>
    <context>
        <name>BalanceCard</name>
        <message>
            <source>Balance of the round</source>
            <translation>Balance of the round</translation>
        </message>
    </context>
    <context>
        <name>CapStatus</name>
        <message>
            <source>This text is over its limit of {cap} characters: remove {over} characters to save it.</source>
            <translation>This text is over its limit of {cap} characters: remove {over} characters to save it.</translation>
        </message>
        <message>
            <source>The text is limited to {cap} characters; the end of what you pasted was not added.</source>
            <translation>The text is limited to {cap} characters; the end of what you pasted was not added.</translation>
        </message>
        <message>
            <source>The text is limited to {cap} characters.</source>
            <translation>The text is limited to {cap} characters.</translation>
        </message>
        <message>
            <source>{count} / {cap}</source>
            <translation>{count} / {cap}</translation>
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
        <name>CheckInDialog</name>
        <message>
            <source>Who is here on {date}?</source>
            <translation>Who is here on {date}?</translation>
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
            <source>&amp;Find:</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <source>Take attendance</source>
            <translation>Take attendance</translation>
        </message>
        <message>
            <source>&amp;Guests:</source>
            <translation>&amp;Guests:</translation>
        </message>
        <message>
            <source>&amp;Newcomer:</source>
            <translation>&amp;Newcomer:</translation>
        </message>
        <message>
            <source>A ring beside a name: a consent to ask for or renew.</source>
            <translation>A ring beside a name: a consent to ask for or renew.</translation>
        </message>
        <message>
            <source>Someone new by that name? Add them under a distinct one, such as {example}.</source>
            <translation>Someone new by that name? Add them under a distinct one, such as {example}.</translation>
        </message>
        <message>
            <source>“{name} B.”</source>
            <translation>“{name} B.”</translation>
        </message>
        <message>
            <source>{name} is new: added to the roster and marked present.</source>
            <translation>{name} is new: added to the roster and marked present.</translation>
        </message>
        <message>
            <source>{name} was already on the roster, as inactive: active again and marked present.</source>
            <translation>{name} was already on the roster, as inactive: active again and marked present.</translation>
        </message>
        <message>
            <source>{name} was already on the roster: marked present, nobody added.</source>
            <translation>{name} was already on the roster: marked present, nobody added.</translation>
        </message>
        <message>
            <source>{name} is already on the roster and marked present.</source>
            <translation>{name} is already on the roster and marked present.</translation>
        </message>
        <message>
            <source>Several members are called {name}: tick the right one in the list.</source>
            <translation>Several members are called {name}: tick the right one in the list.</translation>
        </message>
    </context>
    <context>
        <name>CheckInModel</name>
        <message>
            <source>A consent to ask for or to renew (see Members)</source>
            <translation>A consent to ask for or to renew (see Members)</translation>
        </message>
    </context>
    <context>
        <name>CheckoutPanel</name>
        <message>
            <source>Check-out: how was this meeting for you? (show of hands)</source>
            <translation>Check-out: how was this meeting for you? (show of hands)</translation>
        </message>
        <message>
            <source>&amp;Good</source>
            <translation>&amp;Good</translation>
        </message>
        <message>
            <source>&amp;Mixed</source>
            <translation>&amp;Mixed</translation>
        </message>
        <message>
            <source>&amp;Hard</source>
            <translation>&amp;Hard</translation>
        </message>
        <message>
            <source>Save the check-out</source>
            <translation>Save the check-out</translation>
        </message>
        <message>
            <source>Counts only, on the meeting: never who</source>
            <translation>Counts only, on the meeting: never who</translation>
        </message>
        <message>
            <source>Saved: counts only, never who.</source>
            <translation>Saved: counts only, never who.</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Check-out</translation>
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
            <source>The chime is not available on this computer: no sound player was found.</source>
            <translation>The chime is not available on this computer: no sound player was found.</translation>
        </message>
        <message>
            <source>A soft chime when it is time to conclude and when the time is up</source>
            <translation>A soft chime when it is time to conclude and when the time is up</translation>
        </message>
        <message>
            <source>Chime</source>
            <translation>Chime</translation>
        </message>
    </context>
    <context>
        <name>CircleSummary</name>
        <message>
            <source>Round {number}, {each} each: {balance}</source>
            <translation>Round {number}, {each} each: {balance}</translation>
        </message>
        <message>
            <source>Spoke: {names}</source>
            <translation>Spoke: {names}</translation>
        </message>
        <message>
            <source>Passed: {names}</source>
            <translation>Passed: {names}</translation>
        </message>
        <message>
            <source>Not reached (round ended): {names}</source>
            <translation>Not reached (round ended): {names}</translation>
        </message>
        <message>
            <source>{used} used of {planned} planned.</source>
            <translation>{used} used of {planned} planned.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consents — {name}</source>
            <translation>Consents — {name}</translation>
        </message>
        <message>
            <source>Each answer is kept with the day it was given and the wording read to the person. A consent past its renewal date no longer holds: the phone list and the handover leave the person out until it is renewed.</source>
            <translation>Each answer is kept with the day it was given and the wording read to the person. A consent past its renewal date no longer holds: the phone list and the handover leave the person out until it is renewed.</translation>
        </message>
        <message>
            <source>the day it was given cannot be after today</source>
            <translation>the day it was given cannot be after today</translation>
        </message>
        <message>
            <source>the renewal date must come after the day it was given</source>
            <translation>the renewal date must come after the day it was given</translation>
        </message>
        <message>
            <source>there is no such version of the wording</source>
            <translation>there is no such version of the wording</translation>
        </message>
        <message>
            <source>the field “{field}” is {reason}</source>
            <translation>the field “{field}” is {reason}</translation>
        </message>
        <message>
            <source>{purpose}: {reason}.</source>
            <translation>{purpose}: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>ConsentWords</name>
        <message>
            <source>Contact between meetings</source>
            <translation>Contact between meetings</translation>
        </message>
        <message>
            <source>Contact details to the next host</source>
            <translation>Contact details to the next host</translation>
        </message>
        <message>
            <source>The group's phone list</source>
            <translation>The group's phone list</translation>
        </message>
        <message>
            <source>I agree that the host of the group may phone or write to me between meetings, about the group only.</source>
            <translation>I agree that the host of the group may phone or write to me between meetings, about the group only.</translation>
        </message>
        <message>
            <source>I agree that my name and contact details are handed to the next host of the group, and to nobody else.</source>
            <translation>I agree that my name and contact details are handed to the next host of the group, and to nobody else.</translation>
        </message>
        <message>
            <source>I agree that my pseudonym and phone number are on the phone list given to the members of the group who agreed to it too.</source>
            <translation>I agree that my pseudonym and phone number are on the phone list given to the members of the group who agreed to it too.</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Answered</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Not asked yet</translation>
        </message>
        <message>
            <source>To renew soon</source>
            <translation>To renew soon</translation>
        </message>
        <message>
            <source>Expired: no longer holds</source>
            <translation>Expired: no longer holds</translation>
        </message>
        <message>
            <source>A consent has expired and no longer holds: ask again (Consents…)</source>
            <translation>A consent has expired and no longer holds: ask again (Consents…)</translation>
        </message>
        <message>
            <source>A consent to ask for or to renew soon (Consents…)</source>
            <translation>A consent to ask for or to renew soon (Consents…)</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Something unexpected went wrong in Cercle. What you saved before is safe. If it happens again, close Cercle and open it again.</source>
            <translation>Something unexpected went wrong in Cercle. What you saved before is safe. If it happens again, close Cercle and open it again.</translation>
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
            <source>Crisis numbers &amp;for:</source>
            <translation>Crisis numbers &amp;for:</translation>
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
            <source>Emergency and suicide-prevention numbers, marked “to verify”: check them before the first meeting.</source>
            <translation>Emergency and suicide-prevention numbers, marked “to verify”: check them before the first meeting.</translation>
        </message>
        <message>
            <source>Crisis numbers for</source>
            <translation>Crisis numbers for</translation>
        </message>
        <message>
            <source>Generate &amp;one</source>
            <translation>Generate &amp;one</translation>
        </message>
        <message>
            <source>Fill both fields with a random passphrase of 6 groups of 4 characters</source>
            <translation>Fill both fields with a random passphrase of 6 groups of 4 characters</translation>
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
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Belgium</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Switzerland</translation>
        </message>
        <message>
            <source>Québec / Canada</source>
            <translation>Québec / Canada</translation>
        </message>
        <message>
            <source>None: I will add them myself</source>
            <translation>None: I will add them myself</translation>
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
            <source>This passphrase cannot be used.</source>
            <translation>This passphrase cannot be used.</translation>
        </message>
        <message>
            <source>The two passphrases are different.</source>
            <translation>The two passphrases are different.</translation>
        </message>
        <message>
            <source>Group lan&amp;guage:</source>
            <translation>Group lan&amp;guage:</translation>
        </message>
    </context>
    <context>
        <name>CsvImport</name>
        <message>
            <source>no pseudonym</source>
            <translation>no pseudonym</translation>
        </message>
        <message>
            <source>email not valid</source>
            <translation>email not valid</translation>
        </message>
        <message>
            <source>date not readable</source>
            <translation>date not readable</translation>
        </message>
        <message>
            <source>unknown role</source>
            <translation>unknown role</translation>
        </message>
        <message>
            <source>expected yes or no</source>
            <translation>expected yes or no</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>wrong number of columns</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field}: {reason}</translation>
        </message>
        <message>
            <source>This file is larger than {size} MB, far more than a roster. Is it the right file? Nothing was imported.</source>
            <translation>This file is larger than {size} MB, far more than a roster. Is it the right file? Nothing was imported.</translation>
        </message>
        <message>
            <source>This is not a CSV text file (it looks like a picture, a PDF or a workbook). In your spreadsheet, choose Save as… and the CSV format, then import that file. Nothing was imported.</source>
            <translation>This is not a CSV text file (it looks like a picture, a PDF or a workbook). In your spreadsheet, choose Save as… and the CSV format, then import that file. Nothing was imported.</translation>
        </message>
        <message>
            <source>This file holds NUL characters, which a spreadsheet's CSV never has: it is damaged or not a spreadsheet. Nothing was imported.</source>
            <translation>This file holds NUL characters, which a spreadsheet's CSV never has: it is damaged or not a spreadsheet. Nothing was imported.</translation>
        </message>
        <message>
            <source>This file has more than {rows} rows, more people than any group has. Is it the right file? Nothing was imported.</source>
            <translation>This file has more than {rows} rows, more people than any group has. Is it the right file? Nothing was imported.</translation>
        </message>
        <message>
            <source>This file is empty: there is nothing to import.</source>
            <translation>This file is empty: there is nothing to import.</translation>
        </message>
        <message>
            <source>This file has more than {columns} columns, far more than a roster. Is it the right file? Nothing was imported.</source>
            <translation>This file has more than {columns} columns, far more than a roster. Is it the right file? Nothing was imported.</translation>
        </message>
        <message>
            <source>This is not a file that can be read, but a device or a pipe. Choose the CSV file your spreadsheet saved. Nothing was imported.</source>
            <translation>This is not a file that can be read, but a device or a pipe. Choose the CSV file your spreadsheet saved. Nothing was imported.</translation>
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
            <source>Also add the rows already on the roster, as new members</source>
            <translation>Also add the rows already on the roster, as new members</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(not imported)</translation>
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
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message numerus="yes">
            <source>• %n row(s) skipped, {reason} (line(s) {lines})</source>
            <translation>
                <numerusform>• %n row skipped, {reason} (line {lines})</numerusform>
                <numerusform>• %n rows skipped, {reason} (lines {lines})</numerusform>
            </translation>
        </message>
        <message>
            <source>Consents recorded on</source>
            <translation>Consents recorded on</translation>
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
            <source>cercle-handover-{date}.cercle</source>
            <translation>cercle-handover-{date}.cercle</translation>
        </message>
    </context>
    <context>
        <name>ErasureWords</name>
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
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Hand over the group</source>
            <translation>Hand over the group</translation>
        </message>
    </context>
    <context>
        <name>FileDialog</name>
        <message>
            <source>A file named “{name}” already exists. Replace it?</source>
            <translation>A file named “{name}” already exists. Replace it?</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Cercle handover files (*.cercle)</source>
            <translation>Cercle handover files (*.cercle)</translation>
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
        <name>FileNames</name>
        <message>
            <source>passphrase</source>
            <translation>passphrase</translation>
        </message>
        <message>
            <source>Phone list</source>
            <translation>Phone list</translation>
        </message>
        <message>
            <source>Agenda {date}</source>
            <translation>Agenda {date}</translation>
        </message>
        <message>
            <source>Sign-in sheet {date}</source>
            <translation>Sign-in sheet {date}</translation>
        </message>
        <message>
            <source>Useful numbers and addresses</source>
            <translation>Useful numbers and addresses</translation>
        </message>
        <message>
            <source>Annual report {period}</source>
            <translation>Annual report {period}</translation>
        </message>
        <message>
            <source>Report {period}</source>
            <translation>Report {period}</translation>
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
        <name>FolderUnusable</name>
        <message>
            <source>Cercle cannot use its folder “{folder}”. Check that it is a folder and not a file, that its disk or USB stick is plugged in, and that you may write in it; then open Cercle again.</source>
            <translation>Cercle cannot use its folder “{folder}”. Check that it is a folder and not a file, that its disk or USB stick is plugged in, and that you may write in it; then open Cercle again.</translation>
        </message>
    </context>
    <context>
        <name>FormatChoice</name>
        <message>
            <source>No format</source>
            <translation>No format</translation>
        </message>
        <message>
            <source>A deleted format</source>
            <translation>A deleted format</translation>
        </message>
        <message>
            <source>While the meeting runs, its window shows this format's own texts to read aloud. Choosing a format lays out its agenda while the meeting has none of its own.</source>
            <translation>While the meeting runs, its window shows this format's own texts to read aloud. Choosing a format lays out its agenda while the meeting has none of its own.</translation>
        </message>
    </context>
    <context>
        <name>FormatScriptsDialog</name>
        <message>
            <source>Texts to read aloud — {name}</source>
            <translation>Texts to read aloud — {name}</translation>
        </message>
        <message>
            <source>Kinds of step</source>
            <translation>Kinds of step</translation>
        </message>
        <message>
            <source>Text to read aloud</source>
            <translation>Text to read aloud</translation>
        </message>
        <message>
            <source>Use the &amp;group's text</source>
            <translation>Use the &amp;group's text</translation>
        </message>
        <message>
            <source>Meetings planned from this format read these words at each kind of step. They are filled in when shown: {fields}.</source>
            <translation>Meetings planned from this format read these words at each kind of step. They are filled in when shown: {fields}.</translation>
        </message>
        <message>
            <source>{kind} — own text</source>
            <translation>{kind} — own text</translation>
        </message>
        <message>
            <source>This format's own text</source>
            <translation>This format's own text</translation>
        </message>
        <message>
            <source>The group's text: this format has none of its own</source>
            <translation>The group's text: this format has none of its own</translation>
        </message>
        <message>
            <source>Cercle's text: neither this format nor the group has its own</source>
            <translation>Cercle's text: neither this format nor the group has its own</translation>
        </message>
        <message>
            <source>This format's own text.</source>
            <translation>This format's own text.</translation>
        </message>
    </context>
    <context>
        <name>GeneratedPassphraseBox</name>
        <message>
            <source>Copy it on paper or print it now. Capitals, spaces and dashes do not matter when you type it.</source>
            <translation>Copy it on paper or print it now. Capitals, spaces and dashes do not matter when you type it.</translation>
        </message>
        <message>
            <source>Save it to pr&amp;int (PDF)…</source>
            <translation>Save it to pr&amp;int (PDF)…</translation>
        </message>
        <message>
            <source>Save the passphrase sheet</source>
            <translation>Save the passphrase sheet</translation>
        </message>
        <message>
            <source>The passphrase sheet is not encrypted: it holds the group's passphrase. Print it, then delete the PDF, and keep the paper somewhere safe, away from this computer.</source>
            <translation>The passphrase sheet is not encrypted: it holds the group's passphrase. Print it, then delete the PDF, and keep the paper somewhere safe, away from this computer.</translation>
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
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
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
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
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
            <source>The handout was saved. Remember that the file is not encrypted.</source>
            <translation>The handout was saved. Remember that the file is not encrypted.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
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
            <source>Members, meetings, attendance and resources. Contact details only for members who agreed to pass them on.</source>
            <translation>Members, meetings, attendance and resources. Contact details only for members who agreed to pass them on.</translation>
        </message>
        <message>
            <source>Private notes about members only if the outgoing host chose to include them.</source>
            <translation>Private notes about members only if the outgoing host chose to include them.</translation>
        </message>
        <message>
            <source>No private notes: they stayed with the outgoing host.</source>
            <translation>No private notes: they stayed with the outgoing host.</translation>
        </message>
        <message>
            <source>The outgoing host's private notes about members go too.</source>
            <translation>The outgoing host's private notes about members go too.</translation>
        </message>
        <message>
            <source>The outgoing host's private notes go too, for members who agreed to pass them on.</source>
            <translation>The outgoing host's private notes go too, for members who agreed to pass them on.</translation>
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
        <message>
            <source>Passphrase of a Cercle group</source>
            <translation>Passphrase of a Cercle group</translation>
        </message>
        <message>
            <source>Keep this sheet somewhere safe, away from the computer. Whoever holds it can open the group; whoever loses it cannot: there is no way to recover it. Capital letters, spaces and dashes do not matter when you type it.</source>
            <translation>Keep this sheet somewhere safe, away from the computer. Whoever holds it can open the group; whoever loses it cannot: there is no way to recover it. Capital letters, spaces and dashes do not matter when you type it.</translation>
        </message>
        <message>
            <source>Meetings, agendas, formats and resources. No member list, no attendance.</source>
            <translation>Meetings, agendas, formats and resources. No member list, no attendance.</translation>
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
            <source>Nothing is pinned to Help now yet. In Resources, edit a crisis line or an emergency number and tick “Show in Help now, in large type”. It will then appear here.</source>
            <translation>Nothing is pinned to Help now yet. In Resources, edit a crisis line or an emergency number and tick “Show in Help now, in large type”. It will then appear here.</translation>
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
        <name>ImportPreviewModel</name>
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
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Skipped: {why}</source>
            <translation>Skipped: {why}</translation>
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
        <name>ImportWords</name>
        <message numerus="yes">
            <source>The file gives no valid consent date for %n member(s): their consents are recorded as given today.</source>
            <translation>
                <numerusform>The file gives no valid consent date for %n member: their consents are recorded as given today.</numerusform>
                <numerusform>The file gives no valid consent date for %n members: their consents are recorded as given today.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeysHelp</name>
        <message>
            <source>During the round, the keyboard is enough</source>
            <translation>During the round, the keyboard is enough</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Space</translation>
        </message>
        <message>
            <source>Start or pause</source>
            <translation>Start or pause</translation>
        </message>
        <message>
            <source>Give the word to the next person</source>
            <translation>Give the word to the next person</translation>
        </message>
        <message>
            <source>→ or Enter</source>
            <translation>→ or Enter</translation>
        </message>
        <message>
            <source>P</source>
            <translation>P</translation>
        </message>
        <message>
            <source>+</source>
            <translation>+</translation>
        </message>
        <message>
            <source>One more minute</source>
            <translation>One more minute</translation>
        </message>
        <message>
            <source>Back to the previous person</source>
            <translation>Back to the previous person</translation>
        </message>
        <message>
            <source>←</source>
            <translation>←</translation>
        </message>
        <message>
            <source>F11</source>
            <translation>F11</translation>
        </message>
        <message>
            <source>Fill the screen</source>
            <translation>Fill the screen</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Presenter screen for a projector</source>
            <translation>Presenter screen for a projector</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>End the round</translation>
        </message>
        <message>
            <source>{key}: {action}.</source>
            <translation>{key}: {action}.</translation>
        </message>
        <message>
            <source>Pass for this round</source>
            <translation>Pass for this round</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Pass for now, come back at the end</source>
            <translation>Pass for now, come back at the end</translation>
        </message>
        <message>
            <source>Alt+↑ or Alt+↓</source>
            <translation>Alt+↑ or Alt+↓</translation>
        </message>
        <message>
            <source>Move the selected person up or down the waiting list</source>
            <translation>Move the selected person up or down the waiting list</translation>
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
        <name>ListDetail</name>
        <message>
            <source>← Back to the list</source>
            <translation>← Back to the list</translation>
        </message>
    </context>
    <context>
        <name>LiveLayout</name>
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
            <source>Right arrow or Page Down</source>
            <translation>Right arrow or Page Down</translation>
        </message>
        <message>
            <source>&amp;Take attendance…</source>
            <translation>&amp;Take attendance…</translation>
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
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Item {number} of {count} · {kind}</source>
            <translation>Item {number} of {count} · {kind}</translation>
        </message>
        <message>
            <source>Planned: {minutes} min</source>
            <translation>Planned: {minutes} min</translation>
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
            <source>&amp;End the meeting…</source>
            <translation>&amp;End the meeting…</translation>
        </message>
        <message>
            <source>&amp;Next item</source>
            <translation>&amp;Next item</translation>
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
            <source>Meeting: {elapsed} · {remaining} left</source>
            <translation>Meeting: {elapsed} · {remaining} left</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <source>End the meeting</source>
            <translation>End the meeting</translation>
        </message>
        <message>
            <source>End the meeting and mark this session as held?</source>
            <translation>End the meeting and mark this session as held?</translation>
        </message>
        <message>
            <source>Leave the meeting</source>
            <translation>Leave the meeting</translation>
        </message>
        <message>
            <source>Leave the meeting in progress?</source>
            <translation>Leave the meeting in progress?</translation>
        </message>
        <message>
            <source>It is not marked as held, and its clocks start again from the first item if you run it again. To end it, go to the last item and choose End the meeting.</source>
            <translation>It is not marked as held, and its clocks start again from the first item if you run it again. To end it, go to the last item and choose End the meeting.</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Meeting in progress</source>
            <translation>Meeting in progress</translation>
        </message>
        <message>
            <source>This meeting is no longer in the group: it was deleted while it ran. Nothing more can be saved on it, and its window closes.</source>
            <translation>This meeting is no longer in the group: it was deleted while it ran. Nothing more can be saved on it, and its window closes.</translation>
        </message>
        <message>
            <source>The agenda of this meeting changed while the group was locked, so it cannot carry on where it was: it starts again at the first item, its clocks at zero.</source>
            <translation>The agenda of this meeting changed while the group was locked, so it cannot carry on where it was: it starts again at the first item, its clocks at zero.</translation>
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
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferences…</translation>
        </message>
        <message>
            <source>&amp;Hand over the group…</source>
            <translation>&amp;Hand over the group…</translation>
        </message>
        <message>
            <source>&amp;Merge a co-host's file…</source>
            <translation>&amp;Merge a co-host's file…</translation>
        </message>
        <message>
            <source>Making today's backup…</source>
            <translation>Making today's backup…</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made. Your work is saved as usual; Cercle will try again at the next unlock.</source>
            <translation>Today's automatic backup could not be made. Your work is saved as usual; Cercle will try again at the next unlock.</translation>
        </message>
        <message>
            <source>Today's backup is made and checked.</source>
            <translation>Today's backup is made and checked.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>User &amp;guide</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About Cercle</source>
            <translation>&amp;About Cercle</translation>
        </message>
    </context>
    <context>
        <name>MeetingScript</name>
        <message>
            <source>Welcome to this meeting: {meeting}. We will finish at {end_time}.
What is said here stays here, and so does who came. Each of us may speak or stay silent: both are welcome.</source>
            <translation>Welcome to this meeting: {meeting}. We will finish at {end_time}.
What is said here stays here, and so does who came. Each of us may speak or stay silent: both are welcome.</translation>
        </message>
        <message>
            <source>Let us read our group agreement together:
{agreement}</source>
            <translation>Let us read our group agreement together:
{agreement}</translation>
        </message>
        <message>
            <source>A short round to arrive: in a word or a sentence, how are you tonight? You may pass.</source>
            <translation>A short round to arrive: in a word or a sentence, how are you tonight? You may pass.</translation>
        </message>
        <message>
            <source>Now the sharing circle. Each person speaks in turn, in "I", without being interrupted, and without advice or comments. It is okay to pass; if you like, I will come back to you at the end of the round.</source>
            <translation>Now the sharing circle. Each person speaks in turn, in "I", without being interrupted, and without advice or comments. It is okay to pass; if you like, I will come back to you at the end of the round.</translation>
        </message>
        <message>
            <source>Tonight's theme: {meeting}.</source>
            <translation>Tonight's theme: {meeting}.</translation>
        </message>
        <message>
            <source>Let us take a short break. We start again in a few minutes.</source>
            <translation>Let us take a short break. We start again in a few minutes.</translation>
        </message>
        <message>
            <source>Thank you all for tonight. Our next meeting: {next_date}.
If you need help before then:
{help_lines}
What was said here stays here.</source>
            <translation>Thank you all for tonight. Our next meeting: {next_date}.
If you need help before then:
{help_lines}
What was said here stays here.</translation>
        </message>
        <message>
            <source>A special welcome to those here for the first time. You do not have to say anything tonight: listening is taking part. At the break or at the end, I am glad to answer your questions.</source>
            <translation>A special welcome to those here for the first time. You do not have to say anything tonight: listening is taking part. At the break or at the end, I am glad to answer your questions.</translation>
        </message>
        <message>
            <source>We speak in "I". Everyone is free to stay silent. What is said here stays here. We do not give advice and we do not interrupt.</source>
            <translation>We speak in "I". Everyone is free to stay silent. What is said here stays here. We do not give advice and we do not interrupt.</translation>
        </message>
        <message>
            <source>our meeting</source>
            <translation>our meeting</translation>
        </message>
        <message>
            <source>not planned yet</source>
            <translation>not planned yet</translation>
        </message>
        <message>
            <source>the numbers in Help now</source>
            <translation>the numbers in Help now</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} at {time}</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
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
            <source>&amp;Active (offered when taking attendance)</source>
            <translation>&amp;Active (offered when taking attendance)</translation>
        </message>
        <message>
            <source>Agrees to be &amp;contacted</source>
            <translation>Agrees to be &amp;contacted</translation>
        </message>
        <message>
            <source>Contact details may &amp;go to the next host</source>
            <translation>Contact details may &amp;go to the next host</translation>
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
        <message>
            <source>&amp;Pseudonym:</source>
            <translation>&amp;Pseudonym:</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>Full &amp;name:</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>E&amp;mail:</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>R&amp;ole:</translation>
        </message>
        <message>
            <source>&amp;Joined on:</source>
            <translation>&amp;Joined on:</translation>
        </message>
        <message>
            <source>Consent &amp;recorded on:</source>
            <translation>Consent &amp;recorded on:</translation>
        </message>
        <message>
            <source>Pri&amp;vate note:</source>
            <translation>Pri&amp;vate note:</translation>
        </message>
        <message>
            <source>Phone n&amp;umber:</source>
            <translation>Phone n&amp;umber:</translation>
        </message>
        <message>
            <source>{purpose}: held until {date}, no longer holds. Renew it with Consents…</source>
            <translation>{purpose}: held until {date}, no longer holds. Renew it with Consents…</translation>
        </message>
    </context>
    <context>
        <name>MemberPane</name>
        <message>
            <source>Cons&amp;ents…</source>
            <translation>Cons&amp;ents…</translation>
        </message>
        <message>
            <source>Record or renew this member's consents, with their dates and wording</source>
            <translation>Record or renew this member's consents, with their dates and wording</translation>
        </message>
        <message>
            <source>Erase for good…</source>
            <translation>Erase for good…</translation>
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
            <source>Mark active</source>
            <translation>Mark active</translation>
        </message>
        <message>
            <source>Mark inactive</source>
            <translation>Mark inactive</translation>
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
        <message numerus="yes">
            <source>%n member(s) shown</source>
            <translation>
                <numerusform>%n member shown</numerusform>
                <numerusform>%n members shown</numerusform>
            </translation>
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
        <message>
            <source>Consents saved.</source>
            <translation>Consents saved.</translation>
        </message>
        <message>
            <source>members.csv</source>
            <translation>members.csv</translation>
        </message>
        <message>
            <source>Include the private &amp;notes</source>
            <translation>Include the private &amp;notes</translation>
        </message>
        <message>
            <source>The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every member, inactive ones too, with their full name, phone and email (also of members who did not agree to be contacted or to have their details passed on), their role, the day they joined and their consents, and their private notes, which are for you alone. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</source>
            <translation>The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every member, inactive ones too, with their full name, phone and email (also of members who did not agree to be contacted or to have their details passed on), their role, the day they joined and their consents, and their private notes, which are for you alone. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</translation>
        </message>
        <message>
            <source>The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every member, inactive ones too, with their full name, phone and email (also of members who did not agree to be contacted or to have their details passed on), their role, the day they joined and their consents. Private notes are left out unless you tick them in below. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</source>
            <translation>The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every member, inactive ones too, with their full name, phone and email (also of members who did not agree to be contacted or to have their details passed on), their role, the day they joined and their consents. Private notes are left out unless you tick them in below. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</translation>
        </message>
    </context>
    <context>
        <name>MembersView</name>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
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
            <source>New member</source>
            <translation>New member</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Meeting:</translation>
        </message>
        <message>
            <source>Meeting to take attendance for</source>
            <translation>Meeting to take attendance for</translation>
        </message>
        <message>
            <source>Ta&amp;ke attendance…</source>
            <translation>Ta&amp;ke attendance…</translation>
        </message>
        <message>
            <source>Tick who is here at the chosen meeting</source>
            <translation>Tick who is here at the chosen meeting</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Phone l&amp;ist…</source>
            <translation>Phone l&amp;ist…</translation>
        </message>
        <message>
            <source>{date} — {theme}</source>
            <translation>{date} — {theme}</translation>
        </message>
        <message>
            <source>Unsaved changes stay in the form: press Enter to save them or Esc to cancel.</source>
            <translation>Unsaved changes stay in the form: press Enter to save them or Esc to cancel.</translation>
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
            <source>Cercle cannot lock this group: in its folder, the lock file beside the group's file (its name ends in “.vault.lock”) has been replaced by a folder or a link. Remove it, then try again.</source>
            <translation>Cercle cannot lock this group: in its folder, the lock file beside the group's file (its name ends in “.vault.lock”) has been replaced by a folder or a link. Remove it, then try again.</translation>
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
            <source>The copy written to the chosen place did not match the file Cercle made, so it was removed. Check the disk or USB stick, then try again or choose another place.</source>
            <translation>The copy written to the chosen place did not match the file Cercle made, so it was removed. Check the disk or USB stick, then try again or choose another place.</translation>
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
            <source>Cercle may not write there: the disk is read-only (a USB stick's lock switch, say). Nothing was changed.</source>
            <translation>Cercle may not write there: the disk is read-only (a USB stick's lock switch, say). Nothing was changed.</translation>
        </message>
        <message>
            <source>Cercle is not allowed to use this file or folder: its rights forbid it (it may belong to another account on this computer). Nothing was changed.</source>
            <translation>Cercle is not allowed to use this file or folder: its rights forbid it (it may belong to another account on this computer). Nothing was changed.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Something went wrong. Nothing was changed.</translation>
        </message>
        <message>
            <source>This handover passphrase does not open the file. Check it against the paper the previous host gave you: capital letters, spaces and dashes do not matter in a generated passphrase, but every letter and digit does. If it is right, the file may be damaged: ask the previous host for a fresh copy.</source>
            <translation>This handover passphrase does not open the file. Check it against the paper the previous host gave you: capital letters, spaces and dashes do not matter in a generated passphrase, but every letter and digit does. If it is right, the file may be damaged: ask the previous host for a fresh copy.</translation>
        </message>
        <message>
            <source>This handover file was made by a newer Cercle. Please update Cercle, then try again.</source>
            <translation>This handover file was made by a newer Cercle. Please update Cercle, then try again.</translation>
        </message>
        <message>
            <source>Cercle cannot read the folder of its groups. They are not lost: check that its disk or USB stick is plugged in and that you may read the folder. Nothing was changed.</source>
            <translation>Cercle cannot read the folder of its groups. They are not lost: check that its disk or USB stick is plugged in and that you may read the folder. Nothing was changed.</translation>
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
        <message>
            <source>The handover file was not written: these texts are longer than a handover file takes (they were saved by an older version of Cercle). Shorten them, then export again.</source>
            <translation>The handover file was not written: these texts are longer than a handover file takes (they were saved by an older version of Cercle). Shorten them, then export again.</translation>
        </message>
        <message>
            <source>{place}: {field}, {length} characters (at most {cap})</source>
            <translation>{place}: {field}, {length} characters (at most {cap})</translation>
        </message>
        <message>
            <source>This handover file was refused and nothing was imported: in {records}, the field “{field}” is {reason}. Cercle accepts only what it would have written itself. Ask the previous host to check these records and send a fresh file.</source>
            <translation>This handover file was refused and nothing was imported: in {records}, the field “{field}” is {reason}. Cercle accepts only what it would have written itself. Ask the previous host to check these records and send a fresh file.</translation>
        </message>
        <message>
            <source>The file was written by an older version of Cercle, which kept these characters: ask the previous host to update Cercle and open the group once (it removes them), then send a fresh file.</source>
            <translation>The file was written by an older version of Cercle, which kept these characters: ask the previous host to update Cercle and open the group once (it removes them), then send a fresh file.</translation>
        </message>
        <message>
            <source>The handover file was not written: in {records}, the field “{field}” is {reason}, and the next host's Cercle would refuse it. Correct these records, then export again.</source>
            <translation>The handover file was not written: in {records}, the field “{field}” is {reason}, and the next host's Cercle would refuse it. Correct these records, then export again.</translation>
        </message>
        <message>
            <source>What this was about is no longer in the group: it was deleted meanwhile. Nothing was changed.</source>
            <translation>What this was about is no longer in the group: it was deleted meanwhile. Nothing was changed.</translation>
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
        <name>NotesCard</name>
        <message>
            <source>No notes for this item. You can add some in the session's agenda.</source>
            <translation>No notes for this item. You can add some in the session's agenda.</translation>
        </message>
        <message>
            <source>Notes for this item</source>
            <translation>Notes for this item</translation>
        </message>
    </context>
    <context>
        <name>Pace</name>
        <message>
            <source>{minutes} min behind plan</source>
            <translation>{minutes} min behind plan</translation>
        </message>
        <message>
            <source>{minutes} min ahead of plan</source>
            <translation>{minutes} min ahead of plan</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>{status} · ends about {end} at this pace (planned {planned})</source>
            <translation>{status} · ends about {end} at this pace (planned {planned})</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short: use at least {count} characters.</source>
            <translation>Too short: use at least {count} characters.</translation>
        </message>
        <message>
            <source>Only digits (like a date or a code) are guessed in minutes.</source>
            <translation>Only digits (like a date or a code) are guessed in minutes.</translation>
        </message>
        <message>
            <source>A sequence or a row of the keyboard (like 12345678 or azerty) is tried first.</source>
            <translation>A sequence or a row of the keyboard (like 12345678 or azerty) is tried first.</translation>
        </message>
        <message>
            <source>It is the group's own label or name, which anyone can read on the start screen.</source>
            <translation>It is the group's own label or name, which anyone can read on the start screen.</translation>
        </message>
        <message>
            <source>It is one of the most common passphrases, tried first by anyone guessing.</source>
            <translation>It is one of the most common passphrases, tried first by anyone guessing.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide the passphrase (Ctrl+H)</source>
            <translation>Hide the passphrase (Ctrl+H)</translation>
        </message>
        <message>
            <source>Show the passphrase (Ctrl+H)</source>
            <translation>Show the passphrase (Ctrl+H)</translation>
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
            <source>Refused: {reason}</source>
            <translation>Refused: {reason}</translation>
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
        <name>PeriodBar</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quarter</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>From… to…</source>
            <translation>From… to…</translation>
        </message>
        <message>
            <source>Annual report (GEM)</source>
            <translation>Annual report (GEM)</translation>
        </message>
        <message>
            <source>Quarter {number}</source>
            <translation>Quarter {number}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
    </context>
    <context>
        <name>PhoneListDialog</name>
        <message>
            <source>Phone list</source>
            <translation>Phone list</translation>
        </message>
        <message>
            <source>Tick the members who agreed today to be on the group's phone list. Only they are printed, with their pseudonym and phone number.</source>
            <translation>Tick the members who agreed today to be on the group's phone list. Only they are printed, with their pseudonym and phone number.</translation>
        </message>
        <message>
            <source>Members with a phone number</source>
            <translation>Members with a phone number</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Save as P&amp;DF…</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) on the list</source>
            <translation>
                <numerusform>%n member on the list</numerusform>
                <numerusform>%n members on the list</numerusform>
            </translation>
        </message>
        <message>
            <source>A printed or PDF phone list is not encrypted. Hand it only to the members on it, and ask them to keep it private.</source>
            <translation>A printed or PDF phone list is not encrypted. Hand it only to the members on it, and ask them to keep it private.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
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
        <message>
            <source>Meetings and resources</source>
            <translation>Meetings and resources</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
        </message>
        <message>
            <source>Esc: back to the host's controls</source>
            <translation>Esc: back to the host's controls</translation>
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
        <message>
            <source>Careful: this file would replace much of your group.</source>
            <translation>Careful: this file would replace much of your group.</translation>
        </message>
        <message>
            <source>{records} of the {total} in your group would be erased or overwritten.</source>
            <translation>{records} of the {total} in your group would be erased or overwritten.</translation>
        </message>
        <message numerus="yes">
            <source>%n crisis line(s) would be erased or changed: check each number with the co-host before merging.</source>
            <translation>
                <numerusform>%n crisis line would be erased or changed: check each number with the co-host before merging.</numerusform>
                <numerusform>%n crisis lines would be erased or changed: check each number with the co-host before merging.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you did not expect this, cancel: nothing has changed yet.</source>
            <translation>If you did not expect this, cancel: nothing has changed yet.</translation>
        </message>
        <message>
            <source>I have checked: merge it anyway</source>
            <translation>I have checked: merge it anyway</translation>
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
    </context>
    <context>
        <name>PurposeCard</name>
        <message>
            <source>Not asked yet</source>
            <translation>Not asked yet</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Declined</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Answer:</translation>
        </message>
        <message>
            <source>&amp;Given on:</source>
            <translation>&amp;Given on:</translation>
        </message>
        <message>
            <source>&amp;Wording read:</source>
            <translation>&amp;Wording read:</translation>
        </message>
        <message>
            <source>Renewal:</source>
            <translation>Renewal:</translation>
        </message>
        <message>
            <source>version </source>
            <translation>version </translation>
        </message>
        <message>
            <source>Ask again by</source>
            <translation>Ask again by</translation>
        </message>
        <message>
            <source>Renewed &amp;today</source>
            <translation>Renewed &amp;today</translation>
        </message>
        <message>
            <source>Asked again today, with the current wording: agreed, renewal in a year</source>
            <translation>Asked again today, with the current wording: agreed, renewal in a year</translation>
        </message>
        <message>
            <source>Wording {version}: “{text}”</source>
            <translation>Wording {version}: “{text}”</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
    </context>
    <context>
        <name>RecordCounts</name>
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
            <source>%Ln session format(s)</source>
            <translation>
                <numerusform>%Ln session format</numerusform>
                <numerusform>%Ln session formats</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln format item(s)</source>
            <translation>
                <numerusform>%Ln format item</numerusform>
                <numerusform>%Ln format items</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln speaking turn(s)</source>
            <translation>
                <numerusform>%Ln speaking turn</numerusform>
                <numerusform>%Ln speaking turns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln read-aloud text(s)</source>
            <translation>
                <numerusform>%Ln read-aloud text</numerusform>
                <numerusform>%Ln read-aloud texts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln erasure record(s)</source>
            <translation>
                <numerusform>%Ln erasure record</numerusform>
                <numerusform>%Ln erasure records</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln group setting(s)</source>
            <translation>
                <numerusform>%Ln group setting</numerusform>
                <numerusform>%Ln group settings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln record</numerusform>
                <numerusform>%Ln records</numerusform>
            </translation>
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
            <source>A series holds at most {count} sessions: this one stops on {last}, before its end date ({until}). Plan another series after it to go further.</source>
            <translation>A series holds at most {count} sessions: this one stops on {last}, before its end date ({until}). Plan another series after it to go further.</translation>
        </message>
        <message>
            <source>Empty agenda</source>
            <translation>Empty agenda</translation>
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
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>Plan a series</source>
            <translation>Plan a series</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) planned.</source>
            <translation>
                <numerusform>%n session planned.</numerusform>
                <numerusform>%n sessions planned.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, because a meeting is already planned or held on that day: {dates}.</source>
            <translation>Skipped, because a meeting is already planned or held on that day: {dates}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s): {dates}</source>
            <translation>
                <numerusform>%n session: {dates}</numerusform>
                <numerusform>%n sessions: {dates}</numerusform>
            </translation>
        </message>
        <message>
            <source>After this &amp;number of sessions:</source>
            <translation>After this &amp;number of sessions:</translation>
        </message>
        <message>
            <source>On this &amp;end date:</source>
            <translation>On this &amp;end date:</translation>
        </message>
        <message>
            <source>Number of sessions</source>
            <translation>Number of sessions</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>End date</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Ends:</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>identifier</source>
            <translation>identifier</translation>
        </message>
        <message>
            <source>creation date</source>
            <translation>creation date</translation>
        </message>
        <message>
            <source>date of last change</source>
            <translation>date of last change</translation>
        </message>
        <message>
            <source>date of erasure</source>
            <translation>date of erasure</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>pseudonym</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>full name</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>email</source>
            <translation>email</translation>
        </message>
        <message>
            <source>role</source>
            <translation>role</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>date joined</source>
            <translation>date joined</translation>
        </message>
        <message>
            <source>consent to be contacted</source>
            <translation>consent to be contacted</translation>
        </message>
        <message>
            <source>consent to the handover</source>
            <translation>consent to the handover</translation>
        </message>
        <message>
            <source>date of consent</source>
            <translation>date of consent</translation>
        </message>
        <message>
            <source>private note</source>
            <translation>private note</translation>
        </message>
        <message>
            <source>start date and time</source>
            <translation>start date and time</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>duration</translation>
        </message>
        <message>
            <source>place</source>
            <translation>place</translation>
        </message>
        <message>
            <source>theme</source>
            <translation>theme</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>summary</translation>
        </message>
        <message>
            <source>number of guests</source>
            <translation>number of guests</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>meeting</translation>
        </message>
        <message>
            <source>member</source>
            <translation>member</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>planned minutes</source>
            <translation>planned minutes</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>presence</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>start time</translation>
        </message>
        <message>
            <source>end time</source>
            <translation>end time</translation>
        </message>
        <message>
            <source>time per turn</source>
            <translation>time per turn</translation>
        </message>
        <message>
            <source>sharing circle</source>
            <translation>sharing circle</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>speaker</translation>
        </message>
        <message>
            <source>planned time</source>
            <translation>planned time</translation>
        </message>
        <message>
            <source>time spoken</source>
            <translation>time spoken</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>passed</translation>
        </message>
        <message>
            <source>category</source>
            <translation>category</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>web address</translation>
        </message>
        <message>
            <source>address</source>
            <translation>address</translation>
        </message>
        <message>
            <source>opening hours</source>
            <translation>opening hours</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>pinned</translation>
        </message>
        <message>
            <source>date last checked</source>
            <translation>date last checked</translation>
        </message>
        <message>
            <source>kind of record</source>
            <translation>kind of record</translation>
        </message>
        <message>
            <source>erased record</source>
            <translation>erased record</translation>
        </message>
        <message>
            <source>group name</source>
            <translation>group name</translation>
        </message>
        <message>
            <source>group identifier</source>
            <translation>group identifier</translation>
        </message>
        <message>
            <source>language</source>
            <translation>language</translation>
        </message>
        <message>
            <source>not the kind of value expected</source>
            <translation>not the kind of value expected</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>empty</translation>
        </message>
        <message>
            <source>far too long</source>
            <translation>far too long</translation>
        </message>
        <message>
            <source>holds invisible control characters</source>
            <translation>holds invisible control characters</translation>
        </message>
        <message>
            <source>outside the accepted range</source>
            <translation>outside the accepted range</translation>
        </message>
        <message>
            <source>not one of the accepted choices</source>
            <translation>not one of the accepted choices</translation>
        </message>
        <message>
            <source>not a real date</source>
            <translation>not a real date</translation>
        </message>
        <message>
            <source>a date in the future</source>
            <translation>a date in the future</translation>
        </message>
        <message>
            <source>not a valid identifier</source>
            <translation>not a valid identifier</translation>
        </message>
        <message>
            <source>erases a record the same file still holds</source>
            <translation>erases a record the same file still holds</translation>
        </message>
        <message>
            <source>Members, the member “{name}”</source>
            <translation>Members, the member “{name}”</translation>
        </message>
        <message>
            <source>Resources, “{name}”</source>
            <translation>Resources, “{name}”</translation>
        </message>
        <message>
            <source>Sessions, the meeting of {name}</source>
            <translation>Sessions, the meeting of {name}</translation>
        </message>
        <message>
            <source>Sessions, the agenda item “{name}”</source>
            <translation>Sessions, the agenda item “{name}”</translation>
        </message>
        <message>
            <source>Sessions, Formats, “{name}”</source>
            <translation>Sessions, Formats, “{name}”</translation>
        </message>
        <message>
            <source>Sessions, Formats, the item “{name}”</source>
            <translation>Sessions, Formats, the item “{name}”</translation>
        </message>
        <message>
            <source>Sessions, a text to read aloud</source>
            <translation>Sessions, a text to read aloud</translation>
        </message>
        <message numerus="yes">
            <source>The file has %Ln other problem(s) of this kind.</source>
            <translation>
                <numerusform>The file has %Ln other problem of this kind.</numerusform>
                <numerusform>The file has %Ln other problems of this kind.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln other text(s).</source>
            <translation>
                <numerusform>… and %Ln other text.</numerusform>
                <numerusform>… and %Ln other texts.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>“{name}”</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>purpose</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>answer</translation>
        </message>
        <message>
            <source>date given</source>
            <translation>date given</translation>
        </message>
        <message>
            <source>wording version</source>
            <translation>wording version</translation>
        </message>
        <message>
            <source>renewal date</source>
            <translation>renewal date</translation>
        </message>
        <message>
            <source>session format</source>
            <translation>session format</translation>
        </message>
    </context>
    <context>
        <name>ReportOutput</name>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>A printed, PDF or CSV report is not encrypted. It holds no names, only counts, and counts of fewer than {n} people are hidden. Give it only to whom it is for.</source>
            <translation>A printed, PDF or CSV report is not encrypted. It holds no names, only counts, and counts of fewer than {n} people are hidden. Give it only to whom it is for.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Activity report</source>
            <translation>Activity report</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label}: {value}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Threshold</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Meetings held</translation>
        </message>
        <message>
            <source>Meetings cancelled</source>
            <translation>Meetings cancelled</translation>
        </message>
        <message>
            <source>Meetings still planned</source>
            <translation>Meetings still planned</translation>
        </message>
        <message>
            <source>Hours met</source>
            <translation>Hours met</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Average attendance per meeting</source>
            <translation>Average attendance per meeting</translation>
        </message>
        <message>
            <source>Median attendance per meeting</source>
            <translation>Median attendance per meeting</translation>
        </message>
        <message>
            <source>Newcomers</source>
            <translation>Newcomers</translation>
        </message>
        <message>
            <source>Newcomers who came back</source>
            <translation>Newcomers who came back</translation>
        </message>
        <message>
            <source>Regular attenders</source>
            <translation>Regular attenders</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Members at the end of the period</source>
            <translation>Members at the end of the period</translation>
        </message>
        <message>
            <source>New members in the period</source>
            <translation>New members in the period</translation>
        </message>
        <message>
            <source>Themes held</source>
            <translation>Themes held</translation>
        </message>
        <message>
            <source>No theme recorded.</source>
            <translation>No theme recorded.</translation>
        </message>
        <message>
            <source>Check-out: good / mixed / hard</source>
            <translation>Check-out: good / mixed / hard</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <source>not available (details folded)</source>
            <translation>not available (details folded)</translation>
        </message>
        <message>
            <source>Attendance per meeting</source>
            <translation>Attendance per meeting</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Guests</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Theme</translation>
        </message>
        <message>
            <source>fewer than {n}</source>
            <translation>fewer than {n}</translation>
        </message>
        <message>
            <source>GEM annual report</source>
            <translation>GEM annual report</translation>
        </message>
        <message>
            <source>Members at 31 December</source>
            <translation>Members at 31 December</translation>
        </message>
        <message>
            <source>New members in the year</source>
            <translation>New members in the year</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Hosts</translation>
        </message>
        <message>
            <source>Paid hosts</source>
            <translation>Paid hosts</translation>
        </message>
        <message>
            <source>Volunteer hosts</source>
            <translation>Volunteer hosts</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Opening</translation>
        </message>
        <message>
            <source>Opening days</source>
            <translation>Opening days</translation>
        </message>
        <message>
            <source>Opening hours in the year</source>
            <translation>Opening hours in the year</translation>
        </message>
        <message>
            <source>Usual times</source>
            <translation>Usual times</translation>
        </message>
        <message>
            <source>{weekday} {start}–{end} ({count} meetings)</source>
            <translation>{weekday} {start}–{end} ({count} meetings)</translation>
        </message>
        <message>
            <source>Activities held</source>
            <translation>Activities held</translation>
        </message>
        <message>
            <source>Activities planned next year</source>
            <translation>Activities planned next year</translation>
        </message>
        <message>
            <source>Meetings planned</source>
            <translation>Meetings planned</translation>
        </message>
        <message>
            <source>Monthly trend: average attendance per meeting</source>
            <translation>Monthly trend: average attendance per meeting</translation>
        </message>
        <message>
            <source>Fewer than {n} (not shown)</source>
            <translation>Fewer than {n} (not shown)</translation>
        </message>
        <message>
            <source>Average per meeting</source>
            <translation>Average per meeting</translation>
        </message>
        <message>
            <source>No meeting held in this period.</source>
            <translation>No meeting held in this period.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No names appear in this report. Counts of people under {n} are shown as “fewer than {n}”, so that no one can be recognised; meetings, hours and hosts are shown as they are.</source>
            <translation>No names appear in this report. Counts of people under {n} are shown as “fewer than {n}”, so that no one can be recognised; meetings, hours and hosts are shown as they are.</translation>
        </message>
        <message>
            <source>Attendance = members marked present + guests. A newcomer came to the group for the first time in the period; came back = present again later in the period. A regular attender missed no more than one meeting in four held in the period.</source>
            <translation>Attendance = members marked present + guests. A newcomer came to the group for the first time in the period; came back = present again later in the period. A regular attender missed no more than one meeting in four held in the period.</translation>
        </message>
        <message>
            <source>Members are the active members who had joined by the period's last day.</source>
            <translation>Members are the active members who had joined by the period's last day.</translation>
        </message>
        <message>
            <source>Details of {n} meeting(s) were folded into counts (retention setting).</source>
            <translation>Details of {n} meeting(s) were folded into counts (retention setting).</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Counts of people under this number are shown as “fewer than” it.</source>
            <translation>Counts of people under this number are shown as “fewer than” it.</translation>
        </message>
        <message>
            <source>P&amp;aid hosts:</source>
            <translation>P&amp;aid hosts:</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Pape&amp;r:</translation>
        </message>
        <message>
            <source>&amp;Keeping who came…</source>
            <translation>&amp;Keeping who came…</translation>
        </message>
        <message>
            <source>Pri&amp;nt…</source>
            <translation>Pri&amp;nt…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Save as P&amp;DF…</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Save as &amp;CSV…</translation>
        </message>
        <message>
            <source>Hide counts of people &amp;under:</source>
            <translation>Hide counts of people &amp;under:</translation>
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
        <message>
            <source>Te&amp;xt (formatting: **bold**, - lists, # headings):</source>
            <translation>Te&amp;xt (formatting: **bold**, - lists, # headings):</translation>
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
            <source>Never checked: call or visit to confirm it before giving it out.</source>
            <translation>Never checked: call or visit to confirm it before giving it out.</translation>
        </message>
        <message>
            <source>Last checked on {date}: call or visit to confirm it before giving it out.</source>
            <translation>Last checked on {date}: call or visit to confirm it before giving it out.</translation>
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
            <source>Crisis line or emergency number</source>
            <translation>Crisis line or emergency number</translation>
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
        <name>ResourcesView</name>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
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
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Keeping who came</source>
            <translation>Keeping who came</translation>
        </message>
        <message>
            <source>&amp;Keep who came at each meeting for (months):</source>
            <translation>&amp;Keep who came at each meeting for (months):</translation>
        </message>
        <message>
            <source>&amp;Always</source>
            <translation>&amp;Always</translation>
        </message>
        <message>
            <source>&amp;Fold older details into counts…</source>
            <translation>&amp;Fold older details into counts…</translation>
        </message>
        <message>
            <source>Folding keeps every report's figures but removes who came to each older meeting and their sharing-circle timings. Backups made before folding still hold these details until they rotate out (the daily and weekly backups within weeks, the copy made before folding after a few more risky changes).</source>
            <translation>Folding keeps every report's figures but removes who came to each older meeting and their sharing-circle timings. Backups made before folding still hold these details until they rotate out (the daily and weekly backups within weeks, the copy made before folding after a few more risky changes).</translation>
        </message>
        <message>
            <source>Who came is kept for as long as the group exists.</source>
            <translation>Who came is kept for as long as the group exists.</translation>
        </message>
        <message>
            <source>Nothing to fold before {day}.</source>
            <translation>Nothing to fold before {day}.</translation>
        </message>
        <message numerus="yes">
            <source>Before {day}: %n meeting(s) to fold into counts, removing {rows} attendance ticks and {turns} circle timings.</source>
            <translation>
                <numerusform>Before {day}: %n meeting to fold into counts, removing {rows} attendance ticks and {turns} circle timings.</numerusform>
                <numerusform>Before {day}: %n meetings to fold into counts, removing {rows} attendance ticks and {turns} circle timings.</numerusform>
            </translation>
        </message>
        <message>
            <source>A verified backup is made first. Then who came to the older meetings is replaced by counts, for good. Fold now?</source>
            <translation>A verified backup is made first. Then who came to the older meetings is replaced by counts, for good. Fold now?</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) folded into counts.</source>
            <translation>
                <numerusform>%n meeting folded into counts.</numerusform>
                <numerusform>%n meetings folded into counts.</numerusform>
            </translation>
        </message>
        <message>
            <source>Making a verified backup, then folding…</source>
            <translation>Making a verified backup, then folding…</translation>
        </message>
        <message>
            <source>Nothing was folded: the group is as it was before.</source>
            <translation>Nothing was folded: the group is as it was before.</translation>
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
        <name>RoundBalance</name>
        <message>
            <source>Spoke</source>
            <translation>Spoke</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <source>Median turn</source>
            <translation>Median turn</translation>
        </message>
        <message>
            <source>Run-over, in all</source>
            <translation>Run-over, in all</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name}: {value}</translation>
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
        <name>RunningLayout</name>
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
            <source>Come back at the end</source>
            <translation>Come back at the end</translation>
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
            <source>The speaker passes for this round</source>
            <translation>The speaker passes for this round</translation>
        </message>
        <message>
            <source>The speaker passes for now and is offered the word again after the last speaker</source>
            <translation>The speaker passes for now and is offered the word again after the last speaker</translation>
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
            <source>Still to speak, in order</source>
            <translation>Still to speak, in order</translation>
        </message>
        <message>
            <source>Screen for the presenter view</source>
            <translation>Screen for the presenter view</translation>
        </message>
        <message>
            <source>Back to the meeting</source>
            <translation>Back to the meeting</translation>
        </message>
        <message>
            <source>The meeting window, with its agenda and clock; the round keeps running</source>
            <translation>The meeting window, with its agenda and clock; the round keeps running</translation>
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
            <source>Next: nobody, everyone has spoken</source>
            <translation>Next: nobody, everyone has spoken</translation>
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
            <source>Everyone has spoken. End the round ({end}) to see its balance, go back to the last speaker ({back}), or add a late arrival.</source>
            <translation>Everyone has spoken. End the round ({end}) to see its balance, go back to the last speaker ({back}), or add a late arrival.</translation>
        </message>
        <message>
            <source>{name} (comes back at the end)</source>
            <translation>{name} (comes back at the end)</translation>
        </message>
        <message>
            <source>Screen {number} ({width}×{height})</source>
            <translation>Screen {number} ({width}×{height})</translation>
        </message>
        <message>
            <source>Where the presenter screen opens</source>
            <translation>Where the presenter screen opens</translation>
        </message>
        <message>
            <source>{up} and {down} move the selected speaker up or down; you can also drag them</source>
            <translation>{up} and {down} move the selected speaker up or down; you can also drag them</translation>
        </message>
    </context>
    <context>
        <name>RunningView</name>
        <message>
            <source>End the round</source>
            <translation>End the round</translation>
        </message>
        <message numerus="yes">
            <source>%n speaker(s) still waiting to speak. End the round now?</source>
            <translation>
                <numerusform>%n speaker still waiting to speak. End the round now?</numerusform>
                <numerusform>%n speakers still waiting to speak. End the round now?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SameGroupChoice</name>
        <message>
            <source>This group is already on this computer, as “{label}”. Choose what to do with the file:</source>
            <translation>This group is already on this computer, as “{label}”. Choose what to do with the file:</translation>
        </message>
        <message>
            <source>&amp;Merge the file into it</source>
            <translation>&amp;Merge the file into it</translation>
        </message>
        <message>
            <source>For co-hosts: both keep their changes. It needs the passphrase that opens the group on this computer.</source>
            <translation>For co-hosts: both keep their changes. It needs the passphrase that opens the group on this computer.</translation>
        </message>
        <message>
            <source>Passphrase of the group here</source>
            <translation>Passphrase of the group here</translation>
        </message>
        <message>
            <source>Open &amp;it</source>
            <translation>Open &amp;it</translation>
        </message>
        <message>
            <source>&amp;Take the group over</source>
            <translation>&amp;Take the group over</translation>
        </message>
        <message>
            <source>For a new host: the file replaces the group here and opens with your own passphrase. The group as it is now is kept as a backup that only the previous passphrase opens. The handover passphrase is the previous host's consent.</source>
            <translation>For a new host: the file replaces the group here and opens with your own passphrase. The group as it is now is kept as a backup that only the previous passphrase opens. The handover passphrase is the previous host's consent.</translation>
        </message>
        <message>
            <source>&amp;Keep both, as two separate groups</source>
            <translation>&amp;Keep both, as two separate groups</translation>
        </message>
        <message>
            <source>The file becomes a second group with its own passphrase. Files of one can no longer be merged into the other.</source>
            <translation>The file becomes a second group with its own passphrase. Files of one can no longer be merged into the other.</translation>
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
            <source>Names, phone numbers and emails go only for members who agreed to pass them on.</source>
            <translation>Names, phone numbers and emails go only for members who agreed to pass them on.</translation>
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
        <message>
            <source>Include my &amp;private notes about members</source>
            <translation>Include my &amp;private notes about members</translation>
        </message>
        <message>
            <source>No member list, so no private notes either.</source>
            <translation>No member list, so no private notes either.</translation>
        </message>
        <message>
            <source>Left unticked, your notes stay on this computer. Ticked, they go for members who agreed to pass their details on.</source>
            <translation>Left unticked, your notes stay on this computer. Ticked, they go for members who agreed to pass their details on.</translation>
        </message>
        <message>
            <source>Left unticked, your notes stay on this computer.</source>
            <translation>Left unticked, your notes stay on this computer.</translation>
        </message>
    </context>
    <context>
        <name>ScriptCard</name>
        <message>
            <source>To read aloud</source>
            <translation>To read aloud</translation>
        </message>
        <message>
            <source>Edit this text…</source>
            <translation>Edit this text…</translation>
        </message>
        <message>
            <source>The group's own words for this kind of step</source>
            <translation>The group's own words for this kind of step</translation>
        </message>
    </context>
    <context>
        <name>ScriptEditor</name>
        <message>
            <source>Text to read aloud</source>
            <translation>Text to read aloud</translation>
        </message>
        <message>
            <source>These words are this group's. They are filled in when shown: {fields}. Newcomer words are added to the welcome when someone new was checked in.</source>
            <translation>These words are this group's. They are filled in when shown: {fields}. Newcomer words are added to the welcome when someone new was checked in.</translation>
        </message>
        <message>
            <source>Back to Cercle's text</source>
            <translation>Back to Cercle's text</translation>
        </message>
        <message>
            <source>These words belong to the format “{name}”, for the meetings planned from it. They are filled in when shown: {fields}. Newcomer words are added to the welcome when someone new was checked in.</source>
            <translation>These words belong to the format “{name}”, for the meetings planned from it. They are filled in when shown: {fields}. Newcomer words are added to the welcome when someone new was checked in.</translation>
        </message>
        <message>
            <source>Back to the group's text</source>
            <translation>Back to the group's text</translation>
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
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat:</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Su&amp;mmary:</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Practical notes only (who hosted, what was planned next). Never write what members shared: it stays in the room.</source>
            <translation>Practical notes only (who hosted, what was planned next). Never write what members shared: it stays in the room.</translation>
        </message>
        <message>
            <source>Sharing circle (time only, never content)</source>
            <translation>Sharing circle (time only, never content)</translation>
        </message>
        <message>
            <source>An agenda item is over its limit of {cap} characters: remove {over} characters from it to save the meeting.</source>
            <translation>An agenda item is over its limit of {cap} characters: remove {over} characters from it to save the meeting.</translation>
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
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
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
        <message>
            <source>Format: {name}</source>
            <translation>Format: {name}</translation>
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
        <message>
            <source>Check-out (show of hands)</source>
            <translation>Check-out (show of hands)</translation>
        </message>
        <message>
            <source>{good} good · {mixed} mixed · {hard} hard</source>
            <translation>{good} good · {mixed} mixed · {hard} hard</translation>
        </message>
        <message>
            <source>This meeting is in progress: end it before you edit, cancel or delete it.</source>
            <translation>This meeting is in progress: end it before you edit, cancel or delete it.</translation>
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
            <source>Duplicate the session</source>
            <translation>Duplicate the session</translation>
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
        <message>
            <source>Edit the session</source>
            <translation>Edit the session</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
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
            <source>Ta&amp;ke attendance…</source>
            <translation>Ta&amp;ke attendance…</translation>
        </message>
        <message>
            <source>Tick who is here at the selected meeting</source>
            <translation>Tick who is here at the selected meeting</translation>
        </message>
        <message>
            <source>From a f&amp;ormat…</source>
            <translation>From a f&amp;ormat…</translation>
        </message>
        <message>
            <source>Plan a &amp;series…</source>
            <translation>Plan a &amp;series…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>Dupli&amp;cate</translation>
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
            <source>Pr&amp;int or PDF</source>
            <translation>Pr&amp;int or PDF</translation>
        </message>
        <message>
            <source>&amp;Back to the meeting</source>
            <translation>&amp;Back to the meeting</translation>
        </message>
        <message>
            <source>&amp;Run the meeting</source>
            <translation>&amp;Run the meeting</translation>
        </message>
    </context>
    <context>
        <name>SetupLayout</name>
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
            <source>Keep each person's speaking time (this group)</source>
            <translation>Keep each person's speaking time (this group)</translation>
        </message>
        <message>
            <source>Off: only the round's balance is kept (how many spoke, passed or were not reached, the median turn, the run-over), never who.</source>
            <translation>Off: only the round's balance is kept (how many spoke, passed or were not reached, the median turn, the run-over), never who.</translation>
        </message>
        <message>
            <source>Start the round</source>
            <translation>Start the round</translation>
        </message>
        <message>
            <source>Who takes part, in speaking order</source>
            <translation>Who takes part, in speaking order</translation>
        </message>
        <message>
            <source>Name for an ad-hoc round</source>
            <translation>Name for an ad-hoc round</translation>
        </message>
        <message>
            <source>Member to add</source>
            <translation>Member to add</translation>
        </message>
        <message>
            <source>Meeting whose attendance to use</source>
            <translation>Meeting whose attendance to use</translation>
        </message>
        <message>
            <source>Time budget for the whole circle</source>
            <translation>Time budget for the whole circle</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
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
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Sharing circle</translation>
        </message>
        <message>
            <source>Open the user guide</source>
            <translation>Open the user guide</translation>
        </message>
        <message>
            <source>Help now: crisis lines in large type</source>
            <translation>Help now: crisis lines in large type</translation>
        </message>
        <message>
            <source>Lock the group</source>
            <translation>Lock the group</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Preferences</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Members</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Resources</translation>
        </message>
        <message>
            <source>Search the list</source>
            <translation>Search the list</translation>
        </message>
        <message>
            <source>New member, session or resource</source>
            <translation>New member, session or resource</translation>
        </message>
        <message>
            <source>In a list: show the chosen one (in the list's place if short)</source>
            <translation>In a list: show the chosen one (in the list's place if short)</translation>
        </message>
        <message>
            <source>Back to the list (a short screen shows one at a time)</source>
            <translation>Back to the list (a short screen shows one at a time)</translation>
        </message>
        <message>
            <source>Next item (also {keys})</source>
            <translation>Next item (also {keys})</translation>
        </message>
        <message>
            <source>Previous item (also {keys})</source>
            <translation>Previous item (also {keys})</translation>
        </message>
        <message>
            <source>Leave the meeting window</source>
            <translation>Leave the meeting window</translation>
        </message>
        <message>
            <source>Start or pause the speaker's time</source>
            <translation>Start or pause the speaker's time</translation>
        </message>
        <message>
            <source>Next speaker</source>
            <translation>Next speaker</translation>
        </message>
        <message>
            <source>Back to the previous speaker</source>
            <translation>Back to the previous speaker</translation>
        </message>
        <message>
            <source>The speaker passes</source>
            <translation>The speaker passes</translation>
        </message>
        <message>
            <source>One more minute</source>
            <translation>One more minute</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>End the round</translation>
        </message>
        <message>
            <source>Presenter view on another screen</source>
            <translation>Presenter view on another screen</translation>
        </message>
        <message>
            <source>Full screen (Esc to leave)</source>
            <translation>Full screen (Esc to leave)</translation>
        </message>
        <message>
            <source>Move the selected speaker up the waiting list</source>
            <translation>Move the selected speaker up the waiting list</translation>
        </message>
        <message>
            <source>Move the selected speaker down the waiting list</source>
            <translation>Move the selected speaker down the waiting list</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Does</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>Cercle cannot read the folder of its groups, “{folder}”, so none can be shown. They are not lost: check that its disk or USB stick is plugged in and that you may read the folder, then open Cercle again.</source>
            <translation>Cercle cannot read the folder of its groups, “{folder}”, so none can be shown. They are not lost: check that its disk or USB stick is plugged in and that you may read the folder, then open Cercle again.</translation>
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
        <message numerus="yes">
            <source>%n group(s) on this computer</source>
            <translation>
                <numerusform>%n group on this computer</numerusform>
                <numerusform>%n groups on this computer</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartView</name>
        <message>
            <source>Cercle works without internet. The passphrase is never stored anywhere: keep it somewhere safe, it is the only way to open the group.</source>
            <translation>Cercle works without internet. The passphrase is never stored anywhere: keep it somewhere safe, it is the only way to open the group.</translation>
        </message>
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
            <source>&amp;Import a handed-over group…</source>
            <translation>&amp;Import a handed-over group…</translation>
        </message>
        <message>
            <source>Preparing the group…</source>
            <translation>Preparing the group…</translation>
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
            <source>{each} + {added}</source>
            <translation>{each} + {added}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Not reached (round ended)</source>
            <translation>Not reached (round ended)</translation>
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
            <source>Saved: only who spoke and for how long, never what was said.</source>
            <translation>Saved: only who spoke and for how long, never what was said.</translation>
        </message>
        <message>
            <source>The round never started, so nothing was saved.</source>
            <translation>The round never started, so nothing was saved.</translation>
        </message>
        <message>
            <source>{each} each planned: {used} used of {planned} planned.</source>
            <translation>{each} each planned: {used} used of {planned} planned.</translation>
        </message>
        <message>
            <source>Saved: only this balance, never who spoke or what was said.</source>
            <translation>Saved: only this balance, never who spoke or what was said.</translation>
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
            <source>&amp;Delete…</source>
            <translation>&amp;Delete…</translation>
        </message>
        <message>
            <source>&amp;New session from this format</source>
            <translation>&amp;New session from this format</translation>
        </message>
        <message>
            <source>This format's name is over its limit of {cap} characters: remove {over} characters from it with Rename.</source>
            <translation>This format's name is over its limit of {cap} characters: remove {over} characters from it with Rename.</translation>
        </message>
        <message>
            <source>An agenda item of this format is over its limit of {cap} characters: start a session from this format, remove {over} characters from the item there, save the session's agenda as a format, then delete this one.</source>
            <translation>An agenda item of this format is over its limit of {cap} characters: start a session from this format, remove {over} characters from the item there, save the session's agenda as a format, then delete this one.</translation>
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
        <message numerus="yes">
            <source>%n text(s) of its own to read aloud will be deleted with it: sessions planned with it will read the group's texts instead, or Cercle's where the group has none.</source>
            <translation>
                <numerusform>%n text of its own to read aloud will be deleted with it: sessions planned with it will read the group's texts instead, or Cercle's where the group has none.</numerusform>
                <numerusform>%n texts of its own to read aloud will be deleted with it: sessions planned with it will read the group's texts instead, or Cercle's where the group has none.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>In all: {minutes} min</source>
            <translation>In all: {minutes} min</translation>
        </message>
        <message>
            <source>Texts to &amp;read aloud…</source>
            <translation>Texts to &amp;read aloud…</translation>
        </message>
        <message>
            <source>What the host reads at each kind of step in meetings of this format</source>
            <translation>What the host reads at each kind of step in meetings of this format</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>Rena&amp;me…</translation>
        </message>
    </context>
    <context>
        <name>TranslatedWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Finish</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>Undo “{step}”</source>
            <translation>Undo “{step}”</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo “{step}”</source>
            <translation>Redo “{step}”</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
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
            <source>&amp;Show the meeting of {date}</source>
            <translation>&amp;Show the meeting of {date}</translation>
        </message>
        <message>
            <source>&amp;Show “{name}”</source>
            <translation>&amp;Show “{name}”</translation>
        </message>
        <message>
            <source>Save the handover letter</source>
            <translation>Save the handover letter</translation>
        </message>
        <message>
            <source>Save the passphrase sheet</source>
            <translation>Save the passphrase sheet</translation>
        </message>
        <message>
            <source>The passphrase sheet is not encrypted: it holds the handover file's passphrase, and whoever has both can open the group. Print it, then delete the PDF, and never send or keep the sheet with the handover file.</source>
            <translation>The passphrase sheet is not encrypted: it holds the handover file's passphrase, and whoever has both can open the group. Print it, then delete the PDF, and never send or keep the sheet with the handover file.</translation>
        </message>
        <message>
            <source>handover-letter.pdf</source>
            <translation>handover-letter.pdf</translation>
        </message>
    </context>
</TS>
