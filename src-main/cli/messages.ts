import type { InputErrorCode } from '../shared/target.ts';

/**
 * The CLI's English words for the engine's codes. The app and the reports get
 * theirs from the translated catalogs (en, az, ru); a terminal user gets English.
 */
export const INPUT_ERROR_TEXT: Readonly<Record<InputErrorCode, string>> = {
  empty: 'empty entry',
  malformed: 'not a URL, domain, host:port or stun:host:port',
  'unknown-scheme': 'unknown scheme (use http://, https://, stun: or host:port)',
  'bad-port': 'the port must be a number from 1 to 65535',
  'bad-host': 'not a valid host name',
  'empty-list': 'the list has no entries',
  'binary-list': 'not a text list (binary data, or larger than 8 MiB)',
  'unreadable-list': 'cannot be read',
};
