/**
 * Blind evaluation set 5 (the fifth blind set), written without sight of the
 * detectors' word lists, code or resources.
 *
 * Emphasis of this set: the ANONYMITY pass (accounts from UK, Ireland, India,
 * Nigeria, Australia, US and Middle East medical social media, in many naming
 * styles) and PRECISION (hard negatives that look alarming but are fine).
 * DEV and TEST halves have similar composition but entirely different texts.
 *
 * Conventions:
 * - Each post labels exactly one pass (`patient` or `interest`).
 * - patient=true: the post discusses an individual, real patient (or their care),
 *   with or without quasi-identifiers, including "details changed" stories and
 *   replies to a patient/relative about their care.
 * - patient=false: the doctor's own/family health, pets, "patience", policy,
 *   aggregated data, general advice, and cases explicitly marked hypothetical,
 *   composite, fictional, simulated, MCQ/OSCE/SBA.
 * - interest=true: undeclared promotion of, or paid/hospitality/free-product/
 *   affiliate/advisory ties with, healthcare/pharma/device/supplement/health-app
 *   companies or private clinics (an enthusiastic announcement is not a declaration).
 * - interest=false: neutral, critical, news, recalls, approvals, clinical use of a
 *   drug, NHS services, job adverts, journal clubs, and ties that ARE declared
 *   ("Disclosure:", "COI:", "#ad", "paid partnership", "sponsored", etc.).
 * - anonymousDoctor: presents as a medical doctor (GMC-style) but gives no full name.
 *   Dentists, vets, nurses, pharmacists, chiropractors, PhDs etc. are not doctors here.
 *   A full name counts wherever it appears (handle, display name, bio, name fields);
 *   initial + surname ("Dr. A. Okonkwo-Bello") counts as named; first name + initial,
 *   "Dr" + first name, "Dr" + initial, nicknames and persona pages do not. A celebrity's
 *   full name in the bio is not the account holder's name.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';

type Plat = BlindPost['platform'];
const P = (text: string, patient: boolean, platform: Plat = 'twitter'): BlindPost => ({ text, patient, platform });
const I = (text: string, interest: boolean, platform: Plat = 'twitter'): BlindPost => ({ text, interest, platform });

const PY = (text: string, platform?: Plat): BlindPost => P(text, true, platform);
const PN = (text: string, platform?: Plat): BlindPost => P(text, false, platform);
const IY = (text: string, platform?: Plat): BlindPost => I(text, true, platform);
const IN = (text: string, platform?: Plat): BlindPost => I(text, false, platform);

const X = (handle: string, displayName: string, bio: string, anonymousDoctor: boolean): LabelledAccount =>
  ({ platform: 'twitter', handle, displayName, bio, anonymousDoctor });
const FB = (handle: string, first: string, last: string, bio: string, anonymousDoctor: boolean): LabelledAccount =>
  ({ platform: 'facebook', handle, displayName: [first, last].filter(Boolean).join(' '), bio, first, last, anonymousDoctor });
const LI = (handle: string, first: string, last: string, bio: string, anonymousDoctor: boolean): LabelledAccount =>
  ({ platform: 'linkedin', handle, displayName: [first, last].filter(Boolean).join(' '), bio, first, last, anonymousDoctor });

// ---------------------------------------------------------------------------
// DEV half
// ---------------------------------------------------------------------------

const DEV_PATIENT: BlindPost[] = [
  // --- patient = true ---
  PY("Lovely 89yo gent on Ward 7 tonight asked me to post a letter to his late wife's sister. Did it on my way home. Some shifts are just that."),
  PY("Had to tell a 32 year old mum of twins her scan shows mets. She asked if she'd see their first day at school. I said I didn't know. Sat in the car park for 20 mins after."),
  PY("The lady in bay 3 has now pulled out her cannula four times and called me \"a child in fancy dress\". Honestly, fair."),
  PY("Man came into ED with a carrot in... no, I'm not finishing that sentence. Night shift at St James's is never dull 🥕"),
  PY("Told my reg the obs were fine. They were fine. Then Mr K in side room 2 dropped his sats to 82 and I learnt about ward rounds the hard way. He's ok now. #FY1life"),
  PY("@jenny_w84 so sorry your dad is still waiting. I saw him in clinic on Tuesday and his bloods were fine, I'll chase the CT myself tomorrow morning."),
  PY("Baby girl born at 24+3 on our unit in March went home today at 3.2kg. Her parents brought the whole NICU a cooler of jollof rice. Best day. 🇳🇬❤️"),
  PY("Home visit to a farmer outside Ballina today who has refused hospital for 3 years. Made me tea with the kettle his late wife bought in 1974. Still won't come in. Respect."),
  PY("Tough one on take: 19yo uni student, staggered paracetamol OD after exam results. Parents on a flight from Kuala Lumpur. Stayed late so someone was there when they landed."),
  PY("She's 102, walked into clinic carrying the stick she refuses to use, and asked if I was old enough to be a consultant. Her secret to long life: whisky and never marrying."),
  PY("Not me crying in the sluice because the little boy with ALL on our ward drew me as a superhero with a stethoscope cape 🦸‍♀️"),
  PY("Saudi grandfather I admitted last week insisted on praying before his angiogram. Cath lab waited five minutes. Worth it - clean coronaries, home tomorrow."),
  PY("Mrs P has brought our dialysis unit homemade samosas every Tuesday for six years. Today she had her transplant. We will miss you (and the samosas) terribly!"),
  PY("Last night's \"fell off a ladder putting up the Christmas lights\" was the third this week. This one was a retired judge who'd like everyone to know he's fine, and that his wife told him so."),
  PY("Long post, sorry. Yesterday I looked after a young man, early 20s, who came in after a motorbike crash on the A30 near Bodmin. His mum held his hand the whole time we were in resus. We couldn't save him. I've done this job 15 years and I still go home and hug my kids a bit tighter. Please, please wear proper gear.", 'facebook'),
  PY("Update for everyone who asked about the little girl from our village I mentioned last month: she's home from Great Ormond Street and doing brilliantly. Her mum said I could share. I was her GP when all this started and I couldn't be prouder of her.", 'facebook'),
  PY("Today in clinic an elderly aunty from Ludhiana told me, with her grandson translating, that my hands were too cold to be a good doctor. Then she blessed me and gave me a ladoo from her handbag. Outpatients > everything.", 'facebook'),
  PY("To the gentleman who recognised me in the Tesco car park on Saturday and wanted to show me his leg ulcer: I'm delighted it's healing, but please book an appointment 😂 and put your sock back on.", 'facebook'),
  PY("Saw a lady today (details changed) who had been told by three different doctors that her exhaustion was \"just stress\". Her ferritin was 4. FOUR. Started iron and she cried with relief. Listen to women.", 'facebook'),
  PY("One of the oldest people on our list turned 100 today and the practice sent a card. She rang to say it was lovely but the handwriting was terrible, so she knew I'd written it. 💌", 'facebook'),
  PY("A moment that reminded me why I chose medicine. Last week a 45-year-old taxi driver came to our cardiology clinic in Dubai with chest pain he had ignored for months because he couldn't afford time off. Critical LAD stenosis, stented the same day. Today he sent me a voice note from his cab: \"Doctor, I am driving again.\" #Cardiology #Gratitude", 'linkedin'),
  PY("Reflecting on a conversation with a young woman I treated on our stroke unit this month. At 38 she had a vertebral artery dissection after a neck manipulation. She asked me to share her story to warn others. She's walking with a stick now and back at work part time. Proud of her grit.", 'linkedin'),
  PY("Proud moment for our team: the man we took to theatre on Christmas Eve with a ruptured AAA walked into clinic today for his six-week review and shook every hand on the vascular ward. Teamwork saves lives. #VascularSurgery #NHS", 'linkedin'),
  PY("Today I discharged a man I had looked after for 47 days in ICU. When he arrived he couldn't lift his arm off the bed. This afternoon he walked out holding his daughter's hand. Critical care is a marathon, not a sprint.", 'linkedin'),
  PY("Yesterday I had to break bad news in a language I barely speak. An elderly Polish gentleman on our ward, no family nearby, interpreter line down. A nurse who spoke some Russian and a lot of patience got us through. We need better interpreter provision.", 'linkedin'),

  // --- patient = false ---
  PN("Patient safety isn't a slogan. Our hospital's new \"Stop the Line\" campaign means any member of staff can halt a procedure if they're worried. Proud to support it. #PatientSafety"),
  PN("Be patient with your FY1s this August. They were medical students three weeks ago. So were you."),
  PN("Re-audit results: VTE risk assessment within 14h of admission went from 61% to 93% after we added it to the clerking proforma. QI works when it's boring. #QI"),
  PN("Home after my own appendicectomy. Being on the other side of the bed rails is humbling. The nurses on Ward 21 were incredible. Ice lollies are a human right."),
  PN("Dad's in CCU in Cork after his MI. I'm on the wrong side of the curtain for once and I've asked about his troponin four times. Sorry, colleagues. 🙏"),
  PN("Our dog Biscuit had her spay today and I've never been more anxious about a procedure. Vet was lovely. Dog is furious about the cone of shame. 🐶"),
  PN("Teaching vignette for tonight's FY1 session (fictional!): Mrs X, 74, is confused, febrile and her catheter bag has turned purple. What's going on? Answers below 👇 #MedEd"),
  PN("SBA of the day: A 28-year-old man presents with pleuritic chest pain after a long-haul flight from Lagos to Heathrow. Most appropriate next investigation? A) D-dimer B) CTPA C) V/Q D) ECG E) CXR #MRCP"),
  PN("Imagine a patient who has waited 11 hours in ED for a bed. Now imagine it's your mum. That's every night in this country right now. #CorridorCare"),
  PN("So sad to read about the Leicester teenager whose death was in the news today. Thoughts with her family. The coroner's findings on sepsis recognition will matter for all of us."),
  PN("Great case report in BMJ Case Reports this week: lithium toxicity precipitated by ibuprofen in a marathon runner. Worth a read for anyone in acute medicine."),
  PN("Patient groups like @KidneyCareUK deserve a real seat at the table when services are commissioned. Not a token one."),
  PN("Thread: 10 things I wish I'd known about consent as a new CT1. Number one: ask what matters to the person in front of you, not just which complications to list. 1/10"),
  PN("Pelé's bowel cancer was a reminder that screening works best when uptake is high. Do your FIT kit when it arrives, folks. 🇧🇷⚽"),
  PN("OSCE practice tonight: \"You are the FY1. Mr Jones, 65, wants to self-discharge against advice.\" Our actor was brilliant and the students smashed it. #OSCE"),
  PN("Our acute medical unit saw 1,842 admissions last year, median LOS 6.2 days. Delayed discharges were 28% of occupied bed days. Social care is the bottleneck, not doctors."),
  PN("Thank you to everyone who sent messages while I was in St Vincent's for my knee reconstruction. The ortho team were superb, and now I finally understand what I put people through with my \"just do your physio\" speech 😅", 'facebook'),
  PN("Our Patient Participation Group is looking for new members! If you're registered with the practice and want to help shape how we run appointments, come along on Thursday at 7pm. Tea and biscuits provided.", 'facebook'),
  PN("My grandmother passed away peacefully last night at home in Enugu, aged 94, surrounded by her children and grandchildren. She was the reason I became a doctor. Rest well, Mama. 🕊️", 'facebook'),
  PN("Composite case, details entirely invented for teaching: a 60-year-old smoker with haemoptysis and weight loss. Who do you refer, and how fast? Use this for your practice-based small group this week.", 'facebook'),
  PN("The haematology corridor bake sale raised £1,240 for the Teenage Cancer Trust unit! Thank you to everyone who baked, bought, or just ate. 🍰", 'facebook'),
  PN("Delighted to share our paper in Anaesthesia: a multicentre audit of 3,400 emergency laparotomies across 22 UK hospitals, showing consultant presence in theatre was associated with lower 30-day mortality. Thanks to all co-authors and collaborators.", 'linkedin'),
  PN("Patient experience is not a \"soft\" metric. In our trust, complaints about communication fell 40% after we introduced a #hellomynameis refresher for all new starters.", 'linkedin'),
  PN("Patient-centred care is more than a buzzword. At Arab Health this year I spoke about shared decision-making frameworks across the GCC. Slides available on request.", 'linkedin'),
  PN("We're recruiting a clinical fellow in acute medicine. Looking for someone patient, curious and kind. Closing date 30 June, apply via NHS Jobs.", 'linkedin'),
];

const DEV_INTEREST: BlindPost[] = [
  // --- interest = true ---
  IY("Honestly the best stethoscope I've ever used. Thanks @Littmann for sending me the new CORE digital, murmurs come through crystal clear 🩺✨"),
  IY("Use code DRSAM15 for 15% off the @ZOE gut health test. It completely changed how I think about my own metabolism 👇 link in bio"),
  IY("Great evening at the @AstraZeneca dinner at The Shard talking SGLT2 inhibitors with colleagues. Fabulous food, even better science. 🍷"),
  IY("Now booking anti-wrinkle and filler appointments at my Harley Street clinic 💉 Weekends available, DM for prices. New client offer this month only!"),
  IY("Excited to be joining the Medical Advisory Board of @Thriva! Personalised at-home blood testing is the future of preventive health. 🩸"),
  IY("Just back from Barcelona for ESC. Huge thanks to Boehringer Ingelheim for the travel grant, what a congress! 🇪🇸"),
  IY("Tired of waiting for a GP appointment? I'm now seeing people privately at Meridian Health Clinic, Leeds. Same-week slots, full health MOTs from £299. Book via the link."),
  IY("I take two capsules of @seed DS-01 every morning and my bloating is gone. As a doctor I don't recommend things lightly 🦠 20% off with my link in bio."),
  IY("Join me tomorrow at 7pm for a webinar on obesity management with GLP-1s. Thanks to the brilliant team at Novo Nordisk for putting it together. Register via the link, CPD certificate provided!"),
  IY("My new app SkinCheckr lets you track your moles with AI and get a dermatologist review within 48h. Download on iOS now, first month free! 📱"),
  IY("If your kids hate vitamins, try @Vitabiotics Wellkid gummies. Mine love them and I'm a paediatrician 😉 Code DOCMUM for 10% off."),
  IY("Loving the new @ouraring they sent me. The sleep data is genuinely useful for shift workers, going to recommend it to all my colleagues on nights 💍😴"),
  IY("My lipid clinic is now open at Al Noor Specialist Centre, Dubai Healthcare City. Same-day Lp(a), CT calcium scoring and advanced panels. Call to book with me."),
  IY("Spent the day at Medtronic's innovation centre trying the new Hugo surgical robot. They put us up in a lovely hotel too. The future of surgery is bright! 🤖"),
  IY("The only weight loss injections I trust: get them through my online clinic SlimScript. Prescriber-led, discreet delivery. Use FIRSTMONTH for £50 off 💉"),
  IY("Ladies, so many of you have asked about my skin! I've been on the Obagi Nu-Derm system for 6 months. I stock it at my clinic and can offer you 15% off if you book a consultation this month. As a doctor I only recommend what works 💖", 'facebook'),
  IY("Delighted to announce I've been appointed a Key Opinion Leader for Bayer in West Africa! Looking forward to the national tour speaking about anticoagulation. God is good 🙏🏾", 'facebook'),
  IY("Our family trip to Rome was made possible partly by Pfizer supporting my attendance at the European congress. So grateful for the opportunity to learn AND see the Colosseum 😍", 'facebook'),
  IY("Free BP and sugar checks this Saturday at Sunshine Pharmacy, Ikeja! Come and collect free samples of Emzor's new multivitamin, which I personally recommend to everyone who comes to my clinic.", 'facebook'),
  IY("Just launched my own supplement line, DocVital Immune+ 🧡 Formulated by me, a practising GP, with zinc, vitamin D3 and elderberry. Order through the link, UK delivery in 2 days!", 'facebook'),
  IY("Thrilled to share that I've joined the clinical advisory board of Kinetiq Health, a start-up building AI triage for musculoskeletal pain. Their platform is going to transform physio waiting lists. Watch this space! #DigitalHealth", 'linkedin'),
  IY("Fantastic roundtable hosted by GSK in Dublin last night on RSV vaccination in older adults. Great discussion and a superb dinner at the Shelbourne. Thanks to the team for the invitation.", 'linkedin'),
  IY("I'm now offering private menopause consultations at The Willow Clinic, Harley Street. HRT reviews, testosterone and body-identical options, appointments within 7 days. Link below.", 'linkedin'),
  IY("Proud to be the face of the new Philips Sonicare campaign. As a doctor, oral health matters to me and this is the toothbrush I trust. Watch the video below 👇", 'linkedin'),
  IY("Our clinic now offers Emsculpt NEO for non-surgical body contouring. As a medical doctor I've personally tested it and the results speak for themselves. Book your free consultation today.", 'linkedin'),

  // --- interest = false ---
  IN("Disclosure: I've received speaker fees from AstraZeneca and Novartis. With that said, the DAPA-HF subgroup data deserve a critical read. 🧵"),
  IN("#ad Paid partnership with @Bupa. If you're thinking about private health insurance, here's what to actually look for as a consumer."),
  IN("MHRA drug safety update: valproate now needs two specialists to sign off for new patients under 55. Read it if you prescribe."),
  IN("Metformin MR shortage again in our area. Switching people to standard release, taken with food. Community pharmacists, you are heroes."),
  IN("NICE has approved tirzepatide for weight management on the NHS, with restrictions. Capacity to actually deliver it is the real question."),
  IN("The Philips CPAP recall is still causing chaos in sleep clinics years on. People deserve far clearer communication from the company."),
  IN("Why does a month of branded sitagliptin still cost £33 when generics are on the way? Drug pricing is a mess."),
  IN("COI: I am a paid consultant for Medtronic. I still think this renal denervation RCT was underpowered, and here's why."),
  IN("Bought a new Trek road bike with my back pay. Zero regrets. The commute is now 25 minutes of joy 🚴"),
  IN("FDA grants traditional approval to lecanemab. Modest benefit, real ARIA risk. We need honest conversations with families."),
  IN("Reminder: apixaban dose reduction needs two of: age ≥80, weight ≤60kg, creatinine ≥133. Don't underdose."),
  IN("We're hiring! Two permanent consultant posts in acute medicine at Wexford General. Supportive team, sea views. Apply via HSE careers."),
  IN("Didn't expect to be following Pfizer's quarterly earnings, but the drop after Covid vaccine sales collapsed is fascinating."),
  IN("Sponsored: thanks to @AbbottGlobal for supporting this week's diabetes education sessions. FreeStyle Libre 3 demo sensors were provided to our clinic for teaching."),
  IN("Journal club tonight: SURMOUNT-1. Pizza paid for from the department budget, not pharma 🍕"),
  IN("Really proud of our NHS Diabetes Prevention Programme sessions at the community centre. 40 people came last week. Free, local, no catch.", 'facebook'),
  IN("Just bought a new Dyson for the house and I'm irrationally excited about it. Adulting.", 'facebook'),
  IN("Paid partnership with Boots: I'm talking about sun safety in their summer campaign. As a GP I see the consequences of sunburn far too often. Wear SPF 30+ and reapply!", 'facebook'),
  IN("Please do not buy \"Ozempic\" from Instagram sellers. The MHRA has seized fake pens. Only get it from a registered pharmacy with a prescription.", 'facebook'),
  IN("The hospital charity has bought two new bladder scanners for the wards with the money from the fun run. Thank you, Ballymena!", 'facebook'),
  IN("Disclosure: I hold shares in, and am Chief Medical Officer of, Kinetiq Health. With that in mind, here's our peer-reviewed evaluation of AI-supported MSK triage, published in BMJ Open.", 'linkedin'),
  IN("Industry news: Sanofi to acquire a French immunology biotech for €1.7bn. Consolidation in the sector continues.", 'linkedin'),
  IN("We are recruiting: Specialty Doctor in Psychiatry, Cavan Monaghan Mental Health Services. IMC registration required. Visa sponsorship available.", 'linkedin'),
  IN("Thoughts on the updated NICE guideline on hypertension in pregnancy? I welcome nifedipine being offered alongside labetalol as a first-line option.", 'linkedin'),
  IN("Critical appraisal of the latest \"breakthrough\" supplement study: n=42, no control group, funded by the manufacturer. We must hold industry-funded research to the same standards as anything else.", 'linkedin'),
];

export const BLIND5_DEV_POSTS: BlindPost[] = [...DEV_PATIENT, ...DEV_INTEREST];

export const BLIND5_DEV_ACCOUNTS: LabelledAccount[] = [
  // --- anonymous doctors ---
  X('theatrefy1', 'FY1 in theatre blues 💤', 'Foundation doctor, surgical rotation. Survived nights, barely. Tweets not medical advice.', true),
  X('ct2_anaes_brum', 'CT2 Gas 💉', 'Anaesthetics core trainee, West Midlands. Primary FRCA survivor. Views my own.', true),
  X('neuroreg_nocturnal', 'neuro reg 🧠', 'Neurology registrar. Stroke calls at 3am, coffee at 3:05.', true),
  X('DrFunmi_MD', 'Dr Funmi 🩺', 'MBBS (Ibadan). Paeds. Lagos → Leeds. Jollof > everything.', true),
  X('HMO_perth', 'just a HMO', 'Hospital medical officer, WA. Trying to get onto basic physician training. Opinions mine.', true),
  X('nchd_galway', 'Tired NCHD', 'Non-consultant hospital doctor in the west of Ireland. Yes, I am looking at flights to Australia.', true),
  X('haemonc_hj', 'haem onc 🩸', 'ST5 haematology. Bone marrows and bad puns. Rereading Roy Keane\'s autobiography for the fourth time.', true),
  X('DrK_ICU', 'Dr K', 'ICU doc | FFICM | intubating since 2009 | usual disclaimers', true),
  X('gpst2_kent', 'GPST2 on a Tuesday', 'GP trainee, Kent. AKT done, SCA next. Send biscuits.', true),
  X('attending_mostly_tired', 'Attending, Mostly Tired', 'EM attending, Chicago. Former residency PD. DO and proud.', true),
  X('mo_riyadh_doc', 'Doc Z | طبيب', 'Medical officer, Riyadh. MBBS, MRCP(UK). Tweets in English و عربي.', true),
  X('locum_lyfe', 'The Locum 🚗', 'Locum GP, wherever the rota takes me. MRCGP DRCOG. Not your GP.', true),
  X('bleepandtoast', 'Sam 🩺💉', 'Nights. Bleeps. Cold toast. Wards of Manchester. Nothing here is medical advice.', true),
  FB('thehonestgp', 'The Honest GP', '', 'Real talk from a real GP. No names, no faces, no nonsense. This page is not a substitute for your own doctor.', true),
  FB('naijadocdiaries', 'Naija Doc Diaries', '', 'House officer in a Lagos teaching hospital sharing the realities of Nigerian healthcare. MBBS. #JapaOrStay', true),
  FB('drsimran.obgyn', 'Dr Simran', '', 'Obs & Gynae registrar, MRCOG part 2 pending. Punjab → Peterborough.', true),
  FB('thesurgicalreg.au', 'The Surgical Reg', '', 'Aussie general surgery SET trainee. Bowels, bile and bureaucracy. FRACS one day.', true),
  FB('gaz.gasman', 'Gaz', 'the Gas Man', 'Consultant anaesthetist, FRCA. Sleep is my business. This page is for my wine and cycling.', true),
  LI('aisha-k-frcr', 'Aisha', 'K.', 'Consultant Radiologist (FRCR) | MBBS | Musculoskeletal imaging | Dubai', true),
  LI('rohan-s-1b2c7', 'Rohan', 'S', 'ST4 Cardiology Registrar | MRCP(UK) | Cardiac devices and medical education', true),

  // --- not anonymous doctors ---
  X('okonkwobello', 'Dr. A. Okonkwo-Bello', 'Consultant nephrologist, Abuja & London. FWACP FRCP. Kidneys, always kidneys.', false),
  X('tanweiming_em', 'TAN Wei Ming', 'Senior consultant, emergency medicine, Singapore. MBBS MRCEM. Views own.', false),
  X('vdberg_rheum', 'Pieter van der Berg', 'Consultant rheumatologist. Joints, jokes and Dutch bluntness. MD PhD FRCP.', false),
  X('ohalloran', 'O\'Halloran', 'Dr Siobhán O\'Halloran, consultant geriatrician, Cork. Frailty, falls and Gaelic football.', false),
  X('nurse_jo_ed', 'Jo 💉 RN', 'Registered nurse, ED. Cannulas are my love language. Not a doctor, stop asking.', false),
  X('PA_Priya', 'Priya | Physician Associate', 'PA in acute medicine. FPA member. Proud part of the MDT.', false),
  X('drtooth_raj', 'Dr Raj 🦷', 'Dentist (BDS). Floss. Please. NHS & private, Manchester.', false),
  X('TheDoctor1963', 'The Doctor 🌀', 'Whovian since Tom Baker. TARDIS owner (cardboard). Bow ties are cool.', false),
  X('futuredrleah', 'Leah | future doctor 🩺', 'Medical student, year 3. UCAT tips and study vlogs. Not a doctor (yet).', false),
  X('spindoctor_ldn', 'The Spin Doctor', 'Political PR and crisis comms. Doctoring headlines since 2004.', false),
  X('WesternHealthNHS', 'Western Health NHS Trust', 'Official account. Not monitored 24/7. In an emergency call 999.', false),
  X('mum_of_jnrdr', 'Proud mum of a junior doctor', 'My daughter is an FY2 and I worry every night shift. Retired teacher. Knitter.', false),
  FB('chiamaka.eze.9', 'Chiamaka', 'Eze', 'Medical doctor | MBBS (UNN) | Family medicine resident, Enugu', false),
  FB('drbonebroth', 'Dr Bone Broth', '', 'Wellness coach. Gut healing, collagen, cold plunges. Not a medical doctor.', false),
  FB('kevsmotorclinic', 'Kev', 'The Car Doctor', 'Mobile mechanic. MOTs, diagnostics, clutch jobs. If it rattles, I can fix it.', false),
  FB('doctorswifelife', 'Emma', 'Hughes', 'Doctor\'s wife and mum of 3. Coffee, school runs and on-call widowhood.', false),
  FB('spoonie.sarah', 'Sarah', 'Lyons', 'Chronic illness warrior. EDS, POTS and far too many appointments. GP receptionist by day.', false),
  FB('stmarysvets', 'St Mary\'s Vets', '', 'Dr Helen Price BVSc MRCVS and team. Small animal practice. Out of hours emergencies: call the surgery.', false),
  FB('rhys.apgwilym', 'Rhys', 'ap Gwilym', 'Meddyg teulu / GP yng Ngwynedd. Dad, runner, rugby.', false),
  LI('muhammad-al-rashid', 'Muhammad', 'Al-Rashid', 'Consultant Interventional Cardiologist | MBBS, FRCP | Abu Dhabi', false),
  LI('nurul-hakim-bin-ahmad', 'Nurul Hakim', 'bin Ahmad', 'Medical Officer | MD (UKM) | Emergency medicine aspirant | Kuala Lumpur', false),
  LI('fiona-macleod-chem', 'Fiona', 'MacLeod', 'Dr Fiona MacLeod PhD | Senior Lecturer in Organic Chemistry | University of Glasgow', false),
  LI('medstaff-global', 'MedStaff', 'Global', 'Doctor recruitment specialists. Locum and permanent roles across the NHS, Ireland and the Gulf. Hiring registrars and consultants now.', false),
  LI('ravi-menon-dc', 'Ravi', 'Menon', 'Dr Ravi Menon DC | Chiropractor | Back pain and sports injury | Leicester', false),
  LI('oluwaseun-adebayo-odp', 'Oluwaseun', 'Adebayo', 'Operating Department Practitioner | Theatres | HCPC registered | Anaesthetic support', false),
  LI('hannah-wright-pharm', 'Hannah', 'Wright', 'Advanced Clinical Pharmacist | Independent Prescriber | MPharm | Care homes', false),
];

// ---------------------------------------------------------------------------
// TEST half
// ---------------------------------------------------------------------------

const TEST_PATIENT: BlindPost[] = [
  // --- patient = true ---
  PY("Just told a lovely Glaswegian lady her \"wee lump\" is benign. She hugged me, then the HCA, then the chair. Best clinic of the year."),
  PY("3am. Gentleman in resus bit my finger mid-delirium. Apologised beautifully once the olanzapine kicked in. Tetanus up to date, thanks for asking."),
  PY("Kid brought in by ambulance with a Lego brick up his nose for the second time this month. Same kid. Same brick, according to his mum. 🧱"),
  PY("Just verified the death of a man I've known since my first week as a GP trainee. 14 years. He always asked about my football team first. RIP, you legend."),
  PY("The 17yo who has been on our ward since Christmas with anorexia finished a full meal today. Whole team did a quiet fist pump in the office."),
  PY("Sent a taxi driver from Kano with a BP of 240/130 who \"felt fine\" straight to admissions. Never seen a doctor in his life. Check your BP, Nigeria 🇳🇬"),
  PY("@Sandra_Lee1960 thank you for the kind words about your husband's care. The biopsy result should be back Friday and I'll ring you both myself."),
  PY("Anaesthetised a professional jockey this morning (yes, that one, no I won't say). Lightest airway of my career and the politest man alive."),
  PY("Old fella on AMU demanding \"the proper doctor\". I'm the consultant. He meant the porter, who he felt looked more senior. Can't argue 😂"),
  PY("First CPR in the community as a GPST1. Lady in her 70s collapsed at our reception, ROSC before the ambulance arrived. Hands still shaking. She's in CCU now."),
  PY("The Irish mammy in bed 12 has fed the entire night team with the brown bread her daughter brings in. I'm three slices deep and it's only 2am."),
  PY("Worker from Kerala in our Doha ED today with heatstroke, core temp 41.8. Cooled, stabilised, and already asking about going back to site tomorrow. No. #HeatStress"),
  PY("Clinic highlight: a 9yo girl with type 1 who has started carb counting herself and explained insulin ratios to ME. Future endocrinologist 🙌"),
  PY("Still thinking about the young dad whose baby we lost in PICU last night. He thanked us. He thanked us. I don't know how."),
  PY("My elderly lady asked whether her water tablet could be taken with gin. I asked how much gin. She said \"enough\". Reader, we adjusted her furosemide timing."),
  PY("Something happened today that I need to write down. A woman came to my clinic in Abuja after travelling three days with her son because she heard there was a doctor who treats clubfoot. We cast him today. Ponseti works. I'm crying writing this.", 'facebook'),
  PY("A few weeks ago I asked for prayers for a young man I was looking after on the ward. He was discharged home this morning, walking. Thank you all 🙏 (I won't say more, for his privacy.)", 'facebook'),
  PY("Funniest moment of my GP career: an elderly farmer from outside Tullamore brought me his sample in a jam jar. A full-size jam jar. Wrapped in the Farmers Journal. I have no words.", 'facebook'),
  PY("To the lovely lady who brings me a Tupperware of rice and peas after every diabetes review: your HbA1c is down to 52 and I am SO proud of you! ❤️", 'facebook'),
  PY("Today I had to explain to a 14-year-old why her mum wasn't going to wake up. No textbook teaches you that. ICU is hard some days.", 'facebook'),
  PY("Sharing with his permission: Mr D from our practice asked me to post that after 20 years of smoking he is one year smoke-free today. Proud of you, sir! 🚭", 'facebook'),
  PY("Last month I managed a 34-year-old software engineer in Bengaluru who developed crushing chest pain at his desk. Spontaneous coronary artery dissection, no risk factors. Today he returned to work. A lesson in humility for any cardiologist.", 'linkedin'),
  PY("One encounter that changed my practice: an elderly gentleman on dialysis told me, \"Doctor, I don't want more years, I want better days.\" We stopped dialysis together with his family, and he died at home two weeks later. #PalliativeCare", 'linkedin'),
  PY("Yesterday our team delivered 29-week twins to a mother who had flown in from Muscat for specialist care. Both babies are stable in NICU. Proud of our fetal medicine and neonatal teams.", 'linkedin'),
  PY("A reflective post: last week I missed a subtle scaphoid fracture in a 22-year-old rugby player in our ED. He came back with persistent pain and we caught it. No harm done, but it reminded me to always re-examine the snuffbox.", 'linkedin'),

  // --- patient = false ---
  PN("Patient-reported outcomes matter. Our hip replacement PROMs for 2023: mean Oxford Hip Score rose from 17 to 41 at six months (n=412)."),
  PN("I am a terrible patient. Three days of flu and I've self-diagnosed pneumonia, a PE and a brain tumour. It's a cold. #DoctorsAsPatients"),
  PN("Kidney stone update: I passed it. In the toilet of a Ryanair flight to Faro. I will never again underestimate someone telling me renal colic is a 10/10."),
  PN("Mam's having her cataract done tomorrow at the Mater. I'm more nervous than she is. She's told me to stop googling complication rates."),
  PN("Our cat Mango is on thyroid meds now. Never thought I'd be crushing methimazole into tuna at 7am but here we are. 🐈"),
  PN("MCQ for the #FRCEM crew: A 40-year-old woman presents 6 hours after taking 40 x 500mg paracetamol. Weight 60kg. What is the most appropriate management? 👇"),
  PN("Patience is the most underrated clinical skill. Listen for the first two minutes without interrupting. It changes everything."),
  PN("Awful news about the footballer who collapsed on the pitch yesterday. A reminder that public access defibrillators save lives. Learn CPR."),
  PN("This year's #PatientSafety week theme is safe medication. Every drug chart you write is a safety document."),
  PN("Sim session today: \"Mrs Patel\", our SimMan with anaphylaxis, gave the FY1s a run for their money. Adrenaline IM into the thigh, people! (Fictional scenario, obviously.)"),
  PN("Great NEJM Image Challenge this week: a 54-year-old man with blue-grey skin. Argyria, of course. Has anyone ever seen it in real life?"),
  PN("Our audit of 250 DNACPR forms found 31% lacked a documented discussion with the person or their family. We must do better. Recommendations in thread 🧵"),
  PN("Another patient has died on a trolley in an ED corridor, according to today's HSJ. This is a systems failure and it is happening everywhere."),
  PN("If you're a patient reading this: you are allowed to ask your doctor to explain things again. And again. That's our job."),
  PN("\"Patient Zero\", the new medical thriller on Netflix, is hilariously inaccurate. Nobody intubates in a lift while delivering a monologue."),
  PN("Week 3 of my own chemo. Hair's going. Still working Wednesdays. Thank you to my oncology team, you are wonderful."),
  PN("Thank you all for the kind messages after Dad's stroke. He's on the stroke unit at Beaumont and making small improvements every day. The staff have been wonderful.", 'facebook'),
  PN("Tomorrow's teaching for the practice nurses is on leg ulcers. I've written three hypothetical cases. Please bring questions and your notes from the BMJ Learning module.", 'facebook'),
  PN("Just back from the Patients Association conference, where I learned so much from patient advocates about what really matters in a consultation. Humbling.", 'facebook'),
  PN("We have a new practice therapy dog! Meet Dr Woof 🐕 He'll be visiting the waiting room on Fridays. Please don't feed him biscuits, whatever he tells you.", 'facebook'),
  PN("Our flu vaccine uptake in over-65s hit 82% this winter, the highest in the county. Thank you to everyone who came in!", 'facebook'),
  PN("Excited to present our retrospective cohort study of 1,200 adults with community-acquired pneumonia at the Irish Thoracic Society meeting. Key finding: CURB-65 underestimates risk in frail older adults.", 'linkedin'),
  PN("Patient advocacy groups were central to getting our rare disease registry off the ground. Huge thanks to the Cystic Fibrosis Trust for partnering with us.", 'linkedin'),
  PN("Published today in Lancet Global Health: our analysis of maternal mortality across 18 Nigerian states. Aggregated data with huge implications for policy.", 'linkedin'),
  PN("What would you do? Hypothetical scenario for my leadership course: a junior colleague tells you a patient's relative is filming on the ward. How do you respond? Comments welcome.", 'linkedin'),
];

const TEST_INTEREST: BlindPost[] = [
  // --- interest = true ---
  IY("Use code DRNIAMH for 20% off @huel, my go-to on 12-hour shifts when there's no time to eat. Doctor approved ✅"),
  IY("Honoured to have been flown out to Denmark by @novonordisk to see their new manufacturing site. Incredible science 🇩🇰"),
  IY("Thank you @Butterfly_Net for the complimentary handheld ultrasound! POCUS on home visits is a game changer for rural general practice."),
  IY("Fancy a lip flip or some anti-wrinkle? Clinic days at Glow Aesthetics Cork every Saturday, doctor-led. Book now via the link in bio 💋"),
  IY("Just signed on as medical advisor to @ZenithSleep. Their CBT-I app is brilliant, download it today and sleep better 😴"),
  IY("Amazing night at the Sanofi diabetes symposium in Jeddah! Beautiful venue, excellent speakers and the best kunafa I've had in years 🍰"),
  IY("I recommend AG1 to everyone I see who's run down. Try it with my link and get a free year's supply of vitamin D3+K2 👇"),
  IY("Weight loss plateau? My online clinic now offers Mounjaro consultations from £149/month, prescribed by me, delivered to your door. DM \"SLIM\" to start."),
  IY("Loving the @Crocs the company sent our whole theatre team. Comfiest thing for a 10-hour list. Tag a theatre colleague who needs a pair! 🐊"),
  IY("Collagen peptides from @vitalproteins every morning = better skin and joints. I've looked at the research as a doctor and I'm convinced. 10% off with DOC10"),
  IY("Join me Thursday at the Taj for a dinner meeting on asthma biologics, the Cipla team are hosting and I'm speaking. RSVP by DM, limited seats 🍽️"),
  IY("New at our Lagos clinic: executive health checks with full tumour markers and whole-body MRI. Early detection saves lives! Book with me directly."),
  IY("Big thanks to @Dexcom for the G7 to try for a month. I've learned so much about my own glucose spikes. Every doctor should wear one!"),
  IY("Treated to a four-day \"physicians' retreat\" in Dubai by the lovely people at Hikma. Great CME, even better pool 🌴"),
  IY("Want to learn aesthetics? Enrol on my Foundation Botox & Filler Course for doctors and nurses. Two days, hands-on models, certificate. Early bird £1,495."),
  IY("So many of you asked about the protein shakes in my stories. I use Myprotein Impact Whey and they've given me a code: DOCFIT for 35% off! 💪", 'facebook'),
  IY("Announcing our new IVF package at Hope Fertility Centre, Abuja: 20% off for couples who book before December. I personally oversee every cycle. Message the page.", 'facebook'),
  IY("Feeling blessed! Abbott has chosen me as Ensure brand ambassador for Kerala. Nutrition for seniors is my passion. Watch out for my videos on TV 📺", 'facebook'),
  IY("Mums, after two kids my pelvic floor was a disaster. The Elvie Trainer changed my life. Discount link in the comments, honestly worth every penny. Dr G, GP and mum of two", 'facebook'),
  IY("Proud to launch the Kalm app 🌿 Mental wellbeing exercises designed by me, a psychiatrist. Free trial this week only, then £7.99/month.", 'facebook'),
  IY("Delighted to have joined Roche's advisory board on breast cancer diagnostics. Looking forward to shaping the future of HER2-low testing.", 'linkedin'),
  IY("Two great days at Stryker's Kalamazoo campus learning the Mako robotic system. Fantastic hospitality from the team. Can't wait to bring it to our hospital.", 'linkedin'),
  IY("My private orthopaedic clinic at Spire Bushey now offers knee replacements within weeks. Skip the NHS waiting list, contact my secretary for a quote.", 'linkedin'),
  IY("I'm delighted to endorse CardioSure, the new home ECG patch from HeartLink Diagnostics. I've used it with dozens of people in my clinic and it's the best on the market. Visit their site to order.", 'linkedin'),
  IY("Thanks to Edwards Lifesciences for the fully funded fellowship to attend the TAVI masterclass in Milan. Learned a tonne and loved the Duomo!", 'linkedin'),

  // --- interest = false ---
  IN("Disclosure: Lilly paid my travel to EASD. Here are my honest takeaways, including where I think the tirzepatide data are oversold 🧵"),
  IN("#ad This is a paid partnership with @Simplyhealth. Health cash plans can help with dental and optical costs, here's how they work."),
  IN("A month of Wegovy privately in the UK now costs around £200. The NHS pays a fraction of that. Watch the pricing wars."),
  IN("MHRA class 2 recall of a batch of salbutamol inhalers today. Check lot numbers if you're a pharmacist."),
  IN("NICE now recommends real-time CGM for more people with type 2 diabetes on insulin. Great news for access."),
  IN("I am a paid consultant for Roche Diagnostics. Declaring that before I say their new high-sensitivity troponin assay is very good."),
  IN("Started a lot of our T2DM clinic on empagliflozin this year. Watch for euglycaemic DKA perioperatively and stop it 3 days before surgery."),
  IN("New running shoes: Hoka Clifton 9. My knees are thanking me. Not sponsored, just happy."),
  IN("Why is direct-to-consumer drug advertising allowed in the US but not here? Glad we don't have it. Ask your doctor if sanity is right for you."),
  IN("Job alert: rural GP wanted in Broken Hill NSW. Great team, fantastic country and incentive payments. Apply through the local health district."),
  IN("Our trust has switched stethoscope supplier to save money. Procurement strikes again. Honestly no clinical difference."),
  IN("Pharma-free journal club 🚫💊 We're reading the ADVOR trial on acetazolamide in acute heart failure. Bring your own biscuits."),
  IN("Good to see the FDA approve GSK's RSV vaccine for 50-59 year olds at increased risk. JCVI next?"),
  IN("Conflict of interest: I sit on an advisory board for Bayer. That said, finerenone is not for everyone with CKD, and here's why."),
  IN("Rewatched the Theranos documentary. Every health-tech founder should watch it before their Series A."),
  IN("Sponsored: this post is a paid collaboration with Specsavers. Book an eye test, because as a GP I see too many people whose glaucoma was picked up late.", 'facebook'),
  IN("The children's ward has a new playroom thanks to years of fundraising by local families. Thank you to everyone in Cardiff who donated.", 'facebook'),
  IN("Finally bought a new car: a Toyota Corolla hybrid. Boring, reliable, perfect for on-call. 🚗", 'facebook'),
  IN("Warning: fake adverts are using my photo to sell \"diabetes cure\" tea on Facebook. I have NO connection with any product. Please report them.", 'facebook'),
  IN("NHS App update: you can now see test results and order repeat prescriptions in the app. Ask at reception if you need help setting it up.", 'facebook'),
  IN("Hiring: Clinical Fellow in Emergency Medicine, Hamad Medical Corporation, Doha. MRCEM or equivalent. Tax-free salary and relocation package.", 'linkedin'),
  IN("Disclosure: I received an honorarium from Pfizer for this talk. Slides from my presentation on anticoagulation in older adults with AF are attached.", 'linkedin'),
  IN("Roche and Alnylam reported topline Phase 2 results for zilebesiran today. Interesting for hypertension, but let's see the outcomes data.", 'linkedin'),
  IN("As a member of the NICE guideline committee on overweight and obesity, I'm proud of our draft recommendations on weight management services. Consultation closes 20 March.", 'linkedin'),
  IN("Safety notice: the MHRA has issued a field safety alert on a range of Baxter infusion pumps. Please check the devices on your ward.", 'linkedin'),
];

export const BLIND5_TEST_POSTS: BlindPost[] = [...TEST_PATIENT, ...TEST_INTEREST];

export const BLIND5_TEST_ACCOUNTS: LabelledAccount[] = [
  // --- anonymous doctors ---
  X('fy2_wanderer', 'FY2 🩺✈️', 'Foundation year 2, somewhere in Scotland. F3 plans: Oz. No medical advice in DMs.', true),
  X('st3_ortho_bones', 'ortho reg', 'Trauma & orthopaedics ST3. MRCS. Hammer, saw, drill. Also rowing.', true),
  X('spr_renal_ni', 'Renal SpR', 'Specialist registrar in nephrology, Belfast. Dialysis lines and dad jokes.', true),
  X('drA_emed', 'Dr A', 'FCEM. ED consultant. Resus is my happy place. Views not my employer\'s.', true),
  X('pgy1_in_nyc', 'PGY1 intern', 'Internal medicine intern in NYC. MD. Pager PTSD. Will not diagnose you via tweet.', true),
  X('jmo_sydney', 'JMO life 🦘', 'Junior medical officer, NSW Health. Ex-UK FY2. Beach after nights.', true),
  X('houseofficer_abj', 'HO 🇳🇬', 'House officer, Abuja. MBChB. Surviving call rooms without NEPA light.', true),
  X('doc_bhaiya', 'Doc Bhaiya 🩺', 'MD Medicine, AIIMS alumnus. Hindi-English memes for tired residents. Doctor hoon, bhagwan nahi.', true),
  X('the_gas_woman', 'the gas woman 💤', 'Anaesthetist. FRCA. I will put you to sleep, professionally. Huge Stephen Fry fan.', true),
  X('gpwsi_derm', 'GPwSI derm 🔍', 'GP with a special interest in dermatology. MRCGP. Dermoscopy nerd. Lesion pics are not consultations.', true),
  X('peds_staff_doc', 'Peds staff doc 🏒', 'Paediatrician, FRCPC. Canadian winters, febrile infants, hockey.', true),
  X('heartsurgeon_gulf', 'heart surgeon 🫀', 'Cardiothoracic surgeon in the Gulf. FRCS(CTh). Off-pump or not at all.', true),
  X('mbchb_mrcp', 'MBChB MRCP', 'Acute medic, Leeds. Gym, coffee, ECGs.', true),
  FB('thetireddoctoruk', 'The Tired Doctor', '', 'Anonymous NHS hospital doctor. Posting what we can\'t say on the ward. All stories anonymised.', true),
  FB('dr.chidi.peds', 'Dr Chidi', '', 'Paediatric resident doctor 🇳🇬 | MBBS | Child health advocate', true),
  FB('gulfdoctordiaries', 'Gulf Doctor', 'Diaries', 'Irish-trained doctor working in Qatar. MRCPI. Tax-free and homesick.', true),
  FB('mamamedic.qld', 'Mama', 'Medic', 'Mum of two and GP registrar (FRACGP in progress) in regional Queensland.', true),
  LI('sara-h-frca', 'Sara', 'H.', 'Consultant Anaesthetist | FRCA, FFICM | Regional anaesthesia lead', true),
  LI('vikram-r-surg', 'Vikram', 'R', 'Senior Resident, Dept of General Surgery | MS (Gen Surg), MBBS | Mumbai', true),
  LI('dr-n-m-gp', 'Dr N.', 'M.', 'GP Partner | MRCGP, DFSRH | Training Programme Director', true),

  // --- not anonymous doctors ---
  X('dramaranwosu', 'dr amara nwosu', 'psychiatry ST4. perinatal mental health. lowercase because tired.', false),
  X('drwahyudi', 'dr. Wahyudi', 'Wahyudi Santoso, dokter spesialis anak (paediatrician), Surabaya. Sp.A.', false),
  X('ni_mhaolain', 'Ní Mhaoláin', 'Dr Aoife Ní Mhaoláin, consultant in palliative medicine, Dublin. Gaeilge agus Béarla.', false),
  X('alhashimi_endo', 'Dr Layla Al-Hashimi', 'Endocrinologist | Diabetes & obesity | Doha', false),
  X('katie_the_midwife', 'Katie the Midwife', 'Registered midwife, labour ward. Babies, birth plans and biscuits.', false),
  X('drtom_histmed', 'Dr Tom', 'Historian of medicine (PhD). I write about 18th-century surgeons; I am not one. University lecturer.', false),
  X('StillDRE_fan', 'Still D.R.E.', 'Beats, basslines and Compton. Not affiliated with Dr Dre.', false),
  X('aspiringdr_16', 'aspiring doctor ✨', 'Year 12, applying for medicine next cycle. Work experience diaries. UCAT prep.', false),
  X('np_marcus_tx', 'Marcus, DNP', 'Family nurse practitioner, Texas. Yes I have a doctorate; no, I am not a physician.', false),
  X('optom_neha', 'Neha 👓', 'Optometrist (BSc MCOptom). Eye tests, myopia control, glaucoma referral refinement.', false),
  X('IrishSocGastro', 'Irish Society of Gastroenterology', 'Official account. Advancing gastroenterology in Ireland. Retweets are not endorsements.', false),
  X('DJ_DocFunk', 'DJ Doc Funk', 'House & garage. Resident at the club on Fridays (not that kind of resident). Bookings via email.', false),
  X('thescriptdoctor', 'The Script Doctor', 'Screenwriter. I fix broken second acts. Also ruin films for my friends.', false),
  FB('plantdoctor.bristol', 'The Plant Doctor', '', 'Houseplant rescue and repotting. Root rot? Bring it in. Bristol.', false),
  FB('mo.treesurgery', 'Mo', 'O\'Brien', 'Qualified tree surgeon. Felling, crown reduction, stump grinding. Fully insured.', false),
  FB('adewale.oyelaran', 'Adewale', 'Oyelaran', 'Consultant urologist, Lagos University Teaching Hospital. FWACS. Husband and dad.', false),
  FB('osteo.beth', 'Beth', 'Carter', 'Osteopath (M.Ost). Some patients call me Dr Beth, I\'m not a medical doctor. Back, neck and sports injuries.', false),
  FB('mehmet.clinpsych', 'Mehmet', 'Yilmaz', 'Clinical psychologist (DClinPsy). Anxiety, trauma and CBT. Not a psychiatrist.', false),
  FB('maire.gp.conamara', 'Máire', 'Mac Donnchadha', 'GP i gConamara. MICGP. Bean chéile, máthair.', false),
  LI('zhang-li-wei', 'ZHANG', 'Li Wei', 'Attending Physician, Respiratory Medicine | MD, PhD | Shanghai', false),
  LI('medprep-academy', 'MedPrep', 'Academy', 'Helping IMGs pass PLAB, MRCP and USMLE. 20,000+ doctors trained. Courses in London, Dubai and online.', false),
  LI('sanjay-kulkarni-bds', 'Sanjay', 'Kulkarni', 'Dr Sanjay Kulkarni BDS MFDS | Principal Dentist | Implants & Invisalign', false),
  LI('fatima-bello-pharmacology', 'Fatima', 'Bello', 'Dr Fatima Bello | PhD Pharmacology | Senior Scientist, drug discovery', false),
  LI('st-brendans-uh', 'St Brendan\'s', 'University Hospital', 'Acute teaching hospital. Follow for news, careers and patient information.', false),
  LI('gwenllian-ap-rhys', 'Gwenllian', 'ap Rhys', 'Consultant Geriatrician | FRCP | Clinical lead for frailty, North Wales', false),
];
