import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { CatalogueResponse, canonicalJson, catalogueVersion, proceduresForSite } from './catalogue';
import { Procedure } from './procedure';

const text = (s: string) => ({ vi: s, en: s });

/** A small valid guide procedure (no wizard questions), named by `id`. */
function guideProcedure(id: string): unknown {
  return {
    id,
    kind: 'guide',
    name: text(`Thủ tục ${id}`),
    summary: text('Làm trên điện thoại.'),
    category: 'tax',
    lifeEvents: ['work-and-income'],
    aliases: { vi: ['mẫu'], en: ['sample'] },
    agency: text('Cơ quan thuế'),
    agencyLevel: 'province',
    fee: { rule: { kind: 'free' }, text: text('Miễn phí'), exemptions: [] },
    processingTime: { text: text('Trong ngày'), workingDays: 0 },
    documents: [],
    guide: { url: 'https://example.gov.vn/', steps: [text('Mở ứng dụng.')] },
    legalBasis: [],
    source: { citation: 'Mẫu để thử', checked: '2025-07-01' },
  };
}

const procedures = ['khai-sinh', 'tam-tru', 'ket-hon'].map((id) =>
  v.parse(Procedure, guideProcedure(id)),
);

describe('canonicalJson', () => {
  it('sorts keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 'x', c: null }, 2] })).toBe(
      '{"a":[{"c":null,"d":"x"},2],"b":1}',
    );
  });

  it('gives the same text for the same data written in another order', () => {
    expect(canonicalJson({ x: { q: 1, p: 2 }, y: 'ế' })).toBe(
      canonicalJson({ y: 'ế', x: { p: 2, q: 1 } }),
    );
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });
});

describe('catalogueVersion', () => {
  it('is a SHA-256 that changes when any fact changes', async () => {
    const version = await catalogueVersion(procedures);
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(await catalogueVersion(structuredClone(procedures))).toBe(version);
    const renamed = structuredClone(procedures);
    renamed[0]!.name.vi = 'Tên khác';
    expect(await catalogueVersion(renamed)).not.toBe(version);
  });
});

describe('CatalogueResponse', () => {
  it('accepts the real catalogue with its version', async () => {
    const body = { version: await catalogueVersion(procedures), procedures };
    expect(v.safeParse(CatalogueResponse, JSON.parse(JSON.stringify(body))).success).toBe(true);
  });

  it('refuses a repeated id, a bad version or a broken procedure', async () => {
    const version = await catalogueVersion(procedures);
    const twice = [procedures[0], procedures[0]];
    expect(v.safeParse(CatalogueResponse, { version, procedures: twice }).success).toBe(false);
    expect(v.safeParse(CatalogueResponse, { version: 'v1', procedures }).success).toBe(false);
    const broken = [{ ...procedures[0], fee: undefined }];
    expect(v.safeParse(CatalogueResponse, { version, procedures: broken }).success).toBe(false);
  });
});

describe('proceduresForSite', () => {
  it('keeps all, or only the listed ones in catalogue order', () => {
    expect(proceduresForSite(procedures, 'all')).toHaveLength(procedures.length);
    const some = proceduresForSite(procedures, ['ket-hon', 'khai-sinh']);
    expect(some.map((p) => p.id)).toEqual(['khai-sinh', 'ket-hon']);
  });
});
