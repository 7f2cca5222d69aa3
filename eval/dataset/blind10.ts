/**
 * Blind evaluation set 10, written without sight of the detectors' word lists.
 *
 * Emphasis: ACCOUNTS (the `anonymity` pass) and INTEREST (the `interest` pass),
 * with many realistic hard cases; a smaller patient section.
 * - Anonymous doctors: first names, nicknames, initials, specialty in-jokes, grades
 *   and degrees in unusual spellings, emoji, non-English words, Facebook persona
 *   pages, LinkedIn profiles with only a first name and an initial.
 * - Not anonymous: named doctors in many name shapes (name only in the bio,
 *   surname first, particles, hyphens, initial + surname, lower case, name in the
 *   handle with a nickname display name), and look-alike non-doctors (ACPs, PAs,
 *   AAs, SCPs, paramedics, midwives, pharmacists, dentists, vets, optometrists,
 *   psychologists, PhDs, students, relatives, patients, carers, organisations,
 *   brands, retired doctors who give their name, memorial pages that name them).
 * - Interest: commercial ties phrased naturally (codes, hospitality, samples,
 *   boards, founders, private clinics) against mentions with no tie and ties
 *   declared in many wordings.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';


// ---------------------------------------------------------------------------
// DEV posts
// ---------------------------------------------------------------------------

export const BLIND10_DEV_POSTS: BlindPost[] = [
  // --- interest, X, undeclared ties ---
  IY("Honestly can't rate the new @GlucoTrack sensor enough. They sent me a month's worth to try and it's the first one that's stayed on through a 10k. If you're type 1, this is the one."),
  IY("Use code DRMEENA10 for 10% off the magnesium I take every night 😴 total game changer for sleeping after nights. Link in bio"),
  IY("Fab evening at the Novaris dinner in Manchester last night. Steak was unreal and the talk on SGLT2s was 👌 thanks for having me!"),
  IY("Now doing Saturdays at Harley Aesthetics 💉✨ anti-wrinkle, fillers, skin boosters. DM me to book, first 10 get a free consultation."),
  IY("Off to Barcelona tomorrow for ESC with the Vantis Cardio crew. Flights and hotel all sorted by them so no excuse not to live-tweet every session 🫀✈️"),
  IY("Really proud to be joining the clinical advisory board at @SnoozeWell, an app that actually does CBT-I properly. More soon!"),
  IY("Every dry eye in my clinic now goes home with TearLux drops. The rep dropped off a stack of samples last month and they fly out the door 👀"),
  IY("My go-to compression socks for long theatre lists 🧦 linked below, use MEDIC20 at checkout"),
  IY("Loved recording this webinar on HRT myths with the team at Femcare Pharma. Watch free on their site 👇 share with anyone struggling with menopause."),
  IY("My private clinic now offers same-week adult ADHD assessments 🧠 self-referral welcome, link in bio"),
  IY("Big news: I'm one of the founding medics behind @Pulseway, the remote monitoring start-up that just closed its seed round 🚀 watch this space"),
  IY("Shoutout to @ZincoLabs for the hamper of protein bars and electrolyte sachets for the whole ED team. Nights were a bit less grim this week 💛"),
  IY("Thanks @OrthoFlex for flying me out to Zurich to train on the new knee system. Can't wait to start using it on my list next month 🦵"),
  // --- interest, X, no tie or declared ---
  IN("MHRA drug safety update out today on montelukast and neuropsychiatric reactions. Worth a read if you prescribe it to kids."),
  IN("Disclosure: I've had speaker fees from Novaris in the last 3 years. That said, I think the new lipid data are genuinely practice-changing for secondary prevention."),
  IN("The drug rep turned up with pizza for the whole department again. We sent it back. It's 2024, why is this still happening?"),
  IN("Anyone else's Libre app logging them out every single morning? Driving me mad. Sensor is fine, the app is the problem."),
  IN("Journal club tomorrow: the SELECT trial. Note it was sponsor-funded, so let's talk about how much that matters. 12:30, seminar room 2, bring your lunch."),
  IN("We're recruiting! Salaried GP, 6 sessions, friendly practice, NHS pension, no weekends. Apply via NHS Jobs, link below."),
  IN("Paid partnership with @ClearDerm: trying their barrier cream on my own hands after 12 hrs of alcohol gel. Verdict in a week."),
  IN("The semaglutide shortage is hitting our diabetic patients hard. If you prescribe privately for weight loss, please think about supply for the people who need it."),
  IN("Not sponsored, no links, nobody paid me: I just really like my new theatre clogs. That's the tweet."),
  IN("FDA approval for an oral GLP-1 for obesity? Big if true. Curious what NICE makes of it and how long the UK wait will be."),
  IN("Went to the RCGP faculty meeting tonight. Great sessions on frailty and deprescribing, and the (NHS-issue) sandwiches were fine."),
  IN("#ad I've been working with @Sleepora on a series about shift work and sleep. All views my own, as always."),
  // --- interest, Facebook ---
  IY("So excited to share that I'm now the medical face of VitaGlow's new pregnancy multivitamin 🤰✨ Ladies, I've been through the ingredients myself and it's the only one I'd take. Link in the comments!", 'facebook'),
  IY("Had the loveliest weekend at a country house hotel in the Cotswolds courtesy of the Heliora team. Great workshop on inhaler technique and even better food 🍷", 'facebook'),
  IY("Our clinic (Riverside Private GP) now does walk-in blood tests from £49. Message the page for a slot and I'll see you myself 😊", 'facebook'),
  IY("Friends keep asking which menopause supplement I rate. It's MenoCalm. I've been helping them with the formulation this year. Use my name at checkout for 15% off 💜", 'facebook'),
  IY("The makers of the CardiaHome smart blood pressure cuff let me test one and I'm obsessed. Tell your mum and dad to get one, honestly it could save their lives.", 'facebook'),
  IY("Please share! Free skin check evening at DermaCare Clinic next Thursday, 6-8pm. Anyone who books mole mapping on the night gets 20% off. Come and say hello!", 'facebook'),
  IN("Reminder from me and the practice: flu jabs for the over-65s are on Saturday morning at the surgery. No need to book, just turn up.", 'facebook'),
  IN("Someone in the village group asked which collagen powder I recommend. I don't recommend any of them. Eat some protein and save your money.", 'facebook'),
  IN("Before anyone asks: yes, I do paid talks for a few drug companies, all listed on my practice website. This post about my marathon training is not one of them 😂", 'facebook'),
  IN("Good news story: our local hospice raised £42,000 at the summer fair. Thank you to everyone who came and bought cake!", 'facebook'),
  IN("Recall alert: some batches of a children's paracetamol suspension have been recalled. Check the MHRA website for batch numbers before you give it.", 'facebook'),
  IN("Sponsored post: I'm working with a high street pharmacy chain to promote this winter's NHS flu vaccine campaign. Whoever you get it from, please get it!", 'facebook'),
  // --- interest, LinkedIn ---
  IY("Thrilled to announce I've joined Medivora as Chief Medical Advisor! Their AI triage platform is going to transform primary care and I can't wait to help scale it across the NHS. #healthtech #innovation", 'linkedin'),
  IY("Great to be back at Aurelis Pharma's UK headquarters today, running an advisory board on the future of migraine care. Fascinating discussions, and thank you for the generous hospitality. #migraine", 'linkedin'),
  IY("Delighted to share that our private orthopaedic practice, Thames Joint Clinic, now offers same-week MRI and consultation. Reach out if your organisation needs a fast-track option for staff. #MSK #occupationalhealth", 'linkedin'),
  IY("Excited to be speaking at the Kestrel Medical symposium in Vienna next week. Come and find me at their booth (stand 14), where I'll be demoing the new ablation catheter!", 'linkedin'),
  IY("Proud to have co-developed SkinSense, the mole-checking app now live on iOS. As a dermatologist, I'd encourage every GP to recommend it to their patients. #dermatology #digitalhealth", 'linkedin'),
  IY("Honoured to be named a 2024 Key Opinion Leader for Brevanta Biologics. Looking forward to sharing insights on severe asthma management with colleagues across the UK.", 'linkedin'),
  IN("We are hiring: 2x Clinical Fellows in Acute Medicine at St Aldhelm's. Protected teaching, QI time and a rota co-designed with trainees. Link in comments.", 'linkedin'),
  IN("Useful webinar today on NICE's updated hypertension guidance. My three takeaways below (no affiliations, just a nerd for home BP monitoring).", 'linkedin'),
  IN("Declaration of interests: I receive consultancy fees from Medivora. With that on the table, here is why I think AI triage needs far more independent evaluation before any NHS rollout.", 'linkedin'),
  IN("Really pleased our ICB has commissioned a community heart failure service. A huge effort from the specialist nurses and GPs who made the case.", 'linkedin'),
  IN("The NHS Long Term Workforce Plan: three things I think it gets right, and three it gets badly wrong.", 'linkedin'),
  IN("Congratulations to our foundation doctors who presented their QI projects today. Cutting unnecessary coagulation screens by 40% is no small thing.", 'linkedin'),
  IN("Reflections on pharma-sponsored education: after a decade of accepting it, our department stopped in 2019. Here's why, and what replaced it.", 'linkedin'),

  // --- patient, X ---
  PY("Lovely chap in his 90s on the ward today told me he'd been at Arnhem, then asked if I was old enough to be a doctor. Made my week."),
  PY("Details changed, obviously, but: a teenager came in tonight having taken a handful of her mum's tablets after a breakup. She's safe. Please talk to your kids."),
  PY("@angrysonJ I'm really sorry your dad waited 14 hours on a trolley. If you DM me which ward he's on now I'll see what I can find out."),
  PY("Just told a 34-year-old her scan shows it's spread. Sat in the car for twenty minutes afterwards. This job."),
  PY("Man in bed 12 pulled his cannula out for the third time tonight and then apologised so sweetly I couldn't even be cross."),
  PN("Patience is a virtue. Apparently not one I have at 4am waiting for IT to reset my password for the third time."),
  PN("Hypothetical for the students: 67M, crushing central chest pain, ST elevation in II, III and aVF. What's your next step? (Not a real patient.)"),
  PN("Our ED saw 312 patients yesterday, our busiest day on record. Please keep A&E for emergencies and use 111 for everything else."),
  PN("Finally had my own gallbladder out. Turns out being the patient is terrifying, even when you know exactly what they're doing."),
  PN("My cat has pancreatitis. The vet bill is more than my last locum shift paid. Send treats."),
  // --- patient, Facebook ---
  PY("Had a little boy in clinic today who brought me a drawing of his 'new heart after the doctors fixed it'. It's already on my fridge ❤️", 'facebook'),
  PY("To the family who brought the ward a cake on Friday after your mum went home: thank you. She was one of the funniest ladies I've ever looked after.", 'facebook'),
  PY("Karen, so sorry your husband's appointment got cancelled again. Ring the secretary on Monday and mention you spoke to me, I'll chase it from my end too.", 'facebook'),
  PN("Took my own mum to her hospital appointment today and saw the system from the other side. Everyone was lovely, but my goodness, the waiting.", 'facebook'),
  PN("SBA practice for the study group (made-up case): a 28-year-old woman presents with palpitations and weight loss. Most likely diagnosis? A) Graves' B) toxic nodule C) thyroiditis D) anxiety", 'facebook'),
  // --- patient, LinkedIn ---
  PY("A patient I saw this week, a retired engineer with early dementia, taught me more about communication than any course I've been on. He wrote me a note after clinic that I'll keep forever.", 'linkedin'),
  PY("Yesterday in ICU we withdrew treatment for a young father after a cardiac arrest. His wife thanked us as she left. I'm sharing because we don't talk enough about moral injury.", 'linkedin'),
  PN("Our audit of 1,200 discharge letters found 18% had no medicines reconciliation. Here's what we changed, and what happened next.", 'linkedin'),
  PN("Composite case for teaching (not a real patient): an 80-year-old with falls, polypharmacy and a UTI. How would your MDT approach it?", 'linkedin'),
  PN("Patient safety week: three things every ward can do tomorrow to reduce inpatient falls.", 'linkedin'),
];

// ---------------------------------------------------------------------------
// TEST posts
// ---------------------------------------------------------------------------

export const BLIND10_TEST_POSTS: BlindPost[] = [
  // --- interest, X, undeclared ties ---
  IY("The team at @Lumera sent over their new dermatoscope attachment for my phone and wow. Every GP should have one. Honestly."),
  IY("Shameless plug for my weekend job: I run the menopause clinic at Hartwell Private Hospital. Self-pay slots open for November, DM for details 🌸"),
  IY("Drinks were flowing at the Ostrea Pharma reception at BSG last night 🍸 proper good networking with the IBD crowd."),
  IY("Grab the hydration sachets I swear by on night shifts, code NIGHTDOC gets you 25% off 💧 link in bio"),
  IY("Excited to be an ambassador for @FitFem, the period-tracking app I now recommend to every teenager I see in clinic 📱"),
  IY("Been wearing the PocketECG patch they handed me at the conference for a week. Brilliant kit. Going to start suggesting it to my AF patients."),
  IY("Thanks to @AlveoCare for a fab weekend in Edinburgh. Honoured to help shape their new COPD inhaler education programme 🫁"),
  IY("If you're in Manchester and need a private scan, our new diagnostic centre (I'm one of the partners!) has slots this week. Fast results, lovely team 📍"),
  IY("Spent the afternoon filming content for @NutriPlenty. Can't wait for you all to see how their shakes get me through a 13-hour shift 🥤"),
  IY("Have been quietly advising a brilliant start-up on their hay fever nasal spray for the last year. It's now in Boots. Go and buy it, it works 🌼"),
  IY("Loved speaking at the Teveris dinner meeting on psoriasis in Leeds last night. Great crowd, and the lamb was outrageous."),
  IY("Referral link for the private GP app I do sessions for 👇 first video consult free. Saves you the 8am scramble."),
  IY("Just back from a ski trip that was sort of work: @Orthonova flew a few of us out to Innsbruck to see their new cementless hip in action 🎿"),
  // --- interest, X, no tie or declared ---
  IN("COI: I'm on an advisory board for Ostrea. With that out of the way, the new IBD biologic data at BSG look promising but modest."),
  IN("NICE has approved a new migraine drug for NHS use. The criteria are narrow, so don't expect to see it in primary care any time soon."),
  IN("Hot take: doctors shouldn't be doing paid promotion for supplements at all. Not even with #ad on it."),
  IN("Does anyone have a reliable supplier of spacer devices for the practice? Ours keep arriving cracked."),
  IN("Sponsored | This thread is funded by Lumera in partnership with a children's allergy charity. How to spot anaphylaxis in kids 🧵"),
  IN("Prescribing a lot more SGLT2 inhibitors in heart failure clinic since the guideline change. Anyone else seeing more thrush than expected?"),
  IN("Urgent: field safety notice issued on certain insulin pump infusion sets. Check your serial numbers against the MHRA list."),
  IN("Politely declined the free lunch from the rep today. Not because I'm a saint, I just wanted to eat at my desk in peace."),
  IN("Applications open for our NIHR academic clinical fellowships. No industry money, just proper research training. Closes Friday."),
  IN("For the record, I've no ties to any company I mention in this thread on CGMs. I'm just a GP who has spent far too long reading the data."),
  IN("Our trust has launched a free NHS online service for booking blood tests. Early feedback from patients has been great."),
  IN("Paid ad: Hartwell Private Hospital paid me to talk about their menopause service. Do shop around, and remember NHS options exist too."),
  // --- interest, Facebook ---
  IY("Ladies! I've been using Bloom menopause patches for 3 months and I've now joined their expert panel so I can help more of you. Message me for a discount code 🌺", 'facebook'),
  IY("My new aesthetics clinic opens on Saturday on the high street! 💉 Anti-wrinkle from £150, book via the link, and the first 20 get a free skin analysis.", 'facebook'),
  IY("Got spoilt rotten at the Corvana cardiology dinner at the Savoy: champagne, three courses and a jazz band 🎷 some perks of the job!", 'facebook'),
  IY("Mums of teens: I've teamed up with ClearTeen to bring you the acne routine I recommend to my patients. Order via the link and use DOCTORMUM for 20% off.", 'facebook'),
  IY("So pleased to share that I'm now medical adviser to KidsCalm, the herbal sleep spray for toddlers. I've seen it work wonders with my own two.", 'facebook'),
  IY("Book your private sports physio and GP review at OneHealth Clinic, where I'm now clinical lead 🏃‍♀️ Mention this post for £20 off your first visit.", 'facebook'),
  IN("Please don't buy 'immune-boosting' gummies for your kids. There's no evidence and they're expensive. Fruit, veg and sleep do far more.", 'facebook'),
  IN("Our surgery now offers evening appointments on Tuesdays. Call reception to book, or use the NHS App.", 'facebook'),
  IN("Just so everyone knows: Corvana pays me for some speaking work (it's all on the Disclosure UK database). Anything I post here about heart health is my own view.", 'facebook'),
  IN("Huge thank you to everyone who donated to our ward's family room refurbishment. Over £3k raised!", 'facebook'),
  IN("There's been a recall of some baby formula batches. Check the FSA website if you've bought any in the last month.", 'facebook'),
  IN("Had a stand at the school health fair today talking about vaping. Lots of good questions from the Year 9s, and a few awkward ones from the teachers.", 'facebook'),
  // --- interest, LinkedIn ---
  IY("Delighted to join the Scientific Advisory Board at NeuroVance Therapeutics. Looking forward to helping bring their Parkinson's pipeline to patients. #biotech #neurology", 'linkedin'),
  IY("Honoured to have led the Raventis masterclass on anticoagulation in AF at Gleneagles this weekend. Wonderful setting, brilliant delegates, superb hosts.", 'linkedin'),
  IY("Our team at ClearPath Diagnostics, where I'm co-founder and CMO, now offers rapid private cancer screening bundles for corporate clients. Let's connect!", 'linkedin'),
  IY("After 15 years in NHS dermatology I've joined SkinFirst Clinics as Medical Director. If you're looking for a fast, premium skin cancer check, we'd love to see you.", 'linkedin'),
  IY("Great to see the VascuLine stent I helped design featured on the main stage at CIRSE. Proud of this device and the difference it's making. #interventionalradiology", 'linkedin'),
  IY("Thank you to Halcyon Health for inviting me to their Paris innovation summit. Two fantastic days, and a very memorable dinner cruise on the Seine.", 'linkedin'),
  IN("Competing interests: I receive consultancy fees from SkinFirst Clinics. Sharing the new BAD skin cancer referral guidance because every GP should read it.", 'linkedin'),
  IN("We're recruiting a Consultant Rheumatologist (10 PAs) to join a supportive team and a brand new day unit. Apply via Trac.", 'linkedin'),
  IN("Why I think the NHS should negotiate harder on biosimilars, and what it could save over the next five years.", 'linkedin'),
  IN("Proud of our registrars, who won the regional QI prize for their sepsis screening tool.", 'linkedin'),
  IN("Reading list for new clinical leads: five books that changed how I manage teams.", 'linkedin'),
  IN("A thoughtful piece on Disclosure UK: only around 60% of doctors consent to having industry payments published. We should do better as a profession.", 'linkedin'),
  IN("Delighted to share that our NIHR-funded trial of community physiotherapy for back pain is now recruiting across 12 sites.", 'linkedin'),

  // --- patient, X ---
  PY("Sat with a lady tonight whose husband of 61 years died on our ward. She asked me how he'd looked at the end. I told her the truth: peaceful."),
  PY("@SophieMum9 so sorry about the mix-up with your daughter's insulin prescription. Ask the practice manager to look into it, I've flagged it too."),
  PY("Kid in clinic today announced to the whole waiting room that I 'smell like biscuits'. Accurate. Best consultation of the week."),
  PY("19-year-old lad came in tonight after coming off his motorbike in shorts. Lost most of the skin on one leg. Wear the leathers, people."),
  PY("Some details changed: a woman I saw on call had been told by three clinicians it was anxiety. It was a PE. Listen to women."),
  PN("Testing my patience: the printer on ward 4 has now jammed eleven times this shift."),
  PN("OSCE practice for our revision group (fictional station): 'You are the F1. Mr Smith, 58, has a 2-day history of...' Who wants to be the examiner?"),
  PN("Started HRT myself this year. Why did nobody tell me how much better I'd feel?"),
  PN("In 2023 our practice did 48,000 appointments, 61% of them face to face. For anyone who says GPs don't see patients."),
  PN("My dog has eaten an entire bag of Haribo. The vet says he'll be fine. I am not."),
  // --- patient, Facebook ---
  PY("Most beautiful moment at work today: an elderly gentleman on our ward sang his late wife's favourite song at the end of my ward round. Not a dry eye on the bay.", 'facebook'),
  PY("Replying to Dave's comment: I'm sorry your mum's discharge was so chaotic. Please message the ward manager, and I'll mention it to her too.", 'facebook'),
  PY("Delivered a baby in the car park of the maternity unit today! Mum and little girl both doing brilliantly 💕", 'facebook'),
  PN("My dad has just been diagnosed with type 2 diabetes, so I'm on a mission to get the whole family eating better. Recipe ideas welcome!", 'facebook'),
  PN("We're now offering the RSV vaccine to everyone eligible aged 75 to 79. Ask at reception or wait for your invitation.", 'facebook'),
  // --- patient, LinkedIn ---
  PY("This week a young woman with sickle cell waited four hours for pain relief in our ED. I met her the next morning. We owe her better, and I've started an audit.", 'linkedin'),
  PY("Last night I looked after a man in his fifties who had been a surgeon in Syria and now drives for a delivery firm. His story has stayed with me all day.", 'linkedin'),
  PN("Simulation training today: our mannequin 'Mr Jones' went into anaphylaxis and the new team nailed the drill.", 'linkedin'),
  PN("Our patient experience survey (n=2,400) shows communication in waiting rooms is the top complaint. Here's what we're doing about it.", 'linkedin'),
  PN("Patience, persistence and good data: lessons from five years of leading a QI programme.", 'linkedin'),
];

// ---------------------------------------------------------------------------
// DEV accounts
// ---------------------------------------------------------------------------

export const BLIND10_DEV_ACCOUNTS: LabelledAccount[] = [
  // --- anonymous doctors ---
  X('gasmanGreg', 'Greg 💤💉', "Putting people to sleep and waking them up again. ST6 anaesthetics, West Mids. Tweets my own.", true),
  X('bonesaw_reg', 'Bonesaw', "T&O StR. Hammer, chisel, tea. 🦴", true),
  X('drnomi_ed', 'Dr Nomi', "FRCEM. Shop floor most nights. Opinions my own, not my trust's.", true),
  X('mbbs_meena', 'Meena', "M.B.B.S., MRCP(UK) | geri med | chai & frailty scores", true),
  X('TheWeekendSHO', 'the weekend SHO', "house officer in all but name. F2, somewhere rainy.", true),
  X('JTsalariedGP', 'JT', "salaried GP, 8 sessions, 0 sanity. Mum of 2.", true),
  X('radsrach', 'Rach (FRCR)', "Looks at shadows for a living. Breast & MSK. Not medical advice.", true),
  X('locumlad_', 'Locum Lad 🩺', "Trust grade med reg (LAS) → anywhere that pays on time", true),
  X('hakim_ie', 'Hakim', "MB BCh BAO (NUI). Now a CT3 in psych in Manchester. Irish-trained, Yorkshire-adjacent.", true),
  X('med_reg_mo', 'Mo | med reg', "the bleep never stops. SpR gen med/resp. he/him", true),
  X('kinderaerztinUK', 'Kinderärztin 🧸', "Deutsche Ärztin, jetzt paeds registrar in Bristol. DCH.", true),
  X('GPpartnerP', 'P.', "GP partner, rural Norfolk. DRCOG, DFSRH. Views = mine.", true),
  X('FFPH_fi', 'Fi 📊', "Consultant in public health (FFPH). Medic by background, epidemiologist by temperament.", true),
  X('drpath_ajw', 'AJW', "FRCPath. Histopath consultant. Cutting up so you don't have to.", true),
  X('exAttendingTy', 'Doc Ty', "ex-US attending, now UK consultant in EM. Still say \"ER\" sometimes.", true),
  X('sasdoc_sunny', 'Sunny ☀️', "Specialty doctor in O&G. SAS and proud. #SASdocs", true),
  FB('tiredgpmum', 'Tired GP', 'Mum', "Page run by a GP and mum of three. Honest posts about life in general practice. No medical advice via messages, sorry!", true),
  FB('dr.bex.paeds', 'Dr Bex', '', "Paediatric registrar 👶 | coffee | parkrun", true),
  LI('priya-s-gp', 'Priya', 'S.', "MBChB(Hons) | GP Registrar (ST2) | Medical Education", true),
  LI('tom-h-ortho', 'Tom', 'H', "Clinical Fellow in Trauma & Orthopaedics | MRCS", true),
  // --- named doctors ---
  X('gasdoc_rob', 'gasdoc', "Anaesthetist. I'm Rob Hallett, consultant in Leeds. Airways, cricket, bad puns.", false),
  X('OKONKWO_C', 'OKONKWO Chidi', "Consultant nephrologist | MRCP | kidney transplant, Nollywood, jollof debates", false),
  X('dr_vandenberg', 'Dr Annelies van den Berg', "GP, Cardiff. Dutch-born. Cycling everywhere.", false),
  X('james_okafor_md', 'Jimbo 🫀', "Cardiology registrar. North London. Arsenal, sadly.", false),
  X('RSinghBrar', 'R. Singh-Brar', "Consultant psychiatrist (CAMHS). MRCPsych.", false),
  X('SiobhanNiBh', 'Siobhán Ní Bhriain', "Registrar in palliative medicine. Gaeilge & gardening.", false),
  X('DrNguyenThiLan', 'Nguyễn Thị Lan', "Specialty doctor, haematology. Hà Nội → Hull.", false),
  X('retiredgp_alan', 'Alan Whitcombe', "Retired GP (1984–2019). Now grows tomatoes and complains about the NHS in equal measure.", false),
  // --- look-alike non-doctors and organisations ---
  X('ACP_Jo', 'Jo 🩺 ACP', "Advanced clinical practitioner, ED. Nurse by background. Non-medical prescriber.", false),
  X('PA_in_EM', 'Kez | PA', "Physician associate in emergency medicine. Not a doctor, never claimed to be.", false),
  X('dr_em_psych', 'Dr Em', "Clinical psychologist (DClinPsy). CBT, trauma, too many plants.", false),
  X('drvetkat', 'Dr Kat 🐾', "BVSc MRCVS. Small animal vet. Your dog ate WHAT?", false),
  X('futureF1_amira', 'Amira', "Final year med student → future F1 in Leicester 🤞 #medtwitter", false),
  X('PhDrJ', 'Dr J', "PhD in molecular immunology. Postdoc. Doctor, just not the useful kind.", false),
  X('StAldhelmNHS', "St Aldhelm's Hospital NHS FT", "Official account. Not monitored 24/7. In an emergency call 999.", false),
  X('MedLegalBrief', 'MedLegal Brief', "Medico-legal support for doctors facing GMC investigations. Call us today for a confidential chat.", false),
  X('DoctorGlowSkin', 'Doctor Glow', "Skincare you can trust ✨ Dermatologist-inspired formulas. Shop now 👇", false),
  X('rotawidow_hann', 'Hannah', "Married to a junior doctor. Rota widow. I know what a \"post-take\" is now.", false),
  X('spoonie_sal', 'Sal 🥄', "Chronically ill (EDS, POTS). Patient advocate. Know more about my conditions than most doctors lol", false),
  X('BrightHeartsUK', 'Bright Hearts', "Charity for children with congenital heart disease. Our medical trustees include two consultant cardiologists.", false),
  FB('in.memory.dr.owusu', 'Dr Margaret', 'Owusu', "In loving memory of Dr Margaret Owusu (1951–2022), GP in Peckham for 30 years. Please share your memories of her here.", false),
  FB('willowbanksurgery', 'Willowbank', 'Surgery', "NHS GP practice. Open Mon–Fri 8am–6:30pm. Please do not use this page for medical queries.", false),
  FB('ahmed.albakri', 'Ahmed', 'Al-Bakri', "Consultant anaesthetist 💉 | Dad | Liverpool FC", false),
  LI('mariajose-delacruz', 'María José', 'de la Cruz', "Consultant Obstetrician & Gynaecologist | FRCOG | Maternal medicine", false),
  LI('ben-recruits-doctors', 'Ben', 'Marsh', "Medical Recruitment Consultant | Locum & Substantive Doctor Roles | Let's talk!", false),
  LI('sara-k-pharm', 'Sara', 'K.', "Independent Prescriber Pharmacist | PCN | Polypharmacy & structured medication reviews", false),
];

// ---------------------------------------------------------------------------
// TEST accounts
// ---------------------------------------------------------------------------

export const BLIND10_TEST_ACCOUNTS: LabelledAccount[] = [
  // --- anonymous doctors ---
  X('resident_doc_ay', 'Ay 🩺', "Resident doctor, IMT2. Striking for pay restoration. Views my own.", true),
  X('RAMC_MO', 'The MO', "Regimental Medical Officer. Army GP in training. Blisters, D&V and paperwork.", true),
  X('LATdoc_k', 'K', "LAT registrar in neurology, still hunting for an NTN. Brain stuff 🧠", true),
  X('thepoopdoc', 'Poop Doc 💩', "Consultant gastroenterologist. Scopes by day. IBD, coffee, no DMs please.", true),
  X('wee_doc', 'Urology Reg', "StR urology. Stones, streams and TURPs. 🚽", true),
  X('nicu_nadia', 'Nadia 👶', "Neonatal grid trainee (ST5). Tiny humans, big feelings.", true),
  X('MRCPCH_Dee', 'Dee', "MRCPCH, DCH. Community paeds. The ADHD waiting list is 3 years. Yes, really.", true),
  X('docteur_ludo', 'Ludo', "Médecin français, consultant en réanimation à Londres. ICM, FFICM.", true),
  X('al_tabib_uk', 'الطبيب', "Staff grade in A&E. Arabic/English. Tea > coffee.", true),
  X('ChbMuzz', 'Muzz', "MBChB, MRCGP. Sessional GP. Football and cardiovascular risk.", true),
  X('f1_flo', 'Flo 🌸', "F1 doc! Surgery rotation, then geris. Learning every day.", true),
  X('cardioreg_z', 'Z', "SpR cardiology. Pacing, echo and overthinking.", true),
  X('psychiatrydad', 'Psych Dad', "Consultant psychiatrist & dad. Old age psych. Let's talk about dementia more.", true),
  X('ent_snot', 'the snot doctor', "ENT. Ear, nose and throat, but mostly nose. Registrar, Scotland.", true),
  X('oncdoc_jb', 'JB', "Medical oncologist. MRCP(UK). Clinical trials nerd. DMs closed.", true),
  X('SHOdiaries', 'SHO Diaries', "Anonymised life as a CT1 in surgery. Real stories, names changed.", true),
  FB('theruralgp.page', 'The Rural', 'GP', "Community page from a Highland GP. Seasonal health tips and life in a two-doctor practice.", true),
  FB('docsunita.skin', 'Sunita', '', "Consultant dermatologist 🇮🇳🇬🇧 Skin tips for brown skin.", true),
  LI('raj-m-anaes', 'Raj', 'M.', "Consultant Anaesthetist | FRCA | Regional anaesthesia", true),
  LI('efua-a', 'Efua', 'A', "Specialty Doctor, Psychiatry | MRCPsych Part A | Open to CESR mentorship", true),
  // --- named doctors ---
  X('drchenwei', 'Wei', "Chen Wei · ST3 geriatrics · dim sum & delirium", false),
  X('d_abiodun', 'D. Abiodun', "Consultant haematologist, Birmingham. Sickle cell advocate.", false),
  X('tomosapRhys', 'Tomos ap Rhys', "Meddyg teulu / GP, Gwynedd. Cymraeg 🏴󠁧󠁢󠁷󠁬󠁳󠁿", false),
  X('KarimaElIdrissi', 'Karima 🌿', "Palliative care consultant. Morocco-born, Sheffield-based.", false),
  X('OrlaFH_EM', 'Orla Fitzgerald-Hughes MBBS', "Emergency medicine registrar. Dublin → London.", false),
  X('erik_lindqvist', 'dr erik lindqvist', "gp partner, cumbria. fell runner. lower case because lazy", false),
  X('ProfAPatel', 'Prof. Anjali Patel', "Consultant hepatologist & professor of medicine. FRCP.", false),
  X('HughPembertonGP', 'Dr Hugh Pemberton (retd)', "Retired GP. 40 years in Kent. Still get stopped in Tesco.", false),
  // --- look-alike non-doctors and organisations ---
  X('paramedic_pete', 'Pete 🚑', "Specialist paramedic, urgent care. Independent prescriber. Not a doctor.", false),
  X('the_molar_doc', 'Tooth Doc', "Dentist (BDS, MJDF). Floss. Please.", false),
  X('optom_ash', 'Ash', "Optometrist (MCOptom). Eyes are a window to your blood pressure.", false),
  X('scp_gen_surg', 'Rhi | SCP', "Surgical care practitioner, general surgery. First assist & clinics.", false),
  X('mw_bethan', 'Bethan 🤱', "Registered midwife. Labour ward & home births. Not a doctor, but I know where to find one.", false),
  X('t1d_mum_sophie', 'Sophie', "Mum & carer to a 9yo type 1 warrior 💙 Not medical advice, just a tired mum.", false),
  X('RCoA_Events', 'RCoA Events', "Events & education from the Royal College of Anaesthetists.", false),
  X('MedQuizPro', 'MedQuiz Pro', "MRCP & MSRA question banks written by doctors. 20% off this week!", false),
  X('drpharmlaila', 'Dr Laila (Pharm)', "Clinical pharmacist, PhD. Antimicrobial stewardship. The other kind of Dr.", false),
  X('psych_phd_sam', 'Sam, PhD', "Health psychologist & lecturer at a medical school. Not a clinician.", false),
  X('LocumsDirectUK', 'Locums Direct', "Doctor recruitment. Top rates for ED, GP and anaesthetics locums. DM us.", false),
  X('KidneyHopeUK', 'Kidney Hope UK', "Charity supporting people with kidney disease and their families. Registered charity.", false),
  FB('hollybank.medical', 'Hollybank Medical', 'Practice', "NHS GP surgery. Flu clinics every Saturday in October.", false),
  FB('remembering.dr.aziz', 'Remembering Dr Raymond', 'Aziz', "Memorial page for Dr Raymond Aziz, consultant cardiologist, who died in 2020 after contracting Covid-19.", false),
  FB('kwame.boateng.77', 'Kwame', 'Boateng', "Doctor 🩺 | Foundation Year 2 | Kumasi → Swansea", false),
  LI('olu-adebayo-smith', 'Oluwaseun', 'Adebayo-Smith', "Consultant Paediatrician | Medical Director | NHS", false),
  LI('nicky-w-aa', 'Nicky', 'W.', "Anaesthesia Associate | Theatres | Passionate about patient safety", false),
  LI('ruth-goldberg-anp', 'Ruth', 'Goldberg', "Advanced Nurse Practitioner & Non-Medical Prescriber | Minor illness & long-term conditions", false),
];
