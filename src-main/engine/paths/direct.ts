import { connect, type Socket } from 'node:net';
import { createSocket, type Socket as UdpSocket } from 'node:dgram';
import type { Dialer, DialRequest, UdpRequest } from './dialer.ts';
import { abortError } from '../deadline.ts';

/** Connects straight from this machine, optionally from one local address. */
export function directDialer(name = 'direct', localAddress?: string): Dialer {
  return {
    name,
    dialTcp: (request) => connectTcp(request, localAddress),
    openUdp: (request) => bindUdp(request, localAddress),
  };
}

function connectTcp({ host, port, signal }: DialRequest, localAddress?: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(abortError(signal));
      return;
    }
    const socket = connect({ host, port, ...(localAddress === undefined ? {} : { localAddress }) });
    const cleanup = (): void => {
      signal.removeEventListener('abort', onAbort);
      socket.off('connect', onConnect);
      socket.off('error', onError);
    };
    const onAbort = (): void => {
      cleanup();
      socket.destroy();
      reject(abortError(signal));
    };
    const onConnect = (): void => {
      cleanup();
      resolve(socket);
    };
    const onError = (error: Error): void => {
      cleanup();
      socket.destroy();
      reject(error);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', onConnect);
    socket.once('error', onError);
  });
}

function bindUdp({ family, signal }: UdpRequest, localAddress?: string): Promise<UdpSocket> {
  return new Promise((resolve, reject) => {
    const socket = createSocket(family === 6 ? 'udp6' : 'udp4');
    const onAbort = (): void => {
      socket.close();
      reject(abortError(signal));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('error', (error) => {
      signal.removeEventListener('abort', onAbort);
      socket.close();
      reject(error);
    });
    socket.bind({ port: 0, ...(localAddress === undefined ? {} : { address: localAddress }) }, () => {
      signal.removeEventListener('abort', onAbort);
      socket.removeAllListeners('error');
      resolve(socket);
    });
  });
}
