// What "Nghe đọc" reads on a procedure's page: the same facts in the same order as the screen,
// as sentences a voice can say. The legal basis is left out; it is there to be looked up.
import type { Procedure } from '../../protocol/config/procedure';
import type { Language } from '../../protocol/config/text';
import { tIn } from '../i18n/translate';

/** The text to read aloud for `procedure` in `lang`, one fact per line. */
export function procedureReading(procedure: Procedure, lang: Language): string {
  const say = (key: Parameters<typeof tIn>[1]) => tIn(lang, key);
  const lines = [`${procedure.name[lang]}.`, procedure.summary[lang]];
  lines.push(`${say('procedure.documentsTitle')}:`);
  if (procedure.documents.length === 0) lines.push(say('procedure.documentsNone'));
  const documents = [...procedure.documents].sort(
    (a, b) => Number(b.required) - Number(a.required),
  );
  documents.forEach((d, i) => {
    const need = say(d.required ? 'procedure.required' : 'procedure.optional');
    const form = say(`procedure.form.${d.form}`);
    lines.push(`${i + 1}. ${d.name[lang]}: ${need.toLowerCase()}, ${form.toLowerCase()}.`);
    if (d.notes) lines.push(d.notes[lang]);
  });
  lines.push(`${say('procedure.feeTitle')}: ${procedure.fee.text[lang]}`);
  lines.push(...procedure.fee.exemptions.map((e) => e[lang]));
  lines.push(`${say('procedure.timeTitle')}: ${procedure.processingTime.text[lang]}`);
  lines.push(`${say('procedure.agencyTitle')}: ${procedure.agency[lang]}.`);
  if (procedure.kind === 'guide') {
    lines.push(`${say('procedure.stepsTitle')}:`);
    procedure.guide.steps.forEach((step, i) => lines.push(`${i + 1}. ${step[lang]}`));
  }
  return lines.join('\n');
}
