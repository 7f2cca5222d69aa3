/**
 * Blind evaluation set 20, written without sight of the detectors' word lists.
 *
 * Emphasis: a realistic mix drawn from many different doctors' accounts across
 * X/Twitter, Facebook and LinkedIn: short abbreviated tweets, chatty Facebook posts
 * and polished LinkedIn reflections, from FY1s to consultants, GPs to intensivists,
 * in England, Scotland, Wales, Northern Ireland, Ireland and abroad. Roughly a third
 * of items are hard negatives that look alarming but are not (own/family illness,
 * pets, "patience", audits, composites, OSCE/SBA/sim cases, fiction; declared COIs,
 * #ad/sponsored posts, recalls, approvals, job adverts, journal clubs, critiques of
 * pharma), balanced by quiet positives (consented patient stories, replies to
 * relatives, advisory roles and free kit mentioned in passing, one's own clinic or
 * app). Accounts mix doctors named in the display name, handle, bio or
 * Facebook/LinkedIn name fields with doctors who give only initials, first names,
 * nicknames, puns or emoji, plus look-alike non-doctors (dentists, vets, nurses,
 * midwives, pharmacists, PAs, ACPs, paramedics, chiropractors, PhDs, students,
 * patients and carers, trusts, charities, colleges, clinics and journalists).
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND20_DEV_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY(`Lady in her 90s on the ward this morning made me check her lottery numbers on my phone BEFORE she'd let me do her cannula. Priorities 😂 #FY1life`),
  PY(`Bit of a reflective one, sorry it's long. Names and a few details changed obviously. A man came in to see me last month with his wife, he'd been "a bit off his food" since Christmas and she'd basically dragged him in. Lovely chap, ex-miner, wouldn't say boo to a goose. Felt a mass on examination and my heart sank. Two week wait, CT, and yesterday the letter came through confirming what we all feared. He came back in today just to say thank you for "not fobbing him off". I had to go and sit in my car for 10 mins after. This job. Give your GP a hug if you see them this week xx`, 'facebook'),
  PY(`Last week I looked after a young father who had been sent home from a walk-in centre twice with "a virus". By the time he reached us he was in septic shock.

He is now recovering on the ward, and I have been thinking a great deal about the gap between how sepsis presents in textbooks and how it presents at 2am in a tired 30-year-old who insists he's fine.

Three things I'm taking from this:
• Listen to the relative who says "this isn't like him"
• Repeat the obs. Then repeat them again
• Safety-netting is a clinical intervention, not a courtesy

#Sepsis #AcuteMedicine #PatientSafety`, 'linkedin'),
  PY(`@karenj_88 I'm really sorry your mum was discharged without her meds sorted. Please ring PALS and ask for the ward manager on 7B, and I'll chase pharmacy about her warfarin when I'm back on Tues`),
  PY(`3am. 24yo, DKA, third admission this month, pH 6.91. Insulin pen "ran out" again. Nobody's asking why a 24yo keeps running out. Social work referral done. Sort of night it's been.`),
  PY(`chap in resus tonight tried to take a fishing hook out of his own thumb with pliers after 6 cans. hook still in. pliers also still attached somehow. ortho laughing at us from the doorway 🎣`),
  PY(`pt told me today I was the first doctor in 10 years who'd actually let her finish a sentence. 40 min appt, ran massively late, absolutely worth it. bit teary in the car tbh`),
  PY(`Little lad (4) on our ward today insisted on giving EVERY nurse a dinosaur sticker before he'd go down to theatre for his grommets. The anaesthetist got a T-Rex. I got a stegosaurus. I am choosing not to read anything into that 🦕 Best patient of the week by miles.`, 'facebook'),
  PY(`Proud of our HPB team this week. On Friday we completed a particularly complex Whipple's procedure on a gentleman who had been turned down elsewhere. Today he walked two laps of the ward and ate his first proper meal. Shared with his permission, and he asked me to add: "tell them the custard is rubbish". Noted. #Surgery #Teamwork #NHS`, 'linkedin'),
  PY(`You know you work in a small town when the woman you spent Monday's appt persuading to stop smoking serves you your meal deal in the Co-op on Weds with a roll-up tucked behind her ear. We made eye contact. Neither of us said anything.`),
  PY(`Delivered twins at 28+3 in theatre tonight, mum was unbelievably brave. 980g and 1.12kg and both came out shouting. Over to the NICU wizards now. Come on little ones 💪👶👶`),
  PY(`Had to tell a man today that he can't drive for 6 months after his first seizure. He's a taxi driver. Two kids. He just said "right" and looked at the floor. Hardest bit of the job isn't the medicine.`),
  PY(`@DaveRobbo74 Hi Dave, sorry it took so long for your results to come back. The bloods were mostly fine but I'd like to recheck your liver test in 3 months, can you book in with reception for a blood test?`),
  PY(`awake fibreoptic on a gentleman this morning with a neck like a rugby prop and a mouth opening of about 2cm. textbook. SpO2 never below 97. buzzing all day #anaesthesia #airway`),
  PY(`(Details changed to protect the innocent.) A woman in her 40s came to see me convinced she had MS because a TikTok told her that tingly feet = MS. It was new shoes. Two sizes too small. She was relieved and mortified in equal measure. I've never prescribed "go back to Clarks" before.`, 'facebook'),

  // ---- patient = false ----
  PN(`Case for the juniors (hypothetical!): 68M, known COPD, sats 84% on air, pH 7.31, pCO2 7.8, RR 28. What's your O2 target and what do you do next? Answers below 👇 #MedTwitter #FOAMed`),
  PN(`Back at work after my own appendicectomy. Turns out being a patient is deeply humbling and the hospital gowns still don't close at the back. Huge thanks to the HCAs on the surgical ward who were nothing but kind to a very grumpy doctor.`),
  PN(`Took Biscuit for his boosters. He bit the vet. The vet was very gracious about it. I've apologised twice and bought a box of Celebrations for the practice 🐶🙈`),
  PN(`Lesson of the week: patience. Specifically mine, with the new EPR that logs me out every 4 mins and then asks me to "confirm my identity" with a code sent to a phone I'm not allowed to carry on the ward.`),
  PN(`Audit results are in: of 212 patients admitted with AKI in Q3, only 41% had a documented fluid balance chart and 18% had nephrotoxics held. We can do so much better. Re-audit in Feb. #QI #AKI`),
  PN(`The 4-hour target is not a clinical standard. It's a political one, and we all know it. Discuss. (politely)`),
  PN(`I want to share something I wrote for our hospice newsletter. The woman I describe below is a composite of many people I have cared for over 20 years in palliative medicine, not any one person. She is every daughter who sleeps in the chair beside the bed, every husband who learns to do mouth care with a sponge, every grandchild who brings in a drawing. If you have sat in that chair, this is for you ❤️`, 'facebook'),
  PN(`OSCE prep, station 4: "You are the FY2 in ED. Mrs Patel, 54, presents with central chest pain radiating to her jaw. Take a focused history." 8 minutes, swap roles, then feedback. Go!`),
  PN(`Dad had his TAVI at Papworth on Thursday and was home by Saturday, annoying mum and trying to mow the lawn. Cannot thank the team enough. Modern medicine is genuinely incredible.`),
  PN(`Reminder for parents: if your child is unwell and has a rash that doesn't fade under a glass, call 999 or go to A&E. Don't wait for a GP appointment. Please share.`, 'facebook'),
  PN(`SBA of the day 📝 A 32-year-old woman presents with palpitations, weight loss and a tender goitre 3 weeks after a viral illness. Which is the most likely diagnosis? A) Graves' B) de Quervain's C) Toxic MNG D) Hashimoto's E) Plummer's. Answer tomorrow!`),
  PN(`Chapter 3 of my (very amateur) novel is up on my blog! Dr Ava Kent meets her first patient on the island, a grumpy retired fisherman called Tom who thinks doctors are "all townies". Completely fictional, any resemblance to actual Cornishmen is coincidental 😅 link in bio`),
  PN(`Delighted that our paper is out in BMJ Open today. Using national data from 3,412 patients with hip fracture, we found that time to surgery over 36 hours was associated with a 1.4-fold increase in 30-day mortality, with the strongest effect in those with frailty. Thank you to all co-authors and to the NHFD for making the data available. #Orthogeriatrics #Research`, 'linkedin'),
  PN(`Sim session today and our mannequin "Stan" arrested three times in 40 minutes. Poor Stan. Team absolutely nailed the ALS algorithm though, and the debrief was one of the best I've been part of. #SimulationTraining`),
  PN(`34 weeks pregnant and still doing nights on labour ward. Baby kicked the CTG monitor off my bump during handover. She's clearly going to be an obstetrician.`),

  // ---- interest = true ----
  IY(`Loving my new Littmann Cardiology IV in rose gold 😍 the lovely folks at 3M sent it over and it's honestly the best I've used. Use code DRSAMMY15 for 15% off 🩺✨`),
  IY(`I'm delighted to announce that I have joined the Medical Advisory Board of Zentiva UK. I look forward to helping shape their work in cardiovascular prevention and to bringing a frontline NHS perspective to the table. #Leadership #Cardiology #Pharma`, 'linkedin'),
  IY(`Now taking bookings at my Harley St clinic 💜 Same-week menopause & HRT consultations, blood tests on the day. Spaces limited, DM me or click the link!`),
  IY(`been on the Vitabiotics Wellman for a month now and honestly my energy on nights is through the roof. every doctor I know should be on this. link in bio 💊⚡`),
  IY(`What a night 🥂 Amazing dinner at the Shard courtesy of the Novo Nordisk team after today's obesity symposium. Views + company + wine = 10/10`),
  IY(`Hi all!! So excited to share I've partnered with SkinGlow Aesthetics in Didsbury 💉✨ mention my name when you book for £50 off your first anti-wrinkle treatment! Medically led, safe hands xx`, 'facebook'),
  IY(`If you're struggling with sleep, try Somnify 🌙 I helped design their CBT-I programme and it's the best digital sleep tool out there IMO. Free 14-day trial with my link below 👇`),
  IY(`Honoured to have been invited to speak at the AstraZeneca respiratory masterclass in Lisbon next week. Huge thanks to their events team for sorting flights and a beautiful hotel. Looking forward to sharing our severe asthma experience with colleagues from across Europe.`, 'linkedin'),
  IY(`Our AI skin-check app DermaScan is now live in 3 ICBs!! As CMO I couldn't be prouder of the team. GPs, book a demo below and see how we can cut your 2WW derm referrals 👇`),
  IY(`huge thanks to @ButterflyNetwork for the iQ3 probe they sent me to try out. POCUS in my scrubs pocket 🙌 every ED should have these #POCUS #FOAMed`),
  IY(`Knee pain stopping you running? At OrthoActive Clinic (where I consult privately) we can see you this week, MRI same day, no GP referral needed. Call 0161 555 0192 to book.`),
  IY(`My IBS clinic patients keep asking what I recommend, so... Gutsy Biotics sent me 3 months' supply to try and it's genuinely brilliant. Code GUTDOC10 for 10% off 🦠💚`),
  IY(`I'm excited to share that I've started a new role as a paid clinical consultant to Medtronic's diabetes technology team, helping shape their next-generation closed loop system. Can't wait to see this in the hands of patients! #T1D #InsulinPump #MedTech`, 'linkedin'),
  IY(`Weight loss jabs without the waiting list 💉 I'm now doing online consultations for SlimRx, £199/month incl. pen + my review. Link below, spaces filling fast`),
  IY(`free lunch from the Pfizer rep again 🍕🍕 ward's never been happier. she's getting a christmas card this year`),

  // ---- interest = false ----
  IN(`Disclosure: I have received speaker fees from Bayer in the past 2 years. With that said, here's my independent 🧵 on the new factor XI inhibitor data presented at AHA this week 1/8`),
  IN(`#ad Paid partnership with Boots ☀️ Here's my GP guide to choosing a sunscreen this summer: SPF 30+, 4 or 5 star UVA, and reapply after swimming. More in the carousel 👉`),
  IN(`⚠️ MHRA recall: certain batches of Emerade 300 microgram pens may fail to activate. Check your patients' pens and make sure they have an alternative adrenaline autoinjector.`),
  IN(`NICE has now recommended tirzepatide for weight management in specialist services. Huge implications for primary care capacity, and no new money to go with it. Watch this space.`),
  IN(`Reminder for the FY1s: when starting dapagliflozin or empagliflozin, counsel on sick day rules (stop if vomiting/not eating) and the risk of euglycaemic DKA. Write it in the TTO!`),
  IN(`Another pharma-funded "educational dinner" invite in my inbox. Declined. We really need to stop pretending these don't influence prescribing.`),
  IN(`We're hiring!! 2 x Consultant Gastroenterologist posts at Royal Cornwall Hospitals 🌊 Come for the surf, stay for the team. Informal chats welcome, link to NHS Jobs below.`),
  IN(`Journal club Weds 12:30, seminar room 2: SELECT trial (semaglutide and CV outcomes in non-diabetic obesity). Sandwiches from the department, not from Novo 😉`),
  IN(`Our new NHS community diabetes service for Leeds launches on Monday! Free, self-referral for anyone registered with a Leeds GP, group education and 1:1 support.`, 'facebook'),
  IN(`COI: I sit on the advisory board of Sword Health (paid). With that in mind, here are a few thoughts on where digital MSK physio fits in an overstretched NHS pathway, and where the evidence is still thin.`, 'linkedin'),
  IN(`Sponsored by Abbott: join our free CPD-accredited webinar on FreeStyle Libre 3 in type 2 diabetes, Thursday 7pm. Abbott have had no input into the content.`),
  IN(`Interesting FT piece on Novo Nordisk's market cap now exceeding Denmark's entire GDP. Wild times for a company that used to be best known for insulin.`),
  IN(`I have received honoraria from Lilly and Sanofi in the last three years. Slides from today's talk on insulin titration in primary care are linked below, feel free to use with credit.`),
  IN(`Not sponsored, just a fan: the @NHSApp repeat prescription bit is actually really good now. Saves my receptionists hours a week.`),
  IN(`Every week in clinic I see complications from cheap lip filler done in a salon. Please check your injector is a registered healthcare professional and ask what they'd do if something goes wrong.`, 'facebook'),
];

export const BLIND20_TEST_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY(`lovely 102yo on the frailty unit told me the secret to a long life is "never marrying". she's buried three husbands. I didn't ask follow up questions`),
  PY(`Pt in bay 3 has pressed his buzzer 14 times tonight to ask what time it is. Gave him my watch. Now I don't know what time it is. #nightshift #NHS`),
  PY(`Sad day at the surgery. One of our longest-standing patients passed away this morning. I'd known her since I joined the practice in 2009, she used to bring us a Victoria sponge every December and tell me off for being too thin. Her daughter rang to let us know and said she went peacefully at home, just as she wanted. We'll miss you, lovely lady 💐`, 'facebook'),
  PY(`A patient taught me something important this week.

He was 78, a retired joiner, and after a long conversation he declined the feeding tube we had all assumed he would want. He said, "I've built enough things in my life. I don't need to be rebuilt."

As doctors we're trained to offer the next intervention. Sometimes the most skilled thing we do is to stop, listen, and help someone choose not to.

#PalliativeCare #ShaerdDecisionMaking #Geriatrics`, 'linkedin'),
  PY(`@jenny_h_88 I'm so sorry about your dad, Jenny. I remember him well from ward 9, he kept us all laughing. If you want to talk through what happened in his last few days please ring the bereavement office and ask for me.`),
  PY(`Removed a Lego Stormtrooper head from a 3yo's left nostril in minors this afternoon. Second Lego extraction this week (different child, different Star Wars character). Parents, hide the small pieces 🙏`),
  PY(`Motorcyclist off the A9 near Pitlochry this afternoon, open tib/fib, flown in. Ortho did a cracking job, he's in recovery and already asking about his bike. Wear your leathers folks 🏍️`),
  PY(`Young lad in this morning looking for a sick cert for "the flu". The Galway Races started today. Refused. He left me a scratchcard on the way out anyway 😂 won €2`),
  PY(`Story from clinic (identifying details changed): a lovely lady referred with "treatment-resistant hypertension" on five agents. Turned out she'd been taking her husband's tablets for a year because "they were the same colour". BP now perfect on one.`),
  PY(`Spent an hour in ED tonight with a young man who had planned to end his life. He is safe now and on the ward. If you're struggling, please talk to someone: Samaritans 116 123, any time.`),
  PY(`With her kind permission, I'd like to share Margaret's story. After 18 months on our waiting list, in constant pain and unable to walk to her local shop, she finally had her hip replaced last month. On Friday she sent our team a photo of herself back at her allotment. This is why we do what we do, and also why the waiting lists matter so much. #Orthopaedics #NHS #ElectiveRecovery`, 'linkedin'),
  PY(`Guess the rash 🔍 pic from clinic today (consent obtained): 50s F, itchy purple flat-topped papules on both wrists, started 6 wks ago. Answers below! #dermtwitter`),
  PY(`@lisa_marie_w Hi Lisa, I can't go into your results on here I'm afraid, but yes, your ENT referral was sent last Thursday so you should hear from them soon.`),
  PY(`Extubated the lady we'd had on ECMO for 23 days. First thing she did was mouth "thank you" to the nurse. I'm not crying, you're crying 🫁❤️ #ICU`),
  PY(`had a bloke today ask if i could "prescribe" him a tattoo to cover his appendix scar. told him no. he said worth a go doc. respect the hustle tbh`),

  // ---- patient = false ----
  PN(`Diagnosed with type 1 diabetes at 34. As a diabetologist. The irony is not lost on me. Libre's on, carb counting like a pro, and finally understanding what I've been asking my patients to do for 10 years 😅`),
  PN(`Mabel the cat had a dental at the vets today. £600. I'm clearly in the wrong branch of medicine 🐈💸`),
  PN(`Teaching my 6yo to ride a bike has tested my patience more than any on-call ever has. Knees: grazed. Ego: grazed. Bike: fine.`),
  PN(`Hypothetical for the regs: you're the only med reg on, two sick patients in different buildings, both deteriorating. Who do you see first and why? No wrong answers (there are definitely wrong answers).`),
  PN(`Our ED saw 412 attendances yesterday, a record. 87 people waited more than 12 hours. The staff were heroic. The system is broken. Both things are true.`),
  PN(`MRCP Part 1 practice Q: A 45-year-old man presents with haemoptysis, haematuria and a raised creatinine. Anti-GBM antibodies are positive. What is the most appropriate next step? Answer tomorrow 😈`),
  PN(`I've written this as a composite, so please don't try to work out who it is, because it isn't anyone. It's the hundreds of teenagers I've seen in paeds A&E over the years after a night out gone wrong, and their parents who arrive in pyjamas at 3am. Be kind to them, and be kind to yourselves if you're that parent tonight.`, 'facebook'),
  PN(`My gran is 100 today!! 🎉 Still does the Times crossword in pen, still beats me at rummy, and the card from the King is proudly on the mantelpiece 👑`, 'facebook'),
  PN(`Mum's 4th cycle of chemo today. Sitting in the day unit on the other side of the fence for once. The nurses are angels, every single one of them.`),
  PN(`Could it be #sepsis? Look out for: Slurred speech or confusion, Extreme shivering or muscle pain, Passing no urine in a day, Severe breathlessness, "I feel like I might die", Skin mottled or discoloured. If in doubt, call 999.`),
  PN(`The new GP contract changes are being sold as a win for continuity of care. Having read all 84 pages, I'm not convinced. A short thread on what the ARRS rules actually mean for practices like mine.`, 'linkedin'),
  PN(`The patient actor in today's breaking bad news workshop was so convincing that half the FY1s were in tears. Huge respect to our sim faculty, this stuff matters more than any lecture.`),
  PN(`watching #Casualty and the reg just did a thoracotomy in a car park with a biro and a bin bag. 10/10 realism, no notes`),
  PN(`Proud to share the results of our 12-month falls QI project: a 28% reduction in inpatient falls across 6 elderly care wards, driven by bay nursing, lying-standing BP and a brilliant team of HCAs. Data and run charts in the comments. #QualityImprovement`, 'linkedin'),
  PN(`Broke my wrist falling off my bike on the way to clinic. Typing this one-handed. My ortho colleague did the plaster and spent the entire time critiquing my fall technique.`),

  // ---- interest = true ----
  IY(`So grateful to @GSK for flying me out to Boston for the respiratory summit ✈️ Incredible science, incredible people and even better lobster rolls 🦞`),
  IY(`Use code DRALEX for £20 off your first @Numan order 💪 I use their hair loss treatment myself and I'm genuinely impressed, link in bio`),
  IY(`Thrilled to be joining Livi as Clinical Lead for their new menopause pathway. Women deserve better access, and I'm excited to be part of the solution. You can book with me directly through the Livi app! #WomensHealth #Menopause`, 'linkedin'),
  IY(`🎄 XMAS OFFERS AT MY CLINIC 🎄 Baby botox £150, Profhilo 2 for 1, free skin consult with every booking. Doctor-led, spaces filling up fast so message me to grab yours ❤️`, 'facebook'),
  IY(`My patients always ask which vitamin D I take myself, so here it is: @BetterYou DLux spray ☀️ They sent me a bundle to try over winter and I'm hooked`),
  IY(`Sick of the NHS waiting list for an ADHD assessment? I'm now offering private adult assessments through Clarity Minds, typically within 2 weeks. Link in bio 🧠`),
  IY(`Excited to be on the Scientific Advisory Board for @ZOE 🧬 the gut microbiome is the future of personalised nutrition and I can't wait to get stuck in`),
  IY(`Got to play with the new Philips Lumify at ESC and their team are letting me keep one for a month to try in my echo clinic 😍 handheld echo is here`),
  IY(`My app HeartTrack is live on the App Store!! 📱❤️ Built by a cardiologist (me 👋) to help you track your BP at home and get my personalised tips. First month free, then £4.99`),
  IY(`The team at Menarini have kindly funded my place at ESC Congress this year, registration, flights and hotel all sorted 🙌 can't wait to catch up on the latest in hypertension`),
  IY(`Heading over to our partner clinic in Istanbul next month to oversee hair transplant procedures. Full UK aftercare with me included. DM for package prices ✈️💇‍♂️`),
  IY(`Best home BP monitor? I always recommend the Omron M3 Comfort to my patients, grab one through the link in my bio 😉`),
  IY(`3 weeks into wearing the Dexcom G7 the rep gave me to trial on myself. If you have T1 and your team hasn't offered you one, ask. Honestly the best CGM out there.`),
  IY(`After 15 years in the NHS, I'm proud to announce the launch of Thrive Longevity Clinic in Cheltenham. Executive health screens, full-body MRI and bespoke supplementation plans. The first 20 clients receive 15% off their initial assessment. #Longevity #PreventiveMedicine`, 'linkedin'),
  IY(`Proud to be an @ouraring ambassador 💍 easily the best sleep tracker I've used and I recommend it to all my insomnia patients. Discount link below 👇`),

  // ---- interest = false ----
  IN(`#sponsored I've partnered with Bio-Oil on a campaign about scar care after caesarean section. All opinions are my own and based on the evidence, which I've linked below.`, 'facebook'),
  IN(`Disclosure: I hold shares in a digital health start-up, but not in any company mentioned here. 🧵 on the evidence for remote BP monitoring in primary care 1/`),
  IN(`MHRA drug safety update: valproate in under-55s now needs two specialists to sign off on initiation. Get familiar with the new risk acknowledgement forms before your next clinic.`),
  IN(`Ozempic supply is still patchy. Please don't switch your T2DM patients to "compounded semaglutide" from online sellers. Some of what's out there isn't what it says on the tin.`),
  IN(`Really disappointed to see yet another "doctor" influencer flogging NAD+ drips for "cellular rejuvenation". No evidence, real risks. This is how public trust erodes.`),
  IN(`We're recruiting! Clinical Fellow in Acute Medicine at Ninewells, 12 months, protected teaching and a sim fellowship option. Apply via NHS Scotland Jobs, closes 30th.`),
  IN(`Conflict of interest: I have received consultancy fees from Roche Diagnostics. Some reflections on implementing a 0/1-hour high-sensitivity troponin pathway in a district general hospital, and what we learned about chest pain flow.`, 'linkedin'),
  IN(`FDA approves donanemab. Modest slowing of decline, real ARIA risk, and NICE says no for now. Expect some very tricky memory clinic conversations this year.`),
  IN(`Journal club this Thurs: the DELIVER trial (dapagliflozin in HFmrEF/HFpEF). Bring your critical appraisal hats and your own lunch 🥪`),
  IN(`This is a paid partnership with Bupa. I'll be live on Instagram tonight at 8pm answering your questions about men's health, prostates and all 🙋‍♂️`),
  IN(`Reminder: the NHS Health Check is free for everyone aged 40-74 without an existing heart condition. Ring your GP surgery to book. It takes 20 minutes.`, 'facebook'),
  IN(`switched a few T2s who couldn't tolerate standard metformin to the MR version this month and the GI side effects have been so much better. worth asking your GP about if it's been a problem`),
  IN(`Our hospital charity has just bought a da Vinci surgical robot after two years of bake sales, fun runs and one very brave sponsored head shave. Thank you Swindon 🙏🤖`),
  IN(`Someone asked why I always recommend plain old generic atorvastatin on here. Simple: it works, it's cheap, and I don't take money from pharma companies. Never have.`, 'facebook'),
  IN(`Our trust has banned drug reps from the wards from next month. Good. Education should come from independent sources, not sales teams with branded pens.`),
];

export const BLIND20_DEV_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymous doctors ----
  X('gasgasbang', 'Gas Gas Bang 💉', 'Anaesthetic reg in the North West. Tubes, lines and bad puns. Views my own.', true),
  X('theGPwhosaysno', 'The GP Who Says No', "Salaried GP, Essex. Yes, I'm running late. No, you can't have antibiotics. #GPtwitter", true),
  X('FY1_Fiona', 'Fiona 🩺', 'FY1 surviving Leeds. First name only because the rota coordinator follows me.', true),
  X('DrKT_ortho', 'Dr K.T.', "ST6 Trauma & Orthopaedics | Bristol | bones heal, egos don't", true),
  FB('nightreg.medicine', 'Night', 'Reg', 'Medical registrar. Nights enthusiast (not really). MRCP(UK).', true),
  LI('dr-s-o-cardiology', 'S.', 'O.', 'Consultant Cardiologist | Interventional & Heart Failure | MBBS FRCP', true),
  X('paedsdoc_dub', 'Paeds Doc Dublin', 'Paediatric SpR, Dublin. IMC registered. Runs on tea and Calpol-scented hugs.', true),
  X('sleepdeprivedSHO', '😴🏥☕', 'SHO in A&E. Coffee is a food group.', true),
  X('consultant_psych_m', 'M, psychiatrist', 'Consultant psychiatrist, NHS Scotland. Occasional thoughts on mental health policy.', true),
  FB('aj.emergencymed', 'AJ', '', 'ED consultant. Dad x2. Parkrun. FRCEM.', true),
  X('RadiologyRach', 'Rach 📡', 'Radiology trainee ST3. I see right through you. Literally.', true),
  X('micro_bug_doc', 'The Bug Doc 🦠', 'Microbiology & ID consultant. Wash your hands. Stop asking for amoxicillin for colds.', true),
  LI('jamie-locum-gp', 'Jamie', '', 'Locum GP | MRCGP | Covering practices across South Wales', true),
  // ---- not anonymous doctors ----
  X('drpriyashah', 'Priya 🌸', 'GP partner, Birmingham. Women’s health & menopause. Tweets my own.', false),
  X('bonesandbikes', 'Bones & Bikes', 'Consultant orthopaedic surgeon, Norwich. Tom Whitfield. Knees, cycling, bad coffee.', false),
  FB('sarah.okafor.7', 'Sarah', 'Okafor', 'Obs & Gynae registrar, London. Mum of 3. Tired.', false),
  LI('ciaran-mcloughlin-geri', 'Ciarán', 'McLoughlin', 'Consultant Geriatrician | HSE West | University Hospital Galway', false),
  X('h_nakamura_ICU', 'Hiro 🫁', 'Intensivist in Melbourne. Hiroshi Nakamura, FCICM. ECMO nerd, ex-Guys.', false),
  X('toothdoc_leeds', 'The Tooth Doc 🦷', 'Dentist (BDS) in Leeds. "Dr" by courtesy only. Floss, people!', false),
  X('vetjo_mrcvs', 'Jo the Vet', 'Small animal vet, MRCVS. Dogs > people.', false),
  X('ward7sister', 'Ward Sister 👩‍⚕️', 'Senior sister, acute medicine. RN. 20 years in the NHS and still smiling (mostly).', false),
  X('the_pharmacist_pj', 'PJ 💊', 'Community pharmacist, MPharm. Independent prescriber. Ask me about your meds.', false),
  FB('pa.in.ed', 'PA', 'Life', 'Physician associate in emergency medicine. Not a doctor, proud PA.', false),
  X('paramedic_mike', 'Mike 🚑', 'HCPC registered paramedic, East Midlands Ambulance Service. Blue lights & brews.', false),
  LI('elizabeth-hardcastle-phd', 'Elizabeth', 'Hardcastle', 'Dr Elizabeth Hardcastle, PhD | Senior Research Fellow in Molecular Biology, University of Sheffield', false),
  X('medstudentmo', 'Mo 📚', '4th year medical student @ Cardiff. Future surgeon (hopefully).', false),
  X('LongCovidCarer', 'Mum of a long-hauler', 'Full-time carer for my 17yo. Campaigning for better paediatric long covid services.', false),
  X('NorthTeesNHS', 'North Tees and Hartlepool NHS FT', 'Official account. Not monitored 24/7. In an emergency call 999.', false),
  FB('KentHeartCharity', 'Kent Heart', 'Charity', 'Local heart health charity supporting patients and families. Registered charity no. 1123456.', false),
  X('healthhacksjourno', 'Ellie | Health Journalist', 'Health correspondent. Formerly ITV News. DMs open for tips.', false),
];

export const BLIND20_TEST_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymous doctors ----
  X('scalpelandsarcasm', 'Scalpel & Sarcasm', "General surgery registrar. Hernias are my love language. Opinions not my trust's.", true),
  X('TheRuralGP', 'Rural GP 🐑', 'GP in the Highlands. 40 miles to the nearest CT scanner. MRCGP.', true),
  X('foundationdoc_ni', 'FY2 NI', 'Foundation doctor in Belfast. Learning something every day.', true),
  X('Dr_H_neuro', 'Dr H', 'Neurology consultant. Migraine clinic. Headaches are literally my business.', true),
  FB('labourward.doc', 'Labour', 'Ward', 'O&G ST4. Babies, blood and bad sleep.', true),
  LI('rheum-consultant-kb', 'K.', 'B.', 'Consultant Rheumatologist | MD FRCP | Lupus & vasculitis', true),
  X('medreg_sos', '🆘 The Med Reg', "If you've bleeped me, I'm already on my way. Probably. #medreg", true),
  X('jr_doc_wales', 'Junior Doctor, Wales', 'CT2 in Swansea. BMA rep. Pay restoration now.', true),
  X('oncdoc_nz', 'Onc Doc 🇳🇿', 'UK-trained medical oncologist now in Auckland. Ex-NHS, forever grateful.', true),
  FB('hems.dr.r', 'Dr', 'R', 'Consultant in emergency medicine & PHEM. HEMS doc. Views mine.', true),
  X('gerispod', 'Geri Spod', 'Geriatrics ST5. Delirium, falls & tea. (Not my real name, obviously.)', true),
  X('anaesthesia_amy', 'Amy 😴💉', 'Consultant anaesthetist. I put people to sleep for a living.', true),
  LI('derm-doc-london', 'Derm', 'Doc', 'Dermatology StR | London | MRCP(UK), Dermatology SCE', true),
  // ---- not anonymous doctors ----
  X('OmarFarooqGP', 'Omar', 'GP trainee ST2, Manchester. Cricket, curry, continuity of care.', false),
  X('rheumlady', 'Dr Fatima Begum', 'Consultant rheumatologist, Royal Free London.', false),
  FB('conor.walshe.1', 'Conor', 'Walshe', 'Anaesthetics SpR, Cork. GAA and gas.', false),
  LI('amelia-rowntree-frcs', 'Amelia', 'Rowntree', 'Consultant Colorectal Surgeon | Robotic Surgery | Leeds Teaching Hospitals', false),
  X('drjw_camhs', 'JW 🧠', 'Child & adolescent psychiatrist | Dr James Williams | Cardiff', false),
  X('DrChiroDave', 'Dr Dave 🦴', 'Doctor of Chiropractic. Spinal health & sports injuries, Guildford.', false),
  X('smilesbysunny', 'Sunny — Dental Surgeon', 'BDS MFDS RCPS(Glasg). Cosmetic dentistry in Glasgow.', false),
  X('midwife_maz', 'Maz 🤰', 'Community midwife, Bristol. RM. Babies everywhere.', false),
  X('acp_in_amu', 'ACP on AMU', 'Advanced clinical practitioner (nursing background) on the acute medical unit. Not a doctor!', false),
  LI('rhona-gill-healthecon', 'Rhona', 'Gill', 'Dr Rhona Gill, PhD | Health Economist | NICE appraisal committee member', false),
  X('PharmacyFirstStoke', 'Your Local Chemist', 'Independent pharmacy, Stoke-on-Trent. Pharmacy First services available, walk in.', false),
  X('vetsurgeonsam', 'Sam the Vet', 'Equine vet surgeon. BVSc MRCVS. Horses & hay fever.', false),
  X('medstudent_grace', 'Grace 🩺', 'Final year med student, Edinburgh. FY1 in August 😬', false),
  X('T1D_dad', 'Type 1 Dad', 'Living with T1D for 30 years. Patient advocate. Nothing here is medical advice.', false),
  X('RCPLondon', 'Royal College of Physicians', 'Official account of the Royal College of Physicians.', false),
  FB('NovaHealthClinics', 'Nova Health', 'Clinics', 'Private GP & aesthetics clinics in Surrey. Book online 24/7.', false),
  LI('tom-hayes-health', 'Tom', 'Hayes', 'Health Editor | National newspaper | Ex-BBC', false),
];
