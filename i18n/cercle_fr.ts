<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Hebdomadaire</translation>
        </message>
        <message>
            <source>Before a passphrase change</source>
            <translation>Avant un changement de phrase secrète</translation>
        </message>
        <message>
            <source>Before a merge</source>
            <translation>Avant une fusion</translation>
        </message>
        <message>
            <source>Before an update</source>
            <translation>Avant une mise à jour</translation>
        </message>
        <message>
            <source>Kept aside at a restore</source>
            <translation>Mise de côté lors d'une restauration</translation>
        </message>
        <message>
            <source>Before a change</source>
            <translation>Avant une modification</translation>
        </message>
        <message>
            <source>Made on</source>
            <translation>Faite le</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <source>Opens with</source>
            <translation>S'ouvre avec</translation>
        </message>
        <message>
            <source>The current passphrase</source>
            <translation>La phrase secrète actuelle</translation>
        </message>
        <message>
            <source>An earlier passphrase</source>
            <translation>Une ancienne phrase secrète</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Unnamed group</source>
            <translation>Groupe sans nom</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Backups of “{label}”, made automatically once a day and before every risky change. Each one is encrypted with the passphrase the group had on that day.</source>
            <translation>Sauvegardes de « {label} », faites automatiquement une fois par jour et avant chaque opération délicate. Chacune est chiffrée avec la phrase secrète que le groupe avait ce jour-là.</translation>
        </message>
        <message>
            <source>No backup yet: one is made the first time the group is opened each day.</source>
            <translation>Pas encore de sauvegarde : une sauvegarde est faite à la première ouverture du groupe chaque jour.</translation>
        </message>
        <message>
            <source>&amp;Passphrase of the chosen backup:</source>
            <translation>&amp;Phrase secrète de la sauvegarde choisie :</translation>
        </message>
        <message>
            <source>Passphrase of the chosen backup</source>
            <translation>Phrase secrète de la sauvegarde choisie</translation>
        </message>
        <message>
            <source>&amp;Restore and open</source>
            <translation>&amp;Restaurer et ouvrir</translation>
        </message>
        <message>
            <source>The group's current file will be kept aside as a backup first, so nothing is lost.</source>
            <translation>Le fichier actuel du groupe sera d'abord mis de côté comme sauvegarde : rien n'est perdu.</translation>
        </message>
        <message>
            <source>This backup was made before the passphrase was changed: it opens only with the earlier passphrase.</source>
            <translation>Cette sauvegarde date d'avant le changement de phrase secrète : elle ne s'ouvre qu'avec l'ancienne phrase secrète.</translation>
        </message>
        <message>
            <source>Please type the passphrase of this backup.</source>
            <translation>Veuillez saisir la phrase secrète de cette sauvegarde.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change the passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>A backup is made first. The group stays open while its file is re-encrypted with the new passphrase.</source>
            <translation>Une sauvegarde est faite d'abord. Le groupe reste ouvert pendant que son fichier est chiffré à nouveau avec la nouvelle phrase secrète.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Phrase secrète &amp;actuelle :</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>C&amp;onfirm the new passphrase:</source>
            <translation>C&amp;onfirmez la nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>Write the new passphrase down and keep it somewhere safe. Backups made before this change will still need the current passphrase.</source>
            <translation>Notez la nouvelle phrase secrète et gardez-la en lieu sûr. Les sauvegardes faites avant ce changement demanderont toujours la phrase secrète actuelle.</translation>
        </message>
        <message>
            <source>Please type the current passphrase.</source>
            <translation>Veuillez saisir la phrase secrète actuelle.</translation>
        </message>
        <message>
            <source>The new passphrase must have at least {count} characters.</source>
            <translation>La nouvelle phrase secrète doit compter au moins {count} caractères.</translation>
        </message>
        <message>
            <source>The new passphrase is the same as the current one.</source>
            <translation>La nouvelle phrase secrète est identique à l'actuelle.</translation>
        </message>
        <message>
            <source>The two new passphrases are different.</source>
            <translation>Les deux nouvelles phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <source>The passphrase was changed. From now on, the group opens only with the new one.</source>
            <translation>La phrase secrète a été changée. Désormais, le groupe ne s'ouvre qu'avec la nouvelle.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>La phrase secrète actuelle n'est pas la bonne. Rien n'a été modifié.</translation>
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
        <message>
            <source>Change the &amp;passphrase…</source>
            <translation>Changer la &amp;phrase secrète…</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made (the disk may be full). Your work is saved as usual; Cercle will try again at the next unlock.</source>
            <translation>La sauvegarde automatique du jour n'a pas pu être faite (le disque est peut-être plein). Votre travail est enregistré normalement ; Cercle réessaiera au prochain déverrouillage.</translation>
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
        <name>ResourcesScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>Cette partie est en cours de construction.</translation>
        </message>
    </context>
    <context>
        <name>SessionsScreen</name>
        <message>
            <source>This area is being built.</source>
            <translation>Cette partie est en cours de construction.</translation>
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
            <source>&amp;Backups and restore…</source>
            <translation>&amp;Sauvegardes et restauration…</translation>
        </message>
        <message>
            <source>A passphrase change for this group was interrupted. If the new passphrase does not open it, the previous one will.</source>
            <translation>Un changement de phrase secrète a été interrompu pour ce groupe. Si la nouvelle phrase secrète ne l'ouvre pas, l'ancienne l'ouvrira.</translation>
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
        <name>UnlockWait</name>
        <message numerus="yes">
            <source>Wait %n s</source>
            <translation>
                <numerusform>Patientez %n s</numerusform>
                <numerusform>Patientez %n s</numerusform>
            </translation>
        </message>
        <message>
            <source>Several wrong passphrases in a row: please wait a moment before the next try.</source>
            <translation>Plusieurs phrases secrètes erronées d'affilée : veuillez patienter un instant avant le prochain essai.</translation>
        </message>
    </context>
</TS>
