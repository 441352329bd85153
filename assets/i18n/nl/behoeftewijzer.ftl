# Behoeftewijzer: Nederlands. One message per text a user reads, grouped by where it is read;
# the English catalogue has the same ids in the same order.

## The window: menus, buttons and screens

ui-new-profile = Nieuw profiel
ui-open = Openen…
ui-save = Opslaan
ui-save-as = Opslaan als…
ui-overview = Overzicht
ui-start-screen = Startscherm
ui-needs-profile = Behoefteprofiel
ui-consultation-brief-preview = Voorbeeld gespreksnotitie
ui-export-consultation-brief = Gespreksnotitie exporteren…
ui-copy-as-text = Kopieer als tekst
ui-brief-attach-email = E-mail als bijlage toevoegen
ui-copy-text = Kopieer tekst
ui-open-in-e-mail-program = Open in e-mailprogramma
ui-go-to = Ga naar
ui-larger-text = Tekst groter
ui-smaller-text = Tekst kleiner
ui-normal-text-size = Normale tekstgrootte
ui-quit = Afsluiten
ui-list-of-sections = Lijst met onderdelen
ui-user-guide = Handleiding
ui-close-the-guide = Handleiding sluiten
ui-compare-profiles = Profielen vergelijken…
ui-comparison = Vergelijking
ui-regional-brief-preview = Voorbeeld regionale gespreksnotitie
ui-save-the-table-for-excel-csv = Tabel opslaan voor Excel (CSV)…
ui-export-the-regional-brief = Regionale gespreksnotitie exporteren…
ui-close-the-comparison = Vergelijking sluiten
ui-brief-intro = Zo ziet de gespreksnotitie eruit die je afdrukt en meeneemt naar het overleg. De notitie spreekt namens je organisatie; de bijlagen volgen na de kern van twee pagina's.
ui-brief-language-of-the-brief = Taal van de notitie
ui-brief-still-open = Nog open: { $count } verplichte vragen. Ze staan als ‘nog open’ in de notitie.
app-system-colours = Kleuren van het systeem
app-light = Licht
app-dark = Donker
app-untitled-profile = Naamloos profiel
app-width-of-the-list-of-sections = Breedte van de lijst met onderdelen
app-recovery-copies-cannot-be-kept = Herstelkopieën lukken niet
renderer-title = Behoeftewijzer kan niet starten
renderer-none-works = Behoeftewijzer kan geen venster openen: geen van de drie manieren om het venster te tekenen werkt op deze computer (DirectX 12, Vulkan en OpenGL). Aan je bestanden is niets veranderd. Vraag je ICT-afdeling om een grafisch stuurprogramma (driver) met OpenGL of Vulkan op deze computer, of gebruik Behoeftewijzer op een andere computer. Geef deze melding aan hen door; de details staan eronder.
renderer-details = Details:
menu-file = Bestand
menu-recent-files = Recente bestanden
menu-go = Ga naar
menu-help = Help
menu-view = Beeld
menu-text-size-size = Tekstgrootte: { $size } %
menu-drawing = Weergave, geldt vanaf de volgende start:
menu-drawing-now = Nu getekend met { $name }.
drawing-auto = Automatisch kiezen (aanbevolen)
drawing-wgpu = Met de grafische kaart (wgpu)
drawing-glow = Met OpenGL, sneller zonder grafische kaart
nav-sections = Onderdelen
nav-to-overview = Naar overzicht
nav-to-needs-profile = Naar behoefteprofiel
nav-to-consultation-brief = Naar gespreksnotitie
nav-to-regional-brief = Naar regionale notitie
nav-next = Volgende
nav-back = Vorige
nav-of = { $answered } van { $total }
nav-section-entry = { $open ->
        [0] { $section }, klaar
       *[other] { $section }, nog { $open } open
    }
nav-progress = { $missing ->
        [0] Verplichte vragen klaar
        [one] Nog 1 verplichte vraag
       *[other] Nog { $missing } verplichte vragen
    } · { $percent } % van alle vragen
nav-progress-short = { $missing ->
        [0] Klaar
       *[other] Nog { $missing } verplicht
    } · { $percent } %
start-offline-note = Alles blijft op deze computer. Je hebt geen account nodig en er gaat niets via internet.
start-continue-with-this-profile = Verder met dit profiel
start-open-a-profile = Profiel openen…
start-compare-intro = Bereid je samen met andere gemeenten of teams voor, of wil je zien wat er sinds vorig jaar veranderd is? Zet dan profielen naast elkaar.
start-recent-files = Recente bestanden
start-none-yet = Nog geen.
question-do-not-record-names-or-other = Noteer geen namen of andere persoonsgegevens van inwoners.
question-required = (verplicht)
question-clear-answer = Antwoord wissen
question-clear-answer-named = Antwoord op ‘{ $question }’ wissen
question-answer-cleared = Antwoord op ‘{ $question }’ gewist.
question-note-this-looks-like-a-do = Let op: dit lijkt op een { $kind } ({ $text }). Noteer geen persoonsgegevens van inwoners.
question-whole-number = Vul een heel getal in van { $min } tot en met { $max }. { $stored ->
        [none] Tot dan is er geen antwoord.
       *[other] Tot dan blijft het antwoord { $stored }.
    }
question-at-the-limit = Je hebt het maximum van { $max } tekens bereikt. Wat je verder typt of plakt, komt er niet bij.
question-characters-count = { $count } van { $max } tekens
review-overview-of-your-answers = Overzicht van je antwoorden
review-no-answer = geen antwoord
review-no-answer-in-brackets = (geen antwoord)
review-all-answered = Alle verplichte vragen zijn ingevuld.
review-required = verplicht
review-fill-in-other = vul ‘anders’ nog in
review-hidden-answers-heading = Bewaarde antwoorden bij vragen die nu verborgen zijn
review-a-later-answer-hid-these-questions = Door een later antwoord zijn deze vragen verborgen. Hun antwoorden blijven bewaard en komen terug als de vraag weer zichtbaar wordt, maar ze tellen niet mee.
review-still-to-answer = Nog in te vullen ({ $count })
review-still-open = nog open
needs-because-you-answered = Omdat je antwoordde:
needs-in-its-announcement-of-15-february = In de aankondiging van 15 februari 2021 bood de alliantie sociaal werkers trainingen op maat aan, dat jaar een beperkt aantal gratis. Kijk op https://www.movisie.nl/alliantie-verandering-binnenuit of dat aanbod en het contactadres nog gelden.
needs-needs-profile = Behoefteprofiel
needs-intro = Dit volgt uit je antwoorden. Verander je een antwoord, dan verandert dit mee.
needs-at-a-glance = In één oogopslag
needs-reach-of-help-now = Bereik van de hulp nu
needs-reach-of-help-not-answered-yet = Bereik van de hulp: nog niet ingevuld
needs-training = Training
needs-is-this-right-these-questions-also = Klopt dit? Deze vragen komen ook in de gespreksnotitie, voor het overleg:
needs-topics = Thema's
needs-equally-important = Even belangrijk:
needs-signs = Signalen:
needs-your-question = Je vraag:
needs-partners-to-involve = Partners om te betrekken
needs-partner-known = Ken je al: bouw voort op dat contact.
needs-source = Bron:
needs-cooperation-heading = Samenwerking met zelforganisaties
needs-intake-e-mail = Aanmeldmail
needs-the-announcement-asks-you-to-e = De aankondiging vraagt je te mailen om wat voor organisatie het gaat en wat medewerkers willen leren. Deze tekst staat klaar.
needs-email-to = Aan
needs-subject = Onderwerp:
needs-proposed-agenda-minutes = Voorstel voor de agenda ({ $minutes } minuten)
a11y-required = Verplicht.
guide-introduction = Inleiding
guide-getting-started = Beginnen
guide-answering-the-questions = De vragen invullen
guide-overview = Overzicht
guide-needs-profile = Behoefteprofiel
guide-consultation-brief = Gespreksnotitie
guide-comparing-profiles = Profielen vergelijken
guide-user-guide = Handleiding
guide-previous-chapter = Vorig hoofdstuk
guide-next-chapter = Volgend hoofdstuk
guide-close-the-guide = Handleiding sluiten
commands-email-copied = De e-mail staat op het klembord.
commands-the-brief-is-on-the-clipboard = De notitie staat als tekst op het klembord.
commands-my-version = mijn versie
commands-your-version-was-saved-apart-so = Jouw versie is apart bewaard, zodat je niets kwijt bent:
commands-no-program-was-found-to-show = Er is geen programma gevonden om PDF-bestanden te tonen. Open het bestand zelf:
commands-no-e-mail-program-found = Geen e-mailprogramma gevonden
commands-email-program-failed = Het e-mailprogramma kon niet worden geopend. Kopieer de tekst en plak die in een nieuwe e-mail.
commands-their-version-is-open = Hun versie is geopend
commands-could-not-open-the-pdf = De PDF kon niet worden geopend

