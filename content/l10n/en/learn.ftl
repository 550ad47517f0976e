## Learn: awareness modules, lessons, scenarios and quizzes.
## Ids: learn-<module>-title/-summary, -l<n>-title/-body/-p<k> (key points),
## story-<module>-<country>-title/-body in stories.ftl, -q<n> (question), -q<n>-a/-b/-c (choices),
## -q<n>-why (explanation). Short sentences: every text is read aloud by text-to-speech.

## Screens

learn-menu-title = Learn
learn-menu-choose-track = Who are you learning as?
learn-menu-choose-module = Choose a module
learn-menu-scenario = A story to think about
learn-menu-progress = My progress
learn-menu-clear-progress = Clear my progress
learn-lesson-heading = Lesson { $number } of { $total }
learn-key-points = Key points
learn-quiz-question-heading = Question { $number } of { $total }
learn-quiz-correct = Right.
learn-quiz-wrong = Not quite. The answer is: { $answer }
learn-quiz-score = You got { $score } out of { $total }.
learn-quiz-best = Your best score: { $score } out of { $total }.
learn-progress-none = You have not started any module yet.
learn-progress-cleared = Your learning progress was cleared. Nothing else was changed.
learn-lessons-count = { $count ->
    [one] { $count } lesson
   *[other] { $count } lessons
}

## Tracks

learn-track-migrants = Working or moving abroad
learn-track-migrants-summary = For people who are thinking of work abroad, or who already work far from home.
learn-track-students = Students
learn-track-students-summary = For young people aged 12 to 18, at school or with friends.
learn-track-leaders = Community leaders and teachers
learn-track-leaders-summary = For people who run sessions in a church, mosque, school or community centre.

## Errors (they never repeat what a person typed)

learn-error-unknown-module = There is no module with that name.
learn-error-unknown-lesson = There is no lesson with that name in this module.
learn-error-unknown-audience = Choose one of these groups: migrants, students or leaders.
learn-error-bad-region = A region is a two-letter country code, such as JM, NG or KE.
learn-error-answer-count = Answer every question. This quiz has { $count } questions.
learn-error-unknown-choice = One answer is not one of the choices.

## Module 1: trafficking and smuggling

learn-trafficking_and_smuggling-title = Trafficking and smuggling
learn-trafficking_and_smuggling-summary = What human trafficking is, what smuggling is, and why the difference matters.

learn-trafficking_and_smuggling-l1-title = What trafficking is
# Source: Palermo Protocol (UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, 2000), art. 3(a) act, means and purpose; art. 3(b): consent does not count once a means is used. Last verified: 2026-12-04.
learn-trafficking_and_smuggling-l1-body = Human trafficking means exploiting a person to make money or gain. It has three parts. Someone recruits, moves or hides a person. They use force, lies, threats or the person's hard situation. And the goal is to exploit them. Once these means are used, it does not matter that the person said yes.
learn-trafficking_and_smuggling-l1-p1 = The act: someone recruits, moves, receives or hides a person.
learn-trafficking_and_smuggling-l1-p2 = The means: force, threats, lies, debt, or using a person's weak situation.
learn-trafficking_and_smuggling-l1-p3 = The purpose: to exploit them, in work, sex, crime or in other ways.

learn-trafficking_and_smuggling-l2-title = Children are a special case
learn-trafficking_and_smuggling-l2-body = For a child under 18, the law does not need force or lies. If someone recruits or moves a child to exploit them, it is trafficking. A child can never agree to be exploited.
learn-trafficking_and_smuggling-l2-p1 = Under 18, only the act and the purpose count.
learn-trafficking_and_smuggling-l2-p2 = A child's "yes" does not make exploitation legal.
learn-trafficking_and_smuggling-l2-p3 = Adults have a duty to protect children.

learn-trafficking_and_smuggling-l3-title = What smuggling is
# Source: UN Protocol against the Smuggling of Migrants by Land, Sea and Air (2000), art. 3(a): smuggling is the smuggler's act, for money or another gain; art. 5: migrants are not criminally liable under the Protocol for having been smuggled; art. 6(4): states may still apply their own laws. Last verified: 2026-12-04.
learn-trafficking_and_smuggling-l3-body = Smuggling is what a smuggler does: getting a person across a border illegally, to make money. The crime is the smuggler's. The UN rule says a person is not a criminal just because they were smuggled. Some countries still fine or send back people who enter without papers, so get advice. Smuggling can turn into trafficking, when the smuggler starts to control or exploit the person.
# Source: Smuggling of Migrants Protocol (2000), art. 3(a). Last verified: 2026-12-04.
learn-trafficking_and_smuggling-l3-p1 = Smuggling is the smuggler's act: an illegal border crossing, for money.
learn-trafficking_and_smuggling-l3-p2 = Trafficking is about exploitation, and it does not need a border.
learn-trafficking_and_smuggling-l3-p3 = A new "debt" after the journey is a warning sign of trafficking.

