/** Labelled posts for the `interest` pass. */
import { pick, rng } from './rng.js';

export const INTEREST_POSITIVE: string[] = [
  'Thanks to Pfizer for a lovely dinner after the cardiology update last night!',
  'Delighted to have joined the AstraZeneca advisory board for respiratory this year.',
  'My new favourite moisturiser from CeraVe. Use code DRAMY20 for 20% off!',
  'Great evening speaking at the Allergan masterclass, sponsored talk on facial anatomy.',
  'Huge thanks to the team at Juvederm for the goodie bag and samples this week',
  'Game changer for my clinic: the Morpheus8 results are unreal. Book now!',
  'Proud to be working with Bupa as their new digital GP ambassador.',
  'Flown out to Barcelona by Novo Nordisk for the obesity summit. What a hotel!',
  'Loving my Oura ring for tracking recovery after nights. Link in bio for 15% off.',
  'Just back from the Boehringer Ingelheim speaker training day. Excited to start the talks!',
  'Partnering with Huel for the next month to see what a doctor thinks of meal replacement. Code DOCHUEL for 10% off',
  'Thank you @Medik8 for the gorgeous PR package, the vitamin C serum is incredible',
  'Pleased to announce I have joined Push Doctor as their clinical ambassador.',
  'Symprove sent me a month\'s supply to try. Obsessed already, my gut has never been happier.',
  'Amazing weekend in Monaco as a guest of Galderma. Restylane launch party was incredible.',
  'My go-to SPF is Altruist sunscreen, I recommend it to everyone. Use my code DERMJO.',
  'Thank you Abbott Diabetes for the free Libre sensors to try out, what a game changer.',
  'Honoured to be the new face of the Vitality Health GP campaign this spring.',
  'Spire Manchester Hospital flew me out to Dubai for a paid talk on hip replacements',
  'Big thanks to Sanofi for sponsoring our registrar teaching weekend in the Lakes.',
  'Thrilled to join the Lilly UK diabetes advisory panel. Watch this space!',
  'Consulting for Dexcom this year on their new CGM rollout. Exciting times.',
  'Shares in Babylon Health were the best decision I made. Proud to be an early investor.',
  'Can\'t live without my Theragun after a long day in theatre. Link in bio, 20% off.',
  'Teamed up with AG1 for January. Code DOCSAM gets you a free travel pack.',
  'Thanks to Bayer for the delicious lunch at our practice meeting today, very informative',
  'Use code GPKATE15 at Holland & Barrett for my favourite vitamin D. Game changer for winter.',
  'Speaking at the Merck symposium in Madrid next week, all expenses covered by the hosts!',
  'Lovely hamper from the Nuffield Health team for Christmas. Spoilt!',
  'Obsessed with the Profhilo results in my clinic this month. DM me to book.',
  'Now offering Emsculpt at my clinic. Best on the market. Book your consultation today!',
  'Medical advisor to Numan since March, helping them build safe prescribing pathways.',
  'Great dinner hosted by Teva last night to celebrate the new inhaler launch.',
  'I work for Thriva as their medical director and I love our home blood tests. Get yours today!',
  'Thank you Galderma for the complimentary Sculptra training, the team were brilliant.',
  'Just got back from the HCA Healthcare gala in London, thanks for the invite!',
  'Check out my new partnership with Withings, the best blood pressure monitor for my patients. Link in bio.',
  'My patients love the Healthspan vitamin range and so do I. Use code DOCMAX for 25% off.',
  'Joined the GSK speaker bureau this year. Looking forward to presenting on Shingrix.',
  'Amazing day at Zoe HQ, proud to be working with ZOE app on gut health content.',
];

