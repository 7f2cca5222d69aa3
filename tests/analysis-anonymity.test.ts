import { describe, expect, it } from 'vitest';
import { anonymityFindings } from '../src/analysis/anonymity.js';
import { ctx, makeAccount } from '../eval/records.js';

describe('anonymity pass', () => {
  it.each([
    ['TheTiredReg', 'Tired Reg', 'Medical registrar. Views my own. #medtwitter'],
    ['DrGrumpy', 'Dr Grumpy', 'Moaning about the NHS since 2009'],
    ['gasdoc_north', 'Northern Gas', 'Consultant anaesthetist, ex-FRCA examiner. Cyclist.'],
    ['sleepy_fy1', 'Sleepy', 'FY1 somewhere in the Midlands. Caffeine dependent.'],
    ['mcr_gp', 'A GP', 'Salaried GP. Opinions my own.'],
    ['ortho_banter', 'Bone Setter', 'Orthopaedic surgeon. MBChB, FRCS (Tr&Orth).'],
  ])('flags %s', (handle, name, bio) => {
    const f = anonymityFindings(makeAccount(handle, name, bio), ctx());
    expect(f).toHaveLength(1);
    expect(f[0].subjectKey).toBe(`account:twitter:${handle}`);
    expect(f[0].guidance).toEqual(['17', '18']);
  });

  it.each([
    ['drjanesmith', 'Dr Jane Smith', 'GP in Leeds'],
    ['bonesaw99', 'Priya Raman', 'Orthopaedic surgeon. Views mine.'],
    ['kateicu', 'Kate', 'Staff nurse, ICU. #medtwitter'],
    ['medstudentmo', 'Mo', 'Final year medical student, future doctor'],
    ['paramedic_pete', 'Pete', 'Paramedic. Blue lights and tea.'],
    ['vetsam', 'Dr Sam', 'Small animal vet, MRCVS'],
    ['drphysics', 'Dr Phil', 'PhD in physics. Cosmology nerd.'],
    ['docmartensfan', 'Boots', 'Doc Martens collector'],
    ['whovian', 'TARDIS', 'Doctor Who fan since 1979'],
    ['riverside_surgery', 'Riverside Surgery', 'GP practice in Bristol. We are open 8-6.'],
    ['nhs_trust', 'Northshire NHS Foundation Trust', 'News from our hospitals. #medtwitter'],
    ['spoonie_sal', 'Sal', 'Patient advocate living with lupus. Not a doctor.'],
  ])('quiet on %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });

  it('the doctor\'s own full name in settings counts as naming', () => {
    const acct = makeAccount('thegasman', 'Gas Man', 'Consultant anaesthetist. Sam Okafor-Reid');
    expect(anonymityFindings(makeAccount('thegasman', 'Gas Man', 'Consultant anaesthetist.'), ctx())).toHaveLength(1);
    expect(anonymityFindings(acct, ctx({ fullName: 'Sam Okafor-Reid' }))).toEqual([]);
  });

  it('2024 edition cites SM 9 only and explains "say who you are"', () => {
    const f = anonymityFindings(makeAccount('DrGrumpy', 'Dr Grumpy', 'NHS doctor'), ctx({ edition: '2024' }));
    expect(f[0].guidance).toEqual(['SM 9']);
    expect(f[0].explanation).toMatch(/who you are/);
  });
});

describe('anonymity pass: grades, specialties and names (v2)', () => {
  it.each([
    ['obgyn_north', 'Labour Ward Owl', 'Obstetrics & gynaecology registrar, MRCOG.'],
    ['st3_gensurg', 'Knife Edge', 'ST3 general surgery in the Midlands.'],
    ['pgy2_im', 'Night Float', 'PGY-2 internal medicine resident.'],
    ['nchd_cork', 'Cork NCHD', 'NCHD in paediatrics. Views my own.'],
    ['airway_app', 'Airway Apprentice', 'CT1 anaesthetics, still learning.'],
    ['dr_amira', 'Dr Amira', 'Consultant in palliative medicine.'],
  ])('flags %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toHaveLength(1);
  });

  it.each([
    // a given name with a word-like surname is still a full name
    ['swalker_gp', 'Sarah Walker', 'GP partner in Leeds. MRCGP.'],
    // the handle spells the full name
    ['DrAishaKhanGP', 'Dr Aisha', 'GP partner in Leicester.'],
    // doctorates and roles that are not medical doctors
    ['dvm_ana', 'Dr Ana', 'DVM. Mixed practice vet.'],
    ['pharmd_li', 'Dr Li', 'PharmD, clinical pharmacist.'],
    ['histdoc', 'Dr Rowan', 'PhD, medieval manuscripts. Not that kind of doctor.'],
    ['acp_kim', 'Kim', 'Advanced clinical practitioner in ED.'],
    ['tree_tim', 'Tim', 'Tree surgeon. Chainsaws.'],
  ])('quiet on %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });
});

describe('anonymity pass: name shapes and look-alike roles (v4)', () => {
  it.each([
    // initials and a surname
    ['kt_adebayo', 'K. T. Adebayo', 'Consultant haematologist.'],
    ['rheum_mensah', 'Dr E. Mensah', 'Rheumatology consultant, Kent.'],
    // the name is only in the bio, after a title
    ['nightsurgeon', 'Night Surgeon', 'ST5 general surgery — Dr Fionnuala MacDermott. Views my own.'],
    // particles inside a name
    ['farid_gp', 'Farid bin Hassan', 'GP partner, Leicester.'],
    ['lotte_icu', 'Lotte van der Berg', 'Intensivist in Leeds.'],
    // surname first, given name second
    ['oyelaran_t', 'Oyelaran Tunde', 'Paediatric registrar.'],
    // surnames written the way rotas write them
    ['rota_okoye', 'OKOYE Chidi', 'Core surgical trainee.'],
    ['whitfield_m', 'Whitfield M', 'Consultant urologist.'],
    // the handle spells the name the display name or bio only half gives
    ['drdavidachterberg', 'David', 'Acute medicine consultant.'],
    ['mingxiaolan', 'Dr Ming', 'Respiratory registrar. Ming Xiao Lan on asthma and air quality.'],
    ['esme_oyelowo', 'Esme', 'Foundation doctor in Hull.'],
    ['thandeka_mokoena', 'thandeka', 'anaesthetics registrar in durban. thandeka mokoena.'],
  ])('names the person: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });

  it.each([
    ['pa_nadia', 'PA Nadia', 'Physician associate working in acute medicine.'],
    ['future_doc_yr2', 'Second year medic', 'Medical student. Future neurosurgeon, hopefully.'],
    ['drbeats', 'Dr Beats', 'DJ and producer. Writing prescriptions for the dancefloor.'],
    ['house_fan', 'Scrubs Fan', 'Watching every hospital drama going. Not a doctor!'],
    ['locumsdirect', 'Locums Direct', 'Locum doctor recruitment agency covering the north.'],
    ['ivf_pod', 'The Fertility Hour', 'A podcast about fertility medicine with two consultant gynaecologists.'],
    ['immuno_postdoc', 'Dr Ife', 'Postdoc in immunology. Doctor, but of cells.'],
    ['hearing_dr', 'Dr Hear', 'Audiologist. Hearing tests and tinnitus clinics.'],
    ['feet_first', 'Dr Feet', 'Podiatrist. Bunions are my business.'],
  ])('does not present as a doctor: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });

  it.each([
    // a title and an everyday word, or a first name and a role, is not a name
    ['DrNoName', 'Dr N', 'Just a doctor. Opinions mine.'],
    ['sam_icureg', 'Sam', 'ICU registrar. Coffee.'],
    ['sleepy_sarah', 'Sleepy Sarah', 'GP trainee in Essex.'],
    ['gas_greg', 'Greg Gas', 'Anaesthetics registrar.'],
    ['nadia_k', 'Nadia K.', 'Consultant neurologist. NHS.'],
  ])('still flags %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toHaveLength(1);
  });
});

describe('anonymity pass: titled initials, relatives, nickname handles (v5)', () => {
  it('an initial with its full stop and a double-barrelled surname names the person', () => {
    expect(anonymityFindings(makeAccount('kidneydoc_ng', 'Dr. B. Adeyemi-Cole', 'Consultant nephrologist. FRCP.'), ctx())).toEqual([]);
  });

  it.each([
    ['proud_dad_of_a_doc', 'Proud dad of a junior doctor', 'My son is an FY1 in Leeds. Retired engineer.'],
    ['drwellness', 'Dr Wellness', 'Gut health coach. Not a medical doctor.'],
  ])('not presenting oneself as a doctor: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });

  it('a given name and "the GP" run together in a handle is a nickname, not a name', () => {
    expect(anonymityFindings(makeAccount('chloethegp', 'Chloe TheGP', 'Salaried GP. MRCGP.', 'facebook'), ctx())).toHaveLength(1);
  });
});

describe('anonymity pass: personas against names beyond the lists (v6)', () => {
  it.each([
    ['rads_recluse', 'Rads Recluse', 'Consultant radiologist. FRCR.'],
    ['anaesth_badger', 'Sleepy Gas Badger', 'Consultant anaesthetist. MBChB FRCA.'],
    ['docteure_l', 'Docteur L.', 'Médecin urgentiste à Lyon.'],
  ])('a persona: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toHaveLength(1);
  });

  it.each([
    ['chen_cardio', 'CHEN Yufei', 'Cardiology registrar, Manchester.'],
    ['drchiomaokeke', 'Sunshine ☀️', 'Paediatric registrar. #MedTwitter'],
    ['venkat_ent', 'venkatesh raghunathan', 'ent registrar. cricket.'],
    ['morag_gp', 'Dr Morag NicLeòid', 'GP in Stornoway.'],
  ])('names the person: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });
});

describe('anonymity pass: dotted degrees, brands and charities (v9)', () => {
  it('a first name and dotted degrees is an anonymous doctor', () => {
    expect(anonymityFindings(makeAccount('mbbs_anita', 'Anita', 'M.B.B.S., MRCP(UK) | acute med | chai'), ctx())).toHaveLength(1);
  });

  it.each([
    ['DrDewSkin', 'Doctor Dew', 'Skincare you can trust. Dermatologist-inspired formulas. Shop now'],
    ['HeartKidsUK', 'Heart Kids', 'Charity for children with heart disease. Our trustees include two consultant cardiologists.'],
    ['GMCDefence', 'GMC Defence', 'Medico-legal support for doctors. Call us today.'],
  ])('an organisation, not a doctor: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });
});

describe('anonymity pass: other languages, made-up names, grades in handles, particles (v10)', () => {
  it.each([
    ['y_meddyg_gog', 'Y Meddyg', 'Meddyg teulu yn y gogledd. Barn fy hun.'],
    ['daktari_jo', 'Daktari Jo', 'Working in acute medicine in Leeds. Views my own.'],
    ['pillpusher_gp', 'Penny Pills', 'GP and polypharmacy grump. Not my real name, obviously.'],
    ['rosie.st2', 'Rosie ST2', 'Paediatric trainee in the North East. Cats and rota moans.'],
  ])('flags %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toHaveLength(1);
  });

  it.each([
    ['gas_niamh', 'Gas Girl', 'Anaesthetic registrar in Cork. Niamh Nic Dhonnchadha on the register.'],
    ['DocMotorsLeeds', 'Doc', 'Mechanic in Leeds. They call me Doc because I fix what is broken. Cars only.'],
    ['ExamPrepMed', 'ExamPrep Med', 'MRCP revision by doctors, for doctors. Question banks and mocks.'],
    ['drjonah_pen', 'Dr Jonah Penhale', 'GP. My pen name for fiction is Jonah Pike, real name above.'],
  ])('not anonymous: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });
});

describe('anonymity pass: a role where a surname would be, prefixed words, the longest given name (v11)', () => {
  it.each([
    // A word then a role is a persona, in any language.
    ['medicocansado', 'El Médico Cansado', 'Médico de urgencias trabajando en el NHS | MIR → CCT'],
    ['nightsnell', 'Nell Medic', 'Acute medicine reg on nights more than days. Tea first.'],
    // An everyday word behind a prefix is no surname ("exarmy", "supermum").
    ['tom.exarmy', null, 'Ex-army doctor, now a salaried GP in Wiltshire. MBBS.'],
    // A foundation doctor's joke about surviving is not a patient's profile.
    ['bleepfree_f1', 'fy1 survivor', 'foundation doctor in the midlands. one bleep at a time.'],
    // Words people add to a handle ("official", "tweets") are not a surname.
    ['dr.jo.official', 'Dr Jo', 'Junior doctor, MBChB Glasgow 2021. Dog mum.'],
    // A quotation's author names someone else.
    ['oslerquotes_fy2', 'Listen to the patient', '"Listen to your patient, he is telling you the diagnosis." — William Osler. FY2 in Leeds.'],
  ])('flags %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toHaveLength(1);
  });

  it.each([
    ['samanthaokoro', 'Dr S', 'Consultant physician in Bristol.'],
    ['drannabellesmith', 'Dr A', 'GP partner in Kent.'],
    ['ahmed.hakeem', 'Ahmed Hakeem', 'Consultant cardiologist, Leicester.'],
    // In the UK a vet is a "veterinary surgeon".
    ['smallanimalvet', 'vet surgeon', 'MRCVS. Small animal. Threads about dogs who eat socks.'],
    ['TheNightShiftDocs', 'The Night Doctors', 'Indie four-piece from Sheffield. New single out now.'],
    // A name written with accents is still a name.
    ['heartsandminds_', 'Hearts & Minds', "Cardiology SpR. Husband, dad, bad golfer. Tweets by me, Tomás O'Sullivan."],
  ])('not anonymous: %s', (handle, name, bio) => {
    expect(anonymityFindings(makeAccount(handle, name, bio), ctx())).toEqual([]);
  });
});
