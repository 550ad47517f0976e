## Stories: one per module for each country with its own story set, and a general one.
## Ids: story-<module>-<country>-title/-body; the country is where the story is set
## (content/learn/<module>.toml). Grade-4 words, short sentences, read aloud by
## text-to-speech. Names and places belong together; no graphic detail.

## trafficking_and_smuggling

story-trafficking_and_smuggling-general-title = The journey and the debt
story-trafficking_and_smuggling-general-body = Sam pays a man to help him cross a border to find work. On the other side, the man says Sam now owes much more money. He takes Sam to a farm. Sam must work every day without pay "until the debt is paid". Sam cannot leave. At first, this was smuggling. Now it looks like trafficking. What changed? Sam knows his brother's phone number by heart.

story-trafficking_and_smuggling-jm-title = The job in Montego Bay
story-trafficking_and_smuggling-jm-body = Kerry-Ann is 17 and lives in May Pen, Jamaica. A woman offers her a job at a bar in Montego Bay, with a room. When she arrives, the woman says she owes money for the bus and the room. She must work every night, and the woman keeps her pay and her phone. Nobody crossed a border. Is this trafficking? Kerry-Ann borrows a phone and calls her aunt. What else could help her?

story-trafficking_and_smuggling-ht-title = Across the border for work
story-trafficking_and_smuggling-ht-body = Widline lives in Ouanaminthe, in Haiti. She pays a man 20,000 gourdes to take her across the border to the Dominican Republic, where she hopes to find work. On the other side, the man says she owes him 40,000 pesos more. He brings her to a house where she must cook and clean every day, with no pay and no day off. She is told the police will arrest her if she goes out. At first this was smuggling. What is it now? Widline knows her sister's phone number by heart.

story-trafficking_and_smuggling-tt-title = The boat at night
story-trafficking_and_smuggling-tt-body = Yusmary is from Venezuela. She pays a boat captain to bring her to Cedros, in Trinidad, at night. A man meets the boat. He says she owes him 10,000 Trinidad and Tobago dollars more, and he takes her passport. He sends her to work in a bar and keeps her pay. At first this was smuggling. What is it now? A woman at church gives Yusmary her number, in case she needs help.

story-trafficking_and_smuggling-ng-title = The road north
story-trafficking_and_smuggling-ng-body = Osaro is 20 and lives in Benin City, Nigeria. A "connection man" says he can get him to Europe for 800,000 naira. Osaro pays. In the desert town where the bus stops, the men say the price has gone up. Osaro must work on a building site for them to pay it. They keep his phone and pay him nothing. At first this was smuggling. What is it now? Osaro knows his mother's phone number by heart.

story-trafficking_and_smuggling-gh-title = Fishing on the lake
story-trafficking_and_smuggling-gh-body = Kojo is 11 and lives near Cape Coast, Ghana. A man tells his mother he will take Kojo to learn fishing on Lake Volta and send money home. There, Kojo works on a boat from early morning. He does not go to school and gets no pay. The man says the family took money, so Kojo must stay. Nobody crossed a border. Is this trafficking? Kojo's old teacher tells the social welfare office.

story-trafficking_and_smuggling-sn-title = The boat to Spain
story-trafficking_and_smuggling-sn-body = Moussa is 22 and lives in Mbour, Senegal. A man says a boat to Spain leaves soon, for 500,000 CFA francs. Moussa pays. The trip stops in another country. The men say the price has gone up. They keep Moussa in a house and tell him to work for them with no pay, or call his family for more money. At first this was smuggling. What is it now? His brother asks a migrant help group for advice before the family sends anything.

story-trafficking_and_smuggling-ke-title = Help in the house
story-trafficking_and_smuggling-ke-body = Wanjiru is 15 and lives in a village near Thika, Kenya. A relative takes her to Nairobi to help in a house. He promises she will go to school. She works from early morning to late at night, with no pay and no school. She is told she cannot go home until the family says so. Nobody crossed a border. Is this trafficking? A neighbour tells the children's officer.

