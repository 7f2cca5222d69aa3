/**
 * Every independently written blind set, in one list: the eval measures them all, and the patient
 * model trains on their dev halves only (never on a test half).
 */
import type { LabelledAccount } from './accounts.js';
import { BLIND_DEV_ACCOUNTS, BLIND_DEV_POSTS, BLIND_TEST_ACCOUNTS, BLIND_TEST_POSTS, type BlindPost } from './blind.js';
import { BLIND2_DEV_ACCOUNTS, BLIND2_DEV_POSTS, BLIND2_TEST_ACCOUNTS, BLIND2_TEST_POSTS } from './blind2.js';
import { BLIND3_DEV_ACCOUNTS, BLIND3_DEV_POSTS, BLIND3_TEST_ACCOUNTS, BLIND3_TEST_POSTS } from './blind3.js';
import { BLIND4_DEV_ACCOUNTS, BLIND4_DEV_POSTS, BLIND4_TEST_ACCOUNTS, BLIND4_TEST_POSTS } from './blind4.js';
import { BLIND5_DEV_ACCOUNTS, BLIND5_DEV_POSTS, BLIND5_TEST_ACCOUNTS, BLIND5_TEST_POSTS } from './blind5.js';
import { BLIND6_DEV_ACCOUNTS, BLIND6_DEV_POSTS, BLIND6_TEST_ACCOUNTS, BLIND6_TEST_POSTS } from './blind6.js';
import { BLIND7_DEV_ACCOUNTS, BLIND7_DEV_POSTS, BLIND7_TEST_ACCOUNTS, BLIND7_TEST_POSTS } from './blind7.js';
import { BLIND8_DEV_ACCOUNTS, BLIND8_DEV_POSTS, BLIND8_TEST_ACCOUNTS, BLIND8_TEST_POSTS } from './blind8.js';
import { BLIND9_DEV_ACCOUNTS, BLIND9_DEV_POSTS, BLIND9_TEST_ACCOUNTS, BLIND9_TEST_POSTS } from './blind9.js';
import { BLIND10_DEV_ACCOUNTS, BLIND10_DEV_POSTS, BLIND10_TEST_ACCOUNTS, BLIND10_TEST_POSTS } from './blind10.js';
import { BLIND11_DEV_ACCOUNTS, BLIND11_DEV_POSTS, BLIND11_TEST_ACCOUNTS, BLIND11_TEST_POSTS } from './blind11.js';
import { BLIND12_DEV_ACCOUNTS, BLIND12_DEV_POSTS, BLIND12_TEST_ACCOUNTS, BLIND12_TEST_POSTS } from './blind12.js';
import { BLIND13_DEV_ACCOUNTS, BLIND13_DEV_POSTS, BLIND13_TEST_ACCOUNTS, BLIND13_TEST_POSTS } from './blind13.js';
import { BLIND14_DEV_ACCOUNTS, BLIND14_DEV_POSTS, BLIND14_TEST_ACCOUNTS, BLIND14_TEST_POSTS } from './blind14.js';
import { BLIND15_DEV_ACCOUNTS, BLIND15_DEV_POSTS, BLIND15_TEST_ACCOUNTS, BLIND15_TEST_POSTS } from './blind15.js';
import { BLIND16_DEV_ACCOUNTS, BLIND16_DEV_POSTS, BLIND16_TEST_ACCOUNTS, BLIND16_TEST_POSTS } from './blind16.js';
import { BLIND17_DEV_ACCOUNTS, BLIND17_DEV_POSTS, BLIND17_TEST_ACCOUNTS, BLIND17_TEST_POSTS } from './blind17.js';
import { BLIND18_DEV_ACCOUNTS, BLIND18_DEV_POSTS, BLIND18_TEST_ACCOUNTS, BLIND18_TEST_POSTS } from './blind18.js';
import { BLIND19_DEV_ACCOUNTS, BLIND19_DEV_POSTS, BLIND19_TEST_ACCOUNTS, BLIND19_TEST_POSTS } from './blind19.js';
import { BLIND20_DEV_ACCOUNTS, BLIND20_DEV_POSTS, BLIND20_TEST_ACCOUNTS, BLIND20_TEST_POSTS } from './blind20.js';
import { BLIND21_DEV_ACCOUNTS, BLIND21_DEV_POSTS, BLIND21_TEST_ACCOUNTS, BLIND21_TEST_POSTS } from './blind21.js';
import { BLIND22_DEV_ACCOUNTS, BLIND22_DEV_POSTS, BLIND22_TEST_ACCOUNTS, BLIND22_TEST_POSTS } from './blind22.js';
import { BLIND23_DEV_ACCOUNTS, BLIND23_DEV_POSTS, BLIND23_TEST_ACCOUNTS, BLIND23_TEST_POSTS } from './blind23.js';

