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