## Dialogs

modal-save-changes = Wijzigingen opslaan?
modal-unsaved-changes = Je profiel heeft wijzigingen die nog niet zijn opgeslagen.
modal-unsaved-save = Opslaan
modal-don-t-save = Niet opslaan
modal-unsaved-cancel = Annuleren
modal-c-users-name-documents = C:\Users\naam\Documents\
modal-home-name-documents = /home/naam/Documenten/
modal-for-example = Bijvoorbeeld
modal-open-a-profile = Profiel openen
modal-path-open = Openen
modal-save-the-profile = Profiel opslaan
modal-path-save = Opslaan
modal-export-the-consultation-brief = Gespreksnotitie exporteren
modal-path-export = Exporteren
modal-export-the-regional-brief = Regionale gespreksnotitie exporteren
modal-path-export-regional = Exporteren
modal-save-the-table-for-excel = Tabel opslaan voor Excel
modal-path-save-table = Opslaan
modal-compare-profiles = Profielen vergelijken
modal-compare = Vergelijken
modal-brief-pdf = gespreksnotitie.pdf
modal-regional-brief-pdf = regionale-notitie.pdf
modal-comparison-csv = vergelijking.csv
modal-profile-ron = profiel.ron
modal-path-no-file-window-several = Er kon geen venster voor bestanden worden geopend op deze computer. Typ daarom het volledige pad van elk profiel, elk op een eigen regel. Met Ctrl+Enter vergelijk je ze.
modal-path-no-file-window = Er kon geen venster voor bestanden worden geopend op deze computer. Typ daarom het volledige pad van het bestand.
modal-paths-of-the-profiles-one-per = Paden van de profielen, één per regel (twee of meer)
modal-path-of-the-file = Pad van het bestand
modal-path-cancel = Annuleren
modal-missing-title = Nog niet alles is ingevuld
modal-missing-list-intro = Deze verplichte vragen hebben nog geen antwoord. Je kunt toch exporteren: ze staan dan als ‘nog open’ in de notitie.
modal-missing-export-anyway = Toch exporteren
modal-missing-cancel = Annuleren
modal-possibly-personal-data-of-residents = Mogelijk persoonsgegevens van inwoners
modal-personal-data-question = Hier staat iets dat lijkt op persoonsgegevens. Wat je exporteert, gaat naar anderen: haal ze eruit, of ga bewust verder als het geen gegevens van inwoners zijn.
modal-back-to-edit = Terug om aan te passen
modal-personal-data-export-anyway = Toch exporteren
modal-unsaved-work-found = Niet-opgeslagen werk gevonden
modal-organisation = Organisatie:
modal-file = Bestand:
modal-restore = Herstellen
modal-decide-later = Later beslissen
modal-discard = Weggooien
modal-discard-this-work = Dit werk weggooien?
modal-back = Terug
modal-yes-discard = Ja, weggooien
modal-document-ready = { $name } klaar
modal-name-brief = Gespreksnotitie
modal-name-regional = Regionale gespreksnotitie
modal-name-report = Verslag
modal-exported-open = Openen
modal-close = Sluiten
modal-this-file-already-exists = Dit bestand bestaat al
modal-a-file-with-this-name-already = Er staat al een bestand met deze naam. Vervang je het, dan is de oude inhoud weg.
modal-choose-another-name = Andere naam kiezen
modal-replace = Vervangen
modal-the-file-has-changed-meanwhile = Het bestand is intussen veranderd
modal-someone-else-another-window-or-another = Iemand anders (een ander venster of een andere computer) heeft dit bestand opgeslagen nadat jij het opende. Als je nu opslaat, is hun werk weg.
modal-save-under-another-name = Opslaan onder andere naam…
modal-open-their-version-keep-mine-apart = Hun versie openen (de mijne apart bewaren)
modal-overwrite-anyway = Toch overschrijven
modal-conflict-cancel = Annuleren
modal-recovery-offer = Een venster van Behoeftewijzer is gesloten voordat je werk was opgeslagen. Er is een kopie van { $when }.
modal-recovery-discard-warning = De kopie van { $when } wordt verwijderd. Je kunt het werk daarna niet meer terughalen.
modal-the-brief-pages-pages-is-saved = Het document ({ $pages ->
        [one] 1 pagina
       *[other] { $pages } pagina's
    }) staat in:
modal-more-copies = { $more ->
        [one] Er is nog 1 andere kopie. Die zie je als dit werk is opgeslagen of weggegooid.
       *[other] Er zijn nog { $more } andere kopieën. Die zie je als dit werk is opgeslagen of weggegooid.
    }

## The needs profile in words (the needs screen, the brief and the command line)