story-trafficking_and_smuggling-ug-title = The short way to Dubai
story-trafficking_and_smuggling-ug-body = Akello is 23 and lives in Gulu, Uganda. An agent says he can get her a job in a shop in Dubai. She pays him 2,000,000 shillings. He says to take a bus to Nairobi and fly from there with a visitor's visa, "to go faster". In Dubai, his friend takes her passport and sends her to clean houses. She is not paid for two months. What makes this trafficking? Akello keeps the number of her embassy in her head.

story-trafficking_and_smuggling-et-title = The broker's new price
story-trafficking_and_smuggling-et-body = Hana is 19 and lives in Hosaena, Ethiopia. A broker says he can take her to work abroad for 60,000 birr. On the way, in a town far from home, he says she must first work in a restaurant to pay for the rest of the trip. She works from early morning to late at night. The owner keeps her pay for the broker. She paid for a job, not to cross a border illegally. What is happening to her now? Hana tells her family where she is each time she can call.

story-trafficking_and_smuggling-ca-title = The boyfriend from online
story-trafficking_and_smuggling-ca-body = Amara is 17 and lives in Halifax. An older man she met online says he loves her. He buys her clothes and drives her to Montreal for a weekend. There he says she owes him for the hotel and the gifts, and she must work for him to pay. He keeps her phone. Nobody crossed a border. Is this trafficking? Amara's friend calls the trafficking hotline for advice.

story-trafficking_and_smuggling-us-title = The sales crew
story-trafficking_and_smuggling-us-body = Jaylen is 19 and lives in Detroit. He joins a door-to-door sales crew that travels from city to city. The boss keeps everyone's ID "for the hotels". Jaylen's pay goes to "costs" for food and rooms, so he always owes money. He is told he will be left alone in a strange city if he quits. Nobody crossed a border. Can this still be trafficking? Jaylen calls his aunt, and she asks a help line for advice.

## how_recruiters_lie

story-how_recruiters_lie-general-title = The dream job message
story-how_recruiters_lie-general-body = Ana sees a message on social media: "Hotel jobs abroad. Good pay. No experience needed. Places almost gone." She writes to the number. The agent says she must pay a fee for the visa and send her passport by courier. He says the contract will be signed when she arrives. What warning signs do you see? Ana asks a friend to help her check the agency before she pays anything.

story-how_recruiters_lie-jm-title = The hotel job in Montego Bay
story-how_recruiters_lie-jm-body = Shanice lives in Montego Bay, Jamaica. A man at a party says he can get her a hotel job in the United States. He asks for 150,000 Jamaican dollars for "processing". He says she will travel on a visitor's visa and fix the papers later. He only talks to her on WhatsApp and will not name the hotel. What warning signs do you see? Shanice asks for the offer in writing and looks up the hotel herself.

story-how_recruiters_lie-ht-title = The sponsor for a fee
story-how_recruiters_lie-ht-body = Mirlande lives in Cap-Haïtien, Haiti. A man on WhatsApp says he can find her a sponsor in the United States, so she can get a visa and a job. He wants 1,500 US dollars and a photo of her passport this week. He says, "Do not ask anyone, the places go fast." What warning signs do you see? Mirlande asks a legal aid office before she pays anything.

story-how_recruiters_lie-tt-title = Hotel jobs in Canada
story-how_recruiters_lie-tt-body = Keisha lives in Chaguanas, Trinidad and Tobago. An online ad says: "Hotel jobs in Canada. Work permit in two weeks. Pay 5,000 TT dollars to hold your place." The recruiter has no office and only sends voice notes. What warning signs do you see? Keisha looks for the job on the Canadian government's own website first.

story-how_recruiters_lie-ng-title = The man on Instagram
story-how_recruiters_lie-ng-body = Ifeoma is 19 and lives in Onitsha, Nigeria. A man she met on Instagram says he loves her. He says he has a shop in Dubai and a job for her. He sends money for her passport. He says she should not tell her parents until she arrives. What warning signs do you see? Ifeoma tells her aunt about the offer.

story-how_recruiters_lie-gh-title = The football trial
story-how_recruiters_lie-gh-body = Kwame is 16 and plays football in Kumasi, Ghana. A man says a club in Europe wants him for a trial. The family must pay 30,000 cedis for the visa and the trip. The man will not give the name of the club. He says, "Do not tell your coach, other boys want this place." What warning signs do you see? Kwame tells his coach and his parents about the offer.

