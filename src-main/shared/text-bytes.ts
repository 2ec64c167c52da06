/**
 * Valid UTF-8 without NUL bytes, decoded, or null: a list, a route file or a
 * report with either is not text. Plain TypeScript, so the engine (reading a file)
 * and the app's screens (a file the user picks) judge the same bytes the same way.
 */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
