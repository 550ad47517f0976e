## Vifurushi vya maudhui: faili zilizotiwa sahihi zinazoleta namba mpya za msaada, masomo na lugha
## bila kusasisha programu (docs/CONTENT-PACKS.md).

error-pack-not-a-pack = Faili hii si kifurushi cha maudhui cha Waymark.
error-pack-truncated = Kifurushi hiki cha maudhui hakijakamilika au kimeharibika. Hakuna kilichobadilishwa.
error-pack-format = Kifurushi hiki cha maudhui kiko katika muundo ambao toleo hili la programu halijui. Hakuna kilichobadilishwa.
error-pack-unknown-key = Kifurushi hiki cha maudhui hakijatiwa sahihi na mtu yeyote ambaye programu hii inamwamini. Hakuna kilichobadilishwa.
error-pack-signature = Kifurushi hiki cha maudhui kilibadilishwa baada ya kutiwa sahihi: usikiamini. Hakuna kilichobadilishwa.
error-pack-manifest = Orodha ya faili za kifurushi hiki cha maudhui si sahihi. Hakuna kilichobadilishwa.
error-pack-newer-core = Kifurushi hiki cha maudhui kinahitaji toleo jipya zaidi la programu (kiini { $version }). Hakuna kilichobadilishwa.
error-pack-path = Kifurushi hiki cha maudhui kina faili ambayo hakiruhusiwi kuwa nayo: { $file }. Hakuna kilichobadilishwa.
error-pack-too-large = Kifurushi hiki cha maudhui ni kikubwa mno. Hakuna kilichobadilishwa.
error-pack-hash = Faili moja katika kifurushi hiki cha maudhui imeharibika: { $file }. Hakuna kilichobadilishwa.
error-pack-rollback = Kifurushi hiki cha maudhui (toleo { $offered }) si kipya kuliko kilichosakinishwa (toleo { $installed }). Hakuna kilichobadilishwa.
error-pack-content-file = Kifurushi hiki cha maudhui kingeharibu maudhui ya programu ({ $file }). Hakuna kilichobadilishwa.
error-pack-not-installed = Hakuna kifurushi cha maudhui chenye jina hili kilichosakinishwa.
error-pack-no-trace = Vifurushi vya maudhui haviwezi kusakinishwa wakati "usiache alama" imewashwa, kwa sababu kusakinisha huhifadhi faili. Izime kwanza.
error-pack-storage = Kifurushi cha maudhui hakikuweza kuhifadhiwa kwenye kifaa hiki.

pack-installed = Kifurushi cha maudhui { $id } ({ $kind }) kimesakinishwa, toleo { $version }. Kitatumika kuanzia utakapofungua tena.
pack-after-pin = Weka PIN yako ili kusakinisha kifurushi hiki cha maudhui. Hakuna kinachohifadhiwa kabla ya hapo.
pack-list-item = { $id } ({ $kind }), toleo { $version }, faili { $files }
pack-none = Hakuna vifurushi vya maudhui vilivyosakinishwa: maudhui yaliyojengwa ndani yanatumika.
pack-removed = Kifurushi cha maudhui { $id } kimeondolewa. Maudhui yaliyojengwa ndani yanarudi utakapofungua tena.

## Skrini ya mipangilio ya programu

pack-settings-title = Vifurushi vya maudhui
pack-install-note = Ili kuongeza kifurushi cha maudhui, fungua faili yake (.wmpack) kwa Waymark.
pack-remove-question = Uondoe kifurushi hiki cha maudhui? Maudhui ya ndani yatarudi utakapofungua programu tena.
pack-add = Ongeza kifurushi cha maudhui kutoka kwenye faili
pack-share = Mpe mtu mwingine kifurushi hiki
pack-share-note = Hutuma faili lile lile lililotiwa saini kwa programu nyingine (Bluetooth, programu ya ujumbe, kadi ya kumbukumbu). Simu nyingine hulikagua vivyo hivyo kabla ya kulitumia.