story-how_recruiters_lie-sn-title = The salon job
story-how_recruiters_lie-sn-body = Aïssatou lives in Thiès, Senegal. A woman from her neighbourhood says she can get her a job in a beauty salon in the Gulf. She says the visa is free, and Aïssatou will pay it back from her pay. The contract will be given at the airport. What warning signs do you see? Aïssatou asks to see the contract in French before she goes.

story-how_recruiters_lie-ke-title = Customer service in Thailand
story-how_recruiters_lie-ke-body = Grace lives in Nairobi, Kenya. She sees an ad: "Customer service jobs in Thailand. 150,000 shillings a month. Flight paid. Start next week." The recruiter says to travel on a tourist visa. He cannot say the name of the company. What warning signs do you see? Grace asks for a work visa and a written contract before she agrees.

story-how_recruiters_lie-ug-title = Typing jobs in Thailand
story-how_recruiters_lie-ug-body = Joseph is 25 and lives in Kampala, Uganda. A friend on Facebook says she works in "online marketing" in Thailand. She says the pay is 3,000 US dollars a month and the company pays the flight. He only needs to type fast in English and travel on a tourist visa. What warning signs do you see? Joseph searches the company's name with the word "scam".

story-how_recruiters_lie-et-title = The short road
story-how_recruiters_lie-et-body = Kedija is 18 and lives in Jimma, Ethiopia. A broker in her town says a family in Saudi Arabia wants a house helper. He says she can go "the short way", by road and by boat, with no agency and no contract. He asks for 50,000 birr. What warning signs do you see? Kedija asks at the labour office which agencies are licensed.

story-how_recruiters_lie-ca-title = A job offer for sale
story-how_recruiters_lie-ca-body = Adwoa is a student from Ghana in Brampton, Ontario. A consultant says he can sell her a job offer that helps her stay in Canada. The price is 25,000 dollars. He says many students pay it. What warning signs do you see? Adwoa checks if he is on the official list of licensed immigration consultants.

story-how_recruiters_lie-us-title = The modelling scout
story-how_recruiters_lie-us-body = Maya is 15 and lives in Atlanta. Someone who says they are a modelling scout sends her a message online. They say she could be famous. They ask for more photos, and say she should not tell her parents yet. Later they offer a bus ticket to meet in another city. What warning signs do you see? Maya tells her mother and blocks the account.

## rights_at_work

story-rights_at_work-general-title = Keeping the passport safe
story-rights_at_work-general-body = Leo arrives for a new job abroad. The manager says, "Give me your passport. I will keep it safe." He also says the contract will be different from the one Leo signed at home, and the pay will be lower. What are Leo's rights? What could he do safely? Leo keeps a photo of his passport and of the first contract.

story-rights_at_work-jm-title = The hotel in South Carolina
story-rights_at_work-jm-body = Andre lives in Ocho Rios, Jamaica. He goes to work in a hotel in South Carolina with a work visa for the season. The boss keeps the workers' passports "for safe keeping". Each week, he takes more money from their pay for the room than he promised. What are Andre's rights? What could he do safely? Andre keeps a photo of his contract and his pay slips.

story-rights_at_work-ht-title = The building site
story-rights_at_work-ht-body = Wilner is from Port-au-Prince, Haiti. He works on a building site in Santo Domingo, in the Dominican Republic. The boss keeps his passport and pays him only half of what he promised. He says Wilner will be sent back if he complains. What are Wilner's rights? What could he do safely? Wilner writes down the days and hours he works.

story-rights_at_work-tt-title = The hotel in another country
story-rights_at_work-tt-body = Marlon lives in San Fernando, Trinidad and Tobago. He paid an agent 8,000 Trinidad and Tobago dollars for a hotel job abroad. When he arrives, the manager asks for his passport "for the files". The new contract shows lower pay and six days of work each week. What are Marlon's rights? What could he do safely? Marlon keeps a copy of the first contract he signed.

story-rights_at_work-ng-title = The new contract at the airport
story-rights_at_work-ng-body = Tunde lives in Ibadan, Nigeria. An agency finds him a job as a driver in Qatar. At the airport, the agent gives him a new contract with lower pay and longer hours. He says, "Sign quickly, or you miss the flight." What are Tunde's rights? What could he ask for? Tunde keeps a copy of the first contract.

