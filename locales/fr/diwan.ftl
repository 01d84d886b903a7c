# Diwan — français. Chaque identifiant existe aussi dans ar/ et en/ (testé).

app-name = Diwan
app-tagline = La planification éditoriale des missions diplomatiques

## Cadre

workspace-switch-label = Espaces de travail
workspace-desk = Calendrier
workspace-translation = Traduction
workspace-approvals = Validations
workspace-audit = Journal d’audit
workspace-reports = Rapports
workspace-settings = Réglages
workspace-coming = Cet espace est en construction ; le calendrier réunit tout ce qui fonctionne aujourd’hui.
variant-state-missing = Manquante
variant-state-draft = Brouillon
variant-state-translated = Traduite
variant-state-stale = Périmée
variant-state-approved = Validée
translation-need-missing = À traduire
translation-need-draft = Inachevée
translation-need-stale = Source modifiée
translation-need-sent-back = Renvoyée
translation-queue-title = À traduire
translation-queue-count = { $count ->
    [0] Rien en attente
    [one] Un texte en attente
   *[other] { $count } textes en attente
}
translation-queue-empty = Rien ne vous attend ici.
translation-filter-mission = Mission
translation-filter-due-by = Échéance au plus tard
translation-overdue = En retard
translation-pick = Choisissez un texte dans la file.
translation-item-title = Publication nº { $id } en { $language }
translation-source = Source ({ $language })
translation-target = Traduction ({ $language })
translation-source-changed = Ce qui a changé dans la source depuis la traduction
translation-glossary = Glossaire
translation-do-not-translate = ne pas traduire
translation-memory = Mémoire de traduction
translation-memory-none = Aucune correspondance dans la mémoire.
translation-match-score = Proximité de la source mémorisée
translation-insert = Insérer ({ $n })
translation-checks = Contrôles
translation-checks-ok = Tous les contrôles sont satisfaits.
translation-overridden = Contrôles outrepassés par { $by } :
translation-override-reason = Pourquoi ces contrôles ne s’appliquent pas (conservé pour la validation)
translation-done-anyway = Terminer malgré les contrôles
translation-done = Terminé
translation-not-yours = Vous ne traduisez pas cette langue pour cette mission.
translation-marked-done = La publication nº { $id } ({ $language }) est marquée traduite.
approvals-queue-count = { $count ->
    [0] Rien à valider
    [one] Une publication à valider
   *[other] { $count } publications à valider
}
review-queue-title = À valider
review-queue-empty = Rien n’attend votre validation.
review-pick = Choisissez une publication dans la file.
review-title = Publication nº { $id }
review-changed-since = Modifié depuis votre dernier passage ({ $date })
review-unchanged-since = Inchangé depuis votre dernier passage ({ $date }).
review-moved-from = Déplacé du { $from } au { $to }.
review-crisis = Crise
review-step = étape { $step } sur { $steps }, { $needed ->
    [one] encore une validation nécessaire
   *[other] encore { $needed } validations nécessaires
}
review-step-short = étape { $step }/{ $steps }
review-approved-by = validée par { $user } (étape { $step })
review-approve = Valider
review-fast-track = Procédure accélérée (crise)
review-reason = Motif du rejet (lu par le rédacteur)
review-reject = Rejeter
review-has-overrides = contrôles outrepassés
review-not-yours = pas à vous de valider
review-decided = La publication nº { $id } est maintenant : { $state }.
review-approve-chosen = { $count ->
    [one] Valider la publication cochée
   *[other] Valider les { $count } publications cochées
}
review-choose = Cocher la publication nº { $id } pour la valider avec d’autres
publish-title = Marquer comme publiée
publish-url = L’adresse de la publication en ligne
publish-mark = Marquer publiée
publish-now-title = Publier maintenant
publish-now-hint = Copiez le texte approuvé de chaque compte tel quel, ouvrez la plateforme, joignez les images, puis notez l’adresse de la publication en ligne.
publish-now-open = { $count ->
        [one] Publier maintenant (1)
       *[other] Publier maintenant ({ $count })
    }
