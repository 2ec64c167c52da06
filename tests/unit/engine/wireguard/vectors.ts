import { readFileSync } from 'node:fs';

/**
 * The known-answer vectors of vectors.json, made by Debian's wg and wireguard-go
 * (tests/lab/wireguard/derive-vectors.ts): keys in base64 as wg prints them, packets in hex.
 */
export interface KeyPair {
  privateKey: string;
  publicKey: string;
}

export interface ResponseExchange {
  clientPrivateKey: string;
  presharedKey?: string;
  ephemeralPrivateKey: string;
  timestamp: string;
  senderIndex: number;
  initiation: string;
  response: string;
  cookie?: string;
}

export interface WireguardVectors {
  x25519: KeyPair[];
  initiationByWireguardGo: {
    initiatorPrivateKey: string;
    initiatorPublicKey: string;
    responderPrivateKey: string;
    responderPublicKey: string;
    presharedKey: string;
    capturedAtMs: number;
    initiation: string;
  };
  responsesByWireguardGo: {
    serverPublicKey: string;
    withPresharedKey: ResponseExchange;
    withoutPresharedKey: ResponseExchange;
    underLoad: ResponseExchange & { firstInitiation: string; cookieReply: string; cookie: string };
  };
}

export const vectors = JSON.parse(readFileSync(new URL('./vectors.json', import.meta.url), 'utf8')) as WireguardVectors;
