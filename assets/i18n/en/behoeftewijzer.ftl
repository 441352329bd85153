# Behoeftewijzer: English. One message per text a user reads, grouped by where it is read;
# the Dutch catalogue has the same ids in the same order.

## The window: menus, buttons and screens

ui-new-profile = New profile
ui-open = Open…
ui-save = Save
ui-save-as = Save as…
ui-overview = Overview
ui-start-screen = Start screen
ui-needs-profile = Needs profile
ui-consultation-brief-preview = Consultation brief preview
ui-export-consultation-brief = Export consultation brief…
ui-copy-as-text = Copy as text
ui-brief-attach-email = Add the e-mail as an appendix
ui-copy-text = Copy text
ui-open-in-e-mail-program = Open in e-mail program
ui-go-to = Go to
ui-larger-text = Larger text
ui-smaller-text = Smaller text
ui-normal-text-size = Normal text size
ui-quit = Quit
ui-list-of-sections = List of sections
ui-user-guide = User guide
ui-close-the-guide = Close the guide
ui-compare-profiles = Compare profiles…
ui-comparison = Comparison
ui-regional-brief-preview = Regional brief preview
ui-save-the-table-for-excel-csv = Save the table for Excel (CSV)…
ui-export-the-regional-brief = Export the regional brief…
ui-close-the-comparison = Close the comparison
ui-brief-intro = This is the consultation brief you print and bring to the meeting. It speaks for your organisation; the appendices follow its two-page core.
ui-brief-language-of-the-brief = Language of the brief
ui-brief-still-open = Still open: { $count } required questions. They show as ‘still open’ in the brief.
app-system-colours = System colours
app-light = Light
app-dark = Dark
app-untitled-profile = Untitled profile
app-width-of-the-list-of-sections = Width of the list of sections
app-recovery-copies-cannot-be-kept = Recovery copies cannot be kept
renderer-title = Behoeftewijzer cannot start
renderer-none-works = Behoeftewijzer cannot open a window: none of the three ways of drawing it works on this computer (DirectX 12, Vulkan and OpenGL). Nothing in your files has changed. Ask your IT department for a graphics driver with OpenGL or Vulkan on this computer, or use Behoeftewijzer on another computer. Pass this message on to them; the details are below.
renderer-details = Details:
menu-file = File
menu-recent-files = Recent files
menu-go = Go
menu-help = Help
menu-view = View
menu-text-size-size = Text size: { $size } %
menu-drawing = Rendering, from the next start:
menu-drawing-now = Now drawn with { $name }.
drawing-auto = Choose automatically (recommended)
drawing-wgpu = With the graphics card (wgpu)
drawing-glow = With OpenGL, faster without a graphics card
nav-sections = Sections
nav-to-overview = To overview
nav-to-needs-profile = To needs profile
nav-to-consultation-brief = To consultation brief
nav-to-regional-brief = To regional brief
nav-next = Next
nav-back = Back
nav-of = { $answered } of { $total }
nav-section-entry = { $open ->
        [0] { $section }, done
       *[other] { $section }, { $open } open
    }
nav-progress = { $missing ->
        [0] Required questions done
        [one] 1 required question left
       *[other] { $missing } required questions left
    } · { $percent } % of all questions
nav-progress-short = { $missing ->
        [0] Done
       *[other] { $missing } required left
    } · { $percent } %
start-offline-note = Everything stays on this computer. You need no account and nothing goes over the internet.
start-continue-with-this-profile = Continue with this profile
start-open-a-profile = Open a profile…
start-compare-intro = Preparing together with other municipalities or teams, or want to see what has changed since last year? Compare profiles side by side.
start-recent-files = Recent files
start-none-yet = None yet.
question-do-not-record-names-or-other = Do not record names or other personal data of residents.
question-required = (required)
question-clear-answer = Clear answer
question-clear-answer-named = Clear the answer to ‘{ $question }’
question-answer-cleared = Answer to ‘{ $question }’ cleared.
question-note-this-looks-like-a-do = Note: this looks like a { $kind } ({ $text }). Do not record personal data of residents.
question-whole-number = Enter a whole number from { $min } to { $max }. { $stored ->
        [none] Until then there is no answer.
       *[other] Until then the answer stays { $stored }.
    }
question-at-the-limit = You have reached the maximum of { $max } characters. What you type or paste beyond it is not added.
question-characters-count = { $count } of { $max } characters
review-overview-of-your-answers = Overview of your answers
review-no-answer = no answer
review-no-answer-in-brackets = (no answer)
review-all-answered = All required questions have been answered.
review-required = required
review-fill-in-other = fill in ‘other’
review-hidden-answers-heading = Answers kept for questions that are now hidden
review-a-later-answer-hid-these-questions = A later answer hid these questions. Their answers are kept and come back when the question shows again, but they do not count.
review-still-to-answer = Still to answer ({ $count })
review-still-open = still open
needs-because-you-answered = Because you answered:
needs-in-its-announcement-of-15-february = In its announcement of 15 February 2021 the alliance offered social workers tailored training, a limited number of courses free of charge that year. Check https://www.movisie.nl/alliantie-verandering-binnenuit to see whether the offer and the contact address still apply.
needs-needs-profile = Needs profile
needs-intro = This follows from your answers. If you change an answer, this changes with it.
needs-at-a-glance = At a glance
needs-reach-of-help-now = How well help reaches residents now
needs-reach-of-help-not-answered-yet = Reach of help: not answered yet
needs-training = Training
needs-is-this-right-these-questions-also = Is this right? These questions also go into the brief, for the meeting:
needs-topics = Topics
needs-equally-important = Equally important:
needs-signs = Signs:
needs-your-question = Your question:
needs-partners-to-involve = Partners to involve
needs-partner-known = You already know them: build on that contact.
needs-source = Source:
needs-cooperation-heading = Cooperation with community organisations
needs-intake-e-mail = Intake e-mail
needs-the-announcement-asks-you-to-e = The announcement asks you to e-mail what kind of organisation you are and what staff want to learn. Here is that e-mail, ready to send.
needs-email-to = To
needs-subject = Subject:
needs-proposed-agenda-minutes = Proposed agenda ({ $minutes } minutes)
a11y-required = Required.
guide-introduction = Introduction
guide-getting-started = Getting started
guide-answering-the-questions = Answering the questions
guide-overview = Overview
guide-needs-profile = Needs profile
guide-consultation-brief = Consultation brief
guide-comparing-profiles = Comparing profiles
guide-user-guide = User guide
guide-previous-chapter = Previous chapter
guide-next-chapter = Next chapter
guide-close-the-guide = Close the guide
commands-email-copied = The e-mail is on the clipboard.
commands-the-brief-is-on-the-clipboard = The brief is on the clipboard as text.
commands-my-version = my version
commands-your-version-was-saved-apart-so = Your version was saved as a separate file, so you lose nothing:
commands-no-program-was-found-to-show = No program was found to show PDF files. Open the file yourself:
commands-no-e-mail-program-found = No e-mail program found
commands-email-program-failed = The e-mail program could not be opened. Copy the text and paste it into a new e-mail.
commands-their-version-is-open = Their version is open
commands-could-not-open-the-pdf = Could not open the PDF