story-rights_at_work-gh-title = Two years in one house
story-rights_at_work-gh-body = Abena is from Kumasi, Ghana. She works as a house helper for a family in Lebanon. The family keeps her passport. They say she cannot leave until her two years are over. She works every day with no day off. What are Abena's rights? What could she do safely? Abena keeps a photo of her passport on a friend's phone.

story-rights_at_work-sn-title = A contract she cannot read
story-rights_at_work-sn-body = Fatou lives in Dakar, Senegal. An agent offers her cleaning work in a hotel in the Gulf. He asks for 500,000 CFA francs. The contract is in a language she cannot read. He says, "Just sign. Everyone does." What are Fatou's rights? What could she ask for? Fatou asks for the contract in French and shows it to someone she trusts.

story-rights_at_work-ke-title = The runaway threat
story-rights_at_work-ke-body = Kiprop is from Eldoret, Kenya. He works as a security guard in Saudi Arabia. His pay is lower than his contract says, and the boss keeps his passport. When Kiprop asks, the boss says he will report him as a runaway. What are Kiprop's rights? Who could he ask for advice? Kiprop asks a help service what his visa allows before he does anything.

story-rights_at_work-ug-title = The house job abroad
story-rights_at_work-ug-body = Sarah lives in Kampala, Uganda. She goes to work as a house helper in a family abroad. On the first day, the family takes her passport and her phone. She works from six in the morning to midnight, with no day off. What are Sarah's rights? What could she do safely? Sarah learns her embassy's phone number by heart.

story-rights_at_work-et-title = No day off
story-rights_at_work-et-body = Meseret is from Dessie, Ethiopia. She works for a family in Kuwait. She works from early morning to late at night. She has no day off, and the family keeps her phone most of the day. What are Meseret's rights? What could she do safely? Meseret learns the number of her embassy by heart.

story-rights_at_work-ca-title = The temp agency
story-rights_at_work-ca-body = Kofi came to Canada to study. He works in a warehouse through a temp agency. The agency keeps part of his pay for "fees" and holds his study permit. They say he will be reported if he complains. What are Kofi's rights? Who could he ask for advice? Kofi writes down his hours and keeps his pay slips.

story-rights_at_work-us-title = The farm in Florida
story-rights_at_work-us-body = Jermaine is from St Elizabeth, Jamaica. He comes to Florida with a farm work visa to pick crops. The crew boss keeps the workers' passports. Each week he takes money from their pay "for the visa" and the bus. What are Jermaine's rights? Who could he ask for advice? Jermaine asks a legal aid group for farm workers for advice.

## warning_signs

story-warning_signs-general-title = A friend who has changed
story-warning_signs-general-body = Your friend Tom has a new job. He is always tired now. His boss drives him everywhere and answers for him when you talk. Tom says he cannot visit because he "owes" money for his room. What signs do you notice? What could you do without putting Tom in danger?

story-warning_signs-jm-title = Tiana's new boyfriend
story-warning_signs-jm-body = Tiana is in your class in Spanish Town, Jamaica. She has a new boyfriend who is much older. He buys her phone credit and new clothes. Now she often misses school. She says she has to "pay him back". What signs do you notice? Who could you talk to?

story-warning_signs-ht-title = The girl next door
story-warning_signs-ht-body = Guerline is about 10 and lives with the family next door in Port-au-Prince, Haiti. She came from the countryside "to go to school". You see her carry water and cook all day. She does not go to school. She looks very tired and is often hungry. What signs do you notice? Who could you talk to?

story-warning_signs-tt-title = At the shop
story-warning_signs-tt-body = You work at a shop in Chaguanas, Trinidad and Tobago. A young woman often comes in with a man. She speaks only Spanish. He answers for her, holds her ID card and pays for everything. She never looks happy and never comes alone. What signs do you notice? What could you do safely?

story-warning_signs-ng-title = The girl next door
story-warning_signs-ng-body = A girl of about 13 lives with your neighbours in Lagos, Nigeria. She came from a village to "help in the house". She works from dawn to late at night. She does not go to school and is never allowed out alone. What signs do you notice? Who could you talk to?

