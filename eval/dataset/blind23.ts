/**
 * Blind evaluation set 23, written without sight of the detectors' word lists.
 *
 * Emphasis: conversations and threads. Almost every post is shaped the way it
 * appears in an export: "@handle ..." replies to patients, relatives and
 * strangers about one person's care ("your dad's CT", "when I saw you on
 * Tuesday", "the chap you asked about"), numbered thread parts ("2/", "(3/4)",
 * "6/6") that carry a patient story on without restating who it is about,
 * quote-tweet comments on someone else's case, Facebook comments answering
 * friends who ask after a patient, and LinkedIn comments under colleagues'
 * posts. Hard negatives use the same shapes: replies giving general advice,
 * replies about the doctor's own family, pets or illness, thread parts that are
 * audit figures or policy, rota swaps, replies declining to discuss any case,
 * quiz/SBA/OSCE/composite/simulated cases. Interest items are also replies and
 * threads: discount codes, "DM me / email me" for a private clinic's prices,
 * thread parts plugging a company webinar, free kit and hospitality mentioned in
 * passing, against replies that declare ties, criticise or turn down industry,
 * recalls, approvals, NHS services and NHS job adverts (including "DMs open").
 * Accounts are thread-writing personas: pseudonymous doctors versus named
 * doctors and pseudonymous non-doctors (nurse, PA, vet, dentist, student, PhD).
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND23_DEV_POSTS: BlindPost[] = [
  // ---- patient: true (22) ----
  PY(`@sarahj_84 so sorry you had to wait that long in resus on Saturday. I've checked and your dad's CT was reported the same evening, the team will go through it with him on the ward round tmrw x`),
  PY(`@MikeTurner1962 good to hear from you! when I saw you on Tuesday your BP was still a bit high so do keep up the home readings & drop them into reception 👍`),
  PY(`1/ Had a lady in her 90s in clinic today who'd walked two miles to get to us because she "didn't want to bother anyone" for a lift 🧵`),
  PY(`2/ She'd had chest pain on and off for a week. ECG was... well. Let's just say she didn't walk home. Cath lab by 4pm.`),
  PY(`(3/4) What got me was her asking the cardiology reg whether someone could feed her cat. Neighbour sorted it. She's sitting up eating toast on CCU now`),
  PY(`this happened to my pt last month too: early 30s, "just another migraine", 3rd attendance. turned out to be a venous sinus thrombosis. trust your gut folks https://t.co/r8LmQ2vZkd`),
  PY(`Haha Jen I can't say much but yes the chap from the village who came off his bike is on our ward 🙈 he's grumpy as anything which tbh is a good sign 😂`, 'facebook'),
  PY(`Great post, Priya. It resonates. Last week I sat with a young father receiving a new diagnosis of motor neurone disease, and the thing he wanted most was time, not information. We moved the next two appointments so he could have it.`, 'linkedin'),
  PY(`@dan_rhodes_ the gentleman you asked about is doing fine, went home yesterday. his wife sent the nurses a massive tin of celebrations 🍫`),
  PY(`@BeckyLouise_ I'm really sorry about the delay with your results. I've chased the lab and your biopsy should be back by Friday, I'll ring you myself when it is.`),
  PY(`5/ anyway back to the lad with the paracetamol OD. level was under the line at 4h but he'd staggered it over 2 days so NAC regardless. psych saw him, safe & home with his mum now`),
  PY(`replying to myself bc loads of you asked: yes the toddler with the button battery is ok!! endoscopy got it out in time, minor burns only. please tape your remote controls shut 🔋`),
  PY(`Aww thank you Sue 💐 Yes she was one of my patients for nearly 20 years, I'll be at the funeral on Thursday. She used to leave rhubarb at reception for me every June without fail.`, 'facebook'),
  PY(`Not quite the same but I had a man in Bradford last winter with exactly this rash, three people had called it eczema. Secondary syphilis. Always look at the palms & soles. https://t.co/Yq0p3hW1aa`),
  PY(`@NHSMillie I remember your little one! hope her arm's feeling better now the cast's off. tell her the dinosaur sticker offer still stands 🦕`),
  PY(`Thanks for sharing, Tom. We had something very similar on ICU in March: a patient in his forties whose family were split about withdrawing treatment. Bringing the chaplain in changed the whole conversation. Happy to chat offline.`, 'linkedin'),
  PY(`(2/5) Reg rang me at 3am. 34/40, BP 170/115, headache, platelets dropping through the floor. We had her in theatre inside 40 mins and baby went to NICU crying. Best sound.`),
  PY(`@GrumpyGasDoc ha, same. had a gent this morning who'd eaten a full english at 7 for his 9am list. cancelled. he was genuinely baffled 🙃`),
  PY(`Lol Gemma no I'm NOT telling you who it was 🤐 but yes someone famous-ish came through A&E on my shift last night and was absolutely lovely to all the staff, that's all you're getting`, 'facebook'),
  PY(`@K_Hollis_Dad I know this has been a really hard week. The team on ward 12 know about your worries with Ellie's feeds and the dietitian is seeing her first thing Monday.`),
  PY(`details changed obvs, but: elderly man, lives alone, brought in after 3 days on the floor. first thing he asked was whether anyone had watered his tomatoes. a student nurse rang his neighbour. they had 🍅`),
  PY(`Replying to a few of the comments on my last post: yes, the patient I wrote about gave her permission for me to share her story, and I'm delighted to say she's now back at work three days a week.`, 'linkedin'),

  // ---- patient: false (18) ----
  PN(`@jo_mcallister85 can't comment on individual patients, sorry. but generally if a cough's been going more than 3 weeks it's worth seeing your GP whatever the cause`),
  PN(`@RachelB_writes sorry to hear that 😕 in general a sore throat without a temperature settles within a week. if you can't swallow fluids or it's one-sided and getting worse, get seen the same day`),
  PN(`3/ The numbers: 1 in 8 ED attendances in our trust last year were people over 80. Of those, 40% were admitted. This isn't a "winter problem", it's the whole year.`),
  PN(`@DrTomWells can't swap the 14th sorry, on nights that week. could do the 21st if that works? rota is an absolute joke this month 😩`),
  PN(`@auntie_pam thank you! mum's doing so much better since the hip op, physio reckons she'll be back in the garden by June 🌷`),
  PN(`Thanks everyone for the lovely messages about Dad ❤️ He's home from the Royal, very grumpy and demanding proper tea not the hospital stuff. Normal service resumed!`, 'facebook'),
  PN(`Answers to yesterday's quiz 🧵 1/ The 68yo with painless jaundice and a palpable gallbladder (fictional stem!) = Courvoisier's law, think head of pancreas. 62% of you got it 👏`),
  PN(`(2/3) Hypothetical, but one you'll meet: a 15yo asks for the pill and begs you not to tell her parents. What do you do? Fraser guidelines next 👇`),
  PN(`@PatientVoiceUK Totally agree. I won't discuss anyone's case on here, but the general principle is that you're entitled to a copy of your records and to ask for a second opinion.`),
  PN(`Lovely reflection, Amara. Our sim session last month used an entirely fictional deteriorating post-op patient, and the debrief was the most useful hour of the whole FY1 induction.`, 'linkedin'),
  PN(`@bigdave_ldn mate I said I needed PATIENCE not patients 😂 the ikea wardrobe has defeated me`),
  PN(`@SJ_Physio thanks 🙏 turns out my "pulled muscle" was a rib fracture from all the coughing. doctors make the worst patients as they say`),
  PN(`Jess asked on the school mums' page what the rule is for fevers in babies so, for everyone: under 3 months with a temp of 38 or more is straight to A&E. Older than that, watch for floppiness, not feeding, or a rash that doesn't fade under a glass. x`, 'facebook'),
  PN(`4/ This is why the 4-hour figure means little without the 12-hours-from-arrival number. Scotland publishes it. England took years to. Data > anecdotes.`),
  PN(`@MedEdMatt for the OSCE station I'd brief the actor as a 52yo taxi driver with central chest pain who minimises everything. mark scheme to follow tonight`),
  PN(`@vetnurse_kaz thank you!! Biscuit's stitches are out and she's back to terrorising the postman 🐶 our vet was amazing`),
  PN(`Lots of people tagging me about the case in the papers. I wasn't involved, and even if I had been I couldn't discuss it here. Please stop DMing me about it 🙏`),
  PN(`A composite case I use when teaching (no single real person): a woman in her fifties, tired for a year, told it's "just the menopause". The thread below walks through what the first GP appointment could look like.`, 'linkedin'),

  // ---- interest: true (10) ----
  IY(`@lucy_runs_far DM me and I'll send over my clinic's price list for the knee injections 😊 we've got a spring offer on until the end of April`),
  IY(`@Fitmum_Jo use code DRSAM15 for 15% off the Vitalis omega gummies, I take them every day and recommend them to my patients 💊`),
  IY(`1/ Really excited to be speaking at @NovaCardia's webinar next Thursday on what the latest SGLT2 data mean for heart failure clinics 🫀 free to register, link in 2/ 🧵`),
  IY(`2/ Register here 👉 novacardia-edu.com/hf-live. They've put together an amazing faculty and there's a CPD certificate too. See you there! #HeartFailure`),
  IY(`Hi Karen! Yes I do private menopause consults now at The Willow Clinic in Harrogate, first appointment £195 – just message me and I'll get you in before the waiting list gets silly 🌸`, 'facebook'),
  IY(`Thanks for the shout-out, Mark! Delighted to have joined the Medical Advisory Board at Sleepwell Digital. Their CBT-I app is the best I've seen and I'll be telling every GP I know about it.`, 'linkedin'),
  IY(`@ahmed_physio the theragun they sent me is genuinely brilliant, using it after every night shift. would 100% recommend to your clients 🔥`),
  IY(`@GPwithKids haha I was at the Pfizer dinner at the Ivy too! the lamb was incredible, and decent talk from the speaker as well 🍷`),
  IY(`@skin_worries_22 we do exactly this at my private skin clinic, full mole mapping from £99 this month only. link in bio 👆`),
  IY(`Huge congratulations to the team at @MedNovaHealth on launching GlucoSense 🚀 so proud to have worked on the clinical development as their consultant. This will change diabetes care.`),

  // ---- interest: false (10) ----
  IN(`@HannahK_GP Disclosure: I've received speaker fees from AstraZeneca in the last 3 years. With that said, I do think the DAPA-CKD data are robust.`),
  IN(`3/ Worth knowing: the trial was funded by the manufacturer, the primary outcome changed mid-study, and the lead author sits on their advisory board. Read the supplementary appendix before you change practice.`),
  IN(`@thePharmaWatcher yes the MHRA have recalled two batches of a levothyroxine brand. check the batch no. on your box, pharmacies will swap it. nothing to panic about`),
  IN(`@MrsCDavies sorry, no discount codes from me! Any private provider should give you a written price up front, and an NHS menopause clinic referral is free.`),
  IN(`Sue no I'm not being paid by anyone to say this lol 😂 the NHS stop smoking service at the Civic Centre is genuinely good and it's free 🚭`, 'facebook'),
  IN(`Thanks Dev. Full disclosure for anyone reading: this is a paid partnership with Medivista and I'm compensated for my time as clinical lead. The views on the data are my own.`, 'linkedin'),
  IN(`@ClinicalJClub next week's journal club paper is EMPA-KIDNEY 📄 bring your critical appraisal hats. Tues 12:30, Seminar Rm 2, sandwiches courtesy of the department (not pharma!)`),
  IN(`(2/3) Job ad! We're recruiting two clinical fellows in acute medicine at Royal Derby, 12-month posts with protected teaching time. Apply via NHS Jobs by 30 May.`),
  IN(`@ColinT_Pharma I turned down their Lisbon "advisory meeting". Five-star hotel, business class, two hours of actual content. No thanks.`),
  IN(`@runwithrosie yes this is a sponsored post, I'm working with Bloom Nutrition on their iron campaign. It's not a substitute for getting your ferritin checked by your GP!`),
];

export const BLIND23_TEST_POSTS: BlindPost[] = [
  // ---- patient: true (22) ----
  PY(`@LouiseC_Manc your mum's scan was looked at in the MDT this morning. I can't go into detail on here but Dr Okafor's secretary will ring you today to book a proper chat 💙`),
  PY(`@westcountry_ed thanks for the kind words! Your son was a star on Wednesday, barely flinched for the cannula. Hope the rugby ban isn't too painful 🏉`),
  PY(`🧵 A story about a ring. 1/ Lady came in on my night shift with a finger like a sausage. Wedding ring stuck for 3 days because she flatly refused to let anyone cut it.`),
  PY(`2/ 52 years married and it had never once come off. We tried soap, string, ice, elevation. Nothing. She cried when the ring cutter came out.`),
  PY(`3/ Her husband died last year. A jeweller in town mended it for free the following week, and she brought us a card. It's still on the staff room wall.`),
  PY(`Seen this twice this year. Latest was a chap in his 60s on a DOAC who "just bumped his head" – subdural on CT. Scan anticoagulated head injuries, always. https://t.co/xk29LqzPw3`),
  PY(`Ha Marie word travels fast in this village 🙄 yes I was the one who saw Mr P at the surgery, no I can't tell you what's wrong, but he's in good hands at Derriford now`, 'facebook'),
  PY(`Really important point, Hannah. I still think about a teenager I reviewed in clinic on a Friday afternoon. His disclosure of self-harm came in the last thirty seconds, with his hand already on the door handle. Always leave time.`, 'linkedin'),
  PY(`@ClaireHenshaw1 yes that's right, I'm the GP who rang about your nan's tablets. the pharmacy should have her new blister packs ready by Thursday, any problems call the practice`),
  PY(`(4/5) Bloods back: sodium 112. No wonder she'd been muddled for a week. Slow correction, renal on board, and by day 6 she was doing the crossword again ✏️`),
  PY(`@FY1survivalguide lol this is so real. my pt yesterday, 87, informed the consultant on the ward round that he was "far too handsome" to need a catheter. he got the catheter`),
  PY(`Update for everyone who asked after my post about the little boy who choked at the party on Sunday: he's absolutely fine! his mum says he's back to eating grapes (quartered now 😅)`, 'facebook'),
  PY(`@Simon_Blake77 I'm so sorry about your wife. We did everything we could that night and I think about her often. If you'd like to meet the team to talk it through, the bereavement office can set it up.`),
  PY(`same energy as the woman I saw in clinic in Leeds last week on 3 different PPIs from 3 different prescribers. deprescribing is my love language 💊✂️`),
  PY(`Following up my earlier post about the stroke patient who came back to teach our ward team sign language: she's agreed to speak at Grand Round next month. Proud doesn't cover it.`, 'linkedin'),
  PY(`@jeremycarr_ ahh the gentleman you found collapsed outside Tesco on Sunday? he's on our unit, stable and chatting. thank you for the CPR, it genuinely made the difference 🙏`),
  PY(`6/6 He signed the DNACPR himself in the end, with his daughter steadying the pen. Died three days later listening to Elgar. The best death I've seen as a doctor.`),
  PY(`@ParentsNICU_Sam she's doing brilliantly, off CPAP since Monday and the last head scan was clear. you two have been amazing. see you at 2pm cuddles 💕`),
  PY(`Not to scare anyone but a patient of mine (young mum, no risk factors at all) had exactly this "sciatica" and it turned out to be cauda equina. Any numbness down below or bladder trouble = A&E, don't wait.`, 'facebook'),
  PY(`@RegistrarRant had one last night who pulled his NG out four times. fourth time he just handed it to me and said "I think this is yours" 😭`),
  PY(`so the lady I tweeted about on monday (the "food poisoning" that was actually an ectopic) emailed the department today to say thank you. made my whole week tbh`),
  PY(`@TheHealthJourno I'd rather not name the hospital, but yes, I was the reg on call when that 19-year-old came in with a meningococcal rash in 2019. Antibiotics in within 15 minutes. He kept both legs.`),

  // ---- patient: false (18) ----
  PN(`@HelenaWrites I'm not able to discuss individual cases on social media, but please raise it with PALS at the hospital, they're genuinely helpful with this sort of thing.`),
  PN(`@runningmum_Kel general rule: a mole that's changing shape, colour or size, or bleeding, should be seen by your GP within a couple of weeks. not a diagnosis, just advice! 🙂`),
  PN(`2/ Across the 340 appendicectomies we audited, the negative appendicectomy rate was 18% in women under 30 vs 6% in men. Pre-op imaging roughly halved it.`),
  PN(`@Dr_FionaMac anyone able to cover Tues twilight in resus?? I'll owe you a coffee and possibly my firstborn 😅 happy to swap for a weekend in May`),
  PN(`@grandad_geoff_ thanks Geoff! my daughter's chickenpox has finally crusted over, back to nursery monday hallelujah 🙌`),
  PN(`Aw thanks Lisa 🥰 My own scan came back clear so I can finally stop worrying. Turns out doctors are rubbish at being on the other side of the desk!`, 'facebook'),
  PN(`(1/4) SBA of the week: a 24-year-old woman presents with palpitations and weight loss. TSH undetectable, free T4 raised. Most likely diagnosis? A–E below, answers in 3/4 👇`),
  PN(`(3/4) Answer: C, Graves' disease. Reminder that this is a made-up stem; in real life always look for eye signs and ask about smoking.`),
  PN(`Agree with all of this, Oliver. We ran a fully simulated "patient" (a high-fidelity manikin the team named Harold) through a major haemorrhage drill and found three gaps in our protocol.`, 'linkedin'),
  PN(`@MarkS_Ortho haha my patience for NHS IT is at an all-time low. 20 mins to log in to see one set of bloods. TWENTY.`),
  PN(`@leahlovesdogs thank you for asking after Mabel! she's on metacam for her arthritis now and bouncing about like a puppy again 🐕`),
  PN(`4/ Physician associates are not doctors. That's not an attack on individuals, it's about what patients are told and who they think they're seeing. Clarity protects everyone.`),
  PN(`@Concerned_Son_ I've seen your tweet, but I wasn't involved in your father's care and it wouldn't be right for me to comment on here. Please contact the trust's complaints team directly.`),
  PN(`Composite, not a real person: "Mr A", 70s, three falls in a month. It's the case I use to teach frailty to every new FY2 group. Key points in the thread 👇`),
  PN(`Ruth I honestly know nothing about the man in the paper, and I wouldn't be allowed to say if I did! Hope the village gossip calms down 😂`, 'facebook'),
  PN(`Totally agree, Grace. Our audit of 1,200 discharge summaries found that one in five didn't mention medication changes at all. Small fixes, big safety gains.`, 'linkedin'),
  PN(`@thejuniordoc_uk ha yes that was me off sick last week. norovirus. I have never felt closer to death and I've done ICU nights 🤢`),
  PN(`@WorriedMum_Leeds so sorry you're worried. In general a child who's drinking, weeing and responding to you is reassuring, but if in any doubt call 111 or go to A&E. I can't advise on a specific child on here.`),

  // ---- interest: true (10) ----
  IY(`@hayley_b_88 use my code DRLAURA20 on the ZenGut website for 20% off their probiotic, it's the one I recommend to all my IBS patients x`),
  IY(`@joggingjim pop me an email at hello@cliftonsportsmed.co.uk, I can usually see people within the week at my clinic and we've a runners' package at £140 🏃‍♂️`),
  IY(`1/ Next Weds I'm chairing @Medtronic's virtual roundtable on closed-loop insulin pumps. Cracking panel, thread on what we'll cover 🧵`),
  IY(`2/ Sign up at the link, places are limited and there's a goody bag for the first 50 HCPs 🎁 Huge thanks to the Medtronic team for having me!`),
  IY(`Thanks Anne! Yes the skin booster treatments are at my aesthetics clinic in Solihull now, I'll knock 10% off for anyone from this group, just inbox me 💉✨`, 'facebook'),
  IY(`Replying to everyone who asked: yes, I've joined HealthPal as Chief Medical Officer, and yes, the symptom checker is on the App Store now. Download it and tell me what you think!`, 'linkedin'),
  IY(`@DrSnoozeUK the oura ring the company sent me has honestly changed how I think about sleep after nights. would recommend to any shift worker 🌙`),
  IY(`Loved every minute of the Novo Nordisk advisory board in Copenhagen last week 🇩🇰 great people, great science, even better pastries`),
  IY(`@MummyMedic2 I'm an ambassador for Kinder Formula (the hypoallergenic one), honestly the best out there. link in my bio gets you a free sample 🍼`),
  IY(`@worried_about_thinning come and see us at Harley Hair Clinic, I'm the lead doctor there. first consult is free this month and our PRP results have been amazing`),

  // ---- interest: false (10) ----
  IN(`@PharmaSkeptic COI: I sit on a paid advisory board for Bayer. I'd still say the finerenone data are modest at best.`),
  IN(`2/ Declaration of interests before I go on: I've received honoraria from Boehringer Ingelheim and Lilly for educational talks. This thread isn't sponsored and reflects my own views.`),
  IN(`@Sarah_Hill_GP yes NICE approved it for NHS use today. practical point: start low, titrate every 4 weeks, check eGFR at 2 weeks`),
  IN(`Debbie I'd honestly ignore that influencer flogging "hormone balancing" patches. There's no evidence and they're £60 a month. Your GP or the NHS menopause service is the way to go x`, 'facebook'),
  IN(`Great to see this published, Fatima. For transparency: I was paid by Zeltra Health for consultancy on this project, as stated in the paper's COI section. The results stand on their own.`, 'linkedin'),
  IN(`@TwinsDad_Rob the free flu jab is through your GP or a pharmacy if you're eligible. NHS, not private, no code needed 😊`),
  IN(`@DrJunaid_Cardio mate that company sent me a "free" BP monitor too. Sent it straight back. Not getting into that.`),
  IN(`(3/3) Obligatory #ad: this thread is a paid partnership with Evergreen Health. I chose the content and the evidence. Questions welcome below.`),
  IN(`@anxiousabout_meds the MHRA alert only covers specific batches, check the number on the box against the list on gov.uk. if yours matches, your pharmacy will swap it`),
  IN(`@NorthWestGPs we're hiring! salaried GP, 6 sessions, lovely NHS practice in Bolton, full pension. DMs open for an informal chat ☕`),
];

export const BLIND23_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors (7)
  X('ThreadyPulse', 'threadypulse 🫀', 'Medical reg, North West. Tweets about nights, threads about the job (details always changed). Views own.', true),
  X('GasmanGeoff', 'Geoff 💉', 'Consultant anaesthetist. Propofol enthusiast. Nothing here is medical advice.', true),
  X('dr_k_hx', 'Dr K', 'GP partner in the Midlands | MRCGP | runner | replies are slow, sorry', true),
  FB('the.night.sho', 'Night', 'SHO', 'Surviving foundation training one rota gap at a time. FY2 in Wales.', true),
  LI('surgical-reg-ldn', 'Surgical', 'Registrar', 'ST6 General Surgery, London. MBBS MRCS. Opinions my own.', true),
  X('PaedsRegPosts', 'Paeds Reg 🧸', 'ST5 paediatrics. Threads on the job, the rota, and the kids who make it worth it. MBChB.', true),
  X('mumof3_andamedic', 'A', 'Mum of 3 & psychiatrist 🧠 | MRCPsych | anon for reasons', true),
  // not anonymous doctors (7)
  X('DrSarahOkonkwo', 'Dr Sarah Okonkwo', 'Consultant in acute medicine, Leicester. Threads on frailty and flow.', false),
  X('ThreadNurseJo', 'Jo | ED Nurse', 'Emergency nurse practitioner. Threads about resus life. RN, MSc.', false),
  X('PA_Ollie', 'Ollie PA-R', 'Physician associate in general surgery. Not a doctor, ask me anything about the PA role.', false),
  FB('mark.ellison.gp', 'Mark', 'Ellison', 'GP at Meadowbank Surgery', false),
  LI('kirsty-abbot-pharm', 'Kirsty', 'Abbot', 'Independent prescribing pharmacist | PCN clinical lead', false),
  X('AnonVetSurgeon', 'vet surgeon 🐾', 'MRCVS. Small animal. Threads about dogs who eat socks.', false),
  X('MedStudent_Leeds', 'final year 🩺', '5th year medical student. Not a doctor (yet!). Threads on OSCE prep.', false),
];

export const BLIND23_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors (7)
  X('ward_round_whispers', 'Ward Round Whispers', 'FY1 somewhere in Scotland. Threads from the wards. All cases anonymised.', true),
  X('DrBleep', 'Dr Bleep 📟', 'Junior doctor. On call more than off. #TiredDoctors', true),
  FB('ortho.reg.diaries', 'Ortho', 'Diaries', 'Trauma & orthopaedics registrar. Bones, banter, burnout.', true),
  LI('consultant-radiologist', 'Consultant', 'Radiologist', 'FRCR. NHS teaching hospital. Reporting CTs and writing about AI in imaging.', true),
  X('GPinTheSticks', 'rural GP 🐑', 'Dispensing GP in the Dales. MRCGP, DRCOG. Threads about the practice & the sheep.', true),
  X('icuregista', 'Em', 'ICU reg, ex-anaesthetics. FFICM candidate. she/her', true),
  X('the_locum_doc', 'Locum Doc', 'Locum consultant physician. Different hospital every month. GMC-registered, pseudonymous.', true),
  // not anonymous doctors (7)
  X('DrAmitPatelGP', 'Amit', 'GP trainer in Croydon. Threads on #MedEd.', false),
  FB('helen.roberts.midwife', 'Helen', 'Roberts', 'Community midwife, Swansea', false),
  X('ParamedicPaul', 'Paul 🚑', 'HCPC paramedic. Threads from the back of the truck.', false),
  LI('james-oconnor-cardiology', 'James', "O'Connor", "Consultant Cardiologist at St Thomas' | MD FRCP", false),
  X('DentistDanni', 'dentist 🦷', 'General dental practitioner (BDS). Anon. Threads on teeth.', false),
  X('PhDinPharmacology', 'Dr P', 'PhD in pharmacology. Not a medical doctor! Threads on drug trials.', false),
  X('HealthFirstClinic', 'HealthFirst Private Clinic', 'Private GP & physio appointments in Bristol. Book online.', false),
];
