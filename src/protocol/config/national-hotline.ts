// Kept apart from the schemas so the first screens can show it without loading valibot.

/** The national public-service hotline, always shown besides the site's own. */
export const NATIONAL_HOTLINE = '1800 1096';
