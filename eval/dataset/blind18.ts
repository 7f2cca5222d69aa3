/**
 * Blind evaluation set 18, written without sight of the detectors' word lists.
 *
 * Emphasis: undeclared interests as they really turn up in a doctor's feed. The positives are
 * ties mentioned in passing, almost never with the words 'sponsored' or 'paid': a weekend or a
 * golf day 'with the team' from a pharma, device or diagnostics firm, gifted monitors and rings,
 * faculty and speaker slots at a company's own academy or symposium, advisory, consultancy, CMO and
 * shareholder roles announced proudly on LinkedIn, discount codes and referral links for supplements
 * and meal shakes, the doctor's own aesthetics, IV-drip, testosterone, weight-loss, mole-mapping or
 * long-COVID clinic with prices and booking, medico-legal reports touted to solicitors, books and
 * courses sold by the doctor, and telehealth or online-pharmacy shifts plugged with a link. Real
 * companies (Pfizer, AstraZeneca, GSK, Novo Nordisk, Abbott, Medtronic, Dexcom, Allergan, Galderma,
 * Bupa, Spire, Numan, Livi, Holland & Barrett, Zoe, Roche, Sanofi, Novartis) sit beside invented
 * ones. The hard negatives look just as commercial: ties that ARE declared (Disclosure, COI, #ad,
 * paid partnership, honoraria, a declaration written into the post), sceptical posts about pharma
 * dinners and IV drips, approvals, recalls, shortages and price rises naming manufacturers, named
 * drugs prescribed clinically, NHS services and apps, job adverts, charity fundraisers and charity
 * fellowships, self-funded conferences, cake, supermarkets and coffee. A smaller patient block and
 * an account block keep the other passes honest.
 *
 * Labelling conventions: as in blind.ts.
 */
import type { LabelledAccount } from './accounts.js';
import type { BlindPost } from './blind.js';
import { PY, PN, IY, IN, X, FB, LI } from './blind-builders.js';

