// What a procedure costs, as data the kiosk can compute with and as the sentence a resident reads.
import * as v from 'valibot';
import { LocalizedText } from './text';

const StrictText = v.strictObject(LocalizedText.entries);
const Vnd = v.pipe(v.number(), v.integer('whole đồng'), v.minValue(0));

const PageTier = v.strictObject({
  fromPage: v.pipe(v.number(), v.integer(), v.minValue(1)),
  vndPerPage: Vnd,
});

/** How the amount is worked out; `set-by-province` when the city council sets it and it varies. */
export const FeeRule = v.variant('kind', [
  v.strictObject({ kind: v.literal('free') }),
  v.strictObject({
    kind: v.literal('fixed'),
    amountVnd: Vnd,
    // Some fees are lower when the dossier is filed online (e.g. residence registration).
    onlineAmountVnd: v.optional(Vnd),
    per: v.picklist(['request', 'copy', 'person']),
  }),
  v.pipe(
    v.strictObject({
      kind: v.literal('range'),
      minVnd: Vnd,
      maxVnd: Vnd,
      onlineMinVnd: v.optional(Vnd),
      onlineMaxVnd: v.optional(Vnd),
    }),
    v.check((r) => r.minVnd <= r.maxVnd, 'minVnd not above maxVnd'),
  ),
  v.strictObject({
    kind: v.literal('per-page'),
    tiers: v.pipe(
      v.array(PageTier),
      v.minLength(1),
      v.check((t) => t[0]?.fromPage === 1, 'the first tier to start at page 1'),
      v.check(
        (t) => t.every((tier, i) => i === 0 || tier.fromPage > (t[i - 1]?.fromPage ?? 0)),
        'tiers in increasing page order',
      ),
    ),
    maxVndPerCopy: v.optional(Vnd),
  }),
  v.strictObject({ kind: v.literal('set-by-province') }),
]);
export type FeeRule = v.InferOutput<typeof FeeRule>;

/** A procedure's fee: the rule, the sentence shown, and who does not pay. */
export const Fee = v.strictObject({
  rule: FeeRule,
  text: StrictText,
  exemptions: v.array(StrictText),
});
export type Fee = v.InferOutput<typeof Fee>;

/** The fee in đồng for one copy of `pages` pages under a per-page rule (e.g. certified copies). */
export function perPageFeeVnd(rule: Extract<FeeRule, { kind: 'per-page' }>, pages: number): number {
  let total = 0;
  for (let page = 1; page <= pages; page++) {
    let price = 0;
    for (const tier of rule.tiers) if (tier.fromPage <= page) price = tier.vndPerPage;
    total += price;
  }
  return rule.maxVndPerCopy === undefined ? total : Math.min(total, rule.maxVndPerCopy);
}
