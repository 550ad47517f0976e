## Workshop mode: session plans, the present view, running a session, the M&E export.
## Ids: workshop-item-<item>-title/-activity/-notes/-prompt<k>/-card<k> (agenda items),
## workshop-plan-<audience> (plan titles), workshop-hands-<id> (show-of-hands questions).

## Screens

workshop-menu-title = Run a workshop
workshop-menu-choose-plan = Choose a session plan
workshop-menu-present = Present the session, one part at a time
workshop-menu-run = Run the session: attendance and quizzes
workshop-menu-attendance = Count the people here
workshop-menu-end = End the session
workshop-menu-export = Export the summary for the funder
workshop-plan-migrants = Session on safe work abroad: { $minutes } minutes
workshop-plan-students = Session for students: { $minutes } minutes
workshop-plan-leaders = Session for leaders and teachers: { $minutes } minutes
workshop-present-heading = Part { $number } of { $total }: { $minutes } minutes
workshop-label-activity = Activity
workshop-label-notes = Notes for the facilitator
workshop-label-prompts = Questions for the group
workshop-label-cards = Role-play cards
workshop-label-hands = Show of hands
workshop-ask-attendance = How many people are here? Type a number.
workshop-ask-scores = Type each person's score, separated by commas. For example: 3,5,4
workshop-ask-hands = How many hands are up? Type a number.
workshop-ask-phase = Which quiz is this? 1: before the session. 2: after the session.
workshop-phase-pre = Before the session
workshop-phase-post = After the session
workshop-session-started = The session has started.
workshop-attendance-saved = { $count ->
    [one] { $count } person is here.
   *[other] { $count } people are here.
}
workshop-scores-saved = { $count ->
    [one] { $count } score saved. No names are kept.
   *[other] { $count } scores saved. No names are kept.
}
workshop-hands-saved = Saved: { $count } hands.
workshop-session-ended = The session has ended. Thank you for running it.
workshop-quiz-max = Each score is a number from 0 to { $max }.
workshop-export-note = This summary has no names, no phone numbers and no answers of any one person.

## Show-of-hands questions

workshop-hands-know_someone_abroad = Raise your hand if you know someone who went abroad for work.
workshop-hands-seen_offer = Raise your hand if you have seen a job offer that seemed too good to be true.
workshop-hands-know_help = Raise your hand if you know where to get help, safely.
workshop-hands-online_contact = Raise your hand if a stranger has ever sent you a message online with an offer.

## Errors (they never repeat what a person typed)

workshop-error-unknown-plan = There is no session plan with that name.
workshop-error-unknown-session = There is no session with that name on this phone.
workshop-error-unknown-hands = That show-of-hands question is not part of this session plan.
workshop-error-score-range = Each score must be a whole number from 0 to { $max }.
workshop-error-no-scores = Type at least one score.
workshop-error-missed-count = Give one number of misses for each quiz question: { $count } numbers.
workshop-error-negative-count = The number of people must be a whole number, 0 or more.
workshop-error-session-ended = This session has already ended. Start a new session.
workshop-error-phase = Choose pre (before the session) or post (after the session).
workshop-error-format = Choose csv or json.
workshop-error-no-sessions = There are no finished sessions to export yet. End a session first.
workshop-error-missed-range = Each number of misses must be a whole number from 0 to { $max } (the people who gave a score).
workshop-error-too-many-scores = There are more scores than people present ({ $count }). Check the scores or the number of people.

## Agenda items

workshop-item-welcome-title = Welcome and group rules
workshop-item-welcome-activity = Welcome everyone. Say what the session is about and how long it takes. Agree on three rules together: respect, no names in stories, no one has to share.
workshop-item-welcome-notes = Say at the start where people can get help, and that they can talk to you privately after. Do not ask anyone about their own situation in front of the group.
workshop-item-welcome-prompt1 = What would you like to learn today?
workshop-item-welcome-prompt2 = Which rule would help you feel safe to speak?

workshop-item-pre_quiz-title = Before we start: a short quiz
workshop-item-pre_quiz-activity = Read each question aloud with its choices. People answer on paper, by a show of hands, or on the phone passed around. Count each person's score. No names.
workshop-item-pre_quiz-notes = Say that this is not a test of anyone. It helps show what the group learned. Enter only the scores.

workshop-item-trafficking-title = Trafficking or smuggling?
workshop-item-trafficking-activity = Read the lesson "What trafficking is". Then read each myth from the lesson "Myths and facts". People stand up if they think it is true, and stay seated if they think it is false. Give the fact after each one.
workshop-item-trafficking-notes = Keep the three parts simple: an act, a means, a purpose. Remind people that for children, no force or lies are needed. Read the regional story and ask when smuggling became trafficking.
workshop-item-trafficking-prompt1 = In the story, when did smuggling become trafficking?
workshop-item-trafficking-prompt2 = Why do people sometimes think a victim "agreed"?
workshop-item-trafficking-prompt3 = Can trafficking happen in our own town?

workshop-item-recruiters-title = Spot the lie
workshop-item-recruiters-activity = Read the story from "How recruiters lie". In small groups, people list every warning sign they find. Each group shares one sign until all are found.
workshop-item-recruiters-notes = Signs to find: a fee for the worker, pay that is too good, pressure to leave fast, secrecy, no contract, a tourist visa, an employer with no name. Do not blame people who were tricked: these tricks fool many people.
workshop-item-recruiters-prompt1 = What made the offer look attractive?
workshop-item-recruiters-prompt2 = What question would you ask the recruiter?
workshop-item-recruiters-prompt3 = Who could you ask to check an offer?
workshop-item-recruiters-card1 = Recruiter: "This job pays very well and there are only two places left. You must pay the visa fee today."
workshop-item-recruiters-card2 = Job seeker: you want the job, but you want to check it first. Ask three questions before you decide.