publish-now-empty = Rien n’est à publier maintenant.
publish-now-post = Publication #{ $id } · { $mission } · { $time }
publish-now-overdue = en retard
publish-now-copy = Copier le texte
publish-now-copied = Copié
publish-now-copy-failed = Le texte n’a pas pu être copié dans le presse-papiers ; sélectionnez-le et copiez-le à la main.
publish-now-compose = Ouvrir { $platform }
publish-now-media = Images à joindre, avec leur texte alternatif
publish-now-held = Retenues depuis leur programmation
qa-check-links = liens
qa-check-hashtags = mots-dièses
qa-check-mentions = mentions
qa-check-numbers = nombres
qa-check-glossary = glossaire
qa-check-limit = longueur maximale
qa-check-same-as-source = identique à la source
qa-check-french-spacing = espaces françaises
qa-check-arabic-punctuation = ponctuation arabe
qa-check-tatweel = tatwil
qa-check-bidi-controls = marques de direction
qa-check-digits = chiffres
qa-check-language = langue
glossary-title = Glossaire du ministère
glossary-hint = Noms et titres des responsables, pays, institutions et formules consacrées, dans les trois langues. Les traducteurs voient les termes à côté de la source, et les contrôles y tiennent les traductions.
glossary-ar = Arabe
glossary-fr = Français
glossary-en = Anglais
glossary-note = Note
glossary-add = Ajouter le terme
glossary-remove = Supprimer
settings-digits = Chiffres de l’interface arabe
settings-digits-hint = Comment les nombres, les dates et les décomptes s’écrivent quand l’interface est en arabe. Le français et l’anglais utilisent toujours les chiffres latins.
settings-digits-latin = Chiffres latins
settings-digits-arabic-indic = Chiffres arabes orientaux
settings-spelling = Orthographe
settings-spelling-check = Souligner les fautes pendant la saisie (arabe, français, anglais)
settings-spelling-hint = Chaque champ est vérifié dans la langue de son texte ; un clic droit sur un mot souligné propose des corrections.
settings-hijri = Dates de l’Hégire
settings-hijri-show = Afficher la date de l’Hégire (Umm al-Qura) de chaque jour à côté de la date grégorienne
settings-hijri-hint = Activé d’emblée dans l’interface arabe. Le calendrier marque aussi les fêtes islamiques et les jours fériés des pays hôte et d’origine.
calendar-layers = Afficher sur le calendrier
calendar-layer-religious = Fêtes islamiques
calendar-layer-host = Fériés du pays hôte
calendar-layer-home = Fériés du pays d’origine
calendar-layer-ministry = Journées du ministère
hijri-month-1 = mouharram
hijri-month-2 = safar
hijri-month-3 = rabia al-awal
hijri-month-4 = rabia ath-thani
hijri-month-5 = joumada al-oula
hijri-month-6 = joumada ath-thania
hijri-month-7 = rajab
hijri-month-8 = chaabane
hijri-month-9 = ramadan
hijri-month-10 = chawwal
hijri-month-11 = dhou al-qi’da
hijri-month-12 = dhou al-hijja
link-confirm-title = Ouvrir ce lien dans le navigateur ?
link-confirm-host = Il mène à
link-confirm-open = Ouvrir dans le navigateur
link-open-hint = Affiche l’adresse complète avant de l’ouvrir
sign-in-set-up-title = Mettre en place Diwan
sign-in-set-up-intro = Personne ne peut encore se connecter. Choisissez le premier administrateur : il administre toutes les missions d’ici et donne aux autres leur phrase secrète à usage unique.
sign-in-set-up-submit = Créer et se connecter
sign-in-sign-in-title = Connexion
sign-in-sign-in-submit = Se connecter
sign-in-unlock-title = Diwan est verrouillé
sign-in-locked-by = Verrouillé par
sign-in-unlock-submit = Déverrouiller
sign-in-change-title = Choisissez votre phrase secrète
sign-in-change-intro = Vous vous êtes connecté avec une phrase secrète à usage unique. Choisissez la vôtre avant de continuer ; personne d’autre ne la connaîtra.
sign-in-change-submit = Enregistrer et continuer
sign-in-name = Identifiant
sign-in-display-name = Nom affiché aux autres
sign-in-passphrase = Phrase secrète
sign-in-new-passphrase = Nouvelle phrase secrète
sign-in-passphrase-again = La nouvelle phrase secrète, encore
sign-in-passphrase-hint = Au moins 12 caractères ; quelques mots dont vous vous souviendrez font l’affaire.
sign-in-passphrases-differ = Les deux phrases secrètes diffèrent.
sign-in-switch = Se connecter sous un autre nom
session-signed-in-as = Connecté :
session-lock = Verrouiller
session-lock-key = Verrouiller maintenant (Ctrl+L)
session-sign-out = Se déconnecter
settings-sign-in = Connexion
settings-change-passphrase = Changer ma phrase secrète
settings-old-passphrase = Phrase secrète actuelle
settings-idle-lock = Verrouiller après ce nombre de minutes d’inactivité
settings-one-time = Phrase secrète à usage unique
settings-one-time-hint = Transmettez-la en privé ; la personne choisit la sienne à sa première connexion.
settings-one-time-person = Personne
settings-one-time-passphrase = Phrase secrète à usage unique
settings-one-time-give = Donner
settings-sign-in-changed = Votre phrase secrète est changée.
settings-sign-in-idle = Le verrouillage automatique est enregistré.
settings-sign-in-given = { $name } a une phrase secrète à usage unique.
settings-encrypt = Chiffrer cette base de données
settings-encrypt-hint = Cette base de données n’est pas chiffrée : qui peut lire son fichier lit toutes les publications. Le chiffrement garde une copie en clair à part (à supprimer après vérification) ; les autres auront ensuite besoin d’une phrase secrète à usage unique donnée par vous.
settings-encrypting = Chiffrement d’une copie de toute la base, puis vérification : un gros fichier prend plusieurs minutes. Laissez l’application ouverte.
settings-encrypted-aside = Chiffrée. La copie en clair, à supprimer après vérification : 
settings-sign-in-encrypted = La base de données est chiffrée.
settings-backups = Sauvegardes quotidiennes
settings-backups-hint = Diwan copie la base de données une fois par jour, quand il est ouvert, dans ce dossier, et garde les copies des derniers jours. Copiez-les aussi sur un autre disque : une copie sur le même disque disparaît avec lui.
settings-backups-days = Jours conservés
settings-backups-newest = Copie la plus récente : { $day }
settings-backups-none = Pas encore de copie.
settings-backups-saved = Enregistré.
ministry-days-title = Les journées du ministère
ministry-days-hint = Journées internationales, anniversaires et jours de deuil que le ministère marque : une couche du calendrier de chaque mission ; un jour de deuil fait de toute publication hors message de crise un avertissement. Les administrateurs remplacent la liste depuis un fichier CSV (date,kind,ar,fr,en ; date MM-JJ chaque année ou AAAA-MM-JJ une fois).
ministry-days-import = Remplacer depuis un fichier CSV…
ministry-days-export = Enregistrer en CSV…
ministry-days-none = Aucune journée dans la liste pour l’instant.
ministry-days-date = Date
ministry-days-kind = Type
ministry-days-name = Nom
ministry-day-kind-international = Journée internationale
ministry-day-kind-anniversary = Anniversaire
ministry-day-kind-mourning = Jour de deuil
composer-hijri = Date de l’hégire : { $date }
warning-title = Avertissements
warning-conflict = Une autre publication (n° { $post }) part sur le même compte à { $minutes } minutes de celle-ci.
warning-blackout = Dans une période d’interdiction de la mission : { $reason }
warning-duplicate = Le même texte (publication n° { $post }) part sur le même compte à moins de { 14 } jours.
warning-overdue = Son heure est passée sans approbation.
warning-national-day = Une publication courante un jour de fête nationale du pays hôte : { $name }.
warning-mourning-day = Un jour de deuil de la liste du ministère : { $name }.
warning-celebratory-in-crisis = Rédigée depuis le modèle festif « { $template } » à une heure couverte par une crise : { $reason }.
settings-hub = Hub d’équipe
settings-hub-hint = Reliez cet ordinateur au hub d’équipe de votre ministère : vos missions et vos collègues, avec leurs rôles, en viennent, et vous pouvez toujours vous connecter ici quand il est injoignable.
settings-hub-url = Adresse du hub
settings-hub-passphrase = Votre phrase secrète sur le hub
settings-hub-connect = Relier
settings-hub-connected-to = Relié à
settings-hub-people = Reliés depuis cet ordinateur :
settings-hub-connect-me = Vous ({ $name }) n’êtes pas relié·e au hub depuis cet ordinateur : ce que vous faites ici attend que vous vous reliiez avec votre phrase secrète du hub.
list-separator = {", "}
settings-hub-last-sync = Dernière synchronisation { $at } : { $pulled ->
    [one] une modification reçue.
   *[other] { $pulled } modifications reçues.
}
hub-sync-now = Synchroniser maintenant
hub-syncing = Hub : synchronisation…
hub-synced = Hub : à jour ({ $at })
hub-offline = Hub : injoignable depuis { $since } ; votre travail ici est conservé
hub-signed-out = Hub : cet ordinateur doit se reconnecter
hub-refused = Hub : refus (voir les paramètres)
hub-not-connected-as-you = pas relié à votre nom
hub-waiting = { $count ->
    [one] 1 modification à envoyer
   *[other] { $count } modifications à envoyer
}
hub-conflicts-open = { $count ->
    [one] 1 conflit
   *[other] { $count } conflits
}
conflicts-title = Modifications refusées par le hub d’équipe
conflicts-intro = Quelqu’un d’autre a modifié ces publications avant vous, ou les règles du hub ont refusé la modification. Ce que vous avez écrit est gardé ici : refaites-le sur la publication telle qu’elle est maintenant, ou abandonnez-le et laissez la version du hub. Rien n’est fusionné sans vous.
conflicts-empty = Rien n’a été refusé : toutes les modifications faites ici sont sur le hub.
conflict-kind-create = Nouvelle publication
conflict-kind-edit-text = Texte modifié
conflict-kind-reschedule = Déplacée
conflict-kind-retarget = Comptes modifiés
conflict-kind-submit = Transmise
conflict-kind-mark-translated = Traduction marquée terminée
conflict-kind-approve = Approbation
conflict-kind-reject = Rejet
conflict-kind-schedule = Programmée
conflict-kind-publish = Marquée publiée
conflict-kind-declare-crisis = Crise déclarée
conflict-kind-end-crisis = Crise terminée
conflict-kind-set-policy = Règle de validation fixée
conflict-kind-add-comment = Commentaire
conflict-kind-resolve-comment = Commentaire résolu
conflict-kind-attach-media = Image jointe
conflict-kind-remove-media = Image retirée
conflict-kind-set-media-alt = Description d’image
conflict-kind-unknown = Une modification
conflict-by = par { $name }, { $at }
conflict-post = Publication n° { $id } sur cet ordinateur :
conflict-redo = Refaire sur la publication actuelle
conflict-drop = Abandonner
policies-title = Règles d’approbation
policies-hint = Qui approuve les publications de chaque catégorie, étape par étape ; une personne approuve au plus une étape d’une publication. Une catégorie sans règle ne peut pas être approuvée. Chaque changement est consigné dans le journal d’audit.
policies-read-only = Qui approuve les publications de chaque catégorie, étape par étape. Seuls les administrateurs modifient ces règles.
policies-none = Aucune règle : rien dans cette catégorie ne peut être approuvé.
policy-edit = Modifier
policy-step-number = Étape { $n }
policy-step-line = Étape { $n } : { $who }
policy-step-role = Tout { $role }
policy-step-any = L’une de ces personnes : { $names }
policy-step-all = Chacune de ces personnes : { $names }
policy-who = Qui approuve
policy-kind-any = L’une de ces personnes
policy-kind-all = Chacune de ces personnes
policy-names = Noms, séparés par des virgules
policy-add-step = Ajouter une étape
policy-remove-step = Retirer l’étape { $n }
policy-fast-track-label = En crise, une personne peut approuver toutes les étapes d’un coup
policy-fast-track = Procédure accélérée : { $who }
policy-fast-track-none = Pas de procédure accélérée
policy-updated = Réglée par { $name } le { $date }
policy-default = La règle par défaut du ministère, depuis le { $date }
crisis-title = Mode crise
crisis-open = Déclarer une crise…
crisis-missions = Missions en crise
crisis-from = Suspendre les publications ordinaires du
crisis-to = au
crisis-clock-hint = À l’heure de la première mission dans l’ordre des codes. Les publications ordinaires prévues dans cette période sont suspendues ; les publications de crise continuent, en tête de toutes les files.
crisis-reason = Raison
crisis-declare = Déclarer la crise
crisis-active = Crise : { $missions }
crisis-window = Publications ordinaires suspendues du { $from } au { $to }
crisis-paused-count = { $count ->
    [0] Aucune publication suspendue.
    [one] Une publication suspendue : dites ce qu’elle devient à la fin de la crise.
   *[other] { $count } publications suspendues : dites ce que devient chacune à la fin de la crise.
}
crisis-resolution-for = Ce que devient la publication { $id }
crisis-resolution-resume = Reprendre comme prévu
crisis-resolution-reschedule = Décaler après la crise
crisis-resolution-to-draft = Renvoyer en brouillon
crisis-end = Mettre fin à la crise
blackout-title = Périodes d’interdiction et jours de deuil
blackout-hint = Marquez un deuil national ou un silence électoral : toute publication prévue ces jours-là dans le calendrier de la mission est signalée.
blackout-open = Marquer des jours…
blackout-mission = Mission
blackout-first-day = Du
blackout-last-day = au (inclus)
blackout-reason = Raison
blackout-mark = Marquer ces jours
blackout-days = du { $first } au { $last }
blackout-lift = Lever
blackout-lift-label = Lever la période d’interdiction de { $mission }, { $days }
blackout-none = Aucune période d’interdiction à venir.
blackout-lifted = Période levée : { $reason }
blackout-undo = Annuler
post-paused = Suspendue (crise)
mission-selector-label = Mission
mission-selector-empty = Aucune mission
time-zone-label = Fuseau horaire : { $zone }
language-switch-label = Langue de l’interface
language-name-ar = العربية
language-name-fr = Français
language-name-en = English
missions-count = { $count ->
    [one] { $count } mission
   *[other] { $count } missions
}

