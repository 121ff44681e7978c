/** Source health: fetching a source's URL, finding its quote, and saying what is wrong. Pure except for the PageFetcher port. */
export { applyFetchOutcome } from './evaluate';
export { withCheckResult } from './checkResult';
export {
  checkFetchUrl,
  FETCH_LIMITS,
  FETCH_USER_AGENT,
  isRedirect,
  parseContentType,
  type FetchOutcome,
  type PageFetcher,
} from './fetchPort';
export {
  describeSourceHealth,
  HEALTH_TONE_SIGN,
  sourceHealth,
  sourceHealthTone,
  suggestArchiveUrl,
  SOURCE_PROBLEMS,
  type SourceHealth,
  type SourceProblem,
} from './health';
export { visibleText } from './pageText';
export { literalHostProblem, nonPublicAddressKind, PRIVATE_ADDRESS_HINT, resolvedAddressProblem } from './privateAddress';
export { foldForQuoteSearch, quoteFoundIn } from './quoteInText';
export { runSourceChecks, type RunChecksOptions, type SourceCheckJob } from './runChecks';
export { slicer, yieldToEventLoop, type Pause } from './slices';
