import { describe, expect, it } from 'vitest';
import { patientFindings } from '../src/analysis/patient.js';
import { ctx, input, makeMedia } from '../eval/records.js';

const run = (text: string, o: Parameters<typeof input>[1] = {}, s = ctx()) => patientFindings(input(text, o), s);

describe('patient pass: flags posts about an individual patient', () => {
  it.each([
    'My patient this morning cried when I told her the scan was clear.',
    'The lady in bed 4 has been asking for her husband all night, heartbreaking on the ward.',
    'Had a 72yo man in resus tonight, intubated him and shipped him up to ICU.',
    'A patient I saw in clinic today had waited 3 years for a diagnosis. Shameful.',
    'This morning in clinic a young lad came in with testicular pain, turned out to be torsion.',
    'pt was admitted with a GCS of 3 after a fall down the stairs',
    'One of my patients was discharged today after 94 days on ICU. Brought cake!',
  ])('flags: %s', (text) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].pass).toBe('patient');
    expect(f[0].evidence.some((e) => e.kind === 'patient-reference')).toBe(true);
    expect(f[0].subjectKey).toMatch(/^post:twitter:/);
  });

  it('grades by quasi-identifiers: many details are high, few are low', () => {
    const many = run("Lovely 84yo lady in bed 4 on Ward 7 at St Mary's Hospital, a retired teacher, diagnosed with Huntington's on Tuesday.");
    expect(many[0].severity).toBe('high');
    for (const k of ['age', 'sex', 'place', 'occupation', 'rare-condition', 'date-time']) expect(many[0].evidence.map((e) => e.kind)).toContain(k);
    const few = run('My patient thanked me for the care we gave on the ward.');
    expect(few[0].severity).toBe('low');
  });

  it('a photo attached raises severity and is cited as evidence', () => {
    const without = run('My patient in bed 2 finally walked on the ward after surgery.');
    const withPhoto = run('My patient in bed 2 finally walked on the ward after surgery.', { media: [makeMedia()] });
    const order = { low: 0, medium: 1, high: 2 };
    expect(order[withPhoto[0].severity]).toBeGreaterThan(order[without[0].severity]);
    expect(withPhoto[0].evidence.some((e) => e.kind === 'photo')).toBe(true);
  });

  it('a patient name makes it high, but the doctor\'s own name is not a patient name', () => {
    expect(run('Mrs Henderson in bed 6 was discharged today, bless her.')[0].severity).toBe('high');
    const own = run('My patient on the ward today said "thanks Dr Patel" and asked Mr Patel to visit.', {}, ctx({ fullName: 'Anil Patel' }));
    expect(own[0].evidence.some((e) => e.kind === 'name')).toBe(false);
  });

  it('"details changed" stories are still flagged, one level lower', () => {
    const plain = run('Had an 84yo woman in resus on Tuesday at the Royal Infirmary, a retired headteacher with a stab wound.');
    const changed = run('Had an 84yo woman in resus on Tuesday at the Royal Infirmary, a retired headteacher with a stab wound (details changed).');
    expect(changed).toHaveLength(1);
    expect(plain[0].severity).toBe('high');
    expect(changed[0].severity).toBe('medium');
  });

  it('evidence offsets point at the words', () => {
    const text = 'Saw a 45-year-old man in A&E last night with chest pain.';
    const f = run(text)[0];
    for (const e of f.evidence.filter((x) => x.field === 'text')) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('cites the edition the doctor chose', () => {
    expect(run('My patient was admitted today.')[0].guidance).toEqual(['12', '13', '14']);
    expect(run('My patient was admitted today.', {}, ctx({ edition: '2024' }))[0].guidance).toEqual(['SM 18', 'SM 19', 'SM 20', 'GMP 88']);
  });
});