## État vide

empty-title = Commencez par une mission
empty-body = Diwan planifie les publications mission par mission, chacune dans son fuseau horaire. Ajoutez une mission d’exemple pour découvrir l’application, ou configurez la vôtre.
action-add-sample = Ajouter une mission d’exemple
action-setup-mission = Configurer ma mission
notice-mission-added = { $name } a été ajoutée.
notice-review = La publication nº { $id } attend votre relecture.
notice-translation = La publication nº { $id } attend votre traduction.
notice-overdue = La publication nº { $id } est en retard : son heure est passée sans approbation.
notice-publish = Publication #{ $id } : c’est l’heure. Publiez-la maintenant.
notice-publish-overdue = Publication #{ $id } en retard : son heure est passée pendant que Diwan était fermé.
notice-publish-held-crisis = L’heure de la publication #{ $id } est venue, mais une crise l’a suspendue : ne la publiez pas.
notice-publish-held-approval-withdrawn = L’heure de la publication #{ $id } est venue, mais elle a été modifiée depuis son approbation : ne la publiez pas avant une nouvelle approbation.
notice-review-many = { $count } publications attendent votre relecture.
notice-translation-many = { $count } publications attendent votre traduction.
notice-overdue-many = { $count } publications sont en retard : leur heure est passée sans approbation.
notice-publish-many = C’est l’heure de { $count } publications. Publiez-les maintenant.
notice-publish-overdue-many = { $count } publications en retard : leur heure est passée pendant que Diwan était fermé.
notice-publish-held-crisis-many = L’heure de { $count } publications est venue, mais une crise les a suspendues : ne les publiez pas.
notice-publish-held-approval-withdrawn-many = L’heure de { $count } publications est venue, mais elles ont été modifiées depuis leur approbation : ne les publiez pas avant une nouvelle approbation.
notice-dismiss = Fermer
export-title = Transmission pour publication
export-hint = Le calendrier approuvé de ces jours, pour les outils qui publient : seulement les publications approuvées ou programmées, jamais celles suspendues.
export-from = Du
export-to = Au (inclus)
export-format-ics = iCalendar
export-format-csv = CSV
export-dialog-title = Enregistrer le calendrier approuvé en { $format }
export-saved = Enregistré dans { $path }

## Le bureau : personnes, calendrier, rédaction

action-new-post = Nouvelle publication
filters-label = Afficher
filter-state = État
filter-category = Catégorie
filter-language = Langue
calendar-shown-in = Affiché en { $language }
filter-platform = Plateforme
filter-account = Compte
colour-by-label = Couleurs
colour-by-state = Par état
colour-by-category = Par catégorie
legend-label-category = Couleurs par catégorie
filter-all = Tout
legend-label = Couleurs par état
post-state-draft = Brouillon
post-state-in-translation = En traduction
post-state-in-review = En relecture
post-state-approved = Validée
post-state-scheduled = Programmée
post-state-published = Publiée
post-state-rejected = Refusée
role-drafter = Attaché·e de presse (rédaction)
role-translator = Traducteur·rice
role-supervisor = Superviseur·e
role-admin = Administrateur·rice
category-announcement = Annonce officielle
category-protocol = Protocole
category-national-occasion = Fête nationale
category-culture = Culture
category-consular = Consulaire
category-economy = Économie
category-crisis = Crise
category-counter-disinformation = Lutte contre la désinformation
category-interactive-session = Séance interactive
verification-unverified = non certifié
verification-verified = certifié
verification-revoked = certification retirée
notice-post-moved = Publication déplacée au { $to }.
action-undo = Annuler (Ctrl+Z)
composer-title = Nouvelle publication
composer-title-existing = Publication n° { $id }
save-status-new = Pas encore enregistrée
save-status-saving = Enregistrement…
save-status-saved = Enregistrée
save-status-unsaved = Modifications non enregistrées
save-status-error = Non enregistrée
action-close = Fermer
action-done = Terminé
comments-title = Commentaires
comments-none = Aucun commentaire.
comments-placeholder = Ajouter un commentaire pour l’équipe
comments-add = Commenter
comments-resolve = Résoudre
comments-resolved-by = Résolu par { $name }
composer-template = Modèle
composer-use-template = Utiliser
templates-title = Modèles
templates-hint = { "{ $mission }" } et { "{ $date }" } sont remplis automatiquement ; les autres restent à compléter par le rédacteur.
templates-name = Nom
templates-body = Texte
media-title = Images
media-attach = Joindre des images
media-alt = Texte alternatif ({ $language })
media-remove = Retirer { $name }
media-changes-approval = Changer une image ou son texte alternatif retire l’approbation de la publication, comme toute modification.
media-none = Aucune image.
media-alt-missing = manquant
composer-accounts = Comptes
composer-category = Catégorie
composer-source-language = Rédigée en
composer-date = Jour
composer-time = Heure
composer-text = Texte
composer-over-limit = dépasse la limite
composer-note = Note interne (non publiée)
composer-crisis = Priorité de crise

