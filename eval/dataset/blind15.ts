/**
 * Blind evaluation set 15, written without sight of the detectors' word lists.
 *
 * Emphasis: a realistic mix as it would turn up across one doctor's decade of
 * posts on X/Twitter, Facebook and LinkedIn. Patient material is mostly told in
 * passing (a line inside a rota rant, a reply to a relative or patient, a
 * LinkedIn "lesson I learned" piece, a Facebook "on this day" memory, a teaching
 * X-ray "from last night"), and commercial ties are mostly mentioned in passing
 * (a thank-you to a drug company at the end of a conference post, a discount
 * code inside a fitness post, a private clinic plug tacked onto a health tip, a
 * "they sent me a box" aside, an advisory role announced as good news). Hard
 * negatives share the same vocabulary: the doctor's own family on a ward,
 * aggregated audit and service figures, explicitly hypothetical/composite/
 * fictional/OSCE/SBA cases, polite refusals to discuss care, declared ties
 * (COI, #ad, paid partnership, sponsored, "I have received fees from"), recalls,
 * approvals, NHS campaigns, charity sponsorship and non-healthcare freebies.
 * Accounts mix anonymous doctors with subtle cues (grade codes, exam letters,
 * specialty in-jokes, first-name-only Facebook/LinkedIn exports) against named
 * doctors and non-doctors (midwife, pharmacist, vet, ACP, dentist, paramedic,
 * PhD, student, patient, organisation).
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND15_DEV_POSTS: BlindPost[] = [
  // ---- patient: positives ----
  PY(`4th night in a row covering a rota gap nobody bothered to fill. The lady in bay 3 who kept asking for her husband (he died years ago) only settled at 5am when I sat with her for 20 mins. Still absolutely fuming at medical staffing tho`),
  PY(`@karenjwhit so sorry your dad's still waiting on the ward — I've had a word with the sister in charge and the reg is looking at his bloods this afternoon. DM me if nothing's moved by 5 x`),
  PY(`The most important lesson of my career came from a 34-year-old builder who told me he "just had indigestion".

He was polite, apologetic for wasting my time, and about to go back to work. Something about how grey he looked made me do a troponin anyway. He was in the cath lab within the hour.

What I learned: the patient who apologises most is often the one who is sickest. Listen to the apology, then look past it.

#Leadership #MedicalEducation #PatientSafety`, 'linkedin'),
  PY(`Facebook memory popped up 🥹 6 years ago tonight, the baby I delivered in the car park at Furness General because mum didn't quite make it to labour ward!! Still get a Christmas card from them every single year xx`, 'facebook'),
  PY(`Just told a 19yo that his testicular lump is almost certainly cancer. First thing he asked was whether he could still play Sunday league. Going to sit in my car for five minutes.`),
  PY(`(details changed obviously) saw a woman this week who'd been rationing her insulin because she couldn't afford the bus fare to the pharmacy twice a month. HbA1c 112. Cost of living crisis is a health crisis.`),
  PY(`Weirdest thing at surgery today 😂 lovely old chap brought me a jar of his homemade chutney cos I finally sorted his hearing aid referral. Not sure if I'm allowed to eat it but it smells AMAZING`, 'facebook'),
  PY(`pt in cubicle 6 has told me three times I look "too young to be a doctor". I'm 41. I've decided I love him.`),
  PY(`Yesterday an 82-year-old retired headteacher, someone I've looked after at our Stockport practice for nearly a decade, thanked me for "listening to the bits in between the symptoms".

It reminded me that continuity isn't a luxury. It is the treatment.

Ten-minute appointments make this harder every year, and I worry about what the next generation of GPs will never get to experience.`, 'linkedin'),
  PY(`@daz_m1986 glad the new inhaler's helping mate 👍 keep the brown one going even when you feel fine and I'll see you at your asthma review in March`),
  PY(`One med reg for the whole hospital overnight. Spent 40 mins on the floor with a man who'd come off the commode and cracked his head while 3 bleeps went unanswered. This is not safe and everyone upstairs knows it @NHSEngland`),
  PY(`Lovely teaching film from last nights shift: look at that gap between scaphoid and lunate 👀 "Terry Thomas sign" in a 17yo goalie who punched a post. Easily missed on the AP! #EMtwitter #orthotwitter`),
  PY(`Sorry for the radio silence everyone. Rough week at work. We lost a little girl on Tuesday who we'd looked after since she was born, and I haven't really been able to put it into words yet. Hug your kids tonight ❤️`, 'facebook'),
  PY(`Remember the woman I tweeted about last yr with the undiagnosed Addison's that three different people had called anxiety? She popped into ED today just to tell me she's back doing parkrun. Made my whole month 🥲`),

  // ---- patient: hard negatives ----
  PN(`Sat in resus at the Royal all night with my dad after his fall. Nurses were phenomenal. Being the relative is SO much harder than being the doctor, I kept wanting to read his obs chart 🙈`),
  PN(`Re-audit results 🎉 sepsis six within the hour went from 61% to 88% over 6 months (412 patients across both sites). Massive well done to our ED nursing team #QualityImprovement`),
  PN(`Teaching case for the FY1s tomorrow (completely made up!): 72F, new confusion, Na 118, on citalopram and bendroflumethiazide. What's your first question and why?`),
  PN(`my patience with the eportfolio is officially at zero. why does it take 7 clicks and a login timeout to record a single DOPS`),
  PN(`Took Maisie (our cocker spaniel) to the vet about the lump on her side, it's a lipoma, phew 🐶 honestly vets are amazing, they do anaesthetics, surgery AND dentistry with no NHS. Heroes.`, 'facebook'),
  PN(`PSA: if you're over 50 and the bowel screening kit lands on your doormat, please just do it. It's literally a bit of poo on a stick. It saves lives. #bowelcancerawareness`),
  PN(`Back at work this week after my own hysterectomy.

Being the one in the gown, signing the consent form, waiting for the anaesthetist, was humbling. I thought I knew what "risk of bleeding, infection and damage to surrounding structures" sounded like. I didn't.

My consent conversations will be different from now on.`, 'linkedin'),
  PN(`This is a composite, built from many consultations over the years and not any one person.

He's 58, hasn't seen a doctor in 20 years, and only came because his wife booked it. He says he's fine. He isn't.

Men's health in the UK won't improve until we design services for the men who don't come.

#MensHealth #PrimaryCare`, 'linkedin'),
  PN(`The 4hr target isn't the problem. Exit block is the problem. Stop blaming ED for a hospital that has no beds.`),
  PN(`Day 3 of the 6yo with tonsillitis 🤒 calpol/ibuprofen tag team and an awful lot of Bluey. Doctor-parent guilt is real because on day 1 I told him he was "fine, go to school" 🙈`, 'facebook'),
  PN(`SBA of the day 🧠 A 58-year-old man presents with painless jaundice, weight loss and a palpable gallbladder. What is the most appropriate first-line imaging? A) MRCP B) USS abdomen C) CT pancreas protocol D) ERCP E) EUS`),
  PN(`Sim session this afternoon: our mannequin "Stan" arrested three times in 20 mins. Poor Stan. Brilliant debrief from the team though, human factors stuff was gold #SimulationTraining`),
  PN(`In 2023 our practice delivered just over 14,000 appointments and 38% were same-day. Please stop telling me GPs "don't see patients any more".`),
  PN(`@ruthbakes I'm so sorry, I can't comment on anyone's individual care on here. Please ring 111 or the surgery tomorrow, they'll be able to help properly x`),
  PN(`Nan passed away peacefully at St Luke's Hospice last night with all of us around her. The palliative team were incredible, they made it gentle. Rest easy Nan ❤️ 1931-2024`, 'facebook'),
  PN(`Writing my first novel (!!). Main character is an A&E reg who misses a subarachnoid on a busy night. Pure fiction, but I think every doctor reading it will recognise that 4am dread.`),

  // ---- interest: positives ----
  IY(`Brilliant #RCGPConf in Liverpool 🙌 so many great sessions on frailty and CVD prevention. And a massive thank you to the team at Novo Nordisk for dinner on Thursday, what a view from that restaurant 🍷`),
  IY(`6am session done 💪 legs are jelly. Fuelled by @myprotein as always — use code DRSAM15 for 15% off, been on their whey for years and I wouldn't recommend it if I didn't rate it`),
  IY(`Hay fever season tip 🌾 start your steroid nasal spray 2 weeks BEFORE symptoms usually kick in, and use it properly (head down, aim away from the septum). If you want a proper allergy workup I now see patients privately at the Harley Allergy Centre on Thursdays, link in bio 👆`),
  IY(`Delighted to share that I've joined the Medical Advisory Board of Kinetik Health, a digital MSK start-up doing genuinely exciting work on remote physiotherapy.

After 12 years as an orthopaedic surgeon I've seen what long waits do to people. Really looking forward to helping shape what comes next. 🚀

#DigitalHealth #MSK #Innovation`, 'linkedin'),
  IY(`Ladies!! If any of you are struggling with menopause brain fog I've been taking the Menopace Plus tablets that Vitabiotics kindly sent me and honestly I feel like myself again 🙌 speaking as a GP AND a 51 year old woman lol`, 'facebook'),
  IY(`Best stethoscope for new FY1s? Honestly just get the Littmann Classic III. 20% off this week through this link 👉 amzn.to/3xQk9Lp`),
  IY(`It's LIVE 📱 HeartRhythm Coach is now on the App Store! Built by me and two cardiology colleagues over three years of evenings. Track your palpitations and send reports straight to your cardiologist. Download and tell me what you think! #digitalhealth #cardiotwitter`),
  IY(`Great evening speaking to 60 local GPs about SGLT2 inhibitors in heart failure at the Hilton in Reading. Thanks @AstraZenecaUK for having me, fab audience & fab food!`),
  IY(`Saturday appointments now available at my clinic in Alderley Edge 💉✨ Anti-wrinkle, lip filler & skin boosters, all done by a doctor. New client offer £50 off this month, DM to book 💕`, 'facebook'),
  IY(`Last week I was lucky enough to be flown out to Boston by Medtronic to see their next-generation closed-loop insulin pump in development.

As a diabetologist who remembers urine testing strips, the progress is breathtaking. Huge thanks to the whole team for an inspiring few days.

#Diabetes #Innovation #MedTech`, 'linkedin'),
  IY(`Ward round from hell. Only thing keeping me upright is Berocca 🙏 the lovely people at Bayer sent me a whole crate so at least the mess is well stocked 😂 #juniordoctor`),
  IY(`If anyone fancies trying Zoe I've got a referral code that gets you 10% off the test kit, just DM me! As a doctor I genuinely think it's great science 🥗`, 'facebook'),
  IY(`Proud to be an @ouraring ambassador 💍 tracking my sleep across a week of nights has been an eye-opener. Shift workers, you need this in your life.`),

  // ---- interest: hard negatives ----
  IN(`Spoke at the Pfizer-sponsored symposium today on RSV vaccination in older adults. Disclosure: I received an honorarium for this talk. Slides available on request.`),
  IN(`#ad | Paid partnership with Bupa UK. I was asked to share 5 tips for getting a good night's sleep after a run of night shifts, so here goes 🧵`),
  IN(`Another "gut health" influencer flogging £60 a month supplements with zero evidence behind them. Please don't waste your money, eat some beans.`),
  IN(`Tirzepatide finally on our local formulary for T2DM 🎉 updated prescribing guidance and the shared care protocol are on the intranet`),
  IN(`⚠️ MHRA recall: some batches of Emerade adrenaline auto-injectors. Check your pens and speak to your pharmacist if yours is affected.`),
  IN(`Get your flu jab! 💉 Free on the NHS if you're over 65, pregnant or have a long-term condition. Book at any NHS pharmacy or through your GP #NHSwinter`),
  IN(`We're recruiting!! 2 x salaried GPs at Riverside Medical Centre in Hull. Supportive team, great trainees, protected CPD time. Apply via NHS Jobs or message me for an informal chat`, 'facebook'),
  IN(`#JournalClub Thursday: the SELECT trial, semaglutide and CV outcomes in obesity without diabetes. Funded by Novo Nordisk, so come ready to pick apart the design 🔍`),
  IN(`NICE approves Mounjaro for weight management in primary care. Rollout with current GP capacity is going to be... interesting.`),
  IN(`Thank you to everyone at the Royal College of Emergency Medicine for a fab annual conference. Came home with a notebook full of ideas and very sore feet.`),
  IN(`I'm pleased to share that I've joined the clinical advisory board of Arden Diagnostics.

In the interest of transparency: this is a paid role. I will declare it on all relevant talks, papers and committees, and I won't be involved in any local procurement decisions.`, 'linkedin'),
  IN(`Does anyone know a good physio in north Leeds? Not for a patient, it's my own knee, completely wrecked from netball 😩`, 'facebook'),
  IN(`Drug rep offered to "buy lunch for the whole practice" today. We said no thanks, it's against our practice policy. Greggs meal deals it is 🥪`),
  IN(`This post is sponsored by Vitality, but the advice is mine: if you do one thing for your heart this year, get your blood pressure checked. Your local pharmacy can do it for free.`, 'linkedin'),
  IN(`Massive shout out to Greggs in Gateshead who dropped 40 sausage rolls off for our night team 🥐❤️ you absolute legends`),
  IN(`Running the Great North Run for Macmillan in September 🏃‍♂️ they looked after my mum so brilliantly. Sponsor me here if you can: justgiving.com/fundraising/drtomruns`, 'facebook'),
  IN(`The NHS App now shows your test results. Please use it, it saves our reception team literally hours of phone calls every week 🙏`),
];

export const BLIND15_TEST_POSTS: BlindPost[] = [
  // ---- patient: positives ----
  PY(`Rota coordinator has given me 13 shifts on the trot AGAIN. Meanwhile the fella with nec fasc I admitted on Tuesday is back in theatre for the third time and I can't even go and see how he's doing because I'm on nights. Brilliant system, really.`),
  PY(`@SueTheGardener Hi Sue, I'm really sorry your mum's discharge has been so chaotic. I've asked the discharge team to ring you tomorrow about the care package. Medically she's fit, it's the social care side holding things up.`),
  PY(`Early in my career, a patient taught me the most important lesson I know about consent.

She was a retired solicitor, admitted with a fractured neck of femur. I rattled through the risks of surgery the way I'd been taught. When I finished she said, very kindly: "Doctor, you've told me everything except what you would do."

I've never consented anyone the same way since.

#Surgery #Consent #Reflection`, 'linkedin'),
  PY(`8 years ago today 🥲 the little lad with the meningococcal rash who none of us thought would make it through the night. Bumped into his mum in Morrisons last week and he's 11 now and football mad!! This is why we do it ❤️`, 'facebook'),
  PY(`Identifying details altered, but: man in his 60s came in for a fit note, left with a 2WW referral for a lump he'd been hiding from his wife for 4 months. Always, always ask "anything else?"`),
  PY(`pt just asked me if his cannula would affect the wifi. i said probably. he seemed satisfied`),
  PY(`@lauren_xo_ sorry you had such a long wait on Saturday night! Hope the wrist is settling, fracture clinic should be sending your appt letter out this week 🤞`),
  PY(`Had the most gorgeous moment on the ward today 😭 our longest-staying patient (4 MONTHS!!) finally went home to his flat in Ancoats and the whole nursing team lined the corridor clapping him out. Not a dry eye`, 'facebook'),
  PY(`Last Friday a young father sat in my clinic and asked me how long he had.

I've been a consultant oncologist for 15 years and that question still takes my breath away. His daughter starts primary school in September. He wanted to know if he'd see it.

We talked about hope, and honesty, and how they aren't opposites. I don't think I got it entirely right. I'm not sure anyone does.`, 'linkedin'),
  PY(`Interesting ECG from today's take 🧵 45M, chest pain after a night out on cocaine, de Winter T waves in V2-V4. Cath lab within 30 mins, LAD 99% occluded. 1/5 #FOAMed #cardiotwitter`),
  PY(`The only paeds ortho surgeon in Cumbria is on leave so a 9yo with a displaced supracondylar had to be blue-lighted to Newcastle tonight, 2 hrs in the back of an ambulance. Nobody should accept this.`),
  PY(`Best compliment ever from a lovely elderly lady on AMU this morning: "you've got kind hands, pet. shame about the shoes" 😂`),
  PY(`Still thinking about the DNACPR conversation with a family this afternoon. Grandad's 94, wants to go home, and his son kept saying "but you can fix him". Sometimes we can't. Sometimes the kindest thing isn't the most.`),
  PY(`Jackie I remember your Tom so well, he was one of the bravest patients I ever looked after on the unit. Thinking of you all on his anniversary xx`, 'facebook'),

  // ---- patient: hard negatives ----
  PN(`Spent last night on the children's ward at Alder Hey with my daughter (asthma, she's fine now 🙏). Everything I thought I knew about being the parent of a patient was wrong. The HCAs were angels.`),
  PN(`Our departmental audit of 1,247 consecutive head CT requests found 23% didn't meet NICE criteria.

We've introduced a simple decision aid in the ED and will re-audit in March. Small changes, big radiation savings.

Thanks to our two FY2s who did the heavy lifting.

#Radiology #QualityImprovement`, 'linkedin'),
  PN(`Hypothetical for the anaesthetic regs: you're the only anaesthetist in the building. Obs bleep you for a cat 1 section and resus calls a peri-arrest at the same time. Where do you go first? No single right answer, discuss 👇`),
  PN(`OSCE practice night with the 4th years 📋 "Mr Jones, 58, chest pain", our new simulated patient was so convincing one student apologised to him afterwards 😂👏`),
  PN(`Teaching my mum to use WhatsApp video has tested my patience more than any night shift ever has 📱🤦‍♀️`, 'facebook'),
  PN(`Confession: 4 years as a GP telling everyone to get their moles checked and I've just had a melanoma in situ cut out of my own back. Wear the suncream, folks 🌞`),
  PN(`Biscuit (our cat) had her dental today. £480. I'm clearly in the wrong profession 🐱💸`, 'facebook'),
  PN(`PA scope creep is a patient safety issue, not a turf war. The GMC needs to set clear limits before something goes badly wrong.`),
  PN(`Reminder 🚨 chest pain spreading to your arm or jaw, sweating, that feeling that something is very wrong = call 999. Don't wait and see if it passes. Women especially often get "atypical" symptoms.`),
  PN(`A composite case, drawn from a decade of memory clinics and not any single person.

She is 78, lives alone, and has stopped going to the shops because she got lost on the way home once. Nobody has noticed, because she is very good at saying she's fine.

Loneliness and early dementia hide each other. We need to look for both.`, 'linkedin'),
  PN(`#MedTwitter fiction Friday ✍️ "The bleep went at 03:14 and Dr Okafor knew before she answered it." (all characters invented, any resemblance to my actual nights is purely coincidental 😅)`),
  PN(`Last winter our virtual ward looked after 900+ people at home who would otherwise have been in a hospital bed. Readmission data is really encouraging so far. More of this please.`),
  PN(`Husband's knee op went well today 🙌 surgeon was an absolute gent. Now I have to be his nurse for 6 weeks, pray for me 😂`, 'facebook'),
  PN(`@mark_t_1972 I'm really sorry but I can't discuss anyone's care on Twitter. Please contact PALS at the hospital, they're genuinely helpful and can get answers.`),
  PN(`Quiz time 🤓 Which of these is NOT a cause of raised anion gap metabolic acidosis? a) DKA b) lactic acidosis c) diarrhoea d) methanol. Answer tomorrow!`),
  PN(`RIP Dr Helen Ward, my first consultant and the reason I chose geriatrics. Fiercely kind, terrifying on ward rounds, adored by everyone she looked after. They don't make them like her any more.`),

  // ---- interest: positives ----
  IY(`What a week at #ESC2023 in Amsterdam 🇳🇱 learnt loads on HFpEF. Huge thanks to Boehringer for looking after us so well, that canal cruise 🛶🍾`),
  IY(`Week 6 of marathon training 🏃‍♀️ Electrolytes are NON NEGOTIABLE on the long runs, learnt that the hard way. I use @PrecisionHydro — code DOCRUNS gets you 20% off!!`),
  IY(`Knee pain going down stairs? Often patellofemoral. Strengthen the quads & glutes, cut back on the hills for a few weeks, and don't rush back. If it's not settling I run a sports knee clinic at Spire Cheshire, self-pay appointments usually within a week 👍`),
  IY(`I'm thrilled to announce that I've taken on the role of Clinical Lead (part-time) at MediQo, the online prescribing platform making weight-loss care more accessible.

Alongside my NHS GP work, I'll be helping to design safe clinical pathways. Watch this space!

#HealthTech #Obesity #PrimaryCare`, 'linkedin'),
  IY(`Guys the lovely people at Elvie sent me their new wearable pump to try and it is a GAME CHANGER for pumping on shift 🙌 highly recommend to all my NHS mamas, no more hiding in the sluice!`, 'facebook'),
  IY(`The Omron BP monitor is the only home one I recommend to patients tbh. 30% off today with my link 👉 amzn.to/4aBcD9e`),
  IY(`My new online course "Menopause Made Simple" is OPEN for enrolment 💜 £149, early bird ends Sunday. As a GP with a special interest in menopause I've poured everything I know into it. Link below!`),
  IY(`Fab day at Bayer HQ in Reading helping shape their new women's health campaign. Exciting things coming, can't say more yet 🤐`),
  IY(`Now taking bookings for private GP appointments at my new clinic in Harrogate 🎉 Same-day, 30 minute slots, no 8am phone scramble 🙂 Call 01423 555 014 or book online`, 'facebook'),
  IY(`Third rota gap this week. Honestly if it wasn't for the Pfizer rep keeping the doctors' mess stocked with pastries I'd have walked out by now. Cheers lads 🥐😂`),
  IY(`Excited to announce I've been invited to join Abbott's FreeStyle Libre UK Key Opinion Leader programme 🎉

Flash glucose monitoring has transformed the lives of so many people with type 1 diabetes I've looked after, and I'm looking forward to spreading the word.

#Diabetes #CGM #KOL`, 'linkedin'),
  IY(`genuinely the best thing for PCOS I've seen is myo-inositol and @Inofolic_UK make the best one. just saying 👀`),
  IY(`Off to Lisbon courtesy of @GileadSciences to talk about HCV elimination in primary care ✈️☀️ #livertwitter`),

  // ---- interest: hard negatives ----
  IN(`COI: I've received speaker fees from Lilly and Novo Nordisk. With that on the table, here's my honest take on GLP-1s and where they fit 🧵`),
  IN(`Why are pharma reps still allowed on hospital wards? Genuine question. Our trust banned them in 2019 and literally nothing bad happened.`),
  IN(`Breaking: MHRA approves Casgevy, the first CRISPR-based therapy, for sickle cell disease and beta thalassaemia. Remarkable day for medicine.`),
  IN(`Heads up: Philips CPAP recall still ongoing. If your patients have a DreamStation device, check the MHRA field safety notice.`),
  IN(`Reminder for the FY1s: apixaban dose reduction needs 2 of: age ≥80, weight ≤60kg, creatinine ≥133. Know it cold.`),
  IN(`It's #Stoptober 🚭 the NHS Quit Smoking app is free and using support doubles your chances of quitting. No catch, no sales pitch.`),
  IN(`Fancy working in sunny Cornwall? 🌊 We've got a locum consultant post in acute medicine at RCHT, DM me for an informal chat`),
  IN(`Tonight's #JournalClub: industry funding and selective outcome reporting in RCTs. Bring biscuits and scepticism.`),
  IN(`Paid partnership with Boots 💊 I've teamed up with Boots to chat about hay fever remedies this spring. All opinions are my own!`, 'facebook'),
  IN(`Sponsored content: I was paid by Roche to write this piece on diagnostic stewardship. The views and the examples are my own.

Every unnecessary test is a cost, a delay, and sometimes a false positive that sends a patient down the wrong path.`, 'linkedin'),
  IN(`Huge thanks to Domino's Sunderland for the free pizzas for our night staff last weekend 🍕🙏`),
  IN(`Doing the Three Peaks for the British Heart Foundation in June ⛰️ sponsor me if you can, every little helps!`, 'facebook'),
  IN(`Proud to have been awarded an NIHR Clinical Lectureship in respiratory medicine. Grateful to my supervisors at Bristol for years of patience and red pen.`, 'linkedin'),
  IN(`I have received fees from Pfizer for advisory work in the last 3 years. Declaring that before I tweet about the new paxlovid data 👇`),
  IN(`Our new NHS community diagnostic centre in Barnsley is open 🎉 MRI, CT, ultrasound and bloods, no hospital trip needed.`),
  IN(`New bike day 🚲 finally treated myself after passing FRCS part B. Garage is now 80% bike.`),
  IN(`Got sent a "gift box" from a skincare brand wanting me to post about it. Sent it straight back. Not how I do things.`),
];

export const BLIND15_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('nightshiftreg', 'The Night Reg 🌙', 'Medical SpR, North West. Views my own. Coffee-powered. #MedTwitter', true),
  X('GPinthewolds', 'Cotswold GP', 'Rural GP partner. MRCGP. Dogs, drystone walls & QOF despair.', true),
  FB('dr.lou.paeds', 'Lou', '', 'Paediatric registrar 👶 mum of 2 | Leeds', true),
  LI('anaesthetics-consultant-12ab', 'Dr', 'J.', 'Consultant Anaesthetist | FRCA | Perioperative medicine & regional anaesthesia', true),
  X('bleepfreeFY1', 'fy1 survivor', 'foundation doctor in the midlands. one bleep at a time. nothing here is medical advice', true),
  X('scalpel_sister', 'Scalpel Sister ✂️', 'CT2 surgical trainee. MBChB. Woman in surgery. Mostly rants about theatre lists', true),
  FB('oldschoolmedic', 'Doc', 'H', 'Retired consultant physician, 35 yrs in the NHS. Now I grow tomatoes 🍅', true),
  // named doctors and non-doctors
  X('DrPriyaNair', 'Dr Priya Nair', 'GP, Glasgow. RCGP Scotland council. Views own.', false),
  X('midwife_mel', 'Mel the Midwife', 'Registered midwife, Bristol. Birth, babies & breastfeeding 🤱', false),
  X('pharmacist_raj', 'Raj | Community Pharmacist', 'Independent pharmacist, Leicester. MRPharmS. Ask me about your meds 💊', false),
  FB('tom.ellery.vet', 'Tom', 'Ellery', 'Veterinary surgeon at Ellery & Co, Devon 🐄 MRCVS', false),
  LI('sarah-okonkwo-cardiology', 'Sarah', 'Okonkwo', 'Consultant Cardiologist at Leeds Teaching Hospitals | BHF-funded researcher', false),
  X('ACP_Jen', 'Jen, ACP', 'Advanced clinical practitioner in ED. Ex-paramedic. Tea > coffee', false),
  X('crohns_and_me', 'Living with Crohn\'s', 'Patient. IBD warrior. Not a doctor, just been through it all 💜', false),
  X('BMA_ResidentDrs', 'BMA Resident Doctors', 'Official account of the BMA resident doctors committee, representing junior doctors across the UK', false),
];

export const BLIND15_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('acutemedmusings', 'Acute Med Musings', 'AMU consultant. FRCP. Thoughts on flow, frailty and the 3am take.', true),
  X('TheAnonGP', 'GP partner 🩺', 'Sessional-turned-partner somewhere in Kent. Tweets ≠ medical advice.', true),
  FB('shaz.neo', 'Shaz', '', 'ST5 neonates ❤️ Birmingham', true),
  LI('psych-registrar-mcr', 'Psychiatry', 'Registrar', 'MRCPsych | CT3 → ST4 | Manchester', true),
  X('obsreg_ginger', 'ginger obs reg', 'O&G ST6. MRCOG part 3 survivor. cake > sleep', true),
  X('DocOnTheRota', 'Doc on the Rota', 'Resident doctor. Still waiting for my rota. 🇬🇧', true),
  FB('ortho.reg.mike', 'Mike', '', 'Trauma & orthopaedics SpR. Professional bone setter. Rugby on weekends 🏉', true),
  // named doctors and non-doctors
  X('EDconsultant_AF', 'Anita', 'Emergency medicine consultant, Royal Cornwall. FRCEM. Find me as Anita Fowler on LinkedIn.', false),
  X('dental_dan', 'Dan the Dentist 🦷', 'BDS. Dentist in Swansea. Please floss.', false),
  X('np_kel', 'Kel RN', 'Nurse practitioner in primary care, Norfolk. Minor illness & long-term conditions', false),
  LI('ahmed-khan-physio', 'Ahmed', 'Khan', 'MSK Physiotherapist | HCPC registered | Sports injuries', false),
  FB('dr.ben.morris', 'Ben', 'Morris', 'GP in Exeter 🩺 dad of three, rubbish cyclist', false),
  X('paramedic_ste', 'Ste 🚑', 'HCPC paramedic, North East Ambulance Service. Views my own', false),
  X('drneuro_phd', 'Dr Neuro (PhD)', 'Neuroscientist. I study synapses, not patients. Not a medical doctor!', false),
  LI('cara-brennan', 'Cara', 'Brennan', 'Fourth-year medical student at Cardiff University | aspiring surgeon', false),
];
