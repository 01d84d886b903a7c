# Diwan — français. Chaque identifiant existe aussi dans ar/ et en/ (testé).

app-name = Diwan
app-tagline = La planification éditoriale des missions diplomatiques

## Cadre

nav-calendar = Calendrier
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
error-sample-none-left = Toutes les missions d’exemple ont déjà été ajoutées.
error-locale-unknown = Diwan ne parle pas « { $locale } » ; choisissez ar, fr ou en.
error-store-create-dir = Impossible de créer le dossier { $path } : { $detail }
error-store-open = Impossible d’ouvrir la base de données { $path } : { $detail }
error-store-too-new = Cette base de données a été écrite par une version plus récente de Diwan (schéma { $found } ; celle-ci connaît { $supported }). Mettez Diwan à jour pour l’ouvrir ; le fichier n’a pas été modifié.
error-store-backup = Impossible d’enregistrer une sauvegarde dans { $path } avant la mise à jour de la base, qui n’a donc pas été mise à jour : { $detail }
error-store-journal-mode = La base de données n’a pas pu passer en mode WAL (elle est en mode { $mode }).
error-store-not-diwan = Ce fichier n’est pas une base de données Diwan ; il n’a pas été modifié.
error-store-corrupt = La base de données contient une valeur que Diwan ne sait pas lire : { $detail }
error-store-sqlite = La base de données a signalé une erreur : { $detail }
error-unexpected = Une erreur inattendue s’est produite : { $detail }
