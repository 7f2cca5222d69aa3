/** Labelled posts for the `patient` pass: hand-written stories and composed variations. */
import { pick, rng } from './rng.js';

export const PATIENT_POSITIVE: string[] = [
  'My patient this morning cried when I told her the biopsy was benign. Best bit of the job.',
  'The lady in bed 4 has asked for her husband all night. Heartbreaking shift on the ward.',
  'Had a 72yo man in resus tonight, intubated him and shipped him up to ICU. Hope he makes it.',
  'A patient I saw in clinic today had waited three years for her endometriosis diagnosis. Shameful.',
  'This morning in clinic a young lad came in with testicular pain. Torsion. Straight to theatre.',
  'pt was admitted with a GCS of 3 after falling down the stairs at home, family devastated',
  'One of my patients was discharged today after 94 days on ICU. They brought the whole team cake!',
  "Mrs Patterson on Ward 12 turned 100 today and we had a party on the ward. What a woman.",
  'Just certified a 34-year-old who collapsed at the gym. Sat in the car for 20 minutes after.',
  'Saw a 19yo student in A&E last night with meningococcal sepsis. Please know the rash signs.',
  'Delivered twins at 3am for a lovely couple from Bolton, both babies doing well on SCBU.',
  "Our patient in side room 3 has been with us since Christmas. The team has become her family.",
  'Frequent flyer back in majors again tonight, 4th time this week, same chest pain, same negative trop.',
  'Took out a 6cm kidney stone from a 40yo plumber this afternoon. He wants it in a jar.',
  'My favourite patient, 91, still does the crossword every morning on the ward and beats me every time.',
  'A man came into the surgery this morning with a tick bite from his holiday in Cornwall - Lyme.',
  'Pronounced a 4 month old baby dead in resus at 2am. I cannot stop thinking about the mum.',
  'Had a lovely retired vicar in clinic today with Parkinson\'s, quoting scripture at his neurologist.',
  'The 86yo in cubicle 7 told me she was a codebreaker at Bletchley. Admitted with a fractured hip.',
  'Spent two hours in theatre with a 22 year old motorcyclist last night. Wear your leathers.',
  'My patient with motor neurone disease asked me today whether it would hurt. What do you say?',
  'Woman in her 60s came into ED on Saturday with a stroke. Thrombolysed in 20 minutes. Walking today.',
  'Diagnosed a teenage girl with type 1 diabetes in clinic today. Her mum cried, then I did.',
  'Bloke in bed 9 discharged himself at 4am to go to the pub. Back in by lunchtime.',
  'Our patient from Wigan came back to the ward to say thank you after his transplant. 1 year on!',
  'Operated on a footballer from the local club today - ACL, he will be back next season.',
  'Had a pt refuse blood today due to her faith. Respect it, but losing her was awful.',
  'Saw a 5 week old in clinic today with pyloric stenosis, classic projectile vomiting.',
  'My patient with Ehlers-Danlos finally got her wheelchair after 2 years of appeals. Win!',
  'A gentleman in his 80s was brought in by ambulance on Boxing Day, alone, hadn\'t eaten for days.',
  'The young mum I admitted on Tuesday with a PE is home with her baby. Best feeling.',
  'Intubated a 48M with COVID pneumonia in ICU last night. Third this week. Get boosted.',
  'Lady in bay 2 asked me to marry her during the ward round. 97 and still got it.',
  'I had a patient today who had read every paper on his rare lymphoma. Taught me loads in clinic.',
  'Had a headteacher in resus after a cardiac arrest on sports day. ROSC after 3 shocks.',
  'Admitted a 15yo with an overdose tonight. Her parents had no idea. Check on your kids.',
  'Stabbing victim in resus this evening, 17 years old. Knife crime is a public health emergency.',
  'Our patient in bed 11 with CJD passed away peacefully this morning with his family around him.',
  'Sectioned a young man on Friday night who believed he was being followed by MI5.',
  'Lovely chat with the 102-year-old on Ward 5 today, she was a nurse in the war. Discharged home!',
  'A patient of mine with cystic fibrosis ran the marathon today. After seeing him so sick on the ward...',
  'Mr Khan in the side room asked for a curry after his bowel surgery. We found him one.',
  'Tonight in resus a man in his 30s with a gunshot wound. In Manchester. On a Tuesday.',
  'Saw an elderly farmer in clinic this week with a melanoma on his ear he had ignored for a decade.',
  'Had a woman deliver in the ambulance bay at 4am this morning, baby girl, both fine.',
  'This patient (details changed) presented to A&E with a 3 day history of headache, turned out to be a bleed.',
  'Anonymised story: a lady in her 70s I admitted last month with sepsis wrote us the sweetest card.',
  'Reviewed a 58yo taxi driver on the ward today who had his stroke mid fare. Passenger called 999.',
  'My patient with anorexia was discharged today at a healthy weight. So proud of her.',
  'Had to tell a 30yo today in clinic that her breast cancer has spread. No words.',
  'Our patient from bed 2 walked out of ICU today after 6 weeks ventilated. Clap clap clap.',
  'Had a toddler in resus this afternoon who swallowed a button battery. Please lock them away.',
  'First patient of my night shift, an 80 year old with dementia who thought I was her son.',
  'A gent in his 90s came to clinic today with his wife of 70 years holding his hand throughout.',
  'Just finished a 9 hour Whipple on a 61yo woman. Theatre team were unreal.',
  'Saw a young Premier League player in clinic today with a stress fracture. Mum\'s the word.',
  'Man admitted this morning with Takotsubo after his wife died. Broken heart syndrome is real.',
  'Patient on the ward asked me today if she could see her dog one last time. We made it happen.',
  'Had a prisoner in handcuffs in cubicle 3 tonight with two officers, he was lovely.',
  'A new mum from Leeds came back to the delivery suite today to thank the midwives. Precious.',
];

