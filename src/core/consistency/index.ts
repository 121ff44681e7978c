/** Figures that disagree inside one draft. Pure: the extension, the CLI and reports call it on a draft's text. */
export {
  ConsistencyScan,
  findInconsistencies,
  factMentions,
  sentenceSpans,
  type FactMention,
  type FactSpan,
  type Inconsistency,
} from './check';