story-warning_signs-gh-title = At Makola market
story-warning_signs-gh-body = At Makola market in Accra, Ghana, a girl of about 14 carries heavy loads all day. She came from the north with a woman who takes all her money. The girl sleeps at the market and does not go to school. What signs do you notice? Who could you talk to?

story-warning_signs-sn-title = The boys at the market
story-warning_signs-sn-body = In Dakar, Senegal, you see the same young boys begging near the market every day, with a tin can. They look hungry and have no shoes. They say they must bring back money each day to a man, or they will be punished. What signs do you notice? Who could you talk to?

story-warning_signs-ke-title = Messages from Thailand
story-warning_signs-ke-body = Your neighbour in Mombasa, Kenya, went to Thailand for an "IT job". Now his family gets strange messages. They use the same words each time. He asks them to send money to pay a "fine" so he can leave. He never calls with video. What signs do you notice? Who could his family talk to?

story-warning_signs-ug-title = At the market
story-warning_signs-ug-body = At the market in Kampala, Uganda, you see a girl of about 14 selling goods every day, even during school hours. A woman always watches her and answers for her. The girl looks tired and hungry. What signs do you notice? Who could you talk to?

story-warning_signs-et-title = The girl at the café
story-warning_signs-et-body = At a small café in Addis Ababa, Ethiopia, a girl of about 13 works every day until late. She does not go to school. The owner answers for her when you speak to her. She says she sleeps in the kitchen. What signs do you notice? Who could you talk to?

story-warning_signs-ca-title = Sunday at church
story-warning_signs-ca-body = You help at a church in Leamington, Ontario. On Sundays, many farm workers from Jamaica and Trinidad come. One worker says the boss keeps his passport. He says he was told he will be sent home if he is sick or complains. He looks afraid. What signs do you notice? What could you do safely?

story-warning_signs-us-title = Tanisha has changed
story-warning_signs-us-body = Tanisha is 15 and in your class in Baltimore. She has an older boyfriend. He gave her a new phone and new clothes. Now she misses school, looks very tired and says she has to "work for him" at night. She seems afraid of him. What signs do you notice? Who could you talk to?

## safe_migration

story-safe_migration-general-title = Getting ready to go
story-safe_migration-general-body = Mira has a job offer in another country. She leaves in one month. She has a phone, her passport and a little money. What should Mira do before she leaves, on the journey and when she arrives? Mira leaves a copy of her passport and her contract with her sister.

story-safe_migration-jm-title = Farm work in Ontario
story-safe_migration-jm-body = Devon lives in Clarendon, Jamaica. He has an offer for seasonal farm work in Ontario, Canada. He leaves in six weeks. His mother is worried. What can Devon check and prepare before he goes? What should he do if the work is not what he was promised? Devon leaves a copy of his contract and the farm's address with his mother.

story-safe_migration-ht-title = Work in Santiago
story-safe_migration-ht-body = Fabienne lives in Jacmel, Haiti. Her aunt in Santiago, in the Dominican Republic, says there is work in a shop. Fabienne plans to go next month. She has a phone and a little money. What should she check before she goes? Who should know where she is? Fabienne writes her aunt's number on paper and learns it by heart.

story-safe_migration-tt-title = Care work in England
story-safe_migration-tt-body = Candice lives in Arima, Trinidad and Tobago. An agency offers her a job as a care worker in England. The agency is in London and wants a fee for the visa. What should Candice check before she pays? How can she prepare? Candice checks that the employer is on the UK government's list of licensed sponsors.

story-safe_migration-ng-title = Study in Canada
story-safe_migration-ng-body = Aminata lives in Abuja, Nigeria. An agent says he can arrange a place at a college in Canada, a visa and a part-time job, all for 3,000,000 naira. He wants the money this week. What should Aminata check before she pays? How can she prepare for the journey? Aminata checks the college on the Canadian government's list of approved schools.

story-safe_migration-gh-title = Building work in Dubai
story-safe_migration-gh-body = Yaw lives in Accra, Ghana. He has an offer to work on a building site in Dubai. He leaves in two months. His wife is worried. What should Yaw check about the agency and the contract? What should he prepare? Yaw leaves a copy of his passport and his contract with his wife.