const AGES = ['19yo', '27-year-old', '34yo', '45 year old', '58yo', '67-year-old', '72yo', '81yo', '88 year old', '93yo'];
const WHO = ['man', 'woman', 'lady', 'gentleman', 'lad', 'grandmother', 'chap', 'girl'];
const SETTING = ['in resus', 'in A&E', 'on the ward', 'in clinic', 'in majors', 'on the AMU', 'in theatre', 'in the GP surgery', 'on ICU', 'on the labour ward'];
const EVENT = [
  'with crushing chest pain, STEMI, straight to the cath lab',
  'who had been on the floor for two days before anyone found them',
  'with a perforated appendix we nearly missed',
  'in DKA, first presentation',
  'with a massive GI bleed, 8 units later stable',
  'who self-discharged against advice',
  'with sepsis from a tiny foot ulcer',
  'who needed intubating for a status seizure',
  'with a new diagnosis of leukaemia',
  'who thanked every single nurse before going home',
];
const WHEN = ['today', 'last night', 'this morning', 'on Sunday', 'tonight', 'yesterday', 'on my night shift', 'this afternoon'];
const OPEN = ['Had a', 'Saw a', 'Admitted a', 'Reviewed a', 'Clerked a', 'Looked after a'];

/** Composed case stories: a specific person, a setting, an event and a time, in varied order. */
export function composedPatientPositives(n: number, seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const style = i % 3;
    const age = pick(r, AGES);
    const who = pick(r, WHO);
    const s =
      style === 0
        ? `${pick(r, OPEN)} ${age} ${who} ${pick(r, SETTING)} ${pick(r, WHEN)} ${pick(r, EVENT)}.`
        : style === 1
          ? `${cap(pick(r, WHEN))} ${pick(r, SETTING)}: ${age} ${who} ${pick(r, EVENT)}. Long shift.`
          : `My patient ${pick(r, SETTING)} ${pick(r, WHEN)}, ${pick(r, EVENT).replace(/^who /, 'who ')}. Still thinking about it.`;
    out.push(s);
  }
  return out;
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