words-email-to = Aan:
words-subject = Onderwerp:
words-not-filled-in = niet ingevuld
words-and = en
words-our-question = Onze vraag:
words-needs-profile = BEHOEFTEPROFIEL
words-training = Training
words-cooperation-heading = Samenwerking met zelforganisaties
words-to-develop = Te ontwikkelen: { $list }.
words-these-topics-occur-in-all-communities = Deze thema's spelen in alle gemeenschappen; de lijst helpt om de juiste partners te vinden.
words-topics-by-priority = Thema's op prioriteit
words-signals = Signalen:
words-equally-important = Even belangrijk:
words-reach-of-help = Bereik van de hulp:
words-partners-to-involve = Partners om te betrekken
words-source = Bron:
words-proposed-agenda = Voorstel voor de agenda
words-intake-e-mail = Aanmeldmail
words-note = Let op:
words-question = „{ $question }”
words-you-asked-for-advice-proposal-p = Je vroeg om advies. Voorstel: { $p }. Waarom: { $grounds }
words-proposal-p-why-grounds = Voorstel: { $p }. Waarom: { $grounds }
words-advice-asked-no-proposal = Je vroeg om advies. Er is nog geen voorstel: { $grounds }
words-partners-for-communities = Voor deze gemeenschappen komt uit de antwoorden geen partner van de alliantie naar voren: { $list }.
words-value-of-max-min-max = { $value } van { $max } ({ $min } = { $min_label }, { $max } = { $max_label })
words-training-with-focus = { $name }, op maat met nadruk op { $themes }
words-you-chose-that-fits-your-answers = Je koos: { $training }. Dat past bij je antwoorden: { $grounds }
words-training-chosen-and-proposed = Je koos: { $training }. Die keuze blijft staan. Je antwoorden wijzen ook op: { $p }. Waarom: { $grounds }
words-you-chose-grounds = Je koos: { $training }. { $grounds }
words-because-you-answered = omdat je antwoordde:
words-check-course-without-priority = Gekozen is { $course }, maar { $theme } heeft nu geen prioriteit. Past die training, of een andere?
words-check-volunteers-only = De deelnemers zijn vrijwilligers of sleutelpersonen; het aanbod uit 2021 was voor sociaal werkers. Kan de training ook voor hen?
words-check-policy-staff-only = De deelnemers zijn beleidsmedewerkers of leidinggevenden; het aanbod uit 2021 was voor sociaal werkers. Past een training, of eerder een gesprek over beleid?
words-check-many-policy-staff = { $count } deelnemers is veel voor beleidsmedewerkers en leidinggevenden. Klopt dat aantal, en hoeveel groepen worden het?
words-check-many-participants = Met { $count } deelnemers gaat het om meer dan één groep. Hoeveel groepen, en van welke grootte?

## The consultation brief (gespreksnotitie)

brief-appendix-a-title = Bijlage A: antwoorden op de vragenlijst
brief-consultation-brief = Gespreksnotitie
brief-still-open = (nog open)
brief-organisation = Organisatie
brief-contact-person = Contactpersoon
brief-prepared-on = Opgesteld op
brief-to-be-agreed = nog af te spreken
brief-format-to-be-agreed = vorm nog af te spreken
brief-proposed-for-the-meeting = Voorstel voor het overleg
brief-format-and-length = Vorm en duur
brief-section-why = 1. Aanleiding
brief-our-staff = onze medewerkers
brief-2-what-we-see = 2. Wat wij zien
brief-reach-of-help-now = Bereik van de hulp nu
brief-priority-legend = Prioriteit van de thema's (0 niet relevant tot 3 zeer urgent) en het bereik van de hulp (1 nauwelijks tot 5 goed).
brief-these-topics-occur-in-all-communities = Deze thema's spelen in alle gemeenschappen; de lijst helpt om de juiste partners te vinden.
brief-3-our-questions-to-the-alliance = 3. Onze vragen aan de alliantie
brief-priority = prioriteit:
brief-question-from-the-announcement = Vraag uit de aankondiging:
brief-our-question = Onze vraag:
brief-our-own-question = Onze eigen vraag:
brief-no-choice-yet-we-would-like = Nog geen keuze: wij vragen om advies
brief-participants = Deelnemers
brief-format-period-and-length = Vorm, periode en duur
brief-4-training-request = 4. Trainingsaanvraag
brief-question-for-the-meeting = Vraag voor het overleg:
brief-6-next-steps = 6. Vervolgstappen
brief-what-we-want-to-take-away = Na het overleg willen wij hebben:
brief-ask-offer-still-applies = Wij horen graag of het aanbod van februari 2021 nog geldt, en wie nu het aanspreekpunt is.
brief-appendix-b-partners-of-the-alliance = Bijlage B: partners van de alliantie
brief-alliance-is = De alliantie is een samenwerking van Movisie en zeven migranten- en vluchtelingenorganisaties (zelforganisaties); sinds 2023 is ook LCC+ partner. In de aankondiging van 2021 werkte ook het Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA) mee aan de trainingen. Eerst de partners die bij onze antwoorden lijken te passen, daarna de andere.
brief-fits-our-answers = Past bij onze antwoorden:
brief-other-partners = Andere partners
brief-source = Bron:
brief-appendix-c-intake-e-mail = Bijlage C: aanmeldmail
brief-email-to = Aan
brief-subject = Onderwerp
brief-title = Gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit
brief-page-n-of-m = pagina { $n } van { $m }
brief-why-intro = { $organisation } bereidt een overleg voor met de Alliantie Verandering van Binnenuit. In haar aankondiging van 15 februari 2021 bood de alliantie sociaal werkers trainingen op maat aan (dat jaar een beperkt aantal gratis), en gemeenten een overleg over de passende training en over vragen als beleid tegen huwelijksdwang.
brief-participants-in-why = { $n } deelnemers
brief-participants-with-who = { $n } deelnemers ({ $who })
brief-participants-count = { $n } deelnemers
brief-reach-of-5 = { $v } van 5
brief-list-priority-not-filled-in-yet = { $list }: prioriteit nog niet ingevuld.
brief-this-choice-fits-our-answers-grounds = Deze keuze sluit aan bij onze antwoorden. { $grounds }
brief-proposal-p-grounds = Voorstel: { $p }. { $grounds }
brief-footer = { $organisation } · opgesteld met Behoeftewijzer op { $date }
brief-still-open-required = Nog open: { $count } verplichte vragen zijn nog niet beantwoord ({ $items }).
words-minutes-short = { $minutes } min
brief-minutes = { $minutes } minuten
brief-equally-important = Even belangrijk: { $themes }.
brief-participants-groups-groups-of-at-most = { $participants }; { $groups } groepen van ten hoogste { $at_most }
brief-proposal-based-on-our-answers-p = Voorstel op grond van onze antwoorden: { $p }. { $grounds } Wij houden een voorkeur voor onze eigen keuze ({ $training }), en bespreken graag wat het beste past.
brief-5-proposed-agenda-minutes = 5. Voorstel voor de agenda ({ $minutes } minuten)
brief-building-on-the-contact-we-already = Voortbouwen op het contact dat wij al hebben met { $partners } (bijlage B).
brief-next-step-meet-partners = Kennismaken met de partners die het best bij ons passen (alle partners: bijlage B): { $partners }.
# Dutch says "geen prioriteit" for one theme or more; English needs the plural.
brief-not-a-priority = Voor ons nu geen prioriteit: { $list }.
brief-focus-themes-and-training = Wij willen vooral spreken over { $themes }, en over een training voor { $participants }.
brief-focus-training = Wij willen vooral spreken over een training voor { $participants }.
brief-focus-picture-first = Wij willen vooral met de alliantie het beeld helder krijgen, en daarna spreken over een training voor { $participants }.
brief-focus-picture-first-themes = Wij willen vooral met de alliantie het beeld helder krijgen, en daarna spreken over { $themes } en over een training voor { $participants }.
pdf-subject = Behoefteprofiel en voorstel voor het overleg
layout-the-brief-could-not-be-made = De notitie kon niet gemaakt worden door een fout in het programma. Je antwoorden zijn niet veranderd. Probeer het opnieuw; lukt het dan niet, meld het dan aan je ICT-afdeling.
layout-missing-glyphs = Deze tekens staan niet in het lettertype van de notitie en zijn vervangen door �: { $list }.
layout-invisible-characters = { $invisible } onzichtbare tekens (zoals richtingstekens) zijn weggelaten.

## Comparing profiles, the table and the regional brief

