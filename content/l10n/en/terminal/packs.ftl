## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = This content pack would break the app's content ({ $file }, line { $line }). Nothing was changed.
error-pack-file = The file could not be read or written (a new file is never written over an existing one).
error-pack-key-file = The signing key file cannot be read or is not a signing key.
error-pack-kind = The pack kind must be full, directory or locale: followed by a language tag.
pack-verified = Genuine content pack { $id } ({ $kind }), version { $version }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }: it can be installed.
pack-built = Built and signed content pack { $id } ({ $kind }), version { $version }, { $files ->
        [one] { $files } file
       *[other] { $files } files
    }.
pack-exported = Wrote content pack { $id } to the file, exactly as it was installed, to pass on.
pack-keygen-private = Private signing key written. Keep it offline and never share or commit it.
pack-keygen-public = Public key to add to the trusted keys: { $key }
pack-inspect-summary = Content pack { $id } ({ $kind }), version { $version }, needs core { $core } or newer
pack-inspect-signer = Signed by { $key } ({ $trust })
pack-signer-trusted = trusted by this app
pack-signer-untrusted = not trusted by this app
