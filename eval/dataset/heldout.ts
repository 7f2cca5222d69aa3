/**
 * A held-out set written after the passes were tuned on the main set. Its first, untouched run
 * gave patient R 0.57, interest P 0.75 R 0.50, anonymity R 0.75: the honest estimate for unseen
 * archives. It was then used once to fix whole failure classes (unknown adjectives, thanking a
 * company by name, specialty-before-grade), so it is no longer clean; write a fresh one to re-measure.
 */
import type { LabelledAccount } from './accounts.js';

export const HELDOUT_POSTS: { text: string; patient?: boolean; interest?: boolean }[] = [
  { text: 'Sat with a dying man on the respiratory ward at 4am because his family couldn\'t get there in time. He squeezed my hand.', patient: true },
  { text: 'Today\'s clinic: a 23yo electrician with a swollen knee he\'d ignored for months. Gout. At 23!', patient: true },
  { text: 'Got punched by a drunk patient in majors last night. Second time this month. Not ok.', patient: true },
  { text: 'That moment when the grandmother you resuscitated on Friday waves at you from her bed on the CCU.', patient: true },
  { text: 'The boy with the broken arm I plastered yesterday drew me a picture. It\'s on the fridge now.', patient: true },
  { text: 'Newborn in NICU, 26 weeks, 700g, parents from Rotherham. Fighting so hard. Please keep them in your thoughts.', patient: true },
  { text: 'Tricky consult this morning with a woman whose husband had just been given 6 months. She wanted to know how to tell the kids.', patient: true },
  { text: 'Called time of death on a 16 year old cyclist in resus this afternoon. Wear a helmet. Please.', patient: true },
  { text: 'Lady I saw for her smear today had never been screened before, aged 58. Persuaded her. Small wins.', patient: true },
  { text: 'Home visit to a 99yo former Spitfire mechanic today. Stories for days. Chest infection, staying home with antibiotics.', patient: true },
  { text: 'The anorexic teenager we admitted last week has started eating again. The ward team are amazing.', patient: true },
  { text: 'Our longest stayer on the ward went home today after 11 months. The whole team lined the corridor.', patient: true },
  { text: 'A 40 year old rugby coach came into ED today with a headache and left with a diagnosis of a brain tumour. Life is fragile.', patient: true },
  { text: 'Patient swore at me for 10 minutes in clinic today because I wouldn\'t prescribe antibiotics for a virus.', patient: true },
  { text: 'My mum had her cataract done today, the day surgery unit were fantastic.', patient: false },
  { text: 'Patients waiting more than 12 hours in ED rose again in January according to NHS England data.', patient: false },
  { text: 'For revision: a 54-year-old man presents with painless jaundice and weight loss. Next step?', patient: false },
  { text: 'I had a stroke at 38. Two years later I\'m back doing ward rounds. Thread on recovery.', patient: false },
  { text: 'Patiently waiting for the new consultant contract. Any day now.', patient: false },
  { text: 'Most patients with back pain get better within six weeks without scans.', patient: false },
  { text: 'Our hospital admitted 180 patients yesterday, the busiest day since 2020.', patient: false },
  { text: 'Sim teaching today: the "patient" was a dummy called Dave who arrested every five minutes.', patient: false },
  { text: 'My toddler\'s first trip to A&E tonight. Doctor parents are the worst parents.', patient: false },
  { text: 'Reminder: any patient on a DOAC with a head injury needs a CT within 8 hours.', patient: false },
  { text: 'Thanks AbbVie for sending the team pizza to the rheumatology day unit today!', interest: true },
  { text: 'Can confirm the Dysport masterclass in Milan (thank you Ipsen!) was five-star all the way.', interest: true },
  { text: 'My Withings scale arrived free as part of their clinician programme. Loving the data.', interest: true },
  { text: 'Get 30% off your first Myprotein order with my code DRBEN30. Fuel for nights!', interest: true },
  { text: 'Excited to share I\'m now a paid consultant for Medtronic on their diabetes tech.', interest: true },
  { text: 'Had a wonderful time at the Roche oncology evening, thank you for having us.', interest: true },
  { text: 'Pfizer announced their quarterly results today, down on last year as Covid sales fall.', interest: false },
  { text: 'Another Medtronic pump recall. Please check your patients\' serial numbers.', interest: false },
  { text: 'Full disclosure: I\'ve had speaker fees from Novartis. With that said, the Entresto data is solid.', interest: false },
  { text: 'Stop asking for Ozempic for a wedding, it is for diabetes and obesity care.', interest: false },
  { text: 'Bupa waiting times for physio are now longer than some NHS services. Interesting.', interest: false },
  { text: 'The GSK RSV vaccine is now on the NHS for over-75s. Book in with your practice.', interest: false },
];

const X = (handle: string, displayName: string, bio: string, anonymousDoctor: boolean): LabelledAccount => ({ platform: 'twitter', handle, displayName, bio, anonymousDoctor });

export const HELDOUT_ACCOUNTS: LabelledAccount[] = [
  X('acute_med_anon', 'Acute Med', 'Consultant acute physician. Writing about flow, frailty and the front door.', true),
  X('DrNoName', 'Dr N', 'Just a doctor with opinions. Views entirely my own.', true),
  X('ent_reg_uk', 'ENT Reg', 'ENT registrar in the south west. Noses are my business.', true),
  X('palliativepal', 'Compassion', 'Palliative medicine consultant. Talking about death so you don\'t have to.', true),
  X('chloeparkmd', 'Chloe Park MD', 'Family physician, Toronto. Mum of 2.', false),
  X('amit_cardio', 'Amit Desai', 'Cardiologist | FRCP | Runner', false),
  X('wardsister_wendy', 'Wendy', 'Ward sister, 30 years a nurse. Tea and common sense.', false),
  X('year3medic', 'Third Year', 'Year 3 medical student at Cardiff. Anatomy is hard.', false),
];