compare-left-out = Overgeslagen:
compare-personal-data-notice = Mogelijk persoonsgegevens van inwoners. Laat de organisatie ze eruit halen voor je de notitie deelt:
compare-answers = Antwoorden
compare-needs-per-profile = Behoeften per profiel
compare-what-changed = Wat is er veranderd
compare-together = Samen
compare-view = Weergave
compare-question = Vraag
compare-reach-of-help-now = Bereik van de hulp nu
compare-participants = Deelnemers
compare-proposal = Voorstel:
compare-asks-for-advice = Vraagt om advies
compare-training = Training
compare-need = Behoefte
compare-no-differences = Geen verschillen: alle profielen geven hier dezelfde antwoorden.
compare-answers-differ = antwoorden verschillen
compare-no-answer = geen antwoord
compare-choose-a-row-click-or-tab = Kies een regel (klik, of Tab en de pijltjestoetsen) om de antwoorden helemaal te lezen.
compare-versions-intro = Twee versies van één profiel: hier zie je wat er veranderd is. Voor het overleg maak je de gespreksnotitie van de nieuwste versie.
compare-nothing-the-answers-are-the-same = Niets: de antwoorden zijn gelijk.
compare-no-answer-in-brackets = (geen antwoord)
compare-before = Eerder:
compare-now = Nu:
compare-regional-intro = Zo ziet de regionale gespreksnotitie eruit: een kern van hooguit drie pagina's met het gezamenlijke beeld en de gezamenlijke vragen, daarna een bijlage per organisatie. De notitie spreekt namens de organisaties samen.
compare-and-more-more-files-left-out = En nog { $more } bestanden overgeslagen.
compare-more-profiles-below = en nog { $more } profielen, onder de tabel
compare-profiles-side-by-side-your-open = { $profiles } profielen naast elkaar. Je open profiel blijft zoals het is; hier verander je niets.
compare-only-differences = Alleen verschillen ({ $differing } van { $questions } vragen)
compare-profiles-to-of-n-scroll-across = Profiel { $first } tot { $last } van { $n }. Schuif opzij met de balk, of op een regel met Ctrl en de pijltjestoetsen links en rechts.
compare-what-changed-heading = Wat is er veranderd bij { $old_name } (van { $old_date } tot { $new_date })
compare-choose-other-profiles = Andere profielen kiezen…
compare-convenor = Aanspreekpunt voor de alliantie
compare-back-to-the-comparison = Terug naar de vergelijking
app-compare-behoeftewijzer-profile = Behoeftewijzer-profiel
app-compare-choose-title = Kies twee of meer profielen om te vergelijken
app-compare-comparison = Vergelijking
app-compare-table-saved = Tabel opgeslagen:
app-compare-could-not-save = Opslaan is niet gelukt
app-compare-regional-copied = De regionale notitie staat als tekst op het klembord.
app-compare-and-more-more-files-that-cannot = En nog { $more } bestanden die niet te lezen zijn.
app-compare-nothing-to-compare = Kies twee of meer profielen die te lezen zijn: er valt nu niets te vergelijken.
app-compare-could-not-compare = Vergelijken is niet gelukt
app-compare-no-regional-brief = Geen regionale notitie
app-compare-these-are-two-versions-of-one = Dit zijn twee versies van één profiel. Open de nieuwste versie en maak daarvan de gespreksnotitie.
combine-counted-once = Eén keer geteld
combine-topics = Thema's
combine-participants = Deelnemers
combine-together = Samen:
combine-theme-line = { $title }: hoogste { $highest }, gemiddeld { $mean }, belangrijk of zeer urgent bij { $important_for }
combine-partners-to-involve = Partners om te betrekken
combine-copy-counted-once = { $copy } is hetzelfde profiel als { $kept } (een kopie of een andere versie). Alleen { $kept } telt mee.
table-section = Onderdeel
table-question = Vraag
table-differs = Verschilt
table-the-table-could-not-be-made = De tabel kon niet gemaakt worden door een fout in het programma. Er is niets geschreven.
table-differs-yes = ja
table-differs-no = nee
regional-regional-consultation-brief = Regionale gespreksnotitie
regional-all-organisations = alle organisaties
regional-prepared-on = Opgesteld op
regional-section-why = 1. Aanleiding
regional-2-what-we-see-together = 2. Wat wij samen zien
regional-priority-legend = Prioriteit van de thema's: 0 niet relevant, 1 enigszins, 2 belangrijk, 3 zeer urgent. Het gemiddelde telt de profielen die de vraag beantwoordden.
regional-topics-everywhere = Deze thema's spelen in alle gemeenschappen; de lijst helpt om de juiste partners te vinden.
regional-section-questions = 3. Onze gezamenlijke vragen aan de alliantie
regional-question-from-the-announcement = Vraag uit de aankondiging:
regional-4-training = 4. Trainingen
regional-participants-together = Deelnemers samen
regional-no-choice-yet-asks-for-advice = nog geen keuze, vraagt om advies
regional-formats-in-appendices = Per organisatie staan de vorm, de periode en de voorkennis in haar bijlage.
regional-proposal-for-joint-training = Voorstel voor een gezamenlijke training
regional-no-common-course = Geen twee organisaties komen op dezelfde training uit; elke bijlage noemt de training van die organisatie.
regional-based-on-each-organisation-s-own = Op grond van de eigen keuze van elke organisatie, of anders het voorstel uit haar antwoorden. Ten hoogste 30 per groep is een vuistregel van deze app, geen afspraak met de alliantie.
regional-5-partners-and-cooperation = 5. Partners en samenwerking
regional-partners-intro = Welke partners bij een organisatie passen, volgt uit haar gemeenschappen en thema's.
regional-6-next-steps = 6. Vervolgstappen
regional-per-organisation-budget-and-decider = Per organisatie: budget en wie beslist
regional-who-decides-see-the-appendices = Wie per organisatie over de training beslist, staat in de bijlage van die organisatie.
regional-proposed-agenda-minutes = Voorstel voor de agenda ({ $minutes } minuten)
regional-own-questions-of-the-organisations = Eigen vragen van de organisaties
regional-ask-training-agreements = Afspraken over de trainingen: samen of per organisatie, soort, vorm, periode en deelnemers.
regional-next-step-meet-partners = Kennismaken met de partners die bij onze gemeenschappen en thema's lijken te passen.
regional-ask-offer-still-applies = Van de alliantie horen wij graag of het aanbod uit de aankondiging van februari 2021 nog geldt, en wie nu het aanspreekpunt is.
regional-proposed-training = Voorstel voor de training
regional-no-choice-yet-we-would-like = Nog geen keuze: wij vragen om advies
regional-contact-person = Contactpersoon
regional-profile-last-saved-on = Profiel bijgewerkt op
regional-own-question = Eigen vraag:
regional-reach-of-help-now = Bereik van de hulp nu
regional-topics-everywhere-appendix = Deze thema's spelen in alle gemeenschappen; de lijst helpt om de juiste partners te vinden.
regional-title = Regionale gespreksnotitie — overleg met de Alliantie Verandering van Binnenuit
regional-appendix-number-name = Bijlage { $number }: { $name }
regional-rest-others = { $rest } andere
regional-why-intro = { $n } organisaties bereiden samen een overleg voor met de Alliantie Verandering van Binnenuit. In haar aankondiging van 15 februari 2021 bood de alliantie sociaal werkers trainingen op maat aan (dat jaar een beperkt aantal gratis), en gemeenten een overleg over de passende training en over vragen als beleid tegen huwelijksdwang. Elke organisatie vulde een eigen profiel in; deze notitie vat ze samen.
regional-no-priority-for-anyone = { $list }: voor geen van ons nu een prioriteit.
regional-participants-sum = { $name } samen voor { $who }: { $sum } deelnemers, { $groups } van ten hoogste { $at_most }.
regional-p-based-on-the-answers = { $p } (op grond van de antwoorden)
regional-footer = Regionale gespreksnotitie · opgesteld met Behoeftewijzer op { $date }
regional-organisations-heading = Organisaties ({ $count })
regional-still-open = Nog open: in de profielen van { $open_profiles } zijn nog verplichte vragen niet beantwoord; de bijlagen noemen ze.
regional-theme-figures = belangrijk of zeer urgent voor { $important_for } · hoogste { $highest } · gemiddeld { $mean }
regional-theme-important-for = { $title } (belangrijk of zeer urgent voor { $important_for })
regional-own-questions = Eigen vragen hierover: { $names } (zie de bijlagen).
regional-still-open-in-this-profile = Nog open in dit profiel: { $open_items }.
regional-organisation-count = { $count } organisaties
regional-point-of-contact = Aanspreekpunt
regional-fits = { $how ->
        [both] past bij beide organisaties
        [all] past bij alle { $n } organisaties
       *[some] past bij { $count }: { $names }
    }