## Configurer une mission

setup-title = Configurer ma mission
setup-code = Code de la mission
setup-code-hint = Lettres et chiffres par groupes, p. ex. DZ-FR-PAR
setup-name-ar = Nom en arabe
setup-name-fr = Nom en français
setup-name-en = Nom en anglais
setup-kind = Type
setup-country = Pays de résidence (code ISO)
setup-country-hint = Deux lettres, p. ex. FR
setup-time-zone = Fuseau horaire
setup-languages = Langues de travail
setup-languages-hint = Codes de langue séparés par des virgules, p. ex. ar, fr, en
action-save = Enregistrer
action-cancel = Annuler
action-stop = Arrêter
mission-kind-ministry = Ministère
mission-kind-embassy = Ambassade
mission-kind-consulate = Consulat
mission-kind-permanent-representation = Représentation permanente

## Ligne de commande

cli-init-done = Base de données prête : { $path } (version du schéma { $version }).
cli-missions-empty = Aucune mission pour l’instant. Ajoutez-en une dans l’application, ou lancez « diwan demo ».
cli-no-database-path = Aucun fichier de base de données indiqué et aucun dossier personnel trouvé : passez --db FICHIER ou définissez DIWAN_DB.
cli-error = Erreur : { $message }

## Erreurs

error-mission-code-invalid = « { $code } » n’est pas un code de mission valide : utilisez des lettres et des chiffres, en quatre groupes au plus reliés par « - », par exemple DZ-FR-PAR.
error-mission-name-missing = Le nom en { $language ->
    [ar] arabe
    [fr] français
   *[en] anglais
} manque.
error-mission-name-too-long = Le nom en { $language ->
    [ar] arabe
    [fr] français
   *[en] anglais
} dépasse { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
}.
error-mission-kind-unknown = « { $kind } » n’est pas un type de mission.
error-mission-country-unknown = « { $country } » n’est pas un code de pays ISO 3166.
error-mission-time-zone-unknown = « { $zone } » n’est pas un fuseau horaire connu.
error-mission-language-invalid = « { $language } » n’est pas un code de langue comme ar, fr ou en.
error-mission-no-language = Une mission a besoin d’au moins une langue de travail.
error-mission-exists = Une mission de code { $code } existe déjà.
error-mission-not-found = Aucune mission n’a le code { $code }.
error-local-time-needs-mission = « { $at } » est une heure locale : précisez l’horloge de quelle mission (--mission CODE), ou donnez un instant comme 2026-12-05T09:00:00Z.
error-upload-malformed = L’image est arrivée sans sa publication ou son nom de fichier ; rien n’a été joint. Réessayez, et signalez-le si cela se reproduit.
error-cancelled = Arrêté avant la fin, comme demandé. Rien n’a été modifié.
error-hub-database = La base du hub d’équipe est injoignable ou a refusé l’opération : { $detail }
error-hub-not-hub = Cette base PostgreSQL contient des tables qui ne sont pas celles du hub. Donnez au hub une base à lui.
error-hub-too-new = La base du hub est au schéma { $found }, plus récent que ce hub ({ $supported }). Mettez le hub à jour.
error-hub-not-initialised = Les tables du hub sont au schéma { $found } ; ce hub a besoin du schéma { $supported }. Lancez d’abord « diwan-hub init ».
error-hub-person-exists = { $name } existe déjà sur le hub.
error-hub-person-unknown = Personne ne s’appelle { $name } sur le hub.
error-hub-account-exists = Le compte { $handle } existe déjà sur le hub.
error-hub-token-refused = Cet ordinateur n’est plus connecté au hub d’équipe (déconnecté ou révoqué). Reconnectez-vous.
error-hub-audit-broken = Le journal d’audit du hub est rompu à l’événement { $seq }.
error-hub-no-database-url = Aucune base pour le hub : donnez --pg URL ou définissez DIWAN_HUB_PG.
error-hub-listen = Le hub ne peut pas écouter sur { $address } : { $detail }
error-hub-tls = Le certificat ou la clé du hub ne peut pas être utilisé : { $detail }
error-hub-no-randomness = La source d’aléa du système a échoué : rien n’a été modifié.
error-hub-no-passphrase = Impossible de lire une phrase secrète ({ $detail }) ; définissez DIWAN_HUB_PASSPHRASE.
error-hub-address = « { $url } » n’est pas une adresse de hub d’équipe que Diwan utilisera : donnez https://… (http simple seulement vers cet ordinateur lui-même).
error-hub-unreachable = Le hub d’équipe à { $url } est injoignable : { $detail }. Votre travail ici est conservé ; synchronisez plus tard.
error-hub-refused = Le hub d’équipe a refusé avec « { $code } », que ce Diwan ne connaît pas : mettez Diwan à jour.
error-hub-not-connected = Cette base n’est reliée à aucun hub d’équipe : reliez-la d’abord (diwan connect URL).
error-hub-no-missions = { $name } n’a de rôle dans aucune mission sur le hub d’équipe : il n’y a encore rien à apporter ici. Demandez un rôle à l’administrateur du hub. Rien n’a été modifié.
error-sync-decided-on-old-content = Le contenu de la publication a changé sur le hub d’équipe depuis votre décision : relisez-la avant d’approuver ou de refuser.
error-sync-edited-meanwhile = Quelqu’un d’autre a modifié le contenu de cette publication sur le hub d’équipe entre-temps. Votre texte est conservé ici : refaites votre modification sur la sienne, ou abandonnez-la.
error-sync-decided-meanwhile = Cette publication a été approuvée ou refusée sur le hub d’équipe entre-temps : votre modification n’a pas été appliquée. Votre texte est conservé ici : refaites-la (la publication devra être approuvée de nouveau) ou abandonnez-la.
error-sync-moved-meanwhile = Quelqu’un d’autre a déplacé cette publication sur le hub d’équipe entre-temps : votre nouvelle heure n’a pas été appliquée.
error-hub-post-exists = Une publication de même identité ({ $uid }) est déjà sur le hub d’équipe : rien n’a été modifié.
error-hub-post-unknown = Le hub d’équipe n’a pas de publication { $uid } : elle n’y a jamais été envoyée, ou elle relève d’une mission où vous ne travaillez pas.
error-hub-crisis-unknown = Le hub d’équipe n’a pas de crise { $uid } : elle n’y a jamais été envoyée.
error-hub-not-at-mission = { $name } n’a aucun rôle à { $mission } sur le hub d’équipe : ses publications ne sont pas les siennes à commenter.
error-hub-comment-unknown = Le hub d’équipe n’a pas de commentaire { $uid } sur cette publication.
error-hub-media-mismatch = L’image envoyée au hub d’équipe n’est pas celle nommée { $content } : envoyez-la à nouveau.
error-hub-media-missing = Le hub d’équipe n’a pas l’image { $content } : elle doit être envoyée avant le changement qui la joint.
error-hub-version-unknown = Le hub d’équipe n’a jamais eu la version { $version } de cette publication : synchronisez de nouveau, puis refaites la modification.
error-hub-key-taken = Le hub d’équipe détient déjà une modification d’une autre personne sous la clé { $key } : rien n’a été modifié.
error-hub-unreadable = Le hub d’équipe n’a pas pu lire ce qui a été envoyé ({ $field } : « { $value } ») : rien n’a été modifié.
error-sync-not-hub-person = Cette modification a été faite ici par { $name }, mais cet ordinateur est relié au hub d’équipe au nom de { $person } : elle ne peut pas partir sous son nom. Elle est gardée ici ; { $name } peut la refaire depuis un ordinateur relié à son propre nom.
error-hub-sent-unreadable = Le hub d’équipe a envoyé ce que ce Diwan ne sait pas lire ({ $field } : « { $value } ») : rien n’a été modifié ici. Mettez Diwan à jour, ou prévenez l’administrateur du hub.
error-refused-change-not-found = Il n’y a pas de modification refusée { $key } à refaire ou abandonner (déjà fait ?).
error-hub-chain-differs = Le journal d’audit du hub d’équipe ne contient plus l’événement { $seq } tel que cet ordinateur l’a vu : son historique a été réécrit. Prévenez immédiatement l’informatique du ministère.
error-hub-other-connected = Cette base de données travaille avec le hub d’équipe { $url } : reliez-vous à celui-là.
error-linked-event-differs = L’événement { $seq } du journal d’audit de cet ordinateur n’est plus celui sous lequel le hub d’équipe a inscrit un changement : le journal de cet ordinateur a été modifié. Prévenez immédiatement l’informatique du ministère.
error-span-too-long = Demandez au plus { $days } jours à la fois.
error-period-unknown = « { $period } » n’est pas une période de rapport. Choisissez parmi : { $valid }.
error-sample-none-left = Toutes les missions d’exemple ont déjà été ajoutées.
error-locale-unknown = Diwan ne parle pas « { $locale } » ; choisissez ar, fr ou en.
error-store-opening = La base de données est encore en cours d’ouverture ; réessayez dans un instant.
notice-database-opening = Ouverture de votre base de données… Si elle vient d’une version antérieure de Diwan, une sauvegarde est faite d’abord puis elle est mise à jour ; cela peut prendre une minute pour un gros fichier.
notice-database-copying = Copie de sauvegarde avant la mise à jour : { $percent } %
notice-database-upgrading = Mise à jour de la base : étape { $done } sur { $total }
notice-database-upgraded = Votre base venait d’une version antérieure de Diwan (schéma { $from }) et a été mise à jour au schéma { $to }. La copie d’avant la mise à jour est conservée ici :
error-store-create-dir = Impossible de créer le dossier { $path } : { $detail }
error-store-open = Impossible d’ouvrir la base de données { $path } : { $detail }
error-store-too-new = Cette base de données a été écrite par une version plus récente de Diwan (schéma { $found } ; celle-ci connaît { $supported }). Mettez Diwan à jour pour l’ouvrir ; le fichier n’a pas été modifié.
error-store-backup = Impossible d’enregistrer une sauvegarde dans { $path } avant la mise à jour de la base, qui n’a donc pas été mise à jour : { $detail }
error-store-journal-mode = La base de données n’a pas pu passer en mode WAL (elle est en mode { $mode }).
error-store-not-diwan = Ce fichier n’est pas une base de données Diwan ; il n’a pas été modifié.
error-store-corrupt = La base de données contient une valeur que Diwan ne sait pas lire : { $detail }
error-store-sqlite = La base de données a signalé une erreur : { $detail }
error-unexpected = Une erreur inattendue s’est produite : { $detail }

