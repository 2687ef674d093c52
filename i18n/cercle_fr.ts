<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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
            <translation>É&amp;tiquette sur cet ordinateur :</translation>
        </message>
        <message>
            <source>Group &amp;name:</source>
            <translation>&amp;Nom du groupe :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>Group lan&amp;guage:</source>
            <translation>&amp;Langue du groupe :</translation>
        </message>
        <message>
            <source>&amp;Confirm passphrase:</source>
            <translation>&amp;Confirmer la phrase secrète :</translation>
        </message>
        <message>
            <source>for example: Tuesday group</source>
            <translation>par exemple : groupe du mardi</translation>
        </message>
        <message>
            <source>Anyone using this computer can read the label, even without the passphrase. Choose one that says nothing private.</source>
            <translation>Toute personne qui utilise cet ordinateur peut lire l'étiquette, même sans la phrase secrète. Choisissez-en une qui ne dévoile rien de personnel.</translation>
        </message>
        <message>
            <source>for example: Bereavement support group</source>
            <translation>par exemple : groupe d'entraide deuil</translation>
        </message>
        <message>
            <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open the group again: there is no way to recover it.</source>
            <translation>Notez la phrase secrète et gardez-la en lieu sûr. Si elle est perdue, personne ne pourra plus ouvrir le groupe : il n'existe aucun moyen de la retrouver.</translation>
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
            <translation>Raccourci : {keys}</translation>
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
            <translation>Verrouiller le groupe et revenir à l'écran d'accueil (Ctrl+L)</translation>
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
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
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
            <translation>Cette phrase secrète n'ouvre pas le groupe. Vérifiez-la et réessayez (majuscules, accents). Si elle vous semble exacte, le fichier est peut-être endommagé : vous pouvez restaurer une sauvegarde.</translation>
        </message>
        <message>
            <source>The passphrase is right, but the group's file is damaged. Restore a backup to get your data back.</source>
            <translation>La phrase secrète est bonne, mais le fichier du groupe est endommagé. Restaurez une sauvegarde pour retrouver vos données.</translation>
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
            <translation>Ce groupe est déjà ouvert dans une autre fenêtre de Cercle. Fermez-le d'abord dans cette fenêtre.</translation>
        </message>
        <message>
            <source>The group's file can no longer be found. It may have been moved or deleted.</source>
            <translation>Le fichier du groupe est introuvable. Il a peut-être été déplacé ou supprimé.</translation>
        </message>
        <message>
            <source>The disk is full. Nothing was changed; free some space and try again.</source>
            <translation>Le disque est plein. Rien n'a été modifié : libérez de la place et réessayez.</translation>
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
            <translation>Le fichier n'a pas pu être lu ou écrit. Vérifiez que le disque ou la clé USB est toujours branché et qu'il reste de la place.</translation>
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
            <translation>trop courte</translation>
        </message>
        <message>
            <source>Weak: easy to guess</source>
            <translation>faible, facile à deviner</translation>
        </message>
        <message>
            <source>Fair: add a word or two</source>
            <translation>moyenne, ajoutez un mot ou deux</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>bonne</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>excellente</translation>
        </message>
        <message>
            <source>Strength: {level}</source>
            <translation>Robustesse : {level}</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Affichage</translation>
        </message>
        <message>
            <source>Safety</source>
            <translation>Sécurité</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>&amp;Text size:</source>
            <translation>&amp;Taille du texte :</translation>
        </message>
        <message>
            <source>C&amp;olours:</source>
            <translation>C&amp;ouleurs :</translation>
        </message>
        <message>
            <source>Lock after this many &amp;minutes without use:</source>
            <translation>Verrouiller après ce nombre de &amp;minutes d'inactivité :</translation>
        </message>
        <message>
            <source>&amp;Daily backups to keep:</source>
            <translation>Sauvegardes &amp;quotidiennes à conserver :</translation>
        </message>
        <message>
            <source>&amp;Weekly backups to keep:</source>
            <translation>Sauvegardes &amp;hebdomadaires à conserver :</translation>
        </message>
        <message>
            <source>Ask to &amp;verify a resource after (days):</source>
            <translation>Proposer de &amp;vérifier une ressource après (jours) :</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Comme sur cet ordinateur</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normale</translation>
        </message>
        <message>
            <source>Large</source>
            <translation>Grande</translation>
        </message>
        <message>
            <source>Very large</source>
            <translation>Très grande</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Claires</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombres</translation>
        </message>
        <message>
            <source>Play a soft &amp;chime when a speaker's time is up</source>
            <translation>Jouer un &amp;carillon doux quand le temps de parole est écoulé</translation>
        </message>
        <message>
            <source>The group locks itself when nobody has used Cercle for this long, except while a sharing circle is running.</source>
            <translation>Le groupe se verrouille de lui-même quand personne n'a utilisé Cercle pendant ce temps, sauf pendant un cercle de parole.</translation>
        </message>
        <message>
            <source>Phone numbers and opening hours change: older resources are marked for checking.</source>
            <translation>Les numéros et les horaires changent : les ressources plus anciennes sont signalées pour être vérifiées.</translation>
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
            <translation>Un compagnon discret pour les animateurs et animatrices de groupes d'entraide. Tout reste sur cet ordinateur, chiffré.</translation>
        </message>
        <message>
            <source>&amp;Groups</source>
            <translation>&amp;Groupes</translation>
        </message>
        <message>
            <source>P&amp;references…</source>
            <translation>Préfé&amp;rences…</translation>
        </message>
        <message>
            <source>Language, text size, colours (Ctrl+,)</source>
            <translation>Langue, taille du texte, couleurs (Ctrl+,)</translation>
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
            <translation>Essayer le groupe de dé&amp;monstration</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
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
            <translation>La phrase secrète du groupe de démonstration est : {passphrase}</translation>
        </message>
        <message numerus="yes">
            <source>%n group(s) on this computer</source>
            <translation>
                <numerusform>%n groupe sur cet ordinateur</numerusform>
                <numerusform>%n groupes sur cet ordinateur</numerusform>
            </translation>
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
            <translation>Déverrouiller « {label} »</translation>
        </message>
        <message>
            <source>Please type the group's passphrase.</source>
            <translation>Saisissez la phrase secrète du groupe.</translation>
        </message>
    </context>
</TS>