export const BLIND18_DEV_POSTS: BlindPost[] = [
  // ---- interest = true (24) ----
  IY("Back from 3 days in Lisbon with the @Medtronic diabetes team 🇵🇹 Closed loop is moving so fast. Came home buzzing and already drafting a business case to get the 780G into our young adult clinic 👀 #T1D"),
  IY("ngl the libre 3 abbott sent over is slick. been wearing it 2 wks to see what my diabetics actually go through and it's going to be my go-to rec from now on"),
  IY("Soooo excited to finally share this 🥹 Glow & Co Aesthetics is OPEN!! 💉✨\n\nAnti-wrinkle 1 area £180 / 3 areas £290\nLip filler 1ml £250\nSkin boosters from £200\n\nAs a doctor I do every single treatment myself so you're in safe hands. Message me or book through the link in my bio. Mates rates for the first 20 bookings 😘", 'facebook'),
  IY("I'm delighted to share that I have joined the Medical Advisory Board of Veridia Health, a Series A start-up using computer vision to triage dermatology referrals.\n\nHaving watched waits for NHS dermatology stretch past a year in my own region, I believe tools like this can make a real difference. I look forward to helping the team shape their clinical roadmap and NHS go-to-market.\n\n#DigitalHealth #Dermatology #Innovation", 'linkedin'),
  IY("The only vit D I actually take every winter is the Vitl D3+K2 spray ☀️ use DRSAM15 for 15% off, link below 👇 vitl.com/drsam"),
  IY("Honoured to be speaking at AstraZeneca's Cardio-Renal-Metabolic Summit in Manchester next month 🎤 'SGLT2i in CKD: no more excuses'. See lots of you there!"),
  IY("MEDICO-LEGAL 📋 Now accepting new instructions for condition & prognosis reports (whiplash, soft tissue, minor orthopaedic). MedCo accredited, 10 working day turnaround, clinic rooms in Leeds, Bradford & Harrogate, remote appointments also available. Solicitors and agencies please PM me or email instructions@dr-hollis-reports.co.uk", 'facebook'),
  IY("Thrilled to announce my first book, 'The Menopause Reset', is out today! 📖\n\nAfter 15 years as a GP with a special interest in women's health, I wanted to put everything I tell women in clinic into one place. It's available on Amazon (link in comments) and signed copies can be ordered from my website.\n\nThank you to everyone who believed in this project 💜", 'linkedin'),
  IY("Picking up a few extra sessions with @NumanHealth this month alongside my NHS GP work. If you've been putting off sorting ED or hair loss out of embarrassment, honestly the service is excellent and very discreet 👉 numan.com"),
  IY("my friends at @ZOE have been so generous letting me try the new programme 🙌 3 weeks in and my post-lunch glucose spikes have basically flattened. will share more soon, genuinely think this is the future of nutrition"),
  IY("Loving my new Withings BPM Connect that the lovely people at Withings sent over 😍 syncs with my phone, even my dad wants one now. If you've got high blood pressure this is the one to get IMO, honestly better than the clunky ones the surgery hands out", 'facebook'),
  IY("Excited to share that I'll be joining Galderma's faculty for their Aesthetic & Corrective Expert academy this year. I'll be leading the hands-on toxin workshops for clinicians new to aesthetics.\n\nTeaching has always been my favourite part of practice and it is a privilege to do it alongside such a talented group.\n\n#Aesthetics #MedicalEducation #Galderma", 'linkedin'),
  IY("💧 IV DRIPS NOW AT OUR HARLEY ST CLINIC 💧\nImmunity boost £149\nNAD+ £395\nHangover rescue £129\nDoctor-led, every drip reviewed by me. Walk-ins Saturdays. Book 👉 revive-iv.co.uk"),
  IY("WE CLOSED OUR SEED ROUND 🚀🚀\n\nSo proud to be co-founder & CMO of Pulsewise — 14-day rhythm patches GPs can actually get results back from in 48h. Looking for 5 more pilot practices in the South West, DMs open"),
  IY("Had the most gorgeous dinner at Hawksmoor last night after the obesity update evening with the Novo Nordisk team 🍸🥩 such a fun bunch of GPs, already looking forward to the next one x", 'facebook'),
  IY("Our GP-led medical weight loss programme is now taking new patients across Surrey and SW London.\n\n✔️ Wegovy or Mounjaro where clinically appropriate\n✔️ Monthly doctor review and dietitian support\n✔️ From £199/month, no joining fee\n\nAs a practising GP I set this service up because NHS tier 3 waits are over two years. Book a free discovery call through our website.", 'linkedin'),
  IY("MRCP part 1 in Jan? my SBA bank is 40% off this week only 📚 2,500 questions, every one written by me + explanations. DM me for the code, loads of you passed with it last diet 🙏"),
  IY("great couple of days at the pfizer RSV advisory meetng in london, really valued being asked for my input as a jobbing GP. exciting times ahead for the over 75s"),
  IY("Pleased to share that I have been appointed Consultant Medical Adviser to Holland & Barrett, helping to shape the evidence base behind their vitamins and wellness range.\n\nPeople are buying supplements whether doctors like it or not — I'd rather be in the room making sure the science is right.", 'linkedin'),
  IY("Guys I'm now doing video consults with Push Doctor on my days off 😊 if you can't get a GP appointment this week download the app and you might even get me 👩‍⚕️📱 pushdoctor.co.uk", 'facebook'),
  IY("Small shareholder in Dermaglo and couldn't be prouder of the team 🧴☀️ the new daily SPF50 hit Boots shelves this morning. genuinely the best facial sunscreen I've used and I'll be telling every clinic patient"),
  IY("Another year as a Key Opinion Leader for Dexcom UK & Ireland. This autumn I'll be presenting our real-world CGM outcomes to ICB commissioners across the North West and helping make the case for wider access. Grateful to the whole Dexcom team for their continued support.", 'linkedin'),
  IY("🧬 How old is your body REALLY? Our clinic's epigenetic age test is £299 this month (usually £399) and includes a 30-min GP review of your results. Limited slots, link in bio #longevity"),
  IY("Thank you Spire Manchester for a fabulous consultants' Christmas do last night 🎄🥂 and a reminder if anyone needs a knee looked at, I'm there Tuesday evenings, self-pay packages available, just message me", 'facebook'),

  // ---- interest = false (21) ----
  IN("Disclosure: I've had speaker fees from AstraZeneca and Boehringer Ingelheim in the last 3 yrs. With that said — DAPA-CKD is still the strongest case for SGLT2i in non-diabetic CKD and I'd start it in most of my eGFR 25-45s."),
  IN("#ad | I've partnered with Bupa to talk about men's health checks this Movember 🥸 Most of what I'd say is free though: know your BP, know your waist size, and see your GP if anything changes down below.", 'linkedin'),
  IN("Rep turned up with pizzas for our practice meeting again. We said no thank you. Industry lunches are marketing, not education — small thing, but it matters."),
  IN("Lilly putting the UK list price of Mounjaro up this autumn. Huge jump for people paying privately. Brace yourselves for a lot of anxious questions in clinic and please don't let anyone stop abruptly without a plan."),
  IN("Drug alert: one batch of salbutamol inhalers recalled by the manufacturer for a faulty valve. Check the MHRA notice for the batch number. Don't bin them — take them back to your pharmacy."),
  IN("Reminder folks 💙 Pharmacy First means you can be seen at your local chemist for sore throats, earache, sinusitis, impetigo, shingles, insect bites and UTIs in women (16-64) without a GP appointment. It's an NHS service and it's free. Pop in!", 'facebook'),
  IN("Started my first lipid clinic patient on inclisiran today. Twice-yearly injection given by practice nurse. Will be interesting to see uptake across the PCN."),
  IN("We're hiring! 🩺 Two salaried GP posts at Riverside Health Centre, Norwich. 6 sessions each, BMA model contract, supportive partners, protected admin time and a very good biscuit tin. Informal visits welcome — contact our practice manager.", 'linkedin'),
  IN("Doing the Great North Run for Diabetes UK in September 🏃‍♀️ I've never run further than the bus stop so every quid helps keep me motivated! justgiving.com/page/drhelenruns", 'facebook'),
  IN("Paid my own way to ESC Congress this year (ouch 💸) but worth every penny. Loads on Lp(a) and the new HF guidance. Thread 🧵👇"),
  IN("huge thanks to Carol on ward 9 for the lemon drizzle 🍋 it was gone by 11am, as is tradition"),
  IN("queue at pret at 7:40 is unreal. switching to costa. caffeine is my only personality now"),
  IN("Journal club this week: SURMOUNT-1 (tirzepatide, Lilly-funded).\n\nOur discussion points:\n• Primary outcome was weight, not hard endpoints\n• Sponsor involvement in design and analysis\n• 72 weeks tells us little about what happens when people stop\n• Generalisability to an NHS population with a 2-year tier 3 wait\n\nGreat session led by our F2s.", 'linkedin'),
  IN("The NHS App now lets you see your GP record, order repeats and manage hospital appointments. Please try it before ringing at 8am 🙏"),
  IN("In the interests of transparency: I have received honoraria from Novo Nordisk and Eli Lilly for educational talks in the last three years.\n\nThis post is about behaviour change in obesity and reflects my own views. Medication is one tool; sleep, shift patterns and food environment are the others we rarely talk about.", 'linkedin'),
  IN("Another wellness influencer flogging IV vitamin drips for 'immunity' 🙄 Your kidneys will simply wee out the excess. Save your £150 and buy some oranges."),
  IN("This is a paid partnership with Superdrug Health Clinic 💊 I was asked to explain what a travel health consultation involves. Whoever you see — NHS, pharmacy or private — check which vaccines you need at least 6-8 weeks before you fly.", 'facebook'),
  IN("HRT patch shortage again in Leeds. Manufacturer says supply back 'in a few weeks'. Pharmacists doing heroic work swapping brands — please be kind to them."),
  IN("Sponsored post — I worked with Dexcom on this short video explaining what CGM alarms mean and when to act on them. Script and views are my own. 🎥"),
  IN("Our trust has signed a 10-year contract with Philips for bedside monitoring across critical care. Procurement decisions like this rarely get discussed with the clinicians who use the kit every night. Interested to see how the rollout goes.", 'linkedin'),
  IN("reminder the MHRA Yellow Card app exists. got a weird side effect? report it. takes 5 mins and it's how we find the rare stuff"),

  // ---- patient = true (10) ----
  PY("Lady in her 80s apologised to me three times today for 'wasting your time' with her chest pain. It was an NSTEMI. Please never apologise for coming in."),
  PY("Really lovely moment at work today. The dad of a little boy we looked after in PICU last winter came up to the ward with a card and a photo of him on his new bike. I had to go and have a little cry in the sluice 😭💙", 'facebook'),
  PY("Details changed obvs but: bloke in his 40s, 'just indigestion' for 3 weeks, walked into resus grey and sweaty. Inferior STEMI. Never trust indigestion in a smoker #FOAMed"),
  PY("Yesterday I had the privilege of supporting a family through the last hours of their mother's life in our hospice. She had asked for one thing — to see her dog. Our nurses made it happen, and she died with him curled up at her feet.\n\nThese are the moments that remind me why palliative care matters.", 'linkedin'),
  PY("@jenny_w83 really sorry to hear your mum's had such a long wait. if you DM me her ward I'll see what I can find out about her discharge plan tomorrow"),
  PY("Clinic today: 19yo referred with 'anxiety'. HR 160, fine tremor, TSH <0.01. Always. Check. The. Thyroid."),
  PY("Can't stop thinking about the lady I saw on nights. 94, lives alone in a village outside Kendal, hadn't eaten properly for a week because her carer visits got cut to once a day. This system is broken and it's the frailest who pay.", 'facebook'),
  PY("bleeped to ward 12 for a chap who'd pulled out his cannula for the 4th time because he 'fancied a pint at the Crown'. can't fault the commitment tbh 😂 #nightshift"),
  PY("With his permission, I want to share part of Mr D's story. Diagnosed with motor neurone disease at 52, he spent his last months recording bedtime stories for grandchildren not yet born. When I asked what he wanted from us, he said 'just keep me talking'.\n\nOur SLTs did exactly that.", 'linkedin'),
  PY("the kid in cubicle 3 told me my stethoscope looked like a snake and then asked if I was a real doctor or 'just a nurse'. humbled on multiple levels"),

  // ---- patient = false (10) ----
  PN("Waiting on my own MRI result is teaching me a LOT about patience. Day 10. I will never again say 'it's just a couple of weeks' to anyone 🙃"),
  PN("OSCE tip: 'A 58-year-old man presents with crushing central chest pain radiating to his left arm...' — say ABCDE out loud before you start the history. Examiners want to hear it."),
  PN("Our cat Biscuit had a dental today, 3 teeth out and very sorry for himself 😿 the vet bill made ME want a lie down", 'facebook'),
  PN("Audit result: 41% of our AKI admissions last quarter were still on an ACEi that should have been paused. Sick day rules, please, every single review."),
  PN("Composite case for teaching (not a real patient): a 72-year-old woman with frailty presents with her third fall this month. Over 10 minutes we'll work through medication review, lying/standing BP and what 'mechanical fall' really means.", 'linkedin'),
  PN("people waiting for care packages are not 'bed blockers'. they're people stuck because social care doesn't exist. a policy failure, not a personal one"),
  PN("my daughter broke her wrist at a trampoline park yesterday. 4hrs in our local ED as a PARENT rather than a doctor. whole new perspective on triage waits"),
  PN("General reminder 💜 if your child has a fever and a rash that doesn't fade when you press a glass on it, call 999. Don't wait to see if it gets better.", 'facebook'),
  PN("SBA of the day 🧠 23F, sudden pleuritic chest pain after a long-haul flight, HR 112, sats 94%. Next best investigation? A) D-dimer B) CTPA C) V/Q D) CXR E) echo. Answers tonight"),
  PN("Fictional 'Mrs Jones' the sim mannequin arrested 3 times in today's session and we got ROSC twice. So proud of our F1s 💪 #SimulationTraining"),
];

