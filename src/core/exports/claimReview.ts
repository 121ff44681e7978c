/**
 * schema.org ClaimReview JSON-LD for a draft's reviewed claims, ready to paste into the
 * published article (Google's fact-check structured data). Pure: the extension passes its
 * settings, the CLI its options. Which statuses are exported, and with which rating, is the
 * configurable status mapping (DEFAULT_RATINGS: verified "True" 5, disputed "False" 1).
 */
import type { ClaimStatus } from '../annotations/types';
import type { ReviewItem } from '../review/types';

export interface Rating {
  ratingValue: number;
  alternateName: string;
}

/** Status → rating; statuses without an entry (unreviewed, unverified, dismissed by default) are not exported. */
export type RatingMap = Partial<Record<ClaimStatus, Rating>>;

export const DEFAULT_RATINGS: Readonly<RatingMap> = Object.freeze({
  verified: { ratingValue: 5, alternateName: 'True' },
  disputed: { ratingValue: 1, alternateName: 'False' },
});
export const BEST_RATING = 5;
export const WORST_RATING = 1;

export interface ClaimReviewOptions {
  /** The fact-checking organisation (factCheck.publisher.name). */
  publisherName: string;
  /** Its home page (factCheck.publisher.url), http(s). */
  publisherUrl?: string;
  /**
   * The URL of the published article, with placeholders: {draft} (file name without extension),
   * {id} (the claim's annotation id), {number} (its position). Google wants the page URL, optionally
   * with a "#fragment", e.g. "https://news.example/{draft}#claim-{id}".
   */
  urlTemplate: string;
  /** ISO 8601; the date part is used. */
  datePublished: string;
  ratings?: RatingMap;
}

export interface ClaimReviewInput {
  /** The draft's file name. */
  draftName: string;
  items: readonly ReviewItem[];
}

export type ClaimReviewJsonLd = Record<string, unknown>;

/** Who made the claim, when the text says it plainly: "…, according to the mayor." or "Jane Doe said …". */
export function claimAttribution(text: string): string | undefined {
  // Capitalised words, with the small words of names between them ("Office for National Statistics").
  const according =
    /\baccording to (?:the )?([A-Z][\p{L}'’.&-]*(?:(?: (?:for|of|and|the|on|de|du|von|van))* [A-Z][\p{L}'’.&-]*){0,5})/u.exec(text);
  if (according) return according[1].replace(/[.,]$/, '');
  const said = /^([A-Z][\p{L}'’.-]+(?: [A-Z][\p{L}'’.-]+){0,3}) (?:said|says|told|claimed|claims|stated|announced)\b/u.exec(text.trim());
  if (said && !/^(The|A|An|It|This|That|They|We|He|She)$/.test(said[1].split(' ')[0])) return said[1];
  return undefined;
}

export function articleUrl(template: string, draftName: string, id: string, number: number): string {
  const stem = draftName.replace(/\.[^.]+$/, '');
  return template.replace(/\{(draft|id|number)\}/g, (_, key: string) =>
    encodeURIComponent(key === 'draft' ? stem : key === 'id' ? id : String(number)),
  );
}

/**
 * One ClaimReview per exported claim (an annotated claim whose status has a rating; a verified
 * claim changed since verification is left out until re-checked), in document order.
 */
export function claimReviews(input: ClaimReviewInput, options: ClaimReviewOptions): ClaimReviewJsonLd[] {
  const ratings = options.ratings ?? DEFAULT_RATINGS;
  const date = options.datePublished.slice(0, 10);
  const author: Record<string, unknown> = { '@type': 'Organization', name: options.publisherName };
  if (options.publisherUrl) author.url = options.publisherUrl;
  const reviews: ClaimReviewJsonLd[] = [];
  input.items.forEach((item, index) => {
    const a = item.annotation;
    const rating = ratings[item.status];
    if (!a || !rating || a.changedSinceVerification === true || a.orphaned === true) return;
    const url = articleUrl(options.urlTemplate, input.draftName, a.id, index + 1);
    const claim: Record<string, unknown> = { '@type': 'Claim', appearance: { '@type': 'CreativeWork', url } };
    const by = claimAttribution(item.text);
    if (by) claim.author = { '@type': 'Person', name: by };
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url,
      claimReviewed: item.text.replace(/\s+/g, ' ').trim(),
      itemReviewed: claim,
      author,
      datePublished: date,
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.ratingValue,
        bestRating: BEST_RATING,
        worstRating: WORST_RATING,
        alternateName: rating.alternateName,
      },
    });
  });
  return reviews;
}

/**
 * The JSON-LD text to paste: one object, or a list when there are several. It goes into a
 * <script type="application/ld+json"> element, where claim text saying "</script>" or "<!--"
 * would end or change it: <, >, & and the JavaScript line separators are written as \u escapes
 * (the same JSON value).
 */
export function claimReviewJson(reviews: readonly ClaimReviewJsonLd[]): string {
  const json = JSON.stringify(reviews.length === 1 ? reviews[0] : reviews, null, 2);
  return `${json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

/** Checks a user-configured rating map (from settings); returns a message naming the bad entry, or undefined. */
export function ratingMapProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'the rating map must be an object from status to {ratingValue, alternateName}';
  for (const [status, rating] of Object.entries(value as Record<string, unknown>)) {
    if (!['verified', 'unverified', 'disputed', 'unreviewed'].includes(status)) return `${status}: not a status that can be rated`;
    const r = rating as Partial<Rating> | null;
    if (typeof r !== 'object' || r === null) return `${status}: must be {ratingValue, alternateName}`;
    if (typeof r.ratingValue !== 'number' || r.ratingValue < WORST_RATING || r.ratingValue > BEST_RATING)
      return `${status}.ratingValue: must be a number from ${WORST_RATING} to ${BEST_RATING}`;
    if (typeof r.alternateName !== 'string' || r.alternateName.trim() === '')
      return `${status}.alternateName: must be a word or phrase such as "True"`;
  }
  return undefined;
}