cli-actor-missing = Cette commande agit au nom de quelqu’un : ajoutez --as UTILISATEUR (ou définissez DIWAN_USER).
cli-passphrase-missing = --as demande la phrase secrète de la personne : définissez { $variable } ou lancez la commande dans un terminal, qui la demandera sans l’afficher.
cli-passphrases-differ = Les deux phrases secrètes diffèrent : rien n’a été modifié.
cli-demo-trail-needs-ministry = --trail va avec --scale ministry : les publications de la petite démo passent déjà par le circuit journalisé, leur journal est complet. Rien n’a été écrit.
cli-hub-missing = Le programme du hub d’équipe, diwan-hub, n’est pas installé ici : il tourne sur le serveur du ministère (README, « Team hub »).
cli-hub-failed = diwan-hub a échoué (il a dit pourquoi ci-dessus).
cli-hub-connected = Relié à { $url }.
cli-verify-hub-ok = Le journal d’audit du hub d’équipe est intact ({ $events } événements) et contient les { $heads } têtes vues par cet ordinateur ; les { $linked } changements qu’il a reçus de cet ordinateur y sont inscrits, chacun lié à son événement dans le journal de cet ordinateur.
cli-synced = Synchronisation : { $pushed } envoyés, { $pulled } reçus du hub, { $refused } refusés.
cli-hub-signed-out = Le hub a refusé le jeton de { $name } (révoqué) : { $name } doit se relier à nouveau (diwan connect) ; ce qu’il ou elle a fait ici l’attend.
cli-passphrase-prompt = Phrase secrète :
cli-passphrase-new-prompt = Nouvelle phrase secrète :
cli-passphrase-again-prompt = La nouvelle phrase secrète, encore une fois :
cli-backup-daily-taken = Sauvegarde du jour : { $path } (vérifiée).
cli-backup-daily-already = La sauvegarde du jour existe déjà.
cli-backup-daily-removed = Ancienne sauvegarde supprimée : { $path }.
cli-encrypt-done = La base de données est chiffrée. La copie en clair est gardée dans { $aside } : vérifiez la base chiffrée, puis supprimez-la (README, « Security »). Donnez à chacun une phrase secrète à usage unique : elle crée sa propre clé d’accès.
cli-demo-progress = Génération
cli-verify-progress = Vérification du journal d’audit
cli-export-progress = Export
cli-backup-progress = Copie
cli-import-progress = Import
cli-copying-progress = Copie de sauvegarde avant la mise à jour
cli-upgrading-progress = Mise à jour de la base
cli-database-upgraded = Cette base venait d’une version antérieure de Diwan : mise à jour du schéma { $from } au schéma { $to }. La copie d’avant : { $backup }
cli-demo-trail = Journal d’audit : { $events ->
    [one] { $events } événement
   *[other] { $events } événements
}.
cli-demo-done = Données d’exemple ajoutées — missions : { $missions }, comptes : { $accounts }, personnes : { $users }, publications : { $posts }.
cli-done = Terminé.
cli-tm-imported = { $added } paires ajoutées à la mémoire de traduction ({ $known } y étaient déjà).
cli-glossary-imported = Glossaire : { $added } termes ajoutés, { $updated } mis à jour.
cli-usage-invalid-utf8 = Un argument n’est pas du texte valide (UTF-8 invalide) : vérifiez comment il a été saisi ou collé.
cli-usage-unknown-argument = « { $argument } » n’est pas une option de cette commande.
cli-usage-unknown-command = « { $argument } » n’est pas une commande de diwan.
cli-usage-missing-argument = Il manque quelque chose : { $argument }.
cli-usage-missing-command = Dites quoi faire : il manque une commande.
cli-usage-invalid-value = « { $value } » n’est pas une valeur valide pour { $argument }.
cli-usage-other = La ligne de commande n’a pas été comprise : { $detail }
cli-usage-hint = Lancez « diwan --help » pour voir les commandes et leurs options.
cli-verify-ok = Le journal d’audit est intact : { $count ->
    [one] { $count } événement vérifié
   *[other] { $count } événements vérifiés
}.
cli-backup-done = Base de données copiée dans { $path }, copie vérifiée : complète, journal d’audit intact ({ $count ->
    [one] un événement
   *[other] { $count } événements
}).
cli-restore-done = Base de données restaurée depuis { $path } ; celle qu’elle remplace est gardée dans { $aside }.
error-store-copy-damaged = La copie { $path } n’est pas fiable ({ $detail }) ; rien n’a été modifié.
error-store-copy-failed = Impossible d’écrire { $path } : { $detail }.
error-store-wrong-key = La clé n’ouvre pas cette base de données : elle est endommagée, ou son fichier de clés appartient à une autre.
error-store-key-file = Le fichier de clés { $path } est illisible ({ $detail }). Sans lui, une base chiffrée ne peut pas s’ouvrir : restaurez-le depuis une sauvegarde.
error-store-no-randomness = Le système n’a fourni aucun octet aléatoire ; rien n’a été modifié.
error-store-in-use = { $path } est ouverte dans Diwan : fermez d’abord l’application (et toute autre commande Diwan).