export const PATIENT_NEGATIVE: string[] = [
  'My mum was admitted to the ward last night. Thank you to the amazing team at the Royal.',
  'Spent the evening in A&E with my son, 6yo, who broke his wrist on the trampoline. Staff were brilliant.',
  'Two weeks after my own surgery and finally back on the wards. Be kind to yourselves.',
  'I was diagnosed with breast cancer last year at 41. Today I am back at work in clinic.',
  'Please be patient with us during the strike, clinics will be rescheduled.',
  'Patience is the most underrated clinical skill. Discuss.',
  'Patient safety week: our new sepsis screening tool goes live on all wards today.',
  'We saw 40 patients in clinic today and still finished on time!',
  '1 in 5 patients admitted with pneumonia over 65 will be readmitted within a year.',
  'Patients with asthma should have their inhaler technique checked at every review.',
  'Imagine a patient, 72yo man, admitted with chest pain. What would you do next?',
  'Teaching case, not a real patient: a 30-year-old woman presents to ED with headache.',
  'Composite case for the OSCE: 65yo smoker with haemoptysis referred by his GP.',
  'If a patient is admitted with DKA, start fixed-rate insulin per the trust guideline.',
  'A 70-year-old with new AF should be offered anticoagulation (NICE NG196).',
  'Great patient experience survey results for our department this quarter.',
  'My dad, 79, had his hip replaced today. Nurses on the ortho ward were wonderful.',
  'My daughter was born at 3am on the labour ward. Exhausted and in love.',
  'My wife was discharged this afternoon after her appendicectomy. Thank you NHS.',
  'Grandma is in resus at the Royal. Please send good thoughts.',
  'Hypothetical: a 45yo man with chest pain in clinic, normal ECG. Who would you refer?',
  'Quiz time! A 6 week old baby is brought to ED vomiting. Diagnosis? Answers below.',
  'Simulation session today: our mannequin patient arrested three times in resus. Great teaching.',
  'Our ED saw 412 patients yesterday, a record. Staff are exhausted.',
  'Patients over 75 are eligible for the RSV vaccine from September. Ask your GP.',
  'Reminder: patients on methotrexate need monthly bloods for the first 3 months.',
  'Patient participation group meeting tonight at the practice, all welcome.',
  'When a patient says "I feel like I am going to die", listen. Always.',
  'Scenario for tomorrow\'s teaching: a 25 year old woman collapses in clinic. Discuss management.',
  'Audit results: 92% of patients admitted with stroke were scanned within an hour.',
  'A&E waits this winter are the worst on record: 12 hour trolley waits for thousands of patients.',
  'Be patient, the new rota will be out next week.',
  'I had my own MRI today. Now I know why patients hate the noise.',
  'My partner was in ICU for a week last year. Being on the other side of the bed changed how I practise.',
  'Our new patient information leaflet on heart failure is out, feedback welcome.',
  'Patients with sickle cell crisis need analgesia within 30 minutes. Every time.',
  'Every patient deserves a named consultant. Proud of our ward\'s new model.',
  'New study: patients aged over 80 admitted with hip fracture do better with early surgery.',
  'Made-up example for the exam: an 8yo boy with a limp and fever. Septic arthritis until proven otherwise.',
  'My nan is 95 today and has never once been admitted to hospital. Legend.',
  'Role-play station: you are the registrar on call and a nurse calls about a 70yo man with low sats.',
  'Patients in the UK wait an average of 18 weeks for elective surgery.',
  'Patient transport is delayed again. Discharge lounge full.',
  'Tip: if a patient has a temperature and a new murmur, think endocarditis.',
  'So proud of our patient safety team for winning the national award today.',
  'My little boy had his tonsils out this morning. Paediatric day surgery team, you are stars.',
  'Our new patient portal lets you see your blood results at home.',
  'Patient feedback: "the doctor listened to me". That is all it takes.',
];

const FAMILY = ['My mum', 'My dad', 'My grandad', 'My sister', 'My husband', 'My little girl', 'My brother', 'My mother-in-law', 'My best friend', 'My son'];
const FAMILY_EVENT = [
  'was admitted to the ward last night',
  'is in A&E with a suspected fracture',
  'had surgery today and is recovering',
  'was diagnosed with diabetes this week',
  'got discharged this afternoon',
  'is in resus after a fall',
];
const GENERAL = [
  'Patients with {c} should be reviewed within 48 hours of discharge.',
  'A {a} with {c} needs a specialist referral according to the guideline.',
  'NICE recommends that patients with {c} are offered a structured education programme.',
  'If a patient presents with {c}, always check the lactate.',
  'Audit: 1 in 3 patients with {c} were not coded correctly on admission.',
  'New data on {c}: patients over 65 admitted to hospital have twice the mortality.',
];
const CONDS = ['heart failure', 'COPD', 'type 2 diabetes', 'sepsis', 'AF', 'delirium', 'asthma', 'CKD'];

export function composedPatientNegatives(n: number, seed = 11): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 2 === 0) out.push(`${pick(r, FAMILY)} ${pick(r, FAMILY_EVENT)}. ${pick(r, ['Thank you NHS.', 'Long night.', 'Staff were amazing.', 'Being a relative is hard.'])}`);
    else out.push(pick(r, GENERAL).replace('{c}', pick(r, CONDS)).replace('{a}', pick(r, ['70-year-old', '45yo', '60 year old'])));
  }
  return out;
}
