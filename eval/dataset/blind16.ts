/**
 * Blind evaluation set 16, written without sight of the detectors' word lists.
 *
 * Emphasis: patient stories told the way clinicians actually tell them, mostly without
 * stock vocabulary: ward and bay numbers, "this chap", "a lady", "my 3rd of the afternoon",
 * ambulance handovers, out-of-hours and telephone triage, prison healthcare, occupational
 * health, hospice, theatre, remote and video consults, relatives' replies, "consented"
 * clinical photos and "details changed" stories, dialect and heavy abbreviation
 * (pt, yo, PMH, c/o, SOB, NOF, DNACPR). These are set against hard negatives that look
 * alarming but are not about a real individual patient: the doctor's own children,
 * partner, parents, pregnancy and surgery, pets at the vet, "patience" puns, waiting-list
 * and audit figures, SBA/MCQ/OSCE items, "imagine a patient" framings, clearly marked
 * composite/fictional/simulated cases, TV dramas, book reviews, safety campaigns and
 * thanks to the team. A smaller interest block and an accounts block round it off.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND16_DEV_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY(`3rd of the afternoon was a 70-something chap who'd been "managing" his leg ulcer with sudocrem and clingfilm for 6 wks. Bless him. DNs now on it 🙏 #GPlife`),
  PY(`Bed 4 opened her eyes and asked for a brew this morning after 9 days on the unit. Whole team slightly teary at handover ngl`),
  PY(`handover from the crew at 0340: 84yo, long lie, found by the neighbour, CK through the roof. kept apologising for "being a nuisance". she was not a nuisance. she was lovely.`),
  PY(`Had the loveliest old boy in clinic today, 94 and still drives to the allotment every single morning. Told me the secret is "never retire from anything". Sorted his tablets and he shook my hand like we'd just closed a business deal 😂 Days like this I remember why I do it`, 'facebook'),
  PY(`Last week I sat with a man in his forties who had just learned that his scan showed spread to the liver. He asked me not to explain the numbers, only whether he would see his daughter's wedding in August.\n\nI have been thinking about that question ever since, and about how rarely our training prepares us to answer what people actually ask.\n\n#palliativecare #communication #medicine`, 'linkedin'),
  PY(`@sarahj_88 so sorry to hear about your dad. When I saw him on Tuesday he was comfortable and the family were with him. Please ring the ward and ask for me if you'd like to talk anything through.`),
  PY(`Classic target lesions on this young man's palms, EM after a cold sore flare. Photo shared with his consent 📸 #dermatology #MedEd`),
  PY(`(details changed) teenager brought in by her mum with "just a tummy ache". 2 hrs later she's in theatre with a torted ovary. Always listen to the mum who says "this isn't like her".`),
  PY(`67M PMH COPD, T2DM, c/o SOB 3/7, sats 84% on air. Declined admission. 40 mins with him & his wife. Still no. Capacity intact. Safety-netted to within an inch of my life. Hate these ones.`),
  PY(`Saw a lad on the wing today whose insulin had gone walkabout for a week after a transfer between establishments. Not really anyone's fault but he's the one who ended up in DKA. #prisonhealthcare`),
  PY(`Telephone triage gem: gent rings at 08:01 to ask if the rash his wife's got is "the bad one". It was shingles. He'd photographed it on a flip phone. We got there in the end 😅`),
  PY(`video call this morning, mum holding the little one right up to the camera so I could watch him breathe. recession obvious even on a wobbly phone. straight to paeds. he's home now and fine 💙`),
  PY(`List overran bc our 2nd case (58, BMI 52, beard, tiny mouth) had an airway that made our consultant go very quiet. Awake fibreoptic, all fine. Never seen a calmer anaesthetist in my life.`),
  PY(`One of our residents at the hospice asked for fish and chips by the sea. The HCAs wheeled her down to the prom on Sunday. She barely ate any, but she laughed the whole way. She died peacefully last night. 💛`),
  PY(`OH clinic: bus driver, 3 months seizure free, desperate to get back on his route. Had to have the DVLA conversation. Not what he wanted to hear. Worst bit of the job some days.`),
  PY(`Mr Okonkwo in side room 2 has taught half the ward to say good morning in Igbo. Going home today and the nurses have made him a card 🥲`),
  PY(`OOH shift. 3am visit to a lady in her nineties on a farm up past Hawes who rang because her cat "was worried about her". Cat was right: UTI, properly delirious. Respect to the cat 🐈`),
  PY(`Wee wifie in the surgery this morn tellt me her chist wis "pure tight". Turned oot tae be fast AF at 160. Sent her up tae the Royal. She wanted tae finish her scone first.`),
  PY(`Had the resus conversation with a gentleman on the stroke unit and his two sons today. He made the decision himself, clearly and calmly, then asked if he could still have his Sunday paper. Yes. Of course yes.`),
  PY(`Can I just say, the young lass from A&E last night with the reaction to the satay sauce, her mum rang the department today to say she's home and absolutely fine. Didn't expect to cry on my day off but here we are xx`, 'facebook'),
  PY(`#1 of the day on the trauma list: 89, from a care home, in agony, daughter on speakerphone from Perth (the Aussie one). Fascia iliaca block before x-ray. She settled and told me I had "cold hands, warm heart".`),
  PY(`A woman I have supported in our weight management service for two years told me yesterday that she had walked her son to school for the first time. No drugs, no surgery, simply sustained input from our dietitian and psychologist.\n\nOutcomes are not always numbers.\n\n#obesity #MDT #primarycare`, 'linkedin'),
  PY(`today's last consult: 19yo lad asking for help with gambling. booked and cancelled 3 times before he actually came in. proud of him tbh`),
  PY(`one of my regulars popped in just to show me his new dentures. no medical issue. he just wanted me to see them. best 10 mins of my week`),
  PY(`The gentleman in resus with the leaking aneurysm was in theatre 22 mins after he came through the doors. Vascular, gas, ED, porters, blood bank... he's on ITU and chatting this morning. That's the NHS.`),
  PY(`@MikeyD_Leeds glad your mum's home. The pain team and I did go over the oxycodone dose before she left. If she's still drowsy tomorrow ring the practice and ask for a call back from me.`),
  PY(`Swipe for the CXR 👉 ptx so big you could park a bus in it. Tall skinny 22yo, started during 5-a-side. Pt happy for me to share the image. #FOAMed #radiology`),
  PY(`So today a little Polish gentleman called me "pani doktor" and gave me a jar of his homemade pickled mushrooms after I sorted out his water tablets. Not sure the trust gifts policy covers pickles but I'm keeping them 🍄😂`, 'facebook'),
  PY(`got a cannula into a 3 y/o first go tonight while she watched Bluey on her dad's phone. dad: "you've done that before". mate I've done it about four times, I was SWEATING`),
  PY(`Lady on the ward asked me today whether I believed her. Not the diagnosis. Her. I said yes and she cried. Sometimes that's the whole intervention. #psychiatry`),
  PY(`Three years ago I delivered a baby boy at 24+3 in the small hours. This week his parents brought him back to the unit for his birthday: walking, chatting and covered in cake.\n\nNeonatal teams are extraordinary.\n\n#neonatology #prematurity #NHS`, 'linkedin'),
  PY(`Somali elder in this morning with his grandson interpreting. Grandson about 12. Trying to explain a new diabetes dx through a 12 year old. Rebooked with a proper interpreter but honestly the kid was brilliant.`),

  // ---- patient = false (hard negatives) ----
  PN(`Dad's in on ward 106 with a chest infection. Being on the other side of the bed is humbling. The nurses are magic. Please nobody tell me his obs, I'm his daughter this week, not a doctor.`),
  PN(`4 hrs in our own ED with my 2yo who put a bead up her nose. Triage nurse recognised me and I wanted the floor to swallow me 🙈 bead retrieved. parenting 0, ENT 1`),
  PN(`Took Bramble to the vet for her limp. "She's a very anxious patient" said the vet. Same, Bramble. Same. 🐕 £340 later it's a sprain.`),
  PN(`Patience is a virtue. Patience is also something I no longer possess after 47 mins on hold to the IT helpdesk. #NHSIT`),
  PN(`Elective waiting list in our ICB: 142,000 people, 9% waiting over a year. Every one of them is someone in pain. This is a capacity and funding problem, not a productivity one.`),
  PN(`Re-audit in: 42% of our patients on long-term PPIs had no documented indication (down from 61% in 2022). Pharmacist-led deprescribing paying off 👏 #QI`),
  PN(`SBA of the day 🧠 A 64-year-old man presents with painless jaundice and weight loss. A palpable gallbladder is noted. Most likely dx? A) gallstones B) ca head of pancreas C) hep A D) PBC E) Gilbert's. Answer tmrw #MRCP`),
  PN(`OSCE prep for our 4th years tonight: station 3 is "Mrs Jones, 55, attends with a breast lump". Actors were superb. Keele students, mock circuit is Thursday 1pm!`),
  PN(`Imagine being told three different things about the same scan by three different doctors in a week. That's what fragmented care feels like from the inside. Joined-up records aren't a nice-to-have.`),
  PN(`Composite case (not a real person) for tomorrow's teaching: woman in her 30s, palpitations, weight loss, tremor, sweaty. Work through it with me and we'll get to thyroid storm 🧵`),
  PN(`Watching Casualty and they've just shocked asystole AGAIN. I'm shouting at the telly. My partner has relocated to the kitchen.`),
  PN(`Reread This Is Going to Hurt on holiday. Still funny, still bleak, still makes me want to hug every O&G reg I know. Recommended for any student thinking about the specialty 📚`),
  PN(`It's #WorldPatientSafetyDay. If something doesn't feel right about your care, or your relative's, you can ask for a Martha's Rule review. Know it. Share it.`),
  PN(`Massive thank you to everyone on AMU this weekend. 63 admissions, no corridor care, and somehow there was cake. Best team I've ever worked with ❤️`),
  PN(`32 weeks and my SPD is next level. Waddled round a full clinic today. Baby kicked all through my grand round talk, which felt like heckling. Mat leave in 3 weeks 🤰`),
  PN(`Had my gallbladder out on Friday. The surgeon was one of my old F1 mates which was surreal. Shoulder tip pain is REAL and I take back every time I said "it's just trapped gas".`),
  PN(`Mum had her new knee done yesterday! Up on a frame already and complaining about the custard so definitely back to normal 😂 Thanks everyone for the lovely messages xx`, 'facebook'),
  PN(`Writing a short story for the hospital magazine (entirely fictional) about a night porter who knows every patient by name. Any porters fancy reading a draft and telling me what I've got wrong?`),
  PN(`Winter reminder: a baby under 3 months with a temperature of 38C or more needs to be seen by a doctor the same day. Don't wait for the morning.`),
  PN(`Sim session today: our manikin "Doris" arrested three times and by the last one the FY1s ran it like seasoned regs. The debrief was the best bit. #SimulationTraining`),
  PN(`The proposed contract changes mean people with 3+ long-term conditions get less continuity, not more. Read the BMA briefing before your practice signs anything.`),
  PN(`Our Sepsis Six compliance across 412 ED attendances in Q2 reached 88% within the hour, up from 71%.\n\nThe change? A single laminated card and a named sepsis lead on every shift.\n\nSmall interventions, meaningful outcomes. #QualityImprovement #EmergencyMedicine`, 'linkedin'),
  PN(`doctors & patients. doctors & patience. only one of those is in plentiful supply on a monday with a broken coffee machine ☕😤`),
  PN(`Hypothetical for ethics twitter: competent 16yo refuses a blood transfusion, parents consent. What do you do, and why? (Not a real case, please don't DM me asking)`),
  PN(`Huge thank you to the amazing staff at Alder Hey who looked after our Rosie this week. Her appendix is now in a pot and she's demanding ice cream. Home tonight 💛`, 'facebook'),
  PN(`MCQ for the FY2s: which of these does NOT cause a raised anion gap metabolic acidosis? a) DKA b) lactic acidosis c) diarrhoea d) methanol. Reply below 👇`),
  PN(`Diagnosed with coeliac disease at 41. As a gastroenterologist. The irony is not lost on me. GF sandwiches in the doctors' mess are a crime against bread.`),
  PN(`Two years today since we lost grandad to dementia. I work with people living with dementia every day and it still didn't prepare me for watching it happen to him. Be gentle with the families you meet.`),

  // ---- interest = true ----
  IY(`Been using the new Revitalyte electrolyte sachets on long nights and I genuinely feel sharper by 4am. Use code DRSAM15 for 15% off 💧 #nightshift`),
  IY(`Delighted to share that I have joined the Medical Advisory Board of Kinetiq Health, the digital MSK physiotherapy app transforming access for people with back pain. Looking forward to helping shape the product roadmap!\n\n#digitalhealth #MSK`, 'linkedin'),
  IY(`Pleasure to speak at the @AstraZeneca respiratory evening in Manchester last night. Fab dinner, even better discussion on triple therapy 🍷`),
  IY(`Now taking bookings at my skin clinic in Harrogate! Anti-wrinkle, fillers and mole checks with a doctor you can trust 💉✨ First consultation FREE this month only, message me to book`, 'facebook'),
  IY(`Thanks to the lovely folk at Withings for sending over their new BP cuff to try. Best home monitor I've used, I'll be recommending it to all my hypertensives.`),
  IY(`I take @VitaNorthLabs omega-3 every day and so does the whole family. UK made, science-backed. Link in bio 👆`),
  IY(`Excited to announce that I will be consulting for Medtronic on their UK diabetes technology rollout this year. Closed-loop systems are the future and I am proud to be part of the journey.`, 'linkedin'),
  IY(`Our private menopause clinic now offers same-week HRT reviews, no need to wait months! DM for prices 🌸 #menopause #HRT`),

  // ---- interest = false ----
  IN(`MHRA drug safety update on valproate: new restrictions for men under 55 starting treatment. Worth a read if you're in neuro or psych.`),
  IN(`Disclosure: I have received speaker fees from Novo Nordisk. With that said, slides from today's semaglutide talk are below, limitations and all.`),
  IN(`We're recruiting! Two salaried GP posts at our practice in Gateshead, 6 sessions, supportive team, no weekends. DM me or search NHS Jobs.`),
  IN(`Yet another "doctor-approved" gut health powder on my feed. £60 a tub, zero RCTs. Save your money and eat some beans.`),
  IN(`Journal club Weds: the SELECT trial. Bring your critical appraisal hats and biscuits. 12:30, seminar room 3.`),
  IN(`Moving a lot of AF patients from warfarin to apixaban where appropriate this year. Fewer INR clinics, less faff. Check renal function and weight first.`),
  IN(`#ad Paid partnership with Boots: I'm answering your hay fever questions on their stories tonight. Product-neutral advice, views my own.`),
];

export const BLIND16_TEST_POSTS: BlindPost[] = [
  // ---- patient = true ----
  PY(`Lady in bay 3 asked me to ring her husband because she couldn't find him. He died in 2019. I sat with her for a while instead. Dementia wards at 4am are their own world.`),
  PY(`this chap on the post-take had swallowed a AA battery "to see what would happen". xray confirms he was telling the truth. gastro not thrilled.`),
  PY(`Crew handed over a man in his 40s, fall from scaffolding, GCS 14, open tib/fib. Wife turned up still in her Tesco uniform. He kept asking if he'd be back at work Monday.`),
  PY(`Long day but this made it. A mum came back to the surgery to tell me the lump I'd sent off urgently was caught early and she's finished her chemo. She brought a tub of Celebrations for the staff and I've eaten all the Bounties because nobody else wants them 😅`, 'facebook'),
  PY(`In clinic yesterday a retired miner told me that in sixty years nobody had asked him how he was feeling, rather than what was wrong. It took twenty minutes, and it changed the whole consultation.\n\nContinuity isn't a luxury.\n\n#generalpractice #personcentredcare`, 'linkedin'),
  PY(`@JennyW_ hi Jenny, really sorry your mum's had such a rough week. The hold-up with her biopsy is on our side. I've chased histology this morning and I'll phone her as soon as it's back.`),
  PY(`She kindly agreed to me sharing this: Janeway lesions on her soles. IVDU, new murmur, 4/4 bottles growing staph. Echo tomorrow. #IDtwitter #MedEd`),
  PY(`A story, with details altered: a young father collapsed at his desk, and a colleague with no training started compressions because she had watched a video the week before. He walked out of our cardiology ward ten days later.\n\nPlease learn CPR. #RestartAHeart`, 'linkedin'),
  PY(`82F, #NOF, PMH AF on DOAC, CKD4, lives alone, "fiercely independent". Ortho want her on the list tmrw, DOAC last taken 0800. Pre-op at midnight. Who else is on tonight?`),
  PY(`Clinic on the wing: gent in his 60s asking for reading glasses so he can write to his grandkids. Took 4 months of forms. Fitted today. Small things.`),
  PY(`Phone consult: mum frantic, 8mo with temp 39.4 and "a bit blotchy". Didn't fade under the glass. 999 there and then. Paeds rang tonight, he's on the ward and doing ok 🙏`),
  PY(`Remote consult with a lad working offshore on a rig, assessing his swollen knee from a video his mate filmed. The future is weird.`),
  PY(`Scrubbed for a 6hr Whipple today. She's a retired headteacher who told me at pre-op that she'd "marked worse work than mine". Pressure was ON.`),
  PY(`Evening shift at the hospice. The gentleman in room 7 asked if his whippet could visit. Whippet arrived. Whippet got on the bed. Nobody stopped it. Best IPC breach of my career.`),
  PY(`OH referral today: a nurse so burnt out she'd been sleeping in her car between shifts. Phased return agreed. Look after each other out there.`),
  PY(`Mrs Kaur (not her real name but close) brought me homemade pinni after her cataract op went smoothly. Ophthalmology perks 😋`),
  PY(`Out of hours in the valleys. 2am, elderly gent sitting up in his chair, breathless, because "the bed's for sleeping, doc, not for dying". Syringe driver up, daughter on her way from Swansea.`),
  PY(`Canny old fella in today, reckons his "ticker's gone a bit funny like". ECG: complete heart block. He wanted to walk to the Freeman. We got him an ambulance. Pacing tmrw.`),
  PY(`Spent an hour with a family today going through why their gran won't be for CPR. Not a single raised voice. Just a lot of tea and tissues. Hard, but I think we got it right.`, 'facebook'),
  PY(`my 3rd of the afternoon: 27yo, 4th attendance this month with chest pain, everything normal again. sat down and asked about home. panic attacks, and her flat's full of damp. talking therapies referral + letter to the council.`),
  PY(`the little one in cubicle 9 with the grape stuck is absolutely fine and is now eating a biscuit like nothing happened. his dad on the other hand needs a lie down.`),
  PY(`Yesterday I operated on a woman who had waited 71 weeks for her hip replacement. She lost her job and her confidence in that time.\n\nThe operation took 80 minutes. The waiting took a year and a half.\n\nWe have to fix this. #orthopaedics #NHS`, 'linkedin'),
  PY(`Hi Carol, I'm so sorry about your brother. I know you messaged me on here but I can't really go into his care on Facebook. Please ring the ward and ask for me or the reg and we'll sit down with you properly x`, 'facebook'),
  PY(`an old boy at the practice has been coming in every week for "his bloods" (he does not need weekly bloods). turns out he just likes chatting with our HCA. social prescriber got him into a choir. he's thriving.`),
  PY(`The man in bed 12 whose sodium was 112 on Monday just did the Times crossword faster than me. Slow correction ftw.`),
  PY(`Rash pic (with mum's permission): 6yo, slapped cheeks, lacy rash on the arms. Parvo. Mum's pregnant though, so bloods for her too. #paedsderm`),
  PY(`Spent 40 mins with Mr Nguyen and his interpreter going through his hep B results. At the end he said thank you in English, clearly practised. Lovely, lovely man.`),
  PY(`e-consult of the week: "doctor my husband snores like a tractor and stops breathing, he won't come in himself". He's now on CPAP. She's sleeping for the first time in years.`),
  PY(`Pre-hospital shift: young rider off his bike on the A66, crew had him packaged beautifully before we landed. Binder, TXA, blood on scene. In MTC resus now. #PHEM`),
  PY(`Relatives' room tonight: three generations waiting for news of their grandmother. You could tell she was the matriarch. We'll move to comfort care tomorrow once her son lands from Lagos.`),
  PY(`Home visit to a young man who hasn't left his flat since March. Took him a coffee. He opened the door 10cm. Then 30cm. Next week maybe the doorstep. #CMHT`),
  PY(`labour ward 3am. first-time mum, 41+5, pushing 2hrs, baby OP. rotational forceps, big girl, both well. she named her after the midwife 💕`),

  // ---- patient = false (hard negatives) ----
  PN(`Sat in paeds ED as a parent tonight. My 6yo at 39.8 vomited on the triage nurse. Doctors are the worst parents of sick kids, I kept trying to read her obs upside down.`),
  PN(`Husband's vasectomy is next week and he's acting like he's off to war. I've told him it's 20 minutes. He's asked for a will template.`),
  PN(`Mr Pickles had a dental under GA today. The vet rang with an update and I asked about his intra-op BP. She laughed. I was serious 🐈`),
  PN(`Medicine teaches you many things. Patience is not one of them. Ask my kids about the drive to Cornwall.`),
  PN(`NHS England stats out today: 7.5m on the RTT list, 62-day cancer standard met for 67%. Not good enough, and everyone on the front line knows it.`),
  PN(`Audit poster accepted! 38 of 120 inpatients on our unit had no physical health check within 72h of admission. After the intervention: 11. Small team, big effort 🎉 #RCPsych`),
  PN(`SBA for FY1 teaching: a 78-year-old woman on furosemide presents confused with Na 118. What is the single most appropriate initial investigation? Answers in the replies 👇`),
  PN(`OSCE season! The actor in your breaking bad news station isn't really grieving, but treat them as if they are. That's the whole point.`),
  PN(`Imagine you're 80, deaf in one ear, and someone rings from a withheld number to say your appointment has been cancelled. That's our booking system. Let's fix it.`),
  PN(`This thread follows a composite patient, built from many people I've met over the years, to show how frailty creeps in. Mrs X isn't real. Her story is. 🧵 1/12`),
  PN(`My novel's heroine is an F2 in a fictional hospital in Norfolk. Chapter 4 is her first death certificate. Writing it made me cry on the train.`),
  PN(`Who else watched Grey's do a heart transplant in a lift?? I'm a cardiac surgeon and I have QUESTIONS.`),
  PN(`I have just finished Being Mortal by Atul Gawande for our department book club. His reflections on what matters at the end of life should be required reading for every registrar.\n\n#bookclub #palliativecare #leadership`, 'linkedin'),
  PN(`Sepsis awareness 🔴 Slurred speech, extreme shivering, passing no urine, severe breathlessness, mottled skin. If in doubt, call 999.`),
  PN(`So proud of my ward team today. Inspection went brilliantly, everyone pulled together and Janet from housekeeping made flapjacks. Best ward in the trust and I'm not biased at all 😄`, 'facebook'),
  PN(`Found out at my 20 week scan it's twins. I'm an obstetrician. I should have noticed the bump size. In my defence I was busy noticing everyone else's 🤦‍♀️`),
  PN(`Returning to work after my own spinal surgery has given me a new appreciation for pain management. Six weeks on the other side of the consultation taught me more about communication than any course.\n\nGrateful to the team at Salford Royal.`, 'linkedin'),
  PN(`Dad had a stent this morning. 74 and insisted on driving himself to the cath lab. The cardiologists sorted him and he's fine. I am not. My BP is through the roof.`),
  PN(`PSA: antibiotics don't help colds. If your GP says no to amoxicillin it's not because they don't care. Rest, fluids, paracetamol, time.`),
  PN(`High-fidelity sim today. Our simulated patient "Mr Barnes" went into VF mid-intubation and I swear my own heart stopped. Brilliant learning, thanks @SimTeamNorth`),
  PN(`Hypothetically: a 90yo with advanced dementia stops eating and the family want a PEG. What would you do? Genuinely curious how other geris teams approach that conversation.`),
  PN(`Of the 1,284 people seen in our long COVID clinic, 61% are women aged 30 to 55. Fatigue dominates. Data paper out next month.`),
  PN(`Physician associates should not be seeing undifferentiated patients in primary care without direct supervision. That's not anti-PA, it's pro-patient.`),
  PN(`Lost my patience in the car park. Found it in the coffee queue. Lost it again at the 8am huddle. #Monday`),
  PN(`My nan turned 100 today!! Card from the King and everything 👑 She still says I'm "not a proper doctor" because I don't do operations. Love you nan xx`, 'facebook'),
  PN(`MCQ: in a Colles' fracture, which way is the distal fragment displaced? a) dorsally b) volarly c) medially d) not displaced. No googling 👀`),
  PN(`My brother has bipolar disorder and said I could share this. Navigating the crisis team as his sister rather than as a psychiatrist has been eye-opening. We need more beds.`),
  PN(`Breathtaking had me in pieces. The scene with the elderly man on CPAP in the corridor is exactly how those weeks felt. Watch it, but maybe not alone.`),

  // ---- interest = true ----
  IY(`Can't recommend the @ZenSleepRx app enough for my insomnia patients. They gave me a lifetime subscription to try it and I'm hooked 😴`),
  IY(`Thrilled to have been appointed part-time Chief Medical Officer at Lumora, an AI triage start-up that is going to change how primary care works. Watch this space!\n\n#healthtech #AI #primarycare`, 'linkedin'),
  IY(`Pop down to our new private GP clinic on Wilmslow Road! Same-day appointments, blood tests and travel jabs. 10% off for friends & family this month ❤️ Book via the website`, 'facebook'),
  IY(`Lovely weekend at the Pfizer lipid masterclass in Lisbon. Flights, hotel and the pastéis de nata all top notch 🇵🇹`),
  IY(`My go-to post-gym shake is @FuelPureUK, the only one I trust as a doctor 💪 Use DOCJAY20 at checkout!`),
  IY(`Proud to share early results from the wearable pilot with my private cardiology patients. I have been working closely with the Oura team as a clinical adviser and the data speak for themselves.`, 'linkedin'),
  IY(`Hay fever sufferers: try Nasaleze, it's the only thing that works for my lot. Picked up a few free boxes at a conference and I'm a total convert. In Boots now.`),
  IY(`Booking now for my Harley Street weight-loss programme: Mounjaro with doctor-led support every step. Link in bio.`),

  // ---- interest = false ----
  IN(`MHRA recall: specific batches of Emerade adrenaline pens. Check your patients' devices and make sure they have an alternative auto-injector.`),
  IN(`COI: I sit on an advisory board for Roche. Sharing because I think the new ADC data in HER2-low breast cancer genuinely matters.`),
  IN(`NICE has approved tirzepatide for weight management on the NHS, with rollout phased over 12 years. Thoughts on primary care capacity?`),
  IN(`Private "full body MRI" screening packages mostly generate incidentalomas and anxiety that the NHS then has to mop up. Not a fan.`),
  IN(`This week's journal club tackled the dexamethasone arm of RECOVERY. Remarkable how a cheap, old steroid changed practice worldwide. Thank you to our F2s for leading.`, 'linkedin'),
  IN(`Locum consultant rheumatologist wanted at our trust: 6 months, possible substantive post. Informal enquiries welcome, details on NHS Jobs.`),
  IN(`This webinar is sponsored by Abbott and I received an honorarium for presenting. Slides on CGM in type 1 below, nothing off-label.`),
];

export const BLIND16_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('gasdoc_nights', 'Gas Doc 💤', 'ST6 anaesthetics, North West. Opinions mine, the propofol is the trust\'s.', true),
  X('TheWeeGP', 'The Wee GP', 'Rural GP in the Highlands. MRCGP. Dogs, hills, sheep and far too many home visits.', true),
  X('fy1_survivor', 'F1 Survivor', 'FY1 in the Midlands | running on toast & bleeps | not medical advice', true),
  FB('medreg.mo', 'Mo', '', 'Medical registrar, acute medicine, Birmingham. MRCP(UK).', true),
  LI('cardio-spr-london', 'A.', 'K.', 'Cardiology SpR | Interventional interest | London', true),
  X('psych_mum3', 'PsychMum 🧠', 'Consultant psychiatrist (CAMHS), mum of 3. Not here in any official capacity.', true),
  X('obs_and_gobby', 'Obs & Gobby', 'O&G reg. I speak for myself. Catch babies, stop bleeds, drink tea.', true),
  X('EDreg_nocturnal', 'Dr Nocturnal', 'Emergency medicine registrar. Resus is my happy place. FRCEM pending.', true),
  // not anonymous doctors
  X('DrPriyaNair', 'Dr Priya Nair', 'GP partner in Leicester. Women\'s health. Views my own.', false),
  X('nursekez', 'Kez 💉', 'Band 6 staff nurse, ICU, Cardiff. RN(A).', false),
  FB('tom.hargreaves.vet', 'Tom', 'Hargreaves', 'Vet at a mixed practice in the Dales', false),
  LI('aisha-rahman-pharm', 'Aisha', 'Rahman', 'Independent prescriber pharmacist | PCN clinical pharmacist', false),
  X('paramedicpete', 'Paramedic Pete', 'HCPC registered paramedic. 12 years on the road. Views my own.', false),
  X('MedStudentMeg', 'Meg | 3rd year med', 'Medical student in Bristol. Future surgeon, hopefully!', false),
  LI('james-okafor-cardio', 'James', 'Okafor', 'Consultant Cardiologist, Leeds Teaching Hospitals | MBChB FRCP', false),
  X('drsam_bds', 'Dr Sam 🦷', 'Dentist (BDS) in Glasgow. Teeth, not hearts.', false),
];

export const BLIND16_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors
  X('crankyconsultant', 'Cranky Consultant', 'Consultant physician, 20+ yrs in the NHS. Grumpy about rotas, soft about patients.', true),
  X('GPtrainee_ST2', 'GP Trainee 🩺', 'ST2 GP registrar, East Anglia | AKT in 6 weeks send help', true),
  FB('dr.rads.reg', 'Rads', '', 'Radiology registrar. FRCR 2A done. Looking at shadows for a living.', true),
  X('surgical_sho_', 'the SHO', 'CT1 general surgery, Scotland. MBChB. Professional retractor holder.', true),
  LI('consultant-neuro-nw', 'H.', '', 'Consultant Neurologist | Epilepsy | MD FRCP', true),
  X('pallcaredoc', 'Palliative Doc', 'Palliative medicine consultant at a Yorkshire hospice. Talking about death so you don\'t have to.', true),
  X('DrK_GP', 'Dr K', 'Salaried GP, South Wales. Mostly bloods and biscuits.', true),
  X('locumGPlife', 'Locum Life', 'Freelance GP: 7 practices, 3 counties, 1 knackered car. MRCGP 2016.', true),
  // not anonymous doctors
  X('DrFionaMcLeod', 'Fiona McLeod', 'Consultant paediatrician, Edinburgh. Tweets my own.', false),
  LI('ben-adeyemi-gp', 'Ben', 'Adeyemi', 'GP Partner | Clinical Director, Riverside PCN | MRCGP', false),
  X('midwifemags', 'Mags the Midwife', 'Registered midwife, 15 yrs. Birth is normal until it isn\'t.', false),
  X('ChiroCarl', 'Dr Carl (Chiropractor)', 'Doctor of Chiropractic. Back pain, sports injuries, posture.', false),
  FB('happy.paws.swindon', 'Happy Paws', 'Vets', 'Independent veterinary practice in Swindon. MRCVS.', false),
  X('PA_Jordan', 'Jordan | PA', 'Physician associate, acute medicine. PA-R.', false),
  X('DrEllaQuinnPhD', 'Dr Ella Quinn', 'PhD, immunology researcher. Not a medical doctor!', false),
  X('kidneydad', 'Kidney Dad', 'Dad to a transplant warrior. Campaigning for organ donation. Not a doctor, just a dad.', false),
];
