/**
 * Blind evaluation set 14, written without sight of the detectors' word lists.
 *
 * Emphasis: undeclared commercial interests slipping into everyday posts in as many
 * phrasings as possible, most of them avoiding the obvious words ("sponsored", "paid",
 * "ad"): ambassadorships, gifted kit and devices, "teamed up with", "they've been so good
 * to me", equity/CMO/advisory-board roles, evening and weekend sessions for private digital
 * GP providers, doctor-led aesthetics and private clinic offers, supplement/skincare/wearable/
 * app promotion, pharma-hosted dinners and flights, affiliate links and discount codes, and
 * the doctor's own book, revision course or app. These are set against strong hard negatives:
 * properly declared ties (Disclosure/COI/#ad/paid partnership/fees received), criticism of
 * influencer doctors, recalls, approvals and news, clinical use of named drugs, NHS services
 * and apps, colleagues' job adverts, journal clubs on industry-funded trials, satire about
 * being "sponsored" by caffeine, and a friend's non-health business. A quarter or so of the
 * posts exercise the patient pass with real-patient anecdotes (some inside commercial
 * chatter) against hypothetical/MCQ/simulated cases, family health, pets and aggregated
 * audit data. Accounts mix anonymous doctors (initials, first names only, nicknames,
 * specialty in-jokes) with named doctors whose name appears only in a handle, and with
 * non-doctor "Dr"s, allied professionals and brands.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND14_DEV_POSTS: BlindPost[] = [
  // ---- interest: undeclared ties, varied phrasing ----
  IY("3 months wearing my @ouraring on and off nights and tbh the sleep staging has changed how I plan my post-nights recovery 😴 DRSAM15 knocks 15% off if you fancy one, link in bio"),
  IY("Big news 🎉 I've joined the clinical advisory board at ZOE! Gut health is where preventative medicine is heading and I can't wait to help shape what comes next. More soon 👀"),
  IY("Spaces left this Saturday at the clinic ✨ anti-wrinkle 3 areas £220, lip filler from £250, skin boosters £180. Doctor-led, I do every single treatment myself and I'm still a practising NHS GP so you're in safe hands 💕 DM or book via the link in our bio x", 'facebook'),
  IY("I'm delighted to share that I've taken an equity stake in NeuroLumen and will be joining as Chief Medical Officer alongside my consultant post.\n\nNeuroLumen's AI triage tool is already live in two private urgent care centres and I genuinely believe it will transform how patients find the right care first time. If your organisation wants to see a demo, my inbox is open.\n\n#HealthTech #AI #Triage #Leadership", 'linkedin'),
  IY("Brilliant evening at Hawksmoor last night courtesy of the AZ team 🥩🍷 great chat about SGLT2s in HFpEF with half the cardiology dept. more of these please"),
  IY("the lovely people at Theragun sent me one after my marathon whinge last month and... wow. my calves are reborn. every MSK clinic in the land should have one tbh"),
  IY("my AM/PM routine as a derm reg 🧴☀️🌙\nAM: Effaclar cleanser, vit C serum, SPF50\nPM: Medik8 crystal retinal 6 (code DERMDOC10 still works for a bit!!)\nsaved you a consult 😉", 'facebook'),
  IY("new on the blog: the 5 supplements I actually take as a GP and why — spoiler, Wellwoman 50+ is one of them and yes it's worth the money 👉 bit.ly/gp-supps-5"),
  IY("Doing a couple of evening sessions a week for @LIVIuk now alongside my practice job 🙌 so if you need a GP at 9pm on a Sunday you might get my face. Download the app and give it a go, genuinely slick"),
  IY("It's here!! 📚 My first book, The Menopause Reset, comes out on Thursday and I could actually cry. Everything I wish my patients knew, in one place. It's £12.99 on Amazon and pre-orders really help a first-time author so please share 💜 link in comments", 'facebook'),
  IY("Officially a @fitbit Health Ambassador for 2025 🙌🏽 expect a lot of step-count content and me failing to close my rings on nights"),
  IY("PACES in 6 weeks 🩺 next cohort of my online course starts 8 Jan. Small groups, real examiners, 91% pass rate last diet. Early bird £349 till Friday, use PACES20 👇"),
  IY("Really enjoyed speaking at the obesity masterclass Novo Nordisk hosted in Manchester yesterday. Brilliant to see so much appetite (pun intended) across primary care for getting GLP-1 prescribing right. Thanks to their team for the invite and for looking after us so well.\n\n#Obesity #PrimaryCare #GLP1", 'linkedin'),
  IY("collab alert 🚨 I've teamed up with @Huel to unpack what 'nutritionally complete' actually means for busy shift workers. first video drops tmrw, stay tuned 👀"),
  IY("Anyone in Cheshire after a private menopause consultation — I now run Saturday clinics at the Spire in Cheshire 😊 no GP referral needed, 45 min appointments, message me for prices x", 'facebook'),
  IY("@Littmann only went and sent me the new Cardiology IV in black rainbow 😍😍 the murmurs I will hear with this. FY1 me would have died"),
  IY("Three years ago I co-founded SkinSnap in my spare room between on-calls. This week we passed 200,000 mole checks.\n\nEvery early melanoma we help catch is someone's parent, partner, child. If you haven't checked your skin this summer, SkinSnap is free on iOS and Android (premium reports £4.99). I'd love you to try it.\n\n#Dermatology #Startup #EarlyDiagnosis", 'linkedin'),
  IY("Sunday reset: bloods done at home with the @thrivalabs kit they sent over for me to try 🙏 vit D low AGAIN, ferritin fine. so easy, 10/10 would finger prick again"),
  IY("Evening all, quick one. The weight loss clinic I work with in Leeds has a few January slots left — Mounjaro with monthly doctor reviews, £199/month all in. Honestly life changing for some of my patients. Link in comments 👇", 'facebook'),
  IY("Pleased to have been asked onto the Medical Advisory Panel for Bayer's new women's health programme. Contraception access in the UK is about to get a lot better."),
  IY("not me doing a whole ward round fuelled by @myprotein clear whey and still feeling human at 2pm 💪 they've looked after me so well this year. link's in my highlights if you want the starter bundle 👀"),
  // ---- interest: hard negatives ----
  IN("#ad | Paid partnership with @BootsUK. Hay fever season is here 🌼 my top tips as a GP: start your nasal steroid 2 weeks BEFORE symptoms, use it properly (look down, aim out), and antihistamines are fine alongside."),
  IN("COI: I've had speaker fees from Lilly and Novo Nordisk in the last 3 yrs. With that on the table, here's my honest take on tirzepatide vs semaglutide in primary care 🧵1/9"),
  IN("Influencer doctors flogging collagen gummies with a 'DRLISA20' code should be getting a GMC letter, not a blue tick. Para 19 of the social media guidance exists for a reason."),
  IN("⚠️ MHRA recall: certain batches of Emerade 300mcg adrenaline pens. If your patients carry them, check lot numbers and make sure they have a replacement before returning. Link 👇"),
  IN("Apixaban dose reduction = 2 of 3: age ≥80, weight ≤60kg, creatinine ≥133. Not eGFR. Still seeing this wrong on discharge letters every week 🙃"),
  IN("The NHS App lets you order repeat prescriptions, see your GP record and manage hospital appointments now. If you haven't downloaded it, do — genuinely useful, and it saves our receptionists a LOT of calls"),
  IN("My practice in south Bristol is hiring a salaried GP, 6 sessions, BMA model contract, brilliant team, no weekends. DM me or email the practice manager. RTs appreciated 🙏"),
  IN("if you're anywhere near Didsbury go to my mate Jess's new bakery on Burton Road. the cardamom buns 🤤🤤 (she's not a pharma company so I'm allowed to say this 😂)"),
  IN("Journal club Thursday 12:30, seminar room 2: SELECT (semaglutide and CV outcomes in non-diabetics, NEJM). Industry funded, industry-written stats plan — lots to pick apart. Sandwiches from the dept budget, not a rep."),
  IN("NICE recommends tirzepatide for weight management in primary care. Rollout over 12 years. With what workforce is anyone's guess."),
  IN("Full transparency: Theragun sent me this for free, I'm not being paid and there's no obligation to post. Honest review after 4 weeks: great for calves, pointless for my back, and too loud for a flat share.", 'facebook'),
  IN("Remember when pharma reps bought the whole practice lunch every Tuesday? Shocked the trainees didn't believe me. Glad it's gone tbh."),
  IN("Declaration of interests: I'm a paid clinical adviser to a private online GP service (details on my profile).\n\nWith that said — I want to talk about why remote consulting is neither the villain nor the saviour it's made out to be, and what three years of doing both has taught me about continuity.", 'linkedin'),
  IN("Finally bought myself an Apple Watch in the Black Friday sale (own money, sadly). Does anyone actually use the ECG feature? Feels weird wearing a cardiology gadget as a cardiologist 😅"),
  IN("the only thing sponsoring this night shift is a Tesco meal deal and pure spite"),
  IN("Our NIHR-funded trial of community-led falls prevention is recruiting in Cumbria and Lancashire. If you're 70+ and live at home, info via the link — would love GP colleagues to share in waiting rooms."),
  IN("Reading @DrRachelClarke's new book on the train and openly weeping. Just buy it."),
  IN("Disclosure: I'm an unpaid adviser to a mole-checking app. I'm not going to name it here because this isn't about them — it's about why every AI skin tool needs independent, prospective validation before we let patients rely on it.", 'linkedin'),
  IN("Anyone else's trust just mandated a new e-learning module on medical gases that takes 3 hours and has a 40-question quiz? asking for my sanity"),
  IN("Lovely to see so many of you at the RCGP conference this week. The continuity-of-care sessions were standing room only, which tells you everything."),
  // ---- patient ----
  PY("Lady in her 80s brought me homemade flapjack in clinic today because I 'actually listened'. Made my whole week 🥹"),
  PY("17 yr old lad into resus last night after a moped crash on the A38. He'll keep the leg. Wear a proper helmet, please, it's not optional"),
  PY("Had a really tough shift. We lost a young mum this afternoon. Can't share details, obviously, but please hug your kids tonight 💔", 'facebook'),
  PY("A patient of mine (details changed) taught me something about dignity this week.\n\nHe was a retired bus driver, fiercely independent, and when I offered help dressing after his stroke he said: 'Let me be slow. Don't make me be helpless.'\n\nI've thought about that every day since.", 'linkedin'),
  PY("@sarah_kelly84 so sorry your dad's still waiting on a bed. DM me the ward and I'll find out who's looking after him today"),
  PY("Patient asked me today if the Zoe app could replace her statin. Gently said no. Then she showed me the £300 she'd already spent on it 😩"),
  PY("Mr T in bay 4 has told me a new Navy story every night of my set of nights. He goes home tomorrow and honestly I'll miss him"),
  PY("Diagnosed scurvy today. In 2024. In Croydon. Cost of living crisis isn't an abstraction"),
  PY("Can't say much but the little one who was with us on PICU for 3 weeks went home today and her mum dropped flowers in for the nurses 💐 this job sometimes", 'facebook'),
  // ---- patient: hard negatives ----
  PN("Hypothetical for the students 🧠 64M, crushing central chest pain, ST elevation in II, III, aVF, BP 84/50. What's your next step, and what do you NOT give?"),
  PN("Dad had his TAVI at Barts today and he's already complaining about the custard. Very relieved daughter over here ❤️"),
  PN("Our dog Milo had a dental under GA today and the vet bill was more than my GMC fee and BMA subs combined 🐶💸", 'facebook'),
  PN("Patience is the most underrated clinical skill. Took me about ten years to learn any."),
  PN("Re-audit done ✅ AF patients on aspirin monotherapy: 42% → 6%. Anticoagulated appropriately: 89%. Small practice, big change. Thanks to our amazing pharmacist"),
  PN("SBA of the day: A 34-year-old woman presents with palpitations, weight loss and a smooth, non-tender goitre. TSH <0.01. Most likely diagnosis? A) Toxic MNG B) Graves' C) de Quervain's D) Hashimoto's E) TSHoma"),
  PN("Had my own colonoscopy today. Massive respect to every single patient who has ever done the prep. Never again will I say 'it's just a bit of Moviprep'"),
  PN("Composite case, no real person: a GP with 12 minutes, a patient with 4 problems, a translator on speakerphone and a printer that's jammed. Where do you even start? Thread on prioritising in short consults 👇"),
  PN("Sim session today: SimMan went into VF twice and we 'lost' him once. Debrief was the most useful hour of the week though"),
  PN("If you're on a GLP-1 injection and vomiting so much you can't keep fluids down, stop the next dose and get seen. Dehydration + AKI is a real risk."),
  PN("Rota for August out 3 weeks late. Again. Wedding season, anyone? No? Cool cool cool."),
];

export const BLIND14_TEST_POSTS: BlindPost[] = [
  // ---- interest: undeclared ties, varied phrasing ----
  IY("Get asked this a lot so: yes the moisturiser on my shelf in every video is CeraVe 💙 they've been SO good to me this year. Linked below for my eczema gang"),
  IY("Quick one — I now consult for a medtech startup building an AI scribe for GP. Can't say too much yet but if your practice wants to be a pilot site DM me 👀"),
  IY("After 15 years in the NHS, I'm thrilled to announce that I'm stepping into the role of Medical Director at Vitalis Longevity, Harley Street.\n\nFull-body MRI, advanced biomarker panels, and genuinely personalised prevention plans — the kind of medicine I always wanted to practise but never had time for.\n\nDiscovery calls are open now. Link in the comments. 🚀", 'linkedin'),
  IY("Hi everyone!! 💚 I've started sharing Forever aloe vera gel and honestly it has sorted my IBS more than anything I've been prescribed. As a doctor I wouldn't recommend something I didn't believe in. Message me to order or if you want to join my team xx", 'facebook'),
  IY("the fact that Pfizer flew a few of us out to Barcelona for ESC and put us up HERE 😳 view from the rooftop pool. pinch me"),
  IY("Best night. Steak, a nice Rioja and a cracking talk on LDL lowering from a prof I've fangirled for years. Thanks to the Novartis team for organising 🙏 #inclisiran #lipids"),
  IY("Menopause Q&A webinar tomorrow 7pm 💜 busting HRT myths. Free tickets via my clinic's website and everyone who attends gets 10% off their first private consult with me"),
  IY("psst 🧠 QBankMD (the MSRA app I built on nights) has 2,000+ questions now and it's half price this weekend only. link in bio. go forth and pass"),
  IY("Swapped my morning coffee for AG1 for 30 days as part of a little project with the @drinkAG1 team. Honest results thread: energy ✅ gut ✅ wallet ❌ 🧵"),
  IY("NHS STAFF: 50% off lip filler all this month at our Solihull clinic 💋 As a practising A&E doctor I only ever use premium Juvéderm, no cheap stuff. Book via the link xx", 'facebook'),
  IY("Honoured to have joined the Scientific Advisory Board of Genomix Health. Their direct-to-consumer genetic screening puts real, actionable risk data into people's hands — prevention over cure. Proud to be part of the journey. #Genomics #Prevention", 'linkedin'),
  IY("On nights wearing the new Whoop — a few of us NHS docs got early access to test it before launch 👀 recovery score 12% which honestly feels generous"),
  IY("DOCSAVES at checkout gets you 20% off at FIGS. these joggers survived a 13hr ED shift and a full cup of tea down the leg 🩺"),
  IY("Had a great catch up with the Abbott team about the Libre 3 — been wearing one on myself for a fortnight. Game changer. Honestly every T1 should be on one and every T2 should be asking"),
  IY("Since September I've been doing Tuesday evening video consultations with Doctor Care Anywhere. If your employer offers it as a benefit, you might see me! Flexible portfolio careers really are the future of general practice. #GP #DigitalHealth", 'linkedin'),
  IY("Our brand new private hearing clinic opens in Norwich on Monday 🎉👂 microsuction £60 both ears, same-week appointments, and I'm the ENT doc behind it. Share with anyone waxy 😂", 'facebook'),
  IY("since everyone asks: the collagen I take is Vital Proteins, unflavoured, in my coffee. my link gets you money off 😊 skin, joints, hair, the lot"),
  IY("GP trainees!! the CSA/SCA prep course I run with @CardioCoach is back 🙌 3 evenings, £199, 94% pass rate last sitting. Reply INFO and I'll send details 👇"),
  IY("Anyone wanting mole mapping without a 6 month wait — the private dermatology service I work for has NHS staff discount this month. DM me 😉 early detection saves lives"),
  IY("Loving being part of the @Vitabiotics family this year 🧡 Pregnacare was my go-to through both pregnancies and I'm always recommending it to the mums in clinic"),
  IY("So pleased to be heading up the new weight management service at Harbour Health (private). Wegovy and Mounjaro programmes with proper clinical oversight. We're taking referrals and self-referrals from next week.", 'linkedin'),
  // ---- interest: hard negatives ----
  IN("#sponsored by Simplyhealth. Honest thoughts as a GP on health cash plans vs waiting for the NHS: who they suit, who they don't, and the small print nobody reads 🧵"),
  IN("Declaration: I hold shares in a company that makes digital stethoscopes, so weigh my enthusiasm accordingly. That said, the evidence for AI murmur detection in primary care is genuinely interesting — thread 👇"),
  IN("Doctors selling £400 IV 'immunity drips' on Instagram should be ashamed. Your kidneys will turn that into very expensive wee."),
  IN("Babylon's UK arm has gone into administration. Whatever you thought of GP at Hand, that's a lot of patients suddenly needing to re-register. Practices nearby, brace."),
  IN("FSCA update on Philips CPAP sound-abatement foam — if your OSA patients haven't been contacted about replacement devices, the MHRA page has the latest 👇"),
  IN("Finerenone in CKD + T2DM: start 10mg if eGFR 25-60, 20mg if >60. Check K+ at 4 wks. Don't start if K+ >5.0. Quick summary 🧵"),
  IN("Pharmacy First is live! Sore throat, sinusitis, earache in kids, infected insect bites, impetigo, shingles and UTIs in women 16-64. Send them to their local pharmacy, it's free and it works."),
  IN("My colleague @DrFaisalB is recruiting a clinical research fellow in sleep medicine at Papworth — 12 months, protected research time, great team. Please share!"),
  IN("Not medical but my sister-in-law just opened a dog grooming place in Hove and our spaniel came back looking like a cloud ☁️ go see @FluffyHoveGrooms", 'facebook'),
  IN("Paid partnership with Roche Diagnostics: I was paid to present this webinar on point-of-care CRP testing in primary care. Content was my own and not reviewed by Roche. Recording below.", 'linkedin'),
  IN("I have received fees from Pfizer, Sanofi and GSK for educational talks in the past two years. None of that is relevant to today's thread, which is about how we talk to vaccine-hesitant parents without making it worse."),
  IN("(Full disclosure: dinner paid for by the meeting sponsor, Boehringer.) Really useful discussion tonight on SGLT2 use in frail elderly patients — main takeaway: sick day rules, sick day rules, sick day rules."),
  IN("Excited to announce my new long-term partnership with the vending machine on level 3 and a litre of Monster. Unpaid. Exploited. #nightshift #juniordoctor"),
  IN("Anyone seen a good independent review of the ZOE app? Not affiliated with them, genuinely asking — patients keep bringing it up and I want to be able to say something sensible."),
  IN("MHRA has licensed lecanemab but NICE says it's not cost effective. Expect a lot of very difficult conversations in memory clinics this year."),
  IN("Our trust's virtual ward for COPD has now supported 600 patients at home. Readmissions down 18%. Proud of the community resp team ❤️ #NHS"),
  IN("Journal club tomorrow: DELIVER, dapagliflozin in HFmrEF/HFpEF. Manufacturer funded and manufacturer analysed — bring your critical appraisal hats 🎩"),
  IN("Booked and paid for my own private physio after 8 months on the NHS list for my knee. Not an advert. Just sad."),
  IN("We're hiring 🙌 Practice nurse, 30 hrs/week, Gateshead. Supportive team, protected admin time, salary equivalent to AfC band 6. Details via the link.", 'linkedin'),
  IN("Genuinely the best thing about leaving the old job: no more drug rep lunches. I didn't realise how much I'd been nudged until they stopped."),
  // ---- patient ----
  PY("Gentleman in his 90s told me today he's outlived three GPs at this practice and fully intends to outlive me. I don't doubt him"),
  PY("Got a letter from the teenager I saw in clinic last month with the eating disorder. She's eating with her family again. I'm not crying, you're crying", 'facebook'),
  PY("40M sent in as ?PE. turned out he'd swallowed a fish bone at his mate's barbecue. ENT handover was a whole vibe 🐟"),
  PY("@jimbob_82 I remember your mum very well, she was a lovely lady and always had a story for us on the ward. So sorry for your loss."),
  PY("Last week I sat with a man in his final hours. His daughter was stuck at Heathrow trying to get a flight home. (Some details changed.)\n\nWe held the phone to his ear so she could talk to him. I don't know if he heard her. I hope he did.\n\nSome days medicine is nothing more than that, and that is enough.", 'linkedin'),
  PY("Did CPR on a lady in the Tesco car park on my way home. ROSC before the air ambulance landed. Still shaking"),
  PY("3yo with a Lego brick up the nose for, according to mum, 'maybe since Christmas'. It is March."),
  PY("the chest pain in cubicle 6 is the same guy from last weekend who won't stop the coke. had the talk again. hope it landed this time"),
  PY("A patient of mine just started her first job after two years recovering from psychosis. She said I could share. So bloody proud of her 💚"),
  PY("To the family who left the card on ward 23 for 'the tall Irish doctor' — it meant the world. Your dad was a gentleman.", 'facebook'),
  // ---- patient: hard negatives ----
  PN("Case for discussion (fictional): 29F, 34/40, BP 158/104, headache and epigastric pain. Bloods, next steps, and what do you tell the midwife?"),
  PN("My own MRI back — L5/S1 disc bulge. Turns out doctors do make the worst patients 🙄 physio starts Monday"),
  PN("MCQ: Which is NOT a cause of SIADH? A) Small cell lung cancer B) Carbamazepine C) Pneumonia D) Lithium E) Head injury"),
  PN("My cat has hyperthyroidism and is now on more tablets than half my morning clinic 🐈", 'facebook'),
  PN("Patience wearing extremely thin with the rota team this week. That's all."),
  PN("QIP update: door-to-antibiotics in suspected sepsis down from 94 to 51 min over 6 months, 312 patients. Team effort 👏"),
  PN("A composite of a hundred conversations: 'Doctor, I googled my symptoms and…' Here's how I try to make that a useful start rather than a battle 👇"),
  PN("Sim training today: infant anaphylaxis scenario. Fumbled the adrenaline dose first run, nailed it second time. That's what sim is for."),
  PN("Mum's hip replacement went brilliantly, she's already bossing the physios about. Thank you Northern General ❤️", 'facebook'),
  PN("If your child has a rash that doesn't fade under a glass and they seem unwell, don't wait — call 999."),
  PN("1 in 4 of our patients is waiting >12 weeks for a routine echo. That's not a staff problem, that's a policy problem."),
];

export const BLIND14_DEV_ACCOUNTS: LabelledAccount[] = [
  X('gasdoc_north', 'Gas Doc 💉', 'ST6 anaesthetics, North West. Tube first, questions later. Views my own.', true),
  X('DrPriyaNandakumar', 'Priya 🌸', 'GP partner, Leicester. Menopause & women\'s health. MRCGP.', false),
  X('skinfluencer_md', 'The Skin Doc ✨', 'Derm registrar | MRCP | skincare myths busted | codes in my linktree 👇', true),
  X('nhs_pharm_jo', 'Jo (pharmacist)', 'Community pharmacist in Kent. Here for the repeat prescription chat.', false),
  X('ortho_reg_bones', 'bones 🦴', 'T&O reg. Will fix your hip, will not fix your printer.', true),
  X('HarringtonPaeds', 'Dr Tom Harrington', 'Consultant paediatrician, Brighton. Tweets about sleep, or lack of it.', false),
  X('the_locum_life', 'Locum Life', 'Full-time locum GP all over the shires. Rates talk, I walk.', true),
  X('dr_bex_nutrition', 'Dr Bex 🥑', 'PhD nutrition scientist. Not a medical doctor! Evidence > vibes.', false),
  X('HealthTechHQ', 'HealthTech HQ', 'News and views from UK digital health. DMs open for pitches.', false),
  FB('aesthetics.by.dr.k', 'Dr', 'K', 'Doctor-led aesthetics, Harrogate. GMC registered. NHS GP by day.', true),
  FB('mark.owusu.9', 'Mark', 'Owusu', 'Paramedic, West Midlands Ambulance Service. Dad of two.', false),
  FB('hannah.gp.cornwall', 'Hannah', '', 'GP in Cornwall, mum of 3, permanently tired.', true),
  LI('ahmed-siddiqui-cardio', 'Ahmed', 'Siddiqui', 'Consultant Cardiologist | Chief Medical Officer, NeuroLumen | FRCP', false),
  LI('em-consultant-rm', 'R.', 'M.', 'Emergency Medicine Consultant | Clinical Safety Officer | FRCEM', true),
  LI('niamh-obrien-physio', 'Niamh', "O'Brien", 'MSK Physiotherapist | Clinical Pilates | Return-to-run', false),
];

export const BLIND14_TEST_ACCOUNTS: LabelledAccount[] = [
  X('paeds_reg_tired', 'tired paeds reg', 'ST5 paediatrics, Yorkshire. Bubbles before bloods.', true),
  X('SiobhanKeaneGeri', 'Dr Siobhan Keane', 'Consultant geriatrician, Belfast. Frailty, falls and too much tea.', false),
  X('glp1_doc', 'The Weight Doc 💉', 'GMC registered GP | weight loss injections | Mounjaro & Wegovy | book via link', true),
  X('midwife_meg', 'Meg 🤰', 'Community midwife, Devon. Babies, bikes and biscuits.', false),
  X('surg_fy1_life', 'FY1 survival mode', 'Surgical FY1, Glasgow. The bleep fears me. (It does not.)', true),
  X('BrightMedTech', 'BrightMed', 'Remote monitoring for the NHS. Building the virtual ward.', false),
  X('AnaesthetistRaj', 'Raj P', 'Consultant anaesthetist & intensivist. FRCA FFICM. Sleep is a myth.', true),
  X('drtundebakare', 'bones & brews ☕', 'orthopaedic reg, coffee snob, occasional marathoner', false),
  FB('drsarah.aesthetics', 'Sarah', 'Whitfield', 'Aesthetic doctor in Solihull. A&E doctor part time.', false),
  FB('dr.j.locum', 'Dr', 'J', 'Locum GP. Mostly here for the cat photos.', true),
  FB('dan.mercer.chiro', 'Dan', 'Mercer', 'Dr Dan (DC), chiropractor in Bath. Backs, necks and bad posture.', false),
  LI('oluwaseun-adeyemi', 'Oluwaseun', 'Adeyemi', 'Specialty Registrar in Psychiatry | MRCPsych | Medical education', false),
  LI('gp-partner-nk', 'N', 'K', 'GP Partner | MRCGP | Digital health adviser | Portfolio career', true),
  LI('jennifer-walsh-msl', 'Jennifer', 'Walsh', 'Medical Science Liaison, Roche UK | PhD Immunology', false),
  X('dentaldan_ldn', 'Tooth Doc', 'Dentist in London. BDS. Floss, please.', false),
];
