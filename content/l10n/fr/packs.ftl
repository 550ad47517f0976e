## Paquets de contenu : fichiers signés qui apportent de nouveaux numéros d'aide, leçons et langues
## sans mise à jour de l'application (docs/CONTENT-PACKS.md).

error-pack-not-a-pack = Ce fichier n'est pas un paquet de contenu Waymark.
error-pack-truncated = Ce paquet de contenu est incomplet ou endommagé. Rien n'a été modifié.
error-pack-format = Ce paquet de contenu est dans un format que cette version de l'application ne connaît pas. Rien n'a été modifié.
error-pack-unknown-key = Ce paquet de contenu n'est signé par personne en qui cette application a confiance. Rien n'a été modifié.
error-pack-signature = Ce paquet de contenu a été modifié après sa signature : ne lui faites pas confiance. Rien n'a été modifié.
error-pack-manifest = La liste des fichiers de ce paquet de contenu n'est pas valide. Rien n'a été modifié.
error-pack-newer-core = Ce paquet de contenu demande une version plus récente de l'application (cœur { $version }). Rien n'a été modifié.
error-pack-path = Ce paquet de contenu contient un fichier qu'il ne peut pas contenir : { $file }. Rien n'a été modifié.
error-pack-too-large = Ce paquet de contenu est trop volumineux. Rien n'a été modifié.
error-pack-hash = Un fichier de ce paquet de contenu est endommagé : { $file }. Rien n'a été modifié.
error-pack-rollback = Ce paquet de contenu (version { $offered }) n'est pas plus récent que celui installé (version { $installed }). Rien n'a été modifié.
error-pack-content-file = Ce paquet de contenu casserait le contenu de l'application ({ $file }). Rien n'a été modifié.
error-pack-not-installed = Aucun paquet de contenu de ce nom n'est installé.
error-pack-no-trace = Impossible d'installer un paquet de contenu tant que « ne laisser aucune trace » est activé, car l'installation enregistre un fichier. Désactivez-le d'abord.
error-pack-storage = Le paquet de contenu n'a pas pu être enregistré sur cet appareil.

pack-installed = Paquet de contenu { $id } ({ $kind }) installé, version { $version }. Il sera utilisé au prochain démarrage.
pack-after-pin = Entrez votre code PIN pour installer ce paquet de contenu. Rien n’est enregistré avant.
pack-list-item = { $id } ({ $kind }), version { $version }, { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    }
pack-none = Aucun paquet de contenu installé : le contenu intégré est utilisé.
pack-removed = Paquet de contenu { $id } supprimé. Le contenu intégré revient au prochain démarrage.

## L'écran des réglages de l'application

pack-settings-title = Paquets de contenu
pack-install-note = Pour ajouter un paquet de contenu, ouvrez son fichier (.wmpack) avec Waymark.
pack-remove-question = Retirer ce paquet de contenu ? Le contenu intégré revient au prochain démarrage.
pack-add = Ajouter un paquet de contenu depuis un fichier
pack-share = Transmettre ce paquet
pack-share-note = Envoie le fichier signé exact à une autre application (Bluetooth, une messagerie, une carte mémoire). L’autre téléphone le vérifie de la même façon avant de l’utiliser.
