// Test support: a TCP port on 127.0.0.1 that refuses connections, for the network-error tests.
import { connect, createServer, type AddressInfo } from 'node:net';

/**
 * A port nobody listens on: 4 (unassigned and privileged, so no test server gets it, and not one of the ports fetch
 * refuses to use) when a connection there is refused; else one the system gave a server that is closed again, which
 * another test's server running in parallel may be handed (and then answer).
 * @example `http://127.0.0.1:${await refusedPort()}/w/api.php`
 */
export async function refusedPort(): Promise<number> {
  if (await refuses(4)) return 4;
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}
