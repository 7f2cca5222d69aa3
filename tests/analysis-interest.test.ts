import { describe, expect, it } from 'vitest';
import { interestFindings } from '../src/analysis/interest.js';
import { ctx, input, makeAccount } from '../eval/records.js';

const run = (text: string, o: Parameters<typeof input>[1] = {}, s = ctx()) => interestFindings(input(text, o), s);

describe('interest pass: undeclared ties and promotion', () => {
  it.each([
    ['Thanks to Pfizer for a lovely dinner after the cardiology meeting last night!', 'medium'],
    ['Delighted to have joined the AstraZeneca advisory board for respiratory this year.', 'high'],
    ['My new favourite moisturiser from CeraVe. Use code DRAMY20 for 20% off!', 'high'],
    ['Great evening speaking at the Allergan masterclass, sponsored talk on facial anatomy.', 'high'],
    ['Huge thanks to the team at Juvederm for the goodie bag and samples this week', 'medium'],
    ['Game changer for my clinic: the Morpheus8 results are unreal. Book now!', 'low'],
    ['Proud to be working with Bupa as their new digital GP ambassador.', 'high'],
    ['Spire Manchester Hospital flew me out to Dubai for a paid talk, amazing trip', 'high'],
  ])('flags: %s', (text, severity) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(severity);
    expect(f[0].evidence.some((e) => e.kind === 'company')).toBe(true);
    expect(f[0].guidance).toEqual(['19']);
  });

  it('a discount code for a health product counts even when the brand is not in the list', () => {
    expect(run('My daily greens powder from VitaZing is brilliant, use code DOCJO for 15% off')).toHaveLength(1);
  });

  it.each([
    'Disclosure: I have received honoraria from AstraZeneca. Great talk today on Tagrisso.',
    '#ad Loving my Oura ring for tracking sleep on nights, code DRSAM15 for 10% off',
    'Paid partnership with Medik8: my morning skincare routine.',
    'COI: advisory board for Novo Nordisk. Here is my take on the Wegovy data.',
  ])('declared in the post: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('declared in the profile or in settings', () => {
    const text = 'Thanks to Pfizer for dinner after the lipid update evening.';
    expect(run(text, { account: makeAccount('doc', 'Dr A Person', 'Cardiologist. Disclosures: speaker fees from Pfizer, Amgen.') })).toEqual([]);
    expect(run(text, {}, ctx({ declaredInterests: ['Pfizer'] }))).toEqual([]);
    expect(run(text, {}, ctx({ declaredInterests: ['Bayer'] }))).toHaveLength(1);
  });

  it.each([
    'MHRA recalls batches of Ozempic pens sold online: check your supply.',
    'Pfizer vaccine now available at your GP for eligible over-75s. Book your booster!',
    'Journal club: the AstraZeneca-sponsored trial of dapagliflozin in CKD. Thoughts?',
    'Ozempic shortage again. Patients are asking me about it every day.',
    'Big pharma price gouging: Humira costs 10x in the US. Shameful.',
    'Off to a Circle of Willows retreat this weekend with my family.',
    'Lovely lunch with colleagues in the spire-shadowed cathedral town.',
    'Thanks to my registrar for the lunch today!',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interest pass: ties it could not see before (v2)', () => {
  it.each([
    // a company not in the lexicon, named next to the tie cue
    'Cheers Lumiglow for the box of sample serums, my skin clinic patients love them.',
    'Really enjoying my NovaSleep tracker, use DRTOM20 for money off your first one.',
    // company-paid travel for a group
    'Novartis flew a handful of us over to Basel for the launch. What a trip.',
    // speaking at a company's own meeting, subject left out
    'Spoke at Bayer\'s regional update on anticoagulation last night, wonderful hospitality.',
    // working sessions for a provider
    'I do a couple of sessions a week for Medicspot now, the future of primary care. Download the app!',
    // own clinic offers
    'Spring offer at my aesthetics clinic: Profhilo for £250 this month only. DM to book.',
    // gifts of named kit
    'Thanks @Omron for the new blood pressure monitor starter pack!',
  ])('flags: %s', (text) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.some((e) => e.kind === 'company')).toBe(true);
  });

  it.each([
    // people, places, public bodies and colleagues are not companies
    'Thanks to Priya for the cake on the ward today, lovely patients all week.',
    'Thanks to the team at Bristol for a lovely dinner after the regional teaching.',
    'Huge thanks to the Wellcome Trust for funding our fellowship in gut health.',
    'Loving the new Costa in the hospital foyer. Caffeine at last.',
    // declared, criticised or reported
    'Novartis flew a few of us to Basel; disclosure: travel and hotel paid by them.',
    'New report says Bupa waiting times are rising. Check out the numbers.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interest pass: more ways to be tied, and to declare (v4)', () => {
  it.each([
    'Spent the afternoon recording a patient education video for Novartis on heart failure. Out next month!',
    'Massive thanks to our friends at a well-known device company for the new dermatoscopes for the clinic.',
    'The rep from Medtronic lent us a loaner device for the month and honestly it is brilliant.',
    'Grateful to the people at Omron for the free blood pressure cuffs for our waiting room.',
    'Whole department got breakfast and new pens from the AstraZeneca reps this morning.',
    'Now offering private menopause clinics in Leeds on Tuesdays. Introductory prices for the first 10 patients!',
    'Cheers to the company that funded our simulation day — you know who you are 😉',
    'Thank you to our pharma sponsors for a brilliant regional registrar teaching day.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Sponsored post: working with Abbott on what CGM means for people with type 1 diabetes.',
    'Ad | My thoughts on the new Oral-B range, made with Oral-B.',
    'Transparency statement — Bayer paid for my travel to this congress. Notes from day one below.',
    'I recused myself from the formulary vote on the GSK inhaler because I advise them.',
    'My wife has just started a job at Pfizer, so proud of her!',
    'My sister is a Roche sales rep, so Christmas dinner is all oncology chat.',
    'Thanks to everyone who sponsored my 10k for the children\'s ward!',
    'Finally understood my NHS pension statement. Why is it so complicated?',
    'Why is every pen at this conference branded by a drug company? Thanks, I guess.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interest pass: company events, handles, model numbers, own products (v5)', () => {
  it.each([
    ['Had the best time speaking at the AstraZeneca respiratory summit in Lisbon', 'high'],
    ['Thanks @BostonSci for the lovely lunch after the workshop', 'medium'],
    ['The Butterfly iQ3 the company sent over has changed my ward rounds completely', 'medium'],
    ['Use code DRLEE10 for 10% off the magnesium I take on nights', 'high'],
    ['Grateful to Roche for supporting my attendance at ESMO this year', 'high'],
    ['The team at @ZavaUK asked me to review their new menopause service and it is excellent', 'high'],
    ['My new app SleepWell MD helps shift workers sleep. Download on Android today, first week free!', 'high'],
  ])('flags: %s', (text, severity) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe(severity);
  });

  it.each([
    'We are recruiting a clinical fellow in cardiology. Visa sponsorship available.',
    'The new CT scanner funded by our League of Friends arrived today. Thank you fundraisers!',
    'Pfizer announced a webinar series on vaccine uptake',
    'I watched the Novartis results webinar; the trial data are underwhelming',
    // a handle that only starts like a company is not that company
    'Thanks @boston for the lovely lunch after the workshop',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interest pass: gifts that arrive, stands, roles, founders, selling (v6)', () => {
  it.each([
    'Look what was waiting for me after clinic: the new SPF range, thank you @NovaDermaLabs! Packing it for my holiday.',
    'Come and see us on stand C22 at the diabetes congress; we are demoing the new patch all week.',
    'Proud to be representing Medtronic at the heart rhythm meeting in Glasgow this week.',
    "We've closed our seed round to grow Steady, the falls-prevention app we built. Trusts: message me for a pilot.",
    'Flights and hotel for the injector course all taken care of by the Allergan team. So grateful!',
    'I can get you the practitioner price on the omega-3 I take. Message me to order.',
    'Excited to start a consulting role with Kinetica Devices on their new knee brace.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Our new clinic room is finally painted. Thank you to the estates team for the hard work!',
    'Spoke at the cardiology symposium in Leeds on heart failure pathways. Slides on the RCP site.',
    'Disclosure: Allergan paid my flights and hotel for the injector course.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interest pass: side work, own products, company kit and trips (v7)', () => {
  it.each([
    'Saturday shift at Numan done, easiest consults of the week.',
    'A few sessions a month prescribing at Curaleaf Clinic now, happy to chat if you are curious about medical cannabis.',
    'My new online course on HRT for GPs is open: 6 CPD hours, £149, link in bio.',
    'Looking forward to my talk for AstraZeneca at the Leeds respiratory evening next week.',
    'Off to the urology congress in Milan on Olympus’s ticket, nice hotel booked.',
    'NIOX have left one of their FeNO machines with us for three months, already picked up two asthmatics.',
    'Huge thanks to Tom at Stryker for sorting our new arthroscopy stack, brilliant kit.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Great session at ESC in Amsterdam on SGLT2 inhibitors in heart failure.',
    'Night shift at Addenbrooke’s done, home to sleep.',
    'My friend has launched her period tracking app, I have no stake in it at all, just proud of her. Go and have a look!',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('interest pass: days away with a team, resellers, links that knock money off (v8)', () => {
  it.each([
    'Fantastic few days in Lisbon with the team from Sanofi. Great science and even better food.',
    'Anyone wanting the collagen drinks I use, message me, I am a distributor now and they have done wonders for my skin.',
    'The CGM I use myself is the FreeStyle Libre and I have a link that knocks a bit off if you DM me.',
    'Doing Botox at weekends at the Skin Rooms in Leeds now. Mention this post for £25 off your first treatment!',
    'Our start-up’s sepsis alert tool just got its UKCA mark! Trusts, drop me a line for a demo.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it('a pharmacy that stopped a service is news, not promotion', () => {
    expect(run('The Boots near us has stopped doing walk-in flu jabs, you have to book online now. Just FYI.')).toEqual([]);
  });
});

describe('interest pass: flown out, devices to test, co-developed products, hiring (v9)', () => {
  it.each([
    'Thanks @KneoMotion for flying me out to Munich to learn the new knee system.',
    'The makers of the PulseWise home ECG let me test one and I love it. Get one for your parents!',
    'Loved recording this podcast on sleep with the team at Restora Health. Listen free on their site.',
    'Proud to have co-developed DermaScan, the mole app now live on iOS. Every GP should recommend it.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it('a job advert is not a tie, whatever it co-designed', () => {
    expect(run("We're hiring two clinical fellows at St Bede's: a rota co-designed with trainees. Apply by Friday, link in comments.")).toEqual([]);
  });
});

describe('interest pass: a region after an unknown company name (v10)', () => {
  it('the company is "Kestrel Pharma", not skipped for the "UK" after it', () => {
    const f = run("Great to be back at Kestrel Pharma UK's offices today, running an advisory board on migraine care.");
    expect(f).toHaveLength(1);
    expect(f[0].explanation).toMatch(/Kestrel Pharma/);
  });

  it('a society is still not a company', () => {
    expect(run('Presenting our work at the Difficult Airway Society meeting tomorrow, sponsored session, nervous!')).toEqual([]);
  });
});

describe('interest pass: equity, backing, faculty, instructions, treatment prices (v11)', () => {
  it.each([
    ['Our little start-up Wardly just raised its £3m seed and my share options are suddenly real. Clinicians, build things!', /Wardly/],
    ['Massive thanks to Locumly Healthcare for backing the podcast this season, go and sign up with them for shifts', /Locumly Healthcare/],
    ['thank u @SonoSkills for having me on faculty again, code ANNA10 gets you 10% off the next POCUS day', /SonoSkills/],
    ['After five years reporting through Veritas Medicolegal I am now taking on new instructions for orthopaedic injury reports.', /Veritas Medicolegal/],
    ['Spring offer: anti-wrinkle two areas £150 at my clinic, message the page to book', /private clinic/],
    ['Our second weight-management clinic opens in Leeds next month, booking link in bio', /private clinic/],
    ['Consultancy for a Leeds medtech has become my favourite part of the week; my inbox is open to others.', /unnamed company/],
  ])('flags: %s', (text, who) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].explanation).toMatch(who);
  });

  it.each([
    // Capitals for emphasis, trial names and short acronyms are not brands.
    'Journal club Thursday: the FOURIER trial, CV outcomes. Lunch provided by the department, NOT by pharma.',
    // Someone else's price is a complaint, not an advert.
    "£79 for a private 'consultation' that is a web form. Online prescribing is the wild west.",
    'Sponsored by my own bank account: just paid £400 for my MRCP exam.',
  ])('stays quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
