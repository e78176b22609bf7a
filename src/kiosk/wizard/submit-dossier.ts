// Sending the dossier to the outbox: the answers as the payload the engine builds, the photos'
// JPEG bytes, and the outbox (its own chunk) sealing and storing it. The photo bytes handed over
// are zeroed afterwards; the outbox zeroes its own plaintext.
import type { SubmitProcedure } from '../../protocol/config/procedure';
import type { Language } from '../../protocol/config/text';
import type { EnqueueReceipt } from '../outbox/outbox';
import type { WizardAnswers } from './answer-shapes';
import { answersToPayload } from './answers-to-payload';
import { todayIso } from './calendar-date';
import { photosForPayload } from './wizard-photos';

/** Seals and queues the dossier; throws WizardError or OutboxError (or a failed chunk load). */
export async function submitDossier(
  procedure: SubmitProcedure,
  answers: WizardAnswers,
  language: Language,
): Promise<EnqueueReceipt> {
  const photos = await photosForPayload();
  try {
    const content = answersToPayload(procedure, answers, photos, { language, today: todayIso() });
    const { kioskOutbox } = await import('../outbox/kiosk-outbox');
    return await kioskOutbox().outbox.enqueue(content);
  } finally {
    for (const photo of photos.values()) photo.bytes.fill(0);
  }
}
