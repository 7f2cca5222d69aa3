/**
 * Blind evaluation set 17, written without sight of the detectors' word lists.
 *
 * Emphasis: accounts and personas. Each half carries about forty X, Facebook and
 * LinkedIn profiles. The anonymous doctors are written in many different ways:
 * pun and in-joke handles ("the gas man", "bleep holder", "scrubs & sourdough"),
 * emoji-only or initial-only display names, first-name-only "Dr Sam" or "Doc K",
 * Facebook/LinkedIn name fields filled with a nickname, a role or an initial,
 * grades written every which way (ST4, StR, SpR, CT2, F2, IMT3, reg, SHO, GPwSI,
 * locum, retired, ex-army) and postnominals (MBChB, BMBS, FRCA, FRCEM, MRCPCH,
 * DRCOG). The named doctors hide their full name in only one field: the bio
 * ("I'm Priya Raman"), a run-together handle (@drkwamemensah_ortho), or name
 * fields with particles, hyphens and non-English forms (van der, binti, Al-, Ní,
 * De). The lookalikes who are not doctors include dentists, vets, pharmacists,
 * nurses, an ANP, midwives, an ODP, a PA, an ACP, paramedics, chiropractors, an
 * osteopath, a physio, PhD chemists, medical students, Doctor Who fans, Dr Martens
 * resellers, a mechanic nicknamed "Doc", Trusts, royal colleges, a medical-school
 * society, patients, a health journalist and a medico-legal firm. The post items
 * include hard negatives (hypotheticals, OSCE/MCQ/simulation cases, the doctor's
 * own or family health, pets, aggregated audits, declared ties, recalls, job
 * adverts, journal clubs). The positives include "details changed" stories,
 * replies to relatives, affiliate codes, hospitality and doctors promoting their
 * own private clinics.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND17_DEV_POSTS: BlindPost[] = [
  // ---- patient: true (13) ----
  PY(`Lady in her 90s on the ward tonight asked me to read her the Ashes scores from 1954 bc she "can't trust the nurses to get Hutton's innings right" 😂 made my whole shift #nightshift`),
  PY(`diagnosed a 9yo with T1DM in clinic this morning, caught before DKA thank god. mum cried, I nearly did. if your kid is weeing loads + constantly thirsty get a finger prick test #4Ts`),
  PY(`Had the strangest day at work 🙈 A gentleman came into A&E with a fishing hook through his eyebrow from the canal at Lymm, maggot still attached!! He was more worried about his keepnet being nicked than his face. Got it out with the push-through-and-snip trick and he's promised to bring me a photo of his next carp haha`, 'facebook'),
  PY(`Last week I sat with a patient who had just been told their cancer had spread. They asked me not to leave until their daughter arrived, so I didn't. We talked about their allotment and their late husband's prize marrows.

I've changed some details, but the lesson holds: presence is a clinical skill, and it doesn't appear on any rota.

#Compassion #Oncology #NHS #MedicalEducation`, 'linkedin'),
  PY(`pt in bay 4 refusing all meds unless I pretend to be Alan Titchmarsh. reader, I did 🌱`),
  PY(`@sarahj_1988 So sorry your dad is still waiting on his scan result. Please ring the ward and ask for the nurse in charge, and I'll flag it with his consultant on the morning board round.`),
  PY(`Xray of the day: 7yo, fell off the trampoline, textbook supracondylar. Parents said he was "doing a backflip for TikTok" 🙃 #orthotwitter #paeds`),
  PY(`Can't stop thinking about the young mum I looked after on labour ward last night. Everything went wrong so fast and the whole team was incredible. Baby's on NICU but doing OK this morning 🙏 Hug your midwives and your ODPs xx`, 'facebook'),
  PY(`Just had to explain to a 40 yr old chap that his "gym supplement" from an instagram account was basically oral anabolic steroids and thats why his ALT is 600. sigh.`),
  PY(`A card arrived on the stroke unit this week from a retired headteacher on the Wirral we looked after in the spring. He wanted us to know he's back to finishing the Times crossword before his tea.

Sharing (with his blessing) because the people who made that happen — our therapists, HCAs and nurses — rarely get the thanks. #StrokeCare #Rehab #TeamNHS`, 'linkedin'),
  PY(`the man in resus who kept apologising for "wasting our time" while literally having a STEMI. please never apologise for coming in. ever.`),
  PY(`Home visit today to a farmer up past Hawes who hadn't seen a doctor since 1987. BP 210/120. He offered me a lamb as payment 🐑 I declined. Mostly.`),
  PY(`Hi Mrs Patel, I remember your son from the Thursday clinic — please don't post his results on here though! Ring Jackie the secretary and I'll get him seen sooner x`, 'facebook'),

  // ---- patient: false (12) ----
  PN(`hypothetical for the F1s: 68M, 2/7 SOBOE, bibasal creps, raised JVP, pitting oedema to knees. first line Ix + mx? answers below 👇 #MedEd #FOAMed`),
  PN(`Tried so hard to be a good patient at my own colonoscopy today. Was not a good patient. Bowel prep is a crime against humanity. 10/10 would still recommend screening #BowelScreening`),
  PN(`Our old spaniel Biscuit had his dental at the vets today, 4 teeth out 😢 very sorry for himself but already demanding his chicken. Thank you to the lovely team at Oakfield Vets 🐶💕`, 'facebook'),
  PN(`patience is a clinical skill nobody teaches. neither is finding a working computer on ward 12 at 3am`),
  PN(`We audited 212 discharges from our acute medical unit over six months: 38% had no clear summary of medication changes for the GP.

Small fix, big difference: a mandatory "what changed and why" box on the discharge template. Re-audit in March showed 91% compliance.

Thanks to our pharmacy colleagues who drove this. #QualityImprovement #PatientSafety`, 'linkedin'),
  PN(`OSCE mock today: "You are the FY1 on call. Mr Jones, 54, has chest pain." Our simulated patients were brilliant, one of them cried real tears at the breaking-bad-news station 👏 #OSCE #medstudents`),
  PN(`Dad home after his knee replacement 🙌 a huge thank you to the ortho team at Royal Derby. He's already complaining about the hospital tea and asking when he can get back on the golf course 😂`, 'facebook'),
  PN(`Reminder: a temp of 38+ in a baby under 3 months = same-day medical review. Not tomorrow. Not after the weekend. #ParentTips`),
  PN(`Composite case — drawn from several encounters and not any one person:

A man in his fifties sees his GP for the fourth time with "indigestion". Each consultation is reasonable on its own. Together they tell a different story.

This is why we teach continuity, and why losing it costs more than anyone measures. #GeneralPractice #Continuity`, 'linkedin'),
  PN(`Waiting list back up to 7.6m. Behind every number is a person, but policy won't fix itself by ministers saying "productivity" louder.`),
  PN(`my own migraine picked the exact moment the consultant said "right, present the patient" on the ward round. presented through an aura. would not recommend 😵‍💫`),
  PN(`SBA of the day 🧠 A 23-year-old woman presents with palpitations, heat intolerance and weight loss. Which is the most likely diagnosis?
A) Graves' disease
B) Toxic multinodular goitre
C) Phaeochromocytoma
D) Anxiety
E) Coeliac disease
Answer in the comments! #MRCPpart1`, 'facebook'),

  // ---- interest: true (10) ----
  IY(`been using @NovaSkinUK's new peptide serum for 6 weeks and it's the only thing that's rescued my post-nights skin 💆‍♀️ use DRAMY15 for 15% off`),
  IY(`Delighted to share that I've joined the Medical Advisory Board of CuraTrack, the AI-powered symptom-checker app! Looking forward to helping shape the future of digital triage 🚀

#HealthTech #DigitalHealth #Innovation #Leadership`, 'linkedin'),
  IY(`Huge thanks to the lovely folks at AstraZeneca for a cracking dinner at Hawksmoor after tonight's respiratory update 🥩🍷 #GPeducation`),
  IY(`Now taking bookings at my private aesthetics clinic in Solihull ✨ Anti-wrinkle, fillers and skin boosters done by a REAL doctor, not a beautician! Message me for the launch offer — 20% off everything this month only 💉💖`, 'facebook'),
  IY(`Collagen gummies from @GlowVitalLabs landed in my locker today 😍 thanks for the free box guys, honestly obsessed`),
  IY(`Proud to be presenting at next week's symposium on behalf of Pfizer on real-world outcomes in atrial fibrillation. Slides done, flights and hotel all sorted by their fantastic team — see you in Lisbon! 🇵🇹

#Cardiology #AF #KeepLearning`, 'linkedin'),
  IY(`if ur a GP drowning in admin, Heidi Health has been a game changer for my notes tbh. link in bio gets you a free month 👇`),
  IY(`Every patient I see with joint pain now gets told about Flexiva Turmeric+ capsules 💛 I got mine at a discount through the rep and I'm happy to share the code, just message me!`, 'facebook'),
  IY(`Saturday clinics at the Harley Street Menopause Clinic from June 🌸 book through the link and tell them I sent you 😉`),
  IY(`Thrilled to have been appointed Clinical Lead (consultancy) for VentriCore, the MedTech start-up behind a new wearable ECG patch, as they prepare their UKCA submission.

Watch this space — the future of arrhythmia detection is going to be very exciting. #MedTech #Cardiology #Startups`, 'linkedin'),

  // ---- interest: false (10) ----
  IN(`MHRA Drug Safety Update out today: valproate restrictions now extend to men starting treatment too. Worth a read if you prescribe it. [link]`),
  IN(`Disclosure: I have received speaker fees from Novo Nordisk.

Today's talk for our PCN on GLP-1 receptor agonists in primary care covered who benefits, how to manage GI side-effects, and why supply has been such a headache. Slides on request.`, 'linkedin'),
  IN(`Recall alert ⚠️ certain batches of Emerade adrenaline pens have been recalled. check your patients' batch numbers + get them switched to another brand asap`),
  IN(`Started my first patient on tirzepatide today through the new NHS weight management pathway. Long waits, but glad it's finally here.`),
  IN(`We're hiring! 🎉 Salaried GP, 6 sessions, friendly training practice in Ipswich, NHS pension, no weekends, lovely admin team. DM me or email the practice manager for details 😊`, 'facebook'),
  IN(`#ad | paid partnership with ZOE — I've spent a month on their gut health programme and here's my honest take, including the bits I wasn't convinced by 🧵`),
  IN(`Journal club this week: we picked apart SELECT (semaglutide CV outcomes). Industry funded, composite endpoint, ARR ~1.5% over 3+ years. Real benefit, but the headlines oversold it. Great discussion from our IMTs.`, 'linkedin'),
  IN(`honestly sick of pharma reps bringing pizza to teaching. we've banned it at our practice. buy your own lunch, it's fine`),
  IN(`COI: I'm a paid adviser to Thriva. With that said, here's my honest take on home blood test kits and when they're a waste of money 👇`, 'facebook'),
  IN(`NICE has said no to lecanemab on cost-effectiveness. thread on what it actually means for memory clinics and families 🧵`),
];

export const BLIND17_TEST_POSTS: BlindPost[] = [
  // ---- patient: true (13) ----
  PY(`Pt today (80s, ex-miner, Barnsley) told me the secret to a long life is "never trust a man who won't eat his crusts". noted. #GPlife`),
  PY(`ED at 4am: bloke with a Kinder egg toy lodged somewhere it absolutely should not be. wont say where. radiology will know 🥚`),
  PY(`Really special moment at work today 🥹 we finally got one of our longest-staying patients home after 4 months. She's 101 and has outlived three of her consultants (her words!!). Her granddaughter brought a massive cake in for the staff 🎂`, 'facebook'),
  PY(`Details altered to protect privacy.

A teenager I saw in clinic last month told me she had been skipping her insulin to lose weight. She'd been admitted twice with DKA and nobody had asked her why.

Please ask. #DiabulimiaAwareness #Type1Diabetes #AdolescentHealth`, 'linkedin'),
  PY(`@GaryBoltonFan so sorry your wife had such a long wait in majors last night, I was on shift. please do go through PALS so it gets looked at properly. hope her wrist's settling`),
  PY(`frequent flyer back again tonight, third time this week, same story, same pub. starting to worry nobody else is looking out for him`),
  PY(`Odd ECG from a 30-something in clinic this am, coved ST elevation V1-2 ?Brugada pattern. thoughts cardiotwitter? (anonymised) [pic]`),
  PY(`Long day. Lost a patient this afternoon, a young dad, and we tried everything. Going to sit in the car for ten minutes before I drive home. Be kind to each other x`, 'facebook'),
  PY(`Saw a lovely couple in antenatal clinic whose first baby I delivered as an SHO back in 2014. full circle 🥹`),
  PY(`Yesterday a gentleman in our memory clinic sat down at the waiting-room piano and played a Chopin nocturne, flawlessly, although he no longer recognises his wife of 52 years.

Procedural memory for music is one of the most remarkable things I've seen in medicine. #Dementia #Neurology #MusicAndMemory`, 'linkedin'),
  PY(`Mr T in bed 9 has now asked for "the doctor with the nice shoes" four times. I'm the only doctor on. The shoes are Crocs. I'll take it.`),
  PY(`Hi Jenny, glad your mum's catheter issue is sorted 💕 if it blocks again over the weekend ring the district nurses, don't wait til Monday!`, 'facebook'),
  PY(`CT confirms the 19yo from the rugby club has a grade 3 splenic lac. straight to theatre. if your mate took a knee to the ribs on saturday & looks grey, bring him in`),

  // ---- patient: false (12) ----
  PN(`Simulation day! Our mannequin "Stan" arrested 4 times and had anaphylaxis twice. Tough week for Stan. #SimEd #ALS`),
  PN(`broke my own wrist falling off my bike on the way to a fracture clinic shift. the orthopods find this hilarious. #OwnGoal`),
  PN(`Our cat Mabel has hyperthyroidism apparently?? Vet says tablets twice a day. She is NOT going to cooperate 😾 any tips from cat owners welcome`, 'facebook'),
  PN(`I have no patience left for the e-referral system. zero. 17 clicks to refer a breast lump.`),
  PN(`Across 1,400 adult asthma reviews in our PCN last year, only 41% had a documented inhaler technique check.

We've since trained every HCA in technique checks and moved them before the clinician appointment. Early data looks promising. #Asthma #PrimaryCare #QI`, 'linkedin'),
  PN(`MCQ: 45F, fatigue, itch, raised ALP, AMA +ve. Dx?
A) PBC
B) PSC
C) AIH
D) Gallstones
#MRCPpart1 #MedTwitter`),
  PN(`My daughter had her tonsils out this morning, brave as anything 💪 now demanding ice lollies every 20 minutes 🍦`, 'facebook'),
  PN(`Fictional scenario from today's leadership course:

A consultant receives a complaint from a family who feel they weren't told their relative was dying. The team's notes say otherwise.

How would you respond, and who would you involve? Interested in views from across specialties. #ClinicalLeadership #Candour`, 'linkedin'),
  PN(`general PSA: if your GP offers you the shingles jab, TAKE IT. I've seen enough post-herpetic neuralgia to last a lifetime`),
  PN(`Four-hour standard met for 58% of type 1 attendances last month. That's not "winter pressures", that's a system.`),
  PN(`My grandad (92) just beat me at Scrabble with QUIXOTIC on a triple word 😂 says his heart's only going because of cards and a nightly whisky. Who am I to argue`, 'facebook'),
  PN(`Hypothetical, but worth thinking about: a relative messages you on Facebook asking how their nan's treatment is going. What do you say?

(Answer: nothing specific. Point them to the ward.) #GMC #SocialMedia #Confidentiality`),

  // ---- interest: true (10) ----
  IY(`back from Barcelona after 3 days at ESC as a guest of Boehringer — fab hospitality, great science 🇪🇸✨`),
  IY(`Excited to announce my new role as Medical Advisor to Vitalyze, the personalised supplement subscription! Our mission: evidence-based nutrition for everyone.

Use code VITALDOC for your first month free 💊

#Nutrition #Wellness #HealthTech`, 'linkedin'),
  IY(`my new favourite stethoscope 😍 @Littmann sent me the Cardiology IV in rose gold and it's GORGEOUS`),
  IY(`Come and see me at the new Cheshire Vein & Skin Clinic 💉 I'm running a mole-check special for £49 this month only. Message to book! 🌞`, 'facebook'),
  IY(`every new mum needs an Elvie pump. I tell all my patients. my link gets you 10% off 🍼 [link]`),
  IY(`Spent a brilliant weekend at Gleneagles with the Sanofi diabetes team, helping shape their new patient education materials. Fantastic people and a cracking golf course ⛳

#Diabetes #Collaboration #PatientEducation`, 'linkedin'),
  IY(`not saying you NEED a Whoop band but since I started wearing mine on nights I sleep so much better. free month with my code DOCWHOOP`),
  IY(`So many of you ask what gets me through a 13 hour shift — it's Revive Greens 🌿 I'm now an official ambassador so DM me for my discount link 💚`, 'facebook'),
  IY(`Now accepting self-pay referrals for hip and knee arthroscopy at Spire Manchester. Short waits, the same consultant from first consultation to follow-up.

Contact my practice secretary via the link in my profile. #Orthopaedics #SportsInjury`, 'linkedin'),
  IY(`Big thanks to Medtronic for lending us the new insulin pump demo kit + lunch for the whole diabetes team today 🙌 cracking bit of kit`),

  // ---- interest: false (10) ----
  IN(`MHRA approves Mounjaro KwikPen for UK use — supply should ease. The cost to the NHS is still a big question. [link]`),
  IN(`Paid partnership: I've worked with Livi on their new hay fever guide. Here's the short version of what actually works — antihistamines, nasal steroids used properly, and starting early.`, 'linkedin'),
  IN(`Recall: Philips CPAP foam issue. If you've got patients on older DreamStation machines, check the MHRA field safety notice & contact the sleep service`),
  IN(`co-codamol is not a long-term plan for back pain. had this convo 6 times today. please talk to your GP about tapering`),
  IN(`Job alert 🚨 Our NHS hospice is recruiting a specialty doctor in palliative medicine, 8 PAs, fab team, flexible working. Link in comments 👇`, 'facebook'),
  IN(`COI: I hold shares in a digital health company (details on my declarations page).

Today I want to talk about why most symptom-checker apps over-triage, and why that matters for an NHS already at capacity. #DigitalHealth`, 'linkedin'),
  IN(`the homeopathy "flu remedy" on the shelf at Boots for £9 is sugar pills and they should be embarrassed tbh`),
  IN(`Journal club tonight looked at the new RCT on vitamin D for COVID. tl;dr no benefit. Save your money folks 💷`, 'facebook'),
  IN(`Disclosure: I've received honoraria from Bayer & Daiichi Sankyo for educational talks.

Here's my summary of the new NICE AF guideline 🧵`),
  IN(`The NHS App now lets you see your GP record and order repeats. Genuinely useful, show your older relatives how 📱`),
];

export const BLIND17_DEV_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymousDoctor: true (18) ----
  X('thegasman_', 'The Gas Man 💨', 'Anaesthetist. FRCA. Sleep is my business. Views own, gases shared.', true),
  X('bleepholder', 'bleep holder', 'night reg on the medical take somewhere in the north west. IMT3. caffeine dependent ☕', true),
  X('scrubs_n_sourdough', 'Scrubs & Sourdough 🍞', 'CT2 surgery by day, levain by night. MBChB. Opinions my own, starter is shared.', true),
  X('DrSam_GP', 'Dr Sam', 'Salaried GP, Bristol. MRCGP DRCOG. Ten-minute appointments, twelve-minute problems.', true),
  X('doc_k_paeds', 'Doc K 🧸', 'paeds StR (ST4) | MRCPCH | PICU-curious | no medical advice via DM sorry', true),
  X('JRW_EM', 'J.R.W.', 'EM doc. FRCEM. On the tools in A&E since 2009. RTs ≠ endorsements.', true),
  X('sho_who_knows', 'The SHO Who Knows (Nothing)', 'F2 → psych. learning loudly. BMBS Nottm 🎓', true),
  X('old_sawbones', 'Old Sawbones', 'Retired surgeon (general & vascular), 34 yrs NHS. FRCS. Now mostly grumbling about hospital parking & the cricket.', true),
  X('ITUnightowl', '🦉', 'intensive care registrar. proning, pressors & peppermint tea. he/him', true),
  X('GPwSI_derm', 'Dr M', 'GPwSI dermatology. Moles, rashes and the occasional mystery. Locum across the Midlands.', true),
  X('ewe_and_me_gp', 'GP in the Dales 🐑', 'rural partner GP. MRCGP. dispensing practice, 3 villages, 1 sheepdog', true),
  FB('dr.jojo.paeds', 'Jojo', '', 'Paediatric registrar in Glasgow 🩺 MRCPCH. Mum of two, baker of terrible cakes.', true),
  FB('dr.b.acutemed', 'Dr', 'B', 'Consultant physician (acute medicine). Mostly posting about my allotment and my dog.', true),
  FB('tommo.exarmy', 'Tommo', 'Doc', 'Ex-army doctor (RAMC), now locum GP in Wiltshire. MBBS. Banter welcome 🪖', true),
  FB('the.locum.life', 'Locum', 'Life', 'Freelance locum doc, A&E & urgent care ✈️ FY2 → locum → who knows. Travel pics mostly.', true),
  LI('consultant-anaesthetist-r', 'R.', 'Anaesthetist', 'Consultant Anaesthetist | FRCA | Regional anaesthesia, airway & perioperative medicine | NHS', true),
  LI('psych-reg-uk', 'Psych', 'Reg', 'ST5 General Adult Psychiatry | MRCPsych | Interested in digital mental health & medical education', true),
  LI('dr-a-k-gastro', 'A', 'K', 'Specialty Registrar (SpR) in Gastroenterology | MRCP(UK) | Endoscopy | London', true),

  // ---- anonymousDoctor: false (22) ----
  X('leedsgp_pr', 'Dr P 🌿', "I'm Priya Raman, GP partner in Leeds. MRCGP. Women's health & menopause. Views mine.", false),
  X('drkwamemensah_ortho', 'Dr Kwame 🦴', 'T&O SHO, Sheffield. MBChB. surviving on meal deals and hope.', false),
  X('PvdBerg_anaes', 'Dr Pieter van der Berg', 'Consultant anaesthetist, Southampton. FRCA. Dutch by birth, Saints fan by marriage.', false),
  X('SmileDentalDan', 'Dan 😁 BDS', 'Dentist (BDS, MJDF) in Cardiff. Flossing evangelist. Not that kind of doctor.', false),
  X('vet_on_call', 'The Night Vet 🐾', 'MRCVS. Small animal out-of-hours. Yes I am a doctor, just for dogs.', false),
  X('pharm_jas', 'Jas (pharmacist)', 'Community pharmacist & independent prescriber. MPharm. Ask me about your inhaler technique 💨', false),
  X('ANP_on_nights', 'night shift ANP', "Advanced nurse practitioner, RGN, urgent treatment centre. Not a doctor, don't call me one 😂", false),
  X('drchem_lucy', 'Dr Lucy (PhD)', 'Doctor of organic chemistry, not medicine. Postdoc at a northern uni. Crystals, coffee, cats.', false),
  X('gallifrey_doc', 'The Doctor Will See You Now 🟦', 'Whovian since Tom Baker. Reviewing every episode. Bow ties are cool. Not medically qualified!', false),
  X('docs_motors_stockport', "Doc's Motors", '"Doc" to my regulars. MOTs, servicing & diagnostics. Family garage in Stockport since 1987 🔧', false),
  X('NorthbridgeNHS', 'Northbridge Hospitals NHS FT', 'Official account of Northbridge Hospitals NHS Foundation Trust. Not monitored 24/7, for urgent help call 111 or 999.', false),
  X('PA_Ciara', 'Ciara | Physician Associate', 'PA in acute medicine. MSc PA Studies. Not a doctor.', false),
  FB('aisha.binti.yusof', 'Aisha', 'binti Yusof', 'Doctor (MBBS), surgical registrar at Royal Stoke. Proud Malaysian in the Potteries 🇲🇾', false),
  FB('mark.the.osteo', 'Mark', 'Osteopath', 'Registered osteopath (GOsC). Back pain, sports injuries & pregnancy aches. Clinic in Harrogate.', false),
  FB('dr.martens.preloved', 'Docs', 'Preloved', 'Preloved Dr. Martens 🥾 all sizes, posted UK-wide, collection from Leicester.', false),
  FB('kirsty.lupus.life', 'Kirsty', 'M', 'Living with lupus & fibro 💜 sharing my journey with my rheumatologist & GP. Spoonie.', false),
  FB('mustafa.alrashid', 'Mustafa', 'Al-Rashid', 'GP in Bradford. Dad of three. Slow runner.', false),
  LI('siobhan-ni-bhriain', 'Siobhán', 'Ní Bhriain', 'Consultant Obstetrician & Gynaecologist | MRCOG | Belfast Health and Social Care Trust', false),
  LI('grace-adeyemi-clarke-rm', 'Grace', 'Adeyemi-Clarke', 'Registered Midwife (RM) | Continuity of carer team lead | BSc (Hons) Midwifery', false),
  LI('hillcrest-medicolegal', 'Hillcrest', 'Medico-Legal', 'Clinical negligence & medico-legal reporting. Instructing expert witnesses across every specialty.', false),
  LI('wei-zhang-odp', 'Wei', 'Zhang', 'Operating Department Practitioner (ODP) | Anaesthetics & recovery | HCPC registered', false),
  LI('tom-ashworth-health', 'Tom', 'Ashworth', 'Health correspondent covering the NHS, GP access and resident doctor pay disputes.', false),
];

export const BLIND17_TEST_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymousDoctor: true (18) ----
  X('nerveblockparty', 'Block Party 💉', 'regional anaesthesia nerd. ST6 anaes. ultrasound > landmarks. FRCA (finally)', true),
  X('dr_j_medreg', 'Dr J', "Medical reg (StR geri/GIM). Delirium, falls & frailty. Views mine, not my Trust's.", true),
  X('coffeeandcannulas', '☕️💉', 'FY2. MBBS (Lond). cannula success rate: improving. DMs closed.', true),
  X('SpR_in_the_rain', 'SpR in the Rain ☔', 'Renal SpR, Manchester. MRCP. Sings in the sluice.', true),
  X('the_psych_sho', 'psych sho', 'core psych trainee (CT1), ex-IMT. MRCPsych paper A ✔️ mental health is health', true),
  X('cardio_cons_h', 'H 🫀', 'Consultant cardiologist. Interventional. MD FRCP. Occasional cyclist.', true),
  X('ObiWanKenoGP', 'Obi-Wan KenoGP', 'Jedi master of the 10 min consult. Partner GP, Kent. MRCGP. May the QOF be with you.', true),
  X('not_that_mrs', 'not that kind of Mrs', 'mum, wife and ST3 O&G. MBChB DRCOG. labour ward snacks connoisseur', true),
  X('mr_t_orthopod', 'Mr T 🦴', 'Consultant orthopaedic surgeon. FRCS (Tr&Orth). Knees mainly. I pity the fool who skips physio.', true),
  X('paeds_pal', 'paeds pal 🦖', 'F1 on my paeds rotation. stickers are currency. BMBS.', true),
  X('gasgirl_reg', 'gas girl 💨', 'anaes reg. FRCA primary ✅ final ⏳ theatre playlist curator', true),
  FB('drkay.resp', 'Kay', '', 'Locum consultant physician, respiratory. Semi-retired, fully opinionated.', true),
  FB('retired.gp.norfolk', 'Retired', 'GP', 'Retired GP (Norfolk). 30 years of home visits. Now: grandkids, birds and bowls 🐦', true),
  FB('captain.scrubs', 'Captain', 'Scrubs', 'Army doc turned trauma & orthopaedics SHO 🦴 MBChB Dundee', true),
  FB('hosp.at.night.doc', 'H@N', 'Doc', 'Hospital at night doctor, surgical SHO. Mostly memes from the mess 🍕', true),
  LI('dr-n-s-icm', 'N.', 'S.', 'Consultant in Intensive Care Medicine & Anaesthesia | FFICM FRCA | QI lead', true),
  LI('gp-st2-inclusion', 'Dr', 'Zee', 'GP Specialty Trainee (ST2) | MRCGP AKT passed | Health inequalities & inclusion health', true),
  LI('maya-imt3', 'Maya', '', 'IMT3 | MBBS BSc | Aspiring cardiology StR | Clinical teaching fellow', true),

  // ---- anonymousDoctor: false (22) ----
  X('scalpel_and_sass', 'Scalpel & Sass ✂️', "Hi, I'm Dr Rukhsana Chowdhury, plastics SpR in Leeds. I post about hand surgery, cricket and chai.", false),
  X('drharisbinahmad', 'Dr H 🩺', 'ST4 general surgery, Birmingham. Mostly hernias. MRCS.', false),
  X('DrOwenLlewellyn', 'Owen 🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'Meddyg teulu (GP) yn Sir Gâr. Cymraeg & English. MRCGP.', false),
  X('KBrownWhyte_med', 'Keisha Brown-Whyte', 'Acute physician. MRCP. Black Women in Medicine UK. Mentor.', false),
  X('UKChiroJon', 'Dr Jon, Chiropractor', 'Doctor of Chiropractic (DC). GCC registered. Spine & posture clinic, Reading.', false),
  X('paramedic_pete', 'Paramedic Pete 🚑', 'HCPC paramedic. Blue lights and biscuits. Nights on the road in Kent.', false),
  X('medstudent_ifeoma', 'Ifeoma | med student', '4th year medical student @ UCL. Future doctor (hopefully). Revision memes.', false),
  X('RCoANews', 'Royal College of Anaesthetists', 'News from the Royal College of Anaesthetists. Standards, training and exams for anaesthesia, critical care & pain medicine.', false),
  X('EdinMedSoc', 'Edinburgh Uni MedSoc', 'Medical school society. Balls, revision sessions and the annual panto 🎭', false),
  X('bds_nadia', 'Nadia 🦷', 'Dentist, BDS (Glasgow). Paeds dental GA lists. "Dr" by courtesy title only.', false),
  X('rural_vet_jo', 'Jo the Vet', 'Farm animal vet, BVSc MRCVS. Calving season survivor. Cumbria.', false),
  X('LongCovidLaura', 'Laura 🧡', 'Patient. Long Covid since 2020. Ex-teacher. Campaigning for better rehab clinics.', false),
  X('abx_raj', 'Raj | Antimicrobial Pharmacist', 'Specialist pharmacist, antimicrobial stewardship. MRPharmS. #AMR', false),
  FB('bev.staffnurse', 'Bev', 'RGN', 'Staff nurse, 22 yrs on the wards 💙 Night shifts and crochet.', false),
  FB('whovians.of.wigan', 'Whovians', 'of Wigan', 'Fan group for all things Doctor Who 🟦 screenings, cosplay meet-ups. The Doctor is in!', false),
  FB('seun.adebayosmith', 'Oluwaseun', 'Adebayo-Smith', 'Junior doctor (F1) in Leicester. Gospel choir, jollof debates 🍛', false),
  FB('doc.hargreaves.classics', 'Doc', 'Hargreaves', '"Doc" since school. Classic car restoration & mobile mechanic, Lancashire 🚗', false),
  FB('sam.msk.physio', 'Sam', 'Physio', 'MSK physiotherapist (HCPC). Sports massage & rehab. Maidstone.', false),
  LI('matteo-de-luca-neuro', 'Matteo', 'De Luca', "Consultant Neurologist | PhD | Epilepsy & EEG | King's College Hospital", false),
  LI('eastbrook-uh-nhs', 'Eastbrook University Hospitals', 'NHS Trust', 'Delivering outstanding care to 600,000 people across Eastbrook and the coast.', false),
  LI('dr-eleni-formulation', 'Eleni', 'K.', 'Dr (PhD, Chemistry) | Formulation scientist | Pharmaceutical R&D | Not a medic', false),
  LI('jakub-wisniewski-acp', 'Jakub', 'Wiśniewski', 'Advanced Clinical Practitioner (ACP) in Emergency Medicine | MSc | Paramedic background', false),
];
