/**
 * Failure classes found on the second blind dev set, written again in our own words: present-tense
 * and fragment narration, care outside hospital, quoted and dialogue speech, photos of patient lists,
 * replies to a patient; promotion by unknown brands with corporate suffixes, webinars, test drives,
 * affiliate links and self-pay clinics; and name shapes in profiles. Each class has a hard negative.
 */
import { describe, expect, it } from 'vitest';
import { anonymityFindings } from '../src/analysis/anonymity.js';
import { interestFindings } from '../src/analysis/interest.js';
import { patientFindings } from '../src/analysis/patient.js';
import { ctx, input, makeAccount } from '../eval/records.js';

const patient = (text: string) => patientFindings(input(text), ctx());
const interest = (text: string) => interestFindings(input(text), ctx());
const anonymous = (handle: string, name: string, bio: string) => anonymityFindings(makeAccount(handle, name, bio), ctx());

describe('patient: narration outside the past tense and outside hospital', () => {
  it.each([
    ['present tense in a care home', "Nursing home visit: Mr K in room 9 has decided he's done with his insulin, and he's 96, so who am I to argue."],
    ['telegraphic fragments', 'Stabbing. 19M. Left chest. Thoracotomy in ED. Theatre now. Hands still shaking.'],
    ['quoted patient speech', "'Will I see Christmas, doctor?' she asked me on the ward round. I didn't know what to say."],
    ['a bedside dialogue', "Clinic today. Me: 'Any chest pain?' Her: 'Only when the Villa lose.' Brilliant woman."],
    ['a photo of a patient list', 'Snap of the ward list before handover because the jobs column is a novel 📸 (names covered, sort of)'],
    ['a reply to a patient about their care', '@jo_w_1990 Great news on the bloods Jo! I will see you for your diabetes review in clinic next month 😊'],
    ['a person and an age set off by commas', 'Clinic gem: retired postman, 81, came in with chest pain because "the dog made me".'],
    ['a sentence starting on the patient as object', 'Asked her how much she smoked. "None since the stroke, love." Good for her.'],
  ])('flags %s', (_, text) => expect(patient(text)).toHaveLength(1));

  it.each([
    ['generalisation about patients', "Patients prefer you to sit down, not loom over the bed 3 metres away. Easy win."],
    ['a teaching case with a question', 'Teaching Tuesday: 45F, palpitations and tremor. What would you do next?'],
    ['a person in a café near the hospital', 'The lady at the café near the hospital slipped me a free flapjack after nights. Angel.'],
    ['family speech in quotes is still family', "Dad rang me after his scan: 'they say it is just wear and tear'. Relief."],
    ['a relative asking for advice', 'Mum asked me about her knee again over tea. Told her to see her own GP.'],
  ])('does not flag %s', (_, text) => expect(patient(text)).toHaveLength(0));

  it('keeps a stranger the doctor treated at an ordinary place', () => {
    expect(patient('Man at the train station collapsed, we did CPR until the ambulance arrived. He survived.')).toHaveLength(1);
  });
});

describe('interest: unknown companies and private offers', () => {
  it.each([
    ['an unknown brand with a corporate suffix', 'Off to Vienna for the congress courtesy of the team at Carrowmore Pharma! ✈️'],
    ['a talk at a company webinar', "Chairing tomorrow's Velora Therapeutics webinar on heart failure, do register."],
    ['a test drive thanks to the rep', 'Thanks to the rep for letting me test drive the new Vscan handheld scanner, every GP needs one.'],
    ['an affiliate short link', 'My favourite sleep tracker for shift workers 👉 amzn.to/4xYz12'],
    ['a self-pay private clinic with a price', 'Private allergy testing now available at my clinic, £195 per session. Book online at allergyfirst.co.uk'],
    ['sent free to review', 'Got these earbuds free to review from @AudiCare and my tinnitus patients love them.'],
    ['a brand built on a health word', "I'm now an ambassador for @NutriGlow! Watch this space for exclusive discounts 💚"],
  ])('flags %s', (_, text) => expect(interest(text)).toHaveLength(1));

  it.each([
    ['criticism of private pricing', 'A private clinic charging £300 for a vitamin D test is a rip-off. Ask your GP.'],
    ['an NHS service with booking', 'Our new NHS physio self-referral clinic is open, book online via the trust website.'],
    ['a declared tie', 'Disclosure: the team at Carrowmore Pharma paid my congress travel. Thoughts on the trial below.'],
    ['a company in the news', 'Velora Therapeutics shares fall after a failed heart failure trial, reports the FT.'],
  ])('does not flag %s', (_, text) => expect(interest(text)).toHaveLength(0));
});

describe('anonymity: name shapes and non-medical "doctors"', () => {
  it.each([
    ['double-barrelled surname', 'drsmithjones', 'Dr Eleanor Smith-Jones', 'GP partner, Devon'],
    ['Mac surname', 'docmac', 'Dr Callum MacLeod', 'Consultant physician'],
    ['lower-case display name', 'priya_gp', 'priya raman 🌸', 'GP in Leicester'],
    ['a bio that introduces the person', 'dr_k_anaes', 'Dr K. 😴', 'Anaesthetics registrar. My name is Karol Nowicki.'],
  ])('names the doctor: %s', (_, h, d, b) => expect(anonymous(h, d, b)).toHaveLength(0));

  it.each([
    ['trade doctor', 'TheBoilerDoctor', 'The Boiler Doctor', 'Gas Safe boiler repairs, Bolton'],
    ['lawn doctor', 'lawndoctor_kent', 'Lawn Doctor 🌱', 'Moss, weeds and scarifying across Kent'],
  ])('is not a medical doctor: %s', (_, h, d, b) => expect(anonymous(h, d, b)).toHaveLength(0));

  it.each([
    ['pseudonymous display name', 'NightRegNorth', 'Night Reg', 'Medical registrar. Views mine.'],
    ['first name only', 'dr_ellie', 'Dr Ellie', 'GP trainee, Bristol 🩺'],
    ['a pseudonym in the bio intro', 'gasdoc99', 'Gas Doc', "I'm Dr Sleepy Gasman, consultant anaesthetist"],
  ])('still flags an anonymous doctor: %s', (_, h, d, b) => expect(anonymous(h, d, b)).toHaveLength(1));
});
