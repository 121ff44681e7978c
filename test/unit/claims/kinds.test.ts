import * as assert from 'node:assert/strict';
import { CLAIM_KINDS, describeKind } from '../../../src/core/claims';
import { noClaim, onlyClaim } from './helpers';

// Sentences invented for these tests (not from any evaluation draft): each kind, found and not found.
describe('claim kinds', () => {
  describe('statistic', () => {
    it('finds figures, percentages, money and spelled-out counts', () => {
      assert.match(
        onlyClaim('The ferry operator carried 1.2 million passengers in its busiest month.', 'statistic').reason,
        /quantity: 1\.2 million passengers/,
      );
      onlyClaim('Ticket prices rose 7.5% over the winter.', 'statistic');
      assert.match(onlyClaim('The museum spent about $4,300 on new lighting.', 'statistic').reason, /about \$4,300/);
      onlyClaim('Three of the nine board members voted against the merger.', 'statistic');
      onlyClaim('Roughly one in ten households owns an electric car.', 'statistic');
      onlyClaim('Attendance has doubled since the bridge opened.', 'statistic');
    });
    it('ignores numbers that are names or codes, and figures of speech in opinion', () => {
      noClaim('The 5G rollout is a topic of endless fascination for me.');
      noClaim('The coffee is terrible and half the passengers are asleep.');
    });
  });

  describe('comparison', () => {
    it('finds superlatives, records, firsts and "than any other"', () => {
      onlyClaim('The harbour is now the busiest container port on the coast.', 'comparison');
      onlyClaim('The river reached a record level on the lower reaches.', 'comparison');
      onlyClaim('She became the first woman to lead the orchestra.', 'comparison');
      onlyClaim('The county recycles more glass than any other region.', 'comparison');
    });
    it('ignores value comparisons in opinion', () => {
      noClaim('Readers deserve better than this.');
      noClaim('Surely a quieter street is better than a faster one.');
    });
  });

  describe('attribution', () => {
    it('finds named, titled and unnamed sources', () => {
      assert.match(
        onlyClaim('Harbour master Tomas Lind warned that the quay walls are crumbling.', 'attribution').reason,
        /Tomas Lind warned/,
      );
      onlyClaim('Critics say the new timetable ignores night-shift workers.', 'attribution');
      onlyClaim('The rail union, according to its chairwoman, will not accept the offer.', 'attribution');
      onlyClaim('Ada Mensah, the festival director, is furious about the decision.', 'attribution');
    });
    it('ignores the writer speaking for themselves', () => {
      noClaim('I said it before and I will say it again.');
    });
  });

  describe('evidence', () => {
    it('finds presence and absence of evidence and the state of review', () => {
      assert.match(onlyClaim('Nobody has produced any evidence that the mast harms birds.', 'evidence').reason, /absence of evidence/);
      onlyClaim('No leaks have been detected since the pipe was replaced.', 'evidence');
      onlyClaim('The findings have not been peer reviewed.', 'evidence');
      onlyClaim('An inspection found that the fire doors were locked.', 'evidence');
    });
    it('ignores sentences that only mention research in passing', () => {
      noClaim('Research is a wonderful thing, and I love it.');
    });
  });

  describe('absolute', () => {
    it('finds universal statements', () => {
      onlyClaim('The night bus has never been on time.', 'absolute');
      onlyClaim('Everyone on the street lost power.', 'absolute');
    });
    it('ignores hedged or idiomatic universals', () => {
      noClaim('Not much happens here, and nothing much changes.');
      noClaim('The trains are not always late.');
    });
  });

  describe('causal', () => {
    it('finds cause and effect', () => {
      onlyClaim('The flooding was caused by a blocked culvert.', 'causal');
      onlyClaim('Higher rents have led to empty shopfronts on the high street.', 'causal');
    });
    it('ignores "just because" and opinion', () => {
      noClaim('A long walk is not wasted time just because it is slow.');
    });
  });

  describe('event', () => {
    it('finds dated and reported events', () => {
      assert.match(onlyClaim('The bakery closed its doors in 1987.', 'event').reason, /dated event \(1987\)/);
      onlyClaim('The new library opens on Saturday.', 'event');
      onlyClaim('The council launched an inquiry into the contract.', 'event');
      onlyClaim('Workers at the Ostend plant walked out yesterday.', 'event');
    });
    it('ignores undated generalities', () => {
      noClaim('Things happen, and people move on.');
    });
  });

  describe('legal', () => {
    it('finds what laws and rules require, allow or forbid', () => {
      onlyClaim('Under the new regulation, landlords must register every rental.', 'legal');
      onlyClaim('Drones are banned within five kilometres of the airport.', 'legal');
      onlyClaim('It is illegal to sell fireworks to minors.', 'legal');
    });
    it('ignores everyday "rules" of thumb', () => {
      noClaim('Good cooks trust their instincts.');
    });
  });

  describe('not claims', () => {
    it('skips value judgements, rhetorical questions, calls to action and page furniture', () => {
      noClaim('That is a ridiculous way to run a railway.');
      noClaim('Is anyone really surprised by 40 percent?');
      noClaim('Read our guide to the 12 best walks.');
      noClaim('Subscribe to our newsletter for more.');
      noClaim('3 min read');
      noClaim('By Ana Ruiz and Tom Baker');
      noClaim('Tags in this article');
      noClaim('Updated: 4 March 2026');
      noClaim('Perhaps we should all slow down a little.');
      noClaim('I take the slow train twice a week.');
    });
    it('treats a short stand-alone line without punctuation as a title', () => {
      noClaim('Three harbours closed\n\nIt was a long night.');
    });
  });

  it('describes every kind in one plain line', () => {
    for (const kind of CLAIM_KINDS) {
      const text = describeKind(kind);
      assert.ok(text.length > 20 && !text.includes('\n'), kind);
    }
  });
});