learn-trafficking_and_smuggling-l4-title = Myths and facts
learn-trafficking_and_smuggling-l4-body = Many people believe things about trafficking that are not true. These myths stop people from seeing it. Trafficking often happens close to home, with people the person already knows.
learn-trafficking_and_smuggling-l4-p1 = Myth: it always crosses a border. Fact: it can happen in your own town.
learn-trafficking_and_smuggling-l4-p2 = Myth: victims are always locked up. Fact: many are controlled by debt, threats and fear.
learn-trafficking_and_smuggling-l4-p3 = Myth: it only happens to women. Fact: men, women, boys and girls are trafficked.
learn-trafficking_and_smuggling-l4-p4 = Myth: if they agreed to go, it is not trafficking. Fact: agreeing to a job is not agreeing to be exploited.
learn-trafficking_and_smuggling-l5-title = What forced labour is
# Source: ILO Forced Labour Convention, 1930 (No. 29), art. 2(1): all work or service exacted under the menace of any penalty and for which the person has not offered themself voluntarily; ILO Indicators of Forced Labour (2012). Last verified: 2026-12-04.
learn-trafficking_and_smuggling-l5-body = Forced labour is work that someone makes a person do under a threat of punishment, and that the person did not freely agree to. The threat can be violence, a debt, a kept passport, or a threat to call the police. A job that someone agreed to at first can still become forced labour, when they are no longer free to say no or to leave.
learn-trafficking_and_smuggling-l5-p1 = Forced labour: work under a threat, that was not freely chosen.
learn-trafficking_and_smuggling-l5-p2 = The threat can be violence, a debt, a kept passport or the police.
learn-trafficking_and_smuggling-l5-p3 = A job you agreed to can still become forced labour.

learn-trafficking_and_smuggling-q1 = Which three parts make up trafficking of an adult?
# Source: Palermo Protocol (2000), art. 3(a). Last verified: 2026-12-04.
learn-trafficking_and_smuggling-q1-a = An act, a means and a purpose
learn-trafficking_and_smuggling-q1-b = A border, a passport and a job
learn-trafficking_and_smuggling-q1-c = A debt, a contract and a visa
learn-trafficking_and_smuggling-q1-why = Trafficking is an act (recruit, move, hide), a means (force, lies, threats, abuse of a weak situation) and a purpose (exploitation). A border is not needed.

learn-trafficking_and_smuggling-q2 = Where can trafficking happen?
learn-trafficking_and_smuggling-q2-a = Only when a person crosses a border
learn-trafficking_and_smuggling-q2-b = Only in big cities far from home
learn-trafficking_and_smuggling-q2-c = Anywhere, even in your own town or village
learn-trafficking_and_smuggling-q2-why = Trafficking is about exploitation, not travel. Many people are trafficked in their own country or city.

learn-trafficking_and_smuggling-q3 = A 15-year-old agrees to go with a man who promises work, and is then exploited. Is it trafficking?
# Source: Palermo Protocol (2000), art. 3(c) and 3(d): for a child under 18 no means are needed. Last verified: 2026-12-04.
learn-trafficking_and_smuggling-q3-a = No, because she agreed to go
learn-trafficking_and_smuggling-q3-b = Yes, it is trafficking
learn-trafficking_and_smuggling-q3-c = Only if she was taken to another country
learn-trafficking_and_smuggling-q3-why = For anyone under 18, recruiting or moving them to exploit them is trafficking, even if they said yes.

# Source: Smuggling of Migrants Protocol (2000), art. 3(a) and art. 5. Last verified: 2026-12-04.
learn-trafficking_and_smuggling-q4 = What is migrant smuggling?
learn-trafficking_and_smuggling-q4-a = Any paid job in another country
learn-trafficking_and_smuggling-q4-b = A crime the migrant commits by travelling without papers
learn-trafficking_and_smuggling-q4-c = Getting someone across a border illegally, for money
learn-trafficking_and_smuggling-q4-why = Smuggling is the smuggler's act: getting a person across a border illegally to make money. Under the UN rule, the person who was smuggled is not a criminal for that. Smuggling can turn into trafficking if the person is then controlled and exploited.

learn-trafficking_and_smuggling-q5 = After a smuggled journey, the smuggler says you owe more and must work for him with no pay. What is this a sign of?
learn-trafficking_and_smuggling-q5-a = Trafficking through debt
learn-trafficking_and_smuggling-q5-b = A normal cost of the journey
learn-trafficking_and_smuggling-q5-c = A fair deal, because you agreed to travel
learn-trafficking_and_smuggling-q5-why = A new debt that you must work off, with no way to leave, is called debt bondage: the debt is used to control you. It is a common sign of trafficking, even if you agreed to the journey.

## Module 2: how recruiters lie

learn-how_recruiters_lie-title = How recruiters lie
learn-how_recruiters_lie-summary = The tricks people use to recruit others into exploitation, and how to spot them.

learn-how_recruiters_lie-l1-title = Fake jobs and fees
learn-how_recruiters_lie-l1-body = Many traffickers start with a job ad. The pay is very high. No experience is needed. Then they ask you to pay: for the visa, for training, for a medical check, or a deposit. A fair employer pays these costs, not the worker.
learn-how_recruiters_lie-l1-p1 = Pay far above normal for the work is a warning sign.
learn-how_recruiters_lie-l1-p2 = Asking the worker for a fee is a red flag.
learn-how_recruiters_lie-l1-p3 = "Leave this week" and "tell no one" are pressure tricks.

