/**
 * Blind evaluation set 7, written without sight of the detectors' word lists
 * (or of the earlier blind sets' contents).
 *
 * Emphasis: the ANONYMITY pass (accounts, with an eye to precision: many
 * non-anonymous accounts deliberately look alarming) and the PATIENT pass
 * (subtle individual-patient stories without the word "patient", versus
 * own/family health, campaigns, audits, teaching cases and news).
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';


// ---------------------------------------------------------------------------
// DEV posts
// ---------------------------------------------------------------------------

export const BLIND7_DEV_POSTS: BlindPost[] = [
  // --- patient: true (X) ---
  PY("The chap in bed 9 told me he'd been a Desert Rat and then asked if I'd sneak him a custard cream. Cardiac diet be damned, he got two."),
  PY("My 10:40 brought a list. Typed. Laminated. Fourteen items. We got through three and she thanked me for \"being so thorough\". GP life."),
  PY("Today's first baby arrived at 04:12 in the pool, dad fainted, mum laughed so hard she nearly needed stitches for a different reason. Best night on labour ward in ages."),
  PY("A lovely 90-year-old who still drives to her allotment every morning asked me to write \"fit as a fiddle\" on her discharge letter. I put it in the comments box."),
  PY("The CT I reported this afternoon: 9mm stone sat right at the VUJ in a 24yo who'd been sent home twice with \"gastritis\". Rang the team myself."),
  PY("Home visit to a man in his 80s on the estate this morning. Wife died last month, fridge empty, still insisted on making me a brew. Referred to district nurses + social prescriber."),
  PY("Telephone consult with a mum whose 6-week-old had \"gone a funny colour\" in the bath. Brought straight in. Reflux, thankfully, but I'd do exactly the same again."),
  PY("@KarenW_77 so sorry your dad's discharge was such a mess last week. I've looked into what happened on our ward and I'll ring you Monday to go through it properly."),
  PY("Kid in cubicle 4 swallowed a Lego head. X-ray confirms. Mum's main concern: \"will he still get his Beavers badge tomorrow?\" 😂 #PaedsEM"),
  PY("First Addisonian crisis I've diagnosed on my own tonight. 31yo, vomiting, Na 121, K 6.2, BP in her boots. Hydrocortisone in and she's already chatting. Textbook and terrifying."),
  PY("Slide of the day: this morning's neck node biopsy turned out to be cat scratch disease, not lymphoma. Rang the surgeon, who's ringing her now. Good day."),
  PY("Details changed, but the gentleman in clinic today has the same cancer his twin brother had 20 years ago, diagnosed by the same doctor (me, back when I was a reg)."),
  PY("Nights: sat with a young lad after his overdose while his mates waited in the car park. He asked if I thought he was \"pathetic\". No mate. Not even slightly."),
  PY("The woman handover called \"the frequent flyer\" had a genuine PE today. So glad our new SHO ignored the tone and scanned her."),
  PY("Finally got the dementia diagnosis letter done for Mrs P. 18 months of her daughter fighting for it. She cried on the phone. So did I, a bit."),
  PY("Bed 14's daughter brought a tin of Quality Street for the whole ward and a handwritten card. He walked out today. This job, sometimes."),
  // --- patient: true (Facebook) ---
  PY("Long shift. Delivered twins this afternoon for a couple who'd been through seven rounds of IVF. When the second one cried, the dad just sat down on the floor. Reminded me why I do this.", 'facebook'),
  PY("Had a lady in today who'd kept a breast lump to herself for a year because she was caring for her husband. She starts chemo next week and she made ME promise to look after myself. Honestly.", 'facebook'),
  PY("Jean - your mum's warfarin dose was reduced because her INR was 5.8 on Tuesday, that's why she's on the smaller tablet now. Any more worries just ring the surgery x", 'facebook'),
  PY("Little boy in A&E today with his arm stuck in a radiator. Two firefighters, a lot of washing-up liquid and a packet of Wotsits later, he's free and totally fine. Best bit of my week.", 'facebook'),
  PY("My last one of the day was a retired headteacher who told me my handwriting was a disgrace and my shoes needed polishing. She's not wrong on either count.", 'facebook'),
  PY("Went to see one of my oldest patients at the hospice on my day off. I've been his GP for 31 years. He held my hand and said \"you'll do, doctor\". Not crying, you are.", 'facebook'),
  PY("The young woman I saw on Friday with \"anxiety\" was actually in thyroid storm. Always check the bloods, folks. She's doing brilliantly now.", 'facebook'),
  PY("Ward round highlight: 96-year-old gent asked our consultant to marry his granddaughter. Consultant is already married. Granddaughter, who was visiting, was mortified.", 'facebook'),
  // --- patient: true (LinkedIn) ---
  PY("A reflection from this week: I met a man in his 50s in pre-op assessment who had cancelled his hernia repair three times because he couldn't afford unpaid leave from the warehouse. Health inequality shows up in theatre lists in ways we rarely measure.", 'linkedin'),
  PY("Proud moment: a woman I treated for septic shock as an F2 five years ago stopped me in the supermarket to say thank you. Her words: \"you didn't give up on me\". To every trainee reading this: it matters.", 'linkedin'),
  PY("Last night I pronounced a 19-year-old after a motorbike collision on the bypass. Then I went to see the next person in the queue. We need to talk about how we support clinicians after these moments. #wellbeing #NHS", 'linkedin'),
  PY("Today our team performed the first awake craniotomy at our centre on a professional violinist, who played through the tumour resection. Incredibly proud of everyone involved. She's recovering well.", 'linkedin'),
  PY("Learning point from this week: a 72-year-old man on our stroke unit had his thrombolysis delayed by 40 minutes because his scan request was rejected for a missing weight. We've since changed the pathway.", 'linkedin'),
  PY("I still think about the boy with DKA I looked after as a paediatric registrar. He taught me more about honest communication than any course ever did. He'd be 20 now.", 'linkedin'),
  PY("Delighted to share that the retired firefighter I mentioned last month, who had been waiting for a heart transplant, got his call on Sunday. Thank you to the donor family.", 'linkedin'),
  PY("Telephone triage this morning: a gentleman with \"indigestion\" for two hours. Something in his voice didn't sit right. Ambulance sent. Inferior STEMI, stented by 11am. Trust your gut.", 'linkedin'),

  // --- patient: false (X) ---
  PN("Three days into the worst flu of my life and I've just remembered I'm presenting at grand round on Thursday. Send Lemsip."),
  PN("My dad's bypass went well this morning. Being the relative in a hospital corridor is a whole different experience. Thank you, ward 12 nurses."),
  PN("Patience is a virtue. Waiting for the rota coordinator to release August's rota is not a virtue, it's a sentence."),
  PN("It's #PatientSafety week. What's one small change on your ward that made a big difference? Ours: an independent second check for insulin on every drug round."),
  PN("Audit results: 62% of our discharge letters last quarter had a complete medicines reconciliation. Target is 95%. Work to do. #QI"),
  PN("OSCE practice station: a 45-year-old man presents with crushing central chest pain radiating to his left arm. Take a focused history. (Fictional case, feel free to borrow.)"),
  PN("Our dog had a tooth out today and I was more anxious in the vet's waiting room than I've ever been in resus."),
  PN("Watched the new hospital drama last night. Nobody washed their hands once, the registrar cracked a chest in a corridor, and the consultant looked 27. 2/10."),
  PN("Striking tomorrow. Picket line at the main entrance from 8. Bring a flask. Emergency cover is in place. #PayRestoration"),
  PN("Fascinating long read on Phineas Gage and what a tamping iron through the skull taught us about the frontal lobes. History of medicine is my favourite rabbit hole."),
  PN("Really glad to see the King back on public duties. Wishing him well, and a gentle reminder that cancer screening saves lives."),
  PN("Loved speaking to our local Parkinson's support group last night. Brilliant questions about new drugs and exercise. Thanks for having me!"),
  PN("Composite case for tomorrow's teaching: older woman, recurrent falls, new confusion, on 11 regular medicines. What's your first step? (Not a real person, an amalgam of many.)"),
  PN("23 cases of scarlet fever through our surgery this month. If your child has a sandpaper rash and a fever, please call us or 111."),
  // --- patient: false (Facebook) ---
  PN("Got my own results back and the lump is benign!! Thank you all for the lovely messages, I'm so relieved. Celebratory curry tonight.", 'facebook'),
  PN("Our Bella (the cat, not my daughter!) has been diagnosed with hyperthyroidism. Any tips for getting a tablet into a very cross tabby?", 'facebook'),
  PN("Passed PACES!!! Third time lucky. Thank you to everyone who practised cardiovascular exams on me at silly o'clock.", 'facebook'),
  PN("Mum's hip replacement is booked for March. She's far more worried about who'll feed the chickens than about the surgery.", 'facebook'),
  PN("Practice news: from next month we're running Saturday morning flu clinics. Please share with anyone registered with the surgery.", 'facebook'),
  PN("Just re-read This Is Going to Hurt. Still laughed. Still cried. Still think every medical student should read it.", 'facebook'),
  PN("Reminder to friends: when you've been in hospital, those patient experience surveys really do get read. Fill them in, good or bad!", 'facebook'),
  // --- patient: false (LinkedIn) ---
  PN("Pleased to share that our department's patient experience scores rose from 78% to 91% this year after we introduced bedside handover. A huge team effort.", 'linkedin'),
  PN("Delighted to be starting my new role as Clinical Lead for Urgent and Emergency Care. Looking forward to working with a fantastic team.", 'linkedin'),
  PN("New paper out: outcomes of 1,240 emergency laparotomies across 14 hospitals. 30-day mortality fell from 11.2% to 8.9% after the care bundle. Link in comments.", 'linkedin'),
  PN("Simulation scenario we ran for our FY1s today: anaphylaxis after IV co-amoxiclav, played by an actor. Debrief notes below; all scenario details are fictional.", 'linkedin'),
  PN("A personal share: last year I was signed off with burnout for three months. Here's what I learned about asking for help as a consultant.", 'linkedin'),
  PN("We're recruiting patient representatives to join our long COVID research steering group. No experience needed, expenses paid. Please share.", 'linkedin'),
  PN("Exam season again. My tips for the FRCS viva: know your anatomy, know your classifications, and stay calm when the examiners push.", 'linkedin'),

  // --- interest: true ---
  IY("Absolutely loving the new GlucoTrack Pro sensor the team at @GlucoTrackUK sent me to try. Game changer for anyone with T1D. Use code DRSAM15 for 15% off! 🙌"),
  IY("Just back from a cracking weekend in Lisbon at the Novamed advisory board. Brilliant discussions on the future of GLP-1s. Thanks for having me @NovamedUK!"),
  IY("If you struggle with sleep: I've used Restwell magnesium spray every night for a month. Genuinely works. Link in bio 👇"),
  IY("Delighted to be joining the clinical advisory board of SkinIQ, the AI skin-check app. Download it and see what it can do!"),
  IY("Fancy a full body MOT? I now do private health checks at Harley Street Wellness on Saturdays. DM me for a slot, no NHS waiting list here 😉"),
  IY("Thanks to the lovely folks at Orthoflex for dinner after the conference last night. Their new knee system looks fantastic, can't wait to use it."),
  IY("Friends, my new venture is live! I'm now Medical Director at GlowDerm Aesthetics in Chester. Botox and fillers from a doctor you can trust, 20% off first treatments this month!", 'facebook'),
  IY("I've taken VitaBoost Immune+ all winter and haven't had a single cold. Message me if you want to order, I can get you the practitioner price.", 'facebook'),
  IY("Loved the cooking demo at this morning's diabetes roadshow run by Pharmacia, they even sent me home with a hamper 😍 Try their new carb-counting app, it's brilliant.", 'facebook'),
  IY("Excited to announce I've taken on a consulting role with Meditrack Devices, helping shape their next-generation ECG patch. Clinicians: this is the product you've been waiting for.", 'linkedin'),
  IY("Thrilled to have spoken at the Zenvira symposium in Barcelona this week on why their SGLT2 inhibitor should be first line in heart failure. Fantastic hospitality from the whole team.", 'linkedin'),
  IY("Our clinic, London Knee & Hip Partners, now offers same-week MRI and consultation. As a founding partner I can honestly say it's the best service in the capital. Book via the link.", 'linkedin'),

  // --- interest: false ---
  IN("Disclosure: I've received speaker fees from Novamed. With that said, here's my honest summary of the new obesity drug data and its limitations 🧵"),
  IN("MHRA drug safety update on valproate: new restrictions now apply to men under 55 too. Worth a read if you prescribe it."),
  IN("Apixaban or rivaroxaban for AF with CKD stage 4? Which do you reach for and why? Genuinely curious about practice variation."),
  IN("#ad Paid partnership with Brightsmile: I was asked to review their new sensitive toothpaste range. Here's my honest view."),
  IN("Is it just me or are the drug reps back in force in the doctors' mess? Free pizza is not worth your prescribing independence."),
  IN("We're hiring! Two substantive consultant posts in acute medicine at our trust. Apply via NHS Jobs, closing date the 30th."),
  IN("Journal club tomorrow: the new tenecteplase trial in wake-up stroke. Bring your critiques (and biscuits)."),
  IN("The NHS App now lets you order repeat prescriptions and see test results. Honestly worth setting up, especially for older relatives.", 'facebook'),
  IN("Sponsored post: I've partnered with Pure Sleep mattresses and they've paid for this post. As someone who works nights, here's what I think.", 'facebook'),
  IN("Sharing from the MHRA: certain batches of children's paracetamol suspension are being recalled. Please check your cupboards.", 'facebook'),
  IN("COI: I am a paid adviser to Cardiolink Ltd. I'll be presenting our validation study of their wearable at ESC next week and am happy to share slides.", 'linkedin'),
  IN("Interesting that NICE has approved tirzepatide for weight management. Cautiously optimistic, but tier 3 service capacity is the real bottleneck.", 'linkedin'),
  IN("Proud to be working with our ICB on a new community frailty service. NHS funded and free to patients.", 'linkedin'),
];

// ---------------------------------------------------------------------------
// TEST posts
// ---------------------------------------------------------------------------

export const BLIND7_TEST_POSTS: BlindPost[] = [
  // --- patient: true (X) ---
  PY("Old boy in resus tonight asked me to ring his wife because \"she'll be worried I'm late for Countdown\". He'd had a massive GI bleed. He made it. She was worried. Countdown was missed."),
  PY("My 9:20 today: retired plumber, hands like shovels, BP 210/118. \"Feel grand, doctor.\" Started amlodipine, recheck Friday."),
  PY("The MRI I reported at 7pm: 14yo, headaches blamed on \"screens\" for four months. Posterior fossa mass. Called the on-call neurosurgeon before I'd even finished typing."),
  PY("Sat with a woman on the hospice ward tonight while she told me about dancing at the Barrowland in 1962. She died at 3am. I hope she was dancing."),
  PY("Phone consult with a very polite man who'd \"just been a bit breathless walking the dog\". Sats 86% on his own oximeter. Sent him straight in. Big PE. The dog is fine."),
  PY("Fracture clinic: the lad who broke his wrist doing a backflip for TikTok came back with his OTHER wrist broken. Same backflip. Same TikTok."),
  PY("Today's delivery: a 4.9kg baby girl, born to a first-time mum who pushed for 20 minutes and then asked for toast. Legend."),
  PY("@sian_cardiff Sian, your son's op was postponed because his haemoglobin came back low on Tuesday. We'll recheck next week and rebook, I'll call you."),
  PY("The gentleman on ward 7 with the bow tie has now taught three of our F1s to play chess. His chest infection is resolving. Part of me hopes slowly."),
  PY("LP on a very brave 6-year-old this afternoon. She asked me to count in French. Un, deux, trois… done. She gave ME a sticker."),
  PY("Frozen section came back with clear margins for the lady on the morning list. Surgeon did a little dance in theatre. I heard it down the phone."),
  PY("Detained a young mum under the Act today. Postpartum psychosis, day 9. Her partner thanked me. I went to the car and cried. Perinatal psych is brutal and beautiful."),
  PY("Man walks into majors with a fish hook through his eyebrow, still holding the rod. \"Didn't want to lose it, it's new.\" #EDlife"),
  PY("Dialysis unit: the gentleman who's come in three times a week for 11 years brought cake for his 80th. We sang. He cried. We cried."),
  PY("Lady in clinic asked if she could record our consultation for her husband. Said yes. She then played it back to me IN the consultation, at 1.5x speed."),
  PY("The kid from last week's tonsillectomy sent in a drawing of me with a massive head and tiny arms. Pinned to the clinic wall. Accurate."),
  // --- patient: true (Facebook) ---
  PY("Hard day. Told a couple this morning that their baby's heartbeat had stopped at 20 weeks. I will never get used to it and I hope I never do.", 'facebook'),
  PY("Funniest moment of the week: an elderly gent on the ward asked if I was \"old enough to be a doctor\" and then asked for my mum's number.", 'facebook'),
  PY("Sandra, Keith's bloods from Monday were fine, the potassium is back to normal so he can restart the tablet. See you both at the review in June x", 'facebook'),
  PY("One of my regulars at the surgery turned 100 today! Popped round after evening surgery with a card. Sharp as a tack and still does the cryptic crossword.", 'facebook'),
  PY("Home visit to a farm this afternoon to see a chap who'd refused to come in for weeks. Diagnosed his heart failure at the kitchen table with a collie asleep on my foot.", 'facebook'),
  PY("Remember the young lad I told you about who was in ICU after the crash in the summer? He walked out of rehab today. WALKED!!", 'facebook'),
  PY("The little girl I looked after in A&E tonight had swallowed a button battery. Parents, PLEASE keep them out of reach. She's in theatre now, fingers crossed.", 'facebook'),
  PY("Weekend on-call: a 30-something chap who'd cut his hand on a kebab skewer at 2am insisted it was \"a sword fight\". Seven stitches, zero regrets apparently.", 'facebook'),
  // --- patient: true (LinkedIn) ---
  PY("This week I supported a family through withdrawal of treatment for their father, a former miner, on our ICU. His daughter asked if we could play his colliery brass band. Small things matter.", 'linkedin'),
  PY("Case reflection: a woman in her 40s came to my clinic with fatigue. Three GPs, two years. Her ferritin was 4. What we miss when we rush.", 'linkedin'),
  PY("I want to celebrate someone I've looked after for years, who finished the London Marathon this weekend 18 months after her liver transplant. Extraordinary.", 'linkedin'),
  PY("Radiology moment: yesterday I reported a chest X-ray on a smoker in his 60s with \"a cough that won't shift\". 4cm right upper lobe mass. Fast-tracked to the two-week-wait clinic the same afternoon.", 'linkedin'),
  PY("A reminder to colleagues: the grandmother I saw on Tuesday had been told at the front desk that she was \"wasting an appointment\". She'd had a stroke. Listen to people.", 'linkedin'),
  PY("Heartwarming end to my clinic: a young man I've looked after since his first psychotic episode at 17 is starting university in September. Recovery is possible.", 'linkedin'),
  PY("Yesterday I met a 15-year-old who has waited 14 months for her scoliosis surgery and is now in constant pain. Paediatric orthopaedic waits must be a priority. #NHS", 'linkedin'),
  PY("Shared with the family's permission: our unit cared for a baby born at 23+4 weeks weighing 560g, who went home this week. Thank you to our NICU nurses.", 'linkedin'),

  // --- patient: false (X) ---
  PN("Managed to give myself food poisoning with my own reheated rice. Twenty years in medicine and still learning."),
  PN("My son's first day at nursery today and I'm more nervous than I was before my consultant interview."),
  PN("The patience of the switchboard team at 4am genuinely deserves an award."),
  PN("Our trust's patient safety team wants your near-miss reports. They are not about blame. Please keep submitting Datix."),
  PN("Of the 312 people seen in our heart failure clinic last year, 41% had an ejection fraction under 35%. Poster at the conference on Thursday."),
  PN("SBA of the day: a 68-year-old man has painless jaundice and weight loss. Most likely diagnosis? A) gallstones B) pancreatic cancer C) hepatitis A. Answer tomorrow."),
  PN("Vet bill for the rabbit: £340. Rabbit: completely unbothered, eating a carrot."),
  PN("Watching the new ambulance documentary. Lovely to see paramedics get the credit, but the music is far too dramatic."),
  PN("Rota released five weeks before the start date. Seven nights, one day off, then a long day. Exception report incoming."),
  PN("On this day in 1928 Fleming noticed mould killing bacteria on a petri dish. Happy penicillin day, everyone."),
  PN("Wishing the footballer who collapsed on the pitch yesterday a full recovery. Amazing work by the club medics and the bystanders doing CPR."),
  PN("Great evening speaking to the local heart support group about cardiac rehab. Their questions were sharper than most of my trainees'."),
  PN("Hypothetical for the regs: you're called to a 25-year-old asthmatic, sats 91%, silent chest. Talk me through your first five minutes."),
  PN("Passed the AKT! Now to never look at a QOF indicator again. (Until Monday.)"),
  // --- patient: false (Facebook) ---
  PN("My own colonoscopy today. Prep was grim, sedation was lovely, and everything is clear. Go to your screening if you're invited!", 'facebook'),
  PN("Grandad is 94 today and still beats me at dominoes. Happy birthday x", 'facebook'),
  PN("Our dog Bramble had his stitches out today and he's very proud of his cone.", 'facebook'),
  PN("The surgery will close at 1pm on Wednesday for staff training. For anything urgent please call 111.", 'facebook'),
  PN("Friendly reminder that the Patient Participation Group meets Thursday at 6pm in the village hall. All welcome!", 'facebook'),
  PN("Finally watched the hospital drama everyone keeps messaging me about. The doctor gave adrenaline for a panic attack. I screamed.", 'facebook'),
  PN("Twenty years qualified today. Thank you to every nurse who saved me from myself as a house officer.", 'facebook'),
  // --- patient: false (LinkedIn) ---
  PN("Our audit of 500 consecutive hip fracture admissions found median time to theatre fell from 41 to 29 hours. Proud of our orthogeriatric team.", 'linkedin'),
  PN("Excited to share that I've been appointed Associate Medical Director for Patient Experience.", 'linkedin'),
  PN("OSCE season: I'm running a mock circuit for our fifth-year students. All scenarios are simulated with actors. Volunteer examiners welcome!", 'linkedin'),
  PN("Lessons from the Bristol heart inquiry 25 years on: what did we learn about openness, and what have we forgotten?", 'linkedin'),
  PN("After a year of long COVID myself, I'm back to full-time clinical work. Grateful for occupational health and a phased return.", 'linkedin'),
  PN("Looking for lay members to join the Patient and Public Involvement panel for our dementia trial. You'll be paid for your time.", 'linkedin'),
  PN("Delighted our trust has signed the Sexual Safety in Healthcare charter. Every member of staff deserves to feel safe at work.", 'linkedin'),

  // --- interest: true ---
  IY("Been trialling the new CalmaPatch nicotine patches @CalmaHealth sent over. People who've tried them love them and so do I. DM for a discount code!"),
  IY("What a trip! Three days in Copenhagen with the Nordisk Pharma team for their insulin advisory panel. Great food, great science 🇩🇰"),
  IY("Honestly the best probiotic I've found for IBS is GutGuard Daily. I recommend it to everyone, use my link for 10% off."),
  IY("Now seeing private patients at The Belgravia Heart Clinic every Thursday. No waiting lists. Book online 👇"),
  IY("Can't recommend the DocNote AI scribe enough. I'm on their medical advisory panel and it has transformed my clinics. Free trial via my link!"),
  IY("Thank you Stryvex Orthopaedics for the gift hamper after the course. Their new hip stem is the best I've used."),
  IY("So excited to launch my own skincare line with DermaPure Labs! Doctor-formulated, clinically proven. Order through my page 💕", 'facebook'),
  IY("Anyone wanting to lose weight before summer, I'm now prescribing at SlimRx Online Clinic. Message me for a consultation.", 'facebook'),
  IY("Had the best time at the Medivance inhaler launch in Monaco last weekend, they flew us all out! Their new inhaler is going to be massive.", 'facebook'),
  IY("Honoured to join the Scientific Advisory Board of Vitaloop, the wearable blood pressure start-up. Check out their crowdfunding campaign!", 'linkedin'),
  IY("Thrilled to be Clinical Director of Harbour Private Hospitals' new cosmetic surgery unit. Consultations now available, get in touch.", 'linkedin'),
  IY("Great to deliver a talk on behalf of Alveron Pharma at the regional respiratory meeting. Their triple therapy inhaler is, in my view, the best option for most people with COPD.", 'linkedin'),

  // --- interest: false ---
  IN("COI: I've received honoraria from Alveron and Medivance. Here's a balanced thread on the new COPD guidelines 🧵"),
  IN("Valsartan recall: some batches withdrawn due to impurities. Don't stop your tablets without speaking to your pharmacist first."),
  IN("Our trust has switched to edoxaban as first-line DOAC. Interesting to watch how practice shifts when the formulary changes."),
  IN("#sponsored This is a paid partnership with Oatcore porridge. As a GP I do genuinely eat it every morning."),
  IN("Pharma-funded \"education\" lunches should have gone out with the fax machine. Change my mind."),
  IN("Our practice is looking for a salaried GP, 6 sessions, very supportive team. Apply via NHS Jobs."),
  IN("Journal club Friday: that aspirin-in-older-adults trial. Was the null result really null?"),
  IN("A new Alzheimer's antibody has been approved in the US today. Lots of hype. Please don't ask me to prescribe it yet, it isn't available on the NHS.", 'facebook'),
  IN("Free NHS Health Checks for everyone aged 40-74 in our area, book via the surgery. No catch!", 'facebook'),
  IN("Ad: paid partnership with Snoozy Baby sleep sacks. I chose them for my own kids before they asked.", 'facebook'),
  IN("Disclosure: I hold shares in Cardiolink Ltd. Our validation study is now published, with full conflicts of interest listed in the paper.", 'linkedin'),
  IN("NHS England's community pharmacy scheme for treating uncomplicated UTIs is a good step forward for access.", 'linkedin'),
  IN("Joined the BMA consultants committee this year. Looking forward to representing colleagues.", 'linkedin'),
];

// ---------------------------------------------------------------------------
// DEV accounts
// ---------------------------------------------------------------------------

export const BLIND7_DEV_ACCOUNTS: LabelledAccount[] = [
  // --- anonymous doctors ---
  X('sleepless_shoreg', 'Dr Priya 🩺', 'SHO in acute med. Coffee, crosswords and the occasional bleep-induced existential crisis. Views mine. #MedTwitter', true),
  X('tom_edreg', 'Tom, ED reg', 'Emergency medicine StR, north of England. Resus, running, rants about corridor care.', true),
  X('DrJ_anaes', 'Dr J', 'Consultant anaesthetist. Airways, audits and allotments. Tweets are not medical advice.', true),
  X('theregonnights', 'The Reg on Nights', 'Medical registrar. I hold the bleep so you don\'t have to. 🌙📟', true),
  X('gp_pip', 'Pip (GP)', 'Salaried GP, MRCGP. 10-minute appointments, 12-minute problems. Own views.', true),
  X('FY1fiasco', 'F1 Fiasco', 'Foundation doctor learning as I go. MBChB 2023. Everything here is my opinion, not my trust\'s.', true),
  X('docteur_m_ldn', 'Docteur M.', 'Médecin hospitalier à Londres 🇫🇷🇬🇧 Cardiologie. Opinions personnelles.', true),
  X('medicocansado', 'El Médico Cansado', 'Médico de urgencias trabajando en el NHS 🇪🇸➡️🇬🇧 | MIR → CCT', true),
  X('neuroregnotes', '🧠⚡🩺', '🧠 neurology ST5 | 🏃‍♀️ | ☕☕☕ | 🇬🇧 | she/her', true),
  X('histohermit', 'Histo Hermit', 'Consultant histopathologist. I look down microscopes and up at the ceiling. FRCPath.', true),
  X('psychregsal', 'Psych Reg Sal', 'CT3 psychiatry. MRCPsych done, sleep pending. Mental health matters.', true),
  X('obsgyn_owl', 'Night Owl O&G', 'Obs & gynae registrar 🦉 Labour ward at 3am is my natural habitat. Views my own.', true),
  X('dr_kofi_paeds', 'Dr Kofi', 'Paeds ST4. Ghana → UK. Tiny humans, big feelings. #PaedsTwitter', true),
  X('scrubsandscones', 'Ollie 🔪', 'Ex-US surgical resident, now a trust-grade doc in the UK. Yes I miss the attendings. No I don\'t miss the hours.', true),
  FB('the.junior.doctor.diaries', 'Junior Doctor', 'Diaries', 'Page run by a UK junior doctor. Honest stories from the wards (all identifying details changed).', true),
  FB('hannah.b.gp', 'Hannah', 'B.', 'GP partner and mum of three. Tired.', true),
  LI('dr-s-k-radiology', 'S.', 'K.', 'Consultant Radiologist | FRCR | MSK & sports imaging', true),
  LI('anaesthetics-registrar-uk', 'Anaesthetic', 'Registrar', 'ST6 Anaesthetics & ICM trainee | FRCA | Interested in QI and simulation', true),

  // --- not anonymous doctors: named doctors ---
  X('acutemedlife', 'acute med life', 'Dr Catrin Llewelyn-Jones, consultant in acute medicine, Cardiff. Views my own.', false),
  X('drsarahokafor', 'Sunny 🌻', 'Paediatric registrar. Lagos-born, Leeds-made. #MedTwitter', false),
  X('ikenna_gas', 'Dr. I. Nwachukwu', 'Consultant anaesthetist, Manchester. FRCA. Airway nerd.', false),
  X('wanglei_heart', 'WANG Lei', 'Cardiology registrar, London. 心内科医生. Opinions my own.', false),
  X('drvanderberg', 'Dr Anouk van der Berg', 'GP, Bristol. Dutch by birth, grumpy about cycle lanes by choice.', false),
  X('eilidhgp', 'Dr Eilidh NicDhòmhnaill', 'GP ann an Steòrnabhagh. Gàidhlig & English.', false),
  X('karthik_ent', 'karthikeyan subramaniam', 'ent registrar. cricket. dosa evangelist.', false),
  X('oldsurgeon_retired', 'Retired surgeon', 'Retired general surgeon (FRCS 1979). Now grows tomatoes. — Geoffrey Hartley-Pike', false),
  FB('dr.omar.alhashimi', 'Omar', 'Al-Hashimi', 'Consultant Nephrologist at a London teaching hospital', false),
  LI('agnieszka-wojcik-psych', 'Agnieszka', 'Wójcik', 'Consultant Psychiatrist | Perinatal mental health | MRCPsych', false),
  // --- not anonymous doctors: non-doctors ---
  X('nurse_on_nights', 'Nurse Jo 💉', 'Band 6 ED nurse. Night shift survivor. Views own.', false),
  FB('dee.rmn.nurse', 'Dee', 'RMN', 'Mental health nurse (RMN) 💚 Community crisis team', false),
  X('pa_in_gensurg', 'PA Rhys', 'Physician associate, general surgery. Not a doctor, proud of what I am.', false),
  X('dr_smile_dental', 'Dr Smile 😁', 'Dentist (BDS) in Birmingham. Floss daily. Whitening & Invisalign.', false),
  X('the_vet_reg', 'Vet Reg 🐾', 'Small animal vet, MRCVS. Cats > dogs (controversial). Night emergency clinic.', false),
  X('futuredoc_amara', 'Amara | future doctor 🩺', 'Year 3 medical student. Aspiring surgeon. Anatomy flashcards 24/7.', false),
  X('chirodrben', 'Dr Ben - Chiropractor', 'Doctor of Chiropractic. Spinal health, posture, sports recovery. Book online.', false),
  X('tardis_doctor_fan', 'The Doctor 🟦', 'Doctor Who obsessive. TARDIS collector. Allons-y! Fezzes are cool.', false),
  X('pharmacist_raj', 'Raj | Pharmacist', 'Hospital pharmacist. Antimicrobial stewardship nerd. GPhC registered.', false),
  X('doctorsdaughter_', 'Doctor\'s daughter', 'Daughter of two GPs. Grew up on call. Now a primary school teacher.', false),
  FB('st.elsewhere.hospital', 'St Elsewhere', 'NHS Foundation Trust', 'Official page of St Elsewhere Hospital. Our doctors, nurses and staff. Not monitored 24/7.', false),
  LI('medlocum-recruitment', 'MedLocum', 'Recruitment', 'Connecting doctors with locum shifts across the UK | Consultant, registrar & SHO roles', false),
  LI('lina-h-immunology', 'Dr Lina', 'H., PhD', 'Postdoctoral Research Fellow | PhD Immunology | T-cell biology', false),
];

// ---------------------------------------------------------------------------
// TEST accounts
// ---------------------------------------------------------------------------

export const BLIND7_TEST_ACCOUNTS: LabelledAccount[] = [
  // --- anonymous doctors ---
  X('crashcallcass', 'Cass 🩺 ED', 'ST5 emergency medicine. Resus is my happy place. Trauma, tea, Taylor Swift.', true),
  X('DrAyo_paeds', 'Dr Ayo', 'Paediatric consultant. Neonates, nappies & the NHS. Opinions mine.', true),
  X('the_house_officer', 'The House Officer', 'Scottish FY1. Still learning where the cannulas live. MBChB 2024.', true),
  X('orthoregrob', 'Rob (ortho reg)', 'Trauma & orthopaedic registrar. Bones, beers and bad puns.', true),
  X('drK_endo', 'Dr K.', 'Consultant endocrinologist. Thyroids, adrenals and the occasional pituitary. Tweets ≠ advice.', true),
  X('gpatnight', 'Out of Hours GP', 'Sessional GP doing OOH shifts across the shires. MRCGP. Mostly coughs.', true),
  X('medico_di_guardia', 'Il Medico di Guardia', 'Medico anestesista 🇮🇹 che lavora nel NHS. Caffè forte, turni lunghi.', true),
  X('doktor_ania', 'Doktor Ania', 'Lekarz, anestezjologia 🇵🇱➡️🇬🇧 Consultant in the NHS.', true),
  X('weary_attending', 'Weary Attending', 'Ex-US attending, now UK consultant in intensive care. Same bad coffee, different accent.', true),
  X('sho_survival', '💊🩺🥱📟', 'IMT2 | 📟 survivor | 🏥 north west | ☕ dependent | 🐈', true),
  X('derm_doc_d', 'D, dermatology', 'Derm registrar. Moles, rashes and sunscreen sermons. #DermTwitter', true),
  X('resident_ranjit', 'Ranjit, resident doc', 'Resident doctor (formerly "junior"). Gen surg. BMA rep. #ResidentDoctors', true),
  X('geridoc_cat', 'Geri Doc 🐱', 'Consultant geriatrician. Frailty, falls & fabulous 90-somethings. Views own.', true),
  X('palliativereg', 'Palliative Reg', 'Palliative medicine StR. Talking about dying so we can live better.', true),
  FB('GP.Musings.Page', 'GP', 'Musings', 'Thoughts from a working NHS GP. No medical advice given on this page.', true),
  FB('aisha.m.fy2', 'Aisha', 'M', 'Junior doctor 👩🏽‍⚕️ | FY2 | Birmingham', true),
  LI('consultant-cardiologist-ldn', 'Cardiology', 'Consultant', 'Consultant Cardiologist, MD FRCP | Heart failure & devices', true),
  LI('j-r-regional-anaesthesia', 'J.', 'R.', 'Consultant Anaesthetist | Regional anaesthesia | Educational supervisor', true),

  // --- not anonymous doctors: named doctors ---
  X('bolaji_obs', 'Bolaji 🌸', 'Dr Bolaji Adeyemi-Cole, O&G consultant, London. Mum of two.', false),
  X('drchidiokeke', 'Chidi ⚽', 'Renal registrar, Manchester. Arsenal till I die.', false),
  X('venkata_gp', 'Dr. V. Venkataraman', 'GP partner, Leicester. Telugu/English. Views own.', false),
  X('zhangmei_colorectal', 'ZHANG Mei 张梅', 'Colorectal surgeon. 外科医生. Edinburgh.', false),
  X('drdelatorre_psych', 'Dr Inés de la Torre', 'Consultant psychiatrist. Spanish-British. Flamenco badly.', false),
  X('ruaraidh_gp', 'Dr Ruaraidh MacAoidh', 'Dotair teaghlaich, An t-Eilean Sgitheanach. Shinty & sheep.', false),
  X('dr_rhodri', 'rhodri ap iorwerth', 'respiratory consultant. swansea. lower case by choice.', false),
  X('retiredGPyorks', 'Retired GP', 'Dr Margaret Thornbury, retired GP (1982-2019). Now chairs the parish council.', false),
  FB('dr.khalid.mansour', 'Khalid', 'Mansour', 'Consultant Emergency Physician', false),
  LI('katarzyna-nowak-kowalska', 'Katarzyna', 'Nowak-Kowalska', 'Specialty Doctor in Paediatrics | Polish & UK trained', false),
  // --- not anonymous doctors: non-doctors ---
  X('para_pete', 'Paramedic Pete 🚑', 'HCPC paramedic. 999 stories (never any identifiable details).', false),
  X('opto_oli', 'Dr Oli (Optom)', 'Optometrist (OD). Eyes on everything. Not an ophthalmologist!', false),
  X('dr_hana_psych', 'Dr Hana', 'Clinical psychologist (DClinPsy). CBT, trauma, tea.', false),
  LI('phoebe-lane-physio', 'Phoebe', 'Lane', 'MSK Physiotherapist | HCPC | Running injuries', false),
  X('drdeckz', 'DR DECKZ 🎧', 'DJ / producer. The Doctor of Bass. Bookings via management.', false),
  X('osteo_dr_mark', 'Dr Mark, Osteopath', 'Registered osteopath (DO). Back pain, sports injuries. Clinic in Hove.', false),
  X('RCRuralMed', 'Royal College of Rural Medicine', 'Professional body for doctors working in remote and rural practice. Standards, training, advocacy.', false),
  X('primarycarejnl', 'Primary Care Digest', 'Peer-reviewed journal for GPs and primary care teams. Submissions open.', false),
  X('t1d_and_me', 'Lauren 💙 T1D', 'Type 1 diabetic since age 8. Patient advocate. Not a doctor, just know a lot.', false),
  X('mrs_consultant', 'Mrs Consultant', 'Married to a consultant surgeon. I know his on-call rota better than he does.', false),
  FB('Nurse.Practitioner.Tash', 'Tash', 'ANP', 'Advanced Nurse Practitioner in general practice 💙', false),
  FB('midwife.molly.community', 'Molly', 'Midwife', 'Community midwife. Bumps, babies and biscuits.', false),
  LI('helix-health-recruitment', 'Helix', 'Health Recruitment', 'Locum doctor & nurse recruitment across the UK', false),
  X('medstudent_musa', 'Musa | MS4', 'Final year medic. Nearly a doctor 🩺 FY1 in August!', false),
];
