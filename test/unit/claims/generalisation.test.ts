import * as assert from 'node:assert/strict';
import { markdown, noClaim, onlyClaim, plain, texts } from './helpers';

// One rule per test, each with sentences invented for it (not from any evaluation draft).
describe('claim rules that generalise', () => {
  describe('legal rules outrank the figures inside them', () => {
    it('reports a law or act that requires, allows or forbids as legal, even with an amount in it', () => {
      assert.match(
        onlyClaim('Under the 2019 transport act, councils must publish every contract above €50,000.', 'legal').reason,
        /transport act … must/,
      );
      onlyClaim('Danish law requires landlords to return deposits within 30 days.', 'legal');
      onlyClaim('Under league rules, a club that fields an ineligible player is suspended for two matches.', 'legal');
    });
    it('falls back to legal, not event, when statistics are switched off', () => {
      const kinds = ['event', 'legal', 'attribution', 'comparison', 'evidence', 'absolute', 'causal'] as const;
      const claims = plain('Under the 2019 transport act, councils must publish every contract above €50,000.', { kinds });
      assert.deepEqual(
        claims.map((c) => c.kind),
        ['legal'],
      );
    });
    it('needs the rule before what it does, and "act" as a noun', () => {
      noClaim('We must act before the next storm.');
      // "guarantee" here is part of a name, and the rule comes after it: what the office said (docs/claim-kinds.md: a date yields to a reporting verb).
      assert.equal(onlyClaim('The ticket guarantee office said this rule was changed on Monday.', 'attribution').kind, 'attribution');
    });
    it('does not read "law" inside "brother-in-law"', () => {
      assert.doesNotMatch(onlyClaim('His brother-in-law opened a bakery in the old station.', 'event').reason, /legal/);
    });
  });

  describe('moments are not amounts', () => {
    it('reports clock times and match minutes as timed events', () => {
      assert.match(onlyClaim('The polling stations closed at 9 pm.', 'event').reason, /event \(9 pm\)/);
      assert.match(onlyClaim('The visitors scored in the 88th minute.', 'event').reason, /timed event \(88th minute\)/);
    });
    it('still counts the figures beside them', () => {
      onlyClaim('About 4,000 fans were still queuing at 7 pm.', 'statistic');
    });
    it('reads "the first half" and "the second half" as parts of a match, not records or counts', () => {
      const claim = onlyClaim('The referee suspended play in the first half.', 'event');
      assert.doesNotMatch(claim.reason, /first or only|quantity/);
      assert.doesNotMatch(onlyClaim('The orchestra toured Japan in the second half of 2024.', 'event').reason, /quantity/);
      onlyClaim('She was the first woman to climb the north face alone.', 'comparison');
    });
    it('reads "in a quarter" as a period and "thousands of years" as a vague span', () => {
      noClaim('A good baker does not become a bad one in a quarter.');
      noClaim('That may be true, over thousands of years.');
      onlyClaim('Exports fell by a quarter after the border closed.', 'statistic');
      onlyClaim('Thousands of farmers blocked the motorway.', 'statistic');
    });
  });

  describe('comparisons of rates', () => {
    it('finds "more likely to" and "less likely to" without "than"', () => {
      assert.match(onlyClaim('Cyclists in the study were less likely to need surgery.', 'comparison').reason, /less likely to/);
    });
  });

  describe('consequences', () => {
    it('finds ", so it …" and "means that" as cause and effect', () => {
      onlyClaim('The reservoir is lower each spring, so the turbines stand idle for longer.', 'causal');
      onlyClaim('A weaker currency means that imported grain costs the bakeries more.', 'causal');
    });
    it('does not read "means" as a noun', () => {
      noClaim('Walking is a means of getting around.');
    });
  });

  describe('reported speech and findings', () => {
    it('finds present-tense and demanding reporting verbs ("residents argue that", "have demanded that")', () => {
      onlyClaim('Shopkeepers on the quay argue that the new tram stop will cost them trade.', 'attribution');
      onlyClaim('Parents have demanded that the school reopen its kitchen.', 'attribution');
    });
    it('finds a finding a few words after the review or study that made it', () => {
      assert.match(
        onlyClaim('An audit ordered by the regional harbour board concluded that the cranes were unsafe.', 'evidence').reason,
        /audit … concluded/,
      );
    });
    it('reads "the only" or "the first" before a judgement word as opinion', () => {
      noClaim('Raising the fare is the only sensible answer.');
      onlyClaim('It is the only bridge across the river for 40 kilometres.', 'statistic');
      onlyClaim('Ferrovia is the only operator on the line.', 'comparison');
    });
    it('treats "remarkable" and "extraordinary" as judgements', () => {
      noClaim('He was a remarkable teacher, and the choir he founded is his finest legacy.');
    });
  });

  describe('evidence of absence', () => {
    it('counts no complaints, irregularities or wrongdoing as evidence', () => {
      onlyClaim('Inspectors found no irregularities in the ferry company’s accounts.', 'evidence');
      onlyClaim('The ombudsman has received no complaints about the new meters.', 'evidence');
    });
  });

  describe('aphorisms and opinions are not claims', () => {
    it('drops universal attitudes ("nobody likes", "everyone knows")', () => {
      noClaim('Nobody likes a know-it-all.');
      noClaim('Everyone knows a wet summer is bad for tomatoes.');
      noClaim('It was a dull evening, and nobody will remember it for the music.');
      assert.equal(plain('Nobody was injured in the fire at the depot.').length, 1);
    });
    it('drops absolutes that range over the writer’s own point ("none of that")', () => {
      noClaim('None of that is wicked, but none of it is a strategy either.');
    });
    it('treats "we want", "has to" and "fun" as opinion', () => {
      noClaim('We want to be on lists of the best places to retire.');
      noClaim('Ministers adore ribbon-cuttings because ribbon-cuttings are fun.');
      noClaim('"That has to change," she said.');
    });
    it('keeps a pronoun attribution when the quote holds a checkable figure or no opinion', () => {
      onlyClaim('"We sold 300 tickets in an hour," she said.', 'statistic');
      onlyClaim('He denies the charges.', 'attribution');
    });
    it('keeps what the writer was told', () => {
      onlyClaim('I am told that the ferry operator lost €2 million last winter.', 'statistic');
      noClaim('I spent €20 on a ferry ticket last winter.');
    });
  });

  describe('furniture', () => {
    it('skips a plain-text headline up to 14 words standing alone', () => {
      assert.deepEqual(
        texts(
          plain('Harbour cranes idle for a third week as dockers reject £2.1m pay deal\n\nThe port handled 40 percent less cargo in May.'),
        ),
        ['The port handled 40 percent less cargo in May.'],
      );
    });
    it('skips a stack of short metadata lines with no closing punctuation', () => {
      assert.deepEqual(
        texts(plain('4 min read\nBy a staff reporter in Lyon | Translated from French\nUpdated 09:15\n\nThe museum reopened on Sunday.')),
        ['The museum reopened on Sunday.'],
      );
    });
    it('still reports wrapped prose that ends with a stop', () => {
      assert.equal(plain('The council spent\n€3 million on the\nnew footbridge.').length, 1);
    });
    it('skips wire credits, copyright lines and calls to action with figures', () => {
      noClaim('AP and dpa contributed to this report.');
      noClaim('Copyright 2025 Harbour Media Group.');
      noClaim('Subscribe for €2 a week and read without limits.');
      onlyClaim('Share prices fell 4 percent on Monday.', 'statistic');
      onlyClaim('Copyright claims rose 30 percent last year.', 'statistic');
    });
    it('skips a table header row but keeps the data rows', () => {
      const table = '| Region | 2024 | 2025 |\n| --- | --- | --- |\n| North | 1,200 | 1,450 |\n';
      assert.deepEqual(texts(markdown(table)), ['North | 1,200 | 1,450']);
    });
  });
});