regional-focus-themes-and-training = Wij willen vooral spreken over { $themes }, en over trainingen voor { $count } deelnemers samen.
regional-focus-training = Wij willen vooral spreken over trainingen voor { $count } deelnemers samen.
regional-groups = { $groups ->
        [one] één groep
       *[other] { $groups } groepen
    }

## Opening, saving and recovery copies

files-saved = Opgeslagen:
files-could-not-save = Opslaan is niet gelukt
files-answers-still-in-window = Je antwoorden staan nog in het venster.
files-answers = Antwoorden
files-behoeftewijzer-profile = Behoeftewijzer-profiel
files-open-a-profile = Profiel openen
files-save-the-profile = Profiel opslaan
files-not-saved = Niet opgeslagen
files-long-answers-title = Sommige antwoorden zijn erg lang
files-long-answers = Deze antwoorden zijn langer dan je in het venster kunt typen. Er is niets weggelaten: de hele tekst blijft in het profiel en komt in de notitie. In zo’n veld kun je pas weer typen als de tekst korter is dan het maximum.
files-long-answer-line = { $place } ({ $count } tekens, maximaal { $max })
files-long-meeting = Een veld van Na het overleg
files-questionnaire-changed = De vragenlijst is veranderd sinds dit profiel is gemaakt: van versie { $from } naar versie { $to }.
files-could-not-open-the-file = Openen is niet gelukt
files-the-questionnaire-has-changed = De vragenlijst is veranderd
files-could-not-export = Exporteren is niet gelukt
files-new-questions = Nieuwe vragen:
files-questions-taken-out = Deze vragen zijn vervallen; je antwoord staat hieronder zodat je het kunt overnemen:
files-saving = Opslaan… Je kunt intussen verder werken.
files-still-saving = Het vorige opslaan is nog bezig. Probeer het zo nog eens.
storage-this-file-is-not-a-behoeftewijzer = Dit bestand is geen profiel van Behoeftewijzer.
storage-does-not-fit = Het profiel past niet bij deze vragenlijst:
storage-the-file-could-not-be-read = Het bestand kon niet gelezen worden.
storage-saving-failed-because-of-an-error = Opslaan is mislukt door een fout in het programma. Je antwoorden staan nog in het venster.
storage-the-file-ends-too-early-line = Het bestand houdt te vroeg op (regel { $line }, kolom { $column }). Misschien is het niet helemaal opgeslagen of gekopieerd.
storage-the-file-is-damaged-at-line = Het bestand is beschadigd: op regel { $line }, kolom { $column } klopt de opbouw niet.
storage-newer-version = Dit profiel is gemaakt met een nieuwere versie van Behoeftewijzer (bestandsversie { $found }; deze versie leest tot en met { $supported }). Installeer de nieuwste versie om het te openen.
storage-the-file-was-saved-as-encoding = Het bestand is niet als UTF-8 opgeslagen (misschien als { $encoding }). Open het in een teksteditor en sla het op als UTF-8; dan kan Behoeftewijzer het lezen.
storage-too-deep = Het bestand is beschadigd of met de hand veranderd: op regel { $line }, kolom { $column } staan meer haakjes in elkaar dan een profiel ooit heeft.
storage-part-missing = Er ontbreekt een deel van het profiel (‘{ $part }’). Misschien is het niet helemaal opgeslagen, of met de hand bewerkt. Open een eerdere versie of de herstelkopie.
storage-this-profile-belongs-to-a-newer = Dit profiel hoort bij een nieuwere vragenlijst (versie { $found }; deze app heeft versie { $current }). Installeer de nieuwste versie van Behoeftewijzer om het te openen.
storage-file-too-large = Het bestand is te groot voor een profiel ({ $size_kb } kB; de grens is { $limit_kb } kB). Het is waarschijnlijk geen profiel van Behoeftewijzer.
storage-answers-too-long = De antwoorden zijn samen te lang om op te slaan ({ $size_kb } kB; de grens is { $limit_kb } kB). Maak een lange toelichting korter en sla opnieuw op. Er is niets verloren: je antwoorden staan nog in het venster.
storage-the-file-is-empty = Het bestand is leeg.
storage-this-is-not-a-text-file = Dit is geen tekstbestand, dus geen profiel van Behoeftewijzer.
storage-this-is-not-an-ordinary-file = Dit is geen gewoon bestand (maar bijvoorbeeld een map), dus geen profiel.
storage-the-file-does-not-exist-any = Het bestand bestaat niet (meer).
storage-no-permission = Je hebt geen toestemming om dit bestand te lezen.
storage-path-not-a-folder = Een deel van het pad is geen map, dus het bestand kan daar niet staan.
storage-is-a-folder = Dit is een map, geen bestand. Kies een profielbestand (.ron) in de map.
storage-the-file-name-is-too-long = De bestandsnaam is te lang of bevat een teken dat hier niet mag.
storage-question-twice = Vraag ‘{ $question }’ staat twee keer in het bestand (de tweede keer op regel { $line }). Haal er één weg in een teksteditor; welke de juiste is, weet alleen jij.
profile-answer-unknown-question = onbekende vraag ‘{ $question }’
profile-answer-wrong-kind = het antwoord op ‘{ $question }’ heeft de verkeerde soort
profile-answer-unknown-choice = vraag ‘{ $question }’ heeft geen keuze ‘{ $choice }’
profile-meeting-unknown-partner = het overleg noemt een partner die niet in de lijst van de alliantie staat: ‘{ $partner }’
profile-answer-out-of-range = het antwoord { $value } op ‘{ $question }’ ligt niet tussen { $min } en { $max }
write-saving-failed = Opslaan is mislukt.
write-a-file-with-this-name-exists = Er staat al een bestand met deze naam, en het is geen { $kind }. Kies een andere naam, of gebruik --force om het te vervangen.
write-the-file-is-locked-or-protected = Het bestand is vergrendeld of beveiligd: misschien heeft een ander programma het open. Sluit dat programma, of kies een andere naam. Het bestand is niet veranderd.
write-no-permission = Je mag in deze map niet opslaan. Kies een andere map.
write-the-disk-is-full-free-up = De schijf is vol. Maak ruimte vrij of kies een andere plek. Het bestand op de schijf is niet veranderd.
write-the-folder-does-not-exist-any = De map bestaat niet (meer): misschien is ze verplaatst of verwijderd. Kies een andere plek.
write-path-not-a-folder = Een deel van het pad is geen map. Kies een andere plek.
write-the-file-name-is-too-long = De bestandsnaam is te lang of bevat een teken dat hier niet mag. Kies een kortere naam.
write-this-is-one-of-the-profiles = Dit is een van de profielen waaruit je leest; dat wordt nooit overschreven. Kies een andere naam.
write-never-over-a-profile = Dit is een profiel van Behoeftewijzer (of heeft die naam); dat wordt nooit overschreven. Kies een andere naam.
write-this-is-not-an-ordinary-file = Dit is geen gewoon bestand (maar bijvoorbeeld een map of apparaat). Kies een andere naam.
write-wrong-extension = De naam eindigt niet op .{ $ext }. Kies een naam op .{ $ext }, of gebruik --force als je dit echt wilt.
write-kept-backup = { $full ->
        [yes] De schijf is vol
       *[other] Opslaan is mislukt{ $code }
    }, en het oude bestand kon niet worden teruggezet. De vorige versie staat veilig in: { $backup }
