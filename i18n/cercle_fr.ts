<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_GB">
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

Un compagnon hors ligne pour l'animation des groupes d'entraide.

Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure : vous pouvez l'utiliser, l'étudier, le partager et le modifier.

Cet ordinateur garde les groupes, chiffrés, dans :
{folder}

La phrase secrète d'un groupe n'est enregistrée nulle part : sans elle, personne, pas même Cercle, ne peut ouvrir le groupe.</translation>
        </message>
        <message>
            <source>About Cercle</source>
            <translation>À propos de Cercle</translation>
        </message>
    </context>
    <context>
        <name>AgendaBox</name>
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
            <translation>Alt+Haut et Alt+Bas déplacent l'étape choisie ; vous pouvez aussi la faire glisser.</translation>
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
            <source>Planned: {total} of {duration} min — {over} min over</source>
            <translation>Prévu : {total} sur {duration} min — {over} min de trop</translation>
        </message>
        <message>
            <source>Planned: {total} of {duration} min</source>
            <translation>Prévu : {total} sur {duration} min</translation>
        </message>
    </context>
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
            <translation>Pas encore de charte du groupe. Dans Ressources, ajoutez une ressource de la catégorie « Charte du groupe » et rédigez-la là.</translation>
        </message>
    </context>
    <context>
        <name>Ask</name>
        <message>
            <source>Do not save it in a folder synchronised with an online service (OneDrive, iCloud, Google Drive, Dropbox): a copy would leave this computer.</source>
            <translation>Ne l'enregistrez pas dans un dossier synchronisé avec un service en ligne (OneDrive, iCloud, Google Drive, Dropbox) : une copie quitterait cet ordinateur.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Discard your changes?</source>
            <translation>Abandonner vos modifications ?</translation>
        </message>
        <message>
            <source>What you changed here is not saved yet.</source>
            <translation>Ce que vous avez modifié ici n'est pas encore enregistré.</translation>
        </message>
        <message>
            <source>&amp;Keep editing</source>
            <translation>&amp;Continuer à modifier</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Abandonner</translation>
        </message>
    </context>
    <context>
        <name>BackupTableModel</name>
        <message>
            <source>Daily</source>
            <translation>Quotidienne</translation>
        </message>
        <message>
            <source>Daily (the week's copy)</source>
            <translation>Quotidienne (copie de la semaine)</translation>
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
            <source>The previous host's copy, kept at a take-over</source>
            <translation>La copie de l’animateur précédent, gardée lors d’une reprise</translation>
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
            <translation>Sauvegardes de « {label} », faites automatiquement une fois par jour et avant chaque opération délicate. Chacune est chiffrée avec la phrase secrète que le groupe avait ce jour-là.</translation>
        </message>
        <message>
            <source>No backup yet: one is made the first time the group is opened each day.</source>
            <translation>Pas encore de sauvegarde : une sauvegarde est faite à la première ouverture du groupe chaque jour.</translation>
        </message>
        <message>
            <source>&amp;Passphrase of the chosen backup:</source>
            <translation>&amp;Phrase secrète de la sauvegarde choisie :</translation>
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
            <source>The backups folder could not be read: check that its disk or USB stick is plugged in and that you may read it. The group itself is not touched.</source>
            <translation>Le dossier des sauvegardes n'a pas pu être lu : vérifiez que son disque (ou sa clé USB) est branché et que vous avez le droit de le lire. Le groupe lui-même n'est pas touché.</translation>
        </message>
        <message>
            <source>The group's current file will be kept aside as a backup first, so nothing is lost.</source>
            <translation>Le fichier actuel du groupe sera d'abord mis de côté comme sauvegarde : rien n'est perdu.</translation>
        </message>
        <message>
            <source>This backup was made before the passphrase was changed: it opens only with the earlier passphrase.</source>
            <translation>Cette sauvegarde date d'avant le changement de phrase secrète : elle ne s'ouvre qu'avec l'ancienne phrase secrète.</translation>
        </message>
        <message>
            <source>Please type the passphrase of this backup.</source>
            <translation>Veuillez saisir la phrase secrète de cette sauvegarde.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>The backup was restored and the group opens. Cercle could not update the small file beside it that says which passphrase it has, so the list of backups may say the wrong passphrase for some of them.</source>
            <translation>La sauvegarde a été restaurée et le groupe s'ouvre. Cercle n'a pas pu mettre à jour le petit fichier à côté, qui indique sa phrase secrète : la liste des sauvegardes peut donc indiquer la mauvaise phrase secrète pour certaines d'entre elles.</translation>
        </message>
    </context>
    <context>
        <name>BalanceCard</name>
        <message>
            <source>Balance of the round</source>
            <translation>Bilan du tour</translation>
        </message>
    </context>
    <context>
        <name>CapStatus</name>
        <message>
            <source>This text is over its limit of {cap} characters: remove {over} characters to save it.</source>
            <translation>Ce texte dépasse sa limite de {cap} caractères : retirez-en {over} pour pouvoir l'enregistrer.</translation>
        </message>
        <message>
            <source>The text is limited to {cap} characters; the end of what you pasted was not added.</source>
            <translation>Le texte est limité à {cap} caractères ; la fin de ce que vous avez collé n'a pas été ajoutée.</translation>
        </message>
        <message>
            <source>The text is limited to {cap} characters.</source>
            <translation>Le texte est limité à {cap} caractères.</translation>
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
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>A backup is made first. The group stays open while its file is re-encrypted with the new passphrase.</source>
            <translation>Une sauvegarde est faite d'abord. Le groupe reste ouvert pendant que son fichier est chiffré à nouveau avec la nouvelle phrase secrète.</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Phrase secrète &amp;actuelle :</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nouvelle phrase secrète :</translation>
        </message>
        <message>
            <source>C&amp;onfirm the new passphrase:</source>
            <translation>C&amp;onfirmez la nouvelle phrase secrète :</translation>
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
        <name>CheckInDialog</name>
        <message>
            <source>Who is here on {date}?</source>
            <translation>Qui est là à la séance du {date} ?</translation>
        </message>
        <message>
            <source>Type a few letters, then Space to tick</source>
            <translation>Tapez quelques lettres, puis Espace pour cocher</translation>
        </message>
        <message>
            <source>People who came without giving a name</source>
            <translation>Personnes venues sans donner de nom</translation>
        </message>
        <message>
            <source>Pseudonym of someone new</source>
            <translation>Pseudonyme de la personne qui arrive</translation>
        </message>
        <message>
            <source>&amp;Add a newcomer</source>
            <translation>&amp;Ajouter et pointer</translation>
        </message>
        <message>
            <source>Members, tick who is present</source>
            <translation>Membres : cochez les personnes présentes</translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>Personne présente : %n</numerusform>
                <numerusform>Personnes présentes : %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Please type the newcomer's pseudonym first.</source>
            <translation>Tapez d'abord le pseudonyme de la nouvelle personne.</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Chercher :</translation>
        </message>
        <message>
            <source>Take attendance</source>
            <translation>Prendre les présences</translation>
        </message>
        <message>
            <source>&amp;Guests:</source>
            <translation>Personnes &amp;invitées :</translation>
        </message>
        <message>
            <source>&amp;Newcomer:</source>
            <translation>&amp;Nouvelle personne :</translation>
        </message>
        <message>
            <source>A ring beside a name: a consent to ask for or renew.</source>
            <translation>Un anneau à côté d'un nom : un consentement à demander ou à renouveler.</translation>
        </message>
        <message>
            <source>Someone new by that name? Add them under a distinct one, such as {example}.</source>
            <translation>Une autre personne de ce nom ? Ajoutez-la sous un nom distinct, par exemple {example}.</translation>
        </message>
        <message>
            <source>“{name} B.”</source>
            <translation>« {name} B. »</translation>
        </message>
        <message>
            <source>{name} is new: added to the roster and marked present.</source>
            <translation>{name} : nouvelle personne, ajoutée à la liste des membres, présence notée.</translation>
        </message>
        <message>
            <source>{name} was already on the roster, as inactive: active again and marked present.</source>
            <translation>{name} était déjà dans la liste des membres, en pause : retour parmi les membres actifs, présence notée.</translation>
        </message>
        <message>
            <source>{name} was already on the roster: marked present, nobody added.</source>
            <translation>{name} était déjà dans la liste des membres : présence notée, personne n’a été ajouté.</translation>
        </message>
        <message>
            <source>{name} is already on the roster and marked present.</source>
            <translation>{name} est déjà dans la liste des membres, présence déjà notée.</translation>
        </message>
        <message>
            <source>Several members are called {name}: tick the right one in the list.</source>
            <translation>Plusieurs membres s’appellent {name} : cochez la bonne personne dans la liste.</translation>
        </message>
    </context>
    <context>
        <name>CheckInModel</name>
        <message>
            <source>A consent to ask for or to renew (see Members)</source>
            <translation>Un consentement à demander ou à renouveler (voir Membres)</translation>
        </message>
    </context>
    <context>
        <name>CheckoutPanel</name>
        <message>
            <source>Check-out: how was this meeting for you? (show of hands)</source>
            <translation>Pour finir : comment s’est passée cette rencontre pour vous ? (à main levée)</translation>
        </message>
        <message>
            <source>&amp;Good</source>
            <translation>&amp;Bien</translation>
        </message>
        <message>
            <source>&amp;Mixed</source>
            <translation>&amp;Mitigé</translation>
        </message>
        <message>
            <source>&amp;Hard</source>
            <translation>&amp;Difficile</translation>
        </message>
        <message>
            <source>Save the check-out</source>
            <translation>Enregistrer le tour de fin</translation>
        </message>
        <message>
            <source>Counts only, on the meeting: never who</source>
            <translation>Des nombres seulement, sur la séance : jamais qui</translation>
        </message>
        <message>
            <source>Saved: counts only, never who.</source>
            <translation>Enregistré : des nombres seulement, jamais qui.</translation>
        </message>
        <message>
            <source>Check-out</source>
            <translation>Tour de fin</translation>
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
            <translation>Toutes les personnes ont pris la parole</translation>
        </message>
        <message>
            <source>The round is over. Thank you</source>
            <translation>Le tour de parole est terminé. Merci</translation>
        </message>
        <message>
            <source>Ready: press Space to start</source>
            <translation>Tout est prêt : appuyez sur Espace pour commencer</translation>
        </message>
        <message>
            <source>Over time {time}</source>
            <translation>Temps dépassé {time}</translation>
        </message>
        <message>
            <source>Time to conclude</source>
            <translation>Il est temps de conclure</translation>
        </message>
        <message>
            <source>Speaking</source>
            <translation>Prend la parole</translation>
        </message>
        <message>
            <source>Paused · {state}</source>
            <translation>En pause · {state}</translation>
        </message>
    </context>
    <context>
        <name>CircleScreen</name>
        <message>
            <source>The chime is not available on this computer: no sound player was found.</source>
            <translation>Le carillon n'est pas disponible sur cet ordinateur : aucun lecteur de son n'a été trouvé.</translation>
        </message>
        <message>
            <source>A soft chime when it is time to conclude and when the time is up</source>
            <translation>Un carillon doux quand il est temps de conclure et quand le temps est écoulé</translation>
        </message>
        <message>
            <source>Chime</source>
            <translation>Carillon</translation>
        </message>
    </context>
    <context>
        <name>CircleSummary</name>
        <message>
            <source>Round {number}, {each} each: {balance}</source>
            <translation>Tour de parole {number}, {each} par personne : {balance}</translation>
        </message>
        <message>
            <source>Spoke: {names}</source>
            <translation>Ont parlé : {names}</translation>
        </message>
        <message>
            <source>Passed: {names}</source>
            <translation>Ont passé : {names}</translation>
        </message>
        <message>
            <source>Not reached (round ended): {names}</source>
            <translation>Sans prise de parole (tour de parole terminé avant) : {names}</translation>
        </message>
        <message>
            <source>{used} used of {planned} planned.</source>
            <translation>{used} utilisées sur {planned} prévues.</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>Consents — {name}</source>
            <translation>Consentements — {name}</translation>
        </message>
        <message>
            <source>Each answer is kept with the day it was given and the wording read to the person. A consent past its renewal date no longer holds: the phone list and the handover leave the person out until it is renewed.</source>
            <translation>Chaque réponse est gardée avec le jour où elle a été donnée et la formulation lue à la personne. Un consentement dont la date de renouvellement est passée ne vaut plus : la liste téléphonique et la passation laissent la personne de côté jusqu’à son renouvellement.</translation>
        </message>
        <message>
            <source>the day it was given cannot be after today</source>
            <translation>le jour où il a été donné ne peut pas être après aujourd’hui</translation>
        </message>
        <message>
            <source>the renewal date must come after the day it was given</source>
            <translation>la date de renouvellement doit venir après le jour où il a été donné</translation>
        </message>
        <message>
            <source>there is no such version of the wording</source>
            <translation>cette version de la formulation n’existe pas</translation>
        </message>
        <message>
            <source>the field “{field}” is {reason}</source>
            <translation>le champ « {field} » est {reason}</translation>
        </message>
        <message>
            <source>{purpose}: {reason}.</source>
            <translation>{purpose} : {reason}.</translation>
        </message>
    </context>
    <context>
        <name>ConsentWords</name>
        <message>
            <source>Contact between meetings</source>
            <translation>Contact entre les séances</translation>
        </message>
        <message>
            <source>Contact details to the next host</source>
            <translation>Coordonnées transmises à la prochaine animation</translation>
        </message>
        <message>
            <source>The group's phone list</source>
            <translation>Liste téléphonique du groupe</translation>
        </message>
        <message>
            <source>I agree that the host of the group may phone or write to me between meetings, about the group only.</source>
            <translation>J’accepte que la personne qui anime le groupe m’appelle ou m’écrive entre les séances, au sujet du groupe seulement.</translation>
        </message>
        <message>
            <source>I agree that my name and contact details are handed to the next host of the group, and to nobody else.</source>
            <translation>J’accepte que mon nom et mes coordonnées soient transmis à la prochaine personne qui animera le groupe, et à personne d’autre.</translation>
        </message>
        <message>
            <source>I agree that my pseudonym and phone number are on the phone list given to the members of the group who agreed to it too.</source>
            <translation>J’accepte que mon pseudonyme et mon numéro de téléphone figurent sur la liste téléphonique remise aux membres du groupe qui l’ont aussi acceptée.</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>Réponse enregistrée</translation>
        </message>
        <message>
            <source>Not asked yet</source>
            <translation>Pas encore demandé</translation>
        </message>
        <message>
            <source>To renew soon</source>
            <translation>À renouveler bientôt</translation>
        </message>
        <message>
            <source>Expired: no longer holds</source>
            <translation>Expiré : ne vaut plus</translation>
        </message>
        <message>
            <source>A consent has expired and no longer holds: ask again (Consents…)</source>
            <translation>Un consentement a expiré et ne vaut plus : le redemander (Consentements…)</translation>
        </message>
        <message>
            <source>A consent to ask for or to renew soon (Consents…)</source>
            <translation>Un consentement à demander ou à renouveler bientôt (Consentements…)</translation>
        </message>
    </context>
    <context>
        <name>Crash</name>
        <message>
            <source>Something unexpected went wrong in Cercle. What you saved before is safe. If it happens again, close Cercle and open it again.</source>
            <translation>Un problème inattendu est survenu dans Cercle. Ce que vous aviez enregistré est en sécurité. Si cela se reproduit, fermez Cercle puis rouvrez-le.</translation>
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
            <source>Crisis numbers &amp;for:</source>
            <translation>Numéros d'&amp;urgence pour :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
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
            <source>Emergency and suicide-prevention numbers, marked “to verify”: check them before the first meeting.</source>
            <translation>Numéros d’urgence et de prévention du suicide, marqués « à vérifier » : vérifiez-les avant la première séance.</translation>
        </message>
        <message>
            <source>Crisis numbers for</source>
            <translation>Numéros d'urgence pour</translation>
        </message>
        <message>
            <source>Generate &amp;one</source>
            <translation>En &amp;générer une</translation>
        </message>
        <message>
            <source>Fill both fields with a random passphrase of 6 groups of 4 characters</source>
            <translation>Remplit les deux champs avec une phrase secrète aléatoire de 6 groupes de 4 caractères</translation>
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
            <source>France</source>
            <translation>France</translation>
        </message>
        <message>
            <source>Belgium</source>
            <translation>Belgique</translation>
        </message>
        <message>
            <source>Switzerland</source>
            <translation>Suisse</translation>
        </message>
        <message>
            <source>Québec / Canada</source>
            <translation>Québec / Canada</translation>
        </message>
        <message>
            <source>None: I will add them myself</source>
            <translation>Aucune : je les ajouterai moi-même</translation>
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
            <source>This passphrase cannot be used.</source>
            <translation>Cette phrase secrète ne peut pas être utilisée.</translation>
        </message>
        <message>
            <source>The two passphrases are different.</source>
            <translation>Les deux phrases secrètes sont différentes.</translation>
        </message>
        <message>
            <source>Group lan&amp;guage:</source>
            <translation>&amp;Langue du groupe :</translation>
        </message>
    </context>
    <context>
        <name>CsvImport</name>
        <message>
            <source>no pseudonym</source>
            <translation>pas de pseudonyme</translation>
        </message>
        <message>
            <source>email not valid</source>
            <translation>courriel non valide</translation>
        </message>
        <message>
            <source>date not readable</source>
            <translation>date illisible</translation>
        </message>
        <message>
            <source>unknown role</source>
            <translation>rôle inconnu</translation>
        </message>
        <message>
            <source>expected yes or no</source>
            <translation>oui ou non attendu</translation>
        </message>
        <message>
            <source>wrong number of columns</source>
            <translation>nombre de colonnes incorrect</translation>
        </message>
        <message>
            <source>{field}: {reason}</source>
            <translation>{field} : {reason}</translation>
        </message>
        <message>
            <source>This file is larger than {size} MB, far more than a roster. Is it the right file? Nothing was imported.</source>
            <translation>Ce fichier dépasse {size} Mo, bien plus qu'une liste de membres. Est-ce le bon fichier ? Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This is not a CSV text file (it looks like a picture, a PDF or a workbook). In your spreadsheet, choose Save as… and the CSV format, then import that file. Nothing was imported.</source>
            <translation>Ce n'est pas un fichier texte CSV (on dirait une image, un PDF ou un classeur). Dans votre tableur, choisissez Enregistrer sous… et le format CSV, puis importez ce fichier. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This file holds NUL characters, which a spreadsheet's CSV never has: it is damaged or not a spreadsheet. Nothing was imported.</source>
            <translation>Ce fichier contient des caractères NUL, qu'un CSV de tableur n'a jamais : il est abîmé ou ce n'est pas un tableau. Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This file has more than {rows} rows, more people than any group has. Is it the right file? Nothing was imported.</source>
            <translation>Ce fichier a plus de {rows} lignes, plus de personnes qu'aucun groupe n'en compte. Est-ce le bon fichier ? Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This file is empty: there is nothing to import.</source>
            <translation>Ce fichier est vide : il n'y a rien à importer.</translation>
        </message>
        <message>
            <source>This file has more than {columns} columns, far more than a roster. Is it the right file? Nothing was imported.</source>
            <translation>Ce fichier a plus de {columns} colonnes, bien plus qu'une liste de membres. Est-ce le bon fichier ? Rien n'a été importé.</translation>
        </message>
        <message>
            <source>This is not a file that can be read, but a device or a pipe. Choose the CSV file your spreadsheet saved. Nothing was imported.</source>
            <translation>Ce n'est pas un fichier lisible, mais un périphérique ou un tube. Choisissez le fichier CSV enregistré par votre tableur. Rien n'a été importé.</translation>
        </message>
    </context>
    <context>
        <name>CsvImportDialog</name>
        <message>
            <source>Import members from a spreadsheet</source>
            <translation>Importer des membres depuis un tableur</translation>
        </message>
        <message>
            <source>Read as {encoding}, columns separated by “{delimiter}”. Check which column goes where; nothing is saved until you press Import.</source>
            <translation>Lu en {encoding}, colonnes séparées par « {delimiter} ». Vérifiez quelle colonne va où ; rien n'est enregistré avant que vous cliquiez sur Importer.</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Joined on</source>
            <translation>Arrivée le</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>En activité</translation>
        </message>
        <message>
            <source>Agrees to be contacted</source>
            <translation>Accepte les prises de contact</translation>
        </message>
        <message>
            <source>Agrees to handover</source>
            <translation>Accepte la transmission</translation>
        </message>
        <message>
            <source>Private note</source>
            <translation>Note privée</translation>
        </message>
        <message>
            <source>Also add the rows already on the roster, as new members</source>
            <translation>Ajouter aussi les lignes déjà dans la liste, comme nouveaux membres</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importé)</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) will be added.</source>
            <translation>
                <numerusform>%n membre sera ajouté.</numerusform>
                <numerusform>%n membres seront ajoutés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) already on the roster.</source>
            <translation>
                <numerusform>%n ligne déjà dans la liste.</numerusform>
                <numerusform>%n lignes déjà dans la liste.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) with a problem will be skipped.</source>
            <translation>
                <numerusform>%n ligne avec un problème sera ignorée.</numerusform>
                <numerusform>%n lignes avec un problème seront ignorées.</numerusform>
            </translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field} :</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message numerus="yes">
            <source>• %n row(s) skipped, {reason} (line(s) {lines})</source>
            <translation>
                <numerusform>• %n ligne ignorée, {reason} (ligne {lines})</numerusform>
                <numerusform>• %n lignes ignorées, {reason} (lignes {lines})</numerusform>
            </translation>
        </message>
        <message>
            <source>Consents recorded on</source>
            <translation>Consentements recueillis le</translation>
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
            <translation>&amp;Fichier :</translation>
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
            <source>cercle-handover-{date}.cercle</source>
            <translation>cercle-passation-{date}.cercle</translation>
        </message>
    </context>
    <context>
        <name>ErasureWords</name>
        <message numerus="yes">
            <source>• %n attendance record(s)</source>
            <translation>
                <numerusform>• %n présence enregistrée</numerusform>
                <numerusform>• %n présences enregistrées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>• %n circle turn(s)</source>
            <translation>
                <numerusform>• %n prise de parole dans le cercle</numerusform>
                <numerusform>• %n prises de parole dans le cercle</numerusform>
            </translation>
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
        <name>FileDialog</name>
        <message>
            <source>A file named “{name}” already exists. Replace it?</source>
            <translation>Un fichier nommé « {name} » existe déjà. Le remplacer ?</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Cercle handover files (*.cercle)</source>
            <translation>Fichiers de passation Cercle (*.cercle)</translation>
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
        <name>FileNames</name>
        <message>
            <source>passphrase</source>
            <translation>phrase-secrete</translation>
        </message>
        <message>
            <source>Phone list</source>
            <translation>Liste téléphonique</translation>
        </message>
        <message>
            <source>Agenda {date}</source>
            <translation>Déroulé {date}</translation>
        </message>
        <message>
            <source>Sign-in sheet {date}</source>
            <translation>Feuille d'émargement {date}</translation>
        </message>
        <message>
            <source>Useful numbers and addresses</source>
            <translation>Adresses et numéros utiles</translation>
        </message>
        <message>
            <source>Annual report {period}</source>
            <translation>Bilan annuel {period}</translation>
        </message>
        <message>
            <source>Report {period}</source>
            <translation>Bilan {period}</translation>
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
            <translation>Le fichier remis par la personne qui animait avant vous (il se termine par .cercle), et la phrase secrète qu'elle vous a donnée sur papier.</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>Handover &amp;passphrase:</source>
            <translation>&amp;Phrase secrète de passation :</translation>
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
        <name>FolderUnusable</name>
        <message>
            <source>Cercle cannot use its folder “{folder}”. Check that it is a folder and not a file, that its disk or USB stick is plugged in, and that you may write in it; then open Cercle again.</source>
            <translation>Cercle ne peut pas utiliser son dossier « {folder} ». Vérifiez que c'est bien un dossier et non un fichier, que son disque (ou sa clé USB) est branché et que vous avez le droit d'y écrire ; puis rouvrez Cercle.</translation>
        </message>
    </context>
    <context>
        <name>FormatChoice</name>
        <message>
            <source>No format</source>
            <translation>Aucun format</translation>
        </message>
        <message>
            <source>A deleted format</source>
            <translation>Un format supprimé</translation>
        </message>
        <message>
            <source>While the meeting runs, its window shows this format's own texts to read aloud. Choosing a format lays out its agenda while the meeting has none of its own.</source>
            <translation>Pendant la séance, sa fenêtre affiche les textes à lire à voix haute propres à ce format. Choisir un format reprend son déroulé tant que la séance n'a pas le sien.</translation>
        </message>
    </context>
    <context>
        <name>FormatScriptsDialog</name>
        <message>
            <source>Texts to read aloud — {name}</source>
            <translation>Textes à lire à voix haute — {name}</translation>
        </message>
        <message>
            <source>Kinds of step</source>
            <translation>Types d’étape</translation>
        </message>
        <message>
            <source>Text to read aloud</source>
            <translation>Texte à lire à voix haute</translation>
        </message>
        <message>
            <source>Use the &amp;group's text</source>
            <translation>Reprendre le texte du &amp;groupe</translation>
        </message>
        <message>
            <source>Meetings planned from this format read these words at each kind of step. They are filled in when shown: {fields}.</source>
            <translation>Les séances préparées avec ce format lisent ces mots à chaque type d’étape. Ces champs sont remplis à l’affichage : {fields}.</translation>
        </message>
        <message>
            <source>{kind} — own text</source>
            <translation>{kind} — texte propre</translation>
        </message>
        <message>
            <source>This format's own text</source>
            <translation>Texte propre à ce format</translation>
        </message>
        <message>
            <source>The group's text: this format has none of its own</source>
            <translation>Texte du groupe : ce format n’a pas de texte propre</translation>
        </message>
        <message>
            <source>Cercle's text: neither this format nor the group has its own</source>
            <translation>Texte de Cercle : ni ce format ni le groupe n’ont de texte propre</translation>
        </message>
        <message>
            <source>This format's own text.</source>
            <translation>Texte propre à ce format.</translation>
        </message>
    </context>
    <context>
        <name>GeneratedPassphraseBox</name>
        <message>
            <source>Copy it on paper or print it now. Capitals, spaces and dashes do not matter when you type it.</source>
            <translation>Recopiez-la sur papier ou imprimez-la maintenant. Majuscules, espaces et tirets ne comptent pas quand vous la tapez.</translation>
        </message>
        <message>
            <source>Save it to pr&amp;int (PDF)…</source>
            <translation>L’enregistrer pour &amp;imprimer (PDF)…</translation>
        </message>
        <message>
            <source>Save the passphrase sheet</source>
            <translation>Enregistrer la feuille de la phrase secrète</translation>
        </message>
        <message>
            <source>The passphrase sheet is not encrypted: it holds the group's passphrase. Print it, then delete the PDF, and keep the paper somewhere safe, away from this computer.</source>
            <translation>La feuille de la phrase secrète n'est pas chiffrée : elle contient la phrase secrète du groupe. Imprimez-la, puis supprimez le PDF, et gardez le papier en lieu sûr, loin de cet ordinateur.</translation>
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
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
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
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Bilans</translation>
        </message>
    </context>
    <context>
        <name>GuideDialog</name>
        <message>
            <source>User guide</source>
            <translation>Guide d'utilisation</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Handout: print or PDF</source>
            <translation>Fiche à remettre : imprimer ou PDF</translation>
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
            <translation>Toute une &amp;catégorie :</translation>
        </message>
        <message>
            <source>&amp;Paper size:</source>
            <translation>Format du &amp;papier :</translation>
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
            <translation>Un fichier PDF n'est pas chiffré : toute personne qui le trouve peut le lire. Il ne contient que les ressources affichées ici, jamais de données sur les membres. La fiche est rédigée dans la langue du groupe.</translation>
        </message>
        <message>
            <source>Save the handout (not encrypted)</source>
            <translation>Enregistrer la fiche (non chiffrée)</translation>
        </message>
        <message>
            <source>The handout was saved. Remember that the file is not encrypted.</source>
            <translation>La fiche est enregistrée. N'oubliez pas que ce fichier n'est pas chiffré.</translation>
        </message>
    </context>
    <context>
        <name>Handover</name>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>Group:</source>
            <translation>Groupe :</translation>
        </message>
        <message>
            <source>Exported:</source>
            <translation>Exporté :</translation>
        </message>
        <message>
            <source>{date}, by Cercle {version}</source>
            <translation>{date}, par Cercle {version}</translation>
        </message>
        <message>
            <source>Holds:</source>
            <translation>Contenu :</translation>
        </message>
        <message>
            <source>Counts:</source>
            <translation>Nombres :</translation>
        </message>
    </context>
    <context>
        <name>HandoverLetter</name>
        <message>
            <source>Everything: members with their contact details, meetings, attendance, speaking-time records and resources.</source>
            <translation>Tout : les membres avec leurs coordonnées, les séances, les présences, les temps de parole et les ressources.</translation>
        </message>
        <message>
            <source>Members, meetings, attendance and resources. Contact details only for members who agreed to pass them on.</source>
            <translation>Les membres, les séances, les présences et les ressources. Les coordonnées seulement pour les membres qui ont accepté qu'on les transmette.</translation>
        </message>
        <message>
            <source>Private notes about members only if the outgoing host chose to include them.</source>
            <translation>Les notes privées sur les membres seulement si la personne qui passe le relais a choisi de les inclure.</translation>
        </message>
        <message>
            <source>No private notes: they stayed with the outgoing host.</source>
            <translation>Aucune note privée : elles sont restées chez la personne qui passe le relais.</translation>
        </message>
        <message>
            <source>The outgoing host's private notes about members go too.</source>
            <translation>Les notes privées de la personne qui passe le relais sur les membres sont aussi transmises.</translation>
        </message>
        <message>
            <source>The outgoing host's private notes go too, for members who agreed to pass them on.</source>
            <translation>Les notes privées de la personne qui passe le relais sont aussi transmises, pour les membres qui ont donné leur accord.</translation>
        </message>
        <message>
            <source>Install Cercle on your computer and open it.</source>
            <translation>Installez Cercle sur votre ordinateur et ouvrez-le.</translation>
        </message>
        <message>
            <source>On the start screen, choose “Import a handed-over group…” and pick the file {file} on the USB stick.</source>
            <translation>Sur l'écran d'accueil, choisissez « Importer un groupe transmis… » et sélectionnez le fichier {file} sur la clé USB.</translation>
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
            <translation>Code de vérification, à comparer à voix haute avec la personne qui vous passe l'animation :</translation>
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
        <message>
            <source>Passphrase of a Cercle group</source>
            <translation>Phrase secrète d’un groupe Cercle</translation>
        </message>
        <message>
            <source>Keep this sheet somewhere safe, away from the computer. Whoever holds it can open the group; whoever loses it cannot: there is no way to recover it. Capital letters, spaces and dashes do not matter when you type it.</source>
            <translation>Gardez cette feuille en lieu sûr, loin de l’ordinateur. Qui la détient peut ouvrir le groupe ; qui la perd ne le peut plus : il n’existe aucun moyen de la retrouver. Majuscules, espaces et tirets ne comptent pas quand vous la tapez.</translation>
        </message>
        <message>
            <source>Meetings, agendas, formats and resources. No member list, no attendance.</source>
            <translation>Les séances, leurs déroulés, les formats et les ressources. Ni liste des membres, ni présences.</translation>
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
            <source>Nothing is pinned to Help now yet. In Resources, edit a crisis line or an emergency number and tick “Show in Help now, in large type”. It will then appear here.</source>
            <translation>Rien n'est encore épinglé dans « Aide immédiate ». Dans Ressources, modifiez une ligne d'écoute ou un numéro d'urgence et cochez « Afficher dans Aide immédiate, en grands caractères ». Il apparaîtra alors ici.</translation>
        </message>
        <message>
            <source>Phone number for {title}</source>
            <translation>Numéro de téléphone : {title}</translation>
        </message>
        <message>
            <source>Not checked recently: the number may have changed.</source>
            <translation>Pas vérifié récemment : le numéro a pu changer.</translation>
        </message>
    </context>
    <context>
        <name>ImportPreviewModel</name>
        <message>
            <source>Already on the roster</source>
            <translation>Déjà dans la liste</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Skipped: {why}</source>
            <translation>Ignorée : {why}</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Merge a co-host's file</source>
            <translation>Fusionner le fichier d'une coanimation</translation>
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
        <name>ImportWords</name>
        <message numerus="yes">
            <source>The file gives no valid consent date for %n member(s): their consents are recorded as given today.</source>
            <translation>
                <numerusform>Le fichier ne donne pas de date de consentement valable pour %n membre : ses consentements sont enregistrés comme donnés aujourd’hui.</numerusform>
                <numerusform>Le fichier ne donne pas de date de consentement valable pour %n membres : leurs consentements sont enregistrés comme donnés aujourd’hui.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeysHelp</name>
        <message>
            <source>During the round, the keyboard is enough</source>
            <translation>Pendant le tour de parole, le clavier suffit</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Espace</translation>
        </message>
        <message>
            <source>Start or pause</source>
            <translation>Démarrer ou mettre en pause</translation>
        </message>
        <message>
            <source>Give the word to the next person</source>
            <translation>Donner la parole à la personne suivante</translation>
        </message>
        <message>
            <source>→ or Enter</source>
            <translation>→ ou Entrée</translation>
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
            <translation>Une minute de plus</translation>
        </message>
        <message>
            <source>Back to the previous person</source>
            <translation>Revenir à la personne précédente</translation>
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
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>F5</source>
            <translation>F5</translation>
        </message>
        <message>
            <source>Presenter screen for a projector</source>
            <translation>Écran de projection pour un vidéoprojecteur</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>Terminer le tour de parole</translation>
        </message>
        <message>
            <source>{key}: {action}.</source>
            <translation>{key} : {action}.</translation>
        </message>
        <message>
            <source>Pass for this round</source>
            <translation>Passer pour ce tour</translation>
        </message>
        <message>
            <source>R</source>
            <translation>R</translation>
        </message>
        <message>
            <source>Pass for now, come back at the end</source>
            <translation>Passer pour l’instant, revenir à la fin</translation>
        </message>
        <message>
            <source>Alt+↑ or Alt+↓</source>
            <translation>Alt+↑ ou Alt+↓</translation>
        </message>
        <message>
            <source>Move the selected person up or down the waiting list</source>
            <translation>Faire monter ou descendre la personne choisie dans la liste d'attente</translation>
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
        <name>ListDetail</name>
        <message>
            <source>← Back to the list</source>
            <translation>← Retour à la liste</translation>
        </message>
    </context>
    <context>
        <name>LiveLayout</name>
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
            <source>Right arrow or Page Down</source>
            <translation>Flèche droite ou Page suivante</translation>
        </message>
        <message>
            <source>&amp;Take attendance…</source>
            <translation>Prendre les &amp;présences…</translation>
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
            <source>Agenda</source>
            <translation>Déroulé</translation>
        </message>
        <message>
            <source>Item {number} of {count} · {kind}</source>
            <translation>Étape {number} sur {count} · {kind}</translation>
        </message>
        <message>
            <source>Planned: {minutes} min</source>
            <translation>Prévu : {minutes} min</translation>
        </message>
        <message>
            <source>Next: {title} ({minutes} min)</source>
            <translation>Ensuite : {title} ({minutes} min)</translation>
        </message>
        <message>
            <source>This is the last item.</source>
            <translation>C'est la dernière étape.</translation>
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
            <source>{elapsed} elapsed · {remaining} left</source>
            <translation>{elapsed} écoulées · reste {remaining}</translation>
        </message>
        <message>
            <source>{elapsed} elapsed · {over} over</source>
            <translation>{elapsed} écoulées · dépassement {over}</translation>
        </message>
        <message>
            <source>Meeting: {elapsed} · {remaining} left</source>
            <translation>Séance : {elapsed} · reste {remaining}</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <source>End the meeting</source>
            <translation>Terminer la séance</translation>
        </message>
        <message>
            <source>End the meeting and mark this session as held?</source>
            <translation>Terminer la séance et la marquer comme tenue ?</translation>
        </message>
        <message>
            <source>Leave the meeting</source>
            <translation>Quitter la séance</translation>
        </message>
        <message>
            <source>Leave the meeting in progress?</source>
            <translation>Quitter la séance en cours ?</translation>
        </message>
        <message>
            <source>It is not marked as held, and its clocks start again from the first item if you run it again. To end it, go to the last item and choose End the meeting.</source>
            <translation>Elle n'est pas marquée comme tenue, et ses minuteurs repartent de la première étape si vous la relancez. Pour la terminer, allez à la dernière étape et choisissez Terminer la séance.</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <source>Meeting in progress</source>
            <translation>Séance en cours</translation>
        </message>
        <message>
            <source>This meeting is no longer in the group: it was deleted while it ran. Nothing more can be saved on it, and its window closes.</source>
            <translation>Cette séance n'est plus dans le groupe : elle a été supprimée pendant qu'elle se déroulait. Plus rien ne peut y être enregistré, et sa fenêtre se ferme.</translation>
        </message>
        <message>
            <source>The agenda of this meeting changed while the group was locked, so it cannot carry on where it was: it starts again at the first item, its clocks at zero.</source>
            <translation>Le déroulé de cette séance a changé pendant que le groupe était verrouillé : elle ne peut pas reprendre où elle en était et recommence à la première étape, ses minuteurs à zéro.</translation>
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
            <translation>La sauvegarde automatique du jour n'a pas pu être faite (le disque est peut-être plein). Votre travail est enregistré normalement ; Cercle réessaiera au prochain déverrouillage.</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Outils</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Hand over the group…</source>
            <translation>Passer le &amp;relais du groupe…</translation>
        </message>
        <message>
            <source>&amp;Merge a co-host's file…</source>
            <translation>&amp;Fusionner le fichier d'une coanimation…</translation>
        </message>
        <message>
            <source>Making today's backup…</source>
            <translation>Sauvegarde du jour en cours…</translation>
        </message>
        <message>
            <source>Today's automatic backup could not be made. Your work is saved as usual; Cercle will try again at the next unlock.</source>
            <translation>La sauvegarde automatique du jour n'a pas pu être faite. Votre travail est enregistré normalement ; Cercle réessaiera au prochain déverrouillage.</translation>
        </message>
        <message>
            <source>Today's backup is made and checked.</source>
            <translation>La sauvegarde du jour est faite et vérifiée.</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;ide</translation>
        </message>
        <message>
            <source>User &amp;guide</source>
            <translation>&amp;Guide d'utilisation</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Raccourcis clavier</translation>
        </message>
        <message>
            <source>&amp;About Cercle</source>
            <translation>À &amp;propos de Cercle</translation>
        </message>
    </context>
    <context>
        <name>MeetingScript</name>
        <message>
            <source>Welcome to this meeting: {meeting}. We will finish at {end_time}.
