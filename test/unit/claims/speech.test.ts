import * as assert from 'node:assert/strict';
import { isSpeakerLabel, isSpokenTurn } from '../../../src/core/claims/speech';
import { markdown, noClaim, onlyClaim, plain, texts } from './helpers';

// Issue 13: spoken and quoted claims, soft cues that need an anchor, plain assertions, kind precedence.
// Every sentence is invented for its rule (none comes from an evaluation draft).
describe('claim detection 2.0', () => {
  describe('speaker turns', () => {
    it('recognises speaker labels, Q/A labels and timestamps, but not page furniture', () => {
      assert.ok(isSpokenTurn('PETROVA: We built four bridges.'));
      assert.ok(isSpokenTurn('[01:02:03] SENATOR ORTIZ: Thank you.'));
      assert.ok(isSpokenTurn('A: Nine years.'));
      assert.ok(isSpokenTurn('REPORTER (Valley News): Chief, a question.'));
      assert.ok(isSpokenTurn('[00:04:10] The meeting resumed.'));
      assert.ok(!isSpokenTurn('NOTE: This story was updated.'));
      assert.ok(!isSpokenTurn('The council met on Monday: it voted 9 to 2.'));
      assert.ok(isSpeakerLabel('[00:12:31] HADDAD:'));
      assert.ok(!isSpeakerLabel('The vote: 9 to 2'));
    });
    it('never highlights a label or timestamp, only what the speaker said', () => {
      const text = '[00:03:12] PETROVA: The depot opened in 2019 and employs 340 drivers.';
      const claims = plain(text);
      assert.deepEqual(texts(claims), ['The depot opened in 2019 and employs 340 drivers.']);
      noClaim('[00:00:04] MODERATOR: Good evening, everyone.');
    });
    it("keeps a speaker's own record, which the first-person filter drops in the writer's voice", () => {
      assert.equal(
        onlyClaim('PETROVA: I cut the ferry fares in each of my five budgets.', 'statistic').text,
        'I cut the ferry fares in each of my five budgets.',
      );
      assert.equal(onlyClaim('A: I ran the harbour authority for eleven years.', 'statistic').kind, 'statistic');
      noClaim('I cut my commute to 25 minutes by cycling.');
      // Quoted, it is still a claim: what Petrova said (a small count yields to the reporting verb).
      onlyClaim('"I cut the ferry fares in each of my five budgets," Petrova said.', 'attribution');
    });
    it("does not make a speaker's anecdote a claim", () => {
      noClaim('PETROVA: Just last week I was down in Marlow talking to bus drivers.');
      noClaim('PETROVA: Thank you, and thank you all for coming tonight.');
      noClaim('CHAIR: We welcome Dr Ama Owusu, director of the Coastal Trust.');
    });
  });

  describe('hedges and third parties', () => {
    it('keeps a hedged figure or universal negative', () => {
      onlyClaim('I believe there are 1.2 million children without dental cover in this state.', 'statistic');
      onlyClaim('I think roughly one in three bridges needs repair.', 'statistic');
      onlyClaim('As far as I know, no contracts reached the ministry in time.', 'absolute');
      noClaim('I think voters are tired of excuses.');
      noClaim('I believe in fair wages for nurses.');
    });
    it('reads "my" + a role or relation as a third party', () => {
      onlyClaim('My opponent voted against the tunnel programme.', 'event');
      onlyClaim('My finance minister said the deficit halved.', 'attribution');
      onlyClaim('Our predecessor sold 40 council houses.', 'statistic');
      noClaim('My sister moved to a small flat by the canal.');
    });
  });

  describe('soft cues need a checkable anchor', () => {
    it('drops a bare causal connective, relative time, legal vocabulary, belief verb or rhetorical superlative', () => {
      noClaim('Because we love this town, we will keep fighting.');
      noClaim('We will talk again tomorrow.');
      noClaim('This is about constitutional rights and enabling legislation.');
      noClaim('She suggested that I do not understand the farmers.');
      noClaim('Our nurses are the best in the world.');
    });
    it('keeps the same cues with a quantity, a date, a name or an event beside them', () => {
      onlyClaim('Because of the closures, 300 families lost their doctor.', 'statistic');
      onlyClaim('Because of the storm, the Vedra ferry was cancelled.', 'causal');
      onlyClaim('The Fenwick Act requires landlords to fit smoke alarms.', 'legal');
      onlyClaim('Our nurses are the best paid in the country, at 41,000 euros a year.', 'comparison');
    });
    it('does not count numbers that are names or figures of speech', () => {
      noClaim('There are three basic things we have to get right.');
      noClaim('The six-party format has run its course, in my view.');
      noClaim('You have two minutes, Minister.');
      onlyClaim('Eighty-two volunteers searched the woods.', 'statistic');
    });
  });

  describe('plain assertions without a digit', () => {
    it('reports rankings, negated trends and universal negatives with reasons', () => {
      assert.match(onlyClaim('The province ranks first in the country for road deaths.', 'statistic').reason, /ranking/);
      assert.match(onlyClaim('Steel output is not up, and steel jobs are not up either.', 'statistic').reason, /negated trend/);
      assert.match(onlyClaim('Not one country in the region supports the pipeline.', 'absolute').reason, /universal negative/);
      assert.match(onlyClaim('Nobody was hurt in the collapse.', 'absolute').reason, /universal negative/);
      noClaim('The sun is up and the kids are out.');
    });
  });

  describe('kind precedence (docs/claim-kinds.md)', () => {
    it('makes a reporting verb win over a date or small count inside what was said', () => {
      onlyClaim('Her brother, Jonas Weil, said the shop closed on Tuesday.', 'attribution');
      onlyClaim('Inspector Mara Quist argued that the two guards had left early.', 'attribution');
    });
    it('keeps a measured figure, a finding, a rule or a cause against the reporting verb', () => {
      onlyClaim('Inspector Mara Quist said 14 guards had left early.', 'statistic');
      onlyClaim('Inspector Mara Quist said an audit found no irregularities in the accounts.', 'evidence');
    });
    it('makes a superlative predicate a comparison, and a figure in an appositive a statistic', () => {
      onlyClaim('The turnout of 61,200 was the highest in the league this year.', 'comparison');
      onlyClaim('The port handled 9.4 million tonnes, the most in its history.', 'statistic');
    });
    it('lets an event or a date name a sentence whose count only describes it', () => {
      onlyClaim('The march was organised by three unions after talks collapsed on Friday.', 'event');
      onlyClaim('The dockers walked out for 48 hours on Monday.', 'event');
      onlyClaim('The dockers have lost three of their last eight appeals.', 'statistic');
    });
  });

  describe('cues behind the score', () => {
    it('keeps every cue on the claim, the deciding one first', () => {
      const claim = onlyClaim('Mayor Lena Ruiz said on Monday that the bridge cost €12 million.', 'statistic');
      assert.ok(claim.cues && claim.cues.length >= 2, JSON.stringify(claim.cues));
      assert.equal(claim.cues[0], claim.reason);
      assert.ok(claim.cues.some((c) => /attribution/.test(c)));
    });
    it('handles Markdown Q/A with bold labels', () => {
      const claims = markdown('**Q: How many?**\n\n**A:** I hired 45 deck officers since the summer.');
      assert.deepEqual(texts(claims), ['I hired 45 deck officers since the summer.']);
    });
  });
});