learn-how_recruiters_lie-l2-title = Study, sport and modelling offers
learn-how_recruiters_lie-l2-body = Some offers promise a place at a school, a trial at a football club, or a modelling contract abroad. The family pays a lot of money. On arrival, there is no school or club. The young person is left with a debt, or made to work.
learn-how_recruiters_lie-l2-p1 = Real clubs and schools can be checked on their own official websites and with the embassy.
learn-how_recruiters_lie-l2-p2 = Real scouts do not ask families to pay for trials.
learn-how_recruiters_lie-l2-p3 = Talk to a trusted adult before you send photos, papers or money.

learn-how_recruiters_lie-l3-title = Online jobs that are scam centres
learn-how_recruiters_lie-l3-body = Some ads offer "IT", "customer service" or "online sales" jobs in another country, often in South-East Asia. The flight is paid. The employer's name is vague. On arrival, people are forced to cheat others online and cannot leave.
learn-how_recruiters_lie-l3-p1 = A vague employer and a free flight are warning signs.
learn-how_recruiters_lie-l3-p2 = Search the company name with the word "scam".
learn-how_recruiters_lie-l3-p3 = Do not travel for a job on a tourist visa alone.

learn-how_recruiters_lie-l4-title = Love, friends and family
learn-how_recruiters_lie-l4-body = Some traffickers pretend to be a boyfriend, a girlfriend or a friend. Others are relatives who "arrange everything". They give gifts and attention, then ask for something back. Gifts and travel paid for you can become a debt.
learn-how_recruiters_lie-l4-p1 = A new partner who wants to take you far away quickly is a warning sign.
learn-how_recruiters_lie-l4-p2 = Someone who wants you to keep the relationship secret may mean harm.
learn-how_recruiters_lie-l4-p3 = Even a relative's offer should be checked like any other.

learn-how_recruiters_lie-q1 = A recruiter asks you to pay for your visa and training before you go. What does a fair employer do?
# Source: ILO General Principles and Operational Guidelines for Fair Recruitment (2019), principle 7: no recruitment fees or related costs charged to workers. Last verified: 2026-12-04.
learn-how_recruiters_lie-q1-a = The worker pays, then gets it back from wages
learn-how_recruiters_lie-q1-b = The employer pays them
learn-how_recruiters_lie-q1-c = The worker pays half, as a sign of trust
learn-how_recruiters_lie-q1-why = Under fair recruitment rules, the employer pays recruitment fees and related costs. A fee asked of the worker is a red flag, a sign that something may be wrong.

learn-how_recruiters_lie-q2 = A job ad says: "Great pay, no experience, leave this week, tell no one." What should you think?
learn-how_recruiters_lie-q2-a = It is a lucky chance; say yes fast
learn-how_recruiters_lie-q2-b = It is fine if the pay is written down
learn-how_recruiters_lie-q2-c = Check it with someone you trust before you decide
learn-how_recruiters_lie-q2-why = Pay that is too good, pressure to decide fast and secrecy are common tricks. Take time and check the offer with someone you trust.

learn-how_recruiters_lie-q3 = A scout wants your family to pay for a football trial abroad. What is true?
learn-how_recruiters_lie-q3-a = A real club does not ask families to pay for a trial
learn-how_recruiters_lie-q3-b = Paying is normal; trials cost money abroad
learn-how_recruiters_lie-q3-c = It is safe if the scout is friendly and known
learn-how_recruiters_lie-q3-why = Fake sports academies take money from families. A real club can be checked, and it does not charge for a trial.

learn-how_recruiters_lie-q4 = A new online friend gives you gifts and wants you to travel to meet them, and to keep it secret. What is this?
learn-how_recruiters_lie-q4-a = Normal, if they seem kind and honest
learn-how_recruiters_lie-q4-b = A warning sign of grooming
learn-how_recruiters_lie-q4-c = Safe, if you meet them in a public place
learn-how_recruiters_lie-q4-why = Grooming means winning a young person's trust with gifts and attention, in order to harm or exploit them. Gifts, secrecy and pressure to travel are signs of it. Telling a trusted adult keeps you safer.

learn-how_recruiters_lie-q5 = Which job offer is a warning sign of an online scam centre?
learn-how_recruiters_lie-q5-a = An "IT" job abroad, free flight, no company name
learn-how_recruiters_lie-q5-b = A shop job near home, with a contract you can read first
learn-how_recruiters_lie-q5-c = A job at a hotel you can check, with a work permit
learn-how_recruiters_lie-q5-why = Scam centres recruit with vague "IT" or "customer service" jobs abroad. A free flight, a tourist visa and no clear employer are red flags. On arrival, people are forced to cheat others online.

## Module 3: your rights at work and when you migrate

learn-rights_at_work-title = Your rights at work
learn-rights_at_work-summary = What a fair job looks like, before you go and while you work.

learn-rights_at_work-l1-title = You should not pay for a job
learn-rights_at_work-l1-body = The employer pays the costs of recruiting you. This includes agency fees, visa costs and travel. You should not pay a fee to get a job. If you must pay, ask why, and get advice.
learn-rights_at_work-l1-p1 = The employer pays recruitment fees and related costs.
learn-rights_at_work-l1-p2 = Ask for a receipt for any money you pay.
learn-rights_at_work-l1-p3 = A debt for a job can be used to control you.