export interface BlindHalf {
  posts: BlindPost[];
  accounts: LabelledAccount[];
}

/** One independently written blind set: a dev half for failure classes, a test half for figures only. */
export interface BlindPair {
  /** "" for the first set, then "2", "3", ... (host archives and headings are named by it). */
  tag: string;
  about: string;
  dev: BlindHalf;
  test: BlindHalf;
}

export const BLIND_PAIRS: BlindPair[] = [
  { tag: '', about: 'written without sight of the detectors', dev: { posts: BLIND_DEV_POSTS, accounts: BLIND_DEV_ACCOUNTS }, test: { posts: BLIND_TEST_POSTS, accounts: BLIND_TEST_ACCOUNTS } },
  { tag: '2', about: 'a second independent blind set', dev: { posts: BLIND2_DEV_POSTS, accounts: BLIND2_DEV_ACCOUNTS }, test: { posts: BLIND2_TEST_POSTS, accounts: BLIND2_TEST_ACCOUNTS } },
  { tag: '3', about: 'a third, weighted to accounts and interest', dev: { posts: BLIND3_DEV_POSTS, accounts: BLIND3_DEV_ACCOUNTS }, test: { posts: BLIND3_TEST_POSTS, accounts: BLIND3_TEST_ACCOUNTS } },
  { tag: '4', about: 'a fourth, weighted to recall on varied phrasing', dev: { posts: BLIND4_DEV_POSTS, accounts: BLIND4_DEV_ACCOUNTS }, test: { posts: BLIND4_TEST_POSTS, accounts: BLIND4_TEST_ACCOUNTS } },
  { tag: '5', about: 'a fifth, weighted to accounts and alarming-looking hard negatives', dev: { posts: BLIND5_DEV_POSTS, accounts: BLIND5_DEV_ACCOUNTS }, test: { posts: BLIND5_TEST_POSTS, accounts: BLIND5_TEST_ACCOUNTS } },
  { tag: '6', about: 'a sixth, weighted to interest in everyday wording', dev: { posts: BLIND6_DEV_POSTS, accounts: BLIND6_DEV_ACCOUNTS }, test: { posts: BLIND6_TEST_POSTS, accounts: BLIND6_TEST_ACCOUNTS } },
  { tag: '7', about: 'a seventh, weighted to accounts and patient stories', dev: { posts: BLIND7_DEV_POSTS, accounts: BLIND7_DEV_ACCOUNTS }, test: { posts: BLIND7_TEST_POSTS, accounts: BLIND7_TEST_ACCOUNTS } },
  { tag: '8', about: 'an eighth, interest in posts that read like ordinary life', dev: { posts: BLIND8_DEV_POSTS, accounts: BLIND8_DEV_ACCOUNTS }, test: { posts: BLIND8_TEST_POSTS, accounts: BLIND8_TEST_ACCOUNTS } },
  { tag: '9', about: 'a ninth, a realistic mix from twelve doctors\' timelines', dev: { posts: BLIND9_DEV_POSTS, accounts: BLIND9_DEV_ACCOUNTS }, test: { posts: BLIND9_TEST_POSTS, accounts: BLIND9_TEST_ACCOUNTS } },
  { tag: '10', about: 'a tenth, weighted to accounts and interest', dev: { posts: BLIND10_DEV_POSTS, accounts: BLIND10_DEV_ACCOUNTS }, test: { posts: BLIND10_TEST_POSTS, accounts: BLIND10_TEST_ACCOUNTS } },
  { tag: '11', about: 'an eleventh, interest across the whole range of healthcare commerce', dev: { posts: BLIND11_DEV_POSTS, accounts: BLIND11_DEV_ACCOUNTS }, test: { posts: BLIND11_TEST_POSTS, accounts: BLIND11_TEST_ACCOUNTS } },
  { tag: '12', about: 'a twelfth, patient stories in every setting and voice', dev: { posts: BLIND12_DEV_POSTS, accounts: BLIND12_DEV_ACCOUNTS }, test: { posts: BLIND12_TEST_POSTS, accounts: BLIND12_TEST_ACCOUNTS } },
  { tag: '13', about: 'a thirteenth, accounts with names from many cultures and look-alike non-doctors', dev: { posts: BLIND13_DEV_POSTS, accounts: BLIND13_DEV_ACCOUNTS }, test: { posts: BLIND13_TEST_POSTS, accounts: BLIND13_TEST_ACCOUNTS } },
  { tag: '14', about: 'a fourteenth, undeclared ties slipped into everyday posts without the obvious words', dev: { posts: BLIND14_DEV_POSTS, accounts: BLIND14_DEV_ACCOUNTS }, test: { posts: BLIND14_TEST_POSTS, accounts: BLIND14_TEST_ACCOUNTS } },
  { tag: '15', about: 'a fifteenth, one doctor\'s decade on three platforms with ties and stories told in passing', dev: { posts: BLIND15_DEV_POSTS, accounts: BLIND15_DEV_ACCOUNTS }, test: { posts: BLIND15_TEST_POSTS, accounts: BLIND15_TEST_ACCOUNTS } },
  { tag: '16', about: 'a sixteenth, patient stories told without the stock words, against the doctor\'s own family and marked teaching cases', dev: { posts: BLIND16_DEV_POSTS, accounts: BLIND16_DEV_ACCOUNTS }, test: { posts: BLIND16_TEST_POSTS, accounts: BLIND16_TEST_ACCOUNTS } },
  { tag: '17', about: 'a seventeenth, personas: grades, postnominals and in-jokes without a name, against names in one place only and look-alike non-doctors', dev: { posts: BLIND17_DEV_POSTS, accounts: BLIND17_DEV_ACCOUNTS }, test: { posts: BLIND17_TEST_POSTS, accounts: BLIND17_TEST_ACCOUNTS } },
  { tag: '18', about: 'an eighteenth, undeclared ties the way they really appear, against declared, critical and NHS look-alikes', dev: { posts: BLIND18_DEV_POSTS, accounts: BLIND18_DEV_ACCOUNTS }, test: { posts: BLIND18_TEST_POSTS, accounts: BLIND18_TEST_ACCOUNTS } },
  { tag: '19', about: 'a nineteenth, patient stories on Facebook and LinkedIn as much as on X', dev: { posts: BLIND19_DEV_POSTS, accounts: BLIND19_DEV_ACCOUNTS }, test: { posts: BLIND19_TEST_POSTS, accounts: BLIND19_TEST_ACCOUNTS } },
  { tag: '20', about: 'a twentieth, a realistic mix from many doctors\' accounts', dev: { posts: BLIND20_DEV_POSTS, accounts: BLIND20_DEV_ACCOUNTS }, test: { posts: BLIND20_TEST_POSTS, accounts: BLIND20_TEST_ACCOUNTS } },
  { tag: '21', about: 'a twenty-first, patient stories across every specialty in clinical shorthand', dev: { posts: BLIND21_DEV_POSTS, accounts: BLIND21_DEV_ACCOUNTS }, test: { posts: BLIND21_TEST_POSTS, accounts: BLIND21_TEST_ACCOUNTS } },
  { tag: '22', about: 'a twenty-second, personas, names given once, international names and look-alike non-doctors', dev: { posts: BLIND22_DEV_POSTS, accounts: BLIND22_DEV_ACCOUNTS }, test: { posts: BLIND22_TEST_POSTS, accounts: BLIND22_TEST_ACCOUNTS } },
  { tag: '23', about: 'a twenty-third, replies, threads and comments about one person\'s care', dev: { posts: BLIND23_DEV_POSTS, accounts: BLIND23_DEV_ACCOUNTS }, test: { posts: BLIND23_TEST_POSTS, accounts: BLIND23_TEST_ACCOUNTS } },
];
