import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { Procedure } from '../../protocol/config/procedure';
import type { Language } from '../../protocol/config/text';
import { buildLargeCatalogue } from './large-catalogue';
import { searchProcedures } from './search';
import { buildSearchIndex } from './search-index';

// The real catalogue files (Vite reads them, so the test needs no Node API in the kiosk's code).
const files = import.meta.glob<unknown>('../../../kiosk-config/procedures/*.json', {
  eager: true,
  import: 'default',
});
const catalogue = Object.keys(files)
  .sort()
  .map((path) => v.parse(Procedure, files[path]));
const index = buildSearchIndex(catalogue);

const first = (query: string, language: Language = 'vi') =>
  searchProcedures(index, query, language)[0]?.id;

// [what the resident types, the procedure that must come first]
const vietnamese: [string, string][] = [
  // Accents, case, đ: all the same.
  ['tạm trú', 'tam-tru'],
  ['tam tru', 'tam-tru'],
  ['TẠM TRÚ', 'tam-tru'],
  ['TAM TRU', 'tam-tru'],
  ['Tạm Trú', 'tam-tru'],
  ['đăng ký khai sinh', 'khai-sinh'],
  ['dang ky khai sinh', 'khai-sinh'],
  ['DANG KY KET HON', 'ket-hon'],
  ['thuong tru', 'thuong-tru'],
  ['khai tu', 'khai-tu'],
  ['ket hon', 'ket-hon'],
  ['chung thuc ban sao', 'chung-thuc-ban-sao'],
  ['chung thuc chu ky', 'chung-thuc-chu-ky'],
  ['gia han tam tru', 'gia-han-tam-tru'],
  ['ho kinh doanh', 'ho-kinh-doanh'],
  ['quyet toan thue', 'quyet-toan-thue-tncn'],
  ['doi giay phep lai xe', 'doi-giay-phep-lai-xe'],
  ['phan anh kien nghi', 'phan-anh-kien-nghi'],
  ['tro cap xa hoi', 'tro-cap-xa-hoi-hang-thang'],
  ['trich luc', 'trich-luc-ho-tich'],
  ['tinh trang hon nhan', 'xac-nhan-tinh-trang-hon-nhan'],
  // One slip per word: a letter added, dropped, changed, or two swapped.
  ['tam truu', 'tam-tru'],
  ['tam trus', 'tam-tru'],
  ['khai sih', 'khai-sinh'],
  ['khia sinh', 'khai-sinh'],
  ['khai snih', 'khai-sinh'],
  ['khai tuu', 'khai-tu'],
  ['ket hoon', 'ket-hon'],
  ['thuonng tru', 'thuong-tru'],
  ['thoung tru', 'thuong-tru'],
  ['nhap ho kau', 'thuong-tru'],
  ['cong chugn', 'chung-thuc-ban-sao'],
  ['kinh doanhh', 'ho-kinh-doanh'],
  ['quyet toam thue', 'quyet-toan-thue-tncn'],
  ['bang lai xee', 'doi-giay-phep-lai-xe'],
  ['doc thna', 'xac-nhan-tinh-trang-hon-nhan'],
  ['tro cpa', 'tro-cap-xa-hoi-hang-thang'],
  ['phan anhh', 'phan-anh-kien-nghi'],
  // Still typing the last word.
  ['khai s', 'khai-sinh'],
  ['thuong tr', 'thuong-tru'],
  ['nhap ho k', 'thuong-tru'],
  ['quyet toan t', 'quyet-toan-thue-tncn'],
  ['doi bang l', 'doi-giay-phep-lai-xe'],
  ['chung thuc b', 'chung-thuc-ban-sao'],
  ['chung thuc c', 'chung-thuc-chu-ky'],
  ['tro cap x', 'tro-cap-xa-hoi-hang-thang'],
  ['ket h', 'ket-hon'],
  ['gia han t', 'gia-han-tam-tru'],
  ['phan a', 'phan-anh-kien-nghi'],
  ['chung thuc ban sa', 'chung-thuc-ban-sao'],
  // Everyday names.
  ['làm giấy khai sinh', 'khai-sinh'],
  ['lam giay khai sinh', 'khai-sinh'],
  ['toi muon lam giay khai sinh cho con', 'khai-sinh'],
  ['giấy chứng sinh', 'khai-sinh'],
  ['sinh con', 'khai-sinh'],
  ['nhập hộ khẩu', 'thuong-tru'],
  ['chuyen ho khau', 'thuong-tru'],
  ['ho khau', 'thuong-tru'],
  ['đăng ký kinh doanh', 'ho-kinh-doanh'],
  ['giay phep kinh doanh', 'ho-kinh-doanh'],
  ['mo cua hang', 'ho-kinh-doanh'],
  ['mo quan', 'ho-kinh-doanh'],
  ['công chứng', 'chung-thuc-ban-sao'],
  ['sao y ban chinh', 'chung-thuc-ban-sao'],
  ['photo cong chung', 'chung-thuc-ban-sao'],
  ['cong chung chu ky', 'chung-thuc-chu-ky'],
  ['xac nhan chu ky', 'chung-thuc-chu-ky'],
  ['giấy xác nhận độc thân', 'xac-nhan-tinh-trang-hon-nhan'],
  ['doc than', 'xac-nhan-tinh-trang-hon-nhan'],
  ['bao tu', 'khai-tu'],
  ['giay chung tu', 'khai-tu'],
  ['nguoi than qua doi', 'khai-tu'],
  ['lay vo', 'ket-hon'],
  ['kt3', 'tam-tru'],
  ['khai bao tam tru', 'tam-tru'],
  ['tam tru cho nguoi thue nha', 'tam-tru'],
  ['het han tam tru', 'gia-han-tam-tru'],
  ['hoan thue', 'quyet-toan-thue-tncn'],
  ['thue tncn', 'quyet-toan-thue-tncn'],
  ['etax', 'quyet-toan-thue-tncn'],
  ['doi bang lai', 'doi-giay-phep-lai-xe'],
  ['bằng lái xe', 'doi-giay-phep-lai-xe'],
  ['góp ý', 'phan-anh-kien-nghi'],
  ['kien nghi', 'phan-anh-kien-nghi'],
  ['tro cap nguoi gia', 'tro-cap-xa-hoi-hang-thang'],
  ['nguoi khuyet tat', 'tro-cap-xa-hoi-hang-thang'],
  ['mo coi', 'tro-cap-xa-hoi-hang-thang'],
  ['ban sao giay khai sinh', 'trich-luc-ho-tich'],
  ['mat giay khai sinh', 'trich-luc-ho-tich'],
  ['trich luc khai sinh', 'trich-luc-ho-tich'],
  // Filler words ("làm", "thủ tục", "đăng ký") count less and never slip.
  ['thu tuc ket hon', 'ket-hon'],
  ['lam thu tuc tam tru', 'tam-tru'],
  ['dang ki tam tru', 'tam-tru'],
  // Life events.
  ['chuyen cho o', 'thuong-tru'],
  ['nguoi cao tuoi', 'tro-cap-xa-hoi-hang-thang'],
];