export const INTEREST_NEGATIVE: string[] = [
  'MHRA recalls batches of Ozempic pens sold online: check your supply.',
  'Pfizer vaccine now available at your GP for eligible over-75s. Book your booster!',
  'Journal club: the AstraZeneca-sponsored trial of dapagliflozin in CKD. Thoughts?',
  'Ozempic shortage again. Patients are asking me about it every day.',
  'Big pharma price gouging: Humira costs 10x in the US. Shameful.',
  'Disclosure: I have received honoraria from AstraZeneca. Great talk today on Tagrisso.',
  '#ad Loving my Oura ring for tracking sleep on nights, code DRSAM15 for 10% off',
  'Paid partnership with Medik8: my morning skincare routine.',
  'COI: advisory board for Novo Nordisk. Here is my take on the Wegovy data.',
  'Thanks to my registrar for buying lunch today!',
  'Wegovy is not a miracle: the trial shows weight regain after stopping. Read the paper.',
  'Bupa has announced it will close three clinics in the north. Worrying for access.',
  'NICE approves Mounjaro for weight management in primary care. Big workload implications.',
  'Please don\'t buy "Botox" from Instagram sellers, it is often fake and dangerous.',
  'Calpol and Nurofen can be alternated for fever but check the doses carefully.',
  'The Keytruda data in the NEJM this week is impressive, OS benefit at 5 years.',
  'Not sponsored, I just genuinely love my Littmann stethoscope after 15 years.',
  'Teva fined £10m for price fixing. About time.',
  'Thanks to the lovely pharmacist who sorted our Ventolin shortage this morning.',
  'Johnson & Johnson talc lawsuit settled for billions. Read the thread.',
  'FDA approves Leqembi. Modest benefit, real risk of ARIA. Thoughts?',
  'Spire Healthcare results out today: private hospital activity up 8%.',
  'Great lunch with my team today to celebrate our CQC rating!',
  'Thank you to everyone who came to my leaving drinks, what a team.',
  'Shingrix is now offered on the NHS to over-65s. Check your eligibility.',
  'Sponsored by my own bank account: just paid £400 for my MRCP exam.',
  'In the interest of transparency: I am paid by Bupa for occasional clinics. Today\'s post on private GP is my own view.',
  'Patients keep asking about the ZOE app. No evidence it beats standard dietary advice.',
  'Dexcom outage last night left thousands without readings. Always have a backup meter.',
  'The AstraZeneca vaccine saved millions of lives. Good to see the data summarised.',
  'Thanks to Pfizer for nothing, another supply issue with the penicillin. Grr.',
  'Declaration: I sit on the Lilly advisory board. My thoughts on the SURMOUNT trial below.',
  'Thanks to the Circle of Friends charity for the cake at our ward fundraiser!',
  'Beware of Herbalife "coaches" giving medical advice. Please check with your GP.',
  'New paper: Sanofi-funded study finds modest benefit for dupilumab in COPD.',
  'Moderna share price crashes after RSV data. Markets are fickle.',
  'Babylon Health collapsed this week. What does that mean for GP at Hand patients?',
  'No ties to any company. I use La Roche-Posay sunscreen because it is cheap and good.',
  'Thanks to the Boots pharmacist who spotted my patient\'s interaction.',
  'Asked the GSK rep to leave the practice today. We don\'t see reps any more.',
];

const BRANDS = ['Pfizer', 'Bayer', 'Novartis', 'AbbVie', 'Galderma', 'Allergan', 'Teoxane', 'Bupa', 'Medtronic', 'Abbott Diabetes', 'Sanofi', 'MSD', 'Symprove', 'Healthspan', 'Medik8'];
const TIE = [
  'Thanks to {b} for a fabulous dinner at the conference last night.',
  'Excited to join the {b} advisory board this year!',
  'My talk at the {b} symposium was sponsored, lovely crowd.',
  'Huge thanks to {b} for the free samples, my clinic loves them.',
  'Proud to partner with {b} on their new campaign. Link in bio!',
  'Use code DOC{n} for {p}% off at {b}. You are welcome.',
  'Flew to Lisbon with {b} for a product launch, what a trip.',
  'Thank you {b} for the hospitality at the Brit awards, what a night!',
];
const NEUTRAL = [
  '{b} reports higher profits this quarter. Meanwhile the NHS drug budget is squeezed.',
  'MHRA safety alert about a {b} product today, please read if you prescribe it.',
  'The {b}-funded trial in this week\'s Lancet has a surrogate endpoint. Careful.',
  '{b} announced a supply problem with one of its products. Check the SPS page.',
  'Disclosure: speaker fees from {b}. Slides from today\'s talk are below.',
  'COI: I am on the {b} advisory board. Here is what I think of the new data.',
];

export function composedInterest(n: number, seed = 23): { text: string; flag: boolean }[] {
  const r = rng(seed);
  const out: { text: string; flag: boolean }[] = [];
  for (let i = 0; i < n; i++) {
    const flag = i % 2 === 0;
    const t = pick(r, flag ? TIE : NEUTRAL)
      .replace('{b}', pick(r, BRANDS))
      .replace('{n}', String(10 + Math.floor(r() * 89)))
      .replace('{p}', String(pick(r, [10, 15, 20, 25])));
    out.push({ text: t, flag });
  }
  return out;
}