## Dialogs

modal-save-changes = Save changes?
modal-unsaved-changes = Your profile has changes that have not been saved.
modal-unsaved-save = Save
modal-don-t-save = Don't save
modal-unsaved-cancel = Cancel
modal-c-users-name-documents = C:\Users\name\Documents\
modal-home-name-documents = /home/name/Documents/
modal-for-example = For example
modal-open-a-profile = Open a profile
modal-path-open = Open
modal-save-the-profile = Save the profile
modal-path-save = Save
modal-export-the-consultation-brief = Export the consultation brief
modal-path-export = Export
modal-export-the-regional-brief = Export the regional brief
modal-path-export-regional = Export
modal-save-the-table-for-excel = Save the table for Excel
modal-path-save-table = Save
modal-compare-profiles = Compare profiles
modal-compare = Compare
modal-brief-pdf = brief.pdf
modal-regional-brief-pdf = regional-brief.pdf
modal-comparison-csv = comparison.csv
modal-profile-ron = profile.ron
modal-path-no-file-window-several = No file window could be opened on this computer. Please type the full path of each profile instead, each on its own line. Ctrl+Enter compares them.
modal-path-no-file-window = No file window could be opened on this computer. Please type the full path of the file instead.
modal-paths-of-the-profiles-one-per = Paths of the profiles, one per line (two or more)
modal-path-of-the-file = Path of the file
modal-path-cancel = Cancel
modal-missing-title = Not everything is filled in
modal-missing-list-intro = These required questions have no answer yet. You can export anyway: they then show as ‘still open’ in the brief.
modal-missing-export-anyway = Export anyway
modal-missing-cancel = Cancel
modal-possibly-personal-data-of-residents = Possibly personal data of residents
modal-personal-data-question = Something here looks like personal data. What you export goes to others: take it out, or go on knowingly if it is not residents' data.
modal-back-to-edit = Back to editing
modal-personal-data-export-anyway = Export anyway
modal-unsaved-work-found = Unsaved work found
modal-organisation = Organisation:
modal-file = File:
modal-restore = Restore
modal-decide-later = Decide later
modal-discard = Discard
modal-discard-this-work = Discard this work?
modal-back = Back
modal-yes-discard = Yes, discard
modal-document-ready = { $name } ready
modal-name-brief = Consultation brief
modal-name-regional = Regional consultation brief
modal-name-report = Meeting report
modal-exported-open = Open
modal-close = Close
modal-this-file-already-exists = This file already exists
modal-a-file-with-this-name-already = A file with this name already exists. If you replace it, its old content is gone.
modal-choose-another-name = Choose another name
modal-replace = Replace
modal-the-file-has-changed-meanwhile = The file has changed in the meantime
modal-someone-else-another-window-or-another = Someone else (another window or another computer) saved this file after you opened it. If you save now, their work is gone.
modal-save-under-another-name = Save under another name…
modal-open-their-version-keep-mine-apart = Open their version (keep mine as a separate file)
modal-overwrite-anyway = Overwrite anyway
modal-conflict-cancel = Cancel
modal-recovery-offer = A Behoeftewijzer window closed before your work was saved. There is a copy from { $when }.
modal-recovery-discard-warning = The copy from { $when } will be deleted. You cannot get the work back afterwards.
modal-the-brief-pages-pages-is-saved = The document ({ $pages ->
        [one] 1 page
       *[other] { $pages } pages
    }) is saved in:
modal-more-copies = { $more ->
        [one] There is 1 more copy. You will see it once this work is saved or discarded.
       *[other] There are { $more } more copies. You will see them once this work is saved or discarded.
    }

## The needs profile in words (the needs screen, the brief and the command line)

