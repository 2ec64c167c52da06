import { z } from 'zod';

/**
 * What a built-in target is, in words a person reads: the brand, never translated
 * ("Telegram"), and the kind of endpoint, from a small closed set every language has
 * words for (shared/i18n/catalog/). The raw address (`149.154.175.50:443`,
 * `stun:stun.l.google.com:19302`) stays in the technical columns and behind "Details".
 */
export const CATALOG_KINDS = [
  /** The service's own site or front page: shown as the brand alone. */
  'website',
  /** The service in a browser (web.whatsapp.com, web.telegram.org). */
  'web-app',
  /** Where the service's phone and desktop apps connect (Telegram's data centres, Signal's service). */
  'app-servers',
  /** The apps' chat connection (WhatsApp on port 5222, Messenger's MQTT edge). */
  'app-chat',
  /** Photos, voice messages and files the apps fetch. */
  'media',
  /** What a new account needs to sign up. */
  'sign-up',
  /** Backups and contacts kept by the service. */
  'storage',
  /** A public STUN server: the first step of a voice or video call. */
  'call-server',
  /** Where Tor hands out bridges. */
  'bridges',
  /** A site no censor has a reason to block, reserved for documentation (RFC 2606). */
  'neutral',
] as const;
export type CatalogKind = (typeof CATALOG_KINDS)[number];

export const catalogLabelSchema = z.object({
  /** The name the service goes by everywhere ("Telegram", "Meydan TV"). */
  brand: z.string().min(1).max(200),
  kind: z.enum(CATALOG_KINDS),
  /** Which of several endpoints of the same kind ("app servers 2"); absent when there is one. */
  index: z.number().int().min(1).max(99).optional(),
});
export type CatalogLabel = z.infer<typeof catalogLabelSchema>;

/**
 * The label of each built-in target of these plans' entries, by input, the first plan
 * that labels an input winning: what a comparison or timeline of runs names sites by.
 */
export function labelsOfPlans(
  plans: readonly { entries: readonly { input: string; label?: CatalogLabel | undefined }[] }[],
): Map<string, CatalogLabel> {
  const labels = new Map<string, CatalogLabel>();
  for (const { entries } of plans) {
    for (const { input, label } of entries) if (label !== undefined && !labels.has(input)) labels.set(input, label);
  }
  return labels;
}
