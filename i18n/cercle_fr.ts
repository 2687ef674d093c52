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
        <name>DestinationPage</name>
        <message>
            <source>Where to write the file</source>
            <translation>Où enregistrer le fichier</translation>
        </message>
        <message>
            <source>Usually on a USB stick.</source>
            <translation>En général sur une clé USB.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Cercle writes the file, reads it back to check it, and only then gives it its name. If anything fails, no file is left.</source>
            <translation>Cercle écrit le fichier, le relit pour le vérifier, et seulement ensuite lui donne son nom. En cas de problème, aucun fichier n'est laissé.</translation>
        </message>
        <message>
            <source>&amp;Write the file</source>
            <translation>&amp;Écrire le fichier</translation>
        </message>
        <message>
            <source>Write the handover file</source>
            <translation>Écrire le fichier de passation</translation>
        </message>
        <message>
            <source>Cercle handover files (*.cercle)</source>
            <translation>Fichiers de passation Cercle (*.cercle)</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <source>Hand over the group</source>
            <translation>Passer le relais du groupe</translation>
        </message>
    </context>
    <context>
        <name>FileField</name>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>The handover file</source>
            <translation>Le fichier de passation</translation>
        </message>
        <message>
            <source>The file the previous host gave you (it ends in .cercle), and the passphrase they gave you on paper.</source>
            <translation>Le fichier que l'animateur ou l'animatrice précédente vous a remis (il se termine par .cercle), et la phrase secrète qu'on vous a donnée sur papier.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Handover &amp;passphrase:</source>
            <translation>&amp;Phrase secrète de passation :</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Phrase secrète de passation</translation>
        </message>
        <message>
            <source>&amp;Open and check the file</source>
            <translation>&amp;Ouvrir et vérifier le fichier</translation>
        </message>
        <message>
            <source>Open a handover file</source>
            <translation>Ouvrir un fichier de passation</translation>
        </message>
        <message>
            <source>Cercle handover files (*.cercle);;All files (*)</source>
            <translation>Fichiers de passation Cercle (*.cercle);;Tous les fichiers (*)</translation>
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
        <name>Handover</name>
        <message numerus="yes">
            <source>%Ln member(s)</source>
            <translation>
                <numerusform>%Ln membre</numerusform>
                <numerusform>%Ln membres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting(s)</source>
            <translation>
                <numerusform>%Ln séance</numerusform>
                <numerusform>%Ln séances</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln attendance mark(s)</source>
            <translation>
                <numerusform>%Ln présence notée</numerusform>
                <numerusform>%Ln présences notées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln agenda item(s)</source>
            <translation>
                <numerusform>%Ln point d'ordre du jour</numerusform>
                <numerusform>%Ln points d'ordre du jour</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln sharing circle(s)</source>
            <translation>
                <numerusform>%Ln cercle de parole</numerusform>
                <numerusform>%Ln cercles de parole</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln resource(s)</source>
            <translation>
                <numerusform>%Ln ressource</numerusform>
                <numerusform>%Ln ressources</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln meeting template(s)</source>
            <translation>
                <numerusform>%Ln modèle de séance</numerusform>
                <numerusform>%Ln modèles de séance</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Groupe :</translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Exporté :</translation>
        </message>
        <message>
            <source>{date}, by Cercle {version}</source>
            <translation>{date}, par Cercle {version}</translation>
        </message>
        <message>
            <source>Holds:</source>
            <translation>Contenu :</translation>
        </message>
        <message>
            <source>Counts:</source>
            <translation>Nombres :</translation>
        </message>
    </context>
    <context>
        <name>HandoverLetter</name>
        <message>
            <source>Everything: members with their contact details, meetings, attendance, speaking-time records and resources.</source>
            <translation>Tout : les membres avec leurs coordonnées, les séances, les présences, les temps de parole et les ressources.</translation>
        </message>
        <message>
            <source>Meetings, agendas, templates and resources. No member list, no attendance.</source>
            <translation>Les séances, ordres du jour, modèles et ressources. Ni liste des membres, ni présences.</translation>
        </message>
        <message>
            <source>Members, meetings, attendance and resources. Contact details and private notes only for members who agreed to pass them on.</source>
            <translation>Les membres, les séances, les présences et les ressources. Coordonnées et notes personnelles seulement pour les membres qui ont accepté qu'elles soient transmises.</translation>
        </message>
        <message>
            <source>Install Cercle on your computer and open it.</source>
            <translation>Installez Cercle sur votre ordinateur et ouvrez-le.</translation>
        </message>
        <message>
            <source>On the start screen, choose “Import a handed-over group…” and pick the file {file} on the USB stick.</source>
            <translation>Sur l'écran d'accueil, choisissez « Importer un groupe transmis… » et sélectionnez le fichier {file} sur la clé USB.</translation>
        </message>
        <message>
            <source>Type the handover passphrase you were given on paper, separately from the stick.</source>
            <translation>Tapez la phrase secrète de passation qui vous a été remise sur papier, à part de la clé.</translation>
        </message>
        <message>
            <source>Check that the verification code shown matches the one above, then choose your own passphrase for the group.</source>
            <translation>Vérifiez que le code de vérification affiché est bien celui ci-dessus, puis choisissez votre propre phrase secrète pour le groupe.</translation>
        </message>
        <message>
            <source>Once the group opens, delete the file from the stick and destroy the passphrase sheet.</source>
            <translation>Une fois le groupe ouvert, effacez le fichier de la clé et détruisez la feuille de la phrase secrète.</translation>
        </message>
        <message>
            <source>Handing over the group</source>
            <translation>Passation du groupe</translation>
        </message>
        <message>
            <source>Exported on {date}.</source>
            <translation>Exporté le {date}.</translation>
        </message>
        <message>
            <source>Verification code, to compare aloud with the outgoing host:</source>
            <translation>Code de vérification, à comparer à voix haute avec l'animateur ou l'animatrice sortante :</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Ce que contient le fichier</translation>
        </message>
        <message>
            <source>How to import it</source>
            <translation>Comment l'importer</translation>
        </message>
        <message>
            <source>This letter does not hold the passphrase. Without it, nobody can open the file.</source>
            <translation>Cette lettre ne contient pas la phrase secrète. Sans elle, personne ne peut ouvrir le fichier.</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Phrase secrète de passation</translation>
        </message>
        <message>
            <source>For the file whose verification code is {code}.</source>
            <translation>Pour le fichier dont le code de vérification est {code}.</translation>
        </message>
        <message>
            <source>Give this sheet by hand, never together with the USB stick. Destroy it once the group is imported.</source>
            <translation>Remettez cette feuille en main propre, jamais avec la clé USB. Détruisez-la une fois le groupe importé.</translation>
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
        <name>ImportWizard</name>
        <message>
            <source>Merge a co-host's file</source>
            <translation>Fusionner le fichier d'un co-animateur</translation>
        </message>
        <message>
            <source>Import a handed-over group</source>
            <translation>Importer un groupe transmis</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Hand over the group…</source>
            <translation>&amp;Passer le relais du groupe…</translation>
        </message>
        <message>
            <source>&amp;Merge a co-host's file…</source>
            <translation>&amp;Fusionner le fichier d'un co-animateur…</translation>
        </message>
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
        <message>
            <source>This handover file was made by a newer Cercle. Please update Cercle, then try again.</source>
            <translation>Ce fichier de passation a été créé par une version plus récente de Cercle. Mettez Cercle à jour, puis réessayez.</translation>
        </message>
        <message>
            <source>This handover file is incomplete or was altered after it was written. Nothing was imported. Ask the previous host for a fresh copy.</source>
            <translation>Ce fichier de passation est incomplet ou a été modifié après son écriture. Rien n'a été importé. Demandez une nouvelle copie à la personne qui vous passe le relais.</translation>
        </message>
        <message>
            <source>This handover file belongs to another group. Only a co-host's file of this same group can be merged; import it as a new group instead.</source>
            <translation>Ce fichier de passation appartient à un autre groupe. Seul le fichier d'un co-animateur de ce même groupe peut être fusionné ; importez-le plutôt comme nouveau groupe.</translation>
        </message>
        <message>
            <source>This group is already on this computer. Open it and merge the file into it instead.</source>
            <translation>Ce groupe est déjà sur cet ordinateur. Ouvrez-le et fusionnez-y plutôt le fichier.</translation>
        </message>
    </context>
    <context>
        <name>NewVaultPage</name>
        <message>
            <source>Your own passphrase for this group</source>
            <translation>Votre propre phrase secrète pour ce groupe</translation>
        </message>
        <message>
            <source>From now on the group opens with your passphrase, not the handover one.</source>
            <translation>Désormais, le groupe s'ouvre avec votre phrase secrète, et non plus avec celle de la passation.</translation>
        </message>
        <message>
            <source>&amp;Label on this computer:</source>
            <translation>&amp;Nom affiché sur cet ordinateur :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>À &amp;nouveau :</translation>
        </message>
        <message>
            <source>Shown on the start screen without the passphrase: choose something discreet.</source>
            <translation>Visible sur l'écran d'accueil sans la phrase secrète : choisissez quelque chose de discret.</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase, not even the previous host.</source>
            <translation>Personne ne peut retrouver une phrase secrète oubliée, pas même l'animateur ou l'animatrice précédente.</translation>
        </message>
        <message>
            <source>&amp;Import the group</source>
            <translation>&amp;Importer le groupe</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>The handover passphrase</source>
            <translation>La phrase secrète de passation</translation>
        </message>
        <message>
            <source>It protects the file on the stick. It is not your own passphrase, and the next host will choose theirs.</source>
            <translation>Elle protège le fichier sur la clé. Ce n'est pas votre propre phrase secrète, et la personne qui reprend le groupe choisira la sienne.</translation>
        </message>
        <message>
            <source>Use this &amp;generated passphrase (recommended)</source>
            <translation>Utiliser cette phrase secrète &amp;générée (recommandé)</translation>
        </message>
        <message>
            <source>Generate &amp;another</source>
            <translation>En générer une &amp;autre</translation>
        </message>
        <message>
            <source>Write it down or print it at the end, and give it on paper, never together with the stick.</source>
            <translation>Notez-la ou imprimez-la à la fin, et remettez-la sur papier, jamais avec la clé.</translation>
        </message>
        <message>
            <source>Type my &amp;own passphrase</source>
            <translation>Taper ma &amp;propre phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>The same passphrase again</source>
            <translation>La même phrase secrète, à nouveau</translation>
        </message>
        <message>
            <source>Handover passphrase</source>
            <translation>Phrase secrète de passation</translation>
        </message>
        <message>
            <source>Handover passphrase, again</source>
            <translation>Phrase secrète de passation, à nouveau</translation>
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
        <name>PreviewPage</name>
        <message>
            <source>What the file holds</source>
            <translation>Ce que contient le fichier</translation>
        </message>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Rien n'a encore été importé.</translation>
        </message>
        <message>
            <source>Verification code: compare it aloud with the previous host. If it differs, stop here.</source>
            <translation>Code de vérification : comparez-le à voix haute avec la personne qui vous passe le relais. S'il diffère, arrêtez-vous ici.</translation>
        </message>
        <message>
            <source>Comparing with your group…</source>
            <translation>Comparaison avec votre groupe…</translation>
        </message>
        <message>
            <source>Will be added: {added}.