## Journal d’audit

audit-break-edited = Le journal d’audit est rompu : l’événement { $seq } a été modifié après son écriture.
audit-break-missing = Le journal d’audit est rompu : des événements manquent avant le n° { $seq } (attendu : { $expected }).
audit-break-out-of-order = Le journal d’audit est rompu : l’événement { $seq } n’est pas à sa place (déplacé ou inséré).
audit-break-truncated = Le journal d’audit est rompu : il s’arrête à l’événement { $last } alors qu’il en comptait { $head } ; des événements ont été supprimés.
audit-verify = Vérifier le journal
audit-verifying = Vérification du journal
audit-verifying-count = { $done } événements vérifiés sur { $total }
audit-verify-stopped = Vérification arrêtée avant la fin, à votre demande : rien n’a été jugé. Relancez-la pour vérifier tout le journal.
audit-intact = { $count ->
    [one] Le journal est intact : un événement, chacun lié au précédent.
   *[other] Le journal est intact : { $count } événements, chacun lié au précédent.
}
audit-filter-post = Numéro de publication
audit-filter-user = Personne
audit-filter-action = Action
audit-filter-from = Du
audit-filter-to = Au
audit-count = { $count ->
    [0] Aucun événement
    [one] Un événement
   *[other] { $count } événements
}
audit-when = Quand
audit-who = Qui
audit-what = Quoi
audit-subject = Sur
audit-detail = Détail
audit-action-post-created = Publication créée
audit-action-post-edited = Publication modifiée
audit-action-post-submitted = Transmise
audit-action-post-approved = Validée
audit-action-post-fast-tracked = Validée en procédure accélérée
audit-action-post-rejected = Rejetée
audit-action-post-scheduled = Programmée
audit-action-post-published = Publiée
audit-action-post-approval-withdrawn = Validation retirée par une modification
audit-action-post-reopened = Rouverte
audit-action-account-added = Compte ajouté
audit-action-account-verified = Compte vérifié
audit-action-account-verification-revoked = Vérification du compte révoquée
audit-action-user-added = Personne ajoutée
audit-action-user-role-granted = Rôle attribué
audit-action-comment-added = Commentaire ajouté
audit-action-comment-resolved = Commentaire résolu
audit-action-media-attached = Image jointe
audit-action-media-alt-set = Texte alternatif défini
audit-action-media-removed = Image retirée
audit-action-policy-set = Règle d’approbation modifiée
audit-action-crisis-declared = Crise déclarée
audit-action-crisis-ended = Crise terminée
audit-action-post-paused = Publication suspendue par une crise
audit-action-post-pause-resolved = Publication suspendue traitée
audit-action-template-saved = Modèle enregistré
audit-action-post-translated = Traduction marquée terminée
audit-action-glossary-term-added = Terme ajouté au glossaire
audit-action-glossary-term-changed = Terme du glossaire modifié
audit-action-glossary-term-removed = Terme retiré du glossaire
audit-action-glossary-imported = Glossaire importé
audit-action-memory-imported = Mémoire de traduction importée
audit-action-xliff-imported = Fichier XLIFF importé
audit-action-mission-digits-set = Chiffres de la mission définis
audit-action-demo-set-up = Données d’exemple installées
audit-action-demo-generated = Données d’exemple générées
audit-action-user-signed-in = Connexion
audit-action-user-sign-in-failed = Phrase secrète incorrecte
audit-action-user-passphrase-changed = Phrase secrète changée
audit-action-user-passphrase-reset = Phrase secrète à usage unique donnée
audit-action-user-first-administrator = Premier administrateur créé
audit-action-settings-idle-lock-set = Verrouillage automatique modifié
audit-action-settings-backup-days-set = Durée des sauvegardes quotidiennes modifiée
audit-action-settings-home-country-set = Pays d’origine défini
observance-layer-religious = Fête islamique
observance-layer-host = férié du pays hôte
observance-layer-home = férié du pays d’origine
observance-national = fête nationale
observance-layer-ministry = journée du ministère
error-ministry-day-date = « { $date } » n’est pas un jour du calendrier : écrivez MM-JJ (chaque année) ou AAAA-MM-JJ (une fois).
error-ministry-day-kind = « { $kind } » n’est pas un type de journée : international, anniversary ou mourning.
error-ministry-day-name-missing = Une journée a besoin d’un nom dans au moins une langue.
error-ministry-day-name-too-long = Le nom d’une journée a au plus { $max } caractères.
cli-ministry-days-imported = { $count ->
    [one] Une journée
   *[other] { $count } journées
} dans la liste du ministère.
audit-action-ministry-days-imported = Liste des journées du ministère remplacée
audit-action-engagement-imported = Chiffres d’engagement importés
audit-action-blackout-marked = Période d’interdiction marquée
audit-action-blackout-lifted = Période d’interdiction levée
report-from = Du
report-to = Au
report-period-label = Par
report-period-week = Semaine
report-period-month = Mois
report-per-week = Publications par semaine
report-per-month = Publications par mois
report-planned = Prévues
report-approved = Approuvées
report-published = Publiées
report-total = Total
report-dimension-label = Ventiler par
report-dimension-account = Compte
report-dimension-platform = Plateforme
report-dimension-category = Catégorie
report-dimension-language = Langue
report-chart-periods = Publications prévues, approuvées et publiées par période ; le tableau donne les mêmes chiffres.
report-chart-coverage = Publications dont chaque langue est rédigée et à jour ; les chiffres sont à côté.
report-coverage-title = Couverture linguistique
report-coverage = { $posts ->
    [one] { $all } publication sur { $posts } en arabe, en français et en anglais
   *[other] { $all } publications sur { $posts } en arabe, en français et en anglais
}
report-percent = { $percent } %
report-approval-title = Du brouillon à l’approbation
report-approval-hours = Médiane { $median } h, 90e centile { $p90 } h ({ $posts ->
    [one] { $posts } publication approuvée
   *[other] { $posts } publications approuvées
})
report-approval-none = Aucune publication de ces jours n’est encore approuvée.
report-overdue-title = Approbations en retard
report-overdue = { $count ->
    [0] Aucune approbation en retard.
    [one] Une publication a passé son heure sans approbation.
   *[other] { $count } publications ont passé leur heure sans approbation.
}
report-engagement-title = Portée et engagement
report-reach = Portée
report-engagement = Engagement
report-post = Publication
report-language = Langue
report-posts = Publications
report-engagement-none = Pas encore de chiffres : importez un export de X, Facebook, Instagram ou LinkedIn.
report-import = Importer un export d’engagement…
report-imported = { $platform } : publications retrouvées : { $matched } ; lignes ne correspondant à aucune publication de cette mission : { $unmatched }.
report-export-csv = Exporter en CSV…
report-export-dialog = Enregistrer le rapport en CSV
report-saved = Enregistré dans { $path }
observance-islamic-new-year = Nouvel an de l’Hégire
observance-ashura = Achoura
observance-mawlid = Mawlid (naissance du Prophète)
observance-ramadan-start = Premier jour du Ramadan
observance-eid-al-fitr = Aïd el-Fitr
observance-day-of-arafah = Jour d’Arafat
observance-eid-al-adha = Aïd el-Adha
audit-action-database-encrypted = Base de données chiffrée
audit-action-user-role-revoked = Rôle retiré
audit-action-device-signed-in = Appareil connecté au hub
audit-action-device-revoked = Appareil révoqué
audit-action-mission-added = Mission ajoutée
audit-action-hub-connected = Reliée au hub d’équipe
audit-action-post-pulled = Reçue du hub d’équipe
audit-action-post-change-refused = Modification refusée par le hub d’équipe
audit-action-post-change-dropped = Modification refusée abandonnée