words-email-to = To:
words-subject = Subject:
words-not-filled-in = not filled in
words-and = and
words-our-question = Our question:
words-needs-profile = NEEDS PROFILE
words-training = Training
words-cooperation-heading = Cooperation with community organisations
words-to-develop = To develop: { $list }.
words-these-topics-occur-in-all-communities = These topics occur in all communities; the list helps to find the right partners.
words-topics-by-priority = Topics by priority
words-signals = Signs:
words-equally-important = Equally important:
words-reach-of-help = How well help reaches residents:
words-partners-to-involve = Partners to involve
words-source = Source:
words-proposed-agenda = Proposed agenda
words-intake-e-mail = Intake e-mail
words-note = Note:
words-question = “{ $question }”
words-you-asked-for-advice-proposal-p = You asked for advice. Proposal: { $p }. Why: { $grounds }
words-proposal-p-why-grounds = Proposal: { $p }. Why: { $grounds }
words-advice-asked-no-proposal = You asked for advice. There is no proposal yet: { $grounds }
words-partners-for-communities = For these communities, our answers point to no partner of the alliance: { $list }.
words-value-of-max-min-max = { $value } of { $max } ({ $min } = { $min_label }, { $max } = { $max_label })
words-training-with-focus = { $name }, tailored with a focus on { $themes }
words-you-chose-that-fits-your-answers = You chose: { $training }. That fits your answers: { $grounds }
words-training-chosen-and-proposed = You chose: { $training }. That choice stands. Your answers also point to: { $p }. Why: { $grounds }
words-you-chose-grounds = You chose: { $training }. { $grounds }
words-because-you-answered = because you answered:
words-check-course-without-priority = The choice is { $course }, but { $theme } is not a priority now. Does that course fit, or another one?
words-check-volunteers-only = The participants are volunteers or key figures; the 2021 offer was for social workers. Can the training be for them too?
words-check-policy-staff-only = The participants are policy officers or managers; the 2021 offer was for social workers. Does a training course fit, or would a conversation about policy suit better?
words-check-many-policy-staff = { $count } participants is a lot for policy officers and managers. Is that number right, and how many groups will it be?
words-check-many-participants = With { $count } participants this is more than one group. How many groups, and of what size?

## The consultation brief (gespreksnotitie)

brief-appendix-a-title = Appendix A: answers to the questionnaire
brief-consultation-brief = Consultation brief
brief-still-open = (still open)
brief-organisation = Organisation
brief-contact-person = Contact person
brief-prepared-on = Prepared on
brief-to-be-agreed = to be agreed
brief-format-to-be-agreed = format to be agreed
brief-proposed-for-the-meeting = Proposed for the meeting
brief-format-and-length = Format and length
brief-section-why = 1. Why we ask for this meeting
brief-our-staff = our staff
brief-2-what-we-see = 2. What we see
brief-reach-of-help-now = How well help reaches residents now
brief-priority-legend = Priority of the topics (0 not relevant to 3 very urgent) and the reach of help (1 hardly to 5 well).
brief-these-topics-occur-in-all-communities = These topics occur in all communities; the list helps to find the right partners.
brief-3-our-questions-to-the-alliance = 3. Our questions to the alliance
brief-priority = priority:
brief-question-from-the-announcement = Question from the announcement:
brief-our-question = Our question:
brief-our-own-question = Our own question:
brief-no-choice-yet-we-would-like = No choice yet: we would like advice
brief-participants = Participants
brief-format-period-and-length = Format, period and length
brief-4-training-request = 4. Training request
brief-question-for-the-meeting = Question for the meeting:
brief-6-next-steps = 6. Next steps
brief-what-we-want-to-take-away = What we want to take away from the meeting:
brief-ask-offer-still-applies = We would like to hear whether the offer of February 2021 still applies, and who the contact is now.
brief-appendix-b-partners-of-the-alliance = Appendix B: partners of the alliance
brief-alliance-is = The alliance is a partnership of Movisie and seven migrant and refugee community organisations (zelforganisaties); LCC+ has been a partner since 2023. In the 2021 announcement, the Landelijk Knooppunt Huwelijksdwang en Achterlating (LKHA, national centre on forced marriage and abandonment) also worked on the training. First the partners that seem to fit our answers, then the others.
brief-fits-our-answers = Fits our answers:
brief-other-partners = Other partners
brief-source = Source:
brief-appendix-c-intake-e-mail = Appendix C: intake e-mail
brief-email-to = To
brief-subject = Subject
brief-title = Consultation brief — meeting with the Alliantie Verandering van Binnenuit
brief-page-n-of-m = page { $n } of { $m }
brief-why-intro = { $organisation } is preparing a meeting with the Alliantie Verandering van Binnenuit. In its announcement of 15 February 2021 the alliance offered social workers tailored training (a limited number free of charge that year), and offered municipalities a meeting on the right training and on questions such as policy against forced marriage.
brief-participants-in-why = { $n } participants
brief-participants-with-who = { $n } participants ({ $who })
brief-participants-count = { $n } participants
brief-reach-of-5 = { $v } of 5
brief-list-priority-not-filled-in-yet = Priority not filled in yet: { $list }.
brief-this-choice-fits-our-answers-grounds = This choice fits our answers. { $grounds }
brief-proposal-p-grounds = Proposal: { $p }. { $grounds }
brief-footer = { $organisation } · prepared with Behoeftewijzer on { $date }
brief-still-open-required = Still open: { $count } required questions have not been answered yet ({ $items }).
words-minutes-short = { $minutes } min
brief-minutes = { $minutes } minutes
brief-equally-important = Equally important: { $themes }.
brief-participants-groups-groups-of-at-most = { $participants }; { $groups } groups of no more than { $at_most }
brief-proposal-based-on-our-answers-p = Proposal based on our answers: { $p }. { $grounds } We still prefer our own choice ({ $training }), and would like to discuss what fits best.
brief-5-proposed-agenda-minutes = 5. Proposed agenda ({ $minutes } minutes)
brief-building-on-the-contact-we-already = Building on the contact we already have with { $partners } (appendix B).
brief-next-step-meet-partners = Getting to know the partners that fit us best (all partners: appendix B): { $partners }.
brief-not-a-priority = Not a priority for us now: { $list }.
brief-focus-themes-and-training = We would most like to discuss { $themes }, and training for { $participants }.
brief-focus-training = We would most like to discuss training for { $participants }.
brief-focus-picture-first = We would most like to get a clear picture together with the alliance first, and then discuss training for { $participants }.
brief-focus-picture-first-themes = We would most like to get a clear picture together with the alliance first, and then discuss { $themes } and training for { $participants }.
pdf-subject = Needs profile and proposal for the consultation
layout-the-brief-could-not-be-made = The brief could not be made because of an error in the program. Your answers have not changed. Try again; if it still fails, report it to your IT department.
layout-missing-glyphs = These characters are not in the brief's font and were replaced by �: { $list }.
layout-invisible-characters = { $invisible } invisible characters (such as direction marks) were left out.