write-system-code = (foutcode { $code } van het systeem)
autosave-short-fallback = Herstelkopieën lukken niet in de gewone map. Sla je werk op met Ctrl+S. Meer uitleg…
autosave-short-none = Herstelkopieën lukken niet. Sla je werk op met Ctrl+S. Meer uitleg…
autosave-why-disk-full = de schijf is vol
autosave-why-folder = de map kan niet worden beschreven
autosave-problem-fallback = Herstelkopieën lukken niet in de gewone map ({ $why }). Ze worden nu bewaard in { $folder }; die map kan bij opnieuw opstarten worden leeggemaakt. Sla je werk op met Ctrl+S.
autosave-problem = Herstelkopieën lukken niet: { $why }. Sla je werk op met Ctrl+S; wat niet is opgeslagen, gaat verloren als het programma onverwacht stopt.

## Residents' personal data (the privacy guard)

privacy-citizen-service-number-bsn = burgerservicenummer (BSN)
privacy-date-possibly-a-date-of-birth = datum, mogelijk een geboortedatum
privacy-phone-number = telefoonnummer
privacy-e-mail-address = e-mailadres
privacy-postcode-with-house-number = postcode met huisnummer
privacy-bank-account-number-iban = rekeningnummer (IBAN)
privacy-address-street-and-number = adres (straat en huisnummer)
privacy-passport-or-identity-card-number = nummer van een paspoort of ID-kaart
privacy-foreign-national-s-number-v-number = vreemdelingennummer (V-nummer)
privacy-child-named = kind met naam en leeftijd, school of klas
privacy-name-of-a-resident = naam van een inwoner, met iets persoonlijks erbij
privacy-licence-plate = kenteken
privacy-social-media-account = account of profiel op sociale media
privacy-case-number = dossier- of zaaknummer bij een naam

## The command line

cli-cannot-save-the-brief = Kan de notitie niet opslaan:
cli-still-open = Nog open (zo gemarkeerd in de notitie):
cli-not-written = Niet geschreven:
cli-cannot-read-the-profile = Kan het profiel niet lezen:
cli-valid-profile = Geldig profiel:
cli-progress = Voortgang:
cli-complete = Compleet: alle verplichte vragen zijn ingevuld.
cli-not-complete-yet-missing = Nog niet compleet. Ontbreekt:
cli-required = verplicht
cli-other-without-text = ‘anders’ zonder tekst
cli-possibly-personal-data-of-residents-take = Mogelijk persoonsgegevens van inwoners (haal ze eruit voor je de notitie deelt):
cli-compare-left-out = Overgeslagen:
cli-compare-fewer-than-two = Er zijn minder dan twee leesbare profielen: er valt niets te vergelijken.
cli-compare-cannot-write-the-table = Kan de tabel niet schrijven:
cli-compare-convenor-not-found = Het aanspreekpunt { $convenor } staat niet tussen de profielen; het eerste profiel is het aanspreekpunt.
cli-compare-no-regional-brief-these-are-two = Geen regionale notitie: dit zijn twee versies van één profiel. Maak de gespreksnotitie van de nieuwste versie (behoeftewijzer brief). Er is niets geschreven.
cli-compare-what-changed = Wat is er veranderd:
cli-compare-no-answer = (geen antwoord)
cli-compare-nothing-the-answers-are-the-same = Niets: de antwoorden zijn gelijk.
cli-compare-profiles-compared = Vergeleken profielen
cli-compare-personal-data = Mogelijk persoonsgegevens van inwoners (haal ze eruit voor je deelt):
cli-compare-regional-brief-written = Regionale gespreksnotitie geschreven:
cli-compare-pages = pagina's
cli-compare-cannot-write-the-brief = Kan de notitie niet schrijven:
cli-brief-written-docx = Gespreksnotitie geschreven als Word-document ({ $kb } kB): { $path }
cli-report-written-docx = Verslag geschreven als Word-document ({ $kb } kB): { $path }
cli-brief-written = Gespreksnotitie geschreven ({ $pages ->
        [1] 1 pagina
       *[other] { $pages } pagina's
    }, { $kb } kB): { $path }
cli-report-written = Verslag geschreven ({ $pages ->
        [1] 1 pagina
       *[other] { $pages } pagina's
    }, { $kb } kB): { $path }
cli-cannot-save-the-report = Kan het verslag niet opslaan:
cli-report-no-meeting-yet = Er is nog niets over het overleg ingevuld (Na het overleg): het verslag zegt dat bij elk onderdeel.
cli-nothing-written = Er is niets geschreven. Haal deze gegevens uit het profiel, of gebruik --allow-personal-data als je zeker weet dat delen mag.

## Numbers, dates and counts

count-of = { $count } van { $total }
count-word = { $n ->
        [0] Nul
        [1] Eén
        [2] Twee
        [3] Drie
        [4] Vier
        [5] Vijf
        [6] Zes
        [7] Zeven
        [8] Acht
        [9] Negen
        [10] Tien
        [11] Elf
        [12] Twaalf
        [13] Dertien
        [14] Veertien
        [15] Vijftien
        [16] Zestien
        [17] Zeventien
        [18] Achttien
        [19] Negentien
        [20] Twintig
       *[other] In totaal { $n }
    }
decimal-separator = ,
thousands-separator = .
human-date = { $day } { $month ->
        [1] januari
        [2] februari
        [3] maart
        [4] april
        [5] mei
        [6] juni
        [7] juli
        [8] augustus
        [9] september
        [10] oktober
        [11] november
       *[12] december
    } { $year }
text-value-of-max = { $value } van { $max }