learn-rights_at_work-l2-title = A written contract you understand
learn-rights_at_work-l2-body = Before you leave, you should have a written contract in a language you understand. It says your pay, hours, days off, where you live and who pays for travel. Keep a copy. Be careful if you are told a new contract will be signed on arrival.
learn-rights_at_work-l2-p1 = Get the contract before you travel.
learn-rights_at_work-l2-p2 = It must be in a language you can read.
learn-rights_at_work-l2-p3 = It shows pay, hours, days off and housing.
learn-rights_at_work-l2-p4 = Keep a copy somewhere safe, and send one to someone you trust.

learn-rights_at_work-l3-title = Your passport is yours
learn-rights_at_work-l3-body = Your passport and papers belong to you. An employer or agent should not keep them. You can keep them in a safe place of your own. If someone takes your papers, that is a warning sign.
learn-rights_at_work-l3-p1 = Keep your own passport and ID.
learn-rights_at_work-l3-p2 = Keep copies and photos of your papers.
learn-rights_at_work-l3-p3 = An employer who holds your papers is a warning sign of forced labour.

# Source: ILO Forced Labour Convention (No. 29), art. 2(1); ILO General Principles for Fair Recruitment (2019), principles 11 and 12; employer-tied permits: Gulf kafala sponsorship (ILO Regional Office for Arab States, 2017), Canada's SAWP employer-specific work permit (IRCC), US H-2A (8 CFR 214.2(h); 20 CFR 655.122(n): the employer reports a worker who leaves). Last verified: 2026-12-04.
learn-rights_at_work-l4-title = No one may force you to stay
learn-rights_at_work-l4-body = No one may force you to stay in a job with threats, violence or a debt. You can always ask to go home. Changing to another employer depends on your visa. In some places, like the Gulf, or farm work in Canada and the United States, the visa is tied to one employer. Leaving can get you reported or sent home. So get advice first, from a help service or your embassy. Before you sign, check the recruiter: look for a licence and ask a government office or a known organisation.
learn-rights_at_work-l4-p1 = No one may keep you at work with threats or a debt.
learn-rights_at_work-l4-p2 = If your visa ties you to one employer, get advice before you leave.
# Source: ECOWAS Protocol A/P.1/5/79 on Free Movement of Persons, Residence and Establishment, art. 3, and Supplementary Protocol A/SP.1/7/86; CARICOM Revised Treaty of Chaguaramas (2001), art. 46 (CSME skilled nationals); Canada SAWP: visitor visa plus work permit (IRCC); US H-2A visa (8 CFR 214.2(h)). Last verified: 2026-12-04.
learn-rights_at_work-l4-p3 = A tourist visa alone does not let you work. Ask which papers your job needs.
learn-rights_at_work-l4-p4 = A licensed recruiter can be checked with the government.

learn-rights_at_work-q1 = Who should pay the fees to recruit you for a job?
# Source: ILO General Principles for Fair Recruitment (2019), principle 7. Last verified: 2026-12-04.
learn-rights_at_work-q1-a = You, the worker
learn-rights_at_work-q1-b = The employer
learn-rights_at_work-q1-c = You and the employer, half each
learn-rights_at_work-q1-why = Fair recruitment means the employer pays recruitment fees and related costs. Workers pay nothing for the job.

learn-rights_at_work-q2 = When should you get a written contract?
learn-rights_at_work-q2-a = When you arrive, from the employer
learn-rights_at_work-q2-b = Never; a promise by phone is enough
learn-rights_at_work-q2-c = Before you leave, in a language you can read
learn-rights_at_work-q2-why = A contract before you travel, in a language you can read, protects you. "We will sign when you arrive" is a warning sign.

learn-rights_at_work-q3 = Your employer wants to keep your passport. What is true?
# Source: ILO Indicators of Forced Labour (2012), retention of identity documents; ILO General Principles for Fair Recruitment (2019), principle 11. Last verified: 2026-12-04.
learn-rights_at_work-q3-a = It is a warning sign
learn-rights_at_work-q3-b = It is normal, to get your visa
learn-rights_at_work-q3-c = It is fine if they give you a copy
learn-rights_at_work-q3-why = Keeping a worker's papers is one of the indicators of forced labour: the signs that experts look for. Your passport is yours, even while a visa is being arranged.

# Source: ILO Forced Labour Convention (No. 29), art. 2(1); employer-tied permits: kafala (ILO Regional Office for Arab States, 2017), Canada SAWP (IRCC), US H-2A (20 CFR 655.122(n)). Last verified: 2026-12-04.
learn-rights_at_work-q4 = Abroad, your boss says you must stay until you pay off a big debt. What is true?
learn-rights_at_work-q4-a = A debt lets an employer keep you at work
learn-rights_at_work-q4-b = No one may force you to stay over a debt
learn-rights_at_work-q4-c = You can leave any job and any visa at any time
learn-rights_at_work-q4-why = Making someone work with threats or a debt is forced labour. You can always ask to go home. But if your visa is tied to one employer, leaving can get you reported or sent home. Talk to a help service or your embassy first.

