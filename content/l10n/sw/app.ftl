## Maneno ya programu: menyu, majina ya lugha, makosa.

app-name = Waymark
app-tagline = Msaada wa faragha wa kukagua ofa ya kazi, kujua haki zako na kupata msaada salama.
app-offline-note = Waymark inafanya kazi bila intaneti. Hakuna unachoandika kinachotoka kwenye simu hii.
translation-under-review = Tafsiri hii bado inakaguliwa.

## Menyu

menu-choose-language = Chagua lugha yako
menu-main-title = Ungependa kufanya nini?
menu-language = Badilisha lugha
menu-quit = Funga Waymark
menu-back = Rudi
menu-quick-exit = Toka haraka
menu-invalid-choice = Hilo si moja ya machaguo. Tafadhali jaribu tena.
menu-current-language = Lugha: { $language }

## Majina ya lugha

language-en = Kiingereza
language-fr = Kifaransa
language-es = Kihispania
language-pt = Kireno
language-ht = Kikrioli cha Haiti
language-sw = Kiswahili
language-ar = Kiarabu

## Makosa

error-invalid-input = Kitu ulichoandika hakiwezi kutumika.
error-not-found = Kitu hicho hakikupatikana.
error-content = Sehemu ya maudhui ya programu imeharibika au haipo.
error-integrity = Data iliyohifadhiwa haiwezi kusomwa kwa usalama. Huenda imebadilishwa au kuharibika.
error-locked = Data yako iliyohifadhiwa imefungwa. Ifungue kwanza.
error-wrong-pin = PIN hiyo si sahihi.
error-storage = Data yako haikuweza kuhifadhiwa kwenye kifaa hiki.
error-unknown-message = Hakuna maandishi yenye kitambulisho { $id }.
error-malformed-locale = Msimbo huo wa lugha haujaandikwa vizuri.
error-unsupported-locale = Waymark bado haina maandishi katika lugha hiyo.
error-content-unreadable = Folda ya maudhui haiwezi kusomwa.
error-content-file = Faili ya maudhui imeharibika au haipo: { $file }
error-missing-argument = Maandishi haya yanahitaji thamani ya { $name }: ongeza --arg { $name }=THAMANI.
error-not-a-number = Andika namba kamili kwa tarakimu tu, kwa mfano 12.
error-number-too-large = Namba hiyo ni kubwa mno: kiwango cha juu ni { $max }.

## Idadi

items-count = { $count ->
    [one] kipengee { $count }
   *[other] vipengee { $count }
}
