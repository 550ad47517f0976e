## Content packs: the words of the terminal's pack commands (authoring, verify, export)

# Only the terminal's whole content checker knows the line (the phones name the file).
error-pack-content = Kifurushi hiki cha maudhui kingeharibu maudhui ya programu ({ $file }, mstari { $line }). Hakuna kilichobadilishwa.
error-pack-file = Faili haikuweza kusomwa au kuandikwa (faili iliyopo haiandikwi juu yake kamwe).
error-pack-key-file = Faili ya ufunguo wa sahihi haisomeki au si ufunguo wa sahihi.
error-pack-kind = Aina ya kifurushi lazima iwe full, directory au locale: ikifuatiwa na alama ya lugha.
pack-verified = Kifurushi halisi cha maudhui { $id } ({ $kind }), toleo { $version }, faili { $files }: kinaweza kusakinishwa.
pack-built = Kifurushi cha maudhui { $id } ({ $kind }) kimetengenezwa na kutiwa sahihi, toleo { $version }, faili { $files }.
pack-exported = Kifurushi cha maudhui { $id } kimeandikwa kwenye faili, kama kilivyosakinishwa, ili kukipitisha kwa wengine.
pack-keygen-private = Ufunguo binafsi wa sahihi umeandikwa. Uhifadhi nje ya mtandao na usiushiriki wala kuuchapisha kamwe.
pack-keygen-public = Ufunguo wa umma wa kuongeza kwenye funguo zinazoaminika: { $key }
pack-inspect-summary = Kifurushi cha maudhui { $id } ({ $kind }), toleo { $version }, kinahitaji kiini { $core } au kipya zaidi
pack-inspect-signer = Kimetiwa sahihi na { $key } ({ $trust })
pack-signer-trusted = inaaminiwa na programu hii
pack-signer-untrusted = haiaminiwi na programu hii