## Comparing profiles, the table and the regional brief

compare-left-out = Left out:
compare-personal-data-notice = Possibly personal data of residents. Ask the organisation to take it out before you share the brief:
compare-answers = Answers
compare-needs-per-profile = Needs per profile
compare-what-changed = What changed
compare-together = Together
compare-view = View
compare-question = Question
compare-reach-of-help-now = How well help reaches residents now
compare-participants = Participants
compare-proposal = Proposal:
compare-asks-for-advice = Asks for advice
compare-training = Training
compare-need = Need
compare-no-differences = No differences: all profiles give the same answers here.
compare-answers-differ = answers differ
compare-no-answer = no answer
compare-choose-a-row-click-or-tab = Choose a row (click, or Tab and the arrow keys) to read the answers in full.
compare-versions-intro = Two versions of one profile: this shows what changed. For the meeting, make the consultation brief of the newest version.
compare-nothing-the-answers-are-the-same = Nothing: the answers are the same.
compare-no-answer-in-brackets = (no answer)
compare-before = Before:
compare-now = Now:
compare-regional-intro = This is the regional consultation brief: a core of at most three pages with the joint picture and the joint questions, then an appendix per organisation. It speaks for the organisations together.
compare-and-more-more-files-left-out = And { $more } more files left out.
compare-more-profiles-below = and { $more } more profiles, below the table
compare-profiles-side-by-side-your-open = { $profiles } profiles side by side. Your open profile stays as it is; nothing is changed here.
compare-only-differences = Only differences ({ $differing } of { $questions } questions)
compare-profiles-to-of-n-scroll-across = Profiles { $first } to { $last } of { $n }. Scroll across with the bar, or on a row with Ctrl and the left and right arrow keys.
compare-what-changed-heading = What changed for { $old_name } (from { $old_date } to { $new_date })
compare-choose-other-profiles = Choose other profiles…
compare-convenor = Point of contact for the alliance
compare-back-to-the-comparison = Back to the comparison
app-compare-behoeftewijzer-profile = Behoeftewijzer profile
app-compare-choose-title = Choose two or more profiles to compare
app-compare-comparison = Comparison
app-compare-table-saved = Table saved:
app-compare-could-not-save = Could not save
app-compare-regional-copied = The regional brief is on the clipboard as text.
app-compare-and-more-more-files-that-cannot = And { $more } more files that cannot be read.
app-compare-nothing-to-compare = Choose two or more profiles that can be read: there is nothing to compare now.
app-compare-could-not-compare = Could not compare
app-compare-no-regional-brief = No regional brief
app-compare-these-are-two-versions-of-one = These are two versions of one profile. Open the newest version and make its consultation brief.
combine-counted-once = Counted once
combine-topics = Topics
combine-participants = Participants
combine-together = Together:
combine-theme-line = { $title }: highest { $highest }, mean { $mean }, important or very urgent for { $important_for }
combine-partners-to-involve = Partners to involve
combine-copy-counted-once = { $copy } is the same profile as { $kept } (a copy or another version). Only { $kept } is counted.
table-section = Section
table-question = Question
table-differs = Differs
table-the-table-could-not-be-made = The table could not be made because of an error in the program. Nothing was written.
table-differs-yes = yes
table-differs-no = no
regional-regional-consultation-brief = Regional consultation brief
regional-all-organisations = all organisations
regional-prepared-on = Prepared on
regional-section-why = 1. Why we ask for this meeting
regional-2-what-we-see-together = 2. What we see together
regional-priority-legend = Priority of the topics: 0 not relevant, 1 somewhat, 2 important, 3 very urgent. The mean counts the profiles that answered the question.
regional-topics-everywhere = These topics occur in all communities; the list helps to find the right partners.
regional-section-questions = 3. Our joint questions to the alliance
regional-question-from-the-announcement = Question from the announcement:
regional-4-training = 4. Training
regional-participants-together = Participants together
regional-no-choice-yet-asks-for-advice = no choice yet, asks for advice
regional-formats-in-appendices = Each organisation's format, period and prior knowledge are in its appendix.
regional-proposal-for-joint-training = Proposal for joint training
regional-no-common-course = No two organisations point to the same course; each appendix names that organisation's course.
regional-based-on-each-organisation-s-own = Based on each organisation's own choice, or else the proposal from its answers. At most 30 per group is this app's rule of thumb, not an agreement with the alliance.
regional-5-partners-and-cooperation = 5. Partners and cooperation
regional-partners-intro = Which partners fit an organisation follows from its communities and topics.
regional-6-next-steps = 6. Next steps
regional-per-organisation-budget-and-decider = Per organisation: budget and who decides
regional-who-decides-see-the-appendices = Who decides on the training in each organisation is in that organisation's appendix.
regional-proposed-agenda-minutes = Proposed agenda ({ $minutes } minutes)
regional-own-questions-of-the-organisations = Questions of our own, per organisation
regional-ask-training-agreements = Agreements on the training: together or per organisation, type, format, period and participants.
regional-next-step-meet-partners = Getting to know the partners that seem to fit our communities and topics.
regional-ask-offer-still-applies = We would like to hear from the alliance whether the offer in its announcement of February 2021 still applies, and who the contact is now.
regional-proposed-training = Proposed training
regional-no-choice-yet-we-would-like = No choice yet: we would like advice
regional-contact-person = Contact person
regional-profile-last-saved-on = Profile last saved on
regional-own-question = Own question:
regional-reach-of-help-now = How well help reaches residents now
regional-topics-everywhere-appendix = These topics occur in all communities; the list helps to find the right partners.
regional-title = Regional consultation brief — meeting with the Alliantie Verandering van Binnenuit
regional-appendix-number-name = Appendix { $number }: { $name }
regional-rest-others = { $rest } others
regional-why-intro = { $n } organisations are preparing a meeting with the Alliantie Verandering van Binnenuit together. In its announcement of 15 February 2021 the alliance offered social workers tailored training (a limited number free of charge that year), and offered municipalities a meeting on the right training and on questions such as policy against forced marriage. Each organisation filled in its own profile; this brief sums them up.
regional-no-priority-for-anyone = Not a priority for any of us now: { $list }.
regional-participants-sum = { $name }, jointly for { $who }: { $sum } participants, { $groups } of no more than { $at_most }.
regional-p-based-on-the-answers = { $p } (based on the answers)
regional-footer = Regional consultation brief · prepared with Behoeftewijzer on { $date }
regional-organisations-heading = Organisations ({ $count })
regional-still-open = Still open: the profiles of { $open_profiles } still have required questions without an answer; the appendices name them.
regional-theme-figures = important or very urgent for { $important_for } · highest { $highest } · mean { $mean }
regional-theme-important-for = { $title } (important or very urgent for { $important_for })
regional-own-questions = Own questions on this: { $names } (see the appendices).
regional-still-open-in-this-profile = Still open in this profile: { $open_items }.
regional-organisation-count = { $count } organisations
regional-point-of-contact = Point of contact
regional-fits = { $how ->
        [both] fits both organisations
        [all] fits all { $n } organisations
       *[some] fits { $count }: { $names }
    }
