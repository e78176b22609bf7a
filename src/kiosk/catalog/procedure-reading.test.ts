import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROCEDURES } from './built-in-catalogue';
import { procedureReading } from './procedure-reading';

const byId = (id: string) => BUILT_IN_PROCEDURES.find((p) => p.id === id)!;

describe('procedureReading', () => {
  it('reads the name, the papers, the fee and the time in Vietnamese', () => {
    const text = procedureReading(byId('tam-tru'), 'vi');
    const lines = text.split('\n');
    expect(lines[0]).toBe('Đăng ký tạm trú.');
    expect(text).toContain('Giấy tờ cần mang:');
    expect(text).toContain(
      'Thẻ căn cước hoặc căn cước công dân của người nộp hồ sơ: bắt buộc, bản gốc.',
    );
    expect(text).toContain('Lệ phí: 15.000 đồng');
    expect(text).toContain('Bao lâu có kết quả: 3 ngày làm việc.');
    expect(text).not.toContain('Luật Cư trú');
  });

  it('reads a guide procedure’s steps, in English when asked', () => {
    const text = procedureReading(byId('quyet-toan-thue-tncn'), 'en');
    expect(text.split('\n')[0]).toBe('Personal income tax finalisation.');
    expect(text).toContain('Steps:');
    expect(text).toContain('1. On your phone, install');
  });
});
