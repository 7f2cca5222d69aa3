/**
 * Blind evaluation set 12, written without sight of the detectors' word lists.
 *
 * Emphasis: stories about individual patients from every corner of UK medicine (GP surgery, home
 * visits, care homes, ED, wards, theatres, ICU, labour ward, paediatrics, psychiatry, prison clinics,
 * hospices, out-of-hours cars, telephone triage, radiology and histopathology reporting, clinic
 * letters, student placements, overseas electives, GP trainees and locums), told in every voice a
 * doctor uses online: one-line tweets, chatty Facebook reflections, polished LinkedIn "lessons",
 * replies to patients and relatives, threads, described photos and scans, thank-you cards,
 * complaints, jokes, deaths and "details changed" pieces, some with quasi-identifiers (age, sex, job,
 * town, rare diagnosis) and many with none. Roughly 40% of the patient-pass items are hard negatives
 * that use the same vocabulary: the doctor's own illness or family in hospital, friends and
 * colleagues, pets, public figures in the news, patient-safety and policy commentary, audits and
 * shift totals, general advice, explicitly hypothetical/composite/simulated/OSCE/MCQ cases,
 * "patience", TV and books, and patient-group events. Each half also has 12 interest-pass posts
 * (undeclared freebies, hospitality, advisory roles, affiliate codes and own private clinics versus
 * recalls, approvals, critiques, job adverts, journal clubs and properly declared ties) and 10
 * accounts (anonymous doctors versus named doctors and non-doctor professionals).
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND12_DEV_POSTS: BlindPost[] = [
  // ---- patient: true ----
  PY(`Lady in her 80s booked a 10 min appt today purely to tell me her tomatoes have come up. Didn't want anything else. Best consultation of the week 🍅 #GPlife`),
  PY(`Home visit this afternoon up a farm track outside Hexham. Old boy with end-stage COPD, sats 84% on air, point blank refused to go in. "I was born in this kitchen and I'll die in it doctor." We had the conversation properly, sat at his table with his collie's head on my knee. DNACPR done, anticipatory meds in, district nurses lined up for tomorrow. His daughter walked me to the car and just said thank you for not arguing with him. Some days this job is all paperwork. Today wasn't.`, 'facebook'),
  PY(`A 23-year-old man walked into our Emergency Department one January night with what looked, on paper, like simple gastritis.

He'd been seen twice already that week. He apologised for "wasting our time."

Something about the way he held himself made our ST4 go back and repeat the obs. Heart rate 128. Lactate 6. A CT an hour later showed a perforated duodenal ulcer.

He's fine now. But the lesson I keep coming back to:

➡️ "Re-attender" is a red flag, not a label.
➡️ Apologetic patients under-report.
➡️ Trust the colleague who says "I'm not happy."

#EmergencyMedicine #PatientSafety #ClinicalReasoning #Leadership`, 'linkedin'),
  PY(`3 weeks on ECMO and this morning he squeezed my hand when I asked him to. Not crying in the sluice, you are 🥲 #ICU`),
  PY(`delivered a baby in the lift between floors 2 and 3 at 4am. mum calm as anything, dad fainted onto the emergency phone. baby girl 3.4kg, both fine. lift out of order`),
  PY(`4yo on the ward tonight asked if my stethoscope could hear his dreams. I said yes obviously. He's now fast asleep and I've been told to "listen properly" on the morning round`),
  PY(`1/ Crisis team shift today. Young man, early 20s, walked 9 miles in the rain to get to us because he "didn't want to bother an ambulance."
2/ He'd been on a waiting list for 14 months.
3/ He's safe tonight. That's all I'll say about him.
4/ But 14 months. Fourteen. #mentalhealth`),
  PY(`Prison clinic this morning. Man on the healthcare wing asked me for nothing except a pair of reading glasses so he could write to his daughter. Took 3 forms and a phone call to the optician but he'll have them Friday.`),
  PY(`Something happened at work this week that I want to write down before I forget it.

One of our hospice patients, a retired dinner lady with a brain tumour, told the nurses on Monday that she wanted to see the sea at Cromer "one last time." She'd gone there every summer as a girl. By Wednesday the team had borrowed a wheelchair-accessible minibus, packed a flask and a bag of chips and taken her, oxygen cylinder and all. Her grandson pushed her along the pier.

She died peacefully on Friday morning with sand still in her slippers.

I've been a palliative care doctor for 11 years and I'm still learning what "care" means. 💙`, 'facebook'),
  PY(`OOH shift. Called out at 2am to a 96 year old lady with a chest infection, lives alone, hasn't seen a doctor since 1987 apparently. Offered her admission and she told me she had "far too much to do tomorrow." Antibiotics, safety netting, neighbour on speed dial. Respect.`),
  PY(`Phone triage gem this morning: "Doctor I've had a headache since Tuesday. It's Thursday. Also I'm ringing from the top of Snowdon." Sent him down the mountain first, then we talked about his BP 🏔️`),
  PY(`pic of the xray from this morning 😳 that round white thing is a 2p coin sitting pretty in a 2 year old's oesophagus. Out under GA, she's home now eating yoghurt. Keep coins away from littles, folks`),
  PY(`Histology back on the chap I biopsied in March. Benign. Rang him myself rather than wait for the letter. He cried, I nearly did. Good Tuesday.`),
  PY(`Just got my clinic letter back from the typists: "Mr X continues to enjoy his dog." I dictated "his jog". To be fair, both true, he brought the dog to clinic.`),
  PY(`3rd year placement in Truro and the first patient who ever let me take a full history was a retired fisherman with a murmur you could hear from the door. He quizzed me on knots while I tried to remember the cardiac exam. I've forgotten his name but never his hands. #medstudent`),
  PY(`Week 4 of my elective in Blantyre 🇲🇼 The little girl in bed 4 on the paeds ward, cerebral malaria, unconscious when she came in last Monday, sat up today and ate a whole plate of nsima. Her mum hugged every single one of us including the cleaner. I will never complain about a 13 hour shift in Leeds again.`, 'facebook'),
  PY(`GPST1 here. Today was the first time I've ever told someone they have cancer. She held my hand and thanked ME. I don't know how to process that so I'm eating a whole Twix in the car`),
  PY(`Locum in a Kent practice today. Man in his 70s whose notes just say "difficult, aggressive, doesn't listen." Turns out he's profoundly deaf and nobody had noticed in 6 years. Audiology referral done, wrote a note on his record. He shook my hand for about a minute. #locumlife`),
  PY(`@sarah_j_walks So glad your dad has settled back home after his stay with us on Ward 7. Please do ring the ward if the ankle swelling comes back, we'd much rather see him early. Give him our best!`),
  PY(`@GMac1972 I'm really sorry to hear your mum waited so long in our department on Saturday night. I can't discuss her care on here, but I'd genuinely like to look into it. Please contact our PALS team on the number on the trust website and ask for me by name.`),
  PY(`Card on my desk this morning from the family of the gentleman we lost on Ward 12 last month. "Thank you for holding his hand when we couldn't get there in time." That one's going in the drawer I keep for bad days.`),
  PY(`Patient in recovery still coming round from her GA just told our anaesthetist he has "lovely kind eyebrows." She's not wrong tbh 😂 #theatres`),
  PY(`Lost a patient tonight. 19. Motorbike. Not going to say anything else. Hug your people.`),
  PY(`(Details changed to protect privacy.)

A woman in her fifties came to my clinic with "just tiredness." Three previous GP visits, three normal blood panels.

I nearly sent her away too. Then she mentioned, almost as an aside, that she'd stopped being able to climb the stairs to her daughter's flat.

One extra question. One extra test. A diagnosis of myasthenia gravis.

What she taught me: the most important symptom is the one the patient thinks is too small to mention. Leave room for the aside.

#Neurology #Medicine #Listening #PatientExperience`, 'linkedin'),
  PY(`Care home ward round. Gwen (not her real name), 101, asked whether I was old enough to be a doctor, then whether I was married, then offered me a toffee from her handbag. Accepted the toffee, declined to answer the rest.`),
  PY(`Emergency lap appy at 2am on a 12 year old. Tiny appendix, enormous attitude. Already asking for his Xbox in recovery 😂🎮 #surgery`),
  PY(`Saw my first ever Fabry disease in clinic today: 31yo woman from Fife, told for a decade it was "growing pains" and anxiety. Enzyme assay confirmed it this week. Rare isn't the same as never.`),
  PY(`[photo: dermoscopy image of a dark irregular mole]
Students, look at this one from a gentleman I saw this morning. Blue-white veil, atypical network, regression at the edge. He came in about a verruca. Already on the 2 week wait. THIS is why you look at the whole skin.`, 'facebook'),
  PY(`111 call tonight. Terrified first-time mum ringing about her 6 week old's "green poo." Took 4 minutes to reassure her. She said I was the first person who'd actually listened to her all week. Small things matter.`),
  PY(`man in resus keeps asking if he's going to miss the darts final. priorities intact, sats less so`),
  PY(`Thread. Last night in ICU we withdrew treatment on a woman who'd been with us for 40 days. Her husband brought in her favourite perfume and sprayed it on her pillow. We turned off the alarms, opened the blinds, and the nurses put Motown on. He said it was the first time in weeks the room smelled like her. 1/2

I've done this many times. It never becomes routine, and I hope it never does. 2/2`),

  // ---- patient: false (hard negatives) ----
  PN(`Back at work after my own appendicectomy. Being the patient on the other side of the curtain was humbling. The HCA who brought me toast at 6am post-op is a legend and I will be telling everyone.`),
  PN(`Dad's in CCU at Derriford after an MI on Sunday. Sitting on the visitors' side of the bed is a completely different job. Thank you to the cardiology team, you've been brilliant with him and with us.`, 'facebook'),
  PN(`My best mate got her positive pregnancy test after 4 rounds of IVF and I'm sitting in a Tesco car park sobbing into a meal deal 💛`),
  PN(`Huge congratulations to our ward sister Marie on 30 years at the Royal! She has taught half the doctors in this building how to put in a cannula and the other half how to apologise properly.`),
  PN(`Took Biscuit to the vet for his knee. Cruciate rupture. £3k. He is fine and I am broke 🐕`),
  PN(`Wishing the King well with his treatment. Whatever your views on the monarchy, public figures being open about cancer genuinely drives people to get checked.`),
  PN(`Corridor care is not care. Every person on a trolley in a corridor is a failure of the system, not of the staff working in it. @RCEMpresident is right to keep saying it.`),
  PN(`Re-audit results are in: VTE risk assessment within 24h of admission went from 61% to 93% across our 4 medical wards. So proud of the FY1s who drove this 👏 #QualityImprovement`),
  PN(`Tonight: 140 patients through the door, 11 through resus, 0 beds upstairs. We're tired. Go hug a nurse.`),
  PN(`Reminder: if your child has a rash that doesn't fade when you press a glass against it, call 999. Don't wait for other symptoms. #meningitis #sepsis`),
  PN(`SBA of the day 🧠 A 67-year-old man presents with painless jaundice, weight loss and a palpable gallbladder. Most likely diagnosis?
A) Gallstones B) Hepatitis A C) Carcinoma of the pancreatic head D) PBC E) Cholangitis
Answer tomorrow!`),
  PN(`A teaching case for our new F1s. This is a composite, built from several patients over the years and not any one person.

An elderly woman is admitted with confusion. Her bloods show a sodium of 118. Over the next few hours the nurses notice she is drinking from the sink...

What would you do first? Let's discuss in the comments. 👇`, 'facebook'),
  PN(`Sim session today: our mannequin "Mr Smith" dropped his sats with a tension pneumo and the FY2s absolutely nailed the needle decompression. Sim is the best teaching going, I will die on this hill.`),
  PN(`Patience is not my strongest virtue. Neither is waiting 4 minutes for PACS to load a single chest film. #NHSIT`),
  PN(`Be patient with the new F1s this week. They're terrified. You were too.`),
  PN(`Rewatching This Is Going to Hurt. The episode on the labour ward still wrecks me every single time. Ben Whishaw deserves every award going.`),
  PN(`Brilliant morning at the Parkinson's UK Leeds branch coffee morning. So many sharp questions about exercise, sleep and deep brain stimulation. The cake was excellent too.`),
  PN(`34 weeks pregnant and still doing nights on labour ward. My own midwife has now officially told me off. Mat leave can't come soon enough 🤰`),
  PN(`The new HSSIB report on delayed ambulance handovers is essential reading. Harm happens in queues. Systems, not individuals. Link: hssib.org.uk`),
  PN(`OSCE practice tonight. Station 4: "You are the FY1. Mrs Patel, 45, has come to discuss her new diagnosis of type 2 diabetes." The actor was so good one of the students forgot to introduce herself 😅 #OSCE`),
  PN(`Quick poll for GPs, purely hypothetical: a patient asks you to sign their passport photo and you've only met them once. Do you? Y/N 🤔`),

  // ---- interest: true ----
  IY(`Loving the new ScanWatch @Withings sent over ⌚ The ECG feature is genuinely useful for picking up AF. Use code DRAMY15 for 15% off!`),
  IY(`Delighted to announce that I have joined the Medical Advisory Board of Zenora Health, a London-based menopause app transforming how women access HRT advice. Really excited to help shape their clinical pathways. 🌸 #Menopause #DigitalHealth #WomensHealth`, 'linkedin'),
  IY(`Now taking bookings at my private skin clinic in Harrogate ✨ Mole checks, anti-wrinkle, fillers, skin boosters. Consultant-led. DM me for prices or book through the link in my bio!`, 'facebook'),
  IY(`Cracking dinner at Hawksmoor last night courtesy of the lovely team from Novo Nordisk. Great chat about all things GLP-1 🥩🍷`),
  IY(`I take Wellman every single morning and honestly notice the difference in my energy on long shifts. Link in bio 👇 code DOCTOM for money off`),
  IY(`Thrilled to have spoken at AstraZeneca's cardiorenal masterclass in Birmingham last week. Huge thanks to the team for looking after me so well at the Hyatt. Great to see so many GPs hungry to learn about SGLT2 inhibitors! #Cardiology #CKD`, 'linkedin'),

  // ---- interest: false ----
  IN(`#ad Paid partnership with Bupa. I was asked to talk about why I think everyone over 40 should know their blood pressure. Opinions are my own.`),
  IN(`MHRA Class 2 drug alert: certain batches of levothyroxine 50mcg tablets being recalled. Pharmacy colleagues, check your stock. Details on gov.uk`),
  IN(`Another "doctor recommended" collagen supplement ad on my feed using a stock photo of a stethoscope. There is no good evidence. Please don't waste your money.`),
  IN(`Journal club Thursday 12:30: SELECT trial (semaglutide & CV outcomes in non-diabetics). Pizza from the departmental budget, not from pharma 🍕`),
  IN(`We're recruiting! 2 x salaried GP posts at Riverside Medical Practice, Bolton. 6 sessions, protected admin time, supportive team and a very good biscuit tin. DM for details.`),
  IN(`I've joined the advisory board of Kinetic Health, a physio app. COI: this is a paid role. I'll declare it in every relevant talk and paper, and I won't be posting about their product here.`, 'linkedin'),
];

export const BLIND12_TEST_POSTS: BlindPost[] = [
  // ---- patient: true ----
  PY(`Man came in today with a written list. Item 7: "is it normal that I sneeze when I look at the sun?" Yes, about 1 in 4 of us. Photic sneeze reflex. He was absolutely delighted to have a name for it ☀️🤧`),
  PY(`Housebound visit in Llandudno this afternoon. Lovely lady, 89, leg ulcers, 11 cats (I counted). She'd made me a Welsh cake and put it on a saucer on the only chair without a cat on it. Dressings changed, cats unimpressed, diuretic reduced. The district nurses are heroes for going every other day.`, 'facebook'),
  PY(`The most important thing I learned this year didn't come from a guideline. It came from a patient in cubicle 9.

He was a builder in his forties with chest pain, a normal ECG and a first troponin that was fine. I was about to discharge him.

He said: "Doc, I've never once been to hospital. My wife made me come."

That sentence made me wait for the second troponin. It was raised.

Lesson: context is data. When someone who never comes, comes, listen.

#Cardiology #EmergencyMedicine #Reflection`, 'linkedin'),
  PY(`the old boy in bay 3 has been doing the Telegraph crossword with the night nurses every night this week. 6 across finally cracked at 3am. whole bay cheered. he's going home tomorrow and I'm weirdly sad`),
  PY(`Scrubbed for my first ever Whipple as a core trainee. 9 hours. She's up on the ward eating jelly today and told me I looked "about 12." Fair.`),
  PY(`Extubated our longest-stay patient today, day 62. His first word was "tea." His second was "milk two sugars." #ICU ☕`),
  PY(`I've been sitting with this for 24 hours and wanted to share it.

Last night a mum I'd looked after through two miscarriages and a stillbirth delivered a healthy baby girl. I wasn't even on call. The midwife texted me and I drove in in my pyjama bottoms just to stand at the back of the room.

When she saw me she said "you stayed." I didn't know what she meant until her partner explained she'd always remembered I'd stayed late the night they lost their son.

Obstetrics breaks your heart and mends it again.`, 'facebook'),
  PY(`Paeds ED: 3yo, runny nose on one side for "about a month," turns out a raisin has been up there since Easter. Mother's kiss technique worked first go. Mum delighted, kid outraged 🍇`),
  PY(`Ward round on PICU this morning. A young woman who came in utterly convinced MI5 were filming her asked me today whether the library trolley had anything on Roman history. First book she's wanted in weeks. Recovery isn't linear but today was a good day.`),
  PY(`Working as a GP in a Cat B prison for 3 years now and I still think about a lad I saw on my first week. Came in asking for paracetamol for toothache. Turned out he'd never been registered with a GP in his life, never had a blood test, never had his BP checked, and was 26. His BP was 190/120.

We sorted meds, bloods, a kidney scan and, eventually, a dentist. He got released last spring and sent a letter via the healthcare office saying he'd registered with a GP "like you told me to."

People think prison medicine is all drugs and fights. Mostly it's catching up on a lifetime of missed care.`, 'facebook'),
  PY(`Hospice nights. He asked for a Guinness. We found him a Guinness. Two sips, a big smile, and "that's the stuff." He died just after 4. Good night's work.`),
  PY(`OOH car, 3am, retired farmer near Barnstaple in acute urinary retention. Wife had put the kettle on before I'd got my coat off. Catheter in, 1.2 litres, he called me "the best man in Devon." I'll take it.`),
  PY(`Triage call of the day: "my husband was stung on the tongue by a wasp, he's breathing fine, but he won't stop talking about it and I need him to." Airway advice given. Marriage advice declined.`),
  PY(`Reporting list this afternoon. Incidental 6.2cm AAA on a CT KUB done for a kidney stone. Phoned the GP and the vascular reg straight away. That man has no idea how lucky he got today. #radiology`),
  PY(`Blood film this morning on a 19 year old sent in with "easy bruising." Blasts everywhere. Rang the haem reg before I'd finished my coffee. Thinking of her tonight. #haematology #pathology`),
  PY(`Best change I've made as a consultant: writing clinic letters TO patients not about them. Today's started "Dear Mrs H, it was lovely to meet you and your daughter." She phoned my secretary to say it was the first hospital letter she's ever understood.`),
  PY(`Med student placement in Inverness. Consultant let me do my first LP on a very brave gentleman who told me terrible jokes the entire time to "help me relax." It worked. Thank you sir, whoever you are 🙏`),
  PY(`Elective in Nepal 🏔️ A porter who'd carried 40kg up to Namche came into the clinic blue-lipped and coughing pink froth. HAPE. Oxygen, nifedipine, and his mates carried HIM down for once. He walked back into the clinic 2 days later smiling. Completely humbled.`, 'facebook'),
  PY(`ST3 life: patient asks if I'm the "real doctor." I say yes. She says "no love, I meant the old one." Dr Jenkins retired in 2019 🙃`),
  PY(`Locum SHO at a DGH I'd never set foot in. 4am, lady in DKA, couldn't find a single syringe driver. Found a nurse who'd worked there 31 years and knew where everything was hidden. Lady's fine. Nurse is a saint.`),
  PY(`@bethan_runs Thank you so much Bethan, it was a privilege to be part of your care. Hope the new knee gets you round that 10k next spring 💪 Keep up the physio exercises!`),
  PY(`@JoeMcCann_ I'm so sorry for your loss. Your grandad was a proper character on the ward and the team still talk about him singing Sinatra at the tea trolley. Thinking of you all.`),
  PY(`Got a thank you card from a 7 year old I stitched up last month. It's a crayon drawing of me with enormous hands and a lightning bolt on my scrubs. Going straight on the fridge.`),
  PY(`Had my first formal complaint today. The family felt I didn't listen to their mum during her admission. Reading it back with a cup of tea... they're partly right. I was rushed and it showed. Going to take this one to my educational supervisor and actually learn from it.`),
  PY(`Old fella in minors asked if I could "check his prostate while I'm down there." I was strapping his ankle.`),
  PY(`I don't normally post about work but I need to put this somewhere.

Yesterday a young mum on our unit died. She was 34. Her little boy had drawn a picture of her as a superhero that was stuck on the wall above her bed. Her sister stayed with her all night and we kept bringing tea because it was the only thing we could do.

I went home, hugged my own kids and didn't sleep. Back in today. That's the job.`, 'facebook'),
  PY(`Details changed, as always.

A primary school teacher in her forties, in a small market town, came to see me because she'd "gone off" her wine. That was it. No pain, no weight loss.

Her ALP was modestly up. Her ultrasound wasn't normal.

I think about her often, because she was so apologetic about wasting my time, and because early detection gave her options many don't get.

If you work in primary care: odd, small, new changes matter.

#GeneralPractice #EarlyDiagnosis #Oncology`, 'linkedin'),
  PY(`Diagnosed my second ever acromegaly this week. 38yo mechanic from Dundee whose wedding ring no longer fits and whose work boots have gone up two sizes. Wife spotted it before any of us.`),
  PY(`Pic of the ECG from resus tonight: deep symmetrical T wave inversion V2-V3, pain free. Textbook Wellens. He's in the cath lab as I type. Learn this pattern, people ⚡️`),
  PY(`🧵 The patient who changed how I practise.

1/ A few years ago I met a man in his 60s on a surgical ward. Retired, widowed, polite to a fault.
2/ He said yes to everything: the operation, the drain, the extra day.
3/ On day 5 he finally told a student he'd never wanted surgery. He'd been too embarrassed to say no to "all you clever people."
4/ Consent isn't a signature. It's a conversation, and sometimes it needs a student with more time than me.`),
  PY(`Care home visit. Resident with advanced dementia is convinced I'm her son Michael. I've stopped correcting her. Today "Michael" got told off for not wearing a vest.`),

  // ---- patient: false (hard negatives) ----
  PN(`Day 3 of covid. Never realised how much I took paracetamol and working taste buds for granted. Isolating, grumpy, and sorry to my rota coordinator 🤒`),
  PN(`Mum had her hip replaced yesterday. Up with the physio already and complaining about the custard. Proud daughter 💕`, 'facebook'),
  PN(`Ran the Great North Run alongside my friend who had a kidney transplant two years ago. She beat me by 6 minutes and I will never hear the end of it 🏃‍♀️`),
  PN(`Farewell to Dr Hussain after 28 years as our senior partner. Generations of families in this town have trusted him and the practice won't be the same. Enjoy the golf!`, 'facebook'),
  PN(`Our cat had a dental today. 4 teeth out. She is absolutely livid with me and I respect that.`),
  PN(`Good to see the footballer talking so openly about his bowel cancer. Screening saves lives; if you get the FIT kit through the post, do it.`),
  PN(`Another winter, another round of "unprecedented" 12-hour trolley waits. Patients deserve better. Staff deserve better. Stop calling it unprecedented when it happens every year.`),
  PN(`Our inpatient falls QIP: 47 falls over 6 months, 22 of them between midnight and 6am. Introduced bay tagging on nights and we're down to 19 in the next 6. Small changes, big wins 📉`),
  PN(`Monday in general practice: 212 calls before 8.30, every on-the-day slot gone by 8.06. We aren't lazy, we're full.`),
  PN(`Summer is here so your annual reminder from a dermatologist:

• SPF 30+ with a 4 or 5 star UVA rating
• Reapply every 2 hours and after swimming
• Check your moles monthly (ABCDE)
• Sunbeds are never safe

Share with someone who needs it. ☀️ #SkinCancerAwareness`, 'linkedin'),
  PN(`Hypothetical for the GP trainees: a 34-year-old woman asks you for a fit note because her dog died and she can't face work. What do you do? Answers below 👇`),
  PN(`MCQ time: 52M, sudden tearing chest pain radiating to the back, 30 mmHg BP difference between arms. Next investigation? A) Troponin B) CT aortogram C) CXR D) D-dimer`),
  PN(`Our simulated patient this morning played a furious relative so convincingly that one F2 went and apologised to her in the corridor afterwards 😂 Actors are gold dust for comms teaching.`),
  PN(`The scenario I'm about to describe is fictional: a composite drawn from years of practice, not any one person.

A man in his 70s attends with his daughter, who answers every question for him. When you finally ask him directly, he says...

I use this in teaching about capacity and autonomy. How would you handle it?

#MedicalEducation #Capacity`, 'linkedin'),
  PN(`The patience of our ward clerk deserves a medal, a knighthood and a pay rise.`),
  PN(`Launched our patient participation group today! 14 members, lots of tea, and some very honest feedback about the phone system. Exactly what we needed.`),
  PN(`Anyone else shouting "THAT'S NOT HOW YOU DO CPR" at Casualty every Saturday night or is it just me`),
  PN(`Had my smear this week. Yes, doctors are scared of speculums too. It took 5 minutes. Book yours.`),
  PN(`One of our registrars is off for a while after a cycling accident. We're all rooting for you, you know who you are. Rota will survive, don't even think about it.`),
  PN(`Never events are about systems. Wrong-site surgery happens when we rush the WHO checklist. Do the pause. Every list, every time.`),
  PN(`Spoke at the Crohn's & Colitis UK walk in Cardiff on Sunday. 400 people in the rain talking about IBD without any embarrassment whatsoever. Brilliant.`),

  // ---- interest: true ----
  IY(`Just finished a 30 day trial of the Oura ring (thanks @ouraring for sending one over!) and the sleep data after nights has been fascinating. Highly recommend 💍😴`),
  IY(`Proud to share that I've started as Medical Advisor to Healthlink360, helping them build safer online GP consultations. Can't wait to see where this goes! 🚀 #DigitalHealth #HealthTech`, 'linkedin'),
  IY(`Bookings now open at The Harley Street Vein Clinic, my new private practice 🩺 Same-day duplex scans, no waiting lists, finance available. Link below.`),
  IY(`Barcelona for ESC 🇪🇸 Flights and hotel sorted by the lovely folks at Boehringer. Tapas and trials, what more could you want`),
  IY(`The only magnesium I recommend to my patients who can't sleep 👉 use my code DRKATE10 at checkout for 10% off. Trust me, I'm a doctor 😉`),
  IY(`If you struggle with sleep I cannot recommend Sleepio enough. I've been working with their clinical team on the new CBT-I module and it's honestly brilliant. Give it a go!`, 'facebook'),

  // ---- interest: false ----
  IN(`Disclosure: I've received speaker fees from Pfizer in the last 3 years. With that said, here's my honest take on the RSV vaccine data for over-75s 🧵`),
  IN(`NICE has approved tirzepatide for weight management in England. Huge implications for primary care capacity that nobody has costed yet.`),
  IN(`Reminder that "sponsored CPD" evenings from pharma are marketing, not education. I stopped going years ago and my prescribing is better for it.`),
  IN(`Apixaban vs rivaroxaban in renal impairment: a quick summary of the evidence for FY doctors 🧵 (no conflicts, just a nerd with a BNF)`),
  IN(`The NHS App now lets you order repeat prescriptions and see your test results. Show your older relatives how this weekend!`),
  IN(`Sponsored post: I've partnered with Simplyhealth on their menopause-at-work campaign. They paid for my time; the views in the video are mine.`, 'linkedin'),
];

export const BLIND12_DEV_ACCOUNTS: LabelledAccount[] = [
  X('GasmanGeordie', 'Gas Man 💉😴', 'Anaesthetics reg in the North East. FRCA survivor. Sleep is for patients. Tweets own.', true),
  X('tiredF1doc', 'F1 doc (sleep deprived)', 'FY1 somewhere in the Midlands. MBChB. Bleep trauma. Views my own.', true),
  FB('dr.jo.gp', 'Dr Jo', '', 'GP partner, mum of 3, knitting badly. Posts are not medical advice.', true),
  LI('ak-cardiology', 'A.', 'K.', 'Cardiology SpR | MRCP(UK) | Heart failure & devices | Yorkshire', true),
  X('the_ED_reg', 'Resus Reg', 'Emergency medicine registrar. FRCEM in progress. Minors is a state of mind.', true),
  X('DrPriyaNair', 'Dr Priya Nair', 'GP in Leicester. MRCGP. Women’s health and too much coffee. Views my own.', false),
  X('dr_tom_w', 'Tom W', 'Dr Thomas Whitaker, consultant urologist, Sheffield. Kidney stones & cricket.', false),
  X('smile_dentist_leeds', 'Leeds Smile Studio', 'Dentist BDS. Smile makeovers, Invisalign, whitening. Book online 😁', false),
  FB('sam.okafor.para', 'Sam', 'Okafor', 'Paramedic @ NWAS. Blue lights and brews.', false),
  LI('rachel-hughes-acp', 'Rachel', 'Hughes', 'Advanced Clinical Practitioner, Emergency Department | MSc ACP | NMP', false),
];

export const BLIND12_TEST_ACCOUNTS: LabelledAccount[] = [
  X('DocOnTheNightShift', 'Night Doc 🌙', 'Med reg. MRCP. Nights > days. Not medical advice, obviously.', true),
  X('GPwithaBike', 'Rural GP 🚲', 'Dispensing GP in the Highlands. FRCGP. Ceilidh-adjacent.', true),
  FB('surgeonsteph', 'Steph', '', 'Colorectal surgeon in Bristol. FRCS. Runner, mum, bad baker.', true),
  LI('obs-gyn-st6', 'O&G', 'Registrar', 'ST6 Obstetrics & Gynaecology | MRCOG | London Deanery', true),
  X('anaesth_sho', 'sleepy gas sho', 'CT2 anaesthetics. I put people to sleep professionally and myself never.', true),
  X('DrAishaMalik', 'Dr Aisha Malik MRCPsych', 'Consultant psychiatrist, Birmingham. Perinatal mental health. Tweets my own.', false),
  X('vet_on_call', 'Vet on Call', 'MRCVS. Small animal vet. Cats, dogs and the occasional tortoise.', false),
  X('DrNeuroLab', 'Dr Neuro', 'PhD neuroscientist. Synapses, sourdough and grant applications.', false),
  LI('callum-fraser-pharm', 'Callum', 'Fraser', 'Clinical Pharmacist | GP practices, Glasgow | Independent Prescriber', false),
  FB('helen.roberts.geri', 'Helen', 'Roberts', 'Consultant geriatrician. Views my own.', false),
];