regional-focus-themes-and-training = We would most like to discuss { $themes }, and training for { $count } participants together.
regional-focus-training = We would most like to discuss training for { $count } participants together.
regional-groups = { $groups ->
        [one] one group
       *[other] { $groups } groups
    }

## Opening, saving and recovery copies

files-saved = Saved:
files-could-not-save = Could not save
files-answers-still-in-window = Your answers are still in the window.
files-answers = Answers
files-behoeftewijzer-profile = Behoeftewijzer profile
files-open-a-profile = Open a profile
files-save-the-profile = Save the profile
files-not-saved = Not saved
files-long-answers-title = Some answers are very long
files-long-answers = These answers are longer than you can type in the window. Nothing was left out: the whole text stays in the profile and goes into the brief. In such a field you can only type again once the text is shorter than the maximum.
files-long-answer-line = { $place } ({ $count } characters, at most { $max })
files-long-meeting = A field of After the meeting
files-questionnaire-changed = The questionnaire has changed since this profile was made: from version { $from } to version { $to }.
files-could-not-open-the-file = Could not open the file
files-the-questionnaire-has-changed = The questionnaire has changed
files-could-not-export = Could not export
files-new-questions = New questions:
files-questions-taken-out = These questions were taken out; your answer is below so you can copy it:
files-saving = Saving… You can keep working in the meantime.
files-still-saving = The previous save is still under way. Try again in a moment.
storage-this-file-is-not-a-behoeftewijzer = This file is not a Behoeftewijzer profile.
storage-does-not-fit = The profile does not fit this questionnaire:
storage-the-file-could-not-be-read = The file could not be read.
storage-saving-failed-because-of-an-error = Saving failed because of an error in the program. Your answers are still in the window.
storage-the-file-ends-too-early-line = The file ends too early (line { $line }, column { $column }). It may not have been saved or copied completely.
storage-the-file-is-damaged-at-line = The file is damaged: at line { $line }, column { $column } its structure is wrong.
storage-newer-version = This profile was made with a newer version of Behoeftewijzer (file version { $found }; this version reads up to { $supported }). Install the latest version to open it.
storage-the-file-was-saved-as-encoding = The file is not saved as UTF-8 (perhaps as { $encoding }). Open it in a text editor and save it as UTF-8; Behoeftewijzer can then read it.
storage-too-deep = The file is damaged or was edited by hand: at line { $line }, column { $column } the brackets are nested more deeply than in any profile.
storage-part-missing = A part of the profile is missing (‘{ $part }’). It may not have been saved completely, or was edited by hand. Open an earlier version or the recovery copy.
storage-this-profile-belongs-to-a-newer = This profile belongs to a newer questionnaire (version { $found }; this app has version { $current }). Install the latest version of Behoeftewijzer to open it.
storage-file-too-large = The file is too large for a profile ({ $size_kb } kB; the limit is { $limit_kb } kB). It is probably not a Behoeftewijzer profile.
storage-answers-too-long = The answers are too long to save together ({ $size_kb } kB; the limit is { $limit_kb } kB). Shorten a long explanation and save again. Nothing is lost: your answers are still in the window.
storage-the-file-is-empty = The file is empty.
storage-this-is-not-a-text-file = This is not a text file, so not a Behoeftewijzer profile.
storage-this-is-not-an-ordinary-file = This is not an ordinary file (a folder, for instance), so not a profile.
storage-the-file-does-not-exist-any = The file cannot be found: it may have been moved, renamed or deleted.
storage-no-permission = You do not have permission to read this file.
storage-path-not-a-folder = Part of the path is not a folder, so the file cannot be there.
storage-is-a-folder = This is a folder, not a file. Choose a profile file (.ron) in the folder.
storage-the-file-name-is-too-long = The file name is too long or holds a character that is not allowed here.
storage-question-twice = Question ‘{ $question }’ is in the file twice (the second time on line { $line }). Remove one in a text editor; only you know which one is right.
profile-answer-unknown-question = unknown question ‘{ $question }’
profile-answer-wrong-kind = the answer to ‘{ $question }’ is of the wrong kind
profile-answer-unknown-choice = question ‘{ $question }’ has no choice ‘{ $choice }’
profile-meeting-unknown-partner = the meeting names a partner that is not in the alliance's list: ‘{ $partner }’
profile-answer-out-of-range = the answer { $value } to ‘{ $question }’ is not between { $min } and { $max }
write-saving-failed = Saving failed.
write-a-file-with-this-name-exists = A file with this name exists, and it is not a { $kind }. Choose another name, or use --force to replace it.
write-the-file-is-locked-or-protected = The file is locked or protected: another program may have it open. Close that program, or choose another name. The file has not been changed.
write-no-permission = You do not have permission to save in this folder. Choose another folder.
write-the-disk-is-full-free-up = The disk is full. Free up space or choose another place. The file on the disk has not been changed.
write-the-folder-does-not-exist-any = The folder no longer exists: it may have been moved or deleted. Choose another place.
write-path-not-a-folder = Part of the path is not a folder. Choose another place.
write-the-file-name-is-too-long = The file name is too long or holds a character that is not allowed here. Choose a shorter name.
write-this-is-one-of-the-profiles = This is one of the profiles being read; it is never written over. Choose another name.
write-never-over-a-profile = This is a Behoeftewijzer profile (or is named like one); it is never written over. Choose another name.
write-this-is-not-an-ordinary-file = This is not an ordinary file (a folder or a device, for instance). Choose another name.
write-wrong-extension = The name does not end in .{ $ext }. Choose a name ending in .{ $ext }, or use --force if you really mean it.
write-kept-backup = { $full ->
        [yes] The disk is full
       *[other] Saving failed{ $code }
    }, and the old file could not be put back. The previous version is safe in: { $backup }
