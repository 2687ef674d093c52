<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Intitulé</translation>
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
            <translation>Cette partie est en cours de construction.</translation>
        </message>
    </context>
    <context>
        <name>CircleSummary</name>
        <message>
            <source>Round {number}: {used} used of {planned} planned.</source>
            <translation>Tour {number} : {used} utilisées sur {planned} prévues.</translation>
        </message>
        <message>
            <source>Spoke: {names}</source>
            <translation>Ont parlé : {names}</translation>
        </message>
        <message>
            <source>Passed: {names}</source>
            <translation>Ont passé leur tour : {names}</translation>
        </message>
    </context>
    <context>
        <name>CreateGroupDialog</name>
        <message>
            <source>Create a group</source>
            <translation>Créer un groupe</translation>
        </message>
        <message>
            <source>&amp;Label on this computer:</source>
            <translation>&amp;Étiquette sur cet ordinateur :</translation>
        </message>
        <message>
            <source>Group &amp;name:</source>
            <translation>&amp;Nom du groupe :</translation>
        </message>
        <message>
            <source>Group &amp;language:</source>
            <translation>&amp;Langue du groupe :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Confirm passphrase:</source>
            <translation>&amp;Confirmer la phrase secrète :</translation>
        </message>
        <message>
            <source>for example: Tuesday group</source>
            <translation>par exemple : groupe du mardi</translation>
        </message>
        <message>
            <source>Anyone using this computer can read the label, even without the passphrase. Choose one that says nothing private.</source>
            <translation>Toute personne qui utilise cet ordinateur peut lire l'étiquette, même sans la phrase secrète. Choisissez-en une qui ne révèle rien de privé.</translation>
        </message>
        <message>
            <source>for example: Bereavement support group</source>
            <translation>par exemple : Groupe d'entraide deuil</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open the group again: there is no way to recover it.</source>
            <translation>Notez la phrase secrète et gardez-la en lieu sûr. Si elle est perdue, personne ne pourra plus ouvrir le groupe : il n'existe aucun moyen de la retrouver.</translation>
        </message>
        <message>
            <source>Label on this computer</source>
            <translation>Étiquette sur cet ordinateur</translation>
        </message>
        <message>
            <source>Group name</source>
            <translation>Nom du groupe</translation>
        </message>
        <message>
            <source>Group language</source>
            <translation>Langue du groupe</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Confirm passphrase</source>
            <translation>Confirmer la phrase secrète</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>Créer</translation>
        </message>
        <message>
            <source>Please give the group a label.</source>
            <translation>Donnez une étiquette au groupe.</translation>
        </message>
        <message>
            <source>Please give the group a name.</source>
            <translation>Donnez un nom au groupe.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {count} characters.</source>
            <translation>La phrase secrète doit compter au moins {count} caractères.</translation>
        </message>
        <message>
            <source>The two passphrases are different.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
    </context>
    <context>
        <name>GroupListModel</name>
        <message>
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <source>{label} (demo)</source>
            <translation>{label} (démo)</translation>
        </message>
    </context>
    <context>
        <name>GroupScreen</name>
        <message>
            <source>&amp;Sessions</source>
            <translation>&amp;Séances</translation>
        </message>
        <message>
            <source>&amp;Members</source>
            <translation>&amp;Membres</translation>
        </message>
        <message>
            <source>Sharing &amp;circle</source>
            <translation>&amp;Cercle de parole</translation>
        </message>
        <message>
            <source>&amp;Resources</source>
            <translation>&amp;Ressources</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Raccourci : {keys}</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Aide immédiate</translation>
        </message>
        <message>
            <source>Crisis lines and emergency numbers, in large type ({keys})</source>
            <translation>Lignes d'écoute et numéros d'urgence, en grands caractères ({keys})</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Close the group and return to the start screen (Ctrl+L)</source>
            <translation>Fermer le groupe et revenir à l'écran d'accueil (Ctrl+L)</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Help now</source>
            <translation>Aide immédiate</translation>
        </message>
    </context>
    <context>
        <name>KindDelegate</name>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <source>Meeting in progress</source>
            <translation>Séance en cours</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>Étape précédente</translation>
        </message>
        <message>
            <source>Left arrow or Page Up</source>
            <translation>Flèche gauche ou Page précédente</translation>
        </message>
        <message>
            <source>Check-&amp;in…</source>
            <translation>&amp;Présences…</translation>
        </message>
        <message>
            <source>Read the group &amp;agreements</source>
            <translation>Lire la ch&amp;arte du groupe</translation>
        </message>
        <message>
            <source>&amp;Start the sharing circle</source>
            <translation>&amp;Lancer le cercle de parole</translation>
        </message>
        <message>
            <source>Leave (Esc)</source>
            <translation>Quitter (Échap)</translation>
        </message>
        <message>
            <source>Item {number} of {count} · {kind}</source>
            <translation>Étape {number} sur {count} · {kind}</translation>
        </message>
        <message>
            <source>{elapsed} elapsed · {remaining} left</source>
            <translation>{elapsed} écoulées · reste {remaining}</translation>
        </message>
        <message>
            <source>{elapsed} elapsed · {over} over</source>
            <translation>{elapsed} écoulées · dépassement {over}</translation>
        </message>
        <message>
            <source>Next: {title} ({minutes} min)</source>
            <translation>Ensuite : {title} ({minutes} min)</translation>
        </message>
        <message>
            <source>This is the last item.</source>
            <translation>C'est la dernière étape.</translation>
        </message>
        <message>
            <source>Meeting: {elapsed} · {remaining} left</source>
            <translation>Séance : {elapsed} · reste {remaining}</translation>
        </message>
        <message>
            <source>&amp;End the meeting…</source>
            <translation>&amp;Terminer la séance…</translation>
        </message>
        <message>
            <source>&amp;Next item</source>
            <translation>Étape &amp;suivante</translation>
        </message>
        <message>
            <source>Right arrow or Page Down</source>
            <translation>Flèche droite ou Page suivante</translation>
        </message>
        <message>
            <source>End the meeting</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <source>End the meeting and mark this session as held?</source>
            <translation>Terminer la séance et la marquer comme tenue ?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
    </context>
    <context>
        <name>MembersScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>Cette partie est en cours de construction.</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>This passphrase does not open the group. Check it and try again (capital letters, accents). If you are sure it is right, the file may be damaged: a backup can be restored.</source>
            <translation>Cette phrase secrète n'ouvre pas le groupe. Vérifiez-la et réessayez (majuscules, accents). Si vous êtes sûr qu'elle est juste, le fichier est peut-être endommagé : une sauvegarde peut être restaurée.</translation>
        </message>
        <message>
            <source>The passphrase is right, but the group's file is damaged. Restore a backup to get your data back.</source>
            <translation>La phrase secrète est juste, mais le fichier du groupe est endommagé. Restaurez une sauvegarde pour retrouver vos données.</translation>
        </message>
        <message>
            <source>This file is not a Cercle group.</source>
            <translation>Ce fichier n'est pas un groupe Cercle.</translation>
        </message>
        <message>
            <source>This group was saved by a newer version of Cercle. Please update Cercle to open it.</source>
            <translation>Ce groupe a été enregistré par une version plus récente de Cercle. Mettez Cercle à jour pour l'ouvrir.</translation>
        </message>
        <message>
            <source>This group is already open in another Cercle window. Close it there first.</source>
            <translation>Ce groupe est déjà ouvert dans une autre fenêtre de Cercle. Fermez-le d'abord là-bas.</translation>
        </message>
        <message>
            <source>The group's file can no longer be found. It may have been moved or deleted.</source>
            <translation>Le fichier du groupe est introuvable. Il a peut-être été déplacé ou supprimé.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Le disque est plein. Rien n'a été modifié ; libérez de la place et réessayez.</translation>
        </message>
        <message>
            <source>Please type a passphrase.</source>
            <translation>Saisissez une phrase secrète.</translation>
        </message>
        <message>
            <source>The group's file could not be read or written. Nothing was changed.</source>
            <translation>Le fichier du groupe n'a pas pu être lu ou écrit. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The file could not be read or written. Check that the disk or USB stick is still there and not full.</source>
            <translation>Le fichier n'a pas pu être lu ou écrit. Vérifiez que le disque ou la clé USB est toujours branché et qu'il n'est pas plein.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Un problème est survenu. Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseStrengthLabel</name>
        <message>
            <source>At least 8 characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Au moins 8 caractères. Quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>Trop courte</translation>
        </message>
        <message>
            <source>Weak: easy to guess</source>
            <translation>Faible : facile à deviner</translation>
        </message>
        <message>
            <source>Fair: add a word or two</source>
            <translation>Moyenne : ajoutez un mot ou deux</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Solide</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Solidité : {level}</translation>
        </message>
    </context>
    <context>
        <name>PrintMenu</name>
        <message>
            <source>Print the agenda…</source>
            <translation>Imprimer le déroulé…</translation>
        </message>
        <message>
            <source>Save the agenda as PDF…</source>
            <translation>Enregistrer le déroulé en PDF…</translation>
        </message>
        <message>
            <source>Print a blank sign-in sheet…</source>
            <translation>Imprimer une feuille d'émargement vierge…</translation>
        </message>
        <message>
            <source>Save a blank sign-in sheet as PDF…</source>
            <translation>Enregistrer une feuille d'émargement vierge en PDF…</translation>
        </message>
        <message>
            <source>Sign-in sheet</source>
            <translation>Feuille d'émargement</translation>
        </message>
        <message>
            <source>A printed or PDF sign-in sheet is not encrypted. Once members have written on it, keep it somewhere safe and destroy it when it is no longer needed.</source>
            <translation>Une feuille d'émargement imprimée ou en PDF n'est pas chiffrée. Une fois que les membres l'ont remplie, rangez-la en lieu sûr et détruisez-la dès qu'elle n'est plus utile.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
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
            <translation>Planifier une série de séances</translation>
        </message>
        <message>
            <source>first</source>
            <translation>premier</translation>
        </message>
        <message>
            <source>second</source>
            <translation>deuxième</translation>
        </message>
        <message>
            <source>third</source>
            <translation>troisième</translation>
        </message>
        <message>
            <source>fourth</source>
            <translation>quatrième</translation>
        </message>
        <message>
            <source>fifth</source>
            <translation>cinquième</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Chaque semaine</translation>
        </message>
        <message>
            <source>Every two weeks</source>
            <translation>Toutes les deux semaines</translation>
        </message>
        <message>
            <source>Every month, on the {nth} {weekday}</source>
            <translation>Chaque mois, le {nth} {weekday}</translation>
        </message>
        <message>
            <source>Empty agenda</source>
            <translation>Déroulé vide</translation>
        </message>
        <message>
            <source>This many sessions:</source>
            <translation>Nombre de séances :</translation>
        </message>
        <message>
            <source>Until this date:</source>
            <translation>Jusqu'à cette date :</translation>
        </message>
        <message>
            <source>&amp;First session:</source>
            <translation>&amp;Première séance :</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Répétition :</translation>
        </message>
        <message>
            <source>&amp;Number:</source>
            <translation>&amp;Nombre :</translation>
        </message>
        <message>
            <source>&amp;End date:</source>
            <translation>Date de &amp;fin :</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat :</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s): {dates}</source>
            <translation>
                <numerusform>%n séance : {dates}</numerusform>
                <numerusform>%n séances : {dates}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResourcesScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>Cette partie est en cours de construction.</translation>
        </message>
    </context>
    <context>
        <name>SessionEditor</name>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>&amp;Date and time:</source>
            <translation>&amp;Date et heure :</translation>
        </message>
        <message>
            <source>D&amp;uration (minutes):</source>
            <translation>D&amp;urée (minutes) :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Co&amp;mpte rendu :</translation>
        </message>
        <message>
            <source>Practical notes only (who hosted, what was planned next). Never write what members shared: it stays in the room.</source>
            <translation>Notes pratiques seulement (qui animait, ce qui est prévu ensuite). N'écrivez jamais ce que les membres ont partagé : cela reste dans le groupe.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Déroulé</translation>
        </message>
        <message>
            <source>Agenda items</source>
            <translation>Étapes du déroulé</translation>
        </message>
        <message>
            <source>Alt+Up and Alt+Down move the selected item; you can also drag it.</source>
            <translation>Alt+Haut et Alt+Bas déplacent l'étape choisie ; vous pouvez aussi la faire glisser.</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Ajouter une étape</translation>
        </message>
        <message>
            <source>&amp;Remove item</source>
            <translation>&amp;Retirer l'étape</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Haut</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Alt+Down</source>
            <translation>Alt+Bas</translation>
        </message>
        <message>
            <source>Save as &amp;format…</source>
            <translation>Enregistrer comme &amp;format…</translation>
        </message>
        <message>
            <source>Sharing circle (time only, never content)</source>
            <translation>Cercle de parole (durées seulement, jamais le contenu)</translation>
        </message>
        <message>
            <source>Planned: {total} of {duration} min — {over} min over</source>
            <translation>Prévu : {total} sur {duration} min — {over} min de trop</translation>
        </message>
        <message>
            <source>Planned: {total} of {duration} min</source>
            <translation>Prévu : {total} sur {duration} min</translation>
        </message>
        <message>
            <source>Save as format</source>
            <translation>Enregistrer comme format</translation>
        </message>
        <message>
            <source>Name of the format:</source>
            <translation>Nom du format :</translation>
        </message>
    </context>
    <context>
        <name>SessionLabels</name>
        <message>
            <source>Welcome</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Group agreements</source>
            <translation>Charte du groupe</translation>
        </message>
        <message>
            <source>Check-in round</source>
            <translation>Tour de météo</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Break</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Clôture</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévue</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Tenue</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulée</translation>
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
            <translation>Séance choisie</translation>
        </message>
        <message>
            <source>Select a session to see its agenda.</source>
            <translation>Choisissez une séance pour voir son déroulé.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>{status} · {minutes} min</source>
            <translation>{status} · {minutes} min</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) present</source>
            <translation>
                <numerusform>%n membre présent</numerusform>
                <numerusform>%n membres présents</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Déroulé</translation>
        </message>
        <message>
            <source>No agenda yet.</source>
            <translation>Pas encore de déroulé.</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Compte rendu</translation>
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
            <translation>Thème</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Présents</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) marked present</source>
            <translation>
                <numerusform>%n membre noté présent</numerusform>
                <numerusform>%n membres notés présents</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsScreen</name>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>&amp;Upcoming</source>
            <translation>À &amp;venir</translation>
        </message>
        <message>
            <source>&amp;Past</source>
            <translation>&amp;Passées</translation>
        </message>
        <message>
            <source>Upcoming sessions</source>
            <translation>Séances à venir</translation>
        </message>
        <message>
            <source>Past sessions</source>
            <translation>Séances passées</translation>
        </message>
        <message>
            <source>&amp;New session</source>
            <translation>&amp;Nouvelle séance</translation>
        </message>
        <message>
            <source>From a &amp;format…</source>
            <translation>À partir d'un &amp;format…</translation>
        </message>
        <message>
            <source>Plan a &amp;series…</source>
            <translation>Planifier une &amp;série…</translation>
        </message>
        <message>
            <source>&amp;Run the meeting</source>
            <translation>&amp;Animer la séance</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>Cance&amp;l session</source>
            <translation>Annu&amp;ler la séance</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>Print or P&amp;DF</source>
            <translation>Imprimer ou P&amp;DF</translation>
        </message>
        <message>
            <source>Plan a series</source>
            <translation>Planifier une série</translation>
        </message>
        <message>
            <source>Cancel the session</source>
            <translation>Annuler la séance</translation>
        </message>
        <message>
            <source>Mark this session as cancelled? It stays in the list, and you can still delete it later.</source>
            <translation>Marquer cette séance comme annulée ? Elle reste dans la liste, et vous pourrez toujours la supprimer plus tard.</translation>
        </message>
        <message>
            <source>Delete the session</source>
            <translation>Supprimer la séance</translation>
        </message>
        <message>
            <source>Delete this session, its agenda and its attendance for good? This cannot be undone.</source>
            <translation>Supprimer définitivement cette séance, son déroulé et ses présences ? C'est irréversible.</translation>
        </message>
        <message>
            <source>Run the meeting</source>
            <translation>Animer la séance</translation>
        </message>
        <message>
            <source>This session has no agenda yet. Add at least one item first.</source>
            <translation>Cette séance n'a pas encore de déroulé. Ajoutez d'abord au moins une étape.</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>A quiet companion for the hosts of peer support groups. Everything stays on this computer, encrypted.</source>
            <translation>Un outil discret pour les animateurs et animatrices de groupes d'entraide. Tout reste sur cet ordinateur, chiffré.</translation>
        </message>
        <message>
            <source>&amp;Groups on this computer</source>
            <translation>&amp;Groupes sur cet ordinateur</translation>
        </message>
        <message>
            <source>No group yet. Create one, or try the demo group to look around.</source>
            <translation>Aucun groupe pour l'instant. Créez-en un, ou essayez le groupe de démonstration pour découvrir l'application.</translation>
        </message>
        <message>
            <source>&amp;Create a group…</source>
            <translation>&amp;Créer un groupe…</translation>
        </message>
        <message>
            <source>Try the &amp;demo group</source>
            <translation>Essayer le groupe de &amp;démonstration</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>Opening the group…</source>
            <translation>Ouverture du groupe…</translation>
        </message>
        <message>
            <source>Groups on this computer</source>
            <translation>Groupes sur cet ordinateur</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>The demo group's passphrase is: {passphrase}</source>
            <translation>La phrase secrète du groupe de démonstration est : {passphrase}</translation>
        </message>
        <message>
            <source>Choose a group on the left.</source>
            <translation>Choisissez un groupe à gauche.</translation>
        </message>
        <message>
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <source>Unlock “{label}”</source>
            <translation>Déverrouiller « {label} »</translation>
        </message>
        <message>
            <source>Please type the group's passphrase.</source>
            <translation>Saisissez la phrase secrète du groupe.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesDialog</name>
        <message>
            <source>Meeting formats</source>
            <translation>Formats de séance</translation>
        </message>
        <message>
            <source>Formats</source>
            <translation>Formats</translation>
        </message>
        <message>
            <source>Re&amp;name…</source>
            <translation>Re&amp;nommer…</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;New session from this format</source>
            <translation>&amp;Nouvelle séance avec ce format</translation>
        </message>
        <message>
            <source>{kind}: {title} ({minutes} min)</source>
            <translation>{kind} : {title} ({minutes} min)</translation>
        </message>
        <message>
            <source>Rename the format</source>
            <translation>Renommer le format</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete the format</source>
            <translation>Supprimer le format</translation>
        </message>
        <message>
            <source>Delete the format “{name}”? Sessions already planned with it are kept.</source>
            <translation>Supprimer le format « {name} » ? Les séances déjà planifiées avec lui sont conservées.</translation>
        </message>
    </context>
</TS>