const english: [string, string][] = [
  ['birth', 'khai-sinh'],
  ['birth certificate', 'khai-sinh'],
  ['register a birth', 'khai-sinh'],
  ['birht', 'khai-sinh'],
  ['death certificate', 'khai-tu'],
  ['get married', 'ket-hon'],
  ['marriag', 'ket-hon'],
  ['marital status', 'xac-nhan-tinh-trang-hon-nhan'],
  ['single status', 'xac-nhan-tinh-trang-hon-nhan'],
  ['certified copy', 'chung-thuc-ban-sao'],
  ['signature', 'chung-thuc-chu-ky'],
  ['permanent residence', 'thuong-tru'],
  ['household registration', 'thuong-tru'],
  ['temporary residence', 'tam-tru'],
  ['temprary', 'tam-tru'],
  ['extend temporary residence', 'gia-han-tam-tru'],
  ['open a shop', 'ho-kinh-doanh'],
  ['business', 'ho-kinh-doanh'],
  ['tax refund', 'quyet-toan-thue-tncn'],
  ['income tax', 'quyet-toan-thue-tncn'],
  ['driving licence', 'doi-giay-phep-lai-xe'],
  ['drivers license', 'doi-giay-phep-lai-xe'],
  ['complaint', 'phan-anh-kien-nghi'],
  ['feedback', 'phan-anh-kien-nghi'],
  ['welfare', 'tro-cap-xa-hoi-hang-thang'],
  ['copy of birth certificate', 'trich-luc-ho-tich'],
  ['lost birth certificate', 'trich-luc-ho-tich'],
];