write-system-code = (system error code { $code })
autosave-short-fallback = Recovery copies cannot be kept in the usual folder. Save your work with Ctrl+S. More…
autosave-short-none = Recovery copies cannot be kept. Save your work with Ctrl+S. More…
autosave-why-disk-full = the disk is full
autosave-why-folder = the folder cannot be written
autosave-problem-fallback = Recovery copies cannot be kept in the usual folder ({ $why }). They are now kept in { $folder }, which may be emptied when the computer restarts. Save your work with Ctrl+S.
autosave-problem = Recovery copies cannot be kept: { $why }. Save your work with Ctrl+S; what is not saved is lost if the program stops unexpectedly.

## Residents' personal data (the privacy guard)

privacy-citizen-service-number-bsn = citizen service number (BSN)
privacy-date-possibly-a-date-of-birth = date, possibly a date of birth
privacy-phone-number = phone number
privacy-e-mail-address = e-mail address
privacy-postcode-with-house-number = postcode with house number
privacy-bank-account-number-iban = bank account number (IBAN)
privacy-address-street-and-number = address (street and number)
privacy-passport-or-identity-card-number = passport or identity card number
privacy-foreign-national-s-number-v-number = foreign national's number (V-number)
privacy-child-named = child named with age, school or class
privacy-name-of-a-resident = name of a resident, with something personal about them
privacy-licence-plate = licence plate
privacy-social-media-account = social-media account or profile
privacy-case-number = case or file number with a name

## The command line

cli-cannot-save-the-brief = Cannot save the brief:
cli-still-open = Still open (marked as such in the brief):
cli-not-written = Not written:
cli-cannot-read-the-profile = Cannot read the profile:
cli-valid-profile = Valid profile:
cli-progress = Progress:
cli-complete = Complete: all required questions have been answered.
cli-not-complete-yet-missing = Not complete yet. Missing:
cli-required = required
cli-other-without-text = ‘other’ without text
cli-possibly-personal-data-of-residents-take = Possibly personal data of residents (take it out before sharing the brief):
cli-compare-left-out = Left out:
cli-compare-fewer-than-two = Fewer than two profiles could be read: there is nothing to compare.
cli-compare-cannot-write-the-table = Cannot write the table:
cli-compare-convenor-not-found = The point of contact { $convenor } is not among the profiles; the first profile is the point of contact.
cli-compare-no-regional-brief-these-are-two = No regional brief: these are two versions of one profile. Make the consultation brief of the newest version (behoeftewijzer brief). Nothing was written.
cli-compare-what-changed = What changed:
cli-compare-no-answer = (no answer)
cli-compare-nothing-the-answers-are-the-same = Nothing: the answers are the same.
cli-compare-profiles-compared = Profiles compared
cli-compare-personal-data = Possibly personal data of residents (take it out before sharing):
cli-compare-regional-brief-written = Regional brief written:
cli-compare-pages = pages
cli-compare-cannot-write-the-brief = Cannot write the brief:
cli-brief-written-docx = Brief written as a Word document ({ $kb } kB): { $path }
cli-report-written-docx = Report written as a Word document ({ $kb } kB): { $path }
cli-brief-written = Brief written ({ $pages ->
        [1] 1 page
       *[other] { $pages } pages
    }, { $kb } kB): { $path }
cli-report-written = Report written ({ $pages ->
        [1] 1 page
       *[other] { $pages } pages
    }, { $kb } kB): { $path }
cli-cannot-save-the-report = Cannot save the report:
cli-report-no-meeting-yet = Nothing has been filled in about the meeting yet (After the meeting): the report says so in every part.
cli-nothing-written = Nothing was written. Take this data out of the profile, or use --allow-personal-data if you are sure it may be shared.

## Numbers, dates and counts

count-of = { $count } of { $total }
count-word = { $n ->
        [0] No
        [1] One
        [2] Two
        [3] Three
        [4] Four
        [5] Five
        [6] Six
        [7] Seven
        [8] Eight
        [9] Nine
        [10] Ten
        [11] Eleven
        [12] Twelve
        [13] Thirteen
        [14] Fourteen
        [15] Fifteen
        [16] Sixteen
        [17] Seventeen
        [18] Eighteen
        [19] Nineteen
        [20] Twenty
       *[other] In all, { $n }
    }
decimal-separator = {"."}
thousands-separator = ,
human-date = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }
text-value-of-max = { $value } of { $max }