export const BLIND18_TEST_POSTS: BlindPost[] = [
  // ---- interest = true (24) ----
  IY("What a trip 🇨🇭 huge thanks to everyone at Roche Diagnostics for hosting us in Basel this week. Their point-of-care troponin is going to transform ED flow and I'm going to push hard for it at our trust."),
  IY("I'm proud to share that I've taken on a consultancy role with GSK, supporting their UK respiratory medical affairs team on real-world asthma data.\n\nAfter 12 years running a severe asthma service, I'm excited to bring the clinic perspective into how new treatments are developed and positioned. Onwards!", 'linkedin'),
  IY("Botox & filler evenings are BACK at The Salon on Mill Street every Thursday 💋 £150 one area, £220 two, consultation included. Dr-led, fully insured. Comment BOOK or WhatsApp me and I'll sort you out ladies 🥰", 'facebook'),
  IY("if you've been asking which collagen I take — @PureGlowNutrition set up a code for you lot 🫶 DRLOU20 gets 20% off. skin has genuinely never been better"),
  IY("Picking up evening shifts on @LIVI_UK 📱 if you're stuck waiting for a GP appt I might be the face on your screen. download and book 👉 livi.co.uk"),
  IY("Faculty again at the Allergan Medical Institute masterclass this weekend 💜 teaching advanced midface assessment to 40 new injectors. Always a joy to be part of the AMI family.", 'linkedin'),
  IY("Clinical negligence reports, GP standard of care. 15 yrs as a GP partner, 400+ reports, Bond Solon trained. Solicitors — drop me a line for a fast turnaround 📩 drkmedicolegal.co.uk"),
  IY("THE MENOPAUSE COURSE IS LIVE 🎉🎉\n6 weeks of video modules, a private members group and a monthly live Q&A with me.\nEarly bird price £97 until Sunday night, then it goes up to £149.\nLink in the comments 👇 please share with anyone you know who's struggling xx", 'facebook'),
  IY("just a casual few days at the four seasons with the abbott team 😎 'advisory board' they call it. lot of learning about the new lingo sensor and a lot of learning about the spa"),
  IY("Delighted to announce that I've been named Chief Medical Officer at Menoly, the women's health app helping 200,000 women understand their perimenopause.\n\nI'll continue working two days a week as an NHS GP. If you haven't tried Menoly yet, it's free to download — and I'd love your feedback.", 'linkedin'),
  IY("Morning routine: 10k steps, cold shower, scoop of AG1 🥤 I've taken it daily for a year. My link gets you a free year's supply of vit D + 5 travel packs 👇 drinkAG1.com/drmarcus"),
  IY("Massive thanks to Bupa for the gorgeous hamper 🎁 I've been consulting for their cancer pathways team for a year now and they've been brilliant to work with. Would 100% recommend their cover to anyone who can swing it", 'facebook'),
  IY("Speaking at the Sanofi Type 2 Diabetes Forum tomorrow 💉 'Basal insulin in 2025: who, when, how'. Come and find me at the Sanofi stand afterwards for a coffee!"),
  IY("Launching our new private Long COVID assessment clinic in Clifton, Bristol.\n\n• Consultant-led review\n• Cardiopulmonary exercise testing\n• Personalised rehab plan\n\nSelf-pay £650, or via most major insurers. NHS waits for post-COVID services are long; we can usually see people within 2 weeks. Book via the link below.", 'linkedin'),
  IY("Men, feeling tired, flat, no drive? 💪 Our testosterone clinic is open to new patients. Bloods + doctor consult £89, TRT from £120/month. Book through the link in bio #menshealth #TRT"),
  IY("bit of news: I'm now a (small) shareholder in Cardiotrack. I believe in their home ECG patch so much I put my own money in. every palpitations pt should be using one tbh"),
  IY("Omg the rep from Medivance just dropped off 2 of their new smart rings for me and hubby to try with their sleep app 😍 sleep score 92 last night!! Definitely going to be recommending it to my insomnia patients", 'facebook'),
  IY("It was an honour to chair the Novartis heart failure symposium at the Hilton Deansgate last night. Superb discussion on early ARNI initiation, and I'm grateful to Novartis for the invitation and for their commitment to getting patients on optimal therapy.", 'linkedin'),
  IY("10% off at Holland & Barrett with my code DOCJAS10 on their omega 3s 🐟 I take 2 a day and suggest them to everyone with dry eyes in clinic"),
  IY("Weekend clinic at my Harley St skin practice still has 3 mole mapping slots left 📍 full body £250, results same day. DM me or book online"),
  IY("Sorry for the spam 🙈 but I'm now one of the prescribing doctors at PillPost online pharmacy! Weight loss injections, hay fever, hair loss & more, delivered next day. Use my link for £20 off your first order 👉 pillpost.co.uk/ref/drnat", 'facebook'),
  IY("Proud to share that Spire Healthcare has invited me to join its Clinical Advisory Group for orthopaedics.\n\nI continue to see private patients at Spire Leeds every Wednesday — for hip and knee consultations please get in touch with my secretary via the details on my profile.", 'linkedin'),
  IY("honestly obsessed with the G7 @DexcomUK very kindly gifted me to trial 💚 not even diabetic but the data is fascinating. think everyone should wear one for a month"),
  IY("big thank u to the lads at astrazenca for the golf day yday ⛳🍺 top hospitality, shame about my handicap"),

  // ---- interest = false (21) ----
  IN("COI: I sit on a Dexcom advisory board and have received consultancy fees. With that on the table, here's my honest take on G7 vs Libre 3 for adults with type 1 🧵"),
  IN("Declaration of interests: I have received speaker fees and travel support from Pfizer, Bayer and Daiichi Sankyo.\n\nToday I presented on anticoagulation in frail older adults at our regional meeting. The biggest bleeding risk I see isn't the drug choice — it's the dose nobody has rechecked since 2019.", 'linkedin'),
  IN("#ad I've partnered with Holland & Barrett to talk about vitamin D this winter ☀️ 10 micrograms a day Oct-Mar is enough for most adults, and the supermarket own-brand works just as well."),
  IN("Remember when every GP desk had a Lipitor pen and a Pfizer mug? We've moved on, but not enough. Check Disclosure UK before you trust the speaker at your next 'education' evening."),
  IN("PSA 📢 Creon (pancreatic enzyme) supplies are still really tight. The manufacturer says it'll be constrained for months. If you take it, order your repeat early and chat to your pharmacist about alternatives.", 'facebook'),
  IN("NICE says Wegovy (semaglutide) only within specialist weight management services for now. It is not a GP prescription yet — please stop asking our receptionists, they can't magic it up 🙏"),
  IN("Moved a lot of my asthma pts from Ventolin to Salamol on carbon grounds. Same salbutamol, much lower-GWP propellant. Easy win for any practice's green plan 🌱"),
  IN("Job opportunity: Clinical Fellow in Acute Medicine, Royal Cornwall Hospitals NHS Trust. 12 months from August, excellent teaching, protected CPD time, and the sea is 20 minutes away. Happy to chat to anyone interested.", 'linkedin'),
  IN("baking for the Macmillan coffee morning in the mess on friday 🧁 bring cash, bring appetite, bring tupperware"),
  IN("Self-funded my trip to RCGP conference in Liverpool. Three days of brilliant talks and terrible coffee. Worth it."),
  IN("Thank you to our local Waitrose for donating all the fruit for today's staff wellbeing day 🍓🍌 the team were thrilled!", 'facebook'),
  IN("starbucks flat white at 6am and the on call phone is already going. pray for me ☕😴"),
  IN("Our journal club tackled SELECT (semaglutide and CV outcomes in people without diabetes; funded by Novo Nordisk).\n\nWe talked about sponsor involvement, the MACE composite, high discontinuation rates and external validity for our population. Healthy scepticism is a clinical skill.", 'linkedin'),
  IN("NHS 111 online is genuinely good for figuring out whether you need to be seen tonight. Far better than Dr Google at 2am."),
  IN("Sick of pharma 'education' evenings with a free three-course meal. If the content was any good it wouldn't need the steak. Our PCN has stopped accepting them and nobody misses them."),
  IN("I should declare up front that I'm a paid clinical adviser to Numan, so weigh my view accordingly. But on the question of whether online ED prescribing is safe: with proper BP and cardiac screening questions, mostly yes.", 'linkedin'),
  IN("MHRA update on valproate: new rules apply to men too now. Two specialists to sign off new starts under 55. Big change for our epilepsy clinics."),
  IN("So Babylon's UK GP business has been sold off after the collapse. Thousands of GP at Hand patients asking what happens to them now. Anyone know the ICB plan?"),
  IN("Fuming — just saw an ad on here from a 'doctor' selling £300 NAD+ drips for 'cellular renewal'. There is no evidence for this. If you see these, please report them to the ASA.", 'facebook'),
  IN("Prescribed Paxlovid for the first time this week. The Liverpool drug interaction checker is an absolute lifesaver, so many statin and DOAC clashes."),
  IN("Grateful to the British Heart Foundation for funding my clinical research training fellowship. Three years to study inflammation after MI, starting in October. Thank you to everyone who supported the application.", 'linkedin'),

  // ---- patient = true (10) ----
  PY("Lovely lady brought me homemade flapjack today because I 'listened properly' last time. Going to go and cry into my flapjack now."),
  PY("verified a death this afternoon. 28. totally unexpected. sat in the car park for 20 mins before I could drive home."),
  PY("Long one tonight 😅 delivered a baby in the back of a taxi outside A&E at 3am! Mum and baby girl both doing fab, dad nearly fainted. Never a dull moment", 'facebook'),
  PY("details changed but: the teenager who came in after an overdose and left with a safety plan, a CAMHS appointment and a hug from her nan — you made my whole week"),
  PY("Last week a man in his sixties told me he'd put off seeing his GP for a year because he 'didn't want to be a bother'. His bowel cancer is now stage 4.\n\nWe need to keep telling people: you are not a bother.", 'linkedin'),
  PY("@PaulR_1972 so sorry your dad's procedure was cancelled again. I'm on the team — ring the secretaries tomorrow and ask for the pre-op nurse, we'll get him rebooked"),
  PY("saw a lad in fracture clinic who's broken the same scaphoid 3 times playing rugby for Otley 🏉 some people never learn"),
  PY("You'll remember the old gentleman on ward 4 I mentioned, the one who used to fly Lancasters? He died peacefully this morning with both his daughters holding his hands. What a life he had.", 'facebook'),
  PY("our regular is back in majors tonight, third time this week. same story, same bottle of vodka, same 'this is the last time doc'"),
  PY("A card I'll keep forever. It came from a woman I looked after through her mastectomy and chemotherapy last year, now back teaching her Year 3 class. She wrote: 'You never once made me feel like a diagnosis.'\n\nThat's the standard I want to hold myself to.", 'linkedin'),

  // ---- patient = false (10) ----
  PN("my own smear came back abnormal. colposcopy next week. currently doing everything I tell people not to do (googling at 1am)"),
  PN("Hypothetical: a 35yo asks you for antibiotics for a 2-day cough. Do you prescribe? Poll 👇"),
  PN("Our dog Pippa ate half a box of mince pies 🙈 raisins!! so we spent Christmas Eve at the emergency vet. She's absolutely fine, we're skint 🐶", 'facebook'),
  PN("Our service data for 2024: of 1,240 urgent suspected cancer referrals, 6.1% led to a cancer diagnosis. Conversion varied more than threefold between practices — a conversation worth having without blame.", 'linkedin'),
  PN("Patience is a virtue. It is also not a thing I possess on night 4 of 4."),
  PN("Reminder that people can read their GP records in the NHS App now. Write every note as if the person it's about is reading it, because they might be."),
  PN("MCQ 🧠 Which is NOT a feature of Horner syndrome? A) ptosis B) miosis C) mydriasis D) anhidrosis. answers at 6"),
  PN("Dad had his hip done at the Nuffield today and is already moaning about the food so I think he's fine 😂", 'facebook'),
  PN("In our simulation suite today, 'Mr Hale' — played by a professional actor, and a very good one — gave my F2s the hardest breaking-bad-news scenario I've written. Debrief was the best hour of teaching I've had all year.", 'linkedin'),
  PN("please stop writing 'non-compliant' in notes. adherence is a relationship, not a moral failing. general rant, nobody specific in mind"),
];