Will be changed: {changed}.
Will be deleted: {deleted}.</source>
            <translation>Seront ajoutés : {added}.
Seront modifiés : {changed}.
Seront supprimés : {deleted}.</translation>
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
        <name>RunPage</name>
        <message>
            <source>Merging the file</source>
            <translation>Fusion du fichier</translation>
        </message>
        <message>
            <source>Importing the group</source>
            <translation>Import du groupe</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <source>Done. Your group now holds your co-host's changes.</source>
            <translation>C'est fait. Votre groupe contient maintenant les modifications de votre co-animateur.</translation>
        </message>
        <message>
            <source>Done. The group is on this computer; open it with your passphrase.</source>
            <translation>C'est fait. Le groupe est sur cet ordinateur ; ouvrez-le avec votre phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>ScopePage</name>
        <message>
            <source>What goes in the file</source>
            <translation>Ce que contient le fichier</translation>
        </message>
        <message>
            <source>The next host receives the group as it is today.</source>
            <translation>La personne qui reprend le groupe le reçoit tel qu'il est aujourd'hui.</translation>
        </message>
        <message>
            <source>&amp;Everything, except the contact details of members who did not agree (recommended)</source>
            <translation>&amp;Tout, sauf les coordonnées des membres qui n'ont pas donné leur accord (recommandé)</translation>
        </message>
        <message>
            <source>Names, phone numbers, emails and private notes go only for members who agreed to pass them on.</source>
            <translation>Noms, téléphones, e-mails et notes personnelles ne sont transmis que pour les membres qui l'ont accepté.</translation>
        </message>
        <message>
            <source>Everything, &amp;with all contact details</source>
            <translation>Tout, a&amp;vec toutes les coordonnées</translation>
        </message>
        <message>
            <source>Only if every member agreed, or the next host already has these details.</source>
            <translation>Seulement si tous les membres l'ont accepté, ou si la personne qui reprend le groupe a déjà ces coordonnées.</translation>
        </message>
        <message>
            <source>&amp;No member list at all</source>
            <translation>Aucune liste des &amp;membres</translation>
        </message>
        <message>
            <source>Meetings, agendas and resources only: no members, no attendance.</source>
            <translation>Seulement les séances, ordres du jour et ressources : ni membres, ni présences.</translation>
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
            <source>&amp;Import a handed-over group…</source>
            <translation>&amp;Importer un groupe transmis…</translation>
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
        <name>WritePage</name>
        <message>
            <source>Writing the handover file</source>
            <translation>Écriture du fichier de passation</translation>
        </message>
        <message>
            <source>&amp;Try again</source>
            <translation>&amp;Réessayer</translation>
        </message>
        <message>
            <source>Save the handover &amp;letter (PDF)…</source>
            <translation>Enregistrer la &amp;lettre de passation (PDF)…</translation>
        </message>
        <message>
            <source>Save the &amp;passphrase sheet (PDF)…</source>
            <translation>Enregistrer la feuille de la &amp;phrase secrète (PDF)…</translation>
        </message>
        <message>
            <source>Verification code. Read it aloud with the next host: Cercle shows them the same code when they open the file.</source>
            <translation>Code de vérification. Lisez-le à voix haute avec la personne qui reprend le groupe : Cercle lui affiche le même code à l'ouverture du fichier.</translation>
        </message>
        <message>
            <source>The file is written and checked.</source>
            <translation>Le fichier est écrit et vérifié.</translation>
        </message>
        <message>
            <source>Writing and checking…</source>
            <translation>Écriture et vérification…</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save the handover letter</source>
            <translation>Enregistrer la lettre de passation</translation>
        </message>
        <message>
            <source>Save the passphrase sheet</source>
            <translation>Enregistrer la feuille de la phrase secrète</translation>
        </message>
    </context>
</TS>
