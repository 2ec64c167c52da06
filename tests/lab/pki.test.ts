import { createServer } from 'node:tls';
import { connect } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { leaf } from './servers/pki.ts';

let close: (() => void) | undefined;
afterEach(() => close?.());

test('the test CA is trusted through NODE_EXTRA_CA_CERTS', async () => {
  const server = createServer(leaf('valid'), (socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  close = () => server.close();
  const { port } = server.address() as AddressInfo;
  const authorized = await new Promise<boolean>((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port, servername: 'localhost' }, () => {
      resolve(socket.authorized);
      socket.destroy();
    });
    socket.on('error', reject);
  });
  expect(authorized).toBe(true);
});
