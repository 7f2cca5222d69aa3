/**
 * Blind evaluation set 8, written without sight of the detectors' word lists.
 *
 * This is the eighth blind set. Its emphasis is INTEREST recall and precision on
 * posts that read like ordinary life: ten years of a GP's, a surgeon's, an
 * aesthetic doctor's, a psychiatrist's and a junior doctor's timelines, where
 * undeclared commercial ties (rep lunches, pharma-funded "education", trips
 * "sorted" by a company, kit "on loan", samples, side jobs at private/online
 * clinics, own products, shares, speaking, consulting, faculty roles, shop links)
 * are mixed with posts that merely mention companies, and with ties that are
 * properly declared. Most interest=true posts avoid the obvious trigger words
 * (sponsor, paid, partner, ambassador, advisory, discount, code, gifted,
 * affiliate, #ad). A small patient and account mix follows the conventions.
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

const F: Plat = 'facebook';
const L: Plat = 'linkedin';

// ---------------------------------------------------------------------------
// DEV
// ---------------------------------------------------------------------------

const DEV_INTEREST_TRUE: BlindPost[] = [
  IY(`Lovely lunch at the surgery today courtesy of the nice lady from Novo Nordisk 🥪 sandwiches, samosas and a 20-minute chat about Ozempic supply. Whole practice team very happy`),
  IY(`Study day done! A full day on heart failure at the Marriott, all put on by AstraZeneca so no fees for any of us. Great education, great lunch and a goody bag to take home. Highly recommend getting on their mailing list if you're a GP round here.`, F),
  IY(`Barcelona for ESC this year, flights and hotel sorted by the lovely people at Bayer 🇪🇸☀️ first time in years I haven't had to fight over the study budget!`),
  IY(`We've had the new Butterfly iQ3 handheld ultrasound on loan from the manufacturer for a month now and honestly I don't know how I practised without it. Image quality in ED is superb. If your department is thinking about POCUS, this is the one to get.`, L),
  IY(`Handed out the last of the Aveeno cream samples the rep dropped off this morning — kids with eczema leaving clinic with a free tube, parents delighted. Nice when the freebies actually help 😊`),
  IY(`Sunday shift at Numan done ✅ quick consults from the sofa and honestly it beats my locum rate. Best side hustle going`),
  IY(`Can't believe it's been a year since I started doing weekend clinics for SlimRight Online 🎉 hundreds of people have started their weight loss journey with us. If anyone's been thinking about trying the jabs, message me and I'll get you set up 💉`, F),
  IY(`Delighted to be heading up the reporting team at ClearView Body Scans as their medical lead. Whole-body MRI for peace of mind is the future of prevention. Book via the link in my profile.`, L),
  IY(`New batch of my own serum just landed 🧴✨ Dr Lena's Bakuchiol Night Repair, formulated with a lab in Cheshire. Link in bio — first 100 orders get a free mini!`),
  IY(`My book 'Sleep Like a Surgeon' is out TODAY 📚 Signed copies available from my website and the audiobook is narrated by yours truly. Please buy it, share it, review it — it means the world!`, F),
  IY(`My options in MedLoop finally vested 🚀 every trust in the country should be on this platform. Not selling a single share, holding forever`),
  IY(`Really looking forward to my talk for Pfizer at the Manchester primary care meeting next Thursday: "Getting RSV vaccination right in the over-75s". Come and say hello!`, L),
  IY(`Fronting Galderma's webinar tonight on tear-trough technique with Restylane — 7pm, free to register, link below 👇`),
  IY(`Pleased to share that I've joined Medtronic as a clinical consultant for their robotic surgery programme in the UK and Ireland. Hugo is transforming what we can offer patients and I'm excited to help shape its rollout.`, L),
  IY(`Use my link for 15% off your first month of the Mindwell therapy app 💙 as a psychiatrist I genuinely think it's the best CBT app out there`),
  IY(`Lip filler appointments available this Saturday at Harley Glow in Leeds 💋 DM me for prices, limited slots!`, F),
  IY(`See you all at the Allergan Aesthetics booth at FACE London — I'll be doing live demos both days, come grab a coffee ☕`),
  IY(`Annual trip with the respiratory team to Lisbon courtesy of GSK 🍷 two talks in the morning and then the most beautiful dinner overlooking the river. Feeling very spoilt x`, F),
  IY(`My everyday essentials as a busy junior doctor 🩺 Vital Proteins collagen in my coffee, Hydralyte after nights, Ohropax for day sleeping, Lumity morning capsules. All on my Amazon storefront, link in bio 👉`),
  IY(`Huge thank you to Mark at Stryker for sorting our department's new arthroscopy stack — would never have got it through capital. Kit is brilliant 🙌`),
  IY(`Honoured to join the Merz Aesthetics faculty for 2024. I'll be teaching injectors around the UK on Ultherapy and Belotero — look out for my sessions.`, L),
  IY(`Our Boehringer rep got all the diabetes registrars onto their cardio-renal masterclass: two days in a Cotswolds hotel, spa included, Jardiance front and centre. Excellent education and a well-deserved break for the team.`, L),
  IY(`Our practice is now a trial site for the NIOX FeNO machine — the company has left one with us for three months to see how we get on. Already picked up two asthmatics we'd have missed. Every surgery should have one!`, F),
  IY(`Doing a few evenings a week with Harley Mind ADHD now — private assessments, so if you've been stuck on an NHS waiting list for 3 years there's another route 👀`),
  IY(`Proud to be consulting for Lumen Fertility's new clinic in Chelmsford. Their IVF success rates are among the best I've seen — if you know someone struggling to conceive, they're in excellent hands.`, L),
  IY(`My Hydra-Fix range is back in stock 🙌 formulated by me, a GP, for real-life tiredness. Electrolytes + B vitamins, shop now via the link in bio`),
  IY(`Finally launched the Dr Amira Academy 🎓 my 2-day foundation course in botulinum toxin for doctors, dentists and nurses. Early-bird places £1,495 — message me to book!`, F),
  IY(`My app SkinCheck Pro is live on the App Store 📱 photograph a mole, get a risk score in seconds. Download it and leave a review, it really helps us!`),
  IY(`Six months as Clinical Director at Vitalis Health, the online menopause clinic. We've now helped over 10,000 women access HRT without the wait. Proud of what the team has built.`, L),
  IY(`Shout out to Teva who covered my registration and hotel for the headache congress in Copenhagen 🙏 couldn't have gone otherwise`),
  IY(`Thrilled to be a brand ambassador for Medik8 ✨ honestly the only vitamin C serum I'll put on my own skin`),
  IY(`Use code DRSAM20 for 20% off the ZOE gut health test 🦠 been using it for six months and the bloating is gone`),
  IY(`Excited to share that I've joined the advisory board of Kintsugi Health, the AI mental health screening startup. Their voice biomarker technology is years ahead of the competition.`, L),
  IY(`Loving my gifted Theragun from Therabody 💆‍♀️ after a 12-hour list in theatre this is heaven. Every surgeon needs one!`, F),
  IY(`Partnership news 🤝 I'm working with Myprotein on a range of doctor-approved recovery shakes for shift workers. Launching January!`),
  IY(`My affiliate link for the Oura ring is in my bio — best sleep tracker I've tried on nights, and you get £30 off`),
  IY(`Discount for my followers on the Withings BPM Connect — link in bio 🩺 honestly every hypertensive should have one at home`),
  IY(`Delighted that Oviva is sponsoring my place on the Stanford digital health leadership programme. Proud to be championing their type 2 diabetes remission pathway across the NHS.`, L),
  IY(`Now seeing clients at our partner clinic Skinfluence in Clapham — Profhilo, skin boosters and anti-wrinkle. Book through my page 💉`, F),
  IY(`Hospital free lunch drought is over — the Abbott rep brought Nando's to diabetes teaching and left us all a FreeStyle Libre to try on ourselves 😋`),
  IY(`Had the loveliest evening at the Ivy with the Bayer team and a few GPs from our PCN 🥂 we talked anticoagulation for about ten minutes and then it was just champagne`, F),
  IY(`Spent the week in Tuttlingen at KARL STORZ HQ as guests of the company, seeing the new 4K 3D laparoscopy tower. The optics are spectacular — I'll be pushing hard to get it into our theatres.`, L),
  IY(`Anyone wanting the new Volux jawline, I've got appointments at the Sloane Face Clinic on Fridays now 💎 DM for availability`),
  IY(`A couple of sessions a month prescribing at Curaleaf Clinic now 🌿 medical cannabis has been life-changing for so many people, happy to chat if you're curious`),
  IY(`Been doing the odd weekend for Bupa's online GP service 💻 easiest money I've ever made and patients love the same-day appointments. If your employer gives you Bupa cover, use it!`, F),
  IY(`The hip I've been designing with Corin finally goes into patients next month 🦴 royalties will cover the kitchen extension but honestly it's just the better hip`),
  IY(`Stoked that my little investment in Lenus eHealth is paying off — COPD remote monitoring rolled out to three more health boards this quarter 📈 Back the vision, folks.`, L),
  IY(`Left a stack of SomnaMag sample packs in reception — free 2-week supply of the new magnesium sleep formula for any patient who wants one. Rep says they're flying off the shelves 😂`),
  IY(`Our new Morpheus8 arrived 😍 InMode let us trial it free for a month and we were so blown away we kept it. Come in for a consultation — first 20 clients half price!`, F),
  IY(`Off to Vienna for the EAU congress on Olympus's ticket 🇦🇹 room with a view and a very nice dinner booked, will report back`),
  IY(`My "Menopause Made Simple" online course for GPs is now open — 6 CPD hours, £199, link in the comments. Built from everything I've learned running our menopause service.`, L),
  IY(`Launching my guided meditation app "Steady" tomorrow 🌙 first month free then £5.99. I recommend it to basically every patient now lol`),
];

const DEV_INTEREST_FALSE: BlindPost[] = [
  IN(`Disclosure: I've received speaker fees from Novo Nordisk. With that said, the SELECT data on semaglutide and cardiovascular outcomes are genuinely impressive.`),
  IN(`COI: I hold shares in Cera Care. Home care tech is where the NHS needs to invest next.`),
  IN(`I've received consultancy fees from Boston Scientific in the last three years (declared on Disclosure UK). Today's post is about our departmental audit of stent outcomes, which had no industry input.`, L),
  IN(`#ad Working with La Roche-Posay this month to talk sun safety ☀️ SPF every day, even in Manchester!`, F),
  IN(`I was paid to write this piece for Pulse, but the opinions are all mine: continuity of care matters more than any target.`),
  IN(`Switched a lot of our GLP-1 patients to tirzepatide this month because of the semaglutide supply problems. Titrating slowly.`),
  IN(`MHRA recall of Emerade adrenaline pens — please check your patients' devices and swap to EpiPen or Jext.`),
  IN(`Our ICB has signed a five-year procurement deal with Philips for CT scanners across the region. Good news for waiting lists if the staffing follows.`, L),
  IN(`HRT shortages again. Pharmacies in our area out of Oestrogel for the third week running. This is not okay.`, F),
  IN(`NICE draft guidance says no to lecanemab and donanemab on the NHS. The reasons are worth reading carefully before you tweet about it.`),
  IN(`Every year the free pharma lunch debate comes round. I stopped taking them in 2015 and our prescribing didn't collapse. Just saying.`),
  IN(`GSK's Q3 results beat expectations, mostly on Arexvy and Shingrix. Interesting read for anyone following vaccine markets.`, L),
  IN(`AstraZeneca buying Alexion a few years back makes a lot more sense now the rare disease pipeline is landing.`),
  IN(`My friend Jess has just launched her period tracking app Cyclix! I have no stake in it whatsoever, just so proud of her. Go have a look 💜`, F),
  IN(`Our hospital charity is raising money for a new family room on the neonatal unit. Every pound helps — link below 💙`, F),
  IN(`We're hiring! Salaried GP, 6 sessions, at our practice in Stockport. Friendly team, great mentoring. DM me for details.`, L),
  IN(`Registration now open for the RCGP annual conference in Liverpool. No pharma exhibition hall this year, which I'm all for.`),
  IN(`So proud of my brother who's just started as a data scientist at Roche in Welwyn 🎉`, F),
  IN(`Not an ad, just love my new bike 🚲 Canyon Endurace, first 80km ride done`),
  IN(`New kitchen finally done!! Massive thanks to Howdens and our fitter Dave 🙌`, F),
  IN(`Journal club today: the DELIVER trial of dapagliflozin in HFpEF. Lively debate about the composite endpoint.`),
  IN(`Interesting that Paxlovid sales have fallen off a cliff for Pfizer. End of an era.`),
  IN(`Declaring up front: I am a paid medical adviser to Big Health (Sleepio). I think digital CBT-I has a real place in primary care, and here's why…`, L),
  IN(`Speaker fees from Lilly, Novo and AZ in the last 12 months, all listed on Disclosure UK. Here are my honest thoughts on GLP-1s in the real world 🧵`),
  IN(`(declared) I teach on the Allergan injector course. Today's post is just a reminder that filler complications are real — know your hyaluronidase protocol.`, F),
  IN(`Sponsored post: thanks to CeraVe for supporting our eczema awareness week 💙 #ad`),
  IN(`Ordered a Fitbit for Dad's birthday and he's already competing with Mum on steps 😂`),
  IN(`Babylon Health's collapse should be a lesson for every NHS digital contract.`, L),
  IN(`Proud that our trust's virtual ward pilot, run entirely in-house by our own nursing team, has cut readmissions by 18%.`, L),
  IN(`Reminder to Yellow Card your GLP-1 side effects. MHRA have had a lot of pancreatitis reports — report what you see.`),
  IN(`Went to the BMA junior doctor wellbeing day. No industry stands, just good talks and free coffee from the hospital canteen ☕`, F),
  IN(`Novo Nordisk's insulin price cuts in the US are long overdue. The UK already pays a fraction of that.`),
  IN(`Clinical fellow in medical education post available at our trust — 12 months, starting August. Link to NHS Jobs in the comments.`, L),
  IN(`Biosimilar adalimumab switch saved our trust £2m last year. Patients barely noticed. More of this please.`),
  IN(`Medtronic field safety notice out today on some MiniMed 780G pumps — check serial numbers against the list.`),
  IN(`My sister-in-law is a rep for Sanofi and honestly her hours are worse than mine 😂 happy birthday Kate!`, F),
  IN(`Reflecting on the ABPI Code of Practice changes — transparency on industry payments to HCPs has come a long way since 2015.`, L),
  IN(`I have received fees from Galderma for training. Anyway: please don't get filler the week before your wedding.`),
  IN(`Bought a Dyson Airwrap with my first consultant paycheque and I regret nothing 💇‍♀️`),
  IN(`Half marathon done for the air ambulance 🚁 thank you to everyone who donated!`, F),
  IN(`Thoughtful piece in the BMJ on direct-to-consumer whole-body MRI. Lots of incidentalomas, little evidence of benefit.`, L),
  IN(`My talk at the Royal Society of Medicine next week is on medically unexplained symptoms. No industry involvement, just me and my slides.`),
];

const DEV_PATIENT: BlindPost[] = [
  PY(`Had a lad in resus tonight who'd come off a moped on the A34, no helmet, chatting to me about his cat while we put his chest drain in. Hope he's ok 🙏`),
  PY(`Sandra, so sorry your mum had to wait so long for her scan. If you message the practice with her date of birth I'll look into why the referral was delayed.`, F),
  PY(`Details changed, but: 80-something lady in clinic today who'd been taking her husband's warfarin "to keep him company". Sorted now, but wow.`),
  PY(`Yesterday I operated on a 9-year-old from our local primary school whose appendix had ruptured — his parents had been told twice it was a tummy bug. Proud of the team for a smooth recovery.`, L),
  PY(`Psych clinic today: young woman, a teacher in town, told me she hears her late father's voice every morning. Such a privilege to be trusted with that.`),
  PY(`The gentleman I saw at the care home on Tuesday passed away last night. He taught me so much about dignity. RIP to a former miner and proud grandad of eleven.`, F),
  PY(`@jonnyb92 glad the knee's feeling better mate — keep up the physio and no Sunday league till I've seen you back in clinic 👍`),
  PY(`Today's anti-wrinkle client was a 45yo GP who's been frowning at the NHS for too long 😂 amazing result`),
  PY(`Case from last week: a retired pilot with painless jaundice; CT showed a pancreatic head mass. A reminder to our juniors to feel for the gallbladder.`, L),
  PY(`Met a mum 30 weeks pregnant in A&E tonight whose husband had driven her in from Skye. She and baby doing well now x`, F),
  PN(`SBA: 65M with painless jaundice and a palpable gallbladder. Most likely diagnosis? Answers in the replies.`),
  PN(`Had my own colonoscopy today. The prep was the worst bit. Get checked, folks.`),
  PN(`Our dog Biscuit had three teeth out at the vet today, very sorry for himself 🐶`, F),
  PN(`Patience wearing thin with the car park queue at this hospital every single morning.`),
  PN(`Audit: of 214 patients started on a DOAC in our practice last year, 92% had a documented bleeding risk score.`, L),
  PN(`General reminder: chest pain spreading to your arm or jaw? Don't wait — call 999.`),
  PN(`Composite case for teaching (not a real patient): a 70-year-old woman with new-onset confusion and a positive urine dip. What else do you want to know?`),
  PN(`Mum's hip replacement went well, she's already bossing the nurses about 😂`, F),
  PN(`The new cancer referral changes are going to hit rural practices hardest. Policy needs to catch up with geography.`, L),
  PN(`OSCE practice tonight: simulated patient with acute asthma. Our F1s nailed it 💪`),
];

export const BLIND8_DEV_POSTS: BlindPost[] = [...DEV_INTEREST_TRUE, ...DEV_INTEREST_FALSE, ...DEV_PATIENT];

export const BLIND8_DEV_ACCOUNTS: LabelledAccount[] = [
  X('thegassydoc', 'The Gassy Doc', "Anaesthetics registrar in the North West. Tweets my own, not my trust's.", true),
  X('drsarahokafor', 'Dr Sarah Okafor', "GP in Croydon | menopause & women's health | views my own", false),
  X('scrubsandsmiles', 'Scrubs & Smiles', 'Dental therapist 🦷 Bristol. Teeth, tea and travel.', false),
  X('nightshiftpsych', 'Night Shift Psych', 'Consultant psychiatrist. Anonymous for reasons. Nothing here is medical advice.', true),
  X('skinbydrm', 'Dr M ✨', 'Aesthetic doctor | toxin & fillers | London & Leeds | bookings via link', true),
  X('labrat_phd', 'Dr Lab Rat', 'PhD in cell biology. Postdoc, pipettes and coffee. Not that kind of doctor.', false),
  FB('tom.reilly.5', 'Tom', 'Reilly', 'Orthopaedic surgeon at the Royal Devon. Dad of three, terrible golfer.', false),
  FB('fy2.survival', 'FY2', 'Survival', 'Foundation doctor somewhere in Wales sharing the highs and lows of F2. No names, no trusts.', true),
  FB('priya.k.nurse', 'Priya', 'K', 'Staff nurse on a cardiac ward, Leicester 💙', false),
  LI('james-whitfield-cardiology', 'James', 'Whitfield', 'Consultant Cardiologist | Clinical Lead, Heart Failure | NHS', false),
  LI('dr-a-h-surgeon', 'Dr A.', 'H.', 'Consultant General Surgeon | Upper GI | Medical educator', true),
  LI('hannah-brooks-pa', 'Hannah', 'Brooks', 'Physician Associate, Acute Medicine | Teaching PA students', false),
];

// ---------------------------------------------------------------------------
// TEST
// ---------------------------------------------------------------------------

const TEST_INTEREST_TRUE: BlindPost[] = [
  IY(`Sanofi rep brought in a full spread for our Tuesday practice meeting 🍱 ten minutes on their flu vaccine and we were all fed. Best Tuesday in months`),
  IY(`Great turnout at last night's "Updates in COPD" evening at the golf club, put on for local GPs by Chiesi, who handled the venue, dinner and speakers. Education like this is invaluable for busy clinicians.`, L),
  IY(`My place at ASiT covered by J&J MedTech 🙌 they're putting the surgical trainees up for two nights too. Cardiff here we come`),
  IY(`The team at Zimmer Biomet have let us borrow their ROSA robot for six weeks and it has been a dream. Knee alignment spot on every time. Our patients deserve this kit permanently.`, F),
  IY(`Told every hay fever patient this week to grab a free box of Pollenex nasal spray from reception — the rep left us loads 🌸`),
  IY(`Picked up extra shifts reviewing consultations for Juniper, the weight-loss programme — nice way to top up the F2 salary 💸`),
  IY(`Now reporting part-time for Scan.com and loving it — self-referral MRI with a fast turnaround. Nobody should have to wait 18 weeks for answers.`, L),
  IY(`Back in clinic at Harbour Fertility every Thursday ❤️ if any of my friends are on their IVF journey, come and see me and I'll look after you`, F),
  IY(`Weekend injecting at SkinRevive's Birmingham branch 💉 if you've always wanted a consultation with me, now's your chance`),
  IY(`Fourth year on Vitabiotics' medical panel and their new Pregnacare Max is the one I'd recommend to every friend trying to conceive 🤰`),
  IY(`DR KHAN SKIN is finally here 🖤 three products, all formulated by me after 12 years of treating acne. Shop via the website — can't wait to see your results!`, F),
  IY(`My CBT workbook "Unknotting Anxiety" is £12.99 on my website, or free with any of my online group sessions. Link in bio 💭`),
  IY(`Riding high on the Ada Health shares I got as an early employee 🚀 so glad I bet on them over a boring pension`),
  IY(`Slides finished for my Ethicon talk in Hamburg next week: "Stapler selection in sleeve gastrectomy". Their Echelon 3000 really is a step change.`),
  IY(`Delighted to be presenting at Abbott's virtual masterclass on left atrial appendage occlusion this Friday. Register via the link below.`, L),
  IY(`New chapter: I've taken on a consultancy role with Siemens Healthineers, supporting NHS trusts adopting AI-Rad Companion. Looking forward to helping more radiology departments go digital.`, L),
  IY(`Proud to be Medical Director for Sculpt & Co, the UK's fastest-growing non-surgical clinic group 💎 eight clinics and counting`),
  IY(`Link in bio for my fave protein bars 💪 get 20% off with my link — Grenade Carb Killa fuelled two whole night shifts`),
  IY(`Skin booster packages from £250 💖 message me for the full price list, appointments in Chelmsford Tuesdays and Saturdays`, F),
  IY(`Come and find me on the Smith+Nephew stand at BOA Congress — I'll be talking through our early experience with CORI all afternoon 🦿`),
  IY(`Back from three days in Copenhagen at Novo Nordisk's HQ with a small group of UK GPs. Incredible hospitality and a real insight into their obesity pipeline. Very grateful for the invitation.`, L),
  IY(`Night shift essentials 🌙 Huel Black for fuel, Boots vitamin D, my comfiest Crocs and the Calm app for the drive home. All linked in my LTK 🛍️`),
  IY(`Massive thanks to Claire at Philips for getting our registrars a set of Lumify probes — game-changer on the wards 🫀`),
  IY(`Honoured to join the Teoxane faculty as a trainer this year, teaching RHA fillers to doctors across the UK and Ireland.`, L),
  IY(`We've got a DermLite on trial from the supplier for a few weeks and I'm never going back to our old dermatoscope. Every GP needs one.`),
  IY(`Whole F1 cohort got Littmann Cardiology IVs from the 3M reps at induction 😍 love a freebie`, F),
  IY(`Evenings now with MindSpace Private doing ADHD and autism assessments. Waiting list two weeks vs three years on the NHS — just saying 😉`),
  IY(`Reminder I do online menopause consults with The Hormone Hub on Wednesdays — same-day HRT, no waiting for your GP (yes I know I'm a GP 😂)`),
  IY(`Our startup NeuroNudge (I'm cofounder & CMO) has just closed a £3m seed round 🎉 AI-powered relapse prediction for schizophrenia. If your trust wants to pilot it, get in touch.`, L),
  IY(`Cheers to Arthrex for taking our whole knee team to Naples for the cadaver course — mornings in the lab, evenings on the Amalfi coast 🍋`),
  IY(`Enormous thanks to Integra for getting me onto the Paris cranial course, hotel and all 🇫🇷 honestly the best teaching I've had in years`, F),
  IY(`My gut-health recipe book is out! £14.99 on my website, signed copies for the first 200. Every recipe approved by me, your friendly gastro doc 🥦`),
  IY(`Thrilled to start as Chief Medical Officer at Medivia, helping millions of people self-manage their health safely. Watch this space.`, L),
  IY(`Our asthma review app BreatheEasy is now on the NHS Apps Library ✅ practices can sign up on our website, first three months free`),
  IY(`Our clinic's new Emsculpt Neo arrived on loan from BTL for the month 💪 I've been trying it on myself and WOW. Booking clients now`, F),
  IY(`Thrilled to be partnering with Holland & Barrett on their menopause range 🌸 so many women deserve better support`),
  IY(`Code DOCJESS gets you 25% off Heights smart supplement 🧠 brain fog gone after nights`),
  IY(`Excited to join the medical advisory board of Hims & Hers UK. Telehealth is the future of men's health.`, L),
  IY(`Gifted the new Foreo Luna 4 and my skin has never been better 🧖‍♀️ I recommend it to all my patients with oily skin`, F),
  IY(`Affiliate link in bio for my Omron BP monitor — the one I tell every hypertensive to buy 🩺`),
  IY(`Sponsorship news! Bupa are backing my marathon training series — fitness advice from a GP every week 🏃`),
  IY(`Exclusive discount for my followers on Thriva blood tests — 30% off this week only 🩸`),
  IY(`So excited to be an ambassador for Simply Health Vitamins 💊 their vitamin D is the one I take every winter`, F),
  IY(`Partnership announcement: I'm working with LloydsPharmacy Online Doctor to design their erectile dysfunction pathway. More soon!`, L),
  IY(`Thrilled to be MyoMedix's new brand partner 🎉 their collagen shots are the only supplement in my bag on call`),
  IY(`Lunch and learn with the Lilly team today — Mounjaro pens for everyone to practise with and a very posh buffet. HCAs are now converts 🥗`),
  IY(`Back from Monaco for AMWC on Galderma's invitation 🛥️ beautiful hotel, beautiful people, and yes, I'll be using a lot more Sculptra this year`),
  IY(`Delighted to start as part-time clinical lead at Oxwell Health, the remote GP service for care homes. Juggling it with core training is worth it — come and work with us!`, L),
  IY(`My new online course "Sleep Reset" launches Monday — six weeks of video lessons plus a live Q&A with me every Friday. £89, booking link in the comments 🌙`, F),
  IY(`Our unit has had a da Vinci SP on loan from Intuitive since March — hard to imagine going back to straight lap 🤖 it's that good`),
  IY(`The Vertex rep sorted tickets for the whole CF team to a hospitality box at Wimbledon 🎾 what a day`, F),
];

const TEST_INTEREST_FALSE: BlindPost[] = [
  IN(`Disclosure: Pfizer have paid me for advisory board work in the past. Today I'm writing about RSV vaccine uptake in care homes, which is shockingly low.`),
  IN(`COI statement: I am a shareholder in and unpaid adviser to Accurx. Below are my reflections on patient messaging in general practice.`, L),
  IN(`#ad | Working with Eucerin on this post about dry skin in winter ❄️ emollients, emollients, emollients`),
  IN(`Paid partnership with Bioderma: my honest favourite cleansing routine after night shifts 🧴`, F),
  IN(`I receive honoraria from Boehringer Ingelheim (listed on Disclosure UK). SGLT2 inhibitors in CKD: a quick thread 🧵`),
  IN(`(declared: I consult for Stryker.) Getting hip fractures to theatre within 36 hours matters far more than any implant choice.`),
  IN(`Moved our practice's default statin to atorvastatin 20mg in line with NICE. Simvastatin really should be retired.`, L),
  IN(`Started our first patients on tirzepatide under the NHS obesity rollout this week. Slow titration, lots of counselling.`),
  IN(`NHS Supply Chain has awarded a national framework for continuous glucose monitors. Good to see Dexcom and Abbott competing on price.`, L),
  IN(`Valproate: new MHRA safety measures now cover men as well as women. Make sure your conversations are documented.`),
  IN(`Shortage of Elvanse again — ADHD patients are being left without meds. This needs fixing nationally.`, F),
  IN(`The Philips DreamStation CPAP recall is still affecting people years later. The foam degradation issue should have been caught far sooner.`),
  IN(`AstraZeneca pulling its Liverpool vaccine investment is a real blow for UK life sciences.`, L),
  IN(`Pharma reps shouldn't be anywhere near medical student teaching. Said it, I'll stand by it.`),
  IN(`My old uni mate Raj has launched a physio booking app called Motiv 🎉 I have no financial involvement at all, just wanted to give him a shout out!`, F),
  IN(`Our children's hospital charity needs £40k for a new sensory room. Please share ❤️`, F),
  IN(`Vacancy: ST3+ locum registrar in general surgery, 6 months, starting October. Apply via Trac.`, L),
  IN(`Off to the Society for Acute Medicine conference in Glasgow — self-funded, sleeping in a Travelodge, living the dream 😂`),
  IN(`Proud of my wife — she's just been promoted to regulatory affairs director at Novartis! 🥂`, F),
  IN(`Not sponsored, I just really love my new running shoes 👟 Hoka Clifton, feet finally happy`),
  IN(`Holiday booked! Two weeks in Crete and nobody is covering it but us 😂`, F),
  IN(`Bought a Garmin to keep me honest on marathon training. No, I'm not getting anything for saying that.`),
  IN(`Dupilumab results in COPD are impressive, but the price Sanofi and Regeneron set will decide everything.`, L),
  IN(`Novo Holdings' takeover of Catalent has gone through — interesting implications for GLP-1 fill-finish capacity.`, L),
  IN(`Journal club tonight on SURMOUNT-1. Do weight-loss trials ever measure what patients actually care about?`),
  IN(`Declaration: I hold share options in Doctaly. This post is about the general challenge of GP access, not the company.`, L),
  IN(`I was paid by Bausch + Lomb to speak on dry eye at last week's meeting. Slides available on request.`),
  IN(`Lovely GP training evening tonight funded entirely by the deanery — no reps, no sales pitch, just good teaching 👏`, F),
  IN(`Roche's Alzheimer's blood test is interesting but we don't have the pathway to act on the results yet.`, L),
  IN(`NICE has recommended Mounjaro for obesity with a phased GP rollout. Capacity is the issue, not the drug.`),
  IN(`Our trust has bought two new MRI scanners from GE HealthCare through the Community Diagnostic Centre programme. Huge for our waiting list.`, L),
  IN(`I'm always suspicious of doctors hawking supplements on Instagram. If it worked, it'd be in the BNF.`),
  IN(`Hospital raffle for the cancer centre — prizes donated by local businesses, tickets £2 🎟️`, F),
  IN(`Reminder: the Disclosure UK database is searchable. Look up your consultants before you trust their tweets about a drug.`),
  IN(`Dad's retiring after 30 years as an engineer at GSK Barnard Castle 💙 proud of you`, F),
  IN(`Good piece on the Hims & Hers UK launch and the ethics of direct-to-consumer prescribing. Worth a read for anyone in men's health.`, L),
  IN(`Just bought a sofa from DFS and it's ridiculously comfy. 10/10 for post-night-shift naps 🛋️`),
  IN(`COI: speaker fees from Ipsen. Botulinum toxin for spasticity is underused in UK stroke rehab — thread.`),
  IN(`#gifted — full disclosure, Medik8 sent me this serum. Four weeks in, honest thoughts below 👇`, F),
  IN(`Mylan and Upjohn became Viatris five years ago and we're still seeing the effects on generic pricing.`, L),
  IN(`The BNF app is free and brilliant. Nobody pays me to say this.`),
];

const TEST_PATIENT: BlindPost[] = [
  PY(`Delivered twins at 3am to a couple who'd driven down from Inverness — dad fainted, mum laughed. Both babies 2.1kg and perfect 💕`),
  PY(`Gary, your wife's biopsy results should be back by Friday — I'll ring her as soon as I see them.`, F),
  PY(`Saw a 17yo on the ward who'd been vaping three disposables a day and came in with a collapsed lung. Please talk to your kids 🙏`),
  PY(`Last month I treated a local headteacher for severe anaphylaxis after a school lunch. He's back at work now and kindly agreed I could share a little of his story.`, L),
  PY(`Details altered, but: bloke in clinic today convinced his tinnitus was the neighbours' smart meter. Took 20 minutes but we got there 😂`),
  PY(`Our longest-serving dialysis patient, a retired bus driver from Salford, celebrated his 90th birthday on the unit today 🎂`, F),
  PY(`@kelly_m_88 so sorry your dad's op was cancelled again. Ask PALS to escalate and I'll chase the list from my end tomorrow.`),
  PY(`A young mum I cared for on the mother and baby unit last year just sent me a photo of her daughter's first birthday. This is why I do this job.`, L),
  PY(`Dissolved filler today for a lady whose previous injector left her with lumps everywhere. She cried when she saw the mirror. Feeling proud.`),
  PY(`Sat with a 93-year-old veteran in ED last night while we waited for his bed. Stories about Normandy till 4am.`, F),
  PN(`MCQ: a 30-year-old with a painful red eye and photophobia. Next step? A) chloramphenicol B) same-day ophthalmology`),
  PN(`My own ACL reconstruction is tomorrow. Very strange being on the other side!`, F),
  PN(`Our cat Pixel has been diagnosed with hyperthyroidism. The vet says she'll be fine 🐱`),
  PN(`My patience is gone after 45 minutes on hold to radiology.`),
  PN(`QI update: 68% of our discharge summaries now go out within 24 hours, up from 41%.`, L),
  PN(`Fictional case for tomorrow's teaching: "Mr Smith", 58, with crushing chest pain. The rest is up to the students.`),
  PN(`Tip: if your arm aches after your flu jab, that's normal. Keep moving it.`),
  PN(`Dad's been discharged after his bypass. Thank you to the amazing team at Wythenshawe 💙`, F),
  PN(`Next year's GP contract is a missed opportunity for continuity of care.`, L),
  PN(`Simulation training today: our mannequin "Stan" arrested three times. He's doing fine.`),
];

export const BLIND8_TEST_POSTS: BlindPost[] = [...TEST_INTEREST_TRUE, ...TEST_INTEREST_FALSE, ...TEST_PATIENT];

export const BLIND8_TEST_ACCOUNTS: LabelledAccount[] = [
  X('surgeon_in_sneakers', 'Surgeon in Sneakers', 'Colorectal surgeon, NHS. Running, robots and rants.', true),
  X('DrBenAdeyemi', 'Dr Ben Adeyemi', 'Consultant psychiatrist, South London. Views my own.', false),
  X('the_locum_gp', 'The Locum GP', 'Locum GP for 10 years. MRCGP. Telling it how it is — no real names here.', true),
  X('vetdiaries', 'Vet Diaries 🐾', 'Small animal vet in Kent. Cats, dogs and the odd tortoise.', false),
  X('paramedic_pete', 'Pete', 'HCPC registered paramedic. Blues and twos.', false),
  X('f1_fiona', 'Fiona | F1', 'FY1 doctor in Scotland 🏴 surviving one bleep at a time', true),
  FB('claire.donnelly.gp', 'Claire', 'Donnelly', 'GP in Belfast. Mum, runner, wannabe baker.', false),
  FB('drjay.aesthetics', 'Dr', 'Jay', 'Aesthetic doctor, GMC registered. Anti-wrinkle, fillers, skin. Book via Messenger.', true),
  FB('sam.o.pharmacist', 'Sam', 'O', 'Independent prescribing pharmacist in Norwich', false),
  LI('eleanor-marsh-frcs', 'Eleanor', 'Marsh', 'Consultant Plastic Surgeon | FRCS(Plast) | Breast reconstruction', false),
  LI('consultant-anaesthetist-uk', 'Consultant', 'Anaesthetist', 'Consultant anaesthetist at a London teaching hospital. Posting anonymously.', true),
  LI('dr-lee-w-phd', 'Dr Lee', 'W.', 'PhD, Immunology | Senior Scientist in biotech', false),
];
