import { readBoundedText } from '../read-bounded.ts';
import { basename } from 'node:path';
import { bridgeLinesOf, parseBridgeLine } from '../../shared/bridge-line.ts';
import type { ToolInputErrorCode } from '../../shared/tool-inputs.ts';
import { printable } from '../../shared/printable.ts';
import type { BridgeSpec, ToolSecrets, WireguardSpec } from '../../shared/tools.ts';
import {
  MAX_WIREGUARD_CONFIG_BYTES,
  parseWireguardConfig,
  type WireguardPeerConfig,
} from '../../shared/wireguard-config.ts';

/**
 * The user's tools as they come: WireGuard `.conf` files and bridge lines (given one by
 * one, or in a file). Every problem is one error naming where (`wg0.conf:3`,
 * `bridges.txt:5`, `--bridge 2`) and a code; the good ones are kept. Keys and lines go
 * to ToolSecrets, the rest to the plan.
 */

export type { ToolInputErrorCode } from '../../shared/tool-inputs.ts';

export interface ToolInputError {
  source: string;
  line?: number;
  code: ToolInputErrorCode;
}

/** A bridges file larger than this is no list of bridges (one line is at most a few hundred bytes). */
const MAX_BRIDGES_FILE_BYTES = 256 * 1024;
const MAX_WIREGUARD = 32;
const MAX_BRIDGES = 64;

export interface WireguardFile {
  /** The file's name without `.conf`, made printable: what the configuration is called. */
  name: string;
  peers: WireguardPeerConfig[];
}

/**
 * A small text file the user named (a WireGuard configuration, a bridges file),
 * through the one bounded reader every file goes through (read-bounded.ts): never a
 * FIFO or a device, never more than `maxBytes`.
 */
export async function readSmallTextFile(
  path: string,
  maxBytes: number,
): Promise<{ ok: true; text: string } | { ok: false; code: 'unreadable' | 'not-a-file' | 'too-large' | 'not-text' }> {
  const read = await readBoundedText(path, { limit: maxBytes, purpose: 'tool file' });
  if (read.ok) return { ok: true, text: read.value };
  const { code } = read.error;
  return { ok: false, code: code === 'missing' ? 'unreadable' : code };
}

/** A WireGuard configuration file, read and parsed. */
export async function readWireguardFile(
  path: string,
): Promise<{ ok: true; file: WireguardFile } | { ok: false; error: ToolInputError }> {
  const source = printable(basename(path), 80);
  const read = await readSmallTextFile(path, MAX_WIREGUARD_CONFIG_BYTES);
  if (!read.ok) return { ok: false, error: { source, code: read.code } };
  const parsed = parseWireguardConfig(read.text);
  if (!parsed.ok)
    return {
      ok: false,
      error: { source, code: parsed.code, ...(parsed.line === undefined ? {} : { line: parsed.line }) },
    };
  const name = printable(basename(path).replace(/\.conf$/i, ''), 48) || 'wireguard';
  return { ok: true, file: { name, peers: parsed.peers } };
}

/** What is collected for a run: specs for the plan, secrets beside it, errors for the user. */
export class ToolCollector {
  readonly wireguard: WireguardSpec[] = [];
  readonly bridges: BridgeSpec[] = [];
  readonly secrets: { wireguard: Record<string, ToolSecrets['wireguard'][string]>; bridges: Record<string, string> } = {
    wireguard: {},
    bridges: {},
  };
  readonly errors: ToolInputError[] = [];
  readonly #names = new Set<string>();

  /** Each peer of a configuration with an endpoint becomes one tool: `wg0`, or `wg0 (peer 2)` for more. */
  addWireguard(file: WireguardFile, source: string): void {
    file.peers.forEach((peer, index) => {
      if (this.wireguard.length >= MAX_WIREGUARD) {
        this.errors.push({ source, code: 'too-many' });
        return;
      }
      const name = this.#unique(file.peers.length === 1 ? file.name : `${file.name} (peer ${index + 1})`);
      this.wireguard.push({ name, endpoint: peer.endpoint });
      this.secrets.wireguard[name] = {
        privateKey: peer.privateKey,
        peerPublicKey: peer.peerPublicKey,
        ...(peer.presharedKey === undefined ? {} : { presharedKey: peer.presharedKey }),
      };
    });
  }

  /** Bridge lines, each named `bridge 1`, `bridge 2`… in the order given. */
  addBridgeLines(text: string, source: (line: number) => { source: string; line?: number }): void {
    for (const { text: lineText, line } of bridgeLinesOf(text)) {
      const where = source(line);
      if (this.bridges.length >= MAX_BRIDGES) {
        this.errors.push({ ...where, code: 'too-many' });
        return;
      }
      const parsed = parseBridgeLine(lineText);
      if (!parsed.ok) {
        this.errors.push({ ...where, code: parsed.code });
        continue;
      }
      const name = this.#unique(`bridge ${this.bridges.length + 1}`);
      const { transport, address } = parsed.bridge;
      this.bridges.push({ name, transport, ...(address === undefined ? {} : { address }) });
      this.secrets.bridges[name] = parsed.bridge.line;
    }
  }

  async addBridgesFile(path: string): Promise<void> {
    const source = printable(basename(path), 80);
    const read = await readSmallTextFile(path, MAX_BRIDGES_FILE_BYTES);
    if (!read.ok) {
      this.errors.push({
        source,
        code: read.code === 'too-large' || read.code === 'not-text' ? 'unreadable' : read.code,
      });
      return;
    }
    this.addBridgeLines(read.text, (line) => ({ source, line }));
  }

  #unique(name: string): string {
    let unique = name;
    for (let n = 2; this.#names.has(unique); n += 1) unique = `${name} ${n}`;
    this.#names.add(unique);
    return unique;
  }
}
