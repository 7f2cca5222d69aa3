/**
 * Ordinary posts a doctor writes every week (journal club, rota, public health, conferences,
 * teaching, life), composed from varied templates. None should be flagged; the eval reports how
 * many are, per 1,000.
 */
import { pick, rng } from './rng.js';

const TOPICS = ['SGLT2 inhibitors in heart failure', 'early mobilisation after hip fracture', 'tranexamic acid in trauma', 'steroids in community-acquired pneumonia', 'the new sepsis guidance', 'frailty scores in the ED', 'deprescribing in care homes', 'lung cancer screening', 'antibiotic stewardship', 'virtual wards', 'GLP-1 agonists and pancreatitis', 'the ketogenic diet in epilepsy', 'point-of-care ultrasound', 'physician associates', 'long COVID clinics', 'social prescribing', 'HPV self-sampling', 'statins for primary prevention', 'remote consulting', 'ADHD waiting lists'];
const CONFS = ['RCEM', 'the RCP annual conference', 'BSG', 'ESC in Amsterdam', 'the RCGP conference', 'SMACC', 'the Difficult Airway Society meeting', 'the BMJ Leaders summit', 'ICS State of the Art', 'the RCPsych congress', 'BAUS', 'the Acute Medicine conference'];
const CITIES = ['Leeds', 'Glasgow', 'Cardiff', 'Bristol', 'Manchester', 'Belfast', 'Birmingham', 'Newcastle', 'Brighton', 'Norwich', 'Edinburgh', 'Liverpool'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const FOOD = ['flapjacks', 'a curry', 'pizza', 'doughnuts', 'cake', 'a roast', 'tea and toast', 'chocolate biscuits'];
const HOBBY = ['parkrun', 'a long bike ride', 'wild swimming', 'the allotment', 'bouldering', 'choir practice', 'the school run', 'a hike up Pen y Fan', 'five-a-side', 'a pottery class'];
const PUBLIC = ['Flu jabs are now available for over-65s, pregnant women and people with long-term conditions.', 'Heatwave this week: check on older neighbours and drink water.', 'Measles cases are rising. Check your child has had both MMR doses.', 'Sun safety: SPF 30, shade at midday and a hat. Melanoma is mostly preventable.', 'Antibiotics do not work for colds. Rest, fluids and paracetamol.', 'Bowel screening kits save lives. If one lands on your doormat, do it.', 'Know the signs of stroke: face, arms, speech, time to call 999.', 'Carbon monoxide alarms save lives this winter.', 'Worried about a lump? See your GP. Most are nothing, but early matters.', 'Cervical screening has changed to HPV testing first. Book yours.'];
const TEACH = ['Teaching the new FY1s how to prescribe fluids {d}. Bring questions!', 'Slides from {d}\'s teaching on {t} are on the shared drive.', 'Simulation training for the new doctors on {d}, please sign up.', 'Great questions from the medical students at bedside teaching today.', 'Anyone got a good explainer on acid-base? Teaching {d}.', 'Our regional teaching on {t} was brilliant, thanks to all the speakers.', 'Running an ALS course in {c} this weekend. Tired already.', 'Top tip for new doctors: write down what you did and why. Future you will thank you.'];
const ROTA = ['New rota is out. Four nights in a row again in {m}.', 'Swapping my {d} long day for a weekend, anyone?', 'Rota gaps again this week, thank you to everyone covering.', 'Annual leave approved at last. Seven days of not answering my phone.', 'Induction day at the new trust. Twelve passwords and counting.', 'Last day of my rotation, going to miss this team.', 'Ward round done by 11, miracles happen.', 'Exception report submitted. Fourth this month.', 'Handover at 8, teaching at 1, clinic at 2. Lunch is a myth.'];
const JOURNAL = ['Journal club {d}: {t}. Good discussion on the methods.', 'Interesting meta-analysis on {t}, small effect size but consistent.', 'New Cochrane review on {t} this week. Worth a read.', 'The trial on {t} is underpowered but the question matters.', 'Reading list for the weekend: three papers on {t}.', 'Is anyone else unconvinced by the latest data on {t}?', 'Writing up our audit on {t} for the regional meeting.', 'Our poster on {t} was accepted for {conf}!'];
const CONF = ['Off to {conf} next week, who else is going?', 'Great session at {conf} on {t}.', 'Presenting our work on {t} at {conf} tomorrow, nervous!', 'Back from {conf}, head full of ideas and feet aching.', 'Missed {conf} this year but following the hashtag.', 'Excellent keynote on {t} at {conf} this morning.'];
const LIFE = ['Did {h} this morning before a late shift. Worth it.', 'Made {f} for the night team. Gone in ten minutes.', 'Rainy {d} in {c}. Perfect for a book and a nap.', 'Finally finished my portfolio. Time for {f}.', 'Took the kids to the beach in the rain. Very British.', 'My cat has discovered the keyboard. Sorry for any typos.', 'Passed my exam!!! Thank you to everyone who helped me revise.', 'First marathon done. Everything hurts.', 'Moving house this weekend, send pizza.', 'Happy {d}! Off to {h}.'];
const NHS = ['The NHS needs a proper workforce plan, not another review.', 'Corridor care is not safe care. We need beds and staff.', 'Proud of my colleagues, working flat out this winter.', 'Retention matters as much as recruitment. Look after your staff.', 'Our ED team did an incredible job this week under pressure.', 'Community services are the backbone of the NHS.', 'GP appointments are up 20% since 2019 with fewer GPs. Do the maths.', 'Strike day tomorrow. Emergency care covered, as always.', 'Pay restoration is about keeping doctors in the UK.', 'Please use 111 or your pharmacist for minor illnesses this weekend.'];
const QUESTIONS = ['Anyone know a good resource on {t} for patients?', 'What is your go-to podcast for the commute?', 'Recommendations for a comfortable pair of shoes for 13 hour shifts?', 'How do you all manage CPD alongside nights?', 'Any tips for the MRCP PACES exam?', 'Who else still writes handover on paper?'];

const FAMILIES = [TEACH, ROTA, JOURNAL, CONF, LIFE, NHS, QUESTIONS, PUBLIC.map((p) => p)];

export function ordinaryPosts(n: number, seed = 99): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const t = pick(r, pick(r, FAMILIES))
      .replace('{d}', pick(r, DAYS))
      .replace('{t}', pick(r, TOPICS))
      .replace('{conf}', pick(r, CONFS))
      .replace('{c}', pick(r, CITIES))
      .replace('{f}', pick(r, FOOD))
      .replace('{h}', pick(r, HOBBY))
      .replace('{m}', pick(r, ['March', 'August', 'December', 'June']));
    const tail = pick(r, ['', '', '', ' #medtwitter', ' #NHS', ' 🙌', ' #FOAMed', ' Thoughts?', ' (thread)']);
    out.push(t + tail);
  }
  return out;
}
