/**
 * Blind evaluation set 13, written without sight of the detectors' word lists.
 *
 * Emphasis: the anonymity pass. Each half holds about forty accounts across X,
 * Facebook and LinkedIn: fifteen anonymous doctors (first names only, first name
 * plus initial, initials only, nicknames, puns that read like real names such as
 * "Ann Aesthetic" and "Hugh Moral", emoji-only display names, grades and specialties
 * in slang such as gas, med reg, bone setter and orthobro, Welsh, Arabic, Swahili and
 * Polish words for doctor, "Dr" + first name, and persona pages) against named doctors
 * whose names are hard to spot. These include Welsh, Irish, Scottish, Nigerian, Ghanaian,
 * Indian, Pakistani, Sri Lankan, Chinese, Polish, Greek, Arabic and Jewish names,
 * double-barrelled names, particles (van der, de la, Al-, bin), names that are also
 * English words (Rose Hill, Dean Marsh, Grace Field, Summer Wood), full names only in the
 * handle or bio behind a nickname display name, initials + surname, and LinkedIn name
 * fields with post-nominals. The sets also hold non-doctor look-alikes: a psychologist, a
 * dentist, a vet and a PhD scientist using "Dr"; a PA, an ACP, a nurse, a midwife, a
 * pharmacist, a paramedic, a physio and a medical student; a patient, a carer and a
 * doctor's spouse; an ED account, a royal college, a charity, a clinic and a "Doc" who is
 * a mechanic; a Doctor Who fan and a Dr Martens collector. Each half also holds 12
 * interest posts (declared vs undeclared ties, critical reviews, recalls, clinical drug
 * use) and 12 patient posts (real cases against own or family health, pets, "patience",
 * audits, OSCE/SBA, hypothetical, composite and simulated cases).
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND13_DEV_POSTS: BlindPost[] = [
  // ── interest ──
  IY("6 weeks on the @LumaDerm retinal serum and honestly my skin has never been calmer 😍 they sent me a couple of bottles to try and I'm obsessed. Use DRHANNA15 at checkout for 15% off ✨ #skincare #dermtwitter #doctorapproved"),
  IN("Disclosure: I've had speaker fees from Novo Nordisk & Lilly in the last 2 yrs. With that on the table — here's my honest take on tirzepatide vs semaglutide for T2DM in primary care 🧵 1/9"),
  IY("Delighted to share that I've joined the Clinical Advisory Board at Vitalis Health 🌸 Vitalis are building a digital-first menopause service that genuinely listens to women, and I'm excited to help shape their prescribing pathways and clinician training. Twelve years in NHS general practice has shown me how underserved perimenopausal women are, and this feels like a real chance to change that at scale. #Menopause #WomensHealth #DigitalHealth #Leadership", 'linkedin'),
  IN("MHRA Drug Safety Update out today: new safety measures for valproate, incl. for men planning a family. Worth 5 mins if you prescribe in epilepsy or bipolar. https://www.gov.uk/drug-safety-update"),
  IN("Right, mini rant incoming 🙄 SO many of you have messaged me about those 'gut health' gummies that are all over Instagram at the moment. I've read the 'research' on their website. It's one study, 22 people, funded by the company, no control group. They're £39.99 a month!! Please save your money and eat some beans and an apple instead 😂 (not sponsored by beans)", 'facebook'),
  IY("huge thanks to @StrykerUK for putting us up at Gleneagles for the hip arthroplasty masterclass 🙌 cadaver lab was excellent and the wine list even better 🍷⛳ golf at 7 tomorrow, pray for my short game"),
  IN("JC tmrw 12:30, seminar rm 2 — DELIVER (dapagliflozin in HFpEF). @Ravi_cardsreg presenting. sandwiches from the dept budget not a drug rep for once 😅 all welcome incl students"),
  IY("BIG NEWS 🎉🎉 After 15 years in the NHS I've finally opened my own private skin clinic in Harrogate!! Mole checks, lump & bump removal, acne and a few aesthetics treatments 💕 First 20 bookings this month get 20% off — message me or book at harrogateskinclinic.co.uk. Please share, it means the world x", 'facebook'),
  IN("#ad | Paid partnership with Abbott. I've teamed up with Abbott to talk about flash glucose monitoring, because honestly it has changed how a lot of people with type 1 manage day to day. As always, speak to your own diabetes team about whether it's right for you — I'm not giving individual advice here.", 'facebook'),
  IN("Reminder for the wards: apixaban in AF → 2.5mg bd only if 2 of 3: age ≥80, wt ≤60kg, creatinine ≥133. I still see people dose-reducing on eGFR alone every single week. #FOAMed #pharmacology"),
  IY("GPs looking for extra income 👀 I've done remote consults for @QuickScriptMD for 6 months now — set your own hours, decent rates, all from your sofa. DM me and I'll send you my referral link 💷"),
  IN("We're recruiting! Two substantive Consultant posts in Acute Medicine at Royal Cornwall Hospitals. Supportive team, protected SPA time, a brand-new SDEC unit, and yes, the sea is ten minutes away. Informal visits very welcome. Closing date 30 June. #NHSJobs #AcuteMedicine #Cornwall", 'linkedin'),

  // ── patient ──
  PY("Pt in resus tonight, mid-40s, came in with 'indigestion' after a curry. ECG: inferior STEMI. Cath lab in 38 mins 🫀 Never ignore the indigestion that makes someone look grey. #EMtwitter"),
  PN("My own appendix chose 3am on a night shift to give up 🙃 now an inpatient on my own surgical ward, which is deeply weird. The nurses on ward 7 are actual saints. Back soon x"),
  PY("Had the loveliest lady in clinic this morning, well into her 90s, who brought me a tin of shortbread because I'm 'the only one who listens'. I nearly cried into my coffee. Made my whole week ❤️", 'facebook'),
  PN("OSCE practice station 🩺 58M, 2/7 hx central chest pain radiating to L arm, sweaty, smoker. Top 3 differentials + first 3 investigations? Answers in replies #MedEd #OSCE"),
  PN("Re-audit back 📈 VTE plan documented on discharge: 38% → 81% after a 10-min teaching slot + a sticker on the drug chart. Small changes, big gains. #QI"),
  PY("@sarahj_88 I'm really sorry your dad waited so long in our ED on Saturday night. Please contact PALS with his details and I'll personally make sure the team reviews what happened."),
  PN("Poor Biscuit had his teeth done at the vets today 🐶 three extractions and now he's sulking on the sofa like I've personally betrayed him. Nil by mouth is apparently a human rights violation if you're a spaniel.", 'facebook'),
  PY("A patient I looked after as an F1 wrote to me this week, eight years later. (Some details changed to protect her privacy.) She'd been admitted with what we all thought was anxiety; it turned out to be a PE, caught only because a nurse insisted we repeat her obs. She wanted me to know she'd just finished her first marathon. I've spent all week thinking about how close we came to getting it wrong, and about the nurse I never properly thanked. Listen to your nurses. #Reflection #PatientSafety #NHS", 'linkedin'),
  PN("patience is a virtue they said. 2h 40m on hold to the deanery re my ARCP outcome and counting 🙃☎️"),
  PN("Hypothetical for the FY1s: a consultant you've never worked with asks you to sign a DNACPR form for a patient you've never met, 'just to save time'. What do you do? Replies open, no wrong answers (ok, some wrong answers) 👇"),
  PY("Told a young man today his scan showed the cancer had spread. First question: would he make his daughter's wedding in June. I said honestly I didn't know. Sat in the car for 20 mins afterwards before I could drive home."),
  PN("Composite case: not a real patient, but you'll recognise her. 84, lives alone, 13 regular medications, three falls since Christmas, an anticholinergic for her bladder, a benzodiazepine from 2009 nobody remembers starting, and two antihypertensives. Every prescription made sense in isolation. Together they're a fall waiting to happen. Structured medication reviews aren't box-ticking; they're some of the highest-value work we do in primary care. #Polypharmacy #Deprescribing #Frailty", 'linkedin'),
];

export const BLIND13_TEST_POSTS: BlindPost[] = [
  // ── interest ──
  IY("Thrilled to be heading to Lisbon next month as an invited guest of Medivance for their EMEA Abdominal Wall Summit 🇵🇹 Grateful to the Medivance team for the invitation, and looking forward to sharing our unit's outcomes with surgeons from across Europe. Exciting times for hernia surgery! #GeneralSurgery #Innovation #Hernia", 'linkedin'),
  IN("Heads up sleep/resp folks: Philips field safety notice on some DreamStation CPAP units again. Check the MHRA alert & serial nos before clinic tmrw. Don't just tell pts to stop using them."),
  IY("My holy grail for sleep 😴💤 @NaturaPure magnesium glycinate, every night for a year now. Link in bio gets you 20% off — doctor's orders 😉 #sleep #wellness"),
  IN("Quick one as I get asked a lot: this is a paid partnership with Boots Online Doctor (#ad). I'm explaining what actually happens in an online hay fever consultation, what questions you'll get asked, and when you should see your own GP instead. Video below 👇", 'facebook'),
  IN("NICE draft guidance: no to donanemab & lecanemab on the NHS. Gutting for families, but the cost-effectiveness numbers were brutal & the ARIA monitoring burden is real. 🧵 on what it means for memory clinics"),
  IY("Exciting news everyone!! 🎉 From next month I'll be seeing patients privately on Saturday mornings at Spire Leicester. Knee pain, sports injuries, second opinions on surgery — no GP referral needed. Ring the hospital or drop me a message for a slot 😊 please share!", 'facebook'),
  IN("Worst 'educational' lunch symposium I've sat through. 45 mins of sales pitch for one SGLT2i with cherry-picked forest plots. Walked out at slide 30. Pharma-funded CME needs a serious rethink. #MedTwitter"),
  IY("shoutout to the lovely Zentiva reps for the team lunch on the resp ward today 🥪🍰 we were spoilt rotten, nurses are still talking about the brownies #NHSLife"),
  IN("Declaration of interest: I'm a paid clinical advisor to Medra Health. Views here are entirely my own. With that said, some honest reflections after two years watching AI triage in primary care: where it genuinely helps (repeat admin, routing), and where it worries me (atypical presentations, frail older people, anyone who doesn't describe their symptoms 'by the book'). We need independent evaluation, not vendor case studies. #AIinHealthcare #PrimaryCare", 'linkedin'),
  IN("We've moved our practice default from MDIs to DPIs where clinically appropriate (e.g. Fobumix Easyhaler instead of Symbicort pMDI). Carbon down, cost neutral, technique checked at every review. Greener NHS guidance genuinely useful."),
  IY("Some personal news 🚀 I've been appointed part-time Chief Medical Officer at Kinnect, a fast-growing gut microbiome testing start-up. I'll continue my NHS consultant gastroenterology role alongside. Can't wait to help bring evidence-based microbiome insights to everyone! #Startups #GutHealth #HealthTech", 'linkedin'),
  IN("anyone know if Pharmacy First covers uncomplicated UTI in women over 65? getting mixed answers from local pharmacies & want to signpost properly"),

  // ── patient ──
  PY("The 2yo I sent home yesterday with a 'viral rash'? Back this morning, non-blanching. Meningococcal. PICU now, doing ok. Parents did everything right. I did everything by the book. Still replaying it on loop."),
  PN("Hot take: 'patient-centred care' is a slogan if people can't get a GP appt for 3 weeks. Fix access, then talk to me about care plans."),
  PY("Can't say much for obvious reasons but a gentleman we've been looking after on the ward for nearly two months went home today to his wife and his greenhouse 🍅 The whole team lined the corridor and clapped him out. Best day in ages.", 'facebook'),
  PN("Mum's hip replacement went really well today 🙏 Huge thanks to the ortho team at Warrington, she's already bossing the physios about. Proud (and slightly frazzled) daughter x", 'facebook'),
  PN("SBA of the day 🧠 24F, palpitations, wt loss, fine tremor. TSH <0.01, fT4 ↑, TRAb positive. Most likely dx? A) Graves B) toxic MNG C) de Quervain's D) factitious E) TSHoma #MRCP"),
  PY("@KarenMillsUK I'm so sorry to hear about your mum's time on our ward. I can't discuss her care on here, but please email me via the trust switchboard and I will look into it personally."),
  PN("We reviewed 1,204 alcohol-related ED attendances across 2023. Headline: 1 in 6 were frequent attenders, and over half arrived between 10pm and 4am. Full poster at #RCEM2024, come and say hello. #AlcoholHarm #EmergencyMedicine", 'linkedin'),
  PY("Some identifying details have been changed. Last spring I met a man in his fifties, a lorry driver for thirty years, who only came to clinic because his wife booked the appointment and drove him there. 'It's just piles, doc.' It wasn't. He's now twelve months post-surgery, back behind the wheel, and his wife has made him promise to do his screening kit every time. Bowel screening works, but only if people use it. #BowelCancer #Screening", 'linkedin'),
  PN("Thanks for everyone's patience while I've been off. Back on the wards Monday after my own op, fully fit & very grateful to my surgeons & anaesthetist 💪"),
  PN("Fictional sim scenario for next Weds: 'Mr Jones', 67, day 2 post-laparotomy, acutely confused & BP 82/50. Candidates manage as the F1 on call. Faculty still needed, DM me! #SimEd"),
  PY("3am. lady with sepsis who didn't want the central line. we talked it through for 20 mins, she said yes in the end & held my hand the whole time. nights are weird and beautiful sometimes"),
  PN("Our cat Mochi has been diagnosed with hyperthyroidism today 😿 tablets twice a day for life, says the vet. Any tips for pilling a very angry tortie?? Asking for my fingers.", 'facebook'),
];

export const BLIND13_DEV_ACCOUNTS: LabelledAccount[] = [
  // ── anonymous doctors ──
  X('TiredMedReg', 'The Med Reg 🩺☕', "IMT3 → ST4 acute med. Holding the bleep so you don't have to. Views mine not my trust's.", true),
  X('DrNkechi_GP', 'Dr Nkechi 🌿', 'GP partner in south London | mum of twins | lifestyle medicine nerd | not medical advice', true),
  X('y_meddyg', 'Y Meddyg Teulu', 'Meddyg teulu yng Ngwynedd. Trydar yn Gymraeg a Saesneg. Barn fy hun.', true),
  X('gasbag_ST5', 'gasbag 💨', 'ST5 anaes. FRCA survivor. Will intubate for coffee. Probably on a break.', true),
  LI('amir-k-surgery', 'Amir', 'K.', 'Surgical Registrar (ST5) | MRCS(Ed) | West Midlands Deanery | Upper GI & hernia', true),
  X('hrtbeat_reg', '🫀🫁🩺', 'cardiology reg. echo nerd. tweets ≠ medical advice', true),
  X('BoneSetterBen', 'Ben the Bone Setter', 'T&O registrar. Power tools and paperwork. Left knee specialist (not really).', true),
  FB('pollypharmacy.gp', 'Polly', 'Pharmacy', 'GP and deprescriber-in-chief. Not my real name, obvs. Posts about medicines for the grown-ups in your life.', true),
  FB('theknackeredgp', 'The Knackered', 'GP', 'Page run by a GP in the North East. Honest, occasionally sweary, never medical advice. Not affiliated with any practice.', true),
  FB('dr.kate.paeds', 'Dr', 'Kate', 'Paediatric consultant 👶 busting parenting myths one post at a time. General info only.', true),
  LI('sam-m-em', 'Sam', 'M.', 'Specialty Registrar in Emergency Medicine | FRCEM Primary | Interested in pre-hospital care & QI', true),
  LI('tunde-locum-physician', 'Tunde', '', 'Locum Consultant Physician | MRCP(UK) | Open to short-term NHS posts across the Midlands', true),
  X('Tabiba_Lina', 'Tabiba Lina', 'طبيبة | GP trainee ST2, Manchester. Arabic/English. Hijabi medic. Views my own.', true),
  X('AnnAesthetic', 'Dr Ann Aesthetic', "Consultant anaesthetist. The name's a joke, the pain relief isn't. Here for airway memes.", true),
  FB('rosie.fy1', 'Rosie', 'FY1', 'Foundation doctor in Aberdeen 🌸 Dundee med class of 24. Mostly cat pics and rota complaints', true),

  // ── named doctors ──
  X('DrRhiLP', 'Dr Rhiannon Llewelyn-Pryce', 'GP, Ceredigion. Rural medicine & Welsh-language health. Barn fy hun.', false),
  X('aoife_gas', 'Gas Girl 💉', 'Anaesthetic registrar, Bristol. Aoife Ní Bhriain on the GMC register. Mountains > theatres.', false),
  X('DrRoseHill', 'Dr Rose Hill', 'GP in Sheffield. Allotment, asthma and admin. Views own.', false),
  X('deanmarsh_uro', 'Dean Marsh', 'Consultant urologist, Leeds. Not a dean of anything. Prostates, stones & cycling.', false),
  X('chukwuemeka_o', 'Emeka 🇳🇬🇬🇧', 'ST6 cardiology @ Barts. Chukwuemeka Okonkwo in full. Pacing, Arsenal, jollof debates.', false),
  X('priyaraghunath', 'Pri 🩺', "GP, Leeds. Women's health & long-term conditions. Chai enthusiast.", false),
  FB('thilini.wickramasinghe', 'Thilini', 'Wickramasinghe', 'Specialty doctor in psychiatry, Kent. Colombo Medical Faculty 09. Amma of two 💛', false),
  LI('agnieszka-wisniewska-md', 'Agnieszka', 'Wiśniewska', 'Consultant Radiologist | Breast Imaging | Polish-trained, UK-based since 2012', false),
  LI('omar-al-rashid-cardio', 'Omar', 'Al-Rashid', 'Consultant Interventional Cardiologist | FRCP | Honorary Senior Lecturer', false),
  LI('eli-ben-david-geri', 'Eli', 'Ben-David', 'Consultant Geriatrician | Frailty & falls | North London', false),
  LI('pieter-van-der-berg', 'Pieter', 'van der Berg', 'GP Partner | Clinical Lead for Digital, NHS Bristol ICB | Dutch-trained', false),
  X('DrAKMensah', 'Dr A. K. Mensah', 'Consultant obstetrician. Ghanaian, Glaswegian, grumpy before coffee.', false),
  X('ZhangWei_Onc', '张伟 Zhang Wei', 'Clinical oncology registrar, Manchester. Lung & H&N. 中文/English.', false),
  X('DrAyeshaSiddiq', 'Ayesha Siddiqui', "GPST2, Birmingham. Urdu/Punjabi/English. Med ed & women's health.", false),
  LI('dimitrios-karagiannis', 'Dimitrios', 'Karagiannis', 'Consultant Vascular Surgeon | Athens & Imperial trained | EVAR, limb salvage', false),

  // ── non-doctor look-alikes ──
  X('Dr_Jo_Psych', 'Dr Jo 🧠', 'Clinical psychologist (DClinPsy). CBT, trauma & burnout in healthcare staff.', false),
  FB('lucysmiles.cardiff', 'Dr Lucy', '', 'Cosmetic & family dentist, Cardiff Bay 🦷 BDS (Cardiff), MJDF RCS Eng. Bookings via our practice site.', false),
  FB('RSCHEmergencyDept', 'Royal Sussex County Hospital Emergency Department', '', 'Official page of the Emergency Department, University Hospitals Sussex. Not monitored 24/7: in an emergency call 999.', false),
  X('PA_Mo_AMU', 'Mo | Physician Associate', 'PA in acute medicine, Nottingham. FPA member. Ward rounds, clerking, cannulas.', false),
  FB('paramedic.gaz', 'Gaz', 'Paramedic', 'HCPC paramedic, East of England Ambulance. Blue lights and bad coffee 🚑', false),
  X('DocMotorsDonc', 'Doc', "Mechanic, Doncaster. They call me Doc cos I fix what's broken. Cars only 🔧", false),
  X('whovian_13th', "The Doctor's Companion 🌀", 'TARDIS blue forever. Doctor Who since 2005. Allons-y!', false),
  LI('kirsty-acp-ed', 'Kirsty', '', 'Advanced Clinical Practitioner – Emergency Medicine | MSc ACP | ex-paramedic', false),
  X('GPsWife_Tales', "the GP's wife", 'Married to a GP. I know far too much about QOF. Not medically qualified in the slightest.', false),
  X('T1D_Megan', 'Megan 💙', 'Type 1 diabetic since age 7. Insulin pump life. Patient voice.', false),
  X('hels_medic', 'Hels 📚', '4th year medic @ Newcastle. Future surgeon, current caffeine addict. MedSoc welfare officer.', false),
  X('NurseTeeICU', 'Tee 💙 RN', 'ICU nurse, Royal Free. Night shift gremlin. Proning queen. Views my own.', false),
];

export const BLIND13_TEST_ACCOUNTS: LabelledAccount[] = [
  // ── anonymous doctors ──
  X('JonnyOnCall', 'Jonny 📟', 'Medical reg on nights more often than not. Belfast. Bleep me maybe.', true),
  X('DrSaoirse_GP', 'Dr Saoirse', 'GP in Derry by way of Galway. Salaried, sessional, seasonal hay fever victim. Views my own.', true),
  X('daktari_mama', 'Daktari Mama 🌍', 'Kenyan-trained, UK-based O&G specialty doctor. Mum of 3. Swahili/English. Sio ushauri wa matibabu.', true),
  X('psych_reg_b', 'psych reg b.', 'ST4 general adult psychiatry, Scotland. MRCPsych. Tweets my own.', true),
  X('wee_gasman', 'Wee Gasman', 'Consultant anaesthetist in Glasgow. FRCA. Putting folk to sleep since 2009.', true),
  X('GMC_aesth_dr', 'Dr J | Aesthetics 💉', 'GMC-registered doctor | Botox, fillers & skin | clinic in Chester | DMs for bookings', true),
  X('lowercasegp', 'a gp', 'just a gp. partner, 9 sessions, 2 kids, 0 sleep.', true),
  X('HughMoral_Imm', 'Hugh Moral', 'Immunology SpR. Yes, the name is a pun. Allergies, antibodies & bad jokes.', true),
  X('ortho_bro_', 'orthobro 🦴💪', 'T&O SpR. Bench press PB > my logbook. London deanery. lol not medical advice', true),
  FB('doktor.ania', 'Doktor', 'Ania', 'Lekarz rodzinny (GP) w Slough 🇵🇱🇬🇧 Porady po polsku, informacje ogólne, nie porada medyczna.', true),
  FB('TheSHOdiaries', 'The SHO', 'Diaries', 'Anonymous stories from an SHO somewhere in the NHS. Names and details always changed.', true),
  FB('dr.mo.gp', 'Dr Mo', '', 'GP in Bradford. Ramadan health tips, diabetes and the odd cricket rant 🏏', true),
  LI('ck-foundation-doctor', 'C.', 'K.', 'Foundation Year 2 Doctor | Oxford University Hospitals | Interested in Cardiology', true),
  LI('retired-gp-dave', 'Dave', '(Retired GP)', 'Retired General Practitioner, 32 years in Norfolk | Now: appraiser, mentor, mediocre golfer', true),
  LI('drmeera-derm', 'Dr Meera', '', 'Dermatology Registrar | DipDerm | Skin of colour advocacy', true),

  // ── named doctors ──
  X('SiobhanOMurchu', 'Dr Siobhán Ó Murchú', 'Consultant neonatologist, Belfast. Tiny humans, big feelings.', false),
  X('DrCallumMack', 'Callum Mackintosh', 'GP, Isle of Skye. Remote & rural. Ferries permitting.', false),
  LI('oluwaseun-adebayo-coker', 'Dr. Oluwaseun', 'Adebayo-Coker, MRCP', 'Consultant Nephrologist | Transplant | Nigerian-British | Mentor, Melanin Medics', false),
  FB('akosua.mensahboateng', 'Akosua', 'Mensah-Boateng', 'GP trainee ST3 in Croydon 🇬🇭 church choir, jollof, and learning to say no', false),
  X('HarpreetSandhu', 'Harpreet 🩺', "Paeds consultant, Wolverhampton. Kaur Sandhu if you're being formal. Bhangra & bronchiolitis.", false),
  X('usman_chaudhry', 'Uzi', 'Acute med reg, Lancashire. Cricket, biryani and ABGs.', false),
  LI('dinesh-jayawardena', 'Dinesh', 'Jayawardena', 'Consultant Histopathologist | Sri Lankan-trained | Digital pathology lead', false),
  X('DrMeiLingChan', 'Dr Mei-Ling Chan 陈美玲', 'Respiratory consultant, Newcastle. CF, TB & the occasional dumpling review.', false),
  FB('krzysztof.nowak.lekarz', 'Krzysztof', 'Nowak', 'Lekarz / doctor. Emergency medicine consultant at Luton & Dunstable. Dad, runner, pierogi maker', false),
  X('DrEleniPapa', 'Eleni Papadopoulou', 'Greek-born GP in Margate. Ιατρός. Sea, sun and safeguarding.', false),
  LI('yusuf-bin-hamdan', 'Yusuf', 'bin Hamdan', 'Consultant Ophthalmologist | Medical Retina | Moorfields Eye Hospital', false),
  X('SofiadelaCruzMD', 'Sofía de la Cruz', 'Spanish-trained anaesthetist now in Oxford. Regional blocks y café con leche.', false),
  FB('grace.field.gp', 'Grace', 'Field', 'GP partner in Shropshire. Sheep, sessions and school runs 🐑', false),
  X('SummerWoodPaeds', 'Summer 🌞', 'Paediatric SpR, Exeter. Summer Wood IRL. Bubbles, bronchiolitis & baking.', false),
  X('DrRLowenthalKat', 'Dr R. Lowenthal-Katz', 'Consultant in palliative medicine, Manchester. Shabbat, sourdough & symptom control.', false),

  // ── non-doctor look-alikes ──
  X('DMs_not_DMs', 'Dr Martens Collector 🥾', '1460s, Jadons, Chelsea boots. 40+ pairs and counting. Not that kind of doctor.', false),
  X('rcgp', 'RCGP', 'The Royal College of General Practitioners: the professional membership body for GPs in the UK.', false),
  FB('wyevalleyvets.drben', 'Dr Ben', 'Vet', 'Veterinary surgeon at Wye Valley Vets 🐄🐕 MRCVS. Farm & small animal.', false),
  X('pharmacist_ade', 'Ade the Pharmacist 💊', 'Community pharmacist, Peckham. Independent prescriber. Pharmacy First champion.', false),
  X('midwife_nia', 'Nia 🤰', 'Community midwife in the Valleys. RM. Babies, bumps & birth plans.', false),
  X('Dr_KatImmuno', 'Dr Kat 🔬', 'Postdoc immunologist, PhD (Cambridge). T cells & pipettes.', false),
  LI('physio-liam-sports', 'Liam', '', 'MSK & Sports Physiotherapist | HCPC | MCSP | Premier League academy', false),
  FB('duchenne.carer.mum', 'Carer', 'Mum', "Full-time carer for my son with Duchenne. Campaigner. Knows more about steroids than most doctors.", false),
  FB('leedsskinclinic', 'Leeds Skin', 'Clinic', 'Doctor-led skin clinic in Headingley. Mole mapping, acne, aesthetics. Book online.', false),
  X('Crohns_Chloe', 'Chloe | IBD warrior', "Living with Crohn's since 16. Ileostomy life. Patient advocate. Talk to your doctor, not me!", false),
  X('TheBHF', 'British Heart Foundation', 'Funding research to beat heartbreak forever. Registered charity.', false),
  FB('sister.bernie.ward9', 'Sister', 'Bernie', 'Ward sister, Ward 9 (gastro), Royal Gwent 💙 38 years nursing and still love it', false),
];