## The report (verslag) of the meeting (issue 23): the organisation speaks, never "je".
report-title = Verslag — overleg met de Alliantie Verandering van Binnenuit
report-file-name = Verslag overleg
report-footer = { $organisation } · verslag opgesteld met Behoeftewijzer op { $date }
report-not-filled-in = (niet ingevuld)
report-meeting-date = Datum van het overleg
report-attended-for-us = Aanwezig namens ons
report-attended-for-the-alliance = Aanwezig namens de alliantie
report-written-on = Verslag opgesteld op
report-agreements = 1. Afspraken
report-agreement-who-when-status = Wie: { $who } · uiterlijk: { $when } · stand: { $status }
report-no-agreements = In dit overleg zijn geen afspraken vastgelegd.
report-agreed-last-year = Vorig jaar afgesproken
report-training = 2. Training
report-no-training = Er is (nog) geen training afgesproken.
report-training-which = Welke training
report-training-group = Voor wie en hoeveel deelnemers
report-training-when = Wanneer
report-training-partners = Met welke partners
report-meeting-after-written = Het overleg staat op { $meeting }, na { $written }, de dag waarop dit verslag is opgesteld: wat hier staat, is nog niet besproken.
report-training-partners-involved = { $partners } (de partners onder 3)
report-partners = 3. Partners die wij betrekken
report-no-partners = Er zijn (nog) geen partners gekozen.
report-next-steps = 4. Volgende stappen
report-next-steps-intro = Deze afspraken staan nog open:
report-next-step = { $who }: { $what } (uiterlijk { $when })
report-nothing-open = Er staan geen afspraken meer open.
report-notes = 5. Notities
meeting-status-open = open
meeting-status-done = afgerond
meeting-status-dropped = vervallen

## After the meeting (Na het overleg, issue 23): the window speaks to the officer ("je").
meeting-title = Na het overleg
meeting-intro = Leg hier vast wat je met de alliantie hebt afgesproken. Het wordt in hetzelfde profielbestand bewaard. Hiervan maak je een kort verslag (PDF) voor je eigen organisatie en de alliantie.
meeting-privacy = Noteer geen namen of andere persoonsgegevens van inwoners. Namen van de aanwezigen mogen wel.
meeting-the-meeting = Het overleg
meeting-date = Datum van het overleg
meeting-date-hint = Bijvoorbeeld 12-3-2027
meeting-date-not-a-date = De app herkent dit niet als datum. Schrijf dag-maand-jaar, bijvoorbeeld 12-3-2027. In het verslag komt wat je hebt getypt.
meeting-attended-for-us = Aanwezig namens jouw organisatie
meeting-attended-for-the-alliance = Aanwezig namens de alliantie
meeting-agreements = Afspraken
meeting-agreement-n = Afspraak { $n }
meeting-agreement-earlier-n = Afspraak { $n } (vorig jaar afgesproken)
meeting-what = Wat
meeting-who = Wie
meeting-by-when = Uiterlijk wanneer
meeting-status = Stand
meeting-add-agreement = Afspraak toevoegen
meeting-remove-agreement-n = Afspraak { $n } verwijderen
meeting-removed-n = Afspraak { $n } is verwijderd.
meeting-undo-remove = Afspraak { $n } terugzetten
meeting-restored-n = Afspraak { $n } is teruggezet.
meeting-max-agreements = Je hebt het maximum van { $max } afspraken bereikt.
meeting-no-agreements = Nog geen afspraken. Kies ‘Afspraak toevoegen’ voor de eerste.
meeting-training-heading = Afgesproken training
meeting-training-which = Welke training
meeting-training-group = Voor wie, en hoeveel deelnemers
meeting-training-when = Wanneer
meeting-training-partners = Met welke partners
meeting-partners = Partners die jullie gaan betrekken
meeting-notes = Notities
meeting-view-report = Verslag bekijken
meeting-export-report = Verslag exporteren (PDF)…
report-preview-title = Verslag van het overleg
report-preview-intro = Dit is het verslag zoals het wordt afgedrukt. Het spreekt namens je organisatie, net als de gespreksnotitie.
report-language = Taal van het verslag
report-copied = Het verslag staat op het klembord.
nav-to-after-the-meeting = Naar ‘Na het overleg’
nav-to-report = Naar verslag
meeting-personal-data = Dit lijkt op persoonsgegevens van inwoners. Haal het weg voordat je het verslag deelt:
modal-export-the-report = Verslag exporteren
modal-report-pdf = verslag.pdf
guide-after-the-meeting = Na het overleg

## The start screen and where a profile came from (issue 23).
start-intro = Bereid je overleg met de Alliantie Verandering van Binnenuit voor. De alliantie werkt sinds 2018 van binnenuit aan gelijkheid, veiligheid en acceptatie van vrouwen en lhbti+ personen in migranten- en vluchtelingengemeenschappen, ook bij taboethema's zoals huiselijk geweld, huwelijksdwang en worstelen met seksuele oriëntatie of genderidentiteit.
start-how-it-works = Zo werkt het
start-step-1 = 1. Beantwoord de vragen uit de aankondiging, in acht korte onderdelen. Je kunt tussendoor opslaan.
start-step-2 = 2. Lees je behoefteprofiel: welke training en welke partners passen bij wat je ziet.
start-step-3 = 3. Druk de gespreksnotitie af en neem die mee naar het overleg. Daarna leg je de afspraken vast.
start-view-example = Voorbeeld bekijken
start-example-note = Wil je eerst zien wat je krijgt? Het voorbeeld is helemaal ingevuld voor een verzonnen gemeente. Je eigen bestanden blijven zoals ze zijn.
start-guide-note = Meer uitleg staat in de handleiding (F1).
start-open-the-guide = Handleiding openen
start-recent-entry = { $organisation } · { $percent } % ingevuld · opgeslagen { $date }
start-recent-no-name = (nog geen naam)
start-recent-missing = Dit bestand is niet meer gevonden
start-recent-unreadable = Dit bestand kan niet worden gelezen
app-example-unsaved = Voorbeeld (niet opgeslagen)
app-based-on = Nieuw profiel op basis van { $name }
app-based-on-opened = Nieuw profiel met de antwoorden en afspraken van vorig jaar. Pas aan wat veranderd is en sla het op onder een nieuwe naam.
ui-new-based-on-this = Nieuw profiel op basis van dit profiel
compare-agreements = Afspraken
compare-agreement-changed = { $agreement }: eerst { $before }, nu { $now }
compare-agreement-unchanged = { $agreement }: { $status }, niet veranderd
compare-agreement-gone = { $agreement }: niet meer in de lijst
compare-agreement-new = Nieuw: { $agreement }: { $status }
app-example-status = Voorbeeld: sla wat je verandert op onder een nieuwe naam.

## The privacy gate over what leaves the program (issue 30)
gate-part-table = Vergelijkingstabel
gate-part-email = Aanmeldmail
gate-part-file-name = Bestandsnaam
gate-copy-anyway = Toch kopiëren
gate-mail-anyway = Toch openen in e-mailprogramma
gate-copy-text = Hier staat iets dat lijkt op persoonsgegevens. Wat je kopieert, kan bij anderen terechtkomen: haal het eruit, of ga bewust verder als het geen gegevens van inwoners zijn.
gate-mail-text = Hier staat iets dat lijkt op persoonsgegevens. Wat je naar het e-mailprogramma stuurt, gaat naar anderen: haal het eruit, of ga bewust verder als het geen gegevens van inwoners zijn.
cli-compare-same-output-twice = Niet geschreven: de tabel en de regionale gespreksnotitie kunnen niet in hetzelfde bestand. Kies twee namen.
cli-compare-same-file-twice = Je noemde steeds hetzelfde bestand: kies twee of meer verschillende profielen om te vergelijken.
cli-compare-table-written = Vergelijkingstabel geschreven:
files-opening = Openen…
files-exporting = Exporteren…
files-still-busy = Even geduld: Behoeftewijzer is nog bezig met een bestand.

## The keys' names in a shortcut beside a menu item ("Ctrl+Shift+S").
key-alt = Alt
key-ctrl = Ctrl
key-shift = Shift
key-plus = Plus
key-minus = Min

## The button that closes a message.
dialog-ok = OK