describe('searchProcedures on the real catalogue', () => {
  it('has the catalogue to search', () => {
    expect(catalogue.length).toBeGreaterThanOrEqual(15);
    expect(vietnamese.length + english.length).toBeGreaterThanOrEqual(80);
  });

  it.each(vietnamese)('"%s" → %s', (query, id) => {
    expect(first(query, 'vi')).toBe(id);
  });

  it.each(english)('"%s" (English screen) → %s', (query, id) => {
    expect(first(query, 'en')).toBe(id);
  });

  it('finds English names from the Vietnamese screen too', () => {
    expect(first('temporary residence', 'vi')).toBe('tam-tru');
    expect(first('birth', 'vi')).toBe('khai-sinh');
  });

  it('finds nothing for an empty or blank query', () => {
    expect(searchProcedures(index, '', 'vi')).toEqual([]);
    expect(searchProcedures(index, '   ', 'vi')).toEqual([]);
    expect(searchProcedures(index, '!?', 'vi')).toEqual([]);
  });

  it('finds nothing for words no procedure has', () => {
    expect(searchProcedures(index, 'zzqx', 'vi')).toEqual([]);
  });

  it('ranks best first and says which words matched', () => {
    const results = searchProcedures(index, 'nhap ho khau', 'vi');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(results[0]?.matched).toEqual({ field: 'alias', language: 'vi', text: 'nhập hộ khẩu' });
  });

  it('treats a finished last word as finished: no prefix after a space', () => {
    expect(first('khai s')).toBe('khai-sinh');
    const finished = searchProcedures(index, 'khai s ', 'vi')[0];
    const typing = searchProcedures(index, 'khai s', 'vi')[0];
    expect(finished?.score ?? 0).toBeLessThan(typing?.score ?? 0);
  });

  it('keeps the catalogue order between equal scores', () => {
    const twin = { ...catalogue[0]!, id: 'twin' };
    const twins = buildSearchIndex([catalogue[0]!, twin]);
    const query = catalogue[0]!.name.vi;
    expect(searchProcedures(twins, query, 'vi').map((r) => r.id)).toEqual([
      catalogue[0]!.id,
      'twin',
    ]);
    const reversed = buildSearchIndex([twin, catalogue[0]!]);
    expect(searchProcedures(reversed, query, 'vi').map((r) => r.id)).toEqual([
      'twin',
      catalogue[0]!.id,
    ]);
  });

  it('answers the same on repeated keystrokes (cached word matches)', () => {
    const once = searchProcedures(index, 'tam tr', 'vi');
    expect(searchProcedures(index, 'tam tr', 'vi')).toEqual(once);
  });
});

describe('buildLargeCatalogue', () => {
  const large = buildLargeCatalogue(catalogue);

  it('repeats the real catalogue to 750 entries with distinct ids', () => {
    expect(large).toHaveLength(750);
    expect(new Set(large.map((p) => p.id)).size).toBe(750);
    expect(large.slice(0, catalogue.length)).toEqual(catalogue);
  });

  it('is searchable: every copy of the best procedure comes first, in order', () => {
    const results = searchProcedures(buildSearchIndex(large), 'tam tru', 'vi');
    const copies = large.filter((p) => p.name.vi === 'Đăng ký tạm trú').map((p) => p.id);
    expect(results.slice(0, copies.length).map((r) => r.id)).toEqual(copies);
  });
});