## The report (verslag) of the meeting (issue 23): the organisation speaks, never "you".
report-title = Report — meeting with the Alliantie Verandering van Binnenuit
report-file-name = Meeting report
report-footer = { $organisation } · report written with Behoeftewijzer on { $date }
report-not-filled-in = (not filled in)
report-meeting-date = Date of the meeting
report-attended-for-us = Attended for us
report-attended-for-the-alliance = Attended for the alliance
report-written-on = Report written on
report-agreements = 1. Agreements
report-agreement-who-when-status = Who: { $who } · by: { $when } · status: { $status }
report-no-agreements = No agreements were recorded at this meeting.
report-agreed-last-year = Agreed last year
report-training = 2. Training
report-no-training = No training has been agreed yet.
report-training-which = Which training
report-training-group = For whom, and how many participants
report-training-when = When
report-training-partners = With which partners
report-meeting-after-written = The meeting is planned for { $meeting }, after { $written }, when this report was written: what it says has not yet been discussed.
report-training-partners-involved = { $partners } (the partners under 3)
report-partners = 3. Partners we will involve
report-no-partners = No partners have been chosen yet.
report-next-steps = 4. Next steps
report-next-steps-intro = These agreements are still open:
report-next-step = { $who }: { $what } (by { $when })
report-nothing-open = No agreements are still open.
report-notes = 5. Notes
meeting-status-open = open
meeting-status-done = done
meeting-status-dropped = dropped

## After the meeting (Na het overleg, issue 23): the window speaks to the officer.
meeting-title = After the meeting
meeting-intro = Record here what you agreed with the alliance. It is kept in the same profile file. From it you make a short report (PDF) for your own organisation and the alliance.
meeting-privacy = Do not record names or other personal data of residents. Names of those who attended are fine.
meeting-the-meeting = The meeting
meeting-date = Date of the meeting
meeting-date-hint = For example 12-3-2027
meeting-date-not-a-date = The app does not recognise this as a date. Write day-month-year, for example 12-3-2027. The report shows what you typed.
meeting-attended-for-us = Attended for your organisation
meeting-attended-for-the-alliance = Attended for the alliance
meeting-agreements = Agreements
meeting-agreement-n = Agreement { $n }
meeting-agreement-earlier-n = Agreement { $n } (agreed last year)
meeting-what = What
meeting-who = Who
meeting-by-when = By when
meeting-status = Status
meeting-add-agreement = Add an agreement
meeting-remove-agreement-n = Remove agreement { $n }
meeting-removed-n = Agreement { $n } was removed.
meeting-undo-remove = Put agreement { $n } back
meeting-restored-n = Agreement { $n } is back.
meeting-max-agreements = You have reached the maximum of { $max } agreements.
meeting-no-agreements = No agreements yet. Choose ‘Add an agreement’ for the first one.
meeting-training-heading = Training agreed
meeting-training-which = Which training
meeting-training-group = For whom, and how many participants
meeting-training-when = When
meeting-training-partners = With which partners
meeting-partners = Partners you will involve
meeting-notes = Notes
meeting-view-report = View the report
meeting-export-report = Export the report (PDF)…
report-preview-title = Report of the meeting
report-preview-intro = This is the report as it will be printed. It speaks for your organisation, like the consultation brief.
report-language = Language of the report
report-copied = The report is on the clipboard.
nav-to-after-the-meeting = To ‘After the meeting’
nav-to-report = To report
meeting-personal-data = This looks like personal data of residents. Take it out before you share the report:
modal-export-the-report = Export the report
modal-report-pdf = report.pdf
guide-after-the-meeting = After the meeting

## The start screen and where a profile came from (issue 23).
start-intro = Prepare your meeting with the Alliantie Verandering van Binnenuit. Since 2018 the alliance has worked from within on equality, safety and acceptance of women and LGBTI+ people in migrant and refugee communities, also on taboo topics such as domestic violence, forced marriage and struggling with sexual orientation or gender identity.
start-how-it-works = How it works
start-step-1 = 1. Answer the questions from the announcement, in eight short sections. You can save in between.
start-step-2 = 2. Read your needs profile: which training and which partners fit what you see.
start-step-3 = 3. Print the consultation brief and take it to the meeting. Afterwards you record what was agreed.
start-view-example = View the example
start-example-note = Want to see what you will get first? The example is filled in completely for a made-up municipality. Your own files stay as they are.
start-guide-note = The user guide explains more (F1).
start-open-the-guide = Open the guide
start-recent-entry = { $organisation } · { $percent } % answered · saved { $date }
start-recent-no-name = (no name yet)
start-recent-missing = This file can no longer be found
start-recent-unreadable = This file cannot be read
app-example-unsaved = Example (not saved)
app-based-on = New profile based on { $name }
app-based-on-opened = A new profile with last year's answers and agreements. Change what is different and save it under a new name.
ui-new-based-on-this = New profile based on this one
compare-agreements = Agreements
compare-agreement-changed = { $agreement }: was { $before }, now { $now }
compare-agreement-unchanged = { $agreement }: { $status }, unchanged
compare-agreement-gone = { $agreement }: no longer listed
compare-agreement-new = New: { $agreement }: { $status }
app-example-status = Example: save what you change under a new name.

## The privacy gate over what leaves the program (issue 30)
gate-part-table = Comparison table
gate-part-email = Intake e-mail
gate-part-file-name = File name
gate-copy-anyway = Copy anyway
gate-mail-anyway = Open in e-mail program anyway
gate-copy-text = Something here looks like personal data. What you copy can end up with others: take it out, or go on knowingly if it is not residents' data.
gate-mail-text = Something here looks like personal data. What you send to the e-mail program goes to others: take it out, or go on knowingly if it is not residents' data.
cli-compare-same-output-twice = Not written: the table and the regional brief cannot go into the same file. Choose two names.
cli-compare-same-file-twice = You named the same file each time: choose two or more different profiles to compare.
cli-compare-table-written = Comparison table written:
files-opening = Opening…
files-exporting = Exporting…
files-still-busy = One moment: Behoeftewijzer is still busy with a file.