What is said here stays here, and so does who came. Each of us may speak or stay silent: both are welcome.</source>
            <translation>Bienvenue à cette rencontre : {meeting}. Nous terminerons à {end_time}.
Ce qui se dit ici reste ici, tout comme les noms des personnes présentes. Chaque personne peut parler ou garder le silence : les deux sont bienvenus.</translation>
        </message>
        <message>
            <source>Let us read our group agreement together:
{agreement}</source>
            <translation>Lisons ensemble la charte de notre groupe :
{agreement}</translation>
        </message>
        <message>
            <source>A short round to arrive: in a word or a sentence, how are you tonight? You may pass.</source>
            <translation>Un petit tour pour arriver : en un mot ou une phrase, comment allez-vous ce soir ? Vous pouvez passer.</translation>
        </message>
        <message>
            <source>Now the sharing circle. Each person speaks in turn, in "I", without being interrupted, and without advice or comments. It is okay to pass; if you like, I will come back to you at the end of the round.</source>
            <translation>Voici le cercle de parole. Chaque personne prend la parole à son moment, en « je », sans être interrompue, sans conseils ni commentaires. On a le droit de passer ; si vous le souhaitez, je reviendrai vers vous à la fin du tour de parole.</translation>
        </message>
        <message>
            <source>Tonight's theme: {meeting}.</source>
            <translation>Le thème de ce soir : {meeting}.</translation>
        </message>
        <message>
            <source>Let us take a short break. We start again in a few minutes.</source>
            <translation>Faisons une courte pause. Nous reprenons dans quelques minutes.</translation>
        </message>
        <message>
            <source>Thank you all for tonight. Our next meeting: {next_date}.
