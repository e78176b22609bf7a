// The ways a resident browses the catalogue: what kind of paper it is, or what happened in life.
import * as v from 'valibot';
import type { LocalizedText } from './text';

/** The official area a procedure belongs to; the catalogue's category tiles. */
export const ProcedureCategory = v.picklist([
  'civil-status',
  'residence',
  'certification',
  'business',
  'social-support',
  'tax',
  'transport',
  'land-and-housing',
  'health',
  'education',
  'feedback',
]);
export type ProcedureCategory = v.InferOutput<typeof ProcedureCategory>;

/** Something that happened in a resident's life, for residents who do not know the paper's name. */
export const LifeEvent = v.picklist([
  'having-a-baby',
  'getting-married',
  'moving-home',
  'running-a-business',
  'death-in-the-family',
  'needing-support',
  'old-age',
  'papers-and-copies',
  'work-and-income',
  'vehicles-and-driving',
  'neighbourhood',
]);
export type LifeEvent = v.InferOutput<typeof LifeEvent>;

/** Tile labels for the categories, in the words the ward's one-stop desk uses. */
export const CATEGORY_LABELS: Record<ProcedureCategory, LocalizedText> = {
  'civil-status': { vi: 'Hộ tịch', en: 'Civil status' },
  residence: { vi: 'Cư trú', en: 'Residence' },
  certification: { vi: 'Chứng thực', en: 'Certification' },
  business: { vi: 'Kinh doanh', en: 'Business' },
  'social-support': { vi: 'Bảo trợ xã hội', en: 'Social support' },
  tax: { vi: 'Thuế', en: 'Tax' },
  transport: { vi: 'Giao thông', en: 'Transport' },
  'land-and-housing': { vi: 'Đất đai, nhà ở', en: 'Land and housing' },
  health: { vi: 'Y tế', en: 'Health' },
  education: { vi: 'Giáo dục', en: 'Education' },
  feedback: { vi: 'Góp ý, phản ánh', en: 'Feedback' },
};

/** Tile labels for life events, said the way residents say them. */
export const LIFE_EVENT_LABELS: Record<LifeEvent, LocalizedText> = {
  'having-a-baby': { vi: 'Sinh con', en: 'Having a baby' },
  'getting-married': { vi: 'Kết hôn', en: 'Getting married' },
  'moving-home': { vi: 'Chuyển chỗ ở', en: 'Moving home' },
  'running-a-business': { vi: 'Kinh doanh', en: 'Running a business' },
  'death-in-the-family': { vi: 'Người thân qua đời', en: 'A death in the family' },
  'needing-support': { vi: 'Cần hỗ trợ xã hội', en: 'Needing social support' },
  'old-age': { vi: 'Người cao tuổi', en: 'Older people' },
  'papers-and-copies': { vi: 'Giấy tờ, bản sao', en: 'Papers and copies' },
  'work-and-income': { vi: 'Việc làm, thu nhập', en: 'Work and income' },
  'vehicles-and-driving': { vi: 'Xe cộ, lái xe', en: 'Vehicles and driving' },
  neighbourhood: { vi: 'Khu phố nơi tôi sống', en: 'My neighbourhood' },
};