## The keys' names in a shortcut beside a menu item ("Ctrl+Shift+S").
key-alt = Alt
key-ctrl = Ctrl
key-shift = Shift
key-plus = Plus
key-minus = Minus

## The button that closes a message.
dialog-ok = OK

## The command line's help (`behoeftewijzer --help`, `behoeftewijzer brief --help`): one
## message per command (cli-about-…), per argument (cli-arg-<command>-<argument>) and per
## value's placeholder (cli-value-…).
cli-heading-usage = Usage:
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-commands = Commands
cli-value-command = COMMAND
cli-help-flag = Show this help
cli-version-flag = Show the version
cli-about = Behoeftewijzer: prepare a consultation with the Alliantie Verandering van Binnenuit. Without a command it opens the window, with the profile if you give one.
cli-arg-profile = A profile (.ron) to open in the window.
cli-value-profile = PROFILE
cli-value-profiles = PROFILES
cli-value-output = FILE
cli-value-lang = LANGUAGE
cli-value-csv = CSV
cli-value-separator = SEPARATOR
cli-value-brief = FILE
cli-value-convenor = ORGANISATION
cli-about-check = Check whether a profile is valid and complete, list the missing answers, and look for residents' personal data in the free texts. Exit code 0: complete and clean; 1: valid but incomplete; 2: cannot be read; 3: possibly personal data of residents (complete or not).
cli-arg-check-profile = The profile (.ron) to check.
cli-arg-check-lang = Language of the output: nl (the default) or en.
cli-about-brief = Export the consultation brief (gespreksnotitie) as a PDF to print, or as a Word document to edit (-o brief.docx). It is never written over a profile (also not through a link), a folder or a device. Exit code 0: written; 2: the profile cannot be read or the file cannot be written; 3: possibly personal data of residents in the profile, so nothing was written (see --allow-personal-data).
cli-arg-brief-profile = The profile (.ron) to read.
cli-arg-brief-output = Where to write the PDF or the Word document: the name ends in .pdf or .docx.
cli-arg-brief-lang = Language of the brief: nl (the default) or en.
cli-arg-brief-with-email = Add the intake e-mail as an appendix (bijlage C).
cli-arg-brief-force = Write over an existing file of another kind, or to a name not ending in .pdf or .docx. Never over a profile.
cli-arg-brief-allow-personal-data = Write the brief even when the profile seems to hold residents' personal data (a BSN, a phone number, …). Without it, such a profile gives exit code 3 and no file.
cli-about-verslag = (Also: report.) Export the report (verslag) of the meeting recorded in a profile (Na het overleg) as a PDF or a Word document (-o report.docx): who met when, the agreements with owners and dates, the training, the partners and the next steps. Never written over a profile. Exit code 0: written; 2: the profile cannot be read or the file cannot be written; 3: possibly personal data of residents in the meeting's record, so nothing was written (see --allow-personal-data).
cli-arg-verslag-profile = The profile (.ron) to read.
cli-arg-verslag-output = Where to write the PDF or the Word document: the name ends in .pdf or .docx.
cli-arg-verslag-lang = Language of the report: nl (the default) or en.
cli-arg-verslag-force = Write over an existing file of another kind, or to a name not ending in .pdf or .docx. Never over a profile.
cli-arg-verslag-allow-personal-data = Write the report even when the meeting's record seems to hold residents' personal data. Without it, such a profile gives exit code 3 and no file.
cli-about-compare = Compare two or more profiles: a region's municipalities, a municipality's teams, or last year and this year. Prints the combined needs; --csv writes the table, one row per question; --brief writes the regional brief as PDF or Word document. A file that cannot be read is named and left out. Exit code 0: compared; 2: fewer than two profiles could be read, or the table or the brief cannot be written (there is no regional brief of two versions of one profile, and no output is written over a profile); 3: possibly personal data of residents in one of them (then --csv and --brief write nothing, unless --allow-personal-data).
cli-arg-compare-profiles = The profiles (.ron) to compare.
cli-arg-compare-csv = Write the comparison table here as CSV (UTF-8, readable by Excel); the name must end in .csv unless --force.
cli-arg-compare-separator = The CSV's separator: ; for a Dutch Excel (the default), or ,.
cli-arg-compare-brief = Write the regional brief (regionale gespreksnotitie) here as PDF or Word document; the name must end in .pdf or .docx unless --force.
cli-arg-compare-convenor = The organisation the alliance deals with for all of them (its name or its file, as given), named in the regional brief as point of contact with its proposal for the meeting; the first profile when not given.
cli-arg-compare-lang = Language of the output: nl (the default) or en.
cli-arg-compare-force = Allow output names with another extension, and writing over an existing file of another kind. Never over one of the profiles.
cli-arg-compare-allow-personal-data = Write the table and the brief even when a profile seems to hold residents' personal data. Without it, such profiles give exit code 3 and no files.
cli-about-profile = Print the derived needs profile: theme priorities, training advice, partners, agenda and the intake e-mail, each with the answers it rests on. Exit code 0: printed; 2: the profile cannot be read.
cli-arg-profile-profile = The profile (.ron) to read.
cli-arg-profile-lang = Language of the output: nl (the default) or en.

## The documents as Word documents to edit (issue 34).
ui-export-brief-word = Consultation brief as a Word document…
ui-export-regional-word = Regional brief as a Word document…
ui-export-report-word = Report as a Word document…
files-word-document = Word document
modal-word-document-saved = The Word document is in:
modal-brief-docx = brief.docx
modal-regional-brief-docx = regional-brief.docx
modal-report-docx = report.docx
cli-arg-brief-format = The format: pdf or docx (a Word document to edit); by default the name's. A name without that extension gets it added.
cli-arg-verslag-format = The format: pdf or docx (a Word document to edit); by default the name's. A name without that extension gets it added.
cli-arg-compare-format = The regional brief's format: pdf or docx (a Word document to edit); by default the name's.
cli-value-format = FORMAT
