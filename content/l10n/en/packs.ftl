## Content packs: signed files that bring new help numbers, lessons and languages
## without an app update (docs/CONTENT-PACKS.md). Each refusal says that nothing changed.

error-pack-not-a-pack = This file is not a Waymark content pack.
error-pack-truncated = This content pack is incomplete or damaged. Nothing was changed.
error-pack-format = This content pack is in a format this version of the app does not know. Nothing was changed.
error-pack-unknown-key = This content pack is not signed by anyone this app trusts. Nothing was changed.
error-pack-signature = This content pack was changed after it was signed: do not trust it. Nothing was changed.
error-pack-manifest = This content pack's list of files is not valid. Nothing was changed.
error-pack-newer-core = This content pack needs a newer version of the app (core { $version }). Nothing was changed.
error-pack-path = This content pack holds a file it may not contain: { $file }. Nothing was changed.
error-pack-too-large = This content pack is too large. Nothing was changed.
error-pack-hash = A file in this content pack is damaged: { $file }. Nothing was changed.
error-pack-rollback = This content pack (version { $offered }) is not newer than the one installed (version { $installed }). Nothing was changed.
error-pack-content-file = This content pack would break the app's content ({ $file }). Nothing was changed.
error-pack-not-installed = No content pack with this name is installed.
error-pack-no-trace = Content packs cannot be installed while "leave no trace" is on, because installing saves a file. Turn it off first.
error-pack-storage = The content pack could not be saved on this device.

pack-installed = Installed content pack { $id } ({ $kind }), version { $version }. It is used from the next start.
# A pack opened on the PIN screen waits there, in memory, until the PIN is entered.
pack-after-pin = Enter your PIN to install this content pack. Nothing is saved before that.
pack-list-item = { $id } ({ $kind }), version { $version }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
pack-none = No content packs are installed: the built-in content is in use.
pack-removed = Removed content pack { $id }. The built-in content is back from the next start.

## The app's settings screen

pack-settings-title = Content packs
pack-install-note = To add a content pack, open its file (.wmpack) with Waymark.
pack-remove-question = Remove this content pack? The built-in content is used again from the next start.
pack-add = Add a content pack from a file
pack-share = Pass this pack on
pack-share-note = Sends the exact signed file to another app (Bluetooth, a messaging app, a memory card). The other phone checks it the same way before using it.
