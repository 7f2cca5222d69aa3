/** Labelled accounts for the `anonymity` pass: one archive each. */
import type { Platform } from '../../src/model.js';

export interface LabelledAccount {
  platform: Platform;
  handle: string;
  displayName: string;
  bio: string;
  /** For LinkedIn and Facebook, the real name fields of the export. */
  first?: string;
  last?: string;
  anonymousDoctor: boolean;
}

const X = (handle: string, displayName: string, bio: string, anonymousDoctor: boolean): LabelledAccount => ({ platform: 'twitter', handle, displayName, bio, anonymousDoctor });

export const ACCOUNTS: LabelledAccount[] = [
  X('TheTiredReg', 'Tired Reg', 'Medical registrar somewhere in the north. Views my own. #medtwitter', true),
  X('DrGrumpy', 'Dr Grumpy', 'Moaning about the NHS since 2009.', true),
  X('gasdoc_north', 'Northern Gas', 'Consultant anaesthetist, ex-FRCA examiner. Cyclist.', true),
  X('sleepy_fy1', 'Sleepy', 'FY1 in the Midlands. Caffeine dependent.', true),
  X('mcr_gp', 'A GP', 'Salaried GP. Opinions my own.', true),
  X('ortho_banter', 'Bone Setter', 'Orthopaedic surgeon. MBChB, FRCS (Tr&Orth). Gym.', true),
  X('SecretPaeds', 'The Secret Paediatrician', 'Paediatric consultant. Telling it like it is.', true),
  X('ED_night_owl', 'Night Owl', 'Emergency physician. Nights forever. #FOAMed #medtwitter', true),
  X('psych_thoughts', 'Mind Matters', 'Psychiatrist, MRCPsych. Writing about mental health and the system.', true),
  X('rural_doc_wales', 'Rural Doc', 'Rural GP in west Wales, dog walker, rugby fan.', true),
  X('JuniorDrDiaries', 'Junior Doctor Diaries', 'Stories from the frontline of the NHS. Junior doctor. All opinions my own.', true),
  X('cardioreg88', 'Cardio Reg', 'ST5 cardiology. Echo nerd.', true),
  X('the_locum_life', 'Locum Life', 'Locum GP. Travelling the country one surgery at a time.', true),
  X('DrMedicMum', 'Dr Mum', 'Mum of 3. Part time doctor. Full time tired.', true),
  X('neurosurg_anon', 'Anon Neurosurgeon', 'Neurosurgeon. No names, no pack drill.', true),
  X('icudoc_uk', 'ICU Doc', 'Intensivist, FFICM. Tweeting from the ITU.', true),
  X('obs_and_gobs', 'Obs & Gobs', 'Obstetrician and gynaecologist. Labour ward lifer.', true),
  X('radiology_rants', 'Shadows', 'Consultant radiologist. FRCR. Spotting things on scans since 2005.', true),
  X('GPwithaview', 'GP with a view', 'GP partner in a seaside town. MRCGP. Long walks.', true),
  X('shoonstrike', 'On Strike', 'SHO, surgical rotation. Pay restoration now.', true),
  X('medreg_mike', 'Mike', 'Med reg. Acute medicine. Views mine.', true),
  X('DrSarahJenkins', 'Dr Sarah Jenkins', 'GP in Bristol. MRCGP. Talks about women\'s health.', false),
  X('bonesaw99', 'Priya Raman', 'Orthopaedic surgeon. Views mine.', false),
  X('gasman_tom', 'Tom Whitfield', 'Consultant anaesthetist, FRCA. Runner.', false),
  X('paedsdoc', 'Dr Oluwaseun Adeyemi', 'Paediatric registrar in London. #medtwitter', false),
  X('kateicu', 'Kate', 'Staff nurse, ICU. #medtwitter', false),
  X('medstudentmo', 'Mo', 'Final year medical student, future doctor.', false),
  X('paramedic_pete', 'Pete', 'Paramedic. Blue lights and tea.', false),
  X('vetsam', 'Dr Sam', 'Small animal vet, MRCVS. Cats > dogs.', false),
  X('drphysics', 'Dr Phil', 'PhD in physics. Cosmology nerd.', false),
  X('docmartensfan', 'Boots & Co', 'Doc Martens collector. Vintage leather.', false),
  X('whovian1979', 'TARDIS Blue', 'Doctor Who fan since 1979.', false),
  X('riverside_surgery', 'Riverside Surgery', 'GP practice in Bristol. We are open 8-6 Monday to Friday.', false),
  X('northshire_nhs', 'Northshire NHS Foundation Trust', 'News from our hospitals. #medtwitter', false),
  X('spoonie_sal', 'Sal', 'Patient advocate living with lupus.', false),
  X('midwife_meg', 'Meg', 'Community midwife. Home births and biscuits.', false),
  X('pharmacist_raj', 'Raj', 'Hospital pharmacist. Antimicrobial stewardship.', false),
  X('dentist_dave', 'Dr Dave', 'Dentist, BDS. Floss daily.', false),
  X('histphd', 'Dr Ellie', 'Historian. PhD in history. Tudor obsessive.', false),
  X('coffee_and_code', 'Coffee & Code', 'Software engineer. Consultant. Coffee.', false),
  X('drmarcuslee', 'Marcus Lee', 'ED consultant, FRCEM. Leeds.', false),
  X('jess_gp', 'Jess Okonkwo', 'GP and medical educator. MRCGP.', false),
  X('physio_phoebe', 'Phoebe', 'MSK physiotherapist. Runner.', false),
  X('futuredrsara', 'Sara', 'Aspiring doctor. Year 13. Applying for medicine!', false),
  X('tree_surgeon_tim', 'Tim', 'Tree surgeon. Chainsaws and climbing.', false),
  X('hannah_h', 'Hannah', 'Runner, baker, reader.', false),
  {
    platform: 'facebook', handle: 'dr.anon.fb', displayName: 'Amelia Hart', bio: '', first: 'Amelia', last: 'Hart', anonymousDoctor: false,
  },
  { platform: 'facebook', handle: 'ben.fb', displayName: 'Ben Carter', bio: '', first: 'Ben', last: 'Carter', anonymousDoctor: false },
  { platform: 'facebook', handle: 'chi.fb', displayName: 'Chioma Eze', bio: '', first: 'Chioma', last: 'Eze', anonymousDoctor: false },
  { platform: 'facebook', handle: 'dan.fb', displayName: 'Daniel Moss', bio: '', first: 'Daniel', last: 'Moss', anonymousDoctor: false },
  { platform: 'facebook', handle: 'ella.fb', displayName: 'Ella Fraser', bio: '', first: 'Ella', last: 'Fraser', anonymousDoctor: false },
  { platform: 'linkedin', handle: 'li1', displayName: 'Amara Okafor', bio: 'Consultant in Emergency Medicine', first: 'Amara', last: 'Okafor', anonymousDoctor: false },
  { platform: 'linkedin', handle: 'li2', displayName: 'Rhys Davies', bio: 'GP Partner | MRCGP', first: 'Rhys', last: 'Davies', anonymousDoctor: false },
  { platform: 'linkedin', handle: 'li3', displayName: 'Mei Chen', bio: 'Consultant Cardiologist, FRCP', first: 'Mei', last: 'Chen', anonymousDoctor: false },
  { platform: 'linkedin', handle: 'li4', displayName: 'Fatima Malik', bio: 'Medical Director | Digital health', first: 'Fatima', last: 'Malik', anonymousDoctor: false },
  { platform: 'linkedin', handle: 'li5', displayName: 'Owen Price', bio: 'Anaesthetics registrar', first: 'Owen', last: 'Price', anonymousDoctor: false },
];
