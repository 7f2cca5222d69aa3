/**
 * Blind evaluation set 6, written without sight of the detectors' word lists.
 *
 * This is the sixth blind set. Its emphasis is the INTEREST pass (conflicts of
 * interest, GMC social media guidance para 19), written the way doctors, aesthetic
 * practitioners, GPs with side businesses, surgeons, KOLs and health influencers
 * actually post (2015-2025; UK, Ireland, US, India, Australia, Middle East).
 * Most undeclared ties avoid the obvious words ("sponsored", "paid", "advisory
 * board"): thank-yous for trips, dinners, hampers and tickets; products that
 * "arrived" or "landed"; discount codes; stands, faculties and masterclasses;
 * private clinic and startup promotion; KOL work framed as "education". Hard
 * negatives include properly declared ties, neutral clinical drug/device talk,
 * NICE/MHRA news, shortages, criticism of pharma, company news, NHS services,
 * charity, jobs, journal clubs and "not sponsored" non-health purchases.
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
// DEV
// ---------------------------------------------------------------------------

export const BLIND6_DEV_POSTS: BlindPost[] = [
  // ----- interest = true (undeclared ties / promotion) -----
  IY("Huge thanks to the team at Novo Nordisk for a brilliant evening in Copenhagen 🇩🇰 great food, better company and some really thought-provoking data on semaglutide in HFpEF. Home tomorrow with a lot to think about."),
  IY("A little parcel from @LumiDermaUK landed this morning 😍 their new retinal serum is already on my bathroom shelf AND on the shelf in clinic. My patients are going to love this one."),
  IY("Been wearing a Libre 3 myself for 6 weeks and honestly it's changed how I talk to my T2 patients about carbs 📉 Code DRSAM15 gets you 15% off your first sensor 👇"),
  IY("Our new Harley Street suite is OPEN ✨ Anti-wrinkle from £199, dermal filler from £299, and this month only a FREE skin consultation with every booking. Message me or book through the link below. Dr Priya x", 'facebook'),
  IY("Delighted to share that I've joined Kinetika Health as Chief Medical Officer. Kinetika's AI triage platform is already live in 40 GP practices and I genuinely believe it is the future of primary care access. If your ICB is interested in a pilot, drop me a message.", 'linkedin'),
  IY("Come and find us on stand B14 at #ACC24 — we'll be demoing the new Vireo LAA closure system all three days. I'll be there Friday 10-12 if you want to chat about my first 50 implants 🫀"),
  IY("Proud to be part of the @AllerganAesth faculty for another year 🙌 Looking forward to training the next generation of injectors across the UK and Ireland."),
  IY("My advanced lip masterclass is now open for bookings 💋 Hands-on, max 4 delegates, all product provided by our friends at Teoxane. Leeds 14th & Manchester 28th — link below 💉"),
  IY("So many of you ask what I take every day — it's the Wild Nutrition Food-Grown Magnesium and their Omega 3 💛 I've recommended them to hundreds of my menopause patients. Use DRHELEN20 for 20% off!", 'facebook'),
  IY("Shop my winter skincare favourites 🧴❄️ link in the comments! Everything I use on myself and recommend in clinic. Dermatologist approved (by me 😉)", 'facebook'),
  IY("Thrilled to be named an ambassador for Zest Hormone Health 🌿 Zest is making HRT accessible online for women who've been let down by traditional care pathways. You can book a 20-minute video consult with one of our menopause doctors from £89.", 'linkedin'),
  IY("Back from three incredible days in Barcelona with the Medtronic team — hands-on cadaveric training on the Hugo RAS platform 🤖 Can't wait to bring this to our patients. Thank you for having me!"),
  IY("Oh hello 👀 look what was waiting for me when I got home from clinic… the whole new Heliocare range ☀️ thank you @CantabriaLabsUK, the 360 gel is already packed for Dubai next week"),
  IY("Private ultrasound scans now available at our Didsbury clinic 🩻 same-week appointments, results on the day, no GP referral needed. £149 abdo/pelvis. Book below 👇 #manchester"),
  IY("Pleased to announce that I'm now consulting for BoneBridge Orthobiologics on the design of their upcoming PRP knee study. Great to work with a company that takes the evidence seriously. More to come in 2025.", 'linkedin'),
  IY("We've teamed up with @ouraring to bring sleep tracking to all our executive health clients 💍😴 The data we're getting is fascinating. More soon."),
  IY("Massive thank you to the lovely people at Bayer for the hamper 🎄🍾 you spoil us every year! Merry Christmas from all at Elm Tree Surgery x", 'facebook'),
  IY("Really enjoyed speaking at tonight's dinner meeting in Dublin on managing AF in the frail elderly. Thanks to the Daiichi Sankyo Ireland team for organising and to a great audience for the questions 👏"),
  IY("We've closed our seed round 🚀 £2.1m to scale Pathlight, the digital MSK rehab app we built for NHS physio waiting lists. Trusts and ICBs: we're taking new pilot sites for Q3 — message me and I'll set up a demo.", 'linkedin'),
  IY("Treated myself to a fitness tracker… kidding, @WhoopUK sent me one 😂 3 weeks in and my HRV is embarrassing. Will report back. Code DOCTORDAN gets you a free month."),
  IY("If you're struggling with your weight and the NHS waiting list is 2 years, we can help. Our medically supervised Mounjaro programme starts at £179/month including clinician check-ins. Link in bio 💉"),
  IY("Another happy day at Align Smile Studio 😁 clear aligners from £1,950 and a FREE 3D scan this month only. Tag someone who's always hiding their smile!", 'facebook'),
  IY("Just got my place confirmed on the GAIN advanced injector course in Lausanne ✈️ flights and hotel all taken care of by the Galderma team, so grateful 🙏"),
  IY("Honoured to have joined the UK Medical Expert Panel at Huel. Nutrition is the cornerstone of preventive medicine and I'm excited to help shape how Huel communicates its science to millions of customers.", 'linkedin'),
  IY("Tickets to the Lions game courtesy of the lovely folks at Stryker 🏉🦁 what a match!! Thanks team, see you in the cadaver lab on Tuesday."),
  IY("Every single one of my PCOS patients gets asked whether they've tried inositol. The one I rate is @OvaBalance — 40:1 ratio, no nasties. Link in my bio for 10% off ✨"),
  IY("Spaces still available for my Saturday IV drip clinic 💧 Myers' Cocktail, NAD+ and our signature Glow Drip. Doctor-led, safe and relaxing. Call 01392 555018 or message to book!", 'facebook'),
  IY("Had a great conversation on the Oviva podcast about GLP-1s and behaviour change. Oviva's app is where I point all my patients now — the dietitian coaching is brilliant and the outcomes speak for themselves. Give it a listen, and get your patients on it.", 'linkedin'),
  IY("Delighted to be representing Boston Scientific at Arab Health in Dubai this week. Come and say hello in Hall 4 — I'll be presenting our WATCHMAN FLX Pro outcomes from the Gulf region daily at 2pm.", 'linkedin'),
  IY("Thank you @Pfizer_UK for a fantastic regional education meeting on RSV vaccination in older adults — a really balanced session and a lovely venue. CPD certificate in hand ✅"),
  IY("New in clinic: Morpheus8 Body 🔥 we're one of only three clinics in Ireland to have it. Launch offer: 20% off courses booked before 30 June. DM for details 💫"),
  IY("Look what came in the post today!! A whole box of Ultrahuman rings for the practice team to try 🙌 so excited to see what our metabolic data says. Thank you!!", 'facebook'),
  IY("I've been using Medik8 Crystal Retinal for 8 months and my patients love it 🌙 We now stock the full range in clinic — pop in or order through our website 👇", 'facebook'),
  IY("After 18 years in the NHS I'm excited to announce my new role as Medical Director (UK & Ireland) at Zentiva. I'm looking forward to bringing a clinician's perspective to how we get affordable medicines to patients. Onwards!", 'linkedin'),
  IY("Genuinely the best protein bar I've found for night shifts 🌙 @GrenadeUK Carb Killa, white choc salted peanut. 20% off with DRJAMES at checkout 💪"),
  IY("Join me and the lovely Theramex team THIS Thursday 7pm for a free online evening on menopause and bone health 🦴 Register via the link — CPD certificate for all GPs and practice nurses.", 'facebook'),
  IY("Honestly never going back to my old dermatoscope. The @HeineUSA DELTA 30 they sent over is incredible — polarised, crisp, battery lasts forever 🔍 Thanks guys!"),
  IY("Proud to represent Abbott as a Key Opinion Leader in structural heart across the GCC. This week I've been delivering education to cardiology teams in Riyadh and Jeddah on the MitraClip G5 system. Education changes outcomes.", 'linkedin'),
  IY("We've partnered with ScanWell Diagnostics to give my followers £200 off a whole-body MRI. One hour, no radiation, 500+ conditions checked. Early detection saves lives — link in the comments.", 'linkedin'),
  IY("Sooo excited to be collabing with @GlowLabsDublin 🌸 on their new collagen shot — I've been taking it every morning for 3 months and my skin has never been better. Launch party pics coming 📸", 'facebook'),
  IY("Great 2 days in Vienna at the Sanofi immunology summit 🇦🇹 some really smart people thinking about dupilumab in COPD. Home now, very grateful for the invite."),
  IY("Our IVF success rates for women under 35 are now 54% per embryo transfer, among the highest in Mumbai. If you or someone you love is struggling to conceive, our team at Navya Fertility is here for you. Free first consultation this month.", 'linkedin'),
  IY("I'm now seeing patients on @ro on Saturdays 🩺 if you've been putting off dealing with ED or hair loss, book with me through the link. Totally discreet 🤝"),
  IY("Thank you Dr. Reddy's for the beautiful Diwali sweets box 🪔 a wonderful gesture as always. Happy Diwali to all my patients and colleagues!"),
  IY("Finally got the new laser platform in for the clinic and omg 😍 our clients are going to be thrilled. Huge thanks to Sarah at Lumenis for setting it all up for us and for the lovely lunch 🥗", 'facebook'),

  // ----- interest = false (hard negatives) -----
  IN("Switched him to apixaban 5mg bd after the third INR of 1.4 in a month. Honestly don't know why we still fight with warfarin in people who can't get to the anticoag clinic."),
  IN("Disclosure: I've received speaker fees from AstraZeneca and Boehringer Ingelheim in the last 3 years. With that said, here's my honest take on the DAPA-MI results 🧵"),
  IN("NICE has published final guidance recommending tirzepatide for weight management in adults with BMI ≥35 and at least one weight-related comorbidity. Primary care rollout will be phased over 12 years — the workforce implications are huge.", 'linkedin'),
  IN("MHRA alert: Class 2 recall of certain batches of Emerade 300mcg pens. Check your patients' devices and advise them to keep their current pen until a replacement arrives. Details on gov.uk."),
  IN("#ad | I've partnered with Boots on their new menopause support range. All views are my own, and as always speak to your GP or pharmacist before starting anything new.", 'facebook'),
  IN("Another week, another HRT shortage. Utrogestan out of stock at three pharmacies in town. This is not OK for women who've finally got the right regimen."),
  IN("Pharma-funded 'education' dinners are marketing, full stop. I stopped going in 2016 and my prescribing hasn't suffered. #NoFreeLunch"),
  IN("Big medtech news today: Stryker completes its acquisition of Inari Medical. Interesting to see where venous thromboembolism intervention goes from here.", 'linkedin'),
  IN("Our practice is running Saturday flu and COVID clinics all through October. No need to call — walk in between 9 and 1 at the Health Centre. Please share 💉", 'facebook'),
  IN("I'm running the Great North Run for Macmillan in memory of my mum 💚 Every pound helps. Link in comments.", 'facebook'),
  IN("We're hiring! Salaried GP, 6 sessions, Bristol. Friendly team, protected admin time, no weekends. Apply via NHS Jobs or message me for an informal chat.", 'linkedin'),
  IN("Journal club tomorrow: SELECT (semaglutide, CV outcomes in non-diabetic obesity). Novo-funded, 17% discontinuation, event-driven. Bring your critical appraisal checklists 📑"),
  IN("COI: I'm a paid consultant to Medtronic (declared on my hospital register). Posting this because I think the new renal denervation data deserve a careful read, not hype."),
  IN("Not sponsored, I just really like them — these Allbirds got me through a 13-hour shift without a single complaint from my feet 👟"),
  IN("My little brother has just started at GSK in Stevenage and I'm so proud of him 🥹 first job out of his PhD!", 'facebook'),
  IN("Delighted to be speaking at the RCGP annual conference in Liverpool next week on deprescribing in frailty. Come along to hall 2 on Thursday afternoon and heckle.", 'linkedin'),
  IN("Paid partnership with Vitality: I'm writing a series of articles on workplace wellbeing for them. They've paid for my time; they have no editorial control over my clinical advice.", 'linkedin'),
  IN("Bought a new road bike today 🚲 no regrets. Cannondale, if anyone's wondering, and no they didn't give me anything 😂"),
  IN("Huge thanks to our amazing HCAs and nurses on Ward 7 who kept everything going through the night. You are the NHS 💙"),
  IN("Novartis Q3 results out — Entresto sales up again. Generic competition in the US can't be far off."),
  IN("Reminder: the NHS App lets you order repeat prescriptions, see test results and book appointments. If you need help setting it up, our receptionists can show you 📱", 'facebook'),
  IN("Dapagliflozin is about £36/month in the UK vs $550 in the US. Nobody should be rationing their SGLT2 inhibitor. The pricing is indefensible."),
  IN("Disclosure: I hold shares in Babylon Health (yes, I know). I've written about what went wrong at digital-first GP providers and why I think the model was flawed from the start. Link below.", 'linkedin'),
  IN("#gifted — the team at Eucerin sent me their new sunscreen range. I'll do a proper honest review next week, including the ones I didn't like."),
  IN("Trainees: oral vancomycin shortage — micro advising fidaxomicin for first-episode C. diff until further notice. Check the trust formulary before you prescribe."),
  IN("Used a Dyson Airwrap for the first time and I'm obsessed 💇‍♀️ not an ad, just a very happy birthday girl 🎂", 'facebook'),
  IN("Valproate: new MHRA safety measures now apply to men too. Please review any man under 55 on valproate at his next appointment. Busy few months ahead in neurology clinic."),
  IN("Thrilled to have been elected to the council of the British Society of Gastroenterology. Looking forward to working on the endoscopy workforce agenda with colleagues.", 'linkedin'),
  IN("I have received honoraria from Pfizer, Lilly and Novo Nordisk for educational talks. None of them saw these slides. Sharing my obesity pharmacotherapy deck for anyone who wants it 👇"),
  IN("FreeStyle Libre 2 is now available on prescription for everyone with type 1 diabetes in England. If you're still finger-pricking 8 times a day, ask us at your next review.", 'facebook'),
  IN("Our Mountain Rescue team had a brilliant night at the charity quiz — raised £2,340 for the new defib at the village hall! Thank you all ❤️", 'facebook'),
  IN("Controversial: most vitamin D supplements are a waste of money unless you're deficient. Put the money towards a decent pair of walking shoes."),
  IN("I'm a paid medical adviser to Livi, declared on my appraisal and on my profile. Happy to answer questions about how remote prescribing is done safely — comments open.", 'linkedin'),
  IN("Great session at ESC Congress on SGLT2i in HFpEF. No company ties to declare, just a very tired registrar with 14,000 steps on the clock 😴"),
  IN("Apologies to patients — our phone lines will be down on Tuesday morning for an upgrade. Please use eConsult or call 111 if it's urgent.", 'facebook'),

  // ----- patient = true -----
  PY("Lovely 92-year-old gent in clinic today, ex-RAF, told me he'd survived worse than 'a dodgy valve' and wasn't going anywhere. TAVI next month. What a man."),
  PY("Had to tell a 34-year-old mum of two this afternoon that her breast lump is cancer. Sat in the car park for 20 minutes afterwards. Some days are heavy."),
  PY("Most surreal night shift — lady came into resus at 3am convinced she'd swallowed her wedding ring. X-ray: she had 💍 Her husband found it hilarious. She did not 😂", 'facebook'),
  PY("Patient today asked if I could 'just prescribe the Ozempic her friend's on' because she has a wedding in Marbella in 6 weeks. Said no. She left a 1-star review before she reached the car park."),
  PY("A reflection from last week: a young man I'd been seeing for alcohol dependence for two years came back to clinic to tell me he's 12 months sober and starting an apprenticeship. He brought me a card. This is why we do it.", 'linkedin'),
  PY("@SarahJ_1984 so sorry to hear about your dad's delayed discharge — I've spoken to the ward and his package of care should be sorted by Thursday. DM me if anything changes."),
  PY("Details changed, but: teenager brought in by paramedics after taking a handful of her mum's tablets. She's OK. Her mum sat in the relatives' room and just kept saying 'I didn't know'."),
  PY("Today one of my longest-standing patients, a retired headteacher from Penarth I'd looked after for 15 years, died peacefully at home. I'll miss our chats about the cricket.", 'facebook'),
  PY("Delivered twins at 28 weeks in the back of an ambulance on the M62 last night. Both in NICU and doing well. Still shaking."),
  PY("Always do the ECG. A man in his 50s walked into our urgent treatment centre yesterday with 'indigestion'. Anterior STEMI. He was in the cath lab within 40 minutes and is sitting up eating toast today. Proud of the whole team.", 'linkedin'),
  PY("I'll never forget the lady from Kerala, in her 70s, who held my hand through every chemo cycle more than she let me hold hers. She finished treatment this morning and rang the bell.", 'linkedin'),
  PY("Replying to all the lovely messages from Mrs Khan's family — yes, she's recovering well on the ward after her hip op and you can visit from 2pm tomorrow.", 'facebook'),
  PY("My 8-year-old patient with type 1 just showed me the spreadsheet she made to track her own carbs. Eight. I can't even do my tax return 😅", 'facebook'),
  PY("Paeds ED: toddler with a Lego brick up her nose. Mum's 'big kiss' technique got it out before I'd even gloved up. Mothers > doctors."),
  PY("Ward round today: elderly lady asked me to marry her grandson because 'he needs a doctor in the family'. Politely declined 😂"),
  PY("Case from our MDT this week, shared with the patient's permission: a 41-year-old marathon runner with recurrent syncope turned out to have ARVC on cardiac MRI. Listen to the athletes.", 'linkedin'),
  PY("Patient brought in a ChatGPT printout diagnosing himself with Addison's. Honestly? His sodium was 124. He was right."),
  PY("The little boy on the ward who's been with us since March finally went home today 🎈 the whole nursing team lined the corridor. Hope we never see you again, buddy!", 'facebook'),
  PY("My night: gentleman in his 80s fell at home and lay on the floor 14 hours before his neighbour heard him. Rhabdo, AKI, pressure sore. He apologised to me for 'being a nuisance'."),
  PY("Saw the same frequent attender for the 4th time this week. Today he brought me a Mars bar. We're making progress."),

  // ----- patient = false -----
  PN("Thanks for your patience everyone — the online booking system is back up and running."),
  PN("Got my own COVID booster today. Arm is dead. Worth it."),
  PN("Our dog Biscuit had his cruciate repaired at the vets today 🐶 he's doing really well, thank you all for the messages!", 'facebook'),
  PN("Hypothetical case for the trainees: 68M, new AF, CHA2DS2-VASc 3, HAS-BLED 2, eGFR 28. Anticoagulate? With what? Answers below 👇"),
  PN("Our audit of 412 DKA admissions over 3 years found that 38% had missed insulin doses in the 24 hours before admission. Poster at DUK next week.", 'linkedin'),
  PN("Reminder: if you're over 50 and haven't done your bowel screening kit, please do it. It's a poo on a stick and it saves lives."),
  PN("My mum's just had her cataract done at our local NHS hospital and can see the birds in the garden again. Brilliant team."),
  PN("SBA of the day: a 24-year-old woman presents with polyuria and a serum calcium of 3.1 mmol/L. Which is the most likely diagnosis? Thread with answers 👇"),
  PN("I was diagnosed with breast cancer in 2019. Five years clear today 🎉 thank you to everyone who held my hand.", 'facebook'),
  PN("Patience running thin with the rota team. Four weeks and still no leave approved."),
  PN("Composite case (not a real patient): a frail 84-year-old on 14 medications with recurrent falls. How would you approach deprescribing? Discussion in our GP education group.", 'linkedin'),
  PN("NHS waiting lists at 7.6 million. Behind every number is a person. We need workforce, not slogans.", 'linkedin'),
  PN("Grief is weird. Three years since Dad died and a song in Tesco still floors me."),
  PN("OSCE practice station: you are the FY1. Mr Jones, 55, presents with chest pain. Take a focused history. Fictional patient, for our study group tonight!", 'facebook'),
  PN("PSA: if your child has a fever and a rash that doesn't fade under a glass, call 999. Don't wait."),
  PN("Across our network last year we cared for 11,300 people on the virtual ward and 84% stayed at home. Proud of this team.", 'linkedin'),
  PN("Simulation training today: the manikin arrested three times. Our team leader stayed calm. I did not."),
  PN("Had my first smear after years of putting it off. If I can do it, you can. It took 5 minutes.", 'facebook'),
  PN("Our cat Luna has hyperthyroidism — anyone know if radioiodine is worth it? 🐈", 'facebook'),
  PN("People ask how I deal with being shouted at. Honestly: breathing, boundaries and a good debrief. Nothing specific, just years of practice."),
];

export const BLIND6_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('ScrubsAndSarcasm', 'The Tired Reg', 'Medical registrar in the NHS. Views my own. Not medical advice.', true),
  X('DrBeeAesthetics', 'Dr B 💉', 'GMC registered aesthetic doctor | Botox & fillers | Cheshire | DM to book', true),
  FB('dr.sunshine.gp', 'Dr', 'Sunshine', 'GP by day, baker by night 🍰', true),
  X('ortho_doc_dxb', 'Ortho Doc Dubai', 'Consultant orthopaedic surgeon. Knees, hips, coffee. DHA licensed.', true),
  LI('dr-a-m-anaesthetics', 'Dr. A.', 'M.', 'Consultant Anaesthetist at NHS Foundation Trust | FRCA', true),
  X('gasmangreg', 'Greg 🫁', 'ICU & anaesthesia consultant. Mostly cricket.', true),
  X('MumsTheGP', "Mum's the GP", 'Part-time GP, full-time mum of 3. Women\'s health, HRT myths busted.', true),
  FB('drmo.ed', 'Dr', 'Mo', 'Emergency physician | Dublin | MRCEM', true),
  X('heartdocmumbai', 'Dr. Heart Mumbai', 'Interventional cardiologist, MD DM. Mumbai. Educating patients since 2012.', true),
  // not anonymous doctors
  X('DrAoifeNiChonaill', 'Dr Aoife Ní Chonaill', 'Consultant dermatologist, Cork. Skin cancer, psoriasis, sunscreen evangelist.', false),
  LI('oluwaseun-adeyemi-okafor', 'Oluwaseun', 'Adeyemi-Okafor', 'MBBS MRCP | Specialty Registrar, Gastroenterology | Leeds Teaching Hospitals', false),
  FB('rach.oconnellbyrne', 'Rachel', "O'Connell-Byrne", 'ICU nurse 💙 tea, night shifts and my two boys', false),
  FB('priya.venkataraman.pharm', 'Priya', 'Venkataraman', 'Community pharmacist & independent prescriber 💊', false),
  LI('tom-holloway-history', 'Tom', 'Holloway', 'Dr Tom Holloway | Lecturer in Medieval History | PhD (Oxon)', false),
  X('VetMel', 'Mel the Vet 🐾', 'Small animal vet, MRCVS. Dogs > people.', false),
  LI('ahmed-al-mansoori-ir', 'Ahmed', 'Al Mansoori', 'Consultant Interventional Radiologist | Cleveland Clinic Abu Dhabi | FRCR', false),
  LI('ella-fairbrother', 'Ella', 'Fairbrother', 'Medical Student at University of Birmingham | Future surgeon (hopefully)', false),
  X('LambethGPFed', 'Lambeth GP Federation', 'Supporting general practice in Lambeth. Account not monitored 24/7.', false),
  FB('siobhan.macgiollaphadraig', 'Siobhán', 'Mac Giolla Phádraig', 'GP partner, Sligo 🍀', false),
  X('smiledentistsam', 'Sam Patel BDS', 'Dentist. Invisalign provider. Smiles all round.', false),
];

// ---------------------------------------------------------------------------
// TEST
// ---------------------------------------------------------------------------

export const BLIND6_TEST_POSTS: BlindPost[] = [
  // ----- interest = true (undeclared ties / promotion) -----
  IY("Fabulous evening at the Shard with the @AstraZenecaUK respiratory team 🌃 brilliant talk on biologic switching in severe asthma, and the views weren't bad either. Thanks for the invite!"),
  IY("Unboxing time 📦 @SkinCeuticals sent over the whole CE Ferulic family and I'm actually emotional. Been recommending this to patients for years!"),
  IY("Anyone else's clinic parcel day the best day of the month?? 🥰 New Profhilo boxes just landed from the IBSA team — so many happy faces coming in over the next few weeks 💉✨", 'facebook'),
  IY("Invisalign Diamond Provider for the 3rd year running 💎 thank you to every patient who trusted us. Free smile scan at our Guildford clinic throughout March!"),
  IY("I'm delighted to share that I've joined the Scientific Advisory Board of Lumen Metabolic. Their breath-based metabolism tracker is one of the most exciting consumer health tools I've seen, and I look forward to helping shape the next generation of the device.", 'linkedin'),
  IY("Skip the queue 🩺 our new private GP service in Ranelagh is taking bookings. Same-day appointments, 30-minute slots, €85. Because you deserve to be heard. Book below 👇"),
  IY("Can't recommend @ZOE enough 🥦 I did the test myself 6 months ago and now suggest it to every patient worried about their gut. Use my code DRMAIREAD for £30 off."),
  IY("Spent the weekend in Marrakech teaching on the Merz Aesthetics expert days — incredible faculty, incredible riad 🌴 Shukran to the whole Merz family."),
  IY("Cosy night in with my new favourite ☕ Perkier collagen hot chocolate! I've been taking marine collagen since my 40s and this is SO much nicer than the powder. Code DRLOU saves you 25% 💕", 'facebook'),
  IY("Honoured to join the Roche Diagnostics UK Clinical Faculty for 2024. I'll be delivering education sessions across the North West on the value of high-sensitivity troponin pathways in the ED.", 'linkedin'),
  IY("My dermaplaning + peel training day is open for bookings 📅 Birmingham, 9 Sept, 6 places, certified & insurance-approved. Kit bag worth £250 included from our friends at @DermaLabsPro"),
  IY("Tried the new Dexcom Stelo for a month — for pre-diabetes it's a game-changer. The Dexcom team kindly let me keep the sensors 🙏 Full review and discount link in bio."),
  IY("Our private scan clinic in Belfast now offers reassurance scans from 7 weeks 👶💛 plus a FREE 4D keyring with every gender scan booked this month!", 'facebook'),
  IY("Excited to partner with Doctaly to bring same-day GP appointments to employers across London. If your HR team is looking for a healthcare benefit that actually works, let's talk.", 'linkedin'),
  IY("Look what arrived 😍 an early Christmas present from my friends at Lilly Diabetes — a cosy hoodie and a ridiculous amount of chocolate. You shouldn't have! 🎁"),
  IY("Such a privilege to be on the @AlconVision faculty at the Dubai Eye Congress. Fantastic to showcase the Clareon IOL to 400 colleagues. Big thanks to the Alcon MEA team 🙏"),
  IY("I get asked ALL the time what I use for my hair loss patients. Our own finasteride + minoxidil spray from Hairlab — £29/month delivered, doctor prescribed. Link below 👇"),
  IY("Delighted to announce that I'm now Medical Consultant to Thriva, the at-home blood testing company. Knowing your numbers is the first step to prevention — try their Advanced Wellness test today.", 'linkedin'),
  IY("Girls' weekend at the spa 🥂🧖‍♀️ courtesy of the wonderful team at Besins Healthcare, for our menopause society's 10th birthday. We felt SO spoiled!!", 'facebook'),
  IY("If you can't get an ADHD assessment on the NHS for 4 years, I understand. My clinic does online assessments with a consultant psychiatrist within 3 weeks. DM me 💬"),
  IY("Thank you @BayerPharma for supporting me to attend #ESC2023 in Amsterdam! Incredible learning, top 5 take-homes thread coming 🧵"),
  IY("New clinic day!!! 🥳 Every other Saturday I'll be doing skin boosters and polynucleotides at @GlowHouseLimerick. Books are open, first 10 get 15% off."),
  IY("Proud to have co-authored this review of compounded GLP-1 therapy with the medical team at Hims & Hers. Clinicians should recognise the growing role these treatments can play for patients who can't access branded supply.", 'linkedin'),
  IY("Beautiful flowers from the Ipsen team today 💐 thank you! Always a pleasure working with you all on our spasticity education programme.", 'facebook'),
  IY("Our sports medicine team uses a Theragun every single day and now you can too 💪 grab yours at 20% off with code SPORTSDOC at checkout!", 'facebook'),
  IY("Live at 8pm with @MyproteinUK talking protein for women over 40 🏋️‍♀️ bring your questions, I'll share my discount code at the end!"),
  IY("The @Withings BPM Connect I was sent in January is now on every one of my hypertension patients' wish lists 😂 honestly the best home monitor out there. Link below."),
  IY("Fantastic three days with the Smith+Nephew team at their Memphis facility, getting hands-on with the CORI robotic knee system. Huge thanks to everyone who made the trip possible. Bringing this back to Sydney very soon.", 'linkedin'),
  IY("Been wearing the @ultrahumanhq ring for 90 days — down 6kg, HbA1c 38. The metabolic score is addictive 📲 First 50 people to use DOCRAJ get a free month."),
  IY("POV: you're a cardiologist and your favourite omega-3 brand just launched at the Ritz 🍸 thank you @OmegaviaUK for having me!"),
  IY("Delighted to launch our Hydration & Recovery IV menu at the Cork clinic 💧 perfect after a big weekend or a long-haul flight. Walk-ins welcome, or book through our site.", 'facebook'),
  IY("The Boehringer team brought lunch for the whole practice today 🍕 and a great update on Jardiance in CKD. Lovely people. Thank you!"),
  IY("After six months working with the team at Healthily on their AI symptom checker, I'm proud to say it's the most clinically accurate on the market. Try it today, free on iOS and Android.", 'linkedin'),
  IY("In my first year of private practice I saw 1,200 patients. In year two I'm expanding to a second site in Bondi Junction 🏥 New patient consults from $180, bulk-billing for concession holders. Details in the comments.", 'linkedin'),
  IY("One more sleep till #FACE2025 🤩 I'll be on the Croma stand all day Saturday doing live injections with the new Saypha range — come and say hi!"),
  IY("It's finally here!! 💚 My own skincare line, formulated with a pharmacist in Dublin. Launch discount of 30% for my patients and followers this week only. Shop link in comments ⬇️", 'facebook'),
  IY("Absolute honour to represent @JanssenUK at the myeloma masterclass in Edinburgh 🙏 education is everything."),
  IY("Thrilled to announce my appointment as Clinical Lead at Numan. We're transforming men's health by making treatment for ED, hair loss and weight loss accessible online. If you're a GP looking for flexible remote sessions, come and join our growing team!", 'linkedin'),
  IY("Hair transplant season 💇‍♂️ our Istanbul partner clinic has 3 slots left in November — 4,000 grafts, hotel & transfers included, £2,450. I personally review every case. DM 'HAIR' 👇"),
  IY("Pleasure presenting our Indian real-world data on tildrakizumab at the Kolkata derm meet. Thank you team Sun Pharma for the wonderful hospitality and the lovely gift 🙏"),
  IY("Had the BEST day at Menarini's women's health retreat in the Cotswolds 🌿 yoga, amazing food and an update on their new vaginal atrophy treatment. Can't wait for next year!", 'facebook'),
  IY("Dentists & doctors — my Botox for TMJ and bruxism course is back 😁 £695, one day, Belfast. Product kindly donated by Bocouture so everyone gets proper hands-on time.", 'facebook'),
  IY("I've been advising a fantastic early-stage startup, Cervio, on their at-home HPV self-sampling kit. Having seen the prototype, I think this will be huge for screening uptake. They open on Crowdcube next week — please support them!", 'linkedin'),
  IY("Flew into Dubai last night courtesy of Mediclinic Middle East to speak at the launch of their new orthopaedic centre. Business class and a suite overlooking the Marina — I could get used to this ✈️", 'linkedin'),
  IY("Last chance: 10% off my 'Hormone Reset' 12-week programme closes at midnight 🕛 bloods, video consults with me and my own protocol. For women who want answers, not antidepressants.", 'facebook'),

  // ----- interest = false (hard negatives) -----
  IN("Disclosure: Allergan covered my travel and accommodation to this meeting. Sharing the slides anyway, because the polynucleotide evidence is thinner than the marketing suggests."),
  IN("Semaglutide supply update: improving but still patchy. Please don't switch stable diabetic patients onto tirzepatide just to get around it. DHSC letter in the link."),
  IN("Apixaban is coming off patent in the UK. Expect the generic price to fall dramatically — good news for ICB budgets and for patients we'd been nervous to switch.", 'linkedin'),
  IN("Gave the first dose of inclisiran in our practice today. Twice-yearly injection, given by our practice nurse. Odd to see specialist-level pricing in a GP fridge though."),
  IN("#AD This is a paid partnership with Simple Skincare. I've been asked to talk about sensitive skin — everything I say is my own clinical opinion 🙂", 'facebook'),
  IN("Philips CPAP recall — three years on and some of my patients still haven't had replacement machines. Shameful."),
  IN("I genuinely don't understand colleagues who accept all-expenses trips from pharma and then say 'it doesn't influence me'. The evidence says otherwise."),
  IN("Congratulations to the team at Oxford Nanopore on today's results. Genomic sequencing in UK hospitals has come such a long way in a decade.", 'linkedin'),
  IN("NHS Pharmacy First now covers sinusitis, sore throat, earache, infected insect bites, impetigo, shingles and UTIs in women 16-64. No GP appointment needed 💊", 'facebook'),
  IN("Shaving my head on Friday 🪒 for the children's oncology ward where I trained. Donate if you can x", 'facebook'),
  IN("Job alert: we're recruiting two Consultant Physicians in Acute Medicine at Sligo University Hospital. Full HSE contract, a great team and the Atlantic on your doorstep. Informal enquiries welcome.", 'linkedin'),
  IN("Journal club today: SURMOUNT-1. Lilly-funded, 72 weeks, huge effect size. But what happens when people stop? 👀"),
  IN("COI: paid consultancy for Abbott (structural heart), all on Disclosure UK. This post is about something else entirely: please stop posting your angiograms."),
  IN("Not sponsored, not gifted, I just love it — my new Le Creuset casserole dish is the most beautiful object in my kitchen 🍲"),
  IN("My dad worked for Pfizer at Sandwich for 32 years, so I grew up on the company Christmas parties 😂 sad to see what's become of the site.", 'facebook'),
  IN("Really looking forward to #RCEM25 in Belfast. First national conference since my CCT!"),
  IN("I receive speaker fees from Novo Nordisk, Lilly and AstraZeneca, declared in full on my profile and on Disclosure UK. Here's my summary of what's new in GLP-1 receptor agonists for primary care this year.", 'linkedin'),
  IN("Bought myself a Garmin Forerunner for my birthday. Marathon training, day 1. Don't judge my pace."),
  IN("Thank you to the district nurses, pharmacists and receptionists who kept our practice running through the cyberattack. Unsung heroes, every one."),
  IN("Humira's patent cliff in action — biosimilar uptake has saved the NHS hundreds of millions a year. Competition works."),
  IN("The NHS 111 online service can help you work out where to go if you're unwell. Please use it before coming to A&E if it's not an emergency 💙", 'facebook'),
  IN("Dear reps: please stop bringing pizza to the surgery. Practice policy is no meals, no gifts. The receptionists are sad but it's the right call."),
  IN("Full disclosure: I'm a co-founder and shareholder of Pathpoint Diagnostics. We've just published our validation study in BMJ Open and I'd welcome critical feedback from colleagues.", 'linkedin'),
  IN("Gifted | La Roche-Posay sent me their new Anthelios. Will review honestly — I'm a dermatologist, my bar is high 😅 #gifted"),
  IN("IV co-amoxiclav shortage again. Micro advising alternatives per local guidelines. Why is this still happening?"),
  IN("My husband surprised me with a coffee machine for our anniversary ☕ not sponsored lol, just VERY happy", 'facebook'),
  IN("The updated NICE menopause guideline puts CBT alongside HRT, not instead of it. Please read it before reacting to the headlines.", 'linkedin'),
  IN("Honoured to be appointed Clinical Director of the Northern Cancer Alliance. Looking forward to working on earlier diagnosis.", 'linkedin'),
  IN("Declaration: I've been an unpaid adviser to a Dublin health app since 2022 and hold no shares. Mentioning it because I'm about to talk about digital triage in general, not them."),
  IN("Started rosuvastatin 10mg for primary prevention today, QRISK3 14%. Shared decision-making, not a lecture. Our practice pharmacist will follow up the lipids in 3 months.", 'facebook'),
  IN("Our surgery's Couch to 5K group had its graduation run this morning 🏃‍♀️ 24 runners, 3 staff and 1 very enthusiastic dog.", 'facebook'),
  IN("Protein powders are mostly unnecessary if you eat real food. Your muscles don't care what brand it is."),
  IN("This is a paid partnership with Bupa UK. As part of their Mental Health Awareness campaign I'm sharing five signs of burnout in professionals.", 'linkedin'),
  IN("Phenomenal session at #AAD2024 on JAK inhibitors and MACE risk. No industry support for my trip — my department funded it, so thank you to them."),
  IN("Reminder to our patients that the surgery will be closed Thursday afternoon for staff training. For urgent care call 111.", 'facebook'),

  // ----- patient = true -----
  PY("Young farmer came in today with a degloving injury to his hand from a bale wrapper. Didn't want to go to A&E because 'the cows need milking'. Sent him anyway."),
  PY("Told a woman today that her 'anxiety' of 18 months is actually a phaeochromocytoma. She cried with relief. Nobody had checked her metanephrines."),
  PY("Funniest moment of my week: an 86-year-old lady in surgery asked if I was old enough to be a doctor, then asked if I was single for her granddaughter 🤣", 'facebook'),
  PY("Our longest-staying patient, 11 months on the ward waiting for a care home bed, turned 90 today. We got him a cake and he said it was the best birthday he'd had in years. That's the system failing, with a cake on top.", 'linkedin'),
  PY("Something I'll carry forever: the father who stayed on the NICU for 63 nights with his premature daughter and thanked every single nurse by name at discharge.", 'linkedin'),
  PY("@Kev_Murphy87 I'm so sorry your mam is still waiting on her scan result. I've chased radiology and the report should be with her consultant by Friday."),
  PY("Man with COPD I look after has been smoke-free for a year today. He showed me his savings spreadsheet: £4,380. He's taking his wife to Lanzarote."),
  PY("Identifying details changed: a 19-year-old student came to see me terrified she had cancer after watching TikTok. It was a reactive lymph node. But she'd had no one else to ask.", 'facebook'),
  PY("3am, A&E: lad who'd lost a bet and swallowed a 20p. X-ray shows it sitting in his stomach. He asked if he could keep the image for his mates. No."),
  PY("The lady who brought homemade scones for the whole dialysis unit every Friday died this week. The unit isn't the same without her 💔", 'facebook'),
  PY("Had a girl in clinic today who has been on the CAMHS waiting list since she was 12. She's 14 now. I had nothing to offer her but a leaflet. Ashamed."),
  PY("Shared with his permission: one of my patients, a 63-year-old engineer, went back to work 8 weeks after his triple bypass. He asked me to post this to show others it's possible.", 'linkedin'),
  PY("Today a man I diagnosed with MND two years ago sent me a message through his eye-gaze device. It said 'thank you for being honest'. Not crying, you are."),
  PY("To Mr O'Brien's family who sent the lovely card and chocolates — thank you. It was an honour looking after him in his final weeks on our ward 💐", 'facebook'),
  PY("My 5-year-old asthma patient taught me how to use a spacer properly today. Apparently I've been teaching it wrong for 6 years."),
  PY("Lady on labour ward sent her husband out because he was 'breathing too loud'. He went to the canteen. Baby arrived 10 minutes later."),
  PY("Sent a 47-year-old lorry driver straight to the stroke unit from morning surgery after he mentioned his 'dodgy arm'. He's been thrombolysed. FAST works."),
  PY("A patient from my Andheri clinic, a 28-year-old software engineer with uncontrolled hypertension on three drugs, finally reached target BP once we diagnosed and treated his sleep apnoea. Root causes matter.", 'linkedin'),
  PY("The teenager with anorexia we admitted in January walked out of the unit today at a healthy weight, holding her mum's hand. Rare wins."),
  PY("Working in Doha this year. Today an elderly gentleman brought his entire family (17 people!) into the consultation room for his diabetes review 😄 I love this job.", 'facebook'),

  // ----- patient = false -----
  PN("Thank you for your patience while we move into our new building. Normal service resumes Monday."),
  PN("Had my own colonoscopy today. Sedation is wonderful. The prep is not. Do your screening."),
  PN("Our horse Bramble had colic over the weekend — the vet was amazing. He's back eating hay and very grumpy 🐴", 'facebook'),
  PN("Fictional case for FY1 teaching: 72F, confused, Na 118. Work it up with me 👇 #MedEd"),
  PN("In our retrospective cohort (n=2,140), patients discharged on a Friday had a 12% higher 30-day readmission rate. Full paper out now in the Emergency Medicine Journal.", 'linkedin'),
  PN("General advice: a barking cough with noisy breathing at rest is croup and needs assessing. Steam doesn't help."),
  PN("My son broke his arm on the trampoline. Four hours in A&E on the other side of the desk. The staff were brilliant."),
  PN("MCQ: which is NOT a feature of hyperkalaemia on ECG? A) Peaked T waves B) Prolonged PR C) U waves D) Broad QRS. Answer tomorrow."),
  PN("Ten years since my kidney transplant today. Thank you to my donor's family, always 💚", 'facebook'),
  PN("Patience is a virtue I left in the staff car park at 7am. Coffee please."),
  PN("Simulated patient scenario from our regional training day: a 35-year-old with anaphylaxis in a dental chair. Great learning for every team.", 'linkedin'),
  PN("Every GP I know is seeing 40+ patients a day. That isn't safe for anyone.", 'linkedin'),
  PN("My grandmother turned 100 today! She puts it down to whisky and never going to the doctor 😂", 'facebook'),
  PN("Composite case for our Balint group this month, built from themes and not a real person: the 'heartsink' consultation and how it makes us feel.", 'facebook'),
  PN("Reminder: hay fever season is here. Start your nasal steroid 2 weeks before symptoms, not when you can't see."),
  PN("Our practice offered 14,500 appointments last quarter, 61% face to face. That's what general practice is doing despite the headlines.", 'linkedin'),
  PN("OSCE tip: introduce yourself, confirm name and DOB, wash your hands. You'd be amazed how many forget under pressure."),
  PN("I was diagnosed with ADHD at 38, three years into consultant life. It explains a lot. AMA."),
  PN("Our puppy ate an entire sock. £1,200 of vet bills later he is fine and completely unrepentant 🐕", 'facebook'),
  PN("I don't talk about individual patients here. Ever. But I'll say this: winter pressures are already here and it's only November."),
];

export const BLIND6_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('TheSleepyGP', 'Sleepy GP 😴', 'Salaried GP, somewhere in the Midlands. MRCGP. Opinions mine, not medical advice.', true),
  X('aesthetic_doc_marbs', 'Dr Glow ✨', 'Medical doctor & aesthetic practitioner. GMC & Spain licensed. Botox | Fillers | Skin.', true),
  FB('doc.holliday.ed', 'Doc', 'Holliday', 'A&E consultant who occasionally posts about fishing 🎣', true),
  X('NeuroRegNorth', 'Neuro Reg', 'Neurology StR in the north. Brains, bikes, burnout.', true),
  LI('dr-r-k-cardiology', 'Dr. R', 'K', 'Consultant Cardiologist | MBBS, MD, DM | Apollo Hospitals Chennai', true),
  X('Dr_Ayesha_ObGyn', 'Dr Ayesha', 'Consultant obstetrician & gynaecologist, Dubai. Fertility, PCOS, endometriosis.', true),
  X('surgeonmum', 'surgeonmum 🔪👶', 'Consultant general surgeon. Mum. Runner. Posts about the things nobody tells you.', true),
  FB('gp.dad.cork', 'GP', 'Dad', 'Family doctor in Cork. 3 kids, 1 dog, 0 free time.', true),
  X('TheLipidDoc', 'The Lipid Doc', 'Cardiologist. FRACP. Cholesterol is my love language. Sydney.', true),
  // not anonymous doctors
  X('DrSeanOMurchu', 'Dr Seán Ó Murchú', 'Consultant geriatrician, Galway. Frailty, falls and Gaelic football.', false),
  LI('nkechinyere-obi-nwosu', 'Nkechinyere', 'Obi-Nwosu', 'MBBS MRCS | ST5 Trauma & Orthopaedics | Severn Deanery', false),
  LI('jaswinder-sandhu-pharm', 'Jaswinder', 'Sandhu', 'MRPharmS | Community Pharmacist & Independent Prescriber | Birmingham', false),
  FB('marguerite.delatour.haddad', 'Marguerite', 'de la Tour-Haddad', 'Consultant Rheumatologist at Beaumont Hospital', false),
  LI('dr-kate-hughes-econ', 'Kate', 'Hughes', 'Dr Kate Hughes | Health Economist (PhD) | Technology appraisal | QALYs are people too', false),
  X('chiro_dan', 'Dr Dan, DC', 'Chiropractor. Spines, posture and living your best life.', false),
  LI('venkata-subramanian-iyer', 'Venkata Subramanian', 'Iyer', 'Senior Consultant - Nephrology & Transplant | Manipal Hospitals | DNB, FRCP', false),
  FB('lou.nibhriain.t1d', 'Louise', 'Ní Bhriain', 'T1D for 22 years 💙 patient advocate. Not a doctor!', false),
  X('MidYorksNHS', 'Mid Yorkshire Teaching NHS Trust', 'Official account. Not monitored 24/7. For urgent help call 111 or 999.', false),
  FB('dylan.aprhys', 'Dylan', 'ap Rhys', 'Med student @ Cardiff 🏴󠁧󠁢󠁷󠁬󠁳󠁿', false),
  X('drmeganmcleod', 'Dr Megan McLeod DVM', 'Equine vet. Horses are smarter than people.', false),
];
