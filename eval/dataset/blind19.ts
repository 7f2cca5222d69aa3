/**
 * Blind evaluation set 19, written without sight of the detectors' word lists.
 *
 * Emphasis: patient stories told on Facebook and LinkedIn as often as on X. Positives
 * include long reflective LinkedIn "a patient who taught me" and leadership-lesson posts
 * drawn from one person's care, chatty Facebook posts to friends about a shift, memorial
 * posts about a patient who died, quoted thank-you cards, ward-round teaching cases,
 * comment replies to a relative or patient, "names and details changed" stories, and
 * described photos shared "with permission", carrying one quasi-identifier (age, town,
 * job, date, ward, rare condition) or none at all. Hard negatives use the same
 * emotional register and vocabulary but concern the doctor's own family or own illness,
 * a colleague's retirement, students' OSCEs, clearly marked composite/fictional/
 * hypothetical/simulated/SBA cases, audits and statistics, service changes, safety
 * campaigns, book and TV reviews, "patient" as an adjective, general thanks to all
 * patients, and a public figure's illness in the news. A smaller interest slice mixes
 * undeclared hospitality, advisory roles, affiliate codes, free products and own private
 * clinics with declared ties, recalls, approvals, job adverts and journal clubs; the
 * account slice mixes surname-only or initials-only doctors with named doctors
 * (including a full name only in the handle) and non-doctor clinicians.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND19_DEV_POSTS: BlindPost[] = [
  // ---- patient = true (27) ----
  PY(`Fifteen years ago, as a very nervous FY1 in Sunderland, I was asked to clerk a retired shipyard welder who had come in "a bit short of breath".

I had my proforma. I had my systems review. I had about nine minutes.

He let me get all the way to the end of my questions and then said, quite gently, "Son, you haven't asked me why I'm frightened."

His wife had died on the same ward the year before. He wasn't short of breath because of his heart. He was short of breath because of the corridor.

I've thought about him at the start of almost every consultation since. The history isn't the proforma. The history is the person.

#MedicalEducation #Compassion #NHS #Reflection`, 'linkedin'),

  PY(`Leadership lesson I didn't expect to learn from a discharge letter.

Last month our team looked after a woman in her thirties who was medically fit for discharge on day 3 and finally went home on day 14. Nobody did anything wrong. The OT assessment was waiting on a ramp, the ramp was waiting on a council form, the form was waiting on a signature from a team that had changed its email address.

Eleven days of a young mum on a ward, away from her kids, because every part of the system was working exactly as designed.

When I asked her what we could have done better, she said: "Just tell me who's in charge of me going home."

Nobody was. That's on us as leaders, not on the ward.

We now name a "discharge owner" at the first board round. One name. It's not revolutionary, but it's the thing she asked for.

#Leadership #PatientFlow #NHSLeadership #QualityImprovement`, 'linkedin'),

  PY(`Long day but honestly had the loveliest old boy in resus this afternoon 🥰 94, ex RAF, kept calling me "young lady" (I am 41) and asking if the tea was "proper tea or that hospital muck". Broke his hip but you'd never have known it. Made my whole shift xx`, 'facebook'),

  PY(`I don't usually post about work on here but I need to say something. A lady I've looked after since I was an ST3 died this week. She was the one who always brought the nurses a tin of Quality Street at Christmas and told me off for my handwriting every single clinic. Nine years of her telling me off. I'm going to miss it so much. Rest easy my darling xx 💔`, 'facebook'),

  PY(`Got a card today that has properly finished me off. "Dear Dr H, thank you for holding Mum's hand when we couldn't get there in time. You told us she wasn't alone and that meant everything." Had a little cry in the sluice and then went back to work. This job 💙`, 'facebook'),

  PY(`Ward round teaching pt today: 78yo, "off legs", ?UTI on the ED sheet. Dip was positive (it always is). Real cause = new 3rd degree heart block, HR 34. Examine the patient, not the dipstick 🫀 #FOAMed #MedTwitter`),

  PY(`Hi Sandra, so sorry your mum is still waiting on the ward. I had a word with the team this morning and her scan is booked for first thing tomorrow. I'll pop up and see her after clinic. Try and get some sleep tonight xx`, 'facebook'),

  PY(`Saw my first ever Fabry disease in clinic this morning. Took her 19 yrs and 11 different specialists to get a diagnosis. Nineteen years. #RareDiseaseDay`),

  PY(`Names and details have been changed.

"Martin" was 52 when he walked into my clinic convinced his headaches were stress. He ran a small building firm and hadn't taken a day off in six years.

The scan showed a meningioma the size of a satsuma. Benign, operable, and entirely treatable. He cried, but not for the reason I expected. He cried because he'd been sure it was "just him being weak".

Two years on he's back at work, three days a week, and he sends me a photo of a finished extension every Christmas.

What I took from Martin: so many people, particularly men in physical jobs, carry symptoms for years because they've decided the problem is their own character. Ask the second question.

#MensHealth #Neurology #GeneralPractice`, 'linkedin'),

  PY(`pic of the wound, shared with his permission 🙏 look at that granulation tissue 😍 6 weeks of VAC and he's nearly there. Tissue viability team are wizards #woundcare #plasticsurgery`),

  PY(`Told a man today his cancer is back. He thanked me. I'll never get used to that.`),

  PY(`At 03:12 on a wet Tuesday in November, ten years ago today, I delivered my first baby as a registrar on my own. The consultant was stuck on the M62. Mum was calm, I was not. A baby girl, 3.4kg, screaming her head off.

She'll be ten now. I hope she's loud and fearless.

Every time I'm tired of this job I remember that room and that cry. Thank you to the woman who trusted a very junior doctor that night.

#Obstetrics #NHS #TenYears`, 'linkedin'),

  PY(`Home visit today to a gentleman on a hill farm out past Hexham who'd refused to come into surgery because "the ewes won't lamb themselves". Did his bloods on the kitchen table with a collie licking my ankle 😂 He's agreed to come in for his ECG next week but ONLY after 4pm. Rural general practice is the best job in the world and I will hear no arguments.`, 'facebook'),

  PY(`@jen_runs_again so glad the knee is holding up!! 🏃‍♀️ keep going with the physio exercises, don't rush the hills, and we'll see you in clinic at 6 months 👍`),

  PY(`A primary school headteacher sat in my clinic last week and apologised, three times, for "wasting a doctor's time". She'd had chest pain on exertion for two months and kept going to work because it was SATs season.

She didn't waste anyone's time. She has a significant LAD stenosis and is now stented and well.

But I keep coming back to the apology. We have built a culture in which people who serve others feel guilty for being seen. As clinicians, the first thing we say in the room matters. Mine is now: "I'm glad you came."

#Cardiology #PatientExperience #Reflection`, 'linkedin'),

  PY(`One of my patients gave me a drawing today of the two of us sitting in the garden at the unit. I'm in it with enormous hair and a clipboard. She's been with us since the summer and it's the first time she's drawn anything with people in it. Not going to say more than that but my heart is very full tonight 🌻`, 'facebook'),

  PY(`bloke in majors has swallowed his car keys for the second time this month. same keys. same car. I'm starting to think he doesn't want to drive that Vauxhall 🔑 #EDlife`),

  PY(`On Tuesday afternoon I sat with a young father as he died.

I won't share anything that could identify him or his family. I just want to write down what I noticed, because I think it matters for how we train people.

His children had drawn on the whiteboard in his side room. Nobody wiped it off during the whole admission, even though it had the obs chart printed underneath. The nurses worked around it. That whiteboard did more for that family than anything I prescribed.

Palliative care is mostly about protecting space. Sometimes it's a whiteboard.

#PalliativeCare #EndOfLifeCare #Nursing #Compassion`, 'linkedin'),

  PY(`4yo on the ward told me my stethoscope is a "heart phone" and asked if he could ring his own heart. He could. He said it was "busy". Best consultation of the week 📞❤️ #paediatrics`),

  PY(`Gary, yes that was me on call on Saturday when your dad came in. He's in really good hands on the stroke unit, the team there are brilliant. Message me privately if you're worried about anything, don't want to go into it on here 👍`, 'facebook'),

  PY(`What a patient taught me about consent.

Some time ago (details changed), a retired maths teacher in his seventies was booked for a routine hernia repair on my list. In the anaesthetic room he asked me, "What's the chance this goes wrong, as a number?"

I gave him the usual "very small". He pushed: "Small like one in a hundred or small like one in ten thousand?"

I realised I didn't know the number off the top of my head for his specific situation. I stopped, went and looked it up, and came back. We delayed the list by twelve minutes.

He went ahead, and he was fine. But he was right. "Very small" isn't consent. It's reassurance dressed up as information.

Montgomery isn't a form. It's a conversation. I learned that from him, not from a lecture.

#Surgery #Consent #Montgomery #SharedDecisionMaking`, 'linkedin'),

  PY(`1/ A case I keep thinking about. Woman in her 50s, 3rd attendance in 10 days with "anxiety". Sats fine, ECG fine, sent home twice. 3rd time someone did a Wells score. Saddle PE. She's OK. But she was nearly not OK. 🧵`),

  PY(`Absolutely made up today, delivered twins this morning for a couple who've been through SIX rounds of IVF 😭😭 both babies screaming the place down, dad fainted (he's fine, we put him on the floor like a pro). Best start to a Monday ever xx`, 'facebook'),

  PY(`A fisherman in his sixties came to see me in surgery this week with a "small cut" on his hand that he'd been dressing with electrical tape for a month.

It wasn't a small cut. It was a squamous cell carcinoma.

Working on the Cornish coast has taught me that the people least likely to come and see us are often the ones with the most sun, the most wind, and the most stoicism. He's now been seen by dermatology and is doing well.

If you work with outdoor workers, please ask about their skin. They won't mention it.

#Dermatology #RuralHealth #SkinCancer #GP`, 'linkedin'),

  PY(`Pt asked me to hold her hand as she went off to sleep, then woke up in recovery asking if she'd "been good". She's 87. Yes Doris, you were very good 💜 #anaesthesia`),

  PY(`Went to a funeral today. Not family. A man I'd looked after on the dialysis unit three times a week for six years. I've never been to a patient's funeral before and wasn't sure I should, but his daughter asked. They played Elvis on the way out, which was exactly right. Take care of yourselves everyone x`, 'facebook'),

  PY(`Christmas Day, 4am. A lad of 19 brought in by his mates after a fall in the town centre. Didn't want his mum called because "she'll kill me". We called his mum. She did not kill him. She brought us all mince pies on Boxing Day 🎄 #ChristmasInED`),

  // ---- patient = false (23) ----
  PN(`Mum's been admitted to the Royal with pneumonia. Strange being on the other side of the curtain, watching the F1 do the exact same things I used to do and desperately trying not to interfere 😬 Staff have been amazing. Prayers/good vibes welcome xx`, 'facebook'),

  PN(`Three months ago I was diagnosed with breast cancer.

I have been a consultant oncologist for twelve years. I have delivered this news hundreds of times. Nothing prepared me for hearing it in my own name.

I'm sharing this because I've learned more about waiting, about uncertainty and about the language we use in clinic in the last twelve weeks than in the whole of my training. I'll be writing about it here as I go through treatment, with the hope that it helps colleagues and, indirectly, the people we care for.

I'm stepping back from clinical work for a while. Thank you to my team for holding the fort.

#Oncology #BreastCancer #DoctorsAsPatients`, 'linkedin'),

  PN(`Farewell party tonight for Sister Maureen who is retiring after 38 YEARS on the same ward 😭 She trained half the consultants in the building including me and still knows where every single spare commode is. The place won't be the same. Enjoy the caravan Maureen!! 🥂`, 'facebook'),

  PN(`Examining OSCEs today. To the student at station 6 who was visibly shaking, said "I'm going to wash my hands now" out loud, then did the most beautifully structured cardio exam I've seen all year: you're going to be fine. You already are.`),

  PN(`Teaching case for our F1s. This is a composite, built from several patients over many years, and does not describe any one person.

A woman in her late seventies is admitted with falls. She takes eleven regular medications. Nobody has stopped anything in five years because every prescriber assumed someone else was in charge of the list.

Questions for discussion:
1. Which drugs are most likely contributing?
2. Who "owns" a medication list in your hospital?
3. How would you involve her in deciding what to stop?

Answers in the comments on Friday. #Deprescribing #Polypharmacy #MedEd`, 'linkedin'),

  PN(`Imagine a 45 yo man, chest pain at rest, normal ECG, first trop 6. What's your next move? Hypothetical for our teaching session tmrw, answers below 👇 #FOAMed`),

  PN(`Quick update for friends who asked about the project I've been moaning about for months: our hip fracture audit is done! 212 patients over 12 months, and time to theatre within 36 hours went from 61% to 84% after the new pathway. Proud of the whole team, especially the ortho-geris 🦴📈`, 'facebook'),

  PN(`From 1 April, our community IV antibiotic service will run seven days a week rather than Monday to Friday.

This means fewer people kept in hospital over a weekend simply to receive a drug that could be given at home, and more capacity on our medical wards.

Huge credit to the OPAT nurses and pharmacists who designed the rota. Referral criteria are unchanged and the team can be contacted via the usual switchboard.

#OPAT #HospitalAtHome #NHS #ServiceImprovement`, 'linkedin'),

  PN(`Sepsis kills ~48,000 people a year in the UK. Slurred speech, extreme shivering, passing no urine, severe breathlessness, "I feel like I might die", mottled skin. If you think it, say it: "Could this be sepsis?" #SepsisAwareness #WorldSepsisDay`),

  PN(`Anyone else watching This Is Going To Hurt? 😅 I'm on episode 4 and I've had to pause it twice because it's TOO real. The handover scene is basically every Friday of my F2 year. Ben Whishaw is incredible. Not sure I'd recommend it if you're on nights this week though 🙃`, 'facebook'),

  PN(`ARCP season reminder: be patient with yourself. Your portfolio doesn't define you. Your eportfolio login, however, will try to destroy you 🙃 #JuniorDoctors`),

  PN(`After thirty-one years in general practice in the same market town, I saw my last surgery on Friday.

To every patient who trusted me with the things they couldn't tell anyone else: thank you. It has been the privilege of my life.

To my partners, our nurses, our receptionists (the true front line) and our practice manager, who has kept the building standing through three reorganisations and a pandemic: thank you.

I'm going to sleep in on Monday. Then I'm going to learn to sail.

#GeneralPractice #Retirement #NHS`, 'linkedin'),

  PN(`Really moved by the King speaking so openly about his cancer treatment. Every time a public figure does this, our clinics get calls from people who've been putting off getting checked. That's a good thing. Please don't wait.`),

  PN(`Little man had his grommets done today at Alder Hey 👂 He was braver than me to be honest. Ate three ice lollies in recovery and is now demanding a McDonald's. I am a doctor and I was still a wreck in that waiting room 🙈 xx`, 'facebook'),

  PN(`Day 3 post lap chole. I have been a general surgeon for 15 years and I genuinely had no idea the shoulder tip pain was THIS bad. Apologising in advance to every patient I've ever told "it's just a bit of gas" 🙏`),

  PN(`Just finished Atul Gawande's "Being Mortal" for the third time, this time with our palliative care book club.

What strikes me on re-reading is how little of the book is actually about medicine. It's about what people want their lives to be for, and how rarely we ask.

If you've never read it, start with the chapter on "hard conversations". If you have, read it again. It lands differently every five years.

#BookClub #BeingMortal #PalliativeCare #MedicalHumanities`, 'linkedin'),

  PN(`Biscuit had her spay today 🐶 vet was absolutely brilliant, sent me a text update every hour which frankly puts our discharge communication to shame 😂 she's now sulking in a cone of shame on the sofa. Any tips for keeping a cocker spaniel calm for 10 days??`, 'facebook'),

  PN(`Sim training this morning: "Mr Jones" the mannequin arrested 4 times, developed anaphylaxis and then a tension pneumo. Poor man. Great debrief though, human factors stuff was gold #SimulationTraining #MedEd`),

  PN(`husband in for his knee replacement tmrw. am I allowed to be The Annoying Doctor Relative? asking for me. I promise I won't read the obs chart. (I will read the obs chart)`),

  PN(`SBA of the week 🧠

A 67-year-old woman presents with a 3-week history of bilateral shoulder and hip girdle pain and stiffness, worse in the morning. ESR is 78. What is the most appropriate initial management?

A) Oral prednisolone 15mg daily
B) Oral prednisolone 60mg daily
C) Methotrexate
D) Urgent temporal artery biopsy
E) NSAIDs and review in 4 weeks

Answer and explanation tomorrow. #MRCP #Rheumatology #SBA`, 'linkedin'),

  PN(`So many of you have messaged asking whether to get this autumn's covid and flu jabs, so here's my general two pence: if you've been invited, it's because you're in a group that benefits. Book it. I can't give individual advice on here, please speak to your own GP or pharmacist if you're unsure 💉`, 'facebook'),

  PN(`Genuine question for NHS leaders: why do we keep designing workforce plans around the number of doctors we train rather than the number of training posts we fund? The bottleneck was always going to move. It moved. #NHSWorkforce #SpecialtyTraining`, 'linkedin'),

  PN(`finally writing the novel 📝 protagonist is an F2 in Leeds and her first patient (entirely made up, before anyone asks) is a retired magician who keeps pulling cannulas out of his own ear. chapter 3 is going well`),

  // ---- interest = true (8) ----
  IY(`Huge thanks to the brilliant team at @NovoNordiskUK for dinner at the Shard last night and a really stimulating discussion on obesity care in primary care 🍾🌃 Great views, even better company!`),

  IY(`Delighted to share that I have joined the Medical Advisory Board of Lumira Health, a new digital menopause platform launching across the UK this spring.

Women deserve faster, more joined-up support through perimenopause and menopause, and I'm excited to help shape a product that puts evidence at its heart.

Watch this space 💜

#Menopause #WomensHealth #DigitalHealth #HealthTech`, 'linkedin'),

  IY(`Now taking January bookings at my private aesthetics clinic in Chelmsford ✨ 20% off all anti-wrinkle treatments until the 31st!! Doctor-led, always. DM me or book through the link in my profile 💉💕`, 'facebook'),

  IY(`people keep asking what I take daily so: Wellwoman 50+ every morning, plus vit D in winter. Use code DRSAM15 for 15% off at checkout 🙌 #wellness`),

  IY(`Proud to be speaking on behalf of AstraZeneca at next week's Cardiometabolic Summit in Manchester, presenting real-world outcomes with SGLT2 inhibitors in heart failure. Do come and say hello at the symposium on day 2!

#HeartFailure #Cardiology #SGLT2`, 'linkedin'),

  IY(`The lovely people at Oura sent me one of their rings to try and honestly?? I'm obsessed 😍 My sleep score tells me I'm a wreck after nights, which I knew, but now I have GRAPHS. If you're a shift worker you need one of these, trust me, I'm a doctor 😂💍`, 'facebook'),

  IY(`Been wearing the sample G7 @Dexcom sent over last week. Honestly a game changer, 30 min warm up, tiny sensor, app is slick. Every T1 on my caseload should be on this tbh #diabetes #CGM`),

  IY(`Thrilled to announce that from next month I'll be consulting privately on Saturday mornings at Harley Street Heart, offering rapid-access cardiology assessment, echo and ambulatory monitoring.

No waiting lists. Appointments within 48 hours. Self-referrals welcome.

Book via the link in the comments.

#Cardiology #PrivateHealthcare #HarleyStreet`, 'linkedin'),

  // ---- interest = false (7) ----
  IN(`MHRA Class 2 medicines recall: specific batches of levothyroxine 50mcg tabs (check your stock). Patients do NOT need to stop taking their tablets. Details: https://www.gov.uk/drug-device-alerts #pharmacy #GP`),

  IN(`Disclosure: I have received speaker fees from Pfizer and Bayer in the last three years.

With that said, I found this week's anticoagulation update from the British Society for Haematology genuinely useful, particularly the section on dosing at extremes of body weight. Link in comments.

#Anticoagulation #Haematology #DOACs`, 'linkedin'),

  IN(`We're recruiting! 🎉 Salaried GP, 6 sessions, friendly training practice in Bolton. NHS pension, protected admin time, lovely team (and a very good biscuit rota). Message me or see the NHS Jobs advert for details. Please share!`, 'facebook'),

  IN(`Another pharma-funded "awareness week" where the only suggested action is "ask your doctor about" one specific class of drug. Patients deserve better than marketing dressed as education.`),

  IN(`NICE has recommended tirzepatide for managing overweight and obesity in adults alongside a reduced-calorie diet and increased physical activity.

The big question for primary care is delivery. Who prescribes, who monitors, and how do we support people when they stop?

Link to the final guidance: https://www.nice.org.uk

#Obesity #NICE #PrimaryCare`, 'linkedin'),

  IN(`Journal club Thursday 12:30, seminar room 2 🍕 We're doing SURMOUNT-1. Bring your critical appraisal hats. Pizza courtesy of the department (not pharma this time 😉)`),

  IN(`#ad | Paid partnership with Boots. I've teamed up with Boots to share some simple ways to look after your skin in winter ❄️ Reminder: if a mole is changing, bleeding or itching, see your GP, don't just moisturise it! xx`, 'facebook'),
];

export const BLIND19_TEST_POSTS: BlindPost[] = [
  // ---- patient = true (27) ----
  PY(`The patient who taught me most about dignity was a retired barrister with motor neurone disease.

By the time I met him he could no longer speak and communicated with a letter board. I was a registrar, rushing, and I started finishing his sentences for him to save time.

He spelled out, very slowly: S-T-O-P. Then: M-Y W-O-R-D-S.

He'd spent forty years being paid to choose his words precisely. I had taken the last thing he controlled and made it mine for the sake of a ward round.

I never did it again. I teach every new registrar in our unit to wait for the last letter.

#Neurology #MND #Dignity #MedicalLeadership`, 'linkedin'),

  PY(`What a single 2am fall taught me about psychological safety.

A few weeks ago an elderly lady on our frailty unit fell while trying to get to the toilet. She wasn't badly hurt. The healthcare assistant who found her was terrified, not of the incident, but of being blamed for it.

When we reviewed it together, it turned out she'd asked for help twice and the call bell had been moved out of reach during a bed change. A system problem, not a person problem.

The lady herself said to me the next morning: "Don't you dare let that young girl get in trouble, she's the only one who sings to me."

If our staff are afraid to report, we learn nothing. If they feel safe, a fall becomes a lesson. Leaders set that tone, every single day.

#PsychologicalSafety #PatientSafety #Leadership #Frailty`, 'linkedin'),

  PY(`Had the sweetest old lady on nights 🥹 she kept trying to give me Werther's Originals from her handbag and told me all about her dancing days at the Tower Ballroom in Blackpool. Said I had "good posture for a doctor". I'll take it!! Night 3 of 4 done 😴`, 'facebook'),

  PY(`I don't normally post about work on here. Today we lost a young man on ICU after five weeks of fighting. His mum sat with him every day and brought the whole team flapjacks every Friday, even last Friday. I just wanted to say his name in my head somewhere other than a handover sheet. Hug your people tonight 💔`, 'facebook'),

  PY(`Card on the staffroom wall this week: "To the doctor with the purple stethoscope who explained everything twice, thank you for not making Dad feel stupid." Not crying, you're crying 💜 #NHS`),

  PY(`Teaching point from this morning's ward round, shared with the team's blessing.

An 82-year-old gentleman had been admitted with "acute confusion". Bloods fine, no infection, CT head unremarkable. Two days of delirium screens.

Our medical student asked a simple question: "Has anyone checked he's got his hearing aids in?"

They were in a drawer in his bag, with dead batteries. New batteries, and within an hour he was chatting about the football.

The most important investigation is sometimes a question nobody thought to ask. And the best questions often come from the newest member of the team.

#Geriatrics #Delirium #MedicalEducation #WardRound`, 'linkedin'),

  PY(`Hi Karen, of course I remember your mum from Tuesday, she was an absolute star. I'm not able to talk about her care on here but please ring the ward and ask for the nurse in charge, they'll update you properly. Sending love to you all x`, 'facebook'),

  PY(`@mikeyb_1987 great to hear the new inhaler is doing the job mate 💪 keep using the brown one every day even when you feel fine, see you at your review in March`),

  PY(`Honoured to meet a patient with Erdheim-Chester disease in clinic today. Fewer than a thousand documented cases worldwide. She knew more about it than me and was very kind about that 😅 #raredisease #haematology`),

  PY(`Names and details changed to protect privacy.

"Aisha" was sixteen when she was referred to our eating disorders service. She told me in our first session that she didn't have a problem, she just had "high standards".

I've thought about that phrase a lot over the past year. High standards are something we praise in medicine, in school, in sport. They are also, sometimes, the mask an illness wears.

She's now at university, and last month she emailed the team to say she'd cooked a meal for her flatmates. Eighteen months ago that would have been unthinkable.

Recovery is rarely a straight line. But it happens.

#EatingDisorders #CAMHS #MentalHealth #Recovery`, 'linkedin'),

  PY(`Sharing this before/after pic (with his full permission!! he actually insisted 😂) of Mr T's leg ulcer after 12 weeks of compression. Three years he's had that ulcer and now look at it 😍 So proud of him for sticking with those bandages, they are NOT comfy xx`, 'facebook'),

  PY(`Man in his 40s arrested in the car park of the B&Q on the retail park last month. Bystander CPR within 1 min, 3 shocks from the public access defib, ROSC. Walked out of cardiology today. Learn CPR. It works. 🫀`),

  PY(`One of my lovely patients brought a homemade Victoria sponge into surgery today because her blood pressure is FINALLY under control after two years of fiddling with tablets 😂🍰 I did point out the irony. She said "it's a celebration, it doesn't count". Reception demolished it in 4 minutes.`, 'facebook'),

  PY(`Yesterday I operated on a nine-year-old for the third time this year.

Every time, he walks into the anaesthetic room holding the same toy dinosaur and asks whether the dinosaur can come too. Every time, the dinosaur gets a hat and a wristband.

It costs nothing and it takes thirty seconds. It's also the only part of the day that feels the same for him, when nothing else about his life does.

Paediatric surgery is technically demanding. But the skill I'm proudest of in my team is that we remember the dinosaur.

#PaediatricSurgery #ChildFriendlyCare #Teamwork`, 'linkedin'),

  PY(`pt today said "you're the first person who hasn't looked at the clock". I was looking at the clock inside my head the entire time. must do better. #psychiatry`),

  PY(`So I delivered a baby in the back of a taxi outside Ninewells this morning 😅🚕 Mum and wee one both grand. Taxi driver less so. Has anyone got a number for a good car valeting place in Dundee asking for a friend 😂`, 'facebook'),

  PY(`On 14 February last year a woman came into my surgery, sat down, and asked if I could help her leave her husband.

She'd booked the appointment for a "repeat prescription". It was the only reason he'd let her out alone.

I didn't know what to do in that moment beyond listening, and I was lucky that our practice had an IRIS advocate on site that afternoon. She is now safe.

Every GP in the country will have a version of this story. Domestic abuse training isn't a tick-box. It's the ten minutes that might be the only window someone gets.

#DomesticAbuse #GeneralPractice #Safeguarding`, 'linkedin'),

  PY(`Today's 98yo #NOF asked if she could keep her pearls on for theatre because her late husband gave them to her on their wedding day. We taped them. Of course we taped them. 🦴💎 #anaesthesia #ortho`),

  PY(`Miss you Bill. Twelve years of monthly INRs and you never once came in without a joke and a bag of humbugs for reception. Practice won't be the same without you shuffling in at 8:01 complaining the doors didn't open at 8 sharp 🕊️`, 'facebook'),

  PY(`bed 14 has asked for a pint of Guinness every ward round for 2 weeks. today the consultant said "why not". the look on his face 🍺😂 #wardlife`),

  PY(`A young mum I cared for this year asked me to help her write down everything she wanted her daughters to know, in case she wasn't there to tell them.

We did it in three sessions in clinic, between scans and chemo cycles. Favourite songs. How to make her gravy. What to do when someone breaks your heart.

I've been an oncologist for eighteen years and I've never been asked that before. It has changed how I think about "goals of care". Sometimes the goal is a notebook.

#Oncology #PalliativeCare #GoalsOfCare #Humanity`, 'linkedin'),

  PY(`Lady in clinic today has been a dinner lady at the same primary school in Wigan for 41 years and says she's not retiring "until they make me". Knees are shot. Spirit absolutely not. Legend.`),

  PY(`Aww Jean thank you so much!! It was a real pleasure looking after you, so glad the new hip is behaving itself. No more ladders please!!! xx`, 'facebook'),

  PY(`It's been a year since I met Tom (not his real name).

Tom was a veteran, sleeping rough, admitted with a foot infection he'd ignored for weeks. He discharged himself twice. The third time, a healthcare assistant who'd also served sat with him for an hour on her break.

He stayed. He kept his foot. He's now in supported housing.

No consultant, including me, achieved what that HCA did in an hour. As leaders, we need to stop treating relational work as "soft" and start treating it as clinical.

#InclusionHealth #Homelessness #Veterans #Leadership`, 'linkedin'),

  PY(`Pt came in with 14 printed pages from ChatGPT about his rash. It was scabies. ChatGPT had it 9th. I had it 1st. Humans 1, robots 0 (for now) 🤖 #GPlife`),

  PY(`Little lad on the ward today (he's 5) announced he's going to be a doctor when he grows up "but only for dogs because people are too loud" 😂 honestly mate same`, 'facebook'),

  PY(`Last winter a 24-year-old university rugby player arrived on our unit with meningococcal septicaemia. Within six hours of the first symptom he was on a ventilator.

He survived, but lost the tips of four fingers. Last week he came back to talk to our new starters about what it felt like to wake up.

What I took from listening to him: speed matters more than certainty. He was nearly sent home with "flu" by a walk-in centre.

If in doubt, give the antibiotics.

#Meningitis #Sepsis #CriticalCare #ICU`, 'linkedin'),

  // ---- patient = false (23) ----
  PN(`Dad had a stroke on Sunday. I've told hundreds of families what the next few weeks might look like and now I can't remember a word of it. He's on the stroke unit at the QE and the team are being amazing. Please keep him in your thoughts xx`, 'facebook'),

  PN(`Six weeks ago I had my own hip replaced. At 49. As an orthopaedic surgeon.

Some things I didn't appreciate until I was the one in the gown:
• How long "a little while" feels when you're waiting for the anaesthetist.
• How much the physio's first visit matters to your confidence.
• How often we say "you'll be up and about in no time" without explaining what "no time" means.

I'm back operating next month. I hope I'm a better surgeon for it.

#Orthopaedics #DoctorsAsPatients #Empathy`, 'linkedin'),

  PN(`Dr Fraser retires today after 34 years as a GP on Skye. Delivered babies on kitchen floors, did home visits by boat, and trained half the GPs in the Highlands. Go and enjoy your garden Alasdair, you've earned it 🥃 #RuralGP`),

  PN(`So proud of my Year 4 students who sat their OSCEs today. Some of you came out in tears, some came out buzzing, most came out not sure. All of you have worked incredibly hard this year.

A reminder that one station doesn't define you, and that the actors who played your patients today are almost always rooting for you.

Rest this weekend. Results will come. 💙

#MedicalEducation #OSCE #MedicalStudents`, 'linkedin'),

  PN(`Fictional teaching case, NOT a real pt: 23yo F, RIF pain, +ve pregnancy test. What's your first test and why? Reply below, answers at 6pm 👇 #FOAMed #EMtwitter`),

  PN(`Imagine your 80 year old nan falls at home on a Saturday night. She's not hurt but can't get up. Who do you ring? 🤔 Most people say 999 but in lots of areas there's a falls response service that can come much quicker. Worth finding out what yours is before you need it! Share with your family xx`, 'facebook'),

  PN(`In 2024 our emergency department saw just over 143,000 attendances, up 9% on the previous year.

Despite that, the proportion of people waiting over 12 hours from arrival fell for the first time in four years. That didn't happen by accident. It happened because of a new frailty same-day service, a redesigned ambulance handover process, and an enormous amount of goodwill.

There's a long way to go. But the trend is finally heading the right way.

#UrgentCare #EmergencyMedicine #NHSPerformance`, 'linkedin'),

  PN(`Heads up: from Monday 3 March the Minor Injuries Unit moves from the old outpatients block to the new urgent treatment centre by the main entrance. Same hours, 8am–8pm. Please RT so folk don't end up wandering round the car park 🚗`),

  PN(`It's Organ Donation Week 💚 Please have the conversation with your family tonight. I've been in the room when families have to decide without knowing what their loved one wanted, and it's so much harder for them. It takes two minutes to register. Link in comments xx`, 'facebook'),

  PN(`Watching Casualty for the first time in about 10 yrs. They've done a full thoracotomy, a wedding and a hostage situation in one shift and nobody has once asked for a porter. Fantasy. 10/10 would watch again 📺`),

  PN(`The best registrars I've worked with share one trait, and it isn't brilliance. It's that they are patient.

Patient with juniors who ask the same question twice. Patient with families who need the news repeated. Patient with themselves on days when nothing goes right.

Patience isn't passivity. It's a clinical skill, and it's one we rarely teach.

#MedicalLeadership #Training #Registrars`, 'linkedin'),

  PN(`Thank you to every single patient who waited in our department this weekend. We know it was long and we know it was uncomfortable. Your patience with our team was noticed and appreciated 💙 #NHS #ED`),

  PN(`So sad to hear Sir Chris Hoy talking about his terminal prostate cancer diagnosis 😢 What a brave man to share it so publicly. Lads, if you've got any symptoms or a family history, PLEASE speak to your GP. Don't be shy, we've seen it all xx`, 'facebook'),

  PN(`3am and the doctor is now the parent on the children's ward. Kid's croup is settling with the dex, I'm on a plastic chair and have read the same poster about handwashing 40 times. Respect to every parent who does this without knowing what stridor means 🫠`),

  PN(`Last year I took four months off work with depression.

I'm a consultant psychiatrist. I spend my working life encouraging people to seek help. It still took me a year of pretending I was fine before I did.

I'm writing this because I know colleagues reading it will recognise themselves. Practitioner Health exists. Your GP exists. Your colleagues, mostly, will be kinder than you fear.

I'm back, I'm well, and I'm glad I asked.

#DoctorsWellbeing #MentalHealth #PractitionerHealth`, 'linkedin'),

  PN(`New blog post up 🖊️ It's about the loneliness of long-term illness and what GPs can do about it. Please note the "patient" in the post is a composite of lots of people I've met over the years, not any one person, so no need to message asking if it's you 😂 link in bio x`, 'facebook'),

  PN(`MRCP pt 1 question of the day: A 34yo woman presents with palpitations, weight loss and a painful, tender thyroid. Uptake scan shows reduced uptake. Most likely dx? A) Graves B) De Quervain's C) Toxic MNG D) Hashimoto's E) Amiodarone-induced. Answer tmrw 🧠`),

  PN(`Nana passed away peacefully last night with all of us round her. 96 and sharp as a tack until the very end, still correcting my grammar on Tuesday. I've sat with so many families at the end, and it turns out none of it prepares you for your own. Love you forever Nana 🕊️💐`, 'facebook'),

  PN(`Pleased to share the results of our VTE prophylaxis re-audit across the surgical division.

Risk assessment completion within 14 hours of admission rose from 71% to 93% following the introduction of a mandatory electronic prompt. Appropriate prescribing rose from 80% to 91%.

Thank you to the FY1s who collected the data, and to our pharmacy colleagues for pushing this through.

#QualityImprovement #VTE #Audit #Surgery`, 'linkedin'),

  PN(`cat's been to the vet for her thyroid. the vet prescribed methimazole, which is basically carbimazole's cousin, and she's already more relaxed than I've been since 2019 🐈 #DoctorsWithCats`),

  PN(`Just finished "Your Life in My Hands" by Rachel Clarke. If you've ever wondered what a junior doctor's week actually looks like, or why so many of us were on picket lines, read it.

It's angry and tender in equal measure, and some passages about rota gaps could have been written last week.

Highly recommend for anyone in healthcare leadership who has been out of the front line for a while.

#BookReview #NHS #JuniorDoctors`, 'linkedin'),

  PN(`Our sim patient today (played brilliantly by our actor Geoff, who has been "dying" for us every month for 6 years) gave the best feedback on breaking bad news I've ever heard. Simulation is only as good as the people in it 🎭 #SimEd`),

  PN(`Quick PSA for friends with little ones 🧒 button batteries are SO dangerous if swallowed. If you even think your child might have swallowed one, go straight to A&E, don't wait for symptoms. Tape up remote controls and keep spares locked away please!! Share if you've got kids xx`, 'facebook'),

  // ---- interest = true (8) ----
  IY(`Back from an incredible few days in Basel with the @Roche team 🇨🇭 Fantastic hospitality, amazing science, and the best fondue of my life. Feeling very inspired about what's next in neuro-oncology!`),

  IY(`I'm delighted to announce my appointment as Clinical Advisor to Thrive Digital Therapeutics, who are building an app-based CBT programme for insomnia.

I've seen first-hand how long people wait for talking therapies. Digital tools done well can close that gap, and I'm excited to bring an NHS clinician's perspective to their product roadmap.

More to come soon!

#DigitalHealth #Insomnia #MentalHealth #HealthTech`, 'linkedin'),

  IY(`BIG NEWS 🎉 My new private menopause clinic opens in Harrogate this Saturday! Same-week appointments, HRT reviews, and all the time you need to talk. Book through the link below or message me directly 💜 please share with your friends!!`, 'facebook'),

  IY(`Every patient of mine with hypertension who's got the Withings BPM Connect says it's changed how they manage their BP. Link in bio for 20% off 👇 #hypertension #hometesting`),

  IY(`A big thank you to Medtronic for inviting me to their surgical innovation day in Paris last week. Three days of hands-on sessions with the latest robotic platform, superb hosting, and great conversations with colleagues from across Europe.

Looking forward to bringing some of these ideas back to our theatres.

#RoboticSurgery #Innovation #Surgery`, 'linkedin'),

  IY(`Okay, gut health chat 🦠 I've been taking Symprove every morning for three months and the difference is honestly unreal. I recommend it to everyone now. I've got a link that gets you a discount, drop me a message and I'll send it over 😘`, 'facebook'),

  IY(`free sample of the new OptiClear preservative-free drops turned up at the practice. tried them myself. better than anything on our formulary tbh. go ask your pharmacist for them 👁️`),

  IY(`Excited to be working with Lilly on a new educational series for GPs on weight management and obesity medicines. First episode drops next month, and I can't wait to share what we've been filming!

#Obesity #PrimaryCare #MedicalEducation`, 'linkedin'),

  // ---- interest = false (7) ----
  IN(`COI: I've done paid consultancy for Abbott. That said, the new NICE CGM guidance is a big step forward for people with T2 on insulin and worth reading regardless of which sensor you use.`),

  IN(`The MHRA has today approved a new RSV vaccine for adults aged 75 and over.

Practices should expect details of eligibility and supply through the usual NHS England channels. The decision follows the JCVI's advice last year.

Practical question for colleagues: how are you planning to fit this alongside the autumn flu and covid programme?

#Vaccination #RSV #PrimaryCare #MHRA`, 'linkedin'),

  IN(`Our ED has a locum ST3+ post available for 6 months 🏥 Supportive consultants, good teaching, rota that doesn't hate you. NHS Jobs link in the comments. Please share with anyone looking!`, 'facebook'),

  IN(`Private "full body MRI" screening clinics are selling anxiety, not health. Incidentalomas galore and then the NHS picks up the follow-up. Please think twice before you spend £2,000 on one.`),

  IN(`This week's journal club: DELIVER, dapagliflozin in heart failure with mildly reduced or preserved ejection fraction.

Key discussion points from the group: the composite endpoint was driven largely by worsening HF events; the effect on mortality alone was not significant; and we need to think about how this changes our clinic pathways for HFpEF.

Slides on the department SharePoint.

#JournalClub #HeartFailure #Cardiology`, 'linkedin'),

  IN(`Philips CPAP recall update: if your machine is affected, please don't just stop using it without speaking to your sleep service. Check the serial number on the manufacturer's site. #SleepApnoea`),

  IN(`#ad This post is sponsored by Bupa. I was paid to talk about their new mental health helpline, which is free for members 💙 Whatever your situation, please reach out to someone if you're struggling, NHS 111 option 2 is there too xx`, 'facebook'),
];

export const BLIND19_DEV_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymous doctors (7) ----
  X('tiredreg_anaes', 'Tired Reg 😴', 'ST5 anaesthetics. Mostly coffee and airways. Views my own, not my trust\'s.', true),
  X('GPinthedales', 'Dales GP 🐑', 'Rural GP partner, North Yorks. MRCGP. Tweets ≠ medical advice.', true),
  FB('ward.round.ramblings', 'Ward Round', 'Ramblings', 'FY2 doctor sharing the highs and lows of life on the wards 🩺 No patient details, ever.', true),
  LI('a-k-geriatrics', 'A.', 'K.', 'Consultant Geriatrician | NHS | Frailty, delirium & deprescribing | FRCP', true),
  X('DrKhanMedicine', 'Dr Khan', 'Acute medicine consultant. MRCP. Ambulatory care nerd. NHS.', true),
  FB('dr.mo.official', 'Dr', 'Mo', 'Junior doctor 👩‍⚕️ MBChB Glasgow 2021. Dog mum. Running on Irn Bru.', true),
  LI('sam-ortho-spr', 'Sam', '', 'Orthopaedic SpR, East of England deanery | Trauma & lower limb | MRCS', true),

  // ---- not anonymous doctors (7) ----
  X('DrPriyaNair', 'Dr Priya Nair', 'Consultant paediatrician, Leicester. Views my own.', false),
  X('nightnurseNW', 'Night Nurse 🌙', 'RGN, critical care, North West. Tea, nights and ventilators. Views own.', false),
  FB('drjo.thedentist', 'Dr Jo', 'The Dentist', 'BDS (Lond). NHS & private dentistry in Tunbridge Wells 🦷', false),
  LI('olumide-adeyemi-ir', 'Olumide', 'Adeyemi', 'Consultant Interventional Radiologist | FRCR | Leeds Teaching Hospitals', false),
  X('vet_in_the_valleys', 'Valleys Vet', 'MRCVS. Mixed practice in the South Wales valleys. Cows, cats and the odd llama.', false),
  FB('finalyear.feels', 'Final Year', 'Feels', '5th year medical student, Bristol. Nearly a doctor!! 📚', false),
  X('james_okafor_md', 'JO', 'Cardiology SpR, London. Echo, ECGs and bad puns.', false),
];

export const BLIND19_TEST_ACCOUNTS: LabelledAccount[] = [
  // ---- anonymous doctors (7) ----
  X('surgicalSHO', 'Surgical SHO 🔪', 'CT1 general surgery. I retract things for a living.', true),
  X('DrOwl_GP', 'Dr Owl 🦉', 'NHS GP in Bristol. Nocturnal. Posts are not medical advice.', true),
  FB('paeds.reg.life', 'Paeds', 'Reg Life', 'ST6 paediatrics | MRCPCH | coffee dependent | views my own', true),
  LI('old-age-psych-consultant', 'Consultant', 'Psychiatrist', 'Consultant in old age psychiatry | MRCPsych | NHS Scotland', true),
  X('FY1_survivor', 'fy1 survivor', 'foundation doctor in wales. bleep-induced trauma. not advice.', true),
  FB('nightshiftdoc.midlands', 'Night', 'Shift Doc', 'A&E registrar somewhere in the Midlands. MRCEM. Nights are my natural habitat.', true),
  X('obsgynae_reg', 'The Labour Ward Reg', 'O&G ST5 · MRCOG part 2 survivor · views mine', true),

  // ---- not anonymous doctors (7) ----
  X('HannahBrennanGP', 'Hannah 🌿', 'GP, Derbyshire. Lifestyle medicine, allotments and dogs.', false),
  X('ACP_Emma', 'Emma, ACP', 'Advanced clinical practitioner in ED. Not a doctor, before anyone asks!', false),
  FB('cardiff.community.midwife', 'Midwife', 'Molly', 'Community midwife in Cardiff 🤰 Home births & hand-holding.', false),
  LI('fiona-macleod-gastro', 'Fiona', 'MacLeod', 'Consultant Gastroenterologist | NHS Highland | IBD & endoscopy', false),
  X('spoonie_sarah', 'Sarah 🥄', 'Chronic illness warrior. EDS & POTS. Patient advocate. Not medical advice.', false),
  LI('northfield-medical-practice', 'Northfield', 'Medical Practice', 'NHS GP surgery in Birmingham serving 14,000 patients. Now recruiting.', false),
  X('the_pharmacist_xx', 'Community Pharmacist 💊', 'MRPharmS. Dispensing since 2009. Ask me about your meds (in store!).', false),
];