story-safe_migration-sn-title = Strawberries in Spain
story-safe_migration-sn-body = Ousmane lives in Ziguinchor, Senegal. He has an offer to pick strawberries in Spain for four months, through an official program. He leaves in the spring. What should Ousmane check before he goes? Who should know where he works? Ousmane asks the program office for his contract in French.

story-safe_migration-ke-title = House work in the Gulf
story-safe_migration-ke-body = Mercy lives in Nakuru, Kenya. An agency offers her a job as a house helper in the Gulf. She leaves next month. What should Mercy check about the agency and the contract? What should she prepare, and who should know where she is? Mercy checks that the agency is on the government's list of licensed agencies.

story-safe_migration-ug-title = Security work in Qatar
story-safe_migration-ug-body = Waiswa lives in Jinja, Uganda. An agency offers him a job as a security guard in Qatar. He leaves next month. What should Waiswa check about the agency and the contract? What should he prepare? Waiswa checks that the agency is on the government's list of licensed agencies.

story-safe_migration-et-title = House work in Saudi Arabia
story-safe_migration-et-body = Selam lives in Bahir Dar, Ethiopia. A licensed agency offers her a job as a house helper in Saudi Arabia. She leaves in six weeks. What should Selam check about the contract? What should she prepare, and who should know where she is? Selam agrees with her mother on a day each week to call.

story-safe_migration-ca-title = A job in a new city
story-safe_migration-ca-body = Jada is 18. Her family is from Haiti, and she lives in Montréal-Nord. A friend of a friend says there is a job for her in Toronto, with a room included. She has never met the employer. What should Jada check before she goes? What should she plan in case things go wrong?

story-safe_migration-us-title = Work after the storm
story-safe_migration-us-body = Marcus is 20 and lives in Jackson, Mississippi. A crew offers him work fixing houses after a storm in Florida. They pay the travel and the rooms, and say he will be paid at the end of the job. What should Marcus check before he goes? Marcus asks for the company's name and writes down the address where he will stay.

## getting_help

story-getting_help-general-title = A message at night
story-getting_help-general-body = Your cousin works abroad. Late at night she sends a short message: "My boss took my passport. I cannot go out. Please do not call me." What can you do to help her safely?

story-getting_help-jm-title = A quiet voice note
story-getting_help-jm-body = Your cousin Nadine went from Kingston to work in a hotel on another island. She sends a quiet voice note: the boss took her passport and says she owes him for the flight. She asks you not to tell her mother. What can you do to help her safely?

story-getting_help-ht-title = A message from Santo Domingo
story-getting_help-ht-body = Your sister Rose works in a house in Santo Domingo. At night she sends a WhatsApp message. The family keeps her papers and has not paid her for two months. She asks you not to call her. What can you do to help her safely?

story-getting_help-tt-title = A new friend at church
story-getting_help-tt-body = A young woman from Venezuela comes to your church in San Fernando. She tells you in Spanish that her boss keeps her passport and takes her pay. She is afraid of the police. What can you do to help her safely?

story-getting_help-ng-title = Blessing's message
story-getting_help-ng-body = Your friend Blessing left Benin City to work in a salon in another country. Now she writes that there is no salon. She must work for a "madam" to pay back a large debt. She is afraid of what may happen to her family. What can you do to help her safely?

story-getting_help-gh-title = Kofi's call from Dubai
story-getting_help-gh-body = Your cousin Kofi went from Kumasi to Dubai for a job as a driver. He calls from a friend's phone. The job is not driving. He works in a warehouse all night, and the boss keeps his passport. He asks you not to tell his mother yet. What can you do to help him safely?

story-getting_help-sn-title = A call from Libya
story-getting_help-sn-body = Your cousin Cheikh left Kaolack to reach Europe. Now he calls from Libya. Men keep him in a house and ask his family for money. He is scared. What can you do to help him safely?

story-getting_help-ke-title = A call from the Gulf
story-getting_help-ke-body = Your sister works as a house helper in the Gulf. She calls at night from a borrowed phone. She works all day, has not been paid for three months, and cannot leave the house. What can you do to help her safely?

story-getting_help-ug-title = A voice note from Oman
story-getting_help-ug-body = Your sister Nakato works as a house helper in Oman. She sends a short voice note late at night. The family took her phone, and she uses it only when they sleep. She has not been paid. What can you do to help her safely?

