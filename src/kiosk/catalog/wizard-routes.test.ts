import { afterEach, describe, expect, it } from 'vitest';
import { clearWizardRoute, registerWizardRoute, wizardPathFor } from './wizard-routes';

describe('wizard routes', () => {
  afterEach(() => clearWizardRoute());

  it('offers no start before a wizard registers', () => {
    expect(wizardPathFor({ id: 'tam-tru', kind: 'submit' })).toBeUndefined();
  });

  it('offers the registered path for procedures submitted here, never for guides', () => {
    registerWizardRoute((id) => `/nop-ho-so/${id}`);
    expect(wizardPathFor({ id: 'tam-tru', kind: 'submit' })).toBe('/nop-ho-so/tam-tru');
    expect(wizardPathFor({ id: 'quyet-toan-thue-tncn', kind: 'guide' })).toBeUndefined();
  });
});
