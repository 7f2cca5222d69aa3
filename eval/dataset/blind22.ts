/**
 * Blind evaluation set 22, written without sight of the detectors' word lists.
 *
 * Emphasis: accounts. Each half carries about 45 labelled X, Facebook and LinkedIn
 * accounts that reflect the mix of people a UK doctor follows and is. Anonymous doctors
 * tweet under personas: specialty puns, food, running, parenting, cats, football, Welsh,
 * Scottish, Irish, Mancunian and Geordie slang, emoji-only names, first-name-only names,
 * initials with a grade, doctors who left medicine, retired consultants and MB/PhD
 * academics. Some of them quote a famous doctor's full name that is not their own. Named
 * doctors show their full name only once: only in the handle, only at the end of the
 * bio, surname-first, as initials plus surname, or in non-Latin script alongside Latin.
 * Many are international medical graduates with South Asian, West African, Middle
 * Eastern, East Asian and Eastern European names. The lookalikes are not medical doctors
 * even when they say "Dr" or "doctor": practices, PCNs, trusts, charities, Royal College
 * faculties, med-ed companies, a locum agency, a pharmacy chain, dentists (including a
 * dental core trainee in OMFS), an optometrist, an audiologist, psychologists, a PhD nurse,
 * a PhD pharmacist, vets, a podiatrist, a sports therapist, a chiropractor, paramedics,
 * a midwife, a physician associate, a band, medical students, a carer, patient
 * advocates, a journalist, a historian and hospital radio. A smaller share of patient
 * and interest posts keeps the usual hard negatives: OSCE/SBA/composite cases, the
 * doctor's own health, pets, "patience", aggregate audits, and declared ties, recalls,
 * job adverts and journal clubs.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND22_DEV_POSTS: BlindPost[] = [
  // patient: true
  PY(`Lovely moment on the ward today — 94yo gent I've been looking after all week asked if I'd "found a nice girl yet" 😂 told him I'm married to the rota. Home to his cat tomorrow 🐈`),
  PY(`Bit of a rant sorry. Had a lady in clinic this morning, early 50s, been to the pharmacy THREE times with "indigestion" and nobody thought to check her bloods. Hb of 71. Scope booked for next week but honestly... if you've got friends who keep getting fobbed off, make them push. Feeling a bit raw tbh x`, 'facebook'),
  PY(`Some consultations stay with you.

Last month I sat with a young father whose scan had just confirmed what we had feared. He didn't ask about treatment options. He asked whether he would make it to his daughter's first day at school in September.

I've changed some details to protect his privacy, but the question hasn't left me. It has reminded me why we must protect time for these conversations rather than squeezing them into 10-minute slots.

#PalliativeCare #GeneralPractice #Compassion`, 'linkedin'),
  PY(`@sarah_m_1987 so sorry your mum's still waiting for her hip — I've had a look and she's on my list for the 14th, ward 7 will ring her Monday to confirm. DM me if it falls through x`),
  PY(`that moment when the frequent flyer from bed 12 spots you in Tesco and shouts "THAT'S THE DOCTOR WHO PUT THE TUBE UP ME NOSE" across the meal deal aisle 🙃 #nightshift`),
  PY(`cant stop thinking abt the 19yo we lost in resus last night. motorbike, the bend by the quarry. parents got there 10 mins too late. going for a run to clear my head`),
  PY(`Update on the little lad I mentioned last week (the one with the Lego up his nose 🙈) — his mum rang the surgery this morning, he's only gone and pushed ANOTHER bit up the other side. Same colour and everything. Some kids are just committed to the bit 😂😂`, 'facebook'),
  PY(`Interesting one from fracture clinic: teacher in her 40s, came off a paddleboard on Windermere, told it was a "sprained wrist" x2 — actually a scaphoid, 3 wks later. Always examine the snuffbox folks 🦴 #OrthoTwitter`),

  // patient: false
  PN(`OSCE station for tomorrow's mock: 67M, 2/7 crushing central chest pain, clammy, BP 88/50. Candidate gets 8 mins. Who's volunteering to be the sim patient? ☕ + biscuits provided #MedEd`),
  PN(`my own GP just rang me back about my bloods and I was embarrassingly nervous. ferritin of 6 🙃 turns out doctors really are the worst patients`),
  PN(`Our old springer Biscuit had his dental under GA at the vets today — 7 teeth out, poor boy 💔 Listening to the vet nurse go through his post-op meds I realised how it feels to be on the other side! He's snoring on the sofa in his cone now 🐶`, 'facebook'),
  PN(`Our audit of 1,240 emergency admissions with sepsis across the trust (April to March) found median time-to-antibiotics improved from 94 to 61 minutes after we introduced the nurse-led PGD.

Huge thanks to our ED and acute medicine colleagues. We'll be presenting the poster at the Society for Acute Medicine conference next month.

#QualityImprovement #Sepsis #AcuteMedicine`, 'linkedin'),
  PN(`Composite case, entirely fictional, for Thursday's ethics teaching: a 15-year-old asks you not to tell her parents she wants the pill. What do you do? Gillick, Fraser, then a LOT of nuance. Replies welcome 👇`),
  PN(`patience is a virtue they said. they clearly never waited for a CT head out of hours on a saturday 🙄`),
  PN(`PSA for everyone over 50: the bowel screening FIT kit takes about two minutes. Please just do it. The poo stick is far less scary than it sounds 💩 #BowelCancerAwarenessMonth`),

  // interest: true
  IY(`Absolutely loving my new Littmann Cardiology IV in the black edition 😍 the lovely folks at 3M sent me one to try and heart sounds have never been crisper. Code DRJO15 gets you 15% off 👇 link in bio`),
  IY(`Delighted to share that I've joined the Medical Advisory Board of Nuvora Health, the AI-powered menopause app that is transforming how women access care. I'm looking forward to helping shape the clinical roadmap!

#Menopause #DigitalHealth #WomensHealth`, 'linkedin'),
  IY(`Lots of you have asked about my skin since I hit 40 😅 honestly it's all down to the Glow Lab collagen shots, 3 months in and my nails are so much stronger too. As a doctor I'm fussy about evidence and these are the real deal. Use SARAHGLOW for 20% off xx`, 'facebook'),
  IY(`Now taking bookings at my clinic on Harley St 🩺 same-week appts for fatigue, gut health & hormone optimisation. Mention Twitter for a free 15-min discovery call! thewellnessrooms.co.uk`),
  IY(`Cracking dinner at The Ivy last night courtesy of the Novo Nordisk obesity team 🍷 great chat about semaglutide access in primary care. More of this please!`),
  IY(`Thrilled to have spoken at AstraZeneca's regional SGLT2i masterclass in Manchester last week. Thank you to the team for the invitation and the wonderful hospitality. It was great to see so many GPs engaged in cardiorenal protection!

#Diabetes #CKD #HeartFailure`, 'linkedin'),
  IY(`GP trainees struggling with the AKT — our new question bank is LIVE 🎉 3000+ Qs written by practising GPs. Launch price £29, grab it before Friday 👉 akt-ace.co.uk`),
  IY(`Just back from the most amazing weekend in Lisbon with the Dermavita team 🇵🇹☀️ they flew a few of us out to see their new laser facility — think I'll be sending a lot of my acne patients their way!`, 'facebook'),

  // interest: false
  IN(`MHRA drug safety update on montelukast — neuropsychiatric reactions incl. nightmares & behaviour change in kids. Worth a mention to parents when prescribing. gov.uk/drug-safety-update`),
  IN(`Disclosure: I have received speaker fees from Bayer and Boehringer Ingelheim in the last three years.

With that said, here are my slides from yesterday's anticoagulation update at the Wessex GP conference. Happy to share the PDF with anyone who missed it.`, 'linkedin'),
  IN(`Honestly sick of being handed branded pens by drug reps at every conference. We don't need them, we can't give them back, and patients end up paying for them. Rant over. #pharmafree`),
  IN(`#ad Paid partnership with @Simplyhealth — I've teamed up with them to talk about why access to NHS dentistry matters for your overall health. Thread 🧵👇`),
  IN(`We're hiring! 😊 Our practice in Bolton is looking for a salaried GP, 6 sessions, lovely supportive team, no weekends, BMA model contract. Drop me a message or email our practice manager.`, 'facebook'),
  IN(`Journal club tonight: SELECT (semaglutide & CV outcomes in obesity without diabetes). Is a 20% MACE reduction worth the cost at population scale? Pizza from 6, seminar room 2 🍕`),
  IN(`Started my first patient on tirzepatide today under the new NICE pathway. Interesting to see how the rollout works in primary care — lots of questions about supply though.`),
];

export const BLIND22_TEST_POSTS: BlindPost[] = [
  // patient: true
  PY(`Saw a lady today who's been stirring her husband's insulin into her tea for "energy" for 3 months 😳 sugars fine thankfully but my word. Education education education #GPlife`),
  PY(`I want to share something that happened on a night shift last winter.

An elderly man with dementia kept trying to leave the ward because he "had to feed the chickens". Instead of reaching for sedation, one of our healthcare assistants sat with him and talked chickens for two hours. He settled. By morning he was eating breakfast and calling her "our Mags".

Details changed, lesson unchanged: time is a treatment.

#Dementia #CompassionateCare #NHS`, 'linkedin'),
  PY(`Not me crying in the car park because the toddler I intubated on Tuesday wobbled into clinic today holding a dinosaur balloon 🦕 this job man 😭❤️`, 'facebook'),
  PY(`@Ffion_Hughes22 Hi Ffion, I'm so sorry your dad's discharge was delayed again. I've spoken to the OT team this morning and the care package should be in place by Thursday. Please ring the ward if you haven't heard by then.`),
  PY(`no one warns you about GUM clinic. chap this morning with a "rash" he'd been treating with deep heat for a fortnight 🔥🔥 poor lad`),
  PY(`Today I told a mum of two in her thirties that her breast lump was cancer. She asked me to write it down because she knew she wouldn't remember. She was right. Clinic letters are for GPs; this one was for her.`),
  PY(`So the fella I mentioned who collapsed at parkrun in Heaton Park — HE'S HOME!! His wife sent a card into the department today with a photo of him back in his running kit (walking it this time 😂). Made all our week ❤️`, 'facebook'),
  PY(`Handover gem from last night: "Bed 4, Mrs D, 87, from the nursing home on Hillcrest Rd, refuses obs unless you sing Vera Lynn." Reader, I sang 🎤`),

  // patient: false
  PN(`SBA of the day 🧠 A 34-year-old woman presents with palpitations, weight loss & a tender goitre. ESR 90. Most likely diagnosis? A) Graves B) de Quervain's C) Hashimoto's D) toxic MNG E) TSHoma. Answers tmrw!`),
  PN(`Well, I've finally been diagnosed with endometriosis after 11 years of being told it's "just bad periods". I'm a DOCTOR and it still took this long. If you're suffering please keep pushing. Laparoscopy next month, wish me luck 💜`, 'facebook'),
  PN(`312 patients waited over 12h in our ED in January. Every one of those numbers is someone's nan on a trolley. We need social care funding, not another winter plan.`),
  PN(`Running out of patience with the new EPR. 14 clicks to prescribe paracetamol. FOURTEEN 🖱️😤`),
  PN(`A teaching tip for simulation faculty.

Our fictional patient "Mr Jones", a 58-year-old with DKA, has now helped more than 400 FY1s practise escalation in a safe space. The scenario is scripted; the stress is real.

Happy to share our scenario template with any team that would find it useful.

#SimulationEducation #MedEd`, 'linkedin'),
  PN(`Our cat Pickle had her jabs today and bit the vet. Proud of her tbh 🐱`),
  PN(`Friendly reminder as flu season kicks off: if you're over 65, pregnant, or have a long-term condition you can get a FREE flu jab. Lots of pharmacies are doing them too, no need to wait for the GP. Share with your nan! 💉`, 'facebook'),

  // interest: true
  IY(`Huel sent me a month's supply to try and honestly as a med reg who never gets a lunch break it's a game changer 💪 link in bio for a free shaker 🥤`),
  IY(`Proud to announce that I'm joining Kinetiq as Chief Medical Officer! Kinetiq is a fast-growing physio-on-demand app on a mission to cut MSK waiting lists by connecting patients to clinicians in minutes.

If your ICB is interested in a pilot, let's talk.

#MSK #HealthTech #Innovation`, 'linkedin'),
  IY(`My aesthetics clinic in Chester has a few slots left before Christmas ✨ anti-wrinkle from £180, lip filler from £220. I'm a fully qualified doctor so you're in safe hands 💉 book via the link or drop me a DM!`, 'facebook'),
  IY(`Loving the new @Fitbit Sense — they kindly gifted me one to review for the pod and the ECG feature is surprisingly decent at picking up AF. Full episode out Monday 🎧`),
  IY(`Flying home from Barcelona after ESC. Huge thanks to the team at Pfizer UK for getting me here and looking after us all week 🙏✈️ what a congress`),
  IY(`Excited to share that my book, The Gut Reset, is now available on Amazon!

Drawing on 20 years as a gastroenterologist, it sets out my six-week programme — and readers get 10% off my clinic's microbiome test with the code in chapter 3.

#GutHealth #Microbiome`, 'linkedin'),
  IY(`been taking the @MyvitaminsUK vit D gummies all winter and my energy is 10x better ☀️ use DOCBEN for 25% off. every doctor I know is deficient by Feb lol`),
  IY(`Fab evening at the Sanofi dinner meeting at the Malmaison 🥂 lovely food and a really good talk on RSV immunisation. Might have had one too many proseccos 😂`, 'facebook'),

  // interest: false
  IN(`COI: I'm a paid consultant for Medtronic. That said, the new closed-loop data at ATTD is genuinely impressive — HbA1c down 0.8% in adolescents. Thread 🧵`),
  IN(`Recall alert: batches of Emerade adrenaline pens affected — please check your patients' batch numbers and expiry dates. MHRA notice linked below.`),
  IN(`I'm delighted that our trust has launched a virtual ward for frailty. Patients can now be monitored safely at home, with daily check-ins from our community team, free at the point of use. Proud of everyone involved.

#VirtualWards #Frailty #NHS`, 'linkedin'),
  IN(`Anyone else sick of "doctor-formulated" supplements all over Insta? Most have zero evidence. Save your money. Eat a vegetable 🥦`),
  IN(`Sponsored post: this video was made in paid partnership with Boots. I talk about why you should never ignore a changing mole and how their free skin-check events work. Please share 💛`, 'facebook'),
  IN(`NICE draft guidance says no to lecanemab & donanemab on the NHS. Short thread on why the cost-effectiveness just isn't there yet 👇`),
  IN(`Vacancy: 12-month clinical fellow in cardiology (ST3+ level), Royal Gwent. Great echo & cath lab exposure. Ask me anything 👍`),
];

export const BLIND22_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymousDoctor: true
  X(`GasAndGiggles`, `Gas & Giggles 💤`, `Anaesthetics reg somewhere up north. Propofol is my love language. Views my own.`, true),
  X(`NightsDoc`, `Doctor on nights 🌙`, `Medical reg, permanently nocturnal. Tweets about tea, takeaways and fluid balance charts.`, true),
  X(`jr_st5surg`, `JR, ST5 surg`, `General surgery trainee, KSS. Hernias & hot takes.`, true),
  X(`glesgaGP`, `Glesga GP`, `Wee practice, big list. GP in the east end. Aye it's busy. Opinions are ma ain.`, true),
  X(`meddygteulu_`, `Meddyg Teulu 🏴󠁧󠁢󠁷󠁬󠁳󠁿`, `Meddyg teulu yng Ngwynedd | GP in rural north Wales. Rygbi, defaid a llawer o de.`, true),
  X(`organs_please`, `🫀🫁🧠`, `CT2 IMT. MRCP part 1 ✅ part 2 😬`, true),
  X(`ParkrunPaeds`, `paeds reg who runs`, `ST6 paediatrics, London. 10k PB 41:12. Parent of 2 small chaos goblins.`, true),
  X(`CatScanCarl`, `CatScan 🐈`, `Radiology registrar. Three cats. Zero patience for "?pathology please image".`, true),
  X(`exGPwrites`, `Former GP, current novelist`, `Left general practice after 22 years. Now writing crime fiction set in a Cumbrian surgery. FRCGP (lapsed).`, true),
  X(`RetiredPhysicianUK`, `Old Physician`, `Retired consultant in geriatric medicine (1982–2019). Gardening, grandchildren and grumbling about the NHS.`, true),
  X(`The_Blue_Nose_Reg`, `Blue Nose Reg ⚽`, `ED registrar. Season ticket at Goodison, trauma calls permitting. COYB 💙`, true),
  X(`derm_dilemmas`, `Derm Dilemmas`, `Dermatology SpR. Not medical advice. Please don't DM me your moles.`, true),
  X(`oslerquotes_fy2`, `Listen to the patient`, `"Listen to your patient, he is telling you the diagnosis." — William Osler. FY2 in Leeds, trying my best.`, true),
  X(`mumof3_gpr`, `Mum of 3 | GP`, `Salaried GP, 4 sessions. School runs, snotty noses (mine and theirs). MRCGP 2016.`, true),
  FB(`registrar.ramblings`, `Reg`, `Ramblings`, `Medical registrar sharing the ups, downs and canteen chips of NHS life. No patient stories, promise.`, true),
  FB(`dr.funmi.cooks`, `Dr Funmi`, ``, `GP by day 🩺 jollof queen by night 🍛 Naija girl in Peckham.`, true),
  FB(`bonesetter.bob`, `Bonesetter`, `Bob`, `Orthopaedic registrar. If it's broken I'll fix it, if it's not I'll probably still operate 🔨`, true),
  LI(`consultant-anaesthetist-sk`, `S`, `K.`, `Consultant Anaesthetist | Regional Anaesthesia Lead | FRCA | Medical Educator`, true),
  LI(`hamid-r-md`, `Hamid`, `R.`, `Core Surgical Trainee (CT2) | MRCS | Interested in vascular surgery and surgical education`, true),
  LI(`gp-partner-midlands`, `GP Partner`, ``, `GP partner and trainer in the West Midlands · PCN Clinical Director · MBChB, MRCGP, PhD (cardiovascular epidemiology)`, true),

  // anonymousDoctor: false (named doctors)
  X(`amaranwosu_gp`, `Dr A 🌿`, `GP, Croydon. Plants, podcasts and pelvic health.`, false),
  X(`gasmanjoe`, `Gas Man`, `Anaesthetics ST6, Severn. Occasional cycling bore. — Joe Abernethy`, false),
  X(`OkonkwoChidi`, `OKONKWO Chidi, MBBS`, `Haematology reg, Birmingham. Enugu to Brum. IMG support, DMs open.`, false),
  X(`drksramanathan`, `Dr K.S. Ramanathan`, `Consultant nephrologist, Hull. Kidneys, cricket and filter coffee.`, false),
  X(`heartsandminds_`, `Hearts & Minds`, `Cardiology SpR & PhD candidate (cardiac MRI). Husband, dad, bad golfer. Tweets by me, Tomás O'Sullivan.`, false),
  FB(`nguyen.thi.lan`, `Lan`, `Nguyen Thi`, `Paediatric ST4 in Bristol, originally from Hà Nội 🇻🇳 Mum to one very loud toddler.`, false),
  LI(`piotr-wisniewski-frcr`, `Piotr`, `Wiśniewski`, `Consultant Interventional Radiologist | FRCR | Qualified in Poznań, UK-trained since 2011`, false),
  LI(`yasmin-al-khatib`, `Yasmin`, `Al-Khatib`, `Specialty Registrar in Obstetrics & Gynaecology | MRCOG | Global women's health`, false),

  // anonymousDoctor: false (not medical doctors)
  FB(`riversidesurgerymk`, `Riverside Surgery`, ``, `Official page of Riverside Surgery, Milton Keynes. Opening hours, flu clinics and practice news. Please do not post medical queries here.`, false),
  X(`StJudesCharity`, `St Jude's Hospital Charity`, `The official charity of St Jude's Hospitals NHS Trust. Funding the extras that make a difference. Reg. charity 1098765.`, false),
  X(`FICMNews`, `Faculty of Intensive Care Medicine`, `The professional and statutory body for intensive care medicine in the UK.`, false),
  LI(`medrevise-academy`, `MedRevise`, `Academy`, `MRCP & MRCGP exam prep written by doctors, for doctors. 40,000+ trainees. Courses in London, Manchester and online.`, false),
  X(`LocumLinkUK`, `LocumLink UK 🩺`, `Doctors' locum agency. Same-day shifts across the NHS. Call our team 24/7!`, false),
  FB(`dr.molar.smiles`, `Dr Molar`, ``, `Dr Molar here 🦷 BDS, general dental practitioner in Swansea. Tips for keeping your gnashers happy.`, false),
  X(`EyeSeeYouOptom`, `The Eye Guy 👓`, `Optometrist, MCOptom. Independent practice in Norwich. Glaucoma & myopia control nerd.`, false),
  X(`DrMindCAMHS`, `Dr Mind ☁️`, `Clinical psychologist (DClinPsy), CAMHS. Thoughts on therapy, burnout and trauma-informed care.`, false),
  LI(`dr-helen-mccarthy-rn`, `Helen`, `McCarthy`, `Dr Helen McCarthy PhD RN | Senior Lecturer in Adult Nursing | Researching nurse-led sepsis recognition`, false),
  X(`VetOnCall`, `Vet on call 🐾`, `MRCVS. Mixed practice, Yorkshire Dales. Calvings at 3am and cats who hate me.`, false),
  X(`TheNightDoctors`, `The Night Doctors 🎸`, `Indie four-piece from Sheffield. New single "Resus" out now. Gig dates below 👇`, false),
  X(`GlasgowMedSoc`, `Glasgow University Medical Society`, `Since 1802. Student society for medics at Glasgow. Talks, socials and ceilidhs.`, false),
  FB(`caringforjim`, `Sue`, ``, `Full-time carer for my husband Jim (MND). Sharing the good days and the hard ones.`, false),
  X(`PodiatryPaul`, `Paul the Podiatrist`, `HCPC podiatrist. Diabetic foot clinics. Yes I will look at your verruca.`, false),
  X(`NightShiftNurseUK`, `night shift nurse`, `Band 6 on ITU. Tea, tears and turning patients. Don't ask me to prescribe 😅`, false),
  X(`RadioStJudes`, `Radio St Jude's 📻`, `Hospital radio for patients at St Jude's. Requests on 01632 960412. Volunteers always welcome!`, false),
  X(`PA_in_the_ED`, `PA in the ED`, `Physician associate, emergency medicine. FPA. Coffee and cannulas.`, false),
];

export const BLIND22_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymousDoctor: true
  X(`SpudsAndSutures`, `Spuds & Sutures 🥔`, `Irish-trained, Belfast-based plastics reg. Ye'll get the craic and the closing technique.`, true),
  X(`OurKidFY2`, `our kid 🐝`, `FY2 in Manchester. Mostly clerking, sometimes crying in the mess. Up the blues.`, true),
  X(`anaes_mum_`, `A., ST7 anaes`, `Anaesthetics ST7 ✈️ LTFT & proud. Two kids, one husband, zero sleep.`, true),
  X(`lungfish_resp`, `🫁🐟`, `Respiratory consultant. Spirometry evangelist. Occasional fishing photos.`, true),
  X(`SheffieldSHO`, `the SHO who sees`, `Psych SHO (CT1). Steel city. Trains, tea and therapeutic alliance.`, true),
  X(`TheRenalRunner`, `renal reg who runs ultras`, `Nephrology SpR, Cardiff. 100 miles is just a long ward round. MRCP(UK).`, true),
  X(`CardioCymru`, `Cardio Cymru ❤️`, `Consultant cardiologist, South Wales. Trydar yn Gymraeg ac yn Saesneg. Dim cyngor meddygol.`, true),
  X(`GeordieGasman`, `Geordie Gasman`, `Anaesthetist on the Toon. Howay the lads. FRCA. Probably asleep.`, true),
  X(`ex_surgeon_writes`, `Retired surgeon, still cutting (words)`, `Consultant colorectal surgeon 1989–2020. Now writing the memoir nobody asked for.`, true),
  X(`HalfMDhalfPhD`, `MB PhD`, `Clinical lecturer in neurology. MBBS, PhD, MRCP. Neurons, nerds and a very old cat.`, true),
  X(`dr_salma_gp`, `Dr Salma 🌸`, `GP partner in Leicester. Mum, runner, chai enthusiast. Not medical advice.`, true),
  X(`Lab_coat_off`, `quit medicine, kept the MRCS`, `Ex-surgical trainee, now a software engineer. Still on the GMC register, apparently.`, true),
  X(`chief_cupcake`, `The Cake Reg 🧁`, `Medical registrar & baker of stress cakes for the night team. Gastro-leaning.`, true),
  X(`pumphandle_`, `Removing the pump handle`, `Public health registrar (ST4). Still in awe of John Snow. Views mine.`, true),
  X(`couch_and_clozapine`, `Couch & Clozapine 🛋️`, `Consultant forensic psychiatrist. MRCPsych. Not your therapist.`, true),
  FB(`doctor.dad.twins`, `Doctor`, `Dad`, `GP registrar (ST3) and dad of twin girls 👧👧 Nappies and NICE guidelines.`, true),
  FB(`the.locum.life`, `Locum`, `Life`, `Freelance GP locum across Kent & Sussex. Honest posts about the locum life, pensions and finding decent parking.`, true),
  FB(`doc.on.the.isle`, `Island`, `Doc`, `Rural GP on a Scottish island. Ferries, ceilidhs and dispensing. Nae bother.`, true),
  LI(`adaeze-acute-med`, `Dr. Adaeze`, ``, `Consultant Physician, Acute Medicine | MRCP(UK) | SDEC Clinical Lead | Nigerian-trained, UK-proud`, true),
  LI(`ent-trainee-uk`, `ENT`, `Trainee`, `ST4 Otolaryngology | DOHNS | Airway surgery and medical education`, true),
  LI(`ml-neonates`, `M.L.`, ``, `Consultant Neonatologist | MRCPCH | Mentoring international medical graduates into UK training`, true),

  // anonymousDoctor: false (named doctors)
  X(`chineduokafor_ed`, `Chinedu 🚑`, `ED consultant, Leicester. Obsessed with POCUS and suya.`, false),
  X(`resus_rach`, `Resus Rach`, `EM registrar, Glasgow. Skiing, sim and sarcasm. Rachel Fitzgerald if you're the GMC 😉`, false),
  X(`WangXiaoming_Onc`, `王小明 Xiaoming Wang`, `Clinical oncologist, Manchester. Trained in Shanghai and the UK. Lung and head & neck.`, false),
  X(`DrAdeyemiOA`, `Adeyemi O.A., MBBS FRCS(Urol)`, `Consultant urologist. Lagos → Lancashire. Stones, scopes and sharing knowledge.`, false),
  X(`lomax_retired`, `Peter L, FRCA (ret'd)`, `Retired consultant anaesthetist, Stockport. Golf, grandkids, grumbles. Peter Lomax, on the register until 2021.`, false),
  X(`ex_gp_author`, `Ex-GP turned author 📚`, `Former GP (22 yrs). Catherine Bell, author of "The Waiting Room" — out now.`, false),
  FB(`hanna.kowalczyk.gp`, `Hanna`, `Kowalczyk`, `GP in Dundee, originally from Kraków 🇵🇱🏴󠁧󠁢󠁳󠁣󠁴󠁿 Mountains and mince pies.`, false),
  LI(`mohammed-abdelrahman-frcem`, `Mohammed`, `Abdelrahman`, `Consultant in Emergency Medicine | FRCEM | Sudanese-trained and proud IMG`, false),
  LI(`shrestha-bikash`, `Bikash`, `Shrestha`, `Trust Grade Doctor in Psychiatry | Preparing for MRCPsych | Kathmandu University graduate`, false),

  // anonymousDoctor: false (not medical doctors)
  X(`HealthWisePharm`, `HealthWise Pharmacy`, `Your local pharmacy chain, 200+ stores. Pharmacist advice, no appointment needed. Pharmacy First available.`, false),
  X(`HearClearAudio`, `Dr Sound 🎧`, `Audiologist (Doctorate in Audiology). Tinnitus, hearing aids and why you should stop using cotton buds.`, false),
  X(`SportsRehabSam`, `Sam | Sports Therapist`, `BSc Sports Therapy. Pitchside for a rugby club in Ilkley. Taping ankles since 2014.`, false),
  X(`SepsisVoicesUK`, `Sepsis Voices`, `Patient-led advocacy: survivors and families campaigning for faster sepsis recognition.`, false),
  X(`LauraChenHealth`, `Laura Chen`, `Health correspondent at a national paper. Ex-BBC. DMs open for NHS tips.`, false),
  FB(`oakleigh.pcn`, `Oakleigh Primary Care Network`, ``, `Six GP practices working together in south Leeds. Our GPs, ANPs and pharmacists are here for you.`, false),
  X(`molarbear_`, `molar bear 🐻`, `Dental core trainee (DCT2), OMFS. Yes, I'm the one who takes out wisdom teeth at 9am.`, false),
  X(`BackCrackChiro`, `Dr Dan DC`, `Doctor of Chiropractic. Helping Bristol move better. Sports injuries & posture.`, false),
  X(`ParamedicPip`, `Pip 🚑`, `HCPC paramedic, West Midlands. Blue lights and bad coffee.`, false),
  FB(`midwife.mo`, `Midwife`, `Mo`, `Community midwife in Swansea 🤰 Home births, tea and reassurance.`, false),
  X(`medstudent_miko`, `Miko, 4th year med`, `Medical student, Cardiff. Future GP? Future something. Revision memes.`, false),
  X(`NorthfieldNHS`, `Northfield University Hospitals NHS FT`, `Official account. Caring for 600,000 people across Northfield. Not monitored 24/7.`, false),
  X(`DrRosaHistMed`, `Dr Rosa | history of medicine`, `Historian of Victorian medicine (PhD). Leeches, lancets and lunatic asylums.`, false),
  LI(`rcgp-nw-faculty`, `RCGP North West`, `Faculty`, `Regional faculty of the Royal College of General Practitioners. Events, CPD and support for GPs across the North West.`, false),
  X(`VetDrAisling`, `Dr Aisling 🐄`, `Farm vet, Co. Tyrone. MVB MRCVS. Calving season survival mode.`, false),
  X(`the_pharmacist_phd`, `Dr Anya 💊`, `Pharmacist independent prescriber (PhD, MRPharmS). Deprescribing in care homes.`, false),
];
