/**
 * Blind evaluation set 9, written without sight of the detectors' word lists.
 *
 * Emphasis of this ninth set: a realistic MIX, as if sampled from the timelines of
 * twelve different UK and Irish doctors (GP partner, ED registrar, consultant surgeon,
 * aesthetic doctor, psychiatrist, paediatrician, anaesthetist, oncologist, FY2,
 * radiologist, GP with a media profile, sports medicine doctor) over 2012-2025:
 * mostly everyday posts with the occasional problem post, in varied styles
 * (abbreviations, typos, emoji, threads, replies, LinkedIn long-form, Facebook
 * family-and-friends tone). Commercial ties are mostly phrased without the
 * textbook words.
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

const fb: Plat = 'facebook';
const li: Plat = 'linkedin';

// ---------------------------------------------------------------------------
// DEV
// ---------------------------------------------------------------------------

const DEV_PATIENT: BlindPost[] = [
  // patient = true
  PY("Lovely moment in clinic: 94yo lady I've looked after for 11 yrs brought me a tin of shortbread and told me to 'go home at a decent hour'. Bless her 💙 #GPlife"),
  PY("1/ Long one, sorry. Saw a 17yo in resus last night after a 'legal high' at a house party in town. Mum arrived 20 mins later still in her work uniform. I won't forget her face."),
  PY("Incidental of the week: 40s F in for CTPA, no PE but a 3cm adrenal lesion. Pre-contrast 8 HU = lipid-rich adenoma, no f/u needed 👌 #radiology"),
  PY("@sandra_mcg1 so sorry about your dad's wait on the trolley Sandra - I've passed it on to our matron and she'll ring you tomorrow. He's in good hands now x"),
  PY("Whipple this morning on a lovely retired fireman, 7hrs, clear margins on frozen section. His wife sent the team a card before he'd even woken up 🥲"),
  PY("Fresh lips for the gorgeous Chloe today 💋 0.5ml, subtle is always better. Swipe for before/after ➡️"),
  PY("Anyone else have pts who bring lists? Mine this morning had 14 items, typed AND laminated. We got through 3. She's coming back Tues 😅"),
  PY("kid on the ward today asked if I was a real doctor or 'just a pretend one like on telly' 😂 brutal honesty from a 6yo with a broken arm"),
  PY("Tough one today. Chap I've treated since 2016 for his bowel ca - told him there are no more lines of chemo. He asked if he'd make his daughter's wedding in June. I said I hoped so."),
  PY("Great to see our centre-back back on the grass today, 9 wks post hamstring tear. Proud of the graft he's put in 💪 #rehab"),
  PY("Q for #anaesthesia twitter: 28yo, BMI 52, prev failed intubation at another trust, listed for lap chole tmrw. Awake FOI or VL first? Old notes v patchy"),
  PY("Still think about the man on my first ever night as an FY1 who held my hand and said 'you'll be fine, love'. He died 2 hrs later. 4 yrs on, I think of him every night shift."),
  PY("Details changed obvs, but had a young woman in clinic today convinced her voices were coming from the new phone mast. We talked for an hour. She's agreed to try meds. Small wins."),
  PY("Bit of a weird day. A patient I looked after as a junior ten years ago recognised me in Tesco and thanked me for 'saving his leg'. Had a little cry in the car park 😭 This is why we do it.", fb),
  PY("Sorry to post this here but the sweetest thing happened at work. A little girl whose asthma I've been managing for years came in with a drawing of me with a stethoscope 'as big as a snake'. It's going on the fridge!", fb),
  PY("Long shift. Lady came into A&E after falling at the bingo on Cardiff Road, broke her hip, and was more worried about her numbers than her leg 😂 she won £40 by the way", fb),
  PY("Mrs D from the village - you'll all know who I mean - is finally home after her op. I popped round with some soup. Please don't all visit at once, she needs her rest!", fb),
  PY("Can't say much obviously but one of my patients ran the Dublin marathon yesterday, 18 months after finishing chemo. I was at the finish line bawling 🏃‍♀️❤️", fb),
  PY("Replying to everyone asking - yes it was our Ellie's teacher I saw in A&E last night, she's grand, just a nasty sprain, and she said I could tell you all 😊", fb),
  PY("Today I discharged a patient I will never forget. Admitted after an overdose in January, 34 years old, father of two, convinced he had nothing left to offer. Yesterday he told me he'd started an apprenticeship. Recovery is possible. #MentalHealthAwareness", li),
  PY("A reflection from theatre. Last week I operated on a 12-year-old with a perforated appendix who had been sent home twice. Her mother's persistence saved her. Listen to parents. #PatientSafety #Surgery", li),
  PY("Case of the month from our department: a 58-year-old man with back pain whose MRI revealed a spinal epidural abscess, missed on two earlier X-rays. Early cross-sectional imaging matters. (Shared with the patient's permission.)", li),
  PY("Proud moment for our sports medicine team: 14 months after his ACL reconstruction, our academy winger made his first-team debut on Saturday. Huge credit to the physios and S&C staff who were with him every step.", li),
  PY("Last month I had the privilege of caring for a retired nurse in her final days on our oncology ward. She spent them letting our new F1s practise taking bloods on her. I will carry her generosity with me.", li),
  PY("Reflecting on feedback: a patient wrote to our practice manager to say I had 'rushed her' in her 10-minute appointment about menopause symptoms. She was right. Here is what I've changed since.", li),

  // patient = false
  PN("12hr trolley waits aren't 'pressures', they're harm. Every one of those patients is someone's nan. Fund social care. #NHSCrisis"),
  PN("Patience is a virtue they said. Clearly never met the Saturday night taxi rank outside ED 😤"),
  PN("SBA of the day 🧠 A 64-year-old man presents with painless jaundice and weight loss. Palpable gallbladder. Most likely dx? A) gallstones B) pancreatic head ca C) hep A D) PBC #MRCS"),
  PN("Day 3 of the strike. Picket at the main entrance from 8. Bring flasks, we've got bacon rolls. Emergency cover fully staffed - nobody is abandoning anyone. #PayRestoration"),
  PN("Our re-audit: VTE assessment within 14h of admission went from 61% to 89% (n=212) after the new e-form. Small changes work. Poster at the regional meeting Fri"),
  PN("Rota's out. 7 nights over Christmas. Sorry kids, Santa's doing a long day too 🎅"),
  PN("PSA: if your child's rash doesn't fade under a glass, don't wait for a callback. Call 999 or go straight to A&E. #Meningitis"),
  PN("PASSED FRCA FINAL!!!! 6 years of exams done. Never again. Going to sleep for a week 🎉"),
  PN("Had my own colonoscopy this morning. Can confirm the prep is as grim as patients say. All clear, thankfully. Do your screening kit when it lands, folks."),
  PN("Best thing about radiology: you can eat lunch at your desk without anyone needing you urgently. Worst thing: everyone needs you urgently."),
  PN("Teaching the F1s how to break bad news today. Role play with an actor. Most useful session of the year imo #MedEd"),
  PN("Dad's home after his bypass. Whoever the nurse on CCU was who made him laugh on Tuesday night - thank you. Seeing the other side of the bed is humbling."),
  PN("Hypothetical for the trainees: you're the only anaesthetist on site, obstetric crash call and a ruptured AAA arrive at the same time. Talk me through your priorities 👇"),
  PN("Patients don't read the BNF. They read TikTok. If we're not there, the wellness grifters will be."),
  PN("Simulated case in tmrw's paeds sim: 'Baby Jack', 4 months, floppy + pale. He's a £40k mannequin and he's been through a LOT 😅 #SimEd"),
  PN("Reminder that 1 in 4 of us will have a mental health problem this year. That includes doctors. Talk to someone. #TimeToTalk"),
  PN("The 4-hour target has been missed every single month since July 2015. That's not a blip. That's policy."),
  PN("Thank you all for the birthday wishes! 40 and still getting ID'd at the pub (not really). Dinner with the girls, cake by Aoife, perfect day ❤️", fb),
  PN("Bruno had his jabs today. Did not take it well. Very dramatic for a labrador 🐶💉", fb),
  PN("Getting loads of messages about the flu jab. Yes, if you're over 65 or have a long-term condition you're eligible - ring your GP surgery or any pharmacy. I can't give individual advice on here though!", fb),
  PN("Last night shift of the block done. Home to see the kids off to school then bed. If anyone needs me I'll be unconscious until Thursday 😴", fb),
  PN("Mum's recovering well from her knee replacement. Thanks to everyone who sent cards. She's already bossing the physio around so she's definitely back to normal.", fb),
  PN("So proud of our James who got his Leaving Cert results - medicine in UCD here he comes! God help him 😂🩺", fb),
  PN("Ran the Great North Run for the hospice that looked after Grandad. Raised £1,240 - thank you all so much!", fb),
  PN("My back is in bits after 6 hrs stooped over the table yesterday. Surgeons need ergonomics training too. Off to the osteo tomorrow.", fb),
  PN("Anyone in the Naas area know a good piano teacher for a 9yo? Asking for a very loud child.", fb),
  PN("Delighted to share that our department's audit of Sepsis Six compliance across 420 admissions has been accepted for oral presentation at the RCEM Annual Scientific Conference. Huge thanks to the team. #QualityImprovement", li),
  PN("Thoughts on the new GP contract: 1. Core funding uplift below inflation. 2. ARRS flexibility welcome but no substitute for GPs. 3. Continuity of care barely mentioned. Our patients deserve better than this. Longer post below.", li),
  PN("I'm pleased to announce I've been appointed Foundation Training Programme Director for the North West. Looking forward to supporting the next generation of doctors.", li),
  PN("Our paediatric ED saw 38% more attendances this winter than last, driven mostly by RSV and flu. What worked: streaming at the front door, a dedicated respiratory area, and staff who went above and beyond.", li),
  PN("Composite case for teaching (not a real patient): a 72-year-old on apixaban falls and hits her head. CT shows a small acute subdural. What are your next steps? Discussion in the comments for our trainee group.", li),
  PN("Why I chose psychiatry: because the history is the examination, because recovery is not linear, and because nobody should be defined by their worst day. #ChoosePsychiatry", li),
  PN("Burnout is not a personal failing. Since my own time off with depression in 2019 I've become an advocate for doctors' wellbeing. If you are struggling, NHS Practitioner Health is confidential and free.", li),
  PN("Excited to be teaching on the Royal College of Radiologists' new chest X-ray e-learning module for GPs. Free for all NHS staff.", li),
  PN("Three years as a GP partner: workload has doubled, our list has grown by 2,000 and we've lost two partners. But our patients are loyal, kind and patient with us. We owe them better access.", li),
];

const DEV_INTEREST: BlindPost[] = [
  // interest = true
  IY("Skin feels unreal after a week of the new Obagi routine they sent over 😍 honestly the vit C serum is a game changer. Stocking it at the clinic now if you want to try ✨"),
  IY("Brilliant few days in Barcelona with the team from Novartis. Great science, better tapas 🥘 #ESC2019"),
  IY("New clinic open!! Skin & injectables in Ranelagh, all consults with me personally. First 20 bookings get 20% off – just DM 💉✨"),
  IY("Been wearing my @ouraring for 3 months and finally my sleep on nights is trackable. If you want one grab it through the link in my bio 👇 (helps keep the lights on round here 😉)"),
  IY("Cheers @MyproteinUK for keeping the whole squad stocked for preseason 📦 the lads swear by the recovery blend 💪"),
  IY("Filming a little something with @Boots_UK this week for their winter health campaign 🎬 keep your eyes peeled for me on the telly!"),
  IY("Struggling to sleep? Try the @calm app - I've been working with them on their new doctor-led series and it's genuinely good. 30 days free via the link 😴"),
  IY("Just back from a cracking cadaveric course in Hamburg hosted by Stryker. Flights, hotel and a very good dinner 🍽 Learned loads about the Mako robot 🤖"),
  IY("Quick one: the handheld probe I use for blocks is the Butterfly iQ+, and I've got a link that knocks a bit off if you DM me 🙂"),
  IY("The @joinZOE test genuinely changed how I eat. Use DOC50 at checkout 🥗"),
  IY("Chuffed to be joining the clinical team at @Numan - helping more men get the care they need 💙"),
  IY("Our start-up's lung nodule AI just got its UKCA mark!! Trusts, drop me a line if you want a demo 🚀"),
  IY("Huge thanks to @MerckUK for the lovely evening at the Shard after the oncology update. Those views 😍"),
  IY("Hi all! As some of you know I've started doing Botox and fillers at weekends at the Glow Rooms in Swords. Mention this post for €30 off your first treatment 💕", fb),
  IY("Been asked loads where I get my vitamins - it's Wellwoman from Vitabiotics, they kindly send me a supply every few months and I swear by them 🙌", fb),
  IY("Off to Lisbon for the weekend courtesy of a drug company conference 😂 not complaining!! Hotel has a rooftop pool 🏊‍♀️", fb),
  IY("Big news!! I'm now a partner in a new private GP clinic in Harrogate - same-day appointments, 30 minute slots. Please share! 🙏 Booking link below", fb),
  IY("Anyone interested in the Forever Living aloe drinks message me - I'm a distributor now and as a doctor I can honestly say they've done wonders for my gut!", fb),
  IY("The physio clinic I do Saturdays with is running a free MSK check day in Clontarf this weekend - come along and mention my name 😊", fb),
  IY("Thrilled to announce I've joined the Scientific Advisory Board of NeuroVita, a digital therapeutics company transforming how we treat insomnia. Looking forward to shaping the future of mental healthcare!", li),
  IY("Great to be back at ASCO with the Roche team this year. Exciting data on the bispecifics. Thank you for a fantastic few days in Chicago!", li),
  IY("After 15 years in the NHS, I'm proud to launch my own practice, Thornbury Knee & Sports Clinic. Appointments available now, self-pay and all major insurers. Please share with anyone who might need us.", li),
  IY("Honoured to have delivered the keynote at Galderma's Aesthetic Summit in Monaco. Such a well-run event and superb hospitality from the Galderma team.", li),
  IY("Really enjoyed working with the team at Babylon on their new triage pathways over the past six months. Exciting times for digital health - can't wait to see what comes next!", li),
  IY("If your trust is looking at video laryngoscopy, I've used the McGrath MAC for years and recently helped Medtronic design their airway training day. Happy to connect you with their team.", li),

  // interest = false
  IN("MHRA recall: certain batches of Emerade 300mcg pens may fail to activate. Check your pens and speak to your pharmacist. #anaphylaxis"),
  IN("NICE has approved tirzepatide for weight management on the NHS. Access via specialist services first. Expect a lot of questions at reception next week."),
  IN("Disclosure: I've received speaker fees from AstraZeneca. Slides from today's talk on SGLT2i in heart failure here 👇"),
  IN("Pharma funding of patient charities should be published in full, every year, no exceptions. Transparency isn't optional."),
  IN("Journal club tonight: the DANISH trial. Bring snacks and opinions. 19:00, seminar room 2."),
  IN("We're hiring! Salaried GP, 6 sessions, lovely team in north Leeds, no weekends. DM me for an informal chat."),
  IN("Ketamine for paeds procedural sedation is still one of the most satisfying things we do in ED. Fast, safe, well tolerated when you follow the checklist."),
  IN("Anyone else find the new Philips monitors in resus baffling? Who designed this alarm menu?? 🙃"),
  IN("#ad – paid partnership with @simplyhealthUK. Their cash plan covers physio and dental, worth a look if your employer offers it."),
  IN("Not sponsored, I just genuinely love my Littmann Cardiology IV. 11 years old and still perfect."),
  IN("Free pizza from Domino's for the night shift tonight, absolute legends 🍕 thank you!"),
  IN("Homeopathy has no place in the NHS and I'm glad NHS England stopped funding it. Any pharmacy still selling it should be embarrassed."),
  IN("The Purdue settlement tells you everything about how opioids were marketed in the 90s. Read 'Empire of Pain'."),
  IN("Semaglutide shortage update: diabetes patients first. Please don't ask us to prescribe Ozempic off-label for weight loss."),
  IN("COI: I hold shares in Lumend, a radiology AI company. With that said, here's my honest take on the new NHS AI diagnostic fund 🧵"),
  IN("Excellent talk today on NHS App integration with GP records. Finally!"),
  IN("The Apple Watch AF study is interesting but the PPV in under-40s is rubbish. Don't panic if yours pings."),
  IN("Reminder: the practice is closed Friday afternoon for staff training. For anything urgent ring 111.", fb),
  IN("Hospital charity ball was a triumph - £18k raised for the new paediatric sensory room 🎉 Thank you to everyone who bought tickets!", fb),
  IN("Anyone recommend a good pharmacy in Ennis that does blister packs? For my aunt 😊", fb),
  IN("New kitchen finally done! Thanks to Mark at Ballina Joinery - highly recommend.", fb),
  IN("Full disclosure as people keep asking - yes, Vitality pay me for the talks I do for their members. Doesn't change what I say: move more, sleep more, drink less 😄", fb),
  IN("The Boots near us has stopped doing walk-in flu jabs, you have to book online now. Just FYI.", fb),
  IN("Our Liam's team got new kit sponsored by the local Centra - thanks lads! ⚽", fb),
  IN("Just a heads up there's a recall on some batches of children's paracetamol sachets - check the batch number on the MHRA site if you've a box in the press.", fb),
  IN("Free NHS Health Checks at the community centre on Saturday for 40-74s. Nothing to sell, just blood pressure and cholesterol 👍", fb),
  IN("Disclosure: this post is part of a paid partnership with Pfizer UK. Our podcast episode on RSV vaccination in older adults is now live.", li),
  IN("The NHS Long Term Workforce Plan is a welcome start but it won't fix retention. Here are five things that would keep me and my colleagues in the NHS.", li),
  IN("We're recruiting: Consultant Anaesthetist with an obstetric interest, 10 PAs, Royal Berkshire. Get in touch for an informal visit.", li),
  IN("Interesting to see GSK's RSV vaccine approved by the MHRA. Implementation through general practice will be the real test.", li),
  IN("Declaration of interests: I am a paid consultant to Smith+Nephew and receive royalties for an implant design. These are listed on my hospital profile. Today's talk on revision knee surgery is below.", li),
  IN("Proud that our trust is the first in the region to roll out electronic prescribing on every ward. Thank you to our pharmacy and IT colleagues.", li),
  IN("Journal club summary: the RECOVERY trial's dexamethasone arm remains one of the most important pragmatic trials of the decade. Full notes below for our trainees.", li),
  IN("My concerns about the rapid growth of unregulated aesthetics clinics: no minimum training, no register, and patients left to pick up the pieces. We need licensing now.", li),
  IN("Attended an excellent free BMJ webinar on AI in clinical documentation. No affiliations, just recommending.", li),
];

export const BLIND9_DEV_POSTS: BlindPost[] = [...DEV_PATIENT, ...DEV_INTEREST];

export const BLIND9_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('GasDocNorth', 'Gas Doc 💤', 'Anaesthetics reg in the NW. Tubes, blocks, tea. Views mine. #FOAMed', true),
  X('tiredFY2', 'FY2 doing my best', 'Foundation doctor somewhere in Wales. Night shift survivor.', true),
  X('ScanMan_Rad', 'ScanMan', 'Consultant radiologist. I look at shadows for a living. Not medical advice.', true),
  FB('drjo.gp', 'Dr', 'Jo', 'GP partner, mum of 3, parkrun addict', true),
  LI('aesthetic-doc-dublin', 'Aesthetic', 'Doctor', 'Medical Director | MB BCh BAO | Injectables & skin health | Dublin', true),
  X('psych_reg_ire', 'Psych Reg 🇮🇪', 'Psychiatry registrar in Cork. Mental health matters. Personal account.', true),
  X('TheSurgeonSays', 'The Surgeon Says', 'Consultant colorectal surgeon, FRCS. Cutting remarks only.', true),
  FB('paeds.doc.sarah', 'Sarah', '', 'Paediatric consultant 👶 NHS', true),
  X('OncDocAnon', 'Dr K', 'Medical oncologist | GMC registered | cancer care, evidence & burnout', true),
  LI('m-r-sem', 'M.', 'R.', 'Sport & Exercise Medicine Consultant | FFSEM | Team doctor', true),
  // named doctors
  X('DrAoifeByrne', 'Dr Aoife Byrne', "GP in Galway. MICGP. Talks women's health on RTÉ radio.", false),
  X('rajpatel_ed', 'Raj Patel', 'Emergency medicine registrar, ST5, London. #FOAMed', false),
  LI('olumide-adeyemi', 'Olumide', 'Adeyemi', 'Consultant Medical Oncologist | NHS Foundation Trust | Early-phase trials', false),
  FB('ciaran.osullivan.12', 'Ciarán', "O'Sullivan", 'Consultant anaesthetist, Cork University Hospital', false),
  X('profhelenmarsh', 'Prof Helen Marsh FRCR', 'Breast radiologist. Screening, AI, and too much coffee.', false),
  LI('tom-whitfield-hughes', 'Tom', 'Whitfield-Hughes', 'Foundation Year 2 Doctor | Aspiring GP', false),
  X('DrNickSmithTV', 'Dr Nick (Nicholas Smith)', "GP, broadcaster, author of 'Your Body Explained'.", false),
  // not doctors
  X('NurseKezza', 'Kerry RN 💉', 'ED nurse, 12 yrs. Views mine.', false),
  X('toothdoc_leeds', 'The Tooth Doc', 'Dentist in Leeds. Smiles are my business. GDC reg.', false),
  FB('priya.pharm', 'Priya', '', 'Pharmacist 💊 Birmingham', false),
  X('VetLifeEmma', 'Emma the vet', 'Farm animal vet, Cumbria. MRCVS.', false),
  LI('gareth-biomed', 'Gareth', '', 'Dr (PhD) | Senior Lecturer in Biomedical Sciences', false),
  X('physio_dan', 'Dan | Physio', 'MSK physiotherapist. HCPC registered.', false),
  X('med_student_mo', 'Mo 🩺', '3rd year medical student @ Edinburgh. Future GP?', false),
  FB('linda.murray.58', 'Linda', 'Murray', 'Retired teacher, proud gran', false),
];

// ---------------------------------------------------------------------------
// TEST
// ---------------------------------------------------------------------------

const TEST_PATIENT: BlindPost[] = [
  // patient = true
  PY("Wee man in clinic today with his first ever inhaler insisted on naming the spacer 'Darth Vader'. Technique: perfect. Compliance: guaranteed 😂"),
  PY("3/ The bit nobody tells you: the lady from last month's bypass rang the ward to ask if the night reg had got home safe after his shift. She was worried about HIM."),
  PY("@gerry_flan71 Gerry, glad the wound's settling. Keep the dressing dry and we'll see you in clinic on the 14th as planned 👍"),
  PY("CXR this AM on a smoker in his 60s: RUL collapse with a Golden S sign. Textbook. Straight to the lung MDT 📸"),
  PY("Thought I'd seen it all, then a 22yo rocked up at 3am with a TV remote... nope, not saying where. ED never disappoints 🙃"),
  PY("Before & after on my lovely client Sophie - tear trough + cheeks, 2 wks post. She's thrilled and so am I 🥹✨"),
  PY("Q for the psych hive mind: pt on clozapine, ANC borderline amber x3, insists on continuing as it's the only thing that's ever worked. Options besides stopping? Anonymised obvs"),
  PY("The consultant said, on the ward round, in front of everyone, that Mr H in bed 12 'wasn't worth another scan'. I'm only an FY2 but I still think about it. He had a name. He had a family."),
  PY("Sat with a mum for an hour today while we went through her son's scan. Tumour shrunk by half. Best hour of my week."),
  PY("Pitchside today: winger went down after a clash of heads, failed his HIA, off he came. Absolutely furious with me. That's the job. #ConcussionIsSerious"),
  PY("A patient knitted me a scarf in the hospital colours. Six months of chemo and she spent it making something for me. I'm not crying, you are."),
  PY("The family of the lad who died in our ED on Saturday have started a fundraiser. I won't link it here but I've donated. Still thinking about him."),
  PY("Spinal for a 98yo NOF this morning, she sang Vera Lynn the whole way through. Best list of the year 🎶"),
  PY("Had the loveliest card today from a family I looked after last winter when their little one was in PICU. She's starting school in September! 🎒❤️", fb),
  PY("Funny one from work: fella came into the surgery today and asked could I 'do him a sick note for the Ireland match'. I said no. He said 'worth a try doc'. Fair play 😂", fb),
  PY("Emotional day. Sang at the funeral of a patient I'd known for 20 years, at his family's request. Bertie, you were one of a kind. RIP.", fb),
  PY("Replying to the messages - yes I'll look at your mam's bloods when I'm in on Monday Deirdre, don't worry, and I'll ring her myself x", fb),
  PY("Saw a young fella at the practice today who I delivered as a baby back when I was an obs SHO. Now he's 6ft 4 and doing his Junior Cert. Makes me feel ancient!", fb),
  PY("One of my patients has asked me to share her JustGiving page - she's doing the Belfast half after her mastectomy last year. Please give if you can 💗", fb),
  PY("I want to share a lesson from a case that has stayed with me. A 40-year-old teacher presented with headaches three times before we scanned her. The glioblastoma was already advanced. I now have a much lower threshold for imaging, and I talk about her with every trainee.", li),
  PY("On Friday a young man I first met in the crisis team four years ago sent me a photo from his graduation. He gave me permission to share this: 'Tell the next person it gets better.' It does.", li),
  PY("Case report accepted! A rare presentation of Kikuchi disease in a 15-year-old girl from rural Wales. Congratulations to our F2 who led the write-up.", li),
  PY("A 74-year-old former shipyard worker taught me more about mesothelioma than any textbook. Through his final months he insisted I bring students to his bedside. Today I attended his funeral. #Oncology #Gratitude", li),
  PY("Last week a client came to our aesthetics clinic asking me to dissolve filler she'd had done elsewhere. Vascular occlusion, 48 hours untreated. We saved the tissue - just. This is why regulation matters.", li),
  PY("On a recent on-call I anaesthetised a 3-day-old with a tracheo-oesophageal fistula. Watching the surgical, neonatal and nursing teams work together was a reminder of what the NHS does best.", li),

  // patient = false
  PN("Waiting list at our trust: 8,400 people for a first outpatient appt. That's a small town. Those are our patients, waiting."),
  PN("PSA for parents: fever in a baby under 3 months = same-day medical review. Every time. No exceptions."),
  PN("Me, running 40 mins late for clinic: 'thanks so much for your patience'. The waiting room: 👁👄👁"),
  PN("Ward round this morning featured our 'patient' Resusci Anne who, sadly, has been in cardiac arrest since 1998. #SimTraining"),
  PN("Mock OSCE station: 34F, 3/7 RIF pain, LMP 6/52 ago. 8 mins. Go. (Fictional, for our med students - answers Friday)"),
  PN("Strike day 2. Consultants covering. Nobody wanted this. Pay restoration isn't greed, it's 26% lost since 2008. #FullPayRestoration"),
  PN("Finally got a day off that wasn't a zero day. Spent it asleep. Living the dream."),
  PN("My audit of CT head in minor trauma: 31% of scans didn't meet NICE criteria (n=300). Presenting at grand round Thurs. Be nice."),
  PN("Broke my wrist falling off the kids' trampoline. Now a very humble patient in my own ED. Waited 4h like everyone else 🙃"),
  PN("Results day. MRCPsych CASC: PASSED!! Off to celebrate with a very large pint 🍺"),
  PN("Patients deserve continuity. GPs deserve time. Neither happens with 40 contacts a day. #SaveGeneralPractice"),
  PN("MRCPCH revision tip: learn the milestones by watching your own kids. Mine is 2 and still won't say 'doctor', only 'dada' and 'no'."),
  PN("Someone told me radiology is 'just looking at pictures'. Correct. And pilots just sit down."),
  PN("Thread on the new guidance for IMGs 🧵 1/ It's better than the old version but still misses the point about induction."),
  PN("Our local hospice opened 4 new beds this month. Every area needs this. Please support your local hospice."),
  PN("The anaesthetic gas problem: desflurane has ~2500x the warming potential of CO2. Our dept stopped using it in 2021. Yours?"),
  PN("Went to my daughter's parents' evening as a parent, not a doctor. Teachers have it tougher than us tbh."),
  PN("Happy 10th anniversary to my gorgeous husband 💍 Still puts up with the phone going off at dinner.", fb),
  PN("Moving to Galway!! New job starts in August. Going to miss Belfast so much 😢", fb),
  PN("Can anyone recommend a dog walker in Didsbury? On nights all next week and Biscuit will not forgive me.", fb),
  PN("Grandad's 90th today! Still walks to Mass every morning and beats us all at 25 🃏", fb),
  PN("Posted this last year but worth saying again: please get your smear done. I'm a doctor and I still put mine off for 2 years. Don't be me.", fb),
  PN("Bake sale at the hospital on Friday for the children's ward. All welcome! 🍰", fb),
  PN("So the rota has me working Christmas Day AND New Year's Eve. Dinner at ours on the 27th instead, everyone 🎄", fb),
  PN("Thanks for all the kind messages after my surgery. Gallbladder gone, feeling grand, eating chips again 🍟", fb),
  PN("Reminder that my inbox here is for friends and family, not medical advice! Please contact your own GP. Love you all though 😘", fb),
  PN("Delighted to have passed FRCR 2B. Three years of hard work and many evenings away from family. Thank you to my trainers in Leeds.", li),
  PN("Our QI project cut time-to-antibiotics in suspected neutropenic sepsis from 94 to 41 minutes across 180 episodes. Presented at the UKONS conference this week.", li),
  PN("An open letter to the Secretary of State: emergency medicine is on its knees. Corridor care is now normal. Patients are dying in the backs of ambulances. We need beds, staff and social care.", li),
  PN("Teaching session for our foundation doctors today: ABCDE in the deteriorating patient, using a fictional scenario built around a common presentation. Feedback was excellent.", li),
  PN("Why consultant job plans need SPA time: research, teaching, audit, governance. None of it happens in the cracks.", li),
  PN("Celebrating 25 years as a GP in Ballymena this month. Thank you to my partners, our staff and the community who have trusted us with their health.", li),
  PN("Mental health in sport: athletes are not immune. Our club's new guidance on referral pathways is attached, developed with the PFA.", li),
  PN("I was diagnosed with breast cancer in 2022. As an oncologist, being on the other side of the consultation taught me more than 20 years of practice. A few reflections.", li),
  PN("Shortlisted for Trainer of the Year at the regional education awards. Humbled.", li),
];

const TEST_INTEREST: BlindPost[] = [
  // interest = true
  IY("My nightly wind-down: 2 caps of @TogetherHealth magnesium + no phone after 10. The lovely folk there sent me a bundle to try and I'm hooked 😴"),
  IY("Loved presenting at the Lilly obesity roadshow in Manchester today 🙌 great crowd, amazing lunch. Mounjaro is changing lives."),
  IY("Back in my chair at @SkinDeepClinicMCR Thursdays & Saturdays! Baby Botox from £180 this month only 💉 link in bio"),
  IY("Everyone asking which massage gun I use: it's the @Therabody Pro, they kindly sorted the whole squad out for preseason 💪"),
  IY("Been quietly helping @LiviUK build their new menopause pathway for the last few months. Launches tomorrow and it's brilliant - book in! 💜"),
  IY("Chuffed to be heading to Vienna for Euroanaesthesia with the good folk at Baxter 🇦🇹 see you all at the Heuriger 🍷"),
  IY("What I eat before a 12h shift? Protein oats with @bulk whey. Pop DRMIKE in at checkout and you'll get a quarter off 😉"),
  IY("Skincare I use on my own face every day: @LaRochePosayUK Anthelios + @CeraVe. Their team sent over the new range this week and it's 🔥"),
  IY("Finally, a CGM that doesn't fall off in the shower. @DexcomUK gave me a G7 to trial for a fortnight and I'm converted. Every T1 deserves one."),
  IY("Our new sports injury clinic at the Aviva opens Monday. Same-week MRI, direct access to me, self-pay or insured. Spread the word 🏉"),
  IY("Massive thanks to @AbbVie for dinner after the psoriasis masterclass last night. Quality evening 🍷"),
  IY("Check out the app my mate and I built - Sleepwise. CBT-i in your pocket, evidence-based. £4.99/month, first week on us 😴📱"),
  IY("Dropping into @Holland_Barrett on Oxford St tomorrow 12-2 to chat gut health and their new probiotic range. Come say hi! 🦠"),
  IY("So excited to tell you all I'm now an ambassador for Abbott's FreeStyle Libre 💙 they've been so good to me. Go check out their page!", fb),
  IY("Hi everyone, I'm now doing private consultations on Saturday mornings at the Beacon - if anyone needs a quick appointment just message me and I'll sort you out 😊", fb),
  IY("Had the best weekend at Gleneagles with the Bayer team after their training day! Spa, golf, the lot ⛳️ Work perks 😂", fb),
  IY("Girls, I've been taking the Perfectil hair tablets for 2 months and my hair has never been thicker. They send me a box every month and I'd recommend them to anyone!", fb),
  IY("Doing a Facebook Live tonight at 8 with the team from Kinetik Wellbeing on their new blood pressure monitors - everyone who follows me gets free delivery! 💙", fb),
  IY("Just started with a lovely private clinic in Sandyford doing weight-loss consultations. Message me if you want the details ladies 💪", fb),
  IY("I'm delighted to share that I've been appointed Chief Medical Officer at Kindred Health, a digital platform for menopause care. Can't wait to help more women access the support they deserve.", li),
  IY("Great day at the Intuitive Surgical training centre in Aubagne. The team looked after us brilliantly, and I'm more convinced than ever that a da Vinci Xi belongs in every DGH.", li),
  IY("Honoured to have been part of the expert group that helped Novo Nordisk shape its new obesity education programme for primary care. Proud of what we built together.", li),
  IY("If your radiology department is exploring AI triage for CT heads, I'd highly recommend speaking to the team at Qure.ai. I've been working closely with them for the past year and the results are remarkable.", li),
  IY("Just back from a fantastic educational trip to Seoul with Hugel to see their toxin facilities. Letybo is now available at my clinics in Cheshire - book a consultation today.", li),
  IY("Excited to share my new online course, 'Thrive on Shift', with wellbeing tools for healthcare professionals, produced in collaboration with Headspace. Enrol via the link.", li),

  // interest = false
  IN("Valproate: new MHRA rules apply to men too now. Make sure your practice has run the search. #PatientSafety"),
  IN("Yet another 'miracle' supplement ad on my feed using a stock photo of a 'doctor'. Report them, folks."),
  IN("Disclosure: Lilly paid my travel to speak at this meeting. Slides and references below, all opinions my own."),
  IN("Sick of pharma reps in the mess. Our dept banned sponsored lunches in 2019 and nobody has died of hunger."),
  IN("Our ED is recruiting 3 ACPs. Great team, rubbish car park. Link to NHS Jobs in bio."),
  IN("Dexamethasone in croup: one dose, cheap as chips, works. Still amazed it costs pennies."),
  IN("The FDA's accelerated approval of aducanumab was a low point. Glad the EMA said no."),
  IN("#ad Paid partnership with @VitalityUK - if you've got their cover you can claim back your parkrun kit. Genuinely useful."),
  IN("Great to see NHS Health Checks now available in community pharmacies across our ICB."),
  IN("Whose trust has Cerner and hates it? Asking for 4,000 colleagues."),
  IN("Not an ad, no freebies: the best £12 I ever spent as a junior was a pocket ECG book."),
  IN("Local Chinese takeaway dropped 20 portions of chips to the ward tonight for free. Heroes 🥡"),
  IN("Interesting data from Dexcom on time-in-range in T2. Not convinced yet, need an RCT."),
  IN("Went to the Zimmer Biomet stand at BOA to look at the new knees. Nice kit, no freebies taken, sorry reps 😅"),
  IN("Gaviscon before PPIs first line for reflux in pregnancy? Good - it's in the guidance."),
  IN("COI statement: advisory board for Pfizer (2023), speaker fees from Sanofi. Happy to take questions on today's vaccine session 👇"),
  IN("The GMC's guidance on conflicts of interest is worth a reread. Ten minutes well spent."),
  IN("Ryanair cancelled our flight to Malaga for the third time. Never again!!!", fb),
  IN("The hospital's new Costa is open and the queue is out the door. Priorities 😂", fb),
  IN("Paid partnership with Seven Seas - as you know I've always taken cod liver oil and when they asked me to work with them I said yes. #ad", fb),
  IN("Remember the pharmacy on Main St is doing free blood pressure checks on Tuesdays now. Nothing to sell, it's an NHS scheme 👍", fb),
  IN("Huge congrats to Dr Aisling on her new job at the Mater! Delighted for you 🥳", fb),
  IN("Thinking of switching the car to an electric one - any Kia owners out there with opinions?", fb),
  IN("The HSE has extended the free contraception scheme to 35-year-olds. Share with anyone who might need it.", fb),
  IN("My sister-in-law opened her bakery in Mullingar today - go get a scone, they're unreal 🧁", fb),
  IN("Warning: there's a scam text going round pretending to be from the NHS about a Covid booster payment. Don't click!", fb),
  IN("Declaration of interest: I have received honoraria from Galderma and Allergan for training delivery. Today's article on managing filler complications follows.", li),
  IN("Recruiting: Clinical Fellow in Sport & Exercise Medicine, 12 months, University Hospital Limerick. Applications close 30 June.", li),
  IN("A thoughtful piece in the BMJ this week on industry payments to UK doctors via Disclosure UK. Worth a read - and worth checking your own entry.", li),
  IN("The NICE approval of Kadcyla for early breast cancer is welcome. Implementation across the cancer alliances will now be key.", li),
  IN("Our trust has completed the move to a new electronic patient record. Go-live was challenging, but our teams were extraordinary.", li),
  IN("I was fortunate to attend ESMO this year, funded from my study leave budget. Here are my key takeaways on immunotherapy de-escalation.", li),
  IN("Critical reflections on the private GP boom: convenience for some, two-tier care for many. We need a conversation about what general practice is for.", li),
  IN("Full disclosure: I am a co-founder and shareholder of RadFlow Ltd. I'm sharing our peer-reviewed validation study, published today in Clinical Radiology, for transparency and scrutiny.", li),
  IN("Congratulations to the team at Moorfields on their pioneering work on AI-driven retinal screening. Exciting for patients everywhere.", li),
];

export const BLIND9_TEST_POSTS: BlindPost[] = [...TEST_PATIENT, ...TEST_INTEREST];

export const BLIND9_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('EDregatnight', 'ED Reg 🚑', 'StR emergency medicine. Somewhere in the Midlands. RTs ≠ endorsements.', true),
  X('GPpartner_anon', 'Grumpy GP Partner', 'GP partner, 20 years in. General practice, QOF and biscuits.', true),
  FB('doc.niamh.psych', 'Doc', 'Niamh', 'Psychiatrist | Dublin | mum & sea swimmer', true),
  LI('dr-a-ugi', 'Dr', 'A.', 'Consultant Upper GI Surgeon | MD FRCS', true),
  X('skin_and_syringes', 'Skin & Syringes', 'Doctor-led aesthetics. GMC reg. Botox, fillers, skin. 📍Manchester', true),
  X('_paedsdoc', 'paeds doc 🧸', 'Paediatric registrar. Kids are the best patients.', true),
  X('dr_rads_ai', 'Rads & Robots', 'NHS consultant radiologist interested in AI. Own views.', true),
  FB('fiona.onc', 'Fiona', '', 'Consultant oncologist. Runner. Cake.', true),
  X('FY2_lifelogs', 'Foundation Doc', 'FY2 in Belfast. MBBS. Tweeting my way through rotations.', true),
  LI('sports-doc-club', 'Sports', 'Doc', 'MBChB MRCGP DipSEM | Club doctor | Premiership & rugby', true),
  // named doctors
  X('DrSiobhanKeane', 'Dr Siobhán Keane', 'Consultant anaesthetist, Dublin. Airway, ICU, sea swims.', false),
  LI('hamish-macleod-paeds', 'Hamish', 'MacLeod', 'Consultant Paediatrician, NHS Highland', false),
  X('JamesOkoro_MD', 'James Okoro', 'Consultant psychiatrist. Writing about mental health services & policy.', false),
  FB('rachel.goldberg.gp', 'Rachel', 'Goldberg', 'GP in Hackney ❤️', false),
  X('drmeeraiyer', 'Dr Meera Iyer MBBS MRCP', 'Medical oncologist.', false),
  LI('kwame-asante-boateng', 'Kwame', 'Asante-Boateng', 'Aesthetic Physician & Founder, Lumière Clinic', false),
  X('docfrankmedia', 'Dr Frank Hollis (GP)', 'GP & TV doctor. This Morning, BBC Breakfast.', false),
  // not doctors
  X('ParamedicPaul', 'Paul | Paramedic', 'HCPC paramedic, North East. Blue lights & brews.', false),
  X('HarleySt_Chiro', 'Dr Mark (Chiropractor)', 'Doctor of Chiropractic. Back pain specialist. London.', false),
  FB('sinead.midwife', 'Sinéad', '', 'Midwife 💕 Limerick', false),
  LI('alex-turner-onc-sales', 'Alex', 'Turner', 'Pharmaceutical Sales Representative | Oncology', false),
  X('pharmacist_jay', 'Jay the Pharmacist', 'Community pharmacist. Ask me about your meds!', false),
  X('HCA_life', 'HCA life', 'Healthcare assistant on a surgical ward. Chief tea maker.', false),
  FB('dr.orla.vet', 'Dr', 'Orla', 'Veterinary surgeon, small animal practice 🐾', false),
  X('PatientVoiceUK', 'Marcus (patient advocate)', "Living with Crohn's. Campaigning for better IBD care.", false),
];