workshop-item-rights-title = Fair job or not?
workshop-item-rights-activity = Read the lessons on fees, contracts and passports. Then two people act out the role-play cards. The group says what was fair and what was not.
workshop-item-rights-notes = Key points: the employer pays recruitment fees; a written contract before travel, in a language the worker reads; the worker keeps their passport; the worker is free to leave; a work visa for work.
workshop-item-rights-prompt1 = What should a fair contract say?
workshop-item-rights-prompt2 = Why would an employer want to keep a worker's passport?
workshop-item-rights-card1 = Manager: "Give me your passport, I will keep it safe. And here is a new contract. The pay is a little lower."
workshop-item-rights-card2 = Worker: you want to keep your job and your passport. Say no politely, and ask for the contract you signed at home.

workshop-item-warning-title = What would you notice?
workshop-item-warning-activity = Read the story from "Warning signs in someone else". In pairs, people sort the signs into three groups: how the person seems, how they work and live, and who controls them.
workshop-item-warning-notes = Stress that signs are reasons to care, not proof. The safe response is to talk to a trusted adult or a help service, never to confront anyone.
workshop-item-warning-prompt1 = Which signs did you notice first?
workshop-item-warning-prompt2 = Who is a trusted adult you could talk to?
workshop-item-warning-prompt3 = What could make things worse for the person?

workshop-item-safe_migration-title = Pack a safe bag
workshop-item-safe_migration-activity = Draw a bag on a large sheet. The group fills it with what a person needs before leaving: checked contract, work visa, copies of papers, a memorised phone number, the embassy address, a code word with family.
workshop-item-safe_migration-notes = Read the regional story. Ask what the person should check before paying anyone. Point to the checklist in the app.
workshop-item-safe_migration-prompt1 = What would you put in the bag first?
workshop-item-safe_migration-prompt2 = What should you do if the plan changes on the journey?

workshop-item-help-title = Who can help?
workshop-item-help-activity = Together, list the local help services you know: a hotline, a shelter, a legal aid group, a health service, a faith leader. Use the app's help directory to check which ones report to police or immigration.
workshop-item-help-notes = Never advise anyone to confront a trafficker. Explain what happens when someone calls a hotline. Remind people of the emergency number for immediate danger.
workshop-item-help-prompt1 = What might stop someone from asking for help?
workshop-item-help-prompt2 = How could you help a friend without putting them in danger?
workshop-item-help-card1 = Friend abroad: "My boss took my passport. Please do not call me, he checks my phone."
workshop-item-help-card2 = You: you want to help safely. Say what you will do, and what you will not do without your friend's agreement.

workshop-item-leaders-title = When someone tells you
workshop-item-leaders-activity = In pairs, act out a disclosure using the role-play cards. Then swap roles. The group shares what helped the person feel safe.
workshop-item-leaders-notes = Listen, believe, stay calm. Do not ask for every detail. Do not promise secrecy you cannot keep. Safety first, then referral. With a child, follow child safety rules. Plan your own support after hard conversations.
workshop-item-leaders-prompt1 = What words helped the person feel believed?
workshop-item-leaders-prompt2 = Which local services would you refer to, and do they report to immigration?
workshop-item-leaders-prompt3 = How will you care for yourself after a hard session?
workshop-item-leaders-card1 = Participant: after the session you stay behind. You paid a recruiter a fee and leave next week. You are ashamed and ask the leader not to tell anyone.
workshop-item-leaders-card2 = Leader: listen and believe. Be honest about what you can keep private. Offer one safe next step.

workshop-item-break-title = Break
workshop-item-break-activity = A short break. Stay available for anyone who wants to talk privately.
workshop-item-break-notes = Watch for anyone who seems upset, and check in with them quietly.

workshop-item-post_quiz-title = What did we learn? The same quiz again
workshop-item-post_quiz-activity = Ask the same questions as at the start, in the same way. Count each person's score. No names. Then give the right answers and explain them.
workshop-item-post_quiz-notes = Compare the group's result, not people's results. Ask which questions surprised the group.

workshop-item-closing-title = Closing and where to get help
workshop-item-closing-activity = Ask each person to say one thing they will remember. Show the help directory in the app. Say again that people can talk to you privately.
workshop-item-closing-notes = End on hope: help exists and people do get out of exploitation. Thank the group.
workshop-item-closing-prompt1 = What is one thing you will tell a friend or family member?

## The app: the group quiz typed one score at a time, or the phone passed around

workshop-menu-quiz-pre = Group quiz before the session
workshop-menu-quiz-post = Group quiz after the session
workshop-menu-type-scores = Type each person's score, one at a time
workshop-ask-one-score = Type one person's score: a number from 0 to { $max }.
workshop-scores-done-hint = Then type the next person's score. When all are typed, go back and save them.
workshop-scores-typed = Scores typed, not saved yet
workshop-menu-missed = Count how many people got each question wrong
workshop-ask-missed = How many people got this question wrong? A number from 0 to { $max }.
workshop-menu-undo-score = Remove the last score typed
workshop-menu-pass-phone = Pass the phone around
