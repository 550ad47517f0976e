## The safe-migration checklist

checklist-title = My safe-travel checklist
checklist-stage-before-you-go = Before you go
checklist-stage-on-the-journey = On the journey
checklist-stage-on-arrival = When you arrive
checklist-stage-if-things-go-wrong = If things go wrong

checklist-item-verify-recruiter = Check that the recruiter has a licence and that the employer is real, through an official source.
checklist-item-pay-no-fees = Do not pay for the job. A fair employer pays the recruitment costs.
checklist-item-written-contract = Get a written contract in a language you read, before you leave.
# Source: ECOWAS Protocol A/P.1/5/79 on Free Movement, art. 3; CARICOM Revised Treaty of Chaguaramas (2001), art. 46 (CSME); Canada SAWP: visitor visa plus work permit (IRCC). Last verified: 2026-12-04.
checklist-item-work-visa = Before you travel for work, check that you may work there: a work visa, a work permit, or free movement such as ECOWAS or the CSME. A tourist visa alone does not let you work.
checklist-item-copy-documents = Make copies of your passport, visa and contract. Leave a copy with someone you trust.
checklist-item-memorise-contact = Learn by heart the phone number of someone you trust.
checklist-item-safety-word = Agree on a safety word with your family. It means: I need help.
checklist-item-know-embassy = Write down the address and phone number of your country's embassy where you are going.
checklist-item-keep-documents-on-you = Keep your passport and papers with you all the time.
checklist-item-share-travel-plan = Tell someone you trust where you are going and when you arrive.
checklist-item-no-false-papers = Do not accept false papers or a route you were not told about.
checklist-item-never-hand-over-passport = Never give your passport to an employer or a recruiter. It is yours.
checklist-item-job-matches-contract = Check that the work, the pay and the housing are what your contract says.
checklist-item-stay-in-touch = Stay in touch with your family often.
checklist-item-know-your-rights = Learn your rights at work here: pay, hours and days off.
checklist-item-recognise-warning-signs = Lies about the job, threats, debts that grow, or not being free to leave are warning signs.
checklist-item-use-safety-word = Send your safety word to your family.
checklist-item-contact-help = Contact a help service you trust. You can ask first if they report to the police.
checklist-item-contact-embassy = Contact your embassy. They can help with lost or kept documents.
checklist-item-retired = An item that is no longer on the list

checklist-done = Done
checklist-not-done = Not done
checklist-your-note = Your note: { $note }
checklist-added = Your item is added.
checklist-saved = Saved.
checklist-removed = Removed.

## Menu

menu-checklist = My safe-travel checklist
checklist-menu-add = Add my own item
checklist-menu-note = Write a private note on an item
checklist-choose-item = Choose an item
checklist-choose-stage = Choose a stage

## Errors

checklist-error-unknown-stage = There is no such stage in the checklist.
checklist-error-unknown-item = There is no such item in the checklist.
checklist-error-empty = Please type some text.
checklist-error-too-long = This is too long. Please use at most { $max } characters.
checklist-error-not-custom = Only items you added yourself can be removed.

## The app's checklist screens

checklist-progress = { $done } of { $total } done
checklist-remove-note = Remove the note
checklist-remove-question = Remove this item from your checklist?
checklist-note-hint = Only on this phone.
