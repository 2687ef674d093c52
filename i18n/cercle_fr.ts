<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
    <context>
        <name>AgreementsReader</name>
        <message>
            <source>Group agreements</source>
            <translation>Charte du groupe</translation>
        </message>
        <message>
            <source>Smaller text (Ctrl+-)</source>
            <translation>Texte plus petit (Ctrl+-)</translation>
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation>Texte plus grand (Ctrl++)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>No group agreements yet. In Resources, add a resource of the kind “Group agreements” and write them there.</source>
            <translation>Pas encore de charte du groupe. Dans Ressources, ajoutez une ressource de la catégorie « Charte du groupe » et rédigez-la là.</translation>
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
        <name>HandoutDialog</name>
        <message>
            <source>Handout: print or PDF</source>
            <translation>Fiche à remettre : imprimer ou PDF</translation>
        </message>
        <message numerus="yes">
            <source>The %n chosen resource(s)</source>
            <translation>
                <numerusform>La ressource choisie</numerusform>
                <numerusform>Les %n ressources choisies</numerusform>
            </translation>
        </message>
        <message>
            <source>A whole &amp;category:</source>
            <translation>Toute une &amp;catégorie :</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Format du &amp;papier :</translation>
        </message>
        <message>
            <source>A4 (21 × 29.7 cm)</source>
            <translation>A4 (21 × 29,7 cm)</translation>
        </message>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>Lettre US (8,5 × 11 po)</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message>
            <source>A PDF file is not encrypted: anyone who finds it can read it. It holds only the resources shown here, never member details. The handout is in the group's language.</source>
            <translation>Un fichier PDF n'est pas chiffré : toute personne qui le trouve peut le lire. Il ne contient que les ressources affichées ici, jamais de données sur les membres. La fiche est rédigée dans la langue du groupe.</translation>
        </message>
        <message>
            <source>Save the handout (not encrypted)</source>
            <translation>Enregistrer la fiche (non chiffrée)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The handout was saved. Remember that the file is not encrypted.</source>
            <translation>La fiche est enregistrée. N'oubliez pas que ce fichier n'est pas chiffré.</translation>
        </message>
    </context>
    <context>
        <name>HelpNowDialog</name>
        <message>
            <source>Help now</source>
            <translation>Aide immédiate</translation>
        </message>
        <message>
            <source>&amp;Resources…</source>
            <translation>&amp;Ressources…</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>Fermer (Échap)</translation>
        </message>
        <message>
            <source>Take your time. You can call with the person, or give them the number.</source>
            <translation>Prenez votre temps. Vous pouvez appeler avec la personne, ou lui donner le numéro.</translation>
        </message>
        <message>
            <source>Nothing is pinned to Help now yet. In Resources, edit a crisis line or an emergency number and tick “Show in Help now”. It will then appear here, in large type.</source>
            <translation>Rien n'est encore épinglé dans « Aide immédiate ». Dans Ressources, modifiez une ligne d'écoute ou un numéro d'urgence et cochez « Afficher dans Aide immédiate ». Il apparaîtra ici, en grands caractères.</translation>
        </message>
        <message>
            <source>Phone number for {title}</source>
            <translation>Numéro de téléphone : {title}</translation>
        </message>
        <message>
            <source>Not checked recently: the number may have changed.</source>
            <translation>Pas vérifié récemment : le numéro a pu changer.</translation>
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
        <name>ResourceEditor</name>
        <message>
            <source>New resource</source>
            <translation>Nouvelle ressource</translation>
        </message>
        <message>
            <source>Edit resource</source>
            <translation>Modifier la ressource</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Télé&amp;phone :</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>Adresse &amp;web :</translation>
        </message>
        <message>
            <source>&amp;Postal address:</source>
            <translation>Adresse p&amp;ostale :</translation>
        </message>
        <message>
            <source>&amp;Opening hours:</source>
            <translation>&amp;Horaires :</translation>
        </message>
        <message>
            <source>Help now:</source>
            <translation>Aide immédiate :</translation>
        </message>
        <message>
            <source>Last checked:</source>
            <translation>Dernière vérification :</translation>
        </message>
        <message>
            <source>&amp;Show in Help now, in large type</source>
            <translation>&amp;Afficher dans Aide immédiate, en grands caractères</translation>
        </message>
        <message>
            <source>&amp;Verified today</source>
            <translation>&amp;Vérifié aujourd'hui</translation>
        </message>
        <message>
            <source>Te&amp;xt (Markdown: **bold**, - lists, # headings):</source>
            <translation>Te&amp;xte (Markdown : **gras**, - listes, # titres) :</translation>
        </message>
        <message>
            <source>Preview:</source>
            <translation>Aperçu :</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>e.g. every day, 24 hours</source>
            <translation>par ex. 7 j/7, 24 h/24</translation>
        </message>
        <message>
            <source>e.g. https://example.org</source>
            <translation>par ex. https://exemple.fr</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Jamais vérifiée</translation>
        </message>
        <message>
            <source>Please give the resource a title.</source>
            <translation>Donnez un titre à la ressource.</translation>
        </message>
    </context>
    <context>
        <name>ResourceTableModel</name>
        <message>
            <source>Resource</source>
            <translation>Ressource</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Vérifiée</translation>
        </message>
        <message>
            <source>Not checked recently: call or visit to make sure it is still right, then mark it verified.</source>
            <translation>Pas vérifiée récemment : appelez ou passez sur place pour vous assurer qu'elle est toujours juste, puis marquez-la comme vérifiée.</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Aide immédiate</translation>
        </message>
        <message>
            <source>Never checked</source>
            <translation>Jamais vérifiée</translation>
        </message>
        <message>
            <source>Check: last {date}</source>
            <translation>À vérifier : dernière fois le {date}</translation>
        </message>
    </context>
    <context>
        <name>Resources</name>
        <message>
            <source>Never checked. Call or visit to make sure this is still right before giving it to someone, then press “Verified today”.</source>
            <translation>Jamais vérifiée. Appelez ou passez sur place pour vous assurer qu'elle est toujours juste avant de la donner à quelqu'un, puis cliquez sur « Vérifié aujourd'hui ».</translation>
        </message>
        <message>
            <source>Last checked on {date}: it may be out of date. Call or visit to make sure before giving it to someone.</source>
            <translation>Dernière vérification le {date} : elle n'est peut-être plus à jour. Appelez ou passez sur place pour vous en assurer avant de la donner à quelqu'un.</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Delete resource</source>
            <translation>Supprimer la ressource</translation>
        </message>
        <message>
            <source>Delete “{title}”? It cannot be brought back, not even by merging an older copy of the group.</source>
            <translation>Supprimer « {title} » ? Elle ne pourra pas être récupérée, même en fusionnant une copie plus ancienne du groupe.</translation>
        </message>
        <message>
            <source>Crisis line</source>
            <translation>Ligne d'écoute</translation>
        </message>
        <message>
            <source>Professional help</source>
            <translation>Aide professionnelle</translation>
        </message>
        <message>
            <source>Local service</source>
            <translation>Service de proximité</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Group agreements</source>
            <translation>Charte du groupe</translation>
        </message>
        <message>
            <source>Practicalities</source>
            <translation>Infos pratiques</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horaires</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Web</source>
            <translation>Web</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
    </context>
    <context>
        <name>ResourcesScreen</name>
        <message>
            <source>Search resources: words, names, numbers…</source>
            <translation>Chercher dans les ressources : mots, noms, numéros…</translation>
        </message>
        <message>
            <source>Search resources</source>
            <translation>Chercher dans les ressources</translation>
        </message>
        <message>
            <source>Finds words as you type, with or without accents (Ctrl+F; Down arrow to the list)</source>
            <translation>Trouve les mots au fil de la frappe, avec ou sans accents (Ctrl+F ; flèche bas pour aller à la liste)</translation>
        </message>
        <message>
            <source>&amp;New resource</source>
            <translation>&amp;Nouvelle ressource</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Modifier</translation>
        </message>
        <message>
            <source>&amp;Verified today</source>
            <translation>&amp;Vérifié aujourd'hui</translation>
        </message>
        <message>
            <source>You have just checked this number or address: record today's date</source>
            <translation>Vous venez de vérifier ce numéro ou cette adresse : enregistrer la date du jour</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Print or PDF…</source>
            <translation>&amp;Imprimer ou PDF…</translation>
        </message>
        <message>
            <source>A handout of the chosen resources to take home (Ctrl+P)</source>
            <translation>Une fiche des ressources choisies, à remettre aux membres (Ctrl+P)</translation>
        </message>
        <message>
            <source>Group &amp;agreements</source>
            <translation>Ch&amp;arte du groupe</translation>
        </message>
        <message>
            <source>Show the group agreements full-window, to read aloud</source>
            <translation>Afficher la charte du groupe en plein écran, pour la lire à voix haute</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Selected resource</source>
            <translation>Ressource choisie</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message numerus="yes">
            <source>%n resource(s) shown</source>
            <translation>
                <numerusform>%n ressource affichée</numerusform>
                <numerusform>%n ressources affichées</numerusform>
            </translation>
        </message>
        <message>
            <source>only the best matches: type more words to narrow down</source>
            <translation>seulement les meilleurs résultats : tapez d'autres mots pour affiner</translation>
        </message>
        <message>
            <source>Choose a resource in the list to read it here.</source>
            <translation>Choisissez une ressource dans la liste pour la lire ici.</translation>
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
</TS>