## The command line's help (`behoeftewijzer --help`, `behoeftewijzer brief --help`): one
## message per command (cli-about-…), per argument (cli-arg-<command>-<argument>) and per
## value's placeholder (cli-value-…).
cli-heading-usage = Gebruik:
cli-heading-arguments = Argumenten
cli-heading-options = Opties
cli-heading-commands = Opdrachten
cli-value-command = OPDRACHT
cli-help-flag = Toon deze hulp
cli-version-flag = Toon de versie
cli-about = Behoeftewijzer: bereid een overleg met de Alliantie Verandering van Binnenuit voor. Zonder opdracht opent het venster, met het profiel als je er een noemt.
cli-arg-profile = Een profiel (.ron) om in het venster te openen.
cli-value-profile = PROFIEL
cli-value-profiles = PROFIELEN
cli-value-output = BESTAND
cli-value-lang = TAAL
cli-value-csv = CSV
cli-value-separator = SCHEIDINGSTEKEN
cli-value-brief = BESTAND
cli-value-convenor = ORGANISATIE
cli-about-check = Controleer of een profiel klopt en compleet is, noem de antwoorden die nog ontbreken, en zoek naar persoonsgegevens van inwoners in de vrije teksten. Afsluitcode 0: compleet en schoon; 1: klopt, maar niet compleet; 2: niet te lezen; 3: misschien persoonsgegevens van inwoners (compleet of niet).
cli-arg-check-profile = Het profiel (.ron) om te controleren.
cli-arg-check-lang = Taal van de uitvoer: nl (standaard) of en.
cli-about-brief = Exporteer de gespreksnotitie als PDF om af te drukken, of als Word-document om te bewerken (-o notitie.docx). Die komt nooit over een profiel heen (ook niet via een koppeling), en niet over een map of een apparaat. Afsluitcode 0: geschreven; 2: het profiel is niet te lezen of het bestand kan niet worden geschreven; 3: misschien persoonsgegevens van inwoners in het profiel, dus er is niets geschreven (zie --allow-personal-data).
cli-arg-brief-profile = Het profiel (.ron) om te lezen.
cli-arg-brief-output = Waar de PDF of het Word-document komt: de naam eindigt op .pdf of .docx.
cli-arg-brief-lang = Taal van de gespreksnotitie: nl (standaard) of en.
cli-arg-brief-with-email = Voeg de aanmeldmail toe als bijlage C.
cli-arg-brief-force = Schrijf over een bestaand bestand van een andere soort, of naar een naam die niet op .pdf of .docx eindigt. Nooit over een profiel.
cli-arg-brief-allow-personal-data = Schrijf de gespreksnotitie ook als het profiel persoonsgegevens van inwoners lijkt te bevatten (een BSN, een telefoonnummer, …). Zonder deze optie geeft zo'n profiel afsluitcode 3 en geen bestand.
cli-about-verslag = (Ook: report.) Exporteer het verslag van het overleg dat in een profiel staat (Na het overleg) als PDF of als Word-document (-o verslag.docx): wie wanneer overlegde, de afspraken met wie ze doet en wanneer, de training, de partners en de volgende stappen. Nooit over een profiel heen. Afsluitcode 0: geschreven; 2: het profiel is niet te lezen of het bestand kan niet worden geschreven; 3: misschien persoonsgegevens van inwoners in het verslag, dus er is niets geschreven (zie --allow-personal-data).
cli-arg-verslag-profile = Het profiel (.ron) om te lezen.
cli-arg-verslag-output = Waar de PDF of het Word-document komt: de naam eindigt op .pdf of .docx.
cli-arg-verslag-lang = Taal van het verslag: nl (standaard) of en.
cli-arg-verslag-force = Schrijf over een bestaand bestand van een andere soort, of naar een naam die niet op .pdf of .docx eindigt. Nooit over een profiel.
cli-arg-verslag-allow-personal-data = Schrijf het verslag ook als het persoonsgegevens van inwoners lijkt te bevatten. Zonder deze optie geeft zo'n profiel afsluitcode 3 en geen bestand.
cli-about-compare = Vergelijk twee of meer profielen: de gemeenten van een regio, de teams van een gemeente, of vorig jaar en dit jaar. Toont de behoeften samen; --csv schrijft de tabel, één regel per vraag; --brief schrijft de regionale gespreksnotitie als PDF of Word-document. Een bestand dat niet te lezen is, wordt genoemd en overgeslagen. Afsluitcode 0: vergeleken; 2: minder dan twee profielen te lezen, of de tabel of de notitie kan niet worden geschreven (van twee versies van één profiel is er geen regionale notitie, en niets komt over een profiel heen); 3: misschien persoonsgegevens van inwoners in een ervan (dan schrijven --csv en --brief niets, tenzij --allow-personal-data).
cli-arg-compare-profiles = De profielen (.ron) om te vergelijken.
cli-arg-compare-csv = Schrijf de tabel hier als CSV (UTF-8, te openen in Excel); de naam eindigt op .csv, tenzij --force.
cli-arg-compare-separator = Het scheidingsteken van de CSV: ; voor een Nederlandse Excel (standaard), of ,.
cli-arg-compare-brief = Schrijf de regionale gespreksnotitie hier als PDF of Word-document; de naam eindigt op .pdf of .docx, tenzij --force.
cli-arg-compare-convenor = De organisatie die voor allemaal het aanspreekpunt van de alliantie is (haar naam of haar bestand, zoals genoemd), met haar voorstel voor het overleg in de regionale notitie; zonder deze optie het eerste profiel.
cli-arg-compare-lang = Taal van de uitvoer: nl (standaard) of en.
cli-arg-compare-force = Sta namen met een andere extensie toe, en schrijven over een bestaand bestand van een andere soort. Nooit over een van de profielen.
cli-arg-compare-allow-personal-data = Schrijf de tabel en de notitie ook als een profiel persoonsgegevens van inwoners lijkt te bevatten. Zonder deze optie geven zulke profielen afsluitcode 3 en geen bestanden.
cli-about-profile = Toon het behoefteprofiel dat uit de antwoorden volgt: prioriteit van de thema's, trainingsadvies, partners, agenda en de aanmeldmail, elk met de antwoorden waar het op rust. Afsluitcode 0: getoond; 2: het profiel is niet te lezen.
cli-arg-profile-profile = Het profiel (.ron) om te lezen.
cli-arg-profile-lang = Taal van de uitvoer: nl (standaard) of en.

## The documents as Word documents to edit (issue 34).
ui-export-brief-word = Gespreksnotitie als Word-document…
ui-export-regional-word = Regionale gespreksnotitie als Word-document…
ui-export-report-word = Verslag als Word-document…
files-word-document = Word-document
modal-word-document-saved = Het Word-document staat in:
modal-brief-docx = gespreksnotitie.docx
modal-regional-brief-docx = regionale-notitie.docx
modal-report-docx = verslag.docx
cli-arg-brief-format = Het formaat: pdf of docx (een Word-document om te bewerken); standaard volgens de naam. Zonder de juiste extensie krijgt de naam die erbij.
cli-arg-verslag-format = Het formaat: pdf of docx (een Word-document om te bewerken); standaard volgens de naam. Zonder de juiste extensie krijgt de naam die erbij.
cli-arg-compare-format = Het formaat van de regionale gespreksnotitie: pdf of docx (een Word-document om te bewerken); standaard volgens de naam.
cli-value-format = FORMAAT
