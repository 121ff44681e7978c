import { addSource, createAnnotation, serializeSidecar, setNote, setStatus, type Annotation } from '../../../src/core/annotations';
import { assessDraft, createSignOff, mergePolicy } from '../../../src/core/publish';
import { buildReport, type Report, type ReportInput } from '../../../src/core/report';

export const GENERATED_AT = '2026-02-01T08:00:00.000Z';

/** A draft with hostile text in places a report shows (markup, quotes, separators, a formula). */
export const STORY = [
  '---',
  'title: "Budget <b>vote</b> | the facts"',
  '---',
  '',
  '# Council budget',
  '',
  'The council spent £4.2 million on consultants in 2025, up from £1.1 million in 2019.',
  '',
  'Unemployment rose to 7.2 percent in 2023, according to the Office for National Statistics.',
  '',
  '=SUM(A1) Critics say the spending caused the closure of three libraries <script>alert(1)</script>.',
  '',
].join('\n');

const T = (h: number) => `2026-01-10T${String(h).padStart(2, '0')}:00:00.000Z`;

function on(quote: string, kind: Annotation['kind'], id: string): Annotation {
  const start = STORY.indexOf(quote);
  if (start < 0) throw new Error(`fixture: "${quote}" not in the story`);
  return { ...createAnnotation({ text: STORY, start, end: start + quote.length, kind, by: 'Ana', now: T(9) }), id };
}

export function storyAnnotations(): Annotation[] {
  let spent = on('The council spent £4.2 million on consultants in 2025, up from £1.1 million in 2019.', 'statistic', 'fixture-spent');
  spent = addSource(
    spent,
    { url: 'https://council.example/budget-2025.pdf', title: 'Budget 2025 | Annex "B"', quote: 'Consultancy: £4.2m (p. 4)' },
    'Ana',
    T(10),
    'src-budget',
  );
  spent = setNote(spent, 'Checked against the *annual* report; see [annex].', 'Ben', T(11));
  spent = setStatus(spent, 'verified', 'Ben', T(12));
  let jobs = on('Unemployment rose to 7.2 percent in 2023, according to the Office for National Statistics.', 'statistic', 'fixture-jobs');
  jobs = setStatus(jobs, 'disputed', 'Cleo', T(13));
  jobs = setNote(jobs, 'ONS says 4.2 percent.\nAsk the reporter.', 'Cleo', T(14));
  let libraries = on(
    '=SUM(A1) Critics say the spending caused the closure of three libraries <script>alert(1)</script>.',
    'causal',
    'fixture-libraries',
  );
  libraries = setStatus(libraries, 'unverified', 'Ana', T(15));
  return [spent, jobs, libraries];
}

export function storyInput(withSignOff = false): ReportInput {
  const policy = mergePolicy();
  const sidecar = {
    version: 1,
    draft: 'story.md',
    annotations: storyAnnotations(),
    ...(withSignOff ? { signOff: createSignOff(STORY, policy, 'Dana', T(16)) } : {}),
  };
  const assessed = assessDraft({
    uri: 'drafts/story.md',
    text: STORY,
    language: 'markdown',
    draftName: 'story.md',
    sidecarText: serializeSidecar(sidecar),
    policy,
    now: GENERATED_AT,
  });
  if (assessed.evaluation.error !== undefined) throw new Error(`fixture: ${assessed.evaluation.error}`);
  return {
    path: 'drafts/story.md',
    text: STORY,
    items: assessed.review.items,
    sidecar: assessed.sidecar!,
    evaluation: assessed.evaluation,
  };
}

export function brokenInput(): ReportInput {
  const text = '# Notes\n\nThe harbour handled 2 million tonnes in 2024.\n';
  const assessed = assessDraft({
    uri: 'drafts/notes.md',
    text,
    language: 'markdown',
    draftName: 'notes.md',
    sidecarText: '{"version": 1,',
    policy: mergePolicy(),
  });
  return {
    path: 'drafts/notes.md',
    text,
    items: assessed.review.items,
    evaluation: assessed.evaluation,
    error: assessed.evaluation.error!,
  };
}

export function fixtureReport(): Report {
  return buildReport([storyInput(true), brokenInput()], GENERATED_AT);
}
