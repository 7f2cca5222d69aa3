/**
 * Blind evaluation set 4, written without sight of the detectors' word lists.
 *
 * Emphasis of this fourth blind set: RECALL of the patient and interest passes on
 * varied, natural phrasing that a word list would miss (no obvious trigger words,
 * txt-speak, abbreviations, non-UK spellings, invented small company/clinic/app
 * names), plus precise hard negatives (own/family illness, pets, "patient" in
 * other senses, aggregated data, marked hypothetical/MCQ/OSCE cases, declared ties,
 * critical or neutral mentions of companies, personal purchases).
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
// DEV posts
// ---------------------------------------------------------------------------

export const BLIND4_DEV_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY("My 2pm brought a printed list of 14 problems. Numbered. Laminated. We got to number 3 before time ran out. Genuine respect tbh"),
  PY("bed 12 finally opened his bowels after 9 days. the whole bay applauded. nursing staff deserve medals 🎉"),
  PY("The chap with the fishing hook through his thumb came back to thank us, with a photo of the carp he caught the next day. ED nights have their moments 🎣"),
  PY("78yo F, c/o SOB 3/7, NOK in Australia, DNACPR conversation done over WhatsApp video at 3am. Not how anyone wants it. Not how she wanted it either."),
  PY("One of my regulars told me this morning she's been dry for six months. Twenty years of drinking. I had to go and sit in the car for a minute after."),
  PY("Had a lovely moment on a home visit this week. Elderly gentleman, ex-RAF, showed me his medals and the wedding dress his late wife wore, which he still keeps in the wardrobe. He hasn't got long and he knows it. We talked about where he wants to be at the end: at home, with the dog, in his chair by the window. We'll make it happen. This is why I love general practice.", 'facebook'),
  PY("Lessons from a patient.\n\nWhen I was an FY1 I looked after a woman in her thirties who had just been told her cancer had spread. On the ward round I kept saying 'we' - we'll do a scan, we'll see how things go. She stopped me and said: 'There is no we. I'm the one who has to go home and tell my kids.'\n\nI have never used 'we' that way since. Some details changed to protect her privacy, but the lesson hasn't.\n\n#Leadership #Communication #NHS", 'linkedin'),
  PY("Reported a biopsy today from a 19 year old. Not what anyone wanted to see under the microscope. Pathology is quiet work but some days it follows you home."),
  PY("pt in resus told me i looked 12 and asked if my mum knew i was out this late. then tried to self discharge with a cannula still in. ok sir 🙃"),
  PY("Telephone consult this morning: 'Doctor, I've been taking the suppositories by mouth for a week now, should they be working yet?' Reader, they were not."),
  PY("Her daughter rang the ward to say thank you. 'You were the only one who sat down.' She died on Tuesday. I'm going to remember that sentence for a long time."),
  PY("Shared with permission 💛 Baby M was born at 24 weeks on our unit last spring, weighing 610g. Today she came back to visit for her first birthday, cruising round the furniture in a tutu. Her mum and dad brought cake for the whole NICU team. This is why we do it. 🎂👶", 'facebook'),
  PY("@shaz_b77 So sorry your mum waited that long on a trolley. DM me her hospital number and I'll chase the ortho team first thing tomorrow."),
  PY("@karen_w_1962 Really glad the new inhaler is helping Karen! Keep to 2 puffs twice a day and I'll see you at your review in March 👍"),
  PY("Lady in her 80s came in with her overnight bag already packed. 'Just in case you keep me, love.' She was right. We kept her.", 'facebook'),
  PY("Psych liaison this afternoon: young lad convinced the neighbour's wifi is reading his thoughts. Courteous, frightened, completely certain. Spent an hour with him. Detained under section 2 in the end, which never feels like a win."),
  PY("Theatre list overran because case 3 had the most spectacular adhesions I've seen in ten years. Frozen abdomen. Took us four hours just to find the appendix."),
  PY("X-ray of the day: 6 yo swallowed a magnet AND a ball bearing and they've found each other 🧲 surgeons on their way down. Mum remarkably calm, considering."),
  PY("A patient's husband stopped me in the car park this morning. I hadn't recognised him out of context. He'd come back, a year after his wife died on our unit, just to tell me the hospice nurses had mentioned my name. He wanted me to know she'd been comfortable at the end because of the plan we made together in clinic.\n\nWe spend so much time measuring outcomes. Sometimes the outcome is a man in a car park, saying thank you.\n\n#PalliativeCare #Oncology #Reflection", 'linkedin'),
  PY("Had a pt in clinic today, 45 y/o M, burning chest wall pain x2 days, nothing on ECG/trop. Came back this afternoon with the rash. Shingles. Told him his pain had been real all along and he teared up. Residency is wild."),
  PY("cant stop thinking abt the girl in cubicle 4 tonight. 15. overdose. parents arrived in their pyjamas. go hug ur kids x"),
  PY("Funny one from surgery today (no names, obviously!) - gent in his 60s came in for his flu jab wearing a T-shirt that said 'I SURVIVED THE NHS'. I asked him about it and he said 'not yet, love'. Had the whole waiting room in stitches. 😂", 'facebook'),
  PY("Primip, 41+5, coped with a 30hr labour like an absolute hero, then between pushes asked me to go and move her husband's car out of the disabled bay. Baby arrived at 04:12. Legend."),
  PY("Broke bad news to a man in his thirties about his scan today. He asked if he'd still be able to coach his son's football team on Saturday. I said yes. I hope I'm right.", 'linkedin'),
  PY("Just sat with a man who is dying while his wife sang to him. All of it, every verse, the whole of their wedding song. He squeezed her hand at the end of it. I had to step out. Palliative care is a privilege and I'll never get used to it.", 'facebook'),
  PY("My reg and I spent 40 minutes getting a cannula into a 3 month old this evening. Mum held her the whole time and didn't once look away. Both of them braver than me."),
  PY("I want to share something one of my patients said to me last week (shared with her permission - she asked me to).\n\nShe has lived with MS for 22 years. I asked what the NHS gets most wrong. She said: 'You all ask me what I can't do. Nobody asks what I want to do.'\n\nWe rewrote her care plan around the answer: swimming with her granddaughter. It's a small thing. It isn't, really.\n\n#Neurology #PersonCentredCare", 'linkedin'),
  PY("Complaint letter arrived today from a family saying I was 'too blunt' about their father's prognosis on Monday. I've reread my notes ten times. I think I was honest and kind. Doesn't stop it stinging. Going to ask for a meeting with them.", 'facebook'),
  PY("Man brought in by his wife because he 'hadn't been himself'. Turns out he'd been himself all along, she just hadn't seen him sober in years. Withdrawing by midnight."),
  PY("Wound of the week 📸 dog bite to the forearm on a postman, Friday afternoon. Washed out, left open, back on his round by Monday. Postmen are made of stern stuff 📬"),
  PY("That moment when the frail fella you've been worried about all week is sat up eating toast and complaining about the tea. Best bit of the job.", 'facebook'),
  PY("Paeds clinic: 7yo explained her own asthma plan to me better than I could. Told her she should be a doctor. She said 'no thanks, you look tired'.", 'facebook'),
  PY("The scan that stayed with me.\n\nLast month I reported a CT on a man in his fifties who'd been sent in with 'mechanical back pain'. It wasn't. It was a leaking aneurysm. I rang the surgical registrar myself rather than wait for the report to be read, and he was in theatre within the hour.\n\nRadiology is often invisible. But we are very much part of the team at the bedside.\n\n#Radiology #PatientSafety", 'linkedin'),
  PY("RIP Mrs T, who I've seen every fortnight for six years for her leg ulcers. She always had a Werther's Original waiting for me. The surgery won't be the same without her. Her family asked us to share that the funeral is at St Mary's on Friday at 11, all welcome.", 'facebook'),
  PY("Handover gem: 'bed 7 thinks it's 1962 and that I'm his sergeant. very cooperative since I started saying at ease.'"),
  PY("Grateful to the son who drove 200 miles through the night so his mum wouldn't die alone. He got here at 5:40. She went at 6:10.", 'facebook'),
  PY("GP in Queenstown here: had a tourist in today with a sheep-related injury. No further comment. (He's fine.) 🐑"),
  PY("Post-op day 2 and my lovely lady from Thursday's Whipple is up walking the corridor with her drip stand, which she has named Gerald. Made my week. 🚶‍♀️", 'facebook'),
  PY("Yesterday in clinic a young man with type 1 diabetes told me he'd been rationing his insulin to cover his rent. He's 23, works in a warehouse, and had been skipping his evening dose for two months. His HbA1c told the story before he did.\n\nWe sorted a prescription prepayment certificate and a social prescriber. But it made me think hard about how often we write 'non-adherent' without asking why.\n\n#Diabetes #HealthInequalities", 'linkedin'),
  PY("Received a card today from a family I looked after in ICU last winter. Their dad didn't make it. They wanted to thank us for letting the grandkids in to say goodbye, even though it was against the rules at the time. Keeping this one in my drawer forever.", 'facebook'),
  PY("my 4pm walked in, sat down and said 'before you say anything, yes it's the same knee'. third time this month 😂"),
  PY("32F G2P1, PV bleeding at 8/40, scan showed a viable IUP with a heartbeat. she cried, i cried, the sonographer pretended not to."),

  // ---- patient = false ----
  PN("My dad's been in ICU since Sunday. Seeing it from the relatives' side of the curtain is something else. Be kind to families, everyone. They remember everything."),
  PN("Took the cat to the vet for a dental. £480 and three teeth lighter. Clearly chose the wrong branch of medicine 🐱"),
  PN("Be patient with yourselves this changeover, F1s. Nobody expects you to know where the bloods forms live in week one."),
  PN("It's Patient Safety Week at our trust! Come and find our stand in the main atrium - cake, a human factors quiz, and the chance to win a coffee machine for your ward. ☕", 'facebook'),
  PN("Pleased to share our outpatient experience survey results for 2024: 92% of respondents would recommend the service, and waiting-room information scored highest. Our lowest score was car parking (no surprises there). Thank you to the 1,400 people who took the time to respond.\n\n#PatientExperience #NHS", 'linkedin'),
  PN("Audit result: of 240 patients with suspected PE last year, only 31% had a Wells score documented before CTPA. Re-audit after the new proforma in the spring."),
  PN("OSCE tip: when the station says 'a 54 year old man presents with chest pain', introduce yourself, wash hands, explore ICE and don't forget family history. Every time."),
  PN("MCQ of the day: a 67-year-old woman presents with painless jaundice and weight loss. Most likely diagnosis? A) gallstones B) hepatitis A C) pancreatic cancer D) PBC. Answer at 6pm 👇"),
  PN("Composite case for tonight's teaching, not a real patient: 40s, recurrent 'anxiety' attacks, palpitations, sweats, headaches. What's on your differential before you refer to talking therapies?"),
  PN("Finally watched This Is Going To Hurt. Too real. Had to pause the obstetric episode and go for a walk."),
  PN("Journal club tonight: Phineas Gage, the tamping iron, and what his case really tells us (and doesn't) about the frontal lobes. Bring snacks."),
  PN("Sad to hear Sir Chris Hoy's news. Prostate cancer in your 40s is rare but real. If you have a family history, talk to your GP.", 'facebook'),
  PN("Rota's out. Seven nights in a row over Christmas. Love that for me. 🎄"),
  PN("Strike day 3. Picket line at 7am, freezing, but the bus drivers honking as they go past have kept us going. #PayRestoration"),
  PN("Second knee done! 🦵 My surgeon was fantastic and the physio says I'll be back on the dance floor by June. Thank you for all the messages and the chocolate xx", 'facebook'),
  PN("A typical presentation of appendicitis is periumbilical pain migrating to the RIF with anorexia. It's the atypical ones (retrocaecal, pregnant, elderly) that catch you out."),
  PN("Really proud of our quality improvement project: median time to antibiotics in red-flag sepsis fell from 94 to 51 minutes across three medical wards over six months. Huge credit to the nursing teams who owned the sepsis trolley.\n\n#QualityImprovement #Sepsis", 'linkedin'),
  PN("Hypothetical for Friday's ethics tutorial: a 15-year-old asks for the pill and doesn't want her parents told. What do you do, and what do you document? Gillick vs Fraser, discuss."),
  PN("My son broke his wrist at the trampoline park. We sat in our own ED for four hours like everyone else, as it should be. He is now very proud of his purple cast.", 'facebook'),
  PN("PSA for friends and family: if you get chest pain that goes into your arm, jaw or back, don't 'sleep it off'. Ring 999. I'd much rather you were embarrassed than dead. ❤️", 'facebook'),
  PN("Book review: Being Mortal by Atul Gawande. Should be handed to every FY1 before their first palliative care rotation. Five stars.", 'linkedin'),
  PN("Our simulated patient today (an actor called Dave) deserved a BAFTA for his acute abdomen. The students are still traumatised."),
  PN("Patience is a virtue I simply do not have at 4am when the vending machine eats my last two quid."),
  PN("We're recruiting! Two clinical fellow posts in acute medicine, 12 months, with protected teaching and a QI day each week. Ideal for anyone post-FY2 thinking about IMT. Message me for an informal chat.\n\n#NHSJobs #AcuteMedicine", 'linkedin'),
  PN("Teaching today on John Snow and the Broad Street pump. The handle-removal story is half myth, but what an epidemiologist."),
  PN("The breech twins in Call the Midwife last night - those midwives deserved danger money. TV or not, my heart rate was up."),
  PN("Mum is finally home after three weeks on the stroke unit. She's slow on her left side but she's home and already bossing us about. The nurses on that ward were angels to her. Thank you to everyone who sent messages. 💐", 'facebook'),
  PN("Over the winter our department saw 1,100 attendances for falls in the over-65s. That's why the new falls prevention clinic matters, and why it needs recurrent funding.", 'linkedin'),
  PN("SBA revision (fictional case): Mr A, 72, new confusion, Na 118, on indapamide. Best next step? Answers in the replies."),
  PN("Patient-centred care isn't a slogan. Three things I've learnt in 15 years as a consultant:\n1. Listen for the first two minutes without interrupting.\n2. Ask what matters to the person, not just what's the matter.\n3. Write your clinic letters to the patient and copy the GP.\n\nWhat would you add?\n\n#Medicine #Leadership", 'linkedin'),
  PN("The dog had his cruciate repaired today and is now wearing the cone of shame, staring at me like I did it to him personally. 🐶"),

  // ---- interest = true ----
  IY("Huge thanks to @AllerganAesthetics for flying me out to Barcelona for the Juvederm masterclass 🇪🇸 what a weekend, still buzzing"),
  IY("Use code DRMAYA15 for 15% off the magnesium glycinate I take before every set of nights 💤 link in bio"),
  IY("Excited to announce I've joined the medical advisory board of Kindora Health, the app helping parents track their children's temperatures and know when to seek help. As a paediatrician I've seen the anxiety a feverish toddler brings at 2am, and I'm thrilled to help shape something that genuinely supports families. Download it free on iOS and Android! 🚀\n\n#DigitalHealth #Paediatrics", 'linkedin'),
  IY("Loved speaking at the Novo Nordisk obesity dinner in Manchester last night. Beautiful venue, brilliant food and a great discussion on semaglutide in primary care.", 'linkedin'),
  IY("Now taking bookings for anti-wrinkle injections and lip filler at my new clinic, Aura Skin Studio in Harrogate! ✨ Doctor-led, medical-grade, anti-wrinkle from £180. Message me to book your free consultation - first 10 clients get 10% off 💋", 'facebook'),
  IY("Gifted these @theordinary serums and honestly, as a dermatologist, I'm impressed 🧴 niacinamide review coming tomorrow"),
  IY("Off to Lisbon next week for AstraZeneca's speaker training 🇵🇹 anyone got restaurant recommendations?", 'facebook'),
  IY("Thrilled to share that I've been appointed a Key Opinion Leader for Medtronic's diabetes portfolio across the UK and Ireland. Looking forward to working with the team to bring closed-loop technology to more people living with type 1.\n\n#Diabetes #MedTech", 'linkedin'),
  IY("Been trying out the new Butterfly iQ3 the company sent over - handheld POCUS straight to my phone. Honestly can't go back to the cart. Game changer for the acute take."),
  IY("If you're a GP and you're still doing recalls by spreadsheet, try MedNudge. I've been working with the founders since the seed round and it saves our practice hours a week 🚀"),
  IY("Book a private consultation with me at The Wimpole Menopause Clinic 💜 Same-week appointments, HRT reviews, body-identical hormones and testosterone where appropriate. Link in the comments - don't suffer in silence, ladies!", 'facebook'),
  IY("Collagen has genuinely been a game changer for my skin on night shifts ✨ use DRJO20 at checkout for 20% off @vitalproteins"),
  IY("Great day at Pfizer's Walton Oaks office working on their RSV vaccine messaging for primary care. Consultancy work like this is a brilliant way to make sure the clinical voice is heard.\n\n#Vaccines #PrimaryCare", 'linkedin'),
  IY("Loved being part of the @GSK speaker bureau tour this month: 6 cities, 600 GPs, one message - shingles vaccination matters 💉"),
  IY("My Oura ring arrived courtesy of the lovely team at Oura UK 💍 I'll be sharing my night shift sleep data over the next month, stay tuned!"),
  IY("This Saturday: diabetic foot care update for GPs and practice nurses, kindly supported by Smith & Nephew. 3 hours CPD, lunch provided, a few spaces left - comment below or message me to book.", 'facebook'),
  IY("So proud to be the new brand ambassador for Lumera Aesthetics 💎 As a doctor and injector I only put my name to products I trust, and their skin booster range is exceptional. Watch this space for launch events across the North West!\n\n#Aesthetics #MedicalAesthetics", 'linkedin'),
  IY("The team at @ZavaUK asked me to try their online consultation flow as a doctor and it's genuinely slick. Worth a look if you can't get a GP appointment 👇"),
  IY("My evening skincare as a doctor 👩‍⚕️ 1. CeraVe foaming cleanser 2. Medik8 retinal 3. La Roche-Posay Cicaplast. Everything's linked on my Amazon storefront 🛒"),
  IY("Thanks @BostonSci for dinner at Hawksmoor after the TAVI workshop 🥩 great people, great steak"),
  IY("Join me tonight at 7pm for a webinar on SGLT2 inhibitors in heart failure, hosted by the team at Boehringer Ingelheim. Certificate of attendance for your appraisal. Register via the link!"),
  IY("After 12 years in the NHS I'm thrilled to share that I've co-founded Clearpath Diagnostics, bringing rapid at-home gut microbiome testing to everyone. Our first kits ship next month and I'd love my network to be among the first to try them - 25% off with code FOUNDER25.\n\n#Startup #HealthTech", 'linkedin'),
  IY("The rep dropped off a box of Fitbit Charge 6s for the whole practice team today 🏃 step challenge starts Monday, the partners are going DOWN"),
  IY("Honoured to join Bayer's women's health advisory board 🇩🇪 first meeting in Berlin next month!", 'linkedin'),
  IY("Pop in and see me at Glow & Co Medispa this Saturday for a free skin consultation 🌸 10% off Profhilo for the first 20 bookings. Doctor-led treatments in the heart of Chester.", 'facebook'),
  IY("Vitamin D gummies I recommend to all my friends and family 🌞 my code DOCLIZ gets you 25% off at Nutrafuel", 'facebook'),
  IY("Delighted to have completed my first consultancy project with Roche Diagnostics, advising on how point-of-care troponin could fit into urgent treatment centres. Fascinating to see how much thought goes into the clinical pathway.\n\n#Cardiology #Diagnostics", 'linkedin'),
  IY("Looking for an Ozempic alternative? I've been working with the brilliant team at SlimLab on their doctor-supervised GLP-1 programme. The results speak for themselves. Link below 👇"),
  IY("Can't believe @PhilipsSonicare sent me a toothbrush to review 🦷 honest verdict from a doctor next week!"),
  IY("Thank you Lilly for the hospitality at EASD in Madrid 🇪🇸 that rooftop reception was a 10/10", 'facebook'),
  IY("Quick demo of the ViewPoint wound camera we've been piloting on the district nursing caseload: measures ulcer area in 3 seconds from a phone. If your trust wants a trial, their sales team can set you up - link in comments.\n\n#WoundCare #Innovation", 'linkedin'),
  IY("Treat yourself this Mother's Day 💐 Gift vouchers now available at my clinic, Solihull Skin & Laser - anti-wrinkle, skin boosters and chemical peels. Doctor-led, always. 💕", 'facebook'),
  IY("My online course 'Gut Health for Busy People' launches tomorrow! 🦠 Six modules, written by a gastroenterologist. Early bird £49 with code GUTDOC"),
  IY("Loving the @Medichecks advanced blood panel they gave me to try 🩸 results in 48 hours. Every doctor should know their own numbers!"),
  IY("It was a privilege to chair the Sanofi symposium at ESC Congress in Amsterdam this year. Thank you to the whole team for the invitation and for looking after us so well throughout the week.\n\n#ESC #Cardiology", 'linkedin'),
  IY("Just back from the Galderma injector summit in Monaco ✨ Sculptra, Restylane, Azzalure - the future of aesthetics is bright and I can't wait to bring what I've learnt back to my clients #injector", 'facebook'),

  // ---- interest = false ----
  IN("Disclosure: I've received speaker fees from Novartis. With that on the table, here's my honest take on inclisiran in primary care 🧵"),
  IN("#ad Teaming up with CeraVe this month to talk about the skin barrier in eczema. All views my own, as always."),
  IN("Paid partnership with Boots 🌼 my 3 tips for getting through hay fever season without a drowsy antihistamine"),
  IN("MHRA recall of specific batches of Emerade adrenaline pens. Please check your patients' devices and advise them to carry an alternative. Link to the drug alert below."),
  IN("NICE has approved tirzepatide for weight management. How on earth primary care is meant to deliver it is another question.", 'linkedin'),
  IN("Switching ramipril to candesartan for ACE-inhibitor cough: anyone got a tidy dose conversion guide they trust?"),
  IN("We're hiring! Salaried GP, 6 sessions, at Hartley Road Surgery. Supportive partners, 15-minute appointments, training practice. Apply via NHS Jobs or drop me a message for an informal chat.\n\n#GPJobs #PrimaryCare", 'linkedin'),
  IN("Running the Great North Run for Marie Curie in September! 🏃‍♀️ They looked after my grandma beautifully at the end. Please sponsor me if you can - JustGiving link below.", 'facebook'),
  IN("Journal club this week: SURMOUNT-1, funded by Lilly. Impressive effect size, but look hard at the discontinuation rates and at who sat on the writing committee. Industry-funded doesn't mean wrong, but it does mean read the supplement.\n\n#JournalClub #Obesity", 'linkedin'),
  IN("Purdue's settlement is a reminder of what happens when marketing drives prescribing. If you haven't watched Dopesick, do."),
  IN("Finally bought the road bike 🚴 Canyon Endurace in a ridiculous colour. No regrets.", 'facebook'),
  IN("Please use NHS 111 online before coming to ED for minor injuries. It can book you a slot at your local urgent treatment centre.", 'facebook'),
  IN("COI: I'm a paid clinical adviser to Huma. With that said, my honest view of the remote monitoring evidence so far is that it's mixed. Here's why...\n\n#DigitalHealth", 'linkedin'),
  IN("Pharma reps have no place at our training days. Fully support the GP trainees' motion to ban them from VTS sessions."),
  IN("Reminder that GSK paid $3bn in 2012 over off-label promotion. Institutions have long memories, and so do patients."),
  IN("Picked up the new car today! Kia EV6, finally ditched the diesel 🚗⚡", 'facebook'),
  IN("Metformin MR is often better tolerated than standard release for GI side effects. Worth a switch before giving up on it altogether."),
  IN("Speaking at the RCGP conference next week on deprescribing in frailty. Come and say hi! (No sponsor, no fee, just NHS annual leave 😅)"),
  IN("This webinar is sponsored by an educational grant from AstraZeneca, who had no input into the content. All speaker disclosures are on slide 2. Register below for Thursday's session on CKD in primary care.\n\n#CKD #CPD", 'linkedin'),
  IN("Bought myself an Oura ring last year and all it has taught me is that I never sleep. Not a recommendation, just a sad fact."),
  IN("Supply update: Evorel patches still patchy (sorry). Consider an alternative estradiol patch - see the SPS shortage page."),
  IN("Our practice now offers referrals to the NHS Digital Weight Management Programme. Ask reception or your practice nurse - it's free and you can do it from home.", 'facebook'),
  IN("The BMJ investigation into industry payments to UK doctors is worth a read. Check your own Disclosure UK entry while you're at it.", 'linkedin'),
  IN("I receive consultancy fees from Smith & Nephew (declared on Disclosure UK and to my trust). In this post I want to talk about something different: why tissue viability nurses are the unsung experts in every hospital.\n\n#WoundCare", 'linkedin'),
  IN("Semaglutide shortages are hitting our type 2 diabetes patients because of the private weight-loss boom. That is not ok and somebody needs to say it.", 'facebook'),
  IN("Treated myself to a Littmann Cardiology IV with my own money and it's gorgeous 😍 Not an ad, nobody sends me anything 😂"),
];

// ---------------------------------------------------------------------------
// TEST posts
// ---------------------------------------------------------------------------

export const BLIND4_TEST_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY("Home visit to a lady in her 90s who offered me a sherry at 10am, then diagnosed her own UTI before I'd got my coat off. She was right, obviously.", 'facebook'),
  PY("The man in bay 3 has asked every doctor today whether we know his grandson who 'works at the hospital'. He's a porter called Dean. We have all now met Dean. Dean is lovely."),
  PY("Night shift. 28yo with DKA, third admission this year, just started uni. Sat with her at 4am talking about her pump. She isn't 'non-compliant'. She's overwhelmed."),
  PY("pt: i googled it and it said cancer\nme: it's a verruca\npt: but are you SURE"),
  PY("Delivered twins tonight and the second one decided to come breech just to keep me humble. Mum's first words after: 'is that it? can I have toast now?' 🍞"),
  PY("Telephone consult: 87yo gent rang about a 'funny heartbeat', then said he had to go because his wife needed the phone for her pension call. Rang him back. Fast AF. Admitted. That generation will not make a fuss."),
  PY("One of my long-term ladies brought me a jar of her chutney today and told me her son has finally come home. Some consultations aren't really about the blood pressure. 🫙", 'facebook'),
  PY("CXR this morning: complete white-out on the left. He had walked in 'for a cough'. Walked in! 72, 40 a day, says he feels fine."),
  PY("Signed out a lymph node this afternoon that's going to change a 24-year-old's life. Report's gone. I'm still staring at the slide."),
  PY("4yo in resus tonight after swallowing a button battery. PLEASE put your remotes and car keys up high 🙏"),
  PY("Woke up from his hernia repair and the first thing he said was 'did you see my tattoo?' Yes Steve. The whole theatre team saw your tattoo."),
  PY("Just want to say - I met the most wonderful family this week. Their little boy (4) finished his last round of chemo and rang the bell on our ward. His mum had knitted a hat for every nurse on the unit. Shared with their permission: they want other families to know there is hope ❤️🔔", 'facebook'),
  PY("Warning, this is a long one.\n\nOn Tuesday I saw a woman in her 40s who had been seen five times in three months with 'indigestion'. Each time she was given something for reflux. She came to me because her usual GP was on leave. Something about the way she described it made me examine her properly. There was a mass.\n\nShe's been seen by the upper GI team already. I don't know how it will end. But please, if something doesn't feel right, keep asking. And doctors, if someone keeps coming back, listen harder.", 'facebook'),
  PY("What a patient taught me about leadership.\n\nTwelve years ago, as a junior doctor, I looked after a retired headteacher with motor neurone disease. He could no longer speak, so he used a letter board. One morning he spelled out: 'Your ward round is a performance. Who is the audience?'\n\nI've thought about that every day since. Are we doing it for the patient, or for the consultant?\n\n#Leadership #NHS #MedicalEducation", 'linkedin'),
  PY("Last week a patient in my oncology clinic asked me: 'Will I see my daughter graduate?' She graduates in July. I gave her the honest answer, which was 'I don't know, but we're going to try.'\n\nNo MSc in clinical leadership prepares you for that question. What does is sitting with it, and staying.\n\n#Oncology #Compassion", 'linkedin'),
  PY("@tomh_1985 Really sorry you had that experience with your dad's discharge last week. If you email PALS with his details and mention my name I'll look into what happened on the ward personally."),
  PY("@lucyjayne_x hi Lucy, that rash does sound like the amoxicillin. Stop it for now and pop into the surgery tomorrow so I can have a look, ok?"),
  PY("The lady in side room 2 has rung the buzzer every ten minutes tonight to ask what day it is. She knows what day it is. She just wants company. Spent my break with her."),
  PY("ICU: we withdrew treatment today on a man my age. Same birthday month. Went home and hugged my kids for too long."),
  PY("Psych ward: a patient handed me a poem he'd written about me this morning. It's mostly about how I always look like I'm running late. Accurate. Framing it."),
  PY("surgical take: 19M, RIF pain 2/7, CRP 140, 'it's definitely not my appendix, I've got a festival on saturday'. it was his appendix."),
  PY("She's 96, lives alone, does the Times crossword in pen and told me my handwriting was a disgrace. Going home tomorrow with a package of care she will almost certainly refuse.", 'facebook'),
  PY("Haven't slept. The baby we couldn't save tonight was 3 days old. The parents were so polite to us. That's what breaks you."),
  PY("Funniest consult of the week: chap came in because his smartwatch told him he was 'stressed'. 6'4 bin man, never seen a doctor in his life. BP 118/72. Calmest man in Kent. ⌚"),
  PY("An update for everyone who asked after the lady from the care home I mentioned last week: she went peacefully on Sunday afternoon with Vera Lynn playing and her family around her. Thank you for all your kind messages. 🕊️", 'facebook'),
  PY("29 y/o F, 3/52 post-partum, headache + visual disturbance. BP 190/110. Never dismiss a postnatal headache. She's ok, on HDU."),
  PY("The loveliest thank-you card today from a patient I diagnosed with coeliac disease after years of being told it was IBS. She's gained a stone and started running again. Made my whole year 😭", 'facebook'),
  PY("A scan I'll never forget.\n\nA junior colleague called me one evening about a 'normal' CT head on a young cyclist who'd come off his bike. He just didn't look right to her. I looked again. There was a thin subdural we'd both nearly missed.\n\nShe was right to trust her instinct and right to call. Never apologise for asking a radiologist to look twice.\n\n#Radiology #PsychologicalSafety", 'linkedin'),
  PY("ward round highlight: asked the gent in bed 14 how his night was. 'terrible. the man opposite snores like a walrus.' the man opposite is his brother."),
  PY("Wound photo with permission: five weeks of VAC therapy and this diabetic foot has gone from 'probably amputation' to 'nearly closed'. Podiatry and the tissue viability team are wizards 👏"),
  PY("had to tell a family their mum has dementia today. the daughter asked if it was her fault for not visiting more. no. absolutely not."),
  PY("Intern year story: my patient, an 80-year-old veteran, asked me to call his wife after he passed because 'she'll want to hear it from someone kind.' I did. I still think about it."),
  PY("Out of hours: man rang because his wife had fallen and was 'fine but won't get up'. She'd been on the floor fourteen hours. The pride of that generation will be the death of them.", 'facebook'),
  PY("A complaint that changed my practice.\n\nA few years ago the daughter of one of my patients wrote to the practice after I'd told her father, over the phone, that his results were 'nothing to worry about'. He had understood that to mean he was cured. He wasn't - he had stable CLL that needed monitoring.\n\nShe was right. I now finish every results call with: 'Tell me in your own words what that means for you.'\n\n#GeneralPractice #Communication", 'linkedin'),
  PY("Our youngest ever stroke patient went home today. 31, mum of two, came in unable to speak. She walked out and hugged every single one of us. Some days the job gives back. 💙", 'facebook'),
  PY("In clinic today a teenager told me her eating disorder started after a PE teacher weighed the whole class in front of each other. Spent the rest of the day quietly furious.", 'linkedin'),
  PY("Pre-assessment clinic. 'Any allergies?' 'Only to my ex-husband.' Noted, madam."),
  PY("Lad in ED tonight who'd superglued his hand to a car bonnet at a protest. Acetone, patience and a fair bit of swearing. He thanked us for not judging him."),
  PY("Weird and wonderful GP moment: a gentleman brought in a Tupperware of what he described as 'something that came out of me'. It was a Haribo. He had been eating them in the bath. We don't ask. 🍬", 'facebook'),
  PY("Proud moment for our new same-day emergency care unit: our very first patient was a 58-year-old builder with a PE who was assessed, scanned and home on apixaban within five hours. No admission, no trolley wait, back on site (light duties!) by Thursday.\n\n#SDEC #AcuteMedicine", 'linkedin'),
  PY("the boy I saw yesterday with the 'sprained' ankle - radiology just called, it's a fracture. rang his mum, he's coming back in. own it, fix it, move on."),
  PY("Sat with a Polish gentleman and Google Translate for forty minutes to explain his cancer diagnosis. At the end he typed 'thank you for taking the time'. Interpreters should be available 24/7. Full stop.", 'linkedin'),

  // ---- patient = false ----
  PN("Six years a doctor and I still go pale at my own blood tests. The phlebotomist was very kind about it today."),
  PN("My grandad is on a surgical ward at the moment and the care has been outstanding. Proud of the NHS from both sides of the bed.", 'facebook'),
  PN("Our rabbit had to be put to sleep this morning, eleven years old. The vet was so gentle with us and with the kids. 🐰", 'facebook'),
  PN("Patient Experience Week 💙 tag a colleague whose kindness made a difference this year #PEW"),
  PN("Our pharmacy team reviewed 312 patients discharged on DOACs over the last quarter: 14% had a dose that didn't match their renal function. From April, pharmacist-led reconciliation will be standard on every medical ward. Great work by the team who did the legwork.\n\n#MedicinesSafety #Audit", 'linkedin'),
  PN("SBA: 24-year-old woman, 8 weeks pregnant, persistent vomiting, ketones 3+. Next step? A) oral ondansetron B) IV fluids and antiemetic C) reassure D) TFTs. Answer tomorrow."),
  PN("Sim day prep: fictional 'Mrs Jones', 84, fall, AKI and delirium. Actors briefed, mannequin charged, coffee ordered."),
  PN("Still not over that Grey's Anatomy season finale. Nobody would be allowed to operate after that much trauma 😂"),
  PN("Teaching point: the classic presentation of aortic dissection is tearing chest pain radiating to the back, but up to a third won't describe it that way. Check both arms."),
  PN("Be patient with the new F1s. Three weeks ago they were students and they are terrified. Buy them a coffee."),
  PN("Patient safety is a team sport. Speak up, even when you're the most junior person in the room. Especially then."),
  PN("Thrilled to share that our paper on frailty scoring across 4,800 emergency admissions has been published in Age and Ageing. The Clinical Frailty Scale at the front door predicted 30-day mortality better than age alone.\n\n#Geriatrics #Research", 'linkedin'),
  PN("Five things I wish I'd known as a new consultant:\n1. Your registrar knows more about the rota than you ever will.\n2. Say yes to fewer committees.\n3. Protect your admin time like it's a clinic.\n4. Thank the ward clerks.\n5. Take your annual leave.\n\n#Leadership #NHS", 'linkedin'),
  PN("Recovering at home after my gallbladder op. Thank you for the flowers everyone! Surgeons were fab, the hospital toast less so 😂", 'facebook'),
  PN("Public health reminder: MMR catch-up clinics are running at our practice all through August. Measles cases are rising - please check your children's red book and book in. 💉", 'facebook'),
  PN("Re-reading the story of Henrietta Lacks. Consent, race and cell lines - essential for every med student.", 'linkedin'),
  PN("Clinical governance meeting today. Four hours. I have visibly aged."),
  PN("BMA consultant ballot opens Monday. Please vote, whichever way you vote."),
  PN("My wife's labour last week: 19 hours, one epidural and one very smug midwife. Welcome to the world, baby Alfie 💙"),
  PN("Thinking about the Bawa-Garba case a lot this week. System failures shouldn't land on one trainee's shoulders."),
  PN("The King's diagnosis has tripled calls to our prostate clinic. Brilliant for awareness, less brilliant for the waiting list.", 'linkedin'),
  PN("Our Patient Participation Group meets Thursday at 6pm in the surgery library. All welcome, biscuits provided! 🍪", 'facebook'),
  PN("Ethics quiz: a hypothetical Jehovah's Witness patient declines blood products before elective surgery. What do you need to document, and who do you involve?"),
  PN("The 'patient' in our OSCE station today was one of the examiners' husbands. He deserved an Oscar for that renal colic."),
  PN("Monday was the busiest day in our emergency department's history: 412 attendances. Thank you to every porter, nurse, doctor, cleaner and receptionist who kept it safe.\n\n#NHS #EmergencyMedicine", 'linkedin'),
  PN("Managed to get my own GP appointment in under two weeks. Feel like I've won the lottery.", 'facebook'),
  PN("Re-reading The Man Who Mistook His Wife for a Hat. Sacks wouldn't get half of it past an ethics committee now."),
  PN("My mum has just been diagnosed with breast cancer. She's said I can share this. She found it herself, in the shower. Please check yourselves, ladies, and go to your screening. 💗", 'facebook'),
  PN("Today's rota gap: three registrars covering two hospitals overnight. Somebody explain to me how that is safe."),
  PN("Our dog ate a sock. £1,200 later the sock is out, and framed. Vets are heroes. 🧦", 'facebook'),

  // ---- interest = true ----
  IY("Back from Vienna 🇦🇹 thank you @NovartisUK for having me on the panel, and for the opera tickets 🎭"),
  IY("Everyone asks what multivitamin I take as a GP - it's @Wellman and you can get 20% off with DOCSAM20 🙌", 'facebook'),
  IY("I'm delighted to announce that I've been appointed part-time Chief Medical Officer at Nuvia Health, the digital menopause platform supporting women through perimenopause and beyond. Go and check out the app - the first month is free!\n\n#WomensHealth #Menopause #DigitalHealth", 'linkedin'),
  IY("Huge thanks to @Teoxane_UK for the training day and the goodie bag 💉 RHA fillers are next level for tear troughs"),
  IY("NEW: doctor-led weight loss injections now available at Slimwell Clinic Chelmsford 💉 Mounjaro programmes from £199 a month. Free consultation with me this month only - call or message to book! 📞", 'facebook'),
  IY("Withings sent me the new BPM Connect to try 🩺 the app integration is lovely. Honestly every hypertensive should have one at home."),
  IY("Just signed up as a speaker for Daiichi Sankyo's AF roadshow. Looking forward to meeting cardiologists across the North!", 'linkedin'),
  IY("Really enjoyed the AbbVie advisory board in London yesterday on the future of IBD care. Great minds, great discussion, great lunch.\n\n#IBD #Gastroenterology", 'linkedin'),
  IY("Skin tip from a doctor: I use @Medik8 Crystal Retinal every night. Code DRHANNAH10 gets you 10% off. You're welcome ✨"),
  IY("Thanks @DexcomUK for the free G7 sensors so I could 'live like my patients' for a month 📈 eye-opening stuff"),
  IY("Botox & Bubbles evening this Friday at The Cosmetic Doctor, Cardiff 🥂 Book in directly with me on WhatsApp, limited spaces!", 'facebook'),
  IY("My app BrightSteps is live in the App Store 📱 built by doctors for parents of toddlers - milestones, fevers, feeding. Please download and leave a review!"),
  IY("Excited to share that I'm now a clinical adviser to Qurex Medical, a start-up building AI-powered dermatoscopes for primary care. If you're a GP interested in joining their pilot, drop me a DM.\n\n#AI #Dermatology", 'linkedin'),
  IY("What a week at ASCO in Chicago 🇺🇸 thank you to the @MSDUK team for making it all possible ✈️🏙️"),
  IY("Can't recommend the @ZOE app enough, it's changed how I eat 🥦 use my link for money off the test kit"),
  IY("Learning event for local practice nurses: 'Asthma in 2025'. Lunch, CPD certificate and a chance to try the new inhaler devices, kindly supported by Chiesi. Email me to reserve a place.", 'facebook'),
  IY("Delighted to be joining @BayerUK's contraception education faculty 🙌 more to come!"),
  IY("Private GP appointments now available with me on Saturday mornings at Harley Health Partners. No waiting, 30-minute slots. Link in bio 👆"),
  IY("The team at GlowLab Leeds invited me in for a complimentary HydraFacial and honestly, as a dermatologist, I get the hype 💧"),
  IY("Had the pleasure of demoing the CardioSense patch to 40 cardiology nurses this week: 14-day wear, real-time ECG streaming and a lovely clinician dashboard. Contact me if you'd like a trial unit for your service.\n\n#Cardiology #Wearables", 'linkedin'),
  IY("These electrolyte sachets got me through a 13-hour shift 💪 @LiquidIV sent me a box and now the whole department's hooked. Link for 20% off 👇"),
  IY("Massive thanks to Boston Scientific for the hospitality at EuroPCR in Paris 🇫🇷🥐"),
  IY("We've opened! 🎉 Riverside Private GP, Shrewsbury - owned and run by me and my husband. Same-day appointments, private prescriptions and travel vaccines. Please share to help a small local business! 💚", 'facebook'),
  IY("In Copenhagen for Novo Nordisk's obesity summit ✈️ flights and hotel all sorted by their team - honestly the best organised meeting I've ever been to."),
  IY("Protein coffee from @GrenadeOfficial has saved me on nights ☕ code NIGHTDOC for a discount"),
  IY("Proud to have delivered my 50th talk for Viatris' speaker programme this week! Sharing evidence-based practice with colleagues across the country is something I'm passionate about.\n\n#MedicalEducation #Pain", 'linkedin'),
  IY("Bagged a free Apple Watch at the Huma stand at #NHSConfedExpo 😎 just had to download their app. Remote monitoring is the future!"),
  IY("Want glowing skin? I've partnered with Vitalyte Skin to create a doctor-formulated vitamin C serum 🍊 pre-order now, link in bio"),
  IY("Thank you Janssen for a lovely dinner at Gleneagles after the psychiatry update! Top-notch evening with colleagues from across Scotland. 🥃", 'facebook'),
  IY("I'm pleased to share that I've joined the Scientific Advisory Board of Helix Longevity, a London start-up offering whole-genome health screening. If you're curious about your biological age, their consumer test is now live - link in the comments.\n\n#Longevity #Genomics", 'linkedin'),
  IY("Thanks to the lovely folk at @Vitabiotics for the hamper 😍 Pregnacare saw me through both pregnancies!", 'facebook'),
  IY("Aesthetics course in Dubai next month courtesy of Merz 🙌 Bocouture and Belotero hands-on. Beyond excited!", 'facebook'),
  IY("Ran my first session for the Pfizer primary care academy tonight. Brilliant questions on RSV vaccination in the over-75s. Next one Thursday - register below 👇", 'linkedin'),
  IY("Doctors: want more flexibility? I've been a remote clinician with Doctaly for two years and it's transformed my work-life balance. Use my referral link to sign up and we both get a bonus!\n\n#PortfolioCareer #GP", 'linkedin'),
  IY("Big Health gave me a year of Sleepio to try and now I recommend it to everyone 😴 nights-proof sleep, finally"),
  IY("Ladies! I've teamed up with Menopause Relief Co to bring you 15% off their evening primrose blend. Use code DRLOU at checkout 💐", 'facebook'),

  // ---- interest = false ----
  IN("COI: I sit on an advisory board for Abbott. With that declared, here's what the FreeStyle Libre data actually show in type 2 diabetes 🧵"),
  IN("Paid partnership with @Bupa: my five tips for looking after your mental health at work 🧠 #ad"),
  IN("#sponsored by @Boots - what to pack in your holiday first aid kit this summer 🩹☀️"),
  IN("MHRA Class 2 drug alert: specific batches of a salbutamol inhaler recalled. Check your pharmacy stock and the alert for batch numbers."),
  IN("NICE says no to lecanemab on cost-effectiveness. Tough for families, but probably right given the ARIA data.", 'linkedin'),
  IN("Why I'm cautious with pregabalin in anyone with a history of substance misuse - a short thread 🧵"),
  IN("Pfizer's annual profit vs the entire NHS drugs budget. Just leaving this here."),
  IN("Vacancy: Consultant in Acute Medicine at Northfield Hospitals NHS FT. Job plan includes SDEC and ambulatory sessions. Informal enquiries very welcome - my inbox is open.\n\n#NHSJobs", 'linkedin'),
  IN("Doing the London to Brighton bike ride for the British Heart Foundation in June! ❤️🚴 Every pound counts - link below.", 'facebook'),
  IN("Journal club: EMPA-KIDNEY, Boehringer/Lilly funded. Good trial, but check who wrote the discussion section."),
  IN("Novo Nordisk suspended from the ABPI for two years. Wow. Read the PMCPA report if you haven't."),
  IN("Treated myself to a new Bianchi after ten years on the old one 🚲 nothing to do with work, just wanted a nice bike", 'facebook'),
  IN("The NHS App now lets patients see their test results as soon as they're filed. Great in principle - GPs, please check your practice settings.", 'facebook'),
  IN("I've done paid consultancy work for Roche (declared on Disclosure UK and to my employer). In this post I want to set out, independently, why I think we're over-testing troponin in ED.\n\n#EmergencyMedicine", 'linkedin'),
  IN("Pharma reps used to bring sandwiches to every practice meeting. Glad those days are (mostly) gone.", 'facebook'),
  IN("Bought a Peloton in lockdown, it is now a very expensive clothes horse. £500 ono, collection from Didsbury.", 'facebook'),
  IN("Sertraline vs citalopram in older adults: QTc is usually the deciding factor for me. What do you use first line?"),
  IN("Disclosure: Galderma paid my travel to this meeting. My notes from the rosacea session are below 👇"),
  IN("Delighted to share that I've been elected to the council of the Royal College of Physicians. Looking forward to representing physicians in the North East.\n\n#RCP", 'linkedin'),
  IN("Mandatory, not voluntary: the UK needs a Sunshine Act for industry payments to doctors. Great BMJ piece on why.", 'linkedin'),
  IN("The pharmacy next door is part of Pharmacy First - see them for sore throats, UTIs in women, earache and more without needing a GP appointment.", 'facebook'),
  IN("Spoke at a Lilly-funded meeting last week. Declared on my first slide; fee paid to my department, not me. Slides here."),
  IN("Aesthetic injectors with no medical training are a menace. Check your practitioner is on a recognised register before anyone goes near your face."),
  IN("Beware online 'doctors' selling weight-loss jabs through Instagram DMs. Unlicensed, unregulated, and often not what it says on the pen."),
  IN("Metformin standard release is fine, it's the MR that's tight at the moment. Check the SPS page before you switch anyone."),
  IN("A reminder, since I've been asked: I have no financial ties to any pharmaceutical or device company. Everything I post here is my own view.\n\n#Transparency", 'linkedin'),
];

// ---------------------------------------------------------------------------
// Accounts
// ---------------------------------------------------------------------------

export const BLIND4_DEV_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymous doctors ----
  X('tired_reg_27', 'Tired Reg 🥱', 'Medical SpR, North West. Views mine. Mostly coffee and ABGs.', true),
  X('fy2_frankly', 'FY2 Frankly', 'foundation doctor surviving one rota at a time 🩺 scotland', true),
  X('mumsthedoc_gp', 'Dr Sarah 🌸', 'GP partner & mum of 3 | MRCGP | Yorkshire', true),
  X('ct1_psych', 'psych trainee', 'CT1 psychiatry. neurodivergent. tweets about the mental health act and cats', true),
  X('lagos2leeds_md', 'Naija Doc in Leeds 🇳🇬', 'MBBS (Ibadan), now an IMG SHO in acute medicine. Helping IMGs through PLAB.', true),
  X('attending_anon', 'Night Attending', 'EM attending, PGY-forever. Not medical advice. Boston.', true),
  X('DrAnonPath', 'Path Doc 🔬', 'Histopathology registrar. I look at bits of people so you do not have to.', true),
  X('gp_trainee_diaries', 'GPST2 ✨', 'GP trainee, ex-ED. Opinions mine, not my deanery\'s.', true),
  FB('thehonesthouseofficer', 'The Honest', 'House Officer', 'House officer writing about life on the wards in Malaysia. Anonymous for a reason.', true),
  FB('rosiethegp', 'Rosie', 'TheGP', 'Salaried GP in Bristol. MBChB, DRCOG. Sharing health tips for the community.', true),
  FB('paedsregmum', 'Paeds', 'Reg Mum', 'ST4 paediatrics. Mum to two. Posts about children\'s health and NHS life.', true),
  FB('docinthedales', 'Doc in', 'the Dales', 'Rural GP (MBBS, MRCGP) writing about country practice. Names changed, always.', true),
  LI('anon-ortho-reg', 'Ortho', 'Registrar', 'Trauma & Orthopaedic Specialty Registrar, London | FRCS (Tr&Orth) candidate', true),
  LI('dr-k-cardiology', 'Dr K.', '', 'Consultant Cardiologist | MRCP(UK) | Heart failure & devices', true),

  // ---- not anonymous doctors ----
  X('stethoscopesandscones', 'Aoife', 'Dr Aoife Ni Bhriain, GP registrar. Galway -> Manchester. Tea, sea swims, sourdough.', false),
  X('RJ_Okonkwo', 'R.J. Okonkwo', 'Consultant nephrologist, Birmingham. Kidneys and Arsenal.', false),
  X('ChenWeiMD', 'CHEN Wei', 'Respiratory physician. Surname first, always 🙂', false),
  X('DrPepperLover', 'Dr Pepper Fan Account', '23 flavours, 0 medical degrees 🥤', false),
  X('midwife_mo', 'Mo 🤱', 'Community midwife, RM BSc. Not a doctor, I just deliver them.', false),
  X('dr_bashir_chiro', 'Dr Bashir', 'Chiropractor (DC). Spines, posture, sports. Book via the link.', false),
  X('psych_dr_kim', 'Dr Kim (she/her)', 'Clinical psychologist (DClinPsy). Not a medical doctor! CBT nerd.', false),
  X('medstudent_maz', 'Maz 📚', '4th year medic at UCL. future surgeon (hopefully)', false),
  X('DJ_Dr_Groove', 'DR GROOVE', 'DJ / producer. Doctor of the decks. Ibiza - Leeds.', false),
  FB('siandaviesvet', 'Sian', 'Davies', 'Veterinary surgeon, Carmarthen. MRCVS. Dogs > people.', false),
  FB('ffion.ap.gruffydd', 'Ffion', 'ap Gruffydd', 'Meddyg teulu / GP in Bangor. Doctor, mam, runner.', false),
  FB('NorthfieldHospitalsNHS', 'Northfield Hospitals', 'NHS Foundation Trust', 'Official page of Northfield Hospitals NHS Foundation Trust.', false),
  LI('oluwaseun-adebayo-adeyemi', 'Oluwaseun', 'Adebayo-Adeyemi', 'Specialty Doctor in Emergency Medicine | MBBS, MRCEM', false),
  LI('priya-raghunathan-pa', 'Priya', 'Raghunathan', 'Physician Associate, Acute Medicine | MSc Physician Associate Studies', false),
  LI('khalid-al-mansouri', 'Khalid', 'Al-Mansouri', 'Consultant Interventional Radiologist | FRCR', false),
  LI('locum-doctors-uk', 'Locum', 'Doctors UK', 'Recruitment agency placing doctors in NHS locum roles. Call us today!', false),
];

export const BLIND4_TEST_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymous doctors ----
  X('EDregOnNights', 'ED Reg 🌙', 'Emergency medicine registrar (ST4). Nights, caffeine and the occasional miracle.', true),
  X('the_junior_doc_uk', 'The Junior Doctor', 'FY1 in London. MBBS 2024. Writing the book I needed.', true),
  X('obs_and_gobs', 'Obs & Gobs 🤰', 'O&G ST6. I catch babies and occasionally opinions.', true),
  X('rural_gp_wales', 'Meddyg Cymru 🏴', 'GP in rural Wales. Bilingual. MRCGP. Sheep outnumber patients.', true),
  X('neuro_sho', 'neuro sho', 'senior house officer in neurology 🧠 not medical advice obviously', true),
  X('dr_nadia_md', 'Dr Nadia 💕', 'Internal medicine resident | Chicago -> London | PGY2', true),
  X('OncoConsultantAnon', 'Consultant Oncologist', 'Medical oncology consultant, 20 years. Breast and lung. Tweets my own.', true),
  X('desi_doc_diaries', 'Desi Doc 🇮🇳', 'MBBS, MD (Medicine). Now a clinical fellow in the NHS. IMG life.', true),
  X('ItsJustAStrain', 'Ortho SpR', 'T&O SpR. Yes it is broken. No it is not a sprain.', true),
  FB('tiredpaediatrician', 'Tired', 'Paediatrician', 'Consultant paediatrician sharing honest advice for parents. Not your child\'s doctor.', true),
  FB('gasmanhumour', 'Gas', 'Man', 'Anaesthetist (FRCA). Memes from the head end of the table.', true),
  FB('dr.ade.gp', 'Dr Ade', '', 'Family doctor in Croydon. MBBS (Lagos), MRCGP. Health talks for the Nigerian community.', true),
  LI('surgeon-anon-uk', 'Consultant', 'Surgeon', 'Consultant Colorectal Surgeon | FRCS | NHS and independent practice', true),
  LI('hospital-medic-j', 'J.', 'M.', 'Acute medicine specialty registrar | MRCP(UK)', true),

  // ---- not anonymous doctors ----
  X('sunnyside_gp', 'sunny 🌻', 'i\'m dr. eleanor whitfield, gp partner in norwich. views my own.', false),
  X('DrPO_Murphy', 'Dr P. O\'Murphy', 'Consultant haematologist, Cork and Dublin.', false),
  X('obi_nwosu', 'obi nwosu', 'cardiology registrar. man utd. jollof rice debates.', false),
  X('DrRaoVenkatesh', 'RAO Venkatesh', 'Consultant psychiatrist, Leicester.', false),
  X('NurseKatieRN', 'Katie | Staff Nurse', 'RGN on a cardiac ward. Not a doctor (I keep them alive though).', false),
  X('dr_dre_fan99', 'Dr Dre Stan', 'Compton forever. 2001 is the greatest album ever made.', false),
  X('DrSmileDental', 'Dr Leila', 'Dentist (BDS) | Invisalign | Manchester', false),
  X('ODP_life', 'Jay the ODP', 'Operating department practitioner. I am the one handing the anaesthetist the stuff.', false),
  X('para_mike999', 'Mike 🚑', 'HCPC registered paramedic, North East. Not a doctor, just the one who gets there first.', false),
  FB('drosteo.wirral', 'Dr Tom', 'Osteo', 'Osteopath (DO) in Wirral. Backs, necks and sports injuries. Book online.', false),
  FB('mei.lin.wong.gp', 'Mei Lin', 'Wong', 'GP in Glasgow. MBChB. Mum, baker, runner.', false),
  FB('PatientVoicesMS', 'Patient Voices', 'MS Group', 'Support group for people living with MS and their carers.', false),
  LI('siobhan-nic-aodha', 'Siobhan', 'Nic Aodha', 'Consultant Geriatrician | FRCPI | Dublin', false),
  LI('hassan-el-sayed-phd', 'Hassan', 'El-Sayed', 'PhD researcher in cardiovascular epidemiology | Dr (PhD) | Imperial College London', false),
  LI('bethan-pritchard-jones', 'Bethan', 'Pritchard-Jones', 'ST3 General Surgery | Wales Deanery | MRCS', false),
  LI('bsg-society', 'British Society of', 'Gastroenterology', 'Professional society for gastroenterology and hepatology in the UK.', false),
];
