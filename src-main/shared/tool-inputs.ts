import { BRIDGE_LINE_ERRORS } from './bridge-line.ts';
import { WIREGUARD_CONFIG_ERRORS } from './wireguard-config.ts';

/**
 * Why a WireGuard configuration file or a bridge line was not taken: the reading
 * problems of either, and those of getting at a file at all. A code, never the text.
 */
export const TOOL_INPUT_ERRORS = [
  ...WIREGUARD_CONFIG_ERRORS,
  ...BRIDGE_LINE_ERRORS,
  'unreadable', // the file cannot be opened or read
  'not-a-file', // a folder or a device
  'too-many', // more tools than one run checks
] as const;
export type ToolInputErrorCode = (typeof TOOL_INPUT_ERRORS)[number];