If you need help before then:
{help_lines}
What was said here stays here.</source>
            <translation>Merci à toutes et à tous pour ce soir. Notre prochaine rencontre : {next_date}.
Si vous avez besoin d’aide d’ici là :
{help_lines}
Ce qui s’est dit ici reste ici.</translation>
        </message>
        <message>
            <source>A special welcome to those here for the first time. You do not have to say anything tonight: listening is taking part. At the break or at the end, I am glad to answer your questions.</source>
            <translation>Un accueil particulier à celles et ceux qui viennent pour la première fois. Vous n’avez rien à dire ce soir : écouter, c’est déjà participer. À la pause ou à la fin, je réponds volontiers à vos questions.</translation>
        </message>
        <message>
            <source>We speak in "I". Everyone is free to stay silent. What is said here stays here. We do not give advice and we do not interrupt.</source>
            <translation>Nous parlons en « je ». Chaque personne est libre de garder le silence. Ce qui se dit ici reste ici. Nous ne donnons pas de conseils et nous n’interrompons pas.</translation>
        </message>
        <message>
            <source>our meeting</source>
            <translation>notre rencontre</translation>
        </message>
        <message>
            <source>not planned yet</source>
            <translation>pas encore fixée</translation>
        </message>
        <message>
            <source>the numbers in Help now</source>
            <translation>les numéros de l’Aide immédiate</translation>
        </message>
        <message>
            <source>{date} at {time}</source>
            <translation>{date} à {time}</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <source>Required: the only name shown in the room</source>
            <translation>Obligatoire : le seul nom montré au groupe</translation>
        </message>
        <message>
            <source>name@example.org</source>
            <translation>nom@exemple.fr</translation>
        </message>
        <message>
            <source>Only for you, the host</source>
            <translation>Pour vous seulement, qui animez le groupe</translation>
        </message>
        <message>
            <source>&amp;Active (offered when taking attendance)</source>
            <translation>En activité (proposé à la pri&amp;se des présences)</translation>
        </message>
        <message>
            <source>Agrees to be &amp;contacted</source>
            <translation>Accepte les prises de &amp;contact</translation>
        </message>
        <message>
            <source>Contact details may &amp;go to the next host</source>
            <translation>Coordonnées transmissi&amp;bles à la prochaine personne qui animera</translation>
        </message>
        <message>
            <source>When the group is handed over, these contact details are included only if ticked</source>
            <translation>Lors de la transmission du groupe, ces coordonnées ne sont incluses que si la case est cochée</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non renseigné</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <source>Edit {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <source>Please give a pseudonym: it is what the group sees.</source>
            <translation>Indiquez un pseudonyme : c'est ce que le groupe voit.</translation>
        </message>
        <message>
            <source>This email address does not look right (it needs an @ and a domain, like name@example.org).</source>
            <translation>Cette adresse de courriel ne semble pas correcte (il faut un @ et un domaine, comme nom@exemple.fr).</translation>
        </message>
        <message>
            <source>Another member already has this pseudonym. Save again to keep it anyway, or add an initial to tell them apart.</source>
            <translation>Un autre membre porte déjà ce pseudonyme. Enregistrez à nouveau pour le garder quand même, ou ajoutez une initiale pour les distinguer.</translation>
        </message>
        <message>
            <source>This date is not valid.</source>
            <translation>Cette date n'est pas valide.</translation>
        </message>
        <message>
            <source>&amp;Pseudonym:</source>
            <translation>&amp;Pseudonyme :</translation>
        </message>
        <message>
            <source>Full &amp;name:</source>
            <translation>&amp;Nom complet :</translation>
        </message>
        <message>
            <source>E&amp;mail:</source>
            <translation>Co&amp;urriel :</translation>
        </message>
        <message>
            <source>R&amp;ole:</source>
            <translation>&amp;Rôle :</translation>
        </message>
        <message>
            <source>&amp;Joined on:</source>
            <translation>&amp;Arrivée le :</translation>
        </message>
        <message>
            <source>Consent &amp;recorded on:</source>
            <translation>Accord noté &amp;le :</translation>
        </message>
        <message>
            <source>Pri&amp;vate note:</source>
            <translation>Note pri&amp;vée :</translation>
        </message>
        <message>
            <source>Phone n&amp;umber:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>{purpose}: held until {date}, no longer holds. Renew it with Consents…</source>
            <translation>{purpose} : consentement valable jusqu'au {date}, il ne vaut plus. À renouveler avec Consentements…</translation>
        </message>
    </context>
    <context>
        <name>MemberPane</name>
        <message>
            <source>Cons&amp;ents…</source>
            <translation>Consente&amp;ments…</translation>
        </message>
        <message>
            <source>Record or renew this member's consents, with their dates and wording</source>
            <translation>Enregistrer ou renouveler les consentements de ce membre, avec leurs dates et leur formulation</translation>
        </message>
        <message>
            <source>Erase for good…</source>
            <translation>Effacer définitivement…</translation>
        </message>
        <message>
            <source>Right to be forgotten: deletes the member and their history; this cannot be undone</source>
            <translation>Droit à l'oubli : supprime le membre et son historique ; impossible à annuler</translation>
        </message>
        <message>
            <source>Attendance history</source>
            <translation>Historique des présences</translation>
        </message>
        <message>
            <source>Mark active</source>
            <translation>Remettre en activité</translation>
        </message>
        <message>
            <source>Mark inactive</source>
            <translation>Mettre en pause</translation>
        </message>
        <message>
            <source>{date}: present</source>
            <translation>{date} : présence</translation>
        </message>
        <message>
            <source>{date}: absent</source>
            <translation>{date} : absence</translation>
        </message>
        <message>
            <source>No meeting attended yet.</source>
            <translation>Aucune séance pour l'instant.</translation>
        </message>
    </context>
    <context>
        <name>MemberTableModel</name>
        <message>
            <source>{name} (inactive)</source>
            <translation>{name} (en pause)</translation>
        </message>
        <message>
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Joined</source>
            <translation>Arrivée</translation>
        </message>
        <message>
            <source>Last attended</source>
            <translation>Dernière venue</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présences</translation>
        </message>
    </context>
    <context>
        <name>MembersScreen</name>
        <message numerus="yes">
            <source>%n member(s) shown</source>
            <translation>
                <numerusform>%n membre affiché</numerusform>
                <numerusform>%n membres affichés</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved. Ctrl+Z undoes it.</source>
            <translation>Enregistré. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Mark inactive</source>
            <translation>Mettre en pause</translation>
        </message>
        <message>
            <source>Mark active</source>
            <translation>Remettre en activité</translation>
        </message>
        <message>
            <source>Erase a member</source>
            <translation>Effacer un membre</translation>
        </message>
        <message>
            <source>Erase “{name}” for good?</source>
            <translation>Effacer « {name} » définitivement ?</translation>
        </message>
        <message>
            <source>This deletes, from this computer's copy of the group:</source>
            <translation>Ceci supprime, de la copie du groupe sur cet ordinateur :</translation>
        </message>
        <message>
            <source>• the member and all their details</source>
            <translation>• le membre et toutes ses informations</translation>
        </message>
        <message>
            <source>This is final: it cannot be undone, not even with Ctrl+Z. To keep their history, mark them inactive instead.</source>
            <translation>C'est définitif : impossible de revenir en arrière, même avec Ctrl+Z. Pour garder son historique, mettez plutôt ce membre en pause.</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Effacer définitivement</translation>
        </message>
        <message>
            <source>The member was erased for good. This cannot be undone.</source>
            <translation>Le membre a été effacé définitivement. Impossible de revenir en arrière.</translation>
        </message>
        <message>
            <source>Export the roster</source>
            <translation>Exporter la liste des membres</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) exported. Remember to delete the file when done.</source>
            <translation>
                <numerusform>%n membre exporté. Pensez à supprimer le fichier ensuite.</numerusform>
                <numerusform>%n membres exportés. Pensez à supprimer le fichier ensuite.</numerusform>
            </translation>
        </message>
        <message>
            <source>Import members</source>
            <translation>Importer des membres</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt)</source>
            <translation>Fichiers CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Consents saved.</source>
            <translation>Consentements enregistrés.</translation>
        </message>
        <message>
            <source>members.csv</source>
            <translation>membres.csv</translation>
        </message>
        <message>
            <source>Include the private &amp;notes</source>
            <translation>Inclure les &amp;notes privées</translation>
        </message>
        <message>
            <source>The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every member, inactive ones too, with their full name, phone and email (also of members who did not agree to be contacted or to have their details passed on), their role, the day they joined and their consents, and their private notes, which are for you alone. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</source>
            <translation>Le fichier CSV ne sera PAS chiffré : toute personne qui l'obtient pourra le lire. Il contient chaque membre, inactifs compris, avec son nom complet, son téléphone et son courriel (y compris pour les membres qui n'ont accepté ni d'être contactés ni que leurs coordonnées soient transmises), son rôle, sa date d'arrivée et ses consentements, ainsi que vos notes privées, qui ne sont destinées qu'à vous. Ne le gardez que le temps nécessaire, et jamais sur un ordinateur partagé ou une clé USB non protégée. Continuer ?</translation>
        </message>
        <message>
            <source>The CSV file will NOT be encrypted: anyone who gets it can read it. It holds every member, inactive ones too, with their full name, phone and email (also of members who did not agree to be contacted or to have their details passed on), their role, the day they joined and their consents. Private notes are left out unless you tick them in below. Keep it only as long as you need it, and never on a shared computer or an unprotected USB stick. Continue?</source>
            <translation>Le fichier CSV ne sera PAS chiffré : toute personne qui l'obtient pourra le lire. Il contient chaque membre, inactifs compris, avec son nom complet, son téléphone et son courriel (y compris pour les membres qui n'ont accepté ni d'être contactés ni que leurs coordonnées soient transmises), son rôle, sa date d'arrivée et ses consentements. Les notes privées n'y sont pas, sauf si vous les cochez ci-dessous. Ne le gardez que le temps nécessaire, et jamais sur un ordinateur partagé ou une clé USB non protégée. Continuer ?</translation>
        </message>
    </context>
    <context>
        <name>MembersView</name>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Search by pseudonym or name (Ctrl+F)</source>
            <translation>Chercher par pseudonyme ou nom (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search members</source>
            <translation>Chercher des membres</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>En activité</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>En pause</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <source>Meeting:</source>
            <translation>Séance :</translation>
        </message>
        <message>
            <source>Meeting to take attendance for</source>
            <translation>Séance dont prendre les présences</translation>
        </message>
        <message>
            <source>Ta&amp;ke attendance…</source>
            <translation>Prendre les présences…</translation>
        </message>
        <message>
            <source>Tick who is here at the chosen meeting</source>
            <translation>Cocher qui est là à la séance choisie</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>Importer un CSV…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xporter en CSV…</translation>
        </message>
        <message>
            <source>Phone l&amp;ist…</source>
            <translation>Liste télép&amp;honique…</translation>
        </message>
        <message>
            <source>{date} — {theme}</source>
            <translation>{date} — {theme}</translation>
        </message>
        <message>
            <source>Unsaved changes stay in the form: press Enter to save them or Esc to cancel.</source>
            <translation>Les modifications non enregistrées restent dans le formulaire : Entrée pour les enregistrer, Échap pour les annuler.</translation>
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
            <source>Cercle cannot lock this group: in its folder, the lock file beside the group's file (its name ends in “.vault.lock”) has been replaced by a folder or a link. Remove it, then try again.</source>
            <translation>Cercle ne peut pas verrouiller ce groupe : dans son dossier, le fichier de verrou à côté du fichier du groupe (son nom finit par « .vault.lock ») a été remplacé par un dossier ou un lien. Supprimez-le, puis réessayez.</translation>
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
            <source>The copy written to the chosen place did not match the file Cercle made, so it was removed. Check the disk or USB stick, then try again or choose another place.</source>
            <translation>La copie écrite à l’endroit choisi ne correspondait pas au fichier fait par Cercle : elle a été supprimée. Vérifiez le disque ou la clé USB, puis réessayez ou choisissez un autre endroit.</translation>
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
            <source>Cercle may not write there: the disk is read-only (a USB stick's lock switch, say). Nothing was changed.</source>
            <translation>Cercle ne peut pas écrire à cet endroit : le disque est en lecture seule (le verrou d'une clé USB, par exemple). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Cercle is not allowed to use this file or folder: its rights forbid it (it may belong to another account on this computer). Nothing was changed.</source>
            <translation>Cercle n'a pas le droit d'utiliser ce fichier ou ce dossier : ses droits l'interdisent (il appartient peut-être à un autre compte de cet ordinateur). Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Something went wrong. Nothing was changed.</source>
            <translation>Un problème est survenu. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This handover passphrase does not open the file. Check it against the paper the previous host gave you: capital letters, spaces and dashes do not matter in a generated passphrase, but every letter and digit does. If it is right, the file may be damaged: ask the previous host for a fresh copy.</source>
            <translation>Cette phrase de passation n’ouvre pas le fichier. Comparez-la avec le papier que l’animateur précédent vous a remis : dans une phrase générée, majuscules, espaces et tirets ne comptent pas, mais chaque lettre et chaque chiffre comptent. Si elle est juste, le fichier est peut-être abîmé : demandez-en une nouvelle copie à l’animateur précédent.</translation>
        </message>
        <message>
            <source>This handover file was made by a newer Cercle. Please update Cercle, then try again.</source>
            <translation>Ce fichier de passation a été créé par une version plus récente de Cercle. Mettez Cercle à jour, puis réessayez.</translation>
        </message>
        <message>
            <source>Cercle cannot read the folder of its groups. They are not lost: check that its disk or USB stick is plugged in and that you may read the folder. Nothing was changed.</source>
            <translation>Cercle ne peut pas lire le dossier de ses groupes. Ils ne sont pas perdus : vérifiez que son disque (ou sa clé USB) est branché et que vous avez le droit de lire ce dossier. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>This handover file is incomplete or was altered after it was written. Nothing was imported. Ask the previous host for a fresh copy.</source>
            <translation>Ce fichier de passation est incomplet ou a été modifié après son écriture. Rien n'a été importé. Demandez une nouvelle copie à la personne qui vous passe le relais.</translation>
        </message>
        <message>
            <source>This handover file belongs to another group. Only a co-host's file of this same group can be merged; import it as a new group instead.</source>
            <translation>Ce fichier de passation appartient à un autre groupe. Seul le fichier d'une coanimation de ce même groupe peut être fusionné ; importez-le plutôt comme nouveau groupe.</translation>
        </message>
        <message>
            <source>This group is already on this computer. Open it and merge the file into it instead.</source>
            <translation>Ce groupe est déjà sur cet ordinateur. Ouvrez-le et fusionnez-y plutôt le fichier.</translation>
        </message>
        <message>
            <source>The handover file was not written: these texts are longer than a handover file takes (they were saved by an older version of Cercle). Shorten them, then export again.</source>
            <translation>Le fichier de passation n'a pas été écrit : ces textes sont plus longs qu'un fichier de passation ne l'accepte (ils ont été enregistrés par une version plus ancienne de Cercle). Raccourcissez-les, puis exportez à nouveau.</translation>
        </message>
        <message>
            <source>{place}: {field}, {length} characters (at most {cap})</source>
            <translation>{place} : {field}, {length} caractères (au plus {cap})</translation>
        </message>
        <message>
            <source>This handover file was refused and nothing was imported: in {records}, the field “{field}” is {reason}. Cercle accepts only what it would have written itself. Ask the previous host to check these records and send a fresh file.</source>
            <translation>Ce fichier de passation a été refusé et rien n’a été importé : dans {records}, le champ « {field} » est {reason}. Cercle n’accepte que ce qu’il aurait écrit lui-même. Demandez à l’hôte précédent de vérifier ces fiches et d’envoyer un nouveau fichier.</translation>
        </message>
        <message>
            <source>The file was written by an older version of Cercle, which kept these characters: ask the previous host to update Cercle and open the group once (it removes them), then send a fresh file.</source>
            <translation>Le fichier a été écrit par une version plus ancienne de Cercle, qui gardait ces caractères : demandez à l’hôte précédent qu’il mette à jour Cercle et ouvre le groupe une fois (Cercle les retire alors), puis qu’il envoie un nouveau fichier.</translation>
        </message>
        <message>
            <source>The handover file was not written: in {records}, the field “{field}” is {reason}, and the next host's Cercle would refuse it. Correct these records, then export again.</source>
            <translation>Le fichier de passation n’a pas été écrit : dans {records}, le champ « {field} » est {reason}, et le Cercle du prochain hôte le refuserait. Corrigez ces fiches, puis exportez de nouveau.</translation>
        </message>
        <message>
            <source>What this was about is no longer in the group: it was deleted meanwhile. Nothing was changed.</source>
            <translation>Ce dont il s'agissait n'est plus dans le groupe : cela a été supprimé entre-temps. Rien n'a été modifié.</translation>
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
            <translation>&amp;Étiquette sur cet ordinateur :</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>À &amp;nouveau :</translation>
        </message>
        <message>
            <source>Shown on the start screen without the passphrase: choose something discreet.</source>
            <translation>Visible sur l'écran d'accueil sans la phrase secrète : choisissez quelque chose de discret.</translation>
        </message>
        <message>
            <source>Nobody can recover a forgotten passphrase, not even the previous host.</source>
            <translation>Personne ne peut retrouver une phrase secrète oubliée, pas même la personne qui animait avant vous.</translation>
        </message>
        <message>
            <source>&amp;Import the group</source>
            <translation>&amp;Importer le groupe</translation>
        </message>
    </context>
    <context>
        <name>NotesCard</name>
        <message>
            <source>No notes for this item. You can add some in the session's agenda.</source>
            <translation>Pas de notes pour cette étape. Vous pouvez en ajouter dans le déroulé de la séance.</translation>
        </message>
        <message>
            <source>Notes for this item</source>
            <translation>Notes pour cette étape</translation>
        </message>
    </context>
    <context>
        <name>Pace</name>
        <message>
            <source>{minutes} min behind plan</source>
            <translation>{minutes} min de retard sur le plan</translation>
        </message>
        <message>
            <source>{minutes} min ahead of plan</source>
            <translation>{minutes} min d’avance sur le plan</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>À l’heure</translation>
        </message>
        <message>
            <source>{status} · ends about {end} at this pace (planned {planned})</source>
            <translation>{status} · fin vers {end} à ce rythme (prévue à {planned})</translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <source>Too short: use at least {count} characters.</source>
            <translation>Trop courte : au moins {count} caractères.</translation>
        </message>
        <message>
            <source>Only digits (like a date or a code) are guessed in minutes.</source>
            <translation>Des chiffres seuls (une date, un code) se devinent en quelques minutes.</translation>
        </message>
        <message>
            <source>A sequence or a row of the keyboard (like 12345678 or azerty) is tried first.</source>
            <translation>Une suite ou une rangée du clavier (comme 12345678 ou azerty) est essayée en premier.</translation>
        </message>
        <message>
            <source>It is the group's own label or name, which anyone can read on the start screen.</source>
            <translation>C’est l’étiquette ou le nom du groupe, que toute personne peut lire sur l’écran d’accueil.</translation>
        </message>
        <message>
            <source>It is one of the most common passphrases, tried first by anyone guessing.</source>
            <translation>C’est l’une des phrases secrètes les plus courantes, essayées en premier par qui cherche à deviner.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseEdit</name>
        <message>
            <source>Hide the passphrase (Ctrl+H)</source>
            <translation>Masquer la phrase secrète (Ctrl+H)</translation>
        </message>
        <message>
            <source>Show the passphrase (Ctrl+H)</source>
            <translation>Afficher la phrase secrète (Ctrl+H)</translation>
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
            <source>Refused: {reason}</source>
            <translation>Refusée : {reason}</translation>
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
        <name>PeriodBar</name>
        <message>
            <source>&amp;Period:</source>
            <translation>&amp;Période :</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Trimestre</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>From… to…</source>
            <translation>Du… au…</translation>
        </message>
        <message>
            <source>Annual report (GEM)</source>
            <translation>Rapport annuel (GEM)</translation>
        </message>
        <message>
            <source>Quarter {number}</source>
            <translation>Trimestre {number}</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
    </context>
    <context>
        <name>PhoneListDialog</name>
        <message>
            <source>Phone list</source>
            <translation>Liste téléphonique</translation>
        </message>
        <message>
            <source>Tick the members who agreed today to be on the group's phone list. Only they are printed, with their pseudonym and phone number.</source>
            <translation>Cochez les membres qui ont accepté aujourd'hui de figurer sur la liste téléphonique du groupe. Seuls eux sont imprimés, avec leur pseudonyme et leur numéro.</translation>
        </message>
        <message>
            <source>Members with a phone number</source>
            <translation>Membres ayant un numéro de téléphone</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) on the list</source>
            <translation>
                <numerusform>%n membre sur la liste</numerusform>
                <numerusform>%n membres sur la liste</numerusform>
            </translation>
        </message>
        <message>
            <source>A printed or PDF phone list is not encrypted. Hand it only to the members on it, and ask them to keep it private.</source>
            <translation>Une liste téléphonique imprimée ou en PDF n'est pas chiffrée. Ne la remettez qu'aux membres qui y figurent, et demandez-leur de la garder pour eux.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
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
        <message>
            <source>Meetings and resources</source>
            <translation>Séances et ressources</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Esc: back to the host's controls</source>
            <translation>Échap : retour aux commandes de l'animation</translation>
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
            <translation>Code de vérification : comparez-le à voix haute avec la personne qui vous passe le relais. S'il diffère, arrêtez-vous ici.</translation>
        </message>
        <message>
            <source>Comparing with your group…</source>
            <translation>Comparaison avec votre groupe…</translation>
        </message>
        <message>
            <source>Will be added: {added}.
Will be changed: {changed}.
Will be deleted: {deleted}.</source>
            <translation>Seront ajoutés : {added}.
Seront modifiés : {changed}.
Seront supprimés : {deleted}.</translation>
        </message>
        <message>
            <source>Careful: this file would replace much of your group.</source>
            <translation>Attention : ce fichier remplacerait une grande partie de votre groupe.</translation>
        </message>
        <message>
            <source>{records} of the {total} in your group would be erased or overwritten.</source>
            <translation>{records} sur les {total} de votre groupe seraient effacés ou remplacés.</translation>
        </message>
        <message numerus="yes">
            <source>%n crisis line(s) would be erased or changed: check each number with the co-host before merging.</source>
            <translation>
                <numerusform>%n ligne d’écoute serait effacée ou modifiée : vérifiez chaque numéro avec le co-hôte avant de fusionner.</numerusform>
                <numerusform>%n lignes d’écoute seraient effacées ou modifiées : vérifiez chaque numéro avec le co-hôte avant de fusionner.</numerusform>
            </translation>
        </message>
        <message>
            <source>If you did not expect this, cancel: nothing has changed yet.</source>
            <translation>Si vous ne vous y attendiez pas, annulez : rien n’a encore changé.</translation>
        </message>
        <message>
            <source>I have checked: merge it anyway</source>
            <translation>J’ai vérifié : fusionner quand même</translation>
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
    </context>
    <context>
        <name>PurposeCard</name>
        <message>
            <source>Not asked yet</source>
            <translation>Pas encore demandé</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Réponse :</translation>
        </message>
        <message>
            <source>&amp;Given on:</source>
            <translation>&amp;Donné le :</translation>
        </message>
        <message>
            <source>&amp;Wording read:</source>
            <translation>&amp;Formulation lue :</translation>
        </message>
        <message>
            <source>Renewal:</source>
            <translation>Renouvellement :</translation>
        </message>
        <message>
            <source>version </source>
            <translation>version </translation>
        </message>
        <message>
            <source>Ask again by</source>
            <translation>Redemander avant le</translation>
        </message>
        <message>
            <source>Renewed &amp;today</source>
            <translation>Renouvelé &amp;aujourd’hui</translation>
        </message>
        <message>
            <source>Asked again today, with the current wording: agreed, renewal in a year</source>
            <translation>Redemandé aujourd’hui, avec la formulation actuelle : accepté, renouvellement dans un an</translation>
        </message>
        <message>
            <source>Wording {version}: “{text}”</source>
            <translation>Formulation {version} : « {text} »</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Regarder dans :</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Fichiers de &amp;type :</translation>
        </message>
    </context>
    <context>
        <name>RecordCounts</name>
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
                <numerusform>%Ln étape de déroulé</numerusform>
                <numerusform>%Ln étapes de déroulé</numerusform>
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
            <source>%Ln session format(s)</source>
            <translation>
                <numerusform>%Ln format de séance</numerusform>
                <numerusform>%Ln formats de séance</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln format item(s)</source>
            <translation>
                <numerusform>%Ln étape de format</numerusform>
                <numerusform>%Ln étapes de format</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln speaking turn(s)</source>
            <translation>
                <numerusform>%Ln tour de parole</numerusform>
                <numerusform>%Ln tours de parole</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln read-aloud text(s)</source>
            <translation>
                <numerusform>%Ln texte à lire</numerusform>
                <numerusform>%Ln textes à lire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln erasure record(s)</source>
            <translation>
                <numerusform>%Ln trace d’effacement</numerusform>
                <numerusform>%Ln traces d’effacement</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln group setting(s)</source>
            <translation>
                <numerusform>%Ln réglage du groupe</numerusform>
                <numerusform>%Ln réglages du groupe</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln record(s)</source>
            <translation>
                <numerusform>%Ln fiche</numerusform>
                <numerusform>%Ln fiches</numerusform>
            </translation>
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
            <source>A series holds at most {count} sessions: this one stops on {last}, before its end date ({until}). Plan another series after it to go further.</source>
            <translation>Une série compte au plus {count} séances : celle-ci s’arrête le {last}, avant sa date de fin ({until}). Planifiez une autre série à sa suite pour aller plus loin.</translation>
        </message>
        <message>
            <source>Empty agenda</source>
            <translation>Déroulé vide</translation>
        </message>
        <message>
            <source>&amp;First session:</source>
            <translation>&amp;Première séance :</translation>
        </message>
        <message>
            <source>&amp;Repeat:</source>
            <translation>&amp;Répétition :</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat :</translation>
        </message>
        <message>
            <source>Plan a series</source>
            <translation>Planifier une série</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s) planned.</source>
            <translation>
                <numerusform>%n séance planifiée.</numerusform>
                <numerusform>%n séances planifiées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped, because a meeting is already planned or held on that day: {dates}.</source>
            <translation>Dates sautées, car une séance y est déjà planifiée ou tenue : {dates}.</translation>
        </message>
        <message numerus="yes">
            <source>%n session(s): {dates}</source>
            <translation>
                <numerusform>%n séance : {dates}</numerusform>
                <numerusform>%n séances : {dates}</numerusform>
            </translation>
        </message>
        <message>
            <source>After this &amp;number of sessions:</source>
            <translation>Après ce &amp;nombre de séances :</translation>
        </message>
        <message>
            <source>On this &amp;end date:</source>
            <translation>À cette date de &amp;fin :</translation>
        </message>
        <message>
            <source>Number of sessions</source>
            <translation>Nombre de séances</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <source>Ends:</source>
            <translation>Fin :</translation>
        </message>
    </context>
    <context>
        <name>Refusal</name>
        <message>
            <source>identifier</source>
            <translation>identifiant</translation>
        </message>
        <message>
            <source>creation date</source>
            <translation>date de création</translation>
        </message>
        <message>
            <source>date of last change</source>
            <translation>date de dernière modification</translation>
        </message>
        <message>
            <source>date of erasure</source>
            <translation>date d’effacement</translation>
        </message>
        <message>
            <source>pseudonym</source>
            <translation>pseudonyme</translation>
        </message>
        <message>
            <source>full name</source>
            <translation>nom complet</translation>
        </message>
        <message>
            <source>phone</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>email</source>
            <translation>courriel</translation>
        </message>
        <message>
            <source>role</source>
            <translation>rôle</translation>
        </message>
        <message>
            <source>active</source>
            <translation>actif</translation>
        </message>
        <message>
            <source>date joined</source>
            <translation>date d’arrivée</translation>
        </message>
        <message>
            <source>consent to be contacted</source>
            <translation>accord pour être contacté</translation>
        </message>
        <message>
            <source>consent to the handover</source>
            <translation>accord pour la passation</translation>
        </message>
        <message>
            <source>date of consent</source>
            <translation>date de l’accord</translation>
        </message>
        <message>
            <source>private note</source>
            <translation>note privée</translation>
        </message>
        <message>
            <source>start date and time</source>
            <translation>date et l’heure de début</translation>
        </message>
        <message>
            <source>duration</source>
            <translation>durée</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>theme</source>
            <translation>thème</translation>
        </message>
        <message>
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <source>summary</source>
            <translation>compte rendu</translation>
        </message>
        <message>
            <source>number of guests</source>
            <translation>nombre de personnes invitées</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>member</source>
            <translation>membre</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>kind</source>
            <translation>type</translation>
        </message>
        <message>
            <source>planned minutes</source>
            <translation>minutes prévues</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>name</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>presence</source>
            <translation>présence</translation>
        </message>
        <message>
            <source>start time</source>
            <translation>heure de début</translation>
        </message>
        <message>
            <source>end time</source>
            <translation>heure de fin</translation>
        </message>
        <message>
            <source>time per turn</source>
            <translation>temps par tour</translation>
        </message>
        <message>
            <source>sharing circle</source>
            <translation>cercle de parole</translation>
        </message>
        <message>
            <source>speaker</source>
            <translation>personne qui parle</translation>
        </message>
        <message>
            <source>planned time</source>
            <translation>temps prévu</translation>
        </message>
        <message>
            <source>time spoken</source>
            <translation>temps de parole</translation>
        </message>
        <message>
            <source>passed</source>
            <translation>a passé</translation>
        </message>
        <message>
            <source>category</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>text</source>
            <translation>texte</translation>
        </message>
        <message>
            <source>web address</source>
            <translation>adresse web</translation>
        </message>
        <message>
            <source>address</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>opening hours</source>
            <translation>horaires</translation>
        </message>
        <message>
            <source>pinned</source>
            <translation>épinglé</translation>
        </message>
        <message>
            <source>date last checked</source>
            <translation>date de dernière vérification</translation>
        </message>
        <message>
            <source>kind of record</source>
            <translation>type de fiche</translation>
        </message>
        <message>
            <source>erased record</source>
            <translation>fiche effacée</translation>
        </message>
        <message>
            <source>group name</source>
            <translation>nom du groupe</translation>
        </message>
        <message>
            <source>group identifier</source>
            <translation>identifiant du groupe</translation>
        </message>
        <message>
            <source>language</source>
            <translation>langue</translation>
        </message>
        <message>
            <source>not the kind of value expected</source>
            <translation>d’un type inattendu</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>far too long</source>
            <translation>beaucoup trop long</translation>
        </message>
        <message>
            <source>holds invisible control characters</source>
            <translation>porteur de caractères de contrôle invisibles</translation>
        </message>
        <message>
            <source>outside the accepted range</source>
            <translation>hors des limites acceptées</translation>
        </message>
        <message>
            <source>not one of the accepted choices</source>
            <translation>hors des choix possibles</translation>
        </message>
        <message>
            <source>not a real date</source>
            <translation>une date qui n’existe pas</translation>
        </message>
        <message>
            <source>a date in the future</source>
            <translation>une date dans le futur</translation>
        </message>
        <message>
            <source>not a valid identifier</source>
            <translation>un identifiant non valide</translation>
        </message>
        <message>
            <source>erases a record the same file still holds</source>
            <translation>l’effacement d’une fiche que le même fichier contient encore</translation>
        </message>
        <message>
            <source>Members, the member “{name}”</source>
            <translation>Membres, le membre « {name} »</translation>
        </message>
        <message>
            <source>Resources, “{name}”</source>
            <translation>Ressources, « {name} »</translation>
        </message>
        <message>
            <source>Sessions, the meeting of {name}</source>
            <translation>Séances, la séance du {name}</translation>
        </message>
        <message>
            <source>Sessions, the agenda item “{name}”</source>
            <translation>Séances, l'étape « {name} »</translation>
        </message>
        <message>
            <source>Sessions, Formats, “{name}”</source>
            <translation>Séances, Formats, « {name} »</translation>
        </message>
        <message>
            <source>Sessions, Formats, the item “{name}”</source>
            <translation>Séances, Formats, l'étape « {name} »</translation>
        </message>
        <message>
            <source>Sessions, a text to read aloud</source>
            <translation>Séances, un texte à lire à voix haute</translation>
        </message>
        <message numerus="yes">
            <source>The file has %Ln other problem(s) of this kind.</source>
            <translation>
                <numerusform>Le fichier a %Ln autre problème de ce genre.</numerusform>
                <numerusform>Le fichier a %Ln autres problèmes de ce genre.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln other text(s).</source>
            <translation>
                <numerusform>… et %Ln autre texte.</numerusform>
                <numerusform>… et %Ln autres textes.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}”</source>
            <translation>« {name} »</translation>
        </message>
        <message>
            <source>purpose</source>
            <translation>objet</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>date given</source>
            <translation>date donnée</translation>
        </message>
        <message>
            <source>wording version</source>
            <translation>version de la formulation</translation>
        </message>
        <message>
            <source>renewal date</source>
            <translation>date de renouvellement</translation>
        </message>
        <message>
            <source>session format</source>
            <translation>format de séance</translation>
        </message>
    </context>
    <context>
        <name>ReportOutput</name>
        <message>
            <source>Report</source>
            <translation>Bilan</translation>
        </message>
        <message>
            <source>A printed, PDF or CSV report is not encrypted. It holds no names, only counts, and counts of fewer than {n} people are hidden. Give it only to whom it is for.</source>
            <translation>Un bilan imprimé, en PDF ou en CSV n'est pas chiffré. Il ne contient aucun nom, seulement des effectifs, et les effectifs de moins de {n} personnes sont masqués. Ne le donnez qu'à ses destinataires.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Enregistrer le bilan</translation>
        </message>
    </context>
    <context>
        <name>ReportWords</name>
        <message>
            <source>Activity report</source>
            <translation>Bilan d'activité</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Période</translation>
        </message>
        <message>
            <source>{label}: {value}</source>
            <translation>{label} : {value}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Meetings held</source>
            <translation>Séances tenues</translation>
        </message>
        <message>
            <source>Meetings cancelled</source>
            <translation>Séances annulées</translation>
        </message>
        <message>
            <source>Meetings still planned</source>
            <translation>Séances encore prévues</translation>
        </message>
        <message>
            <source>Hours met</source>
            <translation>Heures de séance</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Fréquentation</translation>
        </message>
        <message>
            <source>Average attendance per meeting</source>
            <translation>Participants par séance (moyenne)</translation>
        </message>
        <message>
            <source>Median attendance per meeting</source>
            <translation>Participants par séance (médiane)</translation>
        </message>
        <message>
            <source>Newcomers</source>
            <translation>Personnes nouvelles</translation>
        </message>
        <message>
            <source>Newcomers who came back</source>
            <translation>Personnes nouvelles revenues</translation>
        </message>
        <message>
            <source>Regular attenders</source>
            <translation>Participants réguliers</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Adhérents</translation>
        </message>
        <message>
            <source>Members at the end of the period</source>
            <translation>Adhérents en fin de période</translation>
        </message>
        <message>
            <source>New members in the period</source>
            <translation>Nouveaux adhérents sur la période</translation>
        </message>
        <message>
            <source>Themes held</source>
            <translation>Thèmes abordés</translation>
        </message>
        <message>
            <source>No theme recorded.</source>
            <translation>Aucun thème noté.</translation>
        </message>
        <message>
            <source>Check-out: good / mixed / hard</source>
            <translation>Météo de sortie : bien / mitigé / difficile</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>non relevé</translation>
        </message>
        <message>
            <source>not available (details folded)</source>
            <translation>non disponible (détails regroupés)</translation>
        </message>
        <message>
            <source>Attendance per meeting</source>
            <translation>Participants par séance</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Guests</source>
            <translation>Personnes invitées</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>fewer than {n}</source>
            <translation>moins de {n}</translation>
        </message>
        <message>
            <source>GEM annual report</source>
            <translation>Rapport annuel du GEM</translation>
        </message>
        <message>
            <source>Members at 31 December</source>
            <translation>Adhérents au 31 décembre</translation>
        </message>
        <message>
            <source>New members in the year</source>
            <translation>Nouveaux adhérents dans l'année</translation>
        </message>
        <message>
            <source>Hosts</source>
            <translation>Animateurs</translation>
        </message>
        <message>
            <source>Paid hosts</source>
            <translation>Animateurs salariés</translation>
        </message>
        <message>
            <source>Volunteer hosts</source>
            <translation>Animateurs bénévoles</translation>
        </message>
        <message>
            <source>Opening</source>
            <translation>Ouverture</translation>
        </message>
        <message>
            <source>Opening days</source>
            <translation>Jours d'ouverture</translation>
        </message>
        <message>
            <source>Opening hours in the year</source>
            <translation>Heures d'ouverture dans l'année</translation>
        </message>
        <message>
            <source>Usual times</source>
            <translation>Horaires habituels</translation>
        </message>
        <message>
            <source>{weekday} {start}–{end} ({count} meetings)</source>
            <translation>{weekday} {start}–{end} ({count} séances)</translation>
        </message>
        <message>
            <source>Activities held</source>
            <translation>Activités réalisées</translation>
        </message>
        <message>
            <source>Activities planned next year</source>
            <translation>Activités prévues l'an prochain</translation>
        </message>
        <message>
            <source>Meetings planned</source>
            <translation>Séances prévues</translation>
        </message>
        <message>
            <source>Monthly trend: average attendance per meeting</source>
            <translation>Tendance mensuelle : participants par séance (moyenne)</translation>
        </message>
        <message>
            <source>Fewer than {n} (not shown)</source>
            <translation>Moins de {n} (non montré)</translation>
        </message>
        <message>
            <source>Average per meeting</source>
            <translation>Moyenne par séance</translation>
        </message>
        <message>
            <source>No meeting held in this period.</source>
            <translation>Aucune séance tenue sur cette période.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No names appear in this report. Counts of people under {n} are shown as “fewer than {n}”, so that no one can be recognised; meetings, hours and hosts are shown as they are.</source>
            <translation>Aucun nom ne figure dans ce bilan. Les effectifs de personnes inférieurs à {n} sont indiqués « moins de {n} », pour que personne ne puisse être reconnu ; les séances, les heures et les animateurs sont indiqués tels quels.</translation>
        </message>
        <message>
            <source>Attendance = members marked present + guests. A newcomer came to the group for the first time in the period; came back = present again later in the period. A regular attender missed no more than one meeting in four held in the period.</source>
            <translation>Participants = membres notés présents + personnes invitées. Une personne est venue pour la première fois si elle n’était jamais venue avant la période ; revenue = présente de nouveau plus tard dans la période. Une personne vient régulièrement si elle a manqué au plus une séance sur quatre.</translation>
        </message>
        <message>
            <source>Members are the active members who had joined by the period's last day.</source>
            <translation>Adhérents : les adhérents actifs inscrits au dernier jour de la période.</translation>
        </message>
        <message>
            <source>Details of {n} meeting(s) were folded into counts (retention setting).</source>
            <translation>Le détail de {n} séance(s) a été regroupé en effectifs (durée de conservation).</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>lundi</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>mardi</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>mercredi</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>jeudi</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>vendredi</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>samedi</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>dimanche</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Reports</source>
            <translation>Bilans</translation>
        </message>
        <message>
            <source>Counts of people under this number are shown as “fewer than” it.</source>
            <translation>Les effectifs de personnes inférieurs à ce nombre sont indiqués « moins de » ce nombre.</translation>
        </message>
        <message>
            <source>P&amp;aid hosts:</source>
            <translation>Animateurs s&amp;alariés :</translation>
        </message>
        <message>
            <source>Pape&amp;r:</source>
            <translation>Papie&amp;r :</translation>
        </message>
        <message>
            <source>&amp;Keeping who came…</source>
            <translation>Durée de co&amp;nservation…</translation>
        </message>
        <message>
            <source>Pri&amp;nt…</source>
            <translation>Imprim&amp;er…</translation>
        </message>
        <message>
            <source>Save as P&amp;DF…</source>
            <translation>Enregistrer en P&amp;DF…</translation>
        </message>
        <message>
            <source>Save as &amp;CSV…</source>
            <translation>Enregistrer en &amp;CSV…</translation>
        </message>
        <message>
            <source>Hide counts of people &amp;under:</source>
            <translation>&amp;Masquer les effectifs inférieurs à :</translation>
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
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>Télé&amp;phone :</translation>
        </message>
        <message>
            <source>&amp;Web address:</source>
            <translation>Adresse &amp;web :</translation>
        </message>
        <message>
            <source>&amp;Postal address:</source>
            <translation>Adresse p&amp;ostale :</translation>
        </message>
        <message>
            <source>&amp;Opening hours:</source>
            <translation>&amp;Horaires :</translation>
        </message>
        <message>
            <source>Help now:</source>
            <translation>Aide immédiate :</translation>
        </message>
        <message>
            <source>Last checked:</source>
            <translation>Dernière vérification :</translation>
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
            <source>Preview:</source>
            <translation>Aperçu :</translation>
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
        <message>
            <source>Te&amp;xt (formatting: **bold**, - lists, # headings):</source>
            <translation>Te&amp;xte (mise en forme : **gras**, - listes, # titres) :</translation>
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
            <translation>Pas vérifiée récemment : appelez ou passez sur place pour vous assurer qu'elle est toujours juste, puis marquez-la comme vérifiée.</translation>
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
            <translation>À vérifier : dernière fois le {date}</translation>
        </message>
    </context>
    <context>
        <name>Resources</name>
        <message>
            <source>Never checked: call or visit to confirm it before giving it out.</source>
            <translation>Jamais vérifiée : à confirmer par un appel ou une visite avant de la donner.</translation>
        </message>
        <message>
            <source>Last checked on {date}: call or visit to confirm it before giving it out.</source>
            <translation>Vérifiée le {date} : à confirmer par un appel ou une visite avant de la donner.</translation>
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
            <translation>Supprimer « {title} » ? Elle ne pourra pas être récupérée, même en fusionnant une copie plus ancienne du groupe.</translation>
        </message>
        <message>
            <source>Crisis line or emergency number</source>
            <translation>Urgence, crise ou ligne d'écoute</translation>
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
            <translation>{label} : {value}</translation>
        </message>
    </context>
    <context>
        <name>ResourcesScreen</name>
        <message numerus="yes">
            <source>%n resource(s) shown</source>
            <translation>
                <numerusform>%n ressource affichée</numerusform>
                <numerusform>%n ressources affichées</numerusform>
            </translation>
        </message>
        <message>
            <source>only the best matches: type more words to narrow down</source>
            <translation>seulement les meilleurs résultats : tapez d'autres mots pour affiner</translation>
        </message>
        <message>
            <source>Choose a resource in the list to read it here.</source>
            <translation>Choisissez une ressource dans la liste pour la lire ici.</translation>
        </message>
    </context>
    <context>
        <name>ResourcesView</name>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Search resources: words, names, numbers…</source>
            <translation>Chercher dans les ressources : mots, noms, numéros…</translation>
        </message>
        <message>
            <source>Search resources</source>
            <translation>Chercher dans les ressources</translation>
        </message>
        <message>
            <source>Finds words as you type, with or without accents (Ctrl+F; Down arrow to the list)</source>
            <translation>Trouve les mots au fil de la frappe, avec ou sans accents (Ctrl+F ; flèche bas pour aller à la liste)</translation>
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
            <translation>Vous venez de vérifier ce numéro ou cette adresse : enregistrer la date du jour</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>&amp;Print or PDF…</source>
            <translation>Imprimer ou P&amp;DF…</translation>
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
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Keeping who came</source>
            <translation>Durée de conservation</translation>
        </message>
        <message>
            <source>&amp;Keep who came at each meeting for (months):</source>
            <translation>&amp;Garder les présences de chaque séance pendant (mois) :</translation>
        </message>
        <message>
            <source>&amp;Always</source>
            <translation>&amp;Toujours</translation>
        </message>
        <message>
            <source>&amp;Fold older details into counts…</source>
            <translation>&amp;Regrouper le détail plus ancien en effectifs…</translation>
        </message>
        <message>
            <source>Folding keeps every report's figures but removes who came to each older meeting and their sharing-circle timings. Backups made before folding still hold these details until they rotate out (the daily and weekly backups within weeks, the copy made before folding after a few more risky changes).</source>
            <translation>Le regroupement garde les chiffres de chaque bilan mais efface les présences des séances plus anciennes et leurs temps de parole au cercle. Les sauvegardes faites avant le regroupement gardent ce détail jusqu'à leur rotation (en quelques semaines pour les sauvegardes quotidiennes et hebdomadaires, après quelques autres opérations délicates pour la copie faite avant le regroupement).</translation>
        </message>
        <message>
            <source>Who came is kept for as long as the group exists.</source>
            <translation>Les présences sont gardées tant que le groupe existe.</translation>
        </message>
        <message>
            <source>Nothing to fold before {day}.</source>
            <translation>Rien à regrouper avant le {day}.</translation>
        </message>
        <message numerus="yes">
            <source>Before {day}: %n meeting(s) to fold into counts, removing {rows} attendance ticks and {turns} circle timings.</source>
            <translation>
                <numerusform>Avant le {day} : %n séance à regrouper en effectifs, en effaçant {rows} présences pointées et {turns} temps de parole.</numerusform>
                <numerusform>Avant le {day} : %n séances à regrouper en effectifs, en effaçant {rows} présences pointées et {turns} temps de parole.</numerusform>
            </translation>
        </message>
        <message>
            <source>A verified backup is made first. Then who came to the older meetings is replaced by counts, for good. Fold now?</source>
            <translation>Une sauvegarde vérifiée est faite d'abord. Ensuite, les présences des séances plus anciennes sont remplacées par des effectifs, définitivement. Regrouper maintenant ?</translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) folded into counts.</source>
            <translation>
                <numerusform>%n séance regroupée en effectifs.</numerusform>
                <numerusform>%n séances regroupées en effectifs.</numerusform>
            </translation>
        </message>
        <message>
            <source>Making a verified backup, then folding…</source>
            <translation>Sauvegarde vérifiée, puis regroupement en effectifs…</translation>
        </message>
        <message>
            <source>Nothing was folded: the group is as it was before.</source>
            <translation>Rien n’a été regroupé : le groupe est resté tel quel.</translation>
        </message>
    </context>
    <context>
        <name>Roster</name>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>Edit a member</source>
            <translation>Modifier un membre</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Animation</translation>
        </message>
        <message>
            <source>Co-host</source>
            <translation>Coanimation</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
    </context>
    <context>
        <name>RoundBalance</name>
        <message>
            <source>Spoke</source>
            <translation>Ont parlé</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Ont passé</translation>
        </message>
        <message>
            <source>Not reached</source>
            <translation>Pas eu la parole</translation>
        </message>
        <message>
            <source>Median turn</source>
            <translation>Tour médian</translation>
        </message>
        <message>
            <source>Run-over, in all</source>
            <translation>Dépassement, en tout</translation>
        </message>
        <message>
            <source>none</source>
            <translation>aucun</translation>
        </message>
        <message>
            <source>{name}: {value}</source>
            <translation>{name} : {value}</translation>
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
            <translation>C'est fait. Votre groupe contient maintenant les modifications de votre coanimation.</translation>
        </message>
        <message>
            <source>Done. The group is on this computer; open it with your passphrase.</source>
            <translation>C'est fait. Le groupe est sur cet ordinateur ; ouvrez-le avec votre phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>RunningLayout</name>
        <message>
            <source>Start / Pause</source>
            <translation>Démarrer / Pause</translation>
        </message>
        <message>
            <source>← Back</source>
            <translation>← Retour</translation>
        </message>
        <message>
            <source>Next →</source>
            <translation>Suivant →</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Passer</translation>
        </message>
        <message>
            <source>Come back at the end</source>
            <translation>Revenir à la fin</translation>
        </message>
        <message>
            <source>+1 minute</source>
            <translation>+1 minute</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>Terminer le tour de parole</translation>
        </message>
        <message>
            <source>Full screen</source>
            <translation>Plein écran</translation>
        </message>
        <message>
            <source>Presenter screen</source>
            <translation>Écran de projection</translation>
        </message>
        <message>
            <source>Help now</source>
            <translation>Aide immédiate</translation>
        </message>
        <message>
            <source>Start the round, pause or resume the speaker</source>
            <translation>Démarrer le tour de parole, mettre en pause ou reprendre</translation>
        </message>
        <message>
            <source>Back to the previous speaker</source>
            <translation>Revenir à la personne précédente</translation>
        </message>
        <message>
            <source>This speaker is done: the next one starts (also Enter)</source>
            <translation>Cette personne a fini : la suivante commence (aussi Entrée)</translation>
        </message>
        <message>
            <source>The speaker passes for this round</source>
            <translation>La personne passe pour ce tour</translation>
        </message>
        <message>
            <source>The speaker passes for now and is offered the word again after the last speaker</source>
            <translation>La personne passe pour l’instant et la parole lui est proposée de nouveau après la dernière personne</translation>
        </message>
        <message>
            <source>Give the speaker one more minute</source>
            <translation>Donner une minute de plus</translation>
        </message>
        <message>
            <source>Stop the round now and see the summary</source>
            <translation>Arrêter le tour de parole maintenant et voir le bilan</translation>
        </message>
        <message>
            <source>Fill the screen with the timer (Esc to leave)</source>
            <translation>Afficher le minuteur en plein écran (Échap pour sortir)</translation>
        </message>
        <message>
            <source>Show only the name and the timer on the chosen screen</source>
            <translation>Afficher seulement le pseudonyme et le minuteur sur l'écran choisi</translation>
        </message>
        <message>
            <source>Crisis lines and emergency numbers, in large type</source>
            <translation>Lignes d'écoute et numéros d'urgence, en grands caractères</translation>
        </message>
        <message>
            <source>{action} (shortcut: {keys})</source>
            <translation>{action} (raccourci : {keys})</translation>
        </message>
        <message>
            <source>Still to speak (drag to reorder)</source>
            <translation>Prendront la parole (glisser pour changer l'ordre)</translation>
        </message>
        <message>
            <source>Late arrival's name</source>
            <translation>Pseudonyme de la personne arrivée en retard</translation>
        </message>
        <message>
            <source>Still to speak, in order</source>
            <translation>Prendront encore la parole, dans l'ordre</translation>
        </message>
        <message>
            <source>Screen for the presenter view</source>
            <translation>Écran pour l'affichage de projection</translation>
        </message>
        <message>
            <source>Back to the meeting</source>
            <translation>Reprendre la séance</translation>
        </message>
        <message>
            <source>The meeting window, with its agenda and clock; the round keeps running</source>
            <translation>La fenêtre de la séance, avec son déroulé et son horloge ; le tour de parole continue</translation>
        </message>
        <message>
            <source>Add a late arrival</source>
            <translation>Ajouter une personne en retard</translation>
        </message>
        <message>
            <source>They join at the end of the round</source>
            <translation>Elle rejoint la fin du tour de parole</translation>
        </message>
        <message>
            <source>Next: {name}</source>
            <translation>Ensuite : {name}</translation>
        </message>
        <message>
            <source>Next: nobody, everyone has spoken</source>
            <translation>Ensuite : personne, tout le monde a parlé</translation>
        </message>
        <message>
            <source>Next: nobody, this is the last turn</source>
            <translation>Ensuite : personne, c'est la dernière prise de parole</translation>
        </message>
        <message>
            <source>Turn {number} of {total}</source>
            <translation>Prise de parole {number} sur {total}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Démarrer</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Everyone has spoken. End the round ({end}) to see its balance, go back to the last speaker ({back}), or add a late arrival.</source>
            <translation>Tout le monde a parlé. Terminez le tour ({end}) pour en voir le bilan, revenez à la dernière personne ({back}) ou ajoutez une personne arrivée en retard.</translation>
        </message>
        <message>
            <source>{name} (comes back at the end)</source>
            <translation>{name} (revient à la fin)</translation>
        </message>
        <message>
            <source>Screen {number} ({width}×{height})</source>
            <translation>Écran {number} ({width}×{height})</translation>
        </message>
        <message>
            <source>Where the presenter screen opens</source>
            <translation>Où s'ouvre l'écran de projection</translation>
        </message>
        <message>
            <source>{up} and {down} move the selected speaker up or down; you can also drag them</source>
            <translation>{up} et {down} font monter ou descendre la personne choisie ; vous pouvez aussi la faire glisser</translation>
        </message>
    </context>
    <context>
        <name>RunningView</name>
        <message>
            <source>End the round</source>
            <translation>Terminer le tour de parole</translation>
        </message>
        <message numerus="yes">
            <source>%n speaker(s) still waiting to speak. End the round now?</source>
            <translation>
                <numerusform>%n personne attend encore sa prise de parole. Terminer le tour de parole maintenant ?</numerusform>
                <numerusform>%n personnes attendent encore leur prise de parole. Terminer le tour de parole maintenant ?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SameGroupChoice</name>
        <message>
            <source>This group is already on this computer, as “{label}”. Choose what to do with the file:</source>
            <translation>Ce groupe est déjà sur cet ordinateur, sous le nom « {label} ». Choisissez quoi faire du fichier :</translation>
        </message>
        <message>
            <source>&amp;Merge the file into it</source>
            <translation>Fusio&amp;nner le fichier dans ce groupe</translation>
        </message>
        <message>
            <source>For co-hosts: both keep their changes. It needs the passphrase that opens the group on this computer.</source>
            <translation>En coanimation : les modifications de chaque personne sont gardées. Il faut la phrase secrète qui ouvre le groupe sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Passphrase of the group here</source>
            <translation>Phrase secrète du groupe sur cet ordinateur</translation>
        </message>
        <message>
            <source>Open &amp;it</source>
            <translation>Ou&amp;vrir</translation>
        </message>
        <message>
            <source>&amp;Take the group over</source>
            <translation>&amp;Reprendre le groupe</translation>
        </message>
        <message>
            <source>For a new host: the file replaces the group here and opens with your own passphrase. The group as it is now is kept as a backup that only the previous passphrase opens. The handover passphrase is the previous host's consent.</source>
            <translation>Pour un nouvel animateur : le fichier remplace le groupe sur cet ordinateur et s’ouvre avec votre propre phrase secrète. Le groupe tel qu’il est maintenant est gardé en sauvegarde, que seule l’ancienne phrase secrète ouvre. La phrase de passation est l’accord de l’animateur précédent.</translation>
        </message>
        <message>
            <source>&amp;Keep both, as two separate groups</source>
            <translation>&amp;Garder les deux, comme deux groupes distincts</translation>
        </message>
        <message>
            <source>The file becomes a second group with its own passphrase. Files of one can no longer be merged into the other.</source>
            <translation>Le fichier devient un second groupe, avec sa propre phrase secrète. Les fichiers de l’un ne pourront plus être fusionnés dans l’autre.</translation>
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
            <source>Names, phone numbers and emails go only for members who agreed to pass them on.</source>
            <translation>Les noms, téléphones et courriels ne sont transmis que pour les membres qui ont donné leur accord.</translation>
        </message>
        <message>
            <source>Everything, &amp;with all contact details</source>
            <translation>Tout, a&amp;vec toutes les coordonnées</translation>
        </message>
        <message>
            <source>Only if every member agreed, or the next host already has these details.</source>
            <translation>Seulement si chaque membre l'a accepté, ou si la personne qui reprend le groupe a déjà ces coordonnées.</translation>
        </message>
        <message>
            <source>&amp;No member list at all</source>
            <translation>Aucune liste des &amp;membres</translation>
        </message>
        <message>
            <source>Meetings, agendas and resources only: no members, no attendance.</source>
            <translation>Seulement les séances, leurs déroulés et les ressources : ni membres, ni présences.</translation>
        </message>
        <message>
            <source>Include my &amp;private notes about members</source>
            <translation>Inclure mes notes &amp;privées sur les membres</translation>
        </message>
        <message>
            <source>No member list, so no private notes either.</source>
            <translation>Pas de liste des membres, donc pas de notes privées non plus.</translation>
        </message>
        <message>
            <source>Left unticked, your notes stay on this computer. Ticked, they go for members who agreed to pass their details on.</source>
            <translation>Non cochée, vos notes restent sur cet ordinateur. Cochée, elles partent pour les membres qui ont accepté que leurs coordonnées soient transmises.</translation>
        </message>
        <message>
            <source>Left unticked, your notes stay on this computer.</source>
            <translation>Non cochée, vos notes restent sur cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>ScriptCard</name>
        <message>
            <source>To read aloud</source>
            <translation>À lire à voix haute</translation>
        </message>
        <message>
            <source>Edit this text…</source>
            <translation>Modifier ce texte…</translation>
        </message>
        <message>
            <source>The group's own words for this kind of step</source>
            <translation>Les mots du groupe pour ce type d’étape</translation>
        </message>
    </context>
    <context>
        <name>ScriptEditor</name>
        <message>
            <source>Text to read aloud</source>
            <translation>Texte à lire à voix haute</translation>
        </message>
        <message>
            <source>These words are this group's. They are filled in when shown: {fields}. Newcomer words are added to the welcome when someone new was checked in.</source>
            <translation>Ces mots sont ceux du groupe. Ces champs sont remplis à l’affichage : {fields}. Les mots d’accueil des personnes nouvelles s’ajoutent à l’accueil quand une nouvelle personne a été pointée.</translation>
        </message>
        <message>
            <source>Back to Cercle's text</source>
            <translation>Revenir au texte de Cercle</translation>
        </message>
        <message>
            <source>These words belong to the format “{name}”, for the meetings planned from it. They are filled in when shown: {fields}. Newcomer words are added to the welcome when someone new was checked in.</source>
            <translation>Ces mots sont ceux du format « {name} », pour les séances préparées avec lui. Ces champs sont remplis à l’affichage : {fields}. Les mots pour les personnes nouvelles s’ajoutent à l’accueil quand une nouvelle personne a été pointée.</translation>
        </message>
        <message>
            <source>Back to the group's text</source>
            <translation>Revenir au texte du groupe</translation>
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
            <translation>&amp;Date et heure :</translation>
        </message>
        <message>
            <source>D&amp;uration (minutes):</source>
            <translation>D&amp;urée (minutes) :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>T&amp;heme:</source>
            <translation>T&amp;hème :</translation>
        </message>
        <message>
            <source>F&amp;ormat:</source>
            <translation>F&amp;ormat :</translation>
        </message>
        <message>
            <source>Su&amp;mmary:</source>
            <translation>Co&amp;mpte rendu :</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Practical notes only (who hosted, what was planned next). Never write what members shared: it stays in the room.</source>
            <translation>Notes pratiques seulement (qui animait, ce qui est prévu ensuite). N'écrivez jamais ce que les membres ont partagé : cela reste dans le groupe.</translation>
        </message>
        <message>
            <source>Sharing circle (time only, never content)</source>
            <translation>Cercle de parole (durées seulement, jamais le contenu)</translation>
        </message>
        <message>
            <source>An agenda item is over its limit of {cap} characters: remove {over} characters from it to save the meeting.</source>
            <translation>Une étape du déroulé dépasse sa limite de {cap} caractères : retirez-en {over} pour pouvoir enregistrer la séance.</translation>
        </message>
        <message>
            <source>Save as format</source>
            <translation>Enregistrer comme format</translation>
        </message>
        <message>
            <source>Name of the format:</source>
            <translation>Nom du format :</translation>
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
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} min</translation>
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
        <message>
            <source>Format: {name}</source>
            <translation>Format : {name}</translation>
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
        <message>
            <source>Check-out (show of hands)</source>
            <translation>Tour de fin (à main levée)</translation>
        </message>
        <message>
            <source>{good} good · {mixed} mixed · {hard} hard</source>
            <translation>{good} bien · {mixed} mitigé · {hard} difficile</translation>
        </message>
        <message>
            <source>This meeting is in progress: end it before you edit, cancel or delete it.</source>
            <translation>Cette séance est en cours : terminez-la avant de la modifier, de l'annuler ou de la supprimer.</translation>
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
            <translation>Présences</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) marked present</source>
            <translation>
                <numerusform>%n présence notée</numerusform>
                <numerusform>%n présences notées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SessionsScreen</name>
        <message>
            <source>Duplicate the session</source>
            <translation>Dupliquer la séance</translation>
        </message>
        <message>
            <source>Cancel the session</source>
            <translation>Annuler la séance</translation>
        </message>
        <message>
            <source>Mark this session as cancelled? It stays in the list, and you can still delete it later.</source>
            <translation>Marquer cette séance comme annulée ? Elle reste dans la liste, et vous pourrez toujours la supprimer plus tard.</translation>
        </message>
        <message>
            <source>Delete the session</source>
            <translation>Supprimer la séance</translation>
        </message>
        <message>
            <source>Delete this session, its agenda and its attendance for good? This cannot be undone.</source>
            <translation>Supprimer définitivement cette séance, son déroulé et ses présences ? C'est irréversible.</translation>
        </message>
        <message>
            <source>Run the meeting</source>
            <translation>Animer la séance</translation>
        </message>
        <message>
            <source>This session has no agenda yet. Add at least one item first.</source>
            <translation>Cette séance n'a pas encore de déroulé. Ajoutez d'abord au moins une étape.</translation>
        </message>
        <message>
            <source>Edit the session</source>
            <translation>Modifier la séance</translation>
        </message>
    </context>
    <context>
        <name>SessionsView</name>
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
            <source>Ta&amp;ke attendance…</source>
            <translation>Prendre les p&amp;résences…</translation>
        </message>
        <message>
            <source>Tick who is here at the selected meeting</source>
            <translation>Cocher qui est là à la séance sélectionnée</translation>
        </message>
        <message>
            <source>From a f&amp;ormat…</source>
            <translation>À partir d'un forma&amp;t…</translation>
        </message>
        <message>
            <source>Plan a &amp;series…</source>
            <translation>Planifier une &amp;série…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Dupli&amp;cate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>Cance&amp;l session</source>
            <translation>Annu&amp;ler la séance</translation>
        </message>
        <message>
            <source>&amp;Delete…</source>
            <translation>Supprim&amp;er…</translation>
        </message>
        <message>
            <source>Pr&amp;int or PDF</source>
            <translation>Imprimer ou P&amp;DF</translation>
        </message>
        <message>
            <source>&amp;Back to the meeting</source>
            <translation>Reprendre la séan&amp;ce</translation>
        </message>
        <message>
            <source>&amp;Run the meeting</source>
            <translation>&amp;Animer la séance</translation>
        </message>
    </context>
    <context>
        <name>SetupLayout</name>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Who takes part, in speaking order (drag to reorder)</source>
            <translation>Qui participe, dans l'ordre de parole (glisser pour changer l'ordre)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Shuffle</source>
            <translation>Mélanger</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>Ajouter le membre</translation>
        </message>
        <message>
            <source>Or type a name for an ad-hoc round</source>
            <translation>Ou saisissez un pseudonyme pour un tour de parole improvisé</translation>
        </message>
        <message>
            <source>Add name</source>
            <translation>Ajouter le pseudonyme</translation>
        </message>
        <message>
            <source>Use who came</source>
            <translation>Reprendre les personnes présentes</translation>
        </message>
        <message>
            <source>Everyone marked present at this meeting</source>
            <translation>Toutes les personnes notées présentes à cette séance</translation>
        </message>
        <message>
            <source>Time for each person</source>
            <translation>Temps de parole par personne</translation>
        </message>
        <message>
            <source>The same time for each</source>
            <translation>Le même temps pour chaque personne</translation>
        </message>
        <message>
            <source>Type minutes, or minutes and seconds, e.g. 3:30</source>
            <translation>Saisissez des minutes, ou des minutes et des secondes, par exemple 3:30</translation>
        </message>
        <message>
            <source>Share a time budget</source>
            <translation>Partager une durée totale</translation>
        </message>
        <message>
            <source> min in all</source>
            <translation> min en tout</translation>
        </message>
        <message>
            <source>Amber when this much is left</source>
            <translation>Orange quand il reste</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Soft chime at the warning and at the end</source>
            <translation>Carillon doux à l'avertissement et à la fin</translation>
        </message>
        <message>
            <source>Keep each person's speaking time (this group)</source>
            <translation>Garder le temps de parole de chaque personne (ce groupe)</translation>
        </message>
        <message>
            <source>Off: only the round's balance is kept (how many spoke, passed or were not reached, the median turn, the run-over), never who.</source>
            <translation>Désactivé : seul le bilan du tour est gardé (combien ont parlé, passé ou n’ont pas eu la parole, la prise de parole médiane, le dépassement), jamais qui.</translation>
        </message>
        <message>
            <source>Start the round</source>
            <translation>Commencer le tour de parole</translation>
        </message>
        <message>
            <source>Who takes part, in speaking order</source>
            <translation>Participants, dans l'ordre de parole</translation>
        </message>
        <message>
            <source>Name for an ad-hoc round</source>
            <translation>Pseudonyme pour un tour de parole improvisé</translation>
        </message>
        <message>
            <source>Member to add</source>
            <translation>Membre à ajouter</translation>
        </message>
        <message>
            <source>Meeting whose attendance to use</source>
            <translation>Séance dont on reprend les présences</translation>
        </message>
        <message>
            <source>Time budget for the whole circle</source>
            <translation>Temps total du cercle de parole</translation>
        </message>
    </context>
    <context>
        <name>SetupView</name>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Add the people who take part.</source>
            <translation>Ajoutez les personnes qui participent.</translation>
        </message>
        <message numerus="yes">
            <source>%n people: about {total} in all.</source>
            <translation>
                <numerusform>%n personne : environ {total} en tout.</numerusform>
                <numerusform>%n personnes : environ {total} en tout.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{budget} for %n people: {each} each, which needs {spare} more.</source>
            <translation>
                <numerusform>{budget} pour %n personne : {each} par personne, il manque {spare}.</numerusform>
                <numerusform>{budget} pour %n personnes : {each} par personne, il manque {spare}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{budget} for %n people: {each} each.</source>
            <translation>
                <numerusform>{budget} pour %n personne : {each} par personne.</numerusform>
                <numerusform>{budget} pour %n personnes : {each} par personne.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{budget} for %n people: {each} each, with {spare} to spare.</source>
            <translation>
                <numerusform>{budget} pour %n personne : {each} par personne, et {spare} de marge.</numerusform>
                <numerusform>{budget} pour %n personnes : {each} par personne, et {spare} de marge.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Everywhere</source>
            <translation>Partout</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Séance</translation>
        </message>
        <message>
            <source>Sharing circle</source>
            <translation>Cercle de parole</translation>
        </message>
        <message>
            <source>Open the user guide</source>
            <translation>Ouvrir le guide d'utilisation</translation>
        </message>
        <message>
            <source>Help now: crisis lines in large type</source>
            <translation>Aide immédiate : lignes d'écoute en grands caractères</translation>
        </message>
        <message>
            <source>Lock the group</source>
            <translation>Verrouiller le groupe</translation>
        </message>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Séances</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressources</translation>
        </message>
        <message>
            <source>Search the list</source>
            <translation>Chercher dans la liste</translation>
        </message>
        <message>
            <source>New member, session or resource</source>
            <translation>Nouveau membre, nouvelle séance ou nouvelle ressource</translation>
        </message>
        <message>
            <source>In a list: show the chosen one (in the list's place if short)</source>
            <translation>Dans une liste : afficher l'élément choisi (à la place de la liste sur un petit écran)</translation>
        </message>
        <message>
            <source>Back to the list (a short screen shows one at a time)</source>
            <translation>Retour à la liste (sur un petit écran, la fiche prend sa place)</translation>
        </message>
        <message>
            <source>Next item (also {keys})</source>
            <translation>Étape suivante (aussi {keys})</translation>
        </message>
        <message>
            <source>Previous item (also {keys})</source>
            <translation>Étape précédente (aussi {keys})</translation>
        </message>
        <message>
            <source>Leave the meeting window</source>
            <translation>Quitter la fenêtre de la séance</translation>
        </message>
        <message>
            <source>Start or pause the speaker's time</source>
            <translation>Lancer ou mettre en pause le temps de parole</translation>
        </message>
        <message>
            <source>Next speaker</source>
            <translation>Personne suivante</translation>
        </message>
        <message>
            <source>Back to the previous speaker</source>
            <translation>Revenir à la personne précédente</translation>
        </message>
        <message>
            <source>The speaker passes</source>
            <translation>La personne passe</translation>
        </message>
        <message>
            <source>One more minute</source>
            <translation>Une minute de plus</translation>
        </message>
        <message>
            <source>End the round</source>
            <translation>Terminer le tour de parole</translation>
        </message>
        <message>
            <source>Presenter view on another screen</source>
            <translation>Écran de projection sur un autre écran</translation>
        </message>
        <message>
            <source>Full screen (Esc to leave)</source>
            <translation>Plein écran (Échap pour en sortir)</translation>
        </message>
        <message>
            <source>Move the selected speaker up the waiting list</source>
            <translation>Faire monter la personne choisie dans la liste d'attente</translation>
        </message>
        <message>
            <source>Move the selected speaker down the waiting list</source>
            <translation>Faire descendre la personne choisie dans la liste d'attente</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Bilans</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <source>Does</source>
            <translation>Action</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Déverrouiller</translation>
        </message>
        <message>
            <source>Cercle cannot read the folder of its groups, “{folder}”, so none can be shown. They are not lost: check that its disk or USB stick is plugged in and that you may read the folder, then open Cercle again.</source>
            <translation>Cercle ne peut pas lire le dossier de ses groupes, « {folder} », et ne peut donc en montrer aucun. Ils ne sont pas perdus : vérifiez que son disque (ou sa clé USB) est branché et que vous avez le droit de lire ce dossier, puis rouvrez Cercle.</translation>
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
        <message numerus="yes">
            <source>%n group(s) on this computer</source>
            <translation>
                <numerusform>%n groupe sur cet ordinateur</numerusform>
                <numerusform>%n groupes sur cet ordinateur</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StartView</name>
        <message>
            <source>Cercle works without internet. The passphrase is never stored anywhere: keep it somewhere safe, it is the only way to open the group.</source>
            <translation>Cercle fonctionne sans internet. La phrase secrète n'est enregistrée nulle part : conservez-la en lieu sûr, c'est le seul moyen d'ouvrir le groupe.</translation>
        </message>
        <message>
            <source>A quiet companion for the hosts of peer support groups. Everything stays on this computer, encrypted.</source>
            <translation>Un compagnon discret pour l'animation des groupes d'entraide. Tout reste sur cet ordinateur, chiffré.</translation>
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
            <source>&amp;Import a handed-over group…</source>
            <translation>Impor&amp;ter un groupe transmis…</translation>
        </message>
        <message>
            <source>Preparing the group…</source>
            <translation>Préparation du groupe…</translation>
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
            <translation>La phrase secrète du groupe de démonstration est : {passphrase}</translation>
        </message>
    </context>
    <context>
        <name>SummaryModel</name>
        <message>
            <source>Speaker</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Spoke for</source>
            <translation>Durée de parole</translation>
        </message>
        <message>
            <source>Time given</source>
            <translation>Temps prévu</translation>
        </message>
        <message>
            <source>Turn</source>
            <translation>Prise de parole</translation>
        </message>
        <message>
            <source>{each} + {added}</source>
            <translation>{each} + {added}</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>A passé</translation>
        </message>
        <message>
            <source>Not reached (round ended)</source>
            <translation>Sans prise de parole (tour de parole terminé avant)</translation>
        </message>
        <message>
            <source>Spoke</source>
            <translation>A parlé</translation>
        </message>
    </context>
    <context>
        <name>SummaryView</name>
        <message>
            <source>The round is over</source>
            <translation>Le tour de parole est terminé</translation>
        </message>
        <message>
            <source>Set up a new round</source>
            <translation>Préparer un nouveau tour de parole</translation>
        </message>
        <message>
            <source>Saved: only who spoke and for how long, never what was said.</source>
            <translation>Enregistré : seulement qui a parlé et combien de temps, jamais ce qui a été dit.</translation>
        </message>
        <message>
            <source>The round never started, so nothing was saved.</source>
            <translation>Le tour de parole n'a pas commencé : rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>{each} each planned: {used} used of {planned} planned.</source>
            <translation>{each} prévues par personne : {used} utilisées sur {planned} prévues.</translation>
        </message>
        <message>
            <source>Saved: only this balance, never who spoke or what was said.</source>
            <translation>Enregistré : seulement ce bilan, jamais qui a parlé ni ce qui a été dit.</translation>
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
            <source>&amp;Delete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;New session from this format</source>
            <translation>&amp;Nouvelle séance avec ce format</translation>
        </message>
        <message>
            <source>This format's name is over its limit of {cap} characters: remove {over} characters from it with Rename.</source>
            <translation>Le nom de ce format dépasse sa limite de {cap} caractères : retirez-en {over} avec Renommer.</translation>
        </message>
        <message>
            <source>An agenda item of this format is over its limit of {cap} characters: start a session from this format, remove {over} characters from the item there, save the session's agenda as a format, then delete this one.</source>
            <translation>Une étape de ce format dépasse sa limite de {cap} caractères : créez une séance à partir de ce format, retirez-y {over} caractères de l'étape, enregistrez le déroulé de la séance comme format, puis supprimez celui-ci.</translation>
        </message>
        <message>
            <source>Rename the format</source>
            <translation>Renommer le format</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Nouveau nom :</translation>
        </message>
        <message>
            <source>Delete the format</source>
            <translation>Supprimer le format</translation>
        </message>
        <message>
            <source>Delete the format “{name}”? Sessions already planned with it are kept.</source>
            <translation>Supprimer le format « {name} » ? Les séances déjà planifiées avec lui sont conservées.</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) of its own to read aloud will be deleted with it: sessions planned with it will read the group's texts instead, or Cercle's where the group has none.</source>
            <translation>
                <numerusform>%n texte propre à lire à voix haute sera supprimé avec lui : les séances planifiées avec lui liront à la place les textes du groupe, ou ceux de Cercle là où le groupe n’en a pas.</numerusform>
                <numerusform>%n textes propres à lire à voix haute seront supprimés avec lui : les séances planifiées avec lui liront à la place les textes du groupe, ou ceux de Cercle là où le groupe n’en a pas.</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Déroulé</translation>
        </message>
        <message>
            <source>In all: {minutes} min</source>
            <translation>En tout : {minutes} min</translation>
        </message>
        <message>
            <source>Texts to &amp;read aloud…</source>
            <translation>Textes à &amp;lire à voix haute…</translation>
        </message>
        <message>
            <source>What the host reads at each kind of step in meetings of this format</source>
            <translation>Ce que la personne qui anime lit à chaque type d’étape des séances de ce format</translation>
        </message>
        <message>
            <source>Rena&amp;me…</source>
            <translation>Reno&amp;mmer…</translation>
        </message>
    </context>
    <context>
        <name>TranslatedWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Précédent</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Suivant &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>UndoActions</name>
        <message>
            <source>Undo “{step}”</source>
            <translation>Annuler « {step} »</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Redo “{step}”</source>
            <translation>Rétablir « {step} »</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Rétablir</translation>
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
            <translation>Plusieurs phrases secrètes erronées d'affilée : veuillez patienter un instant avant le prochain essai.</translation>
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
            <translation>Code de vérification. Lisez-le à voix haute avec la personne qui reprend le groupe : Cercle lui affiche le même code à l'ouverture du fichier.</translation>
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
            <source>&amp;Show the meeting of {date}</source>
            <translation>&amp;Afficher la séance du {date}</translation>
        </message>
        <message>
            <source>&amp;Show “{name}”</source>
            <translation>&amp;Afficher « {name} »</translation>
        </message>
        <message>
            <source>Save the handover letter</source>
            <translation>Enregistrer la lettre de passation</translation>
        </message>
        <message>
            <source>Save the passphrase sheet</source>
            <translation>Enregistrer la feuille de la phrase secrète</translation>
        </message>
        <message>
            <source>The passphrase sheet is not encrypted: it holds the handover file's passphrase, and whoever has both can open the group. Print it, then delete the PDF, and never send or keep the sheet with the handover file.</source>
            <translation>La feuille de la phrase secrète n'est pas chiffrée : elle contient la phrase secrète du fichier de passation, et qui a les deux peut ouvrir le groupe. Imprimez-la, puis supprimez le PDF, et ne l'envoyez ni ne la gardez jamais avec le fichier de passation.</translation>
        </message>
        <message>
            <source>handover-letter.pdf</source>
            <translation>lettre-de-passation.pdf</translation>
        </message>
    </context>
</TS>