export const BLIND18_DEV_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors (6)
  X('NightReg_Medic', 'Night Reg 🦉', 'Medical registrar somewhere in the Midlands. Tweets my own. Bleeps permitting.', true),
  X('drgasgirl', 'Gas Girl 💉', 'ST5 anaesthetics | FRCA | tea > coffee | views mine not my trust’s', true),
  FB('portakabin.gp', 'Portakabin', 'GP', 'Partner in a very small rural practice. MBBS DRCOG. Ranting since 2009.', true),
  LI('surgical-reg-north', 'Surgical', 'Registrar', 'ST6 General Surgery (HPB) | MRCS | Northern Deanery | interested in robotics', true),
  X('FY1_survival', 'fy1 just surviving', "foundation doctor, GMC reg'd since august. discharge summaries are my cardio", true),
  X('TheGrumpyGPdoc', 'Grumpy GP', 'Sessional GP, MRCGP. Allergic to ICB acronyms. Not medical advice.', true),
  // not anonymous doctors (6)
  X('drpriya_menon', 'Dr Priya Menon', 'Consultant dermatologist, Birmingham. Skin cancer & teledermatology. Views my own.', false),
  X('NurseNightOwl', 'Night Owl RN', 'Band 6 staff nurse, acute medicine. Tea, chaos, Crocs.', false),
  FB('theo.barker.vet', 'Theo', 'Barker', 'Veterinary surgeon at a mixed practice in Devon 🐄🐕', false),
  LI('hannah-okafor-anaesthesia', 'Hannah', 'Okafor', 'Consultant Anaesthetist | Pain Medicine | FRCA FFPMRCA', false),
  X('DentalDrEm', 'Dr Em 🦷', 'Dentist, BDS. Smiles, floss and the occasional root canal.', false),
  X('mumofT1D', 'Type 1 Mum', 'Mum to a 9yo with T1D. Learning to carb count one hot dog at a time.', false),
];

