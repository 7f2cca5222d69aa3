/**
 * Blind evaluation set 11, written without sight of the detectors' word lists.
 *
 * Emphasis: conflicts of interest across the whole range of healthcare commerce a UK
 * doctor meets, in the words doctors actually use: medico-legal and expert-witness
 * firms, CPD/course companies, revision and exam-prep businesses, locum agencies and
 * staffing apps, private hospitals and clinic groups, aesthetics (toxin, fillers, skin
 * brands), supplements, wearables and health apps, telehealth and online pharmacies,
 * insurers and health-check firms, famous and obscure pharma/device makers, scrubs,
 * stethoscope and shoe brands, health-publisher book deals, podcast backers, equity,
 * consultancy, paid market research and pharma-hosted talks/dinners. Positives often
 * carry no "sponsored" word (gratitude, pride, a discount code, "link in bio", "I've
 * joined", "we launched", a dinner); hard negatives are critical mentions, news,
 * approvals/recalls, declared ties in varied wordings, NHS tools, clinical use of a
 * named drug, job adverts, journal clubs, price complaints and tie-free comparisons.
 * A smaller block of patient posts and mixed doctor/non-doctor accounts fill out each half.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND11_DEV_POSTS: BlindPost[] = [
  // ---- interest: true ----
  IY("Chuffed to say I'm now on the expert panel at Castlegate Medico-Legal 🙌 Orthopaedic PI & clin neg reports, 6 wk turnaround. Solicitors, you know where to find me."),
  IY("Medico-legal work has become such a rewarding part of my portfolio. After four years reporting through Premex and now Medicolegal Partners UK, I'm taking on new instructions for psychiatric injury reports (PTSD, adjustment disorder, chronic pain). Feel free to connect or message me directly. #expertwitness #medicolegal", 'linkedin'),
  IY("big thank u to @ScanSkillsUK for having me on faculty at the POCUS weekend 🫶 they've given me a code for 15% off the april course — ELLIEPOCUS15"),
  IY("Our MSRA question bank just passed 10,000 users 😭🙏 started this on my kitchen table as an F2. new clinical problem solving mock drops friday, link in bio"),
  IY("locum GPs — if ur not on Lantum yet sign up w my link & we both get £100 after your first session. honestly transformed my portfolio life lantum.com/r/dr-ak3"),
  IY("Really pleased to share that from next month I'll be seeing private patients at Nuffield Health Cheltenham Hospital on Tuesday evenings. Self-funding and insured patients welcome – shoulder and elbow problems, sports injuries. Appointments via the hospital's private patient team.", 'linkedin'),
  IY("January special at the clinic 💉✨ anti-wrinkle 3 areas for £180 (usually £240) and a FREE skin consult with every booking. All treatments done by me personally, a GMC registered doctor, so you're in safe hands! Message the page to book xx", 'facebook'),
  IY("PR parcel from @AvelleSkin landed and wow 😍 the 0.3% retinal is gorgeous, zero irritation on my sensitive skin. derm approved 🫶 #skincare #skintok"),
  IY("So many of you asked what I take to survive nights... it's magnesium glycinate + the D3/K2 combo from Vitl 💊 They've very kindly given me a code for you all — DOCVITS20 for 20% off your first month. Let me know how you get on!", 'facebook'),
  IY("whoop strap day 60. my HRV after a run of 4 nights is genuinely alarming lol. thanks @WHOOP for sending this over to try, it's completely changed how I plan recovery after on calls"),
  IY("Personal news: I've joined Numan as Clinical Lead for weight management. Digital care, done safely and at scale, is where medicine is heading and I'm proud to be building it with this team. We're growing fast – watch this space! 🚀", 'linkedin'),
  IY("HRT shortage AGAIN. Pharmacy2U had Oestrogel in stock when nobody in town did, genuinely brilliant service. code GP10 gets money off your first order 👌"),
  IY("Cracking evening at the Bluecrest Health Screening dinner in Mayfair – fascinating chat on early detection and the wagyu was ridiculous 🥩🍷 thanks so much for having me!"),
  IY("Just back from Copenhagen after two days on the Novo Nordisk UK obesity advisory board. Energising discussions with colleagues from across primary and secondary care on how we scale GLP-1 care equitably. Grateful to be part of it.", 'linkedin'),
  IY("Three years of prototypes later, the LineSafe PICC securement device I co-designed with the brilliant engineers at Harrow Medtech is now listed on NHS Supply Chain 🎉 Any trusts interested in trialling it, drop me a line.", 'linkedin'),
  IY("ok these @FIGS scrubs hit different. survived a 12.5h medical take and still looked semi human 💙 DRJESS15 for 15% off if u want a pair"),
  IY("Thank you @3MLittmann for my gorgeous Cardiology IV in smoke finish 🖤 spoilt rotten. can't wait to use it on the wards tmrw"),
  IY("my feet after 3 long days in @clove vs my old running trainers… no contest 👟 ambassador link in bio"),
  IY("I can FINALLY tell you all!! 📚 I've signed with Hammond Health Books to write a plain-English guide to the perimenopause, out next spring. Pre-order link in the comments — it would mean the world if you shared 💛", 'facebook'),
  IY("new ep of @TheWardRoundPod out now 🎙️ huge thanks to our pals at Medacs Healthcare for backing the show this series — if ur looking for locum work give them a shout"),
  IY("Two years ago I left full-time ED to become clinical lead at a six-person startup. This week Triagr closed its £8m Series A and my early equity is suddenly worth something 😅 If you're a clinician wondering whether to take the leap – do it.", 'linkedin'),
  IY("Spent a fascinating day with the product team at a Cambridge medtech building a smart inhaler. Clinical consultancy has become one of my favourite parts of the week. If your company needs a respiratory physician's input on pathway design or regulatory strategy, my inbox is open.", 'linkedin'),
  IY("GP colleagues: Sermo & M3 surveys paid for my entire holiday this year 🏝️ 20 mins each, £50-90 a pop. my referral link below, we both get a bonus 👇"),
  IY("Lovely evening speaking to 40 local GPs on heart failure optimisation at Hotel du Vin, thanks to the @AstraZenecaUK team for organising & a top notch dinner 🍽️"),
  IY("WE LAUNCHED 🎉 Our second Harley Street Menopause clinic opens in Clifton, Bristol on Monday — same-week appointments with a specialist GP. Booking link in bio 💜"),
  IY("our IBS app Gutsy just hit #4 in Health & Fitness 🤯🙏 if you see IBS in clinic point people our way — first month free with code GPGUT"),
  // ---- interest: false (hard negatives) ----
  IN("Another 'doctor-led' IV drip bar has opened on my high street. £249 for an 'immunity boost' = a bag of saline and some vit C. Please save your money folks."),
  IN("MHRA has approved tirzepatide (Mounjaro) for weight management in adults with BMI ≥30. Big questions now about how primary care is supposed to fund this."),
  IN("Great to chair the AF session at #BCS2024 today. COI: I have received speaker fees from BMS/Pfizer and Daiichi Sankyo in the last 3 yrs."),
  IN("Paid partnership with @clove 👟 — yes they paid me, no I wouldn't have said yes if I didn't already wear them every single shift."),
  IN("Reminder for anyone starting empagliflozin in T2DM: sick day rules! stop if vomiting/not eating, and think euglycaemic DKA even when the glucose looks normal."),
  IN("We're hiring 🚑 3 x clinical fellows in acute medicine at Royal Derby, 12 months, teaching & sim time protected. Apply on NHS Jobs before 14 Feb."),
  IN("Journal club tmrw 12.30 in the seminar room: SELECT (semaglutide CV outcomes). Lunch provided by the department, not by pharma for once 😉"),
  IN("£99 for a private 'consultation' to get Wegovy online and it's a 6 question web form. the online pharmacy market is the wild west rn"),
  IN("FY1s asking which stethoscope: a Littmann Classic III is plenty. You do not need the £200 one to hear a pansystolic murmur. Save your money."),
  IN("Urgent: MHRA drug alert — specific batches of Salamol inhalers recalled, lot numbers in the link. Pharmacy colleagues please check stock."),
  IN("bought an Oura ring with my own money (regret) and it reckons I had 'excellent sleep' the night I was on call and got 40 minutes. jury's out on wearables"),
  IN("Declaration of interests before this post: I'm a paid medical adviser to ZOE. With that said, I want to explain why I think the ultra-processed food debate is more nuanced than either side admits…", 'linkedin'),
  IN("Doctors flogging filler discount codes on TikTok is genuinely embarrassing for the profession. The GMC guidance on this isn't ambiguous."),
  IN("GSK profits up 10% on the back of Shingrix and Arexvy sales, per today's FT. Vaccines are big business."),
  IN("Free RCGP webinar tonight 7pm on HRT prescribing — all welcome, recording afterwards. Link 👇"),
  IN("Locum agency rang me 5 times today offering £130/hr for A&E tonight. I said no. I am going to sleep. Boundaries 😴"),
  IN("#ad | I've teamed up with Holland & Barrett for their menopause awareness month. My honest thoughts on what the evidence does and doesn't say about supplements are below 👇", 'facebook'),
  IN("Anyone switched indemnity from MDU to MDDUS recently? My renewal jumped 20% and I'm fed up."),
  IN("Please encourage patients to use the NHS App — they can now see their GP record, order repeats and view test results. It's freed up our reception team hugely.", 'linkedin'),
  IN("In the interests of transparency: my travel and accommodation for #EASD2024 in Madrid were funded by Lilly. They've had no input into this thread summarising the key trials.", 'linkedin'),
  // ---- patient: true ----
  PY("Lady on the ward today (90s, sharp as a tack) told me she's been married 68 years and still leaves her husband a note on the kettle every morning 🥹 best bit of my shift"),
  PY("3rd paracetamol OD this year for the same 17yo. CAMHS waiting list is 14 months. I don't know what we're doing anymore."),
  PY("Details changed to protect him, but this week I saw a chap in his 50s who'd ignored bleeding from his back passage for TWO YEARS because he was 'too busy at work'. Please don't be him. Get checked ❤️", 'facebook'),
  PY("Yesterday a patient thanked me at the end of her appointment for 'not rushing'. It was a 10-minute slot that ran to 22. I've been thinking all evening about what our system rewards, and what it doesn't.", 'linkedin'),
  PY("@sarahj_88 I'm so sorry about your dad's discharge, that sounds awful. Please ask the ward to arrange a meeting with his consultant, and PALS can help too."),
  PY("3am resus: 4yo, first febrile convulsion, mum absolutely terrified. kiddo was demanding toast by 5. paeds nurses are wizards 🧙‍♀️"),
  PY("the gentleman in bed 14 who's asked for marmalade every morning for a week… today we found him marmalade. small wins 🍊"),
  PY("Got a card and a packet of Hobnobs today from a lovely lady I've been seeing since her breast cancer diagnosis – she's just had her all clear. This job, honestly 😭", 'facebook'),
  // ---- patient: false ----
  PN("genuinely running out of patience with the rota coordinator. 4 emails, zero answers."),
  PN("My own MRI came back clear 🙏 thank you all for the messages this week, it's very weird being on the other side of the scanner.", 'facebook'),
  PN("OSCE practice 🩺 Station 4: 58M, central crushing chest pain radiating to the jaw, sweaty. You're the FY1. What's your first step? #MedEd #OSCE"),
  PN("Our falls audit: 41% of admissions with a fall had no lying/standing BP documented. Re-audit in 3 months. We can do better."),
  PN("the cat had a dental at the vet today and is now sulking under the bed like I've personally betrayed her 🐱"),
  PN("Composite case for teaching (not a real patient): a 72-year-old on 11 medications presents with new confusion. Where would you start deprescribing? Great discussion with our FY2s today.", 'linkedin'),
  PN("Hypothetically, if a patient asks for antibiotics for a 3 day cough, how do you say no kindly? Asking for my VTS group 👀"),
];

export const BLIND11_TEST_POSTS: BlindPost[] = [
  // ---- interest: true ----
  IY("I'm delighted to confirm I've accepted an invitation to join the clinical advisory board of Meridian Expert Reports. I'll be supporting quality assurance across their neurology and neurosurgery panel and continuing to accept instructions for condition and prognosis reports.", 'linkedin'),
  IY("Teaching on the @MedSimPro resus refresher again this weekend 🙌 honestly the best run course I've ever faculty'd for. 10% off with SIMSAM if you're booking"),
  IY("Passed MRCS Part A? Now for the viva 😬 Our small-group Part B course with three past examiners runs in Birmingham in June – 6 spaces left. DM me or book through the website (link in comments)", 'facebook'),
  IY("Shoutout to Holly at @IDMedical who sorted me a 3 month locum consultant post in Inverness in 48 hours 🏔️ if you're thinking of locuming, tell her I sent you 😉"),
  IY("From April I'll be running private cardiology clinics at The Harley Street Clinic (HCA Healthcare UK) on Fridays. Echo, Holter and CPET all on site. PMI or self-pay welcome 🫀"),
  IY("lip filler season is here 💋 0.5ml Juvéderm Volbella from £195 at my Leeds clinic this month. consults always free, always with a doctor. booking link in bio"),
  IY("tried the new Skinnovate SPF fluid they sent over and it's now my daily 🌞 no white cast on brown skin finally!! not a sponsored post, they're just lovely people 🙌"),
  IY("After years of patients asking what I'd recommend, I've partnered with Nutrivia to develop a doctor-formulated omega-3 and vitamin D blend for perimenopausal women. It launches in Boots next month. Proud doesn't begin to cover it.", 'linkedin'),
  IY("Gifted a Withings BPM Connect by the lovely team & honestly it's the first home BP monitor my mum could actually work 😍 link in bio if you fancy one"),
  IY("New chapter 🎉 I've joined Livi as Associate Medical Director. Excited to help shape how hundreds of thousands of patients access GP care by video. If you're a GP curious about remote sessions, message me – we're recruiting!", 'linkedin'),
  IY("For anyone who's asked, I get all my repeat meds through Chemist4U now — so much easier than the queues at our local pharmacy and I've got a friends & family link that gets you £5 off 👇", 'facebook'),
  IY("Really enjoyed being a guest of Vitality at Twickenham on Saturday 🏉 Great conversations about how insurers and clinicians can work together on prevention. Thanks to the team for an incredible day.", 'linkedin'),
  IY("Honoured to have been asked to join @LillyUK's national diabetes speaker faculty this year. Looking forward to teaching up and down the country on incretin therapies 💪"),
  IY("Small company, big idea 💡 Proud to be medical advisor to Sonara Diagnostics, whose AI stethoscope picks up valve disease in 15 seconds. Pilots starting in 3 Kent practices, DM if your surgery wants in."),
  IY("wore my new @Jaanuu set to clinic and 3 people asked where it's from 😂 it's the one they sent me last month, link in bio"),
  IY("Unboxing the Eko CORE 500 the Eko team sent me to review 📦 first impressions: heart sounds through my AirPods is wild. full review on my channel sunday"),
  IY("People always ask what I wear on my feet for 13 hr shifts. It's Hoka Bondis, and as of this month I'm officially one of their healthcare ambassadors 🥹👟"),
  IY("Thrilled to share that 'The Tired Doctor's Guide to Sleep' has been acquired by Meditext Publishing! Huge thanks to my agent and the team at Meditext for believing in it. Preorders now open – link in comments.", 'linkedin'),
  IY("🎙️ S3 of Scrubbing In starts Monday! Massive thank you to @Medisave_UK for backing us this season — listeners get 15% off kit with code SCRUBBINGIN"),
  IY("my options in Heallo (the digital physio startup I advise) just vested and I'm 😳 told you all digital MSK was the future"),
  IY("I've spent the last quarter working as a clinical consultant to a large pharma company on their UK launch strategy for a new migraine therapy. I can't share details yet, but it's been a fascinating look at how evidence becomes access. More soon.", 'linkedin'),
  IY("made £340 this month doing 20 min pharma market research interviews on my lunch break 😅 Fieldwork Health are always after consultants, happy to refer — DM me"),
  IY("Fab evening in Edinburgh presenting our hypertension pathway to 30 practice nurses and GPs — thanks @ServierUK for the invite and the superb three course dinner at The Balmoral 🥂"),
  IY("Our new clinic is OPEN!! 🎉🎉 Evergreen Private GP, Harrogate — 30 minute appointments, same day blood tests, no waiting. Come and say hello, first 50 patients get a free health MOT 💚", 'facebook'),
  IY("been using @Calmera for my own anxiety & half my caseload are on it now too 😅 they've given me 3 months free to share with followers, drop a 🧡 and I'll DM the code"),
  // ---- interest: false (hard negatives) ----
  IN("Botox parties in someone's kitchen with a 'nurse' from Instagram. I see the complications in clinic every month. Regulation of non-surgical aesthetics can't come soon enough."),
  IN("FDA has cleared the first over-the-counter CGM (Dexcom Stelo) in the US. Wonder how long before we see them on the shelves in Boots."),
  IN("Very proud of our team's poster at DDW. Competing interests: I have received honoraria for advisory work from Takeda and Janssen, and research funding from Ferring.", 'linkedin'),
  IN("same shoe answer as last year bc people keep asking: I still wear Crocs on the ward, bought them myself, no code, no link, they're just cheap and wipeable 🐊"),
  IN("Clinical pearl: apixaban dose reduction needs 2 of 3 — age ≥80, weight ≤60kg, creatinine ≥133. Please stop reducing it on age alone 🙏"),
  IN("We're recruiting! Two salaried GPs (6-8 sessions) for our friendly training practice in Norwich. Supportive partners, great nursing team, protected admin time. Details on NHS Jobs.", 'linkedin'),
  IN("Journal club thurs — we're pulling apart DANISH (ICDs in non-ischaemic HF). Bring biscuits, opinions & a critical eye 🍪"),
  IN("£2,400 for a private 'executive health check' that's basically a set of bloods and a chat. Most of it isn't evidence based and some of it is actively harmful (whole body MRI, I'm looking at you)"),
  IN("Someone asked me which is better for picking up AF, a Fitbit or an Apple Watch. Honestly neither is a diagnostic device — if it flags AF, see your GP for an ECG. I don't have any link with either company.", 'facebook'),
  IN("Heads up: MHRA recall on some batches of Emerade adrenaline pens — check lot numbers & expiry and switch patients to an alternative brand."),
  IN("I am a paid consultant to Huma. I mention it because I'm about to talk about remote monitoring, and you should weigh my views accordingly.", 'linkedin'),
  IN("Sponsored | Thanks to Bupa for supporting our mental health webinar series for NHS staff. All content was written independently by our team."),
  IN("Pharma reps still bringing pizza to GP surgeries in 2024? We banned it years ago and honestly the practice meetings are better for it."),
  IN("Hims & Hers expanding into the UK. Subscription ED & hair loss meds, slick ads, minimal follow up. what could possibly go wrong"),
  IN("The e-Learning for Healthcare module on the MCA and DoLS is actually decent and free. Counts towards your CPD too."),
  IN("Locum rates in ED have halved in 18 months. Agencies were offering £150/hr in 2022, now £70 if you're lucky. Anyone else noticed?"),
  IN("#ad I've partnered with Boots to bust some hay fever myths this spring. Thread of what actually works 🧵👇"),
  IN("Comparing MPS vs MDDUS vs MDU for GPs this year — spreadsheet of the quotes I got is in the replies. Not affiliated with any of them, just skint."),
  IN("Our trust has rolled out virtual wards for heart failure using Doccla's remote monitoring kit. Early data suggest 30% fewer readmissions. Keen to hear from other sites doing the same.", 'linkedin'),
  IN("Full disclosure since a few of you asked: the skincare brand I mentioned last week sent me the products for free. I still like them, but you should know that.", 'facebook'),
  // ---- patient: true ----
  PY("had a lad in tonight who'd superglued his own fingertip back on after a DIY mishap. A for effort, F for sterility 🙃"),
  PY("Sat with a lovely old gentleman tonight in his last hours. His family couldn't make it in time so I held his hand and we listened to Vera Lynn on my phone. I'll remember him.", 'facebook'),
  PY("A young man I looked after last year – I won't share details – emailed today to say he's back at university and running again. Rehab is slow, unglamorous work, and moments like this are why we do it.", 'linkedin'),
  PY("@DebbieW_Brum I'm really sorry your mum had such a long wait on a trolley. I can't comment on her care here but please ask the ward for a meeting with the consultant – you're entitled to answers."),
  PY("Pt told me today her 'water tablets' make her wee. Yes. Yes they do. 😂 #GPlife"),
  PY("the 23 weekers we delivered in January went home today. whole NICU in tears 💙"),
  PY("Can't say much obviously but I saw a 14 year old in A&E this weekend after a vape bought from a corner shop turned out to contain THC. Parents, please talk to your kids.", 'facebook'),
  // ---- patient: false ----
  PN("My son's first proper asthma attack last night. I've managed hundreds, it's a totally different thing when it's your own kid. He's fine now 🙏"),
  PN("Patience is a virtue, they said. They had clearly never waited for Cerner to load on a Monday morning."),
  PN("SBA of the day 🧠 A 67-year-old man presents with painless jaundice and weight loss. Most appropriate initial imaging? A) MRCP B) USS abdomen C) CT chest/abdo/pelvis D) ERCP #MRCPpart1"),
  PN("Our sepsis QI project: median time to antibiotics fell from 94 to 51 minutes across 312 ED attendances. So proud of this team.", 'linkedin'),
  PN("the dog ate an entire box of mince pies and is now staring at me like it's my fault. vet on speed dial 🐶"),
  PN("This is the fictional case we use in our simulation training – 'Mrs Jones', 45, anaphylaxis after a wasp sting. The nursing students were brilliant today 👏", 'facebook'),
  PN("General advice as it's that time of year: if your child has a rash that doesn't fade under a glass, call 999. Don't wait."),
  PN("Being a patient myself this week (appendix out, 36, very unglamorous) has taught me more about communication than any course ever did."),
];

export const BLIND11_DEV_ACCOUNTS: LabelledAccount[] = [
  X('gasdoc_northwest', 'Sleepy Gas Reg 💤', 'ST6 anaesthetics, North West. tweets my own. difficult airways & decent coffee', true),
  X('DrPriyaRamanGP', 'Dr Priya Raman', 'GP partner in Leeds | menopause & women\'s health | views my own', false),
  X('fy1_survival', 'the FY1 diaries', 'junior doctor surviving one rota at a time 🫠 MBChB \'23', true),
  FB('mo.kent.icu', 'Maureen', 'Kent', 'ICU staff nurse at the QE 💙 mum of 2, Strictly fanatic', false),
  FB('portfoliogp.life', 'Portfolio', 'GP', 'Salaried GP 3 days, locum 1, aesthetics 1. MRCGP 2019. Sharing the juggle.', true),
  X('skinbydrk', 'Skin by Dr K ✨', 'Aesthetic doctor • GMC registered • toxin, filler & skin • Cheshire • bookings via link 👇', true),
  X('farmvet_cymru', 'Farm Vet', 'Mixed practice vet in Carmarthenshire 🐄 BVSc MRCVS. calving season = no sleep', false),
  LI('sarah-okafor-msl', 'Sarah', 'Okafor', 'PhD Clinical Pharmacology | Medical Science Liaison, Cardiometabolic | ex-academic', false),
  X('CardioSpR_Ldn', 'Cardio SpR', 'StR cardiology, London. echo nerd. MRCP(UK). opinions mine not my trust\'s', true),
  X('MedRevisePro', 'MedRevise Pro', 'MRCP & MSRA revision by doctors, for doctors 📚 Question banks, mocks & courses', false),
];

export const BLIND11_TEST_ACCOUNTS: LabelledAccount[] = [
  X('nightshift_gp', 'night shift gp', 'OOH GP in the Midlands. nothing here is medical advice. he/him', true),
  X('TomAkinolaUro', 'Mr Tom Akinola', 'Consultant urological surgeon, Birmingham. FRCS(Urol). Expert witness – instructions via my PA.', false),
  FB('ae.reg.glasgow', 'Resus', 'Reg', 'EM registrar in Glasgow 🏥 FRCEM in progress. night shifts, hill walking & Irn Bru', true),
  X('paramedic_pete', 'Pete the Para 🚑', 'HCPC registered paramedic, West Mids. Views my own', false),
  LI('dr-h-m-psych', 'H.', 'M.', 'Consultant Psychiatrist | MRCPsych | Medico-legal reports (personal injury, clin neg)', true),
  X('Dr_Amira_Haddad', 'Amira 🩺', 'paeds ST4 in Wessex. tiny humans, big feelings', false),
  X('TheDentalDiaries', 'The Dental Diaries 🦷', 'Dentist, BDS MJDF RCS. Implants, anxious patients & honest advice', false),
  X('psych_sho', 'Psych SHO 🧠', 'CT2 psychiatry | MBBS | writing about ward life, anonymously', true),
  X('CTsurgSpR', 'cardiothoracic spr', 'cutting & sewing in the South West. FRCS(CTh) loading…', true),
  X('PA_in_ED', 'PA in ED', 'Physician associate in emergency medicine. FPA member. not a doctor, never claimed to be', false),
];