## Erreurs : comptes, personnes, publications, dates

error-account-handle-invalid = « { $handle } » n’est pas un nom de compte valide.
error-account-no-language = Un compte a besoin d’au moins une langue.
error-account-limit-not-per-account = { $platform } impose la même limite à tous les comptes ; un compte ne peut pas avoir la sienne.
error-account-limit-zero = Une limite de zéro refuserait toute publication.
error-account-evidence-missing = Indiquez ce qui prouve la certification du compte (un lien, un numéro de ticket, une capture).
error-account-not-in-mission = Le compte { $id } n’est pas un compte actif de la mission { $mission }.
error-platform-unknown = « { $platform } » n’est pas une plateforme connue de Diwan. Plateformes : { $valid }.
error-user-name-invalid = « { $name } » n’est pas un nom d’utilisateur valide : lettres minuscules, chiffres, « . », « _ » ou « - ».
error-user-role-unknown = « { $role } » n’est pas un rôle : drafter, translator, supervisor ou admin.
error-sign-in-wrong = Nom ou phrase secrète incorrect.
error-sign-in-wait = { $seconds ->
    [one] Trop de phrases secrètes incorrectes : attendez { $seconds } seconde avant de réessayer.
   *[other] Trop de phrases secrètes incorrectes : attendez { $seconds } secondes avant de réessayer.
}
error-sign-in-no-passphrase = { $name } n’a pas encore de phrase secrète : un administrateur doit d’abord en donner une à usage unique.
error-sign-in-must-change = Choisissez d’abord votre propre phrase secrète : celle utilisée était à usage unique.
error-sign-in-needed = Connectez-vous d’abord.
error-sign-in-locked = Diwan est verrouillé : saisissez votre phrase secrète pour continuer.
error-sign-in-set-up-already = Le premier administrateur existe déjà : connectez-vous ou adressez-vous à un administrateur.
error-passphrase-too-short = Une phrase secrète compte au moins { $min } caractères : quelques mots font l’affaire.
error-passphrase-too-long = Une phrase secrète compte au plus { $max } caractères.
error-passphrase-has-name = La phrase secrète ne doit pas contenir l’identifiant.
error-passphrase-unchanged = La nouvelle phrase secrète est identique à l’ancienne.
error-passphrase-not-admin = Seul un administrateur de la mission de cette personne peut le faire.
error-idle-minutes-invalid = Verrouiller après 1 à { $max } minutes d’inactivité.
error-link-invalid = « { $link } » n’est pas une adresse web.
error-link-scheme = Seuls les liens web (http, https) s’ouvrent depuis Diwan, pas les liens « { $scheme }: ».
error-link-credentials = « { $link } » cache sa destination derrière un nom ou un mot de passe avant le @ : il n’est pas ouvert.
error-sign-in-encrypted = Cette base de données est chiffrée : connectez-vous pour l’ouvrir (en ligne de commande : --as NOM, la phrase secrète dans DIWAN_PASSPHRASE ou demandée).
error-sign-in-encrypted-already = Cette base de données est déjà chiffrée.
error-backup-days-invalid = Conservez les sauvegardes quotidiennes de 1 à { $max } jours.
error-user-not-found = Personne ne s’appelle { $name }.
error-not-found = { $kind } { $id } n’existe pas.
error-exists = { $kind } { $id } existe déjà.
error-io = Impossible d’écrire { $path } : { $detail }
error-comment-empty = Le commentaire est vide.
error-comment-too-long = Un commentaire compte au plus { $max } caractères.
error-template-name-invalid = Un modèle a besoin d’un nom de 100 caractères au plus.
error-template-empty = Le modèle est vide.
error-template-too-long = Un modèle compte au plus { $max } caractères.
error-media-not-image = Ce fichier n’est pas une image PNG, JPEG, GIF ou WebP.
error-media-too-large = Les images sont limitées à { $max } Mo.
error-media-alt-too-long = Le texte alternatif compte au plus { $max } caractères.
error-post-not-found = La publication { $id } n’existe pas.
error-post-state-unknown = « { $state } » n’est pas un état de publication. États : { $valid }.
error-calendar-language-unknown = La mission { $mission } ne publie pas en « { $language } ». Ses langues : { $valid }.
error-calendar-account-unknown = La mission { $mission } n’a pas de compte { $id }. Ses comptes : { $valid }.
error-post-over-limit = Le texte { $language } compte { $length } selon { $platform }, au-delà de la limite de { $limit } du compte @{ $handle } ({ $account }). Raccourcissez-le d’abord.
error-post-over-bytes = Le texte { $language } occupe { $length } octets sur { $platform }, au-delà des { $limit } permis pour le compte @{ $handle } ({ $account }).
error-post-too-many-hashtags = Le texte { $language } a { $length } mots-dièse, plus que les { $limit } que { $platform } permet pour le compte @{ $handle } ({ $account }).
error-post-invalid-characters = Le texte { $language } contient des caractères que { $platform } refuse (compte @{ $handle }, { $account }).
error-post-target-unknown = Le compte { $account } de cette publication est introuvable : ses limites ne peuvent pas être vérifiées.
error-post-category-unknown = « { $category } » n’est pas une catégorie. Catégories : { $valid }.
error-post-no-targets = Une publication doit viser au moins un compte.
error-post-text-empty = Le texte est vide.
error-post-language-missing = Cette publication n’a pas de version { $language }.
error-post-transition = Une publication { $state ->
    [draft] à l’état de brouillon
    [in-translation] en traduction
    [in-review] en relecture
    [approved] validée
    [scheduled] programmée
    [published] publiée
   *[rejected] refusée
} ne peut pas être { $action ->
    [submit] soumise
    [approve] validée
    [reject] refusée
    [schedule] programmée
   *[publish] publiée
}.
error-post-translations-incomplete = Des traductions manquent ou ne sont plus à jour : { $languages }.
error-post-published = Une publication déjà publiée ne peut plus changer.
error-post-role-missing = Il faut le rôle { $role ->
    [drafter] de rédacteur
    [translator] de traducteur
    [supervisor] de superviseur
   *[admin] d’administrateur
} à { $mission }.
error-post-four-eyes = Personne ne valide ni ne refuse une publication qu’il a rédigée ou traduite : demandez à un autre superviseur.
error-post-no-policy = Aucune règle de validation ne couvre les publications « { $category } » : aucune ne peut être validée.
error-post-not-approver = Vous ne validez pas cette étape de cette publication.
error-post-already-approved = Vous avez déjà validé cette publication ; l’étape suivante revient à quelqu’un d’autre.
error-post-no-fast-track = Vous ne pouvez pas valider en urgence les publications « { $category } ».
error-post-reason-missing = Indiquez pourquoi la publication est refusée.
error-post-approval-stale = La validation ne correspond plus au contenu : il faut valider à nouveau.
error-post-url-invalid = « { $url } » n’est pas une adresse web (https://…).
error-time-skipped = { $time } n’existe pas à { $zone } : l’heure change à ce moment-là. Choisissez une autre heure.
error-time-range-reversed = La période se termine avant de commencer.
error-time-unparsable = « { $input } » n’est pas une date ou une heure valide (AAAA-MM-JJ ou AAAA-MM-JJ HH:MM).
error-post-source-not-translated = Le texte en { $language } est la source : seules les traductions sont marquées terminées.
error-post-media-missing = L’image { $media } n’est pas (ou plus) jointe à cette publication.
error-export-extension = « { $path } » ne se termine pas par .{ $extension } : choisissez un nom de fichier avec cette extension.
error-post-paused = Cette publication est suspendue par la crise { $crisis } : elle ne peut être ni programmée ni publiée avant la fin de la crise.
error-post-not-paused = Cette publication n’est pas suspendue par cette crise.
error-crisis-no-missions = Choisissez au moins une mission pour la crise.
error-crisis-window-reversed = La période de crise se termine avant de commencer.
error-crisis-window-too-long = Une période de crise dure au plus { $days } jours ; déclarez-en une autre si elle se prolonge.
error-crisis-reason-missing = Indiquez la raison : elle est consignée dans le journal d’audit et montrée à tous.
error-blackout-role = Seul un superviseur ou un administrateur de { $mission } marque ou lève ses périodes d’interdiction.
error-blackout-reversed = Le dernier jour précède le premier.
error-blackout-too-long = Une période d’interdiction couvre au plus { $days } jours ; marquez-en une autre si elle se prolonge.
error-blackout-reason-missing = Indiquez la raison (deuil national, silence électoral) : tous ceux qui planifient la voient.
error-blackout-reason-too-long = La raison tient en { $max } caractères au plus.
error-crisis-ended = Cette crise est déjà terminée.
error-policy-spec-invalid = « { $spec } » n’est pas une étape d’approbation : indiquez un rôle (supervisor), any:NOM,NOM (l’une de ces personnes) ou all:NOM,NOM (chacune d’elles).
error-policy-no-steps = Une règle demande au moins une étape ; sans étape, rien ne pourrait être approuvé dans cette catégorie.
error-policy-no-names = Une étape qui nomme des personnes en demande au moins une.
error-policy-admin-approves = Les administrateurs règlent les approbations ; ils n’approuvent pas de publications.
error-policy-all-of-role = « Tous les { $role } » change au gré des arrivées et des départs : nommez plutôt les personnes.
error-post-qa-failed = { $count ->
    [one] Un contrôle qualité a échoué
   *[other] { $count } contrôles qualité ont échoué
} : corrigez la traduction, ou passez outre avec un commentaire qui dit pourquoi.
error-glossary-term-empty = Un terme du glossaire doit avoir au moins sa forme arabe, française ou anglaise.
error-glossary-form-invalid = « { $form } » ne peut pas être une forme du glossaire : une ligne de { $max } caractères au plus.
error-import-malformed = Le fichier { $format } est illisible à la ligne { $line } : { $detail }. Rien n’a été importé.
error-import-wrong-document = Ce n’est pas un fichier { $format } (ligne { $line } : { $detail }). Rien n’a été importé.
error-import-unit-incomplete = Ligne { $line } du fichier { $format } : une unité n’a pas de texte dans sa langue source ({ $detail }). Rien n’a été importé.
error-import-language-invalid = Ligne { $line } du fichier { $format } : « { $detail } » n’est pas un code de langue. Rien n’a été importé.
error-import-date-invalid = Ligne { $line } du fichier { $format } : « { $detail } » n’est pas une date comme 20261201T090000Z. Rien n’a été importé.
error-import-header-invalid = La première ligne du fichier { $format } doit nommer les colonnes { $detail }. Rien n’a été importé.
error-import-record-invalid = La ligne { $line } du fichier { $format } est refusée : « { $detail } » n’y est pas valide. Rien n’a été importé.
error-filter-invalid = « { $value } » n’est pas parmi : { $valid }.
error-import-schema-invalid = Le fichier { $format } ne suit pas son schéma à la ligne { $line } : { $detail }. Rien n’a été importé.
error-import-unknown-unit = Le fichier { $format } nomme { $detail }, qui n’est pas une publication de cette mission exportée par Diwan. Rien n’a été importé.
error-import-source-changed = La source de { $detail } a changé depuis l’export du fichier { $format } : exportez-le de nouveau. Rien n’a été importé.
error-import-language-mismatch = Les langues du fichier { $format } ne correspondent pas à { $detail }. Rien n’a été importé.
error-import-unknown-export = Ce fichier n’est pas un export d’engagement que Diwan connaît. Diwan lit : { $detail }. Rien n’a été importé.
cli-xliff-imported = { $written } traductions écrites : { $done } marquées terminées, { $drafts } laissées en brouillon.
qa-links = Le lien { $detail } de la source manque.
qa-hashtags = Le mot-dièse #{ $detail } de la source manque.
qa-mentions = La mention @{ $detail } de la source manque.
qa-numbers = Le nombre { $detail } de la source manque ou diffère.
qa-glossary = Le glossaire impose « { $detail } » dans cette traduction.
qa-limit = Trop long pour { $detail }.
qa-same-as-source = La traduction est identique à la source.
qa-french-spacing = Caractère { $position } : « { $detail } » demande une espace insécable.
qa-arabic-punctuation = Caractère { $position } : employez la ponctuation arabe ({ $detail }).
qa-tatweel = Caractère { $position } : un tatwil (ـ) étire le mot ; supprimez-le.
qa-bidi-controls = Caractère { $position } : une marque de direction invisible ({ $detail }) a été collée ; supprimez-la.
qa-digits = Caractère { $position } : la mission écrit l’arabe avec d’autres chiffres que « { $detail } ».
qa-language = Caractère { $position } : cette phrase semble écrite en { $found ->
        [ar] arabe
        [fr] français
       *[en] anglais
    }, pas dans la langue déclarée pour ce texte : « { $detail } »
