import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  canTransition,
  DOSSIER_STATUSES,
  isFinalStatus,
  parseDossierCode,
  STATUS_TRANSITIONS,
  StatusChange,
  type DossierStatus,
} from './status';

const at = '2025-07-01T08:30:00.000Z';

describe('status model', () => {
  it('follows the journey from the kiosk to completion', () => {
    const happy: DossierStatus[] = [
      'queued-on-kiosk',
      'received',
      'accepted',
      'processing',
      'ready-for-pickup',
      'completed',
    ];
    for (let i = 1; i < happy.length; i++)
      expect(canTransition(happy[i - 1]!, happy[i]!)).toBe(true);
    expect(canTransition('processing', 'sent-by-post')).toBe(true);
    expect(canTransition('sent-by-post', 'completed')).toBe(true);
    expect(canTransition('received', 'needs-more-information')).toBe(true);
    expect(canTransition('needs-more-information', 'accepted')).toBe(true);
  });

  it('refuses skips, reversals, repeats and moves out of a final status', () => {
    expect(canTransition('queued-on-kiosk', 'accepted')).toBe(false);
    expect(canTransition('received', 'completed')).toBe(false);
    expect(canTransition('processing', 'received')).toBe(false);
    expect(canTransition('needs-more-information', 'needs-more-information')).toBe(false);
    for (const s of DOSSIER_STATUSES) {
      expect(canTransition(s, s)).toBe(false);
      expect(canTransition(s, 'queued-on-kiosk')).toBe(false);
    }
    expect(DOSSIER_STATUSES.filter(isFinalStatus)).toEqual(['rejected', 'completed']);
  });

  it('reaches every status from the kiosk and ends every path in a final status', () => {
    const seen = new Set<DossierStatus>(['queued-on-kiosk']);
    const queue: DossierStatus[] = ['queued-on-kiosk'];
    while (queue.length) {
      for (const next of STATUS_TRANSITIONS[queue.shift()!]) {
        if (!seen.has(next)) queue.push(next);
        seen.add(next);
      }
    }
    expect([...seen].sort()).toEqual([...DOSSIER_STATUSES].sort());
    // No cycles: a path can never visit more statuses than there are.
    const longest = (s: DossierStatus, depth: number): number =>
      depth > DOSSIER_STATUSES.length
        ? Infinity
        : Math.max(depth, ...STATUS_TRANSITIONS[s].map((n) => longest(n, depth + 1)));
    expect(longest('queued-on-kiosk', 1)).toBeLessThanOrEqual(DOSSIER_STATUSES.length);
  });

  it('reads official dossier codes (mã hồ sơ)', () => {
    expect(parseDossierCode('000.25.16.H26-250701-0001')).toEqual({
      agencyCode: '000.25.16.H26',
      receivedOn: '2025-07-01',
      sequence: 1,
    });
    expect(parseDossierCode(' 000.25.16.h26-240229-0420 ')?.receivedOn).toBe('2024-02-29');
    for (const bad of [
      '000.25.16.H26-250229-0001',
      '000.25.16.H26-251301-0001',
      '00.25.16.H26-250701-0001',
      '000.25.16.26-250701-0001',
      '000.25.16.H26-250701-001',
      '000.25.16.H26/250701/0001',
    ]) {
      expect(parseDossierCode(bad)).toBeUndefined();
    }
  });

  it('requires the code for accepted, every missing item, and a reason for rejected', () => {
    const accepted = v.parse(StatusChange, {
      status: 'accepted',
      at,
      note: '',
      dossierCode: '000.25.16.h26-250701-0001',
    });
    expect(accepted).toMatchObject({ dossierCode: '000.25.16.H26-250701-0001' });
    expect(v.is(StatusChange, { status: 'accepted', at, note: '' })).toBe(false);
    expect(
      v.is(StatusChange, { status: 'needs-more-information', at, note: '', missingItems: [] }),
    ).toBe(false);
    expect(
      v.is(StatusChange, {
        status: 'needs-more-information',
        at,
        note: 'Mang bản chính khi đến nhận',
        missingItems: [
          { item: 'Bản sao giấy chứng sinh' },
          { item: 'Ảnh CCCD mặt sau', detail: 'bị mờ' },
        ],
      }),
    ).toBe(true);
    expect(v.is(StatusChange, { status: 'rejected', at, note: '', reason: ' ' })).toBe(false);
    expect(v.is(StatusChange, { status: 'processing', at: 'yesterday', note: '' })).toBe(false);
  });
});