# Source: ECOWAS Protocol A/P.1/5/79, art. 3; CARICOM Revised Treaty of Chaguaramas, art. 46 (CSME); Canada SAWP: visitor visa plus work permit (IRCC). Last verified: 2026-12-04.
learn-rights_at_work-q5 = You will work abroad. What must you have before you travel?
learn-rights_at_work-q5-a = A tourist visa, and papers fixed later
learn-rights_at_work-q5-b = Nothing: the agency keeps your passport for the visa
learn-rights_at_work-q5-c = Permission to work in that country
learn-rights_at_work-q5-why = A tourist visa alone does not let you work, and it leaves you easy to control. The right papers depend on the country: a work visa, a work permit with a visitor visa (as in Canada's farm work programme), or free movement (ECOWAS in West Africa, the CSME for skilled CARICOM workers).

## Module 4: warning signs in someone else

learn-warning_signs-title = Warning signs in someone else
learn-warning_signs-summary = How to notice when a friend, classmate or neighbour may be in danger.

learn-warning_signs-l1-title = How a person may seem
learn-warning_signs-l1-body = A person who is exploited may look very tired or hungry. They may have injuries they do not explain. They may seem afraid, nervous or very quiet. Their answers may sound learned by heart.
learn-warning_signs-l1-p1 = Always tired, hungry or unwell.
# Source: ILO Indicators of Forced Labour (2012): intimidation and threats, restriction of movement. Avoiding eye contact is respect in many African and Caribbean cultures, so it is not used as a sign. Last verified: 2026-12-04.
learn-warning_signs-l1-p2 = Seems afraid, or goes quiet when a certain person is near.
learn-warning_signs-l1-p3 = Gives answers that sound rehearsed.

learn-warning_signs-l2-title = Work and living conditions
learn-warning_signs-l2-body = Look at how the person works and lives. They may work very long hours with no days off. They may sleep where they work, or in a crowded room. They may not go to school.
learn-warning_signs-l2-p1 = Very long hours, no days off.
learn-warning_signs-l2-p2 = Lives at the workplace or in crowded housing.
learn-warning_signs-l2-p3 = A child who works instead of going to school.

learn-warning_signs-l3-title = Signs of control
learn-warning_signs-l3-body = Someone may control the person. Another person speaks for them. Someone else holds their papers, money or phone. They cannot go out alone. Their story does not add up.
learn-warning_signs-l3-p1 = Someone always speaks for them.
learn-warning_signs-l3-p2 = Someone else holds their ID, money or phone.
learn-warning_signs-l3-p3 = They cannot come and go freely.

learn-warning_signs-l4-title = Relationships that create debt
learn-warning_signs-l4-body = A young person may have a much older partner. The partner gives gifts, phone credit or money. Then the partner says they owe something back. This is a common way to control young people.
learn-warning_signs-l4-p1 = A much older boyfriend or girlfriend.
learn-warning_signs-l4-p2 = Expensive gifts that "must be paid back".
learn-warning_signs-l4-p3 = Sudden changes: missing school, new secrets, new friends who are much older.

learn-warning_signs-q1 = Which of these can be a warning sign that someone is being exploited?
# Source: ILO Indicators of Forced Labour (2012): retention of identity documents. Last verified: 2026-12-04.
learn-warning_signs-q1-a = They are quiet and do not look you in the eye
learn-warning_signs-q1-b = Someone else keeps their ID
learn-warning_signs-q1-c = They send most of their pay home
learn-warning_signs-q1-why = When another person keeps someone's papers, it can mean they are controlled. Being quiet, or not looking people in the eye, is not a sign on its own: in many cultures it shows respect.

learn-warning_signs-q2 = A classmate's much older partner gives her gifts and says she must pay him back. What is this?
learn-warning_signs-q2-a = A warning sign of control
learn-warning_signs-q2-b = Normal, if he is kind to her most days
learn-warning_signs-q2-c = Her own choice, so it is not a problem
learn-warning_signs-q2-why = A much older partner and gifts that create a debt are a common way to control young people. Talk to a trusted adult.

learn-warning_signs-q3 = You think a friend may be in danger. What is the safest first step?
learn-warning_signs-q3-a = Confront the person who controls them
learn-warning_signs-q3-b = Talk to a trusted adult or a help service
learn-warning_signs-q3-c = Post about it online right away
learn-warning_signs-q3-why = Confronting someone or posting online can put your friend in more danger. A trusted adult or a help service knows what to do.

learn-warning_signs-q4 = A child works all day in a house and never goes to school. Is this a warning sign?
learn-warning_signs-q4-a = No, children help at home in every family
learn-warning_signs-q4-b = No, if the family gives the child food and a bed
learn-warning_signs-q4-c = Yes, it is a warning sign
learn-warning_signs-q4-why = Helping at home is normal. Long hours of work instead of school, and no freedom to go out, are warning signs of child exploitation.

learn-warning_signs-q5 = Does one warning sign prove that someone is trafficked?
learn-warning_signs-q5-a = Yes, one sign is enough proof
learn-warning_signs-q5-b = Yes, if the sign is a very strong one
learn-warning_signs-q5-c = No, it is not proof
learn-warning_signs-q5-why = Warning signs are risk signals, not proof. When you notice several, talk to someone who can help.

## Module 5: the safe-migration checklist

learn-safe_migration-title = Moving safely
learn-safe_migration-summary = What to do before you go, on the journey and when you arrive.

learn-safe_migration-l1-title = Before you go
# Source: ECOWAS Protocol A/P.1/5/79; CARICOM Revised Treaty of Chaguaramas, art. 46; Canada SAWP (IRCC). Last verified: 2026-12-04.
learn-safe_migration-l1-body = Check the job and the recruiter before you leave. Make sure you have a written contract and the right to work there, such as a work visa or a work permit. Tell your family where you are going and with whom.
learn-safe_migration-l1-p1 = Check the recruiter's licence and the employer's name.
learn-safe_migration-l1-p2 = Get a contract you understand and the papers that let you work there.
learn-safe_migration-l1-p3 = Leave the employer's name and address with your family.

learn-safe_migration-l2-title = Your papers and contacts
learn-safe_migration-l2-body = Make copies of your passport, visa and contract. Keep one set with someone you trust at home. Learn by heart one phone number of a person you trust, and the help numbers of the place you are going.
learn-safe_migration-l2-p1 = Keep copies of your papers in a safe place.
learn-safe_migration-l2-p2 = Memorise at least one trusted phone number.
learn-safe_migration-l2-p3 = Agree on a code word with your family that means "I need help".

learn-safe_migration-l3-title = On the journey
learn-safe_migration-l3-body = Keep your passport and money with you. Be careful if strangers meet you at the border, or if the plan changes suddenly. Stay in touch with your family.
learn-safe_migration-l3-p1 = Do not give your passport to anyone to carry.
learn-safe_migration-l3-p2 = A sudden change of route or job is a warning sign.
learn-safe_migration-l3-p3 = Send a message to your family at each stop.

learn-safe_migration-l4-title = When you arrive, and if things change
learn-safe_migration-l4-body = Find out where your country's embassy is. Learn about local help services. If the job is not what you were promised, you have choices. You can get advice before you decide what to do.
learn-safe_migration-l4-p1 = Know where your embassy or consulate is.
learn-safe_migration-l4-p2 = Find help services that do not report people to immigration.
learn-safe_migration-l4-p3 = If things change, get advice. You do not have to decide alone.

learn-safe_migration-q1 = What should you do with copies of your passport and contract?
learn-safe_migration-q1-a = Give them to the recruiter to keep
learn-safe_migration-q1-b = Leave a set with someone you trust
learn-safe_migration-q1-c = Throw them away once you arrive safely
learn-safe_migration-q1-why = Copies help you prove who you are and what you were promised if your papers are lost or taken.

learn-safe_migration-q2 = Why memorise a trusted phone number?
learn-safe_migration-q2-a = Your phone may be taken or lost
learn-safe_migration-q2-b = So the recruiter can always reach you
learn-safe_migration-q2-c = You do not need to; it is saved in the phone
learn-safe_migration-q2-why = People who control others often take their phones. A number you know by heart lets you ask for help from any phone.

learn-safe_migration-q3 = On the way, the plan changes suddenly: a new job, a new city. What is this?
learn-safe_migration-q3-a = A normal part of travel abroad
learn-safe_migration-q3-b = Fine, if the new job pays more
learn-safe_migration-q3-c = A warning sign
learn-safe_migration-q3-why = A sudden change of job or route is a common sign that you are being lied to. Tell someone you trust and get advice.

learn-safe_migration-q4 = Before you go, who should know the name and address of your employer?
learn-safe_migration-q4-a = Your family, or another person you trust at home
learn-safe_migration-q4-b = Only the recruiter, who keeps it secret
learn-safe_migration-q4-c = No one; it is safer to keep it private
learn-safe_migration-q4-why = If someone you trust knows where you are, they can help look for you and ask for help if you lose contact.

learn-safe_migration-q5 = Abroad, the job is not what you were promised. What is true?
learn-safe_migration-q5-a = You must stay, because you signed a contract
learn-safe_migration-q5-b = You have no choices until the contract ends
learn-safe_migration-q5-c = You can get advice about your choices
learn-safe_migration-q5-why = You are not alone. Embassies and help services can explain your options, and some do not report people to immigration.

## Module 6: getting help safely

learn-getting_help-title = Getting help safely
learn-getting_help-summary = Where to get help, what happens when you ask, and how to help a friend.

learn-getting_help-l1-title = Help that is safe for you
learn-getting_help-l1-body = Some help services are free and confidential. Some do not report people to police or immigration. The help directory in this app says, for each service, whether it reports to the authorities and whether you can stay anonymous.
learn-getting_help-l1-p1 = Many hotlines are free and confidential.
learn-getting_help-l1-p2 = Check if a service reports to immigration before you call.
learn-getting_help-l1-p3 = In immediate danger, call the emergency number.

learn-getting_help-l2-title = What happens when you call
learn-getting_help-l2-body = A trained person listens. You choose what to say. You do not have to give your name. They explain your options and what they can do. You decide what happens next.
learn-getting_help-l2-p1 = You can ask questions first.
learn-getting_help-l2-p2 = You can often stay anonymous.
learn-getting_help-l2-p3 = You choose the next step.

learn-getting_help-l3-title = Helping a friend without danger
learn-getting_help-l3-body = If a friend may be in danger, listen to them and believe them. Do not confront the person who controls them. That can make things worse. Help your friend reach a service, or ask the service what you can do.
learn-getting_help-l3-p1 = Listen and believe.
learn-getting_help-l3-p2 = Never confront a trafficker yourself.
learn-getting_help-l3-p3 = Let your friend decide, unless a child is in danger.

learn-getting_help-l4-title = Keeping your phone private
# Source: NNEDV Safety Net, technology safety planning (techsafety.org): deleting all history can alert a person who checks the phone. Last verified: 2026-12-04.
learn-getting_help-l4-body = Someone may check your phone. This app has a quick exit and can hide what you saved. If it is not safe to keep messages about help, delete only those. An empty call or message list can make a controlling person suspicious. Use a phone you trust when you can.
learn-getting_help-l4-p1 = Use the quick exit if someone comes.
learn-getting_help-l4-p2 = Delete only what is about getting help, not your whole history.
learn-getting_help-l4-p3 = Save help numbers under a neutral name.
learn-getting_help-l5-title = You should not be punished for what you were forced to do
# Source: Protocol of 2014 to the Forced Labour Convention (P29), art. 4(2); OHCHR Recommended Principles and Guidelines on Human Rights and Human Trafficking (2002), principle 7; UNODC Model Law against Trafficking in Persons (2009), art. 10. Last verified: 2026-12-04.
learn-getting_help-l5-body = People who were trafficked or forced to work are victims. International rules say they should not be punished for things they were forced to do, such as working without papers or using false papers. Not every country follows this well. A help service can tell you how it works where you are.
learn-getting_help-l5-p1 = Victims should not be punished for what they were forced to do.
learn-getting_help-l5-p2 = This rule is called non-punishment.
learn-getting_help-l5-p3 = Ask a help service how it works in your country.

learn-getting_help-q1 = Your friend may be controlled by a trafficker. What should you NOT do?
learn-getting_help-q1-a = Listen and believe them
learn-getting_help-q1-b = Confront the trafficker yourself
learn-getting_help-q1-c = Ask a help service what you can do
learn-getting_help-q1-why = Confronting a trafficker can put you and your friend in danger. Listening and getting advice are safe steps.

learn-getting_help-q2 = You call a help line. Do you have to give your name?
learn-getting_help-q2-a = Yes, or they will not help you
learn-getting_help-q2-b = Yes, and they will tell the police
learn-getting_help-q2-c = Often not; you can ask first
learn-getting_help-q2-why = Many services let you stay anonymous, which means without giving your name. You can ask first, and choose what to share.

learn-getting_help-q3 = You fear being reported to immigration. What can you check?
learn-getting_help-q3-a = Whether the service reports to immigration
learn-getting_help-q3-b = Only the service's opening hours
learn-getting_help-q3-c = Nothing; only the police can help
learn-getting_help-q3-why = Not every service reports to immigration. The help directory in this app says for each service whether it does.

learn-getting_help-q4 = Someone is in immediate danger. What should you do?
learn-getting_help-q4-a = Call the emergency number
learn-getting_help-q4-b = Wait and see if it gets better
learn-getting_help-q4-c = Go there alone and confront the person
learn-getting_help-q4-why = When someone's life or safety is in danger now, call the emergency number.

learn-getting_help-q5 = A friend who is 14 tells you she is being exploited and asks you to keep it secret. What is best?
learn-getting_help-q5-a = Keep the secret, as she asked
learn-getting_help-q5-b = Wait until she is 18 to do something
learn-getting_help-q5-c = Tell a trusted adult
learn-getting_help-q5-why = When a child is in danger, telling a trusted adult is the right thing, even if they asked for a secret.

## Module 7: for leaders and teachers

learn-for_leaders-title = For leaders and teachers
learn-for_leaders-summary = Running a session, responding to a disclosure, referring safely, and caring for yourself.

learn-for_leaders-l1-title = Running a session
learn-for_leaders-l1-body = Start with what people already know. Use the stories, not frightening images. Agree on group rules: respect, no names, no pressure to share. Tell people where they can get help, and that they can talk to you after.
learn-for_leaders-l1-p1 = Agree on rules: respect, privacy, no names in stories.
learn-for_leaders-l1-p2 = Use stories and questions, never shocking pictures.
learn-for_leaders-l1-p3 = Say where help is available, at the start and the end.

learn-for_leaders-l2-title = When someone tells you
learn-for_leaders-l2-body = Someone may tell you about their own situation. Listen calmly. Believe them. Do not ask for every detail. Do not promise to keep a secret you cannot keep. Think about their safety first, then about referral.
learn-for_leaders-l2-p1 = Listen, believe, and stay calm.
learn-for_leaders-l2-p2 = Do not promise secrecy you cannot keep.
learn-for_leaders-l2-p3 = Safety first: is the person safe to go home today?
learn-for_leaders-l2-p4 = Refer to a service, with their agreement when they are an adult.

learn-for_leaders-l3-title = Local referral pathways
learn-for_leaders-l3-body = Before your session, know the local services: a hotline, a shelter, a legal aid group, a health service. Know which ones report to police or immigration. Keep the list with you, and check it is up to date.
learn-for_leaders-l3-p1 = Know two or three local services before the session.
learn-for_leaders-l3-p2 = Know which services report to police or immigration.
learn-for_leaders-l3-p3 = Child safety rules apply when a child discloses.

learn-for_leaders-l4-title = Caring for yourself
learn-for_leaders-l4-body = Hearing hard stories can weigh on you. Talk with someone you trust, without names. Take breaks. You cannot solve everything alone, and that is fine.
learn-for_leaders-l4-p1 = Share the weight with a supervisor or peer, without names.
learn-for_leaders-l4-p2 = Rest after hard sessions.
learn-for_leaders-l4-p3 = You are one part of a network of help.

learn-for_leaders-q1 = Someone tells you they are being exploited. What is the first thing to do?
learn-for_leaders-q1-a = Listen calmly and believe them
learn-for_leaders-q1-b = Ask for every detail of what happened
learn-for_leaders-q1-c = Tell the whole group
learn-for_leaders-q1-why = Listening and believing builds trust. Too many questions can upset the person and harm a later case.

learn-for_leaders-q2 = Someone tells you they are being exploited. Should you promise to keep it secret?
learn-for_leaders-q2-a = Yes, so the person trusts you
learn-for_leaders-q2-b = Yes, or they will never talk to you again
learn-for_leaders-q2-c = No, not if you may need to act
learn-for_leaders-q2-why = You may need to act to keep someone safe, especially a child. Be honest about what you will do, and do not promise secrecy you cannot keep.

learn-for_leaders-q3 = Which material is best for a session with young people?
learn-for_leaders-q3-a = Shocking photos of victims
learn-for_leaders-q3-b = Stories and questions
learn-for_leaders-q3-c = Films that show real violence
learn-for_leaders-q3-why = Shocking images can frighten and shame people, and they are not needed. Stories and questions help people learn and remember.

learn-for_leaders-q4 = What should you know before the session?
learn-for_leaders-q4-a = Nothing; people find help alone
learn-for_leaders-q4-b = Only the national police number
learn-for_leaders-q4-c = Local help services and how they work
learn-for_leaders-q4-why = Knowing the local services, and which ones report to police or immigration, lets you help someone at once, in a way that is safe for them. This is called a referral pathway.

learn-for_leaders-q5 = After hearing hard stories, what helps you?
learn-for_leaders-q5-a = Talk with someone you trust, without names
learn-for_leaders-q5-b = Keep it all to yourself and work even harder
learn-for_leaders-q5-c = Tell friends the full story, with names
learn-for_leaders-q5-why = Caring for yourself keeps you able to help others. Share the weight, with a supervisor or a peer, without sharing names, and rest.

## Glossary: words the lessons and explanations use, in plain words.
## Ids: learn-glossary-<term>-term (the word) and learn-glossary-<term> (what it means).

learn-menu-glossary = Words used here
learn-glossary-title = Words used in the lessons
# Source: Palermo Protocol (2000), art. 3. Last verified: 2026-12-04.
learn-glossary-trafficking-term = Human trafficking
learn-glossary-trafficking = When someone recruits, moves or hides a person, using force, lies, threats or their hard situation, to exploit them.
# Source: Smuggling of Migrants Protocol (2000), art. 3(a) and 5. Last verified: 2026-12-04.
learn-glossary-smuggling-term = Migrant smuggling
learn-glossary-smuggling = Getting a person across a border illegally, to make money. The crime is the smuggler's, not the migrant's.
learn-glossary-exploitation-term = Exploitation
learn-glossary-exploitation = Using a person for someone else's gain, for example with forced work, forced sex or forced crime.
# Source: ILO Forced Labour Convention (No. 29), art. 2(1). Last verified: 2026-12-04.
learn-glossary-forced_labour-term = Forced labour
learn-glossary-forced_labour = Work that a person is made to do under a threat of punishment, and did not freely agree to.
# Source: ILO Indicators of Forced Labour (2012), debt bondage. Last verified: 2026-12-04.
learn-glossary-debt_bondage-term = Debt bondage
learn-glossary-debt_bondage = A debt used to control a person. They must work to pay it, but it grows or never ends.
learn-glossary-grooming-term = Grooming
learn-glossary-grooming = When someone wins a person's trust with gifts, attention or love, in order to harm or exploit them later.
# Source: ILO Indicators of Forced Labour (2012). Last verified: 2026-12-04.
learn-glossary-warning_sign-term = Warning sign, red flag, indicator
learn-glossary-warning_sign = Something that can point to danger. One sign is not proof, but it is a reason to check and to ask for advice.
# Source: ILO General Principles for Fair Recruitment (2019), principle 7. Last verified: 2026-12-04.
learn-glossary-recruitment_fees-term = Recruitment fees
learn-glossary-recruitment_fees = Money for getting a job, such as agency, visa or training costs. The employer should pay them, not the worker.
learn-glossary-work_permit-term = Work permit
learn-glossary-work_permit = A paper from a country's government that lets you work there. Some permits are tied to one employer.
# Source: ECOWAS Protocol A/P.1/5/79, art. 3; CARICOM Revised Treaty of Chaguaramas (2001), art. 46. Last verified: 2026-12-04.
learn-glossary-free_movement-term = Free movement
learn-glossary-free_movement = Rules that let people from some regions travel, live or work in other member countries, such as ECOWAS in West Africa, or the CSME for skilled CARICOM workers.
learn-glossary-anonymous-term = Anonymous
learn-glossary-anonymous = Without giving your name.
learn-glossary-disclosure-term = Disclosure
learn-glossary-disclosure = When a person tells you about harm that was done to them.
learn-glossary-referral-term = Referral
learn-glossary-referral = Helping a person reach a service that can help them, with their agreement. A referral pathway is the list of local services you can send people to.
# Source: P29 (2014), art. 4(2); OHCHR Recommended Principles and Guidelines (2002), principle 7. Last verified: 2026-12-04.
learn-glossary-non_punishment-term = Non-punishment
learn-glossary-non_punishment = The rule that victims of trafficking or forced labour should not be punished for what they were forced to do.

# The app: a module's progress, under its name.
learn-lessons-seen = { $seen } of { $total } lessons seen