export const BLIND18_TEST_ACCOUNTS: LabelledAccount[] = [
  // anonymous doctors (6)
  X('ICU_reg_nights', 'The Vent Whisperer', 'ICM/anaesthetics StR. FFICM in progress. Sats lie. Opinions mine.', true),
  X('dr_paeds_ldn', 'Paeds doc 🧸', 'Paediatric registrar in London. MRCPCH. Snot wrangler, sticker dispenser.', true),
  LI('psych-consultant-uk', 'Dr', 'M.', 'Consultant Psychiatrist | MRCPsych | Perinatal mental health | North West England', true),
  FB('locum.doc.on.the.road', 'Locum', 'Doc', 'GP locum all over Wales, GMC registered. Camper van, dog, far too much driving.', true),
  X('CoreTraineeMed', 'CT2 🩺', 'Core medical trainee. MRCP PACES pending. Ward round survivor.', true),
  X('OrthoSHO', 'bone sho', 'junior doctor doing T&O. plaster of paris in places it shouldn’t be', true),
  // not anonymous doctors (6)
  X('PA_Kieran', 'Kieran, PA-R', 'Physician associate, acute medicine. Proud member of the MDT.', false),
  X('DrSarahAhmedGP', 'Sarah 🌿', 'GP partner in Leicester. Women’s health. Views my own.', false),
  LI('james-whitfield-pharm', 'James', 'Whitfield', 'Independent Prescribing Pharmacist | Hypertension & lipid clinics | PCN lead', false),
  FB('midwife.bex', 'Bex', '', 'Community midwife in Essex 💕 babies, biscuits and bad parking', false),
  X('ParamedicPete999', 'Pete 🚑', 'HCPC registered paramedic, East of England. Nights mostly.', false),
  X('dr_chiro_mia', 'Dr Mia — Chiropractor', 'Doctor of Chiropractic. Back pain, posture, sports injuries. Book online.', false),
];
