/**
 * Blind evaluation set 21, written without sight of the detectors' word lists.
 *
 * Emphasis: patient stories from one specialty after another (psychiatry sections and
 * crisis calls, paediatrics and neonates, obstetrics and midwife-led births, GP home visits,
 * repeat attenders and phone consults, theatre lists, anaesthetics, ED resus, ICU, oncology,
 * palliative care, geriatrics, dermatology photos, radiology images "shared with consent",
 * pathology specimens, ophthalmology, ENT, urology, sexual health, addiction, learning
 * disability, custody medicine, pitch-side sport, ship/expedition/military medicine and a
 * student's first clerking), mostly as short X posts in clinicians' shorthand. Set against
 * them are hard negatives built from the same vocabulary: the doctor's own or family's
 * illness, pets, "patience", invented teaching cases, MRCP/MRCS/SBA questions, "imagine a
 * 70-year-old", audits and counts, policy rants, NICE summaries, thank-yous to a whole
 * practice list, a celebrity's diagnosis in the news and TV dramas. A smaller interest
 * slice mixes undeclared private-clinic plugs, freebies, affiliate codes, advisory roles
 * and pharma hospitality with declared ties, recalls, news, formulary notes and job adverts;
 * the accounts mix surname-only and pseudonymous doctors with named doctors and
 * non-doctor "Dr"s, nurses, pharmacists, paramedics, PAs and students.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND21_DEV_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY("Sec 2'd a lad in his early 20s at 3am in the 136 suite. He kept apologising for 'wasting the police's time'. Broke my heart a bit tbh #psychtwitter"),
  PY("Tribunal today for one of my guys on a s3. He told the panel I was 'alright for a posh one'. Discharge refused but I'll take the review 😅"),
  PY("Crisis team call out to a woman sat on the top deck of a multi storey in Stockport. Two hours of talking. She came down. Then asked if we could get chips. We got chips."),
  PY("4yo with a lego brick up the left nostril. 3rd from the same household this yr. Mum: 'he just really likes lego'. Removed w/ the mother's kiss technique, v satisfying #paeds"),
  PY("Our 24+3 weeker from Christmas Eve went home today on low flow. 1.9kg of pure stubbornness. Parents brought the whole unit Krispy Kremes 🍩😭 #NICU"),
  PY("Cat 1 at 02:40, cord prolapse, DDI 11 mins. Apgars 3 and 9. My legs are still shaking and I'm the reg. Baby now screaming on the postnatal ward, as he should be."),
  PY("Popped into the birth centre on my break - first time mum had just delivered in the pool, no analgesia, midwife-led start to finish, singing Abba through the last 20 mins. Absolute legend 👑"),
  PY("Home visit to a 91yo retired miner up the valley. Offered me a whisky at 11am (declined). Sats 88% on air, refused admission, capacity intact. Doxy, rescue pack, DN tomorrow. We'll see."),
  PY("Saw my most frequent attender for the 4th time this week. Turns out what she actually wanted to talk about was her husband. 40 mins, ran an hour late all afternoon. Worth every minute."),
  PY("Phone consult. 'Doctor I think I've got long covid.' What symptoms? 'Well I've had covid for a long time.' Since when? 'Tuesday.' 😂 #GPlife"),
  PY("List overran bc the lap chole became a 4hr open. GB basically welded to the duodenum. 68M, hoping home day 3. Anaesthetist has forgiven me. Probably."),
  PY("CL grade 4, full beard, BMI 52 this morning. VL + bougie, tube on 2nd pass, sats never below 92. He woke up and asked if we'd shaved him. We had not. #anaesthesia"),
  PY("ROSC after 38 mins on a man in his 40s, VF on a treadmill at the gym. Bystander CPR from a PT and the gym had a defib. Whoever you are, he's alive because of you. #FOAMed"),
  PY("Day 23 on ICU for our young asthmatic. Extubated this morning. First croaky words were to ask for his mum's lasagne. Whole unit cheered, one of the nurses cried."),
  PY("Told a 34yo in clinic this morning her PET shows a complete metabolic response. She made me say it 3 times then made me hug her. Best Tuesday in months #oncology"),
  PY("Sat with a man in his last hours tonight. His wife played Sinatra on her phone and held his hand and he died somewhere in the middle of My Way. Had to go and stand in the sluice for a bit."),
  PY("My 102yo on the ward says the secret is 'never marrying and never stopping'. In with a #NOF on Sat, DHS yesterday, up with physio today. She's right, clearly."),
  PY("Derm group, pic below, shared with his OK - 50s M, single expanding annular patch on the flank about 2 wks after camping in the New Forest. No systemic sx. EM or am I overcalling? Started doxy anyway, tell me if I'm wrong", 'facebook'),
  PY("Shared with consent 👇 Incidental on a CT KUB today: a whole dental crown sitting in the sigmoid. She'd lost it 'somewhere' last month. Mystery solved #radiology"),
  PY("Unusual one on the bench today - a 9cm trichobezoar out of a teenage girl's stomach, perfect cast of the lumen. Pics going in our teaching file, not on here before anyone asks."),
  PY("Eye cas: chap used superglue instead of his glaucoma drops. Again. Same size bottle, same bathroom shelf. Lids separated, cornea fine. Have begged him to move the glue."),
  PY("Fish bone in the L tonsil of a lady who'd had the all-you-can-eat on Saturday. Out with Tilleys in clinic, no drama. She took it home in a specimen pot 'for the grandkids'."),
  PY("1.4L residual in a man who'd been 'holding it' through a 3hr wedding speech. Relief on his face when the catheter went in. Never seen such gratitude #urology"),
  PY("19yo in clinic today had read on tiktok that garlic cures chlamydia. Swab positive (garlic negative). Doxy given, partner notification done, myth busted #sexualhealth"),
  PY("One of my clients on the methadone programme hit two years clean today. Brought his daughter into clinic to meet us. I'm not crying you're crying 🥲"),
  PY("Reflecting on a man I met in the endoscopy unit this month. He has Down's syndrome and had been refused a colonoscopy twice elsewhere because he 'wouldn't tolerate it'. With his sister, the LD liaison nurse and a pre-visit to see the room, we did it under sedation in 25 minutes. Reasonable adjustments are not extras. They are the job.", 'linkedin'),
  PY("Custody shift: detainee swallowed wraps at point of arrest, refusing transfer to ED. Capacity assessed + documented, 15 min rousable obs, very good sergeant. Long night in Leicester."),
  PY("Pitchside at Rovers today, their left back went down clutching his knee just after the hour. Positive Lachman on the touchline. Gutted for him, best season he's had. MRI Monday."),
  PY("Ship's doc life: inferior STEMI in a passenger two days out of Southampton, mid Atlantic, no helivac in range. Thrombolysed in our med centre, settled, now complaining about the buffet #cruisemedicine"),
  PY("First ever patient clerking today!!! Lovely old gentleman on the resp ward let me take a full history even though he'd already told it to 4 people. He said I'd make 'a proper doctor one day' 🥹 #medstudent", 'facebook'),
  PY("@kev_m1972 thank you for the kind words about your mum's op, so glad she's home. If the wound gets red or hot ring the ward number on her discharge letter 👍"),

  // ---- patient = false (hard negatives) ----
  PN("3am in paeds ED but as the parent this time. Temp 39.8, I did the glass test about 50 times. It was roseola. Turns out doctor brain switches off entirely when it's your own kid."),
  PN("Discharged after 4 nights on a surgical ward post-appendix, as the patient. New respect for every HCA in the land. And whoever invented hospital toast."),
  PN("I was signed off with depression as an F2. I'm an ST5 now. If you're a trainee reading this and not coping, please talk to someone. My DMs are open."),
  PN("Mum didn't know who I was today. Three years of vascular dementia and you'd think you'd be ready. Dad still visits every afternoon with the paper and does the crossword out loud for her. Sorry, no real reason for posting, just needed to say it somewhere.", 'facebook'),
  PN("Our spaniel had a TPLO today. The vet's consent conversation was better than any I've done. He's now high on methadone, wagging at the wall 🐶"),
  PN("My patience is at an all time low. Third IT outage this shift and we're back to writing drug charts in biro like it's 1995 #NHS"),
  PN("Made-up case for tomorrow's FY1 teaching (every detail invented): 58M, tearing chest pain to the back, 30mmHg BP difference between arms. What's your first Ix? Answers in 🧵"),
  PN("MRCP Part 1 SBA: A 45-year-old woman presents with fatigue, weight gain and a TSH of 12 with normal fT4. She is trying to conceive. What is the most appropriate next step? A) Repeat in 6/12 B) Start levothyroxine C) TPO antibodies D) ..."),
  PN("Imagine a 70-year-old with AF, CKD3 and one fall last year. Do you anticoagulate? (Spoiler: almost certainly.) Thread on why 'falls risk' is the most overused excuse in medicine 🧵"),
  PN("212 patients through ED today with 9 doctors on the shop floor. That's not a badge of honour, it's a warning light."),
  PN("Re-audit done ✅ VTE risk assessment within 24h of admission: 94% (up from 71%). Poster going to the regional meeting. Massive thanks to the F1s who did the legwork."),
  PN("The 'doctors vs PAs' shambles has been allowed to drift for 5 years and the people paying for it are the public. Somebody at the top make a decision."),
  PN("NICE NG136 on a postcard: clinic BP ≥140/90 → offer ABPM. Treat stage 1 if <80 with target organ damage, CVD, renal dx, diabetes or QRISK ≥10%. Stage 2 treat everyone. 🩺"),
  PN("After 32 years at Northgate Surgery I hung up my stethoscope on Friday. To every one of our patients, past and present: thank you for trusting us with the most important parts of your lives. It has been a privilege.", 'facebook'),
  PN("Genuinely sad to read about the King's cancer diagnosis. If one good thing comes of it, let it be more men getting their symptoms checked early."),
  PN("Watching Casualty and they've just done a clamshell in a corridor with what I swear was a bread knife. My old reg would have had words. Many words."),
  PN("34 weeks and just diagnosed with obstetric cholestasis. The itching is biblical. Bile acids 48. Induction at 37 wks, so much for my birth plan."),
  PN("Sim day: our mannequin Derek arrested three times before lunch. Derek has had a rough year. Brilliant debrief though, found two kit issues we'd never have spotted #simulation"),
  PN("OSCE practice anyone? Station: you're the FY1, a simulated patient (actor) playing a 62yo is breathless post-op day 2. History + plan in 8 mins. Zoom tonight 7pm"),
  PN("Ruptured my achilles at 5-a-side. I'm now the one in a boot being told not to weight bear. Karma for every time I've said 'just rest it' in clinic."),
  PN("Reminder from a paeds reg: fever + a rash that doesn't fade under a glass = 999. Don't wait for the GP callback. Don't wait for morning."),
  PN("The woman I want to tell you about is a composite. She is drawn from dozens of conversations I have had in heart failure clinic over fifteen years, and no detail belongs to any one person. What they all taught me is that breathlessness is rarely the thing people fear most. It is becoming a burden.", 'linkedin'),
  PN("Grandad's in for a hip at the Royal. Staff have been brilliant. Visiting as family instead of as a doctor is a totally different experience, highly recommend nobody has to do it."),
  PN("Of the 48 overdose presentations we audited last year, 31 were staggered paracetamol. Pack size rules clearly aren't enough on their own."),
  PN("Writing a novel about an FY2 on nights. Every patient in it is fictional. The vending machine that eats your pound is, sadly, real."),

  // ---- interest = true ----
  IY("My online mole clinic is now live! 📸 Send a photo, get a consultant reply same day from £49. Link in bio 👇 #dermatology #skincheck"),
  IY("Been wearing the Withings ScanWatch they kindly sent me for a month - picked up my ectopics before I did. Honestly think every GP should be recommending one ⌚"),
  IY("Delighted to share that I have joined the Medical Advisory Board of Thrive Gut Health, one of the UK's fastest-growing probiotic brands. Looking forward to helping shape their clinical messaging and bringing evidence-based gut health to millions. 🚀", 'linkedin'),
  IY("Use code DRSAM15 for 15% off Vitl vitamin D 🌞 the only one I actually take myself. Winter's coming, stock up!"),
  IY("Fab evening at The Ivy in Manchester courtesy of the lovely Novo Nordisk team - really engaging talk on semaglutide for weight management and their new patient support app is brilliant. Highly recommend getting on their next one!", 'facebook'),

  // ---- interest = false ----
  IN("Disclosure: I've received speaker fees from AstraZeneca. With that said, the DAPA-CKD data are worth reading in full, not just the abstract."),
  IN("MHRA recall: specific batches of Emerade 300 and 500 microgram pens. Check your patients' devices and switch to another brand. Link to the alert below."),
  IN("#ad Paid partnership with Boots: a dermatologist's guide to choosing a sunscreen. SPF 30+, 4-5 star UVA, and use far more than you think."),
  IN("Journal club Thurs 12:30, seminar rm 2: we're taking apart SELECT (semaglutide and CV outcomes). Industry-funded trial, so bring your critical appraisal hats 🎩"),
  IN("We're hiring! Salaried GP, 6 sessions, friendly practice in south Bristol. NHS pension, no weekends, great nursing team. DM or email the practice manager."),
];

export const BLIND21_TEST_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY("Section 3 renewed today for a gentleman who's been with us 8 months. Clozapine, ECT, the lot. He isn't getting better and I don't know what to offer next. Some days psych is really hard."),
  PY("Our AWOL pt found safe on the front at Blackpool eating candy floss. Police were lovely about it. Asked why he left: 'fancied the sea.' Honestly, fair."),
  PY("Crisis assessment in ED at 1am. Woman in her 40s, 30 sertraline after a row. 'I didn't want to die, I wanted it to stop.' HTT picking her up tomorrow. Can't stop thinking about that sentence."),
  PY("toddler w bronchiolitis on the ward who will only tolerate his NG feed if i sing baby shark. i have sung baby shark 14 times tonight. doo doo doo #paeds"),
  PY("Term baby last week, shoulder dystocia, needed full resus. Cooled 72hrs. MRI today completely normal. I had to go and stand outside in the car park for a bit."),
  PY("Twins tonight and twin 2 decided to flip breech the second twin 1 was out. Breech extraction, both screaming, mum just goes 'is that it?' Yes love, that's it 😂"),
  PY("Massive shout out to the midwives at the birth centre. I got called in for a 3rd degree tear repair after a midwife-led birth and the mum told me her midwife had been with her 14 hours and never left the room once. That's the job done properly ❤️", 'facebook'),
  PY("Housebound lady on my list, 88, lives alone with 6 cats and a parrot that shouts 'DOCTOR'S HERE' every time I knock. Bloods done, bowels discussed, parrot fed. Good home visit."),
  PY("Same patient booked in for the 11th time this yr 're headaches'. Finally persuaded him to keep a diary. It's the 6 energy drinks a day. Case closed 🕵️‍♀️"),
  PY("Telephone triage, man rings about 'a bit of indigestion'. Something in his voice. Told him to ring 999 now. Troponin through the roof, cath lab by lunch. Trust your gut."),
  PY("Last case on CEPOD: perforated DU in a guy in his 30s who'd been eating ibuprofen like smarties for his back. Washout + omental patch, off to HDU. Home by 3am if I'm lucky."),
  PY("Pre-op a lady asked me if she'd 'say anything embarrassing' under GA. I said everyone does. In recovery she confessed something I will take to my grave 🤐 #gasgasgas"),
  PY("Paeds trauma call, 7yo knocked off his bike outside school. GCS 14 → 15, CT head clear. Dad ran in still in his hard hat and hi-vis. First thing the kid asked was if his bike was ok."),
  PY("Withdrew treatment today on a 56yo after a huge ICH. His family sang hymns around the bed. He'd registered as a donor at 18. Four people get a chance because of him. #ICU #organdonation"),
  PY("Chemo unit: my patient with the legendary wig collection wore the hot pink one for her final cycle. Bell rung, whole bay clapped, SN in tears 🔔💗"),
  PY("A few years ago I looked after a retired fisherman in the hospice whose only wish was to see the sea once more. Some details are changed here, but not the important one: our HCA, two porters and his son got him, his syringe driver and a borrowed wheelchair onto the beach at sunset. He died two days later. I think about that evening every time someone says there isn't time for what matters.", 'linkedin'),
  PY("Frailty unit: 89F 'off legs'. Actually UTI + AKI + delirium + hearing aid batteries flat for a month. Fixed 2 of the 4 today. The batteries made the biggest difference."),
  PY("From clinic today (he was happy for me to share, face cropped) - textbook herald patch then christmas tree distribution. Pityriasis rosea. Reassured, no Rx needed 🎄 #dermtwitter"),
  PY("Shared with the patient's permission: knee MRI in a lady whose 'arthritis' turned out to be a sewing needle that's been sitting in there since about 1974. She has no memory of it at all. #RadRes"),
  PY("Frozen section this pm - surgeon was convinced it was a sarcoma. It was a retained swab from an operation in the 90s. Gossypiboma. Very quiet theatre afterwards. #pathology"),
  PY("RD in a 27yo who noticed a 'curtain' coming down during a Teams call and assumed it was his laptop. Mac on, op tomorrow. Brilliant decision to come in #ophthalmology"),
  PY("Epistaxis that just would not stop - 78M on apixaban, two Rapid Rhinos later finally dry. He asked for a cup of tea before I'd even got my gloves off. #ENT"),
  PY("Chap came in at 2am with a wedding ring stuck somewhere wedding rings really shouldn't go. Ring cutter, lube, 45 mins, dignity mostly intact. Urology on call never disappoints."),
  PY("GUM clinic today, young lad absolutely terrified about 'lumps' that turned out to be pearly penile papules. Normal variant. The relief on his face. Reassurance is a treatment."),
  PY("Alcohol liaison: a man I've detoxed 5 times dropped by today just to tell me he's 6 months dry and back at work. Shook my hand and wouldn't let go."),
  PY("Annual health check today for a young woman with severe LD, non-verbal. Her carer had made a picture book to show her what a blood test would be like. Bloods first time, no distress. Carers like that are gold."),
  PY("FME shift: detainee with a head injury from 'falling over in the van'. GCS 15, but sent to ED anyway and documented everything very carefully. Not taking chances with that one."),
  PY("Role 1 on exercise in Kenya: young private with heat illness, core temp 40.1. Ice, fluids, shade. By tea he was asking to rejoin his section. Sgt said no. #DefenceMedicine"),
  PY("Base camp, 5,300m: one of our trekkers ataxic and confused overnight. HACE. Dex, Gamow bag, descended at first light with two sherpas. He's fine and already wants to come back next year 🏔️"),
  PY("Covering Sunderland U21s today, their keeper took a knee to the head in the 70th min. Failed HIA, off he came. He argued with me all the way down the tunnel. Concussion protocols exist for a reason."),
  PY("@sarahj_88 so sorry your dad waited so long on the ward yesterday. I've checked and he's on the list for his angiogram on Thursday. Please ask the nurse in charge to bleep me if anything changes."),

  // ---- patient = false (hard negatives) ----
  PN("Spent the night in A&E with my 2yo, who decided a dishwasher tablet looked like a sweet. Toxbase, 4 hrs obs, totally fine. I'm the one who needs observing now."),
  PN("Well, not the week I planned. Gallbladder had other ideas, 3 nights in as a patient, IV abx, lap chole booked for 6 weeks. Funny being on the other end of the ward round - I now know exactly how uncomfortable those beds are. Back at work Monday, don't fuss!", 'facebook'),
  PN("Two years ago I was a consultant who couldn't get out of the car in the hospital car park. Burnout does not look like what you expect. Twelve sessions of CBT, a supportive clinical director and a lot of honesty later, I am back to full time. I am sharing this because silence is part of the problem.", 'linkedin'),
  PN("Dad's memory clinic appointment this morning. I sat on the other side of the desk for once. The consultant was kind and unhurried and I'll remember that for the rest of my career."),
  PN("Our cat Biscuit had a dental under GA today - 6 extractions. I asked the vet about her airway plan. My wife says I'm now banned from the vets."),
  PN("Teaching my 6yo to ride a bike is testing my patience more than any night shift ever has 🚲😤"),
  PN("Slides from today's F1 teaching on hyponatraemia 👇 all cases fictional, any resemblance to real people is coincidental. SIADH vs diuretics vs beer potomania."),
  PN("MRCS Part A practice Q: A 24-year-old man presents with a 4-hour history of a painful swollen testis. What is the most appropriate next step? a) USS b) Urine dip c) Scrotal exploration d) Antibiotics. Reply with your answer!"),
  PN("SBA of the day 🧠 A 67-year-old woman on long-term alendronate presents with dull bilateral thigh pain. What is the most likely diagnosis? Answer tomorrow #MedEd"),
  PN("Imagine you're 70, newly widowed, no smartphone, and your surgery now says 'book online only'. That is what 'digital first' looks like from the other side."),
  PN("1,340 appointments this week at our practice with 4.2 WTE GPs. Every one of them counted. Remind me again that GPs are hard to see?"),
  PN("Sepsis audit Q3: antibiotics within 1hr of red flag met in 78%. Still not good enough. Action plan + new sepsis trolley going live next month."),
  PN("Another winter, another 'unprecedented demand'. It's not unprecedented if it happens every single year @DHSCgovuk"),
  PN("The new BTS/NICE/SIGN asthma guideline in one tweet: FeNO + spirometry to diagnose, MART for most adults, SABA-only is dead. 🫁"),
  PN("To all our patients at Hawthorn Medical Centre: thank you for your patience during the phone system change. We know it's been rubbish and we're sorry."),
  PN("Since the Princess of Wales spoke about her treatment we've had a real rise in people coming forward. Good. But she's entitled to her privacy too, please stop speculating."),
  PN("The Pitt is the most accurate ED drama I've ever watched. Episode 8 properly wrecked me. Anyone else?"),
  PN("Finally have a diagnosis at 38: coeliac. 10 yrs of being told it was IBS. My own GP was great, I was just the classic doctor who doesn't go to the doctor."),
  PN("In situ sim on labour ward this morning: simulated PPH, the 'patient' was our practice educator in a wig. Found 3 latent safety threats. That's why we sim."),
  PN("New blog post: 'The patient I can't forget'. She's a composite of many people I looked after in A&E over the years, no single real person. Link below."),
  PN("Hay fever tip from your friendly GP: start the nasal steroid 2 weeks BEFORE the season, not when you're already sneezing 🌾🤧"),
  PN("My wife and I lost our baby at 11 weeks last month. I've told hundreds of people 'it's very common' and I never understood how little that helps. Be gentle with each other.", 'facebook'),
  PN("Hypothetical for the ethics nerds: a 15yo asks for contraception and says don't tell her parents. Gillick, Fraser, safeguarding - what do you do?"),
  PN("63 button battery ingestions across our region's paeds EDs last year. 63. Please keep them out of reach."),
  PN("Had my own cataract done last week. Lying there listening to the surgeon chat about the football was weirdly reassuring."),

  // ---- interest = true ----
  IY("Now booking: private menopause consultations at my Harley Street clinic 🌸 HRT reviews, same week appointments. DM for prices."),
  IY("Thrilled to announce I'm now Clinical Ambassador for MediScan AI, the skin lesion triage app that is changing how patients access dermatology. Can't wait to see where we take this together! #HealthTech #Innovation", 'linkedin'),
  IY("Thanks @OmronUK for the new BP monitor 😍 so easy my 80yo dad can use it. Grab yours here 👉 amzn.to/3xK9pQ2"),
  IY("Been having Huel for lunch on shift for a month and honestly never felt better, half the department are converts 😂 Use my link for £15 off your first order!", 'facebook'),
  IY("Spoke at a Bayer dinner in Edinburgh last night on anticoagulation in the frail elderly. Great crowd, even better steak 🥩 More of these please!"),

  // ---- interest = false ----
  IN("COI: I sit on an advisory board for Dexcom. Sharing the new NICE TA on CGM for type 2 regardless, because this is big news for our patients."),
  IN("MHRA has licensed lecanemab; NICE says not cost-effective. Thread on the numbers behind that decision 🧵"),
  IN("Sponsored post: I've partnered with Bupa this Movember to talk about men's health checks. Whatever you do this month, get your blood pressure checked.", 'linkedin'),
  IN("Please don't buy the 'GLP-1 patches' being sold on TikTok. They contain no GLP-1 agonist and do nothing except empty your wallet."),
  IN("Formulary update: edoxaban now our ICB's first line DOAC for AF on cost grounds. Check renal function and weight before switching."),
];

export const BLIND21_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('gasandair_reg', 'Gas Reg 💉', 'ST5 anaesthetics, North West. Airways, coffee, cycling. Views my own.', true),
  X('the_tired_gp', 'TiredGP', 'GP partner somewhere in the Midlands. MRCGP. Here for the memes and the QOF misery.', true),
  FB('dr.priya.gp', 'Priya', '', 'Salaried GP in Kent 🌿 mum of two, runner, baker of mediocre bread', true),
  LI('consultant-psychiatrist-leeds', 'Dr A.', 'K.', 'Consultant General Adult Psychiatrist | MRCPsych | Leeds and York', true),
  X('FY1survivor', 'Surviving FY1', 'Foundation doctor in Scotland. MBChB 2023. Mostly bleep-related content.', true),
  X('dr_oconnell_ortho', "Dr O'Connell", 'Orthopaedic registrar. Broken bones, broken rota. Dublin → Bristol.', true),
  // not anonymous doctors
  X('NurseNat_ITU', 'Natalie 💙', 'ITU sister. RN. Views mine, not my Trust’s.', false),
  X('drjamesholloway', 'Dr James Holloway', 'Consultant cardiologist, Sheffield. Heart failure & devices.', false),
  X('the_smiley_dentist', 'Dr Smiles 🦷', 'BDS, Cheshire. Making teeth less scary one check-up at a time.', false),
  FB('vet.dr.tom', 'Tom', '', 'Small animal vet 🐾 MRCVS. Dogs > people', false),
  LI('hannah-okafor-em', 'Hannah', 'Okafor', 'Emergency Medicine Registrar | FRCEM candidate | Simulation fellow', false),
  X('pa_jord_ed', 'Jord (PA)', 'Physician Associate in ED. Not a doctor, before anyone asks.', false),
];

export const BLIND21_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('ward_round_wisdom', 'Ward Round Wisdom', 'Consultant geriatrician, North East. Frailty, falls and the occasional rant.', true),
  X('paedsreg_mum', 'paeds reg & mum 🧸', 'ST6 paediatrics, London. Part-time, full-time tired.', true),
  FB('gpjay.bfd', 'Jay', '', 'GP trainee ST3 in Bradford 🩺 cricket on weekends', true),
  LI('forensic-psych-reg', 'Psych', 'Registrar', 'ST4 Forensic Psychiatry | MRCPsych | Medium secure services', true),
  X('scrubsandsarcasm', 'Scrubs & Sarcasm', 'Surgical core trainee. MRCS part A ✅ part B ❌. Theatre gossip.', true),
  X('DrHarrisEM', 'Dr Harris', 'EM consultant in Wales. FRCEM. Tweets are my own.', true),
  // not anonymous doctors
  X('ScalpelSally', 'Scalpel Sal', 'Sally Pemberton | General surgery ST4 | Newcastle', false),
  X('midwife_meg', 'Meg the Midwife', 'Community midwife, Devon. RM. Home births & hot tea.', false),
  X('pharmacist_raj', 'Raj', 'Community pharmacist, Leicester. MRPharmS. Not a doctor, just know a lot about drugs.', false),
  LI('amelia-chen-immunology', 'Amelia', 'Chen', 'Dr Amelia Chen, PhD | Immunology researcher at UCL', false),
  FB('paramedicpete', 'Pete', '', 'HCPC registered paramedic, East of England Ambulance Service', false),
  X('thirdyearmedic', '3rd year medic', 'Medical student @ Cardiff. Future FY1. Coffee-powered.', false),
];