story-getting_help-et-title = Meron in Beirut
story-getting_help-et-body = Your friend Meron from Addis Ababa works in a house in Beirut. She writes that she works all day, sleeps on the kitchen floor and cannot go out. She asks you not to tell her family. What can you do to help her safely?

story-getting_help-ca-title = A friend at school
story-getting_help-ca-body = Your friend Roselène goes to your school in Montréal-Nord. She says her older boyfriend checks her phone and keeps her money. He says she owes him. She is scared, and asks you not to tell anyone. What can you do to help her safely?

story-getting_help-us-title = Jean's new job
story-getting_help-us-body = Your cousin Jean came from Haiti and lives with your family in Miami. He works for a cleaning company. The boss keeps his papers and pays him very little. He says he will call immigration if Jean complains. What can you do to help Jean safely?

## for_leaders

story-for_leaders-general-title = After the session
story-for_leaders-general-body = After your session, a young woman waits until everyone has left. She says the job she has abroad sounds like the story you told. She leaves next week and has already paid a fee. She asks you not to tell her family. What do you say and do?

story-for_leaders-jm-title = After church in Kingston
story-for_leaders-jm-body = You run a session in a church hall in Kingston, Jamaica. Afterwards, a young man stays behind. He says an agent has his passport and asks for more money before he can travel for farm work. He is ashamed to tell his pastor. What do you say and do?

story-for_leaders-ht-title = After the session in Gonaïves
story-for_leaders-ht-body = You run a session in a church in Gonaïves, Haiti. Afterwards, a mother says a woman offered to take her daughter of 12 to Port-au-Prince. The girl would live with a family and "go to school". The woman wants to leave this week. What do you say and do?

story-for_leaders-tt-title = After the session in Point Fortin
story-for_leaders-tt-body = You run a session at a community centre in Point Fortin, Trinidad and Tobago. Afterwards, a teacher says a girl of 15 from Venezuela often misses class. An adult man picks her up from school. The girl says he is her "uncle". What do you say and do?

story-for_leaders-ng-title = After the session in Benin City
story-for_leaders-ng-body = You run a session at a community centre in Benin City, Nigeria. Afterwards, a young woman named Osas stays behind. She says a "madam" will pay her way to Italy. First, she must swear an oath at a shrine to pay back the money. What do you say and do?

story-for_leaders-gh-title = After the session in Accra
story-for_leaders-gh-body = You run a session at a community centre in Accra, Ghana. Afterwards, a mother says her son of 15 was promised a place at a football academy abroad. A man has asked for money and the boy's birth certificate. What do you say and do?

story-for_leaders-sn-title = After the session in Kaolack
story-for_leaders-sn-body = You run a session at a youth centre in Kaolack, Senegal. Afterwards, a young man says his uncle is collecting money from the family. He is to take a boat to Spain next week. He asks you not to tell his mother. What do you say and do?

story-for_leaders-ke-title = After class in Kisumu
story-for_leaders-ke-body = You run a session in a secondary school in Kisumu, Kenya. Afterwards, a student says her older sister works in the Gulf and has not been paid for months. The family is afraid to complain. What do you say and do?

story-for_leaders-ug-title = After the session in Mbarara
story-for_leaders-ug-body = You run a session at a church in Mbarara, Uganda. Afterwards, a young woman says an agent asks her to go to Kenya first and fly to the Gulf from there, "so it goes faster". She has already paid him. What do you say and do?

story-for_leaders-et-title = After class in Dessie
story-for_leaders-et-body = You run a session at a school in Dessie, Ethiopia. Afterwards, a girl of 16 says a broker will take her to Saudi Arabia by road and boat next month. Her family has to pay 40,000 birr. What do you say and do?

story-for_leaders-ca-title = After the youth group in Brampton
story-for_leaders-ca-body = You run a youth group session at a Caribbean church in Brampton, Ontario. Afterwards, a 16-year-old says a man she met online is sending her money and wants her to come to his city. She asks you to keep it between you. What do you say and do?

story-for_leaders-us-title = After the service in North Carolina
story-for_leaders-us-body = You run a session at a church in North Carolina. Many farm workers who come each season from Jamaica and Haiti attend. Afterwards, one worker says the crew boss keeps their passports and takes money from their pay for the visa. What do you say and do?
