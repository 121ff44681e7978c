import { countStatuses, type ReviewItem, type StatusCounts } from '../../core/review/types';

export const METER_STATUSES = ['verified', 'unverified', 'disputed', 'unreviewed'] as const;
export type MeterStatus = (typeof METER_STATUSES)[number];

export interface MeterSegment {
  status: MeterStatus;
  count: number;
  /** Share of all (non-dismissed) claims, 0..100. */
  percent: number;
}

export interface Meter {
  counts: StatusCounts;
  dismissed: number;
  segments: MeterSegment[];
}

export function buildMeter(items: readonly ReviewItem[], dismissed: readonly ReviewItem[]): Meter {
  const counts = countStatuses(items);
  const segments = METER_STATUSES.map((status) => ({
    status,
    count: counts[status],
    percent: counts.total === 0 ? 0 : (counts[status] / counts.total) * 100,
  }));
  return { counts, dismissed: dismissed.length, segments };
}