describe('patient pass: hard negatives stay quiet', () => {
  it.each([
    'My mum was admitted to the ward last night. Thank you to the amazing team.',
    'Spent the evening in A&E with my son, 6yo, who broke his wrist on the trampoline.',
    'Two weeks after my own surgery and finally back on the wards. Be kind to yourselves.',
    'I was diagnosed with breast cancer last year at 41. Now back at work in clinic.',
    'Please be patient with us during the strike, clinics will be rescheduled.',
    'Patience is the most underrated clinical skill.',
    'Patient safety week: our new sepsis screening tool goes live on all wards.',
    'We saw 40 patients in clinic today and still finished on time!',
    '1 in 5 patients admitted with pneumonia over 65 will be readmitted within a year.',
    'Patients with asthma should have their inhaler technique checked at every review.',
    'Imagine a patient, 72yo man, admitted with chest pain. What would you do next?',
    'Teaching case, not a real patient: a 30-year-old woman presents to ED with headache.',
    'Composite case for the OSCE: 65yo smoker with haemoptysis referred by his GP.',
    'If a patient is admitted with DKA, start fixed-rate insulin per the trust guideline.',
    'A 70-year-old with new AF should be offered anticoagulation (NICE NG196).',
    'Great patient experience survey results for our department this quarter.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('patient pass: references it could not see before (v2)', () => {
  it.each([
    // any person-noun phrase, anchored by a setting and a story
    'Handed over a very frightened young soldier in cubicle 2 to the surgeons at 6am.',
    'Grumpy pensioner on the AMU tonight refused every cannula we offered him.',
    // clinical shorthand for age and sex
    'Night shift special: 82 y/o F with a hip she had been sitting on since Tuesday.',
    // the bare word as the subject of a story
    'Pt yesterday brought me a thank-you card for spotting her thyroid problem.',
    // a patient's relative
    'Long call with a patient\'s son who wanted to know why his father was moved wards overnight.',
    // a reply to a relative about the care the doctor gave
    '@kez_44 I reviewed your husband on the stroke unit this afternoon, his scan looked reassuring.',
    // the presenting complaint standing for the person
    'Last night\'s 2am overdose is sitting up and chatting on the ward now. Relief.',
    // "a <someone> who ..."
    'In clinic today I met a retired welder who had hidden his cough from his wife for a year.',
  ])('flags: %s', (text) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].evidence.some((e) => e.kind === 'patient-reference')).toBe(true);
  });

  it.each([
    // colleagues and life stories, not care
    'The woman who trained me in endoscopy retired today after 35 years on the unit.',
    'He nailed his first night on call yesterday. So proud of our new SHO.',
    'The man who designed the first ventilator died in 1990. Medical history thread.',
    // compound nouns built on a person word
    'The baby boom on the labour ward yesterday broke our record for deliveries.',
    // the doctor's own family, said without "my"
    'Dad was discharged from the cardiac ward yesterday. Thank you all.',
    'Our daughter was admitted to the children\'s ward last night with croup.',
    // own injury
    'Sprained my ankle running to a crash call last night. The ED reg was lovely.',
    // simulation
    'Sim teaching this morning: the dummy arrested twice in resus before lunch.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('patient pass: appointment slots, cases on a list, family in passing (v5)', () => {
  it.each([
    'My 11am turned up with a carrier bag of every tablet she has ever been prescribed. We sorted it.',
    'one of my long-standing patients brought in photos of her new granddaughter today',
    "Phone clinic: 'Doctor, is it normal that the cream tastes of mint?' It was toothpaste.",
    'Theatre list ran late because case 2 bled from everywhere. Six units and a very long afternoon.',
    "Bloke came into minors with a fork stuck in his hand. Said he was 'just eating'. Night shift.",
    "He's 97, drove himself to clinic and told me off for running late.",
    'Looked after a young lad after a crash on the bypass last night; we could not save him. Went home and hugged my kids.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Our ward clerk who knows every consultant by their coffee order retires on Friday. Legend.',
    'The dog had his stitches out today and is sulking at me from the sofa.',
    'Our patient-led research panel is recruiting members for a study on long COVID.',
    'Heartbreaking to read about the teenager whose inquest concluded today. The findings on sepsis matter for all of us.',
    'My mum was admitted to the ward last night; she is comfortable now.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('patient pass: named by title, counts of people (v6)', () => {
  it('a patient named by title and surname, on the ward', () => {
    expect(run("Thanks for all the messages about Mr Okoro — he's off oxygen on the ward today and his family can visit tomorrow.")).toHaveLength(1);
  });

  it('a count of cases with advice to parents is public health, not a patient', () => {
    expect(run('41 cases of chickenpox through the practice this month. If your child has spots and a fever, call us.')).toEqual([]);
  });
});

describe('patient pass: replies about care (v7)', () => {
  it('a reply telling someone to keep up the physio until they are seen back in clinic', () => {
    expect(run("@sam_k glad the shoulder's better, keep up the physio and I'll see you back in clinic in June")).toHaveLength(1);
  });
});

describe('patient pass: shorthand, aesthetic clients, tomorrow’s list, retired colleagues (v8)', () => {
  it.each([
    'Incidental of the week: 60s M in for a CT KUB, no stone but a 4cm renal mass. Referred on.',
    'Subtle lips for the lovely Megan today, 0.5ml and a natural finish. Before/after in the next pic.',
    'Advice please: 34yo, BMI 48, difficult airway at another trust, listed for a lap chole tmrw. Awake FOI?',
    'Cared for a retired midwife in her final days on our ward this month; she taught our students until the end.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'So proud of our Aoife, off to study medicine in Galway! God help her.',
    'Ran the half marathon for the hospice that looked after Grandad. Thank you all for the sponsorship!',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('patient pass: stories that open on a person, named residents, the doctor as patient (v10)', () => {
  it.each([
    // A lesson drawn from a real case is still the case.
    'A 41-year-old woman came into our resus one night with "just indigestion". Troponin through the roof. Lesson: red flags hide in plain sight.',
    'Nursing home round. Albert (not his real name), 96, asked if I had come about the telly, then showed me his war medals.',
    // The patient's dog on the doctor's knee is not the doctor's own pet or illness.
    'Home visit up the valley. Old chap with end-stage heart failure, refused admission. We talked it through at his kitchen table, his spaniel asleep on my knee.',
    // "The dog" in someone else's story is theirs, not the doctor's.
    'Mr K came to clinic today with the dog, which is fine, but the dog then ate his discharge letter.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Back on the rota after my own cholecystectomy. Being the patient was an education, and the HCA who brought me tea at 5am is a hero.',
    'Sending good wishes to the Princess of Wales with her treatment; public figures talking about cancer gets people checked.',
    'My knee went on the hill walk, so I am in a brace for the on-call this weekend.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('patient pass: stories about a colleague are left to the model; family by kin name, child by age, own pregnancy (v11)', () => {
  it.each([
    // A colleague in the story no longer silences it: the patient is still the subject.
    'Our SHO spotted it: the chap in bay 2 had a silent MI, ECG on the second look. Home on Friday.',
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Nan passed away peacefully at the hospice last night with all of us around her. The palliative team were wonderful.',
    'Mum had her new knee done yesterday! Up on a frame already and complaining about the custard.',
    'Three hours in our own ED with my 2yo who put a bead up her nose. Bead retrieved, dignity not.',
    '34 weeks pregnant and still doing nights on labour ward. The baby kicked the CTG off my bump at handover.',
    'The lady at the café near the hospital slipped me a free flapjack after nights. Angel.',
    'Two years today since we lost grandad to dementia. Be gentle with the families you meet on the ward.',
    'Home after 3 nights on a surgical ward post-appendix, as the patient. New respect for every HCA.',
    '@vetnurse_kaz thank you! Biscuit is home, stitches out, and our vet was amazing with her.',
    'My best mate got her positive pregnancy test after four rounds of IVF and I cried in the car park.',
    'Writing my first novel! The main character is an A&E reg who misses a bleed on nights. Pure fiction.',
    'Our ward sister retires today after 38 years on the same ward. Half the consultants learned from her.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('patient pass: explanations read as sentences', () => {
  it('names the kinds of identifier in plain words', () => {
    const [f] = run('Long night on Ward 7B. Admitted an 84-year-old retired farmer at 3am with a massive GI bleed.');
    expect(f!.explanation).toContain('date or time');
    expect(f!.explanation).not.toMatch(/date time|-/);
  });
});

describe('patient pass: replies by name, care in a reply, a broken heart, passengers (v11)', () => {
  it.each([
    // A Facebook comment answers a person by name.
    "Karen, so sorry your husband's appointment got cancelled again. Ring the secretary on Monday and I'll chase it too.",
    '@MikeTurner1962 good to hear from you! when I saw you on Tuesday your BP was still a bit high, so keep up the home readings.',
    'My 8-year-old patient with type 1 just showed me the spreadsheet she made to track her own carbs. Eight.',
    "Sec 2'd a lad in his early 20s at 3am in the 136 suite. He kept apologising for wasting everyone's time. Broke my heart a bit.",
    'Ship doc life: inferior STEMI in a passenger two days out of Southampton, no helivac in range. Thrombolysed, settled, now complaining about the buffet.',
    // "Made up" is British for delighted; it marks a case as invented only when it describes one.
    "Absolutely made up today, delivered twins this morning for a couple who'd had six rounds of IVF. Dad fainted, we put him on the floor.",
    // A case counted on a list, a baby by gestation.
    'List overran because our 2nd case (58, BMI 52, beard) had an airway that made the consultant go quiet. Awake fibreoptic, all fine.',
    'Our 24+3 weeker from Christmas Eve went home today on low flow. Parents brought the whole unit doughnuts.',
    // The doctor's own act on someone, with "I" left out.
    "Diagnosed scurvy today. In 2024. In Croydon. Cost of living crisis isn't an abstraction.",
  ])('flags: %s', (text) => {
    expect(run(text)).toHaveLength(1);
  });

  it.each([
    'Honestly, if your dad has chest pain that will not settle, call 999. Do not wait to see if it passes.',
    'Broke my wrist at netball, on call tomorrow in a splint. Typing one-handed.',
    'Teaching today used a made-up case: a 70-year-old with new confusion and a UTI that was not a UTI.',
  ])('quiet: %s', (text) => {
    expect(run(text)).toEqual([]);
  });
});
